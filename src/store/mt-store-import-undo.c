/* mt-store-import-undo.c: undoing the last CSV import.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Undo reads only what an import left behind (personnel.import_id, import_prior), in a
 * transaction of its own, so it needs nothing of the running import (mt-store-import.c).
 */

#define G_LOG_DOMAIN "mt-store-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mt-store-import-private.h"

gboolean
mt_store_undo_import (MtStore  *store,
                      gint64    import_id,
                      GError  **error)
{
  static const char * const steps[] = {
    "DELETE FROM personnel WHERE import_id = ?1 AND id NOT IN"
    " (SELECT person_id FROM import_prior WHERE import_id = ?1)",
    "UPDATE personnel SET family_name = p.family_name, given_name = p.given_name,"
    " rank = p.rank, category = p.category, country = p.country, unit = p.unit,"
    " camp_id = p.camp_id, planned_departure = p.planned_departure, status = p.status,"
    " departure_date = p.departure_date, import_id = p.prior_import_id,"
    " import_line = p.prior_import_line, name_key = NULL"
    " FROM import_prior AS p WHERE p.import_id = ?1 AND personnel.id = p.person_id",
    "DELETE FROM imports WHERE id = ?1",
  };

  g_autoptr(MtStoreTally) tally = NULL;

  g_return_val_if_fail (MT_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (import_id <= 0 || import_id != mt_store_get_last_import_id (store))
    {
      g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND,
                   _("Only the most recent import can be undone"));
      return FALSE;
    }

  if (!_mt_store_begin (store, error))
    return FALSE;
  /* The steps move many rows in a few statements: recount once after them. The history
   * tells of the undo, read before the import's row goes. */
  if (!_mt_store_import_ensure_tables (store, error) ||
      !_mt_store_import_record (store, import_id, TRUE, error) ||
      (tally = _mt_store_tally_suspend (store, error)) == NULL)
    {
      _mt_store_rollback (store);
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      MtDbStmt     *stmt = _mt_store_prepare (store, steps[i], error);

      if (stmt == NULL)
        {
          _mt_store_rollback (store);
          return FALSE;
        }
      mt_db_bind_int64 (stmt, 1, import_id);
      if (mt_db_step (stmt) != MT_DB_DONE)
        {
          _mt_store_fail (store, error, _("Could not undo the import"));
          mt_db_reset (stmt);
          _mt_store_rollback (store);
          return FALSE;
        }
      mt_db_reset (stmt);
    }

  /* The keys of the rows put back, folded in C again. */
  if (!_mt_store_refresh_table_keys (store->db, "personnel", error) ||
      !_mt_store_tally_rebuild (g_steal_pointer (&tally), error))
    {
      _mt_store_rollback (store);
      return FALSE;
    }

  if (!_mt_store_commit (store, error))
    return FALSE;

  _mt_store_import_emit_personnel_changed (store);

  return TRUE;
}

gboolean
mt_store_undo_last_import (MtStore  *store,
                           gint64   *import_id,
                           GError  **error)
{
  gint64 last;

  g_return_val_if_fail (MT_IS_STORE (store), FALSE);

  last = mt_store_get_last_import_id (store);
  if (last == 0)
    {
      g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND, _("No import to undo"));
      return FALSE;
    }
  if (!mt_store_undo_import (store, last, error))
    return FALSE;
  if (import_id != NULL)
    *import_id = last;

  return TRUE;
}
