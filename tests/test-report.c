/* test-report.c: the withdrawal report as a reader gets it, checked in the PDF's text.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <locale.h>

#include "mt-date.h"
#include "mt-report.h"
#include "mt-store.h"
#include "mt-store-report.h"
#include "mt-store-scenario.h"
#include "mt-test-pdf.h"
#include "mt-test-util.h"

#define SEED_DATE "2023-09-27"

/* Helpers */

static char *
write_report (MtStore       *store,
              const char    *as_of,
              MtReportPaper  paper,
              guint         *n_pages)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtReport) report = mt_report_new (store, as_of, &error);
  char *path = mt_test_pdf_path ("report.pdf");

  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_assert_true (mt_report_write_pdf (report, path, paper, &error));
  g_assert_no_error (error);
  if (n_pages != NULL)
    *n_pages = mt_report_get_n_pages (report);

  return path;
}

static void
assert_has_count (const char *text,
                  gint64      value)
{
  g_autofree char *expected = mt_format_count (value);
  g_autofree char *spaced = g_strdup_printf (" %s\n", expected);
  g_autofree char *word = g_strdup_printf ("%s ", expected);

  /* As a whole number, not part of a larger one. */
  if (strstr (text, spaced) == NULL && strstr (text, word) == NULL)
    g_error ("“%s” not found in the report's text:\n%s", expected, text);
}

/* Tests */

static void
test_seed_figures (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *as_of = mt_date_format_long (SEED_DATE);
  g_autofree char *flat = NULL;

  if (!mt_test_pdf_tools_available ())
    return;

  path = write_report (store, SEED_DATE, MT_REPORT_PAPER_A4, NULL);
  text = mt_test_pdf_text (path, FALSE);

  /* The 27 September 2023 figures: 3,276 uniformed, 91 civilian, 3,367 in all. */
  assert_has_count (text, 3276);
  assert_has_count (text, 91);
  assert_has_count (text, 3367);
  g_assert_nonnull (strstr (text, "Uniformed personnel"));
  g_assert_nonnull (strstr (text, "Civilian personnel"));
  g_assert_nonnull (strstr (text, "Total departed"));
  g_assert_nonnull (strstr (text, as_of));
  g_assert_nonnull (strstr (text, "2690"));
  /* The camps, convoys and events are all there. */
  g_assert_nonnull (strstr (text, "Ogossagou"));
  flat = mt_test_pdf_flatten (text);
  g_assert_nonnull (strstr (flat, "Last convoy out of the Ménaka camp"));
  g_assert_nonnull (strstr (text, "Bangladesh Air Force"));
}

static void
test_seed_figures_grouped (void)
{
  g_autoptr(MtStore) store = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));

  if (!mt_test_pdf_tools_available ())
    return;
  if (setlocale (LC_ALL, "en_US.UTF-8") == NULL)
    {
      g_test_skip ("The en_US.UTF-8 locale is not installed");
      return;
    }

  store = mt_test_store_new (TRUE);
  path = write_report (store, SEED_DATE, MT_REPORT_PAPER_A4, NULL);
  setlocale (LC_ALL, saved);
  text = mt_test_pdf_text (path, FALSE);

  g_assert_nonnull (strstr (text, "3,276"));
  g_assert_nonnull (strstr (text, "3,367"));
  g_assert_nonnull (strstr (text, " 91\n"));
}

static void
test_page_count (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(MtReport) report = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *last = NULL;
  guint n_pages = 0;

  if (!mt_test_pdf_tools_available ())
    return;

  path = write_report (store, SEED_DATE, MT_REPORT_PAPER_A4, &n_pages);
  /* Title and summary, charts, camps, convoys, assets and events do not fit on one page. */
  g_assert_cmpuint (n_pages, >=, 2);
  g_assert_cmpuint (mt_test_pdf_n_pages (path), ==, n_pages);

  /* Every page says which page it is, out of how many. */
  text = mt_test_pdf_text (path, FALSE);
  last = g_strdup_printf ("Page %u of %u", n_pages, n_pages);
  g_assert_nonnull (strstr (text, "Page 1 of "));
  g_assert_nonnull (strstr (text, last));

  /* Laying the same report out again gives the same pages. */
  report = mt_report_new (store, SEED_DATE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mt_report_paginate (report, 595.276, 841.89), ==, n_pages);
  g_assert_cmpuint (mt_report_paginate (report, 595.276, 841.89), ==, n_pages);
}

static void
test_long_table_repeats_header (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  guint with_events = 0;

  if (!mt_test_pdf_tools_available ())
    return;

  /* 150 dated events: several pages of the events table. */
  mt_store_load_sql (store,
                     "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 150)"
                     " INSERT INTO events (camp_id, date, kind, title)"
                     " SELECT NULL, '2023-09-01', 'note', 'Milestone ' || substr (CAST (1000 + i AS TEXT), 2) FROM n",
                     &error);
  g_assert_no_error (error);

  path = write_report (store, SEED_DATE, MT_REPORT_PAPER_A4, NULL);
  text = mt_test_pdf_text (path, TRUE);
  pages = g_strsplit (text, "\f", -1);

  for (guint i = 0; pages[i] != NULL; i++)
    {
      g_autoptr(GRegex) header = g_regex_new ("^\\s*Date\\s+Camp\\s+Event\\s*$",
                                              G_REGEX_MULTILINE, 0, NULL);

      if (strstr (pages[i], "Milestone") == NULL)
        continue;
      with_events++;
      /* Every page the table runs onto starts with its header row. */
      if (!g_regex_match (header, pages[i], 0, NULL))
        g_error ("Page %u holds events but no header row:\n%s", i + 1, pages[i]);
    }

  g_assert_cmpuint (with_events, >=, 2);
  g_assert_nonnull (strstr (text, "Milestone 001"));
  g_assert_nonnull (strstr (text, "Milestone 150"));
}

/* The same data gives the same fingerprint on both backends: a report printed from the
 * server and one from a file copy of it can be told equal. (In suite pg; on SQLite alone
 * it compares a file with itself.) */
static void
test_fingerprint_backends (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(MtStore) file = mt_store_open (":memory:", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *here = NULL;
  g_autofree char *there = NULL;

  g_assert_true (mt_store_load_seed (file, &error));
  g_assert_no_error (error);
  here = mt_store_report_fingerprint (store, SEED_DATE, &error);
  g_assert_no_error (error);
  there = mt_store_report_fingerprint (file, SEED_DATE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (here, ==, there);
}

static void
test_fingerprint (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *again = NULL;
  g_autofree char *later = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *other_day = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  first = mt_store_report_fingerprint (store, SEED_DATE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (first), ==, 8);
  g_assert_true (g_str_is_ascii (first));
  for (const char *c = first; *c; c++)
    g_assert_true (g_ascii_isxdigit (*c));

  /* Same data, same fingerprint. */
  again = mt_store_report_fingerprint (store, SEED_DATE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first, ==, again);

  /* Another date reads other data. */
  other_day = mt_store_report_fingerprint (store, "2023-08-31", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first, !=, other_day);

  /* A record dated after the report's date is not part of it... */
  mt_store_add_movement (store, "2023-10-20", 0, "troops", NULL, 50, &error);
  g_assert_no_error (error);
  later = mt_store_report_fingerprint (store, SEED_DATE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first, ==, later);

  /* ...one dated before it is. */
  mt_store_add_movement (store, "2023-09-26", 0, "unv", NULL, 1, &error);
  g_assert_no_error (error);
  changed = mt_store_report_fingerprint (store, SEED_DATE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first, !=, changed);

  /* A roster entry gone before the date moves the figures... */
  g_clear_pointer (&first, g_free);
  mt_store_load_sql (store,
                     "INSERT INTO personnel (personnel_id, family_name, category, camp_id,"
                     " departure_date) SELECT 'T-1', 'Doe', 'troops', id, '2023-09-01'"
                     " FROM camps WHERE name = 'Gao'", &error);
  g_assert_no_error (error);
  first = mt_store_report_fingerprint (store, SEED_DATE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first, !=, changed);

  /* ...a corrected name does not. */
  g_clear_pointer (&changed, g_free);
  mt_store_load_sql (store, "UPDATE personnel SET family_name = 'Doe-Smith'", &error);
  g_assert_no_error (error);
  changed = mt_store_report_fingerprint (store, SEED_DATE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first, ==, changed);

  /* The pages carry it. */
  if (!mt_test_pdf_tools_available ())
    return;
  path = write_report (store, SEED_DATE, MT_REPORT_PAPER_A4, NULL);
  text = mt_test_pdf_text (path, FALSE);
  g_assert_nonnull (strstr (text, changed));
}

static void
test_paper_sizes (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autofree char *a4 = NULL;
  g_autofree char *letter = NULL;
  g_autofree char *a4_size = NULL;
  g_autofree char *letter_size = NULL;
  MtReportPaper paper;

  g_assert_true (mt_report_paper_from_name ("letter", &paper));
  g_assert_cmpint (paper, ==, MT_REPORT_PAPER_LETTER);
  g_assert_true (mt_report_paper_from_name ("A4", &paper));
  g_assert_cmpint (paper, ==, MT_REPORT_PAPER_A4);
  g_assert_false (mt_report_paper_from_name ("a5", &paper));

  if (!mt_test_pdf_tools_available ())
    return;

  a4 = write_report (store, SEED_DATE, MT_REPORT_PAPER_A4, NULL);
  letter = write_report (store, SEED_DATE, MT_REPORT_PAPER_LETTER, NULL);
  a4_size = mt_test_pdf_page_size (a4);
  letter_size = mt_test_pdf_page_size (letter);
  g_assert_true (g_str_has_prefix (a4_size, "595.276 x 841.89"));
  g_assert_true (g_str_has_prefix (letter_size, "612 x 792"));
}

static void
test_late_camp (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(MtFigureSet) figures = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  guint late = 0;

  /* On the seed, no camp is behind its plan on 27 September. */
  figures = mt_store_report_figures (store, SEED_DATE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < figures->camps->len; i++)
    late += ((MtCampFigures *) g_ptr_array_index (figures->camps, i))->late;
  g_assert_cmpuint (late, ==, 0);
  g_clear_pointer (&figures, mt_figure_set_free);

  /* Douentza was due to close on 15 September and is still operational. */
  mt_store_load_sql (store, "UPDATE camps SET planned_closure = '2023-09-15'"
                            " WHERE name = 'Douentza'", &error);
  g_assert_no_error (error);
  figures = mt_store_report_figures (store, SEED_DATE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < figures->camps->len; i++)
    {
      MtCampFigures *camp = g_ptr_array_index (figures->camps, i);

      g_assert_cmpint (camp->late, ==, g_str_equal (camp->name, "Douentza"));
    }

  if (!mt_test_pdf_tools_available ())
    return;
  path = write_report (store, SEED_DATE, MT_REPORT_PAPER_A4, NULL);
  text = mt_test_pdf_text (path, FALSE);
  g_assert_nonnull (strstr (text, "Late against plan"));
}

/* Under a scenario every page says so, and the section gives the ends and closures it
 * moved; an unknown scenario is an error; without one, no page carries the mark. */
static void
test_scenario (void)
{
  static const char mark[] = "Scenario “Gao late” — not the recorded plan";
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes =
    g_ptr_array_new_with_free_func ((GDestroyNotify) mt_scenario_change_free);
  g_autoptr(MtReport) report = NULL;
  g_autofree char *path = mt_test_pdf_path ("scenario.pdf");
  g_autofree char *plain = NULL;
  g_autofree char *text = NULL;
  g_autofree char *plain_text = NULL;
  g_autofree char *flat = NULL;

  g_ptr_array_add (changes, mt_store_parse_scenario_change (store, "closure:Gao:2024-01-31",
                                                            &error));
  g_assert_no_error (error);
  g_assert_cmpint (mt_store_create_scenario (store, "Gao late", NULL, changes, &error), >, 0);
  g_assert_no_error (error);

  report = mt_report_new (store, SEED_DATE, &error);
  g_assert_no_error (error);
  g_assert_false (mt_report_add_scenario (report, store, "Gao early", &error));
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (mt_report_add_scenario (report, store, " Gao late ", &error));
  g_assert_no_error (error);
  g_assert_true (mt_report_write_pdf (report, path, MT_REPORT_PAPER_A4, &error));
  g_assert_no_error (error);

  if (!mt_test_pdf_tools_available ())
    return;
  text = mt_test_pdf_text (path, FALSE);
  g_assert_cmpuint (mt_test_pdf_assert_every_page (path, text, mark), ==,
                    mt_report_get_n_pages (report));

  flat = mt_test_pdf_flatten (text);
  g_assert_nonnull (strstr (flat, "• Gao closes on 31 Jan 2024"));
  g_assert_nonnull (strstr (flat, "Under the scenario, the camps plan ends 31 January 2024, "
                                  "31 days after the deadline and 31 days later than today’s "
                                  "plan, which ends 31 December 2023."));
  g_assert_nonnull (strstr (flat, "Gao 31 Dec 2023 31 Jan 2024 +31"));
  g_assert_nonnull (strstr (flat, "Kidal 31 Dec 2023 31 Dec 2023 0"));

  plain = write_report (store, SEED_DATE, MT_REPORT_PAPER_A4, NULL);
  plain_text = mt_test_pdf_text (plain, FALSE);
  g_assert_null (strstr (plain_text, "not the recorded plan"));
  g_assert_null (strstr (plain_text, "against today’s plan"));
}

static void
test_empty_database (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (FALSE);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  guint n_pages = 0;

  if (!mt_test_pdf_tools_available ())
    return;

  path = write_report (store, NULL, MT_REPORT_PAPER_A4, &n_pages);
  g_assert_cmpuint (n_pages, ==, 1);
  text = mt_test_pdf_text (path, FALSE);
  g_assert_nonnull (strstr (text, "no records"));
}

static void
test_unwritable_path (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(MtReport) report = mt_report_new (store, SEED_DATE, &error);

  g_assert_no_error (error);
  g_assert_false (mt_report_write_pdf (report, "/nonexistent-folder/report.pdf",
                                       MT_REPORT_PAPER_A4, &error));
  g_assert_nonnull (error);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/seed-figures", test_seed_figures);
  g_test_add_func ("/report/seed-figures-grouped", test_seed_figures_grouped);
  g_test_add_func ("/report/page-count", test_page_count);
  g_test_add_func ("/report/long-table-repeats-header", test_long_table_repeats_header);
  g_test_add_func ("/report/fingerprint", test_fingerprint);
  g_test_add_func ("/report/fingerprint-backends", test_fingerprint_backends);
  g_test_add_func ("/report/paper-sizes", test_paper_sizes);
  g_test_add_func ("/report/late-camp", test_late_camp);
  g_test_add_func ("/report/scenario", test_scenario);
  g_test_add_func ("/report/empty-database", test_empty_database);
  g_test_add_func ("/report/unwritable-path", test_unwritable_path);

  return mt_test_run_in_tmp_dir ();
}
