/* mt-report.h: the withdrawal report, as pages for a printer or a PDF file.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No GTK here: the window's print operation calls mt_report_paginate() from
 * begin-print and mt_report_draw_page() from draw-page; --report writes the same pages
 * with mt_report_write_pdf(). Units are points (1/72 in).
 */

#pragma once

#include <cairo.h>

#include "mt-plan.h"
#include "mt-summary.h"
#include "mt-types.h"

G_BEGIN_DECLS

typedef enum
{
  MT_REPORT_PAPER_A4,
  MT_REPORT_PAPER_LETTER,
} MtReportPaper;

#define MT_TYPE_REPORT (mt_report_get_type ())
G_DECLARE_FINAL_TYPE (MtReport, mt_report, MT, REPORT, GObject)

/* "a4" or "letter" (any case); FALSE for anything else. */
gboolean     mt_report_paper_from_name    (const char     *name,
                                           MtReportPaper  *paper);
void         mt_report_paper_get_size     (MtReportPaper   paper,
                                           double         *width,
                                           double         *height);

/* Reads every figure the report shows from @store as of @as_of (NULL: the latest data),
 * now: later changes to the store do not reach this report.
 * Properties (read-only): as-of (ISO date), fingerprint (8 hex digits), n-pages. */
MtReport    *mt_report_new                (MtStore        *store,
                                           const char     *as_of,
                                           GError        **error);
/* Adds the section "Plan against baseline @name": the baseline against today's plan and
 * the data as of the report's date. MT_STORE_ERROR_NOT_FOUND when there is no such
 * baseline. */
gboolean     mt_report_add_baseline       (MtReport       *self,
                                           MtStore        *store,
                                           const char     *name,
                                           GError        **error);
/* Prints the report under what-if scenario @name: every page marked as a scenario, a
 * section "Scenario @name against today's plan" (its changes, where both plans end and
 * each camp closes, under it and in today's plan) and the chart drawing the plan under it.
 * MT_STORE_ERROR_NOT_FOUND when there is no such scenario. */
gboolean     mt_report_add_scenario       (MtReport       *self,
                                           MtStore        *store,
                                           const char     *name,
                                           GError        **error);
/* One sentence on where today's personnel plan (@camps: the camps plan) ends, against the
 * deadline and @plan's baseline, as the report's section says it, then how many people
 * still deployed have no planned departure when some have none; the Overview shows it. */
char        *mt_report_plan_sentence      (const MtPlanVariance *plan,
                                           gboolean        camps);
/* One sentence on where the personnel plan (or the camps plan, by @kind) ends under a
 * what-if scenario (@under_ends) against @deadline and today's plan (@today_ends), as the
 * report's scenario section says it; the Overview shows it while a scenario is shown. */
char        *mt_report_scenario_sentence  (const MtPlanEnds *today_ends,
                                           const MtPlanEnds *under_ends,
                                           const char     *deadline,
                                           MtPlanKind      kind);
/* "20 days after the deadline", "3 days before the deadline", "on the deadline". */
char        *mt_report_deadline_clause    (int             days);
/* People still deployed with no planned departure as of @summary's date: those of the
 * roster (@ends, today's plan), or, when the strength before the withdrawal is known, the
 * estimate of those still deployed less the departures the plan places after the date
 * (a roster that lists only some contingents leaves the others out of the plan). */
gint64       mt_report_count_unplanned    (MtStore        *store,
                                           const MtSummary *summary,
                                           const MtPlanEnds *ends);
const char  *mt_report_get_as_of          (MtReport       *self);
const char  *mt_report_get_fingerprint    (MtReport       *self);
/* The time printed as the generation time; the default is when the report was made
 * (or $SOURCE_DATE_EPOCH when set, for reproducible files). */
void         mt_report_set_generated      (MtReport       *self,
                                           GDateTime      *time);

/* Lays the report out on pages of @width × @height points; returns the page count. */
guint        mt_report_paginate           (MtReport       *self,
                                           double          width,
                                           double          height);
guint        mt_report_get_n_pages        (MtReport       *self);
/* Draws page @page (from 0) of the last pagination on @cr, in points. */
void         mt_report_draw_page          (MtReport       *self,
                                           cairo_t        *cr,
                                           guint           page);
/* Paginates for @paper and writes every page to a PDF file at @path. */
gboolean     mt_report_write_pdf          (MtReport       *self,
                                           const char     *path,
                                           MtReportPaper   paper,
                                           GError        **error);

G_END_DECLS
