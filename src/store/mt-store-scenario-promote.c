/* mt-store-scenario-promote.c: writing what a what-if scenario implies into the plan.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each change, in order, moves the recorded plan as mt_scenario_change_apply() moves the
 * aggregates (mt_scenario_change_move_day() decides every day): a closure writes the
 * camp's planned closure and moves its people's planned departures and its planned
 * movements; a pace moves its category's; a convoy delay its passengers'; a transfer moves
 * people of the category (and planned movements, split when needed) to the other camp,
 * latest planned first, keeping their days. Rows go through the batch recorder: one
 * transaction, one entry in the history, one undo step. The roster's days move set-wise
 * (a pace may move most of a million people): the days move by camp, category and day, so
 * each change reads its people's (camp, category, day) groups, puts the new day of each
 * group in a temporary table and writes them all with two statements
 * (_mt_batch_update_many(): the history's rows, then the roster's).
 */

#define G_LOG_DOMAIN "mt-store-scenario"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mt-date.h"
#include "mt-store-edit-private.h"
#include "mt-store-plan.h"
#include "mt-store-scenario.h"

/* Not left by the data date ?1: the roster's people whose planned days a change may move. */
#define STILL_THERE \
  "t.planned_departure > ?1" \
  " AND (t.departure_date IS NULL OR t.departure_date = '' OR t.departure_date > ?1)"

/* The new day of each (camp, category, day) group of the people a change moves. */
#define DAYS_TABLE(text) \
  "CREATE TEMP TABLE IF NOT EXISTS mt_promote_days (" \
  "  camp_id BIGINT NOT NULL, category " text " NOT NULL, day " text " NOT NULL," \
  "  new_day " text " NOT NULL, PRIMARY KEY (camp_id, category, day))"

static const char movement_by_camp_sql[] =
  "SELECT id, COALESCE (camp_id, 0), category, date, count FROM movements"
  " WHERE camp_id = ?2 AND date > ?1 ORDER BY id";
static const char movement_by_category_sql[] =
  "SELECT id, COALESCE (camp_id, 0), category, date, count FROM movements"
  " WHERE category = ?2 AND date > ?1 ORDER BY id";
/* Those still at camp ?2 after the day ?1 (the later of the transfer and the data date):
 * planned to leave after it, or with no planned departure. */
static const char person_staying_sql[] =
  "SELECT id, camp_id, category, COALESCE (planned_departure, ''), 1 FROM personnel"
  " WHERE camp_id = ?2 AND category = ?3"
  " AND (departure_date IS NULL OR departure_date = '' OR departure_date > ?1)"
  " AND (planned_departure IS NULL OR planned_departure = '' OR planned_departure > ?1)"
  " ORDER BY id";
static const char movement_staying_sql[] =
  "SELECT id, COALESCE (camp_id, 0), category, date, count FROM movements"
  " WHERE camp_id = ?2 AND category = ?3 AND date > ?1 ORDER BY id";

/* A row of the roster (one person) or of the movements (@count people). */
typedef struct
{
  gint64    id;
  gint64    camp_id;
  char     *category;
  char     *day;       /* "" when none */
  gint64    count;
  gboolean  movement;
} Unit;

typedef struct
{
  GArray   *units;
  gboolean  movement;
} Collect;

/* Helpers */

static void
unit_clear (Unit *unit)
{
  g_free (unit->category);
  g_free (unit->day);
}

static void
collect_cb (MtDbStmt *stmt,
            gpointer  user_data)
{
  Collect *collect = user_data;
  const char *day = _mt_store_column_text (stmt, 3);
  Unit unit = {
    mt_db_column_int64 (stmt, 0),
    mt_db_column_int64 (stmt, 1),
    g_strdup (_mt_store_column_text (stmt, 2)),
    g_strdup (day != NULL ? day : ""),
    mt_db_column_int64 (stmt, 4),
    collect->movement,
  };

  g_array_append_val (collect->units, unit);
}

/* Appends the rows of @sql (bound: ?1 @date, ?2 @id or @text, ?3 @text2) to @units. */
static gboolean
collect (MtStore     *self,
         GArray      *units,
         const char  *sql,
         gboolean     movement,
         const char  *date,
         gint64       id,
         const char  *text,
         const char  *text2,
         GError     **error)
{
  Collect data = { units, movement };
  MtDbStmt *stmt = _mt_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  _mt_store_bind_text (stmt, 1, date);
  if (text != NULL)
    _mt_store_bind_text (stmt, 2, text);
  else
    mt_db_bind_int64 (stmt, 2, id);
  if (text2 != NULL)
    _mt_store_bind_text (stmt, 3, text2);

  return _mt_store_each_row (self, stmt, collect_cb, &data, _("Could not read the plan"), error);
}

static GArray *
units_new (void)
{
  GArray *units = g_array_new (FALSE, TRUE, sizeof (Unit));

  g_array_set_clear_func (units, (GDestroyNotify) unit_clear);
  return units;
}

/* Sets column @column of the unit's row to @value (text) or @number. */
static gboolean
write_unit (MtBatch     *batch,
            const Unit  *unit,
            const char  *column,
            const char  *value,
            gint64       number,
            GError     **error)
{
  g_autoptr(JsonObject) values = json_object_new ();

  if (value != NULL)
    _mt_json_set_text (values, column, value);
  else
    json_object_set_int_member (values, column, number);

  return _mt_batch_update (batch, unit->movement ? "movements" : "personnel", unit->id, values,
                           NULL, error);
}

/* Every unit's day where @change moves it. */
static gboolean
move_days (MtBatch                 *batch,
           const MtScenarioChange  *change,
           const MtPlanData        *plan,
           GArray                  *units,
           gint64                  *n_changed,
           GError                 **error)
{
  for (guint i = 0; i < units->len; i++)
    {
      const Unit *unit = &g_array_index (units, Unit, i);
      g_autofree char *day = mt_scenario_change_move_day (change, plan, unit->camp_id,
                                                          unit->category, unit->day);

      if (day == NULL || strcmp (day, unit->day) == 0)
        continue;
      if (!write_unit (batch, unit, unit->movement ? "date" : "planned_departure", day, 0, error))
        return FALSE;
      *n_changed += unit->count;
    }

  return TRUE;
}

/* Latest day first, none last; then in the order read. */
static int
compare_latest_first (gconstpointer a,
                      gconstpointer b)
{
  const Unit *x = a;
  const Unit *y = b;
  int cmp;

  if ((*x->day == '\0') != (*y->day == '\0'))
    return *x->day == '\0' ? 1 : -1;
  cmp = strcmp (y->day, x->day);
  if (cmp != 0)
    return cmp;
  if (x->movement != y->movement)
    return x->movement ? 1 : -1;
  return x->id < y->id ? -1 : x->id > y->id;
}

/* @change->n people of the category move to the other camp, keeping their days: a
 * movement of more people than are left to move is split. */
static gboolean
transfer (MtStore                 *self,
          MtBatch                 *batch,
          const MtScenarioChange  *change,
          const MtPlanData        *plan,
          gint64                  *n_changed,
          GError                 **error)
{
  g_autoptr(GArray) units = units_new ();
  const char *after = strcmp (change->date, plan->data_date) > 0 ? change->date : plan->data_date;
  gint64 left = change->n;

  if (change->camp_id == change->to_camp_id)
    return TRUE;
  if (!collect (self, units, person_staying_sql, FALSE, after, change->camp_id, NULL,
                change->category, error) ||
      !collect (self, units, movement_staying_sql, TRUE, after, change->camp_id, NULL,
                change->category, error))
    return FALSE;
  g_array_sort (units, compare_latest_first);

  for (guint i = 0; i < units->len && left > 0; i++)
    {
      Unit *unit = &g_array_index (units, Unit, i);
      gint64 k = MIN (left, unit->count);

      if (k < unit->count)
        {
          /* The rest of the movement stays: a new one carries those who move. */
          g_autoptr(JsonObject) values = json_object_new ();

          if (!write_unit (batch, unit, "count", NULL, unit->count - k, error))
            return FALSE;
          _mt_json_set_text (values, "date", unit->day);
          json_object_set_int_member (values, "camp_id", change->to_camp_id);
          _mt_json_set_text (values, "category", unit->category);
          json_object_set_int_member (values, "count", k);
          json_object_set_int_member (values, "planned", 1);
          if (_mt_batch_insert (batch, "movements", 0, values, NULL, error) == 0)
            return FALSE;
        }
      else if (!write_unit (batch, unit, "camp_id", NULL, change->to_camp_id, error))
        return FALSE;
      left -= k;
      *n_changed += k;
    }

  return TRUE;
}

/* A camp or convoy the change names must still be there. */
static gboolean
check_names (MtStore                 *self,
             const MtScenarioChange  *change,
             GError                 **error)
{
  gint64 camps[] = { change->camp_id, change->to_camp_id };

  for (guint i = 0; i < G_N_ELEMENTS (camps); i++)
    if (camps[i] != 0 &&
        !_mt_store_row_found (self, "SELECT 1 FROM camps WHERE id = ?1", camps[i], NULL))
      {
        g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, camps[i]);

        /* Translators: %s is a camp's number */
        g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND,
                     _("The scenario names camp #%s, which no longer exists"), number);
        return FALSE;
      }
  if (change->kind == MT_SCENARIO_CONVOY_DELAY &&
      !_mt_store_row_found (self, "SELECT 1 FROM convoys WHERE id = ?1", change->convoy_id, NULL))
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, change->convoy_id);

      /* Translators: %s is a convoy's number */
      g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND,
                   _("The scenario names convoy %s, which no longer exists"), number);
      return FALSE;
    }

  return TRUE;
}

/* The roster's people @scope selects (SQL over the row t; ?2 bound to @text), still there
 * after the data date, get the days @change gives them: their groups' new days go in
 * mt_promote_days, then one set-wise update writes them (and their history). */
static gboolean
move_people (MtStore                 *self,
             MtBatch                 *batch,
             const MtScenarioChange  *change,
             const MtPlanData        *plan,
             const char              *scope,
             const char              *text,
             gint64                  *n_changed,
             GError                 **error)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func ((GDestroyNotify) mt_plan_row_free);
  g_autofree char *sql = NULL;
  g_autofree char *where = NULL;
  MtDbStmt *stmt;
  guint n_moved = 0;

  sql = g_strdup_printf ("SELECT t.camp_id, t.category, t.planned_departure, count (*)"
                         " FROM personnel AS t WHERE (%s) AND " STILL_THERE
                         " GROUP BY t.camp_id, t.category, t.planned_departure", scope);
  stmt = _mt_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  _mt_store_bind_text (stmt, 1, plan->data_date);
  _mt_store_bind_text (stmt, 2, text);
  if (!_mt_store_each_row (self, stmt, _mt_store_add_plan_row, groups,
                           _("Could not read the plan"), error))
    return FALSE;

  if (mt_db_exec (self->db, "DELETE FROM mt_promote_days") != MT_DB_OK)
    return _mt_store_fail (self, error, _("Could not read the plan"));
  for (guint i = 0; i < groups->len; i++)
    {
      const MtPlanRow *group = g_ptr_array_index (groups, i);
      g_autofree char *day = mt_scenario_change_move_day (change, plan, group->camp_id,
                                                          group->category, group->day);

      if (day == NULL || strcmp (day, group->day) == 0)
        continue;
      stmt = _mt_store_prepare (self, "INSERT INTO mt_promote_days (camp_id, category, day,"
                                " new_day) VALUES (?1, ?2, ?3, ?4)", error);
      if (stmt == NULL)
        return FALSE;
      mt_db_bind_int64 (stmt, 1, group->camp_id);
      _mt_store_bind_text (stmt, 2, group->category);
      _mt_store_bind_text (stmt, 3, group->day);
      _mt_store_bind_text (stmt, 4, day);
      if (mt_db_step (stmt) != MT_DB_DONE)
        {
          mt_db_reset (stmt);
          return _mt_store_fail (self, error, _("Could not save the record"));
        }
      mt_db_reset (stmt);
      *n_changed += group->n;
      n_moved++;
    }
  if (n_moved == 0)
    return TRUE;

  /* (?2 is not bound here: the groups say who, with the scope for a convoy's people.) */
  where = g_strdup_printf ("t.camp_id = m.camp_id AND t.category = m.category"
                           " AND t.planned_departure = m.day AND " STILL_THERE " AND (%s)",
                           change->kind == MT_SCENARIO_CONVOY_DELAY ? scope : "1 = 1");
  return _mt_batch_update_many (batch, "personnel", "planned_departure", "m.new_day",
                                "mt_promote_days AS m", where, plan->data_date, NULL, error);
}

/* Writes @change over the plan as it stands in the transaction. */
static gboolean
promote_change (MtStore                 *self,
                MtBatch                 *batch,
                const MtScenarioChange  *change,
                const char              *data_date,
                gint64                  *n_changed,
                GError                 **error)
{
  g_autoptr(MtPlanData) plan = NULL;
  g_autoptr(GArray) units = units_new ();
  g_autofree char *camp_scope = g_strdup_printf ("t.camp_id = %" G_GINT64_FORMAT,
                                                 change->camp_id);
  g_autofree char *convoy_scope = g_strdup_printf (
    "t.id IN (SELECT person_id FROM convoy_personnel WHERE convoy_id = %" G_GINT64_FORMAT ")",
    change->convoy_id);

  if (!check_names (self, change, error))
    return FALSE;
  plan = mt_store_read_plan (self, data_date, error);
  if (plan == NULL)
    return FALSE;

  switch (change->kind)
    {
    case MT_SCENARIO_CAMP_CLOSURE:
      {
        g_autoptr(JsonObject) values = json_object_new ();

        if (!mt_date_is_valid (change->date))
          return TRUE;
        if (!move_people (self, batch, change, plan, camp_scope, NULL, n_changed, error) ||
            !collect (self, units, movement_by_camp_sql, TRUE, data_date, change->camp_id, NULL,
                      NULL, error) ||
            !move_days (batch, change, plan, units, n_changed, error))
          return FALSE;
        _mt_json_set_text (values, "planned_closure", change->date);
        return _mt_batch_update (batch, "camps", change->camp_id, values, NULL, error);
      }

    case MT_SCENARIO_CATEGORY_PACE:
      return move_people (self, batch, change, plan, "t.category = ?2", change->category,
                          n_changed, error) &&
             collect (self, units, movement_by_category_sql, TRUE, data_date, 0,
                      change->category, NULL, error) &&
             move_days (batch, change, plan, units, n_changed, error);

    case MT_SCENARIO_CONVOY_DELAY:
      return move_people (self, batch, change, plan, convoy_scope, NULL, n_changed, error);

    case MT_SCENARIO_TRANSFER:
      return change->category == NULL || !mt_date_is_valid (change->date) ||
             transfer (self, batch, change, plan, n_changed, error);

    default:
      g_return_val_if_reached (FALSE);
    }
}

/* Public API */

gboolean
mt_store_promote_scenario (MtStore           *self,
                           const MtScenario  *scenario,
                           const char        *as_of,
                           gint64            *n_changed,
                           GError           **error)
{
  g_autofree char *data_date = NULL;
  gint64 changed = 0;
  MtBatch *batch;

  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (scenario != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_mt_store_check_open (self, error))
    return FALSE;
  data_date = _mt_store_resolve_as_of (self, as_of);

  batch = _mt_batch_begin (self, "scenario-promote", scenario->name, error);
  if (batch == NULL)
    return FALSE;
  if (mt_db_exec (self->db, mt_db_kind (self->db) == MT_DB_POSTGRES
                              ? DAYS_TABLE ("TEXT COLLATE \"C\"") : DAYS_TABLE ("TEXT"))
      != MT_DB_OK)
    {
      _mt_store_fail (self, error, _("Could not save the record"));
      _mt_batch_abort (batch);
      return FALSE;
    }
  for (guint i = 0; i < scenario->changes->len; i++)
    if (!promote_change (self, batch, g_ptr_array_index (scenario->changes, i), data_date,
                         &changed, error))
      {
        _mt_batch_abort (batch);
        return FALSE;
      }
  if (!_mt_batch_commit (batch, error))
    return FALSE;

  if (n_changed != NULL)
    *n_changed = changed;
  return TRUE;
}
