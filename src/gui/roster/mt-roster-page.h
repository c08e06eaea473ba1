/* mt-roster-page.h
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Roster page: a GtkColumnView over MtRosterModel (paged from SQL), sortable
 * columns (sorting runs in SQL), a search entry, a category and a camp filter; an
 * AdwStatusPage when the roster is empty. Properties: store (MtStore), as-of (string),
 * editable (boolean, TRUE: FALSE turns Mark as Departed off).
 */

#pragma once

#include <adwaita.h>

#include "mt-types.h"

G_BEGIN_DECLS

#define MT_TYPE_ROSTER_PAGE (mt_roster_page_get_type ())
G_DECLARE_FINAL_TYPE (MtRosterPage, mt_roster_page, MT, ROSTER_PAGE, AdwBin)

/* The model the page lists, with its search, category, camp and sort (NULL without a store). */
MtRosterModel *mt_roster_page_get_model   (MtRosterPage *self);
/* The camp the camp filter shows, 0 for "All camps". */
gint64         mt_roster_page_get_camp_id (MtRosterPage *self);
/* Clears the search and the category filter and shows the people of @camp_id (0: all);
 * FALSE when the camp is not listed (the filter then shows all camps). */
gboolean       mt_roster_page_show_camp   (MtRosterPage *self,
                                           gint64        camp_id);

G_END_DECLS
