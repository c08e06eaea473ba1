/* mt-store-keys.c: the folded keys kept beside the names people search and sort by.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Ménaka", "MENAKA" and "menaka" share one key (mt_fold_text(), in C), stored with the row
 * on every backend (schema v6, the roster's in v8) and compared byte by byte: the same order
 * and the same matches on SQLite and on a server, whatever its locale, and no folding in
 * SQL. A key is computed when its row is written; a row written by a script (the seed) or by
 * an older version gets it at the next refresh, which fills every missing key.
 */

#define G_LOG_DOMAIN "mt-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mt-fold.h"
#include "mt-store-private.h"

/* Between the texts of a key made of several: below every character a folded name holds,
 * so "Sow" (then any given name) sorts before "Sowe", and never in a search text. */
#define KEY_SEPARATOR '\x1f'

/* Rows read, then written in one statement, at a time: memory stays bounded whatever the
 * table's size, and a server gets one round trip per batch, not per row. */
#define BATCH_ROWS 256

typedef struct
{
  const char *table;
  const char *key;        /* the key column */
  const char *sources;    /* the columns it folds, in order */
  guint       n_sources;
  int         since;      /* the schema version that added it */
} KeySpec;

static const KeySpec keys[] = {
  { "camps",        "name_key",        "name",        1, 6 },
  { "camp_aliases", "alias_key",       "alias",       1, 6 },
  { "assets",       "description_key", "description", 1, 6 },
  { "csv_presets",  "name_key",        "name",        1, 6 },
  { "camps",        "name_fr_key",     "name_fr",     1, MT_STORE_SCHEMA_FRENCH_NAMES },
  /* Everything the roster's search matches, family name first, so that the same key sorts
   * the roster by name. */
  { "personnel",    "name_key",        MT_STORE_PERSON_KEY_COLUMNS, MT_STORE_PERSON_KEY_N,
    MT_STORE_SCHEMA_SEARCH_KEY },
};

/* csv_presets has no id: its name is its key. */
static gboolean
rows_by_name (const char *table)
{
  return g_strcmp0 (table, "csv_presets") == 0;
}

static const char *
row_column (MtDb       *db,
            const char *table)
{
  if (rows_by_name (table))
    return "name";

  return mt_db_kind (db) == MT_DB_SQLITE ? "rowid" : "id";
}

static gboolean
failed (MtDb     *db,
        GError  **error)
{
  g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_FAILED, "%s: %s",
               _("Could not save the record"), mt_db_errmsg (db));
  return FALSE;
}

/* "UPDATE … FROM (VALUES (?1, ?2), …) AS v": the same text on both backends (VALUES names
 * its columns column1, column2 on both). */
static char *
update_sql (MtDb          *db,
            const KeySpec *spec)
{
  const char *id = row_column (db, spec->table);
  g_autoptr(GString) sql = g_string_new (NULL);

  g_string_printf (sql, "UPDATE %s SET %s = v.column2 FROM (VALUES ", spec->table, spec->key);
  for (guint i = 0; i < BATCH_ROWS; i++)
    g_string_append_printf (sql, "%s(?%u, ?%u)", i > 0 ? ", " : "", 2 * i + 1, 2 * i + 2);
  g_string_append_printf (sql, ") AS v WHERE %s.%s = v.column1", spec->table, id);

  return g_string_free (g_steal_pointer (&sql), FALSE);
}

/* Writes the keys of the @ids->len rows read (ids as text, keys in @folded); the batch is
 * padded with its last row, written twice to the same value. */
static gboolean
write_batch (MtDb           *db,
             const KeySpec  *spec,
             GPtrArray      *ids,
             GPtrArray      *folded,
             GError        **error)
{
  g_autofree char *sql = NULL;
  MtDbStmt *stmt;
  int rc;

  if (ids->len == 0)
    return TRUE;

  sql = update_sql (db, spec);
  stmt = mt_db_prepare (db, sql);
  if (stmt == NULL)
    return failed (db, error);
  for (guint i = 0; i < BATCH_ROWS; i++)
    {
      guint row = MIN (i, ids->len - 1);
      const char *id = g_ptr_array_index (ids, row);

      if (rows_by_name (spec->table))
        mt_db_bind_text (stmt, 2 * i + 1, id);
      else
        mt_db_bind_int64 (stmt, 2 * i + 1, g_ascii_strtoll (id, NULL, 10));
      mt_db_bind_text (stmt, 2 * i + 2, g_ptr_array_index (folded, row));
    }
  rc = mt_db_step (stmt);
  mt_db_finalize (stmt);

  return rc == MT_DB_DONE || failed (db, error);
}

/* Sets the key of every row of @spec's table whose key is missing (@row NULL) or of row
 * @row (its id, as text), BATCH_ROWS at a time in the order of their ids. */
static gboolean
refresh (MtDb           *db,
         const KeySpec  *spec,
         const char     *row,
         GError        **error)
{
  const char *id = row_column (db, spec->table);
  gboolean in_batches = row == NULL && !rows_by_name (spec->table);
  g_autoptr(GString) select = g_string_new (NULL);
  gint64 after = 0;

  g_string_printf (select, "SELECT %s, %s FROM %s WHERE ", id, spec->sources, spec->table);
  if (row != NULL)
    g_string_append_printf (select, "%s = ?1", id);
  else
    g_string_append_printf (select, "%s IS NULL AND COALESCE (%s, NULL) IS NOT NULL",
                            spec->key, spec->sources);
  if (in_batches)
    g_string_append_printf (select, " AND %s > ?1 ORDER BY %s LIMIT ?2", id, id);

  for (;;)
    {
      g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) folded = g_ptr_array_new_with_free_func (g_free);
      MtDbStmt *stmt;
      int rc;

      stmt = mt_db_prepare (db, select->str);
      if (stmt == NULL)
        return failed (db, error);
      if (row != NULL)
        mt_db_bind_text (stmt, 1, row);
      if (in_batches)
        {
          mt_db_bind_int64 (stmt, 1, after);
          mt_db_bind_int64 (stmt, 2, BATCH_ROWS);
        }
      while ((rc = mt_db_step (stmt)) == MT_DB_ROW)
        {
          const char *texts[MT_STORE_PERSON_KEY_N];
          GString *key = g_string_new (NULL);

          g_assert (spec->n_sources <= G_N_ELEMENTS (texts));
          for (guint i = 0; i < spec->n_sources; i++)
            texts[i] = mt_db_column_text (stmt, i + 1);
          _mt_store_fold_key (key, texts, spec->n_sources);
          g_ptr_array_add (ids, g_strdup (mt_db_column_text (stmt, 0)));
          g_ptr_array_add (folded, g_string_free (key, FALSE));
        }
      mt_db_finalize (stmt);
      if (rc != MT_DB_DONE)
        return failed (db, error);

      /* Read first, then write: one statement open at a time. Whole batches of the
       * roster, a few statements for the other tables. */
      for (guint start = 0; start < ids->len; start += BATCH_ROWS)
        {
          g_autoptr(GPtrArray) batch_ids = g_ptr_array_new ();
          g_autoptr(GPtrArray) batch_keys = g_ptr_array_new ();

          for (guint i = start; i < MIN (ids->len, start + BATCH_ROWS); i++)
            {
              g_ptr_array_add (batch_ids, g_ptr_array_index (ids, i));
              g_ptr_array_add (batch_keys, g_ptr_array_index (folded, i));
            }
          if (!write_batch (db, spec, batch_ids, batch_keys, error))
            return FALSE;
        }

      if (!in_batches || ids->len < BATCH_ROWS)
        return TRUE;
      after = g_ascii_strtoll (g_ptr_array_index (ids, ids->len - 1), NULL, 10);
    }
}

/* The missing keys of @table (NULL: every table) among those of the schema at @version
 * (during an upgrade, later keys have no column yet). */
static gboolean
refresh_tables (MtDb        *db,
                const char  *table,
                int          version,
                GError     **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    if ((table == NULL || g_strcmp0 (keys[i].table, table) == 0) &&
        keys[i].since <= version && !refresh (db, &keys[i], NULL, error))
      return FALSE;

  return TRUE;
}

/* Private API */

void
_mt_store_fold_key (GString            *key,
                    const char * const *texts,
                    guint               n_texts)
{
  for (guint i = 0; i < n_texts; i++)
    {
      if (i > 0)
        g_string_append_c (key, KEY_SEPARATOR);
      mt_fold_append (key, texts[i]);
    }
}

char *
_mt_store_fold_search (const char *search)
{
  g_autofree char *trimmed = NULL;
  GString *folded;

  if (search == NULL)
    return NULL;

  trimmed = g_strstrip (g_strdup (search));
  if (trimmed[0] == '\0')
    return NULL;

  /* Without the separator (a control character no one types): a search matches within
   * one of the texts, as it always has, never across two. */
  folded = g_string_new (NULL);
  mt_fold_append (folded, trimmed);
  for (char *p = strchr (folded->str, KEY_SEPARATOR); p != NULL; p = strchr (p, KEY_SEPARATOR))
    *p = ' ';

  return g_string_free (folded, FALSE);
}

gboolean
_mt_store_refresh_keys (MtDb     *db,
                        GError  **error)
{
  g_assert (db != NULL);

  return refresh_tables (db, NULL, MT_STORE_SCHEMA_VERSION, error);
}

gboolean
_mt_store_refresh_keys_at (MtDb     *db,
                           int       version,
                           GError  **error)
{
  g_assert (db != NULL);

  return refresh_tables (db, NULL, version, error);
}

gboolean
_mt_store_refresh_table_keys (MtDb        *db,
                              const char  *table,
                              GError     **error)
{
  g_assert (db != NULL);
  g_assert (table != NULL);

  return refresh_tables (db, table, MT_STORE_SCHEMA_VERSION, error);
}

gboolean
_mt_store_refresh_row_keys (MtStore     *self,
                            const char  *table,
                            gint64       rowid,
                            GError     **error)
{
  g_autofree char *row = g_strdup_printf ("%" G_GINT64_FORMAT, rowid);

  g_assert (MT_IS_STORE (self));

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    if (g_strcmp0 (keys[i].table, table) == 0 && !refresh (self->db, &keys[i], row, error))
      return FALSE;

  return TRUE;
}

gboolean
_mt_store_is_key_column (const char *column)
{
  return g_str_has_suffix (column, "_key");
}

gboolean
_mt_store_is_key_source (const char *table,
                         const char *column)
{
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_auto(GStrv) sources = NULL;

      if (g_strcmp0 (keys[i].table, table) != 0)
        continue;
      sources = g_strsplit (keys[i].sources, ",", -1);
      for (guint s = 0; sources[s] != NULL; s++)
        if (g_strcmp0 (g_strstrip (sources[s]), column) == 0)
          return TRUE;
    }

  return FALSE;
}

/* Schema v6: the keys, filled for the rows there are. */
gboolean
_mt_store_migrate_to_6 (MtDb     *db,
                        GError  **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    if (keys[i].since == 6)
      g_string_append_printf (sql, "ALTER TABLE %s ADD COLUMN %s TEXT;", keys[i].table, keys[i].key);
  g_string_append (sql,
                   "CREATE INDEX camps_by_key ON camps (name_key);"
                   "CREATE INDEX camp_aliases_by_key ON camp_aliases (alias_key);");

  return _mt_store_exec_schema (db, sql->str, error) && refresh_tables (db, NULL, 6, error);
}

/* French names: a camp's and the mission's own, beside the English ones (not aliases: the
 * French UI shows them), and the camp's folded key, so every search finds either name. */
gboolean
_mt_store_migrate_french_names (MtDb     *db,
                                GError  **error)
{
  static const char sql[] =
    "ALTER TABLE camps ADD COLUMN name_fr TEXT;"
    "ALTER TABLE camps ADD COLUMN name_fr_key TEXT;"
    "CREATE INDEX camps_by_fr_key ON camps (name_fr_key);"
    "ALTER TABLE mission ADD COLUMN name_fr TEXT;"
    "ALTER TABLE mission ADD COLUMN full_name_fr TEXT;";

  return _mt_store_exec_schema (db, sql, error) &&
         refresh_tables (db, NULL, MT_STORE_SCHEMA_FRENCH_NAMES, error);
}

/* v14: a camp's region in French, a column of its own as its name's (empty: the region is
 * shown in both languages); the regions written in French move to it. */
gboolean
_mt_store_migrate_region_fr (MtDb     *db,
                             GError  **error)
{
  return _mt_store_exec_schema (db,
                                "ALTER TABLE camps ADD COLUMN region_fr TEXT;"
                                MT_STORE_REGION_FR_MOVE_SQL,
                                error);
}

/* The roster's key, filled for the people there are. No index: a search reads the whole
 * key column anyway, and an index would be rebuilt by every large import. */
gboolean
_mt_store_migrate_search_key (MtDb     *db,
                              GError  **error)
{
  return _mt_store_exec_schema (db, "ALTER TABLE personnel ADD COLUMN name_key TEXT;", error) &&
         refresh_tables (db, "personnel", MT_STORE_SCHEMA_SEARCH_KEY, error);
}

/* v13: the roster's key as its first column. A search reads the key of every row, and
 * SQLite finds a column by walking the row's header up to it: the 18th column costs a
 * million people about 40 ms more than the 2nd (bench/search). SQLite cannot move a
 * column, so the table is made again in the order below and its rows copied, in the
 * transaction of the step, with the foreign keys off (migrate_one() in mt-store-schema.c):
 * the tables that refer to personnel keep their references, to the new table by name.
 * Its triggers and indexes (the tally's, a user's own) are made again from their text. */
static const char roster_key_first[] =
  "CREATE TABLE personnel_key_first ("
  "  id INTEGER PRIMARY KEY,"
  "  name_key TEXT,"
  "  personnel_id TEXT NOT NULL UNIQUE,"
  "  family_name TEXT,"
  "  given_name TEXT,"
  "  rank TEXT,"
  "  category TEXT NOT NULL REFERENCES categories (code),"
  "  country TEXT,"
  "  unit TEXT,"
  "  camp_id INTEGER NOT NULL REFERENCES camps (id),"
  "  planned_departure TEXT,"
  "  status TEXT,"
  "  departure_date TEXT,"
  "  import_id INTEGER REFERENCES imports (id) ON DELETE SET NULL,"
  "  import_line INTEGER,"
  "  version INTEGER NOT NULL DEFAULT 1,"
  "  changed_by TEXT,"
  "  changed_at TEXT);"
  "INSERT INTO personnel_key_first (id, name_key, personnel_id, family_name, given_name, rank,"
  "  category, country, unit, camp_id, planned_departure, status, departure_date, import_id,"
  "  import_line, version, changed_by, changed_at)"
  " SELECT id, name_key, personnel_id, family_name, given_name, rank, category, country, unit,"
  "  camp_id, planned_departure, status, departure_date, import_id, import_line, version,"
  "  changed_by, changed_at FROM personnel;"
  "DROP TABLE personnel;"
  "ALTER TABLE personnel_key_first RENAME TO personnel;";

gboolean
_mt_store_migrate_roster_key_first (MtDb     *db,
                                    GError  **error)
{
  g_autoptr(GPtrArray) objects = g_ptr_array_new_with_free_func (g_free);
  MtDbStmt *stmt;
  gint64 problems;
  int rc;

  /* A server's columns stay where they are: its step does nothing. */
  if (mt_db_kind (db) != MT_DB_SQLITE)
    return TRUE;

  stmt = mt_db_prepare (db, "SELECT sql FROM sqlite_schema WHERE tbl_name = 'personnel'"
                            " AND type IN ('trigger', 'index') AND sql IS NOT NULL ORDER BY name");
  if (stmt == NULL)
    return failed (db, error);
  while ((rc = mt_db_step (stmt)) == MT_DB_ROW)
    g_ptr_array_add (objects, g_strdup (mt_db_column_text (stmt, 0)));
  mt_db_finalize (stmt);
  if (rc != MT_DB_DONE)
    return failed (db, error);

  if (!_mt_store_exec_schema (db, roster_key_first, error))
    return FALSE;
  for (guint i = 0; i < objects->len; i++)
    {
      if (!_mt_store_exec_schema (db, g_ptr_array_index (objects, i), error))
        return FALSE;
    }

  /* Every reference still holds (they are not checked while the keys are off). */
  stmt = mt_db_prepare (db, "SELECT COUNT (*) FROM pragma_foreign_key_check");
  if (stmt == NULL)
    return failed (db, error);
  if (mt_db_step (stmt) != MT_DB_ROW)
    {
      mt_db_finalize (stmt);
      return failed (db, error);
    }
  problems = mt_db_column_int64 (stmt, 0);
  mt_db_finalize (stmt);
  if (problems > 0)
    {
      g_set_error_literal (error, MT_STORE_ERROR, MT_STORE_ERROR_FAILED,
                           _("The roster refers to records that are not there"));
      return FALSE;
    }

  return TRUE;
}
