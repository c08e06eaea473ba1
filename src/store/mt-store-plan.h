/* mt-store-plan.h: baselines of the plan, and the variance against one.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan is what the data holds about the future (mt-plan.h). As of a date D, the
 * roster's share of it counts each person on one day: the day they left when that is on or
 * before D, else their planned departure ('' when they have none); every movement counts
 * on its date, made or planned. Taking a baseline freezes that count by camp, category and
 * day, with every camp's planned closure and handover.
 */

#pragma once

#include "mt-plan.h"
#include "mt-plan-data.h"
#include "mt-store.h"

G_BEGIN_DECLS

/* Freezes the plan as the data stands on @data_date (NULL: the latest data) under @name,
 * in one transaction, with its entry in the history. An empty name is refused with
 * MT_STORE_ERROR_INVALID, a name a baseline has already with MT_STORE_ERROR_CONSTRAINT.
 * Returns the baseline's id, 0 on error. */
gint64          mt_store_take_baseline     (MtStore     *self,
                                            const char  *name,
                                            const char  *data_date,
                                            GError     **error);
/* What mt_store_take_baseline() refuses in @name, with the same error: an empty name, a
 * name a baseline has already. */
gboolean        mt_store_validate_baseline_name (MtStore     *self,
                                            const char  *name,
                                            GError     **error);
/* (element-type MtBaseline) every baseline, oldest first. */
GPtrArray      *mt_store_list_baselines    (MtStore     *self,
                                            GError     **error);
/* The baseline called @name (leading and trailing spaces aside); NULL with
 * MT_STORE_ERROR_NOT_FOUND when there is none. */
MtBaseline     *mt_store_find_baseline     (MtStore     *self,
                                            const char  *name,
                                            GError     **error);
/* The baseline the Overview and the charts compare with, for every planner of the
 * database: the one made current with mt_store_set_current_baseline(), else the latest
 * taken. NULL without @error when the database has no baseline. */
MtBaseline     *mt_store_get_current_baseline (MtStore  *self,
                                               GError  **error);
/* The baseline made current with mt_store_set_current_baseline(): its id, 0 when the
 * latest taken is current (none chosen, or the one chosen is gone), -1 on error. */
gint64          mt_store_get_chosen_baseline (MtStore  *self,
                                              GError  **error);
/* Makes baseline @baseline_id the current one (0: the latest taken, whichever it will be);
 * MT_STORE_ERROR_NOT_FOUND when there is no such baseline. */
gboolean        mt_store_set_current_baseline (MtStore  *self,
                                               gint64    baseline_id,
                                               GError  **error);
/* Where today's plan ends, as the data stands on @as_of (NULL: the latest data); clear
 * @ends with mt_plan_ends_clear(). */
gboolean        mt_store_get_plan_ends     (MtStore     *self,
                                            const char  *as_of,
                                            MtPlanEnds  *ends,
                                            GError     **error);
/* The departures today's plan places after @as_of (NULL: the latest data): the roster's
 * planned departures of people still there and the movements dated later; -1 on error. */
gint64          mt_store_count_planned_after (MtStore     *self,
                                              const char  *as_of,
                                              GError     **error);
/* Today's plan as the data stands on @as_of (NULL: the latest data), read in aggregates:
 * every camp's planned closure and handover, the departures by camp, category and day
 * (mt-scenario.h). A date that is not one is refused with MT_STORE_ERROR_INVALID. */
MtPlanData     *mt_store_read_plan         (MtStore     *self,
                                            const char  *as_of,
                                            GError     **error);
/* Baseline @baseline_id against today's plan and the data as of @as_of (NULL: the latest
 * data): per camp, per category, and where each plan ends. */
MtPlanVariance *mt_store_get_plan_variance (MtStore     *self,
                                            gint64       baseline_id,
                                            const char  *as_of,
                                            GError     **error);

/* --baseline-save: takes baseline @name of the data as of @as_of (NULL: the latest) and
 * prints one line. Returns 0, or 2 with a message on standard error (an empty name, a name
 * taken already, a date that is not one). */
int             mt_store_baseline_cli      (MtStore     *self,
                                            const char  *name,
                                            const char  *as_of);

G_END_DECLS
