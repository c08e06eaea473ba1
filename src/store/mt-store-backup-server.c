/* mt-store-backup-server.c: copies between a server database and a file — a snapshot a
 * planner takes to a sector without network, and a desk's file put on a server for a team.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The destination gets the current schema from the store itself, then every table is copied
 * in one read transaction on the source (REPEATABLE READ on a server: one moment's data) and
 * one write transaction in the destination, many rows a statement. The columns are the
 * destination's own, so the copy holds exactly what its schema knows, with the same ids; the
 * roster's counts are made by the destination's triggers as the people are written.
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

/* Rows a statement: a server gets one round trip (and one count of the roster) per batch. */
#define ROWS_PER_INSERT 64

/* The columns of @table in @store (the destination), in order. The table names are ours. */
static GPtrArray *
table_columns (MtStore     *store,
               const char  *table,
               GError     **error)
{
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *sql = mt_store_is_server (store)
    ? g_strdup_printf ("SELECT column_name FROM information_schema.columns"
                       " WHERE table_schema = current_schema () AND table_name = '%s'"
                       " ORDER BY ordinal_position", table)
    : g_strdup_printf ("SELECT name FROM pragma_table_info ('%s') ORDER BY cid", table);
  MtDbStmt *stmt = mt_db_prepare (store->db, sql);
  int rc;

  if (stmt == NULL)
    {
      _mt_store_fail (store, error, _("Could not write the copy"));
      return NULL;
    }
  while ((rc = mt_db_step (stmt)) == MT_DB_ROW)
    g_ptr_array_add (columns, g_strdup (mt_db_column_text (stmt, 0)));
  mt_db_finalize (stmt);
  if (rc != MT_DB_DONE || columns->len == 0)
    {
      _mt_store_fail (store, error, _("Could not write the copy"));
      return NULL;
    }

  return g_steal_pointer (&columns);
}

/* "INSERT INTO table (columns) VALUES (?, …), …" for @n_rows rows. */
static MtDbStmt *
prepare_insert (MtStore     *to,
                const char  *head,
                guint        n_columns,
                guint        n_rows)
{
  g_autoptr(GString) sql = g_string_new (head);

  for (guint r = 0; r < n_rows; r++)
    {
      g_string_append (sql, r > 0 ? ", (" : "(");
      for (guint c = 0; c < n_columns; c++)
        g_string_append (sql, c > 0 ? ", ?" : "?");
      g_string_append_c (sql, ')');
    }

  return mt_db_prepare (to->db, sql->str);
}

/* One value read from the source, kept until its batch is written. */
typedef struct
{
  MtDbType  type;
  gint64    integer;
  double    real;
  char     *text;
} Value;

static void
keep_value (Value    *value,
            MtDbStmt *from,
            int       col)
{
  value->type = mt_db_column_type (from, col);
  switch (value->type)
    {
    case MT_DB_NULL:
      break;
    case MT_DB_INTEGER:
      value->integer = mt_db_column_int64 (from, col);
      break;
    case MT_DB_FLOAT:
      value->real = mt_db_column_double (from, col);
      break;
    default:
      value->text = g_strdup (mt_db_column_text (from, col));
    }
}

static void
bind_kept (MtDbStmt    *to,
           int          index,
           const Value *value)
{
  switch (value->type)
    {
    case MT_DB_NULL:
      mt_db_bind_null (to, index);
      break;
    case MT_DB_INTEGER:
      mt_db_bind_int64 (to, index, value->integer);
      break;
    case MT_DB_FLOAT:
      mt_db_bind_double (to, index, value->real);
      break;
    default:
      mt_db_bind_text_static (to, index, value->text);
    }
}

static void
clear_value (gpointer data)
{
  g_free (((Value *) data)->text);
}

/* Writes the rows of @values (@n_columns values each) with @full (a statement of
 * ROWS_PER_INSERT rows) or, for fewer, one made for them; empties @values. */
static gboolean
write_rows (MtStore     *to,
            MtDbStmt    *full,
            const char  *head,
            guint        n_columns,
            GArray      *values,
            GError     **error)
{
  guint n_rows = values->len / n_columns;
  MtDbStmt *stmt = full;
  gboolean ok;

  if (n_rows == 0)
    return TRUE;
  if (n_rows < ROWS_PER_INSERT)
    {
      stmt = prepare_insert (to, head, n_columns, n_rows);
      if (stmt == NULL)
        return _mt_store_fail (to, error, _("Could not write the copy"));
    }

  for (guint i = 0; i < values->len; i++)
    bind_kept (stmt, i + 1, &g_array_index (values, Value, i));
  ok = mt_db_step (stmt) == MT_DB_DONE;
  if (!ok)
    _mt_store_fail (to, error, _("Could not write the copy"));
  if (stmt != full)
    mt_db_finalize (stmt);
  else
    {
      mt_db_reset (stmt);
      mt_db_clear_bindings (stmt);
    }
  g_array_set_size (values, 0);

  return ok;
}

static gboolean
copy_table (MtStore     *from,
            MtStore     *to,
            const char  *table,
            GError     **error)
{
  g_autoptr(GPtrArray) columns = table_columns (to, table, error);
  g_autoptr(GString) select = g_string_new ("SELECT ");
  g_autoptr(GString) head = NULL;
  /* A file's camp_aliases has no "id": its rowid is one. */
  gboolean rowid = g_strcmp0 (table, "camp_aliases") == 0 && !mt_store_is_server (to);
  g_autoptr(GArray) values = NULL;
  MtDbStmt *source = NULL;
  MtDbStmt *insert = NULL;
  gboolean ok = TRUE;
  guint n;
  int rc = MT_DB_DONE;

  if (columns == NULL)
    return FALSE;

  head = g_string_new (NULL);
  g_string_printf (head, "INSERT INTO \"%s\" (", table);
  if (rowid)
    {
      g_string_append (select, "id, ");
      g_string_append (head, "rowid, ");
    }
  for (guint i = 0; i < columns->len; i++)
    {
      const char *column = columns->pdata[i];
      gboolean file_rowid = g_strcmp0 (table, "camp_aliases") == 0 &&
                            !mt_store_is_server (from) && g_strcmp0 (column, "id") == 0;

      g_string_append_printf (select, "%s\"%s\"", i > 0 ? ", " : "",
                              file_rowid ? "rowid" : column);
      g_string_append_printf (head, "%s\"%s\"", i > 0 ? ", " : "", column);
    }
  g_string_append_printf (select, " FROM \"%s\"", table);
  n = columns->len + (rowid ? 1 : 0);
  g_string_append (head, ") VALUES ");

  source = mt_db_prepare (from->db, select->str);
  insert = source != NULL ? prepare_insert (to, head->str, n, ROWS_PER_INSERT) : NULL;
  if (source == NULL || insert == NULL)
    {
      if (source == NULL)
        _mt_store_fail (from, error, _("Could not read the database to copy"));
      else
        _mt_store_fail (to, error, _("Could not write the copy"));
      mt_db_finalize (source);
      return FALSE;
    }

  values = g_array_sized_new (FALSE, TRUE, sizeof (Value), n * ROWS_PER_INSERT);
  g_array_set_clear_func (values, clear_value);
  while (ok && (rc = mt_db_step (source)) == MT_DB_ROW)
    {
      for (guint i = 0; i < n; i++)
        {
          Value value = { 0, };

          keep_value (&value, source, i);
          g_array_append_val (values, value);
        }
      if (values->len == n * ROWS_PER_INSERT)
        ok = write_rows (to, insert, head->str, n, values, error);
    }
  if (ok && rc != MT_DB_DONE)
    ok = _mt_store_fail (from, error, _("Could not read the database to copy"));
  if (ok)
    ok = write_rows (to, insert, head->str, n, values, error);
  mt_db_finalize (insert);
  mt_db_finalize (source);

  return ok;
}

/* Every table of @from into @to: @from read in one transaction (begun by @begin_read, ended
 * here), @to written in one, left open for the caller to commit (rolled back on failure). */
static gboolean
copy_tables (MtStore     *from,
             const char  *begin_read,
             MtStore     *to,
             GError     **error)
{
  gboolean ok = TRUE;

  if (mt_db_exec (from->db, begin_read) != MT_DB_OK)
    return _mt_store_fail (from, error, _("Could not read the database to copy"));
  if (!_mt_store_begin (to, error))
    {
      mt_db_exec (from->db, "ROLLBACK");
      return FALSE;
    }

  for (guint i = 0; ok && tables[i] != NULL; i++)
    ok = copy_table (from, to, tables[i], error);

  mt_db_exec (from->db, "ROLLBACK");
  if (!ok)
    _mt_store_rollback (to);

  return ok;
}

/* Private API */

gboolean
_mt_store_copy_server_into (MtStore     *self,
                            const char  *path,
                            const char  *name,
                            GError     **error)
{
  g_autoptr(MtStore) file = NULL;

  g_assert (MT_IS_STORE (self));
  g_assert (mt_store_is_server (self));

  /* The planner chose where the copy goes and never sees the file it is written to first:
   * what goes wrong names the former. */
  file = _mt_store_open_file_named (path, name, error);
  if (file == NULL)
    return FALSE;

  /* One moment of the server's data, whatever others commit meanwhile. */
  if (!copy_tables (self, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", file, error) ||
      !_mt_store_commit (file, error))
    return FALSE;

  /* The file's journal mode: a copy that is mailed must not need a -wal. */
  if (mt_db_exec (file->db, "PRAGMA journal_mode = DELETE") != MT_DB_OK)
    return _mt_store_fail (file, error, _("Could not write the copy"));

  return mt_store_close (file, error);
}

gboolean
_mt_store_copy_file_onto_server (MtStore     *self,
                                 const char  *uri,
                                 GError     **error)
{
  g_autoptr(MtStore) server = NULL;
  g_autofree char *shown = NULL;

  g_assert (MT_IS_STORE (self));
  g_assert (!mt_store_is_server (self));

  /* Given the tables if it has none (the role must be allowed to make them); never the seed:
   * what goes in is the file's. */
  server = mt_store_open (uri, error);
  if (server == NULL)
    return FALSE;
  if (!mt_store_is_empty (server))
    {
      shown = mt_db_pg_display_uri (uri);
      g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_INVALID,
                   _("%s already holds a mission: a file is copied only into a database that "
                     "holds none"), shown);
      return FALSE;
    }

  /* One moment of the file's data (WAL: others may write it meanwhile). */
  if (!copy_tables (self, "BEGIN", server, error))
    return FALSE;
  /* Each automatic id goes on after the largest one copied. */
  if (mt_db_exec (server->db, "SELECT mt_sync_ids ()") != MT_DB_OK)
    {
      _mt_store_fail (server, error, _("Could not write the copy"));
      _mt_store_rollback (server);
      return FALSE;
    }
  if (!_mt_store_commit (server, error))
    return FALSE;

  return mt_store_close (server, error);
}
