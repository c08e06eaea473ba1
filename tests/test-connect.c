/* test-connect.c: Connect to Server…, the recent databases and where a server's password
 * comes from, against real PostgreSQL servers (the run's, and one of this test's own that
 * wants passwords). This session has no message bus, so no keyring: test-keyring.c has one.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "mt-database.h"
#include "mt-recent-databases.h"
#include "mt-server-address.h"
#include "mt-store.h"
#include "mt-test-connect.h"
#include "mt-test-gui.h"
#include "mt-test-util.h"

#define PASSWORD "s3cret-Bamako"

/* The run's server that asks for passwords, its socket folder and a login of this test's
 * with PASSWORD; NULL without that server (the sanitizer build). */
static const char *password_base;
static char *password_dir;
static char *login;

/* Auxiliary methods */

static gboolean
have_servers (void)
{
  return mt_test_have_password_server (password_base);
}

/* Clicks the dialog's response button @label, as the planner does. */
static void
click_response (MtConnectDialog *dialog,
                const char      *label)
{
  GtkWidget *button = mt_test_find_button (GTK_WIDGET (dialog), label);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

/* Nothing the settings hold (every key) names @secret. */
static void
assert_settings_hold_no (GSettings  *settings,
                         const char *secret)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autoptr(GVariant) value = g_settings_get_value (settings, keys[i]);
      g_autofree char *text = g_variant_print (value, FALSE);

      if (strstr (text, secret) != NULL)
        g_error ("the setting %s holds the password: %s", keys[i], text);
    }
}

/* Pure functions */

/* The dialog's rows and libpq's URI, both ways; a password never survives. */
static void
test_address (void)
{
  static const struct
  {
    const char *uri;
    const char *host, *port, *database, *login, *extra;
    const char *rebuilt;
    const char *label;
  } cases[] = {
    { "postgresql://planner@db.mission.example/tracker",
      "db.mission.example", "", "tracker", "planner", "",
      "postgresql://planner@db.mission.example/tracker", "planner@db.mission.example/tracker" },
    { "postgres://planner:" PASSWORD "@db.mission.example:5433/tracker?sslmode=require",
      "db.mission.example", "5433", "tracker", "planner", "sslmode=require",
      "postgresql://planner@db.mission.example:5433/tracker?sslmode=require",
      "planner@db.mission.example:5433/tracker" },
    { "postgresql:///tracker?host=/var/run/postgresql&user=reader&password=" PASSWORD
      "&options=-csearch_path%3Dgao",
      "/var/run/postgresql", "", "tracker", "reader", "options=-csearch_path%3Dgao",
      "postgresql:///tracker?host=%2Fvar%2Frun%2Fpostgresql&user=reader"
      "&options=-csearch_path%3Dgao",
      "reader@localhost/tracker" },
    { "postgresql://[::1]:5432/tracker?user=planner",
      "::1", "5432", "tracker", "planner", "",
      "postgresql://planner@[::1]:5432/tracker", "planner@[::1]:5432/tracker" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MtServerAddress) address = mt_server_address_parse (cases[i].uri);
      g_autoptr(MtServerAddress) again = NULL;
      g_autofree char *rebuilt = NULL;
      g_autofree char *label = NULL;

      g_assert_nonnull (address);
      g_assert_cmpstr (address->host, ==, cases[i].host);
      g_assert_cmpstr (address->port, ==, cases[i].port);
      g_assert_cmpstr (address->database, ==, cases[i].database);
      g_assert_cmpstr (address->login, ==, cases[i].login);
      g_assert_cmpstr (address->extra, ==, cases[i].extra);
      rebuilt = mt_server_address_to_uri (address);
      g_assert_cmpstr (rebuilt, ==, cases[i].rebuilt);
      label = mt_server_address_dup_label (address);
      g_assert_cmpstr (label, ==, cases[i].label);
      g_assert_null (strstr (rebuilt, PASSWORD));

      /* Read back, the URI says the same. */
      again = mt_server_address_parse (rebuilt);
      g_assert_cmpstr (again->host, ==, cases[i].host);
      g_assert_cmpstr (again->login, ==, cases[i].login);
      g_assert_cmpstr (again->database, ==, cases[i].database);
    }

  g_assert_null (mt_server_address_parse ("tracker.db"));
  g_assert_null (mt_server_address_parse ("postgresql://db:port/tracker"));
  g_assert_true (mt_server_address_port_is_valid (""));
  g_assert_true (mt_server_address_port_is_valid ("5432"));
  g_assert_false (mt_server_address_port_is_valid ("0"));
  g_assert_false (mt_server_address_port_is_valid ("65536"));
  g_assert_false (mt_server_address_port_is_valid ("54a"));
}

static gboolean
menu_has_label (GMenuModel *menu,
                const char *label)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *text = NULL;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &text) &&
          g_str_equal (text, label))
        return TRUE;
    }
  return FALSE;
}

/* The recent list: newest first, each once, eight at most, never a password; the menu skips
 * the database open and tells two files of one name apart. */
static void
test_recent_list (void)
{
  g_autoptr(GSettings) settings = mt_test_settings_new ();
  g_autoptr(GMenu) menu = g_menu_new ();
  g_auto(GStrv) list = NULL;
  g_autofree char *first = NULL;

  mt_recent_databases_remember (settings, "/srv/gao/tracker.db");
  mt_recent_databases_remember (settings, ":memory:");
  mt_recent_databases_remember (settings, "postgresql://planner:" PASSWORD
                                "@db.mission.example/tracker");
  mt_recent_databases_remember (settings, "/srv/../srv/mopti/tracker.db");
  mt_recent_databases_remember (settings, "/srv/gao/tracker.db");
  mt_recent_databases_remember (settings, "/srv/kidal/drawdown_plan.db");

  list = g_settings_get_strv (settings, "recent-databases");
  g_assert_cmpuint (g_strv_length (list), ==, 4);
  g_assert_cmpstr (list[0], ==, "/srv/kidal/drawdown_plan.db");
  g_assert_cmpstr (list[1], ==, "/srv/gao/tracker.db");
  g_assert_cmpstr (list[2], ==, "/srv/mopti/tracker.db");
  g_assert_cmpstr (list[3], ==, "postgresql://planner@db.mission.example/tracker");
  assert_settings_hold_no (settings, PASSWORD);

  mt_recent_databases_fill_menu (menu, settings, "/srv/kidal/drawdown_plan.db", "win.open-recent");
  g_assert_cmpint (g_menu_model_get_n_items (G_MENU_MODEL (menu)), ==, 3);
  g_assert_true (menu_has_label (G_MENU_MODEL (menu), "tracker.db — /srv/gao"));
  g_assert_true (menu_has_label (G_MENU_MODEL (menu), "tracker.db — /srv/mopti"));
  g_assert_true (menu_has_label (G_MENU_MODEL (menu),
                                 "planner@db.mission.example/tracker"));
  /* Underscores are a file name's, not mnemonics. */
  mt_recent_databases_fill_menu (menu, settings, NULL, "win.open-recent");
  g_assert_true (menu_has_label (G_MENU_MODEL (menu), "drawdown__plan.db"));

  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *path = g_strdup_printf ("/srv/camp-%u.db", i);

      mt_recent_databases_remember (settings, path);
    }
  g_strfreev (g_steal_pointer (&list));
  list = g_settings_get_strv (settings, "recent-databases");
  g_assert_cmpuint (g_strv_length (list), ==, MT_RECENT_DATABASES_MAX);
  g_assert_cmpstr (list[0], ==, "/srv/camp-11.db");

  mt_recent_databases_forget (settings, "/srv/camp-11.db");
  g_strfreev (g_steal_pointer (&list));
  list = g_settings_get_strv (settings, "recent-databases");
  first = g_strdup (list[0]);
  g_assert_cmpstr (first, ==, "/srv/camp-10.db");
}

/* The dialog against the run's server */

/* Connect to Server… builds the URI from the rows, opens a new database on the server (it
 * gets the tables and the seed), and the window shows it: "login@host/database" in the
 * header, first in the recent list. */
static void
test_dialog_opens_server (void)
{
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *database = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *label = NULL;
  g_auto(GStrv) recent = NULL;
  MtConnectDialog *dialog;
  MtWindow *window;
  MtWindow *next;
  MtTestOpening wait = { 0 };

  if (!have_servers ())
    return;

  settings = mt_test_settings_new ();
  database = mt_test_server_create_database (mt_test_server_base (), NULL);
  dir = mt_test_server_socket_dir (mt_test_server_base ());
  window = mt_test_window_new (settings);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);

  dialog = mt_test_open_connect_dialog (window);
  /* The planner's own login comes filled in. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dialog->login_row)), ==,
                   g_get_user_name ());
  mt_test_fill_connect_dialog (dialog, dir, database, "postgres", "");
  mt_test_save_png (GTK_WIDGET (dialog), "connect-dialog.png");
  wait.old = window;
  click_response (dialog, "C_onnect");
  g_assert_true (mt_connect_dialog_is_busy (dialog));
  g_assert_false (gtk_widget_is_sensitive (dialog->rows));
  g_assert_nonnull (strstr (mt_connect_dialog_get_message (dialog), "Connecting to"));
  mt_test_wait_for_opening (&wait);

  next = mt_test_find_main_window (wait.old);
  g_assert_nonnull (next);
  g_assert_null (window);      /* replaced, not left behind */
  g_assert_null (mt_test_find_connect_dialog ());
  g_assert_true (mt_store_is_server (next->store));
  g_assert_false (mt_store_is_empty (next->store));
  label = g_strdup_printf ("postgres@localhost/%s", database);
  g_assert_cmpstr (adw_window_title_get_subtitle (next->sidebar_title), ==, label);

  recent = g_settings_get_strv (settings, "recent-databases");
  g_assert_true (g_str_has_prefix (recent[0], "postgresql:///"));
  g_assert_nonnull (strstr (recent[0], database));
  g_assert_nonnull (strstr (recent[0], "user=postgres"));
  /* An in-memory database is not one to open again. */
  g_assert_cmpuint (g_strv_length (recent), ==, 1);
  mt_test_destroy_toplevels ();
}

/* A server out of reach, a database that is not there: the dialog says why and stays, with
 * what was typed, for another try. */
static void
test_dialog_stays_on_failure (void)
{
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *gone = NULL;
  MtConnectDialog *dialog;
  MtWindow *window;
  MtTestOpening wait = { 0 };

  if (!have_servers ())
    return;

  settings = mt_test_settings_new ();
  window = mt_test_window_new (settings);
  dialog = mt_test_open_connect_dialog (window);
  wait.old = window;
  gone = g_build_filename (g_get_tmp_dir (), "no-server-here", NULL);
  mt_test_fill_connect_dialog (dialog, gone, "tracker", "postgres", "");

  /* Not a port: Connect is off, and the dialog says why. */
  gtk_editable_set_text (GTK_EDITABLE (dialog->port_row), "99999");
  g_assert_false (gtk_widget_is_sensitive (mt_test_find_button (GTK_WIDGET (dialog),
                                                                "C_onnect")));
  g_assert_cmpstr (mt_connect_dialog_get_message (dialog), ==,
                   "A port is a number from 1 to 65535");
  gtk_editable_set_text (GTK_EDITABLE (dialog->port_row), "");
  g_assert_null (mt_connect_dialog_get_message (dialog));

  click_response (dialog, "C_onnect");
  mt_test_wait_for_opening (&wait);

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  g_assert_nonnull (strstr (mt_connect_dialog_get_message (dialog), "Could not open"));
  g_assert_nonnull (strstr (mt_connect_dialog_get_message (dialog), gone));
  g_assert_true (gtk_widget_is_sensitive (dialog->rows));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dialog->host_row)), ==, gone);
  g_assert_true (mt_test_find_main_window (NULL) == window);

  /* The right server, a database it does not have. */
  dir = mt_test_server_socket_dir (mt_test_server_base ());
  mt_test_fill_connect_dialog (dialog, dir, "no_such_database", "postgres", "");
  click_response (dialog, "C_onnect");
  mt_test_wait_for_opening (&wait);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  g_assert_nonnull (strstr (mt_connect_dialog_get_message (dialog), "no_such_database"));

  /* Cancel leaves the window as it was. */
  click_response (dialog, "_Cancel");
  mt_test_spin (50);
  g_assert_null (mt_test_find_connect_dialog ());
  g_assert_true (mt_test_find_main_window (NULL) == window);
  mt_test_destroy_toplevels ();
}

/* A login with a password: asked for when none is given, refused when wrong, never kept in
 * the settings. Without a keyring, Remember Password cannot be turned on. */
static void
test_dialog_password (void)
{
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *database = NULL;
  g_autofree char *asked = NULL;
  MtConnectDialog *dialog;
  MtWindow *window;
  MtWindow *next;
  MtTestOpening wait = { 0 };

  if (!have_servers ())
    return;
  asked = g_strdup_printf ("The server asks for the password of “%s”", login);

  settings = mt_test_settings_new ();
  database = mt_test_server_create_database (password_base, login);
  window = mt_test_window_new (settings);
  dialog = mt_test_open_connect_dialog (window);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (dialog->remember_row)));
  wait.old = window;

  mt_test_fill_connect_dialog (dialog, password_dir, database, login, "");
  click_response (dialog, "C_onnect");
  mt_test_wait_for_opening (&wait);
  g_assert_cmpstr (mt_connect_dialog_get_message (dialog), ==, asked);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (dialog->password_row)) ||
                 gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (dialog)),
                                         GTK_WIDGET (dialog->password_row)));
  mt_test_save_png (GTK_WIDGET (dialog), "connect-dialog-password.png");

  gtk_editable_set_text (GTK_EDITABLE (dialog->password_row), "not-the-password");
  click_response (dialog, "C_onnect");
  mt_test_wait_for_opening (&wait);
  g_assert_nonnull (strstr (mt_connect_dialog_get_message (dialog), "password authentication failed"));
  g_assert_null (strstr (mt_connect_dialog_get_message (dialog), "not-the-password"));

  gtk_editable_set_text (GTK_EDITABLE (dialog->password_row), PASSWORD);
  click_response (dialog, "C_onnect");
  mt_test_wait_for_opening (&wait);
  next = mt_test_find_main_window (window);
  g_assert_nonnull (next);
  g_assert_cmpstr (mt_store_get_login (next->store), ==, login);
  g_assert_null (strstr (mt_store_get_path (next->store), PASSWORD));
  assert_settings_hold_no (settings, PASSWORD);
  mt_test_destroy_toplevels ();
}

/* Opening a recent server: libpq's own sources first (here PGPASSWORD), without a dialog;
 * with none, the dialog asks for the password, filled in for that database. */
static void
test_recent_server (void)
{
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *database = NULL;
  g_autofree char *asked = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *location = NULL;
  MtConnectDialog *dialog;
  MtWindow *next;
  MtTestOpening wait = { 0 };

  if (!have_servers ())
    return;
  asked = g_strdup_printf ("The server asks for the password of “%s”", login);

  settings = mt_test_settings_new ();
  database = mt_test_server_create_database (password_base, login);
  uri = mt_test_server_uri (password_base, database, login);
  mt_recent_databases_remember (settings, uri);
  location = mt_recent_databases_normalize (uri);

  g_setenv ("PGPASSWORD", PASSWORD, TRUE);
  next = mt_test_open_recent (settings, location, &wait);
  g_unsetenv ("PGPASSWORD");
  g_assert_nonnull (next);
  g_assert_false (wait.dialog_shown);
  g_assert_cmpstr (mt_store_get_login (next->store), ==, login);
  mt_test_destroy_toplevels ();

  /* Nothing to find the password with: the dialog asks, on the database chosen. */
  g_assert_null (mt_test_open_recent (settings, location, &wait));
  dialog = mt_test_find_connect_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dialog->database_row)), ==, database);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dialog->host_row)), ==, password_dir);
  g_assert_cmpstr (mt_connect_dialog_get_message (dialog), ==, asked);
  mt_test_destroy_toplevels ();
}

/* A recent file opens in the window; one that is gone is said so, not made again empty,
 * and leaves the list. */
static void
test_recent_file (void)
{
  g_autoptr(GSettings) settings = mt_test_settings_new ();
  g_autofree char *path = mt_test_tmp_path ("recent.db");
  g_autofree char *gone = mt_test_tmp_path ("gone.db");
  g_auto(GStrv) recent = NULL;
  MtWindow *next;
  MtTestOpening wait = { 0 };

  mt_test_remove_database (path);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(MtStore) made = mt_database_open (path, NULL, &error);

    g_assert_no_error (error);
    mt_store_close (made, NULL);
  }
  mt_recent_databases_remember (settings, gone);
  mt_recent_databases_remember (settings, path);
  next = mt_test_open_recent (settings, path, &wait);
  g_assert_nonnull (next);
  g_assert_cmpstr (mt_store_get_path (next->store), ==, path);
  g_assert_cmpstr (adw_window_title_get_subtitle (next->sidebar_title), ==, "recent.db");

  gtk_widget_activate_action (GTK_WIDGET (next), "win.open-recent", "s", gone);
  mt_test_spin (100);
  g_assert_false (g_file_test (gone, G_FILE_TEST_EXISTS));
  g_assert_true (mt_test_find_main_window (NULL) == next);
  recent = g_settings_get_strv (settings, "recent-databases");
  g_assert_false (g_strv_contains ((const char * const *) recent, gone));
  mt_test_destroy_toplevels ();
  mt_test_remove_database (path);
}

/* The command line */

/* --db on a server that wants a password: libpq's sources (PGPASSWORD, ~/.pgpass) work;
 * with none and no session bus (no keyring), exit status 2 and how to give it. */
static void
test_cli_password (void)
{
  g_autofree char *database = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *home = NULL;
  g_autofree char *pgpass = NULL;
  g_autofree char *line = NULL;
  const char *old_home = g_getenv ("HOME");
  g_autofree char *saved_home = g_strdup (old_home);

  if (!have_servers ())
    return;

  database = mt_test_server_create_database (password_base, login);
  uri = mt_test_server_uri (password_base, database, login);

  {
    g_auto(MtTestRun) run = { 0 };

    mt_test_run_tracker (&run, MT_TEST_RUN_NO_DISPLAY | MT_TEST_RUN_NO_SESSION_BUS,
                         "--db", uri, "--export", "camps", "-", NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_cmpstr (run.out, ==, "");
    g_assert_nonnull (strstr (run.err, "PGPASSWORD"));
    g_assert_nonnull (strstr (run.err, "~/.pgpass"));
    g_assert_nonnull (strstr (run.err, "keyring"));
  }

  {
    g_auto(MtTestRun) run = { 0 };

    g_setenv ("PGPASSWORD", PASSWORD, TRUE);
    mt_test_run_tracker (&run, MT_TEST_RUN_NO_DISPLAY | MT_TEST_RUN_NO_SESSION_BUS,
                         "--db", uri, "--export", "camps", "-", NULL);
    g_unsetenv ("PGPASSWORD");
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "\nGao,"));
  }

  {
    g_auto(MtTestRun) run = { 0 };

    home = mt_test_tmp_path ("home");
    g_assert_cmpint (g_mkdir_with_parents (home, 0700), ==, 0);
    pgpass = g_build_filename (home, ".pgpass", NULL);
    line = g_strdup_printf ("*:*:%s:%s:%s\n", database, login, PASSWORD);
    g_assert_true (g_file_set_contents (pgpass, line, -1, NULL));
    g_assert_cmpint (g_chmod (pgpass, 0600), ==, 0);
    g_setenv ("HOME", home, TRUE);
    mt_test_run_tracker (&run, MT_TEST_RUN_NO_DISPLAY | MT_TEST_RUN_NO_SESSION_BUS,
                         "--db", uri, "--export", "camps", "-", NULL);
    if (saved_home != NULL)
      g_setenv ("HOME", saved_home, TRUE);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "\nGao,"));
    g_unlink (pgpass);
    g_rmdir (home);
  }
}

/* A wrong password is told apart from other failures (MT_STORE_ERROR_PASSWORD_REFUSED, so
 * the keyring or the dialog is asked next), and is never repeated in the message. */
static void
test_wrong_password (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtStore) store = NULL;
  g_autofree char *database = NULL;
  g_autofree char *uri = NULL;

  if (!have_servers ())
    return;

  database = mt_test_server_create_database (password_base, login);
  uri = mt_test_server_uri (password_base, database, login);

  store = mt_store_open_with_password (uri, "not-the-password", &error);
  g_assert_null (store);
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_PASSWORD_REFUSED);
  g_assert_null (strstr (error->message, "not-the-password"));
  g_clear_error (&error);

  {
    g_auto(MtTestRun) run = { 0 };

    g_setenv ("PGPASSWORD", "not-the-password", TRUE);
    mt_test_run_tracker (&run, MT_TEST_RUN_NO_DISPLAY | MT_TEST_RUN_NO_SESSION_BUS,
                         "--db", uri, "--export", "camps", "-", NULL);
    g_unsetenv ("PGPASSWORD");
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "PGPASSWORD"));
    g_assert_null (strstr (run.err, "not-the-password"));
  }

  store = mt_store_open_with_password (uri, PASSWORD, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* No session bus, so no keyring, whatever the desktop this runs on. */
  g_unsetenv ("DBUS_SESSION_BUS_ADDRESS");
  g_unsetenv ("PGPASSWORD");
  g_setenv ("XDG_RUNTIME_DIR", "/nonexistent", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  mt_test_tmp_dir_make ();

  mt_test_password_server_open (PASSWORD, &login, &password_base, &password_dir);

  g_test_add_func ("/mt/connect/address", test_address);
  g_test_add_func ("/mt/connect/recent-list", test_recent_list);
  g_test_add_func ("/mt/connect/dialog-opens-server", test_dialog_opens_server);
  g_test_add_func ("/mt/connect/dialog-stays-on-failure", test_dialog_stays_on_failure);
  g_test_add_func ("/mt/connect/dialog-password", test_dialog_password);
  g_test_add_func ("/mt/connect/recent-server", test_recent_server);
  g_test_add_func ("/mt/connect/recent-file", test_recent_file);
  g_test_add_func ("/mt/connect/cli-password", test_cli_password);
  g_test_add_func ("/mt/connect/wrong-password", test_wrong_password);

  status = g_test_run ();

  mt_test_tmp_dir_remove ();
  return status;
}
