/* test-keyboard.c: the records pages and their editors from the keyboard alone: Ctrl+N
 * right after switching page, editors opening on their first field, Tab through them past
 * the messages, Ctrl+Enter saving.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "mt-edit-forms.h"
#include "mt-records-page.h"
#include "mt-store.h"
#include "mt-store-edit.h"
#include "mt-test-gui.h"
#include "mt-test-util.h"
#include "mt-window-private.h"

typedef MtTestWindow Fixture;

/* Helpers */

static guint
n_movements (MtStore *store)
{
  g_autoptr(GPtrArray) movements = mt_store_list_movements (store, NULL, NULL);

  return movements != NULL ? movements->len : 0;
}

/* Tests */

static void
test_new_record_shortcut (Fixture       *f,
                          gconstpointer  data)
{
  static const char *pages[] = { "<Alt>4", "<Alt>5", "<Alt>6" };
  GtkWidget *window = GTK_WIDGET (f->window);
  MtRecordsPage *shown[] = { f->window->movements_page, f->window->convoys_page,
                             f->window->assets_page };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      MtEditorDialog *dialog;

      /* The focus is in the sidebar, as after typing a search: nothing in the page. */
      gtk_widget_grab_focus (GTK_WIDGET (f->window->search_entry));
      g_assert_true (mt_test_activate_shortcut (window, pages[i]));
      mt_test_spin (50);
      g_assert_true (adw_view_stack_get_visible_child (f->window->view_stack) ==
                     GTK_WIDGET (shown[i]));
      g_assert_null (mt_test_find_editor ());

      g_assert_true (mt_test_activate_shortcut (window, "<Control>n"));
      mt_test_spin (50);
      dialog = mt_test_find_editor ();
      g_assert_nonnull (dialog);
      gtk_window_destroy (GTK_WINDOW (dialog));
      mt_test_spin (20);
    }

  /* Elsewhere there is no record to add. */
  g_assert_true (mt_window_show_page (f->window, "overview"));
  mt_test_spin (20);
  mt_test_activate_shortcut (window, "<Control>n");
  mt_test_spin (50);
  g_assert_null (mt_test_find_editor ());
}

/* An editor opens ready to type in its first field, not on Cancel; Ctrl+Enter saves. */
static void
test_editor_first_field_focused (Fixture       *f,
                                 gconstpointer  data)
{
  static const char *pages[] = { "movements", "convoys", "assets" };
  static const char *first_keys[] = { "date", "from_camp_id", "description" };
  MtRecordsPage *shown[] = { f->window->movements_page, f->window->convoys_page,
                             f->window->assets_page };
  guint before = n_movements (f->store);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      MtEditorDialog *dialog;
      GtkWidget *focus;

      g_assert_true (mt_window_show_page (f->window, pages[i]));
      mt_test_spin (20);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (shown[i]), "records.add", NULL));
      mt_test_spin (100);
      dialog = mt_test_find_editor ();
      g_assert_nonnull (dialog);
      focus = gtk_window_get_focus (GTK_WINDOW (dialog));
      g_assert_nonnull (focus);
      g_test_message ("%s: focus on %s", pages[i], G_OBJECT_TYPE_NAME (focus));
      g_assert_false (GTK_IS_BUTTON (focus));
      g_assert_true (focus == mt_editor_dialog_get_field (dialog, first_keys[i]) ||
                     gtk_widget_is_ancestor (focus, mt_editor_dialog_get_field (dialog, first_keys[i])));

      if (i == 0)
        {
          mt_test_type_into (dialog, "date", "2023-10-15");
          mt_test_type_into (dialog, "contingent", "Tchad");
          mt_test_type_into (dialog, "count", "12");
          g_assert_true (mt_test_activate_shortcut (GTK_WIDGET (dialog), "<Control>Return"));
          mt_test_spin (50);
          g_assert_null (mt_test_find_editor ());
          g_assert_cmpuint (n_movements (f->store), ==, before + 1);
          continue;
        }
      gtk_window_destroy (GTK_WINDOW (dialog));
      mt_test_spin (20);
    }
}

/* A message shown under a field does not stop Tab from reaching the fields after it. */
static void
test_editor_tab_past_errors (Fixture       *f,
                             gconstpointer  data)
{
  MtEditorDialog *dialog;
  GtkWidget *date;
  GtkWidget *note;
  gboolean reached = FALSE;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window->movements_page),
                                             "records.add", NULL));
  mt_test_spin (100);
  dialog = mt_test_find_editor ();
  g_assert_nonnull (dialog);
  mt_test_type_into (dialog, "date", "2023-10-15");
  mt_test_type_into (dialog, "contingent", "Tchad");
  mt_test_type_into (dialog, "count", "-4");
  g_assert_nonnull (mt_editor_dialog_get_error (dialog, "count"));
  date = mt_editor_dialog_get_field (dialog, "date");
  note = mt_editor_dialog_get_field (dialog, "note");
  g_assert_true (gtk_widget_grab_focus (date));

  for (guint i = 0; i < 12 && !reached; i++)
    {
      GtkWidget *focus;

      gtk_widget_child_focus (GTK_WIDGET (dialog), GTK_DIR_TAB_FORWARD);
      focus = gtk_window_get_focus (GTK_WINDOW (dialog));
      g_assert_nonnull (focus);
      reached = focus == note || gtk_widget_is_ancestor (focus, note);
    }
  g_assert_true (reached);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  mt_test_gui_init (&argc, &argv);

  MT_TEST_ADD_WINDOW ("/keyboard/new-record-shortcut", test_new_record_shortcut);
  MT_TEST_ADD_WINDOW ("/keyboard/editor-first-field-focused", test_editor_first_field_focused);
  MT_TEST_ADD_WINDOW ("/keyboard/editor-tab-past-errors", test_editor_tab_past_errors);

  return g_test_run ();
}
