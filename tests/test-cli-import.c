/* test-cli-import.c: --import and --export as a script uses them (no display needed).
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

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

static void
run_tracker (Run        *run,
             const char *first_arg,
             ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  const char *binary = g_getenv ("MT_BINARY");
  va_list ap;

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (char *) binary);
  va_start (ap, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);

  /* No display: the import and export must not need one. */
  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &run->status, &error);
  g_assert_no_error (error);
  run->status = WIFEXITED (run->status) ? WEXITSTATUS (run->status) : 128;
}

/* Files of this run, in a directory of its own: other runs (and other builds) of this test
 * may be going on at the same time. */
static char *tmp_dir;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

static void
remove_tmp_dir (void)
{
  GDir *dir = g_dir_open (tmp_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = tmp_path (name);

      g_unlink (path);
    }
  if (dir != NULL)
    g_dir_close (dir);
  g_rmdir (tmp_dir);
}

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

static char *
temp_db (void)
{
  static guint n;
  g_autofree char *name = g_strdup_printf ("cli-import-%u.db", ++n);

  return tmp_path (name);
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
  g_autofree char *csv = data_path ("csv-utf8.csv");
  g_auto(Run) run = { 0 };
  g_auto(Run) again = { 0 };
  g_auto(Run) export = { 0 };

  run_tracker (&run, "--db", db, "--import", csv, NULL);
  g_assert_cmpint (run.status, ==, 0);
  /* One line on standard output; nothing on standard error. */
  g_assert_cmpuint (count_lines (run.out), ==, 1);
  g_assert_nonnull (strstr (run.out, "5 new, 0 updated, 0 unchanged, 0 rejected"));
  g_assert_cmpstr (run.err, ==, "");

  run_tracker (&again, "--db", db, "--import", csv, NULL);
  g_assert_cmpint (again.status, ==, 0);
  g_assert_nonnull (strstr (again.out, "imported already"));

  run_tracker (&export, "--db", db, "--export", "roster", "-", NULL);
  g_assert_cmpint (export.status, ==, 0);
  g_assert_true (g_str_has_prefix (export.out, "Personnel ID,Family name,"));
  g_assert_cmpuint (count_lines (export.out), ==, 6);
  g_assert_nonnull (strstr (export.out, "\r\nT-001,Traoré,Awa,Captain,mso,Senegal,Force HQ,Bamako,"
                                        "2023-11-15,,\r\n"));
}

static void
test_import_rejected (void)
{
  g_autofree char *db = temp_db ();
  g_autofree char *csv = data_path ("csv-bad-dates.csv");
  g_autofree char *rejects = tmp_path ("cli-rejects.csv");
  g_autofree char *contents = NULL;
  g_auto(Run) run = { 0 };
  g_auto(Run) skip = { 0 };
  g_auto(Run) export = { 0 };

  /* All or nothing: exit 1, one message per bad row on stderr, nothing written. */
  run_tracker (&run, "--db", db, "--import", csv, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpuint (count_lines (run.out), ==, 1);
  g_assert_nonnull (strstr (run.out, "nothing imported"));
  g_assert_cmpuint (count_lines (run.err), ==, 3);
  g_assert_nonnull (strstr (run.err, "csv-bad-dates.csv:2:50: “31/02/2023” is not a date"));
  run_tracker (&export, "--db", db, "--export", "roster", "-", NULL);
  g_assert_cmpuint (count_lines (export.out), ==, 1);

  /* Skipping: the valid row is written, the others go to the rejects file; still exit 1. */
  run_tracker (&skip, "--db", db, "--import", csv, "--skip-invalid", "--rejects", rejects, NULL);
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
  g_auto(Run) dir = { 0 };
  g_auto(Run) missing = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *csv = data_path (names[i]);
      g_auto(Run) run = { 0 };

      run_tracker (&run, "--db", db, "--import", csv, NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_nonnull (strstr (run.err, names[i]));
      g_assert_cmpstr (run.out, ==, "");
    }

  run_tracker (&dir, "--db", db, "--import", tmp_dir, NULL);
  g_assert_cmpint (dir.status, ==, 2);
  g_assert_nonnull (strstr (dir.err, "folder"));

  /* A missing required column: the data is refused (1), before any row. */
  {
    g_autofree char *csv = data_path ("csv-missing-required.csv");

    run_tracker (&missing, "--db", db, "--import", csv, NULL);
    g_assert_cmpint (missing.status, ==, 1);
    g_assert_nonnull (strstr (missing.err, "Category"));
  }
}

static void
test_export_errors (void)
{
  g_autofree char *db = temp_db ();
  g_autofree char *out = tmp_path ("camps.csv");
  g_autofree char *contents = NULL;
  g_auto(Run) unknown = { 0 };
  g_auto(Run) unwritable = { 0 };
  g_auto(Run) camps = { 0 };

  run_tracker (&unknown, "--db", db, "--export", "people", "-", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "people"));

  run_tracker (&unwritable, "--db", db, "--export", "camps", "/nonexistent/dir/camps.csv", NULL);
  g_assert_cmpint (unwritable.status, ==, 2);

  run_tracker (&camps, "--db", db, "--export", "camps", out, NULL);
  g_assert_cmpint (camps.status, ==, 0);
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "Camp,Other names,"));
  g_assert_nonnull (strstr (contents, "\r\nMénaka,Menaka,Ménaka,"));
  g_unlink (out);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  tmp_dir = g_dir_make_tmp ("mt-csv-test-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);

  g_test_add_func ("/cli-import/import-ok", test_import_ok);
  g_test_add_func ("/cli-import/import-rejected", test_import_rejected);
  g_test_add_func ("/cli-import/file-errors", test_file_errors);
  g_test_add_func ("/cli-import/export-errors", test_export_errors);

  status = g_test_run ();
  remove_tmp_dir ();
  g_free (tmp_dir);

  return status;
}
