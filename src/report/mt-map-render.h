/* mt-map-render.h: the camp map drawn with cairo and pango only, at any size.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The country outline and regions come from the embedded GeoJSON
 * (/org/minusma/Tracker/data/mali-admin{0,1}.geojson, read once), the towns from
 * mali-towns.csv. MtMapView draws with this on screen and the printed report can
 * reuse it.
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "mt-types.h"

G_BEGIN_DECLS

typedef struct
{
  double      foreground[4]; /* outlines, labels */
  double      background[4]; /* label halos, legend box; the page behind the map */
  gboolean    dark;          /* picks the status colours' dark set */
  gboolean    paint_background; /* fill with @background first (paper, images) */
  const char *font_family;   /* borrowed; NULL = "Sans" */
  double      font_size;     /* in user units */
} MtMapStyle;

/* Equirectangular projection fitted to a rectangle. */
typedef struct
{
  double min_lon;
  double max_lat;
  double kx;     /* cos (mean latitude): keeps the country's shape */
  double scale;  /* user units per degree of latitude */
  double ox;
  double oy;
} MtMapProjection;

void    mt_map_style_init           (MtMapStyle            *style,
                                     gboolean               dark);

/* Longitude/latitude bounds (min lon, min lat, max lon, max lat) of the outline and
 * of every camp in @camps (MtCamp, may be NULL). */
void    mt_map_get_bounds           (GPtrArray             *camps,
                                     double                 bounds[4]);
void    mt_map_projection_fit       (MtMapProjection       *proj,
                                     const double           bounds[4],
                                     double                 width,
                                     double                 height,
                                     double                 margin);
void    mt_map_project              (const MtMapProjection *proj,
                                     double                 longitude,
                                     double                 latitude,
                                     double                *x,
                                     double                *y);
/* Zooms by @factor keeping the point (@x, @y) where it is. */
void    mt_map_projection_zoom      (MtMapProjection       *proj,
                                     double                 factor,
                                     double                 x,
                                     double                 y);
void    mt_map_projection_pan       (MtMapProjection       *proj,
                                     double                 dx,
                                     double                 dy);
/* Marker radius: its area grows with @strength, relative to @max_strength. */
double  mt_map_marker_radius        (gint64                 strength,
                                     gint64                 max_strength);
/* The largest strength before the withdrawal: the reference for every marker, so a
 * camp's marker shrinks as its people leave. */
gint64  mt_map_max_strength         (GPtrArray             *camps);
/* Personnel still at the camp (an estimate): its strength before the withdrawal less
 * its departures as of the camp's date, never below 0; none once it is closed or handed
 * over, as its page says. */
gint64  mt_map_current_personnel    (MtCamp                *camp);
double  mt_map_camp_radius          (MtCamp                *camp,
                                     gint64                 max_strength);
/* Index in @camps of the marker under (@x, @y), or G_MAXUINT; the smallest wins
 * (small markers are drawn on top). */
guint   mt_map_hit_test             (const MtMapProjection *proj,
                                     GPtrArray             *camps,
                                     double                 x,
                                     double                 y);

typedef struct
{
  GPtrArray  *camps;        /* (element-type MtCamp) */
  GPtrArray  *convoys;      /* (element-type MtConvoy) (nullable) */
  const char *as_of;        /* a convoy not arrived by then is in progress; NULL = latest */
  gint64      selected_id;  /* 0 = none */
  gint64      focus_id;     /* the camp the keyboard is on; 0 = none */
  gint64      hover_id;     /* the camp under the pointer; 0 = none */
  gboolean    hide_legend;  /* folded away on screen, where it may cover camps */
  GHashTable *moved_ids;    /* (nullable) camps (gint64 * keys) whose closure a what-if
                             * scenario moves: ringed, and named in the legend */
} MtMapScene;

/* Draws a graticule, the outline and regions with their names, towns, convoys as
 * lines between camps (solid when arrived, dashed when on the road as of @as_of, an
 * arrow at the destination), camps as status-coloured markers sized by personnel
 * still there, with names that do not collide, rings for the selected, focused and
 * hovered camps and for those whose closure a scenario moves, a frame, a scale bar and a legend (unless @scene hides it). */
void    mt_map_render_scene         (cairo_t               *cr,
                                     double                 width,
                                     double                 height,
                                     const MtMapStyle      *style,
                                     const MtMapProjection *proj,
                                     const MtMapScene      *scene);

/* Draws the outline, region names, @camps (MtCamp) as status-coloured markers with
 * their names, a ring around @selected_id (0 = none) and a status legend. */
void    mt_map_render               (cairo_t               *cr,
                                     double                 width,
                                     double                 height,
                                     const MtMapStyle      *style,
                                     const MtMapProjection *proj,
                                     GPtrArray             *camps,
                                     gint64                 selected_id);

G_END_DECLS
