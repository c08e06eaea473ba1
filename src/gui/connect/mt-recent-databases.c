/* mt-recent-databases.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-recent-databases"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-database.h"
#include "mt-recent-databases.h"
#include "mt-server-address.h"

#define RECENT_KEY "recent-databases"

/* Auxiliary methods */

static char **
dup_list (GSettings *settings)
{
  return g_settings_get_strv (settings, RECENT_KEY);
}

/* Writes @settings' list as @edit makes it with @location, when that changes it. */
static void
edit_list (GSettings   *settings,
           const char  *location,
           char      **(*edit) (const char * const *list,
                                const char         *location))
{
  g_auto(GStrv) list = NULL;
  g_auto(GStrv) updated = NULL;

  if (settings == NULL)
    return;

  list = dup_list (settings);
  updated = edit ((const char * const *) list, location);
  if (!g_strv_equal ((const char * const *) list, (const char * const *) updated))
    g_settings_set_strv (settings, RECENT_KEY, (const char * const *) updated);
}

/* Two files of the same name read "name — folder". */
static char *
dup_menu_label (const char * const *list,
                guint               index)
{
  const char *location = list[index];
  g_autofree char *label = mt_database_dup_label (location);
  g_autofree char *dir = NULL;

  if (mt_server_address_is_uri (location))
    return g_steal_pointer (&label);

  for (guint i = 0; list[i] != NULL; i++)
    {
      g_autofree char *other = NULL;

      if (i == index || mt_server_address_is_uri (list[i]))
        continue;
      other = mt_database_dup_label (list[i]);
      if (g_str_equal (other, label))
        {
          dir = g_path_get_dirname (location);
          /* Translators: a recent database's file name and its folder */
          return g_strdup_printf (_("%s — %s"), label, dir);
        }
    }

  return g_steal_pointer (&label);
}

/* Public API */

char *
mt_recent_databases_normalize (const char *location)
{
  g_autoptr(MtServerAddress) address = NULL;

  if (location == NULL || location[0] == '\0' || g_str_equal (location, ":memory:"))
    return NULL;

  if (!mt_server_address_is_uri (location))
    return g_canonicalize_filename (location, NULL);

  /* Rebuilt from its parts: a password in it does not survive. */
  address = mt_server_address_parse (location);
  return address != NULL ? mt_server_address_to_uri (address) : NULL;
}

char **
mt_recent_databases_add (const char * const *list,
                         const char         *location)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *kept = mt_recent_databases_normalize (location);
  guint n = 0;

  if (kept != NULL)
    {
      g_strv_builder_add (builder, kept);
      n++;
    }

  for (guint i = 0; list != NULL && list[i] != NULL && n < MT_RECENT_DATABASES_MAX; i++)
    {
      g_autofree char *other = mt_recent_databases_normalize (list[i]);

      if (other == NULL || g_strcmp0 (other, kept) == 0)
        continue;
      g_strv_builder_add (builder, other);
      n++;
    }

  return g_strv_builder_end (builder);
}

char **
mt_recent_databases_remove (const char * const *list,
                            const char         *location)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *gone = mt_recent_databases_normalize (location);

  for (guint i = 0; list != NULL && list[i] != NULL; i++)
    if (g_strcmp0 (list[i], gone) != 0)
      g_strv_builder_add (builder, list[i]);

  return g_strv_builder_end (builder);
}

void
mt_recent_databases_remember (GSettings  *settings,
                              const char *location)
{
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  edit_list (settings, location, mt_recent_databases_add);
}

void
mt_recent_databases_forget (GSettings  *settings,
                            const char *location)
{
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  edit_list (settings, location, mt_recent_databases_remove);
}

void
mt_recent_databases_fill_menu (GMenu      *menu,
                               GSettings  *settings,
                               const char *current,
                               const char *action_name)
{
  g_auto(GStrv) list = NULL;
  g_autofree char *open = mt_recent_databases_normalize (current);

  g_return_if_fail (G_IS_MENU (menu));
  g_return_if_fail (action_name != NULL);

  g_menu_remove_all (menu);
  if (settings == NULL)
    return;

  list = dup_list (settings);
  for (guint i = 0; list[i] != NULL; i++)
    {
      g_autofree char *label = NULL;
      g_autofree char *escaped = NULL;
      g_auto(GStrv) parts = NULL;
      g_autoptr(GMenuItem) item = NULL;

      if (g_strcmp0 (list[i], open) == 0)
        continue;
      label = dup_menu_label ((const char * const *) list, i);
      /* A menu reads "_" as a mnemonic: a file name keeps its underscores. */
      escaped = g_strjoinv ("__", (char **) (parts = g_strsplit (label, "_", -1)));
      item = g_menu_item_new (escaped, NULL);
      g_menu_item_set_action_and_target_value (item, action_name, g_variant_new_string (list[i]));
      g_menu_append_item (menu, item);
    }
}
