/* mt-movement.h: a reported repatriation movement: date, camp, category, country, people.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-types.h"

G_BEGIN_DECLS

#define MT_TYPE_MOVEMENT (mt_movement_get_type ())
G_DECLARE_FINAL_TYPE (MtMovement, mt_movement, MT, MOVEMENT, GObject)

/* A repatriation movement: how many of one category left on a date.
 * Properties (read-write): id (int64), date, camp-id (int64, 0 = reported
 *   mission-wide), camp-name, category (code), category-name, contingent (country,
 *   may be NULL), count (int64), note, planned (boolean: not made yet, part of the plan,
 *   never of the departures recorded). */
gint64      mt_movement_get_id            (MtMovement *self);
const char *mt_movement_get_date          (MtMovement *self);
gint64      mt_movement_get_camp_id       (MtMovement *self);
const char *mt_movement_get_camp_name     (MtMovement *self);
const char *mt_movement_get_category      (MtMovement *self);
const char *mt_movement_get_category_name (MtMovement *self);
const char *mt_movement_get_contingent    (MtMovement *self);
gint64      mt_movement_get_count         (MtMovement *self);
const char *mt_movement_get_note          (MtMovement *self);
gboolean    mt_movement_get_planned       (MtMovement *self);
/* "Planned" or "Made", translated: how the Movements list and its export say it. */
const char *mt_movement_get_status_label  (MtMovement *self);

G_END_DECLS
