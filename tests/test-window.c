/* test-window.c: the main window over the seed database.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "mt-application.h"
#include "mt-camp-page.h"
#include "mt-camp.h"
#include "mt-import-dialog.h"
#include "mt-person.h"
#include "mt-roster-page.h"
#include "mt-screenshot.h"
#include "mt-store.h"
#include "mt-test-gui.h"
#include "mt-test-util.h"
#include "mt-window.h"
#include "mt-window-backup.h"
#include "mt-window-private.h"

typedef struct
{
  MtStore  *store;
  MtWindow *window;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->store = mt_test_store_new (TRUE);
  f->window = mt_window_new (NULL, f->store, NULL);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&f->store);
}

static void
spin_until_mapped (GtkWidget *widget)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!gtk_widget_get_mapped (widget) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  /* A few more turns so list rows are created and bound. */
  for (guint i = 0; i < 50 && g_main_context_iteration (NULL, FALSE); i++)
    ;
  g_assert_true (gtk_widget_get_mapped (widget));
}

static void
collect_labels (GtkWidget  *widget,
                GHashTable *texts)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    g_hash_table_add (texts, g_strdup (gtk_label_get_text (GTK_LABEL (widget))));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, texts);
}

static MtCamp *
find_in_model (GListModel *model,
               const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MtCamp) camp = g_list_model_get_item (model, i);

      if (g_strcmp0 (mt_camp_get_name (camp), name) == 0)
        return camp;
    }
  return NULL;
}

static void
test_every_camp_listed (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) camps = mt_store_list_camps (f->store, NULL, NULL);
  g_autoptr(GHashTable) texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *model = mt_window_get_camp_model (f->window);

  g_assert_cmpuint (camps->len, >=, 12);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, camps->len);

  /* Tall enough that every row of the sidebar is realized and shown. */
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 1400);
  gtk_window_present (GTK_WINDOW (f->window));
  spin_until_mapped (GTK_WIDGET (f->window));

  collect_labels (GTK_WIDGET (f->window), texts);
  for (guint i = 0; i < camps->len; i++)
    {
      const char *name = mt_camp_get_name (g_ptr_array_index (camps, i));

      if (!g_hash_table_contains (texts, name))
        g_error ("camp “%s” is not shown in the sidebar", name);
    }
  /* Each row shows its status as a pill with the localised label. */
  g_assert_true (g_hash_table_contains (texts, "Handed over"));
  g_assert_true (g_hash_table_contains (texts, "Drawing down"));
}

static void
test_search_and_status_filter (Fixture       *f,
                               gconstpointer  data)
{
  GListModel *model = mt_window_get_camp_model (f->window);
  g_autoptr(MtCamp) first = NULL;
  guint all = g_list_model_get_n_items (model);

  /* Accent-insensitive: planners type "Menaka". */
  mt_window_set_search (f->window, "menaka");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  first = g_list_model_get_item (model, 0);
  g_assert_cmpstr (mt_camp_get_name (first), ==, "Ménaka");

  mt_window_set_search (f->window, "kidal");   /* the region holds three camps */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);

  mt_window_set_search (f->window, "no such camp");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  mt_window_set_search (f->window, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, all);
}

static void
test_as_of_changes_statuses (Fixture       *f,
                             gconstpointer  data)
{
  GListModel *model = mt_window_get_camp_model (f->window);
  MtCamp *ogossagou = find_in_model (model, "Ogossagou");

  g_assert_nonnull (ogossagou);
  g_assert_cmpint (mt_camp_get_status (ogossagou), ==, MT_CAMP_STATUS_HANDED_OVER);

  mt_window_set_as_of (f->window, "2023-07-15");
  g_assert_cmpstr (mt_window_get_as_of (f->window), ==, "2023-07-15");
  /* Same object, refreshed in place: the sidebar row follows. */
  g_assert_true (find_in_model (model, "Ogossagou") == ogossagou);
  g_assert_cmpint (mt_camp_get_status (ogossagou), ==, MT_CAMP_STATUS_OPERATIONAL);

  mt_window_set_as_of (f->window, NULL);
  g_assert_cmpint (mt_camp_get_status (ogossagou), ==, MT_CAMP_STATUS_HANDED_OVER);
}

/* The row of a camp page that leads to the Roster page. */
static gboolean
is_roster_row (GtkWidget *widget,
               gpointer   user_data)
{
  return ADW_IS_ACTION_ROW (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)),
                    "win.show-roster-for-camp") == 0;
}

static void
test_camp_roster_link (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  gint64 gao = mt_store_find_camp (f->store, "Gao");
  gint64 timbuktu = mt_store_find_camp (f->store, "Timbuktu");
  AdwViewStack *stack = mt_test_find_widget (GTK_WIDGET (f->window), ADW_TYPE_VIEW_STACK);
  MtCampPage *camp_page = mt_test_find_widget (GTK_WIDGET (f->window), MT_TYPE_CAMP_PAGE);
  MtRosterPage *roster_page = mt_test_find_widget (GTK_WIDGET (f->window), MT_TYPE_ROSTER_PAGE);
  GtkEditable *search;
  GListModel *rows;
  GtkWidget *row = NULL;
  GVariant *target;
  gint64 deadline;

  g_assert_nonnull (stack);
  g_assert_nonnull (camp_page);
  g_assert_nonnull (roster_page);

  /* Three people at Gao, one at Timbuktu. */
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *id = g_strdup_printf ("ML-%04u", i);

      g_ptr_array_add (persons, g_object_new (MT_TYPE_PERSON, "personnel-id", id,
                                              "family-name", "Traoré", "category", "troops",
                                              "camp-id", i < 3 ? gao : timbuktu, NULL));
    }
  mt_store_add_personnel (f->store, persons, &error);
  g_assert_no_error (error);

  /* The roster shows something else before: a search that the link must not keep. */
  search = mt_test_find_widget (GTK_WIDGET (roster_page), GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (search);
  gtk_editable_set_text (search, "nobody");

  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 1400);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (mt_window_show_page (f->window, "camp:Gao"));
  spin_until_mapped (GTK_WIDGET (camp_page));

  /* The camp page reloads after the store changed. */
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while ((row = mt_test_find_widget_matching (GTK_WIDGET (camp_page), is_roster_row, NULL)) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_nonnull (row);
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (row));
  g_assert_nonnull (target);
  g_assert_cmpint (g_variant_get_int64 (target), ==, gao);
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  g_assert_true (gtk_widget_get_focusable (row));
  g_assert_true (gtk_widget_is_sensitive (row));

  /* Activating the row (Enter or a click) switches to the Roster page, at that camp. */
  gtk_widget_activate (row);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "roster");
  g_assert_cmpint (mt_roster_page_get_camp_id (roster_page), ==, gao);
  g_assert_cmpstr (gtk_editable_get_text (search), ==, "");
  rows = G_LIST_MODEL (mt_roster_page_get_model (roster_page));
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (g_list_model_get_n_items (rows) != 3 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 3);

  /* The action alone, for another camp. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-roster-for-camp", "x", timbuktu);
  g_assert_cmpint (mt_roster_page_get_camp_id (roster_page), ==, timbuktu);
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (g_list_model_get_n_items (rows) != 1 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);
}

static gboolean
is_import_button (GtkWidget *widget,
                  gpointer   user_data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.import-csv") == 0;
}

/* Notes whether an import dialog was among the windows just added. */
static void
toplevels_changed_cb (GListModel *toplevels,
                      guint       position,
                      guint       removed,
                      guint       added,
                      gboolean   *opened)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      *opened |= MT_IS_IMPORT_DIALOG (window);
    }
}

/* No roster yet: the Roster page says so and offers what fixes it, the import. */
static void
test_empty_roster_import (Fixture       *f,
                          gconstpointer  data)
{
  MtRosterPage *roster_page = mt_test_find_widget (GTK_WIDGET (f->window), MT_TYPE_ROSTER_PAGE);
  GtkWidget *button;
  gboolean opened = FALSE;
  gint64 deadline;

  g_assert_cmpint (mt_store_count_personnel (f->store), ==, 0);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (mt_window_show_page (f->window, "roster"));
  spin_until_mapped (GTK_WIDGET (roster_page));

  button = mt_test_find_widget_matching (GTK_WIDGET (roster_page), is_import_button, NULL);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_drawable (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_true (gtk_widget_is_ancestor (button, mt_test_find_widget (GTK_WIDGET (roster_page),
                                                                      ADW_TYPE_STATUS_PAGE)));
  mt_test_save_png (button, "roster-empty.png");

  /* The import dialog opens (and asks for a file, which the test's display cannot show:
   * it closes again at once). */
  g_signal_connect (gtk_window_get_toplevels (), "items-changed",
                    G_CALLBACK (toplevels_changed_cb), &opened);
  /* A button activated (Enter, Space) shows itself pressed a moment before it acts. */
  gtk_widget_activate (button);
  deadline = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
  while (!opened && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_signal_handlers_disconnect_by_func (gtk_window_get_toplevels (), toplevels_changed_cb,
                                        &opened);
  g_assert_true (opened);
}

static void
test_show_camp_page (Fixture       *f,
                     gconstpointer  data)
{
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (mt_window_get_camp_model (f->window));
  MtCamp *selected;

  g_assert_true (mt_window_show_page (f->window, "camp:Gao"));
  selected = gtk_single_selection_get_selected_item (selection);
  g_assert_nonnull (selected);
  g_assert_cmpstr (mt_camp_get_name (selected), ==, "Gao");

  /* Names are matched like the importer will: accents and case do not matter. */
  g_assert_true (mt_window_show_page (f->window, "camp:tombouctou"));
  selected = gtk_single_selection_get_selected_item (selection);
  g_assert_cmpstr (mt_camp_get_name (selected), ==, "Timbuktu");

  g_assert_false (mt_window_show_page (f->window, "camp:Atlantis"));
  g_assert_false (mt_window_show_page (f->window, "nowhere"));
  g_assert_true (mt_window_show_page (f->window, "roster"));
}

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} Outcome;

static void
screenshot_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  Outcome *outcome = user_data;

  outcome->ok = mt_screenshot_finish (result, &outcome->error);
  outcome->done = TRUE;
}

static void
test_screenshot_size (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = mt_test_tmp_path ("mt-window.png");
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  Outcome outcome = { 0 };

  mt_screenshot_window_async (GTK_WINDOW (f->window), path, 1280, 800, NULL,
                              screenshot_done_cb, &outcome);
  while (!outcome.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (outcome.error);
  g_assert_true (outcome.ok);

  texture = gdk_texture_new_from_filename (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 1280);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 800);
}

static void
test_window_size_remembered (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  MtWindow *window;
  int width, height;

  /* A planner resizes the window and closes it... */
  window = mt_window_new (NULL, store, settings);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  spin_until_mapped (GTK_WIDGET (window));
  gtk_window_close (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);

  /* ...and the next window opens at that size. */
  window = mt_window_new (NULL, store, settings);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1000);
  g_assert_cmpint (height, ==, 700);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Save a Copy…, from the moment the file is chosen (GtkFileChooserNative cannot be driven
 * headless): the copy opens and holds the camps, a toast says where it went, and a copy that
 * cannot be written gets a dialog with the reason. With @data, the window's database is a
 * file (the copy runs on a worker thread); without, it is in memory. */
typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} SaveRun;

static void
save_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  SaveRun *run = user_data;

  run->ok = mt_window_save_copy_finish (MT_WINDOW (source), result, &run->error);
  run->done = TRUE;
}

static void
save_copy (MtWindow   *window,
           const char *path,
           SaveRun    *run)
{
  mt_window_save_copy_to_path (window, path, save_done_cb, run);
  while (!run->done)
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
spin_until_label (GtkWidget  *widget,
                  const char *text)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < deadline)
    {
      g_autoptr(GHashTable) texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      collect_labels (widget, texts);
      if (g_hash_table_contains (texts, text))
        return TRUE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  return FALSE;
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

static void
test_save_copy (gconstpointer data)
{
  gboolean in_file = data != NULL;
  g_autofree char *dir = g_dir_make_tmp ("mt-window-copy-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "tracker.db", NULL);
  g_autofree char *path = g_build_filename (dir, "copy.db", NULL);
  g_autofree char *bad = g_build_filename (dir, "no-such-folder", "copy.db", NULL);
  g_autoptr(MtStore) store = NULL;
  g_autoptr(MtStore) copy = NULL;
  g_autoptr(GPtrArray) camps = NULL;
  g_autoptr(GPtrArray) copied = NULL;
  g_autoptr(GError) error = NULL;
  SaveRun run = { 0 };
  SaveRun failed = { 0 };
  AdwMessageDialog *dialog;
  MtWindow *window;

  if (in_file)
    {
      store = mt_store_open (db, &error);
      g_assert_no_error (error);
      mt_store_load_seed (store, &error);
      g_assert_no_error (error);
    }
  else
    {
      store = mt_test_store_new (TRUE);
    }
  window = mt_window_new (NULL, store, NULL);
  gtk_window_present (GTK_WINDOW (window));
  spin_until_mapped (GTK_WIDGET (window));

  save_copy (window, path, &run);
  g_assert_no_error (run.error);
  g_assert_true (run.ok);
  copy = mt_store_open (path, &error);
  g_assert_no_error (error);
  camps = mt_store_list_camps (store, NULL, &error);
  copied = mt_store_list_camps (copy, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (copied->len, ==, camps->len);
  g_assert_true (spin_until_label (GTK_WIDGET (window), "Copy saved to copy.db"));

  save_copy (window, bad, &failed);
  g_assert_false (failed.ok);
  g_assert_nonnull (failed.error);
  g_clear_error (&failed.error);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), bad));
  gtk_window_destroy (GTK_WINDOW (dialog));

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&copy);
  g_clear_object (&store);
  mt_test_remove_tree (dir);
}

static void
test_overview_tab_cycle (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (f->window);
  GtkWidget *start = GTK_WIDGET (f->window->as_of_button);
  GtkWidget *previous = NULL;
  guint steps;

  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 900);
  gtk_window_present (GTK_WINDOW (f->window));
  spin_until_mapped (window);
  g_assert_true (mt_window_show_page (f->window, "overview"));
  spin_until_mapped (GTK_WIDGET (f->window->overview_page));

  g_assert_true (gtk_widget_grab_focus (start));
  start = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (start);
  previous = start;

  /* Tab goes through the real controls only and comes back round to the date button. */
  for (steps = 1; steps < 40; steps++)
    {
      GtkWidget *focus;

      gtk_widget_child_focus (window, GTK_DIR_TAB_FORWARD);
      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_assert_nonnull (focus);
      g_test_message ("Tab %u: %s", steps, G_OBJECT_TYPE_NAME (focus));
      /* A stop that keeps Tab without moving the focus is a trap. */
      g_assert_true (focus != previous);
      g_assert_true (gtk_widget_get_visible (focus));
      g_assert_true (gtk_widget_get_mapped (focus));
      g_assert_true (gtk_widget_get_focusable (focus));
      g_assert_true (gtk_widget_get_can_focus (focus));
      /* The figures take a stop of their own to scroll; ui/style.css rings it. */
      if (GTK_IS_SCROLLED_WINDOW (focus))
        g_assert_true (gtk_widget_has_css_class (focus, "overview-figures"));
      if (focus == start)
        break;
      previous = focus;
    }
  g_assert_cmpuint (steps, <, 40);
}

static gboolean
accels_contain (char       **accels,
                const char  *accel)
{
  guint key, other_key;
  GdkModifierType mods, other_mods;

  g_assert_true (gtk_accelerator_parse (accel, &key, &mods));
  for (guint i = 0; accels != NULL && accels[i] != NULL; i++)
    if (gtk_accelerator_parse (accels[i], &other_key, &other_mods) &&
        key == other_key && mods == other_mods)
      return TRUE;
  return FALSE;
}

static void
test_help_overlay_keys (void)
{
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(MtApplication) app = mt_application_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GSList) objects = NULL;
  guint n_shortcuts = 0;

  /* The application gives the keys of the shortcuts that name an action. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  builder = gtk_builder_new_from_resource ("/org/minusma/Tracker/gtk/help-overlay.ui");
  objects = gtk_builder_get_objects (builder);
  for (GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *title = NULL;
      g_autofree char *accelerator = NULL;
      g_autofree char *action_name = NULL;
      g_auto(GStrv) keys = NULL;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      n_shortcuts++;
      g_object_get (l->data, "title", &title, "accelerator", &accelerator,
                    "action-name", &action_name, NULL);
      g_test_message ("%s: %s (%s)", title, accelerator, action_name);

      if (accelerator == NULL || accelerator[0] == '\0')
        g_error ("“%s” shows no keys", title);
      keys = g_strsplit (accelerator, " ", -1);
      if (action_name != NULL)
        {
          g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                        action_name);

          /* The window shows these instead of the accelerator written in the .ui. */
          if (accels == NULL || accels[0] == NULL)
            g_error ("“%s”: the application gives %s no keys", title, action_name);
          for (guint i = 0; keys[i] != NULL; i++)
            g_assert_true (accels_contain (accels, keys[i]));
        }
    }
  g_assert_cmpuint (n_shortcuts, >, 20);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  mt_test_tmp_dir_make ();
  adw_init ();

  g_test_add ("/mt/window/every-camp-listed", Fixture, NULL,
              fixture_setup, test_every_camp_listed, fixture_teardown);
  g_test_add ("/mt/window/search-and-status-filter", Fixture, NULL,
              fixture_setup, test_search_and_status_filter, fixture_teardown);
  g_test_add ("/mt/window/as-of-changes-statuses", Fixture, NULL,
              fixture_setup, test_as_of_changes_statuses, fixture_teardown);
  g_test_add ("/mt/window/show-camp-page", Fixture, NULL,
              fixture_setup, test_show_camp_page, fixture_teardown);
  g_test_add ("/mt/window/overview-tab-cycle", Fixture, NULL,
              fixture_setup, test_overview_tab_cycle, fixture_teardown);
  g_test_add ("/mt/window/camp-roster-link", Fixture, NULL,
              fixture_setup, test_camp_roster_link, fixture_teardown);
  g_test_add ("/mt/window/empty-roster-import", Fixture, NULL,
              fixture_setup, test_empty_roster_import, fixture_teardown);
  g_test_add ("/mt/window/screenshot-size", Fixture, NULL,
              fixture_setup, test_screenshot_size, fixture_teardown);

  g_test_add_func ("/mt/window/size-remembered", test_window_size_remembered);
  g_test_add_func ("/mt/window/help-overlay-keys", test_help_overlay_keys);
  g_test_add_data_func ("/mt/window/save-copy/memory", NULL, test_save_copy);
  g_test_add_data_func ("/mt/window/save-copy/file", "file", test_save_copy);

  status = g_test_run ();
  mt_test_tmp_dir_remove ();
  return status;
}
