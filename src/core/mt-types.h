/* mt-types.h: the enums every layer shares (camp status, environmental assessment status,
 * roster columns) and their keys and labels.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _MtStore         MtStore;
typedef struct _MtMission       MtMission;
typedef struct _MtCategory      MtCategory;
typedef struct _MtCamp          MtCamp;
typedef struct _MtPerson        MtPerson;
typedef struct _MtEvent         MtEvent;
typedef struct _MtMovement      MtMovement;
typedef struct _MtConvoy        MtConvoy;
typedef struct _MtStatPoint     MtStatPoint;
typedef struct _MtCampList      MtCampList;
typedef struct _MtRosterModel   MtRosterModel;

/* Stored in the database as the nick ("operational", "drawing-down", ...). */
typedef enum
{
  MT_CAMP_STATUS_OPERATIONAL,
  MT_CAMP_STATUS_DRAWING_DOWN,
  MT_CAMP_STATUS_CLOSED,
  MT_CAMP_STATUS_HANDED_OVER,
} MtCampStatus;

#define MT_CAMP_N_STATUSES (MT_CAMP_STATUS_HANDED_OVER + 1)

typedef enum
{
  MT_ENV_STATUS_NOT_STARTED,
  MT_ENV_STATUS_IN_PROGRESS,
  MT_ENV_STATUS_DONE,
} MtEnvStatus;

/* The roster's sortable columns; the store maps each to an indexed SQL expression. */
typedef enum
{
  MT_ROSTER_COLUMN_PERSONNEL_ID,
  MT_ROSTER_COLUMN_FAMILY_NAME,
  MT_ROSTER_COLUMN_GIVEN_NAME,
  MT_ROSTER_COLUMN_RANK,
  MT_ROSTER_COLUMN_CATEGORY,
  MT_ROSTER_COLUMN_COUNTRY,
  MT_ROSTER_COLUMN_UNIT,
  MT_ROSTER_COLUMN_CAMP,
  MT_ROSTER_COLUMN_PLANNED_DEPARTURE,
  MT_ROSTER_COLUMN_STATUS,
  MT_ROSTER_COLUMN_DEPARTURE_DATE,
} MtRosterColumn;

const char *mt_camp_status_to_key     (MtCampStatus  status);
gboolean    mt_camp_status_from_key   (const char   *key,
                                       MtCampStatus *status);
const char *mt_camp_status_get_label  (MtCampStatus  status);
const char *mt_env_status_to_key      (MtEnvStatus   status);
gboolean    mt_env_status_from_key    (const char   *key,
                                       MtEnvStatus  *status);
const char *mt_env_status_get_label   (MtEnvStatus   status);

/* Names kept in two languages in the data (a category's, a camp's, the mission's): @fr when
 * the user's first language is French and @fr is set, else @en. */
const char *mt_localize               (const char   *en,
                                       const char   *fr);

G_END_DECLS
