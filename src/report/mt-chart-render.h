/* mt-chart-render.h: charts drawn with cairo and pango only, at any size.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same code draws the Overview chart on screen (MtChartView through
 * gtk_snapshot_append_cairo) and in the printed report (a PDF or print surface),
 * so nothing here knows GTK. The status colours live here too, so list pills,
 * map markers, charts and the report agree.
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "mt-series.h"
#include "mt-types.h"

G_BEGIN_DECLS

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} MtChartRect;

typedef struct
{
  double      background[4]; /* RGBA; alpha 0 leaves the surface untouched */
  double      foreground[4]; /* axis labels, legend text */
  double      grid[4];       /* grid lines and axis */
  double      accent[4];     /* the departures line; the area uses it translucent */
  double      plan[4];       /* the dashed straight line to the deadline */
  double      marker[4];     /* the as-of marker */
  double      projection[4]; /* the projection when it makes the deadline */
  double      late[4];       /* the projection and its date when they miss the deadline */
  double      baseline[4];   /* a baseline's planned curve (long dashes) */
  double      palette[6][4]; /* series of stacked charts (categories), cycled */
  const char *font_family;   /* borrowed; NULL = "Sans" */
  double      font_size;     /* in user units (pixels on screen, points on paper) */
} MtChartStyle;

void     mt_chart_style_init_light   (MtChartStyle *style);
void     mt_chart_style_init_dark    (MtChartStyle *style);

/* Status colours, one place for pills, markers, charts and the report. */
void     mt_status_color             (MtCampStatus  status,
                                      gboolean      dark,
                                      double        rgb[3]);

/* Axis maths, pure so they can be unit tested.
 * A "nice" step of 1, 2 or 5 × 10^n so that at most @max_ticks intervals cover 0..@max;
 * @top receives the first multiple of the step at or above @max. */
double   mt_chart_nice_step          (double        max,
                                      guint         max_ticks,
                                      double       *top);
/* Maps an ISO date linearly from [@start, @end] onto [@left, @right]. */
double   mt_chart_date_to_x          (const char   *date,
                                      const char   *start,
                                      const char   *end,
                                      double        left,
                                      double        right);
/* Maps @value from [0, @top] onto the plot, 0 at the bottom edge. */
double   mt_chart_value_to_y         (double        value,
                                      double        top,
                                      const MtChartRect *plot);

/* Where a chart put its plot and which dates and values its axes span, so a widget can
 * map the pointer back to a date. */
typedef struct
{
  MtChartRect plot;
  char        start[11];  /* ISO date at the plot's left edge */
  char        end[11];    /* ISO date at the plot's right edge */
  double      top;        /* value at the plot's top edge */
} MtChartFrame;

/* The chart of personnel still deployed (see MtBurndown): a step line from the
 * withdrawal start to as-of, the dashed straight line to zero at the deadline, the
 * dotted projection at the recent rate (MT_BURNDOWN_RATE_DAYS) with its completion
 * date written in the corner (in the style's late colour when after the deadline),
 * the deadline and as-of marked, and the baseline's planned curve in long dashes when
 * @data has one. The x axis runs to the deadline, or further when the projection or the
 * baseline's plan ends later (up to half the withdrawal's span again). */
void     mt_chart_render_burndown    (cairo_t            *cr,
                                      double              width,
                                      double              height,
                                      const MtChartStyle *style,
                                      const MtBurndown   *data);
void     mt_chart_burndown_get_frame (cairo_t            *cr,
                                      double              width,
                                      double              height,
                                      const MtChartStyle *style,
                                      const MtBurndown   *data,
                                      MtChartFrame       *frame);
/* What the chart says at @date, one fact per line (for hover and screen readers). */
char    *mt_chart_burndown_describe  (const MtBurndown   *data,
                                      const char         *date);
/* One sentence: the projected completion date, and whether it makes the deadline. */
char    *mt_chart_burndown_summary   (const MtBurndown   *data);

/* Stacked bars per bucket: departures by category (palette colours) and camps by
 * status (mt_status_color(), series in MtCampStatus order). */
void     mt_chart_render_categories  (cairo_t            *cr,
                                      double              width,
                                      double              height,
                                      const MtChartStyle *style,
                                      const MtStacked    *data);
void     mt_chart_render_statuses    (cairo_t            *cr,
                                      double              width,
                                      double              height,
                                      const MtChartStyle *style,
                                      const MtStacked    *data);
void     mt_chart_stacked_get_frame  (cairo_t            *cr,
                                      double              width,
                                      double              height,
                                      const MtChartStyle *style,
                                      const MtStacked    *data,
                                      MtChartFrame       *frame);
char    *mt_chart_stacked_describe   (const MtStacked    *data,
                                      guint               bucket);

/* The hover read-out: a guide line at @x in the plot and a box with @text beside it. */
void     mt_chart_render_hover       (cairo_t            *cr,
                                      const MtChartStyle *style,
                                      const MtChartFrame *frame,
                                      double              x,
                                      const char         *text);

/* The plot area mt_chart_render_cumulative() will use for these inputs (it depends on
 * the widest y label, hence @cr for text measurement). */
void     mt_chart_cumulative_get_plot (cairo_t            *cr,
                                       double              width,
                                       double              height,
                                       const MtChartStyle *style,
                                       GPtrArray          *points,
                                       double              target,
                                       MtChartRect        *plot,
                                       double             *top);

/* Draws cumulative departures (@points: MtStatPoint, ascending dates, cumulative
 * values) from @start to @deadline as a filled step line, the dashed straight line
 * from 0 at @start to @target at @deadline (skipped when @target <= 0), a marker at
 * @as_of (may be NULL), month ticks and a legend. Draws at (0,0)-(@width,@height) of
 * the current user space. */
void     mt_chart_render_cumulative  (cairo_t            *cr,
                                      double              width,
                                      double              height,
                                      const MtChartStyle *style,
                                      GPtrArray          *points,
                                      const char         *start,
                                      const char         *deadline,
                                      double              target,
                                      const char         *as_of);

G_END_DECLS
