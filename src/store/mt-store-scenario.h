/* mt-store-scenario.h: what-if scenarios kept in the database, and the plan under one.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A scenario (mt-scenario.h) is a name, a note and an ordered list of changes laid over
 * today's plan; it never touches the recorded data. Every write is one transaction with its
 * entry in the history, and reaches the other planners of a server database at once.
 */

#pragma once

#include "mt-scenario.h"
#include "mt-series.h"
#include "mt-store.h"

G_BEGIN_DECLS

/* Creates scenario @name with @note (may be NULL) and @changes ((element-type
 * MtScenarioChange), may be NULL). An empty name is refused with MT_STORE_ERROR_INVALID,
 * a name another scenario has with MT_STORE_ERROR_CONSTRAINT. Returns its id, 0 on error. */
gint64      mt_store_create_scenario        (MtStore      *self,
                                             const char   *name,
                                             const char   *note,
                                             GPtrArray    *changes,
                                             GError      **error);
/* What mt_store_create_scenario() refuses in @name, with the same error. */
gboolean    mt_store_validate_scenario_name (MtStore      *self,
                                             const char   *name,
                                             GError      **error);
/* Replaces the changes of scenario @id with @changes, in order. */
gboolean    mt_store_set_scenario_changes   (MtStore      *self,
                                             gint64        id,
                                             GPtrArray    *changes,
                                             GError      **error);
/* Renames scenario @id (refusing names as mt_store_create_scenario() does). */
gboolean    mt_store_rename_scenario        (MtStore      *self,
                                             gint64        id,
                                             const char   *name,
                                             GError      **error);
gboolean    mt_store_delete_scenario        (MtStore      *self,
                                             gint64        id,
                                             GError      **error);
/* (element-type MtScenario) every scenario by name, with its changes (named for people to
 * read: mt_scenario_change_describe()). */
GPtrArray  *mt_store_list_scenarios         (MtStore      *self,
                                             GError      **error);
/* The scenario called @name (leading and trailing spaces aside), with its changes; NULL
 * with MT_STORE_ERROR_NOT_FOUND when there is none. */
MtScenario *mt_store_find_scenario          (MtStore      *self,
                                             const char   *name,
                                             GError      **error);

/* Today's plan as of @as_of (NULL: the latest data) with @scenario's changes laid over it;
 * the people of each delayed convoy are read from the roster, in aggregates. */
MtPlanData *mt_store_read_scenario_plan     (MtStore          *self,
                                             const MtScenario *scenario,
                                             const char       *as_of,
                                             GError          **error);
/* Where the plan ends under @scenario, as of @as_of (NULL: the latest data); clear @ends
 * with mt_plan_ends_clear(). */
gboolean    mt_store_get_scenario_ends      (MtStore          *self,
                                             const MtScenario *scenario,
                                             const char       *as_of,
                                             MtPlanEnds       *ends,
                                             GError          **error);
/* Draws the plan under @scenario as of @burndown's as-of date into @burndown, as
 * mt_store_add_baseline_curve() draws a baseline's. */
gboolean    mt_store_add_scenario_curve     (MtStore          *self,
                                             MtBurndown       *burndown,
                                             const MtScenario *scenario,
                                             GError          **error);

/* Writes what @scenario implies into the recorded plan as of @as_of (NULL: the latest
 * data), in one transaction, one entry in the history and one undo step
 * (mt-store-scenario-promote.c): each closure's camp gets its planned closure; the people
 * and planned movements of the camps, categories and convoys it names get the planned
 * days the scenario gives them; a transfer moves the people (latest planned first, planned
 * movements split as needed) to the other camp, keeping their days. Today's plan then is
 * the plan under the scenario. @n_changed (may be NULL): the people moved. A camp or convoy
 * gone since: MT_STORE_ERROR_NOT_FOUND, nothing written. */
gboolean    mt_store_promote_scenario       (MtStore          *self,
                                             const MtScenario *scenario,
                                             const char       *as_of,
                                             gint64           *n_changed,
                                             GError          **error);

/* One change written on the command line (mt-store-scenario-cli.c): "closure:CAMP:DATE",
 * "pace:CATEGORY:FACTOR", "convoy:ID:DAYS", "transfer:CATEGORY:N:FROM:TO:DATE"; camps by
 * name, French name or other name, categories by code or name. NULL with
 * MT_STORE_ERROR_INVALID saying what is wrong. */
MtScenarioChange *mt_store_parse_scenario_change (MtStore     *self,
                                             const char   *spec,
                                             GError      **error);
/* --scenario-save: creates scenario @name of @specs and prints it. Returns 0, or 2 with a
 * message on standard error (a bad change, an empty name, a name taken already). */
int         mt_store_scenario_save_cli      (MtStore      *self,
                                             const char   *name,
                                             char        **specs);
/* --scenario-promote: promotes scenario @name as of @as_of (NULL: the latest data) and says
 * what it wrote. Returns 0, or 2 with a message (no such scenario, a refusal). */
int         mt_store_scenario_promote_cli   (MtStore      *self,
                                             const char   *name,
                                             const char   *as_of);
/* --scenario-list: every scenario with its changes and where the plan ends under it, as of
 * @as_of (NULL: the latest data). Returns 0, or 2 with a message. */
int         mt_store_scenario_list_cli      (MtStore      *self,
                                             const char   *as_of);

G_END_DECLS
