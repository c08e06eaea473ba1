/* test-map-render.c: the map's projection, markers and hit testing, without GTK.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <gio/gio.h>
#include <math.h>

#include "mt-camp.h"
#include "mt-chart-render.h"
#include "mt-map-render-private.h"
#include "mt-store.h"
#include "mt-test-util.h"

#define WIDTH  900
#define HEIGHT 700

/* Known coordinates (longitude, latitude). */
static const struct
{
  const char *name;
  double      lon;
  double      lat;
} towns[] = {
  { "Bamako", -8.0, 12.65 },
  { "Gao", -0.04472, 16.27167 },
  { "Kidal", 1.40778, 18.44111 },
};

static void
fit (GPtrArray       *camps,
     MtMapProjection *proj)
{
  double bounds[4];

  mt_map_get_bounds (camps, bounds);
  mt_map_projection_fit (proj, bounds, WIDTH, HEIGHT, 20);
}

/* Inside the outline, as cairo fills it (even-odd not needed: one country). */
static gboolean
inside_country (const MtMapProjection *proj,
                double                 x,
                double                 y)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t *cr = cairo_create (surface);
  GPtrArray *country = _mt_map_get_country ();
  gboolean inside;

  for (guint s = 0; s < country->len; s++)
    {
      MtMapShape *shape = g_ptr_array_index (country, s);

      for (guint r = 0; r < shape->rings->len; r++)
        {
          GArray *ring = g_ptr_array_index (shape->rings, r);

          for (guint i = 0; i + 1 < ring->len; i += 2)
            {
              double px, py;

              mt_map_project (proj, g_array_index (ring, double, i),
                              g_array_index (ring, double, i + 1), &px, &py);
              if (i == 0)
                cairo_move_to (cr, px, py);
              else
                cairo_line_to (cr, px, py);
            }
          cairo_close_path (cr);
        }
    }
  inside = cairo_in_fill (cr, x, y);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return inside;
}

static void
test_projection (void)
{
  MtMapProjection proj;
  double x[3], y[3];

  g_assert_cmpuint (_mt_map_get_country ()->len, >, 0);
  fit (NULL, &proj);

  for (guint i = 0; i < G_N_ELEMENTS (towns); i++)
    {
      mt_map_project (&proj, towns[i].lon, towns[i].lat, &x[i], &y[i]);
      g_assert_cmpfloat (x[i], >=, 0);
      g_assert_cmpfloat (x[i], <=, WIDTH);
      g_assert_cmpfloat (y[i], >=, 0);
      g_assert_cmpfloat (y[i], <=, HEIGHT);
      if (!inside_country (&proj, x[i], y[i]))
        g_error ("%s is outside the outline", towns[i].name);
    }
  /* West to east, south to north (north up). */
  g_assert_cmpfloat (x[0], <, x[1]);
  g_assert_cmpfloat (x[1], <, x[2]);
  g_assert_cmpfloat (y[0], >, y[1]);
  g_assert_cmpfloat (y[1], >, y[2]);
  /* Shape kept: a degree east is cos (latitude) of a degree north. */
  g_assert_cmpfloat_with_epsilon ((x[2] - x[1]) / (towns[2].lon - towns[1].lon) / proj.scale,
                                  proj.kx, 1e-6);
  g_assert_cmpfloat (proj.kx, >, 0.9);
  g_assert_cmpfloat (proj.kx, <, 0.99);
  /* A point far outside is outside. */
  mt_map_project (&proj, -11.5, 24.0, &x[0], &y[0]);
  g_assert_false (inside_country (&proj, x[0], y[0]));
}

static void
test_zoom_keeps_point (void)
{
  MtMapProjection proj;
  double x0, y0, x1, y1, xg, yg;

  fit (NULL, &proj);
  mt_map_project (&proj, towns[1].lon, towns[1].lat, &x0, &y0);
  mt_map_project (&proj, towns[0].lon, towns[0].lat, &xg, &yg);
  /* Zooming about Gao keeps Gao in place and doubles the distance to Bamako. */
  mt_map_projection_zoom (&proj, 2.0, x0, y0);
  mt_map_project (&proj, towns[1].lon, towns[1].lat, &x1, &y1);
  g_assert_cmpfloat_with_epsilon (x1, x0, 1e-6);
  g_assert_cmpfloat_with_epsilon (y1, y0, 1e-6);
  mt_map_project (&proj, towns[0].lon, towns[0].lat, &x1, &y1);
  g_assert_cmpfloat_with_epsilon (x1 - x0, 2 * (xg - x0), 1e-6);

  mt_map_projection_pan (&proj, 10, -5);
  mt_map_project (&proj, towns[1].lon, towns[1].lat, &x1, &y1);
  g_assert_cmpfloat_with_epsilon (x1, x0 + 10, 1e-6);
  g_assert_cmpfloat_with_epsilon (y1, y0 - 5, 1e-6);
}

static void
test_markers_and_hit_test (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GPtrArray) camps = mt_store_list_camps (store, "2023-10-16", NULL);
  MtMapProjection proj;
  gint64 max = mt_map_max_strength (camps);

  g_assert_cmpuint (camps->len, >=, 12);
  g_assert_cmpint (max, ==, 4765);  /* Gao, the largest before the withdrawal */
  fit (camps, &proj);

  for (guint i = 0; i < camps->len; i++)
    {
      MtCamp *camp = g_ptr_array_index (camps, i);
      gint64 left = mt_map_current_personnel (camp);
      double x, y;

      /* Never below zero, never above the strength before. */
      g_assert_cmpint (left, >=, 0);
      g_assert_cmpint (left, <=, mt_camp_get_baseline_strength (camp));
      /* A closed or handed-over camp has nobody left, as its page says (Ber, Goundam,
       * Ménaka, Ogossagou in the seed); the others, the estimate less the departures. */
      if (mt_camp_get_status (camp) == MT_CAMP_STATUS_CLOSED ||
          mt_camp_get_status (camp) == MT_CAMP_STATUS_HANDED_OVER)
        g_assert_cmpint (left, ==, 0);
      else
        g_assert_cmpint (left, ==, MAX (0, mt_camp_get_baseline_strength (camp) -
                                           mt_camp_get_departed (camp)));

      /* The marker at the camp's place is that camp. */
      mt_map_project (&proj, mt_camp_get_longitude (camp), mt_camp_get_latitude (camp), &x, &y);
      if (mt_map_hit_test (&proj, camps, x, y) != i)
        g_error ("the marker of %s does not hit-test to it", mt_camp_get_name (camp));
    }

  /* Empty sea (well, desert) hits nothing. */
  g_assert_cmpuint (mt_map_hit_test (&proj, camps, 2, 2), ==, G_MAXUINT);
}

static void
test_marker_shrinks (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GPtrArray) before = mt_store_list_camps (store, "2023-07-01", NULL);
  g_autoptr(GPtrArray) after = mt_store_list_camps (store, "2023-10-16", NULL);
  gint64 max = mt_map_max_strength (before);

  /* Mopti lost 116 on 20 September: its marker is smaller afterwards. */
  for (guint i = 0; i < before->len; i++)
    {
      MtCamp *a = g_ptr_array_index (before, i);
      MtCamp *b = g_ptr_array_index (after, i);

      g_assert_cmpstr (mt_camp_get_name (a), ==, mt_camp_get_name (b));
      if (g_str_equal (mt_camp_get_name (a), "Mopti"))
        {
          g_assert_cmpint (mt_map_current_personnel (a) - mt_map_current_personnel (b), ==, 116);
          g_assert_cmpfloat (mt_map_camp_radius (b, max), <, mt_map_camp_radius (a, max));
        }
    }
  /* Bigger strength, bigger marker; none gets lost. */
  g_assert_cmpfloat (mt_map_marker_radius (4765, 4765), >, mt_map_marker_radius (150, 4765));
  g_assert_cmpfloat (mt_map_marker_radius (0, 4765), >, 0);
}

static void
test_render_markers (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GPtrArray) camps = mt_store_list_camps (store, "2023-10-16", NULL);
  g_autoptr(GPtrArray) convoys = mt_store_list_convoys (store, "2023-10-16", NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  MtMapScene scene = { camps, convoys, "2023-10-16", 0, 0, 0 };
  MtMapProjection proj;
  MtMapStyle style;

  mt_map_style_init (&style, FALSE);
  style.paint_background = TRUE;
  fit (camps, &proj);
  mt_map_render_scene (cr, WIDTH, HEIGHT, &style, &proj, &scene);
  cairo_surface_flush (surface);
  if (g_getenv ("MT_TEST_SAVE_PNG") != NULL)
    cairo_surface_write_to_png (surface, g_getenv ("MT_TEST_SAVE_PNG"));

  /* Every marker's centre shows its status colour. */
  for (guint i = 0; i < camps->len; i++)
    {
      MtCamp *camp = g_ptr_array_index (camps, i);
      guint32 pixel;
      double x, y, rgb[3];
      int stride = cairo_image_surface_get_stride (surface);

      mt_map_project (&proj, mt_camp_get_longitude (camp), mt_camp_get_latitude (camp), &x, &y);
      pixel = *(guint32 *) (cairo_image_surface_get_data (surface) + (int) y * stride + (int) x * 4);
      mt_status_color (mt_camp_get_status (camp), FALSE, rgb);
      /* Drawn at 85 % over a light background: close to the colour. */
      g_assert_cmpfloat (fabs (((pixel >> 16) & 0xff) / 255.0 - rgb[0]), <, 0.16);
      g_assert_cmpfloat (fabs (((pixel >> 8) & 0xff) / 255.0 - rgb[1]), <, 0.16);
      g_assert_cmpfloat (fabs ((pixel & 0xff) / 255.0 - rgb[2]), <, 0.16);
    }

  g_assert_cmpuint (_mt_map_get_towns ()->len, >, 10);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mt/map/projection", test_projection);
  g_test_add_func ("/mt/map/zoom-keeps-point", test_zoom_keeps_point);
  g_test_add_func ("/mt/map/markers-and-hit-test", test_markers_and_hit_test);
  g_test_add_func ("/mt/map/marker-shrinks", test_marker_shrinks);
  g_test_add_func ("/mt/map/render-markers", test_render_markers);

  return g_test_run ();
}
