/* mt-stat-point.h: a dated count (one point of a series read from the store).
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-types.h"

G_BEGIN_DECLS

#define MT_TYPE_STAT_POINT (mt_stat_point_get_type ())
G_DECLARE_FINAL_TYPE (MtStatPoint, mt_stat_point, MT, STAT_POINT, GObject)

/* One point of a series for charts. Properties: date (ISO string), value (double),
 * label (string, may be NULL). */
MtStatPoint *mt_stat_point_new       (const char  *date,
                                      double       value);
const char  *mt_stat_point_get_date  (MtStatPoint *self);
double       mt_stat_point_get_value (MtStatPoint *self);
const char  *mt_stat_point_get_label (MtStatPoint *self);

G_END_DECLS
