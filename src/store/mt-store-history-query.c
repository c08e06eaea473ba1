/* mt-store-history-query.c: reading the history back.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-store-history"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mt-history-entry.h"
#include "mt-store-edit-private.h"

/* Column names as the user knows them; others show as stored. */
static const struct {
  const char *column;
  const char *label;
} column_labels[] = {
  { "name", N_("name") },
  { "region", N_("region") },
  { "latitude", N_("latitude") },
  { "longitude", N_("longitude") },
  { "kind", N_("kind") },
  { "planned_closure", N_("planned closure") },
  { "handover_date", N_("handover date") },
  { "handed_over_to", N_("handed over to") },
  { "env_status", N_("environmental assessment") },
  { "env_date", N_("assessment date") },
  { "env_findings", N_("findings") },
  { "env_remediation", N_("remediation") },
  { "notes", N_("notes") },
  { "note", N_("note") },
  { "status", N_("status") },
  { "date", N_("date") },
  { "camp_id", N_("camp") },
  { "category", N_("category") },
  { "contingent", N_("contributing country") },
  { "count", N_("count") },
  { "from_camp_id", N_("from") },
  { "to_camp_id", N_("to") },
  { "planned_departure", N_("planned departure") },
  { "planned_arrival", N_("planned arrival") },
  { "departed", N_("departure") },
  { "arrived", N_("arrival") },
  { "personnel", N_("personnel") },
  { "vehicles", N_("vehicles") },
  { "tag", N_("tag") },
  { "description", N_("description") },
  { "owner", N_("owner") },
  { "quantity", N_("quantity") },
  { "value", N_("value") },
  { "decision", N_("decision") },
  { "decision_date", N_("decision date") },
  { "title", N_("title") },
  { "title_fr", N_("French title") },
  { "departure_date", N_("departure date") },
  { "person_id", N_("person") },
  { "convoy_id", N_("convoy") },
};

static const char *
column_label (const char *column)
{
  for (guint i = 0; i < G_N_ELEMENTS (column_labels); i++)
    if (strcmp (column_labels[i].column, column) == 0)
      return _(column_labels[i].label);

  return column;
}

static char *
node_text (JsonNode *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return g_strdup ("—");

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
    case G_TYPE_DOUBLE:
      {
        char buffer[G_ASCII_DTOSTR_BUF_SIZE];

        return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%g", json_node_get_double (node)));
      }
    case G_TYPE_BOOLEAN:
      return g_strdup (json_node_get_boolean (node) ? "1" : "0");
    default:
      return g_strdup (json_node_get_string (node));
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

/* "status: operational → closed; date: — → 2023-10-16" for an update, the values for an
 * insert or a delete. */
static char *
summarize (const char *kind,
           const char *old_json,
           const char *new_json)
{
  g_autoptr(JsonObject) old_values = parse_object (old_json);
  g_autoptr(JsonObject) new_values = parse_object (new_json);
  g_autoptr(GString) text = g_string_new (NULL);
  JsonObject *shown = new_values != NULL ? new_values : old_values;
  g_autoptr(GList) members = NULL;

  if (shown == NULL)
    return g_strdup ("");

  members = json_object_get_members (shown);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *column = l->data;
      g_autofree char *after = node_text (json_object_get_member (shown, column));

      if (strcmp (kind, "update") != 0 && JSON_NODE_HOLDS_NULL (json_object_get_member (shown, column)))
        continue;

      if (text->len > 0)
        g_string_append (text, "; ");

      if (strcmp (kind, "update") == 0 && old_values != NULL)
        {
          g_autofree char *before = node_text (json_object_get_member (old_values, column));

          g_string_append_printf (text, "%s: %s → %s", column_label (column), before, after);
        }
      else
        g_string_append_printf (text, "%s: %s", column_label (column), after);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
describe_batch (const char *action,
                const char *label,
                const char *step)
{
  g_autofree char *description = _mt_history_describe (action, label);

  /* Translators: %s is a change, e.g. "Change of Status of Kidal" */
  if (g_strcmp0 (step, "undo") == 0)
    return g_strdup_printf (_("Undo %s"), description);
  /* Translators: %s is a change, e.g. "Change of Status of Kidal" */
  if (g_strcmp0 (step, "redo") == 0)
    return g_strdup_printf (_("Redo %s"), description);

  return g_steal_pointer (&description);
}

/* Public API */

GPtrArray *
mt_store_list_history (MtStore  *self,
                       gint64    camp_id,
                       guint     limit,
                       GError  **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  MtDbStmt     *stmt;
  int rc;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

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
      const char *kind = _mt_store_column_text (stmt, 5);
      g_autofree char *action = describe_batch (_mt_store_column_text (stmt, 9),
                                                _mt_store_column_text (stmt, 10),
                                                _mt_store_column_text (stmt, 11));
      g_autofree char *summary = summarize (kind, _mt_store_column_text (stmt, 12),
                                            _mt_store_column_text (stmt, 13));

      g_ptr_array_add (entries,
                       g_object_new (MT_TYPE_HISTORY_ENTRY,
                                     "id", (gint64) mt_db_column_int64 (stmt, 0),
                                     "batch-id", (gint64) mt_db_column_int64 (stmt, 1),
                                     "camp-id", (gint64) mt_db_column_int64 (stmt, 2),
                                     "time", _mt_store_column_text (stmt, 3),
                                     "user", _mt_store_column_text (stmt, 4),
                                     "kind", kind,
                                     "table", _mt_store_column_text (stmt, 6),
                                     "record-id", (gint64) mt_db_column_int64 (stmt, 7),
                                     "record-label", _mt_store_column_text (stmt, 8),
                                     "action", action,
                                     "summary", summary,
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

  return g_steal_pointer (&entries);
}
