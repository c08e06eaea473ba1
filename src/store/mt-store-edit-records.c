/* mt-store-edit-records.c: movements, departures and events.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Convoys, which also move the people they carry, are in mt-store-edit-convoys.c; the
 * helpers both files use are declared in mt-store-edit-records-private.h.
 */

#define G_LOG_DOMAIN "mt-store-edit"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "mt-date.h"
#include "mt-history-format.h"
#include "mt-store-edit-records-private.h"

/* Helpers */

static gboolean
category_exists (MtStore    *self,
                 const char *code)
{
  return code != NULL &&
         _mt_store_row_found (self, "SELECT 1 FROM categories WHERE code = ?1", 0, code);
}

gboolean
_mt_edit_row_exists (MtStore    *self,
                     const char *table,
                     gint64      id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT 1 FROM \"%s\" WHERE %s = ?1", table,
                                          _mt_store_row_key (self));

  return _mt_store_row_found (self, sql, id, NULL);
}

/* One text column of one row, for labels. */
char *
_mt_edit_dup_text (MtStore    *self,
                   const char *sql,
                   gint64      id)
{
  MtDbStmt     *stmt;
  char *text = NULL;

  stmt = _mt_store_prepare (self, sql, NULL);
  if (stmt == NULL)
    return NULL;

  mt_db_bind_int64 (stmt, 1, id);
  if (mt_db_step (stmt) == MT_DB_ROW)
    text = g_strdup (_mt_store_column_text (stmt, 0));
  mt_db_reset (stmt);

  return text;
}

gint64
_mt_edit_write_row (MtStore     *self,
                    const char  *action,
                    const char  *table,
                    gint64       id,
                    gint64       version,
                    JsonObject  *values,
                    const char  *label,
                    GError     **error)
{
  MtBatch *batch;
  gboolean ok;

  /* Checked before the batch starts: the record was picked in a list and may have gone. */
  if (id != 0 && !_mt_edit_row_exists (self, table, id))
    {
      g_set_error_literal (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND,
                           _("The record was not found; it may have been deleted meanwhile"));
      return 0;
    }

  batch = _mt_batch_begin (self, action, label, error);
  if (batch == NULL)
    return 0;

  if (id == 0)
    ok = (id = _mt_batch_insert (batch, table, 0, values, label, error)) != 0;
  else if (!_mt_batch_check_version (batch, table, id, version, label, error))
    ok = FALSE;
  else if (values != NULL)
    ok = _mt_batch_update (batch, table, id, values, label, error);
  else
    ok = _mt_batch_delete (batch, table, id, label, error);

  if (!ok)
    {
      _mt_batch_abort (batch);
      return 0;
    }

  return _mt_batch_commit (batch, error) ? id : 0;
}

gboolean
_mt_edit_check_count (gint64       value,
                      gboolean     unknown_allowed,
                      const char  *field,
                      const char  *label,
                      char       **out_field,
                      GError     **error)
{
  if (value >= 0 || (unknown_allowed && value == -1))
    return TRUE;

  /* Translators: %s is a field name, e.g. "Count" */
  return _mt_edit_fail (out_field, error, field, _("%s cannot be negative"), label);
}

/* Movements and events share a required date and an optional camp (0: the whole mission). */
static gboolean
check_dated_at_camp (MtStore     *self,
                     const char  *date,
                     gint64       camp_id,
                     char       **out_field,
                     GError     **error)
{
  if (!_mt_edit_check_date (self, date, TRUE, "date", _("Date"), out_field, error))
    return FALSE;
  if (camp_id != 0 && !_mt_edit_camp_exists (self, camp_id))
    return _mt_edit_fail (out_field, error, "camp_id", _("Camp: this camp no longer exists"));

  return TRUE;
}

/* Movements */

gboolean
mt_store_validate_movement (MtStore                 *self,
                            const MtMovementFields  *fields,
                            char                   **out_field,
                            GError                 **error)
{
  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);

  if (!_mt_store_check_open (self, error))
    return FALSE;

  if (!check_dated_at_camp (self, fields->date, fields->camp_id, out_field, error))
    return FALSE;
  if (!category_exists (self, fields->category))
    return _mt_edit_fail (out_field, error, "category", _("Category: choose a personnel category"));

  return _mt_edit_check_count (fields->count, FALSE, "count", _("Count"), out_field, error);
}

static JsonObject *
movement_values (const MtMovementFields *fields)
{
  JsonObject *values = json_object_new ();

  _mt_json_set_text (values, "date", fields->date);
  _mt_json_set_id (values, "camp_id", fields->camp_id);
  _mt_json_set_text (values, "category", fields->category);
  _mt_json_set_text (values, "contingent", fields->contingent);
  _mt_json_set_int (values, "count", fields->count);
  _mt_json_set_text (values, "note", fields->note);
  _mt_json_set_int (values, "planned", fields->planned ? 1 : 0);

  return values;
}

/* Worded when read, in the reader's language: "20 Sep 2023, Mopti, 116 troops (contingent
 * members)" (mt-history-format.h). */
static char *
movement_label (MtStore                *self,
                const MtMovementFields *fields)
{
  g_autofree char *camp = fields->camp_id != 0 ? _mt_edit_dup_camp_name (self, fields->camp_id) : NULL;

  return mt_history_label_new (fields->date, fields->camp_id, camp, fields->category,
                               fields->count);
}

/* The label of movement @movement_id as it is now, or NULL when it has gone. */
static char *
stored_movement_label (MtStore *self,
                       gint64   movement_id)
{
  MtMovementFields fields = { 0, };
  g_autofree char *date = NULL;
  g_autofree char *category = NULL;
  MtDbStmt *stmt;
  gboolean found;

  stmt = _mt_store_prepare (self, "SELECT date, camp_id, category, count FROM movements"
                            " WHERE id = ?1", NULL);
  if (stmt == NULL)
    return NULL;

  mt_db_bind_int64 (stmt, 1, movement_id);
  found = mt_db_step (stmt) == MT_DB_ROW;
  if (found)
    {
      fields.date = date = g_strdup (_mt_store_column_text (stmt, 0));
      fields.camp_id = mt_db_column_int64 (stmt, 1);
      fields.category = category = g_strdup (_mt_store_column_text (stmt, 2));
      fields.count = mt_db_column_int64 (stmt, 3);
    }
  mt_db_reset (stmt);

  return found ? movement_label (self, &fields) : NULL;
}

gint64
mt_store_create_movement (MtStore                 *self,
                          const MtMovementFields  *fields,
                          GError                 **error)
{
  g_autoptr(JsonObject) values = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (MT_IS_STORE (self), 0);
  g_return_val_if_fail (fields != NULL, 0);

  if (!mt_store_validate_movement (self, fields, NULL, error))
    return 0;

  values = movement_values (fields);
  label = movement_label (self, fields);

  return _mt_edit_write_row (self, "movement-create", "movements", 0, 0, values, label, error);
}

gboolean
mt_store_update_movement (MtStore                 *self,
                          gint64                   movement_id,
                          const MtMovementFields  *fields,
                          GError                 **error)
{
  g_autoptr(JsonObject) values = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);
  g_return_val_if_fail (movement_id > 0, FALSE);

  if (!mt_store_validate_movement (self, fields, NULL, error))
    return FALSE;

  values = movement_values (fields);
  label = movement_label (self, fields);

  return _mt_edit_write_row (self, "movement-update", "movements", movement_id,
                             fields->version, values, label,
                             error) != 0;
}

gboolean
mt_store_delete_movement (MtStore  *self,
                          gint64    movement_id,
                          GError  **error)
{
  g_autofree char *label = NULL;

  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (movement_id > 0, FALSE);

  label = stored_movement_label (self, movement_id);

  return _mt_edit_write_row (self, "movement-delete", "movements", movement_id, 0, NULL, label,
                             error) != 0;
}

/* Roster departures */

gboolean
mt_store_mark_departed (MtStore      *self,
                        const gint64 *ids,
                        guint         n_ids,
                        const char   *date,
                        GError      **error)
{
  g_autofree char *label = NULL;
  MtBatch *batch;

  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (ids != NULL || n_ids == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (date != NULL && date[0] != '\0' &&
      !_mt_edit_check_date (self, date, TRUE, "date", _("Departure date"), NULL, error))
    return FALSE;

  if (n_ids == 0)
    return TRUE;

  /* "4 people", in the reader's language. */
  label = mt_history_label_new (NULL, -1, NULL, NULL, n_ids);

  batch = _mt_batch_begin (self, "departures", label, error);
  if (batch == NULL)
    return FALSE;

  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(JsonObject) values = json_object_new ();
      g_autofree char *who = _mt_edit_dup_text (self,
                                                "SELECT personnel_id || ' ' || COALESCE (family_name, '')"
                                                " FROM personnel WHERE id = ?1",
                                                ids[i]);

      _mt_json_set_text (values, "departure_date", date);
      if (!_mt_batch_update (batch, "personnel", ids[i], values, who, error))
        {
          _mt_batch_abort (batch);
          return FALSE;
        }
    }

  return _mt_batch_commit (batch, error);
}

/* Events */

gboolean
mt_store_validate_event (MtStore              *self,
                         const MtEventFields  *fields,
                         char                **out_field,
                         GError              **error)
{
  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);

  if (!_mt_store_check_open (self, error))
    return FALSE;

  if (!check_dated_at_camp (self, fields->date, fields->camp_id, out_field, error))
    return FALSE;
  if (_mt_edit_is_blank (fields->title))
    return _mt_edit_fail (out_field, error, "title", _("Title: say what happened"));

  return TRUE;
}

static JsonObject *
event_values (const MtEventFields *fields)
{
  JsonObject *values = json_object_new ();

  _mt_json_set_id (values, "camp_id", fields->camp_id);
  _mt_json_set_text (values, "date", fields->date);
  _mt_json_set_text (values, "kind", fields->kind != NULL ? fields->kind : "note");
  _mt_json_set_text (values, "title", fields->title);
  _mt_json_set_text (values, "title_fr", fields->title_fr);

  return values;
}

gint64
mt_store_create_event (MtStore              *self,
                       const MtEventFields  *fields,
                       GError              **error)
{
  g_autoptr(JsonObject) values = NULL;

  g_return_val_if_fail (MT_IS_STORE (self), 0);
  g_return_val_if_fail (fields != NULL, 0);

  if (!mt_store_validate_event (self, fields, NULL, error))
    return 0;

  values = event_values (fields);

  return _mt_edit_write_row (self, "event-create", "events", 0, 0, values, fields->title, error);
}

gboolean
mt_store_update_event (MtStore              *self,
                       gint64                event_id,
                       const MtEventFields  *fields,
                       GError              **error)
{
  g_autoptr(JsonObject) values = NULL;

  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);
  g_return_val_if_fail (event_id > 0, FALSE);

  if (!mt_store_validate_event (self, fields, NULL, error))
    return FALSE;

  values = event_values (fields);

  return _mt_edit_write_row (self, "event-update", "events", event_id, fields->version, values,
                             fields->title,
                             error) != 0;
}

gboolean
mt_store_delete_event (MtStore  *self,
                       gint64    event_id,
                       GError  **error)
{
  g_autofree char *label = NULL;

  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (event_id > 0, FALSE);

  label = _mt_edit_dup_text (self, "SELECT title FROM events WHERE id = ?1", event_id);

  return _mt_edit_write_row (self, "event-delete", "events", event_id, 0, NULL, label, error) != 0;
}
