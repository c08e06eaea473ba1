/* mt-window.h
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The main window: the camp list in a sidebar (beside the pages, or over them in a narrow
 * window), the Overview, Map, Roster, Movements, Convoys and Assets pages, and a camp's
 * page opened from the list, the map or a link, all showing the mission as of one date
 * (the header bar's date control). Properties: store (MtStore, construct-only), settings
 * (GSettings or NULL, construct-only: where the window size and the map legend are kept),
 * as-of (string, ISO date or NULL for the latest data), page (string, read-only: see
 * mt_window_get_page()).
 */

#pragma once

#include <adwaita.h>

#include "mt-types.h"

G_BEGIN_DECLS

#define MT_TYPE_WINDOW (mt_window_get_type ())
G_DECLARE_FINAL_TYPE (MtWindow, mt_window, MT, WINDOW, AdwApplicationWindow)

MtWindow   *mt_window_new            (gpointer    application,
                                      MtStore    *store,
                                      GSettings  *settings);
const char *mt_window_get_as_of      (MtWindow   *self);
void        mt_window_set_as_of      (MtWindow   *self,
                                      const char *as_of);
/* "overview", "map", "roster", "movements", "convoys", "assets", or "camp:NAME" (that
 * camp's page); FALSE if unknown. */
gboolean    mt_window_show_page      (MtWindow   *self,
                                      const char *page);
/* The page in view: one of the names above, or "camp" for a camp's page. */
const char *mt_window_get_page       (MtWindow   *self);
/* The sidebar's model: the camps that pass the search and status filter. */
GListModel *mt_window_get_camp_model (MtWindow   *self);
void        mt_window_set_search     (MtWindow   *self,
                                      const char *text);
/* Shows what-if scenario @name (NULL: the data again): the Overview's plan line, the
 * burn-down chart, the map and the printed report follow its plan, and a banner says so.
 * FALSE with MT_STORE_ERROR_NOT_FOUND when there is no such scenario. */
gboolean    mt_window_show_scenario  (MtWindow   *self,
                                      const char *name,
                                      GError    **error);
/* The name of the scenario shown, or NULL. */
const char *mt_window_get_scenario   (MtWindow   *self);

G_END_DECLS
