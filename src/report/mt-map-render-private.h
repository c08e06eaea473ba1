/* mt-map-render-private.h: the map's offline data, shared by mt-map-*.c.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <pango/pangocairo.h>

#include "mt-map-render.h"

G_BEGIN_DECLS

/* A region or the country: rings of (longitude, latitude) pairs. */
typedef struct
{
  char      *name;
  GPtrArray *rings;     /* (element-type GArray of double) */
  double     bounds[4]; /* min lon, min lat, max lon, max lat */
} MtMapShape;

typedef struct
{
  char   *name;
  double  latitude;
  double  longitude;
} MtMapTown;

/* Read once per process from the core resources; never freed. */
GPtrArray *_mt_map_get_country (void);   /* (element-type MtMapShape) */
GPtrArray *_mt_map_get_regions (void);   /* (element-type MtMapShape) */
GArray    *_mt_map_get_towns   (void);   /* (element-type MtMapTown) */

/* Drawing helpers (mt-map-decor.c) */
PangoLayout *_mt_map_layout       (cairo_t               *cr,
                                   const MtMapStyle      *style,
                                   const char            *text,
                                   double                 scale,
                                   gboolean               bold);
void         _mt_map_rounded_rect (cairo_t               *cr,
                                   double                 x,
                                   double                 y,
                                   double                 w,
                                   double                 h,
                                   double                 r);

/* Furniture (mt-map-decor.c): drawn under, around and over the data. */
void         _mt_map_draw_graticule (cairo_t               *cr,
                                     const MtMapStyle      *style,
                                     const MtMapProjection *proj,
                                     double                 width,
                                     double                 height);
void         _mt_map_draw_frame     (cairo_t               *cr,
                                     const MtMapStyle      *style,
                                     double                 width,
                                     double                 height);
void         _mt_map_draw_scale_bar (cairo_t               *cr,
                                     const MtMapStyle      *style,
                                     const MtMapProjection *proj,
                                     double                 width,
                                     double                 height);
/* TRUE when a what-if scenario moves camp @id's closure (@scene's moved_ids). */
gboolean     _mt_map_scene_is_moved (const MtMapScene      *scene,
                                     gint64                 id);
/* Sets @cr's source, width and dash for the ring of a camp whose closure is moved. */
void         _mt_map_moved_ring     (cairo_t               *cr,
                                     const MtMapStyle      *style);
void         _mt_map_draw_legend    (cairo_t               *cr,
                                     const MtMapStyle      *style,
                                     double                 width,
                                     double                 height,
                                     const MtMapScene      *scene);
void         _mt_map_draw_convoys   (cairo_t               *cr,
                                     const MtMapStyle      *style,
                                     const MtMapProjection *proj,
                                     const MtMapScene      *scene);
/* The convoy line style: dashed when in progress. */
void         _mt_map_convoy_line    (cairo_t               *cr,
                                     gboolean               in_progress);

G_END_DECLS
