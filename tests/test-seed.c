/* test-seed.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The seeded picture must reproduce the mission's published figures exactly: the
 * expected numbers below are the ones in the 27 September 2023 release
 * (/work/shared/seeds/FACTS.md), not values read back from the database.
 */

#include "config.h"

#include <gio/gio.h>

#include "mt-camp.h"
#include "mt-category.h"
#include "mt-convoy.h"
#include "mt-event.h"
#include "mt-mission.h"
#include "mt-movement.h"
#include "mt-person.h"
#include "mt-stat-point.h"
#include "mt-store.h"
#include "mt-summary.h"
#include "mt-test-util.h"

typedef struct
{
  MtStore *store;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->store = mt_test_store_new (TRUE);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
}

static MtCamp *
find_camp (GPtrArray  *camps,
           const char *name)
{
  for (guint i = 0; i < camps->len; i++)
    {
      if (g_strcmp0 (mt_camp_get_name (g_ptr_array_index (camps, i)), name) == 0)
        return g_ptr_array_index (camps, i);
    }

  g_assert_not_reached ();
}

static void
test_mission (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtMission) mission = mt_store_get_mission (fixture->store, &error);

  g_assert_no_error (error);
  g_assert_false (mt_store_is_empty (fixture->store));
  g_assert_cmpstr (mt_mission_get_name (mission), ==, "MINUSMA");
  g_assert_cmpstr (mt_mission_get_resolution (mission), ==, "2690");
  g_assert_cmpstr (mt_mission_get_resolution_date (mission), ==, "2023-06-30");
  g_assert_cmpstr (mt_mission_get_withdrawal_start (mission), ==, "2023-07-01");
  g_assert_cmpstr (mt_mission_get_deadline (mission), ==, "2023-12-31");
  g_assert_cmpstr (mt_mission_get_headquarters (mission), ==, "Bamako");
}

static void
test_figures_2023_09_27 (Fixture       *fixture,
                         gconstpointer  data)
{
  struct {
    const char *code;
    gint64      departed;
    gboolean    uniformed;
  } release[] = {
    { "mso", 97, TRUE },
    { "troops", 2583, TRUE },
    { "ipo", 184, TRUE },
    { "fpu", 412, TRUE },
    { "intl-staff", 81, FALSE },
    { "unv", 10, FALSE },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(MtSummary) summary = mt_store_get_summary (fixture->store, 0, "2023-09-27", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (summary->as_of, ==, "2023-09-27");
  g_assert_cmpuint (summary->categories->len, ==, G_N_ELEMENTS (release));

  for (guint i = 0; i < G_N_ELEMENTS (release); i++)
    {
      const MtCategoryTotal *total = mt_summary_find_category (summary, release[i].code);

      g_assert_nonnull (total);
      g_assert_cmpint (total->departed, ==, release[i].departed);
      g_assert_cmpint (total->uniformed, ==, release[i].uniformed);
      g_assert_cmpint (total->on_roster, ==, 0);
      /* Display order follows the release: Force, Police, Civilian. */
      g_assert_cmpstr (((MtCategoryTotal *) g_ptr_array_index (summary->categories, i))->code, ==,
                       release[i].code);
    }

  g_assert_cmpint (summary->departed_uniformed, ==, 3276);
  g_assert_cmpint (summary->departed_civilian, ==, 91);
  g_assert_cmpint (summary->departed_total, ==, 3367);
  g_assert_cmpint (summary->days_left, ==, 95);
  g_assert_cmpstr (summary->deadline, ==, "2023-12-31");
  g_assert_cmpstr (summary->withdrawal_start, ==, "2023-07-01");
}

static void
test_figures_2023_09_26 (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtSummary) summary = mt_store_get_summary (fixture->store, 0, "2023-09-26", &error);

  g_assert_no_error (error);
  /* Only the Senegalese troops who left Mopti on 20 September. */
  g_assert_cmpint (summary->departed_total, ==, 116);
  g_assert_cmpint (mt_summary_find_category (summary, "troops")->departed, ==, 116);
  g_assert_cmpint (mt_summary_find_category (summary, "mso")->departed, ==, 0);
  g_assert_cmpint (summary->departed_civilian, ==, 0);
  g_assert_cmpint (summary->days_left, ==, 96);
}

static void
test_latest_date (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *latest = mt_store_dup_latest_date (fixture->store);
  g_autoptr(MtSummary) summary = mt_store_get_summary (fixture->store, 0, NULL, NULL);

  g_assert_cmpstr (latest, ==, "2023-10-16");
  /* "As of" left empty means the latest data. */
  g_assert_cmpstr (summary->as_of, ==, "2023-10-16");
  g_assert_cmpint (summary->departed_total, ==, 3367);
  g_assert_cmpint (summary->days_left, ==, 76);
}

static void
test_camps_2023_10_16 (Fixture       *fixture,
                       gconstpointer  data)
{
  struct {
    const char   *name;
    MtCampStatus  status;
    const char   *since;
  } expected[] = {
    { "Ogossagou", MT_CAMP_STATUS_HANDED_OVER, "2023-08-03" },
    { "Ber", MT_CAMP_STATUS_CLOSED, "2023-08-13" },
    { "Ménaka", MT_CAMP_STATUS_CLOSED, "2023-08-25" },
    { "Goundam", MT_CAMP_STATUS_CLOSED, "2023-08-31" },
    { "Mopti", MT_CAMP_STATUS_DRAWING_DOWN, "2023-09-20" },
    { "Kidal", MT_CAMP_STATUS_DRAWING_DOWN, "2023-10-10" },
    { "Tessalit", MT_CAMP_STATUS_DRAWING_DOWN, "2023-10-16" },
    { "Aguelhok", MT_CAMP_STATUS_DRAWING_DOWN, "2023-10-16" },
    { "Bamako", MT_CAMP_STATUS_OPERATIONAL, "2023-06-30" },
    { "Gao", MT_CAMP_STATUS_OPERATIONAL, "2023-06-30" },
    { "Timbuktu", MT_CAMP_STATUS_OPERATIONAL, "2023-06-30" },
    { "Ansongo", MT_CAMP_STATUS_OPERATIONAL, "2023-06-30" },
    { "Douentza", MT_CAMP_STATUS_OPERATIONAL, "2023-06-30" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) camps = mt_store_list_camps (fixture->store, "2023-10-16", &error);
  g_autoptr(MtSummary) summary = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (camps->len, ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      MtCamp *camp = find_camp (camps, expected[i].name);

      g_assert_cmpint (mt_camp_get_status (camp), ==, expected[i].status);
      g_assert_cmpstr (mt_camp_get_status_since (camp), ==, expected[i].since);
    }

  summary = mt_store_get_summary (fixture->store, 0, "2023-10-16", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summary->camps_total, ==, 13);
  g_assert_cmpuint (summary->camps_handed_over, ==, 1);
  g_assert_cmpuint (summary->camps_closed, ==, 3);
  g_assert_cmpuint (summary->camps_drawing_down, ==, 4);
}

static void
test_camps_2023_07_15 (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) camps = mt_store_list_camps (fixture->store, "2023-07-15", &error);
  MtCamp *ogossagou;
  MtCamp *menaka;

  g_assert_no_error (error);
  ogossagou = find_camp (camps, "Ogossagou");
  menaka = find_camp (camps, "Ménaka");

  g_assert_cmpint (mt_camp_get_status (ogossagou), ==, MT_CAMP_STATUS_OPERATIONAL);
  g_assert_cmpint (mt_camp_get_status (menaka), ==, MT_CAMP_STATUS_DRAWING_DOWN);
  g_assert_cmpstr (mt_camp_get_status_since (menaka), ==, "2023-07-01");
  g_assert_cmpint (mt_camp_get_status (find_camp (camps, "Ber")), ==, MT_CAMP_STATUS_OPERATIONAL);
}

static void
test_camp_details (Fixture       *fixture,
                   gconstpointer  data)
{
  /* Geo-PKO v2.3 troops per location before the drawdown (FACTS.md). */
  struct {
    const char *name;
    gint64      troops;
  } baseline[] = {
    { "Gao", 4765 }, { "Timbuktu", 3390 }, { "Kidal", 2380 }, { "Mopti", 2085 },
    { "Douentza", 1300 }, { "Tessalit", 1185 }, { "Aguelhok", 1000 }, { "Ansongo", 950 },
    { "Bamako", 670 }, { "Ménaka", 500 }, { "Goundam", 300 }, { "Ber", 150 },
    { "Ogossagou", 0 },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) camps = mt_store_list_camps (fixture->store, "2023-09-27", &error);
  g_autoptr(MtSummary) mission = NULL;
  g_autoptr(MtSummary) mopti = NULL;
  MtCamp *camp;
  gint64 sum = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (baseline); i++)
    {
      g_assert_cmpint (mt_camp_get_baseline_strength (find_camp (camps, baseline[i].name)), ==,
                       baseline[i].troops);
      sum += baseline[i].troops;
    }

  mission = mt_store_get_summary (fixture->store, 0, "2023-09-27", &error);
  g_assert_no_error (error);
  g_assert_cmpint (mission->baseline_total, ==, sum);

  /* Mopti's 116 are the only departures recorded against a camp. */
  camp = find_camp (camps, "Mopti");
  g_assert_cmpint (mt_camp_get_departed (camp), ==, 116);
  g_assert_cmpint (mt_camp_get_departed (find_camp (camps, "Gao")), ==, 0);
  g_assert_cmpfloat_with_epsilon (mt_camp_get_latitude (camp), 14.52742, 1e-6);
  g_assert_cmpfloat_with_epsilon (mt_camp_get_longitude (camp), -4.09344, 1e-6);
  g_assert_nonnull (strstr (mt_camp_get_aliases (camp), "Sévaré"));

  mopti = mt_store_get_summary (fixture->store, mt_camp_get_id (camp), "2023-09-27", &error);
  g_assert_no_error (error);
  g_assert_cmpint (mopti->departed_total, ==, 116);
  g_assert_cmpint (mopti->baseline_total, ==, 2085);
  g_assert_cmpuint (mopti->camps_total, ==, 1);
  g_assert_cmpuint (mopti->camps_drawing_down, ==, 1);

  camp = find_camp (camps, "Ménaka");
  g_assert_cmpint (mt_camp_get_env_status (camp), ==, MT_ENV_STATUS_DONE);
  g_assert_cmpstr (mt_camp_get_env_date (camp), ==, "2023-08-25");
  g_assert_cmpstr (mt_camp_get_planned_closure (camp), ==, "2023-08-25");
  camp = find_camp (camps, "Ogossagou");
  g_assert_cmpstr (mt_camp_get_handover_date (camp), ==, "2023-08-03");
  g_assert_cmpstr (mt_camp_get_kind (camp), ==, "temporary-operating-base");
  g_assert_cmpstr (mt_camp_get_planned_closure (find_camp (camps, "Kidal")), ==, "2023-12-31");
}

static void
test_convoy (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = mt_store_list_convoys (fixture->store, NULL, &error);
  g_autoptr(GPtrArray) under_way = NULL;
  g_autoptr(GPtrArray) before = NULL;
  MtConvoy *convoy;

  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 1);
  convoy = g_ptr_array_index (all, 0);
  g_assert_cmpstr (mt_convoy_get_from_name (convoy), ==, "Ménaka");
  g_assert_cmpstr (mt_convoy_get_to_name (convoy), ==, "Gao");
  g_assert_cmpint (mt_convoy_get_from_camp_id (convoy), ==,
                   mt_store_find_camp (fixture->store, "Ménaka"));
  g_assert_cmpint (mt_convoy_get_to_camp_id (convoy), ==, mt_store_find_camp (fixture->store, "Gao"));
  g_assert_cmpstr (mt_convoy_get_departed (convoy), ==, "2023-08-25");
  g_assert_cmpstr (mt_convoy_get_arrived (convoy), ==, "2023-08-30");

  /* On 27 August the convoy was on the road. */
  under_way = mt_store_list_convoys (fixture->store, "2023-08-27", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (under_way->len, ==, 1);
  g_assert_null (mt_convoy_get_arrived (g_ptr_array_index (under_way, 0)));

  before = mt_store_list_convoys (fixture->store, "2023-08-24", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (before->len, ==, 0);
}

static void
test_series (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) series = mt_store_departure_series (fixture->store, NULL, &error);
  g_autoptr(GPtrArray) early = NULL;
  MtStatPoint *first, *last;

  g_assert_no_error (error);
  g_assert_cmpuint (series->len, >=, 3);

  first = g_ptr_array_index (series, 0);
  last = g_ptr_array_index (series, series->len - 1);
  g_assert_cmpstr (mt_stat_point_get_date (first), ==, "2023-07-01");
  g_assert_cmpfloat (mt_stat_point_get_value (first), ==, 0.0);
  g_assert_cmpstr (mt_stat_point_get_date (last), ==, "2023-09-27");
  g_assert_cmpfloat (mt_stat_point_get_value (last), ==, 3367.0);

  for (guint i = 1; i < series->len; i++)
    {
      MtStatPoint *prev = g_ptr_array_index (series, i - 1);
      MtStatPoint *point = g_ptr_array_index (series, i);
      g_autoptr(MtSummary) summary = NULL;

      /* Cumulative: dates strictly increase, values never fall... */
      g_assert_cmpstr (mt_stat_point_get_date (prev), <, mt_stat_point_get_date (point));
      g_assert_cmpfloat (mt_stat_point_get_value (prev), <=, mt_stat_point_get_value (point));

      /* ...and each point is the total departed as of its date. */
      summary = mt_store_get_summary (fixture->store, 0, mt_stat_point_get_date (point), NULL);
      g_assert_cmpfloat (mt_stat_point_get_value (point), ==, (double) summary->departed_total);
    }

  early = mt_store_departure_series (fixture->store, "2023-09-26", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (early->len, ==, 2);
  g_assert_cmpstr (mt_stat_point_get_date (g_ptr_array_index (early, 1)), ==, "2023-09-20");
  g_assert_cmpfloat (mt_stat_point_get_value (g_ptr_array_index (early, 1)), ==, 116.0);
}

static void
test_roster_counts (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(MtSummary) before = NULL;
  g_autoptr(MtSummary) after = NULL;
  g_autoptr(MtCamp) gao = NULL;
  gint64 gao_id = mt_store_find_camp (fixture->store, "Gao");

  /* Two leave on 1 October, one is still there: roster departures add to movements. */
  g_ptr_array_add (persons, g_object_new (MT_TYPE_PERSON, "personnel-id", "BD-1", "category", "fpu",
                                          "camp-id", gao_id, "departure-date", "2023-10-01", NULL));
  g_ptr_array_add (persons, g_object_new (MT_TYPE_PERSON, "personnel-id", "BD-2", "category", "fpu",
                                          "camp-id", gao_id, "departure-date", "2023-10-01", NULL));
  g_ptr_array_add (persons, g_object_new (MT_TYPE_PERSON, "personnel-id", "BD-3", "category", "fpu",
                                          "camp-id", gao_id, NULL));
  mt_store_add_personnel (fixture->store, persons, &error);
  g_assert_no_error (error);

  before = mt_store_get_summary (fixture->store, 0, "2023-09-30", &error);
  g_assert_no_error (error);
  g_assert_cmpint (mt_summary_find_category (before, "fpu")->departed, ==, 412);
  g_assert_cmpint (mt_summary_find_category (before, "fpu")->on_roster, ==, 3);

  after = mt_store_get_summary (fixture->store, 0, "2023-10-01", &error);
  g_assert_no_error (error);
  g_assert_cmpint (mt_summary_find_category (after, "fpu")->departed, ==, 414);
  g_assert_cmpint (mt_summary_find_category (after, "fpu")->on_roster, ==, 1);
  g_assert_cmpint (after->departed_total, ==, 3369);

  gao = mt_store_get_camp (fixture->store, gao_id, "2023-10-01", &error);
  g_assert_no_error (error);
  g_assert_cmpint (mt_camp_get_departed (gao), ==, 2);
}

static void
test_events (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = mt_store_list_events (fixture->store, 0, NULL, &error);
  g_autoptr(GPtrArray) menaka = NULL;
  g_autoptr(GPtrArray) august = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 15);
  g_assert_cmpstr (mt_event_get_date (g_ptr_array_index (events, 0)), ==, "2023-06-30");
  g_assert_cmpstr (mt_event_get_kind (g_ptr_array_index (events, 0)), ==, "mandate");
  g_assert_cmpint (mt_event_get_camp_id (g_ptr_array_index (events, 0)), ==, 0);
  for (guint i = 0; i < events->len; i++)
    {
      MtEvent *event = g_ptr_array_index (events, i);

      g_assert_nonnull (mt_event_get_title (event));
      g_assert_cmpstr (mt_event_get_title (event), !=, "");
      if (i > 0)
        g_assert_cmpstr (mt_event_get_date (g_ptr_array_index (events, i - 1)), <=,
                         mt_event_get_date (event));
    }

  menaka = mt_store_list_events (fixture->store, mt_store_find_camp (fixture->store, "Menaka"),
                                 NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (menaka->len, ==, 2);
  g_assert_cmpstr (mt_event_get_camp_name (g_ptr_array_index (menaka, 0)), ==, "Ménaka");

  august = mt_store_list_events (fixture->store, 0, "2023-08-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (august->len, ==, 8);
}

static void
test_french (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) english = mt_store_list_categories (fixture->store, &error);
  g_autoptr(GPtrArray) french = NULL;
  g_autoptr(MtSummary) summary = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (mt_category_get_short_name (g_ptr_array_index (english, 0)), ==, "MSO");

  /* The data a planner reads follows the UI language. */
  g_setenv ("LANGUAGE", "fr_FR", TRUE);
  french = mt_store_list_categories (fixture->store, &error);
  summary = mt_store_get_summary (fixture->store, 0, "2023-09-27", NULL);
  g_unsetenv ("LANGUAGE");

  g_assert_no_error (error);
  g_assert_cmpstr (mt_category_get_code (g_ptr_array_index (french, 0)), ==, "mso");
  g_assert_cmpstr (mt_category_get_short_name (g_ptr_array_index (french, 0)), ==, "OEM");
  g_assert_cmpstr (mt_category_get_name (g_ptr_array_index (french, 5)), ==,
                   "Volontaires des Nations Unies");
  g_assert_cmpstr (mt_summary_find_category (summary, "fpu")->short_name, ==, "UPC");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/mt/seed/mission", test_mission);
  ADD ("/mt/seed/figures/2023-09-27", test_figures_2023_09_27);
  ADD ("/mt/seed/figures/2023-09-26", test_figures_2023_09_26);
  ADD ("/mt/seed/latest-date", test_latest_date);
  ADD ("/mt/seed/camps/2023-10-16", test_camps_2023_10_16);
  ADD ("/mt/seed/camps/2023-07-15", test_camps_2023_07_15);
  ADD ("/mt/seed/camps/details", test_camp_details);
  ADD ("/mt/seed/convoy", test_convoy);
  ADD ("/mt/seed/series", test_series);
  ADD ("/mt/seed/roster-counts", test_roster_counts);
  ADD ("/mt/seed/events", test_events);
  ADD ("/mt/seed/french", test_french);

#undef ADD

  return g_test_run ();
}
