/* test-edit-pages.c: editing movements, convoys, assets and baselines through the editors
 * the window opens, with undo, Delete with its Undo toast, the history and its export.
 * (A camp's own page and editors: test-edit-camps.c.)
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

/* Helpers */

static guint
count_records (GPtrArray *records)
{
  return records != NULL ? records->len : 0;
}

static guint
n_movements (MtStore *store)
{
  g_autoptr(GPtrArray) all = mt_store_list_movements (store, NULL, NULL);

  return count_records (all);
}

static guint
n_convoys (MtStore *store)
{
  g_autoptr(GPtrArray) all = mt_store_list_all_convoys (store, NULL);

  return count_records (all);
}

static guint
n_assets (MtStore *store)
{
  g_autoptr(GPtrArray) all = mt_store_list_assets (store, 0, NULL);

  return count_records (all);
}

/* Tests */

static void
test_movement_flow (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(MtCamp) gao = mt_test_camp_named (f->store, "Gao");
  guint before = n_movements (f->store);
  MtEditorDialog *dialog;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) edited = NULL;
  MtMovement *saved = NULL;
  guint seen = 0;

  dialog = mt_edit_movement (GTK_WIDGET (f->window->movements_page), f->store, NULL,
                             mt_camp_get_id (gao));
  mt_test_type_into (dialog, "date", "2023-10-15");
  mt_test_type_into (dialog, "contingent", "Sénégal");

  /* A negative count is refused next to the field, and Save is off. */
  mt_test_type_into (dialog, "count", "-4");
  g_assert_false (mt_editor_dialog_get_can_save (dialog));
  g_assert_nonnull (mt_editor_dialog_get_error (dialog, "count"));
  g_assert_false (mt_editor_dialog_save (dialog));
  g_assert_cmpuint (n_movements (f->store), ==, before);

  /* A date outside the mission's window too. */
  mt_test_type_into (dialog, "count", "120");
  mt_test_type_into (dialog, "date", "2031-01-01");
  g_assert_false (mt_editor_dialog_get_can_save (dialog));
  g_assert_nonnull (mt_editor_dialog_get_error (dialog, "date"));

  mt_test_type_into (dialog, "date", "2023-10-15");
  g_assert_true (mt_editor_dialog_get_can_save (dialog));
  g_assert_null (mt_editor_dialog_get_error (dialog, "count"));
  /* Made, unless the planner says it is only planned. */
  g_assert_false (mt_editor_dialog_get_active (dialog, "planned"));
  mt_editor_dialog_set_active (dialog, "planned", TRUE);
  g_assert_true (mt_editor_dialog_save (dialog));
  mt_test_spin (50);

  g_assert_cmpuint (n_movements (f->store), ==, before + 1);
  after = mt_store_list_movements (f->store, NULL, NULL);
  for (guint i = 0; i < after->len && saved == NULL; i++)
    {
      MtMovement *m = g_ptr_array_index (after, i);

      if (g_strcmp0 (mt_movement_get_date (m), "2023-10-15") == 0 &&
          mt_movement_get_count (m) == 120 &&
          mt_movement_get_camp_id (m) == mt_camp_get_id (gao) &&
          g_strcmp0 (mt_movement_get_contingent (m), "Sénégal") == 0)
        saved = m;
    }
  g_assert_nonnull (saved);
  g_assert_true (mt_movement_get_planned (saved));

  /* The editor opens on it planned; made once the switch is off. */
  dialog = mt_edit_movement (GTK_WIDGET (f->window->movements_page), f->store, saved, 0);
  g_assert_true (mt_editor_dialog_get_active (dialog, "planned"));
  mt_editor_dialog_set_active (dialog, "planned", FALSE);
  g_assert_true (mt_editor_dialog_save (dialog));
  g_assert_true (mt_test_wait_editor_gone ());
  edited = mt_store_list_movements (f->store, NULL, NULL);
  for (guint i = 0; i < edited->len; i++)
    if (mt_movement_get_id (g_ptr_array_index (edited, i)) == mt_movement_get_id (saved))
      {
        g_assert_false (mt_movement_get_planned (g_ptr_array_index (edited, i)));
        seen++;
      }
  g_assert_cmpuint (seen, ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  mt_test_spin (50);

  /* The page follows the store, and Ctrl+Z takes the movement back out. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  mt_test_spin (50);
  g_assert_cmpuint (n_movements (f->store), ==, before);
}

/* Current Baseline…: the choice it opens on (0: the latest taken, then the baselines oldest
 * first), then @choose saved. */
static void
choose_current_baseline (Fixture *f,
                         guint    expected,
                         guint    choose)
{
  MtEditorDialog *dialog;
  AdwComboRow *row;
  GtkStringObject *first;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.current-baseline",
                                             NULL));
  dialog = mt_test_find_editor ();
  g_assert_nonnull (dialog);
  row = ADW_COMBO_ROW (mt_editor_dialog_get_field (dialog, "baseline"));
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (row)), ==, 3);
  first = g_list_model_get_item (adw_combo_row_get_model (row), 0);
  g_assert_cmpstr (gtk_string_object_get_string (first), ==, "The latest taken");
  g_object_unref (first);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, expected);
  mt_test_save_png (GTK_WIDGET (dialog), "mt-current-baseline.png");
  adw_combo_row_set_selected (row, choose);
  g_assert_true (mt_editor_dialog_save (dialog));
  g_assert_true (mt_test_wait_editor_gone ());
}

/* Take Baseline… from the main menu: the plan as of the window's date, under a name the
 * store accepts; its refusals show under the name. Current Baseline… chooses among them. */
static void
test_take_baseline (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(MtBaseline) taken = NULL;
  g_autoptr(MtBaseline) current = NULL;
  g_autoptr(GError) error = NULL;
  MtEditorDialog *dialog;
  const char *message;

  mt_window_set_as_of (f->window, "2023-09-01");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.take-baseline", NULL));
  dialog = mt_test_find_editor ();
  g_assert_nonnull (dialog);
  mt_test_save_png (GTK_WIDGET (dialog), "mt-take-baseline.png");
  mt_test_type_into (dialog, "name", "August plan");
  g_assert_true (mt_editor_dialog_get_can_save (dialog));
  g_assert_true (mt_editor_dialog_save (dialog));
  mt_test_spin (50);

  taken = mt_store_find_baseline (f->store, "August plan", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (taken->data_date, ==, "2023-09-01");

  /* The same name again: refused under the field, in the store's words, nothing taken. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.take-baseline", NULL));
  dialog = mt_test_find_editor ();
  mt_test_type_into (dialog, "name", "August plan ");
  g_assert_false (mt_editor_dialog_get_can_save (dialog));
  message = mt_editor_dialog_get_error (dialog, "name");
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "already a baseline called “August plan”"));
  mt_test_save_png (GTK_WIDGET (dialog), "mt-take-baseline-refused.png");
  g_assert_false (mt_editor_dialog_save (dialog));
  mt_test_type_into (dialog, "name", "September plan");
  g_assert_null (mt_editor_dialog_get_error (dialog, "name"));
  g_assert_true (mt_editor_dialog_save (dialog));
  mt_test_spin (50);

  /* The latest taken is current until another is chosen: the dialog says so first. */
  current = mt_store_get_current_baseline (f->store, &error);
  g_assert_cmpstr (current->name, ==, "September plan");
  g_clear_pointer (&current, mt_baseline_free);
  choose_current_baseline (f, 0, 1);
  current = mt_store_get_current_baseline (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (current->name, ==, "August plan");
  g_clear_pointer (&current, mt_baseline_free);

  /* Back to the latest taken: September now, and whichever is taken next. */
  choose_current_baseline (f, 1, 0);
  g_assert_cmpint (mt_store_get_chosen_baseline (f->store, &error), ==, 0);
  current = mt_store_get_current_baseline (f->store, &error);
  g_assert_cmpstr (current->name, ==, "September plan");
  g_clear_pointer (&current, mt_baseline_free);
  g_assert_cmpint (mt_store_take_baseline (f->store, "October plan", "2023-10-01", &error), >, 0);
  g_assert_no_error (error);
  current = mt_store_get_current_baseline (f->store, &error);
  g_assert_cmpstr (current->name, ==, "October plan");
}

static void
test_convoy_flow (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(MtCamp) gao = mt_test_camp_named (f->store, "Gao");
  guint before = n_convoys (f->store);
  MtEditorDialog *dialog;
  guint gao_position = G_MAXUINT;
  GListModel *choices;

  dialog = mt_edit_convoy (GTK_WIDGET (f->window->convoys_page), f->store, NULL,
                           mt_camp_get_id (gao));

  /* From a camp to itself: refused on "To". */
  choices = adw_combo_row_get_model (ADW_COMBO_ROW (mt_editor_dialog_get_field (dialog, "from_camp_id")));
  gao_position = mt_editor_dialog_get_selected (dialog, "from_camp_id");
  {
    g_autoptr(MtCamp) chosen = g_list_model_get_item (choices, gao_position);

    g_assert_cmpstr (mt_camp_get_name (chosen), ==, "Gao");
  }
  mt_editor_dialog_set_selected (dialog, "to_camp_id", gao_position);
  g_assert_false (mt_editor_dialog_get_can_save (dialog));
  g_assert_nonnull (mt_editor_dialog_get_error (dialog, "to_camp_id"));

  mt_editor_dialog_set_selected (dialog, "to_camp_id", gao_position == 0 ? 1 : 0);
  mt_editor_dialog_set_selected (dialog, "status", MT_CONVOY_STATUS_ARRIVED);
  mt_test_type_into (dialog, "departed", "2023-10-10");
  /* Arrival before departure: refused on "Arrived". */
  mt_test_type_into (dialog, "arrived", "2023-10-08");
  g_assert_false (mt_editor_dialog_get_can_save (dialog));
  g_assert_nonnull (mt_editor_dialog_get_error (dialog, "arrived"));

  mt_test_type_into (dialog, "arrived", "2023-10-13");
  mt_test_type_into (dialog, "personnel", "340");
  mt_test_type_into (dialog, "vehicles", "85");
  g_assert_true (mt_editor_dialog_get_can_save (dialog));
  g_assert_true (mt_editor_dialog_save (dialog));
  mt_test_spin (50);
  g_assert_cmpuint (n_convoys (f->store), ==, before + 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  mt_test_spin (50);
  g_assert_cmpuint (n_convoys (f->store), ==, before);
}

static void
test_asset_flow (Fixture       *f,
                 gconstpointer  data)
{
  guint before = n_assets (f->store);
  MtEditorDialog *dialog;
  g_autoptr(GPtrArray) assets = NULL;
  MtAsset *added = NULL;

  dialog = mt_edit_asset (GTK_WIDGET (f->window->assets_page), f->store, NULL, 0);
  g_assert_false (mt_editor_dialog_get_can_save (dialog));   /* description required */
  mt_test_type_into (dialog, "description", "Water purification unit");
  mt_test_type_into (dialog, "tag", "UNOE-TEST-1");
  mt_editor_dialog_set_selected (dialog, "owner", MT_ASSET_OWNER_UNOE);
  mt_test_type_into (dialog, "quantity", "3");
  mt_test_type_into (dialog, "value", "12 500,50");
  mt_editor_dialog_set_selected (dialog, "decision", MT_DISPOSAL_DONATE);
  mt_test_type_into (dialog, "decision_date", "2023-10-01");
  g_assert_true (mt_editor_dialog_get_can_save (dialog));
  g_assert_true (mt_editor_dialog_save (dialog));
  mt_test_spin (50);

  assets = mt_store_list_assets (f->store, 0, NULL);
  g_assert_cmpuint (assets->len, ==, before + 1);
  for (guint i = 0; i < assets->len; i++)
    if (g_strcmp0 (mt_asset_get_tag (g_ptr_array_index (assets, i)), "UNOE-TEST-1") == 0)
      added = g_ptr_array_index (assets, i);
  g_assert_nonnull (added);
  g_assert_cmpint (mt_asset_get_owner (added), ==, MT_ASSET_OWNER_UNOE);
  g_assert_cmpint (mt_asset_get_decision (added), ==, MT_DISPOSAL_DONATE);
  g_assert_cmpint (mt_asset_get_quantity (added), ==, 3);
  g_assert_cmpfloat_with_epsilon (mt_asset_get_value (added), 12500.5, 0.001);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  mt_test_spin (50);
  g_assert_cmpuint (n_assets (f->store), ==, before);
}

static void
test_delete_and_toast_undo (Fixture       *f,
                            gconstpointer  data)
{
  MtRecordsPage *page = f->window->movements_page;
  GtkSelectionModel *selection = mt_records_page_get_selection (page);
  guint before = n_movements (f->store);
  g_autoptr(MtMovement) first = NULL;
  gint64 first_id;
  g_autoptr(GPtrArray) after = NULL;

  if (before == 0)
    {
      g_test_skip ("The seed has no movements");
      return;
    }

  mt_window_show_page (f->window, "movements");
  mt_records_page_reload (page);
  mt_test_spin (50);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, before);

  /* Nothing selected: Delete does nothing. */
  g_assert_null (mt_records_page_get_selected (page));
  gtk_widget_activate_action (GTK_WIDGET (page), "records.delete", NULL);
  mt_test_spin (20);
  g_assert_cmpuint (n_movements (f->store), ==, before);

  gtk_selection_model_select_item (selection, 0, TRUE);
  first = g_list_model_get_item (G_LIST_MODEL (selection), 0);
  first_id = mt_movement_get_id (first);

  /* What the Delete key runs. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "records.delete", NULL));
  mt_test_spin (50);
  g_assert_cmpuint (n_movements (f->store), ==, before - 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, before - 1);
  g_assert_true (mt_store_can_undo (f->store));

  /* The toast's Undo button runs win.undo. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "win.undo", NULL));
  mt_test_spin (50);
  g_assert_cmpuint (n_movements (f->store), ==, before);
  after = mt_store_list_movements (f->store, NULL, NULL);
  {
    gboolean back = FALSE;

    for (guint i = 0; i < after->len; i++)
      if (mt_movement_get_id (g_ptr_array_index (after, i)) == first_id)
        back = TRUE;
    g_assert_true (back);
  }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, before);
}

static void
test_history_dialog (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(MtCamp) gao = mt_test_camp_named (f->store, "Gao");
  MtEditorDialog *dialog;
  MtHistoryDialog *history;
  guint n_before;

  history = mt_history_dialog_new (GTK_WINDOW (f->window), f->store, 0);
  n_before = g_list_model_get_n_items (mt_history_dialog_get_model (history));

  dialog = mt_edit_camp (GTK_WIDGET (f->window->camp_page), f->store, gao);
  mt_test_type_into (dialog, "region", "Gao (history)");
  g_assert_true (mt_editor_dialog_save (dialog));
  mt_test_spin (100);

  /* The open history follows the store. */
  g_assert_cmpuint (g_list_model_get_n_items (mt_history_dialog_get_model (history)), >, n_before);
  gtk_window_destroy (GTK_WINDOW (history));
}

static void
test_pages_list_records (Fixture       *f,
                         gconstpointer  data)
{
  static const char *names[] = { "movements", "convoys", "assets" };
  MtRecordsPage *pages[] = { f->window->movements_page, f->window->convoys_page,
                             f->window->assets_page };
  guint expected[] = { n_movements (f->store), n_convoys (f->store), n_assets (f->store) };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *png = g_strdup_printf ("edit-%s.png", names[i]);

      g_assert_true (mt_window_show_page (f->window, names[i]));
      mt_test_spin (50);
      /* Every record is listed, whatever date the window shows. */
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (mt_records_page_get_selection (pages[i]))),
                        ==, expected[i]);
      mt_test_save_png (GTK_WIDGET (f->window), png);
    }

  /* The search narrows the list; nothing matching shows the no-matches page. */
  mt_records_page_set_search (f->window->movements_page, "zzzz-nothing");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (mt_records_page_get_selection (f->window->movements_page))), ==, 0);
  mt_records_page_set_search (f->window->movements_page, NULL);

  {
    g_autoptr(MtCamp) gao = mt_test_camp_named (f->store, "Gao");
    g_autofree char *latest = mt_store_dup_latest_date (f->store);
    MtEditorDialog *dialog;

    dialog = mt_edit_convoy (GTK_WIDGET (f->window->convoys_page), f->store, NULL, mt_camp_get_id (gao));
    mt_test_type_into (dialog, "departed", "2023-10-10");
    mt_test_type_into (dialog, "arrived", "2023-10-08");
    mt_test_save_png (GTK_WIDGET (dialog), "edit-convoy-dialog.png");
    gtk_window_destroy (GTK_WINDOW (dialog));

    dialog = mt_edit_camp_status (GTK_WIDGET (f->window->camp_page), f->store, gao, latest);
    mt_editor_dialog_set_selected (dialog, "status", MT_CAMP_STATUS_HANDED_OVER);
    mt_test_save_png (GTK_WIDGET (dialog), "edit-status-dialog.png");
    gtk_window_destroy (GTK_WINDOW (dialog));
  }
}

static void
test_roster_departures (Fixture       *f,
                        gconstpointer  data)
{
  static const char *ids[] = { "T-001", "T-002", "T-003" };
  g_autoptr(GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  gint64 gao = mt_store_find_camp (f->store, "Gao");
  GtkColumnView *view;
  GtkSelectionModel *selection;
  MtEditorDialog *dialog;
  gint64 row_ids[3];
  g_autoptr(GPtrArray) rows = NULL;
  g_auto(GStrv) blockers = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    g_ptr_array_add (persons, g_object_new (MT_TYPE_PERSON, "personnel-id", ids[i],
                                            "family-name", "Diallo", "category", "troops",
                                            "camp-id", gao, NULL));
  mt_store_add_personnel (f->store, persons, &error);
  g_assert_no_error (error);
  blockers = mt_store_dup_handover_blockers (f->store, gao, "2023-12-20", NULL);
  g_assert_nonnull (blockers[0]);

  mt_window_show_page (f->window, "roster");
  mt_test_spin (100);
  view = mt_test_find_widget (GTK_WIDGET (f->window->roster_page), GTK_TYPE_COLUMN_VIEW);
  selection = gtk_column_view_get_model (view);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 3);

  /* Nothing selected: nothing to mark. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (f->window->roster_page),
                                              "roster.mark-departed", NULL) &&
                  mt_test_find_editor () != NULL);

  gtk_selection_model_select_item (selection, 0, TRUE);
  gtk_selection_model_select_item (selection, 2, FALSE);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(MtPerson) person = g_list_model_get_item (G_LIST_MODEL (selection), i);

      row_ids[i] = mt_person_get_id (person);
    }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window->roster_page),
                                             "roster.mark-departed", NULL));
  dialog = mt_test_find_editor ();
  g_assert_nonnull (dialog);
  mt_test_type_into (dialog, "date", "2023-12-20");
  /* After the latest data: asked about first, saved on the answer. */
  g_assert_false (mt_editor_dialog_save (dialog));
  mt_test_spin (50);
  g_assert_true (mt_test_answer_question ("save"));
  g_assert_true (mt_test_wait_editor_gone ());

  rows = mt_store_fetch_personnel (f->store, row_ids, 3, NULL, NULL);
  g_assert_cmpstr (mt_person_get_departure_date (g_ptr_array_index (rows, 0)), ==, "2023-12-20");
  g_assert_null (mt_person_get_departure_date (g_ptr_array_index (rows, 1)));
  g_assert_cmpstr (mt_person_get_departure_date (g_ptr_array_index (rows, 2)), ==, "2023-12-20");
  /* The selection was let go before the roster reloaded. */
  g_assert_true (gtk_bitset_is_empty (gtk_selection_model_get_selection (selection)));

  /* One step of undo for the whole batch. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  mt_test_spin (50);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = mt_store_fetch_personnel (f->store, row_ids, 3, NULL, NULL);
  for (guint i = 0; i < 3; i++)
    g_assert_null (mt_person_get_departure_date (g_ptr_array_index (rows, i)));
}

static void
test_convoy_personnel (Fixture       *f,
                       gconstpointer  data)
{
  static const char *ids[] = { "C-001", "C-002", "C-003" };
  g_autoptr(GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  gint64 gao = mt_store_find_camp (f->store, "Gao");
  gint64 row_ids[3];
  gint64 to_id;
  MtEditorDialog *dialog;
  MtPersonPicker *picker;
  GListModel *listed;
  GtkWidget *people_row;

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    g_ptr_array_add (persons, g_object_new (MT_TYPE_PERSON, "personnel-id", ids[i],
                                            "family-name", "Keïta", "category", "troops",
                                            "camp-id", gao, NULL));
  mt_store_add_personnel (f->store, persons, &error);
  g_assert_no_error (error);

  dialog = mt_edit_convoy (GTK_WIDGET (f->window->convoys_page), f->store, NULL, gao);
  mt_editor_dialog_set_selected (dialog, "to_camp_id",
                                 mt_editor_dialog_get_selected (dialog, "from_camp_id") == 0 ? 1 : 0);
  mt_editor_dialog_set_selected (dialog, "status", MT_CONVOY_STATUS_ARRIVED);
  mt_test_type_into (dialog, "departed", "2023-10-10");
  mt_test_type_into (dialog, "arrived", "2023-10-12");

  /* The picker lists the roster of the origin. */
  people_row = mt_editor_dialog_get_field (dialog, "person_ids");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (people_row)), ==,
                   "No one chosen from the roster");
  g_signal_emit_by_name (people_row, "activated");
  picker = MT_PERSON_PICKER (mt_test_find_shown_toplevel (MT_TYPE_PERSON_PICKER, NULL));
  g_assert_nonnull (picker);
  listed = mt_person_picker_get_model (picker);
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(MtPerson) person = g_list_model_get_item (listed, i);

      g_assert_cmpint (mt_person_get_camp_id (person), ==, gao);
      row_ids[i] = mt_person_get_id (person);
    }
  mt_person_picker_set_search (picker, "C-002");
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, 1);
  mt_person_picker_set_search (picker, NULL);
  mt_person_picker_set_chosen (picker, row_ids[0], TRUE);
  mt_person_picker_set_chosen (picker, row_ids[2], TRUE);
  mt_test_save_png (GTK_WIDGET (picker), "convoy-personnel.png");
  mt_person_picker_done (picker);
  mt_test_spin (50);

  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (people_row)), ==, "2 people");
  g_assert_cmpint (mt_editor_dialog_get_number (dialog, "personnel", NULL), ==, TRUE);
  to_id = mt_store_find_camp (f->store,
                              mt_camp_get_name (mt_editor_dialog_get_selected_item (dialog, "to_camp_id")));
  g_assert_true (mt_editor_dialog_save (dialog));
  mt_test_spin (100);

  /* Arrived: the two who travelled are at the destination, the third stayed. */
  rows = mt_store_fetch_personnel (f->store, row_ids, 3, NULL, NULL);
  g_assert_cmpint (mt_person_get_camp_id (g_ptr_array_index (rows, 0)), ==, to_id);
  g_assert_cmpint (mt_person_get_camp_id (g_ptr_array_index (rows, 1)), ==, gao);
  g_assert_cmpint (mt_person_get_camp_id (g_ptr_array_index (rows, 2)), ==, to_id);

  /* One undo puts them back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  mt_test_spin (50);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = mt_store_fetch_personnel (f->store, row_ids, 3, NULL, NULL);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpint (mt_person_get_camp_id (g_ptr_array_index (rows, i)), ==, gao);
}

static void
test_history_export (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(MtCamp) kidal = mt_test_camp_named (f->store, "Kidal");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("mt-history-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;
  g_auto(GStrv) lines = NULL;
  MtEditorDialog *dialog;
  MtHistoryDialog *history;

  g_assert_no_error (error);
  dialog = mt_edit_camp (GTK_WIDGET (f->window->camp_page), f->store, kidal);
  mt_test_type_into (dialog, "region", "Kidal (exported)");
  g_assert_true (mt_editor_dialog_save (dialog));
  mt_test_spin (50);

  history = mt_history_dialog_new (GTK_WINDOW (f->window), f->store, mt_camp_get_id (kidal));
  mt_test_save_png (GTK_WIDGET (history), "history.png");
  path = g_build_filename (dir, "history.csv", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (mt_history_dialog_export (history, file, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (history));

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  lines = g_strsplit (contents, "\n", -1);
  /* A header, then at least the change just made, with its new value. */
  g_assert_nonnull (strstr (lines[0], "time"));
  g_assert_nonnull (lines[1]);
  g_assert_nonnull (strstr (contents, "Kidal (exported)"));
  g_assert_nonnull (strstr (contents, g_get_user_name ()));

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  mt_test_gui_init (&argc, &argv);

  MT_TEST_ADD_WINDOW ("/edit/pages", test_pages_list_records);
  MT_TEST_ADD_WINDOW ("/edit/movement", test_movement_flow);
  MT_TEST_ADD_WINDOW ("/edit/convoy", test_convoy_flow);
  MT_TEST_ADD_WINDOW ("/edit/take-baseline", test_take_baseline);
  MT_TEST_ADD_WINDOW ("/edit/asset", test_asset_flow);
  MT_TEST_ADD_WINDOW ("/edit/delete-and-undo", test_delete_and_toast_undo);
  MT_TEST_ADD_WINDOW ("/edit/roster-departures", test_roster_departures);
  MT_TEST_ADD_WINDOW ("/edit/history", test_history_dialog);
  MT_TEST_ADD_WINDOW ("/edit/convoy-personnel", test_convoy_personnel);
  MT_TEST_ADD_WINDOW ("/edit/history-export", test_history_export);

  return g_test_run ();
}
