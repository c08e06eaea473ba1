/* test-cli-report.c: --report as a script runs it, with no display.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <locale.h>

#include "mt-date.h"
#include "mt-test-pdf.h"
#include "mt-test-util.h"

static char *
new_db_path (void)
{
  return mt_test_pdf_path ("tracker.db");
}

/* Tests */

static void
test_writes_pdf (void)
{
  g_autofree char *db = new_db_path ();
  g_autofree char *pdf = mt_test_pdf_path ("report.pdf");
  g_autofree char *total = mt_format_count (3367);
  g_autofree char *uniformed = mt_format_count (3276);
  g_autofree char *text = NULL;
  g_autofree char *contents = NULL;
  g_auto(MtTestRun) run = { 0 };

  mt_test_run_tracker (&run, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--report", pdf,
                       "--as-of", "2023-09-27", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, pdf));
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  if (!mt_test_pdf_tools_available ())
    return;
  text = mt_test_pdf_text (pdf, FALSE);
  g_assert_nonnull (strstr (text, total));
  g_assert_nonnull (strstr (text, uniformed));
  g_assert_nonnull (strstr (text, "Data as of 27 September 2023"));
}

static void
test_letter (void)
{
  g_autofree char *db = new_db_path ();
  g_autofree char *pdf = mt_test_pdf_path ("letter.pdf");
  g_autofree char *size = NULL;
  g_auto(MtTestRun) run = { 0 };

  mt_test_run_tracker (&run, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--report", pdf,
                       "--paper", "letter", NULL);
  g_assert_cmpint (run.status, ==, 0);

  if (!mt_test_pdf_tools_available ())
    return;
  size = mt_test_pdf_page_size (pdf);
  g_assert_true (g_str_has_prefix (size, "612 x 792"));
}

static void
test_bad_paper (void)
{
  g_autofree char *db = new_db_path ();
  g_autofree char *pdf = mt_test_pdf_path ("a5.pdf");
  g_auto(MtTestRun) run = { 0 };

  mt_test_run_tracker (&run, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--report", pdf, "--paper", "a5",
                       NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "a5"));
  g_assert_nonnull (strstr (run.err, "letter"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
}

static void
test_folder (void)
{
  g_autofree char *db = new_db_path ();
  g_autofree char *folder = g_path_get_dirname (db);
  g_auto(MtTestRun) run = { 0 };

  mt_test_run_tracker (&run, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--report", folder, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, folder));
  g_assert_nonnull (strstr (run.err, "folder"));
}

static void
test_unwritable (void)
{
  g_autofree char *db = new_db_path ();
  g_auto(MtTestRun) run = { 0 };

  mt_test_run_tracker (&run, MT_TEST_RUN_NO_DISPLAY, "--db", db,
                       "--report", "/nonexistent-folder/r.pdf", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "/nonexistent-folder/r.pdf"));
}

/* --baseline-save freezes the plan once per name; --report --baseline prints against it. */
static void
test_baseline (void)
{
  g_autofree char *db = new_db_path ();
  g_autofree char *pdf = mt_test_pdf_path ("baseline.pdf");
  g_autofree char *text = NULL;
  g_auto(MtTestRun) saved = { 0 };
  g_auto(MtTestRun) again = { 0 };
  g_auto(MtTestRun) report = { 0 };
  g_autofree char *unplanned = NULL;
  g_autofree char *note = NULL;

  mt_test_run_tracker (&saved, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--baseline-save",
                       "August plan", "--as-of", "2023-08-01", NULL);
  g_assert_cmpint (saved.status, ==, 0);
  g_assert_nonnull (strstr (saved.out, "August plan"));
  g_assert_nonnull (strstr (saved.out, "1 August 2023"));

  /* A name taken already: refused, and said so. */
  mt_test_run_tracker (&again, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--baseline-save",
                       "August plan", NULL);
  g_assert_cmpint (again.status, ==, 2);
  g_assert_nonnull (strstr (again.err, "already a baseline called “August plan”"));

  mt_test_run_tracker (&report, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--report", pdf,
                       "--baseline", "August plan", "--as-of", "2023-09-27", NULL);
  g_assert_cmpint (report.status, ==, 0);

  if (!mt_test_pdf_tools_available ())
    return;
  text = mt_test_pdf_text (pdf, FALSE);
  g_assert_nonnull (strstr (text, "Plan against baseline “August plan”"));
  g_assert_nonnull (strstr (text, "Departures up to 27 September 2023"));
  /* The seed has no roster: the ~18,675 before the withdrawal less the 3,367 gone have no
   * planned departure, and the section says so beside where the plan ends. */
  g_strdelimit (text, "\n", ' ');
  unplanned = mt_format_count (18675 - 3367);
  note = g_strdup_printf ("%s people still deployed have no planned departure", unplanned);
  g_assert_nonnull (strstr (text, note));
}

static void
test_baseline_refused (void)
{
  g_autofree char *db = new_db_path ();
  g_autofree char *pdf = mt_test_pdf_path ("unknown.pdf");
  g_auto(MtTestRun) empty = { 0 };
  g_auto(MtTestRun) unknown = { 0 };
  g_auto(MtTestRun) alone = { 0 };

  mt_test_run_tracker (&empty, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--baseline-save", " ",
                       NULL);
  g_assert_cmpint (empty.status, ==, 2);
  g_assert_nonnull (strstr (empty.err, "needs a name"));

  mt_test_run_tracker (&unknown, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--report", pdf,
                       "--baseline", "September plan", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "no baseline called “September plan”"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  mt_test_run_tracker (&alone, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--baseline",
                       "September plan", NULL);
  g_assert_cmpint (alone.status, ==, 2);
  g_assert_nonnull (strstr (alone.err, "--baseline goes with --report"));
}

/* --report --scenario prints the report under a scenario: every page marked, and the section
 * with the scenario's changes, both plans' ends and the camps' closures under it. */
static void
test_scenario (void)
{
  g_autofree char *db = new_db_path ();
  g_autofree char *pdf = mt_test_pdf_path ("scenario.pdf");
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_auto(MtTestRun) saved = { 0 };
  g_auto(MtTestRun) report = { 0 };

  mt_test_run_tracker (&saved, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--scenario-save",
                       "Kidal two weeks late", "--change", "closure:Kidal:2024-01-14",
                       "--change", "convoy:1:14", NULL);
  g_assert_cmpint (saved.status, ==, 0);
  mt_test_run_tracker (&report, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--report", pdf,
                       "--scenario", "Kidal two weeks late", "--as-of", "2023-09-27", NULL);
  g_assert_cmpint (report.status, ==, 0);

  if (!mt_test_pdf_tools_available ())
    return;
  text = mt_test_pdf_text (pdf, FALSE);
  g_assert_cmpuint (mt_test_pdf_assert_every_page (pdf, text, "Scenario “Kidal two weeks "
                                                              "late” — not the recorded plan"),
                    >, 1);

  flat = mt_test_pdf_flatten (text);
  g_assert_nonnull (strstr (flat, "Scenario “Kidal two weeks late” against today’s plan"));
  g_assert_nonnull (strstr (flat, "• Kidal closes on 14 Jan 2024"));
  g_assert_nonnull (strstr (flat, "• Convoy 1 (Ménaka → Gao) leaves 14 days late"));
  /* Kidal closes 14 days later than the 31 December planned: so does the camps plan. */
  g_assert_nonnull (strstr (flat, "Under the scenario, the camps plan ends 14 January 2024, "
                                  "14 days after the deadline and 14 days later than today’s "
                                  "plan, which ends 31 December 2023."));
  g_assert_nonnull (strstr (flat, "Camps plan 31 Dec 2023 14 Jan 2024 +14 +14"));
  g_assert_nonnull (strstr (flat, "Kidal 31 Dec 2023 14 Jan 2024 +14"));
  g_assert_nonnull (strstr (flat, "Gao 31 Dec 2023 31 Dec 2023 0"));
  g_assert_nonnull (strstr (flat, "Plan under scenario “Kidal two weeks late”"));
  /* The camps table gives the closures under the scenario. */
  g_assert_nonnull (strstr (flat, "Camp Status Closure under the scenario Handover"));
  g_assert_nonnull (strstr (flat, "Kidal Operational 14 Jan 2024"));
}

static void
test_scenario_refused (void)
{
  g_autofree char *db = new_db_path ();
  g_autofree char *pdf = mt_test_pdf_path ("no-scenario.pdf");
  g_auto(MtTestRun) unknown = { 0 };
  g_auto(MtTestRun) both = { 0 };
  g_auto(MtTestRun) alone = { 0 };

  mt_test_run_tracker (&unknown, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--report", pdf,
                       "--scenario", "Gao held", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "no scenario called “Gao held”"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  mt_test_run_tracker (&both, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--report", pdf,
                       "--scenario", "Gao held", "--baseline", "August plan", NULL);
  g_assert_cmpint (both.status, ==, 2);
  g_assert_nonnull (strstr (both.err, "two different reports"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  mt_test_run_tracker (&alone, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--scenario", "Gao held",
                       NULL);
  /* Without --report it opens the window under the scenario: an unknown one is refused
   * before any window is made. */
  g_assert_cmpint (alone.status, ==, 2);
  g_assert_nonnull (strstr (alone.err, "no scenario called “Gao held”"));
}

static void
test_bad_date (void)
{
  g_autofree char *db = new_db_path ();
  g_autofree char *pdf = mt_test_pdf_path ("date.pdf");
  g_auto(MtTestRun) run = { 0 };

  mt_test_run_tracker (&run, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--report", pdf,
                       "--as-of", "27/09/2023", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "27/09/2023"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli-report/writes-pdf", test_writes_pdf);
  g_test_add_func ("/cli-report/letter", test_letter);
  g_test_add_func ("/cli-report/bad-paper", test_bad_paper);
  g_test_add_func ("/cli-report/folder", test_folder);
  g_test_add_func ("/cli-report/unwritable", test_unwritable);
  g_test_add_func ("/cli-report/bad-date", test_bad_date);
  g_test_add_func ("/cli-report/baseline", test_baseline);
  g_test_add_func ("/cli-report/baseline-refused", test_baseline_refused);
  g_test_add_func ("/cli-report/scenario", test_scenario);
  g_test_add_func ("/cli-report/scenario-refused", test_scenario_refused);

  return mt_test_run_in_tmp_dir ();
}
