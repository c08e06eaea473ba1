/* test-scenario.c: what-if changes laid over a plan, without a database.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <locale.h>

#include "mt-scenario.h"

#define KIDAL 1
#define GAO 2

/* As of 1 October 2023: Kidal closes on 1 December, Gao on 31 December. */
static MtPlanData *
make_plan (void)
{
  MtPlanData *plan = mt_plan_data_new ("2023-10-01");

  g_ptr_array_add (plan->camps, mt_plan_camp_new (KIDAL, "Kidal", "2023-12-01", NULL));
  g_ptr_array_add (plan->camps, mt_plan_camp_new (GAO, "Gao", "2023-12-31", NULL));
  g_ptr_array_add (plan->rows, mt_plan_row_new (KIDAL, "troops", "2023-09-15", 10));  /* left */
  g_ptr_array_add (plan->rows, mt_plan_row_new (KIDAL, "troops", "2023-10-31", 20));  /* +30 */
  g_ptr_array_add (plan->rows, mt_plan_row_new (KIDAL, "troops", "2023-11-30", 30));  /* +60 */
  g_ptr_array_add (plan->rows, mt_plan_row_new (KIDAL, "troops", "", 5));
  g_ptr_array_add (plan->rows, mt_plan_row_new (KIDAL, "civ", "2023-11-01", 4));      /* +31 */
  g_ptr_array_add (plan->rows, mt_plan_row_new (GAO, "troops", "2023-12-20", 40));    /* +80 */
  g_ptr_array_add (plan->rows, mt_plan_row_new (0, "civ", "2023-10-15", 7));

  return plan;
}

/* The plan's rows, one "camp category day n" per line. */
static char *
dump (const MtPlanData *plan)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < plan->camps->len; i++)
    {
      const MtPlanCamp *camp = g_ptr_array_index (plan->camps, i);

      g_string_append_printf (out, "camp %s %s\n", camp->name, camp->planned_closure);
    }
  for (guint i = 0; i < plan->rows->len; i++)
    {
      const MtPlanRow *row = g_ptr_array_index (plan->rows, i);

      g_string_append_printf (out, "%" G_GINT64_FORMAT " %s %s %" G_GINT64_FORMAT "\n",
                              row->camp_id, row->category, row->day, row->n);
    }

  return g_string_free (out, FALSE);
}

/* Applies @change to a fresh plan, checking the plan given is left as it was. */
static MtPlanData *
apply (MtScenarioChange *change)
{
  g_autoptr(MtPlanData) plan = make_plan ();
  g_autofree char *before = dump (plan);
  g_autofree char *after = NULL;
  g_autoptr(MtScenarioChange) owned = change;
  MtPlanData *result = mt_scenario_change_apply (change, plan);

  after = dump (plan);
  g_assert_cmpstr (after, ==, before);

  return result;
}

static void
assert_ends (const MtPlanData *plan,
             const char       *personnel_end,
             const char       *camps_end,
             gint64            unplanned)
{
  MtPlanEnds ends;

  mt_plan_data_get_ends (plan, &ends);
  g_assert_cmpstr (ends.personnel_end, ==, personnel_end);
  g_assert_cmpstr (ends.camps_end, ==, camps_end);
  g_assert_cmpint (ends.unplanned, ==, unplanned);
  mt_plan_ends_clear (&ends);
}

static MtScenarioChange *
closure (const char *date)
{
  MtScenarioChange *change = mt_scenario_change_new (MT_SCENARIO_CAMP_CLOSURE);

  change->camp_id = KIDAL;
  change->date = g_strdup (date);
  return change;
}

/* Tests */

static void
test_ends (void)
{
  g_autoptr(MtPlanData) plan = make_plan ();

  assert_ends (plan, "2023-12-20", "2023-12-31", 5);
}

/* Kidal a month later: its 61 remaining days become 91, every departure in proportion. */
static void
test_closure_later (void)
{
  g_autoptr(MtPlanData) plan = apply (closure ("2023-12-31"));

  g_assert_cmpstr (mt_plan_data_find_camp (plan, KIDAL)->planned_closure, ==, "2023-12-31");
  /* +30, +60 and +31 days, each × 91/61. */
  g_assert_cmpint (mt_plan_data_count (plan, KIDAL, "troops", "2023-11-15"), ==, 20);
  g_assert_cmpint (mt_plan_data_count (plan, KIDAL, "troops", "2023-12-30"), ==, 30);
  g_assert_cmpint (mt_plan_data_count (plan, KIDAL, "civ", "2023-11-16"), ==, 4);
  /* Gone already, never planned, elsewhere: as they were. */
  g_assert_cmpint (mt_plan_data_count (plan, KIDAL, "troops", "2023-09-15"), ==, 10);
  g_assert_cmpint (mt_plan_data_count (plan, KIDAL, "troops", ""), ==, 5);
  g_assert_cmpint (mt_plan_data_count (plan, GAO, "troops", "2023-12-20"), ==, 40);
  g_assert_cmpint (mt_plan_data_count (plan, -1, NULL, NULL), ==, 116);
  assert_ends (plan, "2023-12-30", "2023-12-31", 5);
}

/* Kidal on 15 November: 61 days become 45; one planned after the old closure comes to the
 * new one. */
static void
test_closure_earlier (void)
{
  g_autoptr(MtPlanData) plan = make_plan ();
  g_autoptr(MtPlanData) moved = NULL;
  g_autoptr(MtScenarioChange) change = closure ("2023-11-15");

  g_ptr_array_add (plan->rows, mt_plan_row_new (KIDAL, "troops", "2024-01-15", 2));
  moved = mt_scenario_change_apply (change, plan);

  /* +30 and +60 days, each × 45/61. */
  g_assert_cmpint (mt_plan_data_count (moved, KIDAL, "troops", "2023-10-23"), ==, 20);
  g_assert_cmpint (mt_plan_data_count (moved, KIDAL, "troops", "2023-11-14"), ==, 30);
  g_assert_cmpint (mt_plan_data_count (moved, KIDAL, "troops", "2023-11-15"), ==, 2);
  g_assert_cmpint (mt_plan_data_count (moved, KIDAL, "civ", "2023-10-24"), ==, 4);
  assert_ends (moved, "2023-12-20", "2023-12-31", 5);
  /* The plan given still has its own. */
  assert_ends (plan, "2024-01-15", "2023-12-31", 5);
}

static void
test_pace (void)
{
  MtScenarioChange *slower = mt_scenario_change_new (MT_SCENARIO_CATEGORY_PACE);
  MtScenarioChange *faster = mt_scenario_change_new (MT_SCENARIO_CATEGORY_PACE);
  g_autoptr(MtPlanData) plan = NULL;
  g_autoptr(MtPlanData) quick = NULL;

  slower->category = g_strdup ("troops");
  slower->factor = 1.5;
  plan = apply (slower);
  g_assert_cmpint (mt_plan_data_count (plan, KIDAL, "troops", "2023-11-15"), ==, 20);
  g_assert_cmpint (mt_plan_data_count (plan, KIDAL, "troops", "2023-12-30"), ==, 30);
  g_assert_cmpint (mt_plan_data_count (plan, GAO, "troops", "2024-01-29"), ==, 40);  /* 80 × 1.5 */
  g_assert_cmpint (mt_plan_data_count (plan, KIDAL, "civ", "2023-11-01"), ==, 4);
  g_assert_cmpint (mt_plan_data_count (plan, 0, "civ", "2023-10-15"), ==, 7);
  assert_ends (plan, "2024-01-29", "2023-12-31", 5);

  faster->category = g_strdup ("troops");
  faster->factor = 0.5;
  quick = apply (faster);
  g_assert_cmpint (mt_plan_data_count (quick, KIDAL, "troops", "2023-10-16"), ==, 20);
  g_assert_cmpint (mt_plan_data_count (quick, GAO, "troops", "2023-11-10"), ==, 40);
  assert_ends (quick, "2023-11-10", "2023-12-31", 5);
}

static void
test_convoy_delay (void)
{
  MtScenarioChange *change = mt_scenario_change_new (MT_SCENARIO_CONVOY_DELAY);
  g_autoptr(MtPlanData) plan = NULL;

  change->convoy_id = 12;
  change->days = 10;
  change->people = g_ptr_array_new_with_free_func ((GDestroyNotify) mt_plan_row_free);
  g_ptr_array_add (change->people, mt_plan_row_new (KIDAL, "troops", "2023-11-30", 12));
  g_ptr_array_add (change->people, mt_plan_row_new (KIDAL, "troops", "2023-09-15", 3));
  g_ptr_array_add (change->people, mt_plan_row_new (GAO, "troops", "2023-12-20", 40));
  plan = apply (change);

  g_assert_cmpint (mt_plan_data_count (plan, KIDAL, "troops", "2023-11-30"), ==, 18);
  g_assert_cmpint (mt_plan_data_count (plan, KIDAL, "troops", "2023-12-10"), ==, 12);
  /* Gone before the data date: the convoy cannot hold them back. */
  g_assert_cmpint (mt_plan_data_count (plan, KIDAL, "troops", "2023-09-15"), ==, 10);
  g_assert_cmpint (mt_plan_data_count (plan, GAO, "troops", "2023-12-30"), ==, 40);
  g_assert_cmpint (mt_plan_data_count (plan, -1, NULL, NULL), ==, 116);
  assert_ends (plan, "2023-12-30", "2023-12-31", 5);
}

static MtPlanData *
transfer (gint64 n)
{
  MtScenarioChange *change = mt_scenario_change_new (MT_SCENARIO_TRANSFER);

  change->category = g_strdup ("troops");
  change->n = n;
  change->camp_id = KIDAL;
  change->to_camp_id = GAO;
  change->date = g_strdup ("2023-10-15");
  return apply (change);
}

/* The latest planned go first, keeping their days; those with none last; never those
 * who left before the day. */
static void
test_transfer (void)
{
  g_autoptr(MtPlanData) thirty = transfer (30);
  g_autoptr(MtPlanData) forty = transfer (40);
  g_autoptr(MtPlanData) all = transfer (100);

  g_assert_cmpint (mt_plan_data_count (thirty, GAO, "troops", "2023-11-30"), ==, 30);
  g_assert_cmpint (mt_plan_data_count (thirty, KIDAL, "troops", "2023-11-30"), ==, 0);
  g_assert_cmpint (mt_plan_data_count (thirty, KIDAL, "troops", "2023-10-31"), ==, 20);

  g_assert_cmpint (mt_plan_data_count (forty, GAO, "troops", "2023-10-31"), ==, 10);
  g_assert_cmpint (mt_plan_data_count (forty, KIDAL, "troops", "2023-10-31"), ==, 10);

  g_assert_cmpint (mt_plan_data_count (all, GAO, "troops", NULL), ==, 95);
  g_assert_cmpint (mt_plan_data_count (all, GAO, "troops", ""), ==, 5);
  g_assert_cmpint (mt_plan_data_count (all, KIDAL, "troops", NULL), ==, 10);
  g_assert_cmpint (mt_plan_data_count (all, -1, NULL, NULL), ==, 116);
  assert_ends (all, "2023-12-20", "2023-12-31", 5);
}

/* Changes apply in order, each on what the one before made. */
static void
test_scenario_in_order (void)
{
  g_autoptr(MtScenario) scenario = mt_scenario_new ();
  g_autoptr(MtPlanData) plan = make_plan ();
  g_autoptr(MtPlanData) result = NULL;
  g_autofree char *before = dump (plan);
  g_autofree char *after = NULL;
  MtScenarioChange *pace = mt_scenario_change_new (MT_SCENARIO_CATEGORY_PACE);

  pace->category = g_strdup ("troops");
  pace->factor = 1.5;
  g_ptr_array_add (scenario->changes, closure ("2023-12-31"));
  g_ptr_array_add (scenario->changes, pace);
  result = mt_scenario_apply (scenario, plan);

  /* +60 became +90 with the closure, then +135 with the pace. */
  g_assert_cmpint (mt_plan_data_count (result, KIDAL, "troops", "2024-02-13"), ==, 30);
  assert_ends (result, "2024-02-13", "2023-12-31", 5);
  after = dump (plan);
  g_assert_cmpstr (after, ==, before);
}

static void
test_draw (void)
{
  g_autoptr(MtPlanData) plan = make_plan ();
  MtBurndown *burndown = mt_burndown_new ("2023-10-01", "2023-12-31", "2023-10-01", 200);
  double value = 0;

  mt_plan_data_draw (plan, burndown, "Kidal late");
  g_assert_cmpstr (burndown->plan_name, ==, "Kidal late");
  /* The 10 who left in September count on the start. */
  g_assert_true (mt_burndown_planned_at (burndown, "2023-10-01", &value));
  g_assert_cmpfloat (value, ==, 190);
  g_assert_true (mt_burndown_planned_at (burndown, "2023-10-31", &value));
  g_assert_cmpfloat (value, ==, 163);
  g_assert_true (mt_burndown_planned_at (burndown, "2023-12-31", &value));
  g_assert_cmpfloat (value, ==, 89);
  mt_burndown_free (burndown);
}

static void
test_describe (void)
{
  g_autoptr(MtScenarioChange) move = closure ("2023-12-15");
  g_autoptr(MtScenarioChange) pace = mt_scenario_change_new (MT_SCENARIO_CATEGORY_PACE);
  g_autoptr(MtScenarioChange) convoy = mt_scenario_change_new (MT_SCENARIO_CONVOY_DELAY);
  g_autoptr(MtScenarioChange) transfer = mt_scenario_change_new (MT_SCENARIO_TRANSFER);
  g_autofree char *text = NULL;

  move->camp_name = g_strdup ("Kidal");
  text = mt_scenario_change_describe (move);
  g_assert_cmpstr (text, ==, "Kidal closes on 15 Dec 2023");
  g_clear_pointer (&text, g_free);

  pace->category = g_strdup ("troops");
  pace->category_name = g_strdup ("Troops");
  pace->factor = 1.5;
  text = mt_scenario_change_describe (pace);
  g_assert_cmpstr (text, ==, "Troops leave 1.5× slower");
  g_clear_pointer (&text, g_free);
  pace->factor = 0.5;
  text = mt_scenario_change_describe (pace);
  g_assert_cmpstr (text, ==, "Troops leave 2× faster");
  g_clear_pointer (&text, g_free);

  convoy->convoy_id = 12;
  convoy->convoy_label = g_strdup ("Gao → Bamako");
  convoy->days = 10;
  text = mt_scenario_change_describe (convoy);
  g_assert_cmpstr (text, ==, "Convoy 12 (Gao → Bamako) leaves 10 days late");
  g_clear_pointer (&text, g_free);

  transfer->n = 50;
  transfer->category = g_strdup ("troops");
  transfer->category_name = g_strdup ("Troops");
  transfer->camp_name = g_strdup ("Kidal");
  transfer->to_camp_name = g_strdup ("Gao");
  transfer->date = g_strdup ("2023-10-01");
  text = mt_scenario_change_describe (transfer);
  g_assert_cmpstr (text, ==, "50 Troops move from Kidal to Gao on 1 Oct 2023");
}

static void
test_kind_keys (void)
{
  for (MtScenarioChangeKind kind = 0; kind < MT_SCENARIO_N_KINDS; kind++)
    {
      MtScenarioChangeKind back = MT_SCENARIO_N_KINDS;

      g_assert_true (mt_scenario_change_kind_from_key (mt_scenario_change_kind_to_key (kind),
                                                       &back));
      g_assert_cmpint (back, ==, kind);
    }
  g_assert_false (mt_scenario_change_kind_from_key ("delay", &(MtScenarioChangeKind) { 0 }));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mt/scenario/ends", test_ends);
  g_test_add_func ("/mt/scenario/closure-later", test_closure_later);
  g_test_add_func ("/mt/scenario/closure-earlier", test_closure_earlier);
  g_test_add_func ("/mt/scenario/pace", test_pace);
  g_test_add_func ("/mt/scenario/convoy-delay", test_convoy_delay);
  g_test_add_func ("/mt/scenario/transfer", test_transfer);
  g_test_add_func ("/mt/scenario/in-order", test_scenario_in_order);
  g_test_add_func ("/mt/scenario/draw", test_draw);
  g_test_add_func ("/mt/scenario/describe", test_describe);
  g_test_add_func ("/mt/scenario/kind-keys", test_kind_keys);

  return g_test_run ();
}
