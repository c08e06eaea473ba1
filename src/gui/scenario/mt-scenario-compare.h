/* mt-scenario-compare.h: today's plan and every what-if scenario side by side.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One column for today's plan, one per scenario: where the personnel plan and the camps
 * plan end and how far from the deadline, then each camp's closure; a date after the
 * deadline is marked, and a closure a scenario moves is set in bold. Figures from the
 * plan's aggregates (mt-store-scenario.h), never from the roster's rows.
 */

#pragma once

#include <adwaita.h>

#include "mt-store.h"

G_BEGIN_DECLS

#define MT_TYPE_SCENARIO_COMPARE (mt_scenario_compare_get_type ())
G_DECLARE_FINAL_TYPE (MtScenarioCompare, mt_scenario_compare, MT, SCENARIO_COMPARE, AdwWindow)

/* As of @as_of (NULL: the latest data). */
GtkWindow  *mt_scenario_compare_new       (GtkWindow         *parent,
                                           MtStore           *store,
                                           const char        *as_of);
/* What the cell at @row, @column says (0, 0 is the corner; column 1 is today's plan), for
 * tests and screen readers' sake; NULL outside the table. */
const char *mt_scenario_compare_get_cell  (MtScenarioCompare *self,
                                           guint              row,
                                           guint              column);

G_END_DECLS
