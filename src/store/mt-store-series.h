/* mt-store-series.h: the series behind the drawdown charts, aggregated in SQL.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each takes an @as_of date (NULL = the latest data) and reads nothing after it, so
 * the charts show the mission as it stood that day. Departures are counted as in
 * mt_store_get_summary(): movements plus roster entries whose departure date passed.
 */

#pragma once

#include "mt-series.h"
#include "mt-store.h"

G_BEGIN_DECLS

/* Personnel still deployed: the deployments' total (the estimate before the withdrawal)
 * less the running total of departures, one point per day with departures, from the
 * withdrawal start (departures dated before it count on the start) to @as_of. */
MtBurndown *mt_store_get_burndown          (MtStore     *self,
                                            const char  *as_of,
                                            GError     **error);
/* Draws baseline @baseline_id (called @name) into @burndown: the same strength less the
 * departures the baseline planned, day by day (those before the withdrawal start count on
 * it), to its last planned departure. */
gboolean    mt_store_add_baseline_curve    (MtStore     *self,
                                            MtBurndown  *burndown,
                                            gint64       baseline_id,
                                            const char  *name,
                                            GError     **error);
/* Departures per calendar month (series: the personnel categories, by their short
 * names, in the categories' order), months from the withdrawal start to the deadline
 * (or @as_of when later). Departures before the start count in the first month. */
MtStacked  *mt_store_get_departures_by_month (MtStore   *self,
                                            const char  *as_of,
                                            GError     **error);
/* Camps per status (series: MtCampStatus order) at the end of each @bucket_days-day
 * bucket from the withdrawal start, or on @as_of for the bucket holding it; buckets
 * after @as_of stay empty up to the deadline. */
MtStacked  *mt_store_get_camps_by_status   (MtStore     *self,
                                            const char  *as_of,
                                            int          bucket_days,
                                            GError     **error);

G_END_DECLS
