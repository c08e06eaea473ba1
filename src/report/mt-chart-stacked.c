/* mt-chart-stacked.c: stacked bars per month or week (departures by category, camps
 * by status).
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

typedef void (*SeriesColor) (const MtChartStyle *style,
                             guint               series,
                             double              rgba[4]);

/* Auxiliary methods */

static void
palette_color (const MtChartStyle *style,
               guint               series,
               double              rgba[4])
{
  memcpy (rgba, style->palette[series % G_N_ELEMENTS (style->palette)], 4 * sizeof (double));
}

static void
status_color (const MtChartStyle *style,
              guint               series,
              double              rgba[4])
{
  /* The status colours have a light and a dark set; a light foreground means dark. */
  gboolean dark = style->foreground[0] + style->foreground[1] + style->foreground[2] > 1.5;

  mt_status_color (MIN (series, MT_CAMP_N_STATUSES - 1), dark, rgba);
  rgba[3] = 1.0;
}

static double
max_total (const MtStacked *data)
{
  double max = 0;

  for (guint b = 0; b < data->buckets->len; b++)
    max = MAX (max, mt_stacked_bucket_total (data, b));

  return max;
}

static MtChartKey *
get_keys (const MtChartStyle *style,
          const MtStacked    *data,
          SeriesColor         color)
{
  MtChartKey *keys = g_new0 (MtChartKey, MAX (data->names->len, 1));

  for (guint s = 0; s < data->names->len; s++)
    {
      keys[s].kind = MT_CHART_KEY_BOX;
      keys[s].text = g_ptr_array_index (data->names, s);
      color (style, s, keys[s].rgba);
    }

  return keys;
}

static void
render_stacked (cairo_t            *cr,
                double              width,
                double              height,
                const MtChartStyle *style,
                const MtStacked    *data,
                SeriesColor         color)
{
  g_autofree MtChartKey *keys = get_keys (style, data, color);
  g_autofree char *as_of_label = NULL;
  const MtChartRect *plot;
  MtChartFrame frame;
  double lh;

  _mt_chart_begin (cr, width, height, style);
  mt_chart_stacked_get_frame (cr, width, height, style, data, &frame);
  plot = &frame.plot;
  lh = _mt_chart_line_height (cr, style);

  _mt_chart_draw_y_axis (cr, style, &frame);
  _mt_chart_draw_months (cr, style, &frame);

  for (guint b = 0; b < data->buckets->len; b++)
    {
      const char *first = g_ptr_array_index (data->buckets, b);
      g_autofree char *end = mt_stacked_bucket_end (data, b);
      double x0, x1, gap, y = plot->y + plot->height;

      /* Nothing is known about the buckets after the as-of date. */
      if (data->as_of != NULL && g_strcmp0 (first, data->as_of) > 0)
        break;

      x0 = mt_chart_date_to_x (first, frame.start, frame.end, plot->x, plot->x + plot->width);
      x1 = mt_chart_date_to_x (end, frame.start, frame.end, plot->x, plot->x + plot->width);
      gap = MIN (MAX ((x1 - x0) * 0.18, 1), 8);
      x0 = round (x0 + gap / 2);
      x1 = round (x1 - gap / 2);
      if (x1 <= x0)
        continue;

      for (guint s = 0; s < data->names->len; s++)
        {
          double value = mt_stacked_get (data, b, s), top, rgba[4];

          if (value <= 0)
            continue;
          top = y - (plot->height * value / frame.top);
          color (style, s, rgba);
          _mt_chart_source (cr, rgba, 1.0);
          cairo_rectangle (cr, x0, round (top), x1 - x0, round (y) - round (top));
          cairo_fill (cr);
          y = top;
        }
    }

  as_of_label = mt_date_format_short (data->as_of);
  if (g_strcmp0 (data->as_of, frame.end) < 0)
    _mt_chart_draw_date_line (cr, style, &frame, data->as_of, style->marker, as_of_label, FALSE,
                              0);
  _mt_chart_draw_legend (cr, style, keys, data->names->len, plot->x, round (lh * 0.4),
                         width - plot->x);

  cairo_restore (cr);
}

/* Public API */

void
mt_chart_stacked_get_frame (cairo_t            *cr,
                            double              width,
                            double              height,
                            const MtChartStyle *style,
                            const MtStacked    *data,
                            MtChartFrame       *frame)
{
  g_autofree MtChartKey *keys = NULL;

  g_return_if_fail (cr != NULL && style != NULL && data != NULL && frame != NULL);

  /* The colours do not change the layout: any will do for measuring. */
  keys = get_keys (style, data, palette_color);
  _mt_chart_frame (cr, width, height, style, keys, data->names->len, FALSE, max_total (data),
                   frame);
  g_strlcpy (frame->start, data->start != NULL ? data->start : "", sizeof frame->start);
  g_strlcpy (frame->end, data->end != NULL ? data->end : "", sizeof frame->end);
}

void
mt_chart_render_categories (cairo_t            *cr,
                            double              width,
                            double              height,
                            const MtChartStyle *style,
                            const MtStacked    *data)
{
  g_return_if_fail (cr != NULL && style != NULL && data != NULL);

  render_stacked (cr, width, height, style, data, palette_color);
}

void
mt_chart_render_statuses (cairo_t            *cr,
                          double              width,
                          double              height,
                          const MtChartStyle *style,
                          const MtStacked    *data)
{
  g_return_if_fail (cr != NULL && style != NULL && data != NULL);

  render_stacked (cr, width, height, style, data, status_color);
}

char *
mt_chart_stacked_describe (const MtStacked *data,
                           guint            bucket)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *first;
  g_autofree char *total = NULL;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (bucket < data->buckets->len, NULL);

  first = g_ptr_array_index (data->buckets, bucket);
  if (data->bucket_days == 0)
    {
      GDate date;
      char buffer[64] = "";

      mt_date_parse (first, &date);
      /* Translators: a month and year heading, strftime format ("July 2023") */
      g_date_strftime (buffer, sizeof buffer, C_("chart month", "%B %Y"), &date);
      g_string_append (text, buffer);
    }
  else
    {
      g_autofree char *day = mt_date_format_long (first);

      g_string_append_printf (text, _("Week from %s"), day);
    }

  if (data->as_of != NULL && g_strcmp0 (first, data->as_of) > 0)
    {
      g_string_append_c (text, '\n');
      g_string_append (text, _("After the date shown"));
      return g_string_free (g_steal_pointer (&text), FALSE);
    }

  for (guint s = 0; s < data->names->len; s++)
    {
      g_autofree char *count = mt_format_count ((gint64) round (mt_stacked_get (data, bucket, s)));

      g_string_append_c (text, '\n');
      /* Translators: a series name and its count, e.g. "Troops: 2,467" */
      g_string_append_printf (text, C_("chart value", "%s: %s"),
                              (const char *) g_ptr_array_index (data->names, s), count);
    }
  total = mt_format_count ((gint64) round (mt_stacked_bucket_total (data, bucket)));
  g_string_append_c (text, '\n');
  g_string_append_printf (text, _("Total: %s"), total);

  return g_string_free (g_steal_pointer (&text), FALSE);
}
