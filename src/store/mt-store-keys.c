/* mt-store-keys.c: the folded keys kept beside the names people search and sort by.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Ménaka", "MENAKA" and "menaka" share one key (mt_fold_text(), in C), stored with the row
 * on every backend (schema v6) and compared byte by byte: the same order and the same
 * matches on SQLite and on a server, whatever its locale, and no folding in SQL. A key is
 * computed when its row is written; a row written by a script (the seed) or by an older
 * version gets it at the next refresh, which fills every missing key.
 */

#define G_LOG_DOMAIN "mt-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mt-fold.h"
#include "mt-store-private.h"

typedef struct
{
  const char *table;
  const char *key;      /* the key column */
  const char *source;   /* the column it folds */
  int         since;    /* the schema version that added it */
} KeySpec;

static const KeySpec keys[] = {
  { "camps",        "name_key",        "name",        6 },
  { "camp_aliases", "alias_key",       "alias",       6 },
  { "assets",       "description_key", "description", 6 },
  { "csv_presets",  "name_key",        "name",        6 },
  { "camps",        "name_fr_key",     "name_fr",     MT_STORE_SCHEMA_FRENCH_NAMES },
};

/* csv_presets has no id: its name is its key. */
static const char *
row_column (MtDb       *db,
            const char *table)
{
  if (g_strcmp0 (table, "csv_presets") == 0)
    return "name";

  return mt_db_kind (db) == MT_DB_SQLITE ? "rowid" : "id";
}

/* Sets the key of every row of @spec's table whose key is missing (@row NULL) or of row
 * @row (its id, as text). */
static gboolean
refresh (MtDb           *db,
         const KeySpec  *spec,
         const char     *row,
         GError        **error)
{
  const char *id = row_column (db, spec->table);
  g_autofree char *select = NULL;
  g_autofree char *update = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) folded = g_ptr_array_new_with_free_func (g_free);
  MtDbStmt *stmt;
  int rc;

  select = row != NULL
    ? g_strdup_printf ("SELECT %s, %s FROM %s WHERE %s = ?1", id, spec->source, spec->table, id)
    : g_strdup_printf ("SELECT %s, %s FROM %s WHERE %s IS NULL AND %s IS NOT NULL",
                       id, spec->source, spec->table, spec->key, spec->source);
  stmt = mt_db_prepare (db, select);
  if (stmt == NULL)
    goto failed;
  if (row != NULL)
    mt_db_bind_text (stmt, 1, row);
  while ((rc = mt_db_step (stmt)) == MT_DB_ROW)
    {
      g_ptr_array_add (ids, g_strdup (mt_db_column_text (stmt, 0)));
      g_ptr_array_add (folded, mt_fold_text (mt_db_column_text (stmt, 1)));
    }
  mt_db_finalize (stmt);
  if (rc != MT_DB_DONE)
    goto failed;

  /* Read first, then write: one statement open at a time. */
  update = g_strdup_printf ("UPDATE %s SET %s = ?1 WHERE %s = ?2", spec->table, spec->key, id);
  stmt = mt_db_prepare (db, update);
  if (stmt == NULL)
    goto failed;
  for (guint i = 0; i < ids->len; i++)
    {
      mt_db_bind_text (stmt, 1, g_ptr_array_index (folded, i));
      mt_db_bind_text (stmt, 2, g_ptr_array_index (ids, i));
      rc = mt_db_step (stmt);
      mt_db_reset (stmt);
      if (rc != MT_DB_DONE)
        {
          mt_db_finalize (stmt);
          goto failed;
        }
    }
  mt_db_finalize (stmt);

  return TRUE;

failed:
  g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_FAILED, "%s: %s",
               _("Could not save the record"), mt_db_errmsg (db));
  return FALSE;
}

/* Private API */

gboolean
_mt_store_refresh_keys_at (MtDb     *db,
                           int       version,
                           GError  **error)
{
  g_assert (db != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    if (keys[i].since <= version && !refresh (db, &keys[i], NULL, error))
      return FALSE;

  return TRUE;
}

gboolean
_mt_store_refresh_keys (MtDb     *db,
                        GError  **error)
{
  return _mt_store_refresh_keys_at (db, MT_STORE_SCHEMA_VERSION, error);
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

  return _mt_store_exec_schema (db, sql->str, error) && _mt_store_refresh_keys_at (db, 6, error);
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
         _mt_store_refresh_keys_at (db, MT_STORE_SCHEMA_FRENCH_NAMES, error);
}
