/* mt-map-view.h
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The offline map (report/mt-map-render.h): camps as markers coloured by status and
 * sized by the personnel still there, convoys between them, as of the camp list's
 * date. Properties: model (GListModel of MtCamp; when it is a selection model, a click
 * or Enter on a marker selects the camp and the selected camp is ringed),
 * selected-id (int64), show-legend (boolean, default TRUE). Signal: camp-activated
 * (MtCamp), after a click or Enter on a marker. Scroll or pinch zooms around the pointer, a
 * drag pans; the keyboard cycles the camps (Tab, arrows), Enter activates, + and - zoom,
 * 0 resets.
 */

#pragma once

#include <adwaita.h>

#include "mt-types.h"

G_BEGIN_DECLS

#define MT_TYPE_MAP_VIEW (mt_map_view_get_type ())
G_DECLARE_FINAL_TYPE (MtMapView, mt_map_view, MT, MAP_VIEW, GtkWidget)

/* Projects longitude/latitude to widget coordinates for the current size and view. */
void    mt_map_view_project    (MtMapView *self,
                                double     longitude,
                                double     latitude,
                                double    *x,
                                double    *y);
/* The camp whose marker is at (@x, @y), or NULL. */
MtCamp *mt_map_view_camp_at    (MtMapView *self,
                                double     x,
                                double     y);
/* Zooms by @factor around the view's centre (the pointer's place for scroll/pinch). */
void    mt_map_view_zoom       (MtMapView *self,
                                double     factor);
void    mt_map_view_reset_view (MtMapView *self);
double  mt_map_view_get_zoom   (MtMapView *self);

G_END_DECLS
