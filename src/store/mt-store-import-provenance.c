/* mt-store-import-provenance.c: where roster rows came from — the imports recorded, and
 * which of them brought the people at a camp.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Read-only queries over the imports table and personnel.import_id / import_line, which
 * mt-store-import.c writes: a person's provenance is the import that last wrote the row.
 */

#define G_LOG_DOMAIN "mt-store-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mt-store-import.h"
#include "mt-store-private.h"

gint64
mt_store_find_import_by_sha256 (MtStore    *store,
                                const char *sha256)
{
  MtDbStmt     *stmt;
  gint64 id = 0;

  g_return_val_if_fail (MT_IS_STORE (store), 0);
  g_return_val_if_fail (sha256 != NULL, 0);

  stmt = _mt_store_prepare (store, "SELECT id FROM imports WHERE sha256 = ?1 ORDER BY id DESC LIMIT 1",
                            NULL);
  if (stmt == NULL)
    return 0;
  _mt_store_bind_text (stmt, 1, sha256);
  if (mt_db_step (stmt) == MT_DB_ROW)
    id = mt_db_column_int64 (stmt, 0);
  mt_db_reset (stmt);

  return id;
}

gint64
mt_store_get_last_import_id (MtStore *store)
{
  MtDbStmt     *stmt;
  gint64 id = 0;

  g_return_val_if_fail (MT_IS_STORE (store), 0);

  stmt = _mt_store_prepare (store, "SELECT max (id) FROM imports", NULL);
  if (stmt == NULL)
    return 0;
  if (mt_db_step (stmt) == MT_DB_ROW)
    id = mt_db_column_int64 (stmt, 0);
  mt_db_reset (stmt);

  return id;
}

gboolean
mt_store_get_import_info (MtStore  *store,
                          gint64    import_id,
                          char    **file_name,
                          char    **sha256,
                          char    **imported_at,
                          gint64   *rows_accepted,
                          gint64   *rows_rejected)
{
  MtDbStmt     *stmt;
  gboolean found;

  g_return_val_if_fail (MT_IS_STORE (store), FALSE);

  stmt = _mt_store_prepare (store,
                            "SELECT file_name, sha256, imported_at, rows_accepted, rows_rejected"
                            " FROM imports WHERE id = ?1",
                            NULL);
  if (stmt == NULL)
    return FALSE;
  mt_db_bind_int64 (stmt, 1, import_id);
  found = mt_db_step (stmt) == MT_DB_ROW;
  if (found)
    {
      if (file_name != NULL)
        *file_name = g_strdup (_mt_store_column_text (stmt, 0));
      if (sha256 != NULL)
        *sha256 = g_strdup (_mt_store_column_text (stmt, 1));
      if (imported_at != NULL)
        *imported_at = g_strdup (_mt_store_column_text (stmt, 2));
      if (rows_accepted != NULL)
        *rows_accepted = mt_db_column_int64 (stmt, 3);
      if (rows_rejected != NULL)
        *rows_rejected = mt_db_column_int64 (stmt, 4);
    }
  mt_db_reset (stmt);

  return found;
}

GArray *
mt_store_list_camp_imports (MtStore  *store,
                            gint64    camp_id,
                            GError  **error)
{
  MtDbStmt     *stmt;
  GArray *imports;
  int rc;

  g_return_val_if_fail (MT_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Newest first: the import a planner most likely wants to check. */
  stmt = _mt_store_prepare (store,
                            "SELECT import_id, count (*) FROM personnel"
                            " WHERE camp_id = ?1 AND import_id IS NOT NULL"
                            " GROUP BY import_id ORDER BY import_id DESC",
                            error);
  if (stmt == NULL)
    return NULL;
  mt_db_bind_int64 (stmt, 1, camp_id);

  imports = g_array_new (FALSE, FALSE, sizeof (MtStoreCampImport));
  while ((rc = mt_db_step (stmt)) == MT_DB_ROW)
    {
      MtStoreCampImport import = {
        .import_id = mt_db_column_int64 (stmt, 0),
        .n_people = mt_db_column_int64 (stmt, 1),
      };

      g_array_append_val (imports, import);
    }
  if (rc != MT_DB_DONE)
    {
      _mt_store_fail (store, error, _("Could not list the imports"));
      g_clear_pointer (&imports, g_array_unref);
    }
  mt_db_reset (stmt);

  return imports;
}
