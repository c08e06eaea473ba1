/* test-chart-render.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <locale.h>
#include <string.h>

#include "mt-chart-render.h"
#include "mt-date.h"
#include "mt-stat-point.h"

#define START    "2023-07-01"
#define DEADLINE "2023-12-31"
#define AS_OF    "2023-09-27"

/* A step is 1, 2 or 5 times a power of ten. */
static gboolean
is_nice (double step)
{
  double magnitude = pow (10, floor (log10 (step) + 1e-9));
  double f = step / magnitude;

  return fabs (f - 1) < 1e-9 || fabs (f - 2) < 1e-9 || fabs (f - 5) < 1e-9;
}

static void
assert_nice_axis (double max,
                  guint  max_ticks)
{
  double top = 0;
  double step = mt_chart_nice_step (max, max_ticks, &top);

  g_assert_true (is_nice (step));
  g_assert_cmpfloat (step, >=, 1);
  /* The axis covers the data, in at most max_ticks intervals, without an empty one. */
  g_assert_cmpfloat (top, >=, max);
  g_assert_cmpfloat (top - step, <, MAX (max, 1));
  g_assert_cmpfloat (top / step, <=, max_ticks + 1e-9);
  g_assert_cmpfloat (fabs (top / step - round (top / step)), <, 1e-9);
}

static void
test_nice_ticks (void)
{
  double top;

  assert_nice_axis (3367, 5);
  assert_nice_axis (18675, 5);
  /* Round figures a planner can read off: thousands for a few thousand people. */
  g_assert_cmpfloat (mt_chart_nice_step (3367, 5, &top), ==, 1000);
  g_assert_cmpfloat (top, ==, 4000);
  g_assert_cmpfloat (mt_chart_nice_step (18675, 5, &top), ==, 5000);
  g_assert_cmpfloat (top, ==, 20000);

  for (double v = 0; v < 2e6; v = v * 1.37 + 1)
    assert_nice_axis (v, 5);

  /* People are counted in whole numbers: no 0.2 steps on an empty chart. */
  g_assert_cmpfloat (mt_chart_nice_step (0, 5, &top), >=, 1);
  g_assert_cmpfloat (top, >=, 1);
}

static void
test_date_to_x (void)
{
  double left = 40, right = 380;
  double x_start = mt_chart_date_to_x (START, START, DEADLINE, left, right);
  double x_end = mt_chart_date_to_x (DEADLINE, START, DEADLINE, left, right);
  double x_as_of = mt_chart_date_to_x (AS_OF, START, DEADLINE, left, right);
  double x_next = mt_chart_date_to_x ("2023-09-28", START, DEADLINE, left, right);

  g_assert_cmpfloat_with_epsilon (x_start, left, 1e-9);
  g_assert_cmpfloat_with_epsilon (x_end, right, 1e-9);
  g_assert_cmpfloat (x_as_of, >, left);
  g_assert_cmpfloat (x_as_of, <, right);
  g_assert_cmpfloat (x_next, >, x_as_of);
  /* Linear in days: 88 of 183 days. */
  g_assert_cmpfloat_with_epsilon ((x_as_of - left) / (right - left),
                                  88.0 / 183.0, 1e-9);
}

static void
test_value_to_y (void)
{
  MtChartRect plot = { 10, 20, 300, 200 };

  g_assert_cmpfloat_with_epsilon (mt_chart_value_to_y (0, 4000, &plot), 220, 1e-9);
  g_assert_cmpfloat_with_epsilon (mt_chart_value_to_y (4000, 4000, &plot), 20, 1e-9);
  g_assert_cmpfloat (mt_chart_value_to_y (3367, 4000, &plot), <,
                     mt_chart_value_to_y (116, 4000, &plot));
}

static void
test_status_colors (void)
{
  for (gboolean dark = FALSE; dark <= TRUE; dark++)
    for (MtCampStatus a = 0; a < MT_CAMP_N_STATUSES; a++)
      for (MtCampStatus b = a + 1; b < MT_CAMP_N_STATUSES; b++)
        {
          double ca[3], cb[3];

          mt_status_color (a, dark, ca);
          mt_status_color (b, dark, cb);
          /* Statuses must be told apart at a glance. */
          g_assert_cmpfloat (fabs (ca[0] - cb[0]) + fabs (ca[1] - cb[1]) + fabs (ca[2] - cb[2]),
                             >, 0.3);
        }
}

/* Pixel helpers on an opaque ARGB32 surface. */
static void
get_pixel (cairo_surface_t *surface,
           int              x,
           int              y,
           double           rgb[3])
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 p = *(guint32 *) (data + y * stride + x * 4);

  rgb[0] = ((p >> 16) & 0xff) / 255.0;
  rgb[1] = ((p >> 8) & 0xff) / 255.0;
  rgb[2] = (p & 0xff) / 255.0;
}

static double
distance (const double a[3],
          const double b[3])
{
  return fabs (a[0] - b[0]) + fabs (a[1] - b[1]) + fabs (a[2] - b[2]);
}

/* TRUE if a pixel close to @colour lies within @radius of (@x, @y). */
static gboolean
colour_near (cairo_surface_t *surface,
             int              x,
             int              y,
             int              radius,
             const double     colour[3])
{
  int w = cairo_image_surface_get_width (surface);
  int h = cairo_image_surface_get_height (surface);

  for (int dy = -radius; dy <= radius; dy++)
    for (int dx = -radius; dx <= radius; dx++)
      {
        double rgb[3];

        if (x + dx < 0 || y + dy < 0 || x + dx >= w || y + dy >= h)
          continue;
        get_pixel (surface, x + dx, y + dy, rgb);
        if (distance (rgb, colour) < 0.25)
          return TRUE;
      }
  return FALSE;
}

static GPtrArray *
make_series (void)
{
  GPtrArray *points = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (points, mt_stat_point_new (START, 0));
  g_ptr_array_add (points, mt_stat_point_new ("2023-09-20", 116));
  g_ptr_array_add (points, mt_stat_point_new (AS_OF, 3367));
  return points;
}

static void
test_render (void)
{
  g_autoptr(GPtrArray) points = make_series ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 300);
  cairo_t *cr = cairo_create (surface);
  const double white[3] = { 1, 1, 1 };
  MtChartStyle style;
  MtChartRect plot;
  double top, x_as_of, y_target, y_departed;
  guint inked = 0;

  mt_chart_style_init_light (&style);
  style.background[3] = 1.0;
  mt_chart_render_cumulative (cr, 400, 300, &style, points, START, DEADLINE, 18675, AS_OF);
  mt_chart_cumulative_get_plot (cr, 400, 300, &style, points, 18675, &plot, &top);
  cairo_surface_flush (surface);

  if (g_getenv ("MT_TEST_SAVE_PNG") != NULL)
    cairo_surface_write_to_png (surface, g_getenv ("MT_TEST_SAVE_PNG"));

  /* The plot area sits inside the image with room for labels. */
  g_assert_cmpfloat (plot.x, >, 0);
  g_assert_cmpfloat (plot.y, >, 0);
  g_assert_cmpfloat (plot.x + plot.width, <=, 400);
  g_assert_cmpfloat (plot.y + plot.height, <=, 300);
  g_assert_cmpfloat (plot.width, >, 200);
  g_assert_cmpfloat (plot.height, >, 150);
  g_assert_cmpfloat (top, >=, 18675);

  for (int y = plot.y; y < plot.y + plot.height; y++)
    for (int x = plot.x; x < plot.x + plot.width; x++)
      {
        double rgb[3];

        get_pixel (surface, x, y, rgb);
        if (distance (rgb, white) > 0.05)
          inked++;
      }
  g_assert_cmpuint (inked, >, 500);

  /* The dashed plan line ends at the target's height at the deadline. */
  y_target = mt_chart_value_to_y (18675, top, &plot);
  g_assert_true (colour_near (surface, plot.x + plot.width - 3, y_target, 3, style.plan));
  /* …and starts from zero at the withdrawal start. */
  g_assert_true (colour_near (surface, plot.x + 3, plot.y + plot.height, 3, style.plan));

  /* The departures line reaches 3,367 at the as-of date, not the target. */
  x_as_of = mt_chart_date_to_x (AS_OF, START, DEADLINE, plot.x, plot.x + plot.width);
  y_departed = mt_chart_value_to_y (3367, top, &plot);
  g_assert_true (colour_near (surface, x_as_of - 2, y_departed, 2, style.accent));
  g_assert_false (colour_near (surface, x_as_of - 2, y_target, 2, style.accent));

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_render_without_target (void)
{
  g_autoptr(GPtrArray) points = make_series ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 300);
  cairo_t *cr = cairo_create (surface);
  MtChartStyle style;
  MtChartRect plot;
  double top;

  mt_chart_style_init_dark (&style);
  style.background[3] = 1.0;
  mt_chart_render_cumulative (cr, 400, 300, &style, points, START, DEADLINE, 0, NULL);
  mt_chart_cumulative_get_plot (cr, 400, 300, &style, points, 0, &plot, &top);
  cairo_surface_flush (surface);

  /* Without a baseline the axis fits the departures, so the line uses the height. */
  g_assert_cmpfloat (top, >=, 3367);
  g_assert_cmpfloat (top, <, 18675);
  g_assert_false (colour_near (surface, plot.x + plot.width - 3,
                               mt_chart_value_to_y (top, top, &plot) + 2, 2, style.plan));
  g_assert_true (colour_near (surface,
                              mt_chart_date_to_x (AS_OF, START, DEADLINE, plot.x,
                                                  plot.x + plot.width) - 2,
                              mt_chart_value_to_y (3367, top, &plot), 2, style.accent));

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Burn-down arithmetic on small data with known answers */

/* 1,000 people at the start, 10 leave every day from the day after. */
static MtBurndown *
make_steady_burndown (int days_elapsed)
{
  g_autofree char *as_of = mt_date_add_days (START, days_elapsed);
  MtBurndown *data = mt_burndown_new (START, DEADLINE, as_of, 1000);

  mt_burndown_add (data, START, 1000);
  for (int d = 1; d <= days_elapsed; d++)
    {
      g_autofree char *day = mt_date_add_days (START, d);

      mt_burndown_add (data, day, 1000 - 10 * d);
    }

  return data;
}

static void
test_burndown_projection (void)
{
  g_autoptr(MtBurndown) data = make_steady_burndown (30);
  g_autofree char *end = NULL;
  g_autofree char *expected = mt_date_add_days (START, 100);

  g_assert_cmpfloat_with_epsilon (mt_burndown_value_at (data, data->as_of), 700, 1e-9);
  g_assert_cmpfloat_with_epsilon (mt_burndown_recent_rate (data), 10, 1e-9);
  /* 700 left at 10 a day: zero 70 days later, 100 days after the start. */
  end = mt_burndown_projected_end (data);
  g_assert_cmpstr (end, ==, expected);
  g_assert_false (mt_burndown_is_late (data));
  g_assert_cmpfloat_with_epsilon (mt_burndown_projection_at (data, expected), 0, 1e-9);
  {
    g_autofree char *half = mt_date_add_days (START, 65);

    g_assert_cmpfloat_with_epsilon (mt_burndown_projection_at (data, half), 350, 1e-9);
  }
}

static void
test_burndown_rate_window (void)
{
  g_autoptr(MtBurndown) data = mt_burndown_new (START, DEADLINE, "2023-09-30", 1000);
  g_autofree char *end = NULL;

  /* 600 left in July, nothing since: the last 30 days show no departures. */
  mt_burndown_add (data, START, 1000);
  mt_burndown_add (data, "2023-07-15", 400);
  g_assert_cmpfloat (mt_burndown_recent_rate (data), ==, 0);
  g_assert_null (mt_burndown_projected_end (data));
  g_assert_true (mt_burndown_is_late (data));

  /* 300 leave in the window: 10 a day, 100 left, zero on 10 October. */
  mt_burndown_add (data, "2023-09-20", 100);
  g_assert_cmpfloat_with_epsilon (mt_burndown_recent_rate (data), 10, 1e-9);
  end = mt_burndown_projected_end (data);
  g_assert_cmpstr (end, ==, "2023-10-10");

  /* A young withdrawal is judged on its own days: 100 gone in the first 5 days. */
  {
    g_autoptr(MtBurndown) young = mt_burndown_new (START, DEADLINE, "2023-07-05", 1000);

    mt_burndown_add (young, START, 1000);
    mt_burndown_add (young, "2023-07-05", 900);
    g_assert_cmpfloat_with_epsilon (mt_burndown_recent_rate (young), 20, 1e-9);
  }
}

static void
test_burndown_late_and_plan (void)
{
  /* 10 a day with 1,000 from 1 July needs 100 days: fine for a 183-day deadline, late
   * for one 60 days out. */
  g_autoptr(MtBurndown) data = make_steady_burndown (30);
  g_autofree char *summary = NULL;

  g_free (data->deadline);
  data->deadline = mt_date_add_days (START, 60);
  g_assert_true (mt_burndown_is_late (data));
  summary = mt_chart_burndown_summary (data);
  g_assert_nonnull (strstr (summary, "40"));  /* days after the deadline */

  /* The straight line: full at the start, half way at the middle, zero at the end. */
  g_assert_cmpfloat_with_epsilon (mt_burndown_plan_at (data, START), 1000, 1e-9);
  g_assert_cmpfloat_with_epsilon (mt_burndown_plan_at (data, "2023-07-31"), 500, 1e-9);
  g_assert_cmpfloat_with_epsilon (mt_burndown_plan_at (data, data->deadline), 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (mt_burndown_plan_at (data, "2024-01-31"), 0, 1e-9);
  /* Step line: the level holds between days with departures. */
  g_assert_cmpfloat_with_epsilon (mt_burndown_value_at (data, "2023-06-01"), 1000, 1e-9);
}

static void
test_x_to_date (void)
{
  g_autofree char *left = mt_chart_x_to_date (100, START, DEADLINE, 100, 466);
  g_autofree char *right = mt_chart_x_to_date (466, START, DEADLINE, 100, 466);
  g_autofree char *outside = mt_chart_x_to_date (900, START, DEADLINE, 100, 466);
  g_autofree char *mid = mt_chart_x_to_date (100 + 366 / 2.0, START, DEADLINE, 100, 466);

  g_assert_cmpstr (left, ==, START);
  g_assert_cmpstr (right, ==, DEADLINE);
  g_assert_cmpstr (outside, ==, DEADLINE);
  /* 183 days span; half way is day 92 (rounded). */
  g_assert_cmpint (mt_date_days_between (START, mid), ==, 92);
  /* And it inverts date_to_x. */
  for (int d = 0; d <= 183; d += 13)
    {
      g_autofree char *day = mt_date_add_days (START, d);
      g_autofree char *back = mt_chart_x_to_date (mt_chart_date_to_x (day, START, DEADLINE, 0, 700),
                                                  START, DEADLINE, 0, 700);

      g_assert_cmpstr (back, ==, day);
    }
}

static void
test_render_burndown (void)
{
  g_autoptr(MtBurndown) data = mt_burndown_new (START, DEADLINE, AS_OF, 18675);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 640, 320);
  cairo_t *cr = cairo_create (surface);
  MtChartStyle style;
  MtChartFrame frame;
  double x, y;

  mt_burndown_add (data, START, 18675);
  mt_burndown_add (data, "2023-09-20", 18675 - 116);
  mt_burndown_add (data, AS_OF, 18675 - 3367);

  mt_chart_style_init_light (&style);
  style.background[3] = 1.0;
  mt_chart_render_burndown (cr, 640, 320, &style, data);
  mt_chart_burndown_get_frame (cr, 640, 320, &style, data, &frame);
  cairo_surface_flush (surface);
  if (g_getenv ("MT_TEST_SAVE_PNG") != NULL)
    cairo_surface_write_to_png (surface, g_getenv ("MT_TEST_SAVE_PNG"));

  g_assert_cmpstr (frame.start, ==, START);
  /* 3,367 in under 90 days leaves ~15,000 for ~90 days: late, the axis runs past the deadline. */
  g_assert_true (mt_burndown_is_late (data));
  g_assert_cmpstr (frame.end, >, DEADLINE);
  g_assert_cmpfloat (frame.top, >=, 18675);

  /* The still-deployed line is at 15,308 just before as-of. */
  x = mt_chart_date_to_x (AS_OF, frame.start, frame.end, frame.plot.x,
                          frame.plot.x + frame.plot.width);
  y = mt_chart_value_to_y (18675 - 3367, frame.top, &frame.plot);
  g_assert_true (colour_near (surface, x - 3, y, 2, style.accent));
  /* The straight line passes through its value on 15 November, after as-of. */
  x = mt_chart_date_to_x ("2023-11-15", frame.start, frame.end, frame.plot.x,
                          frame.plot.x + frame.plot.width);
  y = mt_chart_value_to_y (mt_burndown_plan_at (data, "2023-11-15"), frame.top, &frame.plot);
  g_assert_true (colour_near (surface, x, y, 3, style.plan));

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* A baseline's plan: its own colour, on its own values, after as-of too. */
static void
test_render_burndown_baseline (void)
{
  g_autoptr(MtBurndown) data = mt_burndown_new (START, DEADLINE, AS_OF, 18675);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 640, 320);
  cairo_t *cr = cairo_create (surface);
  g_autofree char *text = NULL;
  MtChartStyle style;
  MtChartFrame frame;
  double x, y, planned;

  mt_burndown_add (data, START, 18675);
  mt_burndown_add (data, AS_OF, 18675 - 3367);
  g_assert_false (mt_burndown_planned_at (data, AS_OF, &planned));
  mt_burndown_set_plan (data, "August plan");
  mt_burndown_add_planned (data, START, 18675);
  mt_burndown_add_planned (data, "2023-09-01", 12000);
  mt_burndown_add_planned (data, "2023-11-01", 6000);
  g_assert_true (mt_burndown_planned_at (data, "2023-10-15", &planned));
  g_assert_cmpfloat (planned, ==, 12000);

  mt_chart_style_init_light (&style);
  style.background[3] = 1.0;
  mt_chart_render_burndown (cr, 640, 320, &style, data);
  mt_chart_burndown_get_frame (cr, 640, 320, &style, data, &frame);
  cairo_surface_flush (surface);

  /* The plan's level of 12,000 in October, after as-of: nothing else is drawn there; it
   * stops at its last departure (1 November). */
  x = mt_chart_date_to_x ("2023-10-15", frame.start, frame.end, frame.plot.x,
                          frame.plot.x + frame.plot.width);
  y = mt_chart_value_to_y (12000, frame.top, &frame.plot);
  g_assert_true (colour_near (surface, x, y, 6, style.baseline));
  x = mt_chart_date_to_x ("2023-11-20", frame.start, frame.end, frame.plot.x,
                          frame.plot.x + frame.plot.width);
  g_assert_false (colour_near (surface, x, mt_chart_value_to_y (6000, frame.top, &frame.plot), 6,
                               style.baseline));

  text = mt_chart_burndown_describe (data, "2023-11-20");
  g_assert_nonnull (strstr (text, "Plan in “August plan”: 6"));

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_render_stacked (void)
{
  g_autoptr(MtStacked) data = mt_stacked_new ("2023-07-01", "2024-01-01", "2023-09-30", 0);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 480, 280);
  cairo_t *cr = cairo_create (surface);
  g_autofree char *text = NULL;
  MtChartStyle style;
  MtChartFrame frame;
  double x0, x1;

  mt_stacked_add_name (data, "Troops");
  mt_stacked_add_name (data, "Police");
  for (int m = 7; m <= 12; m++)
    {
      g_autofree char *first = g_strdup_printf ("2023-%02d-01", m);

      mt_stacked_add_bucket (data, first);
    }
  mt_stacked_set (data, 2, 0, 2467);
  mt_stacked_set (data, 2, 1, 596);
  g_assert_cmpfloat (mt_stacked_bucket_total (data, 2), ==, 3063);
  g_assert_cmpuint (mt_stacked_find_bucket (data, "2023-09-27"), ==, 2);
  g_assert_cmpuint (mt_stacked_find_bucket (data, "2024-02-01"), ==, G_MAXUINT);

  mt_chart_style_init_light (&style);
  style.background[3] = 1.0;
  mt_chart_render_categories (cr, 480, 280, &style, data);
  mt_chart_stacked_get_frame (cr, 480, 280, &style, data, &frame);
  cairo_surface_flush (surface);

  /* September's bar: troops at the bottom, police above, in their palette colours. */
  x0 = mt_chart_date_to_x ("2023-09-01", frame.start, frame.end, frame.plot.x, frame.plot.x + frame.plot.width);
  x1 = mt_chart_date_to_x ("2023-10-01", frame.start, frame.end, frame.plot.x, frame.plot.x + frame.plot.width);
  g_assert_true (colour_near (surface, (x0 + x1) / 2,
                              mt_chart_value_to_y (1000, frame.top, &frame.plot), 1, style.palette[0]));
  g_assert_true (colour_near (surface, (x0 + x1) / 2,
                              mt_chart_value_to_y (2800, frame.top, &frame.plot), 1, style.palette[1]));
  /* No bar for October: after the as-of date. */
  x0 = mt_chart_date_to_x ("2023-10-15", frame.start, frame.end, frame.plot.x, frame.plot.x + frame.plot.width);
  g_assert_false (colour_near (surface, x0, frame.plot.y + frame.plot.height - 3, 1, style.palette[0]));

  text = mt_chart_stacked_describe (data, 2);
  {
    g_autofree char *troops = mt_format_count (2467);
    g_autofree char *line = g_strdup_printf ("Troops: %s", troops);
    g_autofree char *total = mt_format_count (3063);

    g_assert_nonnull (strstr (text, line));
    g_assert_nonnull (strstr (text, total));
  }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mt/chart/nice-ticks", test_nice_ticks);
  g_test_add_func ("/mt/chart/date-to-x", test_date_to_x);
  g_test_add_func ("/mt/chart/value-to-y", test_value_to_y);
  g_test_add_func ("/mt/chart/status-colors", test_status_colors);
  g_test_add_func ("/mt/chart/render", test_render);
  g_test_add_func ("/mt/chart/render-without-target", test_render_without_target);
  g_test_add_func ("/mt/chart/burndown/projection", test_burndown_projection);
  g_test_add_func ("/mt/chart/burndown/rate-window", test_burndown_rate_window);
  g_test_add_func ("/mt/chart/burndown/late-and-plan", test_burndown_late_and_plan);
  g_test_add_func ("/mt/chart/x-to-date", test_x_to_date);
  g_test_add_func ("/mt/chart/render-burndown", test_render_burndown);
  g_test_add_func ("/mt/chart/render-burndown-baseline", test_render_burndown_baseline);
  g_test_add_func ("/mt/chart/render-stacked", test_render_stacked);

  return g_test_run ();
}
