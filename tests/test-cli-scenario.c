/* test-cli-scenario.c: --scenario-save and --scenario-list as a script runs them.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <locale.h>

#include "mt-test-util.h"

/* A new seeded database in the run's own folder. */
static char *
new_db_path (void)
{
  static guint n;
  g_autofree char *name = g_strdup_printf ("%u-tracker.db", ++n);

  return mt_test_tmp_path (name);
}

/* Tests */

/* Saved with its changes, then listed with where the plan ends under it. */
static void
test_save_and_list (void)
{
  g_autofree char *db = new_db_path ();
  g_auto(MtTestRun) saved = { 0 };
  g_auto(MtTestRun) listed = { 0 };

  mt_test_run_tracker (&saved, MT_TEST_RUN_NO_DISPLAY, "--db", db,
                       "--scenario-save", "Kidal late",
                       "--change", "closure:kidal:2024-01-20",
                       "--change", "pace:troops:1.5",
                       "--change", "convoy:1:10",
                       "--change", "transfer:troops:50:Kidal:Gao:2023-10-01", NULL);
  g_assert_cmpint (saved.status, ==, 0);
  g_assert_nonnull (strstr (saved.out, "Saved scenario “Kidal late” with 4 changes"));
  g_assert_nonnull (strstr (saved.out, "Kidal closes on 20 Jan 2024"));
  g_assert_nonnull (strstr (saved.out, "Troops leave 1.5× slower"));
  g_assert_nonnull (strstr (saved.out, "Convoy 1 (Ménaka → Gao) leaves 10 days late"));
  g_assert_nonnull (strstr (saved.out, "50 Troops move from Kidal to Gao on 1 Oct 2023"));

  mt_test_run_tracker (&listed, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--scenario-list", NULL);
  g_assert_cmpint (listed.status, ==, 0);
  g_assert_nonnull (strstr (listed.out, "the camps plan ends 31 December 2023\n"));
  g_assert_nonnull (strstr (listed.out, "Kidal late\n"));
  g_assert_nonnull (strstr (listed.out, "the camps plan ends 20 January 2024 "
                                        "(20 days later than today’s plan)"));
}

/* Promoted, the scenario is today's plan: the camps plan now ends with Kidal's new closure.
 * An unknown name is refused. */
static void
test_promote (void)
{
  g_autofree char *db = new_db_path ();
  g_auto(MtTestRun) saved = { 0 };
  g_auto(MtTestRun) promoted = { 0 };
  g_auto(MtTestRun) listed = { 0 };
  g_auto(MtTestRun) unknown = { 0 };

  mt_test_run_tracker (&saved, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--scenario-save",
                       "Kidal late", "--change", "closure:kidal:2024-01-20", NULL);
  g_assert_cmpint (saved.status, ==, 0);

  mt_test_run_tracker (&promoted, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--scenario-promote",
                       "Kidal late", NULL);
  g_assert_cmpint (promoted.status, ==, 0);
  g_assert_nonnull (strstr (promoted.out, "Promoted scenario “Kidal late” into the plan"));
  g_assert_nonnull (strstr (promoted.out, "the camps plan ends 20 January 2024\n"));

  mt_test_run_tracker (&listed, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--scenario-list", NULL);
  g_assert_cmpint (listed.status, ==, 0);
  g_assert_nonnull (strstr (listed.out, "the camps plan ends 20 January 2024 (as in today’s "
                                        "plan)"));

  mt_test_run_tracker (&unknown, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--scenario-promote",
                       "Gao held", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "no scenario called “Gao held”"));
}

/* Every refusal says what is wrong, exits 2, and writes nothing. */
static void
test_refused (void)
{
  static const struct
  {
    const char *name;
    const char *change;
    const char *said;
  } cases[] = {
    { " ", "pace:troops:2", "needs a name" },
    { "Taken", "pace:troops:2", "already a scenario called “Taken”" },
    { "Atlantis", "closure:Atlantis:2024-01-01", "No camp named “Atlantis”" },
    { "Cooks", "pace:cooks:2", "No personnel category “cooks”" },
    { "Convoy", "convoy:999:10", "No convoy 999" },
    { "Slow", "pace:troops:slow", "“slow” is not a factor" },
    { "Late", "closure:Kidal:2024-02-30", "“2024-02-30” is not a date" },
    { "Delay", "delay:1:10", "“delay:1:10” is not a change" },
  };
  g_autofree char *db = new_db_path ();
  g_auto(MtTestRun) first = { 0 };
  g_auto(MtTestRun) alone = { 0 };
  g_auto(MtTestRun) listed = { 0 };

  mt_test_run_tracker (&first, MT_TEST_RUN_NO_DISPLAY, "--db", db,
                       "--scenario-save", "Taken", NULL);
  g_assert_cmpint (first.status, ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(MtTestRun) run = { 0 };

      mt_test_run_tracker (&run, MT_TEST_RUN_NO_DISPLAY, "--db", db,
                           "--scenario-save", cases[i].name, "--change", cases[i].change, NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_nonnull (strstr (run.err, cases[i].said));
    }

  mt_test_run_tracker (&alone, MT_TEST_RUN_NO_DISPLAY, "--db", db,
                       "--change", "pace:troops:2", NULL);
  g_assert_cmpint (alone.status, ==, 2);
  g_assert_nonnull (strstr (alone.err, "--change goes with --scenario-save"));

  /* Only the first one was saved. */
  mt_test_run_tracker (&listed, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--scenario-list", NULL);
  g_assert_cmpint (listed.status, ==, 0);
  g_assert_nonnull (strstr (listed.out, "\nTaken\n"));
  for (guint i = 2; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *line = g_strdup_printf ("\n%s\n", cases[i].name);

      g_assert_null (strstr (listed.out, line));
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli-scenario/save-and-list", test_save_and_list);
  g_test_add_func ("/cli-scenario/refused", test_refused);
  g_test_add_func ("/cli-scenario/promote", test_promote);

  return mt_test_run_in_tmp_dir ();
}
