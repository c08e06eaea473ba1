/* mt-plan.h: baselines of the plan and how today's plan and the data moved from them.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain structs filled by the store (mt-store-plan.h) or by hand (tests), read by the
 * report. The plan is what the data holds about the future: the camps' planned closures
 * and handovers, the roster's planned departures, the planned movements. A baseline is the
 * plan frozen under a name, as the data stood on its data date.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  gint64  id;
  char   *name;
  char   *data_date;   /* ISO: the plan as the data stood on this day */
  char   *taken_at;    /* ISO 8601 UTC */
  char   *taken_by;    /* the login that took it */
} MtBaseline;

/* Where a plan ends. */
typedef struct
{
  char   *personnel_end;  /* ISO: the last departure the plan holds; NULL when none */
  char   *camps_end;      /* ISO: the last planned closure or handover; NULL when none */
  gint64  unplanned;      /* people still deployed on the data date with no planned departure */
} MtPlanEnds;

/* One camp's closure: in the baseline, in today's plan, and done. */
typedef struct
{
  gint64  camp_id;
  char   *camp_name;
  char   *baseline_closure;  /* ISO; NULL: none in the baseline (or the camp came later) */
  char   *planned_closure;   /* ISO; NULL: none planned now (or the camp has gone) */
  char   *closed_on;         /* ISO: closed or handed over on, as of the date; NULL: not yet */
} MtCampVariance;

/* One category's departures up to the as-of date: as the baseline planned them, and
 * recorded. */
typedef struct
{
  char   *code;
  char   *name;       /* localised */
  gint64  planned;    /* the baseline's departures on or before the as-of date */
  gint64  recorded;   /* movements and roster departures on or before it */
} MtCategoryVariance;

typedef struct
{
  char        *as_of;         /* ISO */
  char        *deadline;      /* ISO; NULL when the mission has none */
  MtBaseline  *baseline;
  MtPlanEnds   baseline_ends;
  MtPlanEnds   current_ends;  /* today's plan, as of @as_of */
  GPtrArray   *camps;         /* (element-type MtCampVariance), by name */
  GPtrArray   *categories;    /* (element-type MtCategoryVariance), display order */
} MtPlanVariance;

MtBaseline     *mt_baseline_new                (void);
MtBaseline     *mt_baseline_copy               (const MtBaseline     *self);
void            mt_baseline_free               (MtBaseline           *self);

/* The two plans a reader follows: the roster's departures and the camps' closures. */
typedef enum
{
  MT_PLAN_PERSONNEL,
  MT_PLAN_CAMPS,
} MtPlanKind;

void            mt_plan_ends_clear             (MtPlanEnds           *self);
/* Where @kind's plan ends: personnel_end or camps_end (NULL when it holds nothing). */
const char     *mt_plan_ends_get               (const MtPlanEnds     *self,
                                                MtPlanKind            kind);

MtCampVariance *mt_camp_variance_new           (void);
void            mt_camp_variance_free          (MtCampVariance       *self);
/* Days the closure moved since the baseline: the day it closed (or, while open, the day
 * planned now) less the baseline's; positive = later. FALSE when either is unknown. */
gboolean        mt_camp_variance_get_slip      (const MtCampVariance *self,
                                                int                  *days);

MtCategoryVariance *mt_category_variance_new   (void);
void            mt_category_variance_free      (MtCategoryVariance   *self);
/* Departures the baseline planned by the as-of date that are not recorded (0 when ahead). */
gint64          mt_category_variance_get_behind (const MtCategoryVariance *self);

MtPlanVariance *mt_plan_variance_new           (void);
void            mt_plan_variance_free          (MtPlanVariance       *self);
/* Days from @from to @to (positive when @to is later); FALSE when either is NULL. */
gboolean        mt_plan_days_moved             (const char           *from,
                                                const char           *to,
                                                int                  *days);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MtBaseline, mt_baseline_free)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (MtPlanEnds, mt_plan_ends_clear)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MtPlanVariance, mt_plan_variance_free)

G_END_DECLS
