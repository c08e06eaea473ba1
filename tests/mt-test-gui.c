/* mt-test-gui.c: shared by the GUI tests.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mt-screenshot.h"
#include "mt-test-gui.h"
#include "mt-test-util.h"

void
mt_test_spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

gboolean
mt_test_spin_until (MtTestCondition condition,
                    gpointer        user_data,
                    guint           timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + timeout_ms * (gint64) 1000;

  while (!condition (user_data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      /* Not blocking: a worker thread's answer comes back through an idle. */
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  return TRUE;
}

void
mt_test_present_window (GtkWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  gtk_window_present (window);
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  mt_test_spin (50);
}

void
mt_test_gui_init (int    *argc,
                  char ***argv)
{
  g_setenv ("GTK_A11Y", "none", FALSE);
  gtk_test_init (argc, argv, NULL);
  adw_init ();
}

gpointer
mt_test_find_shown_toplevel (GType    type,
                             gpointer except)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* (transfer none) */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && (gpointer) window != except &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

void
mt_test_window_set_up (MtTestWindow  *f,
                       gconstpointer  data)
{
  f->store = mt_test_store_new (TRUE);
  f->window = mt_window_new (NULL, f->store, NULL);
  mt_test_present_window (GTK_WINDOW (f->window));
}

void
mt_test_window_tear_down (MtTestWindow  *f,
                          gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  mt_test_spin (20);
  g_clear_object (&f->store);
}

MtEditorDialog *
mt_test_find_editor (void)
{
  return mt_test_find_shown_toplevel (MT_TYPE_EDITOR_DIALOG, NULL);
}

static gboolean
no_editor (gpointer user_data)
{
  return mt_test_find_editor () == NULL;
}

gboolean
mt_test_wait_editor_gone (void)
{
  return mt_test_spin_until (no_editor, NULL, 10000);
}

AdwMessageDialog *
mt_test_find_question (void)
{
  return mt_test_find_shown_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL);
}

void
mt_test_type_into (MtEditorDialog *dialog,
                   const char     *key,
                   const char     *text)
{
  GtkWidget *row = mt_editor_dialog_get_field (dialog, key);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

gboolean
mt_test_answer_question (const char *response)
{
  AdwMessageDialog *question = mt_test_find_question ();

  if (question == NULL)
    return FALSE;
  adw_message_dialog_response (question, response);
  gtk_window_destroy (GTK_WINDOW (question));
  mt_test_spin (50);
  return TRUE;
}

gboolean
mt_test_activate_shortcut (GtkWidget  *widget,
                           const char *accel)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  guint key;
  GdkModifierType mods;

  g_assert_true (gtk_accelerator_parse (accel, &key, &mods));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          g_autoptr(GtkShortcutTrigger) wanted = gtk_keyval_trigger_new (key, mods);

          if (gtk_shortcut_trigger_equal (trigger, wanted))
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                 GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }
  return FALSE;
}

GtkWidget *
mt_test_find_widget_matching (GtkWidget         *root,
                              MtTestWidgetMatch  match,
                              gpointer           user_data)
{
  if (match (root, user_data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = mt_test_find_widget_matching (child, match, user_data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
collect_widgets (GtkWidget         *widget,
                 MtTestWidgetMatch  match,
                 gpointer           user_data,
                 GPtrArray         *found)
{
  if (match (widget, user_data))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, match, user_data, found);
}

GPtrArray *
mt_test_collect_widgets (GtkWidget         *root,
                         MtTestWidgetMatch  match,
                         gpointer           user_data)
{
  GPtrArray *found = g_ptr_array_new ();

  collect_widgets (root, match, user_data, found);
  return found;
}

static gboolean
is_of_type (GtkWidget *widget,
            gpointer   user_data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (user_data));
}

GtkColumnViewColumn *
mt_test_find_column (GtkColumnView *view,
                     const char    *title)
{
  GListModel *columns = gtk_column_view_get_columns (view);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        return column;  /* still owned by the view */
    }

  g_error ("No column “%s”", title);
}

gpointer
mt_test_find_widget (GtkWidget *root,
                     GType      type)
{
  return mt_test_find_widget_matching (root, is_of_type, GSIZE_TO_POINTER (type));
}

gpointer
mt_test_find_toplevel (GType    type,
                       gpointer except)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* (transfer none) */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && (gpointer) window != except)
        return window;
    }
  return NULL;
}

void
mt_test_destroy_toplevels (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (window);
    }
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
has_label (GtkWidget *widget,
           gpointer   user_data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), user_data) == 0;
}

GtkWidget *
mt_test_find_button (GtkWidget  *root,
                     const char *label)
{
  return mt_test_find_widget_matching (root, has_label, (gpointer) label);
}

void
mt_test_save_png (GtkWidget  *widget,
                  const char *name)
{
  const char *dir = g_getenv ("MT_TEST_PNG_DIR");
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  mt_test_spin (200);
  /* The window, not a page: pages draw on the window's background. */
  texture = mt_screenshot_widget (GTK_WIDGET (gtk_widget_get_root (widget)));
  if (texture == NULL)
    return;
  path = g_build_filename (dir, name, NULL);
  gdk_texture_save_to_png (texture, path);
}
