/* mt-chart-render-private.h: drawing helpers shared by the mt-chart-*.c files.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "mt-chart-render.h"

G_BEGIN_DECLS

#define MT_CHART_MAX_Y_TICKS 5

typedef enum
{
  MT_CHART_KEY_AREA,    /* a filled box with a line on top */
  MT_CHART_KEY_BOX,     /* a filled box */
  MT_CHART_KEY_DASH,    /* a dashed line */
  MT_CHART_KEY_DOTS,    /* a dotted line */
  MT_CHART_KEY_LONG_DASH, /* a line of long dashes (MT_CHART_LONG_DASH) */
} MtChartKeyKind;

/* The dashes of a baseline's planned curve: longer than the straight line's. */
#define MT_CHART_LONG_DASH { 11, 4 }

typedef struct
{
  MtChartKeyKind  kind;
  double          rgba[4];
  const char     *text;
} MtChartKey;

/* A layout of @text in @font_family (NULL = "Sans") at @font_size × @scale user units
 * (@font_size <= 0: 12); shared by the charts and the map. */
PangoLayout *_mt_render_layout      (cairo_t            *cr,
                                     const char         *font_family,
                                     double              font_size,
                                     double              scale,
                                     gboolean            bold,
                                     const char         *text);
void         _mt_chart_source       (cairo_t            *cr,
                                     const double        rgba[4],
                                     double              alpha);
PangoLayout *_mt_chart_layout       (cairo_t            *cr,
                                     const MtChartStyle *style,
                                     double              scale,
                                     gboolean            bold,
                                     const char         *text);
void         _mt_chart_text_size    (PangoLayout        *layout,
                                     double             *width,
                                     double             *height);
/* Draws @layout with its box's (@xalign, @yalign) point at (@x, @y). */
void         _mt_chart_show         (cairo_t            *cr,
                                     PangoLayout        *layout,
                                     double              x,
                                     double              y,
                                     double              xalign,
                                     double              yalign);
double       _mt_chart_line_height  (cairo_t            *cr,
                                     const MtChartStyle *style);
/* Paints the background (when opaque) and clips to the chart. Pair with cairo_restore(). */
void         _mt_chart_begin        (cairo_t            *cr,
                                     double              width,
                                     double              height,
                                     const MtChartStyle *style);
/* The plot rectangle below a legend of @n_keys keys and an optional @note line, left of
 * y labels up to @top (formatted counts), above the month labels. */
void         _mt_chart_frame        (cairo_t            *cr,
                                     double              width,
                                     double              height,
                                     const MtChartStyle *style,
                                     const MtChartKey   *keys,
                                     guint               n_keys,
                                     gboolean            with_note,
                                     double              max_value,
                                     MtChartFrame       *frame);
/* The height the legend takes at @width (wrapping keys over rows). */
double       _mt_chart_legend_height (cairo_t           *cr,
                                      const MtChartStyle *style,
                                      const MtChartKey  *keys,
                                      guint              n_keys,
                                      double             width);
void         _mt_chart_draw_legend  (cairo_t            *cr,
                                     const MtChartStyle *style,
                                     const MtChartKey   *keys,
                                     guint               n_keys,
                                     double              x,
                                     double              y,
                                     double              width);
void         _mt_chart_draw_y_axis  (cairo_t            *cr,
                                     const MtChartStyle *style,
                                     const MtChartFrame *frame);
void         _mt_chart_draw_months  (cairo_t            *cr,
                                     const MtChartStyle *style,
                                     const MtChartFrame *frame);
/* A dashed vertical line at @date with @label at its top (skipped outside the plot). */
void         _mt_chart_draw_date_line (cairo_t          *cr,
                                       const MtChartStyle *style,
                                       const MtChartFrame *frame,
                                       const char       *date,
                                       const double      rgba[4],
                                       const char       *label,
                                       gboolean          label_left,
                                       guint             row);   /* 0: top line of labels */

G_END_DECLS
