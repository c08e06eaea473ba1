/* mt-mission.h: the mission being drawn down: names, withdrawal start, deadline, headquarters.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-types.h"

G_BEGIN_DECLS

#define MT_TYPE_MISSION (mt_mission_get_type ())
G_DECLARE_FINAL_TYPE (MtMission, mt_mission, MT, MISSION, GObject)

/* The mission being drawn down. Everything mission-specific is data in the store.
 * Properties (all read-write strings, dates as ISO 8601 "YYYY-MM-DD"):
 *   name ("MINUSMA"), full-name, resolution ("2690"), resolution-date,
 *   withdrawal-start, deadline, headquarters (camp name). */
const char *mt_mission_get_name             (MtMission *self);
const char *mt_mission_get_full_name        (MtMission *self);
const char *mt_mission_get_resolution       (MtMission *self);
const char *mt_mission_get_resolution_date  (MtMission *self);
const char *mt_mission_get_withdrawal_start (MtMission *self);
const char *mt_mission_get_deadline         (MtMission *self);
const char *mt_mission_get_headquarters     (MtMission *self);

G_END_DECLS
