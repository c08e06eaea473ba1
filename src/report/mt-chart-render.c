/* mt-chart-render.c: chart style, axis maths and the drawing helpers every chart shares.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-chart-render"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "mt-chart-render-private.h"
#include "mt-date.h"

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

/* Six categories in three pairs (Force blues, Police greens, civilians warm), so the
 * components read at a glance; each pair differs in lightness for colour-blind readers. */
static void
set_palette (MtChartStyle *style,
             gboolean      dark)
{
  static const unsigned int light[] = { 0x1a5fb4, 0x62a0ea, 0x26a269, 0x8ff0a4, 0xc64600, 0xf8e45c };
  static const unsigned int dark_set[] = { 0x99c1f1, 0x3584e4, 0x8ff0a4, 0x2ec27e, 0xffa348, 0xf5c211 };

  G_STATIC_ASSERT (G_N_ELEMENTS (light) == G_N_ELEMENTS (style->palette));
  for (guint i = 0; i < G_N_ELEMENTS (light); i++)
    set_rgba (style->palette[i], dark ? dark_set[i] : light[i], 1.0);
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
  set_rgba (style->projection, 0x613583, 1.0);
  set_rgba (style->baseline, 0x26a269, 1.0);
  set_rgba (style->late, 0xc01c28, 1.0);
  set_palette (style, FALSE);
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
  set_rgba (style->projection, 0xc061cb, 1.0);
  set_rgba (style->baseline, 0x57e389, 1.0);
  set_rgba (style->late, 0xff7b63, 1.0);
  set_palette (style, TRUE);
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


/* Shared drawing helpers (mt-chart-render-private.h) */

void
_mt_chart_source (cairo_t      *cr,
                  const double  rgba[4],
                  double        alpha)
{
  cairo_set_source_rgba (cr, rgba[0], rgba[1], rgba[2], MIN (rgba[3] * alpha, 1.0));
}

PangoLayout *
_mt_render_layout (cairo_t    *cr,
                   const char *font_family,
                   double      font_size,
                   double      scale,
                   gboolean    bold,
                   const char *text)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_new ();
  double size = font_size > 0 ? font_size : 12.0;

  pango_font_description_set_family (desc, font_family != NULL ? font_family : "Sans");
  /* Absolute size: user units, whatever the surface's resolution (screen or paper). */
  pango_font_description_set_absolute_size (desc, size * scale * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_text (layout, text, -1);

  return layout;
}

PangoLayout *
_mt_chart_layout (cairo_t            *cr,
                  const MtChartStyle *style,
                  double              scale,
                  gboolean            bold,
                  const char         *text)
{
  return _mt_render_layout (cr, style->font_family, style->font_size, scale, bold, text);
}

void
_mt_chart_text_size (PangoLayout *layout,
                     double      *width,
                     double      *height)
{
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  *width = w;
  *height = h;
}

void
_mt_chart_show (cairo_t     *cr,
                PangoLayout *layout,
                double       x,
                double       y,
                double       xalign,
                double       yalign)
{
  double w, h;

  _mt_chart_text_size (layout, &w, &h);
  cairo_move_to (cr, round (x - w * xalign), round (y - h * yalign));
  pango_cairo_show_layout (cr, layout);
  cairo_new_path (cr);
}

double
_mt_chart_line_height (cairo_t            *cr,
                       const MtChartStyle *style)
{
  g_autoptr(PangoLayout) layout = _mt_chart_layout (cr, style, 1.0, FALSE, "0");
  double w, h;

  _mt_chart_text_size (layout, &w, &h);
  return h;
}

void
_mt_chart_begin (cairo_t            *cr,
                 double              width,
                 double              height,
                 const MtChartStyle *style)
{
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  cairo_new_path (cr);
  if (style->background[3] > 0)
    {
      _mt_chart_source (cr, style->background, 1.0);
      cairo_paint (cr);
    }
}

#define KEY_SWATCH 20
#define KEY_GAP    6

static double
key_width (cairo_t            *cr,
           const MtChartStyle *style,
           const MtChartKey   *key,
           double             *text_height)
{
  g_autoptr(PangoLayout) layout = _mt_chart_layout (cr, style, 0.9, FALSE, key->text);
  double w, h;

  _mt_chart_text_size (layout, &w, &h);
  if (text_height != NULL)
    *text_height = h;
  return KEY_SWATCH + KEY_GAP + w;
}

/* Keys flow left to right and wrap; calls @draw (when set) for each placed key. */
static double
flow_legend (cairo_t            *cr,
             const MtChartStyle *style,
             const MtChartKey   *keys,
             guint               n_keys,
             double              x0,
             double              y0,
             double              width,
             gboolean            draw)
{
  double lh = _mt_chart_line_height (cr, style);
  double spacing = round (lh * 1.2), row_h = round (lh * 1.25);
  double x = x0, y = y0;

  for (guint i = 0; i < n_keys; i++)
    {
      const MtChartKey *key = &keys[i];
      double h, w = key_width (cr, style, key, &h), mid;

      if (x > x0 && x + w > x0 + width)
        {
          x = x0;
          y += row_h;
        }
      mid = y + h / 2;

      if (draw)
        {
          g_autoptr(PangoLayout) layout = _mt_chart_layout (cr, style, 0.9, FALSE, key->text);

          cairo_save (cr);
          cairo_new_path (cr);
          switch (key->kind)
            {
            case MT_CHART_KEY_AREA:
              _mt_chart_source (cr, key->rgba, 0.25);
              cairo_rectangle (cr, x, mid - 4, KEY_SWATCH, 9);
              cairo_fill (cr);
              _mt_chart_source (cr, key->rgba, 1.0);
              cairo_rectangle (cr, x, mid - 5, KEY_SWATCH, 2);
              cairo_fill (cr);
              break;

            case MT_CHART_KEY_BOX:
              _mt_chart_source (cr, key->rgba, 1.0);
              cairo_rectangle (cr, x + 4, mid - 6, 12, 12);
              cairo_fill (cr);
              break;

            case MT_CHART_KEY_DASH:
            case MT_CHART_KEY_DOTS:
            case MT_CHART_KEY_LONG_DASH:
              {
                static const double dash[] = { 6, 4 };
                static const double dots[] = { 0.1, 4 };
                static const double long_dash[] = MT_CHART_LONG_DASH;

                if (key->kind == MT_CHART_KEY_LONG_DASH)
                  cairo_set_dash (cr, long_dash, G_N_ELEMENTS (long_dash), 0);
                else if (key->kind == MT_CHART_KEY_DASH)
                  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
                else
                  cairo_set_dash (cr, dots, G_N_ELEMENTS (dots), 0);
                cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
                cairo_set_line_width (cr, 2.5);
                _mt_chart_source (cr, key->rgba, 1.0);
                cairo_move_to (cr, x + 1, mid);
                cairo_line_to (cr, x + KEY_SWATCH - 1, mid);
                cairo_stroke (cr);
              }
              break;

            default:
              g_assert_not_reached ();
            }
          cairo_restore (cr);
          _mt_chart_source (cr, style->foreground, 1.0);
          _mt_chart_show (cr, layout, x + KEY_SWATCH + KEY_GAP, y, 0.0, 0.0);
        }
      x += w + spacing;
    }

  return n_keys > 0 ? y + row_h - y0 : 0;
}

double
_mt_chart_legend_height (cairo_t            *cr,
                         const MtChartStyle *style,
                         const MtChartKey   *keys,
                         guint               n_keys,
                         double              width)
{
  return flow_legend (cr, style, keys, n_keys, 0, 0, width, FALSE);
}

void
_mt_chart_draw_legend (cairo_t            *cr,
                       const MtChartStyle *style,
                       const MtChartKey   *keys,
                       guint               n_keys,
                       double              x,
                       double              y,
                       double              width)
{
  flow_legend (cr, style, keys, n_keys, x, y, width, TRUE);
}

void
_mt_chart_frame (cairo_t            *cr,
                 double              width,
                 double              height,
                 const MtChartStyle *style,
                 const MtChartKey   *keys,
                 guint               n_keys,
                 gboolean            with_note,
                 double              max_value,
                 MtChartFrame       *frame)
{
  g_autofree char *top_label = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  double label_w, label_h, lh = _mt_chart_line_height (cr, style), legend_h;

  mt_chart_nice_step (max_value, MT_CHART_MAX_Y_TICKS, &frame->top);

  /* The top label is the widest: the y axis ends at the largest value. */
  top_label = mt_format_count ((gint64) frame->top);
  layout = _mt_chart_layout (cr, style, 0.9, FALSE, top_label);
  _mt_chart_text_size (layout, &label_w, &label_h);

  frame->plot.x = ceil (label_w + lh * 0.75);
  legend_h = _mt_chart_legend_height (cr, style, keys, n_keys, width - frame->plot.x);
  frame->plot.y = ceil (lh * 0.4 + legend_h + (with_note ? lh * 1.3 : 0) + lh * 0.6);
  frame->plot.width = MAX (1, floor (width - frame->plot.x - lh));
  frame->plot.height = MAX (1, floor (height - frame->plot.y - lh * 1.9));  /* months below */
}

void
_mt_chart_draw_y_axis (cairo_t            *cr,
                       const MtChartStyle *style,
                       const MtChartFrame *frame)
{
  const MtChartRect *plot = &frame->plot;
  double step = mt_chart_nice_step (frame->top, MT_CHART_MAX_Y_TICKS, NULL);

  cairo_save (cr);
  cairo_set_line_width (cr, 1);
  for (double v = 0; v <= frame->top + step / 2; v += step)
    {
      g_autofree char *label = mt_format_count ((gint64) round (v));
      g_autoptr(PangoLayout) layout = _mt_chart_layout (cr, style, 0.9, FALSE, label);
      double y = round (mt_chart_value_to_y (v, frame->top, plot)) + 0.5;

      _mt_chart_source (cr, style->grid, v == 0 ? 2.5 : 1.0);
      cairo_move_to (cr, plot->x, y);
      cairo_line_to (cr, plot->x + plot->width, y);
      cairo_stroke (cr);

      _mt_chart_source (cr, style->foreground, 0.75);
      _mt_chart_show (cr, layout, plot->x - 6, y, 1.0, 0.5);
    }
  cairo_restore (cr);
}

void
_mt_chart_draw_months (cairo_t            *cr,
                       const MtChartStyle *style,
                       const MtChartFrame *frame)
{
  const MtChartRect *plot = &frame->plot;
  const char *start = frame->start, *end_iso = frame->end;
  GDate month, end, first;
  double bottom = plot->y + plot->height;
  gboolean several_years;

  if (!mt_date_parse (start, &first) || !mt_date_parse (end_iso, &end))
    return;
  several_years = g_date_get_year (&first) != g_date_get_year (&end);

  g_date_clear (&month, 1);
  g_date_set_dmy (&month, 1, g_date_get_month (&first), g_date_get_year (&first));

  cairo_save (cr);
  cairo_set_line_width (cr, 1);
  while (g_date_compare (&month, &end) < 0)
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
                               start, end_iso, plot->x, plot->x + plot->width);
      x1 = mt_chart_date_to_x (g_date_compare (&next, &end) > 0 ? end_iso : next_iso,
                               start, end_iso, plot->x, plot->x + plot->width);

      if (g_date_compare (&month, &first) >= 0)
        {
          _mt_chart_source (cr, style->grid, 2.5);
          cairo_move_to (cr, round (x0) + 0.5, bottom);
          cairo_line_to (cr, round (x0) + 0.5, bottom + 5);
          cairo_stroke (cr);
        }

      /* The label names the month in the user's locale and sits in its span's middle;
       * the year is added where it changes when the axis spans two. */
      dt = g_date_time_new_utc (g_date_get_year (&month), g_date_get_month (&month), 1, 12, 0, 0);
      if (several_years && (g_date_get_month (&month) == G_DATE_JANUARY ||
                            g_date_compare (&month, &first) <= 0))
        label = g_date_time_format (dt, "%b %Y");
      else
        label = g_date_time_format (dt, "%b");
      layout = _mt_chart_layout (cr, style, 0.9, FALSE, label);
      _mt_chart_text_size (layout, &w, &h);
      if (x1 - x0 < w + 2 && several_years)
        {
          g_clear_object (&layout);
          g_free (label);
          label = g_date_time_format (dt, "%b");
          layout = _mt_chart_layout (cr, style, 0.9, FALSE, label);
          _mt_chart_text_size (layout, &w, &h);
        }
      if (x1 - x0 >= w + 2)
        {
          _mt_chart_source (cr, style->foreground, 0.75);
          _mt_chart_show (cr, layout, (x0 + x1) / 2, bottom + 6, 0.5, 0.0);
        }

      month = next;
    }
  cairo_restore (cr);
}

void
_mt_chart_draw_date_line (cairo_t            *cr,
                          const MtChartStyle *style,
                          const MtChartFrame *frame,
                          const char         *date,
                          const double        rgba[4],
                          const char         *label,
                          gboolean            label_left,
                          guint               row)
{
  static const double dash[] = { 2, 3 };
  const MtChartRect *plot = &frame->plot;
  g_autoptr(PangoLayout) layout = NULL;
  double x, w, h;

  if (!mt_date_is_valid (date))
    return;

  x = mt_chart_date_to_x (date, frame->start, frame->end, plot->x, plot->x + plot->width);
  if (x < plot->x - 0.5 || x > plot->x + plot->width + 0.5)
    return;
  x = round (x) + 0.5;

  cairo_save (cr);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_set_line_width (cr, 1.0);
  _mt_chart_source (cr, rgba, 1.0);
  cairo_move_to (cr, x, plot->y);
  cairo_line_to (cr, x, plot->y + plot->height);
  cairo_stroke (cr);
  cairo_restore (cr);

  if (label == NULL)
    return;
  layout = _mt_chart_layout (cr, style, 0.85, FALSE, label);
  _mt_chart_text_size (layout, &w, &h);
  _mt_chart_source (cr, rgba, 1.0);
  /* The label stays inside the plot: it flips side near an edge. */
  if (label_left ? x - 4 - w < plot->x : x + 4 + w <= plot->x + plot->width)
    _mt_chart_show (cr, layout, x + 4, plot->y + 2 + row * (h + 2), 0.0, 0.0);
  else
    _mt_chart_show (cr, layout, x - 4, plot->y + 2 + row * (h + 2), 1.0, 0.0);
}

/* Public API: hover */

void
mt_chart_render_hover (cairo_t            *cr,
                       const MtChartStyle *style,
                       const MtChartFrame *frame,
                       double              x,
                       const char         *text)
{
  const MtChartRect *plot;
  g_autoptr(PangoLayout) layout = NULL;
  double w, h, pad = 8, bx, by;

  g_return_if_fail (cr != NULL && style != NULL && frame != NULL);

  plot = &frame->plot;
  if (x < plot->x || x > plot->x + plot->width || text == NULL)
    return;

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_set_line_width (cr, 1);
  _mt_chart_source (cr, style->foreground, 0.5);
  cairo_move_to (cr, round (x) + 0.5, plot->y);
  cairo_line_to (cr, round (x) + 0.5, plot->y + plot->height);
  cairo_stroke (cr);

  layout = _mt_chart_layout (cr, style, 0.9, FALSE, text);
  _mt_chart_text_size (layout, &w, &h);
  /* Beside the line, on the side with room, near the plot's top. */
  bx = x + 10 + w + 2 * pad <= plot->x + plot->width ? x + 10 : x - 10 - w - 2 * pad;
  bx = MAX (bx, 0);
  by = plot->y + 6;

  cairo_rectangle (cr, round (bx), round (by), ceil (w + 2 * pad), ceil (h + 2 * pad));
  if (style->background[3] > 0)
    _mt_chart_source (cr, style->background, 1.0 / style->background[3] * 0.95);
  else
    cairo_set_source_rgba (cr, 1 - style->foreground[0], 1 - style->foreground[1],
                           1 - style->foreground[2], 0.95);
  cairo_fill_preserve (cr);
  _mt_chart_source (cr, style->foreground, 0.3);
  cairo_stroke (cr);

  _mt_chart_source (cr, style->foreground, 1.0 / MAX (style->foreground[3], 0.01));
  _mt_chart_show (cr, layout, round (bx + pad), round (by + pad), 0.0, 0.0);
  cairo_restore (cr);
}
