/* test-series.c: the chart series aggregated by the store, as of a date.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <locale.h>

#include "mt-store.h"
#include "mt-store-series.h"
#include "mt-test-util.h"

/* Small data with known answers: 1,000 deployed in three camps, departures from
 * movements and from the roster, one before the withdrawal start. */
static const char fixture[] =
  "INSERT INTO mission (id, name, withdrawal_start, deadline)"
  " VALUES (1, 'TEST', '2023-07-01', '2023-12-31');"
  "INSERT INTO categories (code, name, name_fr, short_name, short_name_fr, uniformed, position)"
  " VALUES ('troops', 'Troops', 'Troupes', 'Troops', 'Troupes', 1, 1),"
  "        ('civ', 'Civilians', 'Civils', 'Civ', 'Civ', 0, 2);"
  "INSERT INTO camps (id, name, latitude, longitude) VALUES"
  " (1, 'North', 18.0, 1.0), (2, 'East', 16.0, 0.0), (3, 'West', 13.0, -8.0);"
  "INSERT INTO camp_status (camp_id, date, status) VALUES"
  " (1, '2023-06-30', 'operational'), (2, '2023-06-30', 'operational'),"
  " (3, '2023-06-30', 'operational'),"
  " (1, '2023-07-10', 'drawing-down'), (1, '2023-08-20', 'closed'),"
  " (2, '2023-08-03', 'handed-over');"
  "INSERT INTO deployments (camp_id, category, count) VALUES"
  " (1, 'troops', 600), (2, 'troops', 300), (3, 'civ', 100);"
  "INSERT INTO movements (date, camp_id, category, count) VALUES"
  " ('2023-06-20', 1, 'troops', 50),"   /* before the start: counts on 1 July */
  " ('2023-07-15', 1, 'troops', 200),"
  " ('2023-08-10', 2, 'troops', 100),"
  " ('2023-08-10', NULL, 'civ', 20);"
  "INSERT INTO personnel (personnel_id, category, camp_id, departure_date) VALUES"
  " ('P1', 'civ', 3, '2023-08-10'), ('P2', 'civ', 3, '2023-09-05'),"
  " ('P3', 'civ', 3, NULL);";

static MtStore *
fixture_store (void)
{
  return mt_test_store_new_with (fixture);
}

static void
test_burndown (void)
{
  g_autoptr(MtStore) store = fixture_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MtBurndown) data = mt_store_get_burndown (store, "2023-09-30", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (data->start, ==, "2023-07-01");
  g_assert_cmpstr (data->deadline, ==, "2023-12-31");
  g_assert_cmpfloat (data->baseline, ==, 1000);

  /* Start (less the 50 who left in June), 15 July, 10 August, 5 September. */
  g_assert_cmpuint (data->points->len, ==, 4);
  g_assert_cmpfloat (mt_burndown_value_at (data, "2023-07-01"), ==, 950);
  g_assert_cmpfloat (mt_burndown_value_at (data, "2023-07-31"), ==, 750);
  /* 10 August: 100 troops + 20 civilians moved + 1 roster departure. */
  g_assert_cmpfloat (mt_burndown_value_at (data, "2023-08-10"), ==, 629);
  g_assert_cmpfloat (mt_burndown_value_at (data, "2023-09-30"), ==, 628);
}

static void
test_burndown_as_of (void)
{
  g_autoptr(MtStore) store = fixture_store ();
  g_autoptr(MtBurndown) early = mt_store_get_burndown (store, "2023-08-01", NULL);
  g_autoptr(MtBurndown) before = mt_store_get_burndown (store, "2023-06-25", NULL);

  /* Nothing after the as-of date is read. */
  g_assert_cmpfloat (mt_burndown_value_at (early, "2023-12-31"), ==, 750);
  g_assert_cmpstr (early->as_of, ==, "2023-08-01");
  /* Before the withdrawal there is nothing to chart yet. */
  g_assert_cmpuint (before->points->len, ==, 0);
}

/* The recent rate counts the departures of the MT_BURNDOWN_RATE_DAYS days that end on the
 * as-of date, that day's included, and none before them. */
static void
test_burndown_rate_window (void)
{
  g_autoptr(MtStore) store = fixture_store ();
  g_autoptr(MtBurndown) last_day = mt_store_get_burndown (store, "2023-09-05", NULL);
  g_autoptr(MtBurndown) day_after = mt_store_get_burndown (store, "2023-09-06", NULL);
  g_autoptr(MtBurndown) window_end = mt_store_get_burndown (store, "2023-09-09", NULL);
  g_autoptr(MtBurndown) window_start = mt_store_get_burndown (store, "2023-09-08", NULL);
  g_autofree char *end = NULL;

  g_assert_cmpint (MT_BURNDOWN_RATE_DAYS, ==, 30);
  /* 5 September: the 121 of 10 August and P2, who left that very day. */
  g_assert_cmpfloat_with_epsilon (mt_burndown_recent_rate (last_day), 122.0 / 30, 1e-9);
  g_assert_cmpfloat_with_epsilon (mt_burndown_recent_rate (day_after), 122.0 / 30, 1e-9);
  /* 8 September: 10 August is the window's first day; on the 9th it has left it. */
  g_assert_cmpfloat_with_epsilon (mt_burndown_recent_rate (window_start), 122.0 / 30, 1e-9);
  g_assert_cmpfloat_with_epsilon (mt_burndown_recent_rate (window_end), 1.0 / 30, 1e-9);

  /* The window's 30 days hold the departures of the 5th: a completion date is projected. */
  end = mt_burndown_projected_end (last_day);
  g_assert_nonnull (end);
}

static void
test_burndown_matches_summary (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(MtBurndown) data = mt_store_get_burndown (store, "2023-09-27", NULL);
  g_autoptr(MtSummary) summary = mt_store_get_summary (store, 0, "2023-09-27", NULL);

  /* The chart and the key figures agree on the seed picture. */
  g_assert_cmpfloat (data->baseline, ==, summary->baseline_total);
  g_assert_cmpfloat (mt_burndown_value_at (data, "2023-09-27"), ==,
                     summary->baseline_total - summary->departed_total);
}

static void
test_departures_by_month (void)
{
  g_autoptr(MtStore) store = fixture_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MtStacked) data = mt_store_get_departures_by_month (store, "2023-09-30", &error);
  double total = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (data->names->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (data->names, 0), ==, "Troops");
  /* July to December. */
  g_assert_cmpuint (data->buckets->len, ==, 6);
  g_assert_cmpstr (g_ptr_array_index (data->buckets, 0), ==, "2023-07-01");
  g_assert_cmpuint (data->bucket_days, ==, 0);

  g_assert_cmpfloat (mt_stacked_get (data, 0, 0), ==, 250);  /* June's 50 + July's 200 */
  g_assert_cmpfloat (mt_stacked_get (data, 0, 1), ==, 0);
  g_assert_cmpfloat (mt_stacked_get (data, 1, 0), ==, 100);
  g_assert_cmpfloat (mt_stacked_get (data, 1, 1), ==, 21);   /* 20 moved + 1 roster */
  g_assert_cmpfloat (mt_stacked_get (data, 2, 1), ==, 1);
  for (guint b = 0; b < data->buckets->len; b++)
    total += mt_stacked_bucket_total (data, b);
  g_assert_cmpfloat (total, ==, 372);
}

static void
test_camps_by_status (void)
{
  g_autoptr(MtStore) store = fixture_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MtStacked) data = mt_store_get_camps_by_status (store, "2023-08-15", 7, &error);
  guint week;

  g_assert_no_error (error);
  g_assert_cmpuint (data->names->len, ==, MT_CAMP_N_STATUSES);
  g_assert_cmpstr (g_ptr_array_index (data->buckets, 0), ==, "2023-07-01");
  /* Weeks run to the deadline; the ones after as-of stay empty. */
  g_assert_cmpstr (g_ptr_array_index (data->buckets, data->buckets->len - 1), <=, "2023-12-31");
  g_assert_cmpfloat (mt_stacked_bucket_total (data, data->buckets->len - 1), ==, 0);

  /* First week, sampled on 7 July: all three operational. */
  g_assert_cmpfloat (mt_stacked_get (data, 0, MT_CAMP_STATUS_OPERATIONAL), ==, 3);
  /* Week of 8 July, sampled on the 14th: North drawing down. */
  g_assert_cmpfloat (mt_stacked_get (data, 1, MT_CAMP_STATUS_DRAWING_DOWN), ==, 1);
  /* The week holding as-of (12–18 August) is sampled on the 15th: East handed over,
   * North not closed yet. */
  week = mt_stacked_find_bucket (data, "2023-08-15");
  g_assert_cmpuint (week, !=, G_MAXUINT);
  g_assert_cmpfloat (mt_stacked_get (data, week, MT_CAMP_STATUS_HANDED_OVER), ==, 1);
  g_assert_cmpfloat (mt_stacked_get (data, week, MT_CAMP_STATUS_DRAWING_DOWN), ==, 1);
  g_assert_cmpfloat (mt_stacked_get (data, week, MT_CAMP_STATUS_CLOSED), ==, 0);
  g_assert_cmpfloat (mt_stacked_bucket_total (data, week), ==, 3);
  g_assert_cmpfloat (mt_stacked_bucket_total (data, week + 1), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mt/series/burndown", test_burndown);
  g_test_add_func ("/mt/series/burndown-as-of", test_burndown_as_of);
  g_test_add_func ("/mt/series/burndown-rate-window", test_burndown_rate_window);
  g_test_add_func ("/mt/series/burndown-matches-summary", test_burndown_matches_summary);
  g_test_add_func ("/mt/series/departures-by-month", test_departures_by_month);
  g_test_add_func ("/mt/series/camps-by-status", test_camps_by_status);

  return g_test_run ();
}
