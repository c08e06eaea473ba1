/* mt-series.h: the series the drawdown charts draw, and their arithmetic.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain structs filled by the store (mt-store-series.h) or by hand (tests, the
 * printed report), drawn by mt-chart-render.h. The arithmetic (value at a date,
 * straight line, projection) is pure so it can be unit tested on small data.
 */

#pragma once

#include <glib.h>

#include "mt-types.h"

G_BEGIN_DECLS

/* The number of days before the as-of date whose departures give the projection's rate. */
#define MT_BURNDOWN_RATE_DAYS 30

typedef struct
{
  char   *date;   /* ISO */
  double  value;
} MtDatedValue;

/* Personnel still deployed over time: @baseline before the withdrawal, less the
 * departures up to each date. */
typedef struct
{
  char    *start;        /* ISO: the withdrawal start (the straight line's origin) */
  char    *deadline;     /* ISO: zero is due on this day */
  char    *as_of;        /* ISO: the figures stop here */
  double   baseline;     /* strength before the withdrawal (an estimate) */
  GArray  *points;       /* (element-type MtDatedValue) still deployed after each date
                          * with departures, ascending, first = @start */
  char    *plan_name;    /* the baseline whose plan @plan_points draws; NULL: none */
  GArray  *plan_points;  /* (element-type MtDatedValue) still deployed as that baseline
                          * planned it, as @points */
  gboolean plan_scenario; /* @plan_name names a what-if scenario, not a baseline */
} MtBurndown;

/* Counts per bucket (a month, a week) and per series (a category, a status), for
 * stacked bars. Buckets run along the x axis; a bucket after @as_of has no bar. */
typedef struct
{
  char      *start;      /* ISO: left edge of the x axis */
  char      *end;        /* ISO: right edge of the x axis */
  char      *as_of;      /* ISO */
  GPtrArray *names;      /* (element-type utf8) the series, legend order */
  GPtrArray *buckets;    /* (element-type utf8) ISO first day of each bucket */
  GArray    *counts;     /* double, buckets->len × names->len, bucket-major */
  int        bucket_days; /* 0 = calendar months, else the width in days */
} MtStacked;

MtBurndown *mt_burndown_new             (const char       *start,
                                         const char       *deadline,
                                         const char       *as_of,
                                         double            baseline);
void        mt_burndown_free            (MtBurndown       *self);
/* Appends a point; dates must not go back. */
void        mt_burndown_add             (MtBurndown       *self,
                                         const char       *date,
                                         double            deployed);
/* Names the baseline whose planned curve follows (mt_burndown_add_planned()), dropping
 * any curve added before. */
void        mt_burndown_set_plan        (MtBurndown       *self,
                                         const char       *name);
/* Appends a point of the baseline's planned curve; dates must not go back. */
void        mt_burndown_add_planned     (MtBurndown       *self,
                                         const char       *date,
                                         double            deployed);
/* The baseline's planned curve at @date, as mt_burndown_value_at(); FALSE when there is
 * no such curve. */
gboolean    mt_burndown_planned_at      (const MtBurndown *self,
                                         const char       *date,
                                         double           *deployed);
/* Still deployed at the end of @date: the last point on or before it (a step line);
 * @baseline before the first point. */
double      mt_burndown_value_at        (const MtBurndown *self,
                                         const char       *date);
/* The straight line: @baseline at the start, 0 at the deadline, 0 after it. */
double      mt_burndown_plan_at         (const MtBurndown *self,
                                         const char       *date);
/* Departures per day over the MT_BURNDOWN_RATE_DAYS days up to the as-of date (fewer
 * when the withdrawal started more recently): (value at the window's start − value at
 * as-of) / days. 0 when nothing left in that window. */
double      mt_burndown_recent_rate     (const MtBurndown *self);
/* The day the projection reaches zero at the recent rate: as-of + ceil (still deployed
 * at as-of / rate). NULL when the rate is 0 and people remain; as-of when none remain. */
char       *mt_burndown_projected_end   (const MtBurndown *self);
/* The projection at @date (after as-of): still deployed at as-of less the recent rate
 * per day since, never below 0; the value at @date itself up to as-of. */
double      mt_burndown_projection_at   (const MtBurndown *self,
                                         const char       *date);
/* TRUE when the projected end is after the deadline, or there is no projected end. */
gboolean    mt_burndown_is_late         (const MtBurndown *self);

MtStacked  *mt_stacked_new              (const char       *start,
                                         const char       *end,
                                         const char       *as_of,
                                         int               bucket_days);
void        mt_stacked_free             (MtStacked        *self);
void        mt_stacked_add_name         (MtStacked        *self,
                                         const char       *name);
/* Adds a bucket of zeros (add every name first); returns its index. */
guint       mt_stacked_add_bucket       (MtStacked        *self,
                                         const char       *first_day);
double      mt_stacked_get              (const MtStacked  *self,
                                         guint             bucket,
                                         guint             series);
void        mt_stacked_set              (MtStacked        *self,
                                         guint             bucket,
                                         guint             series,
                                         double            value);
double      mt_stacked_bucket_total     (const MtStacked  *self,
                                         guint             bucket);
/* The day after the bucket ends (its right edge on the axis). */
char       *mt_stacked_bucket_end       (const MtStacked  *self,
                                         guint             bucket);
/* Index of the bucket holding @date, or G_MAXUINT. */
guint       mt_stacked_find_bucket      (const MtStacked  *self,
                                         const char       *date);

/* The inverse of mt_chart_date_to_x(): the day at @x (clamped into [@start, @end]). */
char       *mt_chart_x_to_date          (double            x,
                                         const char       *start,
                                         const char       *end,
                                         double            left,
                                         double            right);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MtBurndown, mt_burndown_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MtStacked, mt_stacked_free)

G_END_DECLS
