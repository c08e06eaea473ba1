/* test-plan.c: baselines of the plan, and how far today's plan and the data moved from one.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "mt-camp.h"
#include "mt-date.h"
#include "mt-record.h"
#include "mt-report.h"
#include "mt-plan.h"
#include "mt-store.h"
#include "mt-store-edit.h"
#include "mt-store-history.h"
#include "mt-store-plan.h"
#include "mt-store-series.h"
#include "mt-test-util.h"

/* Three camps, a roster of five and three movements, one of them only planned. */
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
  "INSERT INTO personnel (personnel_id, category, camp_id, planned_departure, departure_date)"
  " VALUES ('P1', 'troops', 1, '2023-08-10', '2023-08-10'),"
  "        ('P2', 'troops', 1, '2023-09-15', NULL),"
  "        ('P3', 'troops', 1, '2023-11-20', NULL),"
  "        ('P4', 'civ', 3, '2023-12-10', NULL),"
  "        ('P5', 'civ', 3, NULL, NULL);"
  "INSERT INTO movements (date, camp_id, category, count, planned) VALUES"
  " ('2023-08-01', 1, 'troops', 100, 0),"
  " ('2023-09-20', 2, 'troops', 50, 1),"
  " ('2023-09-01', NULL, 'civ', 10, 0);";

static MtStore *
fixture_store (void)
{
  return mt_test_store_new_with (fixture);
}

/* The item of @items whose string at @offset is @key. */
static gconstpointer
find_by (GPtrArray  *items,
         gsize       offset,
         const char *key)
{
  for (guint i = 0; i < items->len; i++)
    if (g_strcmp0 (G_STRUCT_MEMBER (const char *, items->pdata[i], offset), key) == 0)
      return items->pdata[i];
  g_assert_not_reached ();
}

#define find_camp(v, key) \
  ((const MtCampVariance *) find_by ((v)->camps, G_STRUCT_OFFSET (MtCampVariance, camp_name), key))
#define find_category(v, key) \
  ((const MtCategoryVariance *) find_by ((v)->categories, \
                                         G_STRUCT_OFFSET (MtCategoryVariance, code), key))

static int
slip (const MtPlanVariance *variance,
      const char           *camp)
{
  int days = G_MININT;

  g_assert_true (mt_camp_variance_get_slip (find_camp (variance, camp), &days));
  return days;
}

/* Moves a camp's planned closure the way the camp editor does. */
static void
move_closure (MtStore    *store,
              gint64      camp_id,
              const char *date)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtCamp) camp = mt_store_get_camp (store, camp_id, NULL, &error);
  MtCampFields fields = { 0 };

  g_assert_no_error (error);
  fields.name = mt_camp_get_name (camp);
  fields.latitude = mt_camp_get_latitude (camp);
  fields.longitude = mt_camp_get_longitude (camp);
  fields.planned_closure = date;
  fields.planned_handover = mt_camp_get_planned_handover (camp);
  fields.version = mt_record_get_version (camp);
  g_assert_true (mt_store_update_camp (store, camp_id, &fields, &error));
  g_assert_no_error (error);
}

/* Tests */

static void
test_planned_movement_not_departed (void)
{
  g_autoptr(MtStore) store = fixture_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MtSummary) summary = mt_store_get_summary (store, 0, "2023-10-15", &error);

  g_assert_no_error (error);
  /* 100 moved and P1: the 50 planned from East on 20 September have not left. */
  g_assert_cmpint (mt_summary_find_category (summary, "troops")->departed, ==, 101);
}

static void
test_take (void)
{
  g_autoptr(MtStore) store = fixture_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) baselines = NULL;
  g_autoptr(MtBaseline) found = NULL;
  g_autofree char *history = NULL;
  MtBaseline *first;
  gint64 id;

  id = mt_store_take_baseline (store, "  August plan ", "2023-08-15", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  baselines = mt_store_list_baselines (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (baselines->len, ==, 1);
  first = g_ptr_array_index (baselines, 0);
  g_assert_cmpint (first->id, ==, id);
  g_assert_cmpstr (first->name, ==, "August plan");
  g_assert_cmpstr (first->data_date, ==, "2023-08-15");
  g_assert_cmpstr (first->taken_by, ==, mt_store_get_login (store));
  g_assert_nonnull (first->taken_at);

  found = mt_store_find_baseline (store, "August plan", &error);
  g_assert_no_error (error);
  g_assert_cmpint (found->id, ==, id);

  /* One entry in the history, with what the baseline holds: 3 camps, 164 departures
   * (the person with no planned departure is in none). */
  history = mt_store_dump_table (store, "history", &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (history, "action=baseline|action_label=August plan"));
  g_assert_nonnull (strstr (history, "\"camps\":3"));
  g_assert_nonnull (strstr (history, "\"departures\":164"));
}

static void
test_refused (void)
{
  g_autoptr(MtStore) store = fixture_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) baselines = NULL;
  g_autoptr(MtBaseline) missing = NULL;

  g_assert_cmpint (mt_store_take_baseline (store, "August plan", NULL, &error), >, 0);
  g_assert_no_error (error);

  g_assert_cmpint (mt_store_take_baseline (store, "August plan ", NULL, &error), ==, 0);
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "August plan"));
  g_clear_error (&error);

  g_assert_cmpint (mt_store_take_baseline (store, "  ", NULL, &error), ==, 0);
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_cmpint (mt_store_take_baseline (store, "Later", "15/08/2023", &error), ==, 0);
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  missing = mt_store_find_baseline (store, "September plan", &error);
  g_assert_null (missing);
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Nothing of the refused ones was written. */
  baselines = mt_store_list_baselines (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (baselines->len, ==, 1);
}

/* The current baseline is called @name ("": there is none). */
static void
assert_current (MtStore    *store,
                const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtBaseline) current = mt_store_get_current_baseline (store, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (current != NULL ? current->name : "", ==, name);
}

static void
count_cb (MtStore *store,
          int     *n)
{
  (*n)++;
}

/* The latest taken, until one is chosen; a chosen one stays current when others are taken
 * after it, and back to the latest on 0. */
static void
test_current (void)
{
  g_autoptr(MtStore) store = fixture_store ();
  g_autoptr(GError) error = NULL;
  gint64 august, september;
  int changed = 0;

  assert_current (store, "");
  g_assert_cmpint (mt_store_get_chosen_baseline (store, &error), ==, 0);

  august = mt_store_take_baseline (store, "August plan", "2023-08-01", &error);
  g_assert_no_error (error);
  assert_current (store, "August plan");
  september = mt_store_take_baseline (store, "September plan", "2023-09-01", &error);
  g_assert_no_error (error);
  g_assert_cmpint (september, >, august);
  assert_current (store, "September plan");

  g_signal_connect (store, "changed", G_CALLBACK (count_cb), &changed);
  g_assert_true (mt_store_set_current_baseline (store, august, &error));
  g_assert_no_error (error);
  g_assert_cmpint (changed, ==, 1);
  assert_current (store, "August plan");
  g_assert_cmpint (mt_store_get_chosen_baseline (store, &error), ==, august);

  mt_store_take_baseline (store, "October plan", "2023-10-01", &error);
  g_assert_no_error (error);
  assert_current (store, "August plan");

  /* An unknown baseline is refused and changes nothing. */
  g_assert_false (mt_store_set_current_baseline (store, september + 1000, &error));
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  assert_current (store, "August plan");

  g_assert_true (mt_store_set_current_baseline (store, 0, &error));
  g_assert_no_error (error);
  assert_current (store, "October plan");
  g_assert_cmpint (mt_store_get_chosen_baseline (store, &error), ==, 0);
  g_assert_no_error (error);
}

/* The baseline's curve: the strength less the departures it planned, day by day. */
static void
test_curve (void)
{
  g_autoptr(MtStore) store = fixture_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MtBurndown) burndown = mt_burndown_new ("2023-07-01", "2023-12-31", "2023-10-15", 1000);
  gint64 id = mt_store_take_baseline (store, "August plan", "2023-08-15", &error);
  static const struct { const char *date; double deployed; } expected[] = {
    { "2023-07-31", 1000 }, { "2023-08-01", 900 }, { "2023-08-10", 899 }, { "2023-09-01", 889 },
    { "2023-09-15", 888 }, { "2023-09-20", 838 }, { "2023-11-19", 838 }, { "2023-11-20", 837 },
    { "2023-12-10", 836 }, { "2024-06-30", 836 },
  };

  g_assert_no_error (error);
  /* Moving a departure after the baseline changes nothing in it. */
  g_assert_true (mt_store_load_sql (store, "UPDATE personnel SET planned_departure = '2024-01-20'"
                                           " WHERE personnel_id = 'P4'", &error));
  g_assert_no_error (error);
  g_assert_true (mt_store_add_baseline_curve (store, burndown, id, "August plan", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (burndown->plan_name, ==, "August plan");
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      double deployed = -1;

      g_assert_true (mt_burndown_planned_at (burndown, expected[i].date, &deployed));
      g_assert_cmpfloat (deployed, ==, expected[i].deployed);
    }
}

/* The latest data is the day of the last recorded event: P1's departure, the movements and
 * the closure of East; the plan's future dates are not data. */
static void
test_latest_data_date (void)
{
  g_autoptr(MtStore) store = fixture_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MtBaseline) baseline = NULL;

  mt_store_take_baseline (store, "Now", NULL, &error);
  g_assert_no_error (error);
  baseline = mt_store_find_baseline (store, "Now", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (baseline->data_date, ==, "2023-10-05");
}

static void
test_variance (void)
{
  g_autoptr(MtStore) store = fixture_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MtPlanVariance) before = NULL;
  g_autoptr(MtPlanVariance) after = NULL;
  MtPlanEnds ends = { 0 };
  g_autofree char *sentence = NULL;
  g_autofree char *n = mt_format_count (1234);
  g_autofree char *people = NULL;
  int days;
  gint64 id;

  id = mt_store_take_baseline (store, "August plan", "2023-08-15", &error);
  g_assert_no_error (error);

  before = mt_store_get_plan_variance (store, id, "2023-10-15", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (before->baseline->name, ==, "August plan");
  g_assert_cmpstr (before->deadline, ==, "2023-12-31");
  g_assert_cmpstr (before->baseline_ends.personnel_end, ==, "2023-12-10");
  g_assert_cmpstr (before->baseline_ends.camps_end, ==, "2023-12-15");
  g_assert_cmpint (before->baseline_ends.unplanned, ==, 1);
  g_assert_cmpstr (before->current_ends.personnel_end, ==, "2023-12-10");
  g_assert_cmpint (slip (before, "North"), ==, 0);
  /* East closed on 5 October, five days after the baseline's 30 September. */
  g_assert_cmpint (slip (before, "East"), ==, 5);
  g_assert_cmpstr (find_camp (before, "East")->closed_on, ==, "2023-10-05");

  /* The plan changes: North closes three weeks later, West in January; P3 leaves in
   * January, after the deadline. */
  move_closure (store, 1, "2023-11-21");
  move_closure (store, 3, "2024-01-10");
  mt_store_load_sql (store, "UPDATE personnel SET planned_departure = '2024-01-20'"
                            " WHERE personnel_id = 'P3'", &error);
  g_assert_no_error (error);

  after = mt_store_get_plan_variance (store, id, "2023-10-15", &error);
  g_assert_no_error (error);

  /* Per camp: the baseline's closure, today's, the slip in days. */
  g_assert_cmpstr (find_camp (after, "North")->baseline_closure, ==, "2023-10-31");
  g_assert_cmpstr (find_camp (after, "North")->planned_closure, ==, "2023-11-21");
  g_assert_null (find_camp (after, "North")->closed_on);
  g_assert_cmpint (slip (after, "North"), ==, 21);
  g_assert_cmpint (slip (after, "East"), ==, 5);
  g_assert_cmpint (slip (after, "West"), ==, 26);

  /* Per category up to 15 October: the baseline planned P1, P2, the 100 and the 50 from
   * East; 101 left, 51 behind. The civilians' 10 left as planned. */
  g_assert_cmpint (find_category (after, "troops")->planned, ==, 152);
  g_assert_cmpint (find_category (after, "troops")->recorded, ==, 101);
  g_assert_cmpint (mt_category_variance_get_behind (find_category (after, "troops")), ==, 51);
  g_assert_cmpint (find_category (after, "civ")->planned, ==, 10);
  g_assert_cmpint (mt_category_variance_get_behind (find_category (after, "civ")), ==, 0);

  /* The baseline is frozen: its ends stay; today's plan ends later. */
  g_assert_cmpstr (after->baseline_ends.personnel_end, ==, "2023-12-10");
  g_assert_cmpstr (after->baseline_ends.camps_end, ==, "2023-12-15");
  g_assert_cmpstr (after->current_ends.personnel_end, ==, "2024-01-20");
  g_assert_cmpstr (after->current_ends.camps_end, ==, "2024-01-10");
  g_assert_true (mt_plan_days_moved (after->baseline_ends.personnel_end,
                                     after->current_ends.personnel_end, &days));
  g_assert_cmpint (days, ==, 41);
  g_assert_true (mt_plan_days_moved (after->deadline, after->current_ends.personnel_end, &days));
  g_assert_cmpint (days, ==, 20);
  g_assert_true (mt_plan_days_moved (after->baseline_ends.camps_end,
                                     after->current_ends.camps_end, &days));
  g_assert_cmpint (days, ==, 26);

  g_assert_true (mt_store_get_plan_ends (store, "2023-10-15", &ends, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ends.personnel_end, ==, "2024-01-20");
  g_assert_cmpstr (ends.camps_end, ==, "2024-01-10");
  g_assert_cmpint (ends.unplanned, ==, 1);
  mt_plan_ends_clear (&ends);

  /* The departures the plan still holds after a date: P3 and P4 after 15 October; on 1
   * September also P2 (15 September) and the 50 planned to leave East on 20 September. */
  g_assert_cmpint (mt_store_count_planned_after (store, "2023-10-15", &error), ==, 2);
  g_assert_no_error (error);
  g_assert_cmpint (mt_store_count_planned_after (store, "2023-09-01", &error), ==, 53);
  g_assert_no_error (error);

  /* The Overview's line: where the plan ends, and the one person it leaves out. */
  sentence = mt_report_plan_sentence (after, FALSE);
  g_assert_true (g_str_has_prefix (sentence, "The personnel plan now ends 20 January 2024, "));
  g_assert_true (g_str_has_suffix (sentence, ". 1 person still deployed has no planned "
                                             "departure yet."));
  g_clear_pointer (&sentence, g_free);
  after->current_ends.unplanned = 1234;
  people = g_strdup_printf (". %s people still deployed have no planned departure yet.", n);
  sentence = mt_report_plan_sentence (after, TRUE);
  g_assert_true (g_str_has_prefix (sentence, "The camps plan now ends 10 January 2024, "));
  g_assert_true (g_str_has_suffix (sentence, people));
  g_clear_pointer (&sentence, g_free);
  after->current_ends.unplanned = 0;
  sentence = mt_report_plan_sentence (after, FALSE);
  g_assert_null (strstr (sentence, "no planned departure"));
}

/* A camp the baseline knew and that was deleted since still shows, by its name. */
static void
test_deleted_camp (void)
{
  g_autoptr(MtStore) store = fixture_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MtPlanVariance) variance = NULL;
  const MtCampVariance *gone;
  gint64 id;

  mt_store_load_sql (store, "INSERT INTO camps (id, name, planned_closure)"
                            " VALUES (4, 'South', '2023-09-01')", &error);
  g_assert_no_error (error);
  id = mt_store_take_baseline (store, "August plan", "2023-08-15", &error);
  g_assert_no_error (error);
  g_assert_true (mt_store_delete_camp (store, 4, &error));
  g_assert_no_error (error);

  variance = mt_store_get_plan_variance (store, id, "2023-10-15", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (variance->camps->len, ==, 4);
  gone = g_ptr_array_index (variance->camps, 3);
  g_assert_cmpstr (gone->camp_name, ==, "South");
  g_assert_cmpstr (gone->baseline_closure, ==, "2023-09-01");
  g_assert_null (gone->planned_closure);
  g_assert_false (mt_camp_variance_get_slip (gone, NULL));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mt/plan/planned-movement-not-departed", test_planned_movement_not_departed);
  g_test_add_func ("/mt/plan/take", test_take);
  g_test_add_func ("/mt/plan/refused", test_refused);
  g_test_add_func ("/mt/plan/current", test_current);
  g_test_add_func ("/mt/plan/curve", test_curve);
  g_test_add_func ("/mt/plan/latest-data-date", test_latest_data_date);
  g_test_add_func ("/mt/plan/variance", test_variance);
  g_test_add_func ("/mt/plan/deleted-camp", test_deleted_camp);

  return g_test_run ();
}
