/* mt-store-history.c: schema v3 and the change recorder behind every edit.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each row a change writes is snapshotted before and after (every column but the
 * rowid alias) and the difference goes to the history table in the same transaction.
 * Undo (mt-store-history-undo.c) replays those snapshots backwards, so it needs no
 * knowledge of what a change meant and restores rows exactly, rowids included.
 * This file holds the batches (one transaction, one history batch, the signals after
 * COMMIT); the snapshots and the row writes themselves are in mt-store-history-rows.c.
 */

#define G_LOG_DOMAIN "mt-store-history"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "mt-store-history-private.h"

static void
batch_free (MtBatch *batch)
{
  g_free (batch->action);
  g_free (batch->label);
  g_free (batch->time);
  g_hash_table_unref (batch->tables);
  g_hash_table_unref (batch->camps_added);
  g_hash_table_unref (batch->camps_removed);
  g_hash_table_unref (batch->camps_touched);
  g_object_unref (batch->store);
  g_free (batch);
}

/* Schema v3 */

gboolean
_mt_store_migrate_to_3 (MtDb     *db,
                        GError  **error)
{
  /* The date window defaults to ten years before the resolution ending the mandate
   * through the year after its deadline; the seed or a planner can set it exactly. */
  static const char sql[] =
    "ALTER TABLE mission ADD COLUMN first_date TEXT;"
    "ALTER TABLE mission ADD COLUMN last_date TEXT;"
    "UPDATE mission SET"
    "  first_date = printf ('%04d-01-01', CAST (substr (resolution_date, 1, 4) AS INTEGER) - 10)"
    "  WHERE first_date IS NULL AND resolution_date IS NOT NULL;"
    "UPDATE mission SET"
    "  last_date = printf ('%04d-12-31', CAST (substr (deadline, 1, 4) AS INTEGER) + 1)"
    "  WHERE last_date IS NULL AND deadline IS NOT NULL;"

    "ALTER TABLE camps ADD COLUMN env_findings TEXT;"
    "ALTER TABLE camps ADD COLUMN env_remediation TEXT;"

    "ALTER TABLE convoys ADD COLUMN planned_departure TEXT;"
    "ALTER TABLE convoys ADD COLUMN planned_arrival TEXT;"
    /* NULL for convoys recorded before v3: read from their dates (see mt-convoy.h). */
    "ALTER TABLE convoys ADD COLUMN status TEXT CHECK (status IS NULL OR status IN"
    "  ('planned', 'under-way', 'arrived', 'cancelled'));"

    /* A rowid table (not a composite key) so the recorder can restore rows by rowid. */
    "CREATE TABLE convoy_personnel ("
    "  id INTEGER PRIMARY KEY,"
    "  convoy_id INTEGER NOT NULL REFERENCES convoys (id) ON DELETE CASCADE,"
    "  person_id INTEGER NOT NULL REFERENCES personnel (id) ON DELETE CASCADE,"
    "  UNIQUE (convoy_id, person_id));"
    "CREATE INDEX convoy_personnel_person ON convoy_personnel (person_id);"

    "CREATE TABLE history ("
    "  id INTEGER PRIMARY KEY,"
    "  batch_id INTEGER NOT NULL,"
    "  time TEXT NOT NULL,"
    "  user TEXT,"
    "  action TEXT NOT NULL,"
    "  action_label TEXT,"
    "  step TEXT NOT NULL DEFAULT 'do' CHECK (step IN ('do', 'undo', 'redo')),"
    "  undo_of INTEGER,"
    "  kind TEXT NOT NULL CHECK (kind IN ('insert', 'update', 'delete')),"
    "  table_name TEXT NOT NULL,"
    "  record_id INTEGER NOT NULL,"
    "  record_label TEXT,"
    /* No foreign keys: the history outlives the records it tells about. */
    "  camp_id INTEGER,"
    "  other_camp_id INTEGER,"
    "  old_values TEXT,"
    "  new_values TEXT);"
    "CREATE INDEX history_batch ON history (batch_id, id);"
    "CREATE INDEX history_camp ON history (camp_id, id);"
    "CREATE INDEX history_other_camp ON history (other_camp_id, id);";
  return _mt_store_exec_schema (db, sql, error);
}

/* Schema v5: row versions. Each record a planner edits carries the number of its writes and
 * who made the last one when; an edit or an undo based on an older version is refused
 * (mt-store-history-rows.c). The history keeps the version each change left. */
gboolean
_mt_store_migrate_to_5 (MtDb     *db,
                        GError  **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);

  for (guint i = 0; _mt_versioned_tables[i] != NULL; i++)
    g_string_append_printf (sql,
                            "ALTER TABLE %s ADD COLUMN version INTEGER NOT NULL DEFAULT 1;"
                            "ALTER TABLE %s ADD COLUMN changed_by TEXT;"
                            "ALTER TABLE %s ADD COLUMN changed_at TEXT;",
                            _mt_versioned_tables[i], _mt_versioned_tables[i],
                            _mt_versioned_tables[i]);
  g_string_append (sql, "ALTER TABLE history ADD COLUMN record_version INTEGER;");

  return _mt_store_exec_schema (db, sql->str, error);
}

/* Batches */

/* A batch in the transaction already begun: its id and time. */
MtBatch *
_mt_batch_join (MtStore      *self,
                const char   *action,
                const char   *label,
                MtBatchStep   step,
                gint64        undo_of,
                GError      **error)
{
  g_autoptr(GDateTime) now = NULL;
  MtDbStmt     *stmt;
  MtBatch *batch;

  g_assert (MT_IS_STORE (self));
  g_assert (action != NULL);

  batch = g_new0 (MtBatch, 1);
  batch->store = g_object_ref (self);
  batch->action = g_strdup (action);
  batch->label = g_strdup (label);
  batch->step = step;
  batch->undo_of = undo_of;
  now = g_date_time_new_now_utc ();
  batch->time = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  batch->tables = g_hash_table_new (g_str_hash, g_str_equal);
  batch->camps_added = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  batch->camps_removed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  batch->camps_touched = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  stmt = _mt_store_prepare (self, "SELECT COALESCE (MAX (batch_id), 0) + 1 FROM history", error);
  if (stmt == NULL || mt_db_step (stmt) != MT_DB_ROW)
    {
      if (stmt != NULL)
        {
          mt_db_reset (stmt);
          _mt_store_fail (self, error, _("Could not read the history"));
        }
      batch_free (batch);
      return NULL;
    }
  batch->id = mt_db_column_int64 (stmt, 0);
  mt_db_reset (stmt);

  return batch;
}

MtBatch *
_mt_batch_begin_step (MtStore      *self,
                      const char   *action,
                      const char   *label,
                      MtBatchStep   step,
                      gint64        undo_of,
                      GError      **error)
{
  MtBatch *batch;

  if (!_mt_store_begin (self, error))
    return NULL;

  batch = _mt_batch_join (self, action, label, step, undo_of, error);
  if (batch == NULL)
    _mt_store_rollback (self);

  return batch;
}

void
_mt_batch_leave (MtBatch *batch)
{
  g_assert (batch != NULL);

  batch_free (batch);
}

MtBatch *
_mt_batch_begin (MtStore     *self,
                 const char  *action,
                 const char  *label,
                 GError     **error)
{
  return _mt_batch_begin_step (self, action, label, MT_BATCH_DO, 0, error);
}

gint64
_mt_batch_get_id (MtBatch *batch)
{
  return batch->id;
}

void
_mt_batch_abort (MtBatch *batch)
{
  g_assert (batch != NULL);

  _mt_store_rollback (batch->store);
  batch_free (batch);
}

static void
emit_camps (MtStore    *self,
            GHashTable *set,
            guint       signal_id,
            GHashTable *skip1,
            GHashTable *skip2)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      if ((skip1 != NULL && g_hash_table_contains (skip1, key)) ||
          (skip2 != NULL && g_hash_table_contains (skip2, key)))
        continue;
      g_signal_emit (self, _mt_store_signals[signal_id], 0, *(gint64 *) key);
    }
}

gboolean
_mt_batch_commit (MtBatch  *batch,
                  GError  **error)
{
  g_autoptr(MtStore) self = NULL;
  GHashTableIter iter;
  gpointer key;

  g_assert (batch != NULL);

  self = g_object_ref (batch->store);

  if (batch->n_rows == 0)
    {
      _mt_batch_abort (batch);
      return TRUE;
    }

  if (!_mt_store_commit (self, error))
    {
      batch_free (batch);
      return FALSE;
    }

  if (batch->step == MT_BATCH_DO)
    _mt_undo_push_batch (self, batch->id, batch->action, batch->label);

  /* Signals only now, after COMMIT: handlers may read the store. */
  g_hash_table_iter_init (&iter, batch->tables);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_signal_emit (self, _mt_store_signals[MT_STORE_SIGNAL_RECORDS_CHANGED],
                   g_quark_from_static_string (key), (const char *) key);

  emit_camps (self, batch->camps_removed, MT_STORE_SIGNAL_CAMP_REMOVED, NULL, NULL);
  emit_camps (self, batch->camps_added, MT_STORE_SIGNAL_CAMP_ADDED, batch->camps_removed, NULL);
  emit_camps (self, batch->camps_touched, MT_STORE_SIGNAL_CAMP_CHANGED,
              batch->camps_removed, batch->camps_added);
  if (g_hash_table_contains (batch->tables, "personnel"))
    g_signal_emit (self, _mt_store_signals[MT_STORE_SIGNAL_PERSONNEL_CHANGED], 0);
  g_signal_emit (self, _mt_store_signals[MT_STORE_SIGNAL_CHANGED], 0);

  /* Undo and redo announce the stack themselves, once it is up to date. */
  if (batch->step == MT_BATCH_DO)
    _mt_undo_emit_changed (self);
  batch_free (batch);

  return TRUE;
}

/* JSON helpers */

void
_mt_json_set_text (JsonObject *object,
                   const char *member,
                   const char *value)
{
  if (value == NULL || value[0] == '\0')
    json_object_set_null_member (object, member);
  else
    json_object_set_string_member (object, member, value);
}

void
_mt_json_set_int (JsonObject *object,
                  const char *member,
                  gint64      value)
{
  json_object_set_int_member (object, member, value);
}

void
_mt_json_set_id (JsonObject *object,
                 const char *member,
                 gint64      value)
{
  if (value <= 0)
    json_object_set_null_member (object, member);
  else
    json_object_set_int_member (object, member, value);
}

void
_mt_json_set_double (JsonObject *object,
                     const char *member,
                     double      value)
{
  if (isnan (value))
    json_object_set_null_member (object, member);
  else
    json_object_set_double_member (object, member, value);
}

/* Public API */

static void
dump_row (MtDbStmt     *stmt,
          gpointer      user_data)
{
  GString *dump = user_data;

  for (int col = 0; col < mt_db_column_count (stmt); col++)
    {
      const char *text = _mt_store_column_text (stmt, col);

      /* The data, as undo restores it; a row's version and author move on. */
      if (_mt_history_is_bookkeeping (mt_db_column_name (stmt, col)))
        continue;
      g_string_append_printf (dump, "%s%s=%s", col > 0 ? "|" : "",
                              mt_db_column_name (stmt, col),
                              mt_db_column_type (stmt, col) == MT_DB_NULL ? "NULL" : text);
    }
  g_string_append_c (dump, '\n');
}

char *
mt_store_dump_table (MtStore     *self,
                     const char  *table,
                     GError     **error)
{
  g_autoptr(GString) dump = g_string_new (NULL);
  g_autofree char *sql = NULL;
  MtDbStmt     *stmt;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);
  g_return_val_if_fail (table != NULL, NULL);

  if (_mt_history_intern_table (table) == NULL)
    {
      g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND,
                   _("There is no table “%s”"), table);
      return NULL;
    }

  sql = g_strdup_printf ("SELECT %s AS rowid, * FROM \"%s\" ORDER BY 1",
                         _mt_store_row_key (self), table);
  stmt = _mt_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  if (!_mt_store_each_row (self, stmt, dump_row, dump, _("Could not read the table"), error))
    return NULL;

  return g_string_free (g_steal_pointer (&dump), FALSE);
}
