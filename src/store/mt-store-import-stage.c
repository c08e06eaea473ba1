/* mt-store-import-stage.c: a roster sent again, applied set-wise.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Into a roster that already holds people (the weekly case: a contingent sends its whole
 * roster again), the rows are first staged in a temporary table, many per statement (COPY on
 * a server), then one statement each compares them with the roster, keeps the previous values
 * of the rows that differ (import_prior, for undo), updates those, and inserts the new ones
 * (SQLite: for each batch of rows as it comes; a server: for all of them at the end):
 * the database does the join once instead of a lookup, a comparison and two writes per row
 * asked for one by one. History, provenance (import id and line), the roster's counts (its
 * triggers) and undo come out as they do row by row.
 */

#define G_LOG_DOMAIN "mt-store-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mt-store-import-private.h"

/* Rows per staging INSERT: 32 × 13 parameters, far below SQLite's limit. */
#define STAGE_ROWS MT_STORE_IMPORT_BULK_ROWS
#define STAGE_PARAMETERS 13

/* (name_key: the row's search key, folded in C as it comes, written with the row) */
#define STAGE_COLUMNS "personnel_id, " PERSON_COLUMNS ", line, name_key"

/* Whether the roster row p differs from the staged row s in any field the import writes. */
#define DIFFERS(column) "p." column " IS DISTINCT FROM s." column
#define ANY_DIFFERENCE \
  "(" DIFFERS ("family_name") " OR " DIFFERS ("given_name") " OR " DIFFERS ("rank") \
  " OR " DIFFERS ("category") " OR " DIFFERS ("country") " OR " DIFFERS ("unit") \
  " OR " DIFFERS ("camp_id") " OR " DIFFERS ("planned_departure") " OR " DIFFERS ("status") \
  " OR " DIFFERS ("departure_date") ")"

/* A server compares the roster's text byte by byte (COLLATE "C"): the staged text too, or
 * it could not tell which collation compares the two. */
#define STAGE_TABLE(text) \
  "CREATE TEMP TABLE IF NOT EXISTS mt_import_rows (" \
  "  personnel_id " text " NOT NULL," \
  "  family_name " text ", given_name " text ", rank " text ", category " text "," \
  "  country " text ", unit " text ", camp_id BIGINT, planned_departure " text "," \
  "  status " text ", departure_date " text ", line BIGINT NOT NULL, name_key " text ")"

static gboolean apply_diff (MtStoreImport        *import,
                            guint64               n_staged,
                            MtStoreImportCounts  *counts,
                            GError              **error);

/* Binds @row to parameters @base + 1 .. @base + STAGE_PARAMETERS, in STAGE_COLUMNS order;
 * @key holds its key until the statement has stepped. */
static void
bind_staged_row (MtDbStmt               *stmt,
                 int                     base,
                 const MtStorePersonRow *row,
                 guint                   line,
                 GString                *key)
{
  _mt_store_import_bind_value (stmt, base + 1, row->personnel_id);
  for (guint f = 0; f < MT_STORE_PERSON_N_FIELDS; f++)
    {
      if (f == MT_STORE_PERSON_CAMP)
        mt_db_bind_int64 (stmt, base + f + 2, row->camp_id);
      else
        _mt_store_import_bind_value (stmt, base + f + 2, row->values[f]);
    }
  mt_db_bind_int64 (stmt, base + 12, line);
  mt_db_bind_text_static (stmt, base + 13, _mt_store_import_row_key (row, key));
}

/* The staged rows that are new to the roster or differ from it, with the roster's id of the
 * person (NULL when new) and a bit per field that differs: one lookup per staged row, here
 * only; what follows reads this much smaller table and the roster by its ids. */
#define DIFF_TABLE(text) \
  "CREATE TEMP TABLE IF NOT EXISTS mt_import_diff (" \
  "  person_id BIGINT, changed BIGINT NOT NULL," \
  "  personnel_id " text " NOT NULL," \
  "  family_name " text ", given_name " text ", rank " text ", category " text "," \
  "  country " text ", unit " text ", camp_id BIGINT, planned_departure " text "," \
  "  status " text ", departure_date " text ", line BIGINT NOT NULL, name_key " text ")"
#define BIT(column, bit) " + (CASE WHEN " DIFFERS (column) " THEN " bit " ELSE 0 END)"

/* Fills mt_import_diff from the rows of @rows (a table or a WITH's name, aliased s). */
#define FILL_DIFF_FROM(rows) \
  "INSERT INTO mt_import_diff (person_id, changed, " STAGE_COLUMNS ")" \
  " SELECT p.id, 0" BIT ("family_name", "1") BIT ("given_name", "2") BIT ("rank", "4") \
  BIT ("category", "8") BIT ("country", "16") BIT ("unit", "32") BIT ("camp_id", "64") \
  BIT ("planned_departure", "128") BIT ("status", "256") BIT ("departure_date", "512") "," \
  " s.personnel_id, s.family_name, s.given_name, s.rank, s.category, s.country, s.unit," \
  " s.camp_id, s.planned_departure, s.status, s.departure_date, s.line, s.name_key" \
  " FROM " rows " s" \
  " LEFT JOIN personnel p ON p.personnel_id = s.personnel_id" \
  " WHERE p.id IS NULL OR " ANY_DIFFERENCE

/* SQLite: the rows of one statement compared with the roster at once, as they come (on the
 * writer thread, beside the parsing): only those new or changed are kept, in mt_import_diff. */
static MtDbStmt *
prepare_stage_insert (MtStoreImport  *import,
                      guint           n_rows,
                      GError        **error)
{
  MtDbStmt **stmt = n_rows == 1 ? &import->stage_one : &import->stage_many;
  g_autoptr(GString) sql = NULL;

  /* (the store keeps its statements until it closes: the import may hold them) */
  if (*stmt != NULL)
    return *stmt;

  sql = g_string_new ("WITH s (" STAGE_COLUMNS ") AS (VALUES ");

  for (guint i = 0; i < n_rows; i++)
    {
      g_string_append (sql, i > 0 ? ", (" : "(");
      for (guint p = 0; p < STAGE_PARAMETERS; p++)
        g_string_append (sql, p > 0 ? ", ?" : "?");
      g_string_append_c (sql, ')');
    }
  g_string_append (sql, ") ");
  g_string_append (sql, FILL_DIFF_FROM ("s"));
  *stmt = _mt_store_prepare (import->store, sql->str, error);

  return *stmt;
}

/* The staging table, made (or emptied) once per import. */
static gboolean
ensure_stage (MtStoreImport  *import,
              GError        **error)
{
  gboolean server = mt_db_kind (import->store->db) == MT_DB_POSTGRES;

  if (import->staged)
    return TRUE;

  /* A server stages every row (by COPY) and compares them at the end; SQLite compares them
   * as they come, keeping only the differences. */
  if ((server && (!_mt_store_import_exec (import->store, STAGE_TABLE ("TEXT COLLATE \"C\""),
                                          error) ||
                  !_mt_store_import_exec (import->store, "DELETE FROM mt_import_rows",
                                          error))) ||
      !_mt_store_import_exec (import->store,
                              server ? DIFF_TABLE ("TEXT COLLATE \"C\"") : DIFF_TABLE ("TEXT"),
                              error) ||
      !_mt_store_import_exec (import->store, "DELETE FROM mt_import_diff", error))
    return FALSE;

  import->staged = TRUE;
  return TRUE;
}

/* On a server: all of @rows in one COPY into the staging table. */
static gboolean
copy_staged (MtStoreImport           *import,
             const MtStorePersonRow  *rows,
             const guint             *lines,
             guint                    n_rows,
             GError                 **error)
{
  g_autoptr(GString) data = g_string_sized_new (n_rows * 160);

  _mt_store_import_copy_people (import, data, rows, lines, n_rows, FALSE);
  if (mt_db_pg_copy (import->store->db, "COPY mt_import_rows (" PERSON_COLUMNS ", line,"
                                        " personnel_id, name_key) FROM STDIN", data) != MT_DB_OK)
    return _mt_store_fail (import->store, error, _("Could not import"));

  return TRUE;
}

gboolean
_mt_store_import_stage (MtStoreImport           *import,
                        const MtStorePersonRow  *rows,
                        const guint             *lines,
                        guint                    n_rows,
                        GError                 **error)
{
  guint i = 0;

  if (n_rows == 0)
    return TRUE;
  if (!ensure_stage (import, error))
    return FALSE;

  /* A server compares the staged rows at the end (mt_store_import_apply()). */
  if (mt_db_kind (import->store->db) == MT_DB_POSTGRES)
    {
      import->n_staged += n_rows;
      return copy_staged (import, rows, lines, n_rows, error);
    }

  while (i < n_rows)
    {
      guint n = n_rows - i >= STAGE_ROWS ? STAGE_ROWS : 1;
      MtDbStmt *stmt = prepare_stage_insert (import, n, error);
      int rc;

      if (stmt == NULL)
        return FALSE;
      for (guint k = 0; k < n; k++)
        bind_staged_row (stmt, k * STAGE_PARAMETERS, &rows[i + k], lines[i + k],
                         import->bulk_keys[k]);
      rc = mt_db_step (stmt);
      /* The row's strings are the caller's: let go of them before returning. */
      if (rc != MT_DB_DONE)
        _mt_store_fail (import->store, error, _("Could not import"));
      mt_db_reset (stmt);
      mt_db_clear_bindings (stmt);
      if (rc != MT_DB_DONE)
        return FALSE;
      i += n;
    }

  /* SQLite applies each batch as it comes, on the writer thread beside the parsing, while
   * the roster's pages it changes are still in the cache from the comparison: nothing of it
   * is left for the end. (A person is in a file once: the importer refuses a second row.) */
  return apply_diff (import, n_rows, &import->applied, error);
}

/* Runs @sql, whose ?1 is the import's id. */
static gboolean
run_with_import_id (MtStoreImport  *import,
                    const char     *sql,
                    GError        **error)
{
  MtDbStmt *stmt = _mt_store_prepare (import->store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  mt_db_bind_int64 (stmt, 1, import->id);
  rc = mt_db_step (stmt);
  if (rc != MT_DB_DONE)
    _mt_store_fail (import->store, error, _("Could not import"));
  mt_db_reset (stmt);

  return rc == MT_DB_DONE;
}

/* Adds to @counts what the diff table says; @n_staged rows were staged in all. */
static gboolean
count_diff (MtStoreImport        *import,
            guint64               n_staged,
            MtStoreImportCounts  *counts,
            GError              **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT COUNT (*), COUNT (person_id)");
  MtDbStmt *stmt;
  gint64 n_new;
  gint64 n_updated;

  for (guint f = 0; f < MT_STORE_PERSON_N_FIELDS; f++)
    g_string_append_printf (sql, ", SUM (CASE WHEN person_id IS NOT NULL AND"
                                 " (changed / %u) %% 2 = 1 THEN 1 ELSE 0 END)", 1u << f);
  g_string_append (sql, " FROM mt_import_diff");

  stmt = _mt_store_prepare (import->store, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  if (mt_db_step (stmt) != MT_DB_ROW)
    {
      _mt_store_fail (import->store, error, _("Could not import"));
      mt_db_reset (stmt);
      return FALSE;
    }

  n_updated = mt_db_column_int64 (stmt, 1);
  n_new = mt_db_column_int64 (stmt, 0) - n_updated;
  counts->n_new += n_new;
  counts->n_updated += n_updated;
  counts->n_unchanged += n_staged - n_new - n_updated;
  for (guint f = 0; f < MT_STORE_PERSON_N_FIELDS; f++)
    counts->n_changed[f] += mt_db_column_int64 (stmt, 2 + f);
  mt_db_reset (stmt);

  return TRUE;
}

/* Applies what mt_import_diff holds (@n_staged rows were compared to fill it), adding what
 * it did to @counts: what differs is counted while the roster still holds the old values;
 * then the old values of the rows about to change are kept, for undo; then the changes, and
 * the people new to the roster in the order of the file. */
static gboolean
apply_diff (MtStoreImport        *import,
            guint64               n_staged,
            MtStoreImportCounts  *counts,
            GError              **error)
{
  return count_diff (import, n_staged, counts, error) &&
         run_with_import_id (import,
                             "INSERT INTO import_prior (import_id, person_id, " PERSON_COLUMNS ","
                             " prior_import_id, prior_import_line)"
                             " SELECT ?1, p.id, p.family_name, p.given_name, p.rank, p.category,"
                             " p.country, p.unit, p.camp_id, p.planned_departure, p.status,"
                             " p.departure_date, p.import_id, p.import_line"
                             " FROM mt_import_diff d JOIN personnel p ON p.id = d.person_id",
                             error) &&
         run_with_import_id (import,
                             "UPDATE personnel AS p SET family_name = d.family_name,"
                             " given_name = d.given_name, rank = d.rank, category = d.category,"
                             " country = d.country, unit = d.unit, camp_id = d.camp_id,"
                             " planned_departure = d.planned_departure, status = d.status,"
                             " departure_date = d.departure_date, import_id = ?1,"
                             " import_line = d.line, name_key = d.name_key"
                             " FROM mt_import_diff d WHERE p.id = d.person_id",
                             error) &&
         run_with_import_id (import,
                             "INSERT INTO personnel (" PERSON_COLUMNS ", import_id, import_line,"
                             " personnel_id, name_key)"
                             " SELECT d.family_name, d.given_name, d.rank, d.category, d.country,"
                             " d.unit, d.camp_id, d.planned_departure, d.status,"
                             " d.departure_date, ?1, d.line, d.personnel_id, d.name_key"
                             " FROM mt_import_diff d WHERE d.person_id IS NULL ORDER BY d.line",
                             error) &&
         _mt_store_import_exec (import->store, "DELETE FROM mt_import_diff", error);
}

gboolean
mt_store_import_apply (MtStoreImport        *import,
                       MtStoreImportCounts  *counts,
                       GError              **error)
{
  MtStoreImportCounts ignored = { 0 };
  MtStoreImportCounts *into = counts != NULL ? counts : &ignored;
  gboolean server;

  g_return_val_if_fail (import != NULL, FALSE);

  if (!import->staged)
    return TRUE;
  server = mt_db_kind (import->store->db) == MT_DB_POSTGRES;

  /* SQLite applied each batch as it came: what they did is added up. */
  into->n_new += import->applied.n_new;
  into->n_updated += import->applied.n_updated;
  into->n_unchanged += import->applied.n_unchanged;
  for (guint f = 0; f < MT_STORE_PERSON_N_FIELDS; f++)
    into->n_changed[f] += import->applied.n_changed[f];
  import->applied = (MtStoreImportCounts) { 0 };

  /* A server compares all the staged rows at once, here. */
  if (server &&
      (!_mt_store_import_exec (import->store, FILL_DIFF_FROM ("mt_import_rows"), error) ||
       !apply_diff (import, import->n_staged, into, error) ||
       !_mt_store_import_exec (import->store, "DELETE FROM mt_import_rows", error)))
    return FALSE;

  import->staged = FALSE;
  import->n_staged = 0;
  return TRUE;
}
