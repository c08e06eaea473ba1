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

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs the tracker with no display at all, as cron or a CI job would. */
static void
run_tracker (Run         *run,
             const char **args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  const char *binary = g_getenv ("MT_BINARY");

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (char *) binary);
  for (; *args != NULL; args++)
    g_ptr_array_add (argv, (char *) *args);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &run->status, &error);
  g_assert_no_error (error);
  run->status = WIFEXITED (run->status) ? WEXITSTATUS (run->status) : 128;
}

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
  g_auto(Run) run = { 0 };

  run_tracker (&run, (const char *[]) { "--db", db, "--report", pdf, "--as-of", "2023-09-27",
                                        NULL });
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
  g_auto(Run) run = { 0 };

  run_tracker (&run, (const char *[]) { "--db", db, "--report", pdf, "--paper", "letter", NULL });
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
  g_auto(Run) run = { 0 };

  run_tracker (&run, (const char *[]) { "--db", db, "--report", pdf, "--paper", "a5", NULL });
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
  g_auto(Run) run = { 0 };

  run_tracker (&run, (const char *[]) { "--db", db, "--report", folder, NULL });
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, folder));
  g_assert_nonnull (strstr (run.err, "folder"));
}

static void
test_unwritable (void)
{
  g_autofree char *db = new_db_path ();
  g_auto(Run) run = { 0 };

  run_tracker (&run, (const char *[]) { "--db", db, "--report", "/nonexistent-folder/r.pdf",
                                        NULL });
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "/nonexistent-folder/r.pdf"));
}

static void
test_bad_date (void)
{
  g_autofree char *db = new_db_path ();
  g_autofree char *pdf = mt_test_pdf_path ("date.pdf");
  g_auto(Run) run = { 0 };

  run_tracker (&run, (const char *[]) { "--db", db, "--report", pdf, "--as-of", "27/09/2023",
                                        NULL });
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

  return g_test_run ();
}
