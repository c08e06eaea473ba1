/* mt-report-private.h: shared by mt-report.c and mt-report-content.c.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-plan.h"
#include "mt-series.h"
#include "mt-report.h"
#include "mt-report-layout.h"
#include "mt-summary.h"

G_BEGIN_DECLS

struct _MtReport
{
  GObject         parent_instance;

  gboolean        empty;        /* no mission recorded: nothing to report */
  char           *as_of;
  char           *fingerprint;
  GDateTime      *generated;
  MtMission      *mission;      /* NULL when none is recorded */
  MtSummary      *summary;
  MtBurndown     *burndown;
  MtStacked      *by_month;
  GPtrArray      *camps;        /* (element-type MtCampFigures) */
  GPtrArray      *convoys;      /* (element-type MtConvoy) */
  GPtrArray      *events;       /* (element-type MtEvent) */
  GPtrArray      *assets;       /* (element-type MtDisposalTotal) */
  MtPlanVariance *plan;         /* against a baseline (mt_report_add_baseline()), or NULL */
  MtReportLayout *layout;       /* built by the first pagination */
};

/* Fills @layout with the report's content (mt-report-content.c). */
void _mt_report_build (MtReport       *self,
                       MtReportLayout *layout);
/* The section "Plan against baseline NAME" (mt-report-plan.c). */
void _mt_report_build_plan (MtReport       *self,
                            MtReportLayout *layout,
                            GPtrArray      *pool);

/* Markup made for a section, kept alive in @pool until the section is built
 * (mt-report-content.c): @text itself; @text escaped; a count; a date that never wraps. */
const char *_mt_report_keep       (GPtrArray  *pool,
                                   char       *text);
const char *_mt_report_esc        (GPtrArray  *pool,
                                   const char *text);
const char *_mt_report_count      (GPtrArray  *pool,
                                   gint64      value);
const char *_mt_report_short_date (GPtrArray  *pool,
                                   const char *iso);

G_END_DECLS
