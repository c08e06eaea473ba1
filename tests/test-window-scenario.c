/* test-window-scenario.c: the window under a what-if scenario. Shown, the Overview's plan
 * line, the burn-down chart, the map and the printed report follow its plan under a banner
 * that says so; leaving, or another planner deleting it, returns to the data. The editor
 * makes scenarios from its form, refusing a name taken; Compare sets today's plan and each
 * scenario side by side.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <string.h>

#include "mt-camp.h"
#include "mt-camp-page-private.h"
#include "mt-camp-list.h"
#include "mt-chart-view.h"
#include "mt-map-view-private.h"
#include "mt-scenario-compare.h"
#include "mt-scenario-editor.h"
#include "mt-scenarios-dialog.h"
#include "mt-store-scenario.h"
#include "mt-store.h"
#include "mt-test-gui.h"
#include "mt-test-pdf.h"
#include "mt-test-util.h"
#include "mt-window-private.h"
#include "mt-window-report.h"

#define HELD "Gao held"

typedef struct
{
  MtStore  *store;
  MtWindow *window;
} Fixture;

/* Helpers */

/* Gao closes on 10 January 2024 instead of 31 December 2023. */
static GPtrArray *
gao_held (MtStore *store)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) mt_scenario_change_free);
  MtScenarioChange *change = mt_scenario_change_new (MT_SCENARIO_CAMP_CLOSURE);

  change->camp_id = mt_store_find_camp (store, "Gao");
  change->date = g_strdup ("2024-01-10");
  g_ptr_array_add (changes, change);

  return changes;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = NULL;

  f->store = mt_test_store_new (TRUE);
  changes = gao_held (f->store);
  g_assert_cmpint (mt_store_create_scenario (f->store, HELD, NULL, changes, &error), >, 0);
  g_assert_no_error (error);

  f->window = mt_window_new (NULL, f->store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  mt_test_present_window (GTK_WINDOW (f->window));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  mt_test_destroy_toplevels ();
  g_clear_object (&f->store);
}

static const char *
plan_line (Fixture *f)
{
  GtkLabel *label = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (f->window->overview_page),
                                                              MT_TYPE_OVERVIEW_PAGE, "plan_label"));

  return gtk_widget_get_visible (GTK_WIDGET (label)) ? gtk_label_get_label (label) : "";
}

static char *
map_tooltip (Fixture    *f,
             const char *camp_name)
{
  MtMapView *view = mt_test_find_widget (GTK_WIDGET (f->window->map_page), MT_TYPE_MAP_VIEW);
  guint position = mt_camp_list_find (f->window->camps, mt_store_find_camp (f->store, camp_name));
  g_autoptr(MtCamp) camp = g_list_model_get_item (G_LIST_MODEL (f->window->camps), position);

  return _mt_map_view_describe_camp (view, camp);
}

/* Save is on: its button may be pressed. */
static gboolean
save_enabled (GtkWindow *editor)
{
  GtkWidget *save = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (editor),
                                                               MT_TYPE_SCENARIO_EDITOR,
                                                               "save_button"));

  return gtk_widget_get_sensitive (save);
}

static gboolean
banner_hidden (gpointer user_data)
{
  Fixture *f = user_data;

  return !mt_banner_get_revealed (f->window->scenario_banner);
}

/* Tests */

/* Shown: the banner names it, the Overview's line says where both plans end under it, the
 * map gives Gao's two closures; left: all back to the data. */
static void
test_show_and_leave (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tooltip = NULL;
  g_autofree char *chart_scenario = NULL;
  GtkWidget *chart;

  g_assert_false (mt_banner_get_revealed (f->window->scenario_banner));
  g_assert_null (strstr (plan_line (f), "Under the scenario"));
  tooltip = map_tooltip (f, "Gao");
  g_assert_null (strstr (tooltip, "Closure under the scenario"));
  g_clear_pointer (&tooltip, g_free);

  g_assert_true (mt_window_show_scenario (f->window, HELD, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (mt_window_get_scenario (f->window), ==, HELD);
  g_assert_true (mt_banner_get_revealed (f->window->scenario_banner));
  g_assert_nonnull (strstr (mt_banner_get_title (f->window->scenario_banner), "“" HELD "”"));
  /* The seed's camps plan ends on 31 December 2023: Gao now closes ten days later. */
  g_assert_nonnull (strstr (plan_line (f), "the camps plan ends 10 January 2024, 10 days after "
                                           "the deadline and 10 days later than today’s plan"));
  tooltip = map_tooltip (f, "Gao");
  g_assert_nonnull (strstr (tooltip, "Closure under the scenario: 10 January 2024"));
  g_assert_nonnull (strstr (tooltip, "Closure in today’s plan: 31 December 2023"));
  g_clear_pointer (&tooltip, g_free);
  tooltip = map_tooltip (f, "Kidal");
  g_assert_null (strstr (tooltip, "under the scenario"));
  g_clear_pointer (&tooltip, g_free);
  /* Gao's page gives the closure under the scenario, and says so. */
  g_assert_true (mt_window_show_page (f->window, "camp:Gao"));
  mt_test_spin (50);
  g_assert_cmpstr (gtk_label_get_label (f->window->camp_page->planned_value), ==,
                   "10 January 2024");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (f->window->camp_page->planned_row),
                            "in today’s plan: 31 December 2023"));
  g_assert_true (mt_window_show_page (f->window, "overview"));
  chart = mt_test_find_widget (GTK_WIDGET (f->window->overview_page), MT_TYPE_CHART_VIEW);
  g_object_get (chart, "scenario", &chart_scenario, NULL);
  g_assert_cmpstr (chart_scenario, ==, HELD);
  mt_test_save_png (GTK_WIDGET (f->window), "window-scenario.png");

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.leave-scenario", NULL);
  g_assert_null (mt_window_get_scenario (f->window));
  g_assert_false (mt_banner_get_revealed (f->window->scenario_banner));
  g_assert_null (strstr (plan_line (f), "Under the scenario"));
  tooltip = map_tooltip (f, "Gao");
  g_assert_null (strstr (tooltip, "Closure under the scenario"));
  g_assert_true (mt_window_show_page (f->window, "camp:Gao"));
  mt_test_spin (50);
  g_assert_cmpstr (gtk_label_get_label (f->window->camp_page->planned_value), ==,
                   "31 December 2023");
}

/* A name no scenario has: refused, nothing changes. */
static void
test_unknown (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (mt_window_show_scenario (f->window, "Nobody's", &error));
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND);
  g_assert_null (mt_window_get_scenario (f->window));
  g_assert_false (mt_banner_get_revealed (f->window->scenario_banner));
}

/* Another planner deletes the scenario shown: the window returns to the data by itself. */
static void
test_deleted_elsewhere (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtScenario) scenario = NULL;

  g_assert_true (mt_window_show_scenario (f->window, HELD, &error));
  scenario = mt_store_find_scenario (f->store, HELD, &error);
  g_assert_no_error (error);
  g_assert_true (mt_store_delete_scenario (f->store, scenario->id, &error));
  g_assert_no_error (error);

  g_assert_true (mt_test_spin_until (banner_hidden, f, 5000));
  g_assert_null (mt_window_get_scenario (f->window));
}

/* The report printed while it is shown is made under it, marked on every page. */
static void
test_report (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = mt_test_tmp_path ("scenario-report.pdf");
  g_autofree char *text = NULL;

  g_assert_true (mt_window_show_scenario (f->window, HELD, NULL));
  g_assert_true (mt_window_save_report_to_path (f->window, path, NULL));
  text = mt_test_pdf_text (path, FALSE);
  g_assert_nonnull (strstr (text, "Scenario “" HELD "” against today’s plan"));
  g_assert_nonnull (strstr (text, "Scenario “" HELD "” — not the recorded plan"));

  mt_window_show_scenario (f->window, NULL, NULL);
  g_assert_true (mt_window_save_report_to_path (f->window, path, NULL));
  g_clear_pointer (&text, g_free);
  text = mt_test_pdf_text (path, FALSE);
  g_assert_null (strstr (text, "against today’s plan"));
}

/* The editor: a change made from the form and saved as a new scenario; a name taken is
 * said under the name and Save is off. */
static void
test_editor (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtScenario) saved = NULL;
  GtkWindow *editor = mt_scenario_editor_new (GTK_WINDOW (f->window), f->store, f->window->camps,
                                              NULL, NULL);
  AdwEntryRow *name = GTK_IS_WIDGET (editor)
    ? ADW_ENTRY_ROW (gtk_widget_get_template_child (GTK_WIDGET (editor), MT_TYPE_SCENARIO_EDITOR,
                                                    "name_row"))
    : NULL;
  AdwPreferencesGroup *name_group = ADW_PREFERENCES_GROUP (
    gtk_widget_get_template_child (GTK_WIDGET (editor), MT_TYPE_SCENARIO_EDITOR, "name_group"));
  AdwComboRow *camp = ADW_COMBO_ROW (
    gtk_widget_get_template_child (GTK_WIDGET (editor), MT_TYPE_SCENARIO_EDITOR, "camp_row"));
  GtkWidget *date = GTK_WIDGET (
    gtk_widget_get_template_child (GTK_WIDGET (editor), MT_TYPE_SCENARIO_EDITOR, "date_row"));
  GListModel *camps;
  MtScenarioChange *change;

  mt_test_present_window (editor);
  g_assert_false (save_enabled (editor));

  gtk_editable_set_text (GTK_EDITABLE (name), HELD);
  g_assert_false (save_enabled (editor));
  g_assert_nonnull (adw_preferences_group_get_description (name_group));

  gtk_editable_set_text (GTK_EDITABLE (name), "Kidal late");
  g_assert_true (save_enabled (editor));

  /* Kind 0: a camp's closure. No date yet: the form says so and adds nothing. */
  camps = adw_combo_row_get_model (camp);
  for (guint i = 0; i < g_list_model_get_n_items (camps); i++)
    {
      g_autoptr(MtCamp) item = g_list_model_get_item (camps, i);

      if (g_strcmp0 (mt_camp_get_name (item), "Kidal") == 0)
        adw_combo_row_set_selected (camp, i);
    }
  gtk_editable_set_text (GTK_EDITABLE (date), "");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-change", NULL);
  g_assert_cmpuint (mt_scenario_editor_get_changes (MT_SCENARIO_EDITOR (editor))->len, ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (date), "2024-01-20");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-change", NULL);
  g_assert_cmpuint (mt_scenario_editor_get_changes (MT_SCENARIO_EDITOR (editor))->len, ==, 1);
  mt_test_save_png (GTK_WIDGET (editor), "scenario-editor.png");

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  saved = mt_store_find_scenario (f->store, "Kidal late", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (saved->changes->len, ==, 1);
  change = g_ptr_array_index (saved->changes, 0);
  g_assert_cmpint (change->kind, ==, MT_SCENARIO_CAMP_CLOSURE);
  g_assert_cmpint (change->camp_id, ==, mt_store_find_camp (f->store, "Kidal"));
  g_assert_cmpstr (change->date, ==, "2024-01-20");
}

/* Today's plan and the scenario side by side: Gao's closure and the camps plan's end move
 * by ten days in the scenario's column only. */
static void
test_compare (Fixture       *f,
              gconstpointer  data)
{
  GtkWindow *window = mt_scenario_compare_new (GTK_WINDOW (f->window), f->store, NULL);
  MtScenarioCompare *compare = MT_SCENARIO_COMPARE (window);
  guint gao = 0;

  mt_test_present_window (window);
  g_assert_cmpstr (mt_scenario_compare_get_cell (compare, 0, 1), ==, "Today’s plan");
  g_assert_cmpstr (mt_scenario_compare_get_cell (compare, 0, 2), ==, HELD);
  g_assert_cmpstr (mt_scenario_compare_get_cell (compare, 2, 0), ==, "Camps plan ends");
  g_assert_cmpstr (mt_scenario_compare_get_cell (compare, 2, 1), ==,
                   "31 December 2023\non the deadline");
  g_assert_cmpstr (mt_scenario_compare_get_cell (compare, 2, 2), ==,
                   "10 January 2024\n10 days after the deadline");

  for (guint row = 3; mt_scenario_compare_get_cell (compare, row, 0) != NULL; row++)
    if (g_strcmp0 (mt_scenario_compare_get_cell (compare, row, 0), "Gao closes") == 0)
      gao = row;
  g_assert_cmpuint (gao, >, 0);
  g_assert_cmpstr (mt_scenario_compare_get_cell (compare, gao, 1), ==, "31 December 2023");
  g_assert_cmpstr (mt_scenario_compare_get_cell (compare, gao, 2), ==, "10 January 2024");
  mt_test_save_png (GTK_WIDGET (window), "scenario-compare.png");
}

static char *
gao_closure (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtCamp) gao = mt_store_get_camp (f->store, mt_store_find_camp (f->store, "Gao"),
                                             NULL, &error);

  g_assert_no_error (error);
  return g_strdup (mt_camp_get_planned_closure (gao));
}

/* Promote…, once asked, writes the scenario into today's plan, leaves it in the window
 * (it would be laid over itself) and offers Undo, which takes it back. */
static void
test_promote (Fixture       *f,
              gconstpointer  data)
{
  GtkWindow *dialog;
  g_autofree char *before = gao_closure (f);
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;

  g_assert_cmpstr (before, ==, "2023-12-31");
  g_assert_true (mt_window_show_scenario (f->window, HELD, NULL));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.scenarios", NULL);
  dialog = mt_test_find_toplevel (MT_TYPE_SCENARIOS_DIALOG, NULL);
  g_assert_nonnull (dialog);
  mt_test_save_png (GTK_WIDGET (dialog), "scenarios-dialog.png");

  gtk_widget_activate_action (GTK_WIDGET (dialog), "scenarios.promote", "s", HELD);
  g_assert_true (mt_test_answer_question ("cancel"));
  after = gao_closure (f);
  g_assert_cmpstr (after, ==, before);
  g_clear_pointer (&after, g_free);

  gtk_widget_activate_action (GTK_WIDGET (dialog), "scenarios.promote", "s", HELD);
  g_assert_true (mt_test_answer_question ("promote"));
  after = gao_closure (f);
  g_assert_cmpstr (after, ==, "2024-01-10");
  g_assert_null (mt_window_get_scenario (f->window));

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  undone = gao_closure (f);
  g_assert_cmpstr (undone, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  mt_test_tmp_dir_make ();

  g_test_add ("/window-scenario/show-and-leave", Fixture, NULL, fixture_setup,
              test_show_and_leave, fixture_teardown);
  g_test_add ("/window-scenario/unknown", Fixture, NULL, fixture_setup, test_unknown,
              fixture_teardown);
  g_test_add ("/window-scenario/deleted-elsewhere", Fixture, NULL, fixture_setup,
              test_deleted_elsewhere, fixture_teardown);
  g_test_add ("/window-scenario/report", Fixture, NULL, fixture_setup, test_report,
              fixture_teardown);
  g_test_add ("/window-scenario/editor", Fixture, NULL, fixture_setup, test_editor,
              fixture_teardown);
  g_test_add ("/window-scenario/compare", Fixture, NULL, fixture_setup, test_compare,
              fixture_teardown);
  g_test_add ("/window-scenario/promote", Fixture, NULL, fixture_setup, test_promote,
              fixture_teardown);

  status = g_test_run ();
  mt_test_tmp_dir_remove ();

  return status;
}
