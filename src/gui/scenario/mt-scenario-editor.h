/* mt-scenario-editor.h: making or changing one what-if scenario.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A name, a note and the changes laid over today's plan, in order: each can be removed,
 * and new ones added from a form that asks only what the kind of change needs (a camp's
 * closure date; a category's time factor; a convoy's days late; people moved between camps
 * on a date). Save writes the scenario in one step (mt-store-scenario.h); a name already
 * taken or empty is said under the name, with Save off.
 */

#pragma once

#include <adwaita.h>

#include "mt-camp-list.h"
#include "mt-scenario.h"
#include "mt-store.h"

G_BEGIN_DECLS

#define MT_TYPE_SCENARIO_EDITOR (mt_scenario_editor_get_type ())
G_DECLARE_FINAL_TYPE (MtScenarioEditor, mt_scenario_editor, MT, SCENARIO_EDITOR, AdwWindow)

/* @scenario: the one to change (copied), or NULL for a new one; @as_of: the window's date
 * (NULL: the latest data), for the convoys offered. */
GtkWindow *mt_scenario_editor_new          (GtkWindow        *parent,
                                            MtStore          *store,
                                            MtCampList       *camps,
                                            const char       *as_of,
                                            const MtScenario *scenario);
/* The changes as they stand in the editor: (element-type MtScenarioChange) (transfer none). */
GPtrArray *mt_scenario_editor_get_changes  (MtScenarioEditor *self);

G_END_DECLS
