/* mt-report-preview.h: the print dialog's preview, drawn by the app itself.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK's default preview hands a PDF to an external viewer that is often not installed;
 * this window draws the report's pages with the same mt_report_draw_page() as the printer.
 */

#pragma once

#include <adwaita.h>

#include "mt-report.h"

G_BEGIN_DECLS

#define MT_TYPE_REPORT_PREVIEW (mt_report_preview_get_type ())
G_DECLARE_FINAL_TYPE (MtReportPreview, mt_report_preview, MT, REPORT_PREVIEW, AdwWindow)

/* Lays @report out on sheets of @width × @height points and shows the first page. */
MtReportPreview *mt_report_preview_new               (GtkWindow                *parent,
                                                      MtReport                 *report,
                                                      double                    width,
                                                      double                    height);
guint            mt_report_preview_get_page          (MtReportPreview          *self);
guint            mt_report_preview_get_n_pages       (MtReportPreview          *self);
void             mt_report_preview_set_page          (MtReportPreview          *self,
                                                      guint                     page);
/* How many of the pages have been drawn on screen at least once. */
guint            mt_report_preview_get_n_pages_drawn (MtReportPreview          *self);
/* The print operation whose preview this window is: its preview ends (and a synchronous
 * gtk_print_operation_run() returns) when the window is destroyed. */
void             mt_report_preview_set_operation     (MtReportPreview          *self,
                                                      GtkPrintOperationPreview *operation);
/* "Page 2 of 4", as the header shows it. */
const char      *mt_report_preview_get_position      (MtReportPreview          *self);

G_END_DECLS
