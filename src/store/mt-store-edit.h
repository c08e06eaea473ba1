/* mt-store-edit.h: creating, changing and deleting every kind of record, with validation.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every write below runs in one transaction (nothing is half-saved), is written to the
 * history with the user's login and the old and new values, pushes one step on the undo
 * stack (mt-store-history.h) and emits its signals after COMMIT:
 *   records-changed (const char *table)  for each table touched ("camps", "convoys",
 *                                        "assets", "events", "movements", "personnel"...)
 *   camp-added / camp-changed / camp-removed, personnel-changed, changed (see mt-store.h)
 *
 * Refusals use MT_STORE_ERROR_INVALID with a translated message that names the field.
 * Each kind has a validate function that runs the same checks without writing and also
 * returns the key of the offending field, so the UI can show the message next to it as
 * the user types. Field keys are the member names of the *Fields structs below
 * ("arrived", "count", "to_camp_id"...), plus "status", "reason", "handed_over_to".
 *
 * Dates are "YYYY-MM-DD"; NULL or "" means "not set". Dates must fall inside the
 * mission's date window (mt_store_get_date_window()).
 *
 * The *Fields structs are filled by the caller and only read: strings are borrowed.
 * An update replaces every field of the record with the struct's values (read the
 * current values from the model object first).
 */

#pragma once

#include "mt-store.h"
#include "mt-asset.h"
#include "mt-convoy.h"

G_BEGIN_DECLS

/* Date window ----------------------------------------------------------------------- */

/* The first and last dates any record may carry. Stored in the mission row (first_date,
 * last_date); when unset, from 1 January ten years before the resolution date to
 * 31 December of the year after the deadline (2013-01-01 .. 2024-12-31 for MINUSMA).
 * Both out strings are newly allocated; FALSE when there is no mission. */
gboolean    mt_store_get_date_window          (MtStore     *self,
                                               char       **first_date,
                                               char       **last_date);
/* Sets the mission's date window (not undoable: it is configuration). */
gboolean    mt_store_set_date_window          (MtStore     *self,
                                               const char  *first_date,
                                               const char  *last_date,
                                               GError     **error);

/* Camps ------------------------------------------------------------------------------ */

typedef struct
{
  const char *name;             /* required, unique (case- and accent-insensitive) */
  const char *name_fr;          /* the name in French when it differs ("Tombouctou"), unique
                                 * among every camp's names too; NULL or blank: none */
  const char *region;
  const char *region_fr;        /* the region in French when it differs ("Tombouctou");
                                 * NULL or blank: none */
  double      latitude;         /* NAN when unknown; -90..90 */
  double      longitude;        /* NAN when unknown; -180..180 */
  const char *kind;             /* "camp", "sector-headquarters", ... */
  const char *planned_closure;  /* date */
  const char *planned_handover; /* date: handover to the host authorities, when planned */
  const char *notes;
  gint64      version;          /* of the record the planner read (mt_*_get_version());
                                 * an update is refused when it has changed since; 0: none */
} MtCampFields;

/* Field keys: "name", "name_fr", "region", "region_fr", "latitude", "longitude", "kind", "planned_closure",
 * "planned_handover", "notes", and "status_date" for mt_store_create_camp(). */
gboolean    mt_store_validate_camp            (MtStore             *self,
                                               gint64               camp_id,   /* 0 = new */
                                               const MtCampFields  *fields,
                                               char               **out_field,
                                               GError             **error);
/* A new camp with its first status on @status_date. Returns the id, 0 on error. */
gint64      mt_store_create_camp              (MtStore             *self,
                                               const MtCampFields  *fields,
                                               MtCampStatus         status,
                                               const char          *status_date,
                                               GError             **error);
gboolean    mt_store_update_camp              (MtStore             *self,
                                               gint64               camp_id,
                                               const MtCampFields  *fields,
                                               GError             **error);
/* Refused while personnel, movements, convoys or assets refer to the camp (the message
 * says which); its statuses, aliases, events and deployments go with it (undoable). */
gboolean    mt_store_delete_camp              (MtStore             *self,
                                               gint64               camp_id,
                                               GError             **error);

typedef struct
{
  MtCampStatus status;
  const char  *date;             /* required */
  const char  *reason;           /* stored as the status note; required out of order */
  gboolean     confirmed;        /* the user confirmed a change out of the lifecycle's order */
  const char  *handed_over_to;   /* the authority; required when @status is handed-over */
} MtCampStatusChange;

/* The lifecycle is operational → drawing-down → closed → handed-over. A change out of
 * that order, going back or skipping a step forwards (operational → closed), needs
 * @confirmed and a @reason, else the refusal says so (field "status" or "reason"). Handing over is refused while
 * mt_store_dup_handover_blockers() is not empty (field "status"); it also sets the camp's
 * handover date and authority. Field keys: "status", "date", "reason", "handed_over_to". */
gboolean    mt_store_validate_camp_status     (MtStore                   *self,
                                               gint64                     camp_id,
                                               const MtCampStatusChange  *change,
                                               char                     **out_field,
                                               GError                   **error);
gboolean    mt_store_change_camp_status       (MtStore                   *self,
                                               gint64                     camp_id,
                                               const MtCampStatusChange  *change,
                                               GError                   **error);
/* What still stands in the way of handing the camp over on @date (NULL = today):
 * translated sentences such as "3 people still on the roster" and "environmental
 * assessment in progress". An empty vector when nothing does; NULL + @error on failure.
 * People count when their camp is this one and they have no departure date on or
 * before @date. Free with g_strfreev(). */
char      **mt_store_dup_handover_blockers    (MtStore     *self,
                                               gint64       camp_id,
                                               const char  *date,
                                               GError     **error);

/* Environmental assessment ----------------------------------------------------------- */

typedef struct
{
  MtEnvStatus status;
  const char *date;         /* required when done */
  const char *findings;
  const char *remediation;
  gint64      version;          /* of the record the planner read (mt_*_get_version());
                                 * an update is refused when it has changed since; 0: none */
} MtEnvAssessmentFields;

/* Field keys: "status", "date", "findings", "remediation". */
gboolean    mt_store_validate_env_assessment  (MtStore                      *self,
                                               gint64                        camp_id,
                                               const MtEnvAssessmentFields  *fields,
                                               char                        **out_field,
                                               GError                      **error);
gboolean    mt_store_set_env_assessment       (MtStore                      *self,
                                               gint64                        camp_id,
                                               const MtEnvAssessmentFields  *fields,
                                               GError                      **error);

/* Repatriation movements -------------------------------------------------------------- */

typedef struct
{
  const char *date;        /* required */
  gint64      camp_id;     /* 0 = mission-wide (not broken down by camp) */
  const char *category;    /* category code, required */
  const char *contingent;  /* contributing country */
  gint64      count;       /* >= 0 */
  const char *note;
  gboolean    planned;     /* not made yet: part of the plan, not of the departures */
  gint64      version;          /* of the record the planner read (mt_*_get_version());
                                 * an update is refused when it has changed since; 0: none */
} MtMovementFields;

gboolean    mt_store_validate_movement        (MtStore                 *self,
                                               const MtMovementFields  *fields,
                                               char                   **out_field,
                                               GError                 **error);
gint64      mt_store_create_movement          (MtStore                 *self,
                                               const MtMovementFields  *fields,
                                               GError                 **error);
gboolean    mt_store_update_movement          (MtStore                 *self,
                                               gint64                   movement_id,
                                               const MtMovementFields  *fields,
                                               GError                 **error);
gboolean    mt_store_delete_movement          (MtStore                 *self,
                                               gint64                   movement_id,
                                               GError                 **error);

/* Roster departures --------------------------------------------------------------------- */

/* Marks the personnel rows @ids (personnel row ids, as in MtRosterModel) as departed on
 * @date: one transaction, one history batch, one undo step. @date NULL clears the
 * departure instead ("not departed"). Field keys for refusals: "date". */
gboolean    mt_store_mark_departed            (MtStore      *self,
                                               const gint64 *ids,
                                               guint         n_ids,
                                               const char   *date,
                                               GError      **error);

/* Convoys -------------------------------------------------------------------------------- */

typedef struct
{
  gint64          from_camp_id;       /* required */
  gint64          to_camp_id;         /* required, not @from_camp_id */
  const char     *planned_departure;
  const char     *planned_arrival;    /* not before planned_departure */
  const char     *departed;           /* actual; required for under-way and arrived */
  const char     *arrived;            /* actual; not before departed; required for arrived */
  gint64          personnel;          /* -1 = unknown, else >= 0 */
  gint64          vehicles;           /* -1 = unknown, else >= 0 */
  MtConvoyStatus  status;
  const char     *note;
  /* The roster people it carries (personnel row ids). On update, NULL with 0 keeps the
   * current list; a non-NULL array (even of 0) replaces it. */
  const gint64   *person_ids;
  guint           n_person_ids;
  gint64      version;          /* of the record the planner read (mt_*_get_version());
                                 * an update is refused when it has changed since; 0: none */
} MtConvoyFields;

/* The rule for a convoy arriving: when a convoy's status becomes "arrived", every person
 * it carries gets the destination as their camp (recorded in the same batch, so undo puts
 * them back). Field keys: "from_camp_id", "to_camp_id", "planned_departure",
 * "planned_arrival", "departed", "arrived", "personnel", "vehicles", "status",
 * "person_ids". */
gboolean    mt_store_validate_convoy          (MtStore               *self,
                                               gint64                 convoy_id,  /* 0 = new */
                                               const MtConvoyFields  *fields,
                                               char                 **out_field,
                                               GError               **error);
gint64      mt_store_create_convoy            (MtStore               *self,
                                               const MtConvoyFields  *fields,
                                               GError               **error);
gboolean    mt_store_update_convoy            (MtStore               *self,
                                               gint64                 convoy_id,
                                               const MtConvoyFields  *fields,
                                               GError               **error);
gboolean    mt_store_delete_convoy            (MtStore               *self,
                                               gint64                 convoy_id,
                                               GError               **error);
/* (element-type MtConvoy) every convoy, planned ones too, by planned or actual departure. */
GPtrArray  *mt_store_list_all_convoys         (MtStore     *self,
                                               GError     **error);
/* The personnel row ids a convoy carries. */
GArray     *mt_store_list_convoy_personnel    (MtStore     *self,
                                               gint64       convoy_id,
                                               GError     **error);

/* Assets --------------------------------------------------------------------------------- */

typedef struct
{
  const char   *tag;            /* unique when set */
  const char   *description;    /* required */
  MtAssetOwner  owner;
  gint64        quantity;       /* >= 0 */
  double        value;          /* US dollars; NAN = unknown, else >= 0 */
  gint64        camp_id;        /* 0 = not at a camp */
  MtDisposal    decision;
  const char   *decision_date;  /* required unless decision is pending */
  gint64      version;          /* of the record the planner read (mt_*_get_version());
                                 * an update is refused when it has changed since; 0: none */
} MtAssetFields;

gboolean    mt_store_validate_asset           (MtStore              *self,
                                               gint64                asset_id,   /* 0 = new */
                                               const MtAssetFields  *fields,
                                               char                **out_field,
                                               GError              **error);
gint64      mt_store_create_asset             (MtStore              *self,
                                               const MtAssetFields  *fields,
                                               GError              **error);
gboolean    mt_store_update_asset             (MtStore              *self,
                                               gint64                asset_id,
                                               const MtAssetFields  *fields,
                                               GError              **error);
gboolean    mt_store_delete_asset             (MtStore              *self,
                                               gint64                asset_id,
                                               GError              **error);
/* (element-type MtAsset) assets at @camp_id (0 = all), by camp then description. */
GPtrArray  *mt_store_list_assets              (MtStore     *self,
                                               gint64       camp_id,
                                               GError     **error);

typedef struct
{
  MtDisposal   decision;
  MtAssetOwner owner;
  gint64       n_records;
  gint64       quantity;
  double       value;      /* sum of known values */
} MtAssetTotal;

/* (element-type MtAssetTotal) one entry per (decision, owner) pair that has assets, at
 * @camp_id (0 = all), ordered by decision then owner. */
GArray     *mt_store_asset_totals             (MtStore     *self,
                                               gint64       camp_id,
                                               GError     **error);

/* Events (dated milestones) ----------------------------------------------------------- */

typedef struct
{
  gint64      camp_id;    /* 0 = mission-wide */
  const char *date;       /* required */
  const char *kind;       /* free key, e.g. "milestone", "handover" */
  const char *title;      /* required: English (or the only) title */
  const char *title_fr;   /* optional French title */
  gint64      version;          /* of the record the planner read (mt_*_get_version());
                                 * an update is refused when it has changed since; 0: none */
} MtEventFields;

gboolean    mt_store_validate_event           (MtStore              *self,
                                               const MtEventFields  *fields,
                                               char                **out_field,
                                               GError              **error);
gint64      mt_store_create_event             (MtStore              *self,
                                               const MtEventFields  *fields,
                                               GError              **error);
gboolean    mt_store_update_event             (MtStore              *self,
                                               gint64                event_id,
                                               const MtEventFields  *fields,
                                               GError              **error);
gboolean    mt_store_delete_event             (MtStore              *self,
                                               gint64                event_id,
                                               GError              **error);

/* Reading again ------------------------------------------------------------------------- */

/* @record (an MtMovement, MtConvoy, MtAsset, MtEvent or MtCamp) as the database holds it
 * now, with its current version (mt_record_get_version()): what an editor reloads after its
 * save was refused with MT_STORE_ERROR_CONFLICT. MT_STORE_ERROR_NOT_FOUND when someone has
 * deleted it. */
GObject    *mt_store_reread_record            (MtStore     *self,
                                               GObject     *record,
                                               GError     **error);

G_END_DECLS
