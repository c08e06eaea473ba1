/* mt-map-decor.c: the map's furniture: graticule, frame, scale bar and legend.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Neighbouring countries are not in the offline data, so the graticule and the
 * frame give the context: where the country sits on the globe and how far things are.
 */

#define G_LOG_DOMAIN "mt-map-render"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "mt-camp.h"
#include "mt-chart-render.h"
#include "mt-convoy.h"
#include "mt-date.h"
#include "mt-chart-render-private.h"
#include "mt-map-render-private.h"

#define KM_PER_DEGREE 111.32

/* Auxiliary methods */

static void
unproject (const MtMapProjection *proj,
           double                 x,
           double                 y,
           double                *lon,
           double                *lat)
{
  *lon = proj->min_lon + (x - proj->ox) / (proj->kx * proj->scale);
  *lat = proj->max_lat - (y - proj->oy) / proj->scale;
}

static char *
format_degrees (double   value,
                gboolean latitude)
{
  g_autofree char *number = NULL;
  double a = fabs (value);

  number = fabs (a - round (a)) < 1e-6 ? g_strdup_printf ("%.0f", a) : g_strdup_printf ("%.1f", a);
  if (a < 1e-6)
    return g_strdup_printf ("%s°", number);
  if (latitude)
    /* Translators: degrees north / south of the equator; keep the short form */
    return g_strdup_printf (value > 0 ? _("%s°N") : _("%s°S"), number);
  /* Translators: degrees east / west of Greenwich; keep the short form ("4°O" in French) */
  return g_strdup_printf (value > 0 ? _("%s°E") : _("%s°W"), number);
}

/* Shared helpers (mt-map-render-private.h) */

PangoLayout *
_mt_map_layout (cairo_t          *cr,
                const MtMapStyle *style,
                const char       *text,
                double            scale,
                gboolean          bold)
{
  return _mt_render_layout (cr, style->font_family, style->font_size, scale, bold, text);
}

void
_mt_map_rounded_rect (cairo_t *cr,
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

static MtCamp *
find_camp (GPtrArray *camps,
           gint64     id)
{
  for (guint i = 0; camps != NULL && i < camps->len; i++)
    if (mt_camp_get_id (g_ptr_array_index (camps, i)) == id)
      return g_ptr_array_index (camps, i);

  return NULL;
}

/* Convoys as straight lines between the camps' markers, an arrow head at the
 * destination; the ones still on the road as of the date dashed and stronger. */
void
_mt_map_draw_convoys (cairo_t               *cr,
              const MtMapStyle      *style,
              const MtMapProjection *proj,
              const MtMapScene      *scene)
{
  gint64 max = mt_map_max_strength (scene->camps);

  for (guint i = 0; scene->convoys != NULL && i < scene->convoys->len; i++)
    {
      MtConvoy *convoy = g_ptr_array_index (scene->convoys, i);
      MtCamp *from = find_camp (scene->camps, mt_convoy_get_from_camp_id (convoy));
      MtCamp *to = find_camp (scene->camps, mt_convoy_get_to_camp_id (convoy));
      const char *arrived = mt_convoy_get_arrived (convoy);
      gboolean in_progress;
      double x0, y0, x1, y1, len, ux, uy, r0, r1, ax, ay;

      if (from == NULL || to == NULL)
        continue;
      in_progress = arrived == NULL || (scene->as_of != NULL && g_strcmp0 (arrived, scene->as_of) > 0);

      mt_map_project (proj, mt_camp_get_longitude (from), mt_camp_get_latitude (from), &x0, &y0);
      mt_map_project (proj, mt_camp_get_longitude (to), mt_camp_get_latitude (to), &x1, &y1);
      len = hypot (x1 - x0, y1 - y0);
      r0 = mt_map_camp_radius (from, max) + 3;
      r1 = mt_map_camp_radius (to, max) + 3;
      if (len <= r0 + r1 + 4)
        continue;
      ux = (x1 - x0) / len;
      uy = (y1 - y0) / len;
      x0 += ux * r0;
      y0 += uy * r0;
      x1 -= ux * r1;
      y1 -= uy * r1;

      cairo_save (cr);
      cairo_new_path (cr);
      _mt_map_convoy_line (cr, in_progress);
      _mt_chart_source (cr, style->foreground, in_progress ? 0.85 : 0.55);
      cairo_move_to (cr, x0, y0);
      cairo_line_to (cr, x1 - ux * 6, y1 - uy * 6);
      cairo_stroke (cr);

      /* The arrow head. */
      cairo_set_dash (cr, NULL, 0, 0);
      ax = x1 - ux * 10;
      ay = y1 - uy * 10;
      cairo_move_to (cr, x1, y1);
      cairo_line_to (cr, ax - uy * 5, ay + ux * 5);
      cairo_line_to (cr, ax + uy * 5, ay - ux * 5);
      cairo_close_path (cr);
      cairo_fill (cr);
      cairo_restore (cr);
    }
}

/* Furniture */

void
_mt_map_draw_graticule (cairo_t               *cr,
                        const MtMapStyle      *style,
                        const MtMapProjection *proj,
                        double                 width,
                        double                 height)
{
  static const double steps[] = { 0.25, 0.5, 1, 2, 5, 10 };
  double lon0, lat0, lon1, lat1, step = steps[G_N_ELEMENTS (steps) - 1];

  unproject (proj, 0, height, &lon0, &lat0);
  unproject (proj, width, 0, &lon1, &lat1);

  /* Lines some 90 units apart, whatever the zoom. */
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] * proj->scale >= 90)
      {
        step = steps[i];
        break;
      }

  cairo_save (cr);
  cairo_set_line_width (cr, 1);
  _mt_chart_source (cr, style->foreground, 0.08);
  for (double lon = ceil (lon0 / step) * step; lon <= lon1; lon += step)
    {
      double x, y;

      mt_map_project (proj, lon, 0, &x, &y);
      cairo_move_to (cr, round (x) + 0.5, 0);
      cairo_line_to (cr, round (x) + 0.5, height);
    }
  for (double lat = ceil (lat0 / step) * step; lat <= lat1; lat += step)
    {
      double x, y;

      mt_map_project (proj, 0, lat, &x, &y);
      cairo_move_to (cr, 0, round (y) + 0.5);
      cairo_line_to (cr, width, round (y) + 0.5);
    }
  cairo_stroke (cr);

  /* Labels along the top and left edges, inside the frame. */
  _mt_chart_source (cr, style->foreground, 0.45);
  for (double lon = ceil (lon0 / step) * step; lon <= lon1; lon += step)
    {
      g_autofree char *text = format_degrees (lon, FALSE);
      g_autoptr(PangoLayout) layout = _mt_map_layout (cr, style, text, 0.7, FALSE);
      double x, y, w, h;

      mt_map_project (proj, lon, 0, &x, &y);
      _mt_chart_text_size (layout, &w, &h);
      if (x + 3 + w > width - 4)
        continue;
      cairo_move_to (cr, round (x) + 3, 4);
      pango_cairo_show_layout (cr, layout);
    }
  for (double lat = ceil (lat0 / step) * step; lat <= lat1; lat += step)
    {
      g_autofree char *text = format_degrees (lat, TRUE);
      g_autoptr(PangoLayout) layout = _mt_map_layout (cr, style, text, 0.7, FALSE);
      double x, y, w, h;

      mt_map_project (proj, 0, lat, &x, &y);
      _mt_chart_text_size (layout, &w, &h);
      if (y - h - 1 < 18)
        continue;
      cairo_move_to (cr, 5, round (y) - h - 1);
      pango_cairo_show_layout (cr, layout);
    }
  cairo_new_path (cr);
  cairo_restore (cr);
}

void
_mt_map_draw_frame (cairo_t          *cr,
                    const MtMapStyle *style,
                    double            width,
                    double            height)
{
  cairo_save (cr);
  cairo_new_path (cr);
  cairo_set_line_width (cr, 1);
  _mt_chart_source (cr, style->foreground, 0.3);
  cairo_rectangle (cr, 0.5, 0.5, width - 1, height - 1);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
_mt_map_draw_scale_bar (cairo_t               *cr,
                        const MtMapStyle      *style,
                        const MtMapProjection *proj,
                        double                 width,
                        double                 height)
{
  static const double nice[] = { 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000 };
  double per_km = proj->scale / KM_PER_DEGREE, km = nice[0], w, h, x = 16, y, bar;
  g_autofree char *count = NULL;
  g_autofree char *text = NULL;
  g_autoptr(PangoLayout) layout = NULL;

  /* The longest round distance that fits in a fifth of the width. */
  for (guint i = 0; i < G_N_ELEMENTS (nice); i++)
    if (nice[i] * per_km <= MAX (width / 5, 60))
      km = nice[i];
  bar = round (km * per_km);

  count = mt_format_count ((gint64) km);
  /* Translators: a distance on the map's scale bar */
  text = g_strdup_printf (_("%s km"), count);
  layout = _mt_map_layout (cr, style, text, 0.8, FALSE);
  _mt_chart_text_size (layout, &w, &h);
  y = height - 16 - 6;

  cairo_save (cr);
  cairo_new_path (cr);
  /* Two halves, dark and light, so it reads on any background. */
  cairo_rectangle (cr, x, y, bar, 6);
  cairo_set_source_rgba (cr, style->background[0], style->background[1], style->background[2], 1);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, 1);
  _mt_chart_source (cr, style->foreground, 1.0);
  cairo_stroke (cr);
  cairo_rectangle (cr, x, y, round (bar / 2), 6);
  cairo_fill (cr);

  cairo_move_to (cr, x + bar + 6, round (y + 3 - h / 2));
  pango_cairo_show_layout (cr, layout);
  cairo_new_path (cr);
  cairo_restore (cr);
}

void
_mt_map_convoy_line (cairo_t  *cr,
                     gboolean  in_progress)
{
  static const double dash[] = { 7, 5 };

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  if (in_progress)
    {
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_set_line_width (cr, 3);
    }
  else
    {
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_set_line_width (cr, 2);
    }
}

gboolean
_mt_map_scene_is_moved (const MtMapScene *scene,
                        gint64            id)
{
  return scene->moved_ids != NULL && g_hash_table_contains (scene->moved_ids, &id);
}

void
_mt_map_moved_ring (cairo_t          *cr,
                    const MtMapStyle *style)
{
  static const double dash[] = { 5, 3 };

  /* libadwaita's purple: apart from every status colour, in both styles. */
  if (style->dark)
    cairo_set_source_rgb (cr, 0.753, 0.380, 0.796);
  else
    cairo_set_source_rgb (cr, 0.569, 0.255, 0.675);
  cairo_set_line_width (cr, 2.5);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
}

void
_mt_map_draw_legend (cairo_t          *cr,
                     const MtMapStyle *style,
                     double            width,
                     double            height,
                     const MtMapScene *scene)
{
  g_autoptr(PangoLayout) title = _mt_map_layout (cr, style, _("Camp status"), 0.85, TRUE);
  g_autoptr(PangoLayout) size_note = _mt_map_layout (cr, style,
                                                     _("Size: personnel still there (estimate)"),
                                                     0.8, FALSE);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  guint counts[MT_CAMP_N_STATUSES] = { 0 };
  gboolean convoys = scene->convoys != NULL && scene->convoys->len > 0;
  gboolean moved = scene->moved_ids != NULL && g_hash_table_size (scene->moved_ids) > 0;
  guint first_convoy = MT_CAMP_N_STATUSES, moved_row = G_MAXUINT;
  double pad = 10, swatch = 10, row_h, w, h, title_w, title_h, box_w, box_h, x, y, note_h;

  for (guint i = 0; scene->camps != NULL && i < scene->camps->len; i++)
    counts[mt_camp_get_status (g_ptr_array_index (scene->camps, i))]++;

  _mt_chart_text_size (title, &title_w, &title_h);
  _mt_chart_text_size (size_note, &w, &note_h);
  box_w = MAX (title_w, w);
  row_h = title_h;
  for (MtCampStatus s = 0; s < MT_CAMP_N_STATUSES; s++)
    {
      g_autofree char *count = mt_format_count (counts[s]);
      /* Translators: a status and how many camps have it, e.g. "Closed (2)" */
      g_autofree char *text = g_strdup_printf (C_("map legend", "%s (%s)"),
                                               mt_camp_status_get_label (s), count);

      g_ptr_array_add (rows, _mt_map_layout (cr, style, text, 0.85, FALSE));
    }
  if (convoys)
    {
      g_ptr_array_add (rows, _mt_map_layout (cr, style, _("Convoy arrived"), 0.85, FALSE));
      g_ptr_array_add (rows, _mt_map_layout (cr, style, _("Convoy on the road"), 0.85, FALSE));
    }
  if (moved)
    {
      moved_row = rows->len;
      g_ptr_array_add (rows, _mt_map_layout (cr, style, _("Closure moved by the scenario"),
                                             0.85, FALSE));
    }
  for (guint i = 0; i < rows->len; i++)
    {
      _mt_chart_text_size (g_ptr_array_index (rows, i), &w, &h);
      box_w = MAX (box_w, 22 + 6 + w);
      row_h = MAX (row_h, h);
    }
  box_w += 2 * pad;
  box_h = 2 * pad + title_h + 4 + rows->len * (row_h + 2) + 4 + note_h;
  /* Bottom right: outside Mali's outline for the usual aspect ratios. */
  x = round (width - box_w - 12);
  y = round (height - box_h - 12);

  cairo_save (cr);
  cairo_new_path (cr);
  _mt_map_rounded_rect (cr, x, y, box_w, box_h, 8);
  cairo_set_source_rgba (cr, style->background[0], style->background[1],
                         style->background[2], 0.92);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, 1);
  _mt_chart_source (cr, style->foreground, 0.15);
  cairo_stroke (cr);

  _mt_chart_source (cr, style->foreground, 1.0);
  cairo_move_to (cr, x + pad, y + pad);
  pango_cairo_show_layout (cr, title);

  y += pad + title_h + 4;
  for (guint i = 0; i < rows->len; i++)
    {
      double mid = y + row_h / 2;

      cairo_new_path (cr);
      if (i < MT_CAMP_N_STATUSES)
        {
          double rgb[3];

          mt_status_color (i, style->dark, rgb);
          cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
          cairo_arc (cr, x + pad + 11, mid, swatch / 2, 0, 2 * G_PI);
          cairo_fill (cr);
        }
      else if (i == moved_row)
        {
          cairo_save (cr);
          _mt_map_moved_ring (cr, style);
          cairo_arc (cr, x + pad + 11, mid, swatch / 2 + 1, 0, 2 * G_PI);
          cairo_stroke (cr);
          cairo_restore (cr);
        }
      else
        {
          cairo_save (cr);
          _mt_map_convoy_line (cr, i > first_convoy);
          _mt_chart_source (cr, style->foreground, 0.7);
          cairo_move_to (cr, x + pad + 1, mid);
          cairo_line_to (cr, x + pad + 21, mid);
          cairo_stroke (cr);
          cairo_restore (cr);
        }
      _mt_chart_source (cr, style->foreground, 1.0);
      cairo_move_to (cr, x + pad + 22 + 6, y);
      pango_cairo_show_layout (cr, g_ptr_array_index (rows, i));
      y += row_h + 2;
    }
  _mt_chart_source (cr, style->foreground, 0.7);
  cairo_move_to (cr, x + pad, y + 4);
  pango_cairo_show_layout (cr, size_note);
  cairo_new_path (cr);
  cairo_restore (cr);
}
