/* test-edit-camps.c: a camp's events and closure edited from its page, the handover
 * refusal, a new camp and its deletion (refused while records name it).
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "mt-asset.h"
#include "mt-camp.h"
#include "mt-camp-page-private.h"
#include "mt-convoy.h"
#include "mt-date.h"
#include "mt-edit-forms.h"
#include "mt-event.h"
#include "mt-history-dialog.h"
#include "mt-movement.h"
#include "mt-person.h"
#include "mt-person-picker.h"
#include "mt-records-page.h"
#include "mt-store.h"
#include "mt-store-edit.h"
#include "mt-store-history.h"
#include "mt-store-plan.h"
#include "mt-test-gui.h"
#include "mt-test-util.h"
#include "mt-window-private.h"

typedef MtTestWindow Fixture;

/* Tests */

static void
test_event_and_camp_flow (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(MtCamp) gao = mt_test_camp_named (f->store, "Gao");
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(MtCamp) renamed = NULL;
  MtEvent *event = NULL;
  MtEditorDialog *dialog;
  guint before;

  events = mt_store_list_events (f->store, mt_camp_get_id (gao), NULL, NULL);
  before = events->len;
  g_clear_pointer (&events, g_ptr_array_unref);

  dialog = mt_edit_event (GTK_WIDGET (f->window->camp_page), f->store, NULL, mt_camp_get_id (gao));
  mt_test_type_into (dialog, "date", "2023-10-05");
  mt_test_type_into (dialog, "title", "Last rotation flight");
  mt_test_type_into (dialog, "title_fr", "Dernier vol de relève");
  g_assert_true (mt_editor_dialog_save (dialog));
  mt_test_spin (50);

  events = mt_store_list_events (f->store, mt_camp_get_id (gao), NULL, NULL);
  g_assert_cmpuint (events->len, ==, before + 1);
  for (guint i = 0; i < events->len; i++)
    if (g_strcmp0 (mt_event_get_title_en (g_ptr_array_index (events, i)), "Last rotation flight") == 0)
      event = g_ptr_array_index (events, i);
  g_assert_nonnull (event);

  /* Editing keeps the French title the user did not touch. */
  dialog = mt_edit_event (GTK_WIDGET (f->window->camp_page), f->store, event, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (mt_editor_dialog_get_field (dialog, "title_fr"))),
                   ==, "Dernier vol de relève");
  mt_test_type_into (dialog, "title", "Last rotation flight out");
  g_assert_true (mt_editor_dialog_save (dialog));
  mt_test_spin (50);
  g_clear_pointer (&events, g_ptr_array_unref);
  events = mt_store_list_events (f->store, mt_camp_get_id (gao), NULL, NULL);
  event = NULL;
  for (guint i = 0; i < events->len; i++)
    if (g_strcmp0 (mt_event_get_title_en (g_ptr_array_index (events, i)), "Last rotation flight out") == 0)
      event = g_ptr_array_index (events, i);
  g_assert_nonnull (event);
  g_assert_cmpstr (mt_event_get_title_fr (event), ==, "Dernier vol de relève");

  /* Camp details: the region. */
  dialog = mt_edit_camp (GTK_WIDGET (f->window->camp_page), f->store, gao);
  mt_test_type_into (dialog, "region", "Gao (test)");
  g_assert_true (mt_editor_dialog_save (dialog));
  mt_test_spin (50);
  renamed = mt_test_camp_named (f->store, "Gao");
  g_assert_cmpstr (mt_camp_get_region (renamed), ==, "Gao (test)");

  /* Three undos: region, title, new event. */
  for (guint i = 0; i < 3; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  mt_test_spin (50);
  g_clear_object (&renamed);
  renamed = mt_test_camp_named (f->store, "Gao");
  g_assert_cmpstr (mt_camp_get_region (renamed), ==, mt_camp_get_region (gao));
  g_clear_pointer (&events, g_ptr_array_unref);
  events = mt_store_list_events (f->store, mt_camp_get_id (gao), NULL, NULL);
  g_assert_cmpuint (events->len, ==, before);

  /* And Ctrl+Shift+Z brings the event back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL));
  mt_test_spin (50);
  g_clear_pointer (&events, g_ptr_array_unref);
  events = mt_store_list_events (f->store, mt_camp_get_id (gao), NULL, NULL);
  g_assert_cmpuint (events->len, ==, before + 1);
}

static void
test_handover_refused (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) camps = mt_store_list_camps (f->store, NULL, NULL);
  MtCamp *camp = NULL;
  MtEditorDialog *dialog;
  g_auto(GStrv) blockers = NULL;
  g_autofree char *latest = mt_store_dup_latest_date (f->store);
  const char *subtitle;

  /* A camp not yet handed over whose assessment is not done. */
  for (guint i = 0; i < camps->len && camp == NULL; i++)
    {
      MtCamp *c = g_ptr_array_index (camps, i);

      if (mt_camp_get_status (c) != MT_CAMP_STATUS_HANDED_OVER &&
          mt_camp_get_env_status (c) != MT_ENV_STATUS_DONE)
        camp = c;
    }
  if (camp == NULL)
    {
      g_test_skip ("No camp in the seed is blocked from handover");
      return;
    }

  blockers = mt_store_dup_handover_blockers (f->store, mt_camp_get_id (camp), latest, NULL);
  g_assert_nonnull (blockers);
  g_assert_nonnull (blockers[0]);

  /* The Camp page says so before anyone tries. */
  g_object_set (f->window->camp_page, "camp", camp, NULL);
  mt_test_spin (200);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window->camp_page->handover_row)));
  subtitle = adw_action_row_get_subtitle (f->window->camp_page->handover_row);
  g_assert_nonnull (strstr (subtitle, blockers[0]));

  /* The status editor refuses the handover with the reason, next to the status. */
  dialog = mt_edit_camp_status (GTK_WIDGET (f->window->camp_page), f->store, camp, latest);
  mt_editor_dialog_set_selected (dialog, "status", MT_CAMP_STATUS_HANDED_OVER);
  mt_test_type_into (dialog, "handed_over_to", "Malian Armed Forces");
  g_assert_false (mt_editor_dialog_get_can_save (dialog));
  g_assert_nonnull (mt_editor_dialog_get_error (dialog, "status"));
  g_assert_false (mt_editor_dialog_save (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Operational straight to closed or handed over skips steps: the editor asks for the
 * same confirmation and reason as a step back, and the reason is saved with the change. */
static void
test_status_skip_confirmed (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(MtCamp) gao = mt_test_camp_named (f->store, "Gao");
  g_autoptr(GPtrArray) statuses = NULL;
  g_autoptr(MtCamp) closed = NULL;
  MtEditorDialog *dialog;
  GtkWidget *confirm;
  MtEvent *last;

  g_assert_cmpint (mt_camp_get_status (gao), ==, MT_CAMP_STATUS_OPERATIONAL);
  dialog = mt_edit_camp_status (GTK_WIDGET (f->window->camp_page), f->store, gao, "2023-11-01");
  confirm = mt_editor_dialog_get_field (dialog, "confirm");
  g_assert_nonnull (confirm);
  g_assert_true (mt_editor_dialog_get_can_save (dialog));   /* the next step, drawing down */
  g_assert_false (gtk_widget_get_visible (confirm));

  mt_editor_dialog_set_selected (dialog, "status", MT_CAMP_STATUS_HANDED_OVER);
  g_assert_true (gtk_widget_get_visible (confirm));

  mt_editor_dialog_set_selected (dialog, "status", MT_CAMP_STATUS_CLOSED);
  g_assert_true (gtk_widget_get_visible (confirm));
  g_assert_false (mt_editor_dialog_get_can_save (dialog));
  g_assert_nonnull (strstr (mt_editor_dialog_get_error (dialog, "status"), "skips a step"));

  /* Confirmed, but no reason yet: still refused, next to the reason. */
  mt_editor_dialog_set_active (dialog, "confirm", TRUE);
  g_assert_true (mt_editor_dialog_get_active (dialog, "confirm"));
  g_assert_false (mt_editor_dialog_get_can_save (dialog));
  g_assert_nonnull (mt_editor_dialog_get_error (dialog, "reason"));
  g_assert_false (mt_editor_dialog_save (dialog));

  mt_test_type_into (dialog, "reason", "Closed at once after the attack");
  g_assert_true (mt_editor_dialog_get_can_save (dialog));
  g_assert_true (mt_editor_dialog_save (dialog));
  mt_test_spin (50);

  closed = mt_test_camp_named (f->store, "Gao");
  g_assert_cmpint (mt_camp_get_status (closed), ==, MT_CAMP_STATUS_CLOSED);
  statuses = mt_store_list_camp_statuses (f->store, mt_camp_get_id (gao), NULL);
  last = g_ptr_array_index (statuses, statuses->len - 1);
  g_assert_cmpstr (mt_event_get_title (last), ==, "Closed: Closed at once after the attack");
}

static gboolean
is_numeric_label (GtkWidget *widget,
                  gpointer   user_data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "numeric");
}

/* The value of a Camp page row: its label styled "numeric". */
static const char *
row_value (GtkWidget *widget)
{
  GtkWidget *label = mt_test_find_widget_matching (widget, is_numeric_label, NULL);

  return label != NULL ? gtk_label_get_label (GTK_LABEL (label)) : NULL;
}

/* Gao has an estimate and no roster: the page's figure is the one the handover names. */
static void
test_camp_page_still_there (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(MtCamp) gao = mt_test_camp_named (f->store, "Gao");
  g_autofree char *count = mt_format_count (4765);
  g_autofree char *estimate = g_strdup_printf ("~%s", count);
  g_autofree char *blocker = g_strdup_printf ("about %s personnel still estimated at Gao", count);
  GPtrArray *rows;
  const char *value = NULL;

  g_object_set (f->window->camp_page, "camp", gao, NULL);
  mt_test_spin (200);
  rows = f->window->camp_page->personnel_rows;
  for (guint i = 0; i < rows->len; i++)
    {
      AdwPreferencesRow *row = g_ptr_array_index (rows, i);

      if (g_strcmp0 (adw_preferences_row_get_title (row), "Still at the camp") == 0)
        value = row_value (GTK_WIDGET (row));
    }
  g_assert_cmpstr (value, ==, estimate);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window->camp_page->handover_row)));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (f->window->camp_page->handover_row),
                            blocker));
}

static MtCamp *
selected_camp (Fixture *f)
{
  GListModel *camps = mt_window_get_camp_model (f->window);

  return gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (camps));
}

static void
test_new_and_delete_camp (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) before = mt_store_list_camps (f->store, NULL, NULL);
  g_autoptr(MtCamp) created = NULL;
  MtEditorDialog *dialog;
  AdwMessageDialog *confirm;
  gint64 camp_id;

  /* A search that hides everything: the new camp must still end up selected. */
  mt_window_set_search (f->window, "no such camp");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-camp", NULL));
  dialog = mt_test_find_editor ();
  g_assert_nonnull (dialog);
  mt_test_save_png (GTK_WIDGET (dialog), "new-camp.png");
  g_assert_false (mt_editor_dialog_get_can_save (dialog));
  mt_test_type_into (dialog, "name", "Camp Tessalit-Nord");
  mt_test_type_into (dialog, "region", "Kidal");
  mt_test_type_into (dialog, "latitude", "20.2");
  mt_test_type_into (dialog, "longitude", "0.98");
  mt_editor_dialog_set_selected (dialog, "status", MT_CAMP_STATUS_DRAWING_DOWN);
  mt_test_type_into (dialog, "status_date", "2023-10-10");
  g_assert_true (mt_editor_dialog_save (dialog));
  mt_test_spin (100);

  camp_id = mt_store_find_camp (f->store, "Camp Tessalit-Nord");
  g_assert_cmpint (camp_id, >, 0);
  created = mt_store_get_camp (f->store, camp_id, NULL, NULL);
  g_assert_cmpint (mt_camp_get_status (created), ==, MT_CAMP_STATUS_DRAWING_DOWN);
  /* The sidebar lists it and it is the camp shown. */
  g_assert_nonnull (selected_camp (f));
  g_assert_cmpint (mt_camp_get_id (selected_camp (f)), ==, camp_id);
  g_assert_cmpstr (mt_window_get_page (f->window), ==, "camp");
  g_assert_cmpuint (g_list_model_get_n_items (mt_window_get_camp_model (f->window)), ==,
                    before->len + 1);

  /* Delete it from its page, after the confirmation naming it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window->camp_page), "camp.delete", NULL));
  confirm = ADW_MESSAGE_DIALOG (mt_test_find_shown_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL));
  g_assert_nonnull (confirm);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (confirm), "Camp Tessalit-Nord"));
  mt_test_save_png (GTK_WIDGET (confirm), "delete-camp.png");
  adw_message_dialog_response (confirm, "delete");
  mt_test_spin (100);
  g_assert_cmpint (mt_store_find_camp (f->store, "Camp Tessalit-Nord"), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (mt_window_get_camp_model (f->window)), ==,
                    before->len);

  /* Undo brings it back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  mt_test_spin (50);
  g_assert_cmpint (mt_store_find_camp (f->store, "Camp Tessalit-Nord"), ==, camp_id);
}

static void
test_delete_camp_refused (Fixture       *f,
                          gconstpointer  data)
{
  AdwMessageDialog *confirm;
  AdwMessageDialog *refusal;
  gint64 gao = mt_store_find_camp (f->store, "Gao");
  g_autoptr(GError) error = NULL;

  /* Records refer to Gao: the store refuses and the user is told why. */
  g_assert_false (mt_store_delete_camp (f->store, gao, &error));
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_INVALID);

  g_assert_true (mt_window_show_page (f->window, "camp:Gao"));
  mt_test_spin (50);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window->camp_page), "camp.delete", NULL));
  confirm = ADW_MESSAGE_DIALOG (mt_test_find_shown_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL));
  g_assert_nonnull (confirm);
  adw_message_dialog_response (confirm, "delete");
  mt_test_spin (50);
  g_assert_cmpint (mt_store_find_camp (f->store, "Gao"), ==, gao);
  refusal = ADW_MESSAGE_DIALOG (mt_test_find_shown_toplevel (ADW_TYPE_MESSAGE_DIALOG,
                                                            GTK_WINDOW (confirm)));
  g_assert_nonnull (refusal);
  g_assert_cmpstr (adw_message_dialog_get_body (refusal), ==, error->message);
  gtk_window_destroy (GTK_WINDOW (refusal));
}

int
main (int   argc,
      char *argv[])
{
  mt_test_gui_init (&argc, &argv);

  MT_TEST_ADD_WINDOW ("/edit/event-and-camp", test_event_and_camp_flow);
  MT_TEST_ADD_WINDOW ("/edit/handover-refused", test_handover_refused);
  MT_TEST_ADD_WINDOW ("/edit/status-skip-confirmed", test_status_skip_confirmed);
  MT_TEST_ADD_WINDOW ("/edit/camp-page-still-there", test_camp_page_still_there);
  MT_TEST_ADD_WINDOW ("/edit/new-and-delete-camp", test_new_and_delete_camp);
  MT_TEST_ADD_WINDOW ("/edit/delete-camp-refused", test_delete_camp_refused);

  return g_test_run ();
}
