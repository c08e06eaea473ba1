/* mt-person.h: one person on the roster: identity, category, camp, unit, arrival and departure.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-types.h"

G_BEGIN_DECLS

#define MT_TYPE_PERSON (mt_person_get_type ())
G_DECLARE_FINAL_TYPE (MtPerson, mt_person, MT, PERSON, GObject)

/* One roster entry. Properties (read-write):
 *   id (int64, row id), personnel-id, family-name, given-name, rank,
 *   category (code), category-name (localised), country, unit,
 *   camp-id (int64), camp-name, planned-departure (ISO date), status (string key:
 *   "deployed", "departed", or as stored), status-label (localised, read-only),
 *   departure-date (ISO date), import-id (int64, 0 if entered by hand), import-line (int). */
gint64      mt_person_get_id                (MtPerson *self);
const char *mt_person_get_personnel_id      (MtPerson *self);
const char *mt_person_get_family_name       (MtPerson *self);
const char *mt_person_get_given_name        (MtPerson *self);
const char *mt_person_get_rank              (MtPerson *self);
const char *mt_person_get_category          (MtPerson *self);
const char *mt_person_get_category_name     (MtPerson *self);
const char *mt_person_get_country           (MtPerson *self);
const char *mt_person_get_unit              (MtPerson *self);
gint64      mt_person_get_camp_id           (MtPerson *self);
const char *mt_person_get_camp_name         (MtPerson *self);
const char *mt_person_get_planned_departure (MtPerson *self);
const char *mt_person_get_status            (MtPerson *self);
const char *mt_person_get_departure_date    (MtPerson *self);
const char *mt_person_get_status_label      (MtPerson *self);
/* A status key in words ("Departed"); any other status (an imported file's own word) as it
 * is. */
const char *mt_person_status_get_label      (const char *status);
gint64      mt_person_get_import_id         (MtPerson *self);
int         mt_person_get_import_line       (MtPerson *self);

G_END_DECLS
