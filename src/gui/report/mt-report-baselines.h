/* mt-report-baselines.h: the baseline the printed or saved report compares with.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Print Report… and Save Report as PDF… offer no baseline or one of the baselines, the
 * current one chosen at first; the report then has the section "Plan against baseline
 * NAME", as --report FILE --baseline NAME writes it.
 */

#pragma once

#include <gtk/gtk.h>

#include "mt-plan.h"
#include "mt-report.h"
#include "mt-store.h"

G_BEGIN_DECLS

typedef struct _MtReportBaselines MtReportBaselines;

/* Told why the section could not be added (the baseline deleted meanwhile). */
typedef void (*MtReportBaselinesErrorFunc) (const GError *error,
                                            gpointer      user_data);

/* The choices as the database holds them now: "No baseline", then every baseline, oldest
 * first. NULL with @error when the baselines cannot be read. */
MtReportBaselines *mt_report_baselines_new          (MtStore           *store,
                                                     GError           **error);
/* "August plan (data as of 1 August 2023)": a baseline as the dialogs list it. */
char              *mt_report_baselines_format_label (const MtBaseline *baseline);
void               mt_report_baselines_free         (MtReportBaselines *self);
/* How many choices, "No baseline" included; the one chosen at first (the current baseline,
 * 0 when there is none); the label of choice @index. */
guint              mt_report_baselines_get_n        (MtReportBaselines *self);
guint              mt_report_baselines_get_default  (MtReportBaselines *self);
const char        *mt_report_baselines_get_label    (MtReportBaselines *self,
                                                     guint              index);
/* The baseline's name of choice @index; NULL for "No baseline" or an index out of range. */
const char        *mt_report_baselines_get_name     (MtReportBaselines *self,
                                                     guint              index);

/* The choice "baseline" of a file chooser, set to the default; the name chosen in it. */
void               mt_report_baselines_add_to_chooser (MtReportBaselines *self,
                                                     GtkFileChooser    *chooser);
const char        *mt_report_baselines_get_chosen   (MtReportBaselines *self,
                                                     GtkFileChooser    *chooser);

/* A "Baseline" tab in @operation's print dialog; when the dialog is applied, the section
 * on the baseline chosen is added to @report. @operation keeps @self (it takes it) and
 * @report. On an error (the baseline deleted meanwhile), @on_error runs with it. */
void               mt_report_baselines_attach_print (MtReportBaselines *self,
                                                     GtkPrintOperation *operation,
                                                     MtReport          *report,
                                                     MtStore           *store,
                                                     MtReportBaselinesErrorFunc on_error,
                                                     gpointer           user_data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MtReportBaselines, mt_report_baselines_free)

G_END_DECLS
