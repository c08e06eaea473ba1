/* test-app-close.c: the database file is whole once the program has ended.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A planner mails tracker.db alone to a colleague. While the program runs, commits sit in
 * tracker.db-wal; whichever way the program ends, the file alone must hold every record and
 * no -wal may be left beside it.
 */

#include "config.h"

#include <adwaita.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <signal.h>

#include "mt-application.h"
#include "mt-store.h"
#include "mt-test-util.h"

typedef enum
{
  QUIT_ACTION,     /* app.quit: the menu's Quit, Ctrl+Q */
  CLOSE_WINDOW,    /* the window's close button, Ctrl+W */
} QuitHow;

typedef struct
{
  MtApplication *app;
  QuitHow        how;
  guint          polls;
} Quitter;

/* Helpers */

static guint
count_camps (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtStore) store = NULL;
  g_autoptr(GPtrArray) camps = NULL;

  store = mt_store_open (path, &error);
  g_assert_no_error (error);
  camps = mt_store_list_camps (store, NULL, &error);
  g_assert_no_error (error);

  return camps->len;
}

/* What a planner does: copies the .db file alone, then opens the copy. */
static void
assert_file_is_whole (const char *db_path,
                      const char *copy_name)
{
  g_autofree char *wal = g_strconcat (db_path, "-wal", NULL);
  g_autofree char *dir = mt_test_tmp_path (copy_name);
  g_autofree char *copy = g_build_filename (dir, "tracker.db", NULL);
  g_autoptr(GFile) from = g_file_new_for_path (db_path);
  g_autoptr(GFile) to = g_file_new_for_path (copy);
  g_autoptr(GError) error = NULL;
  guint n_copy;

  g_assert_true (g_file_test (db_path, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  n_copy = count_camps (copy);
  g_assert_cmpuint (n_copy, >, 0);
  g_assert_cmpuint (n_copy, ==, count_camps (db_path));

  mt_test_remove_tree (dir);
}

/* Callbacks */

static gboolean
quit_cb (gpointer user_data)
{
  Quitter *quitter = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (quitter->app));

  /* Wait for the window, and give the roster's worker time to open its connection. */
  if (window == NULL || !gtk_widget_get_mapped (GTK_WIDGET (window)) || quitter->polls++ < 5)
    return G_SOURCE_CONTINUE;

  if (quitter->how == QUIT_ACTION)
    g_action_group_activate_action (G_ACTION_GROUP (quitter->app), "quit", NULL);
  else
    gtk_window_close (window);

  return G_SOURCE_REMOVE;
}

/* Tests */

/* The program creates and seeds a new database, shows the roster (whose queries run on a
 * connection of their own), and the user quits. */
static void
run_and_quit (QuitHow how)
{
  g_autofree char *db_path = mt_test_tmp_path (how == QUIT_ACTION ? "quit.db" : "close.db");
  char *argv[] = { "minusma-tracker", "--db", db_path, "--page", "roster", NULL };
  Quitter quitter = { NULL, how, 0 };
  int status;

  mt_test_remove_database (db_path);
  quitter.app = mt_application_new ();
  g_timeout_add (100, quit_cb, &quitter);
  status = g_application_run (G_APPLICATION (quitter.app), G_N_ELEMENTS (argv) - 1, argv);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpint (mt_application_get_exit_status (quitter.app), ==, 0);

  /* Whole as soon as the program's main loop has ended, before anything is freed. */
  assert_file_is_whole (db_path, "copy-while-ending");
  g_object_unref (quitter.app);

  assert_file_is_whole (db_path, "copy-after");
  mt_test_remove_database (db_path);
}

static void
test_quit_action (void)
{
  run_and_quit (QUIT_ACTION);
}

static void
test_close_window (void)
{
  run_and_quit (CLOSE_WINDOW);
}

static void
test_screenshot (void)
{
  g_autofree char *db_path = mt_test_tmp_path ("shot.db");
  g_autofree char *png = mt_test_tmp_path ("shot.png");
  g_auto(MtTestRun) run = { 0, };

  mt_test_remove_database (db_path);
  mt_test_run_tracker (&run, MT_TEST_RUN_DEFAULT, "--db", db_path, "--page", "roster",
                       "--screenshot", png, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));

  assert_file_is_whole (db_path, "copy-screenshot");
  mt_test_remove_database (db_path);
  g_remove (png);
}

/* The session logs out (SIGTERM), or Ctrl+C in the terminal that started it (SIGINT): the
 * program leaves as app.quit does. */
static void
quit_on_signal (int         signum,
                const char *name,
                guint       settle_ms)
{
  g_autofree char *db_path = mt_test_tmp_path (name);
  g_autofree char *wal = g_strconcat (db_path, "-wal", NULL);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  gint64 deadline;

  mt_test_remove_database (db_path);
  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE, &error,
                              g_getenv ("MT_BINARY"), "--db", db_path, "--page", "roster",
                              NULL);
  g_assert_no_error (error);

  /* Running, with the seed committed to the write-ahead log. */
  deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while (!g_file_test (wal, G_FILE_TEST_EXISTS) && g_get_monotonic_time () < deadline)
    g_usleep (50 * 1000);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_usleep (settle_ms * 1000);

  g_subprocess_send_signal (process, signum);
  g_assert_true (g_subprocess_wait (process, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);

  assert_file_is_whole (db_path, "copy-after-signal");
  mt_test_remove_database (db_path);
}

static void
test_sigterm (void)
{
  quit_on_signal (SIGTERM, "sigterm.db", 500);
}

static void
test_sigint (void)
{
  quit_on_signal (SIGINT, "sigint.db", 500);
}

/* The moment the database is written, long before the window is up (GTK starting takes a
 * while): the signal still waits for the main loop, which closes the database whole. */
static void
test_sigterm_at_once (void)
{
  quit_on_signal (SIGTERM, "sigterm-at-once.db", 0);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/mt/app-close/quit-action", test_quit_action);
  g_test_add_func ("/mt/app-close/close-window", test_close_window);
  g_test_add_func ("/mt/app-close/screenshot", test_screenshot);
  g_test_add_func ("/mt/app-close/sigterm", test_sigterm);
  g_test_add_func ("/mt/app-close/sigint", test_sigint);
  g_test_add_func ("/mt/app-close/sigterm-at-once", test_sigterm_at_once);

  return mt_test_run_in_tmp_dir ();
}
