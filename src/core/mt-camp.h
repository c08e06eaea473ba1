/* mt-camp.h: a camp (team site, base) as of a date: place, status, planned closure, handover,
 * environmental assessment and personnel figures.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-types.h"

G_BEGIN_DECLS

#define MT_TYPE_CAMP (mt_camp_get_type ())
G_DECLARE_FINAL_TYPE (MtCamp, mt_camp, MT, CAMP, GObject)

/* A camp as it stood on the store query's "as of" date.
 * Properties (read-write, G_PARAM_EXPLICIT_NOTIFY; setters notify only on change):
 *   id (int64), name, region, kind (string: "headquarters", "sector-headquarters", "camp",
 *   "temporary-operating-base"), latitude, longitude (double),
 *   status (MtCampStatus, as of the date), status-label (string, read-only, localised),
 *   status-since (ISO date of the status record in force),
 *   planned-closure, planned-handover, handover-date, handed-over-to (strings, may be NULL),
 *   env-status (MtEnvStatus), env-date (string),
 *   baseline-strength (int64: personnel before the withdrawal, estimate),
 *   departed (int64: departures from this camp up to the as-of date),
 *   aliases (string: other names, comma separated, may be NULL). */
gint64       mt_camp_get_id                (MtCamp *self);
const char  *mt_camp_get_name              (MtCamp *self);
const char  *mt_camp_get_region            (MtCamp *self);
const char  *mt_camp_get_kind              (MtCamp *self);
/* The kind keys, NULL-ended, in the order an editor offers them. */
const char * const *mt_camp_kind_list      (void);
/* A kind key in words ("Sector headquarters"); a key of no known kind as it is. */
const char  *mt_camp_kind_get_label        (const char *kind);
double       mt_camp_get_latitude          (MtCamp *self);
double       mt_camp_get_longitude         (MtCamp *self);
MtCampStatus mt_camp_get_status            (MtCamp *self);
const char  *mt_camp_get_status_label      (MtCamp *self);
const char  *mt_camp_get_status_since      (MtCamp *self);
const char  *mt_camp_get_planned_closure   (MtCamp *self);
const char  *mt_camp_get_planned_handover  (MtCamp *self);
const char  *mt_camp_get_handover_date     (MtCamp *self);
const char  *mt_camp_get_handed_over_to    (MtCamp *self);
MtEnvStatus  mt_camp_get_env_status        (MtCamp *self);
const char  *mt_camp_get_env_date          (MtCamp *self);
gint64       mt_camp_get_baseline_strength (MtCamp *self);
gint64       mt_camp_get_departed          (MtCamp *self);
const char  *mt_camp_get_aliases           (MtCamp *self);

/* Copies every property of @other into @self, notifying only what changed.
 * Used by MtCampList so an updated row keeps its object (bindings stay attached). */
/* Added with schema v3 (editing): notes, env-findings, env-remediation (strings, may be
 * NULL). */
const char  *mt_camp_get_notes             (MtCamp *self);
const char  *mt_camp_get_env_findings      (MtCamp *self);
const char  *mt_camp_get_env_remediation   (MtCamp *self);
void         mt_camp_update_from           (MtCamp *self,
                                            MtCamp *other);
/* Added with the French names (MT_STORE_SCHEMA_FRENCH_NAMES): name-fr (string, may be NULL: the name is the same in
 * French) and display-name (read-only: the name in the user's language, the one every view
 * shows; "name" stays the camp's key in editors, files and --page). */
const char  *mt_camp_get_name_fr           (MtCamp *self);
const char  *mt_camp_get_display_name      (MtCamp *self);
/* Added with MT_STORE_SCHEMA_REGION_FR: region-fr (string, may be NULL: the region is the
 * same in French) and display-region (read-only: the region in the user's language). */
const char  *mt_camp_get_region_fr         (MtCamp *self);
const char  *mt_camp_get_display_region    (MtCamp *self);

G_END_DECLS
