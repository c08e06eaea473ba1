/* mt-store-history-query.c: reading the history back, as data: the keys, codes and ids it
 * keeps, with the names of those ids (mt-history-names.h); mt-history-format.h words them.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-store-history"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mt-history-entry.h"
#include "mt-history-names.h"
#include "mt-store-edit-private.h"

/* The values the history keeps as JSON, handed over as data: (column, before, after) for
 * each column, nothing where a value is missing (an insert has no before). */
static GVariant *
node_variant (JsonNode *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node) || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      return g_variant_new_int64 (json_node_get_int (node));
    case G_TYPE_DOUBLE:
      return g_variant_new_double (json_node_get_double (node));
    case G_TYPE_BOOLEAN:
      return g_variant_new_boolean (json_node_get_boolean (node));
    default:
      return g_variant_new_string (json_node_get_string (node));
    }
}

static JsonObject *
parse_object (const char *json)
{
  g_autoptr(JsonNode) node = NULL;

  if (json == NULL)
    return NULL;

  node = json_from_string (json, NULL);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;

  return json_object_ref (json_node_get_object (node));
}

static JsonNode *
member (JsonObject *object,
        const char *name)
{
  return object != NULL ? json_object_get_member (object, name) : NULL;
}

static GVariant *
changes_variant (const char *old_json,
                 const char *new_json)
{
  g_autoptr(JsonObject) old_values = parse_object (old_json);
  g_autoptr(JsonObject) new_values = parse_object (new_json);
  g_autoptr(GList) columns = json_object_get_members (new_values != NULL ? new_values : old_values);
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(smvmv)"));
  if (old_values == NULL && new_values == NULL)
    return g_variant_builder_end (&builder);

  for (GList *l = columns; l != NULL; l = l->next)
    {
      GVariant *before = node_variant (member (old_values, l->data));
      GVariant *after = node_variant (member (new_values, l->data));

      g_variant_builder_add (&builder, "(smvmv)", l->data, before, after);
    }

  return g_variant_builder_end (&builder);
}

/* Names */

static void
add_camp_name (MtDbStmt *stmt,
               gpointer  names)
{
  /* The camps now in the database were read first: a deleted one's old name never hides
   * them. */
  mt_history_names_set_camp (names, mt_db_column_int64 (stmt, 0),
                             _mt_store_column_text (stmt, 1), FALSE);
}

static void
add_category_name (MtDbStmt *stmt,
                   gpointer  names)
{
  mt_history_names_set_category (names, _mt_store_column_text (stmt, 0),
                                 _mt_store_localize (_mt_store_column_text (stmt, 1),
                                                     _mt_store_column_text (stmt, 2)));
}

static gboolean
read_names (MtStore        *self,
            const char     *sql,
            MtStoreStmtFunc func,
            MtHistoryNames *names,
            GError        **error)
{
  MtDbStmt *stmt = _mt_store_prepare (self, sql, error);

  return stmt != NULL &&
         _mt_store_each_row (self, stmt, func, names, _("Could not read the history"), error);
}

/* The person a convoy link (a convoy_personnel row) names, or 0. */
static gint64
linked_person (MtHistoryEntry *entry)
{
  GVariantIter iter;
  const char *column;
  GVariant *before, *after;

  if (g_strcmp0 (mt_history_entry_get_table (entry), "convoy_personnel") != 0)
    return 0;

  g_variant_iter_init (&iter, mt_history_entry_get_changes (entry));
  while (g_variant_iter_next (&iter, "(&smvmv)", &column, &before, &after))
    {
      g_autoptr(GVariant) old_id = before;
      g_autoptr(GVariant) new_id = after;
      GVariant *id = new_id != NULL ? new_id : old_id;

      if (strcmp (column, "person_id") == 0 && id != NULL &&
          g_variant_is_of_type (id, G_VARIANT_TYPE_INT64))
        return g_variant_get_int64 (id);
    }

  return 0;
}

/* The people the convoy links of @entries name, as the departures' history names them. */
static gboolean
read_people (MtStore        *self,
             GPtrArray      *entries,
             MtHistoryNames *names,
             GError        **error)
{
  for (guint i = 0; i < entries->len; i++)
    {
      gint64 person_id = linked_person (g_ptr_array_index (entries, i));
      MtDbStmt *stmt;

      if (person_id == 0 || mt_history_names_get_person (names, person_id) != NULL)
        continue;

      stmt = _mt_store_prepare (self,
                                "SELECT personnel_id || ' ' || COALESCE (family_name, '')"
                                " FROM personnel WHERE id = ?1",
                                error);
      if (stmt == NULL)
        return FALSE;
      mt_db_bind_int64 (stmt, 1, person_id);
      if (mt_db_step (stmt) == MT_DB_ROW)
        mt_history_names_set_person (names, person_id, _mt_store_column_text (stmt, 0));
      mt_db_reset (stmt);
    }

  return TRUE;
}

/* Private API */

MtHistoryNames *
_mt_history_dup_names (MtStore  *self,
                       GError  **error)
{
  g_autoptr(MtHistoryNames) names = mt_history_names_new ();

  if (!read_names (self, "SELECT id, name FROM camps", add_camp_name, names, error) ||
      !read_names (self,
                   "SELECT record_id, record_label FROM history"
                   " WHERE table_name = 'camps' AND kind = 'delete' ORDER BY id DESC",
                   add_camp_name, names, error) ||
      !read_names (self, "SELECT code, name, name_fr FROM categories", add_category_name, names,
                   error))
    return NULL;

  return g_steal_pointer (&names);
}

/* Public API */

GPtrArray *
mt_store_list_history (MtStore  *self,
                       gint64    camp_id,
                       guint     limit,
                       GError  **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(MtHistoryNames) names = NULL;
  MtDbStmt     *stmt;
  int rc;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  names = _mt_history_dup_names (self, error);
  if (names == NULL)
    return NULL;

  stmt = _mt_store_prepare (self,
                            "SELECT id, batch_id, camp_id, time, \"user\", kind, table_name, record_id,"
                            " record_label, action, action_label, step, old_values, new_values"
                            " FROM history"
                            " WHERE ?1 = 0 OR camp_id = ?1 OR other_camp_id = ?1"
                            " ORDER BY id DESC LIMIT ?2",
                            error);
  if (stmt == NULL)
    return NULL;

  mt_db_bind_int64 (stmt, 1, camp_id);
  mt_db_bind_int64 (stmt, 2, limit > 0 ? (gint64) limit : G_MAXINT64);
  while ((rc = mt_db_step (stmt)) == MT_DB_ROW)
    {
      g_ptr_array_add (entries,
                       g_object_new (MT_TYPE_HISTORY_ENTRY,
                                     "id", (gint64) mt_db_column_int64 (stmt, 0),
                                     "batch-id", (gint64) mt_db_column_int64 (stmt, 1),
                                     "camp-id", (gint64) mt_db_column_int64 (stmt, 2),
                                     "time", _mt_store_column_text (stmt, 3),
                                     "user", _mt_store_column_text (stmt, 4),
                                     "kind", _mt_store_column_text (stmt, 5),
                                     "table", _mt_store_column_text (stmt, 6),
                                     "record-id", (gint64) mt_db_column_int64 (stmt, 7),
                                     "record-label", _mt_store_column_text (stmt, 8),
                                     "action-key", _mt_store_column_text (stmt, 9),
                                     "action-label", _mt_store_column_text (stmt, 10),
                                     "step", _mt_store_column_text (stmt, 11),
                                     "changes", changes_variant (_mt_store_column_text (stmt, 12),
                                                                 _mt_store_column_text (stmt, 13)),
                                     "names", names,
                                     "old-values", _mt_store_column_text (stmt, 12),
                                     "new-values", _mt_store_column_text (stmt, 13),
                                     NULL));
    }
  mt_db_reset (stmt);

  if (rc != MT_DB_DONE)
    {
      _mt_store_fail (self, error, _("Could not read the history"));
      return NULL;
    }

  /* Known once the entries are: only the people they name are looked up. */
  if (!read_people (self, entries, names, error))
    return NULL;

  return g_steal_pointer (&entries);
}
