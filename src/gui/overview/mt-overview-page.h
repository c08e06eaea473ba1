/* mt-overview-page.h
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Overview page: key figures as of the chosen date and the cumulative departures
 * chart. Properties: store (MtStore), as-of (string, ISO or NULL = latest).
 * Reloads (debounced ~100 ms) on the store's "changed" signal and on as-of changes.
 */

#pragma once

#include <adwaita.h>

#include "mt-types.h"

G_BEGIN_DECLS

#define MT_TYPE_OVERVIEW_PAGE (mt_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (MtOverviewPage, mt_overview_page, MT, OVERVIEW_PAGE, AdwBin)

G_END_DECLS
