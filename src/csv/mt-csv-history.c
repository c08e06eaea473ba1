/* mt-csv-history.c: the history of changes written to CSV.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-csv-history"

#include "config.h"

#include "mt-csv-export.h"
#include "mt-csv-history.h"
#include "mt-history-format.h"
#include "mt-store-history.h"

static void
append_row (GString            *out,
            const char * const *cells,
            guint               n_cells)
{
  for (guint i = 0; i < n_cells; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      mt_csv_escape_cell (out, cells[i]);
    }
  g_string_append (out, "\r\n");
}

gboolean
mt_csv_export_history (MtStore       *store,
                       gint64         camp_id,
                       GFile         *file,
                       GCancellable  *cancellable,
                       GError       **error)
{
  /* Canonical English column names, like the other exports, so scripts can read them. */
  static const char * const header[] = {
    "time", "user", "action", "kind", "table", "record", "changes", "old values", "new values",
  };
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (MT_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  entries = mt_store_list_history (store, camp_id, 0, error);
  if (entries == NULL)
    return FALSE;

  append_row (out, header, G_N_ELEMENTS (header));
  for (guint i = 0; i < entries->len; i++)
    {
      MtHistoryEntry *entry = g_ptr_array_index (entries, i);
      /* Worded as the history window words them, in the user's language; the values
       * themselves as the history keeps them, for scripts. */
      g_autofree char *action = mt_history_format_action (entry);
      g_autofree char *record = mt_history_format_record (entry);
      g_autofree char *changes = mt_history_format_changes (entry);
      const char *cells[] = {
        mt_history_entry_get_time (entry),
        mt_history_entry_get_user (entry),
        action,
        mt_history_entry_get_kind (entry),
        mt_history_entry_get_table (entry),
        record,
        changes,
        mt_history_entry_get_old_values (entry),
        mt_history_entry_get_new_values (entry),
      };

      append_row (out, cells, G_N_ELEMENTS (cells));
    }

  /* Replaced atomically: a half-written export never overwrites a good one. */
  return g_file_replace_contents (file, out->str, out->len, NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, cancellable, error);
}
