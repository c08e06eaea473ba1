/* mt-scenarios-dialog.h: the what-if scenarios of the database.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A window over the main one listing every scenario with its changes and where both plans
 * end under it, against the deadline: Show (win.show-scenario on the parent, then it
 * closes), New Scenario… and Edit… (mt-scenario-editor.h), Delete (after asking), Promote…
 * (after asking: mt_store_promote_scenario(), one undoable step; then signal "promoted"
 * (name, people moved)) and Compare (mt-scenario-compare.h). Follows the
 * store: another planner's scenarios appear as they are saved.
 */

#pragma once

#include <adwaita.h>

#include "mt-camp-list.h"
#include "mt-store.h"

G_BEGIN_DECLS

#define MT_TYPE_SCENARIOS_DIALOG (mt_scenarios_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MtScenariosDialog, mt_scenarios_dialog, MT, SCENARIOS_DIALOG, AdwWindow)

/* @camps: the window's camp list (the editor's camp choices); @as_of: the window's date
 * (NULL: the latest data); @shown: the scenario the window shows (NULL: none); @editable:
 * FALSE when the database may not be changed (only Show and Compare then). */
GtkWindow *mt_scenarios_dialog_new (GtkWindow  *parent,
                                    MtStore    *store,
                                    MtCampList *camps,
                                    const char *as_of,
                                    const char *shown,
                                    gboolean    editable);

G_END_DECLS
