/* mt-report-print.c: the withdrawal report through GTK's print dialog.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pages come from the same code as the PDF written by --report; this file only
 * answers the print operation's questions (how many pages, draw page N) in points.
 */

#define G_LOG_DOMAIN "mt-report-print"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-report-preview.h"
#include "mt-report-print.h"

/* Callbacks */

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                MtReport          *report)
{
  guint n_pages;

  g_assert (MT_IS_REPORT (report));

  /* In points, over the whole sheet (use-full-page): the report keeps its own margins. */
  n_pages = mt_report_paginate (report, gtk_print_context_get_width (context),
                                gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, MAX (n_pages, 1));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              MtReport          *report)
{
  g_assert (MT_IS_REPORT (report));

  if (page_nr >= 0 && (guint) page_nr < mt_report_get_n_pages (report))
    mt_report_draw_page (report, gtk_print_context_get_cairo_context (context), page_nr);
}

static gboolean
preview_cb (GtkPrintOperation        *operation,
            GtkPrintOperationPreview *preview,
            GtkPrintContext          *context,
            GtkWindow                *parent,
            MtReport                 *report)
{
  g_autoptr(GtkPageSetup) fallback = NULL;
  GtkPageSetup *setup;
  MtReportPreview *window;
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;

  g_assert (MT_IS_REPORT (report));

  /* The context has no cairo context yet, so its width and height read 0: the sheet's size
   * comes from the page setup chosen in the dialog (or the operation's default). */
  setup = gtk_print_context_get_page_setup (context);
  if (setup == NULL)
    setup = gtk_print_operation_get_default_page_setup (operation);
  if (setup == NULL)
    setup = fallback = gtk_page_setup_new ();
  width = gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS);
  height = gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS);

  /* GTK paginates the preview (begin-print) on the context's cairo context and aborts
   * without one. The window draws the pages itself, so a tiny surface at 72 dpi (one
   * pixel per point) is enough for the context to know the sheet's size. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  gtk_print_context_set_cairo_context (context, cr, 72, 72);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  /* Our own window rather than GTK's hand-off of a PDF to an external viewer that may not
   * be installed; the same page drawing as the printer, on the paper chosen in the dialog.
   * The operation waits for it: the window ends the preview when it is closed. */
  window = mt_report_preview_new (parent, report, width, height);
  mt_report_preview_set_operation (window, preview);
  gtk_window_present (GTK_WINDOW (window));

  return TRUE;
}

/* Public API */

MtReportPaper
mt_report_print_default_paper (void)
{
  const char *name = gtk_paper_size_get_default ();

  if (g_strcmp0 (name, GTK_PAPER_NAME_LETTER) == 0 || g_strcmp0 (name, GTK_PAPER_NAME_LEGAL) == 0)
    return MT_REPORT_PAPER_LETTER;

  return MT_REPORT_PAPER_A4;
}

GtkPrintOperation *
mt_report_print_operation_new (MtReport *report)
{
  GtkPrintOperation *operation;
  g_autofree char *job_name = NULL;

  g_return_val_if_fail (MT_IS_REPORT (report), NULL);

  operation = gtk_print_operation_new ();
  /* Translators: the print job's name; %s is the date of the data (YYYY-MM-DD) */
  job_name = g_strdup_printf (_("Withdrawal report %s"), mt_report_get_as_of (report));
  gtk_print_operation_set_job_name (operation, job_name);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);

  g_object_set_data_full (G_OBJECT (operation), "mt-report", g_object_ref (report),
                          g_object_unref);
  g_signal_connect_object (operation, "begin-print", G_CALLBACK (begin_print_cb), report, 0);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (draw_page_cb), report, 0);
  g_signal_connect_object (operation, "preview", G_CALLBACK (preview_cb), report, 0);

  return operation;
}
