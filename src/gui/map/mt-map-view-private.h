/* mt-map-view-private.h: shared by mt-map-view.c and mt-map-view-input.c.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-map-render.h"
#include "mt-map-view.h"
#include "mt-store-watch.h"

G_BEGIN_DECLS

#define MT_MAP_VIEW_MAX_ZOOM 24.0

struct _MtMapView
{
  GtkWidget     parent_instance;

  GListModel   *model;
  gint64        selected_id;
  gboolean      show_legend;
  MtStoreWatch *watch;        /* the camp list's store: convoys follow it */
  GPtrArray    *convoys;      /* (element-type MtConvoy) as of the list's date */
  char         *scenario;     /* the what-if scenario shown, or NULL */
  GHashTable   *moved;        /* camp id (gint64 *) → its closure (ISO) under the scenario */

  /* The view over the fitted map: screen = fitted × zoom + (tx, ty). */
  double        zoom;
  double        tx;
  double        ty;

  /* Interaction */
  guint         focus_index;  /* the camp the keyboard is on; G_MAXUINT = none */
  gint64        hover_id;
  double        pointer_x;
  double        pointer_y;
  double        drag_tx;      /* the translation when a drag or pinch began */
  double        drag_ty;
  double        pinch_zoom;
  gboolean      dragged;      /* the last press moved: it is not a click */
};

/* mt-map-view.c */
GPtrArray *_mt_map_view_dup_camps        (MtMapView       *self);
void       _mt_map_view_get_projection   (MtMapView       *self,
                                          GPtrArray       *camps,
                                          MtMapProjection *proj);
void       _mt_map_view_select           (MtMapView       *self,
                                          guint            position);
/* Selects the camp at @position and emits camp-activated: a click, Enter. */
void       _mt_map_view_activate         (MtMapView       *self,
                                          guint            position);
void       _mt_map_view_update_focus     (MtMapView       *self);
/* Zooms to @zoom (clamped) keeping (@x, @y) in place. */
void       _mt_map_view_zoom_at          (MtMapView       *self,
                                          double           zoom,
                                          double           x,
                                          double           y);

/* mt-map-view-input.c */
void       _mt_map_view_init_input       (MtMapView       *self);
void       _mt_map_view_class_init_input (GtkWidgetClass  *widget_class);
/* The camp's name, status, personnel and planned closure (under the scenario shown). */
char      *_mt_map_view_describe_camp    (MtMapView       *self,
                                          MtCamp          *camp);

G_END_DECLS
