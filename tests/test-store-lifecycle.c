/* test-store-lifecycle.c: the rules of a camp's lifecycle that a planner relies on:
 * who is still there before a handover, and steps skipped only when confirmed.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "mt-camp.h"
#include "mt-date.h"
#include "mt-event.h"
#include "mt-store.h"
#include "mt-store-edit.h"
#include "mt-store-report.h"
#include "mt-test-util.h"

/* No roster loaded proves nothing: the estimate less the departures recorded counts, the
 * figure the camp page shows. */
static void
test_handover_counts_estimate (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) blockers = NULL;
  g_autoptr(MtCampFigures) figures = NULL;
  g_autoptr(MtCamp) camp = NULL;
  g_autofree char *count = mt_format_count (4765);
  g_autofree char *expected = g_strdup_printf ("about %s personnel still estimated at Gao: "
                                               "record their departures first", count);
  gint64 gao = mt_store_find_camp (store, "Gao");
  MtEnvAssessmentFields env = { .status = MT_ENV_STATUS_DONE, .date = "2023-11-01" };
  MtMovementFields out = { .date = "2023-11-05", .camp_id = gao, .category = "troops",
                           .count = 4000 };
  MtCampStatusChange change = { .status = MT_CAMP_STATUS_HANDED_OVER, .date = "2023-11-10",
                                .handed_over_to = "Malian authorities", .confirmed = TRUE,
                                .reason = "Handed over at the authorities' request" };

  g_assert_true (mt_store_set_env_assessment (store, gao, &env, &error));
  g_assert_no_error (error);

  /* Gao: operational, an estimated 4,765, no one on the roster. */
  figures = mt_store_get_camp_figures (store, gao, "2023-11-10", &error);
  g_assert_no_error (error);
  g_assert_cmpint (figures->on_roster, ==, 0);
  g_assert_cmpint (mt_camp_figures_get_left (figures), ==, 4765);
  blockers = mt_store_dup_handover_blockers (store, gao, "2023-11-10", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (blockers), ==, 1);
  g_assert_cmpstr (blockers[0], ==, expected);
  g_assert_false (mt_store_change_camp_status (store, gao, &change, &error));
  g_assert_nonnull (strstr (error->message, expected));
  g_clear_error (&error);

  /* Departures short of the estimate: what is left is named. */
  g_assert_cmpint (mt_store_create_movement (store, &out, &error), >, 0);
  g_assert_no_error (error);
  g_clear_pointer (&blockers, g_strfreev);
  blockers = mt_store_dup_handover_blockers (store, gao, "2023-11-10", &error);
  g_assert_cmpuint (g_strv_length (blockers), ==, 1);
  g_assert_cmpstr (blockers[0], ==, "about 765 personnel still estimated at Gao: "
                                    "record their departures first");

  /* Departures equal to the estimate: nothing stands in the way. */
  out.count = 765;
  g_assert_cmpint (mt_store_create_movement (store, &out, &error), >, 0);
  g_assert_no_error (error);
  g_clear_pointer (&blockers, g_strfreev);
  blockers = mt_store_dup_handover_blockers (store, gao, "2023-11-10", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (blockers), ==, 0);
  g_assert_true (mt_store_change_camp_status (store, gao, &change, &error));
  g_assert_no_error (error);
  camp = mt_store_get_camp (store, gao, NULL, &error);
  g_assert_cmpint (mt_camp_get_status (camp), ==, MT_CAMP_STATUS_HANDED_OVER);
}

/* Skipping a step forwards is confirmed and explained, like a step back. */
static void
test_status_skip (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) statuses = NULL;
  g_autofree char *field = NULL;
  gint64 gao = mt_store_find_camp (store, "Gao");
  MtCampStatusChange change = { .status = MT_CAMP_STATUS_CLOSED, .date = "2023-11-01" };
  MtCampStatusChange next = { .status = MT_CAMP_STATUS_DRAWING_DOWN, .date = "2023-11-01" };
  MtEvent *last;

  /* The next step needs no confirmation; operational to closed does. */
  g_assert_true (mt_store_validate_camp_status (store, gao, &next, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (mt_store_validate_camp_status (store, gao, &change, &field, &error));
  g_assert_cmpstr (field, ==, "status");
  g_assert_nonnull (strstr (error->message, "skips a step"));
  g_clear_error (&error);
  g_clear_pointer (&field, g_free);

  change.confirmed = TRUE;
  g_assert_false (mt_store_validate_camp_status (store, gao, &change, &field, &error));
  g_assert_cmpstr (field, ==, "reason");
  g_clear_error (&error);

  change.reason = "Closed at once after the attack";
  g_assert_true (mt_store_change_camp_status (store, gao, &change, &error));
  g_assert_no_error (error);
  statuses = mt_store_list_camp_statuses (store, gao, &error);
  g_assert_no_error (error);
  last = g_ptr_array_index (statuses, statuses->len - 1);
  g_assert_cmpstr (mt_event_get_title (last), ==, "Closed: Closed at once after the attack");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store-lifecycle/handover-counts-estimate", test_handover_counts_estimate);
  g_test_add_func ("/store-lifecycle/status-skip", test_status_skip);

  return g_test_run ();
}
