/* mt-store-import-history.c: an import's entry in the history of changes.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An import writes its roster rows without the change recorder (mt-store-import.c: a
 * million rows, each snapshotted, would cost more than the import). The history gets one
 * summary entry per import instead, however many people it brought: an insert of its row
 * of the imports table, with the file's name and the rows accepted, updated and rejected,
 * written in the import's own transaction by the login that imports. Undoing the import
 * writes the matching delete, tied to it (undo_of), in the undo's transaction.
 */

#define G_LOG_DOMAIN "mt-store-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mt-store-edit-private.h"
#include "mt-store-import-private.h"

/* The import's row as the history tells it; NULL + @error when it cannot be read. */
static JsonObject *
import_values (MtStore  *self,
               gint64    import_id,
               GError  **error)
{
  g_autoptr(JsonObject) values = json_object_new ();
  MtDbStmt *stmt;
  gboolean found;

  /* Updated rows are the ones whose old values the import kept for its undo. */
  stmt = _mt_store_prepare (self,
                            "SELECT file_name, rows_accepted, rows_rejected,"
                            " (SELECT count (*) FROM import_prior WHERE import_id = ?1)"
                            " FROM imports WHERE id = ?1",
                            error);
  if (stmt == NULL)
    return NULL;

  mt_db_bind_int64 (stmt, 1, import_id);
  found = mt_db_step (stmt) == MT_DB_ROW;
  if (found)
    {
      _mt_json_set_text (values, "file_name", _mt_store_column_text (stmt, 0));
      _mt_json_set_int (values, "rows_accepted", mt_db_column_int64 (stmt, 1));
      _mt_json_set_int (values, "rows_updated", mt_db_column_int64 (stmt, 3));
      _mt_json_set_int (values, "rows_rejected", mt_db_column_int64 (stmt, 2));
    }
  else
    _mt_store_fail (self, error, _("Could not record the import in the history"));
  mt_db_reset (stmt);

  return found ? g_steal_pointer (&values) : NULL;
}

/* The batch that recorded import @import_id, or 0 (an import made before imports were in
 * the history). */
static gint64
import_batch (MtStore *self,
              gint64   import_id)
{
  MtDbStmt *stmt;
  gint64 batch_id = 0;

  stmt = _mt_store_prepare (self,
                            "SELECT batch_id FROM history WHERE table_name = 'imports'"
                            " AND record_id = ?1 AND step = 'do' ORDER BY id DESC LIMIT 1",
                            NULL);
  if (stmt == NULL)
    return 0;

  mt_db_bind_int64 (stmt, 1, import_id);
  if (mt_db_step (stmt) == MT_DB_ROW)
    batch_id = mt_db_column_int64 (stmt, 0);
  mt_db_reset (stmt);

  return batch_id;
}

gboolean
_mt_store_import_record (MtStore  *self,
                         gint64    import_id,
                         gboolean  undo,
                         GError  **error)
{
  g_autoptr(JsonObject) values = NULL;
  g_autofree char *file_name = NULL;
  const char *path;
  MtBatch *batch;
  gboolean ok;

  g_assert (MT_IS_STORE (self));

  values = import_values (self, import_id, error);
  if (values == NULL)
    return FALSE;

  /* Known by its name, as the undo stack knows it; the import keeps where it came from. */
  path = json_object_get_string_member_with_default (values, "file_name", NULL);
  file_name = path != NULL ? g_path_get_basename (path) : NULL;
  batch = _mt_batch_join (self, "import", file_name, undo ? MT_BATCH_UNDO : MT_BATCH_DO,
                          undo ? import_batch (self, import_id) : 0, error);
  if (batch == NULL)
    return FALSE;

  ok = _mt_batch_record (batch, undo ? "delete" : "insert", "imports", import_id, file_name,
                         undo ? values : NULL, undo ? NULL : values, 0, error);
  _mt_batch_leave (batch);

  return ok;
}
