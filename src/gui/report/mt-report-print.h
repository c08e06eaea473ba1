/* mt-report-print.h: the withdrawal report through GTK's print dialog.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mt-report.h"

G_BEGIN_DECLS

/* A print operation that paginates @report for the chosen paper in begin-print and
 * draws each page with mt_report_draw_page() in draw-page; it keeps @report alive. */
GtkPrintOperation *mt_report_print_operation_new (MtReport *report);
/* The paper the user's locale expects: US Letter in the Americas, A4 elsewhere. */
MtReportPaper      mt_report_print_default_paper (void);

G_END_DECLS
