/* mt-store-import.c: recording CSV imports (schema v2): beginning, ending, looking up.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An import is one write transaction. Rows it inserts carry its id (personnel.import_id);
 * rows it updates carry it too, and their previous values go to import_prior, so undoing the
 * last import is: delete its rows that have no prior values, put the prior values back, drop
 * its imports row. Writing the rows is in mt-store-import-rows.c, undoing in
 * mt-store-import-undo.c; what they share is in mt-store-import-private.h.
 */

#define G_LOG_DOMAIN "mt-store-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mt-store-import-private.h"

/* Also run (IF NOT EXISTS) when an import starts: a database made by a build that had schema
 * v3 before these tables existed still gets them, inside the import's own transaction. */
const char _mt_store_import_schema_v2[] =
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

gboolean
_mt_store_migrate_to_2 (MtDb     *db,
                        GError  **error)
{
  return _mt_store_exec_schema (db, _mt_store_import_schema_v2, error);
}

/* Helpers */

static char *
now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

gboolean
_mt_store_import_ensure_tables (MtStore  *self,
                                GError  **error)
{
  if (mt_db_kind (self->db) != MT_DB_SQLITE)
    return TRUE;

  return _mt_store_import_exec (self, _mt_store_import_schema_v2, error);
}

gboolean
_mt_store_import_exec (MtStore     *self,
                       const char  *sql,
                       GError     **error)
{
  if (mt_db_exec (self->db, sql) != MT_DB_OK)
    return _mt_store_fail (self, error, _("Could not import"));

  return TRUE;
}

static gboolean
roster_is_empty (MtStore *self)
{
  MtDbStmt     *stmt = _mt_store_prepare (self, "SELECT 1 FROM personnel LIMIT 1", NULL);
  gboolean empty;

  if (stmt == NULL)
    return FALSE;
  empty = mt_db_step (stmt) != MT_DB_ROW;
  mt_db_reset (stmt);

  return empty;
}

/* A single number from @sql (one ?1, @id), or -1 when it fails (@error set). */
static gint64
query_number (MtStore     *self,
              const char  *sql,
              gint64       id,
              GError     **error)
{
  MtDbStmt     *stmt = _mt_store_prepare (self, sql, error);
  gint64 value = -1;

  if (stmt == NULL)
    return -1;
  if (mt_db_bind_parameter_count (stmt) > 0)
    mt_db_bind_int64 (stmt, 1, id);
  if (mt_db_step (stmt) == MT_DB_ROW)
    value = mt_db_column_int64 (stmt, 0);
  else
    _mt_store_fail (self, error, _("Could not import"));
  mt_db_reset (stmt);

  return value;
}

/* On a server, a bulk import into a roster the role owns numbers its rows itself: the
 * identity's sequence is called once, not once a row (a tenth of the server's time of the
 * COPY). Nobody else adds people meanwhile: mt_store_import_begin() has locked the table
 * against writers until the transaction ends. A role that does not own the table lets the
 * identity number them. */
static gboolean
take_ids (MtStoreImport  *import,
          GError        **error)
{
  MtStore *store = import->store;
  gboolean owned = FALSE;

  if (!_mt_store_owns_table (store, "personnel", &owned, error))
    return FALSE;
  if (!owned)
    return TRUE;
  import->next_id = query_number (store,
                                  "SELECT nextval (pg_get_serial_sequence ('personnel', 'id'))",
                                  0, error);

  return import->next_id > 0;
}

/* The identity goes on after the last row numbered by take_ids(). */
static gboolean
give_back_ids (MtStoreImport  *import,
               GError        **error)
{
  if (import->next_id == 0)
    return TRUE;

  return query_number (import->store,
                       "SELECT setval (pg_get_serial_sequence ('personnel', 'id'), ?1, false)",
                       import->next_id, error) == import->next_id;
}

gboolean
mt_store_import_wants_writer_thread (MtStoreImport *import)
{
  const char *test_choice = g_getenv ("MT_TEST_IMPORT_WRITER");

  g_return_val_if_fail (import != NULL, TRUE);

  if (g_strcmp0 (test_choice, "thread") == 0)
    return TRUE;
  if (g_strcmp0 (test_choice, "inline") == 0)
    return FALSE;

  return mt_db_kind (import->store->db) != MT_DB_POSTGRES || g_get_num_processors () > 2 ||
         !mt_db_pg_is_on_this_machine (import->store->db);
}

void
_mt_store_import_emit_personnel_changed (MtStore *self)
{
  g_signal_emit (self, _mt_store_signals[MT_STORE_SIGNAL_PERSONNEL_CHANGED], 0);
  g_signal_emit (self, _mt_store_signals[MT_STORE_SIGNAL_CHANGED], 0);
}

static void
import_free (MtStoreImport *import)
{
  g_clear_pointer (&import->deferred_indexes, g_ptr_array_unref);
  g_clear_pointer (&import->tally, _mt_store_tally_free);
  g_string_free (import->key, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (import->bulk_keys); i++)
    g_string_free (import->bulk_keys[i], TRUE);
  g_object_unref (import->store);
  g_free (import);
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
  MtDbStmt     *stmt;
  g_autofree char *now = NULL;

  g_return_val_if_fail (MT_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* The importer checks every category and camp itself, against values it reads inside this
   * transaction (which holds the write lock, so they cannot change meanwhile), and the import
   * row is ours: SQLite's three foreign-key lookups per row would only repeat that work. The
   * pragma cannot change inside a transaction, hence here; mt_store_import_end() restores it. */
  if (!_mt_store_check_open (store, error))
    return NULL;
  _mt_store_set_foreign_keys (store, FALSE);

  if (!_mt_store_begin (store, error))
    {
      _mt_store_set_foreign_keys (store, TRUE);
      return NULL;
    }

  import = g_new0 (MtStoreImport, 1);
  import->store = g_object_ref (store);
  import->key = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (import->bulk_keys); i++)
    import->bulk_keys[i] = g_string_new (NULL);

  if (!_mt_store_import_ensure_tables (store, error))
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
  if (mt_db_step (stmt) != MT_DB_DONE)
    {
      _mt_store_fail (store, error, _("Could not record the import"));
      mt_db_reset (stmt);
      goto fail;
    }
  mt_db_reset (stmt);
  import->id = mt_db_last_insert_id (store->db);

  /* Bulk mode: any index on the roster (a user may have added some) is built once at the end,
   * and no personnel_tally trigger runs per row (rows are counted by count_inserted()). */
  import->bulk = expect_many && roster_is_empty (store);
  /* On a server another planner may be adding people right now, not yet committed: the
   * roster is only known empty once no one else may write it, until this import ends. */
  if (import->bulk && mt_db_kind (store->db) == MT_DB_POSTGRES)
    {
      if (!_mt_store_import_exec (store, "LOCK TABLE personnel IN SHARE ROW EXCLUSIVE MODE",
                                  error))
        goto fail;
      import->bulk = roster_is_empty (store);
    }
  if (import->bulk &&
      ((import->deferred_indexes = _mt_store_drop_schema_objects (store, "index", "personnel",
                                                                  NULL, _("Could not import"),
                                                                  error)) == NULL ||
       (import->tally = _mt_store_tally_suspend (store, error)) == NULL ||
       (mt_db_kind (store->db) == MT_DB_POSTGRES && !take_ids (import, error))))
    goto fail;

  /* Held for the whole import: prepared once, a million steps. */
  import->select = _mt_store_prepare (store,
                                      "SELECT id, " PERSON_COLUMNS " FROM personnel"
                                      " WHERE personnel_id = ?1",
                                      error);
  import->insert = import->select == NULL ? NULL
    : _mt_store_prepare (store,
                         "INSERT INTO personnel (" PERSON_COLUMNS ", import_id, import_line,"
                         " personnel_id, name_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
                         " ?10, ?11, ?12, ?13, ?14)",
                         error);
  import->update = import->insert == NULL ? NULL
    : _mt_store_prepare (store,
                         "UPDATE personnel SET family_name = ?1, given_name = ?2, rank = ?3,"
                         " category = ?4, country = ?5, unit = ?6, camp_id = ?7,"
                         " planned_departure = ?8, status = ?9, departure_date = ?10,"
                         " import_id = ?11, import_line = ?12, name_key = ?14 WHERE id = ?15",
                         error);
  import->prior = import->update == NULL ? NULL
    : _mt_store_prepare (store,
                         "INSERT INTO import_prior (import_id, person_id, "
                         PERSON_COLUMNS ", prior_import_id, prior_import_line)"
                         " SELECT ?1, id, " PERSON_COLUMNS ", import_id, import_line"
                         " FROM personnel WHERE id = ?2 ON CONFLICT DO NOTHING",
                         error);
  if (import->prior == NULL)
    goto fail;

  return import;

fail:
  _mt_store_rollback (store);
  _mt_store_set_foreign_keys (store, TRUE);
  import_free (import);
  return NULL;
}

gint64
mt_store_import_get_id (MtStoreImport *import)
{
  g_return_val_if_fail (import != NULL, 0);

  return import->id;
}

gboolean
mt_store_import_set_sha256 (MtStoreImport  *import,
                            const char     *sha256,
                            GError        **error)
{
  MtDbStmt     *stmt;
  gboolean ok;

  g_return_val_if_fail (import != NULL, FALSE);

  stmt = _mt_store_prepare (import->store, "UPDATE imports SET sha256 = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  mt_db_bind_int64 (stmt, 1, import->id);
  _mt_store_bind_text (stmt, 2, sha256);
  ok = mt_db_step (stmt) == MT_DB_DONE || _mt_store_fail (import->store, error, _("Could not import"));
  mt_db_reset (stmt);

  return ok;
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
  mt_db_reset (import->select);
  mt_db_clear_bindings (import->select);
  mt_db_reset (import->insert);
  mt_db_clear_bindings (import->insert);
  mt_db_reset (import->update);
  mt_db_clear_bindings (import->update);
  if (import->bulk_insert != NULL)
    {
      mt_db_reset (import->bulk_insert);
      mt_db_clear_bindings (import->bulk_insert);
    }

  if (commit && !mt_store_import_apply (import, NULL, error))
    commit = ok = FALSE;

  if (commit)
    {
      MtDbStmt     *stmt = _mt_store_prepare (self,
                                              "UPDATE imports SET rows_accepted = ?2,"
                                              " rows_rejected = ?3 WHERE id = ?1",
                                              error);

      ok = stmt != NULL;
      if (ok)
        {
          mt_db_bind_int64 (stmt, 1, import->id);
          mt_db_bind_int64 (stmt, 2, rows_accepted);
          mt_db_bind_int64 (stmt, 3, rows_rejected);
          ok = mt_db_step (stmt) == MT_DB_DONE || _mt_store_fail (self, error, _("Could not import"));
          mt_db_reset (stmt);
        }

      /* One entry in the history, with the counts just stored. */
      if (ok)
        ok = _mt_store_import_record (self, import->id, FALSE, error);

      /* The counts first: the indexes are the slow part, and a failure rolls back all. */
      if (ok && import->tally != NULL)
        ok = _mt_store_tally_resume (g_steal_pointer (&import->tally), error);

      if (ok)
        ok = give_back_ids (import, error);

      if (ok)
        ok = _mt_store_exec_each (self, import->deferred_indexes, _("Could not import"), error);

      if (ok)
        ok = _mt_store_commit (self, error);
      else
        _mt_store_rollback (self);
    }
  else
    _mt_store_rollback (self);

  _mt_store_set_foreign_keys (self, TRUE);
  g_object_ref (self);
  import_free (import);   /* rolled back: the tally's triggers are back */

  /* An import can leave a log as big as the roster it wrote; the file holds it all now. */
  if (commit && ok)
    _mt_store_truncate_journal (self);
  if (commit && ok)
    _mt_store_import_emit_personnel_changed (self);
  g_object_unref (self);

  return ok;
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
