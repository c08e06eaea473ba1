/* mt-store-import.c: recording CSV imports (schema v2), upserting roster rows, undoing.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An import is one write transaction. Rows it inserts carry its id (personnel.import_id);
 * rows it updates carry it too, and their previous values go to import_prior, so undoing the
 * last import is: delete its rows that have no prior values, put the prior values back, drop
 * its imports row.
 */

#define G_LOG_DOMAIN "mt-store-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mt-store-import.h"
#include "mt-store-private.h"
#include "mt-store-tally-private.h"

/* Also run (IF NOT EXISTS) when an import starts: a database made by a build that had schema
 * v3 before these tables existed still gets them, inside the import's own transaction. */
static const char schema_v2[] =
  "CREATE TABLE IF NOT EXISTS import_prior ("
  "  import_id INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,"
  "  person_id INTEGER NOT NULL,"
  "  family_name TEXT, given_name TEXT, rank TEXT, category TEXT, country TEXT, unit TEXT,"
  "  camp_id INTEGER, planned_departure TEXT, status TEXT, departure_date TEXT,"
  "  prior_import_id INTEGER, prior_import_line INTEGER,"
  "  PRIMARY KEY (import_id, person_id)) WITHOUT ROWID;"
  "CREATE TABLE IF NOT EXISTS csv_presets ("
  "  name TEXT PRIMARY KEY,"
  "  header_signature TEXT NOT NULL,"
  "  mapping TEXT NOT NULL,"
  "  encoding TEXT,"
  "  separator TEXT,"
  "  constants TEXT,"
  "  saved_at TEXT);"
  "CREATE INDEX IF NOT EXISTS csv_presets_signature ON csv_presets (header_signature);"
  "CREATE INDEX IF NOT EXISTS imports_sha256 ON imports (sha256);";

#define PERSON_COLUMNS \
  "family_name, given_name, rank, category, country, unit, camp_id, planned_departure," \
  " status, departure_date"

struct _MtStoreImport
{
  MtStore      *store;
  gint64        id;
  GPtrArray    *deferred_indexes;   /* CREATE INDEX texts to run again at the end */
  sqlite3_stmt *select;
  sqlite3_stmt *insert;
  sqlite3_stmt *update;
  sqlite3_stmt *prior;
  MtStoreTally *tally;              /* bulk mode: rows counted here, triggers off */
  sqlite3_stmt *bulk_insert;        /* BULK_ROWS rows at once, into an empty roster */
};

/* Rows per INSERT into an empty roster: one statement for many rows spares SQLite its
 * per-statement work, about half the time of a one-row insert. 32 × 13 parameters stays far
 * below SQLite's limit of 32766. The statement is INSERT OR FAIL: a plain INSERT of several
 * rows makes SQLite copy every page it touches to a statement journal first, so that it could
 * undo just that statement; a failed import is rolled back whole anyway. */
#define BULK_ROWS 32
#define ROW_PARAMETERS 13

gboolean
_mt_store_migrate_to_2 (sqlite3  *db,
                        GError  **error)
{
  return _mt_store_exec_schema (db, schema_v2, error);
}

/* Helpers */

static char *
now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

static gboolean
exec (MtStore     *self,
      const char  *sql,
      GError     **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return _mt_store_fail (self, error, _("Could not import"));

  return TRUE;
}

static gboolean
roster_is_empty (MtStore *self)
{
  sqlite3_stmt *stmt = _mt_store_prepare (self, "SELECT 1 FROM personnel LIMIT 1", NULL);
  gboolean empty;

  if (stmt == NULL)
    return FALSE;
  empty = sqlite3_step (stmt) != SQLITE_ROW;
  sqlite3_reset (stmt);

  return empty;
}

/* Drops the roster's secondary indexes (kept for the end): building an index once over a
 * million sorted rows is much cheaper than updating it row by row. Same transaction, so a
 * rollback brings them back as they were. */
static gboolean
defer_indexes (MtStoreImport  *import,
               GError        **error)
{
  MtStore *self = import->store;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;

  stmt = _mt_store_prepare (self,
                            "SELECT name, sql FROM sqlite_schema WHERE type = 'index'"
                            " AND tbl_name = 'personnel' AND sql IS NOT NULL",
                            error);
  if (stmt == NULL)
    return FALSE;

  import->deferred_indexes = g_ptr_array_new_with_free_func (g_free);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_ptr_array_add (names, g_strdup (_mt_store_column_text (stmt, 0)));
      g_ptr_array_add (import->deferred_indexes, g_strdup (_mt_store_column_text (stmt, 1)));
    }
  sqlite3_reset (stmt);

  for (guint i = 0; i < names->len; i++)
    {
      /* Index names come from the schema itself, quoted as identifiers. */
      char *sql = sqlite3_mprintf ("DROP INDEX \"%w\"", (char *) names->pdata[i]);
      gboolean ok = exec (self, sql, error);

      sqlite3_free (sql);
      if (!ok)
        return FALSE;
    }

  return TRUE;
}

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

static void
bind_value (sqlite3_stmt *stmt,
            int           index,
            const char   *value)
{
  /* The row's strings outlive the statement's step: no copy. */
  if (value == NULL || value[0] == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, value, -1, SQLITE_STATIC);
}

/* Binds @row to parameters @base + 1 .. @base + ROW_PARAMETERS. */
static void
bind_row_at (sqlite3_stmt           *stmt,
             int                     base,
             const MtStorePersonRow *row,
             gint64                  import_id,
             guint                   line)
{
  /* ?1..?10 the fields in PERSON_COLUMNS order, ?11 import, ?12 line, ?13 personnel id. */
  for (guint f = 0; f < MT_STORE_PERSON_N_FIELDS; f++)
    {
      if (f == MT_STORE_PERSON_CAMP)
        sqlite3_bind_int64 (stmt, base + f + 1, row->camp_id);
      else
        bind_value (stmt, base + f + 1, row->values[f]);
    }
  sqlite3_bind_int64 (stmt, base + 11, import_id);
  sqlite3_bind_int (stmt, base + 12, line);
  bind_value (stmt, base + 13, row->personnel_id);
}

static void
bind_row (sqlite3_stmt           *stmt,
          const MtStorePersonRow *row,
          gint64                  import_id,
          guint                   line)
{
  bind_row_at (stmt, 0, row, import_id, line);
}

static sqlite3_stmt *
prepare_bulk_insert (MtStoreImport  *import,
                     GError        **error)
{
  g_autoptr(GString) sql = NULL;

  if (import->bulk_insert != NULL)
    return import->bulk_insert;

  sql = g_string_new ("INSERT OR FAIL INTO personnel (" PERSON_COLUMNS ", import_id, import_line,"
                      " personnel_id) VALUES ");
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
                           row->values[MT_STORE_PERSON_DEPARTURE_DATE], +1);
}

static void
emit_personnel_changed (MtStore *self)
{
  g_signal_emit (self, _mt_store_signals[MT_STORE_SIGNAL_PERSONNEL_CHANGED], 0);
  g_signal_emit (self, _mt_store_signals[MT_STORE_SIGNAL_CHANGED], 0);
}

/* Public API */

MtStoreImport *
mt_store_import_begin (MtStore     *store,
                       const char  *file_name,
                       const char  *sha256,
                       gboolean     expect_many,
                       GError     **error)
{
  MtStoreImport *import;
  sqlite3_stmt *stmt;
  g_autofree char *now = NULL;

  g_return_val_if_fail (MT_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* The importer checks every category and camp itself, against values it reads inside this
   * transaction (which holds the write lock, so they cannot change meanwhile), and the import
   * row is ours: SQLite's three foreign-key lookups per row would only repeat that work. The
   * pragma cannot change inside a transaction, hence here; mt_store_import_end() restores it. */
  sqlite3_exec (store->db, "PRAGMA foreign_keys = OFF", NULL, NULL, NULL);

  if (!_mt_store_begin (store, error))
    {
      sqlite3_exec (store->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
      return NULL;
    }

  import = g_new0 (MtStoreImport, 1);
  import->store = g_object_ref (store);

  if (!exec (store, schema_v2, error))
    goto fail;

  now = now_utc ();
  stmt = _mt_store_prepare (store,
                            "INSERT INTO imports (file_name, sha256, imported_at, rows_accepted,"
                            " rows_rejected) VALUES (?1, ?2, ?3, 0, 0)",
                            error);
  if (stmt == NULL)
    goto fail;
  _mt_store_bind_text (stmt, 1, file_name);
  _mt_store_bind_text (stmt, 2, sha256);
  _mt_store_bind_text (stmt, 3, now);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      _mt_store_fail (store, error, _("Could not record the import"));
      sqlite3_reset (stmt);
      goto fail;
    }
  sqlite3_reset (stmt);
  import->id = sqlite3_last_insert_rowid (store->db);

  if (expect_many && roster_is_empty (store) && !defer_indexes (import, error))
    goto fail;
  /* Bulk mode: no personnel_tally trigger per row either (counted by count_inserted()). */
  if (import->deferred_indexes != NULL &&
      (import->tally = _mt_store_tally_suspend (store, error)) == NULL)
    goto fail;

  /* Held for the whole import: prepared once, a million steps. */
  import->select = _mt_store_prepare (store,
                                      "SELECT id, " PERSON_COLUMNS " FROM personnel"
                                      " WHERE personnel_id = ?1",
                                      error);
  import->insert = import->select == NULL ? NULL
    : _mt_store_prepare (store,
                         "INSERT INTO personnel (" PERSON_COLUMNS ", import_id, import_line,"
                         " personnel_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11,"
                         " ?12, ?13)",
                         error);
  import->update = import->insert == NULL ? NULL
    : _mt_store_prepare (store,
                         "UPDATE personnel SET family_name = ?1, given_name = ?2, rank = ?3,"
                         " category = ?4, country = ?5, unit = ?6, camp_id = ?7,"
                         " planned_departure = ?8, status = ?9, departure_date = ?10,"
                         " import_id = ?11, import_line = ?12 WHERE personnel_id = ?13",
                         error);
  import->prior = import->update == NULL ? NULL
    : _mt_store_prepare (store,
                         "INSERT OR IGNORE INTO import_prior (import_id, person_id, "
                         PERSON_COLUMNS ", prior_import_id, prior_import_line)"
                         " SELECT ?1, id, " PERSON_COLUMNS ", import_id, import_line"
                         " FROM personnel WHERE id = ?2",
                         error);
  if (import->prior == NULL)
    goto fail;

  return import;

fail:
  _mt_store_rollback (store);
  sqlite3_exec (store->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  g_clear_pointer (&import->deferred_indexes, g_ptr_array_unref);
  g_clear_pointer (&import->tally, _mt_store_tally_free);
  g_object_unref (import->store);
  g_free (import);
  return NULL;
}

gint64
mt_store_import_get_id (MtStoreImport *import)
{
  g_return_val_if_fail (import != NULL, 0);

  return import->id;
}

guint
mt_store_import_get_line (MtStoreImport *import,
                          const char    *personnel_id)
{
  sqlite3_stmt *stmt;
  guint line = 0;

  g_return_val_if_fail (import != NULL, 0);
  g_return_val_if_fail (personnel_id != NULL, 0);

  stmt = _mt_store_prepare (import->store,
                            "SELECT import_line FROM personnel WHERE personnel_id = ?1"
                            " AND import_id = ?2",
                            NULL);
  if (stmt == NULL)
    return 0;
  _mt_store_bind_text (stmt, 1, personnel_id);
  sqlite3_bind_int64 (stmt, 2, import->id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    line = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);

  return line;
}

gboolean
mt_store_import_set_sha256 (MtStoreImport  *import,
                            const char     *sha256,
                            GError        **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (import != NULL, FALSE);

  stmt = _mt_store_prepare (import->store, "UPDATE imports SET sha256 = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, import->id);
  _mt_store_bind_text (stmt, 2, sha256);
  ok = sqlite3_step (stmt) == SQLITE_DONE || _mt_store_fail (import->store, error, _("Could not import"));
  sqlite3_reset (stmt);

  return ok;
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
  sqlite3_stmt *stmt;
  gint64 person_id = 0;
  guint mask = 0;

  g_return_val_if_fail (import != NULL, FALSE);
  g_return_val_if_fail (row != NULL && row->personnel_id != NULL, FALSE);

  self = import->store;

  /* Into an empty roster (indexes deferred) every row is new: the importer has refused
   * duplicate ids already, and the UNIQUE constraint would still catch one. */
  if (import->deferred_indexes == NULL)
    {
      stmt = import->select;
      sqlite3_reset (stmt);
      bind_value (stmt, 1, row->personnel_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          person_id = sqlite3_column_int64 (stmt, 0);
          for (guint f = 0; f < MT_STORE_PERSON_N_FIELDS; f++)
            {
              gboolean same;

              if (f == MT_STORE_PERSON_CAMP)
                same = sqlite3_column_int64 (stmt, f + 1) == row->camp_id;
              else
                same = same_text (_mt_store_column_text (stmt, f + 1), row->values[f]);
              if (!same)
                mask |= 1u << f;
            }
        }
      sqlite3_reset (stmt);
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
      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, import->id);
      sqlite3_bind_int64 (stmt, 2, person_id);
      if (sqlite3_step (stmt) != SQLITE_DONE)
        {
          sqlite3_reset (stmt);
          return _mt_store_fail (self, error, _("Could not import"));
        }
      sqlite3_reset (stmt);
    }

  stmt = person_id != 0 ? import->update : import->insert;
  sqlite3_reset (stmt);
  bind_row (stmt, row, import->id, line);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      sqlite3_reset (stmt);
      return _mt_store_fail (self, error, _("Could not import"));
    }
  sqlite3_reset (stmt);
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

  /* Into an empty roster every row is new (see mt_store_import_upsert()): many per statement. */
  if (import->deferred_indexes != NULL && n_rows >= BULK_ROWS)
    {
      sqlite3_stmt *stmt = prepare_bulk_insert (import, error);

      if (stmt == NULL)
        return FALSE;

      for (; i + BULK_ROWS <= n_rows; i += BULK_ROWS)
        {
          sqlite3_reset (stmt);
          for (guint k = 0; k < BULK_ROWS; k++)
            bind_row_at (stmt, k * ROW_PARAMETERS, &rows[i + k], import->id, lines[i + k]);
          if (sqlite3_step (stmt) != SQLITE_DONE)
            {
              sqlite3_reset (stmt);
              return _mt_store_fail (import->store, error, _("Could not import"));
            }
          sqlite3_reset (stmt);

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

gboolean
mt_store_import_end (MtStoreImport  *import,
                     gboolean        commit,
                     guint64         rows_accepted,
                     guint64         rows_rejected,
                     GError        **error)
{
  MtStore *self;
  gboolean ok = TRUE;

  g_return_val_if_fail (import != NULL, FALSE);

  self = import->store;

  /* Bound statements hold string pointers of the caller's: let go of them. */
  sqlite3_reset (import->select);
  sqlite3_clear_bindings (import->select);
  sqlite3_reset (import->insert);
  sqlite3_clear_bindings (import->insert);
  sqlite3_reset (import->update);
  sqlite3_clear_bindings (import->update);
  if (import->bulk_insert != NULL)
    {
      sqlite3_reset (import->bulk_insert);
      sqlite3_clear_bindings (import->bulk_insert);
    }

  if (commit)
    {
      sqlite3_stmt *stmt = _mt_store_prepare (self,
                                              "UPDATE imports SET rows_accepted = ?2,"
                                              " rows_rejected = ?3 WHERE id = ?1",
                                              error);

      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, import->id);
          sqlite3_bind_int64 (stmt, 2, rows_accepted);
          sqlite3_bind_int64 (stmt, 3, rows_rejected);
          ok = sqlite3_step (stmt) == SQLITE_DONE || _mt_store_fail (self, error, _("Could not import"));
          sqlite3_reset (stmt);
        }

      /* The counts first: the indexes are the slow part, and a failure rolls back all. */
      if (ok && import->tally != NULL)
        ok = _mt_store_tally_resume (g_steal_pointer (&import->tally), error);

      for (guint i = 0; ok && import->deferred_indexes != NULL && i < import->deferred_indexes->len; i++)
        ok = exec (self, g_ptr_array_index (import->deferred_indexes, i), error);

      if (ok)
        ok = _mt_store_commit (self, error);
      else
        _mt_store_rollback (self);
    }
  else
    _mt_store_rollback (self);

  sqlite3_exec (self->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  g_clear_pointer (&import->deferred_indexes, g_ptr_array_unref);
  g_clear_pointer (&import->tally, _mt_store_tally_free);   /* rolled back: triggers are back */
  g_free (import);

  if (commit && ok)
    emit_personnel_changed (self);
  g_object_unref (self);

  return ok;
}

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
    " import_line = p.prior_import_line"
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
  /* The steps move many rows in a few statements: recount once after them. */
  if (!exec (store, schema_v2, error) ||
      (tally = _mt_store_tally_suspend (store, error)) == NULL)
    {
      _mt_store_rollback (store);
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      sqlite3_stmt *stmt = _mt_store_prepare (store, steps[i], error);

      if (stmt == NULL)
        {
          _mt_store_rollback (store);
          return FALSE;
        }
      sqlite3_bind_int64 (stmt, 1, import_id);
      if (sqlite3_step (stmt) != SQLITE_DONE)
        {
          _mt_store_fail (store, error, _("Could not undo the import"));
          sqlite3_reset (stmt);
          _mt_store_rollback (store);
          return FALSE;
        }
      sqlite3_reset (stmt);
    }

  if (!_mt_store_tally_rebuild (g_steal_pointer (&tally), error))
    {
      _mt_store_rollback (store);
      return FALSE;
    }

  if (!_mt_store_commit (store, error))
    return FALSE;

  emit_personnel_changed (store);

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

void
mt_store_notify_external_change (MtStore *store)
{
  g_return_if_fail (MT_IS_STORE (store));

  /* Nothing is cached above SQLite; the models re-read on these. */
  g_signal_emit (store, _mt_store_signals[MT_STORE_SIGNAL_PERSONNEL_CHANGED], 0);
  g_signal_emit (store, _mt_store_signals[MT_STORE_SIGNAL_RESET], 0);
  g_signal_emit (store, _mt_store_signals[MT_STORE_SIGNAL_CHANGED], 0);
}
