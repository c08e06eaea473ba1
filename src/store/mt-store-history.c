/* mt-store-history.c: schema v3 and the change recorder behind every edit.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each row a change writes is snapshotted before and after (every column but the
 * rowid alias) and the difference goes to the history table in the same transaction.
 * Undo (mt-store-history-undo.c) replays those snapshots backwards, so it needs no
 * knowledge of what a change meant and restores rows exactly, rowids included.
 */

#define G_LOG_DOMAIN "mt-store-history"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "mt-store-edit-private.h"

struct _MtBatch
{
  MtStore     *store;
  gint64       id;
  char        *action;
  char        *label;
  MtBatchStep  step;
  gint64       undo_of;
  char        *time;
  guint        n_rows;
  GHashTable  *tables;         /* table names touched (static strings) */
  GHashTable  *camps_added;    /* gint64* set */
  GHashTable  *camps_removed;
  GHashTable  *camps_touched;
};

/* Tables a batch may write, and so undo may restore. Identifiers are spliced into SQL,
 * so nothing outside this list ever is. */
static const char * const known_tables[] = {
  "mission", "camps", "camp_aliases", "camp_status", "deployments", "personnel",
  "movements", "convoys", "convoy_personnel", "assets", "events", "history", NULL,
};

/* Action keys and their descriptions: the history keeps the key and the record label,
 * so the description is translated when it is shown, not when it was written. */
static const struct {
  const char *key;
  const char *format;
} actions[] = {
  { "camp-create", N_("Creation of Camp %s") },
  { "camp-update", N_("Changes to Camp %s") },
  { "camp-delete", N_("Deletion of Camp %s") },
  { "camp-status", N_("Change of Status of %s") },
  { "env-assessment", N_("Environmental Assessment of %s") },
  { "movement-create", N_("New Movement %s") },
  { "movement-update", N_("Changes to Movement %s") },
  { "movement-delete", N_("Deletion of Movement %s") },
  { "departures", N_("Departures: %s") },
  { "convoy-create", N_("New Convoy %s") },
  { "convoy-update", N_("Changes to Convoy %s") },
  { "convoy-delete", N_("Deletion of Convoy %s") },
  { "asset-create", N_("New Asset %s") },
  { "asset-update", N_("Changes to Asset %s") },
  { "asset-delete", N_("Deletion of Asset %s") },
  { "event-create", N_("New Event %s") },
  { "event-update", N_("Changes to Event %s") },
  { "event-delete", N_("Deletion of Event %s") },
};

static const char *
intern_table (const char *table)
{
  for (guint i = 0; known_tables[i] != NULL; i++)
    if (g_strcmp0 (known_tables[i], table) == 0)
      return known_tables[i];

  return NULL;
}

static gint64 *
dup_id (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

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
_mt_store_migrate_to_3 (sqlite3  *db,
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

/* Row snapshots */

/* Every column of the row but "id" (the rowid alias, which is the record id), or NULL
 * when there is no such row. */
static JsonObject *
snapshot_row (MtStore     *self,
              const char  *table,
              gint64       rowid,
              GError     **error)
{
  g_autofree char *sql = NULL;
  g_autoptr(JsonObject) row = NULL;
  sqlite3_stmt *stmt;
  int rc;

  sql = g_strdup_printf ("SELECT * FROM \"%s\" WHERE rowid = ?1", table);
  stmt = _mt_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, rowid);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      if (rc == SQLITE_DONE)
        g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND,
                     _("The record was not found; it may have been deleted meanwhile"));
      else
        _mt_store_fail (self, error, _("Could not read the record"));
      return NULL;
    }

  row = json_object_new ();
  for (int col = 0; col < sqlite3_column_count (stmt); col++)
    {
      const char *name = sqlite3_column_name (stmt, col);

      if (strcmp (name, "id") == 0)
        continue;

      switch (sqlite3_column_type (stmt, col))
        {
        case SQLITE_INTEGER:
          json_object_set_int_member (row, name, sqlite3_column_int64 (stmt, col));
          break;
        case SQLITE_FLOAT:
          json_object_set_double_member (row, name, sqlite3_column_double (stmt, col));
          break;
        case SQLITE_TEXT:
          json_object_set_string_member (row, name, _mt_store_column_text (stmt, col));
          break;
        default:
          json_object_set_null_member (row, name);
        }
    }
  sqlite3_reset (stmt);

  return g_steal_pointer (&row);
}

static void
bind_node (sqlite3_stmt *stmt,
           int           index,
           JsonNode     *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      sqlite3_bind_null (stmt, index);
      return;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      sqlite3_bind_int64 (stmt, index, json_node_get_int (node));
      break;
    case G_TYPE_DOUBLE:
      sqlite3_bind_double (stmt, index, json_node_get_double (node));
      break;
    case G_TYPE_BOOLEAN:
      sqlite3_bind_int (stmt, index, json_node_get_boolean (node));
      break;
    default:
      /* Raw, not _mt_store_bind_text(): a restore must give back "" as "". */
      sqlite3_bind_text (stmt, index, json_node_get_string (node), -1, SQLITE_TRANSIENT);
    }
}

static char *
to_json (JsonObject *object)
{
  g_autoptr(JsonNode) node = NULL;

  if (object == NULL)
    return NULL;

  node = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (node, object);

  return json_to_string (node, FALSE);
}

static gint64
member_id (JsonObject *object,
           const char *member)
{
  JsonNode *node;

  if (object == NULL || !json_object_has_member (object, member))
    return 0;

  node = json_object_get_member (object, member);
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
    return json_node_get_int (node);

  return 0;
}

static void
touch_camp (GHashTable *set,
            gint64      camp_id)
{
  if (camp_id > 0)
    g_hash_table_add (set, dup_id (camp_id));
}

/* Which camps a row belongs to, for the per-camp history and the camp-changed signals:
 * the camp itself, or the row's camp columns before and after the change. */
static void
row_camps (const char *table,
           gint64      rowid,
           JsonObject *old_row,
           JsonObject *new_row,
           gint64     *camp_id,
           gint64     *other_camp_id)
{
  gint64 found[6] = { 0, };
  guint n = 0;

  if (strcmp (table, "camps") == 0)
    found[n++] = rowid;
  found[n++] = member_id (new_row, "camp_id");
  found[n++] = member_id (old_row, "camp_id");
  found[n++] = member_id (new_row, "from_camp_id");
  found[n++] = member_id (new_row, "to_camp_id");
  found[n++] = member_id (old_row, "to_camp_id");

  *camp_id = 0;
  *other_camp_id = 0;
  for (guint i = 0; i < n; i++)
    {
      if (found[i] == 0)
        continue;
      if (*camp_id == 0)
        *camp_id = found[i];
      else if (found[i] != *camp_id && *other_camp_id == 0)
        *other_camp_id = found[i];
    }
}

static gboolean
record_row (MtBatch     *batch,
            const char  *kind,
            const char  *table,
            gint64       rowid,
            const char  *label,
            JsonObject  *old_row,
            JsonObject  *new_row,
            GError     **error)
{
  g_autofree char *old_json = to_json (old_row);
  g_autofree char *new_json = to_json (new_row);
  static const char * const step_keys[] = { "do", "undo", "redo" };
  sqlite3_stmt *stmt;
  gint64 camp_id, other_camp_id;

  row_camps (table, rowid, old_row, new_row, &camp_id, &other_camp_id);

  stmt = _mt_store_prepare (batch->store,
                            "INSERT INTO history (batch_id, time, user, action, action_label, step,"
                            " undo_of, kind, table_name, record_id, record_label, camp_id,"
                            " other_camp_id, old_values, new_values)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, batch->id);
  _mt_store_bind_text (stmt, 2, batch->time);
  _mt_store_bind_text (stmt, 3, g_get_user_name ());
  _mt_store_bind_text (stmt, 4, batch->action);
  _mt_store_bind_text (stmt, 5, batch->label);
  _mt_store_bind_text (stmt, 6, step_keys[batch->step]);
  if (batch->undo_of > 0)
    sqlite3_bind_int64 (stmt, 7, batch->undo_of);
  _mt_store_bind_text (stmt, 8, kind);
  _mt_store_bind_text (stmt, 9, table);
  sqlite3_bind_int64 (stmt, 10, rowid);
  _mt_store_bind_text (stmt, 11, label);
  if (camp_id > 0)
    sqlite3_bind_int64 (stmt, 12, camp_id);
  if (other_camp_id > 0)
    sqlite3_bind_int64 (stmt, 13, other_camp_id);
  _mt_store_bind_text (stmt, 14, old_json);
  _mt_store_bind_text (stmt, 15, new_json);

  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      sqlite3_reset (stmt);
      return _mt_store_fail (batch->store, error, _("Could not record the change in the history"));
    }
  sqlite3_reset (stmt);

  batch->n_rows++;
  g_hash_table_add (batch->tables, (gpointer) intern_table (table));
  touch_camp (batch->camps_touched, camp_id);
  touch_camp (batch->camps_touched, other_camp_id);
  if (strcmp (table, "camps") == 0 && strcmp (kind, "insert") == 0)
    touch_camp (batch->camps_added, rowid);
  else if (strcmp (table, "camps") == 0 && strcmp (kind, "delete") == 0)
    touch_camp (batch->camps_removed, rowid);

  return TRUE;
}

/* Batches */

MtBatch *
_mt_batch_begin_step (MtStore      *self,
                      const char   *action,
                      const char   *label,
                      MtBatchStep   step,
                      gint64        undo_of,
                      GError      **error)
{
  g_autoptr(GDateTime) now = NULL;
  sqlite3_stmt *stmt;
  MtBatch *batch;

  g_assert (MT_IS_STORE (self));
  g_assert (action != NULL);

  if (!_mt_store_begin (self, error))
    return NULL;

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
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    {
      if (stmt != NULL)
        {
          sqlite3_reset (stmt);
          _mt_store_fail (self, error, _("Could not read the history"));
        }
      _mt_batch_abort (batch);
      return NULL;
    }
  batch->id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return batch;
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

/* Row writes */

gint64
_mt_batch_insert (MtBatch     *batch,
                  const char  *table,
                  gint64       rowid,
                  JsonObject  *values,
                  const char  *label,
                  GError     **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GString) params = g_string_new (NULL);
  g_autoptr(JsonObject) new_row = NULL;
  g_autoptr(GList) members = NULL;
  sqlite3_stmt *stmt;
  int index = 1;

  g_assert (batch != NULL);
  g_assert (intern_table (table) != NULL);

  members = json_object_get_members (values);
  g_string_printf (sql, "INSERT INTO \"%s\" (", table);
  if (rowid > 0)
    {
      g_string_append (sql, "rowid");
      g_string_append_printf (params, "?%d", index++);
    }
  for (GList *l = members; l != NULL; l = l->next)
    {
      g_string_append_printf (sql, "%s\"%s\"", index > 1 ? ", " : "", (const char *) l->data);
      g_string_append_printf (params, "%s?%d", index > 1 ? ", " : "", index);
      index++;
    }
  g_string_append_printf (sql, ") VALUES (%s)", params->str);

  stmt = _mt_store_prepare (batch->store, sql->str, error);
  if (stmt == NULL)
    return 0;

  index = 1;
  if (rowid > 0)
    sqlite3_bind_int64 (stmt, index++, rowid);
  for (GList *l = members; l != NULL; l = l->next)
    bind_node (stmt, index++, json_object_get_member (values, l->data));

  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      sqlite3_reset (stmt);
      _mt_store_fail (batch->store, error, _("Could not save the record"));
      return 0;
    }
  sqlite3_reset (stmt);

  rowid = sqlite3_last_insert_rowid (batch->store->db);
  new_row = snapshot_row (batch->store, table, rowid, error);
  if (new_row == NULL)
    return 0;

  if (!record_row (batch, "insert", table, rowid, label, NULL, new_row, error))
    return 0;

  return rowid;
}

gboolean
_mt_batch_update (MtBatch     *batch,
                  const char  *table,
                  gint64       rowid,
                  JsonObject  *values,
                  const char  *label,
                  GError     **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(JsonObject) old_row = NULL;
  g_autoptr(JsonObject) new_row = NULL;
  g_autoptr(JsonObject) old_diff = NULL;
  g_autoptr(JsonObject) new_diff = NULL;
  g_autoptr(GList) members = NULL;
  sqlite3_stmt *stmt;
  int index = 1;

  g_assert (batch != NULL);
  g_assert (intern_table (table) != NULL);

  old_row = snapshot_row (batch->store, table, rowid, error);
  if (old_row == NULL)
    return FALSE;

  members = json_object_get_members (values);
  if (members == NULL)
    return TRUE;

  g_string_printf (sql, "UPDATE \"%s\" SET ", table);
  for (GList *l = members; l != NULL; l = l->next, index++)
    g_string_append_printf (sql, "%s\"%s\" = ?%d", index > 1 ? ", " : "",
                            (const char *) l->data, index);
  g_string_append_printf (sql, " WHERE rowid = ?%d", index);

  stmt = _mt_store_prepare (batch->store, sql->str, error);
  if (stmt == NULL)
    return FALSE;

  index = 1;
  for (GList *l = members; l != NULL; l = l->next)
    bind_node (stmt, index++, json_object_get_member (values, l->data));
  sqlite3_bind_int64 (stmt, index, rowid);

  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      sqlite3_reset (stmt);
      return _mt_store_fail (batch->store, error, _("Could not save the record"));
    }
  sqlite3_reset (stmt);

  new_row = snapshot_row (batch->store, table, rowid, error);
  if (new_row == NULL)
    return FALSE;

  /* Only what changed: the history reads "status: operational → closed", and undo sets
   * back exactly those columns. */
  old_diff = json_object_new ();
  new_diff = json_object_new ();
  {
    g_autoptr(GList) columns = json_object_get_members (new_row);

    for (GList *l = columns; l != NULL; l = l->next)
      {
        JsonNode *before = json_object_get_member (old_row, l->data);
        JsonNode *after = json_object_get_member (new_row, l->data);

        if (before != NULL && json_node_equal (before, after))
          continue;
        json_object_set_member (old_diff, l->data,
                                before != NULL ? json_node_copy (before) : json_node_new (JSON_NODE_NULL));
        json_object_set_member (new_diff, l->data, json_node_copy (after));
      }
  }

  if (json_object_get_size (new_diff) == 0)
    return TRUE;

  return record_row (batch, "update", table, rowid, label, old_diff, new_diff, error);
}

gboolean
_mt_batch_delete (MtBatch     *batch,
                  const char  *table,
                  gint64       rowid,
                  const char  *label,
                  GError     **error)
{
  g_autofree char *sql = NULL;
  g_autoptr(JsonObject) old_row = NULL;
  sqlite3_stmt *stmt;

  g_assert (batch != NULL);
  g_assert (intern_table (table) != NULL);

  old_row = snapshot_row (batch->store, table, rowid, error);
  if (old_row == NULL)
    return FALSE;

  sql = g_strdup_printf ("DELETE FROM \"%s\" WHERE rowid = ?1", table);
  stmt = _mt_store_prepare (batch->store, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, rowid);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      sqlite3_reset (stmt);
      return _mt_store_fail (batch->store, error, _("Could not delete the record"));
    }
  sqlite3_reset (stmt);

  return record_row (batch, "delete", table, rowid, label, old_row, NULL, error);
}

/* Descriptions */

char *
_mt_history_describe (const char *action,
                      const char *label)
{
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    if (g_strcmp0 (actions[i].key, action) == 0)
      return g_strdup_printf (_(actions[i].format), label != NULL ? label : "");

  /* Unknown key (a newer program wrote it): show what there is. */
  return g_strdup (label != NULL ? label : action);
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

char *
mt_store_dump_table (MtStore     *self,
                     const char  *table,
                     GError     **error)
{
  g_autoptr(GString) dump = g_string_new (NULL);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);
  g_return_val_if_fail (table != NULL, NULL);

  if (intern_table (table) == NULL)
    {
      g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND,
                   _("There is no table “%s”"), table);
      return NULL;
    }

  sql = g_strdup_printf ("SELECT rowid, * FROM \"%s\" ORDER BY rowid", table);
  stmt = _mt_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      for (int col = 0; col < sqlite3_column_count (stmt); col++)
        {
          const char *text = _mt_store_column_text (stmt, col);

          g_string_append_printf (dump, "%s%s=%s", col > 0 ? "|" : "",
                                  sqlite3_column_name (stmt, col),
                                  sqlite3_column_type (stmt, col) == SQLITE_NULL ? "NULL" : text);
        }
      g_string_append_c (dump, '\n');
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _mt_store_fail (self, error, _("Could not read the table"));
      return NULL;
    }

  return g_string_free (g_steal_pointer (&dump), FALSE);
}
