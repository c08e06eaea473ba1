/* mt-camp-imports.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-camp-imports"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-camp-imports.h"
#include "mt-csv-provenance.h"
#include "mt-store-import.h"

GtkWidget *
mt_camp_imports_group_new (MtStore  *store,
                           gint64    camp_id,
                           GError  **error)
{
  g_autoptr(GArray) imports = NULL;
  GtkWidget *group;

  g_return_val_if_fail (MT_IS_STORE (store), NULL);

  imports = mt_store_list_camp_imports (store, camp_id, error);
  if (imports == NULL)
    return NULL;
  if (imports->len == 0)
    return NULL;

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Imported rosters"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("The files that last wrote the personnel at this camp"));

  for (guint i = 0; i < imports->len; i++)
    {
      const MtStoreCampImport *import = &g_array_index (imports, MtStoreCampImport, i);
      g_autofree char *file_name = NULL;
      g_autofree char *subtitle = mt_csv_describe_camp_import (store, import->import_id,
                                                               import->n_people, &file_name);
      g_autofree char *title = NULL;
      g_autofree char *escaped = NULL;
      GtkWidget *row;

      if (subtitle == NULL)
        continue;

      /* Row titles are markup; file names may hold '&'. */
      title = g_markup_escape_text (file_name != NULL ? file_name : "", -1);
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      escaped = g_markup_escape_text (subtitle, -1);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("text-x-generic-symbolic"));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  return group;
}
