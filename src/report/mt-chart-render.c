/* mt-chart-render.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-chart-render"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "mt-chart-render.h"
#include "mt-date.h"
#include "mt-stat-point.h"

#define MAX_Y_TICKS 5

/* Auxiliary methods */

static void
set_rgba (double       dst[4],
          unsigned int rgb,
          double       alpha)
{
  dst[0] = ((rgb >> 16) & 0xff) / 255.0;
  dst[1] = ((rgb >> 8) & 0xff) / 255.0;
  dst[2] = (rgb & 0xff) / 255.0;
  dst[3] = alpha;
}

static void
source_rgba (cairo_t      *cr,
             const double  rgba[4],
             double        alpha)
{
  cairo_set_source_rgba (cr, rgba[0], rgba[1], rgba[2], rgba[3] * alpha);
}

static PangoLayout *
make_layout (cairo_t            *cr,
             const MtChartStyle *style,
             double              scale,
             gboolean            bold,
             const char         *text)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_new ();
  double size = style->font_size > 0 ? style->font_size : 12.0;

  pango_font_description_set_family (desc, style->font_family ? style->font_family : "Sans");
  /* Absolute size: user units, whatever the surface's resolution (screen or paper). */
  pango_font_description_set_absolute_size (desc, size * scale * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_text (layout, text, -1);

  return layout;
}

static void
text_size (PangoLayout *layout,
           double      *width,
           double      *height)
{
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  *width = w;
  *height = h;
}

/* Draws @layout with its box's (@xalign, @yalign) point at (@x, @y). */
static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y,
             double       xalign,
             double       yalign)
{
  double w, h;

  text_size (layout, &w, &h);
  cairo_move_to (cr, round (x - w * xalign), round (y - h * yalign));
  pango_cairo_show_layout (cr, layout);
}

static double
series_max (GPtrArray *points)
{
  double max = 0;

  for (guint i = 0; points != NULL && i < points->len; i++)
    max = MAX (max, mt_stat_point_get_value (g_ptr_array_index (points, i)));

  return max;
}

static double
line_height (cairo_t            *cr,
             const MtChartStyle *style)
{
  g_autoptr(PangoLayout) layout = make_layout (cr, style, 1.0, FALSE, "0");
  double w, h;

  text_size (layout, &w, &h);
  return h;
}

/* The legend is one row, or two when the chart is too narrow for both entries. */
static gboolean
legend_fits_one_row (cairo_t            *cr,
                     const MtChartStyle *style,
                     double              width)
{
  g_autoptr(PangoLayout) departed = make_layout (cr, style, 0.95, FALSE, _("Departed (cumulative)"));
  g_autoptr(PangoLayout) plan = make_layout (cr, style, 0.95, FALSE, _("Straight line to the deadline"));
  double lh = line_height (cr, style), w1, w2, h;

  text_size (departed, &w1, &h);
  text_size (plan, &w2, &h);
  return lh * 4 + 24 + w1 + lh * 1.5 + 26 + w2 <= width;
}

/* Public API: colours */

void
mt_chart_style_init_light (MtChartStyle *style)
{
  g_return_if_fail (style != NULL);

  memset (style, 0, sizeof *style);
  set_rgba (style->background, 0xffffff, 0.0);
  set_rgba (style->foreground, 0x000000, 0.8);
  set_rgba (style->grid, 0x000000, 0.1);
  set_rgba (style->accent, 0x3584e4, 1.0);
  set_rgba (style->plan, 0xe66100, 1.0);
  set_rgba (style->marker, 0xc01c28, 0.9);
  style->font_family = "Sans";
  style->font_size = 12.0;
}

void
mt_chart_style_init_dark (MtChartStyle *style)
{
  g_return_if_fail (style != NULL);

  memset (style, 0, sizeof *style);
  set_rgba (style->background, 0x242424, 0.0);
  set_rgba (style->foreground, 0xffffff, 0.9);
  set_rgba (style->grid, 0xffffff, 0.12);
  set_rgba (style->accent, 0x78aeed, 1.0);
  set_rgba (style->plan, 0xffa348, 1.0);
  set_rgba (style->marker, 0xf66151, 0.9);
  style->font_family = "Sans";
  style->font_size = 12.0;
}

void
mt_status_color (MtCampStatus status,
                 gboolean     dark,
                 double       rgb[3])
{
  /* GNOME palette: the light set reads on white, the dark set on #242424. */
  static const unsigned int light[] = { 0x2ec27e, 0xe5a50a, 0x77767b, 0x3584e4 };
  static const unsigned int dark_set[] = { 0x57e389, 0xf5c211, 0x9a9996, 0x62a0ea };
  double rgba[4];

  g_return_if_fail (rgb != NULL);
  g_return_if_fail (status < MT_CAMP_N_STATUSES);

  set_rgba (rgba, dark ? dark_set[status] : light[status], 1.0);
  rgb[0] = rgba[0];
  rgb[1] = rgba[1];
  rgb[2] = rgba[2];
}

/* Public API: axis maths */

double
mt_chart_nice_step (double  max,
                    guint   max_ticks,
                    double *top)
{
  static const double factors[] = { 1, 2, 5, 10 };
  double raw, magnitude, step = 1;

  g_return_val_if_fail (max_ticks > 0, 1);

  /* Counts of people: never a fractional step, never an empty axis. */
  max = MAX (max, 1);
  raw = max / max_ticks;
  magnitude = pow (10, floor (log10 (raw)));
  for (guint i = 0; i < G_N_ELEMENTS (factors); i++)
    {
      step = factors[i] * magnitude;
      if (step >= raw * (1 - 1e-9))
        break;
    }
  step = MAX (step, 1);

  if (top != NULL)
    *top = MAX (ceil (max / step - 1e-9), 1) * step;

  return step;
}

double
mt_chart_date_to_x (const char *date,
                    const char *start,
                    const char *end,
                    double      left,
                    double      right)
{
  int span;

  if (!mt_date_is_valid (date) || !mt_date_is_valid (start) || !mt_date_is_valid (end))
    return left;

  span = mt_date_days_between (start, end);
  if (span <= 0)
    return left;

  return left + (right - left) * mt_date_days_between (start, date) / (double) span;
}

double
mt_chart_value_to_y (double             value,
                     double             top,
                     const MtChartRect *plot)
{
  g_return_val_if_fail (plot != NULL, 0);

  if (top <= 0)
    return plot->y + plot->height;

  return plot->y + plot->height - plot->height * value / top;
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
  step = mt_chart_nice_step (max, MAX_Y_TICKS, &y_top);
  (void) step;

  /* The top label is the widest: the y axis ends at the largest value. */
  top_label = mt_format_count ((gint64) y_top);
  layout = make_layout (cr, style, 0.9, FALSE, top_label);
  text_size (layout, &label_w, &label_h);
  lh = line_height (cr, style);

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
draw_grid_and_y_axis (cairo_t            *cr,
                      const MtChartStyle *style,
                      const MtChartRect  *plot,
                      double              top)
{
  double step = mt_chart_nice_step (top, MAX_Y_TICKS, NULL);

  cairo_set_line_width (cr, 1);
  for (double v = 0; v <= top + step / 2; v += step)
    {
      g_autofree char *label = mt_format_count ((gint64) round (v));
      g_autoptr(PangoLayout) layout = make_layout (cr, style, 0.9, FALSE, label);
      double y = round (mt_chart_value_to_y (v, top, plot)) + 0.5;

      source_rgba (cr, style->grid, v == 0 ? 2.5 : 1.0);
      cairo_move_to (cr, plot->x, y);
      cairo_line_to (cr, plot->x + plot->width, y);
      cairo_stroke (cr);

      source_rgba (cr, style->foreground, 0.75);
      show_layout (cr, layout, plot->x - 6, y, 1.0, 0.5);
    }
}

static void
draw_months (cairo_t            *cr,
             const MtChartStyle *style,
             const MtChartRect  *plot,
             const char         *start,
             const char         *deadline)
{
  GDate month, end, first;
  double bottom = plot->y + plot->height;
  gboolean several_years;

  if (!mt_date_parse (start, &first) || !mt_date_parse (deadline, &end))
    return;
  several_years = g_date_get_year (&first) != g_date_get_year (&end);

  g_date_clear (&month, 1);
  g_date_set_dmy (&month, 1, g_date_get_month (&first), g_date_get_year (&first));

  cairo_set_line_width (cr, 1);
  while (g_date_compare (&month, &end) <= 0)
    {
      g_autoptr(GDateTime) dt = NULL;
      g_autoptr(PangoLayout) layout = NULL;
      g_autofree char *iso = mt_date_to_iso (&month);
      g_autofree char *next_iso = NULL;
      g_autofree char *label = NULL;
      GDate next = month;
      double x0, x1, w, h;

      g_date_add_months (&next, 1);
      next_iso = mt_date_to_iso (&next);
      x0 = mt_chart_date_to_x (g_date_compare (&month, &first) < 0 ? start : iso,
                               start, deadline, plot->x, plot->x + plot->width);
      x1 = mt_chart_date_to_x (g_date_compare (&next, &end) > 0 ? deadline : next_iso,
                               start, deadline, plot->x, plot->x + plot->width);

      if (g_date_compare (&month, &first) >= 0)
        {
          source_rgba (cr, style->grid, 2.5);
          cairo_move_to (cr, round (x0) + 0.5, bottom);
          cairo_line_to (cr, round (x0) + 0.5, bottom + 5);
          cairo_stroke (cr);
        }

      /* The label names the month and sits in the middle of its span. */
      dt = g_date_time_new_utc (g_date_get_year (&month), g_date_get_month (&month), 1, 12, 0, 0);
      if (several_years && g_date_get_month (&month) == G_DATE_JANUARY)
        label = g_date_time_format (dt, "%b %Y");
      else
        label = g_date_time_format (dt, "%b");
      layout = make_layout (cr, style, 0.9, FALSE, label);
      text_size (layout, &w, &h);
      if (x1 - x0 >= w + 2)
        {
          source_rgba (cr, style->foreground, 0.75);
          show_layout (cr, layout, (x0 + x1) / 2, bottom + 6, 0.5, 0.0);
        }

      month = next;
    }
}

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
    source_rgba (cr, style->accent, 0.22);
    cairo_fill (cr);

    cairo_append_path (cr, line);
    cairo_path_destroy (line);
  }
  cairo_set_line_width (cr, 2.0);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  source_rgba (cr, style->accent, 1.0);
  cairo_stroke (cr);

  cairo_arc (cr, x, y, 3.5, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_restore (cr);

  /* The latest figure, written where the eye ends up. */
  {
    g_autofree char *label = mt_format_count ((gint64) round (last_value));
    g_autoptr(PangoLayout) layout = make_layout (cr, style, 1.0, TRUE, label);
    double w, h, lx;

    text_size (layout, &w, &h);
    lx = x + 6 + w <= right ? x + 6 : x - 6 - w;
    source_rgba (cr, style->accent, 1.0);
    show_layout (cr, layout, lx, y - 4, 0.0, 1.0);
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
  source_rgba (cr, style->plan, 1.0);
  cairo_move_to (cr, plot->x, plot->y + plot->height);
  cairo_line_to (cr, plot->x + plot->width, mt_chart_value_to_y (target, top, plot));
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_as_of (cairo_t            *cr,
            const MtChartStyle *style,
            const MtChartRect  *plot,
            const char         *start,
            const char         *deadline,
            const char         *as_of)
{
  static const double dash[] = { 2, 3 };
  g_autofree char *label = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  double x, w, h;

  if (!mt_date_is_valid (as_of))
    return;

  x = mt_chart_date_to_x (as_of, start, deadline, plot->x, plot->x + plot->width);
  if (x < plot->x || x > plot->x + plot->width)
    return;
  x = round (x) + 0.5;

  cairo_save (cr);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_set_line_width (cr, 1.0);
  source_rgba (cr, style->marker, 1.0);
  cairo_move_to (cr, x, plot->y);
  cairo_line_to (cr, x, plot->y + plot->height);
  cairo_stroke (cr);
  cairo_restore (cr);

  label = mt_date_format_short (as_of);
  layout = make_layout (cr, style, 0.85, FALSE, label);
  text_size (layout, &w, &h);
  source_rgba (cr, style->marker, 1.0);
  if (x + 4 + w <= plot->x + plot->width)
    show_layout (cr, layout, x + 4, plot->y + 2, 0.0, 0.0);
  else
    show_layout (cr, layout, x - 4, plot->y + 2, 1.0, 0.0);
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
  double lh = line_height (cr, style);
  double x = plot->x, y = round (lh * 0.7), w, h;

  departed = make_layout (cr, style, 0.95, FALSE, _("Departed (cumulative)"));
  text_size (departed, &w, &h);

  source_rgba (cr, style->accent, 0.22);
  cairo_rectangle (cr, x, y + h / 2 - 5, 18, 10);
  cairo_fill (cr);
  source_rgba (cr, style->accent, 1.0);
  cairo_rectangle (cr, x, y + h / 2 - 6, 18, 2);
  cairo_fill (cr);
  source_rgba (cr, style->foreground, 1.0);
  show_layout (cr, departed, x + 24, y, 0.0, 0.0);
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
      g_autoptr(PangoLayout) plan = make_layout (cr, style, 0.95, FALSE,
                                                 _("Straight line to the deadline"));

      cairo_save (cr);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_set_line_width (cr, 2.0);
      source_rgba (cr, style->plan, 1.0);
      cairo_move_to (cr, x, y + h / 2);
      cairo_line_to (cr, x + 20, y + h / 2);
      cairo_stroke (cr);
      cairo_restore (cr);
      source_rgba (cr, style->foreground, 1.0);
      show_layout (cr, plan, x + 26, y, 0.0, 0.0);
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

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);

  if (style->background[3] > 0)
    {
      source_rgba (cr, style->background, 1.0);
      cairo_paint (cr);
    }

  mt_chart_cumulative_get_plot (cr, width, height, style, points, target, &plot, &top);

  draw_grid_and_y_axis (cr, style, &plot, top);
  draw_months (cr, style, &plot, start, deadline);
  draw_plan (cr, style, &plot, top, target);
  draw_as_of (cr, style, &plot, start, deadline, as_of);
  draw_series (cr, style, &plot, top, points, start, deadline, as_of);
  draw_legend (cr, style, &plot, width, target > 0);

  cairo_restore (cr);
}
