/* mt-roster-page.h
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Roster page: a GtkColumnView over MtRosterModel (paged from SQL), sortable
 * columns (sorting runs in SQL), a search entry and a category filter; an
 * AdwStatusPage when the roster is empty. Properties: store (MtStore), as-of (string).
 */

#pragma once

#include <adwaita.h>

#include "mt-types.h"

G_BEGIN_DECLS

#define MT_TYPE_ROSTER_PAGE (mt_roster_page_get_type ())
G_DECLARE_FINAL_TYPE (MtRosterPage, mt_roster_page, MT, ROSTER_PAGE, AdwBin)

/* The model the page lists, with its search, category and sort (NULL without a store). */
MtRosterModel *mt_roster_page_get_model (MtRosterPage *self);

G_END_DECLS
