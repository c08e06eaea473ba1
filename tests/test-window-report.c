/* test-window-report.c: Print Report… and Save Report as PDF… offer no baseline or one of
 * the baselines, the current one at first, and the report then has the section "Plan
 * against baseline NAME" as --report FILE --baseline NAME writes it.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GtkFileChooserNative cannot be driven headless: the choice is tested on a file chooser
 * widget, the saving from the moment the file is chosen (as win.save-report-pdf runs it).
 * The print dialog's Baseline tab is made and applied by the print operation's own signals.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "mt-report-baselines.h"
#include "mt-report-print.h"
#include "mt-store-plan.h"
#include "mt-store.h"
#include "mt-test-pdf.h"
#include "mt-test-util.h"
#include "mt-window-report.h"

#define SECTION "Plan against baseline “%s”"

/* The seeded store with baselines "August plan" then "September plan", August chosen as
 * the current one. */
static MtStore *
store_with_baselines (void)
{
  MtStore *store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  gint64 august;

  august = mt_store_take_baseline (store, "August plan", "2023-08-01", &error);
  g_assert_no_error (error);
  g_assert_cmpint (mt_store_take_baseline (store, "September plan", "2023-09-01", &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (mt_store_set_current_baseline (store, august, &error));

  return store;
}

static gboolean
has_section (const char *path,
             const char *name)
{
  g_autofree char *text = mt_test_pdf_text (path, FALSE);
  g_autofree char *heading = g_strdup_printf (SECTION, name != NULL ? name : "");

  return name != NULL ? strstr (text, heading) != NULL
                      : strstr (text, "Plan against baseline") == NULL;
}

/* The file chooser's drop-down of @n_items options. */
static GtkDropDown *
find_drop_down (GtkWidget *widget,
                guint      n_items)
{
  if (GTK_IS_DROP_DOWN (widget) && gtk_drop_down_get_model (GTK_DROP_DOWN (widget)) != NULL &&
      g_list_model_get_n_items (gtk_drop_down_get_model (GTK_DROP_DOWN (widget))) == n_items)
    return GTK_DROP_DOWN (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkDropDown *found = find_drop_down (child, n_items);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_choices (void)
{
  g_autoptr(MtStore) empty = mt_test_store_new (TRUE);
  g_autoptr(MtStore) store = store_with_baselines ();
  g_autoptr(MtReportBaselines) none = NULL;
  g_autoptr(MtReportBaselines) choices = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *chooser;
  GtkDropDown *drop_down;
  GtkStringObject *first;

  /* Without a baseline, the only choice is none. */
  none = mt_report_baselines_new (empty, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mt_report_baselines_get_n (none), ==, 1);
  g_assert_cmpuint (mt_report_baselines_get_default (none), ==, 0);
  g_assert_cmpstr (mt_report_baselines_get_label (none, 0), ==, "No baseline");
  g_assert_null (mt_report_baselines_get_name (none, 0));

  /* With two, oldest first after none, the current one (not the latest) at first. */
  choices = mt_report_baselines_new (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mt_report_baselines_get_n (choices), ==, 3);
  g_assert_cmpuint (mt_report_baselines_get_default (choices), ==, 1);
  g_assert_cmpstr (mt_report_baselines_get_name (choices, 1), ==, "August plan");
  g_assert_cmpstr (mt_report_baselines_get_name (choices, 2), ==, "September plan");
  g_assert_cmpstr (mt_report_baselines_get_label (choices, 2), ==,
                   "September plan (data as of 1 September 2023)");
  g_assert_null (mt_report_baselines_get_name (choices, 3));

  /* In a file chooser: the current one chosen, listed first, and whichever the planner
   * picks in its drop-down (the current one, none, then the others oldest first). */
  chooser = gtk_file_chooser_widget_new (GTK_FILE_CHOOSER_ACTION_SAVE);
  g_object_ref_sink (chooser);
  mt_report_baselines_add_to_chooser (choices, GTK_FILE_CHOOSER (chooser));
  g_assert_cmpstr (mt_report_baselines_get_chosen (choices, GTK_FILE_CHOOSER (chooser)), ==,
                   "August plan");
  drop_down = find_drop_down (chooser, 3);
  g_assert_nonnull (drop_down);
  first = g_list_model_get_item (gtk_drop_down_get_model (drop_down), 0);
  g_assert_cmpstr (gtk_string_object_get_string (first), ==,
                   "August plan (data as of 1 August 2023)");
  g_object_unref (first);
  gtk_drop_down_set_selected (drop_down, 2);
  g_assert_cmpstr (mt_report_baselines_get_chosen (choices, GTK_FILE_CHOOSER (chooser)), ==,
                   "September plan");
  gtk_drop_down_set_selected (drop_down, 1);
  g_assert_null (mt_report_baselines_get_chosen (choices, GTK_FILE_CHOOSER (chooser)));
  g_object_unref (chooser);
}

static void
test_save_pdf (void)
{
  g_autoptr(MtStore) store = store_with_baselines ();
  g_autofree char *with = mt_test_pdf_path ("with-baseline.pdf");
  g_autofree char *without = mt_test_pdf_path ("without-baseline.pdf");
  g_autofree char *unknown = mt_test_pdf_path ("unknown-baseline.pdf");
  MtWindow *window;

  if (!mt_test_pdf_tools_available ())
    return;

  window = mt_window_new (NULL, store, NULL);
  mt_window_set_as_of (window, "2023-10-01");

  g_assert_true (mt_window_save_report_to_path (window, with, "August plan"));
  g_assert_true (has_section (with, "August plan"));

  g_assert_true (mt_window_save_report_to_path (window, without, NULL));
  g_assert_true (has_section (without, NULL));

  /* A baseline deleted meanwhile: nothing written (a toast says why). */
  g_assert_false (mt_window_save_report_to_path (window, unknown, "October plan"));
  g_assert_false (g_file_test (unknown, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The print dialog's Baseline tab, as the dialog makes and applies it, then the pages
 * exported as a printer would get them. */
static char *
print_with_choice (MtStore *store,
                   guint    choice)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtReport) report = mt_report_new (store, "2023-10-01", &error);
  g_autoptr(GtkPrintOperation) operation = NULL;
  MtReportBaselines *choices;
  GObject *tab = NULL;
  GtkDropDown *drop_down;
  char *path = mt_test_pdf_path ("printed.pdf");

  g_assert_no_error (error);
  operation = mt_report_print_operation_new (report);
  choices = mt_report_baselines_new (store, &error);
  g_assert_no_error (error);
  mt_report_baselines_attach_print (choices, operation, report, store, NULL, NULL);

  g_signal_emit_by_name (operation, "create-custom-widget", &tab);
  g_assert_true (GTK_IS_WIDGET (tab));
  g_object_ref_sink (tab);
  drop_down = g_object_get_data (tab, "mt-drop-down");
  g_assert_cmpuint (gtk_drop_down_get_selected (drop_down), ==, 1);
  gtk_drop_down_set_selected (drop_down, choice);
  g_signal_emit_by_name (operation, "custom-widget-apply", tab);
  g_object_unref (tab);

  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL,
                                            &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  return path;
}

static void
test_print (void)
{
  g_autoptr(MtStore) store = store_with_baselines ();
  g_autofree char *september = NULL;
  g_autofree char *none = NULL;

  if (!mt_test_pdf_tools_available ())
    return;

  september = print_with_choice (store, 2);
  g_assert_true (has_section (september, "September plan"));
  none = print_with_choice (store, 0);
  g_assert_true (has_section (none, NULL));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();

  g_test_add_func ("/window-report/choices", test_choices);
  g_test_add_func ("/window-report/save-pdf", test_save_pdf);
  g_test_add_func ("/window-report/print", test_print);

  return mt_test_run_in_tmp_dir ();
}
