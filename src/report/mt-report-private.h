/* mt-report-private.h: shared by mt-report.c and mt-report-content.c.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-plan.h"
#include "mt-scenario.h"
#include "mt-series.h"
#include "mt-report.h"
#include "mt-report-layout.h"
#include "mt-summary.h"

G_BEGIN_DECLS

/* The report under a what-if scenario (mt_report_add_scenario()). */
typedef struct
{
  MtScenario *scenario;
  MtPlanData *today;        /* today's plan as of the report's date */
  MtPlanData *under;        /* the same with the scenario laid over it */
  MtPlanEnds  today_ends;
  MtPlanEnds  under_ends;
} MtReportScenario;

void _mt_report_scenario_free (MtReportScenario *self);

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
  MtReportScenario *scenario;   /* printed under a scenario, or NULL */
  MtReportLayout *layout;       /* built by the first pagination */
};

/* Fills @layout with the report's content (mt-report-content.c). */
void _mt_report_build (MtReport       *self,
                       MtReportLayout *layout);
/* The section "Plan against baseline NAME" (mt-report-plan.c). */
void _mt_report_build_plan (MtReport       *self,
                            MtReportLayout *layout,
                            GPtrArray      *pool);

/* The section "Scenario NAME against today's plan" (mt-report-scenario.c). */
void _mt_report_build_scenario (MtReport       *self,
                                MtReportLayout *layout,
                                GPtrArray      *pool);
/* The mark printed on every page under a scenario (mt-report-scenario.c). */
char *_mt_report_scenario_mark (MtReport       *self);

/* The days from @from to @to in a table cell (mt-report-plan.c): "+66", "−3", "0", "—"
 * when either is unknown. */
const char *_mt_report_days_cell   (GPtrArray  *pool,
                                    const char *from,
                                    const char *to);
/* A table of where the personnel plan and the camps plan end in two plans (@then_ends under
 * @then_header, @now_ends under @now_header), the days each moved and where @now_ends stands
 * against @deadline, a plan that ends after it highlighted (mt-report-plan.c). */
void        _mt_report_add_ends_table (MtReportLayout   *layout,
                                       GPtrArray        *pool,
                                       const char       *then_header,
                                       const char       *now_header,
                                       const MtPlanEnds *then_ends,
                                       const MtPlanEnds *now_ends,
                                       const char       *deadline);

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
