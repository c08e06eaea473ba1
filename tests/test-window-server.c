/* test-window-server.c: the window on a database of the run's PostgreSQL server: a login
 * that may only read, and a connection lost and found again.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "mt-camp.h"
#include "mt-database.h"
#include "mt-editor-dialog.h"
#include "mt-movement.h"
#include "mt-records-page.h"
#include "mt-report.h"
#include "mt-report-print.h"
#include "mt-store.h"
#include "mt-test-gui.h"
#include "mt-test-util.h"
#include "mt-window-private.h"

/* Auxiliary methods */

static gboolean
skip_without_server (void)
{
  if (g_getenv ("MT_TEST_PG_SERVER") != NULL)
    return FALSE;
  g_test_skip ("no PostgreSQL server for this run (build-aux/test.sh starts one)");
  return TRUE;
}

/* A new database of its own on the run's server, with the seed; its URI for @login. */
static char *
new_database (char **out_name)
{
  g_autofree char *name = mt_test_server_create_database (mt_test_server_base (), NULL);
  g_autofree char *uri = mt_test_server_uri (mt_test_server_base (), name, "postgres");
  g_autoptr(GError) error = NULL;
  g_autoptr(MtStore) store = mt_database_open (uri, NULL, &error);

  g_assert_no_error (error);
  mt_store_close (store, NULL);
  *out_name = g_steal_pointer (&name);
  return g_steal_pointer (&uri);
}

static MtWindow *
new_window (MtStore *store)
{
  MtWindow *window = mt_window_new (NULL, store, NULL);

  mt_test_present_window (GTK_WINDOW (window));
  return window;
}

static gboolean
has_action (GtkWidget *widget,
            gpointer   user_data)
{
  return GTK_IS_ACTIONABLE (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), user_data) == 0;
}

/* Whether the planner can press the first button of @action_name under @root. */
static gboolean
button_sensitive (GtkWidget  *root,
                  const char *action_name)
{
  GtkWidget *button = mt_test_find_widget_matching (root, has_action, (gpointer) action_name);

  g_assert_nonnull (button);
  return gtk_widget_get_sensitive (button);
}

static gboolean
is_menu_item (GtkWidget *widget,
              gpointer   user_data)
{
  g_autofree char *text = NULL;

  if (!g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkModelButton"))
    return FALSE;
  g_object_get (widget, "text", &text, NULL);
  return g_strcmp0 (text, user_data) == 0;
}

/* Whether the main menu's item @label (as shown, without its mnemonic) can be chosen, as the
 * open menu shows it. */
static gboolean
menu_item_sensitive (MtWindow   *window,
                     const char *label)
{
  GtkPopover *popover;
  GtkWidget *item;
  gboolean sensitive;

  gtk_menu_button_popup (window->content_menu_button);
  mt_test_spin (100);
  popover = gtk_menu_button_get_popover (window->content_menu_button);
  item = mt_test_find_widget_matching (GTK_WIDGET (popover), is_menu_item, (gpointer) label);
  g_assert_nonnull (item);
  sensitive = gtk_widget_get_sensitive (item);
  gtk_menu_button_popdown (window->content_menu_button);
  mt_test_spin (50);
  return sensitive;
}

static gint64
senegal_movement (MtStore *store)
{
  g_autoptr(GPtrArray) movements = mt_store_list_movements (store, NULL, NULL);

  for (guint i = 0; movements != NULL && i < movements->len; i++)
    if (g_strcmp0 (mt_movement_get_contingent (g_ptr_array_index (movements, i)), "Senegal") == 0)
      return mt_movement_get_id (g_ptr_array_index (movements, i));
  g_assert_not_reached ();
}

static gint64
movement_count (MtStore *store,
                gint64   id)
{
  g_autoptr(GPtrArray) movements = mt_store_list_movements (store, NULL, NULL);

  for (guint i = 0; movements != NULL && i < movements->len; i++)
    if (mt_movement_get_id (g_ptr_array_index (movements, i)) == id)
      return mt_movement_get_count (g_ptr_array_index (movements, i));
  g_assert_not_reached ();
}

/* Opens the editor of the movement @id from the Movements page, as Enter on its row does. */
static MtEditorDialog *
edit_movement (MtWindow *window,
               gint64    id)
{
  GtkSelectionModel *selection = mt_records_page_get_selection (window->movements_page);

  g_assert_true (mt_window_show_page (window, "movements"));
  mt_test_spin (100);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (selection)); i++)
    {
      g_autoptr(GObject) record = g_list_model_get_item (G_LIST_MODEL (selection), i);

      if (MT_IS_MOVEMENT (record) && mt_movement_get_id (MT_MOVEMENT (record)) == id)
        gtk_selection_model_select_item (selection, i, TRUE);
    }
  gtk_widget_activate_action (GTK_WIDGET (window->movements_page), "records.edit", NULL);
  mt_test_spin (100);
  return mt_test_find_editor ();
}

static gboolean
banner_revealed (gpointer user_data)
{
  return mt_banner_get_revealed (MT_BANNER (user_data));
}

static gboolean
banner_hidden (gpointer user_data)
{
  return !mt_banner_get_revealed (MT_BANNER (user_data));
}

/* Tests */

/* A login that may only read: a banner says so; every edit and import is off, in the menu,
 * the pages and their keys; browsing, printing and copies go on. */
static void
test_read_only_login (void)
{
  static guint n;
  g_autofree char *name = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *role = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *reader_uri = NULL;
  g_autofree char *pdf = NULL;
  g_autoptr(MtStore) store = NULL;
  g_autoptr(MtReport) report = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  MtWindow *window;

  if (skip_without_server ())
    return;

  uri = new_database (&name);
  role = g_strdup_printf ("reader_%d_%u", (int) getpid (), ++n);
  sql = g_strdup_printf ("CREATE ROLE %s LOGIN", role);
  mt_test_server_exec (mt_test_server_base (), sql);
  g_free (sql);
  sql = g_strdup_printf ("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %s", role);
  mt_test_server_exec (uri, sql);
  reader_uri = mt_test_server_uri (mt_test_server_base (), name, role);

  store = mt_database_open (reader_uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (mt_store_can_write (store));
  window = new_window (store);

  g_assert_true (mt_banner_get_revealed (window->read_only_banner));
  g_assert_false (mt_banner_get_revealed (window->connection_banner));
  g_assert_nonnull (strstr (mt_banner_get_title (window->read_only_banner), "only read"));
  g_assert_nonnull (strstr (mt_banner_get_title (window->read_only_banner), role));
  mt_test_save_png (GTK_WIDGET (window), "read-only.png");

  /* The menu: no import, no new camp, no undo; export, copies and the report stay. */
  g_assert_false (menu_item_sensitive (window, "Import Roster…"));
  g_assert_false (menu_item_sensitive (window, "New Camp…"));
  g_assert_true (menu_item_sensitive (window, "Print Report…"));
  g_assert_true (menu_item_sensitive (window, "Save Report as PDF…"));
  g_assert_true (menu_item_sensitive (window, "Export Current List…"));
  g_assert_true (menu_item_sensitive (window, "Save a Copy…"));
  g_assert_true (menu_item_sensitive (window, "Connect to Server…"));

  /* The pages' own buttons and keys. */
  g_assert_false (button_sensitive (GTK_WIDGET (window), "win.new-camp"));
  g_assert_false (button_sensitive (GTK_WIDGET (window->movements_page), "records.add"));
  g_assert_false (button_sensitive (GTK_WIDGET (window->roster_page), "win.import-csv"));
  g_assert_false (button_sensitive (GTK_WIDGET (window->roster_page), "roster.mark-departed"));
  /* Enter on a record, Ctrl+N, the actions themselves: no editor, no import. */
  g_assert_null (edit_movement (window, senegal_movement (store)));
  mt_test_activate_shortcut (GTK_WIDGET (window), "<Control>n");
  mt_test_spin (100);
  g_assert_null (mt_test_find_editor ());
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-camp", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.import-csv", NULL);
  mt_test_spin (100);
  g_assert_null (mt_test_find_editor ());

  /* A camp's page: read, not changed. */
  g_assert_true (mt_window_show_page (window, "camp:Gao"));
  mt_test_spin (100);
  g_assert_false (button_sensitive (GTK_WIDGET (window->camp_page), "camp.change-status"));
  g_assert_false (button_sensitive (GTK_WIDGET (window->camp_page), "camp.add-event"));
  g_assert_true (button_sensitive (GTK_WIDGET (window->camp_page), "camp.show-history"));
  g_assert_true (mt_window_show_page (window, "roster"));

  /* The report prints from it. */
  report = mt_report_new (store, NULL, &error);
  g_assert_no_error (error);
  operation = mt_report_print_operation_new (report);
  pdf = mt_test_tmp_path ("read-only-report.pdf");
  gtk_print_operation_set_export_filename (operation, pdf);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL,
                                            &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  g_unlink (pdf);

  mt_test_destroy_toplevels ();
}

/* The server ends the window's connections: a banner with Reconnect, editing off, and an
 * editor left open keeps what was typed; Reconnect brings it all back and the save lands. */
static void
test_connection_lost (void)
{
  g_autofree char *name = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *kill = NULL;
  g_autoptr(MtStore) store = NULL;
  g_autoptr(MtStore) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *typed = NULL;
  MtEditorDialog *editor;
  GtkWidget *reconnect;
  MtWindow *window;
  gint64 id;

  if (skip_without_server ())
    return;

  uri = new_database (&name);
  store = mt_database_open (uri, NULL, &error);
  g_assert_no_error (error);
  window = new_window (store);
  g_assert_false (mt_banner_get_revealed (window->read_only_banner));
  g_assert_false (mt_banner_get_revealed (window->connection_banner));

  id = senegal_movement (store);
  editor = edit_movement (window, id);
  g_assert_nonnull (editor);
  gtk_editable_set_text (GTK_EDITABLE (mt_editor_dialog_get_field (editor, "count")), "150");
  g_assert_true (mt_editor_dialog_get_can_save (editor));

  /* Every connection to the database goes, the window's listening one too: it notices alone. */
  kill = g_strdup_printf ("SELECT pg_terminate_backend (pid) FROM pg_stat_activity"
                          " WHERE datname = '%s' AND pid <> pg_backend_pid ()", name);
  mt_test_server_exec (mt_test_server_base (), kill);
  g_assert_true (mt_test_spin_until (banner_revealed, window->connection_banner, 10000));
  mt_test_spin (300);
  mt_test_save_png (GTK_WIDGET (window), "connection-lost.png");
  mt_test_save_png (GTK_WIDGET (editor), "connection-lost-editor.png");

  g_assert_false (mt_banner_get_revealed (window->read_only_banner));
  g_assert_false (button_sensitive (GTK_WIDGET (window->movements_page), "records.add"));
  g_assert_false (button_sensitive (GTK_WIDGET (window), "win.new-camp"));
  g_assert_true (mt_test_find_editor () == editor);
  typed = mt_editor_dialog_dup_text (editor, "count");
  g_assert_cmpstr (typed, ==, "150");
  g_assert_false (mt_editor_dialog_get_can_save (editor));
  g_assert_false (mt_editor_dialog_save (editor));
  g_assert_true (mt_test_find_editor () == editor);

  /* Reconnect from the editor itself: the window behind it waits for it (modal). */
  reconnect = mt_test_find_button (GTK_WIDGET (editor), "_Reconnect");
  g_assert_nonnull (reconnect);
  g_signal_emit_by_name (reconnect, "clicked");
  g_assert_true (mt_test_spin_until (banner_hidden, window->connection_banner, 10000));
  g_assert_true (mt_store_is_connected (store));
  g_assert_true (button_sensitive (GTK_WIDGET (window->movements_page), "records.add"));
  g_free (typed);
  typed = mt_editor_dialog_dup_text (editor, "count");
  g_assert_cmpstr (typed, ==, "150");
  g_assert_true (mt_editor_dialog_get_can_save (editor));
  g_assert_true (mt_editor_dialog_save (editor));

  other = mt_store_open (uri, &error);
  g_assert_no_error (error);
  g_assert_cmpint (movement_count (other, id), ==, 150);
  mt_test_destroy_toplevels ();
}

/* The header names the database, never with a password. */
static void
test_header_names_database (void)
{
  g_autofree char *name = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *with_password = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(MtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const char *tooltip;
  MtWindow *window;

  if (skip_without_server ())
    return;

  uri = new_database (&name);
  /* The run's server trusts its socket: the password is not checked, only carried. */
  with_password = g_strconcat (uri, "&password=Timbuktu-2023", NULL);
  store = mt_database_open (with_password, NULL, &error);
  g_assert_no_error (error);
  window = new_window (store);

  expected = g_strdup_printf ("postgres@localhost/%s", name);
  g_assert_cmpstr (adw_window_title_get_subtitle (window->sidebar_title), ==, expected);
  tooltip = gtk_widget_get_tooltip_text (GTK_WIDGET (window->sidebar_title));
  g_assert_nonnull (strstr (tooltip, name));
  g_assert_null (strstr (tooltip, "Timbuktu-2023"));
  mt_test_destroy_toplevels ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  mt_test_tmp_dir_make ();

  g_test_add_func ("/mt/window-server/read-only-login", test_read_only_login);
  g_test_add_func ("/mt/window-server/connection-lost", test_connection_lost);
  g_test_add_func ("/mt/window-server/header-names-database", test_header_names_database);

  status = g_test_run ();
  mt_test_tmp_dir_remove ();
  return status;
}
