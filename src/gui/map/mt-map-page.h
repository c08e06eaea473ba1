/* mt-map-page.h
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Map page: Mali's outline and every camp placed by its coordinates.
 * Properties: model (GtkSingleSelection of MtCamp, the sidebar's selection; the map
 * shows and highlights the selected camp), show-legend (boolean, default TRUE: the legend
 * button, or L, folds the legend away). Signal: camp-activated (MtCamp), a marker clicked
 * or chosen with Enter.
 */

#pragma once

#include <adwaita.h>

#include "mt-types.h"

G_BEGIN_DECLS

#define MT_TYPE_MAP_PAGE (mt_map_page_get_type ())
G_DECLARE_FINAL_TYPE (MtMapPage, mt_map_page, MT, MAP_PAGE, AdwBin)

/* Rings the camps whose closure what-if scenario @name moves (NULL: none). */
void mt_map_page_set_scenario (MtMapPage  *self,
                               const char *name);

G_END_DECLS
