/* mt-store-history-rows.c: row snapshots and the row writes that record them.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * _mt_batch_insert/update/delete write one row, snapshot it before and after and add
 * the difference to the history table. Kept apart from mt-store-history.c (batches,
 * schema v3, descriptions) because this is the one place that turns a row into JSON and
 * back: the SQL built here from table and column names is what undo relies on.
 */

#define G_LOG_DOMAIN "mt-store-history"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mt-date.h"
#include "mt-history-format.h"
#include "mt-store-history-private.h"

/* Tables a batch may write, and so undo may restore. Identifiers are spliced into SQL,
 * so nothing outside this list ever is. */
static const char * const known_tables[] = {
  "mission", "camps", "camp_aliases", "camp_status", "deployments", "personnel",
  "movements", "convoys", "convoy_personnel", "assets", "events", "history", "imports",
  "baselines", "scenarios", NULL,
};

const char *
_mt_history_intern_table (const char *table)
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

const char * const _mt_versioned_tables[] = {
  "mission", "camps", "personnel", "movements", "convoys", "assets", "events", NULL,
};

static gboolean
is_versioned (const char *table)
{
  return g_strv_contains ((const char * const *) _mt_versioned_tables, table);
}

gboolean
_mt_history_is_bookkeeping (const char *column)
{
  /* The folded keys too: they follow the names, recomputed after every write. */
  if (_mt_store_is_key_column (column))
    return TRUE;

  return strcmp (column, "version") == 0 || strcmp (column, "changed_by") == 0 ||
         strcmp (column, "changed_at") == 0;
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
  MtDbStmt     *stmt;
  int rc;

  sql = g_strdup_printf ("SELECT * FROM \"%s\" WHERE %s = ?1", table, _mt_store_row_key (self));
  stmt = _mt_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  mt_db_bind_int64 (stmt, 1, rowid);
  rc = mt_db_step (stmt);
  if (rc != MT_DB_ROW)
    {
      mt_db_reset (stmt);
      if (rc == MT_DB_DONE)
        g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND,
                     _("The record was not found; it may have been deleted meanwhile"));
      else
        _mt_store_fail (self, error, _("Could not read the record"));
      return NULL;
    }

  row = json_object_new ();
  for (int col = 0; col < mt_db_column_count (stmt); col++)
    {
      const char *name = mt_db_column_name (stmt, col);

      if (strcmp (name, "id") == 0 || _mt_history_is_bookkeeping (name))
        continue;

      switch (mt_db_column_type (stmt, col))
        {
        case MT_DB_INTEGER:
          json_object_set_int_member (row, name, mt_db_column_int64 (stmt, col));
          break;
        case MT_DB_FLOAT:
          json_object_set_double_member (row, name, mt_db_column_double (stmt, col));
          break;
        case MT_DB_TEXT:
          json_object_set_string_member (row, name, _mt_store_column_text (stmt, col));
          break;
        default:
          json_object_set_null_member (row, name);
        }
    }
  mt_db_reset (stmt);

  return g_steal_pointer (&row);
}

static void
bind_node (MtDbStmt     *stmt,
           int           index,
           JsonNode     *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      mt_db_bind_null (stmt, index);
      return;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      mt_db_bind_int64 (stmt, index, json_node_get_int (node));
      break;
    case G_TYPE_DOUBLE:
      mt_db_bind_double (stmt, index, json_node_get_double (node));
      break;
    case G_TYPE_BOOLEAN:
      mt_db_bind_int (stmt, index, json_node_get_boolean (node));
      break;
    default:
      /* Raw, not _mt_store_bind_text(): a restore must give back "" as "". */
      mt_db_bind_text (stmt, index, json_node_get_string (node));
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

/* Binds what every history row of @batch says to ?@first .. ?(@first + 6): the batch, its
 * time, the login, its action, its label, its step, what it undoes (when it does). */
static void
bind_batch (MtBatch  *batch,
            MtDbStmt *stmt,
            int       first)
{
  static const char * const step_keys[] = { "do", "undo", "redo" };

  mt_db_bind_int64 (stmt, first, batch->id);
  _mt_store_bind_text (stmt, first + 1, batch->time);
  _mt_store_bind_text (stmt, first + 2, mt_store_get_login (batch->store));
  _mt_store_bind_text (stmt, first + 3, batch->action);
  _mt_store_bind_text (stmt, first + 4, batch->label);
  _mt_store_bind_text (stmt, first + 5, step_keys[batch->step]);
  if (batch->undo_of > 0)
    mt_db_bind_int64 (stmt, first + 6, batch->undo_of);
}

gboolean
_mt_batch_record (MtBatch     *batch,
                  const char  *kind,
                  const char  *table,
                  gint64       rowid,
                  const char  *label,
                  JsonObject  *old_row,
                  JsonObject  *new_row,
                  gint64       version,
                  GError     **error)
{
  g_autofree char *old_json = to_json (old_row);
  g_autofree char *new_json = to_json (new_row);
  MtDbStmt     *stmt;
  gint64 camp_id, other_camp_id;

  row_camps (table, rowid, old_row, new_row, &camp_id, &other_camp_id);

  stmt = _mt_store_prepare (batch->store,
                            "INSERT INTO history (batch_id, time, \"user\", action, action_label, step,"
                            " undo_of, kind, table_name, record_id, record_label, camp_id,"
                            " other_camp_id, old_values, new_values, record_version)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,"
                            " ?16)",
                            error);
  if (stmt == NULL)
    return FALSE;

  bind_batch (batch, stmt, 1);
  _mt_store_bind_text (stmt, 8, kind);
  _mt_store_bind_text (stmt, 9, table);
  mt_db_bind_int64 (stmt, 10, rowid);
  _mt_store_bind_text (stmt, 11, label);
  if (camp_id > 0)
    mt_db_bind_int64 (stmt, 12, camp_id);
  if (other_camp_id > 0)
    mt_db_bind_int64 (stmt, 13, other_camp_id);
  _mt_store_bind_text (stmt, 14, old_json);
  _mt_store_bind_text (stmt, 15, new_json);
  if (version > 0)
    mt_db_bind_int64 (stmt, 16, version);

  if (mt_db_step (stmt) != MT_DB_DONE)
    {
      mt_db_reset (stmt);
      return _mt_store_fail (batch->store, error, _("Could not record the change in the history"));
    }
  mt_db_reset (stmt);

  batch->n_rows++;
  g_hash_table_add (batch->tables, (gpointer) _mt_history_intern_table (table));
  touch_camp (batch->camps_touched, camp_id);
  touch_camp (batch->camps_touched, other_camp_id);
  if (strcmp (table, "camps") == 0 && strcmp (kind, "insert") == 0)
    touch_camp (batch->camps_added, rowid);
  else if (strcmp (table, "camps") == 0 && strcmp (kind, "delete") == 0)
    touch_camp (batch->camps_removed, rowid);

  return TRUE;
}

/* Row versions */

static void
set_gone_error (GError **error)
{
  g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND,
               _("The record was not found; it may have been deleted meanwhile"));
}

/* The version of a row of a versioned table, who wrote it last and when (NULL + NULL for a
 * row written before schema v5 or by an import). Locks the row on a server until the
 * transaction ends, so the check and the write that follows it are one. 0 when the table
 * has no versions; -1 + @error when the row is gone or cannot be read. */
static gint64
row_version (MtStore     *self,
             const char  *table,
             gint64       rowid,
             char       **changed_by,
             char       **changed_at,
             GError     **error)
{
  g_autofree char *sql = NULL;
  MtDbStmt *stmt;
  gint64 version = -1;
  int rc;

  if (!is_versioned (table))
    return 0;

  sql = g_strdup_printf ("SELECT version, changed_by, changed_at FROM \"%s\" WHERE %s = ?1%s",
                         table, _mt_store_row_key (self),
                         mt_db_kind (self->db) == MT_DB_POSTGRES ? " FOR UPDATE" : "");
  stmt = _mt_store_prepare (self, sql, error);
  if (stmt == NULL)
    return -1;

  mt_db_bind_int64 (stmt, 1, rowid);
  rc = mt_db_step (stmt);
  if (rc == MT_DB_ROW)
    {
      version = mt_db_column_int64 (stmt, 0);
      if (changed_by != NULL)
        *changed_by = g_strdup (_mt_store_column_text (stmt, 1));
      if (changed_at != NULL)
        *changed_at = g_strdup (_mt_store_column_text (stmt, 2));
    }
  else if (rc == MT_DB_DONE)
    set_gone_error (error);
  else
    _mt_store_fail (self, error, _("Could not read the record"));
  mt_db_reset (stmt);

  return version;
}

void
_mt_history_set_conflict_error (MtStore     *self,
                                GError     **error,
                                const char  *label,
                                const char  *changed_by,
                                const char  *changed_at)
{
  g_autoptr(MtHistoryNames) names = _mt_history_dup_names (self, NULL);
  g_autofree char *record = mt_history_format_label (label, names);
  g_autofree char *time = changed_at != NULL ? mt_date_format_time (changed_at) : NULL;

  if (changed_by != NULL && time != NULL)
    g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_CONFLICT,
                 _("“%s” was changed by %s at %s since you opened it: reload it to see the changes"),
                 record, changed_by, time);
  else
    g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_CONFLICT,
                 _("“%s” was changed by someone else since you opened it: reload it to see the changes"),
                 record);
}

/* TRUE when a row of @version (0: its table has none) is at the version @expected. */
static gboolean
compare_version (MtStore     *self,
                 gint64       version,
                 gint64       expected,
                 const char  *label,
                 const char  *changed_by,
                 const char  *changed_at,
                 GError     **error)
{
  if (version == 0 || version == expected)
    return TRUE;

  _mt_history_set_conflict_error (self, error, label, changed_by, changed_at);

  return FALSE;
}

gboolean
_mt_batch_check_version (MtBatch     *batch,
                         const char  *table,
                         gint64       rowid,
                         gint64       expected,
                         const char  *label,
                         GError     **error)
{
  g_autofree char *changed_by = NULL;
  g_autofree char *changed_at = NULL;
  gint64 version;

  g_assert (batch != NULL);

  if (expected <= 0)
    return TRUE;

  version = row_version (batch->store, table, rowid, &changed_by, &changed_at, error);
  if (version < 0)
    return FALSE;

  return compare_version (batch->store, version, expected, label, changed_by, changed_at,
                          error);
}

/* A row's version now, as the set-wise check reads it. */
typedef struct
{
  gint64  version;
  char   *changed_by;
  char   *changed_at;
} VersionNow;

static void
version_now_free (VersionNow *now)
{
  g_free (now->changed_by);
  g_free (now->changed_at);
  g_free (now);
}

static void
free_string (gpointer string)
{
  g_string_free (string, TRUE);
}

char *
_mt_history_record_key (const char *table,
                        gint64      rowid)
{
  return g_strdup_printf ("%s:%" G_GINT64_FORMAT, table, rowid);
}

/* Reads the versions of the rows of @table whose ids are in the JSON array @ids into @now
 * (_mt_history_record_key() -> VersionNow), locking them on a server as row_version() does. */
static gboolean
read_versions (MtStore     *self,
               const char  *table,
               const char  *ids,
               GHashTable  *now,
               GError     **error)
{
  g_autofree char *sql = NULL;
  MtDbStmt *stmt;
  int rc;

  sql = g_strdup_printf ("SELECT %s, version, changed_by, changed_at FROM \"%s\""
                         " WHERE %s IN (SELECT value FROM json_each (CAST (?1 AS TEXT)))%s",
                         _mt_store_row_key (self), table, _mt_store_row_key (self),
                         mt_db_kind (self->db) == MT_DB_POSTGRES ? " FOR UPDATE" : "");
  stmt = _mt_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  mt_db_bind_text (stmt, 1, ids);
  while ((rc = mt_db_step (stmt)) == MT_DB_ROW)
    {
      VersionNow *row = g_new0 (VersionNow, 1);

      row->version = mt_db_column_int64 (stmt, 1);
      row->changed_by = g_strdup (_mt_store_column_text (stmt, 2));
      row->changed_at = g_strdup (_mt_store_column_text (stmt, 3));
      g_hash_table_insert (now, _mt_history_record_key (table, mt_db_column_int64 (stmt, 0)),
                           row);
    }
  if (rc != MT_DB_DONE)
    _mt_store_fail (self, error, _("Could not read the record"));
  mt_db_reset (stmt);

  return rc == MT_DB_DONE;
}

gboolean
_mt_batch_check_versions (MtBatch              *batch,
                          const MtVersionCheck *checks,
                          guint                 n_checks,
                          GError              **error)
{
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(GHashTable) now = NULL;
  GHashTableIter iter;
  gpointer table, list;

  g_assert (batch != NULL);

  /* The ids of each versioned table, as one JSON array. */
  ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, free_string);
  for (guint i = 0; i < n_checks; i++)
    {
      GString *json;

      if (checks[i].expected <= 0 || !is_versioned (checks[i].table))
        continue;
      json = g_hash_table_lookup (ids, checks[i].table);
      if (json == NULL)
        {
          json = g_string_new ("[");
          g_hash_table_insert (ids, (gpointer) _mt_history_intern_table (checks[i].table), json);
        }
      else
        g_string_append_c (json, ',');
      g_string_append_printf (json, "%" G_GINT64_FORMAT, checks[i].rowid);
    }

  now = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                               (GDestroyNotify) version_now_free);
  g_hash_table_iter_init (&iter, ids);
  while (g_hash_table_iter_next (&iter, &table, &list))
    {
      g_string_append_c (list, ']');
      if (!read_versions (batch->store, table, ((GString *) list)->str, now, error))
        return FALSE;
    }

  /* In order: the first row that fails tells. */
  for (guint i = 0; i < n_checks; i++)
    {
      g_autofree char *key = NULL;
      VersionNow *row;

      if (checks[i].expected <= 0 || !is_versioned (checks[i].table))
        continue;
      key = _mt_history_record_key (checks[i].table, checks[i].rowid);
      row = g_hash_table_lookup (now, key);
      if (row == NULL)
        {
          set_gone_error (error);
          return FALSE;
        }
      if (!compare_version (batch->store, row->version, checks[i].expected, checks[i].label,
                            row->changed_by, row->changed_at, error))
        return FALSE;
    }

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
  MtDbStmt     *stmt;
  gint64 version;
  int index = 1;

  g_assert (batch != NULL);
  g_assert (_mt_history_intern_table (table) != NULL);

  members = json_object_get_members (values);
  g_string_printf (sql, "INSERT INTO \"%s\" (", table);
  if (rowid > 0)
    {
      g_string_append (sql, _mt_store_row_key (batch->store));
      g_string_append_printf (params, "?%d", index++);
    }
  for (GList *l = members; l != NULL; l = l->next)
    {
      g_string_append_printf (sql, "%s\"%s\"", index > 1 ? ", " : "", (const char *) l->data);
      g_string_append_printf (params, "%s?%d", index > 1 ? ", " : "", index);
      index++;
    }
  /* A row put back by undo or redo comes after every version it had: an editor still
   * holding one of them is refused. */
  if (is_versioned (table))
    {
      g_string_append_printf (sql, "%schanged_by, changed_at, version", index > 1 ? ", " : "");
      g_string_append_printf (params, "%s?%d, ?%d, COALESCE ((SELECT MAX (record_version)"
                              " FROM history WHERE table_name = ?%d AND record_id = ?%d), 0) + 1",
                              index > 1 ? ", " : "", index, index + 1, index + 2, index + 3);
    }
  g_string_append_printf (sql, ") VALUES (%s)", params->str);

  stmt = _mt_store_prepare (batch->store, sql->str, error);
  if (stmt == NULL)
    return 0;

  index = 1;
  if (rowid > 0)
    mt_db_bind_int64 (stmt, index++, rowid);
  for (GList *l = members; l != NULL; l = l->next)
    bind_node (stmt, index++, json_object_get_member (values, l->data));
  if (is_versioned (table))
    {
      _mt_store_bind_text (stmt, index++, mt_store_get_login (batch->store));
      _mt_store_bind_text (stmt, index++, batch->time);
      _mt_store_bind_text (stmt, index++, table);
      mt_db_bind_int64 (stmt, index++, rowid);
    }

  if (mt_db_step (stmt) != MT_DB_DONE)
    {
      mt_db_reset (stmt);
      _mt_store_fail (batch->store, error, _("Could not save the record"));
      return 0;
    }
  mt_db_reset (stmt);

  /* A row put back keeps its id; a new one has the id the database gave it. */
  if (rowid <= 0)
    rowid = mt_db_last_insert_id (batch->store->db);
  if (!_mt_store_refresh_row_keys (batch->store, table, rowid, error))
    return 0;
  new_row = snapshot_row (batch->store, table, rowid, error);
  if (new_row == NULL)
    return 0;
  version = row_version (batch->store, table, rowid, NULL, NULL, error);
  if (version < 0)
    return 0;

  if (!_mt_batch_record (batch, "insert", table, rowid, label, NULL, new_row, version, error))
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
  MtDbStmt     *stmt;
  gint64 version;
  int index = 1;

  g_assert (batch != NULL);
  g_assert (_mt_history_intern_table (table) != NULL);

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
  if (is_versioned (table))
    {
      g_string_append_printf (sql, ", version = version + 1, changed_by = ?%d, changed_at = ?%d",
                              index, index + 1);
      index += 2;
    }
  /* A row whose values are already those is not written: its version stays. */
  g_string_append_printf (sql, " WHERE %s = ?%d AND (", _mt_store_row_key (batch->store), index);
  {
    int column = 1;

    for (GList *l = members; l != NULL; l = l->next, column++)
      g_string_append_printf (sql, "%s\"%s\" IS DISTINCT FROM ?%d", column > 1 ? " OR " : "",
                              (const char *) l->data, column);
    g_string_append_c (sql, ')');
  }

  stmt = _mt_store_prepare (batch->store, sql->str, error);
  if (stmt == NULL)
    return FALSE;

  index = 1;
  for (GList *l = members; l != NULL; l = l->next)
    bind_node (stmt, index++, json_object_get_member (values, l->data));
  if (is_versioned (table))
    {
      _mt_store_bind_text (stmt, index++, mt_store_get_login (batch->store));
      _mt_store_bind_text (stmt, index++, batch->time);
    }
  mt_db_bind_int64 (stmt, index, rowid);

  if (mt_db_step (stmt) != MT_DB_DONE)
    {
      mt_db_reset (stmt);
      return _mt_store_fail (batch->store, error, _("Could not save the record"));
    }
  mt_db_reset (stmt);
  /* (Marking a thousand people departed changes no name: no key to fold again.) */
  for (GList *l = members; l != NULL; l = l->next)
    {
      if (_mt_store_is_key_source (table, l->data))
        {
          if (!_mt_store_refresh_row_keys (batch->store, table, rowid, error))
            return FALSE;
          break;
        }
    }

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

  version = row_version (batch->store, table, rowid, NULL, NULL, error);
  if (version < 0)
    return FALSE;

  return _mt_batch_record (batch, "update", table, rowid, label, old_diff, new_diff, version, error);
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
  MtDbStmt     *stmt;
  gint64 version;

  g_assert (batch != NULL);
  g_assert (_mt_history_intern_table (table) != NULL);

  old_row = snapshot_row (batch->store, table, rowid, error);
  if (old_row == NULL)
    return FALSE;
  version = row_version (batch->store, table, rowid, NULL, NULL, error);
  if (version < 0)
    return FALSE;

  sql = g_strdup_printf ("DELETE FROM \"%s\" WHERE %s = ?1", table,
                         _mt_store_row_key (batch->store));
  stmt = _mt_store_prepare (batch->store, sql, error);
  if (stmt == NULL)
    return FALSE;

  mt_db_bind_int64 (stmt, 1, rowid);
  if (mt_db_step (stmt) != MT_DB_DONE)
    {
      mt_db_reset (stmt);
      return _mt_store_fail (batch->store, error, _("Could not delete the record"));
    }
  mt_db_reset (stmt);

  return _mt_batch_record (batch, "delete", table, rowid, label, old_row, NULL, version, error);
}

/* Set-wise writes */

/* SQL giving the JSON text of the text @expr (null when NULL): quotes and backslashes
 * escaped, as json_to_string() writes them (the dates and codes written set-wise hold no
 * control characters). */
static char *
json_text_sql (const char *expr)
{
  return g_strdup_printf ("CASE WHEN %s IS NULL THEN 'null' ELSE '\"' ||"
                          " REPLACE (REPLACE (%s, '\\', '\\\\'), '\"', '\\\"') || '\"' END",
                          expr, expr);
}

/* Runs @sql, bound: ?1 @param, ?2 .. ?8 the batch's (bind_batch()). */
static gboolean
run_many (MtBatch     *batch,
          const char  *sql,
          const char  *param,
          GError     **error)
{
  MtDbStmt *stmt = _mt_store_prepare (batch->store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  _mt_store_bind_text (stmt, 1, param);
  bind_batch (batch, stmt, 2);
  rc = mt_db_step (stmt);
  mt_db_reset (stmt);
  if (rc != MT_DB_DONE)
    return _mt_store_fail (batch->store, error, _("Could not save the record"));

  return TRUE;
}

gboolean
_mt_batch_update_many (MtBatch     *batch,
                       const char  *table,
                       const char  *column,
                       const char  *value,
                       const char  *join,
                       const char  *where,
                       const char  *param,
                       const char  *order,
                       GError     **error)
{
  g_autofree char *changes = NULL;
  g_autofree char *target = NULL;
  g_autofree char *old_json = NULL;
  g_autofree char *new_json = NULL;
  g_autofree char *record = NULL;
  g_autofree char *update = NULL;
  MtDbStmt *stmt;
  gint64 recorded = -1;

  g_assert (batch != NULL);
  g_assert (_mt_history_intern_table (table) != NULL);
  g_assert (is_versioned (table) && !_mt_store_is_key_source (table, column));

  /* Only the rows it changes, as _mt_batch_update() records them: the column before and
   * after, and the version the write leaves. */
  changes = g_strdup_printf ("FROM \"%s\" AS t%s%s WHERE (%s) AND t.\"%s\" IS DISTINCT FROM (%s)",
                             table, join != NULL ? ", " : "", join != NULL ? join : "", where,
                             column, value);
  target = g_strdup_printf ("t.\"%s\"", column);
  old_json = json_text_sql (target);
  new_json = json_text_sql (value);
  record = g_strdup_printf (
    "INSERT INTO history (batch_id, time, \"user\", action, action_label, step, undo_of, kind,"
    " table_name, record_id, old_values, new_values, record_version)"
    " SELECT CAST (?2 AS BIGINT), CAST (?3 AS TEXT), CAST (?4 AS TEXT), CAST (?5 AS TEXT),"
    " CAST (?6 AS TEXT), CAST (?7 AS TEXT), CAST (?8 AS BIGINT), 'update', '%s', t.id,"
    " '{\"%s\":' || %s || '}', '{\"%s\":' || %s || '}', t.version + 1 %s ORDER BY %s",
    table, column, old_json, column, new_json, changes, order != NULL ? order : "t.id");
  update = g_strdup_printf (
    "UPDATE \"%s\" AS t SET \"%s\" = (%s), version = t.version + 1, changed_by = ?4,"
    " changed_at = ?3%s%s WHERE (%s) AND t.\"%s\" IS DISTINCT FROM (%s)",
    table, column, value, join != NULL ? " FROM " : "", join != NULL ? join : "", where,
    column, value);

  if (!run_many (batch, record, param, error) || !run_many (batch, update, param, error))
    return FALSE;

  /* How many it recorded: every history row of the batch but those counted already. */
  stmt = _mt_store_prepare (batch->store, "SELECT count (*) FROM history WHERE batch_id = ?1",
                            error);
  if (stmt == NULL)
    return FALSE;
  mt_db_bind_int64 (stmt, 1, batch->id);
  if (mt_db_step (stmt) == MT_DB_ROW)
    recorded = mt_db_column_int64 (stmt, 0);
  mt_db_reset (stmt);
  if (recorded < 0)
    return _mt_store_fail (batch->store, error, _("Could not record the change in the history"));
  if ((guint) recorded > batch->n_rows)
    g_hash_table_add (batch->tables, (gpointer) _mt_history_intern_table (table));
  batch->n_rows = recorded;

  return TRUE;
}

/* The column of @json when it is one text column as json_text_sql() writes it: its name
 * (lower-case letters, digits, "_") and a text with no quote or backslash, or null. */
static char *
dup_one_text_column (const char *json)
{
  const char *name, *end, *value;

  if (json == NULL || !g_str_has_prefix (json, "{\"") || strchr (json, '\\') != NULL)
    return NULL;
  name = json + 2;
  for (end = name; g_ascii_islower (*end) || g_ascii_isdigit (*end) || *end == '_'; end++)
    ;
  if (end == name || !g_str_has_prefix (end, "\":"))
    return NULL;
  value = end + 2;
  if (strcmp (value, "null}") != 0 &&
      !(value[0] == '"' && strchr (value + 1, '"') == value + strlen (value) - 2 &&
        g_str_has_suffix (value, "\"}")))
    return NULL;

  return g_strndup (name, end - name);
}

char *
_mt_history_dup_restorable (const char *kind,
                            const char *table,
                            const char *label,
                            gint64      record_version,
                            const char *old_values,
                            const char *new_values)
{
  g_autofree char *column = NULL;
  g_autofree char *after = NULL;

  /* A camp's own row is its camp in the history (row_camps()): not written set-wise. */
  if (strcmp (kind, "update") != 0 || label != NULL || record_version <= 0 ||
      !is_versioned (table) || strcmp (table, "camps") == 0)
    return NULL;
  column = dup_one_text_column (old_values);
  after = dup_one_text_column (new_values);
  if (column == NULL || g_strcmp0 (column, after) != 0 ||
      _mt_store_is_key_source (table, column) || _mt_history_is_bookkeeping (column))
    return NULL;

  return g_steal_pointer (&column);
}

/* Each record's old value, by the history row's id. */
#define RESTORE_TABLE(text) \
  "CREATE TEMP TABLE IF NOT EXISTS mt_restore_values (" \
  "  seq BIGINT PRIMARY KEY, id BIGINT NOT NULL, value " text ")"

gboolean
_mt_batch_restore_many (MtBatch     *batch,
                        const char  *table,
                        const char  *column,
                        gint64       source_id,
                        gint64       first_id,
                        gint64       last_id,
                        GError     **error)
{
  MtStore *self = batch->store;
  g_autofree char *null_json = g_strdup_printf ("{\"%s\":null}", column);
  g_autofree char *sql = NULL;
  MtDbStmt *stmt;
  int rc;
  int prefix = strlen (column) + 4;   /* {"column": */

  g_assert (batch != NULL);
  g_assert (_mt_history_intern_table (table) != NULL);

  if (mt_db_exec (self->db, mt_db_kind (self->db) == MT_DB_POSTGRES
                              ? RESTORE_TABLE ("TEXT COLLATE \"C\"") : RESTORE_TABLE ("TEXT"))
        != MT_DB_OK ||
      mt_db_exec (self->db, "DELETE FROM mt_restore_values") != MT_DB_OK)
    return _mt_store_fail (self, error, _("Could not save the record"));

  /* The old values as the history holds them, read there: {"column":"text"} -> text. */
  sql = g_strdup_printf ("INSERT INTO mt_restore_values (seq, id, value)"
                         " SELECT id, record_id, CASE WHEN old_values = '%s' THEN NULL"
                         " ELSE substr (old_values, %d, length (old_values) - %d) END"
                         " FROM history WHERE batch_id = ?1 AND id BETWEEN ?2 AND ?3",
                         null_json, prefix + 2, prefix + 3);
  stmt = _mt_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  mt_db_bind_int64 (stmt, 1, source_id);
  mt_db_bind_int64 (stmt, 2, first_id);
  mt_db_bind_int64 (stmt, 3, last_id);
  rc = mt_db_step (stmt);
  if (rc != MT_DB_DONE)
    _mt_store_fail (self, error, _("Could not save the record"));
  mt_db_reset (stmt);
  if (rc != MT_DB_DONE)
    return FALSE;

  return _mt_batch_update_many (batch, table, column, "m.value", "mt_restore_values AS m",
                                "t.id = m.id", NULL, "m.seq DESC", error);
}
