/* test-editor-dialog.c: how the editor windows look before anything is typed: sized to
 * what they hold, and saying in sight why Save is disabled.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "mt-application.h"
#include "mt-edit-forms.h"
#include "mt-movement.h"
#include "mt-person.h"
#include "mt-record.h"
#include "mt-store-edit.h"
#include "mt-store.h"
#include "mt-test-gui.h"
#include "mt-test-util.h"

typedef struct
{
  MtStore   *store;
  GtkWindow *parent;
  GArray    *person_ids;   /* one person at Gao */
} Fixture;

/* Helpers */

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  MtRosterQuery query = { 0 };
  gint64 gao;

  f->store = mt_test_store_new (TRUE);
  gao = mt_store_find_camp (f->store, "Gao");
  g_ptr_array_add (persons, g_object_new (MT_TYPE_PERSON, "personnel-id", "T-001",
                                          "family-name", "Diallo", "category", "troops",
                                          "camp-id", gao, NULL));
  mt_store_add_personnel (f->store, persons, &error);
  g_assert_no_error (error);
  f->person_ids = mt_store_query_personnel_ids (f->store, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (f->person_ids->len, ==, 1);

  f->parent = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->parent, 1024, 768);
  mt_test_present_window (f->parent);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (f->parent);
  mt_test_spin (20);
  g_array_unref (f->person_ids);
  g_clear_object (&f->store);
}

/* Waits until @dialog is shown and laid out. */
static void
wait_shown (MtEditorDialog *dialog)
{
  mt_test_present_window (GTK_WINDOW (dialog));
  mt_test_spin (150);
}

static gboolean
is_scrolled_window (GtkWidget *widget,
                    gpointer   user_data)
{
  return GTK_IS_SCROLLED_WINDOW (widget);
}

/* Whether the whole form is in view, nothing below to scroll to. */
static gboolean
all_in_view (MtEditorDialog *dialog)
{
  GtkWidget *scroller = mt_test_find_widget_matching (GTK_WIDGET (dialog), is_scrolled_window,
                                                      NULL);
  GtkAdjustment *adj;

  g_assert_nonnull (scroller);
  adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  return gtk_adjustment_get_upper (adj) <= gtk_adjustment_get_page_size (adj) + 1;
}

static gboolean
is_label_reading (GtkWidget *widget,
                  gpointer   user_data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), user_data) == 0;
}

/* Asserts that the message of @key is drawn in the row right under the field's row. */
static void
assert_reason_under_field (MtEditorDialog *dialog,
                           const char     *key)
{
  const char *reason = mt_editor_dialog_get_error (dialog, key);
  GtkWidget *row = mt_editor_dialog_get_field (dialog, key);
  GtkWidget *under = gtk_widget_get_next_sibling (row);
  GtkWidget *label;

  g_assert_nonnull (reason);
  g_assert_nonnull (under);
  label = mt_test_find_widget_matching (under, is_label_reading, (gpointer) reason);
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_is_drawable (label));
  g_assert_cmpint (gtk_widget_get_height (label), >, 0);
}

/* Tests */

/* One date to choose: a small window around it, not a 560×640 sheet. */
static void
test_departures_sized_to_content (Fixture       *f,
                                  gconstpointer  data)
{
  MtEditorDialog *dialog = mt_edit_departures (GTK_WIDGET (f->parent), f->store,
                                               f->person_ids, "2023-10-16");

  wait_shown (dialog);
  mt_test_save_png (GTK_WIDGET (dialog), "mark-departed.png");
  g_test_message ("Mark as Departed: %d×%d", gtk_widget_get_width (GTK_WIDGET (dialog)),
                  gtk_widget_get_height (GTK_WIDGET (dialog)));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (dialog)), <=, 320);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (dialog)), <=, 480);
  g_assert_true (all_in_view (dialog));
  g_assert_true (mt_editor_dialog_get_can_save (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* A long form takes the height it needs up to a bound, then scrolls. */
static void
test_long_form_bounded (Fixture       *f,
                        gconstpointer  data)
{
  MtEditorDialog *dialog = mt_edit_convoy (GTK_WIDGET (f->parent), f->store, NULL, 0);
  int height;

  wait_shown (dialog);
  height = gtk_widget_get_height (GTK_WIDGET (dialog));
  g_test_message ("New convoy: %d×%d", gtk_widget_get_width (GTK_WIDGET (dialog)), height);
  g_assert_cmpint (height, >=, 400);
  g_assert_cmpint (height, <=, 700);
  g_assert_false (all_in_view (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static gboolean
row_under_shown (MtEditorDialog *dialog,
                 const char     *key)
{
  return gtk_widget_get_visible (gtk_widget_get_next_sibling (mt_editor_dialog_get_field (dialog, key)));
}

/* A new movement, empty: Save is disabled, and the reason reads under the first field
 * refused before anyone hovers the button or types there; then under the next one. */
static void
test_reason_under_field (Fixture       *f,
                         gconstpointer  data)
{
  MtEditorDialog *dialog = mt_edit_movement (GTK_WIDGET (f->parent), f->store, NULL, 0);

  wait_shown (dialog);
  g_assert_false (mt_editor_dialog_get_can_save (dialog));
  assert_reason_under_field (dialog, "date");
  mt_test_save_png (GTK_WIDGET (dialog), "new-movement.png");

  gtk_editable_set_text (GTK_EDITABLE (mt_editor_dialog_get_field (dialog, "date")), "2023-10-16");
  mt_test_spin (50);
  g_assert_false (mt_editor_dialog_get_can_save (dialog));
  g_assert_false (row_under_shown (dialog, "date"));
  assert_reason_under_field (dialog, "count");

  /* Filled in, the reason goes with the refusal. */
  gtk_editable_set_text (GTK_EDITABLE (mt_editor_dialog_get_field (dialog, "count")), "12");
  mt_test_spin (50);
  g_assert_true (mt_editor_dialog_get_can_save (dialog));
  g_assert_false (row_under_shown (dialog, "count"));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The store's refusal too: a departure date outside the mission's dates, proposed by the
 * window, is said under the date. */
static void
test_store_reason_under_field (Fixture       *f,
                               gconstpointer  data)
{
  MtEditorDialog *dialog = mt_edit_departures (GTK_WIDGET (f->parent), f->store,
                                               f->person_ids, "1999-01-01");

  wait_shown (dialog);
  g_assert_false (mt_editor_dialog_get_can_save (dialog));
  assert_reason_under_field (dialog, "date");
  mt_test_save_png (GTK_WIDGET (dialog), "mark-departed-refused.png");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Two planners on one file: the second saves a movement the first changed since the editor
 * opened. The refusal says so with a Reload button; Reload opens the editor on the values
 * saved now, and the change then goes through. */
static void
test_conflict_offers_reload (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = mt_test_tmp_path ("conflict.db");
  g_autoptr(MtStore) mine = NULL;
  g_autoptr(MtStore) other = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) theirs = NULL;
  MtMovement *movement = NULL;
  MtMovementFields fields;
  MtEditorDialog *dialog;
  MtEditorDialog *again;
  GtkWidget *reload;
  gpointer watch;
  double count;

  mt_test_remove_database (path);
  mine = mt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (mt_store_load_seed (mine, &error));
  other = mt_store_open (path, &error);
  g_assert_no_error (error);

  rows = mt_store_list_movements (mine, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, >, 0);
  movement = g_ptr_array_index (rows, 0);
  dialog = mt_edit_movement (GTK_WIDGET (f->parent), mine, movement, 0);
  wait_shown (dialog);

  theirs = mt_store_list_movements (other, NULL, &error);
  fields = (MtMovementFields) {
    .date = mt_movement_get_date (movement), .camp_id = mt_movement_get_camp_id (movement),
    .category = mt_movement_get_category (movement),
    .contingent = mt_movement_get_contingent (movement), .count = 4321,
    .note = mt_movement_get_note (movement),
    .version = mt_record_get_version (g_ptr_array_index (theirs, 0)) };
  g_assert_true (mt_store_update_movement (other, mt_movement_get_id (movement), &fields, &error));
  g_assert_no_error (error);

  gtk_editable_set_text (GTK_EDITABLE (mt_editor_dialog_get_field (dialog, "count")), "1234");
  mt_test_spin (50);
  g_assert_false (mt_editor_dialog_save (dialog));
  reload = mt_test_find_button (GTK_WIDGET (dialog), _("_Reload"));
  g_assert_nonnull (reload);
  mt_test_spin (300);
  g_assert_true (gtk_widget_is_drawable (reload));
  mt_test_save_png (GTK_WIDGET (dialog), "editor-conflict.png");

  watch = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &watch);
  g_signal_emit_by_name (reload, "clicked");
  mt_test_spin (100);
  g_assert_null (watch);
  again = mt_test_find_toplevel (MT_TYPE_EDITOR_DIALOG, NULL);
  g_assert_nonnull (again);
  g_assert_true (mt_editor_dialog_get_number (again, "count", &count));
  g_assert_cmpfloat (count, ==, 4321);

  gtk_editable_set_text (GTK_EDITABLE (mt_editor_dialog_get_field (again, "count")), "1234");
  mt_test_spin (50);
  g_assert_true (mt_editor_dialog_save (again));
  g_clear_pointer (&theirs, g_ptr_array_unref);
  theirs = mt_store_list_movements (other, NULL, &error);
  for (guint i = 0; i < theirs->len; i++)
    if (mt_movement_get_id (g_ptr_array_index (theirs, i)) == mt_movement_get_id (movement))
      g_assert_cmpint (mt_movement_get_count (g_ptr_array_index (theirs, i)), ==, 1234);
  g_clear_object (&mine);
  mt_test_spin (50);
  mt_test_remove_database (path);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GTK_A11Y", "none", FALSE);
  /* Under LC_ALL=fr_FR.UTF-8 LANGUAGE=fr, MT_TEST_PNG_DIR shows the French windows. */
  mt_application_init_i18n ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  mt_test_tmp_dir_make ();

  g_test_add ("/editor/departures-sized-to-content", Fixture, NULL, fixture_setup,
              test_departures_sized_to_content, fixture_teardown);
  g_test_add ("/editor/long-form-bounded", Fixture, NULL, fixture_setup,
              test_long_form_bounded, fixture_teardown);
  g_test_add ("/editor/reason-under-field", Fixture, NULL, fixture_setup,
              test_reason_under_field, fixture_teardown);
  g_test_add ("/editor/store-reason-under-field", Fixture, NULL, fixture_setup,
              test_store_reason_under_field, fixture_teardown);
  g_test_add ("/editor/conflict-offers-reload", Fixture, NULL, fixture_setup,
              test_conflict_offers_reload, fixture_teardown);

  return g_test_run ();
}
