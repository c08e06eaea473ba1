/* test-cli-import.c: --import and --export as a script uses them (no display needed).
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "mt-csv-import.h"
#include "mt-store.h"
#include "mt-test-util.h"

static char *
temp_db (void)
{
  static guint n;
  g_autofree char *name = g_strdup_printf ("cli-import-%u.db", ++n);

  return mt_test_tmp_path (name);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; (p = strchr (p, '\n')) != NULL; p++)
    n++;

  return n;
}

static void
test_import_ok (void)
{
  g_autofree char *db = temp_db ();
  g_autofree char *csv = mt_test_data_path ("csv-utf8.csv");
  g_auto(MtTestRun) run = { 0 };
  g_auto(MtTestRun) again = { 0 };
  g_auto(MtTestRun) export = { 0 };

  mt_test_run_tracker (&run, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--import", csv, NULL);
  g_assert_cmpint (run.status, ==, 0);
  /* One line on standard output; nothing on standard error. */
  g_assert_cmpuint (count_lines (run.out), ==, 1);
  g_assert_nonnull (strstr (run.out, "5 new, 0 updated, 0 unchanged, 0 rejected"));
  g_assert_cmpstr (run.err, ==, "");

  mt_test_run_tracker (&again, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--import", csv, NULL);
  g_assert_cmpint (again.status, ==, 0);
  g_assert_nonnull (strstr (again.out, "imported already"));

  mt_test_run_tracker (&export, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--export", "roster", "-",
                       NULL);
  g_assert_cmpint (export.status, ==, 0);
  g_assert_true (g_str_has_prefix (export.out, "Personnel ID,Family name,"));
  g_assert_cmpuint (count_lines (export.out), ==, 6);
  /* As the roster page shows it: the category's name, the status filled, ISO dates. */
  g_assert_nonnull (strstr (export.out, "\r\nT-001,Traoré,Awa,Captain,Military staff officers,"
                                        "Senegal,Force HQ,Bamako,2023-11-15,Deployed,\r\n"));
}

/* On a terminal (here a pseudo-terminal that script(1) makes) the import shows how far it
 * got on one line of stderr, which the summary then replaces; in a pipe (above) it does not. */
static void
test_progress_on_terminal (void)
{
  g_autofree char *script = g_find_program_in_path ("script");
  g_autofree char *db = temp_db ();
  g_autofree char *csv = mt_test_data_path ("csv-utf8.csv");
  g_autofree char *command = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  const char *binary = g_getenv ("MT_BINARY");
  int status = 0;

  if (script == NULL || binary == NULL)
    {
      g_test_skip ("needs script(1) and MT_BINARY");
      return;
    }

  {
    g_autofree char *q_binary = g_shell_quote (binary);
    g_autofree char *q_db = g_shell_quote (db);
    g_autofree char *q_csv = g_shell_quote (csv);

    command = g_strdup_printf ("%s --db %s --import %s", q_binary, q_db, q_csv);
  }

  {
    const char *argv[] = { script, "-qec", command, "/dev/null", NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                                 NULL, &out, NULL, &status, &error));
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  /* The progress line, erased before the summary. */
  g_assert_nonnull (strstr (out, "csv-utf8.csv: 100% read, 5 rows\r\033[K"));
  g_assert_nonnull (strstr (out, "5 new, 0 updated, 0 unchanged, 0 rejected"));
}

static void
test_import_rejected (void)
{
  g_autofree char *db = temp_db ();
  g_autofree char *csv = mt_test_data_path ("csv-bad-dates.csv");
  g_autofree char *rejects = mt_test_tmp_path ("cli-rejects.csv");
  g_autofree char *contents = NULL;
  g_auto(MtTestRun) run = { 0 };
  g_auto(MtTestRun) skip = { 0 };
  g_auto(MtTestRun) export = { 0 };

  /* All or nothing: exit 1, one message per bad row on stderr, nothing written. */
  mt_test_run_tracker (&run, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--import", csv, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpuint (count_lines (run.out), ==, 1);
  g_assert_nonnull (strstr (run.out, "nothing imported"));
  g_assert_cmpuint (count_lines (run.err), ==, 3);
  g_assert_nonnull (strstr (run.err, "csv-bad-dates.csv:2:50: “31/02/2023” is not a date"));
  mt_test_run_tracker (&export, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--export", "roster", "-",
                       NULL);
  g_assert_cmpuint (count_lines (export.out), ==, 1);

  /* Skipping: the valid row is written, the others go to the rejects file; still exit 1. */
  mt_test_run_tracker (&skip, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--import", csv, "--skip-invalid",
                       "--rejects", rejects, NULL);
  g_assert_cmpint (skip.status, ==, 1);
  g_assert_nonnull (strstr (skip.out, "1 new, 0 updated, 0 unchanged, 3 rejected"));
  g_assert_true (g_file_get_contents (rejects, &contents, NULL, NULL));
  g_assert_cmpuint (count_lines (contents), ==, 4);
  g_unlink (rejects);
}

static void
test_file_errors (void)
{
  g_autofree char *db = temp_db ();
  const char *names[] = { "csv-empty.csv", "no-such-file.csv" };
  g_auto(MtTestRun) dir = { 0 };
  g_auto(MtTestRun) missing = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *csv = mt_test_data_path (names[i]);
      g_auto(MtTestRun) run = { 0 };

      mt_test_run_tracker (&run, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--import", csv, NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_nonnull (strstr (run.err, names[i]));
      g_assert_cmpstr (run.out, ==, "");
    }

  mt_test_run_tracker (&dir, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--import", mt_test_tmp_dir (),
                       NULL);
  g_assert_cmpint (dir.status, ==, 2);
  g_assert_nonnull (strstr (dir.err, "folder"));

  /* A missing required column: the data is refused (1), before any row. */
  {
    g_autofree char *csv = mt_test_data_path ("csv-missing-required.csv");

    mt_test_run_tracker (&missing, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--import", csv, NULL);
    g_assert_cmpint (missing.status, ==, 1);
    g_assert_nonnull (strstr (missing.err, "Category"));
  }
}

/* Hostile files, made here: a 100,000-column header gives ten warnings and one line for the
 * rest; an overlong cell rejects its row (exit 1), one in the header row refuses the file
 * (exit 2); rows after it are read at their lines. */
static void
test_hostile (void)
{
  g_autofree char *db = temp_db ();
  g_autofree char *wide = mt_test_tmp_path ("wide.csv");
  g_autofree char *cell = mt_test_tmp_path ("cell.csv");
  g_autofree char *header = mt_test_tmp_path ("header.csv");
  g_autofree char *expected = NULL;
  g_autoptr(GString) text = g_string_new ("Personnel ID,Category,Contingent,Camp");
  g_auto(MtTestRun) run_wide = { 0 };
  g_auto(MtTestRun) run_cell = { 0 };
  g_auto(MtTestRun) run_header = { 0 };

  for (guint i = 4; i < 100000; i++)
    g_string_append_printf (text, ",extra %u", i);
  g_string_append (text, "\nW-1,MSO,Chad,Gao\n");
  g_assert_true (g_file_set_contents (wide, text->str, text->len, NULL));
  mt_test_run_tracker (&run_wide, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--import", wide, NULL);
  g_assert_cmpint (run_wide.status, ==, 0);
  g_assert_cmpuint (count_lines (run_wide.err), ==, 11);
  expected = g_strdup_printf ("%s: warning: … and 99986 more unknown columns ignored\n", wide);
  g_assert_true (g_str_has_suffix (run_wide.err, expected));
  g_assert_nonnull (strstr (run_wide.out, "1 new"));

  g_string_assign (text, "Personnel ID,Family name,Category,Contingent,Camp\nC-1,");
  for (guint i = 0; i < 5000000; i++)
    g_string_append (text, "é");
  g_string_append (text, ",MSO,Chad,Gao\nC-2,Sow,MSO,Chad,Atlantis\n");
  g_assert_true (g_file_set_contents (cell, text->str, text->len, NULL));
  mt_test_run_tracker (&run_cell, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--import", cell, NULL);
  g_assert_cmpint (run_cell.status, ==, 1);
  g_assert_cmpuint (count_lines (run_cell.err), ==, 2);
  g_free (expected);
  expected = g_strdup_printf ("%s:2:5: value too long (5000000 characters, at most 4096)\n"
                              "%s:3:18: unknown camp", cell, cell);
  g_assert_true (g_str_has_prefix (run_cell.err, expected));

  g_string_assign (text, "Personnel ID,");
  for (guint i = 0; i < 5000; i++)
    g_string_append (text, "Camp");
  g_string_append (text, "\nC-1\n");
  g_assert_true (g_file_set_contents (header, text->str, text->len, NULL));
  mt_test_run_tracker (&run_header, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--import", header, NULL);
  g_assert_cmpint (run_header.status, ==, 2);
  g_free (expected);
  expected = g_strdup_printf ("%s:1:14: value too long (20000 characters, at most 4096) in the "
                              "header row: nothing was imported\n", header);
  g_assert_cmpstr (run_header.err, ==, expected);
  g_assert_cmpstr (run_header.out, ==, "");

  g_unlink (wide);
  g_unlink (cell);
  g_unlink (header);
}

/* The disk fills up during the import (a page limit stands in for it): exit status 2, a
 * message naming the database, and nothing written. */
static void
test_disk_full (void)
{
  g_autofree char *db = temp_db ();
  g_autofree char *csv = mt_test_tmp_path ("disk-full.csv");
  g_autofree char *expected = NULL;
  g_autofree char *limit = NULL;
  g_autoptr(GString) rows = g_string_new ("Personnel ID,Family name,Category,Contingent,Camp\n");
  g_autoptr(GError) error = NULL;
  g_auto(MtTestRun) create = { 0 };
  g_auto(MtTestRun) run = { 0 };
  g_auto(MtTestRun) export = { 0 };
  GStatBuf st;

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (rows, "F-%05u,Family %u,troops,Chad,Gao\n", i, i);
  g_file_set_contents (csv, rows->str, rows->len, &error);
  g_assert_no_error (error);

  /* A new database, seeded and closed: the file holds every page. */
  mt_test_run_tracker (&create, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--export", "camps", "-",
                       NULL);
  g_assert_cmpint (create.status, ==, 0);
  g_assert_cmpint (g_stat (db, &st), ==, 0);

  limit = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) st.st_size / MT_TEST_PAGE_SIZE + 2);
  g_setenv ("MT_TEST_MAX_PAGE_COUNT", limit, TRUE);
  mt_test_run_tracker (&run, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--import", csv, NULL);
  g_unsetenv ("MT_TEST_MAX_PAGE_COUNT");

  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  expected = g_strdup_printf ("%s: The disk is full: nothing was written to “%s”.\n", csv, db);
  g_assert_cmpstr (run.err, ==, expected);

  mt_test_run_tracker (&export, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--export", "roster", "-",
                       NULL);
  g_assert_cmpint (export.status, ==, 0);
  g_assert_cmpuint (count_lines (export.out), ==, 1);
  g_unlink (csv);
}

static void
test_export_errors (void)
{
  g_autofree char *db = temp_db ();
  g_autofree char *out = mt_test_tmp_path ("camps.csv");
  g_autofree char *contents = NULL;
  g_auto(MtTestRun) unknown = { 0 };
  g_auto(MtTestRun) unwritable = { 0 };
  g_auto(MtTestRun) camps = { 0 };

  mt_test_run_tracker (&unknown, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--export", "people", "-",
                       NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "people"));

  mt_test_run_tracker (&unwritable, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--export", "camps",
                       "/nonexistent/dir/camps.csv", NULL);
  g_assert_cmpint (unwritable.status, ==, 2);

  mt_test_run_tracker (&camps, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--export", "camps", out, NULL);
  g_assert_cmpint (camps.status, ==, 0);
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "Camp,Other names,"));
  g_assert_nonnull (strstr (contents, "\r\nMénaka,Menaka,Ménaka,"));
  g_unlink (out);
}

/* --export writes the roster as the window shows it in the language it runs in (English under
 * LC_ALL=C, French under LANGUAGE=fr), and --import reads either back as the same roster. */
static void
test_export_languages (void)
{
  g_autofree char *db = temp_db ();
  g_autofree char *copy = temp_db ();
  g_autofree char *csv = mt_test_data_path ("csv-french-headers.csv");
  g_autofree char *french_csv = mt_test_tmp_path ("roster-fr.csv");
  g_auto(MtTestRun) import = { 0 };
  g_auto(MtTestRun) english = { 0 };
  g_auto(MtTestRun) before = { 0 };
  g_auto(MtTestRun) french = { 0 };
  g_auto(MtTestRun) back = { 0 };
  g_auto(MtTestRun) again = { 0 };
  g_autoptr(GError) error = NULL;

  mt_test_run_tracker (&import, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--import", csv, NULL);
  g_assert_cmpint (import.status, ==, 0);
  mt_test_run_tracker (&english, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--export", "roster", "-",
                       NULL);
  g_assert_cmpint (english.status, ==, 0);
  g_assert_true (g_str_has_prefix (english.out, "Personnel ID,Family name,Given name,Rank,Category,"));
  g_assert_nonnull (strstr (english.out, "\r\nF-001,Traoré,Awa,Capitaine,Military staff officers,"
                                         "Sénégal,QG Force,Timbuktu,2023-11-15,Departed,2023-11-16\r\n"));
  /* As of a day before F-001 left, as the window shows that day. */
  mt_test_run_tracker (&before, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--as-of", "2023-10-01",
                       "--export", "roster", "-", NULL);
  g_assert_cmpint (before.status, ==, 0);
  g_assert_nonnull (strstr (before.out, "\r\nF-001,Traoré,Awa,Capitaine,Military staff officers,"
                                        "Sénégal,QG Force,Timbuktu,2023-11-15,Deployed,2023-11-16\r\n"));

  g_setenv ("LANGUAGE", "fr", TRUE);
  g_setenv ("LC_ALL", "fr_FR.UTF-8", TRUE);
  mt_test_run_tracker (&french, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--export", "roster",
                       french_csv, NULL);
  g_unsetenv ("LANGUAGE");
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_assert_cmpint (french.status, ==, 0);

  {
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (french_csv, &contents, NULL, &error));
    g_assert_true (g_str_has_prefix (contents, "Matricule,Nom,Prénom,Grade,Catégorie,"));
    g_assert_nonnull (strstr (contents, "\r\nF-001,Traoré,Awa,Capitaine,Officiers d’état-major,"
                                        "Sénégal,QG Force,Tombouctou,2023-11-15,Rapatrié,2023-11-16\r\n"));
  }

  /* The French file, imported by an English UI, is the same roster. */
  mt_test_run_tracker (&back, MT_TEST_RUN_NO_DISPLAY, "--db", copy, "--import", french_csv, NULL);
  g_assert_cmpint (back.status, ==, 0);
  g_assert_nonnull (strstr (back.out, "4 new, 0 updated, 0 unchanged, 0 rejected"));
  mt_test_run_tracker (&again, MT_TEST_RUN_NO_DISPLAY, "--db", copy, "--export", "roster", "-",
                       NULL);
  g_assert_cmpstr (again.out, ==, english.out);
  g_unlink (french_csv);
}

/* A preset saved in the window (its mapped values included) reads a file with its header on
 * the command line too; without it, the same file is refused. */
static void
test_import_preset (void)
{
  g_autofree char *db = temp_db ();
  g_autofree char *bare = temp_db ();
  g_autofree char *csv = mt_test_tmp_path ("chad.csv");
  const char *rows = "ID;Nom;Catégorie;Base\n"
                     "C-1;Mahamat;international civilian;Tombouctou aéroport\n"
                     "C-2;Idriss;International  Civilian;Tombouctou aéroport\n";
  g_auto(MtTestRun) create = { 0 };
  g_auto(MtTestRun) with_preset = { 0 };
  g_auto(MtTestRun) without = { 0 };
  g_auto(MtTestRun) export = { 0 };
  g_autoptr(GError) error = NULL;

  g_file_set_contents (csv, rows, -1, &error);
  g_assert_no_error (error);
  mt_test_run_tracker (&create, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--export", "camps", "-",
                       NULL);
  g_assert_cmpint (create.status, ==, 0);

  {
    g_autoptr(MtStore) store = mt_store_open (db, &error);
    g_autoptr(MtCsvPreview) preview = NULL;
    g_autoptr(MtCsvImportSettings) settings = NULL;

    g_assert_no_error (error);
    preview = mt_csv_preview_load (store, csv, NULL, 5, &error);
    g_assert_no_error (error);
    settings = mt_csv_preview_dup_settings (preview);
    mt_csv_import_settings_set_constant (settings, MT_CSV_FIELD_COUNTRY, "Chad");
    mt_csv_import_settings_map_value (settings, MT_CSV_FIELD_CATEGORY, "international civilian",
                                      "intl-staff");
    mt_csv_import_settings_map_value (settings, MT_CSV_FIELD_CAMP, "Tombouctou aéroport",
                                      "Timbuktu");
    g_assert_true (mt_csv_preset_save (store, "Chad", preview, settings, &error));
    g_assert_no_error (error);
    g_assert_true (mt_store_close (store, &error));
  }

  mt_test_run_tracker (&with_preset, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--import", csv, NULL);
  g_assert_cmpint (with_preset.status, ==, 0);
  g_assert_nonnull (strstr (with_preset.err, "read with the preset “Chad”"));
  g_assert_nonnull (strstr (with_preset.out, "2 new, 0 updated, 0 unchanged, 0 rejected"));
  mt_test_run_tracker (&export, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--export", "roster", "-",
                       NULL);
  g_assert_nonnull (strstr (export.out, "\r\nC-1,Mahamat,,,International civilian staff,Chad,,"
                                        "Timbuktu,,Deployed,\r\n"));
  g_assert_nonnull (strstr (export.out, "\r\nC-2,Idriss,,,International civilian staff,Chad,,"
                                        "Timbuktu,,Deployed,\r\n"));

  mt_test_run_tracker (&without, MT_TEST_RUN_NO_DISPLAY, "--db", bare, "--import", csv, NULL);
  g_assert_cmpint (without.status, ==, 1);
  g_assert_nonnull (strstr (without.err, "no column for Contingent"));
  g_unlink (csv);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli-import/import-ok", test_import_ok);
  g_test_add_func ("/cli-import/progress-on-terminal", test_progress_on_terminal);
  g_test_add_func ("/cli-import/import-rejected", test_import_rejected);
  g_test_add_func ("/cli-import/file-errors", test_file_errors);
  g_test_add_func ("/cli-import/export-errors", test_export_errors);
  g_test_add_func ("/cli-import/hostile", test_hostile);
  g_test_add_func ("/cli-import/disk-full", test_disk_full);
  g_test_add_func ("/cli-import/export-languages", test_export_languages);
  g_test_add_func ("/cli-import/preset", test_import_preset);

  return mt_test_run_in_tmp_dir ();
}
