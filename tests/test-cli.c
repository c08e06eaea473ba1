/* test-cli.c: the command line, as a planner or a script uses it.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "mt-test-util.h"

static char *
temp_path (const char *name)
{
  /* A folder of this run's own: other checkouts' runs share /tmp. */
  return mt_test_tmp_path (name);
}

static void
test_version (void)
{
  g_auto(MtTestRun) run = { 0 };

  mt_test_run_tracker (&run, MT_TEST_RUN_DEFAULT, "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "minusma-tracker " PACKAGE_VERSION));
}

static void
test_help_lists_options (void)
{
  g_auto(MtTestRun) run = { 0 };

  mt_test_run_tracker (&run, MT_TEST_RUN_DEFAULT, "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  for (const char **opt = (const char *[]) { "--db", "--as-of", "--screenshot", "--page",
                                             "--size", "--style", "--backup", "--version", NULL }; *opt; opt++)
    g_assert_nonnull (strstr (run.out, *opt));
}

static void
test_bad_date_is_usage_error (void)
{
  g_auto(MtTestRun) run = { 0 };

  mt_test_run_tracker (&run, MT_TEST_RUN_DEFAULT, "--as-of", "2023-02-30", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "2023-02-30"));
  g_assert_nonnull (strstr (run.err, "YYYY-MM-DD"));
}

static void
test_unknown_page_is_usage_error (void)
{
  g_auto(MtTestRun) run = { 0 };
  g_autofree char *db = temp_path ("cli-page.db");

  mt_test_run_tracker (&run, MT_TEST_RUN_DEFAULT, "--db", db, "--page", "charts", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "charts"));

  g_clear_pointer (&run.out, g_free);
  g_clear_pointer (&run.err, g_free);
  mt_test_run_tracker (&run, MT_TEST_RUN_DEFAULT, "--db", db, "--page", "camp:Atlantis", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "Atlantis"));
}

static void
test_database_errors_name_the_file (void)
{
  g_auto(MtTestRun) run = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("mt-cli-XXXXXX", NULL);
  g_autofree char *junk = g_build_filename (dir, "notes.db", NULL);
  g_autofree char *png = g_build_filename (dir, "x.png", NULL);

  /* A folder where the database should be. */
  mt_test_run_tracker (&run, MT_TEST_RUN_DEFAULT, "--db", dir, "--screenshot", png, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, dir));

  /* A file that is not a database is refused, and left as it was. */
  g_assert_true (g_file_set_contents (junk, "these are my notes, not a database\n", -1, NULL));
  g_clear_pointer (&run.out, g_free);
  g_clear_pointer (&run.err, g_free);
  mt_test_run_tracker (&run, MT_TEST_RUN_DEFAULT, "--db", junk, "--screenshot", png, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "notes.db"));
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
  {
    g_autofree char *contents = NULL;
    g_assert_true (g_file_get_contents (junk, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "these are my notes, not a database\n");
  }

  g_unlink (junk);
  g_rmdir (dir);
}

static void
test_screenshot_of_new_database (void)
{
  g_auto(MtTestRun) run = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("mt-cli-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "sub", "tracker.db", NULL);
  g_autofree char *png = g_build_filename (dir, "camp.png", NULL);
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;

  /* A database that does not exist yet is created (with its folder) and seeded: the camp
   * page for a seeded camp can be shown at once. */
  mt_test_run_tracker (&run, MT_TEST_RUN_DEFAULT, "--db", db, "--page", "camp:Gao",
                       "--as-of", "2023-09-27", "--screenshot", png, NULL);
  if (run.status != 0)
    g_printerr ("%s", run.err);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_test (db, G_FILE_TEST_IS_REGULAR));

  texture = gdk_texture_new_from_filename (png, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 1280);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 800);

  mt_test_remove_tree (dir);
}

/* The mean brightness of @texture's pixels, 0 (black) to 1 (white). */
static double
mean_brightness (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guchar *data = g_malloc ((gsize) width * height * 4);
  double sum = 0;

  /* Cairo's ARGB32 in memory order B, G, R, A on little-endian machines; the screenshot is
   * opaque, so premultiplication does not matter. */
  gdk_texture_download (texture, data, (gsize) width * 4);
  for (gsize i = 0; i < (gsize) width * height; i++)
    sum += (data[4 * i] + data[4 * i + 1] + data[4 * i + 2]) / (3 * 255.0);

  return sum / ((double) width * height);
}

/* A screenshot of the map in @style at @size, loaded back. */
static GdkTexture *
take_screenshot (const char *dir,
                 const char *size,
                 const char *style)
{
  g_auto(MtTestRun) run = { 0 };
  g_autofree char *db = g_build_filename (dir, "tracker.db", NULL);
  g_autofree char *name = g_strdup_printf ("map-%s-%s.png", size, style);
  g_autofree char *png = g_build_filename (dir, name, NULL);
  GdkTexture *texture;
  g_autoptr(GError) error = NULL;

  mt_test_run_tracker (&run, MT_TEST_RUN_DEFAULT, "--db", db, "--page", "map",
                       "--screenshot", png, "--size", size, "--style", style, NULL);
  if (run.status != 0)
    g_printerr ("%s", run.err);
  g_assert_cmpint (run.status, ==, 0);
  texture = gdk_texture_new_from_filename (png, &error);
  g_assert_no_error (error);

  return texture;
}

/* --size gives the picture that size; --style dark draws it darker than light. */
static void
test_screenshot_size_and_style (void)
{
  g_autofree char *dir = g_dir_make_tmp ("mt-cli-XXXXXX", NULL);
  g_autoptr(GdkTexture) light = take_screenshot (dir, "800x600", "light");
  g_autoptr(GdkTexture) dark = take_screenshot (dir, "800x600", "dark");
  double light_mean, dark_mean;

  g_assert_cmpint (gdk_texture_get_width (light), ==, 800);
  g_assert_cmpint (gdk_texture_get_height (light), ==, 600);
  g_assert_cmpint (gdk_texture_get_width (dark), ==, 800);
  g_assert_cmpint (gdk_texture_get_height (dark), ==, 600);

  light_mean = mean_brightness (light);
  dark_mean = mean_brightness (dark);
  g_test_message ("mean brightness: light %.2f, dark %.2f", light_mean, dark_mean);
  g_assert_cmpfloat (light_mean, >, 0.7);
  g_assert_cmpfloat (dark_mean, <, 0.4);

  mt_test_remove_tree (dir);
}

static void
test_screenshot_options_checked (void)
{
  static const char *bad_sizes[] = { "800", "800x", "x600", "800×600", "100x600", "800x-6",
                                     "99999x600" };
  g_autofree char *dir = g_dir_make_tmp ("mt-cli-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "tracker.db", NULL);
  g_autofree char *png = g_build_filename (dir, "x.png", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad_sizes); i++)
    {
      g_auto(MtTestRun) run = { 0 };

      mt_test_run_tracker (&run, MT_TEST_RUN_DEFAULT, "--db", db, "--screenshot", png,
                           "--size", bad_sizes[i], NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_nonnull (strstr (run.err, bad_sizes[i]));
      g_assert_nonnull (strstr (run.err, "WIDTHxHEIGHT"));
    }

  {
    g_auto(MtTestRun) run = { 0 };

    mt_test_run_tracker (&run, MT_TEST_RUN_DEFAULT, "--db", db, "--screenshot", png,
                         "--style", "sepia", NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "sepia"));
  }
  {
    g_auto(MtTestRun) run = { 0 };

    /* Without --screenshot they would do nothing: say so. */
    mt_test_run_tracker (&run, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--size", "800x600",
                         "--export", "camps", "-", NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "--screenshot"));
  }
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));

  mt_test_remove_tree (dir);
}

/* The names in @dir, sorted, joined by spaces ("" for an empty folder). */
static char *
dup_listing (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, (char *) name);
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

static void
test_db_address_refused (void)
{
  static const struct { const char *db; const char *says; } cases[] = {
    { "foo://bar", "not a file" },
    { "https://example.org/tracker.db", "not a file" },
  };
  g_autofree char *dir = g_dir_make_tmp ("mt-cli-XXXXXX", NULL);
  g_autofree char *cwd = g_get_current_dir ();

  /* SQLite would take "foo://bar" for a folder "foo:" and a file "bar" in it, here. */
  g_assert_cmpint (g_chdir (dir), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(MtTestRun) run = { 0 };
      g_autofree char *listing = NULL;

      mt_test_run_tracker (&run, MT_TEST_RUN_NO_DISPLAY, "--db", cases[i].db,
                           "--export", "camps", "-", NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_nonnull (strstr (run.err, cases[i].db));
      g_assert_nonnull (strstr (run.err, cases[i].says));
      g_assert_nonnull (strstr (run.err, "--db takes the path of a database file"));
      g_assert_cmpstr (run.out, ==, "");
      listing = dup_listing (dir);
      g_assert_cmpstr (listing, ==, "");
    }
  g_assert_cmpint (g_chdir (cwd), ==, 0);

  g_rmdir (dir);
}

/* A PostgreSQL server's database opens like a file: a new one gets the tables and the seed
 * picture; one that cannot be reached fails with exit 2, its password never shown. */
static void
test_db_server (void)
{
  g_autofree char *uri = NULL;

  {
    g_auto(MtTestRun) run = { 0 };

    mt_test_run_tracker (&run, MT_TEST_RUN_NO_DISPLAY, "--db",
                         "postgresql://planner:s3cret@127.0.0.1:1/tracker",
                         "--export", "camps", "-", NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "postgresql://planner@127.0.0.1:1/tracker"));
    g_assert_null (strstr (run.err, "s3cret"));
    g_assert_cmpstr (run.out, ==, "");
  }

  if (g_getenv ("MT_TEST_PG_SERVER") == NULL)
    {
      g_test_skip ("no PostgreSQL server for this run (build-aux/test.sh starts one)");
      return;
    }

  g_setenv ("MT_TEST_BACKEND", "postgresql", TRUE);
  uri = mt_test_server_database_new ();
  g_unsetenv ("MT_TEST_BACKEND");

  for (guint i = 0; i < 2; i++)
    {
      g_auto(MtTestRun) run = { 0 };

      /* The second time, the database has the tables: it is only read. */
      mt_test_run_tracker (&run, MT_TEST_RUN_NO_DISPLAY, "--db", uri,
                           "--export", "camps", "-", NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_true (g_str_has_prefix (run.out, "Camp,"));
      g_assert_nonnull (strstr (run.out, "\nGao,"));
      g_assert_nonnull (strstr (run.out, "\nTessalit,"));
    }
}

static void
test_backup (void)
{
  g_auto(MtTestRun) run = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("mt-cli-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "tracker.db", NULL);
  g_autofree char *copy = g_build_filename (dir, "copy.db", NULL);
  g_autofree char *mailed_dir = g_build_filename (dir, "mailed", NULL);
  g_autofree char *mailed = g_build_filename (mailed_dir, "received.db", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *cwd = g_get_current_dir ();
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "copy.db", NULL);
  gsize length;

  /* The copy needs no display, and opens alone: only its .db file is passed on. */
  mt_test_run_tracker (&run, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--backup", copy, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, copy));
  g_assert_true (g_file_get_contents (copy, &contents, &length, NULL));
  g_assert_cmpint (g_mkdir (mailed_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (mailed, contents, length, NULL));
  mt_test_run_clear (&run);
  mt_test_run_tracker (&run, MT_TEST_RUN_NO_DISPLAY, "--db", mailed, "--export", "camps", "-",
                       NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Gao"));
  g_assert_nonnull (strstr (run.out, "Kidal"));

  /* The open database is never its own copy, however it is spelt. */
  g_assert_true (g_file_get_contents (db, &before, NULL, NULL));
  g_assert_cmpint (g_chdir (dir), ==, 0);
  mt_test_run_clear (&run);
  mt_test_run_tracker (&run, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--backup", "./tracker.db",
                       NULL);
  g_assert_cmpint (g_chdir (cwd), ==, 0);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "./tracker.db"));
  g_assert_nonnull (strstr (run.err, "open database"));
  g_assert_true (g_file_get_contents (db, &after, NULL, NULL));
  g_assert_true (memcmp (before, after, 4096) == 0);

  /* A copy that cannot be written says which file. */
  mt_test_run_clear (&run);
  mt_test_run_tracker (&run, MT_TEST_RUN_NO_DISPLAY, "--db", db, "--backup", missing, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, missing));

  mt_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  mt_test_tmp_dir_make ();

  g_test_add_func ("/mt/cli/version", test_version);
  g_test_add_func ("/mt/cli/help-lists-options", test_help_lists_options);
  g_test_add_func ("/mt/cli/bad-date-is-usage-error", test_bad_date_is_usage_error);
  g_test_add_func ("/mt/cli/unknown-page-is-usage-error", test_unknown_page_is_usage_error);
  g_test_add_func ("/mt/cli/database-errors-name-the-file", test_database_errors_name_the_file);
  g_test_add_func ("/mt/cli/screenshot-of-new-database", test_screenshot_of_new_database);
  g_test_add_func ("/mt/cli/screenshot-size-and-style", test_screenshot_size_and_style);
  g_test_add_func ("/mt/cli/screenshot-options-checked", test_screenshot_options_checked);
  g_test_add_func ("/mt/cli/db-address-refused", test_db_address_refused);
  g_test_add_func ("/mt/cli/db-server", test_db_server);
  g_test_add_func ("/mt/cli/backup", test_backup);

  status = g_test_run ();
  mt_test_tmp_dir_remove ();
  return status;
}
