/* mt-map-view.h
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Draws Mali (outline and regions from the embedded GeoJSON) and camps as markers
 * coloured by status. Properties: model (GListModel of MtCamp), selected-id (int64).
 * Redraws on items-changed.
 */

#pragma once

#include <adwaita.h>

#include "mt-types.h"

G_BEGIN_DECLS

#define MT_TYPE_MAP_VIEW (mt_map_view_get_type ())
G_DECLARE_FINAL_TYPE (MtMapView, mt_map_view, MT, MAP_VIEW, GtkWidget)

/* Projects longitude/latitude to widget coordinates for the current size (public for tests). */
void mt_map_view_project (MtMapView *self,
                          double     longitude,
                          double     latitude,
                          double    *x,
                          double    *y);

G_END_DECLS
