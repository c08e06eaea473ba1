/* mt-store-import-rows.c: writing the roster rows of a CSV import (upsert, bulk insert).
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The hot path of an import, a million steps of prepared statements, kept apart from the
 * transaction around it (mt-store-import.c): updated rows leave their previous values in
 * import_prior so that mt-store-import-undo.c can put them back.
 */

#define G_LOG_DOMAIN "mt-store-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mt-store-import-private.h"

/* Rows per INSERT into an empty roster: one statement for many rows spares SQLite its
 * per-statement work, about half the time of a one-row insert. 32 × 14 parameters stays far
 * below SQLite's limit of 32766. The statement is INSERT OR FAIL: a plain INSERT of several
 * rows makes SQLite copy every page it touches to a statement journal first, so that it could
 * undo just that statement; a failed import is rolled back whole anyway. A server has no
 * such clause and no such cost: a plain INSERT. */
#define BULK_ROWS MT_STORE_IMPORT_BULK_ROWS
#define ROW_PARAMETERS 14

/* Helpers */

static gboolean
same_text (const char *a,
           const char *b)
{
  if (a == NULL || a[0] == '\0')
    return b == NULL || b[0] == '\0';
  if (b == NULL)
    return FALSE;

  return strcmp (a, b) == 0;
}

void
_mt_store_import_bind_value (MtDbStmt   *stmt,
                             int         index,
                             const char *value)
{
  /* The row's strings outlive the statement's step: no copy. */
  if (value == NULL || value[0] == '\0')
    mt_db_bind_null (stmt, index);
  else
    mt_db_bind_text_static (stmt, index, value);
}

/* Appends the fields of @row (PERSON_COLUMNS order) to COPY text, tab-separated. */
static void
copy_fields (GString                *data,
             const MtStorePersonRow *row)
{
  for (guint f = 0; f < MT_STORE_PERSON_N_FIELDS; f++)
    {
      const char *value = row->values[f];

      if (f > 0)
        g_string_append_c (data, '\t');
      if (f == MT_STORE_PERSON_CAMP)
        mt_db_pg_copy_append_int (data, row->camp_id);
      else
        mt_db_pg_copy_append (data, value != NULL && value[0] != '\0' ? value : NULL);
    }
}

const char *
_mt_store_import_row_key (const MtStorePersonRow *row,
                          GString                *key)
{
  if (row->name_key != NULL)
    return row->name_key;

  mt_store_person_row_fold_key (row, key);
  return key->str;
}

/* Binds @row to parameters @base + 1 .. @base + ROW_PARAMETERS; @key holds the row's key
 * until the statement has stepped. */
static void
bind_row_at (MtDbStmt               *stmt,
             int                     base,
             const MtStorePersonRow *row,
             gint64                  import_id,
             guint                   line,
             GString                *key)
{
  /* ?1..?10 the fields in PERSON_COLUMNS order, ?11 import, ?12 line, ?13 personnel id,
   * ?14 the key. */
  for (guint f = 0; f < MT_STORE_PERSON_N_FIELDS; f++)
    {
      if (f == MT_STORE_PERSON_CAMP)
        mt_db_bind_int64 (stmt, base + f + 1, row->camp_id);
      else
        _mt_store_import_bind_value (stmt, base + f + 1, row->values[f]);
    }
  mt_db_bind_int64 (stmt, base + 11, import_id);
  mt_db_bind_int (stmt, base + 12, line);
  _mt_store_import_bind_value (stmt, base + 13, row->personnel_id);
  mt_db_bind_text_static (stmt, base + 14, _mt_store_import_row_key (row, key));
}

static MtDbStmt     *
prepare_bulk_insert (MtStoreImport  *import,
                     GError        **error)
{
  g_autoptr(GString) sql = NULL;

  if (import->bulk_insert != NULL)
    return import->bulk_insert;

  sql = g_string_new (mt_db_kind (import->store->db) == MT_DB_SQLITE ? "INSERT OR FAIL" : "INSERT");
  g_string_append (sql, " INTO personnel (" PERSON_COLUMNS ", import_id, import_line,"
                       " personnel_id, name_key) VALUES ");
  for (guint i = 0; i < BULK_ROWS; i++)
    {
      g_string_append (sql, i > 0 ? ", (" : "(");
      for (guint p = 0; p < ROW_PARAMETERS; p++)
        g_string_append (sql, p > 0 ? ", ?" : "?");
      g_string_append_c (sql, ')');
    }
  import->bulk_insert = _mt_store_prepare (import->store, sql->str, error);

  return import->bulk_insert;
}

/* In bulk mode the tally's triggers are off (mt_store_import_begin()): each inserted row is
 * counted here instead, once the INSERT has stepped. Every insert path calls it. */
static inline void
count_inserted (MtStoreImport          *import,
                const MtStorePersonRow *row)
{
  if (import->tally != NULL)
    _mt_store_tally_count (import->tally, row->camp_id,
                           row->values[MT_STORE_PERSON_CATEGORY],
                           row->values[MT_STORE_PERSON_DEPARTURE_DATE],
                           row->values[MT_STORE_PERSON_PLANNED_DEPARTURE], +1);
}

/* Public API */

void
mt_store_person_row_fold_key (const MtStorePersonRow *row,
                              GString                *key)
{
  const char *texts[] = {
    row->values[MT_STORE_PERSON_FAMILY_NAME], row->values[MT_STORE_PERSON_GIVEN_NAME],
    row->personnel_id, row->values[MT_STORE_PERSON_COUNTRY], row->values[MT_STORE_PERSON_UNIT],
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (texts) == MT_STORE_PERSON_KEY_N);

  g_return_if_fail (row != NULL);
  g_return_if_fail (key != NULL);

  g_string_truncate (key, 0);
  _mt_store_fold_key (key, texts, G_N_ELEMENTS (texts));
}

void
_mt_store_import_copy_people (MtStoreImport           *import,
                              GString                 *data,
                              const MtStorePersonRow  *rows,
                              const guint             *lines,
                              guint                    n_rows,
                              gboolean                 to_roster)
{
  g_autoptr(GString) key = g_string_new (NULL);

  for (guint i = 0; i < n_rows; i++)
    {
      if (to_roster && import->next_id > 0)
        {
          mt_db_pg_copy_append_int (data, import->next_id++);
          g_string_append_c (data, '\t');
        }
      copy_fields (data, &rows[i]);
      g_string_append_c (data, '\t');
      if (to_roster)
        {
          mt_db_pg_copy_append_int (data, import->id);
          g_string_append_c (data, '\t');
        }
      mt_db_pg_copy_append_int (data, lines[i]);
      g_string_append_c (data, '\t');
      mt_db_pg_copy_append (data, rows[i].personnel_id);
      g_string_append_c (data, '\t');
      mt_db_pg_copy_append (data, _mt_store_import_row_key (&rows[i], key));
      g_string_append_c (data, '\n');
    }
}

/* @rows into an empty roster on a server, by COPY: the same columns and values the bulk
 * INSERT binds, and the rows' ids when the import gives them (mt_store_import_begin()). */
static gboolean
copy_rows (MtStoreImport           *import,
           const MtStorePersonRow  *rows,
           const guint             *lines,
           guint                    n_rows,
           GError                 **error)
{
  g_autoptr(GString) data = g_string_sized_new (n_rows * 160);
  gboolean give_ids = import->next_id > 0;

  _mt_store_import_copy_people (import, data, rows, lines, n_rows, TRUE);
  if (mt_db_pg_copy (import->store->db,
                     give_ids
                     ? "COPY personnel (id, " PERSON_COLUMNS ", import_id, import_line,"
                       " personnel_id, name_key) FROM STDIN"
                     : "COPY personnel (" PERSON_COLUMNS ", import_id, import_line,"
                       " personnel_id, name_key) FROM STDIN",
                     data) != MT_DB_OK)
    return _mt_store_fail (import->store, error, _("Could not import"));

  return TRUE;
}

gboolean
mt_store_import_upsert (MtStoreImport          *import,
                        const MtStorePersonRow *row,
                        guint                   line,
                        MtStoreUpsert          *outcome,
                        guint                  *changed,
                        GError                **error)
{
  MtStore *self;
  MtDbStmt     *stmt;
  gint64 person_id = 0;
  guint mask = 0;

  g_return_val_if_fail (import != NULL, FALSE);
  g_return_val_if_fail (row != NULL && row->personnel_id != NULL, FALSE);

  self = import->store;

  /* Into an empty roster on a server, as mt_store_import_upsert_many() writes them (the
   * rows it numbers by COPY). */
  if (import->bulk && mt_db_kind (self->db) == MT_DB_POSTGRES)
    {
      guint unused;

      return mt_store_import_upsert_many (import, row, &line, 1, outcome,
                                          changed != NULL ? changed : &unused, error);
    }

  /* Into an empty roster (bulk mode) every row is new: the importer has refused
   * duplicate ids already, and the UNIQUE constraint would still catch one. */
  if (!import->bulk)
    {
      stmt = import->select;
      mt_db_reset (stmt);
      _mt_store_import_bind_value (stmt, 1, row->personnel_id);
      if (mt_db_step (stmt) == MT_DB_ROW)
        {
          person_id = mt_db_column_int64 (stmt, 0);
          for (guint f = 0; f < MT_STORE_PERSON_N_FIELDS; f++)
            {
              gboolean same;

              if (f == MT_STORE_PERSON_CAMP)
                same = mt_db_column_int64 (stmt, f + 1) == row->camp_id;
              else
                same = same_text (_mt_store_column_text (stmt, f + 1), row->values[f]);
              if (!same)
                mask |= 1u << f;
            }
        }
      mt_db_reset (stmt);
    }

  if (changed != NULL)
    *changed = mask;

  if (person_id != 0 && mask == 0)
    {
      *outcome = MT_STORE_UPSERT_UNCHANGED;
      return TRUE;
    }

  if (person_id != 0)
    {
      stmt = import->prior;
      mt_db_reset (stmt);
      mt_db_bind_int64 (stmt, 1, import->id);
      mt_db_bind_int64 (stmt, 2, person_id);
      if (mt_db_step (stmt) != MT_DB_DONE)
        {
          mt_db_reset (stmt);
          return _mt_store_fail (self, error, _("Could not import"));
        }
      mt_db_reset (stmt);
    }

  stmt = person_id != 0 ? import->update : import->insert;
  mt_db_reset (stmt);
  bind_row_at (stmt, 0, row, import->id, line, import->key);
  /* The row found above, by its rowid: no second lookup through the personnel-id index. */
  if (person_id != 0)
    mt_db_bind_int64 (stmt, 15, person_id);
  if (mt_db_step (stmt) != MT_DB_DONE)
    {
      mt_db_reset (stmt);
      return _mt_store_fail (self, error, _("Could not import"));
    }
  mt_db_reset (stmt);
  if (person_id == 0)
    count_inserted (import, row);

  *outcome = person_id != 0 ? MT_STORE_UPSERT_UPDATED : MT_STORE_UPSERT_NEW;

  return TRUE;
}

gboolean
mt_store_import_upsert_many (MtStoreImport          *import,
                             const MtStorePersonRow *rows,
                             const guint            *lines,
                             guint                   n_rows,
                             MtStoreUpsert          *outcomes,
                             guint                  *changed,
                             GError                **error)
{
  guint i = 0;

  g_return_val_if_fail (import != NULL, FALSE);
  g_return_val_if_fail (n_rows == 0 || (rows != NULL && lines != NULL && outcomes != NULL &&
                                        changed != NULL), FALSE);

  /* Into a roster that holds people: set-wise, once every row is staged. */
  if (!import->bulk)
    {
      if (!_mt_store_import_stage (import, rows, lines, n_rows, error))
        return FALSE;
      for (; i < n_rows; i++)
        {
          outcomes[i] = MT_STORE_UPSERT_STAGED;
          changed[i] = 0;
        }
      return TRUE;
    }

  /* Into an empty roster every row is new (see mt_store_import_upsert()): on a server, all
   * of them in one COPY; on SQLite many per statement. */
  if (import->bulk && mt_db_kind (import->store->db) == MT_DB_POSTGRES && n_rows > 0)
    {
      if (!copy_rows (import, rows, lines, n_rows, error))
        return FALSE;
      for (; i < n_rows; i++)
        {
          outcomes[i] = MT_STORE_UPSERT_NEW;
          changed[i] = 0;
          count_inserted (import, &rows[i]);
        }
      return TRUE;
    }

  if (import->bulk && n_rows >= BULK_ROWS)
    {
      MtDbStmt     *stmt = prepare_bulk_insert (import, error);

      if (stmt == NULL)
        return FALSE;

      for (; i + BULK_ROWS <= n_rows; i += BULK_ROWS)
        {
          mt_db_reset (stmt);
          for (guint k = 0; k < BULK_ROWS; k++)
            bind_row_at (stmt, k * ROW_PARAMETERS, &rows[i + k], import->id, lines[i + k],
                         import->bulk_keys[k]);
          if (mt_db_step (stmt) != MT_DB_DONE)
            {
              mt_db_reset (stmt);
              return _mt_store_fail (import->store, error, _("Could not import"));
            }
          mt_db_reset (stmt);

          for (guint k = 0; k < BULK_ROWS; k++)
            {
              outcomes[i + k] = MT_STORE_UPSERT_NEW;
              changed[i + k] = 0;
              count_inserted (import, &rows[i + k]);
            }
        }
    }

  for (; i < n_rows; i++)
    if (!mt_store_import_upsert (import, &rows[i], lines[i], &outcomes[i], &changed[i], error))
      return FALSE;

  return TRUE;
}
