/* mt-report-private.h: shared by mt-report.c and mt-report-content.c.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

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
  MtReportLayout *layout;       /* built by the first pagination */
};

/* Fills @layout with the report's content (mt-report-content.c). */
void _mt_report_build (MtReport       *self,
                       MtReportLayout *layout);

G_END_DECLS
