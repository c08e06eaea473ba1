/* mt-map-render.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * This file places the camps' names and draws the scene, layer by layer;
 * mt-map-geometry.c holds the projection, marker sizes and hit test, and
 * mt-map-decor.c the furniture (graticule, convoys, scale bar, legend, frame).
 */

#define G_LOG_DOMAIN "mt-map-render"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "mt-camp.h"
#include "mt-chart-render.h"
#include "mt-convoy.h"
#include "mt-date.h"
#include "mt-chart-render-private.h"
#include "mt-map-render-private.h"

typedef struct
{
  double x, y, w, h;
} Box;

typedef struct
{
  MtCamp *camp;  /* borrowed */
  double  x, y, r;
} Marker;

/* Text readable over lines and markers: a halo in the background colour first. */
static void
show_with_halo (cairo_t          *cr,
                const MtMapStyle *style,
                PangoLayout      *layout,
                double            x,
                double            y,
                double            alpha)
{
  cairo_new_path (cr);
  cairo_move_to (cr, x, y);
  pango_cairo_layout_path (cr, layout);
  cairo_set_line_width (cr, 3.0);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_source_rgba (cr, style->background[0], style->background[1],
                         style->background[2], 0.85);
  cairo_stroke (cr);
  cairo_move_to (cr, x, y);
  _mt_chart_source (cr, style->foreground, alpha);
  pango_cairo_show_layout (cr, layout);
  cairo_new_path (cr);
}

/* Geometry */

static void
trace_shape (cairo_t               *cr,
             const MtMapProjection *proj,
             const MtMapShape      *shape)
{
  for (guint r = 0; r < shape->rings->len; r++)
    {
      GArray *ring = g_ptr_array_index (shape->rings, r);

      for (guint i = 0; i + 1 < ring->len; i += 2)
        {
          double x, y;

          mt_map_project (proj, g_array_index (ring, double, i),
                          g_array_index (ring, double, i + 1), &x, &y);
          if (i == 0)
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
        }
      cairo_close_path (cr);
    }
}

/* Placement helpers */

static gboolean
boxes_overlap (const Box *a,
               const Box *b)
{
  return a->x < b->x + b->w && b->x < a->x + a->w &&
         a->y < b->y + b->h && b->y < a->y + a->h;
}

static gboolean
box_hits_circle (const Box *box,
                 double     cx,
                 double     cy,
                 double     r)
{
  double nx = CLAMP (cx, box->x, box->x + box->w);
  double ny = CLAMP (cy, box->y, box->y + box->h);

  return hypot (cx - nx, cy - ny) < r;
}

static int
compare_markers (gconstpointer a,
                 gconstpointer b)
{
  const Marker *ma = a, *mb = b;

  return (ma->r < mb->r) - (ma->r > mb->r);
}

/* Placement */

static gboolean
box_is_free (const Box *box,
             double     width,
             double     height,
             GArray    *boxes,
             GArray    *markers,
             guint      own_marker,
             double     margin)
{
  if (box->x < 2 || box->y < 2 || box->x + box->w > width - 2 || box->y + box->h > height - 2)
    return FALSE;
  for (guint j = 0; j < boxes->len; j++)
    if (boxes_overlap (box, &g_array_index (boxes, Box, j)))
      return FALSE;
  for (guint j = 0; j < markers->len; j++)
    {
      Marker *other = &g_array_index (markers, Marker, j);

      if (j != own_marker && box_hits_circle (box, other->x, other->y, other->r + margin))
        return FALSE;
    }

  return TRUE;
}

static gboolean
is_emphasized (const MtMapScene *scene,
               MtCamp           *camp)
{
  gint64 id = mt_camp_get_id (camp);

  return id != 0 && (id == scene->selected_id || id == scene->focus_id || id == scene->hover_id);
}

/* Markers (big first, so small ones stay visible on top), then names: the selected,
 * focused and hovered camps' first, then by size; each takes the first of eight spots
 * around its marker that hits no other name or marker. A name with no free spot is
 * left out (zooming in makes room), unless it is one of the emphasized camps. */
static void
layout_camps (cairo_t               *cr,
              const MtMapStyle      *style,
              const MtMapProjection *proj,
              double                 width,
              double                 height,
              const MtMapScene      *scene,
              GArray                *markers,
              GArray                *boxes,
              GPtrArray             *layouts)
{
  GPtrArray *camps = scene->camps;
  gint64 max = mt_map_max_strength (camps);
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; camps != NULL && i < camps->len; i++)
    {
      Marker m;

      m.camp = g_ptr_array_index (camps, i);
      mt_map_project (proj, mt_camp_get_longitude (m.camp), mt_camp_get_latitude (m.camp),
                      &m.x, &m.y);
      m.r = mt_map_camp_radius (m.camp, max);
      g_array_append_val (markers, m);
    }
  g_array_sort (markers, compare_markers);

  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < markers->len; i++)
      if (is_emphasized (scene, g_array_index (markers, Marker, i).camp) == (pass == 0))
        g_array_append_val (order, i);

  for (guint k = 0; k < order->len; k++)
    {
      guint i = g_array_index (order, guint, k);
      Marker *m = &g_array_index (markers, Marker, i);
      gboolean emphasized = is_emphasized (scene, m->camp);
      g_autoptr(PangoLayout) layout = _mt_map_layout (cr, style, mt_camp_get_display_name (m->camp),
                                                      0.9, emphasized);
      double w, h, gap = m->r + (emphasized ? 7 : 3), d;
      Box candidates[8];
      gboolean placed = FALSE;

      _mt_chart_text_size (layout, &w, &h);
      d = gap * 0.75;
      candidates[0] = (Box) { m->x + gap, m->y - h / 2, w, h };
      candidates[1] = (Box) { m->x - gap - w, m->y - h / 2, w, h };
      candidates[2] = (Box) { m->x - w / 2, m->y - gap - h, w, h };
      candidates[3] = (Box) { m->x - w / 2, m->y + gap, w, h };
      candidates[4] = (Box) { m->x + d, m->y - d - h, w, h };
      candidates[5] = (Box) { m->x + d, m->y + d, w, h };
      candidates[6] = (Box) { m->x - d - w, m->y - d - h, w, h };
      candidates[7] = (Box) { m->x - d - w, m->y + d, w, h };

      for (guint c = 0; c < G_N_ELEMENTS (candidates) && !placed; c++)
        if (box_is_free (&candidates[c], width, height, boxes, markers, i, 1))
          {
            g_array_append_val (boxes, candidates[c]);
            g_ptr_array_add (layouts, g_steal_pointer (&layout));
            placed = TRUE;
          }
      if (!placed && emphasized)
        {
          g_array_append_val (boxes, candidates[0]);
          g_ptr_array_add (layouts, g_steal_pointer (&layout));
        }
    }
}

/* Drawing */

static void
draw_regions (cairo_t               *cr,
              const MtMapStyle      *style,
              const MtMapProjection *proj)
{
  GPtrArray *country = _mt_map_get_country ();
  GPtrArray *regions = _mt_map_get_regions ();

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  for (guint i = 0; i < country->len; i++)
    trace_shape (cr, proj, g_ptr_array_index (country, i));
  _mt_chart_source (cr, style->foreground, 0.06);
  cairo_fill (cr);

  cairo_set_line_width (cr, 1.0);
  _mt_chart_source (cr, style->foreground, 0.22);
  for (guint i = 0; i < regions->len; i++)
    trace_shape (cr, proj, g_ptr_array_index (regions, i));
  cairo_stroke (cr);

  cairo_set_line_width (cr, 1.5);
  _mt_chart_source (cr, style->foreground, 0.6);
  for (guint i = 0; i < country->len; i++)
    trace_shape (cr, proj, g_ptr_array_index (country, i));
  cairo_stroke (cr);

  cairo_restore (cr);
}

/* Region names, small and dim, where they fit inside their region's box and hide
 * no camp or camp name. */
static void
draw_region_names (cairo_t               *cr,
                   const MtMapStyle      *style,
                   const MtMapProjection *proj,
                   GArray                *markers,
                   GArray                *boxes)
{
  GPtrArray *regions = _mt_map_get_regions ();

  for (guint i = 0; i < regions->len; i++)
    {
      MtMapShape *region = g_ptr_array_index (regions, i);
      g_autoptr(PangoLayout) layout = NULL;
      g_autofree char *upper = NULL;
      double x0, y0, x1, y1, w, h;
      Box box;

      if (region->name == NULL)
        continue;
      upper = g_utf8_strup (region->name, -1);
      layout = _mt_map_layout (cr, style, upper, 0.72, FALSE);
      pango_layout_set_spacing (layout, 0);
      _mt_chart_text_size (layout, &w, &h);
      mt_map_project (proj, region->bounds[0], region->bounds[3], &x0, &y0);
      mt_map_project (proj, region->bounds[2], region->bounds[1], &x1, &y1);
      if (w > (x1 - x0) * 0.8 || h > (y1 - y0) * 0.8)
        continue;

      box = (Box) { round ((x0 + x1 - w) / 2), round ((y0 + y1 - h) / 2), w, h };
      if (!box_is_free (&box, G_MAXDOUBLE, G_MAXDOUBLE, boxes, markers, G_MAXUINT, 2))
        continue;
      g_array_append_val (boxes, box);

      _mt_chart_source (cr, style->foreground, 0.42);
      cairo_move_to (cr, box.x, box.y);
      pango_cairo_show_layout (cr, layout);
      cairo_new_path (cr);
    }
}

/* Towns for orientation: a small dot and a dim name, only where nothing else is and
 * not where a camp of the same place already stands. */
static void
draw_towns (cairo_t               *cr,
            const MtMapStyle      *style,
            const MtMapProjection *proj,
            double                 width,
            double                 height,
            const MtMapScene      *scene,
            GArray                *markers,
            GArray                *boxes)
{
  GArray *towns = _mt_map_get_towns ();

  for (guint i = 0; i < towns->len; i++)
    {
      const MtMapTown *town = &g_array_index (towns, MtMapTown, i);
      g_autoptr(PangoLayout) layout = NULL;
      gboolean near_camp = FALSE;
      double x, y, w, h;
      Box box;

      for (guint j = 0; scene->camps != NULL && j < scene->camps->len && !near_camp; j++)
        {
          MtCamp *camp = g_ptr_array_index (scene->camps, j);

          near_camp = g_utf8_collate (mt_camp_get_name (camp), town->name) == 0 ||
                      g_utf8_collate (mt_camp_get_display_name (camp), town->name) == 0 ||
                      (fabs (mt_camp_get_latitude (camp) - town->latitude) < 0.05 &&
                       fabs (mt_camp_get_longitude (camp) - town->longitude) < 0.05);
        }
      if (near_camp)
        continue;

      mt_map_project (proj, town->longitude, town->latitude, &x, &y);
      layout = _mt_map_layout (cr, style, town->name, 0.78, FALSE);
      _mt_chart_text_size (layout, &w, &h);
      box = (Box) { x + 5, y - h / 2, w, h };
      if (!box_is_free (&box, width, height, boxes, markers, G_MAXUINT, 2))
        {
          box.x = x - 5 - w;
          if (!box_is_free (&box, width, height, boxes, markers, G_MAXUINT, 2))
            continue;
        }
      g_array_append_val (boxes, box);

      cairo_new_path (cr);
      cairo_rectangle (cr, round (x) - 2, round (y) - 2, 4, 4);
      _mt_chart_source (cr, style->foreground, 0.55);
      cairo_fill (cr);
      show_with_halo (cr, style, layout, round (box.x), round (box.y), 0.6);
    }
}

static void
draw_camps (cairo_t          *cr,
            const MtMapStyle *style,
            const MtMapScene *scene,
            GArray           *markers)
{
  static const double dash[] = { 3, 3 };

  for (guint i = 0; i < markers->len; i++)
    {
      Marker *m = &g_array_index (markers, Marker, i);
      gint64 id = mt_camp_get_id (m->camp);
      double rgb[3];

      cairo_new_path (cr);
      mt_status_color (mt_camp_get_status (m->camp), style->dark, rgb);
      cairo_arc (cr, m->x, m->y, m->r, 0, 2 * G_PI);
      cairo_set_source_rgba (cr, rgb[0], rgb[1], rgb[2], id == scene->hover_id ? 1.0 : 0.85);
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, 1.5);
      _mt_chart_source (cr, style->background, 1.0);
      cairo_stroke (cr);

      if (_mt_map_scene_is_moved (scene, id))
        {
          cairo_save (cr);
          _mt_map_moved_ring (cr, style);
          cairo_arc (cr, m->x, m->y, m->r + 4, 0, 2 * G_PI);
          cairo_stroke (cr);
          cairo_restore (cr);
        }
      if (id != 0 && id == scene->selected_id)
        {
          cairo_arc (cr, m->x, m->y, m->r + 4, 0, 2 * G_PI);
          cairo_set_line_width (cr, 3);
          _mt_chart_source (cr, style->foreground, 1.0);
          cairo_stroke (cr);
        }
      if (id != 0 && id == scene->focus_id)
        {
          cairo_save (cr);
          cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
          cairo_arc (cr, m->x, m->y, m->r + 8, 0, 2 * G_PI);
          cairo_set_line_width (cr, 2);
          _mt_chart_source (cr, style->foreground, 0.9);
          cairo_stroke (cr);
          cairo_restore (cr);
        }
    }
}

/* Public API */

void
mt_map_style_init (MtMapStyle *style,
                   gboolean    dark)
{
  g_return_if_fail (style != NULL);

  memset (style, 0, sizeof *style);
  style->dark = dark;
  /* libadwaita's window colours */
  if (dark)
    {
      style->foreground[0] = style->foreground[1] = style->foreground[2] = 1.0;
      style->background[0] = style->background[1] = style->background[2] = 0.141;
    }
  else
    {
      style->background[0] = style->background[1] = style->background[2] = 0.98;
    }
  style->foreground[3] = dark ? 1.0 : 0.8;
  style->background[3] = 1.0;
  style->font_family = "Sans";
  style->font_size = 12.0;
}

void
mt_map_render_scene (cairo_t               *cr,
                     double                 width,
                     double                 height,
                     const MtMapStyle      *style,
                     const MtMapProjection *proj,
                     const MtMapScene      *scene)
{
  g_autoptr(GArray) markers = g_array_new (FALSE, FALSE, sizeof (Marker));
  g_autoptr(GArray) boxes = g_array_new (FALSE, FALSE, sizeof (Box));
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (cr != NULL && style != NULL && proj != NULL && scene != NULL);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  cairo_new_path (cr);
  if (style->paint_background)
    {
      _mt_chart_source (cr, style->background, 1.0);
      cairo_paint (cr);
    }

  layout_camps (cr, style, proj, width, height, scene, markers, boxes, layouts);
  _mt_map_draw_graticule (cr, style, proj, width, height);
  draw_regions (cr, style, proj);
  _mt_map_draw_convoys (cr, style, proj, scene);
  draw_region_names (cr, style, proj, markers, boxes);
  draw_towns (cr, style, proj, width, height, scene, markers, boxes);
  draw_camps (cr, style, scene, markers);
  for (guint i = 0; i < layouts->len; i++)
    {
      const Box *box = &g_array_index (boxes, Box, i);

      show_with_halo (cr, style, g_ptr_array_index (layouts, i), round (box->x), round (box->y), 1.0);
    }
  _mt_map_draw_scale_bar (cr, style, proj, width, height);
  if (!scene->hide_legend)
    _mt_map_draw_legend (cr, style, width, height, scene);
  _mt_map_draw_frame (cr, style, width, height);
  cairo_restore (cr);
}

void
mt_map_render (cairo_t               *cr,
               double                 width,
               double                 height,
               const MtMapStyle      *style,
               const MtMapProjection *proj,
               GPtrArray             *camps,
               gint64                 selected_id)
{
  MtMapScene scene = { camps, NULL, NULL, selected_id, 0, 0 };

  mt_map_render_scene (cr, width, height, style, proj, &scene);
}
