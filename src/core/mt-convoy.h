/* mt-convoy.h: a convoy between two camps: dates, status, vehicles and the people it carries.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-types.h"

G_BEGIN_DECLS

/* Stored in the database as the key ("planned", "under-way", "arrived", "cancelled"). */
typedef enum
{
  MT_CONVOY_STATUS_PLANNED,
  MT_CONVOY_STATUS_UNDER_WAY,
  MT_CONVOY_STATUS_ARRIVED,
  MT_CONVOY_STATUS_CANCELLED,
} MtConvoyStatus;

#define MT_CONVOY_N_STATUSES (MT_CONVOY_STATUS_CANCELLED + 1)

const char *mt_convoy_status_to_key    (MtConvoyStatus  status);
gboolean    mt_convoy_status_from_key  (const char     *key,
                                        MtConvoyStatus *status);
/* Translated: "Planned", "Under way", "Arrived", "Cancelled". */
const char *mt_convoy_status_get_label (MtConvoyStatus  status);

#define MT_TYPE_CONVOY (mt_convoy_get_type ())
G_DECLARE_FINAL_TYPE (MtConvoy, mt_convoy, MT, CONVOY, GObject)

/* A convoy between two camps. Properties (read-write): id (int64),
 *   from-camp-id, to-camp-id (int64), from-name, to-name, departed, arrived (ISO dates,
 *   arrived may be NULL while under way), personnel, vehicles (int64), note. */
gint64      mt_convoy_get_id           (MtConvoy *self);
gint64      mt_convoy_get_from_camp_id (MtConvoy *self);
gint64      mt_convoy_get_to_camp_id   (MtConvoy *self);
const char *mt_convoy_get_from_name    (MtConvoy *self);
const char *mt_convoy_get_to_name      (MtConvoy *self);
const char *mt_convoy_get_departed     (MtConvoy *self);
const char *mt_convoy_get_arrived      (MtConvoy *self);
gint64      mt_convoy_get_personnel    (MtConvoy *self);
gint64      mt_convoy_get_vehicles     (MtConvoy *self);
const char *mt_convoy_get_note         (MtConvoy *self);

/* Added with schema v3 (editing). Properties: planned-departure, planned-arrival (ISO
 * dates or NULL), status (uint, an MtConvoyStatus; old rows without one read as arrived
 * when they have an arrival date, under way when they have a departure, else planned). */
const char    *mt_convoy_get_planned_departure (MtConvoy *self);
const char    *mt_convoy_get_planned_arrival   (MtConvoy *self);
MtConvoyStatus mt_convoy_get_status            (MtConvoy *self);

G_END_DECLS
