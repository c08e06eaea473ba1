/* test-keyring.c: a server's password typed once and kept in the desktop keyring: a real
 * gnome-keyring-daemon on the session bus of dbus-run-session (tests/meson.build runs this
 * test under it), and a PostgreSQL server of the test's own that wants passwords.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "mt-keyring.h"
#include "mt-recent-databases.h"
#include "mt-server-address.h"
#include "mt-store.h"
#include "mt-test-connect.h"
#include "mt-test-gui.h"
#include "mt-test-util.h"

#define PASSWORD "Gao-keyring-2023"

static char *home;              /* the keyring's files, and ~/.pgpass */
static GPid keyring_pid;
static const char *password_base;  /* the run's server that asks for passwords */
static char *password_dir;
static char *login;                /* this test's, with PASSWORD */

/* Auxiliary methods */

static gboolean
have_servers (void)
{
  return mt_test_have_password_server (password_base);
}

static gboolean
secrets_owned (gpointer user_data)
{
  GDBusConnection *bus = user_data;
  g_autoptr(GVariant) reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus",
                                                           "/org/freedesktop/DBus",
                                                           "org.freedesktop.DBus", "NameHasOwner",
                                                           g_variant_new ("(s)",
                                                                          "org.freedesktop.secrets"),
                                                           G_VARIANT_TYPE ("(b)"),
                                                           G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);
  gboolean owned = FALSE;

  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);
  return owned;
}

/* gnome-keyring-daemon with a login keyring of its own, unlocked, on this session's bus. */
static void
start_keyring (void)
{
  g_autofree char *data = g_build_filename (home, "data", NULL);
  g_autofree char *runtime = g_build_filename (home, "run", NULL);
  const char *argv[] = { "gnome-keyring-daemon", "--foreground", "--unlock",
                         "--components=secrets", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusConnection) bus = NULL;
  int input;

  g_assert_cmpint (g_mkdir_with_parents (data, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (runtime, 0700), ==, 0);
  g_setenv ("HOME", home, TRUE);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_setenv ("XDG_RUNTIME_DIR", runtime, TRUE);

  g_spawn_async_with_pipes (NULL, (char **) argv, NULL,
                            G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD |
                            G_SPAWN_STDOUT_TO_DEV_NULL,
                            NULL, NULL, &keyring_pid, &input, NULL, NULL, &error);
  g_assert_no_error (error);
  /* --unlock reads the login keyring's password up to the end of its input. */
  g_assert_cmpint (write (input, "unlock-me", 9), ==, 9);
  close (input);

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 200 && !secrets_owned (bus); i++)
    g_usleep (50000);
  g_assert_true (secrets_owned (bus));
}

static void
stop_keyring (void)
{
  int status;

  kill (keyring_pid, SIGTERM);
  waitpid (keyring_pid, &status, 0);
  g_spawn_close_pid (keyring_pid);
}

/* The server address of @database, for the keyring. */
static MtServerAddress *
address_of (const char *database)
{
  return mt_server_address_new (password_dir, "", database, login);
}

/* No file under @dir (the keyring's, the settings') holds @secret in clear. */
static void
assert_no_file_holds (const char *dir,
                      const char *secret)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;
      gsize length;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        assert_no_file_holds (path, secret);
      else if (g_file_get_contents (path, &contents, &length, NULL))
        for (gsize at = 0; at + strlen (secret) <= length; at++)
          if (memcmp (contents + at, secret, strlen (secret)) == 0)
            g_error ("%s holds the password in clear", path);
    }
}

/* Connect to Server… with the password typed, Remember Password on or off. */
static MtWindow *
connect_with_password (MtWindow   *window,
                       const char *database,
                       gboolean    remember)
{
  MtConnectDialog *dialog;
  MtTestOpening wait = { .old = window };

  dialog = mt_test_open_connect_dialog (window);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (dialog->remember_row)));
  g_assert_true (gtk_switch_get_active (dialog->remember_switch));
  mt_test_fill_connect_dialog (dialog, password_dir, database, login, PASSWORD);
  gtk_switch_set_active (dialog->remember_switch, remember);
  mt_test_save_png (GTK_WIDGET (dialog), "connect-dialog-keyring.png");
  mt_connect_dialog_connect (dialog);
  mt_test_wait_for_opening (&wait);
  g_assert_null (mt_test_find_connect_dialog ());
  return mt_test_find_main_window (window);
}

/* Tests */

/* Typed once with Remember Password: kept in the keyring (never in the settings nor a file
 * in clear); the next opening from Open Recent needs nothing typed and shows no dialog. */
static void
test_remember_and_reopen (void)
{
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *database = NULL;
  g_autoptr(MtServerAddress) address = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *location = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) recent = NULL;
  g_autofree char *recent_text = NULL;
  MtWindow *window;
  MtWindow *next;
  MtTestOpening wait = { 0 };

  if (!have_servers ())
    return;

  settings = mt_test_settings_new ();
  database = mt_test_server_create_database (password_base, login);
  address = address_of (database);
  window = mt_test_window_new (settings);
  next = connect_with_password (window, database, TRUE);
  g_assert_nonnull (next);
  g_assert_cmpstr (mt_store_get_login (next->store), ==, login);

  kept = mt_keyring_lookup (address, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kept, ==, PASSWORD);
  recent = g_settings_get_value (settings, "recent-databases");
  recent_text = g_variant_print (recent, FALSE);
  g_assert_nonnull (strstr (recent_text, database));
  g_assert_null (strstr (recent_text, PASSWORD));
  assert_no_file_holds (home, PASSWORD);

  /* Open Recent, from a window on another database. */
  location = g_strdup (mt_store_get_path (next->store));
  mt_test_destroy_toplevels ();
  next = mt_test_open_recent (settings, location, &wait);
  g_assert_nonnull (next);
  g_assert_false (wait.dialog_shown);
  g_assert_cmpstr (mt_store_get_login (next->store), ==, login);
  mt_test_destroy_toplevels ();
}

/* libpq's own sources come before the keyring: ~/.pgpass right wins over a keyring item that
 * is out of date; without it, the dialog says the keyring's is refused, and the password
 * typed then replaces it. */
static void
test_libpq_first (void)
{
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *database = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *location = NULL;
  g_autofree char *pgpass = NULL;
  g_autofree char *line = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(MtServerAddress) address = NULL;
  g_autoptr(GError) error = NULL;
  MtConnectDialog *dialog;
  MtTestOpening wait = { 0 };

  if (!have_servers ())
    return;

  settings = mt_test_settings_new ();
  database = mt_test_server_create_database (password_base, login);
  uri = mt_test_server_uri (password_base, database, login);
  location = mt_recent_databases_normalize (uri);
  address = address_of (database);
  g_assert_true (mt_keyring_store (address, "an-old-password", NULL, &error));
  g_assert_no_error (error);

  pgpass = g_build_filename (home, ".pgpass", NULL);
  line = g_strdup_printf ("*:*:%s:%s:%s\n", database, login, PASSWORD);
  g_assert_true (g_file_set_contents (pgpass, line, -1, NULL));
  g_assert_cmpint (g_chmod (pgpass, 0600), ==, 0);

  g_assert_nonnull (mt_test_open_recent (settings, location, &wait));
  g_assert_false (wait.dialog_shown);
  mt_test_destroy_toplevels ();
  g_unlink (pgpass);

  /* The keyring's alone, and refused: the dialog says so, the password typed replaces it. */
  g_assert_null (mt_test_open_recent (settings, location, &wait));
  dialog = mt_test_find_connect_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (mt_connect_dialog_get_message (dialog),
                            "password authentication failed"));
  gtk_editable_set_text (GTK_EDITABLE (dialog->password_row), PASSWORD);
  mt_connect_dialog_connect (dialog);
  mt_test_wait_for_opening (&wait);
  g_assert_nonnull (mt_test_find_main_window (wait.old));
  kept = mt_keyring_lookup (address, NULL, &error);
  g_assert_cmpstr (kept, ==, PASSWORD);
  mt_test_destroy_toplevels ();
}

/* Remember Password off: the password typed is used once, and one kept before is forgotten. */
static void
test_forget (void)
{
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *database = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(MtServerAddress) address = NULL;
  g_autoptr(GError) error = NULL;
  MtWindow *window;

  if (!have_servers ())
    return;

  settings = mt_test_settings_new ();
  database = mt_test_server_create_database (password_base, login);
  address = address_of (database);
  g_assert_true (mt_keyring_store (address, PASSWORD, NULL, &error));

  window = mt_test_window_new (settings);
  g_assert_nonnull (connect_with_password (window, database, FALSE));
  kept = mt_keyring_lookup (address, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (kept);
  mt_test_destroy_toplevels ();
}

/* The command line finds the password in the keyring when the session has a bus; without
 * one, it says how to give it, exit status 2. */
static void
test_cli (void)
{
  g_autofree char *database = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(MtServerAddress) address = NULL;
  g_autoptr(GError) error = NULL;

  if (!have_servers ())
    return;

  database = mt_test_server_create_database (password_base, login);
  uri = mt_test_server_uri (password_base, database, login);
  address = address_of (database);
  g_assert_true (mt_keyring_store (address, PASSWORD, NULL, &error));
  g_assert_no_error (error);

  {
    g_auto(MtTestRun) run = { 0 };

    mt_test_run_tracker (&run, MT_TEST_RUN_NO_DISPLAY, "--db", uri, "--export", "camps", "-",
                         NULL);
    g_assert_cmpstr (run.err, ==, "");
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "\nGao,"));
  }
  {
    g_auto(MtTestRun) run = { 0 };

    mt_test_run_tracker (&run, MT_TEST_RUN_NO_DISPLAY | MT_TEST_RUN_NO_SESSION_BUS,
                         "--db", uri, "--export", "camps", "-", NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "PGPASSWORD"));
    g_assert_null (strstr (run.err, PASSWORD));
  }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    g_error ("test-keyring runs on a session bus of its own: dbus-run-session -- %s", argv[0]);
  g_unsetenv ("PGPASSWORD");
  home = g_dir_make_tmp ("mt-keyring-XXXXXX", NULL);
  start_keyring ();

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  mt_test_tmp_dir_make ();

  mt_test_password_server_open (PASSWORD, &login, &password_base, &password_dir);

  g_test_add_func ("/mt/keyring/remember-and-reopen", test_remember_and_reopen);
  g_test_add_func ("/mt/keyring/libpq-first", test_libpq_first);
  g_test_add_func ("/mt/keyring/forget", test_forget);
  g_test_add_func ("/mt/keyring/cli", test_cli);

  status = g_test_run ();

  stop_keyring ();
  mt_test_tmp_dir_remove ();
  mt_test_remove_tree (home);
  return status;
}
