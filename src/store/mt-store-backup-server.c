/* mt-store-backup-server.c: a server database copied into a new SQLite file, a snapshot a
 * planner takes to a sector without network.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file is made by the store itself (the current schema), then every table is copied
 * row by row in one read transaction on the server (REPEATABLE READ: one moment's data)
 * and one write transaction in the file. The columns are the file's own, so the copy
 * holds exactly what the file's schema knows, with the same ids; the roster's counts are
 * rebuilt by the file's triggers as the people are written.
 */

#define G_LOG_DOMAIN "mt-store-backup"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mt-store-backup-private.h"
#include "mt-store-private.h"

/* In the order the foreign keys want. personnel_tally is not copied: the file's triggers
 * count the people in. */
static const char * const tables[] = {
  "mission", "categories", "camps", "camp_aliases", "camp_status", "deployments", "imports",
  "personnel", "import_prior", "csv_presets", "movements", "convoys", "convoy_personnel",
  "assets", "events", "history", "baselines", "baseline_camps", "baseline_plan",
  "scenarios", "scenario_changes", NULL,
};

/* The columns of @table in the file, in order. */
static GPtrArray *
file_columns (MtStore     *file,
              const char  *table,
              GError     **error)
{
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *sql = g_strdup_printf ("SELECT name FROM pragma_table_info ('%s')"
                                          " ORDER BY cid", table);
  MtDbStmt *stmt = mt_db_prepare (file->db, sql);
  int rc;

  if (stmt == NULL)
    {
      _mt_store_fail (file, error, _("Could not write the copy"));
      return NULL;
    }
  while ((rc = mt_db_step (stmt)) == MT_DB_ROW)
    g_ptr_array_add (columns, g_strdup (mt_db_column_text (stmt, 0)));
  mt_db_finalize (stmt);
  if (rc != MT_DB_DONE)
    {
      _mt_store_fail (file, error, _("Could not write the copy"));
      return NULL;
    }

  return g_steal_pointer (&columns);
}

static void
bind_like (MtDbStmt *to,
           int       index,
           MtDbStmt *from,
           int       col)
{
  switch (mt_db_column_type (from, col))
    {
    case MT_DB_NULL:
      mt_db_bind_null (to, index);
      break;
    case MT_DB_INTEGER:
      mt_db_bind_int64 (to, index, mt_db_column_int64 (from, col));
      break;
    case MT_DB_FLOAT:
      mt_db_bind_double (to, index, mt_db_column_double (from, col));
      break;
    default:
      mt_db_bind_text (to, index, mt_db_column_text (from, col));
    }
}

static gboolean
copy_table (MtStore     *self,
            MtStore     *file,
            const char  *table,
            GError     **error)
{
  g_autoptr(GPtrArray) columns = file_columns (file, table, error);
  g_autoptr(GString) select = g_string_new ("SELECT ");
  g_autoptr(GString) insert = NULL;
  gboolean rowid = g_strcmp0 (table, "camp_aliases") == 0;   /* no "id" in the file */
  MtDbStmt *from = NULL;
  MtDbStmt *to = NULL;
  guint n;
  int rc;

  if (columns == NULL)
    return FALSE;

  insert = g_string_new (NULL);
  g_string_printf (insert, "INSERT INTO \"%s\" (", table);
  if (rowid)
    {
      g_string_append (select, "id, ");
      g_string_append (insert, "rowid, ");
    }
  for (guint i = 0; i < columns->len; i++)
    {
      g_string_append_printf (select, "%s\"%s\"", i > 0 ? ", " : "",
                              (const char *) columns->pdata[i]);
      g_string_append_printf (insert, "%s\"%s\"", i > 0 ? ", " : "",
                              (const char *) columns->pdata[i]);
    }
  g_string_append_printf (select, " FROM \"%s\"", table);
  n = columns->len + (rowid ? 1 : 0);
  g_string_append (insert, ") VALUES (");
  for (guint i = 0; i < n; i++)
    g_string_append (insert, i > 0 ? ", ?" : "?");
  g_string_append_c (insert, ')');

  from = mt_db_prepare (self->db, select->str);
  to = mt_db_prepare (file->db, insert->str);
  if (from == NULL || to == NULL)
    {
      if (from == NULL)
        _mt_store_fail (self, error, _("Could not read the database to copy"));
      else
        _mt_store_fail (file, error, _("Could not write the copy"));
      mt_db_finalize (from);
      mt_db_finalize (to);
      return FALSE;
    }

  while ((rc = mt_db_step (from)) == MT_DB_ROW)
    {
      for (guint i = 0; i < n; i++)
        bind_like (to, i + 1, from, i);
      if (mt_db_step (to) != MT_DB_DONE)
        {
          _mt_store_fail (file, error, _("Could not write the copy"));
          mt_db_finalize (from);
          mt_db_finalize (to);
          return FALSE;
        }
      mt_db_reset (to);
      mt_db_clear_bindings (to);
    }
  mt_db_finalize (to);
  mt_db_finalize (from);

  if (rc != MT_DB_DONE)
    return _mt_store_fail (self, error, _("Could not read the database to copy"));

  return TRUE;
}

/* Private API */

gboolean
_mt_store_copy_server_into (MtStore     *self,
                            const char  *path,
                            const char  *name,
                            GError     **error)
{
  g_autoptr(MtStore) file = NULL;
  gboolean ok = TRUE;

  g_assert (MT_IS_STORE (self));
  g_assert (mt_store_is_server (self));

  /* The planner chose where the copy goes and never sees the file it is written to first:
   * what goes wrong names the former. */
  file = _mt_store_open_file_named (path, name, error);
  if (file == NULL)
    return FALSE;

  /* One moment of the server's data, whatever others commit meanwhile. */
  if (mt_db_exec (self->db, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") != MT_DB_OK)
    return _mt_store_fail (self, error, _("Could not read the database to copy"));
  if (!_mt_store_begin (file, error))
    {
      mt_db_exec (self->db, "ROLLBACK");
      return FALSE;
    }

  for (guint i = 0; ok && tables[i] != NULL; i++)
    ok = copy_table (self, file, tables[i], error);

  mt_db_exec (self->db, "ROLLBACK");
  if (!ok)
    {
      _mt_store_rollback (file);
      return FALSE;
    }

  if (!_mt_store_commit (file, error))
    return FALSE;

  /* The file's journal mode: a copy that is mailed must not need a -wal. */
  if (mt_db_exec (file->db, "PRAGMA journal_mode = DELETE") != MT_DB_OK)
    return _mt_store_fail (file, error, _("Could not write the copy"));

  return mt_store_close (file, error);
}
