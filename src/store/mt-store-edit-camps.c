/* mt-store-edit-camps.c: camps, their lifecycle and environmental assessment.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-store-edit"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "mt-date.h"
#include "mt-store-edit-private.h"
#include "mt-store-report.h"

/* Helpers */

static JsonObject *
camp_values (const MtCampFields *fields)
{
  JsonObject *values = json_object_new ();
  g_autofree char *name = g_strstrip (g_strdup (fields->name));
  g_autofree char *name_fr = g_strstrip (g_strdup (fields->name_fr != NULL ? fields->name_fr : ""));
  g_autofree char *region_fr = g_strstrip (g_strdup (fields->region_fr != NULL ? fields->region_fr
                                                                               : ""));

  _mt_json_set_text (values, "name", name);
  _mt_json_set_text (values, "name_fr", name_fr[0] != '\0' ? name_fr : NULL);
  _mt_json_set_text (values, "region", fields->region);
  _mt_json_set_text (values, "region_fr", region_fr[0] != '\0' ? region_fr : NULL);
  _mt_json_set_double (values, "latitude", fields->latitude);
  _mt_json_set_double (values, "longitude", fields->longitude);
  _mt_json_set_text (values, "kind", fields->kind);
  _mt_json_set_text (values, "planned_closure", fields->planned_closure);
  _mt_json_set_text (values, "planned_handover", fields->planned_handover);
  _mt_json_set_text (values, "notes", fields->notes);

  return values;
}

static gint64
count_rows (MtStore    *self,
            const char *sql,
            gint64      id,
            const char *date)
{
  MtDbStmt     *stmt;
  gint64 n = 0;

  stmt = _mt_store_prepare (self, sql, NULL);
  if (stmt == NULL)
    return 0;

  mt_db_bind_int64 (stmt, 1, id);
  if (date != NULL)
    _mt_store_bind_text (stmt, 2, date);
  if (mt_db_step (stmt) == MT_DB_ROW)
    n = mt_db_column_int64 (stmt, 0);
  mt_db_reset (stmt);

  return n;
}

/* @format has one %s for the count, written the user's way ("1 234"). */
static char *
count_text (const char *format,
            gint64      n)
{
  g_autofree char *count = mt_format_count (n);

  return g_strdup_printf (format, count);
}

/* The latest status record of the camp, by date then entry order. */
static gboolean
current_status (MtStore      *self,
                gint64        camp_id,
                MtCampStatus *status,
                char        **since)
{
  MtDbStmt     *stmt;
  gboolean found = FALSE;

  stmt = _mt_store_prepare (self,
                            "SELECT status, date FROM camp_status WHERE camp_id = ?1"
                            " ORDER BY date DESC, id DESC LIMIT 1",
                            NULL);
  if (stmt == NULL)
    return FALSE;

  mt_db_bind_int64 (stmt, 1, camp_id);
  if (mt_db_step (stmt) == MT_DB_ROW)
    {
      found = mt_camp_status_from_key (_mt_store_column_text (stmt, 0), status);
      *since = g_strdup (_mt_store_column_text (stmt, 1));
    }
  mt_db_reset (stmt);

  return found;
}

/* Rowids of @table's rows whose @column is @id. @table and @column are ours. */
static GArray *
child_rows (MtStore    *self,
            const char *table,
            const char *column,
            gint64      id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM \"%s\" WHERE \"%s\" = ?1 ORDER BY 1",
                                          _mt_store_row_key (self),
                                          table, column);
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (gint64));
  MtDbStmt     *stmt;

  stmt = _mt_store_prepare (self, sql, NULL);
  if (stmt == NULL)
    return rows;

  mt_db_bind_int64 (stmt, 1, id);
  while (mt_db_step (stmt) == MT_DB_ROW)
    {
      gint64 rowid = mt_db_column_int64 (stmt, 0);
      g_array_append_val (rows, rowid);
    }
  mt_db_reset (stmt);

  return rows;
}

/* Camps */

gboolean
mt_store_validate_camp (MtStore             *self,
                        gint64               camp_id,
                        const MtCampFields  *fields,
                        char               **out_field,
                        GError             **error)
{
  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);

  if (!_mt_store_check_open (self, error))
    return FALSE;

  if (camp_id != 0 && !_mt_edit_camp_exists (self, camp_id))
    return _mt_edit_fail (out_field, error, "name", _("This camp no longer exists"));

  if (_mt_edit_is_blank (fields->name))
    return _mt_edit_fail (out_field, error, "name", _("Name: the camp needs a name"));

  {
    g_autofree char *name = g_strstrip (g_strdup (fields->name));
    gint64 other = mt_store_find_camp (self, name);

    if (other != 0 && other != camp_id)
      return _mt_edit_fail (out_field, error, "name",
                            _("Name: there is already a camp called “%s”"), name);
  }

  if (!_mt_edit_is_blank (fields->name_fr))
    {
      g_autofree char *name_fr = g_strstrip (g_strdup (fields->name_fr));
      gint64 other = mt_store_find_camp (self, name_fr);

      /* Either name finds the camp (imports, --page, searches): one camp per name. */
      if (other != 0 && other != camp_id)
        return _mt_edit_fail (out_field, error, "name_fr",
                              _("French name: there is already a camp called “%s”"), name_fr);
    }

  if (!isnan (fields->latitude) && (fields->latitude < -90 || fields->latitude > 90))
    return _mt_edit_fail (out_field, error, "latitude",
                          _("Latitude must be between -90 and 90"));
  if (!isnan (fields->longitude) && (fields->longitude < -180 || fields->longitude > 180))
    return _mt_edit_fail (out_field, error, "longitude",
                          _("Longitude must be between -180 and 180"));

  return _mt_edit_check_date (self, fields->planned_closure, FALSE, "planned_closure",
                              _("Planned closure"), out_field, error) &&
         _mt_edit_check_date (self, fields->planned_handover, FALSE, "planned_handover",
                              _("Planned handover"), out_field, error);
}

gint64
mt_store_create_camp (MtStore             *self,
                      const MtCampFields  *fields,
                      MtCampStatus         status,
                      const char          *status_date,
                      GError             **error)
{
  g_autoptr(JsonObject) values = NULL;
  g_autoptr(JsonObject) first = json_object_new ();
  g_autofree char *name = NULL;
  MtBatch *batch;
  gint64 camp_id;

  g_return_val_if_fail (MT_IS_STORE (self), 0);
  g_return_val_if_fail (fields != NULL, 0);
  g_return_val_if_fail (status < MT_CAMP_N_STATUSES, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!mt_store_validate_camp (self, 0, fields, NULL, error) ||
      !_mt_edit_check_date (self, status_date, TRUE, "status_date", _("Status date"), NULL, error))
    return 0;

  values = camp_values (fields);
  name = g_strdup (json_object_get_string_member (values, "name"));

  batch = _mt_batch_begin (self, "camp-create", name, error);
  if (batch == NULL)
    return 0;

  camp_id = _mt_batch_insert (batch, "camps", 0, values, name, error);
  if (camp_id != 0)
    {
      _mt_json_set_int (first, "camp_id", camp_id);
      _mt_json_set_text (first, "date", status_date);
      _mt_json_set_text (first, "status", mt_camp_status_to_key (status));
      json_object_set_null_member (first, "note");
    }
  if (camp_id == 0 || _mt_batch_insert (batch, "camp_status", 0, first, name, error) == 0)
    {
      _mt_batch_abort (batch);
      return 0;
    }

  return _mt_batch_commit (batch, error) ? camp_id : 0;
}

gboolean
mt_store_update_camp (MtStore             *self,
                      gint64               camp_id,
                      const MtCampFields  *fields,
                      GError             **error)
{
  g_autoptr(JsonObject) values = NULL;
  const char *name;

  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mt_store_validate_camp (self, camp_id, fields, NULL, error))
    return FALSE;

  values = camp_values (fields);
  name = json_object_get_string_member (values, "name");

  return _mt_edit_write_row (self, "camp-update", "camps", camp_id, fields->version, values,
                             name, error) != 0;
}

gboolean
mt_store_delete_camp (MtStore  *self,
                      gint64    camp_id,
                      GError  **error)
{
  /* Children deleted one by one, not by ON DELETE CASCADE, so each is in the history
   * and comes back on undo. */
  static const struct {
    const char *table;
    const char *column;
  } children[] = {
    { "events", "camp_id" },
    { "deployments", "camp_id" },
    { "camp_aliases", "camp_id" },
    { "camp_status", "camp_id" },
  };
  g_autofree char *name = NULL;
  g_autoptr(GPtrArray) uses = g_ptr_array_new_with_free_func (g_free);
  MtBatch *batch;
  gint64 n;

  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = _mt_edit_dup_camp_name (self, camp_id);
  if (name == NULL)
    {
      g_set_error_literal (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND,
                           _("This camp no longer exists"));
      return FALSE;
    }

  n = count_rows (self, "SELECT COALESCE (SUM (n), 0) FROM personnel_tally WHERE camp_id = ?1",
                  camp_id, NULL);
  if (n > 0)
    g_ptr_array_add (uses, count_text (g_dngettext (GETTEXT_PACKAGE, "%s person on the roster",
                                                    "%s people on the roster", n), n));
  n = count_rows (self, "SELECT COUNT (*) FROM movements WHERE camp_id = ?1", camp_id, NULL);
  if (n > 0)
    g_ptr_array_add (uses, count_text (g_dngettext (GETTEXT_PACKAGE, "%s movement",
                                                    "%s movements", n), n));
  n = count_rows (self, "SELECT COUNT (*) FROM convoys WHERE from_camp_id = ?1 OR to_camp_id = ?1",
                  camp_id, NULL);
  if (n > 0)
    g_ptr_array_add (uses, count_text (g_dngettext (GETTEXT_PACKAGE, "%s convoy",
                                                    "%s convoys", n), n));
  n = count_rows (self, "SELECT COUNT (*) FROM assets WHERE camp_id = ?1", camp_id, NULL);
  if (n > 0)
    g_ptr_array_add (uses, count_text (g_dngettext (GETTEXT_PACKAGE, "%s asset",
                                                    "%s assets", n), n));
  if (uses->len > 0)
    {
      g_autofree char *list = NULL;

      g_ptr_array_add (uses, NULL);
      list = g_strjoinv ("; ", (char **) uses->pdata);
      /* Translators: a camp name, then a list such as "3 people on the roster; 1 convoy" */
      return _mt_edit_fail (NULL, error, "name",
                            _("%s cannot be deleted while records refer to it: %s"), name, list);
    }

  batch = _mt_batch_begin (self, "camp-delete", name, error);
  if (batch == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (children); i++)
    {
      g_autoptr(GArray) rows = child_rows (self, children[i].table, children[i].column, camp_id);

      for (guint j = 0; j < rows->len; j++)
        if (!_mt_batch_delete (batch, children[i].table, g_array_index (rows, gint64, j), name, error))
          {
            _mt_batch_abort (batch);
            return FALSE;
          }
    }

  if (!_mt_batch_delete (batch, "camps", camp_id, name, error))
    {
      _mt_batch_abort (batch);
      return FALSE;
    }

  return _mt_batch_commit (batch, error);
}

/* Lifecycle */

char **
mt_store_dup_handover_blockers (MtStore     *self,
                                gint64       camp_id,
                                const char  *date,
                                GError     **error)
{
  g_autoptr(GStrvBuilder) reasons = g_strv_builder_new ();
  g_autoptr(MtCampFigures) camp = NULL;
  g_autofree char *today = NULL;
  gint64 left;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);

  if (date == NULL)
    date = today = mt_date_today ();

  /* Who is still there is what the camp page shows: the roster, or the estimate less
   * the recorded departures when that is more. An empty roster proves nothing. */
  camp = mt_store_get_camp_figures (self, camp_id, date, error);
  if (camp == NULL)
    return NULL;

  left = mt_camp_figures_get_left (camp);
  if (left > 0 && left <= camp->on_roster)
    {
      g_autofree char *text = count_text (g_dngettext (GETTEXT_PACKAGE,
                                                       "%s person still on the roster",
                                                       "%s people still on the roster",
                                                       left),
                                          left);

      g_strv_builder_add (reasons, text);
    }
  else if (left > 0)
    {
      g_autofree char *count = mt_format_count (left);
      g_autofree char *text = NULL;

      /* Translators: a number, then a camp name; the strength before the withdrawal less
       * the departures recorded, e.g. "about 4,765 personnel still estimated at Gao: …" */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "about %s person still estimated at %s: record the departure first",
                                           "about %s personnel still estimated at %s: record their departures first",
                                           left),
                              count, camp->name);
      g_strv_builder_add (reasons, text);
    }

  if (camp->env_status == MT_ENV_STATUS_NOT_STARTED)
    g_strv_builder_add (reasons, _("environmental assessment not started"));
  else if (camp->env_status == MT_ENV_STATUS_IN_PROGRESS)
    g_strv_builder_add (reasons, _("environmental assessment in progress"));

  return g_strv_builder_end (reasons);
}

gboolean
mt_store_validate_camp_status (MtStore                   *self,
                               gint64                     camp_id,
                               const MtCampStatusChange  *change,
                               char                     **out_field,
                               GError                   **error)
{
  g_autofree char *name = NULL;
  g_autofree char *since = NULL;
  MtCampStatus current;

  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (change != NULL, FALSE);

  if (!_mt_store_check_open (self, error))
    return FALSE;

  name = _mt_edit_dup_camp_name (self, camp_id);
  if (name == NULL)
    return _mt_edit_fail (out_field, error, "status", _("This camp no longer exists"));

  if (change->status >= MT_CAMP_N_STATUSES)
    return _mt_edit_fail (out_field, error, "status", _("Status: unknown status"));

  if (!_mt_edit_check_date (self, change->date, TRUE, "date", _("Date"), out_field, error))
    return FALSE;

  if (current_status (self, camp_id, &current, &since))
    {
      if (change->status == current)
        return _mt_edit_fail (out_field, error, "status",
                              /* Translators: a camp name, then a status ("Closed") */
                              _("%s is already “%s”"), name, mt_camp_status_get_label (current));

      if (g_strcmp0 (change->date, since) < 0)
        {
          g_autofree char *since_text = mt_date_format_long (since);

          return _mt_edit_fail (out_field, error, "date",
                                /* Translators: a date, then a status */
                                _("Date: the change cannot be dated before %s, when the camp became “%s”"),
                                since_text, mt_camp_status_get_label (current));
        }

      /* Out of the lifecycle's order, back or skipping a step forwards: confirmed and
       * explained, the reason kept as the status note. */
      if (change->status < current || change->status > current + 1)
        {
          gboolean back = change->status < current;

          if (!change->confirmed)
            return _mt_edit_fail (out_field, error, "status",
                                  back
                                  /* Translators: two statuses */
                                  ? _("Going back from “%s” to “%s” is a step back in the lifecycle: confirm it and give a reason")
                                  /* Translators: two statuses */
                                  : _("Going from “%s” straight to “%s” skips a step of the lifecycle: confirm it and give a reason"),
                                  mt_camp_status_get_label (current),
                                  mt_camp_status_get_label (change->status));
          if (_mt_edit_is_blank (change->reason))
            return _mt_edit_fail (out_field, error, "reason", "%s",
                                  back ? _("Reason: a step back in the lifecycle needs a reason")
                                       : _("Reason: skipping a step of the lifecycle needs a reason"));
        }
    }

  if (change->status == MT_CAMP_STATUS_HANDED_OVER)
    {
      g_auto(GStrv) blockers = mt_store_dup_handover_blockers (self, camp_id, change->date, error);
      g_autofree char *list = NULL;

      if (blockers == NULL)
        return FALSE;
      if (blockers[0] != NULL)
        {
          list = g_strjoinv ("; ", blockers);
          return _mt_edit_fail (out_field, error, "status",
                                /* Translators: a camp name, then what is left, e.g. "3 people still on the roster; environmental assessment in progress" */
                                _("%s cannot be handed over yet: %s"), name, list);
        }

      if (_mt_edit_is_blank (change->handed_over_to))
        return _mt_edit_fail (out_field, error, "handed_over_to",
                              _("Handed over to: name the authority that receives the camp"));
    }

  return TRUE;
}

gboolean
mt_store_change_camp_status (MtStore                   *self,
                             gint64                     camp_id,
                             const MtCampStatusChange  *change,
                             GError                   **error)
{
  g_autoptr(JsonObject) row = json_object_new ();
  g_autoptr(JsonObject) camp = json_object_new ();
  g_autofree char *name = NULL;
  MtBatch *batch;

  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (change != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mt_store_validate_camp_status (self, camp_id, change, NULL, error))
    return FALSE;

  name = _mt_edit_dup_camp_name (self, camp_id);

  _mt_json_set_int (row, "camp_id", camp_id);
  _mt_json_set_text (row, "date", change->date);
  _mt_json_set_text (row, "status", mt_camp_status_to_key (change->status));
  _mt_json_set_text (row, "note", change->reason);

  /* The handover date and authority describe the handed-over state: set with it,
   * cleared when a step back leaves it. */
  if (change->status == MT_CAMP_STATUS_HANDED_OVER)
    {
      _mt_json_set_text (camp, "handover_date", change->date);
      _mt_json_set_text (camp, "handed_over_to", change->handed_over_to);
    }
  else
    {
      json_object_set_null_member (camp, "handover_date");
      json_object_set_null_member (camp, "handed_over_to");
    }

  batch = _mt_batch_begin (self, "camp-status", name, error);
  if (batch == NULL)
    return FALSE;

  /* The check that gates a handover, again inside the writing transaction, where another
   * planner's import cannot slip people into the camp between the check and the write. */
  if (change->status == MT_CAMP_STATUS_HANDED_OVER)
    {
      g_auto(GStrv) blockers = NULL;

      if (!_mt_store_hold_writers (self, "personnel, movements", error) ||
          (blockers = mt_store_dup_handover_blockers (self, camp_id, change->date, error)) == NULL)
        {
          _mt_batch_abort (batch);
          return FALSE;
        }
      if (blockers[0] != NULL)
        {
          g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_INVALID, "%s", blockers[0]);
          _mt_batch_abort (batch);
          return FALSE;
        }
    }

  if (_mt_batch_insert (batch, "camp_status", 0, row, name, error) == 0 ||
      !_mt_batch_update (batch, "camps", camp_id, camp, name, error))
    {
      _mt_batch_abort (batch);
      return FALSE;
    }

  return _mt_batch_commit (batch, error);
}

/* Environmental assessment */

gboolean
mt_store_validate_env_assessment (MtStore                      *self,
                                  gint64                        camp_id,
                                  const MtEnvAssessmentFields  *fields,
                                  char                        **out_field,
                                  GError                      **error)
{
  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);

  if (!_mt_store_check_open (self, error))
    return FALSE;

  if (!_mt_edit_camp_exists (self, camp_id))
    return _mt_edit_fail (out_field, error, "status", _("This camp no longer exists"));

  if (fields->status > MT_ENV_STATUS_DONE)
    return _mt_edit_fail (out_field, error, "status", _("Status: unknown status"));

  return _mt_edit_check_date (self, fields->date, fields->status == MT_ENV_STATUS_DONE,
                              "date", _("Assessment date"), out_field, error);
}

gboolean
mt_store_set_env_assessment (MtStore                      *self,
                             gint64                        camp_id,
                             const MtEnvAssessmentFields  *fields,
                             GError                      **error)
{
  g_autoptr(JsonObject) values = json_object_new ();
  g_autofree char *name = NULL;

  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mt_store_validate_env_assessment (self, camp_id, fields, NULL, error))
    return FALSE;

  name = _mt_edit_dup_camp_name (self, camp_id);
  _mt_json_set_text (values, "env_status", mt_env_status_to_key (fields->status));
  _mt_json_set_text (values, "env_date", fields->date);
  _mt_json_set_text (values, "env_findings", fields->findings);
  _mt_json_set_text (values, "env_remediation", fields->remediation);

  return _mt_edit_write_row (self, "env-assessment", "camps", camp_id, fields->version, values,
                             name, error) != 0;
}
