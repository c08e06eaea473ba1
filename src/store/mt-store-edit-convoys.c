/* mt-store-edit-convoys.c: creating, changing and deleting convoys and their passengers.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Apart from the other records (mt-store-edit-records.c) because a convoy is more than
 * its row: saving it rewrites its convoy_personnel links and, once it has arrived, the
 * camp of everyone it carried, all in the same batch so one undo takes it all back.
 */

#define G_LOG_DOMAIN "mt-store-edit"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mt-store-edit-records-private.h"

/* Convoys */

gboolean
mt_store_validate_convoy (MtStore               *self,
                          gint64                 convoy_id,
                          const MtConvoyFields  *fields,
                          char                 **out_field,
                          GError               **error)
{
  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);

  if (!_mt_store_check_open (self, error))
    return FALSE;

  if (convoy_id != 0 && !_mt_edit_row_exists (self, "convoys", convoy_id))
    return _mt_edit_fail (out_field, error, "from_camp_id", _("This convoy no longer exists"));
  if (!_mt_edit_camp_exists (self, fields->from_camp_id))
    return _mt_edit_fail (out_field, error, "from_camp_id", _("From: choose the camp the convoy leaves"));
  if (!_mt_edit_camp_exists (self, fields->to_camp_id))
    return _mt_edit_fail (out_field, error, "to_camp_id", _("To: choose the camp the convoy goes to"));
  if (fields->from_camp_id == fields->to_camp_id)
    return _mt_edit_fail (out_field, error, "to_camp_id",
                          _("To: a convoy cannot go from a camp to the same camp"));

  if (!_mt_edit_check_date (self, fields->planned_departure, FALSE, "planned_departure",
                            _("Planned departure"), out_field, error) ||
      !_mt_edit_check_date (self, fields->planned_arrival, FALSE, "planned_arrival",
                            _("Planned arrival"), out_field, error) ||
      !_mt_edit_check_date (self, fields->departed, fields->status == MT_CONVOY_STATUS_UNDER_WAY ||
                                                    fields->status == MT_CONVOY_STATUS_ARRIVED,
                            "departed", _("Departure"), out_field, error) ||
      !_mt_edit_check_date (self, fields->arrived, fields->status == MT_CONVOY_STATUS_ARRIVED,
                            "arrived", _("Arrival"), out_field, error))
    return FALSE;

  if (!_mt_edit_is_blank (fields->planned_arrival) && !_mt_edit_is_blank (fields->planned_departure) &&
      g_strcmp0 (fields->planned_arrival, fields->planned_departure) < 0)
    return _mt_edit_fail (out_field, error, "planned_arrival",
                          _("Planned arrival cannot be before the planned departure"));
  if (!_mt_edit_is_blank (fields->arrived) && _mt_edit_is_blank (fields->departed))
    return _mt_edit_fail (out_field, error, "departed",
                          _("Departure: a convoy that arrived must have a departure date"));
  if (!_mt_edit_is_blank (fields->arrived) && g_strcmp0 (fields->arrived, fields->departed) < 0)
    return _mt_edit_fail (out_field, error, "arrived",
                          _("Arrival cannot be before the departure"));
  if (fields->status >= MT_CONVOY_N_STATUSES)
    return _mt_edit_fail (out_field, error, "status", _("Status: unknown status"));

  if (!_mt_edit_check_count (fields->personnel, TRUE, "personnel", _("Personnel"), out_field, error) ||
      !_mt_edit_check_count (fields->vehicles, TRUE, "vehicles", _("Vehicles"), out_field, error))
    return FALSE;

  for (guint i = 0; fields->person_ids != NULL && i < fields->n_person_ids; i++)
    if (!_mt_edit_row_exists (self, "personnel", fields->person_ids[i]))
      return _mt_edit_fail (out_field, error, "person_ids",
                            _("Personnel: someone on the list is no longer on the roster"));

  return TRUE;
}

static JsonObject *
convoy_values (const MtConvoyFields *fields)
{
  JsonObject *values = json_object_new ();

  _mt_json_set_id (values, "from_camp_id", fields->from_camp_id);
  _mt_json_set_id (values, "to_camp_id", fields->to_camp_id);
  _mt_json_set_text (values, "planned_departure", fields->planned_departure);
  _mt_json_set_text (values, "planned_arrival", fields->planned_arrival);
  _mt_json_set_text (values, "departed", fields->departed);
  _mt_json_set_text (values, "arrived", fields->arrived);
  if (fields->personnel >= 0)
    _mt_json_set_int (values, "personnel", fields->personnel);
  else
    json_object_set_null_member (values, "personnel");
  if (fields->vehicles >= 0)
    _mt_json_set_int (values, "vehicles", fields->vehicles);
  else
    json_object_set_null_member (values, "vehicles");
  _mt_json_set_text (values, "status", mt_convoy_status_to_key (fields->status));
  _mt_json_set_text (values, "note", fields->note);

  return values;
}

static char *
convoy_label (MtStore *self,
              gint64   from_camp_id,
              gint64   to_camp_id)
{
  g_autofree char *from = _mt_edit_dup_camp_name (self, from_camp_id);
  g_autofree char *to = _mt_edit_dup_camp_name (self, to_camp_id);

  return g_strdup_printf ("%s → %s", from != NULL ? from : "?", to != NULL ? to : "?");
}

static gint64
link_id (MtStore *self,
         gint64   convoy_id,
         gint64   person_id)
{
  MtDbStmt     *stmt;
  gint64 id = 0;

  stmt = _mt_store_prepare (self,
                            "SELECT id FROM convoy_personnel WHERE convoy_id = ?1 AND person_id = ?2",
                            NULL);
  if (stmt == NULL)
    return 0;

  mt_db_bind_int64 (stmt, 1, convoy_id);
  mt_db_bind_int64 (stmt, 2, person_id);
  if (mt_db_step (stmt) == MT_DB_ROW)
    id = mt_db_column_int64 (stmt, 0);
  mt_db_reset (stmt);

  return id;
}

/* The rule for arrivals: everyone the convoy carries is now at its destination. Runs
 * whenever the saved convoy is "arrived", so a person added to an arrived convoy moves too. */
static gboolean
write_convoy_people (MtBatch               *batch,
                     MtStore               *self,
                     gint64                 convoy_id,
                     const MtConvoyFields  *fields,
                     const char            *label,
                     GError               **error)
{
  g_autoptr(GArray) current = mt_store_list_convoy_personnel (self, convoy_id, error);
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) carried = NULL;

  if (current == NULL)
    return FALSE;

  if (fields->person_ids != NULL)
    {
      g_autoptr(GHashTable) have = g_hash_table_new (g_int64_hash, g_int64_equal);

      for (guint i = 0; i < fields->n_person_ids; i++)
        g_hash_table_add (wanted, (gpointer) &fields->person_ids[i]);
      for (guint i = 0; i < current->len; i++)
        g_hash_table_add (have, &g_array_index (current, gint64, i));

      /* Remove those no longer listed, then add the new ones. */
      for (guint i = 0; i < current->len; i++)
        {
          gint64 person = g_array_index (current, gint64, i);

          if (g_hash_table_contains (wanted, &person))
            continue;
          if (!_mt_batch_delete (batch, "convoy_personnel", link_id (self, convoy_id, person),
                                 label, error))
            return FALSE;
        }
      for (guint i = 0; i < fields->n_person_ids; i++)
        {
          g_autoptr(JsonObject) link = NULL;

          if (g_hash_table_contains (have, &fields->person_ids[i]))
            continue;
          link = json_object_new ();
          _mt_json_set_int (link, "convoy_id", convoy_id);
          _mt_json_set_int (link, "person_id", fields->person_ids[i]);
          g_hash_table_add (have, (gpointer) &fields->person_ids[i]);
          if (_mt_batch_insert (batch, "convoy_personnel", 0, link, label, error) == 0)
            return FALSE;
        }
    }

  if (fields->status != MT_CONVOY_STATUS_ARRIVED)
    return TRUE;

  carried = mt_store_list_convoy_personnel (self, convoy_id, error);
  if (carried == NULL)
    return FALSE;

  for (guint i = 0; i < carried->len; i++)
    {
      g_autoptr(JsonObject) values = json_object_new ();

      _mt_json_set_int (values, "camp_id", fields->to_camp_id);
      if (!_mt_batch_update (batch, "personnel", g_array_index (carried, gint64, i), values,
                             label, error))
        return FALSE;
    }

  return TRUE;
}

static gint64
save_convoy (MtStore               *self,
             gint64                 convoy_id,
             const MtConvoyFields  *fields,
             GError               **error)
{
  g_autoptr(JsonObject) values = NULL;
  g_autofree char *label = NULL;
  MtBatch *batch;
  gboolean ok;

  if (!mt_store_validate_convoy (self, convoy_id, fields, NULL, error))
    return 0;

  values = convoy_values (fields);
  label = convoy_label (self, fields->from_camp_id, fields->to_camp_id);

  batch = _mt_batch_begin (self, convoy_id == 0 ? "convoy-create" : "convoy-update", label, error);
  if (batch == NULL)
    return 0;

  if (convoy_id == 0)
    ok = (convoy_id = _mt_batch_insert (batch, "convoys", 0, values, label, error)) != 0;
  else
    ok = _mt_batch_check_version (batch, "convoys", convoy_id, fields->version, label, error) &&
         _mt_batch_update (batch, "convoys", convoy_id, values, label, error);

  if (!ok || !write_convoy_people (batch, self, convoy_id, fields, label, error))
    {
      _mt_batch_abort (batch);
      return 0;
    }

  return _mt_batch_commit (batch, error) ? convoy_id : 0;
}

gint64
mt_store_create_convoy (MtStore               *self,
                        const MtConvoyFields  *fields,
                        GError               **error)
{
  g_return_val_if_fail (MT_IS_STORE (self), 0);
  g_return_val_if_fail (fields != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  return save_convoy (self, 0, fields, error);
}

gboolean
mt_store_update_convoy (MtStore               *self,
                        gint64                 convoy_id,
                        const MtConvoyFields  *fields,
                        GError               **error)
{
  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);
  g_return_val_if_fail (convoy_id > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return save_convoy (self, convoy_id, fields, error) != 0;
}

gboolean
mt_store_delete_convoy (MtStore  *self,
                        gint64    convoy_id,
                        GError  **error)
{
  g_autofree char *label = NULL;
  g_autoptr(GArray) links = NULL;
  MtBatch *batch;

  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_mt_edit_row_exists (self, "convoys", convoy_id))
    {
      g_set_error_literal (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND,
                           _("This convoy no longer exists"));
      return FALSE;
    }

  label = _mt_edit_dup_text (self,
                             "SELECT f.name || ' → ' || t.name FROM convoys v"
                             " JOIN camps f ON f.id = v.from_camp_id JOIN camps t ON t.id = v.to_camp_id"
                             " WHERE v.id = ?1",
                             convoy_id);

  batch = _mt_batch_begin (self, "convoy-delete", label, error);
  if (batch == NULL)
    return FALSE;

  /* The links first and one by one, so undo brings them back. People keep the camp the
   * convoy took them to: they did travel. */
  {
    MtDbStmt     *stmt = _mt_store_prepare (self, "SELECT id FROM convoy_personnel WHERE convoy_id = ?1"
                                                  " ORDER BY id", error);

    links = g_array_new (FALSE, FALSE, sizeof (gint64));
    if (stmt != NULL)
      {
        mt_db_bind_int64 (stmt, 1, convoy_id);
        while (mt_db_step (stmt) == MT_DB_ROW)
          {
            gint64 id = mt_db_column_int64 (stmt, 0);
            g_array_append_val (links, id);
          }
        mt_db_reset (stmt);
      }
  }

  for (guint i = 0; i < links->len; i++)
    if (!_mt_batch_delete (batch, "convoy_personnel", g_array_index (links, gint64, i), label, error))
      {
        _mt_batch_abort (batch);
        return FALSE;
      }

  if (!_mt_batch_delete (batch, "convoys", convoy_id, label, error))
    {
      _mt_batch_abort (batch);
      return FALSE;
    }

  return _mt_batch_commit (batch, error);
}

GArray *
mt_store_list_convoy_personnel (MtStore  *self,
                                gint64    convoy_id,
                                GError  **error)
{
  GArray *ids;
  MtDbStmt     *stmt;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);

  stmt = _mt_store_prepare (self,
                            "SELECT person_id FROM convoy_personnel WHERE convoy_id = ?1 ORDER BY id",
                            error);
  if (stmt == NULL)
    return NULL;

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  mt_db_bind_int64 (stmt, 1, convoy_id);
  while (mt_db_step (stmt) == MT_DB_ROW)
    {
      gint64 id = mt_db_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  mt_db_reset (stmt);

  return ids;
}
