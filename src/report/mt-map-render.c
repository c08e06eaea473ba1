/* mt-map-render.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-map-render"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "mt-camp.h"
#include "mt-chart-render.h"
#include "mt-date.h"
#include "mt-map-render.h"

#define ADMIN0_PATH "/org/minusma/Tracker/data/mali-admin0.geojson"
#define ADMIN1_PATH "/org/minusma/Tracker/data/mali-admin1.geojson"
#define MIN_RADIUS  5.0
#define MAX_RADIUS  18.0

/* Generated with the core resources (data/mt-core-resources.h): calling it also makes
 * the linker keep the resource object when libmt-core is a static archive. */
GResource *mt_core_get_resource (void);

/* A region or the country: rings of (longitude, latitude) pairs. */
typedef struct
{
  char      *name;
  GPtrArray *rings;     /* (element-type GArray of double) */
  double     bounds[4]; /* min lon, min lat, max lon, max lat */
} Shape;

typedef struct
{
  double x, y, w, h;
} Box;

typedef struct
{
  MtCamp *camp;  /* borrowed */
  double  x, y, r;
} Marker;

/* GeoJSON, read once per process: the outlines never change. */

static void
shape_free (gpointer data)
{
  Shape *shape = data;

  g_free (shape->name);
  g_ptr_array_unref (shape->rings);
  g_free (shape);
}

static void
add_ring (Shape     *shape,
          JsonArray *ring)
{
  GArray *points = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; ring != NULL && i < json_array_get_length (ring); i++)
    {
      JsonArray *pos = json_array_get_array_element (ring, i);
      double lon, lat;

      if (pos == NULL || json_array_get_length (pos) < 2)
        continue;
      lon = json_array_get_double_element (pos, 0);
      lat = json_array_get_double_element (pos, 1);
      g_array_append_val (points, lon);
      g_array_append_val (points, lat);
      shape->bounds[0] = MIN (shape->bounds[0], lon);
      shape->bounds[1] = MIN (shape->bounds[1], lat);
      shape->bounds[2] = MAX (shape->bounds[2], lon);
      shape->bounds[3] = MAX (shape->bounds[3], lat);
    }
  g_ptr_array_add (shape->rings, points);
}

static void
add_polygon (Shape     *shape,
             JsonArray *polygon)
{
  for (guint i = 0; polygon != NULL && i < json_array_get_length (polygon); i++)
    add_ring (shape, json_array_get_array_element (polygon, i));
}

/* Accepts a FeatureCollection, a Feature or a bare (Multi)Polygon; one Shape per feature. */
static void
collect_shapes (JsonObject *object,
                GPtrArray  *shapes)
{
  const char *type = json_object_get_string_member_with_default (object, "type", "");

  if (g_str_equal (type, "FeatureCollection"))
    {
      JsonArray *features = json_object_get_array_member (object, "features");

      for (guint i = 0; features != NULL && i < json_array_get_length (features); i++)
        collect_shapes (json_array_get_object_element (features, i), shapes);
    }
  else if (g_str_equal (type, "Feature"))
    {
      JsonObject *props = json_object_get_object_member (object, "properties");
      JsonObject *geometry = json_object_get_object_member (object, "geometry");
      guint before = shapes->len;

      if (geometry != NULL)
        collect_shapes (geometry, shapes);
      if (shapes->len > before && props != NULL)
        {
          Shape *shape = g_ptr_array_index (shapes, shapes->len - 1);

          shape->name = g_strdup (json_object_get_string_member_with_default (props, "name", NULL));
        }
    }
  else if (g_str_equal (type, "Polygon") || g_str_equal (type, "MultiPolygon"))
    {
      JsonArray *coords = json_object_get_array_member (object, "coordinates");
      Shape *shape = g_new0 (Shape, 1);

      shape->rings = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
      shape->bounds[0] = shape->bounds[1] = G_MAXDOUBLE;
      shape->bounds[2] = shape->bounds[3] = -G_MAXDOUBLE;
      if (g_str_equal (type, "Polygon"))
        add_polygon (shape, coords);
      else
        for (guint i = 0; coords != NULL && i < json_array_get_length (coords); i++)
          add_polygon (shape, json_array_get_array_element (coords, i));
      g_ptr_array_add (shapes, shape);
    }
}

static GPtrArray *
load_shapes (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  GPtrArray *shapes = g_ptr_array_new_with_free_func (shape_free);
  JsonNode *root;

  bytes = g_resource_lookup_data (mt_core_get_resource (), path, 0, &error);
  if (bytes == NULL ||
      !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                   g_bytes_get_size (bytes), &error))
    {
      g_warning ("Cannot read %s: %s", path, error->message);
      return shapes;
    }

  root = json_parser_get_root (parser);
  if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
    collect_shapes (json_node_get_object (root), shapes);

  return shapes;
}

static GPtrArray *
get_country (void)
{
  static GPtrArray *country;

  if (g_once_init_enter (&country))
    g_once_init_leave (&country, load_shapes (ADMIN0_PATH));

  return country;
}

static GPtrArray *
get_regions (void)
{
  static GPtrArray *regions;

  if (g_once_init_enter (&regions))
    g_once_init_leave (&regions, load_shapes (ADMIN1_PATH));

  return regions;
}

/* Text */

static PangoLayout *
make_layout (cairo_t          *cr,
             const MtMapStyle *style,
             const char       *text,
             double            scale,
             gboolean          bold)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_new ();
  double size = style->font_size > 0 ? style->font_size : 12.0;

  pango_font_description_set_family (desc, style->font_family ? style->font_family : "Sans");
  pango_font_description_set_absolute_size (desc, size * scale * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_text (layout, text, -1);

  return layout;
}

static void
layout_size (PangoLayout *layout,
             double      *w,
             double      *h)
{
  int iw, ih;

  pango_layout_get_pixel_size (layout, &iw, &ih);
  *w = iw;
  *h = ih;
}

static void
source (cairo_t      *cr,
        const double  rgba[4],
        double        alpha)
{
  cairo_set_source_rgba (cr, rgba[0], rgba[1], rgba[2], rgba[3] * alpha);
}

/* Text readable over lines and markers: a halo in the background colour first. */
static void
show_with_halo (cairo_t          *cr,
                const MtMapStyle *style,
                PangoLayout      *layout,
                double            x,
                double            y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_layout_path (cr, layout);
  cairo_set_line_width (cr, 3.0);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_source_rgba (cr, style->background[0], style->background[1],
                         style->background[2], 0.85);
  cairo_stroke (cr);
  cairo_move_to (cr, x, y);
  source (cr, style->foreground, 1.0);
  pango_cairo_show_layout (cr, layout);
}

/* Geometry */

static void
trace_shape (cairo_t               *cr,
             const MtMapProjection *proj,
             const Shape           *shape)
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

/* Drawing */

static void
draw_regions (cairo_t               *cr,
              const MtMapStyle      *style,
              const MtMapProjection *proj)
{
  GPtrArray *country = get_country ();
  GPtrArray *regions = get_regions ();

  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  cairo_new_path (cr);
  for (guint i = 0; i < country->len; i++)
    trace_shape (cr, proj, g_ptr_array_index (country, i));
  source (cr, style->foreground, 0.05);
  cairo_fill (cr);

  cairo_set_line_width (cr, 1.0);
  source (cr, style->foreground, 0.2);
  for (guint i = 0; i < regions->len; i++)
    trace_shape (cr, proj, g_ptr_array_index (regions, i));
  cairo_stroke (cr);

  cairo_set_line_width (cr, 1.5);
  source (cr, style->foreground, 0.55);
  for (guint i = 0; i < country->len; i++)
    trace_shape (cr, proj, g_ptr_array_index (country, i));
  cairo_stroke (cr);

  cairo_restore (cr);
}

/* Places markers (big first, so small ones stay visible on top) and their names: each
 * name takes the first side that hits no other name or marker and stays visible. */
static void
layout_camps (cairo_t               *cr,
              const MtMapStyle      *style,
              const MtMapProjection *proj,
              double                 width,
              double                 height,
              GPtrArray             *camps,
              gint64                 selected_id,
              GArray                *markers,
              GArray                *boxes,
              GPtrArray             *layouts)
{
  gint64 max = mt_map_max_strength (camps);

  for (guint i = 0; camps != NULL && i < camps->len; i++)
    {
      Marker m;

      m.camp = g_ptr_array_index (camps, i);
      mt_map_project (proj, mt_camp_get_longitude (m.camp), mt_camp_get_latitude (m.camp),
                      &m.x, &m.y);
      m.r = mt_map_marker_radius (mt_camp_get_baseline_strength (m.camp), max);
      g_array_append_val (markers, m);
    }
  g_array_sort (markers, compare_markers);

  for (guint i = 0; i < markers->len; i++)
    {
      Marker *m = &g_array_index (markers, Marker, i);
      gboolean selected = selected_id != 0 && mt_camp_get_id (m->camp) == selected_id;
      PangoLayout *layout = make_layout (cr, style, mt_camp_get_name (m->camp), 0.9, selected);
      double w, h, gap = m->r + (selected ? 7 : 3);
      Box candidates[4], chosen;

      layout_size (layout, &w, &h);
      candidates[0] = (Box) { m->x + gap, m->y - h / 2, w, h };
      candidates[1] = (Box) { m->x - gap - w, m->y - h / 2, w, h };
      candidates[2] = (Box) { m->x - w / 2, m->y - gap - h, w, h };
      candidates[3] = (Box) { m->x - w / 2, m->y + gap, w, h };
      chosen = candidates[0];

      for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
        {
          const Box *box = &candidates[c];
          gboolean free = box->x >= 0 && box->y >= 0 &&
                          box->x + w <= width && box->y + h <= height;

          for (guint j = 0; free && j < boxes->len; j++)
            free = !boxes_overlap (box, &g_array_index (boxes, Box, j));
          for (guint j = 0; free && j < markers->len; j++)
            {
              Marker *other = &g_array_index (markers, Marker, j);

              free = j == i || !box_hits_circle (box, other->x, other->y, other->r);
            }
          if (free)
            {
              chosen = *box;
              break;
            }
        }
      g_array_append_val (boxes, chosen);
      g_ptr_array_add (layouts, layout);
    }
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
  GPtrArray *regions = get_regions ();

  for (guint i = 0; i < regions->len; i++)
    {
      Shape *region = g_ptr_array_index (regions, i);
      g_autoptr(PangoLayout) layout = NULL;
      g_autofree char *upper = NULL;
      double x0, y0, x1, y1, w, h;
      gboolean free = TRUE;
      Box box;

      if (region->name == NULL)
        continue;
      upper = g_utf8_strup (region->name, -1);
      layout = make_layout (cr, style, upper, 0.75, FALSE);
      layout_size (layout, &w, &h);
      mt_map_project (proj, region->bounds[0], region->bounds[3], &x0, &y0);
      mt_map_project (proj, region->bounds[2], region->bounds[1], &x1, &y1);
      if (w > (x1 - x0) * 0.8 || h > (y1 - y0) * 0.8)
        continue;

      box = (Box) { round ((x0 + x1 - w) / 2), round ((y0 + y1 - h) / 2), w, h };
      for (guint j = 0; free && j < boxes->len; j++)
        free = !boxes_overlap (&box, &g_array_index (boxes, Box, j));
      for (guint j = 0; free && j < markers->len; j++)
        {
          Marker *m = &g_array_index (markers, Marker, j);

          free = !box_hits_circle (&box, m->x, m->y, m->r + 2);
        }
      if (!free)
        continue;

      source (cr, style->foreground, 0.4);
      cairo_move_to (cr, box.x, box.y);
      pango_cairo_show_layout (cr, layout);
    }
}

static void
draw_camps (cairo_t          *cr,
            const MtMapStyle *style,
            GArray           *markers,
            GArray           *boxes,
            GPtrArray        *layouts,
            gint64            selected_id)
{
  for (guint i = 0; i < markers->len; i++)
    {
      Marker *m = &g_array_index (markers, Marker, i);
      double rgb[3];

      /* pango_cairo_show_layout() leaves a current point: start a fresh path. */
      cairo_new_path (cr);
      mt_status_color (mt_camp_get_status (m->camp), style->dark, rgb);
      cairo_arc (cr, m->x, m->y, m->r, 0, 2 * G_PI);
      cairo_set_source_rgba (cr, rgb[0], rgb[1], rgb[2], 0.85);
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, 1.5);
      source (cr, style->background, 1.0);
      cairo_stroke (cr);

      if (selected_id != 0 && mt_camp_get_id (m->camp) == selected_id)
        {
          cairo_arc (cr, m->x, m->y, m->r + 4, 0, 2 * G_PI);
          cairo_set_line_width (cr, 2.5);
          source (cr, style->foreground, 1.0);
          cairo_stroke (cr);
        }
    }

  for (guint i = 0; i < boxes->len; i++)
    {
      const Box *box = &g_array_index (boxes, Box, i);

      cairo_new_path (cr);
      show_with_halo (cr, style, g_ptr_array_index (layouts, i), round (box->x), round (box->y));
    }
  cairo_new_path (cr);
}

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   w,
              double   h,
              double   r)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
draw_legend (cairo_t          *cr,
             const MtMapStyle *style,
             double            width,
             double            height,
             GPtrArray        *camps)
{
  g_autoptr(PangoLayout) title = make_layout (cr, style, _("Camp status"), 0.85, TRUE);
  PangoLayout *labels[MT_CAMP_N_STATUSES];
  guint counts[MT_CAMP_N_STATUSES] = { 0 };
  double pad = 10, swatch = 10, row_h, w, h, title_w, title_h, box_w, box_h, x, y;

  for (guint i = 0; camps != NULL && i < camps->len; i++)
    counts[mt_camp_get_status (g_ptr_array_index (camps, i))]++;

  layout_size (title, &title_w, &title_h);
  box_w = title_w;
  row_h = title_h;
  for (MtCampStatus s = 0; s < MT_CAMP_N_STATUSES; s++)
    {
      g_autofree char *count = mt_format_count (counts[s]);
      /* Translators: a status and how many camps have it, e.g. "Closed (2)" */
      g_autofree char *text = g_strdup_printf (C_("map legend", "%s (%s)"),
                                               mt_camp_status_get_label (s), count);

      labels[s] = make_layout (cr, style, text, 0.85, FALSE);
      layout_size (labels[s], &w, &h);
      box_w = MAX (box_w, swatch + 6 + w);
      row_h = MAX (row_h, h);
    }
  box_w += 2 * pad;
  box_h = 2 * pad + title_h + 4 + MT_CAMP_N_STATUSES * (row_h + 2);
  /* Bottom right: outside Mali's outline for the usual aspect ratios. */
  x = round (width - box_w - 12);
  y = round (height - box_h - 12);

  cairo_save (cr);
  cairo_new_path (cr);
  rounded_rect (cr, x, y, box_w, box_h, 8);
  cairo_set_source_rgba (cr, style->background[0], style->background[1],
                         style->background[2], 0.9);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, 1);
  source (cr, style->foreground, 0.15);
  cairo_stroke (cr);

  source (cr, style->foreground, 1.0);
  cairo_move_to (cr, x + pad, y + pad);
  pango_cairo_show_layout (cr, title);

  y += pad + title_h + 4;
  for (MtCampStatus s = 0; s < MT_CAMP_N_STATUSES; s++)
    {
      double rgb[3];

      mt_status_color (s, style->dark, rgb);
      cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
      cairo_new_path (cr);
      cairo_arc (cr, x + pad + swatch / 2, y + row_h / 2, swatch / 2, 0, 2 * G_PI);
      cairo_fill (cr);
      source (cr, style->foreground, 1.0);
      cairo_move_to (cr, x + pad + swatch + 6, y);
      pango_cairo_show_layout (cr, labels[s]);
      g_object_unref (labels[s]);
      y += row_h + 2;
    }
  cairo_restore (cr);
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
mt_map_get_bounds (GPtrArray *camps,
                   double     bounds[4])
{
  GPtrArray *country = get_country ();

  g_return_if_fail (bounds != NULL);

  bounds[0] = bounds[1] = G_MAXDOUBLE;
  bounds[2] = bounds[3] = -G_MAXDOUBLE;

  for (guint i = 0; i < country->len; i++)
    {
      Shape *shape = g_ptr_array_index (country, i);

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

void
mt_map_render (cairo_t               *cr,
               double                 width,
               double                 height,
               const MtMapStyle      *style,
               const MtMapProjection *proj,
               GPtrArray             *camps,
               gint64                 selected_id)
{
  g_autoptr(GArray) markers = g_array_new (FALSE, FALSE, sizeof (Marker));
  g_autoptr(GArray) boxes = g_array_new (FALSE, FALSE, sizeof (Box));
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (cr != NULL && style != NULL && proj != NULL);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  if (style->paint_background)
    {
      source (cr, style->background, 1.0);
      cairo_paint (cr);
    }

  layout_camps (cr, style, proj, width, height, camps, selected_id, markers, boxes, layouts);
  draw_regions (cr, style, proj);
  draw_region_names (cr, style, proj, markers, boxes);
  draw_camps (cr, style, markers, boxes, layouts, selected_id);
  draw_legend (cr, style, width, height, camps);
  cairo_restore (cr);
}
