/* test-print.c: the print operation paginates and draws the report's pages.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK_PRINT_OPERATION_ACTION_EXPORT runs begin-print and draw-page exactly as printing
 * does, into a PDF file instead of a printer, with no dialog.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "mt-date.h"
#include "mt-report-preview.h"
#include "mt-report-print.h"
#include "mt-store.h"
#include "mt-test-pdf.h"
#include "mt-test-util.h"

static char *
export (MtReport     *report,
        GtkPaperSize *paper)
{
  g_autoptr(GtkPrintOperation) operation = mt_report_print_operation_new (report);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GError) error = NULL;
  char *path = mt_test_pdf_path ("printed.pdf");
  GtkPrintOperationResult result;

  gtk_page_setup_set_paper_size (setup, paper);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_export_filename (operation, path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  return path;
}

static void
test_export_a4 (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(MtReport) report = mt_report_new (store, "2023-09-27", &error);
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *size = NULL;
  g_autofree char *total = mt_format_count (3367);
  g_autofree char *last_page = NULL;

  g_assert_no_error (error);
  if (!mt_test_pdf_tools_available ())
    return;

  path = export (report, a4);
  /* begin-print paginated for the sheet and draw-page drew every page. */
  g_assert_cmpuint (mt_report_get_n_pages (report), >=, 2);
  g_assert_cmpuint (mt_test_pdf_n_pages (path), ==, mt_report_get_n_pages (report));
  size = mt_test_pdf_page_size (path);
  g_assert_true (g_str_has_prefix (size, "595"));

  text = mt_test_pdf_text (path, FALSE);
  last_page = g_strdup_printf ("Page %u of %u", mt_report_get_n_pages (report),
                               mt_report_get_n_pages (report));
  g_assert_nonnull (strstr (text, total));
  g_assert_nonnull (strstr (text, last_page));
  g_assert_nonnull (strstr (text, mt_report_get_fingerprint (report)));
}

static void
test_export_letter (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(MtReport) report = mt_report_new (store, "2023-09-27", &error);
  g_autoptr(GtkPaperSize) letter = gtk_paper_size_new (GTK_PAPER_NAME_LETTER);
  g_autofree char *path = NULL;
  g_autofree char *size = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  if (!mt_test_pdf_tools_available ())
    return;

  path = export (report, letter);
  size = mt_test_pdf_page_size (path);
  g_assert_true (g_str_has_prefix (size, "612 x 792"));
  g_assert_cmpuint (mt_test_pdf_n_pages (path), ==, mt_report_get_n_pages (report));
  /* Laid out again for the narrower sheet, down to the last table. */
  text = mt_test_pdf_text (path, FALSE);
  g_assert_nonnull (strstr (text, "Personnel left"));
}

static void
test_preview_pages (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(MtReport) report = mt_report_new (store, "2023-09-27", &error);
  MtReportPreview *preview;
  double width, height;
  guint n_pages;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  g_assert_no_error (error);
  mt_report_paper_get_size (MT_REPORT_PAPER_A4, &width, &height);
  n_pages = mt_report_paginate (report, width, height);
  g_assert_cmpuint (n_pages, >=, 2);

  /* The preview shows the same pages the printer gets, from the first one... */
  preview = mt_report_preview_new (NULL, report, width, height);
  g_assert_cmpuint (mt_report_preview_get_n_pages (preview), ==, n_pages);
  g_assert_cmpuint (mt_report_preview_get_page (preview), ==, 0);
  first = g_strdup_printf ("Page 1 of %u", n_pages);
  g_assert_cmpstr (mt_report_preview_get_position (preview), ==, first);

  /* ...and pages through them, never past the last. */
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.page", "i", 1);
  g_assert_cmpuint (mt_report_preview_get_page (preview), ==, 1);
  for (guint i = 0; i < n_pages + 2; i++)
    gtk_widget_activate_action (GTK_WIDGET (preview), "preview.page", "i", 1);
  g_assert_cmpuint (mt_report_preview_get_page (preview), ==, n_pages - 1);
  last = g_strdup_printf ("Page %u of %u", n_pages, n_pages);
  g_assert_cmpstr (mt_report_preview_get_position (preview), ==, last);
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.page", "i", -1);
  g_assert_cmpuint (mt_report_preview_get_page (preview), ==, n_pages - 2);

  gtk_window_present (GTK_WINDOW (preview));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  gtk_window_destroy (GTK_WINDOW (preview));
}

/* Print → Preview, as the dialog's Preview button runs it: GTK asks for a preview, then
 * waits (a synchronous run) until the preview is ended. The test pages through the window
 * like a planner, one page per tick once the previous one is on screen, then closes it. */
typedef struct
{
  guint            n_pages;
  MtReportPreview *preview;
  char            *last_position;
  guint            ticks;
} PreviewRun;

static MtReportPreview *
find_preview (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  MtReportPreview *found = NULL;

  for (guint i = 0; found == NULL && i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (MT_IS_REPORT_PREVIEW (window))
        found = MT_REPORT_PREVIEW (window);
    }

  return found;
}

static gboolean
page_through_cb (gpointer user_data)
{
  PreviewRun *run = user_data;
  MtReportPreview *preview = find_preview ();
  guint page;

  /* 30 s at most: a preview that never shows fails here rather than hangs. */
  g_assert_cmpuint (++run->ticks, <, 3000);
  if (preview == NULL)
    return G_SOURCE_CONTINUE;

  run->preview = preview;
  page = mt_report_preview_get_page (preview);
  if (mt_report_preview_get_n_pages_drawn (preview) <= page)
    return G_SOURCE_CONTINUE;

  if (page + 1 < mt_report_preview_get_n_pages (preview))
    {
      gtk_widget_activate_action (GTK_WIDGET (preview), "preview.page", "i", 1);
      return G_SOURCE_CONTINUE;
    }

  run->n_pages = mt_report_preview_get_n_pages (preview);
  g_assert_cmpuint (mt_report_preview_get_n_pages_drawn (preview), ==, run->n_pages);
  run->last_position = g_strdup (mt_report_preview_get_position (preview));
  gtk_window_close (GTK_WINDOW (preview));

  return G_SOURCE_REMOVE;
}

static void
test_preview_run (gconstpointer data)
{
  const char *language = data;
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  g_autoptr(MtStore) store = NULL;
  g_autoptr(MtReport) report = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  GtkPrintOperationResult result;
  PreviewRun run = { 0 };
  GtkWidget *parent;
  double width, height;
  guint n_pages;

  if (g_str_equal (language, "fr"))
    {
      if (setlocale (LC_ALL, "fr_FR.UTF-8") == NULL)
        {
          g_test_skip ("the fr_FR.UTF-8 locale is not installed");
          return;
        }
      bindtextdomain (GETTEXT_PACKAGE, MT_BUILD_LOCALEDIR);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }

  store = mt_test_store_new (TRUE);
  report = mt_report_new (store, "2023-09-27", &error);
  g_assert_no_error (error);
  mt_report_paper_get_size (MT_REPORT_PAPER_A4, &width, &height);
  n_pages = mt_report_paginate (report, width, height);
  g_assert_cmpuint (n_pages, >=, 2);

  parent = gtk_window_new ();
  gtk_window_present (GTK_WINDOW (parent));

  operation = mt_report_print_operation_new (report);
  gtk_page_setup_set_paper_size (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  g_timeout_add (10, page_through_cb, &run);

  /* Returns once the preview window is closed, with every page drawn on the way. */
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PREVIEW,
                                    GTK_WINDOW (parent), &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_nonnull (run.preview);
  g_assert_cmpuint (run.n_pages, ==, n_pages);
  g_assert_cmpint (gtk_print_operation_get_status (operation), ==, GTK_PRINT_STATUS_FINISHED);

  /* The header spoke the planner's language. */
  expected = g_strdup_printf (g_str_equal (language, "fr") ? "Page %u sur %u" : "Page %u of %u",
                              n_pages, n_pages);
  g_assert_cmpstr (run.last_position, ==, expected);

  g_free (run.last_position);
  gtk_window_destroy (GTK_WINDOW (parent));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  setlocale (LC_ALL, saved);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();

  g_test_add_func ("/print/export-a4", test_export_a4);
  g_test_add_func ("/print/export-letter", test_export_letter);
  g_test_add_func ("/print/preview-pages", test_preview_pages);
  g_test_add_data_func ("/print/preview-run/en", "en", test_preview_run);
  g_test_add_data_func ("/print/preview-run/fr", "fr", test_preview_run);

  return mt_test_run_in_tmp_dir ();
}
