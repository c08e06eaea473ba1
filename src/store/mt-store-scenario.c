/* mt-store-scenario.c: what-if scenarios kept in the database, and the plan under one.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A scenario's row and its changes are written in one transaction, told in the history in
 * one entry, as a baseline is (mt-store-plan.c); there is nothing to undo (the scenario is
 * changed again instead). The plan under a scenario is today's plan read in aggregates
 * (mt_store_read_plan()) with the changes laid over it in C (mt-scenario.c): a few
 * thousand rows, never the roster's people.
 */

#define G_LOG_DOMAIN "mt-store-scenario"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mt-store-edit-private.h"
#include "mt-store-plan.h"
#include "mt-store-scenario.h"

#define SCENARIO_COLUMNS \
  "SELECT id, name, note, created_at, created_by, version FROM scenarios"

/* Each change with the names people read it by (a category's short one). */
#define CHANGE_COLUMNS \
  "SELECT c.scenario_id, c.kind, c.camp_id, c.to_camp_id, c.category, c.convoy_id, c.date," \
  " c.factor, c.days, c.n, a.name, a.name_fr, b.name, b.name_fr," \
  " COALESCE (k.short_name, k.name), COALESCE (k.short_name_fr, k.name_fr)," \
  " f.name, t.name" \
  " FROM scenario_changes c" \
  " LEFT JOIN camps a ON a.id = c.camp_id" \
  " LEFT JOIN camps b ON b.id = c.to_camp_id" \
  " LEFT JOIN categories k ON k.code = c.category" \
  " LEFT JOIN convoys v ON v.id = c.convoy_id" \
  " LEFT JOIN camps f ON f.id = v.from_camp_id" \
  " LEFT JOIN camps t ON t.id = v.to_camp_id"

/* A convoy's people by camp, category and their day in the plan as of ?2 (as PLAN_ROWS
 * counts them in mt-store-plan.c). */
static const char convoy_people_sql[] =
  "SELECT p.camp_id, p.category,"
  "       CASE WHEN p.departure_date <= ?2 THEN p.departure_date"
  "            ELSE COALESCE (p.planned_departure, '') END,"
  "       COUNT (*)"
  " FROM convoy_personnel cp JOIN personnel p ON p.id = cp.person_id"
  " WHERE cp.convoy_id = ?1 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3";

/* Helpers */

static char *
now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

static char *
dup_localized (MtDbStmt *stmt,
               int       col)
{
  const char *en = _mt_store_column_text (stmt, col);

  return en != NULL ? g_strdup (_mt_store_localize (en, _mt_store_column_text (stmt, col + 1)))
                    : NULL;
}

static gpointer
make_scenario (MtDbStmt *stmt)
{
  MtScenario *scenario = mt_scenario_new ();

  scenario->id = mt_db_column_int64 (stmt, 0);
  scenario->name = g_strdup (_mt_store_column_text (stmt, 1));
  scenario->note = g_strdup (_mt_store_column_text (stmt, 2));
  scenario->created_at = g_strdup (_mt_store_column_text (stmt, 3));
  scenario->created_by = g_strdup (_mt_store_column_text (stmt, 4));
  scenario->version = mt_db_column_int64 (stmt, 5);

  return scenario;
}

static void
add_scenario_cb (MtDbStmt *stmt,
                 gpointer  user_data)
{
  g_ptr_array_add (user_data, make_scenario (stmt));
}

/* user_data: the scenarios by id. */
static void
add_change_cb (MtDbStmt *stmt,
               gpointer  user_data)
{
  gint64 id = mt_db_column_int64 (stmt, 0);
  MtScenario *scenario = g_hash_table_lookup (user_data, &id);
  MtScenarioChangeKind kind;
  MtScenarioChange *change;

  /* A kind this version does not know (a newer one wrote it) changes nothing here. */
  if (scenario == NULL ||
      !mt_scenario_change_kind_from_key (_mt_store_column_text (stmt, 1), &kind))
    return;

  change = mt_scenario_change_new (kind);
  change->camp_id = mt_db_column_int64 (stmt, 2);
  change->to_camp_id = mt_db_column_int64 (stmt, 3);
  change->category = g_strdup (_mt_store_column_text (stmt, 4));
  change->convoy_id = mt_db_column_int64 (stmt, 5);
  change->date = g_strdup (_mt_store_column_text (stmt, 6));
  change->factor = mt_db_column_double (stmt, 7);
  change->days = mt_db_column_int (stmt, 8);
  change->n = mt_db_column_int64 (stmt, 9);
  change->camp_name = dup_localized (stmt, 10);
  change->to_camp_name = dup_localized (stmt, 12);
  change->category_name = dup_localized (stmt, 14);
  if (_mt_store_column_text (stmt, 16) != NULL)
    change->convoy_label = g_strdup_printf ("%s → %s", _mt_store_column_text (stmt, 16),
                                            _mt_store_column_text (stmt, 17));
  g_ptr_array_add (scenario->changes, change);
}

/* The scenarios @sql finds (its ?1 bound to @name unless NULL), each with its changes. */
static GPtrArray *
read_scenarios (MtStore     *self,
                const char  *sql,
                const char  *name,
                GError     **error)
{
  g_autoptr(GPtrArray) scenarios = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  MtDbStmt *stmt;

  scenarios = g_ptr_array_new_with_free_func ((GDestroyNotify) mt_scenario_free);
  if (!_mt_store_check_open (self, error))
    return NULL;
  stmt = _mt_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  if (name != NULL)
    _mt_store_bind_text (stmt, 1, name);
  if (!_mt_store_each_row (self, stmt, add_scenario_cb, scenarios,
                           _("Could not read the scenarios"), error))
    return NULL;
  if (scenarios->len == 0)
    return g_steal_pointer (&scenarios);

  for (guint i = 0; i < scenarios->len; i++)
    {
      MtScenario *scenario = g_ptr_array_index (scenarios, i);

      g_hash_table_insert (by_id, &scenario->id, scenario);
    }
  stmt = _mt_store_prepare (self, CHANGE_COLUMNS " ORDER BY c.scenario_id, c.position", error);
  if (stmt == NULL ||
      !_mt_store_each_row (self, stmt, add_change_cb, by_id,
                           _("Could not read the scenarios"), error))
    return NULL;

  return g_steal_pointer (&scenarios);
}

/* @name, trimmed already, is not empty, and no scenario but @id (0: none) has it. */
static gboolean
check_name (MtStore     *self,
            const char  *name,
            gint64       id,
            GError     **error)
{
  MtDbStmt *stmt;
  gint64 n = -1;

  if (*name == '\0')
    {
      g_set_error_literal (error, MT_STORE_ERROR, MT_STORE_ERROR_INVALID,
                           _("A scenario needs a name, e.g. “Kidal two weeks late”"));
      return FALSE;
    }

  stmt = _mt_store_prepare (self, "SELECT COUNT (*) FROM scenarios WHERE name = ?1 AND id <> ?2",
                            error);
  if (stmt == NULL)
    return FALSE;
  _mt_store_bind_text (stmt, 1, name);
  mt_db_bind_int64 (stmt, 2, id);
  if (mt_db_step (stmt) == MT_DB_ROW)
    n = mt_db_column_int64 (stmt, 0);
  else
    _mt_store_fail (self, error, _("Could not read the scenarios"));
  mt_db_reset (stmt);

  if (n > 0)
    g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_CONSTRAINT,
                 _("There is already a scenario called “%s”: give this one another name"),
                 name);
  return n == 0;
}

static gboolean
step_done (MtStore     *self,
           MtDbStmt    *stmt,
           GError     **error)
{
  int rc = mt_db_step (stmt);

  mt_db_reset (stmt);
  return rc == MT_DB_DONE || _mt_store_fail (self, error, _("Could not save the scenario"));
}

/* Inside the transaction: scenario @id's changes become @changes. */
static gboolean
write_changes (MtStore     *self,
               gint64       id,
               GPtrArray   *changes,
               GError     **error)
{
  MtDbStmt *stmt;

  stmt = _mt_store_prepare (self, "DELETE FROM scenario_changes WHERE scenario_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  mt_db_bind_int64 (stmt, 1, id);
  if (!step_done (self, stmt, error))
    return FALSE;

  for (guint i = 0; changes != NULL && i < changes->len; i++)
    {
      const MtScenarioChange *change = g_ptr_array_index (changes, i);

      stmt = _mt_store_prepare (self,
                                "INSERT INTO scenario_changes (scenario_id, position, kind,"
                                " camp_id, to_camp_id, category, convoy_id, date, factor,"
                                " days, n)"
                                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                                error);
      if (stmt == NULL)
        return FALSE;
      mt_db_bind_int64 (stmt, 1, id);
      mt_db_bind_int64 (stmt, 2, i);
      _mt_store_bind_text (stmt, 3, mt_scenario_change_kind_to_key (change->kind));
      mt_db_bind_int64 (stmt, 4, change->camp_id);
      mt_db_bind_int64 (stmt, 5, change->to_camp_id);
      _mt_store_bind_text (stmt, 6, change->category);
      mt_db_bind_int64 (stmt, 7, change->convoy_id);
      _mt_store_bind_text (stmt, 8, change->date);
      mt_db_bind_double (stmt, 9, change->factor);
      mt_db_bind_int (stmt, 10, change->days);
      mt_db_bind_int64 (stmt, 11, change->n);
      if (!step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* The history's values of scenario @id as it stands in the transaction; NULL when gone. */
static JsonObject *
scenario_values (MtStore  *self,
                 gint64    id,
                 GError  **error)
{
  g_autoptr(JsonObject) values = json_object_new ();
  MtDbStmt *stmt;
  int rc;

  stmt = _mt_store_prepare (self, "SELECT name, note, (SELECT COUNT (*) FROM scenario_changes"
                                  " WHERE scenario_id = ?1) FROM scenarios WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  mt_db_bind_int64 (stmt, 1, id);
  rc = mt_db_step (stmt);
  if (rc == MT_DB_ROW)
    {
      _mt_json_set_text (values, "name", _mt_store_column_text (stmt, 0));
      _mt_json_set_text (values, "note", _mt_store_column_text (stmt, 1));
      _mt_json_set_int (values, "changes", mt_db_column_int64 (stmt, 2));
    }
  mt_db_reset (stmt);
  if (rc == MT_DB_ROW)
    return g_steal_pointer (&values);
  if (rc == MT_DB_DONE)
    g_set_error_literal (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND,
                         _("The scenario was not found; it may have been deleted meanwhile"));
  else
    _mt_store_fail (self, error, _("Could not read the scenarios"));
  return NULL;
}

/* One entry in the history: @kind ("insert", "update", "delete") of scenario @id, called
 * @name, under @action. */
static gboolean
record (MtStore     *self,
        const char  *action,
        const char  *kind,
        gint64       id,
        const char  *name,
        JsonObject  *old_values,
        JsonObject  *new_values,
        GError     **error)
{
  MtBatch *batch = _mt_batch_join (self, action, name, MT_BATCH_DO, 0, error);
  gboolean ok;

  if (batch == NULL)
    return FALSE;
  ok = _mt_batch_record (batch, kind, "scenarios", id, name, old_values, new_values, 0, error);
  _mt_batch_leave (batch);

  return ok;
}

/* Marks scenario @id changed by this planner now, and its new version. */
static gboolean
touch (MtStore     *self,
       gint64       id,
       GError     **error)
{
  g_autofree char *now = now_utc ();
  MtDbStmt *stmt;

  stmt = _mt_store_prepare (self, "UPDATE scenarios SET version = version + 1, changed_by = ?2,"
                                  " changed_at = ?3 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  mt_db_bind_int64 (stmt, 1, id);
  _mt_store_bind_text (stmt, 2, mt_store_get_login (self));
  _mt_store_bind_text (stmt, 3, now);
  return step_done (self, stmt, error);
}

/* Everyone showing scenarios follows "records-changed::scenarios" and "changed". */
static void
scenarios_changed (MtStore *self)
{
  g_signal_emit (self, _mt_store_signals[MT_STORE_SIGNAL_RECORDS_CHANGED],
                 g_quark_from_static_string ("scenarios"), "scenarios");
  g_signal_emit (self, _mt_store_signals[MT_STORE_SIGNAL_CHANGED], 0);
}

/* Ends the transaction @ok began: commits and tells everyone, or rolls back. */
static gboolean
finish (MtStore     *self,
        gboolean     ok,
        GError     **error)
{
  if (!ok)
    {
      _mt_store_rollback (self);
      return FALSE;
    }
  if (!_mt_store_commit (self, error))
    return FALSE;
  scenarios_changed (self);
  return TRUE;
}

/* Inside the transaction: the new scenario's row, its changes and its history. */
static gint64
write_scenario (MtStore     *self,
                const char  *name,
                const char  *note,
                GPtrArray   *changes,
                GError     **error)
{
  g_autofree char *now = now_utc ();
  g_autoptr(JsonObject) values = NULL;
  MtDbStmt *stmt;
  gint64 id;

  if (!check_name (self, name, 0, error))
    return 0;
  stmt = _mt_store_prepare (self, "INSERT INTO scenarios (name, note, created_at, created_by,"
                                  " changed_by, changed_at) VALUES (?1, ?2, ?3, ?4, ?4, ?3)",
                            error);
  if (stmt == NULL)
    return 0;
  _mt_store_bind_text (stmt, 1, name);
  _mt_store_bind_text (stmt, 2, note);
  _mt_store_bind_text (stmt, 3, now);
  _mt_store_bind_text (stmt, 4, mt_store_get_login (self));
  if (!step_done (self, stmt, error))
    return 0;
  id = mt_db_last_insert_id (self->db);

  if (!write_changes (self, id, changes, error) ||
      (values = scenario_values (self, id, error)) == NULL ||
      !record (self, "scenario-create", "insert", id, name, NULL, values, error))
    return 0;

  return id;
}

/* Begins the transaction of a change to scenario @id: its values for the history before
 * it; NULL, with nothing begun, when it has gone. */
static JsonObject *
begin_change (MtStore     *self,
              gint64       id,
              GError     **error)
{
  JsonObject *before;

  if (!_mt_store_check_open (self, error) || !_mt_store_begin (self, error))
    return NULL;
  before = scenario_values (self, id, error);
  if (before == NULL)
    _mt_store_rollback (self);

  return before;
}

/* Public API */

gint64
mt_store_create_scenario (MtStore     *self,
                          const char  *name,
                          const char  *note,
                          GPtrArray   *changes,
                          GError     **error)
{
  g_autofree char *trimmed = NULL;
  gint64 id;

  g_return_val_if_fail (MT_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  trimmed = g_strstrip (g_strdup (name != NULL ? name : ""));
  if (!_mt_store_check_open (self, error) || !_mt_store_begin (self, error))
    return 0;
  id = write_scenario (self, trimmed, note, changes, error);

  return finish (self, id != 0, error) ? id : 0;
}

gboolean
mt_store_validate_scenario_name (MtStore     *self,
                                 const char  *name,
                                 GError     **error)
{
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (MT_IS_STORE (self), FALSE);

  trimmed = g_strstrip (g_strdup (name != NULL ? name : ""));

  return _mt_store_check_open (self, error) && check_name (self, trimmed, 0, error);
}

gboolean
mt_store_set_scenario_changes (MtStore    *self,
                               gint64      id,
                               GPtrArray  *changes,
                               GError    **error)
{
  g_autoptr(JsonObject) before = NULL;
  g_autoptr(JsonObject) after = NULL;
  gboolean ok;

  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  before = begin_change (self, id, error);
  if (before == NULL)
    return FALSE;
  ok = write_changes (self, id, changes, error) && touch (self, id, error) &&
       (after = scenario_values (self, id, error)) != NULL &&
       record (self, "scenario-update", "update", id, json_object_get_string_member (after, "name"),
               before, after, error);

  return finish (self, ok, error);
}

gboolean
mt_store_rename_scenario (MtStore     *self,
                          gint64       id,
                          const char  *name,
                          GError     **error)
{
  g_autofree char *trimmed = NULL;
  g_autoptr(JsonObject) before = NULL;
  g_autoptr(JsonObject) after = NULL;
  MtDbStmt *stmt;
  gboolean ok;

  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  trimmed = g_strstrip (g_strdup (name != NULL ? name : ""));
  before = begin_change (self, id, error);
  if (before == NULL)
    return FALSE;

  ok = check_name (self, trimmed, id, error) &&
       (stmt = _mt_store_prepare (self, "UPDATE scenarios SET name = ?2 WHERE id = ?1",
                                  error)) != NULL;
  if (ok)
    {
      mt_db_bind_int64 (stmt, 1, id);
      _mt_store_bind_text (stmt, 2, trimmed);
      ok = step_done (self, stmt, error) && touch (self, id, error) &&
           (after = scenario_values (self, id, error)) != NULL &&
           record (self, "scenario-update", "update", id, trimmed, before, after, error);
    }

  return finish (self, ok, error);
}

gboolean
mt_store_delete_scenario (MtStore     *self,
                          gint64       id,
                          GError     **error)
{
  g_autoptr(JsonObject) before = NULL;
  MtDbStmt *stmt;
  gboolean ok;

  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  before = begin_change (self, id, error);
  if (before == NULL)
    return FALSE;

  ok = write_changes (self, id, NULL, error) &&
       (stmt = _mt_store_prepare (self, "DELETE FROM scenarios WHERE id = ?1", error)) != NULL;
  if (ok)
    {
      mt_db_bind_int64 (stmt, 1, id);
      ok = step_done (self, stmt, error) &&
           record (self, "scenario-delete", "delete", id,
                   json_object_get_string_member (before, "name"), before, NULL, error);
    }

  return finish (self, ok, error);
}

GPtrArray *
mt_store_list_scenarios (MtStore  *self,
                         GError  **error)
{
  g_return_val_if_fail (MT_IS_STORE (self), NULL);

  return read_scenarios (self, SCENARIO_COLUMNS " ORDER BY name, id", NULL, error);
}

MtScenario *
mt_store_find_scenario (MtStore     *self,
                        const char  *name,
                        GError     **error)
{
  g_autofree char *trimmed = NULL;
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  trimmed = g_strstrip (g_strdup (name));
  found = read_scenarios (self, SCENARIO_COLUMNS " WHERE name = ?1", trimmed, error);
  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND,
                   _("There is no scenario called “%s”"), trimmed);
      return NULL;
    }

  return g_ptr_array_steal_index (found, 0);
}

MtPlanData *
mt_store_read_scenario_plan (MtStore          *self,
                             const MtScenario *scenario,
                             const char       *as_of,
                             GError          **error)
{
  g_autoptr(MtPlanData) plan = NULL;
  g_autoptr(MtScenario) laid = mt_scenario_new ();

  g_return_val_if_fail (MT_IS_STORE (self), NULL);
  g_return_val_if_fail (scenario != NULL, NULL);

  plan = mt_store_read_plan (self, as_of, error);
  if (plan == NULL)
    return NULL;

  /* A copy of the changes, each delayed convoy with its people as of the plan's date. */
  for (guint i = 0; i < scenario->changes->len; i++)
    {
      MtScenarioChange *change = mt_scenario_change_copy (g_ptr_array_index (scenario->changes, i));
      MtDbStmt *stmt;

      g_ptr_array_add (laid->changes, change);
      if (change->kind != MT_SCENARIO_CONVOY_DELAY)
        continue;
      g_clear_pointer (&change->people, g_ptr_array_unref);
      change->people = g_ptr_array_new_with_free_func ((GDestroyNotify) mt_plan_row_free);
      stmt = _mt_store_prepare (self, convoy_people_sql, error);
      if (stmt == NULL)
        return NULL;
      mt_db_bind_int64 (stmt, 1, change->convoy_id);
      _mt_store_bind_text (stmt, 2, plan->data_date);
      if (!_mt_store_each_row (self, stmt, _mt_store_add_plan_row, change->people,
                               _("Could not read the plan"), error))
        return NULL;
    }

  return mt_scenario_apply (laid, plan);
}

gboolean
mt_store_get_scenario_ends (MtStore          *self,
                            const MtScenario *scenario,
                            const char       *as_of,
                            MtPlanEnds       *ends,
                            GError          **error)
{
  g_autoptr(MtPlanData) plan = NULL;

  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (ends != NULL, FALSE);

  plan = mt_store_read_scenario_plan (self, scenario, as_of, error);
  if (plan == NULL)
    return FALSE;
  mt_plan_data_get_ends (plan, ends);

  return TRUE;
}

gboolean
mt_store_add_scenario_curve (MtStore          *self,
                             MtBurndown       *burndown,
                             const MtScenario *scenario,
                             GError          **error)
{
  g_autoptr(MtPlanData) plan = NULL;

  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (burndown != NULL && scenario != NULL, FALSE);

  plan = mt_store_read_scenario_plan (self, scenario, burndown->as_of, error);
  if (plan == NULL)
    return FALSE;
  mt_plan_data_draw (plan, burndown, scenario->name);

  return TRUE;
}
