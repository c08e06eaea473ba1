/* mt-store-import-presets.c: saved CSV import presets (table csv_presets, schema v2), and
 * what the importer and the exporter read: names to look values up by, the raw roster.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store keeps the preset's parts as text; what they mean (JSON of column targets and
 * constants) is the importer's business (src/csv/mt-csv-preset.c).
 */

#define G_LOG_DOMAIN "mt-store-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mt-store-import.h"
#include "mt-store-import-private.h"
#include "mt-store-private.h"

static void
dup_column (MtDbStmt      *stmt,
            int            col,
            char         **out)
{
  if (out != NULL)
    *out = g_strdup (_mt_store_column_text (stmt, col));
}

/* A database from before the table existed has none: reading it is "no preset". */
static gboolean
has_presets_table (MtStore *self)
{
  MtDbStmt     *stmt;
  gboolean found;

  /* A server database is made whole (data/schema-pg.sql). */
  if (mt_db_kind (self->db) != MT_DB_SQLITE)
    return TRUE;

  stmt = _mt_store_prepare (self,
                            "SELECT 1 FROM sqlite_schema WHERE type = 'table'"
                            " AND name = 'csv_presets'",
                            NULL);
  if (stmt == NULL)
    return FALSE;
  found = mt_db_step (stmt) == MT_DB_ROW;
  mt_db_reset (stmt);

  return found;
}

gboolean
mt_store_save_csv_preset (MtStore     *store,
                          const char  *name,
                          const char  *header_signature,
                          const char  *mapping,
                          const char  *encoding,
                          const char  *separator,
                          const char  *constants,
                          GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *saved_at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  MtDbStmt     *stmt;

  g_return_val_if_fail (MT_IS_STORE (store), FALSE);
  g_return_val_if_fail (name != NULL && name[0] != '\0', FALSE);
  g_return_val_if_fail (header_signature != NULL, FALSE);
  g_return_val_if_fail (mapping != NULL, FALSE);

  if (!_mt_store_begin (store, error))
    return FALSE;

  if (!_mt_store_import_ensure_tables (store, error))
    {
      _mt_store_rollback (store);
      return FALSE;
    }

  stmt = _mt_store_prepare (store,
                            "INSERT INTO csv_presets (name, header_signature, mapping,"
                            " encoding, separator, constants, saved_at)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                            " ON CONFLICT (name) DO UPDATE SET"
                            " header_signature = excluded.header_signature,"
                            " mapping = excluded.mapping, encoding = excluded.encoding,"
                            " separator = excluded.separator, constants = excluded.constants,"
                            " saved_at = excluded.saved_at",
                            error);
  if (stmt == NULL)
    {
      _mt_store_rollback (store);
      return FALSE;
    }
  _mt_store_bind_text (stmt, 1, name);
  _mt_store_bind_text (stmt, 2, header_signature);
  _mt_store_bind_text (stmt, 3, mapping);
  _mt_store_bind_text (stmt, 4, encoding);
  _mt_store_bind_text (stmt, 5, separator);
  _mt_store_bind_text (stmt, 6, constants);
  _mt_store_bind_text (stmt, 7, saved_at);
  if (mt_db_step (stmt) != MT_DB_DONE)
    {
      _mt_store_fail (store, error, _("Could not save the preset"));
      mt_db_reset (stmt);
      _mt_store_rollback (store);
      return FALSE;
    }
  mt_db_reset (stmt);

  if (!_mt_store_refresh_table_keys (store->db, "csv_presets", error))
    {
      _mt_store_rollback (store);
      return FALSE;
    }

  if (!_mt_store_commit (store, error))
    return FALSE;

  g_signal_emit (store, _mt_store_signals[MT_STORE_SIGNAL_CHANGED], 0);

  return TRUE;
}

static gboolean
get_preset (MtStore     *store,
            const char  *sql,
            const char  *key,
            char       **name,
            char       **header_signature,
            char       **mapping,
            char       **encoding,
            char       **separator,
            char       **constants)
{
  MtDbStmt     *stmt;
  gboolean found;

  if (!has_presets_table (store))
    return FALSE;

  stmt = _mt_store_prepare (store, sql, NULL);
  if (stmt == NULL)
    return FALSE;
  _mt_store_bind_text (stmt, 1, key);
  found = mt_db_step (stmt) == MT_DB_ROW;
  if (found)
    {
      dup_column (stmt, 0, name);
      dup_column (stmt, 1, header_signature);
      dup_column (stmt, 2, mapping);
      dup_column (stmt, 3, encoding);
      dup_column (stmt, 4, separator);
      dup_column (stmt, 5, constants);
    }
  mt_db_reset (stmt);
  /* The statement is cached: without this it would keep its copy of @key, a header
   * signature of a megabyte for a wide file, as long as the store lives. */
  mt_db_clear_bindings (stmt);

  return found;
}

gboolean
mt_store_find_csv_preset (MtStore     *store,
                          const char  *header_signature,
                          char       **name,
                          char       **mapping,
                          char       **encoding,
                          char       **separator,
                          char       **constants)
{
  g_return_val_if_fail (MT_IS_STORE (store), FALSE);
  g_return_val_if_fail (header_signature != NULL, FALSE);

  return get_preset (store,
                     "SELECT name, header_signature, mapping, encoding, separator, constants"
                     " FROM csv_presets WHERE header_signature = ?1"
                     " ORDER BY saved_at DESC, name LIMIT 1",
                     header_signature, name, NULL, mapping, encoding, separator, constants);
}

gboolean
mt_store_get_csv_preset (MtStore     *store,
                         const char  *name,
                         char       **header_signature,
                         char       **mapping,
                         char       **encoding,
                         char       **separator,
                         char       **constants)
{
  g_return_val_if_fail (MT_IS_STORE (store), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  return get_preset (store,
                     "SELECT name, header_signature, mapping, encoding, separator, constants"
                     " FROM csv_presets WHERE name = ?1",
                     name, NULL, header_signature, mapping, encoding, separator, constants);
}

GStrv
mt_store_list_csv_presets (MtStore *store)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  MtDbStmt     *stmt;

  g_return_val_if_fail (MT_IS_STORE (store), NULL);

  if (has_presets_table (store) &&
      (stmt = _mt_store_prepare (store, "SELECT name FROM csv_presets ORDER BY name_key, name",
                                 NULL)) != NULL)
    {
      while (mt_db_step (stmt) == MT_DB_ROW)
        g_strv_builder_add (builder, _mt_store_column_text (stmt, 0));
      mt_db_reset (stmt);
    }

  return g_strv_builder_end (builder);
}

gboolean
mt_store_delete_csv_preset (MtStore     *store,
                            const char  *name,
                            GError     **error)
{
  MtDbStmt     *stmt;
  gboolean ok;

  g_return_val_if_fail (MT_IS_STORE (store), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (!has_presets_table (store))
    return TRUE;

  stmt = _mt_store_prepare (store, "DELETE FROM csv_presets WHERE name = ?1", error);
  if (stmt == NULL)
    return FALSE;
  _mt_store_bind_text (stmt, 1, name);
  ok = mt_db_step (stmt) == MT_DB_DONE || _mt_store_fail (store, error, _("Could not delete the preset"));
  mt_db_reset (stmt);

  if (ok)
    g_signal_emit (store, _mt_store_signals[MT_STORE_SIGNAL_CHANGED], 0);

  return ok;
}

/* Export ---------------------------------------------------------------------------------- */

#define RAW_PERSON_SQL \
  "SELECT p.personnel_id, p.family_name, p.given_name, p.rank, p.category, p.country," \
  " p.unit, c.name, p.planned_departure, p.status, p.departure_date" \
  " FROM personnel p LEFT JOIN camps c ON c.id = p.camp_id"

static gboolean
step_rows (MtStore         *store,
           MtDbStmt        *stmt,
           MtStoreRowFunc   func,
           gpointer         user_data,
           GError         **error)
{
  const char *values[11];
  int rc;

  while ((rc = mt_db_step (stmt)) == MT_DB_ROW)
    {
      for (int i = 0; i < 11; i++)
        values[i] = _mt_store_column_text (stmt, i);
      if (!func (values, 11, user_data, error))
        {
          mt_db_reset (stmt);
          return FALSE;
        }
    }
  mt_db_reset (stmt);

  if (rc != MT_DB_DONE)
    return _mt_store_fail (store, error, _("Could not read the roster"));

  return TRUE;
}

gboolean
mt_store_foreach_personnel (MtStore        *store,
                            const gint64   *ids,
                            guint           n_ids,
                            MtStoreRowFunc  func,
                            gpointer        user_data,
                            GError        **error)
{
  MtDbStmt     *stmt;

  g_return_val_if_fail (MT_IS_STORE (store), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (ids == NULL)
    {
      /* A private statement, not the shared cache: @func may call into the store. */
      gboolean ok;

      if ((stmt = mt_db_prepare (store->db, RAW_PERSON_SQL " ORDER BY p.personnel_id")) == NULL)
        return _mt_store_fail (store, error, _("Could not read the roster"));
      ok = step_rows (store, stmt, func, user_data, error);
      mt_db_finalize (stmt);
      return ok;
    }

  if ((stmt = mt_db_prepare (store->db, RAW_PERSON_SQL " WHERE p.id = ?1")) == NULL)
    return _mt_store_fail (store, error, _("Could not read the roster"));

  /* One indexed lookup per row keeps the query's order without holding the rows. */
  for (guint i = 0; i < n_ids; i++)
    {
      mt_db_bind_int64 (stmt, 1, ids[i]);
      if (!step_rows (store, stmt, func, user_data, error))
        {
          mt_db_finalize (stmt);
          return FALSE;
        }
    }
  mt_db_finalize (stmt);

  return TRUE;
}

/* Lookups ---------------------------------------------------------------------------------- */

GPtrArray *
mt_store_list_camp_aliases (MtStore  *store,
                            GError  **error)
{
  g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func (g_free);
  MtDbStmt     *stmt;

  g_return_val_if_fail (MT_IS_STORE (store), NULL);

  stmt = _mt_store_prepare (store,
                            "SELECT a.alias, c.name FROM camp_aliases a"
                            " JOIN camps c ON c.id = a.camp_id ORDER BY a.alias",
                            error);
  if (stmt == NULL)
    return NULL;
  while (mt_db_step (stmt) == MT_DB_ROW)
    {
      g_ptr_array_add (pairs, g_strdup (_mt_store_column_text (stmt, 0)));
      g_ptr_array_add (pairs, g_strdup (_mt_store_column_text (stmt, 1)));
    }
  mt_db_reset (stmt);

  return g_steal_pointer (&pairs);
}

GPtrArray *
mt_store_list_category_terms (MtStore  *store,
                              GError  **error)
{
  g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func (g_free);
  MtDbStmt     *stmt;

  g_return_val_if_fail (MT_IS_STORE (store), NULL);

  stmt = _mt_store_prepare (store,
                            "SELECT code, name, name_fr, short_name, short_name_fr"
                            " FROM categories ORDER BY position, code",
                            error);
  if (stmt == NULL)
    return NULL;
  while (mt_db_step (stmt) == MT_DB_ROW)
    {
      const char *code = _mt_store_column_text (stmt, 0);

      for (int col = 0; col < 5; col++)
        {
          const char *term = _mt_store_column_text (stmt, col);

          if (term == NULL || term[0] == '\0')
            continue;
          g_ptr_array_add (pairs, g_strdup (term));
          g_ptr_array_add (pairs, g_strdup (code));
        }
    }
  mt_db_reset (stmt);

  return g_steal_pointer (&pairs);
}
