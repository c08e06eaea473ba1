/* mt-convoy.h
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-types.h"

G_BEGIN_DECLS

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

G_END_DECLS
