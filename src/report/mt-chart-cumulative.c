/* mt-chart-cumulative.c: cumulative departures against the straight line (the first
 * Overview chart, kept for the printed report).
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-chart-render"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "mt-chart-render-private.h"
#include "mt-date.h"
#include "mt-stat-point.h"

static double
series_max (GPtrArray *points)
{
  double max = 0;

  for (guint i = 0; points != NULL && i < points->len; i++)
    max = MAX (max, mt_stat_point_get_value (g_ptr_array_index (points, i)));

  return max;
}

/* The legend is one row, or two when the chart is too narrow for both entries. */
static gboolean
legend_fits_one_row (cairo_t            *cr,
                     const MtChartStyle *style,
                     double              width)
{
  g_autoptr(PangoLayout) departed = _mt_chart_layout (cr, style, 0.95, FALSE, _("Departed (cumulative)"));
  g_autoptr(PangoLayout) plan = _mt_chart_layout (cr, style, 0.95, FALSE, _("Straight line to the deadline"));
  double lh = _mt_chart_line_height (cr, style), w1, w2, h;

  _mt_chart_text_size (departed, &w1, &h);
  _mt_chart_text_size (plan, &w2, &h);
  return lh * 4 + 24 + w1 + lh * 1.5 + 26 + w2 <= width;
}

void
mt_chart_cumulative_get_plot (cairo_t            *cr,
                              double              width,
                              double              height,
                              const MtChartStyle *style,
                              GPtrArray          *points,
                              double              target,
                              MtChartRect        *plot,
                              double             *top)
{
  g_autofree char *top_label = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  double max, step, y_top, label_w, label_h, lh;

  g_return_if_fail (cr != NULL && style != NULL && plot != NULL);

  max = MAX (series_max (points), target);
  step = mt_chart_nice_step (max, MT_CHART_MAX_Y_TICKS, &y_top);
  (void) step;

  /* The top label is the widest: the y axis ends at the largest value. */
  top_label = mt_format_count ((gint64) y_top);
  layout = _mt_chart_layout (cr, style, 0.9, FALSE, top_label);
  _mt_chart_text_size (layout, &label_w, &label_h);
  lh = _mt_chart_line_height (cr, style);

  plot->x = ceil (label_w + lh * 0.75);
  /* The legend sits above the plot. */
  plot->y = ceil (legend_fits_one_row (cr, style, width) ? lh * 2.4 : lh * 3.6);
  plot->width = MAX (1, floor (width - plot->x - lh));
  plot->height = MAX (1, floor (height - plot->y - lh * 1.9));  /* month labels below */

  if (top != NULL)
    *top = y_top;
}

/* Rendering */

static void
draw_series (cairo_t            *cr,
             const MtChartStyle *style,
             const MtChartRect  *plot,
             double              top,
             GPtrArray          *points,
             const char         *start,
             const char         *deadline,
             const char         *as_of)
{
  double left = plot->x, right = plot->x + plot->width;
  double base = plot->y + plot->height;
  double x = left, y = base, last_value = 0;
  const char *end_date = as_of;

  if (points == NULL || points->len == 0)
    return;

  if (end_date == NULL)
    end_date = mt_stat_point_get_date (g_ptr_array_index (points, points->len - 1));

  cairo_save (cr);
  cairo_rectangle (cr, plot->x, plot->y - 2, plot->width + 2, plot->height + 4);
  cairo_clip (cr);

  cairo_new_path (cr);
  cairo_move_to (cr, left, base);
  for (guint i = 0; i < points->len; i++)
    {
      MtStatPoint *point = g_ptr_array_index (points, i);

      x = mt_chart_date_to_x (mt_stat_point_get_date (point), start, deadline, left, right);
      x = CLAMP (x, left, right);
      last_value = mt_stat_point_get_value (point);
      cairo_line_to (cr, x, y);
      y = mt_chart_value_to_y (last_value, top, plot);
      cairo_line_to (cr, x, y);
    }
  /* The level holds until the as-of date: nothing left after the last movement. */
  x = MAX (x, CLAMP (mt_chart_date_to_x (end_date, start, deadline, left, right), left, right));
  cairo_line_to (cr, x, y);

  {
    cairo_path_t *line = cairo_copy_path (cr);

    cairo_line_to (cr, x, base);
    cairo_close_path (cr);
    _mt_chart_source (cr, style->accent, 0.22);
    cairo_fill (cr);

    cairo_append_path (cr, line);
    cairo_path_destroy (line);
  }
  cairo_set_line_width (cr, 2.0);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  _mt_chart_source (cr, style->accent, 1.0);
  cairo_stroke (cr);

  cairo_arc (cr, x, y, 3.5, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_restore (cr);

  /* The latest figure, written where the eye ends up. */
  {
    g_autofree char *label = mt_format_count ((gint64) round (last_value));
    g_autoptr(PangoLayout) layout = _mt_chart_layout (cr, style, 1.0, TRUE, label);
    double w, h, lx;

    _mt_chart_text_size (layout, &w, &h);
    lx = x + 6 + w <= right ? x + 6 : x - 6 - w;
    _mt_chart_source (cr, style->accent, 1.0);
    _mt_chart_show (cr, layout, lx, y - 4, 0.0, 1.0);
  }
}

static void
draw_plan (cairo_t            *cr,
           const MtChartStyle *style,
           const MtChartRect  *plot,
           double              top,
           double              target)
{
  static const double dash[] = { 6, 4 };

  if (target <= 0)
    return;

  cairo_save (cr);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_set_line_width (cr, 2.0);
  _mt_chart_source (cr, style->plan, 1.0);
  cairo_move_to (cr, plot->x, plot->y + plot->height);
  cairo_line_to (cr, plot->x + plot->width, mt_chart_value_to_y (target, top, plot));
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_legend (cairo_t            *cr,
             const MtChartStyle *style,
             const MtChartRect  *plot,
             double              width,
             gboolean            with_plan)
{
  static const double dash[] = { 6, 4 };
  g_autoptr(PangoLayout) departed = NULL;
  double lh = _mt_chart_line_height (cr, style);
  double x = plot->x, y = round (lh * 0.7), w, h;

  departed = _mt_chart_layout (cr, style, 0.95, FALSE, _("Departed (cumulative)"));
  _mt_chart_text_size (departed, &w, &h);

  _mt_chart_source (cr, style->accent, 0.22);
  cairo_rectangle (cr, x, y + h / 2 - 5, 18, 10);
  cairo_fill (cr);
  _mt_chart_source (cr, style->accent, 1.0);
  cairo_rectangle (cr, x, y + h / 2 - 6, 18, 2);
  cairo_fill (cr);
  _mt_chart_source (cr, style->foreground, 1.0);
  _mt_chart_show (cr, departed, x + 24, y, 0.0, 0.0);
  if (legend_fits_one_row (cr, style, width))
    {
      x += 24 + w + lh * 1.5;
    }
  else
    {
      y += round (lh * 1.2);
    }

  if (with_plan)
    {
      g_autoptr(PangoLayout) plan = _mt_chart_layout (cr, style, 0.95, FALSE,
                                                 _("Straight line to the deadline"));

      cairo_save (cr);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_set_line_width (cr, 2.0);
      _mt_chart_source (cr, style->plan, 1.0);
      cairo_move_to (cr, x, y + h / 2);
      cairo_line_to (cr, x + 20, y + h / 2);
      cairo_stroke (cr);
      cairo_restore (cr);
      _mt_chart_source (cr, style->foreground, 1.0);
      _mt_chart_show (cr, plan, x + 26, y, 0.0, 0.0);
    }
}

void
mt_chart_render_cumulative (cairo_t            *cr,
                            double              width,
                            double              height,
                            const MtChartStyle *style,
                            GPtrArray          *points,
                            const char         *start,
                            const char         *deadline,
                            double              target,
                            const char         *as_of)
{
  MtChartRect plot;
  double top;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);

  _mt_chart_begin (cr, width, height, style);
  mt_chart_cumulative_get_plot (cr, width, height, style, points, target, &plot, &top);

  {
    MtChartFrame frame = { plot, "", "", top };
    g_autofree char *label = mt_date_format_short (as_of);

    g_strlcpy (frame.start, start != NULL ? start : "", sizeof frame.start);
    g_strlcpy (frame.end, deadline != NULL ? deadline : "", sizeof frame.end);
    _mt_chart_draw_y_axis (cr, style, &frame);
    _mt_chart_draw_months (cr, style, &frame);
    draw_plan (cr, style, &plot, top, target);
    _mt_chart_draw_date_line (cr, style, &frame, as_of, style->marker, label, FALSE, 0);
  }
  draw_series (cr, style, &plot, top, points, start, deadline, as_of);
  draw_legend (cr, style, &plot, width, target > 0);

  cairo_restore (cr);
}
