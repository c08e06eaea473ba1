/* mt-chart-burndown.c: personnel still deployed, the straight line and the projection.
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

static const MtDatedValue *
last_planned (const MtBurndown *data)
{
  return data->plan_name != NULL && data->plan_points->len > 0
         ? &g_array_index (data->plan_points, MtDatedValue, data->plan_points->len - 1) : NULL;
}

/* The deadline, or the projected end when later, but no further than half the
 * withdrawal's span past the deadline: a projection years out would flatten the rest.
 * A baseline's plan that ends after that pushes it as far. */
static char *
axis_end (const MtBurndown *data)
{
  g_autofree char *projected = mt_burndown_projected_end (data);
  g_autofree char *limit = NULL;
  g_autofree char *end = NULL;
  const MtDatedValue *planned = last_planned (data);
  int span;

  if (!mt_date_is_valid (data->start) || !mt_date_is_valid (data->deadline))
    return g_strdup (data->as_of);

  span = MAX (mt_date_days_between (data->start, data->deadline), 1);
  limit = mt_date_add_days (data->deadline, span / 2);
  if (projected == NULL || g_strcmp0 (projected, limit) > 0)
    end = mt_burndown_is_late (data) && mt_burndown_recent_rate (data) > 0
            ? g_strdup (limit) : g_strdup (data->deadline);
  else if (g_strcmp0 (projected, data->deadline) > 0)
    end = mt_date_add_days (projected, 7);
  else
    end = g_strdup (data->deadline);

  if (planned != NULL && g_strcmp0 (planned->date, end) >= 0)
    {
      g_autofree char *after = mt_date_add_days (planned->date, 7);

      return g_strdup (g_strcmp0 (after, limit) < 0 ? after : limit);
    }

  return g_steal_pointer (&end);
}

static double
series_max (const MtBurndown *data)
{
  double max = data->baseline;

  for (guint i = 0; i < data->points->len; i++)
    max = MAX (max, g_array_index (data->points, MtDatedValue, i).value);
  for (guint i = 0; i < data->plan_points->len; i++)
    max = MAX (max, g_array_index (data->plan_points, MtDatedValue, i).value);

  return max;
}

/* The legend's name of the baseline's curve; NULL when there is none. */
static char *
plan_key_text (const MtBurndown *data)
{
  if (last_planned (data) == NULL)
    return NULL;
  if (data->plan_scenario)
    /* Translators: the legend of a what-if scenario's planned curve; %s is its name */
    return g_strdup_printf (_("Plan under scenario “%s”"), data->plan_name);
  /* Translators: the legend of a baseline's planned curve; %s is its name ("August plan") */
  return g_strdup_printf (_("Plan in “%s”"), data->plan_name);
}

/* @plan_text: plan_key_text(), kept by the caller while the keys are used. */
static guint
get_keys (const MtChartStyle *style,
          const MtBurndown   *data,
          const char         *plan_text,
          MtChartKey          keys[4])
{
  const double *projection = mt_burndown_is_late (data) ? style->late : style->projection;
  guint n = 0;

  keys[n] = (MtChartKey) { MT_CHART_KEY_AREA, { 0, }, _("Still deployed (estimate)") };
  memcpy (keys[n++].rgba, style->accent, sizeof style->accent);
  keys[n] = (MtChartKey) { MT_CHART_KEY_DASH, { 0, }, _("Straight line to the deadline") };
  memcpy (keys[n++].rgba, style->plan, sizeof style->plan);
  if (plan_text != NULL)
    {
      keys[n] = (MtChartKey) { MT_CHART_KEY_LONG_DASH, { 0, }, plan_text };
      memcpy (keys[n++].rgba, style->baseline, sizeof style->baseline);
    }
  if (mt_burndown_recent_rate (data) > 0)
    {
      keys[n] = (MtChartKey) { MT_CHART_KEY_DOTS, { 0, }, _("Projection at the recent rate") };
      memcpy (keys[n++].rgba, projection, 4 * sizeof (double));
    }

  return n;
}

static double
x_of (const MtChartFrame *frame,
      const char         *date)
{
  return mt_chart_date_to_x (date, frame->start, frame->end,
                             frame->plot.x, frame->plot.x + frame->plot.width);
}

static void
draw_plan (cairo_t            *cr,
           const MtChartStyle *style,
           const MtChartFrame *frame,
           const MtBurndown   *data)
{
  static const double dash[] = { 6, 4 };

  if (data->baseline <= 0)
    return;

  cairo_save (cr);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_set_line_width (cr, 2.0);
  _mt_chart_source (cr, style->plan, 1.0);
  cairo_move_to (cr, x_of (frame, data->start),
                 mt_chart_value_to_y (data->baseline, frame->top, &frame->plot));
  cairo_line_to (cr, x_of (frame, data->deadline), frame->plot.y + frame->plot.height);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* The baseline's plan, a step line in long dashes from the start to its last departure. */
static void
draw_baseline (cairo_t            *cr,
               const MtChartStyle *style,
               const MtChartFrame *frame,
               const MtBurndown   *data)
{
  static const double dash[] = MT_CHART_LONG_DASH;
  const MtChartRect *plot = &frame->plot;
  double y = 0;

  if (last_planned (data) == NULL)
    return;

  cairo_save (cr);
  cairo_rectangle (cr, plot->x, plot->y - 2, plot->width, plot->height + 4);
  cairo_clip (cr);
  cairo_new_path (cr);
  for (guint i = 0; i < data->plan_points->len; i++)
    {
      const MtDatedValue *point = &g_array_index (data->plan_points, MtDatedValue, i);
      double x = x_of (frame, point->date);

      if (i == 0)
        cairo_move_to (cr, x, mt_chart_value_to_y (point->value, frame->top, plot));
      else
        cairo_line_to (cr, x, y);
      y = mt_chart_value_to_y (point->value, frame->top, plot);
      cairo_line_to (cr, x, y);
    }
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_set_line_width (cr, 2.0);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  _mt_chart_source (cr, style->baseline, 1.0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* A step line: the level holds until the next day with departures. */
static void
draw_series (cairo_t            *cr,
             const MtChartStyle *style,
             const MtChartFrame *frame,
             const MtBurndown   *data,
             double             *end_x,
             double             *end_y)
{
  const MtChartRect *plot = &frame->plot;
  double base = plot->y + plot->height, x = plot->x, y = base;
  cairo_path_t *line;

  if (data->points->len == 0)
    return;

  cairo_save (cr);
  cairo_new_path (cr);
  for (guint i = 0; i < data->points->len; i++)
    {
      const MtDatedValue *point = &g_array_index (data->points, MtDatedValue, i);
      double px = CLAMP (x_of (frame, point->date), plot->x, plot->x + plot->width);

      if (i == 0)
        cairo_move_to (cr, px, mt_chart_value_to_y (point->value, frame->top, plot));
      else
        cairo_line_to (cr, px, y);
      x = px;
      y = mt_chart_value_to_y (point->value, frame->top, plot);
      cairo_line_to (cr, x, y);
    }
  x = MAX (x, CLAMP (x_of (frame, data->as_of), plot->x, plot->x + plot->width));
  cairo_line_to (cr, x, y);

  line = cairo_copy_path (cr);
  cairo_line_to (cr, x, base);
  cairo_line_to (cr, CLAMP (x_of (frame, data->start), plot->x, plot->x + plot->width), base);
  cairo_close_path (cr);
  _mt_chart_source (cr, style->accent, 0.2);
  cairo_fill (cr);

  cairo_append_path (cr, line);
  cairo_path_destroy (line);
  cairo_set_line_width (cr, 2.5);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  _mt_chart_source (cr, style->accent, 1.0);
  cairo_stroke (cr);
  cairo_arc (cr, x, y, 4, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_restore (cr);

  *end_x = x;
  *end_y = y;
}

static void
draw_projection (cairo_t            *cr,
                 const MtChartStyle *style,
                 const MtChartFrame *frame,
                 const MtBurndown   *data)
{
  static const double dots[] = { 0.1, 5 };
  g_autofree char *end = mt_burndown_projected_end (data);
  const MtChartRect *plot = &frame->plot;
  double left = mt_burndown_value_at (data, data->as_of);
  double rate = mt_burndown_recent_rate (data);
  double x0 = x_of (frame, data->as_of), y0 = mt_chart_value_to_y (left, frame->top, plot);
  double x1, y1;

  if (rate <= 0 || left <= 0)
    return;

  /* Towards zero at the projected end, or as far as the axis goes. */
  if (end != NULL && g_strcmp0 (end, frame->end) <= 0)
    {
      x1 = x_of (frame, end);
      y1 = plot->y + plot->height;
    }
  else
    {
      x1 = plot->x + plot->width;
      y1 = mt_chart_value_to_y (mt_burndown_projection_at (data, frame->end), frame->top, plot);
    }

  cairo_save (cr);
  cairo_rectangle (cr, plot->x, plot->y, plot->width, plot->height + 2);
  cairo_clip (cr);
  cairo_set_dash (cr, dots, G_N_ELEMENTS (dots), 0);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_width (cr, 3.0);
  _mt_chart_source (cr, mt_burndown_is_late (data) ? style->late : style->projection, 1.0);
  cairo_move_to (cr, x0, y0);
  cairo_line_to (cr, x1, y1);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Public API */

void
mt_chart_burndown_get_frame (cairo_t            *cr,
                             double              width,
                             double              height,
                             const MtChartStyle *style,
                             const MtBurndown   *data,
                             MtChartFrame       *frame)
{
  g_autofree char *end = NULL;
  g_autofree char *plan_text = plan_key_text (data);
  MtChartKey keys[4];
  guint n_keys;

  g_return_if_fail (cr != NULL && style != NULL && data != NULL && frame != NULL);

  n_keys = get_keys (style, data, plan_text, keys);
  _mt_chart_frame (cr, width, height, style, keys, n_keys, TRUE, series_max (data), frame);
  end = axis_end (data);
  g_strlcpy (frame->start, data->start != NULL ? data->start : "", sizeof frame->start);
  g_strlcpy (frame->end, end != NULL ? end : "", sizeof frame->end);
}

char *
mt_chart_burndown_summary (const MtBurndown *data)
{
  g_autofree char *end = NULL;
  g_autofree char *end_text = NULL;

  g_return_val_if_fail (data != NULL, NULL);

  if (data->baseline <= 0)
    return g_strdup (_("No strength recorded before the withdrawal: nothing to count down from"));
  if (mt_burndown_value_at (data, data->as_of) <= 0)
    return g_strdup (_("No personnel left deployed (estimate)"));

  end = mt_burndown_projected_end (data);
  if (end == NULL)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "No departures in the last %d day: no completion date can be projected",
                                         "No departures in the last %d days: no completion date can be projected",
                                         MT_BURNDOWN_RATE_DAYS),
                            MT_BURNDOWN_RATE_DAYS);

  end_text = mt_date_format_long (end);
  if (mt_burndown_is_late (data))
    {
      int late = mt_date_days_between (data->deadline, end);
      g_autofree char *days = mt_format_count (late);

      /* Translators: the projected completion date, then a number of days */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Projected completion %s: %s day after the deadline",
                                           "Projected completion %s: %s days after the deadline",
                                           late),
                              end_text, days);
    }

  /* Translators: the projected completion date */
  return g_strdup_printf (_("Projected completion %s: within the deadline"), end_text);
}

char *
mt_chart_burndown_describe (const MtBurndown *data,
                            const char       *date)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *day = NULL;
  g_autofree char *plan = NULL;
  double planned;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (mt_date_is_valid (date), NULL);

  day = mt_date_format_long (date);
  g_string_append (text, day);

  if (g_strcmp0 (date, data->as_of) <= 0 && g_strcmp0 (date, data->start) >= 0)
    {
      g_autofree char *value = mt_format_count ((gint64) round (mt_burndown_value_at (data, date)));

      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("Still deployed: %s"), value);
    }
  else if (g_strcmp0 (date, data->as_of) > 0 && mt_burndown_recent_rate (data) > 0)
    {
      g_autofree char *value = mt_format_count ((gint64) round (mt_burndown_projection_at (data, date)));

      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("Projection: %s"), value);
    }

  if (data->baseline > 0 && g_strcmp0 (date, data->start) >= 0)
    {
      plan = mt_format_count ((gint64) round (mt_burndown_plan_at (data, date)));
      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("Straight line: %s"), plan);
    }

  if (g_strcmp0 (date, data->start) >= 0 && mt_burndown_planned_at (data, date, &planned))
    {
      g_autofree char *value = mt_format_count ((gint64) round (planned));

      g_string_append_c (text, '\n');
      /* Translators: the baseline's name, then the people its plan left deployed that day */
      g_string_append_printf (text, data->plan_scenario ? _("Plan under scenario “%s”: %s")
                                                        : _("Plan in “%s”: %s"),
                              data->plan_name, value);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

void
mt_chart_render_burndown (cairo_t            *cr,
                          double              width,
                          double              height,
                          const MtChartStyle *style,
                          const MtBurndown   *data)
{
  g_autofree char *summary = NULL;
  g_autofree char *as_of_label = NULL;
  g_autofree char *plan_text = plan_key_text (data);
  g_autoptr(PangoLayout) note = NULL;
  MtChartFrame frame;
  MtChartKey keys[4];
  guint n_keys;
  double end_x = -1, end_y = 0, lh, legend_h;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);
  g_return_if_fail (data != NULL);

  _mt_chart_begin (cr, width, height, style);
  mt_chart_burndown_get_frame (cr, width, height, style, data, &frame);
  n_keys = get_keys (style, data, plan_text, keys);
  lh = _mt_chart_line_height (cr, style);

  _mt_chart_draw_y_axis (cr, style, &frame);
  _mt_chart_draw_months (cr, style, &frame);
  _mt_chart_draw_date_line (cr, style, &frame, data->deadline, style->plan, _("Deadline"), TRUE,
                            0);
  draw_plan (cr, style, &frame, data);
  draw_projection (cr, style, &frame, data);
  as_of_label = mt_date_format_short (data->as_of);
  /* A line lower than the deadline's label: near the end of the withdrawal they meet. */
  _mt_chart_draw_date_line (cr, style, &frame, data->as_of, style->marker, as_of_label, FALSE, 1);
  draw_series (cr, style, &frame, data, &end_x, &end_y);
  /* Over the data: up to its data date the baseline's curve is the data's. */
  draw_baseline (cr, style, &frame, data);

  /* The latest figure, where the eye ends up. */
  if (end_x >= 0)
    {
      g_autofree char *label = mt_format_count ((gint64) round (mt_burndown_value_at (data, data->as_of)));
      g_autoptr(PangoLayout) layout = _mt_chart_layout (cr, style, 1.0, TRUE, label);
      double w, h;

      _mt_chart_text_size (layout, &w, &h);
      _mt_chart_source (cr, style->accent, 1.0);
      if (end_x - 8 - w >= frame.plot.x)
        _mt_chart_show (cr, layout, end_x - 8, end_y - 4, 1.0, 1.0);
      else
        _mt_chart_show (cr, layout, end_x + 8, end_y - 4, 0.0, 1.0);
    }

  legend_h = _mt_chart_legend_height (cr, style, keys, n_keys, width - frame.plot.x);
  _mt_chart_draw_legend (cr, style, keys, n_keys, frame.plot.x, round (lh * 0.4), width - frame.plot.x);

  /* The verdict under the legend, in the late colour when it misses the deadline. */
  summary = mt_chart_burndown_summary (data);
  note = _mt_chart_layout (cr, style, 0.95, TRUE, summary);
  pango_layout_set_width (note, (int) (frame.plot.width * PANGO_SCALE));
  pango_layout_set_ellipsize (note, PANGO_ELLIPSIZE_END);
  _mt_chart_source (cr, mt_burndown_is_late (data) ? style->late : style->foreground, 1.0);
  _mt_chart_show (cr, note, frame.plot.x, round (lh * 0.4 + legend_h + lh * 0.1), 0.0, 0.0);

  cairo_restore (cr);
}
