/* test-store-scenario.c: what-if scenarios in the database, and the plan under one.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <locale.h>
#include <string.h>

#include "mt-history-format.h"
#include "mt-plan.h"
#include "mt-store.h"
#include "mt-store-history.h"
#include "mt-store-plan.h"
#include "mt-store-scenario.h"
#include "mt-store-series.h"
#include "mt-store-tally-private.h"
#include "mt-test-util.h"

/* Three camps; a roster of five, two of them on convoy 7 out of North; three movements. */
static const char fixture[] =
  "INSERT INTO mission (id, name, withdrawal_start, deadline, first_date, last_date)"
  " VALUES (1, 'TEST', '2023-07-01', '2023-12-31', '2013-01-01', '2024-12-31');"
  "INSERT INTO categories (code, name, name_fr, short_name, short_name_fr, uniformed, position)"
  " VALUES ('troops', 'Troops', 'Troupes', 'Troops', 'Troupes', 1, 1),"
  "        ('civ', 'Civilians', 'Civils', 'Civ', 'Civ', 0, 2);"
  "INSERT INTO camps (id, name, latitude, longitude, planned_closure, planned_handover) VALUES"
  " (1, 'North', 18.0, 1.0, '2023-10-31', '2023-11-15'),"
  " (2, 'East', 16.0, 0.0, '2023-09-30', NULL),"
  " (3, 'West', 13.0, -8.0, '2023-12-15', NULL);"
  "INSERT INTO camp_status (camp_id, date, status) VALUES"
  " (1, '2023-06-30', 'operational'), (2, '2023-06-30', 'operational'),"
  " (3, '2023-06-30', 'operational'), (2, '2023-10-05', 'closed');"
  "INSERT INTO personnel (id, personnel_id, category, camp_id, planned_departure, departure_date)"
  " VALUES (1, 'P1', 'troops', 1, '2023-08-10', '2023-08-10'),"
  "        (2, 'P2', 'troops', 1, '2023-09-15', NULL),"
  "        (3, 'P3', 'troops', 1, '2023-11-20', NULL),"
  "        (4, 'P4', 'civ', 3, '2023-12-10', NULL),"
  "        (5, 'P5', 'civ', 3, NULL, NULL);"
  "INSERT INTO movements (date, camp_id, category, count, planned) VALUES"
  " ('2023-08-01', 1, 'troops', 100, 0),"
  " ('2023-09-20', 2, 'troops', 50, 1),"
  " ('2023-09-01', NULL, 'civ', 10, 0);"
  "INSERT INTO convoys (id, from_camp_id, to_camp_id, planned_departure) VALUES"
  " (7, 1, 2, '2023-11-20');"
  "INSERT INTO convoy_personnel (convoy_id, person_id) VALUES (7, 2), (7, 3);";

#define AS_OF "2023-10-01"

static MtStore *
fixture_store (void)
{
  return mt_test_store_new_with (fixture);
}

/* Saves scenario @name of @specs (mt_store_parse_scenario_change()) and reads it back. */
static MtScenario *
save (MtStore           *store,
      const char        *name,
      const char * const *specs)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  MtScenario *scenario;

  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) mt_scenario_change_free);
  for (guint i = 0; specs[i] != NULL; i++)
    {
      MtScenarioChange *change = mt_store_parse_scenario_change (store, specs[i], &error);

      g_assert_no_error (error);
      g_ptr_array_add (changes, change);
    }
  g_assert_cmpint (mt_store_create_scenario (store, name, NULL, changes, &error), >, 0);
  g_assert_no_error (error);
  scenario = mt_store_find_scenario (store, name, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (scenario->changes->len, ==, g_strv_length ((char **) specs));

  return scenario;
}

/* Days the plan's ends moved under @scenario, against today's plan. */
static void
assert_slip (MtStore          *store,
             const MtScenario *scenario,
             const char       *personnel_end,
             int               personnel_days,
             const char       *camps_end,
             int               camps_days)
{
  g_autoptr(GError) error = NULL;
  MtPlanEnds today = { 0 }, ends = { 0 };
  int days = G_MININT;

  g_assert_true (mt_store_get_plan_ends (store, AS_OF, &today, &error));
  g_assert_true (mt_store_get_scenario_ends (store, scenario, AS_OF, &ends, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ends.personnel_end, ==, personnel_end);
  g_assert_cmpstr (ends.camps_end, ==, camps_end);
  g_assert_true (mt_plan_days_moved (today.personnel_end, ends.personnel_end, &days));
  g_assert_cmpint (days, ==, personnel_days);
  g_assert_true (mt_plan_days_moved (today.camps_end, ends.camps_end, &days));
  g_assert_cmpint (days, ==, camps_days);
  g_assert_cmpint (ends.unplanned, ==, today.unplanned);
  mt_plan_ends_clear (&today);
  mt_plan_ends_clear (&ends);
}

static void
count_cb (MtStore *store,
          guint   *count)
{
  (*count)++;
}

/* Tests */

/* The plan read in aggregates ends where the store's own query says it does. */
static void
test_read_plan (void)
{
  g_autoptr(MtStore) store = fixture_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MtPlanData) plan = mt_store_read_plan (store, AS_OF, &error);
  MtPlanEnds read = { 0 }, queried = { 0 };

  g_assert_no_error (error);
  g_assert_cmpstr (plan->data_date, ==, AS_OF);
  g_assert_cmpuint (plan->camps->len, ==, 3);
  g_assert_cmpint (mt_plan_data_count (plan, 1, "troops", "2023-11-20"), ==, 1);
  g_assert_cmpint (mt_plan_data_count (plan, 0, "civ", "2023-09-01"), ==, 10);
  g_assert_cmpint (mt_plan_data_count (plan, -1, NULL, NULL), ==, 165);
  mt_plan_data_get_ends (plan, &read);
  g_assert_true (mt_store_get_plan_ends (store, AS_OF, &queried, &error));
  g_assert_cmpstr (read.personnel_end, ==, queried.personnel_end);
  g_assert_cmpstr (read.camps_end, ==, queried.camps_end);
  g_assert_cmpint (read.unplanned, ==, queried.unplanned);
  g_assert_cmpstr (read.personnel_end, ==, "2023-12-10");
  mt_plan_ends_clear (&read);
  mt_plan_ends_clear (&queried);

  g_assert_null (mt_store_read_plan (store, "2023-02-30", &error));
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_INVALID);
}

/* North a month and a half late: P3 (50 of 30 days to the old closure) comes to the new
 * one, which ends both plans. */
static void
test_closure (void)
{
  g_autoptr(MtStore) store = fixture_store ();
  g_autoptr(MtScenario) scenario = save (store, "North late",
                                         (const char *[]) { "closure:north:2023-12-31", NULL });
  g_autoptr(GError) error = NULL;
  g_autoptr(MtPlanData) plan = mt_store_read_scenario_plan (store, scenario, AS_OF, &error);
  g_autofree char *text = mt_scenario_change_describe (g_ptr_array_index (scenario->changes, 0));

  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "North closes on 31 Dec 2023");
  g_assert_cmpint (mt_plan_data_count (plan, 1, "troops", "2023-12-31"), ==, 1);
  assert_slip (store, scenario, "2023-12-31", 21, "2023-12-31", 16);
}

/* Convoy 7 held 30 days: P3 leaves on 20 December; P2, due before the data date, stays. */
static void
test_convoy_delay (void)
{
  g_autoptr(MtStore) store = fixture_store ();
  g_autoptr(MtScenario) scenario = save (store, "Convoy held",
                                         (const char *[]) { "convoy:7:30", NULL });
  g_autoptr(GError) error = NULL;
  g_autoptr(MtPlanData) plan = mt_store_read_scenario_plan (store, scenario, AS_OF, &error);
  g_autofree char *text = mt_scenario_change_describe (g_ptr_array_index (scenario->changes, 0));

  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "Convoy 7 (North → East) leaves 30 days late");
  g_assert_cmpint (mt_plan_data_count (plan, 1, "troops", "2023-12-20"), ==, 1);
  g_assert_cmpint (mt_plan_data_count (plan, 1, "troops", "2023-11-20"), ==, 0);
  g_assert_cmpint (mt_plan_data_count (plan, 1, "troops", "2023-09-15"), ==, 1);
  assert_slip (store, scenario, "2023-12-20", 10, "2023-12-15", 0);
}

/* Civilians twice as slow: P4's 70 days become 140. */
static void
test_pace (void)
{
  g_autoptr(MtStore) store = fixture_store ();
  g_autoptr(MtScenario) scenario = save (store, "Civilians slow",
                                         (const char *[]) { "pace:Civilians:2", NULL });

  g_assert_cmpstr (((MtScenarioChange *) g_ptr_array_index (scenario->changes, 0))->category, ==,
                   "civ");
  assert_slip (store, scenario, "2024-02-18", 70, "2023-12-15", 0);
}

/* P4 moves to North before North closes on 30 November: both leave that day. */
static void
test_transfer_then_closure (void)
{
  g_autoptr(MtStore) store = fixture_store ();
  g_autoptr(MtScenario) scenario = save (store, "Regroup in North",
                                         (const char *[]) {
                                           "transfer:civ:1:West:North:2023-10-15",
                                           "closure:North:2023-11-30", NULL });
  g_autoptr(GError) error = NULL;
  g_autoptr(MtPlanData) plan = mt_store_read_scenario_plan (store, scenario, AS_OF, &error);
  g_autofree char *text = mt_scenario_change_describe (g_ptr_array_index (scenario->changes, 0));

  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "1 Civ moves from West to North on 15 Oct 2023");
  g_assert_cmpint (mt_plan_data_count (plan, 1, NULL, "2023-11-30"), ==, 2);
  g_assert_cmpint (mt_plan_data_count (plan, 3, "civ", NULL), ==, 1);  /* P5 stays */
  assert_slip (store, scenario, "2023-11-30", -10, "2023-12-15", 0);
}

static void
test_refused (void)
{
  g_autoptr(MtStore) store = fixture_store ();
  g_autoptr(MtScenario) scenario = save (store, "North late",
                                         (const char *[]) { "closure:North:2023-12-31", NULL });
  static const char * const bad[] = {
    "closure:Nowhere:2023-12-31", "closure:North:2023-13-01", "pace:cooks:2", "pace:troops:0",
    "pace:troops:fast", "convoy:99:10", "convoy:7:0", "transfer:civ:0:West:North:2023-10-15",
    "transfer:civ:1:West:West:2023-10-15", "delay:7:10", "closure:North", "",
  };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(MtScenarioChange) change = mt_store_parse_scenario_change (store, bad[i], &error);

      g_assert_null (change);
      g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_INVALID);
      g_clear_error (&error);
    }

  g_assert_cmpint (mt_store_create_scenario (store, "  ", NULL, NULL, &error), ==, 0);
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (mt_store_create_scenario (store, " North late ", NULL, NULL, &error), ==, 0);
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_false (mt_store_validate_scenario_name (store, "North late", &error));
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_true (mt_store_validate_scenario_name (store, "South late", &error));
  g_assert_no_error (error);
  g_assert_null (mt_store_find_scenario (store, "South late", &error));
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND);
}

/* Renamed, changed and deleted, each told in the history; the data never touched. */
static void
test_lifecycle (void)
{
  g_autoptr(MtStore) store = fixture_store ();
  g_autoptr(MtScenario) scenario = save (store, "North late",
                                         (const char *[]) { "closure:North:2023-12-31", NULL });
  g_autoptr(MtScenario) other = save (store, "Convoy held",
                                      (const char *[]) { "convoy:7:30", NULL });
  g_autoptr(MtScenario) renamed = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *history = NULL;
  g_autofree char *personnel = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GString) worded = g_string_new (NULL);
  guint heard = 0;

  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) mt_scenario_change_free);
  g_signal_connect (store, "changed", G_CALLBACK (count_cb), &heard);
  g_assert_false (mt_store_rename_scenario (store, scenario->id, "Convoy held", &error));
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_true (mt_store_rename_scenario (store, scenario->id, "North very late", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (heard, ==, 1);

  g_ptr_array_add (changes, mt_store_parse_scenario_change (store, "pace:troops:1.5", &error));
  g_ptr_array_add (changes, mt_store_parse_scenario_change (store, "closure:West:2024-01-31",
                                                           &error));
  g_assert_true (mt_store_set_scenario_changes (store, scenario->id, changes, &error));
  g_assert_no_error (error);
  renamed = mt_store_find_scenario (store, "North very late", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (renamed->changes->len, ==, 2);
  g_assert_cmpint (((MtScenarioChange *) g_ptr_array_index (renamed->changes, 1))->camp_id, ==, 3);
  g_assert_cmpint (renamed->version, ==, 3);

  g_assert_true (mt_store_delete_scenario (store, other->id, &error));
  g_assert_no_error (error);
  g_assert_false (mt_store_delete_scenario (store, other->id, &error));
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (heard, ==, 3);
  g_signal_handlers_disconnect_by_func (store, count_cb, &heard);

  listed = mt_store_list_scenarios (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, 1);
  g_assert_cmpstr (((MtScenario *) g_ptr_array_index (listed, 0))->name, ==, "North very late");
  g_assert_cmpint (_mt_store_test_int (store, "SELECT COUNT (*) FROM scenario_changes"), ==, 2);

  history = mt_store_dump_table (store, "history", &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (history, "action=scenario-create|action_label=North late"));
  g_assert_nonnull (strstr (history, "action=scenario-update|action_label=North very late"));
  g_assert_nonnull (strstr (history, "action=scenario-delete|action_label=Convoy held"));
  g_assert_nonnull (strstr (history, "\"changes\":2"));

  /* As the history window words them. */
  entries = mt_store_list_history (store, 0, 0, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < entries->len; i++)
    {
      g_autofree char *action = mt_history_format_action (g_ptr_array_index (entries, i));
      g_autofree char *values = mt_history_format_changes (g_ptr_array_index (entries, i));

      g_string_append_printf (worded, "%s: %s\n", action, values);
    }
  g_assert_nonnull (strstr (worded->str, "Deletion of Scenario Convoy held: "));
  g_assert_nonnull (strstr (worded->str, "New Scenario North late: "));
  g_assert_nonnull (strstr (worded->str, "Changes to Scenario North very late: "
                                         "Name: North late → North very late"));
  g_assert_nonnull (strstr (worded->str, "Changes: 1 → 2"));

  /* A scenario is laid over the plan, never written into it. */
  personnel = mt_store_dump_table (store, "personnel", &error);
  g_assert_nonnull (strstr (personnel, "planned_departure=2023-11-20"));
  g_assert_cmpint (_mt_store_test_int (store, "SELECT COUNT (*) FROM camps"
                                              " WHERE planned_closure = '2023-10-31'"), ==, 1);
}

/* The scenario's planned curve on the burn-down, beside the actual. */
static void
test_curve (void)
{
  g_autoptr(MtStore) store = fixture_store ();
  g_autoptr(MtScenario) scenario = save (store, "Convoy held",
                                         (const char *[]) { "convoy:7:30", NULL });
  g_autoptr(GError) error = NULL;
  MtBurndown *burndown = mt_store_get_burndown (store, AS_OF, &error);
  double before = 0, after = 0;

  g_assert_no_error (error);
  /* The fixture deploys nobody: a strength of its own keeps the curve above zero. */
  burndown->baseline = 1000;
  g_assert_true (mt_store_add_scenario_curve (store, burndown, scenario, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (burndown->plan_name, ==, "Convoy held");
  g_assert_true (mt_burndown_planned_at (burndown, "2023-12-19", &before));
  g_assert_true (mt_burndown_planned_at (burndown, "2023-12-20", &after));
  g_assert_cmpfloat (before - after, ==, 1);
  mt_burndown_free (burndown);
}

/* On the seed database: Kidal (by any case of its name) three weeks late moves the camps
 * plan by as much; camps and categories go by their French names too. */
static void
test_seed (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(MtScenario) scenario = save (store, "Kidal late",
                                         (const char *[]) { "closure:KIDAL:2024-01-21", NULL });
  g_autoptr(GError) error = NULL;
  MtPlanEnds today = { 0 }, ends = { 0 };
  int days = 0;

  g_assert_true (mt_store_get_plan_ends (store, NULL, &today, &error));
  g_assert_true (mt_store_get_scenario_ends (store, scenario, NULL, &ends, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ends.camps_end, ==, "2024-01-21");
  g_assert_true (mt_plan_days_moved (today.camps_end, ends.camps_end, &days));
  g_assert_cmpint (days, ==, 21);
  g_assert_cmpstr (ends.personnel_end, ==, today.personnel_end);
  mt_plan_ends_clear (&today);
  mt_plan_ends_clear (&ends);

  /* A camp by its French name, a category by its French name. */
  {
    g_autoptr(MtScenarioChange) french = mt_store_parse_scenario_change (
      store, "transfer:Troupes:5:Tombouctou:Gao:2023-10-01", &error);

    g_assert_no_error (error);
    g_assert_cmpint (french->camp_id, ==, mt_store_find_camp (store, "Timbuktu"));
    g_assert_cmpstr (french->category, ==, "troops");
  }
}

/* Promoting */

/* Planned movements after the data date, beside the fixture's roster. */
static const char future_movements[] =
  "INSERT INTO movements (date, camp_id, category, count, planned) VALUES"
  " ('2023-11-10', 3, 'civ', 40, 1),"
  " ('2023-12-05', 1, 'troops', 30, 1);";

/* "North troops 2023-11-25 ×1 · …", every row and camp closure of @plan, in order. */
static char *
describe_plan (const MtPlanData *plan)
{
  g_autoptr(MtPlanData) merged = mt_plan_data_copy (plan);
  GString *text = g_string_new (NULL);

  mt_plan_data_merge_rows (merged);
  for (guint i = 0; i < merged->rows->len; i++)
    {
      const MtPlanRow *row = g_ptr_array_index (merged->rows, i);

      g_string_append_printf (text, "%" G_GINT64_FORMAT " %s %s ×%" G_GINT64_FORMAT " · ",
                              row->camp_id, row->category, row->day, row->n);
    }
  for (guint i = 0; i < merged->camps->len; i++)
    {
      const MtPlanCamp *camp = g_ptr_array_index (merged->camps, i);

      g_string_append_printf (text, "%s closes %s · ", camp->name,
                              camp->planned_closure != NULL ? camp->planned_closure : "-");
    }

  return g_string_free (text, FALSE);
}

static char *
describe_today (MtStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtPlanData) plan = mt_store_read_plan (store, AS_OF, &error);

  g_assert_no_error (error);
  return describe_plan (plan);
}

/* Promoted, today's plan is what the scenario laid over it: each kind of change, the
 * transfer splitting a planned movement; undone, today's plan is back as it was. */
static void
test_promote (void)
{
  g_autofree char *sql = g_strconcat (fixture, future_movements, NULL);
  g_autoptr(MtStore) store = mt_test_store_new_with (sql);
  static const char * const specs[] = { "convoy:7:5", "closure:West:2023-11-30",
                                        "pace:troops:2", "transfer:civ:20:West:North:2023-10-15",
                                        NULL };
  g_autoptr(MtScenario) scenario = save (store, "Everything", specs);
  g_autoptr(GError) error = NULL;
  g_autoptr(MtPlanData) under = mt_store_read_scenario_plan (store, scenario, AS_OF, &error);
  g_autofree char *before = describe_today (store);
  g_autofree char *expected = describe_plan (under);
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *label = NULL;
  gint64 moved = 0;

  g_assert_no_error (error);
  g_assert_cmpstr (before, !=, expected);

  g_assert_true (mt_store_promote_scenario (store, scenario, AS_OF, &moved, &error));
  g_assert_no_error (error);
  after = describe_today (store);
  g_test_message ("before:   %s\nexpected: %s\nafter:    %s", before, expected, after);
  g_assert_cmpstr (after, ==, expected);
  /* The convoy's 1 remaining passenger; West's 1 planned + 40 in a movement; North's
   * troops: 1 person and 30 in a movement; 20 civilians moved. */
  g_assert_cmpint (moved, ==, 1 + 41 + 31 + 20);

  /* One step of the history and of undo. */
  g_assert_true (mt_store_can_undo (store));
  label = mt_store_dup_undo_label (store);
  g_assert_nonnull (strstr (label, "Everything"));
  g_assert_true (mt_store_undo (store, &error));
  g_assert_no_error (error);
  undone = describe_today (store);
  g_assert_cmpstr (undone, ==, before);
  g_assert_false (mt_store_can_undo (store));

  /* Redone, the scenario's plan again; undone again, the plan before. */
  g_assert_true (mt_store_redo (store, &error));
  g_assert_no_error (error);
  g_free (after);
  after = describe_today (store);
  g_assert_cmpstr (after, ==, expected);
  g_assert_true (mt_store_undo (store, &error));
  g_assert_no_error (error);
  g_free (undone);
  undone = describe_today (store);
  g_assert_cmpstr (undone, ==, before);
}

/* 3,000 more people (ids 10 to 3009) in the three camps, planned to leave on 60 days after
 * the data date (every 17th with no plan), one in 50 on convoy 7. */
static const char large_roster[] =
  "INSERT INTO personnel (id, personnel_id, category, camp_id, planned_departure)"
  " WITH RECURSIVE n (i) AS (SELECT 10 UNION ALL SELECT i + 1 FROM n WHERE i < 3009)"
  " SELECT i, 'L' || i, CASE WHEN i % 3 = 0 THEN 'civ' ELSE 'troops' END, 1 + i % 3,"
  "        CASE WHEN i % 17 = 0 THEN NULL ELSE mt_date_add ('2023-10-02', i % 60) END FROM n;"
  "INSERT INTO convoy_personnel (convoy_id, person_id)"
  " SELECT 7, id FROM personnel WHERE id >= 10 AND id % 50 = 1;";

/* The tally's rows, one string. */
#define TALLY_SQL \
  "SELECT COALESCE (string_agg (r, ';'), '') FROM (" \
  " SELECT camp_id || '|' || category || '|' || departure_date || '|' || planned_departure" \
  "        || '|' || n AS r" \
  " FROM personnel_tally ORDER BY camp_id, category, departure_date, planned_departure) AS rows"

/* What the store holds now: the roster (without versions) and the tally, which must be the
 * roster's counts. */
static char *
dump_plan (MtStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *personnel = mt_store_dump_table (store, "personnel", &error);
  g_autofree char *movements = mt_store_dump_table (store, "movements", &error);
  g_autofree char *camps = mt_store_dump_table (store, "camps", &error);
  g_autofree char *tally = _mt_store_test_dup_text (store, TALLY_SQL);
  g_autofree char *mismatch = _mt_store_tally_dup_mismatch (store);

  g_assert_no_error (error);
  g_assert_null (mismatch);
  return g_strconcat (personnel, movements, camps, tally, NULL);
}

static gint64
last_batch (MtStore *store)
{
  return _mt_store_test_int (store, "SELECT MAX (batch_id) FROM history");
}

/* The rows of batch @batch, latest first when @backwards, one string: with the values
 * after the change before those before it when @swapped. */
static char *
dup_batch_rows (MtStore  *store,
                gint64    batch,
                gboolean  backwards,
                gboolean  swapped)
{
  const char *values = swapped ? "COALESCE (new_values, '-') || '|' || COALESCE (old_values, '-')"
                               : "COALESCE (old_values, '-') || '|' || COALESCE (new_values, '-')";
  g_autofree char *sql = g_strdup_printf (
    "SELECT string_agg (r, ';') FROM"
    " (SELECT kind || '|' || table_name || '|' || record_id || '|' || %s || '|'"
    "  || COALESCE (record_label, '-') || '|' || COALESCE (camp_id, 0) || '|'"
    "  || COALESCE (other_camp_id, 0) AS r"
    "  FROM history WHERE batch_id = %" G_GINT64_FORMAT " ORDER BY id %s) AS rows",
    values, batch, backwards ? "DESC" : "");

  return _mt_store_test_dup_text (store, sql);
}

/* Batch @inverse answers batch @batch row for row, in reverse order: the same record, each
 * value set back, no label or camp but the same; each row leaving one more than the
 * record's version before it, which is the record's version and author now when it is its
 * last write. Returns the number of rows. */
static gint64
assert_inverse (MtStore    *store,
                gint64      batch,
                gint64      inverse,
                const char *step)
{
  g_autofree char *expected = dup_batch_rows (store, batch, TRUE, TRUE);
  g_autofree char *written = dup_batch_rows (store, inverse, FALSE, FALSE);
  g_autofree char *rows_sql = g_strdup_printf (
    "SELECT COUNT (*) FROM history WHERE batch_id = %" G_GINT64_FORMAT, batch);
  g_autofree char *steps_sql = g_strdup_printf (
    "SELECT COUNT (*) FROM history WHERE batch_id = %" G_GINT64_FORMAT
    " AND step = '%s' AND undo_of = %" G_GINT64_FORMAT, inverse, step, batch);
  g_autofree char *versions_sql = g_strdup_printf (
    "SELECT COUNT (*) FROM (SELECT batch_id, record_version, LAG (record_version)"
    "  OVER (PARTITION BY table_name, record_id ORDER BY id) AS version_before FROM history) AS u"
    " WHERE u.batch_id = %" G_GINT64_FORMAT " AND u.record_version = u.version_before + 1",
    inverse);
  g_autofree char *now_sql = g_strdup_printf (
    "SELECT COUNT (*) FROM personnel AS p JOIN"
    " (SELECT record_id, record_version, time, \"user\","
    "  row_number () OVER (PARTITION BY record_id ORDER BY id DESC) AS k FROM history"
    "  WHERE batch_id = %" G_GINT64_FORMAT " AND table_name = 'personnel') AS u"
    " ON u.record_id = p.id AND u.k = 1"
    " WHERE p.version = u.record_version AND p.changed_at = u.time"
    " AND p.changed_by IS NOT DISTINCT FROM u.\"user\"", inverse);
  g_autofree char *people_sql = g_strdup_printf (
    "SELECT COUNT (DISTINCT record_id) FROM history WHERE batch_id = %" G_GINT64_FORMAT
    " AND table_name = 'personnel'", inverse);
  gint64 n = _mt_store_test_int (store, rows_sql);

  g_assert_nonnull (expected);
  g_assert_true (g_str_equal (written, expected));
  g_assert_cmpint (_mt_store_test_int (store, steps_sql), ==, n);
  g_assert_cmpint (_mt_store_test_int (store, versions_sql), ==, n);
  g_assert_cmpint (_mt_store_test_int (store, now_sql), ==,
                   _mt_store_test_int (store, people_sql));

  return n;
}

/* A promotion that moves thousands of people (some twice: by their category's pace, then
 * their camp's closure or their convoy) is undone and redone exactly: every planned
 * departure and figure back, each history row the inverse of the one it undoes; and undo
 * is refused when a person has changed since outside the history. */
static void
test_promote_large (void)
{
  g_autofree char *sql = g_strconcat (fixture, future_movements, large_roster, NULL);
  g_autoptr(MtStore) store = mt_test_store_new_with (sql);
  static const char * const specs[] = { "pace:troops:2", "closure:West:2023-12-20",
                                        "convoy:7:5", NULL };
  g_autoptr(MtScenario) scenario = save (store, "Everyone later", specs);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = dump_plan (store);
  g_autofree char *after = NULL;
  g_autofree char *now = NULL;
  gint64 promoted, undone, redone, moved = 0;

  g_assert_true (mt_store_promote_scenario (store, scenario, AS_OF, &moved, &error));
  g_assert_no_error (error);
  g_assert_cmpint (moved, >, 2000);
  promoted = last_batch (store);
  after = dump_plan (store);
  g_assert_cmpstr (after, !=, before);
  /* Some people are moved twice by the one promotion. */
  g_assert_cmpint (_mt_store_test_int (store, "SELECT COUNT (*) - COUNT (DISTINCT record_id)"
                                              " FROM history WHERE table_name = 'personnel'"),
                   >, 0);

  g_assert_true (mt_store_undo (store, &error));
  g_assert_no_error (error);
  undone = last_batch (store);
  now = dump_plan (store);
  g_assert_true (g_str_equal (now, before));
  g_assert_cmpint (assert_inverse (store, promoted, undone, "undo"), >, 2000);

  g_assert_true (mt_store_redo (store, &error));
  g_assert_no_error (error);
  redone = last_batch (store);
  g_free (now);
  now = dump_plan (store);
  g_assert_true (g_str_equal (now, after));
  assert_inverse (store, undone, redone, "redo");

  /* A person planned again outside the history (as an import does): undo is refused and
   * writes nothing. */
  g_assert_true (_mt_store_test_exec (store, "UPDATE personnel"
                                      " SET planned_departure = '2023-12-30',"
                                      " version = version + 1, changed_by = 'Awa'"
                                      " WHERE id = 2000", &error));
  g_assert_no_error (error);
  g_free (after);
  after = dump_plan (store);
  g_assert_false (mt_store_undo (store, &error));
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "Awa"));
  g_clear_error (&error);
  g_free (now);
  now = dump_plan (store);
  g_assert_true (g_str_equal (now, after));
  g_assert_cmpint (last_batch (store), ==, redone);
  g_assert_true (mt_store_can_undo (store));
}

/* A scenario naming a camp that is gone writes nothing. */
static void
test_promote_gone (void)
{
  g_autoptr(MtStore) store = fixture_store ();
  g_autoptr(MtScenario) scenario = mt_scenario_new ();
  MtScenarioChange *pace = mt_scenario_change_new (MT_SCENARIO_CATEGORY_PACE);
  MtScenarioChange *closure = mt_scenario_change_new (MT_SCENARIO_CAMP_CLOSURE);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = describe_today (store);
  g_autofree char *after = NULL;

  scenario->name = g_strdup ("Ghost camp");
  pace->category = g_strdup ("civ");
  pace->factor = 2;
  closure->camp_id = 99;
  closure->date = g_strdup ("2023-12-01");
  g_ptr_array_add (scenario->changes, pace);
  g_ptr_array_add (scenario->changes, closure);

  g_assert_false (mt_store_promote_scenario (store, scenario, AS_OF, NULL, &error));
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND);
  after = describe_today (store);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (mt_store_can_undo (store));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mt/store-scenario/read-plan", test_read_plan);
  g_test_add_func ("/mt/store-scenario/closure", test_closure);
  g_test_add_func ("/mt/store-scenario/convoy-delay", test_convoy_delay);
  g_test_add_func ("/mt/store-scenario/pace", test_pace);
  g_test_add_func ("/mt/store-scenario/transfer-then-closure", test_transfer_then_closure);
  g_test_add_func ("/mt/store-scenario/refused", test_refused);
  g_test_add_func ("/mt/store-scenario/lifecycle", test_lifecycle);
  g_test_add_func ("/mt/store-scenario/curve", test_curve);
  g_test_add_func ("/mt/store-scenario/seed", test_seed);
  g_test_add_func ("/mt/store-scenario/promote", test_promote);
  g_test_add_func ("/mt/store-scenario/promote-gone", test_promote_gone);
  g_test_add_func ("/mt/store-scenario/promote-large", test_promote_large);

  return g_test_run ();
}
