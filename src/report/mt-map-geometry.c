/* mt-map-geometry.c: where things are on the map.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The projection (fitting, zooming, panning), the size of a camp's marker and the hit
 * test: plain arithmetic that the map view also uses between frames (to know what the
 * pointer is over), kept apart from mt-map-render.c, which draws.
 */

#define G_LOG_DOMAIN "mt-map-render"

#include "config.h"

#include <math.h>

#include "mt-camp.h"
#include "mt-map-render-private.h"

#define MIN_RADIUS  5.0
#define MAX_RADIUS  18.0

/* Public API */

void
mt_map_get_bounds (GPtrArray *camps,
                   double     bounds[4])
{
  GPtrArray *country = _mt_map_get_country ();

  g_return_if_fail (bounds != NULL);

  bounds[0] = bounds[1] = G_MAXDOUBLE;
  bounds[2] = bounds[3] = -G_MAXDOUBLE;

  for (guint i = 0; i < country->len; i++)
    {
      MtMapShape *shape = g_ptr_array_index (country, i);

      bounds[0] = MIN (bounds[0], shape->bounds[0]);
      bounds[1] = MIN (bounds[1], shape->bounds[1]);
      bounds[2] = MAX (bounds[2], shape->bounds[2]);
      bounds[3] = MAX (bounds[3], shape->bounds[3]);
    }

  /* A camp outside the outline (or no outline at all) must still be on the map. */
  for (guint i = 0; camps != NULL && i < camps->len; i++)
    {
      MtCamp *camp = g_ptr_array_index (camps, i);

      bounds[0] = MIN (bounds[0], mt_camp_get_longitude (camp));
      bounds[1] = MIN (bounds[1], mt_camp_get_latitude (camp));
      bounds[2] = MAX (bounds[2], mt_camp_get_longitude (camp));
      bounds[3] = MAX (bounds[3], mt_camp_get_latitude (camp));
    }

  if (bounds[0] > bounds[2])
    {
      bounds[0] = bounds[1] = -1;
      bounds[2] = bounds[3] = 1;
    }
}

void
mt_map_projection_fit (MtMapProjection *proj,
                       const double     bounds[4],
                       double           width,
                       double           height,
                       double           margin)
{
  double geo_w, geo_h;

  g_return_if_fail (proj != NULL && bounds != NULL);

  /* Equirectangular, with longitudes shrunk by cos (mean latitude) so the country
   * keeps its shape at these latitudes; fitted inside the margins and centred. */
  proj->min_lon = bounds[0];
  proj->max_lat = bounds[3];
  proj->kx = cos ((bounds[1] + bounds[3]) / 2 * G_PI / 180);
  geo_w = MAX ((bounds[2] - bounds[0]) * proj->kx, 1e-6);
  geo_h = MAX (bounds[3] - bounds[1], 1e-6);
  proj->scale = MIN ((width - 2 * margin) / geo_w, (height - 2 * margin) / geo_h);
  proj->scale = MAX (proj->scale, 1e-6);
  proj->ox = (width - geo_w * proj->scale) / 2;
  proj->oy = (height - geo_h * proj->scale) / 2;
}

void
mt_map_project (const MtMapProjection *proj,
                double                 longitude,
                double                 latitude,
                double                *x,
                double                *y)
{
  g_return_if_fail (proj != NULL && x != NULL && y != NULL);

  *x = proj->ox + (longitude - proj->min_lon) * proj->kx * proj->scale;
  *y = proj->oy + (proj->max_lat - latitude) * proj->scale;
}

void
mt_map_projection_zoom (MtMapProjection *proj,
                        double           factor,
                        double           x,
                        double           y)
{
  g_return_if_fail (proj != NULL);
  g_return_if_fail (factor > 0);

  /* Screen = o + geo × scale: scaling about (x, y) scales o's distance to it. */
  proj->ox = x - (x - proj->ox) * factor;
  proj->oy = y - (y - proj->oy) * factor;
  proj->scale *= factor;
}

void
mt_map_projection_pan (MtMapProjection *proj,
                       double           dx,
                       double           dy)
{
  g_return_if_fail (proj != NULL);

  proj->ox += dx;
  proj->oy += dy;
}

double
mt_map_marker_radius (gint64 strength,
                      gint64 max_strength)
{
  if (max_strength <= 0 || strength <= 0)
    return MIN_RADIUS;

  return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * sqrt ((double) MIN (strength, max_strength) /
                                                        max_strength);
}

gint64
mt_map_max_strength (GPtrArray *camps)
{
  gint64 max = 0;

  for (guint i = 0; camps != NULL && i < camps->len; i++)
    max = MAX (max, mt_camp_get_baseline_strength (g_ptr_array_index (camps, i)));

  return max;
}

gint64
mt_map_current_personnel (MtCamp *camp)
{
  g_return_val_if_fail (MT_IS_CAMP (camp), 0);

  /* As the camp's page counts it (mt_camp_figures_get_left()): a closed or handed-over camp
   * has nobody left by the estimate, whatever departures were recorded there. */
  if (mt_camp_get_status (camp) == MT_CAMP_STATUS_CLOSED ||
      mt_camp_get_status (camp) == MT_CAMP_STATUS_HANDED_OVER)
    return 0;

  return MAX (0, mt_camp_get_baseline_strength (camp) - mt_camp_get_departed (camp));
}

double
mt_map_camp_radius (MtCamp *camp,
                    gint64  max_strength)
{
  g_return_val_if_fail (MT_IS_CAMP (camp), MIN_RADIUS);

  return mt_map_marker_radius (mt_map_current_personnel (camp), max_strength);
}

guint
mt_map_hit_test (const MtMapProjection *proj,
                 GPtrArray             *camps,
                 double                 x,
                 double                 y)
{
  gint64 max = mt_map_max_strength (camps);
  guint best = G_MAXUINT;
  double best_radius = G_MAXDOUBLE;

  g_return_val_if_fail (proj != NULL, G_MAXUINT);

  for (guint i = 0; camps != NULL && i < camps->len; i++)
    {
      MtCamp *camp = g_ptr_array_index (camps, i);
      double cx, cy, r = mt_map_camp_radius (camp, max);

      mt_map_project (proj, mt_camp_get_longitude (camp), mt_camp_get_latitude (camp), &cx, &cy);
      /* A few units of slack: small markers are hard to hit. */
      if (hypot (x - cx, y - cy) <= r + 4 && r < best_radius)
        {
          best = i;
          best_radius = r;
        }
    }

  return best;
}
