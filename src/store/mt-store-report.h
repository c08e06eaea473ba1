/* mt-store-report.h: the aggregates the withdrawal report is made from.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything here is added up in SQL (GROUP BY over indexed columns), never by loading
 * roster rows, so a report on a million-person roster stays fast.
 */

#pragma once

#include "mt-summary.h"
#include "mt-types.h"

G_BEGIN_DECLS

/* One camp as the report lists it, as of a date. */
typedef struct
{
  gint64        id;
  char         *name;
  MtCampStatus  status;           /* as of the date */
  char         *status_since;     /* ISO date of the status in force, may be NULL */
  char         *planned_closure;  /* ISO, may be NULL */
  char         *handover_date;    /* ISO, NULL unless handed over by the date */
  char         *handed_over_to;   /* may be NULL */
  MtEnvStatus   env_status;
  char         *env_date;         /* may be NULL */
  gint64        baseline;         /* strength before the withdrawal (an estimate) */
  gint64        departed;         /* movements + roster departures on or before the date */
  gint64        on_roster;        /* roster entries at the camp not departed by the date */
  gboolean      late;             /* planned closure before the date, not closed or handed over */
} MtCampFigures;

/* Assets of one owner ("COE", "UNOE" or "" when not recorded) under one disposal decision
 * (its stored key; "pending" for assets with no decision yet on the date). */
typedef struct
{
  char   *decision;
  char   *owner;
  gint64  records;   /* asset records */
  gint64  quantity;  /* items: the records' quantities, 1 where none is recorded */
  double  value;     /* sum of the recorded values */
} MtDisposalTotal;

void        mt_camp_figures_free          (MtCampFigures       *camp);
void        mt_disposal_total_free        (MtDisposalTotal     *total);
/* Personnel still at the camp: the roster entries still there, or the strength before the
 * withdrawal less the departures when that is more (an estimate, never below 0); for a
 * closed or handed-over camp, only the roster entries still there. */
gint64      mt_camp_figures_get_left      (const MtCampFigures *camp);

/* Everything the report reads from the store as of one date, in one go. */
typedef struct
{
  char      *as_of;        /* ISO: the date asked for, or the latest data's */
  MtSummary *summary;      /* as mt_store_get_summary (store, 0, as_of) */
  GPtrArray *camps;        /* (element-type MtCampFigures) every camp, by name */
  GPtrArray *assets;       /* (element-type MtDisposalTotal) by decision, owner */
  char      *fingerprint;  /* see mt_store_report_fingerprint() */
} MtFigureSet;

void        mt_figure_set_free            (MtFigureSet         *figures);

/* Reads the report's figures as of @as_of (NULL: the latest data). The roster is read
 * once, from its counts per camp and day (personnel_tally), for the camps and the
 * fingerprint alike. */
MtFigureSet *
            mt_store_report_figures       (MtStore     *self,
                                           const char  *as_of,
                                           GError     **error);

/* The figures of one camp as of @as_of (NULL: the latest data), read as the report reads
 * them: mt_camp_figures_get_left() of the result is the personnel the camp page and the
 * handover check count as still there. NULL + @error on failure (NOT_FOUND: no such camp). */
MtCampFigures *
            mt_store_get_camp_figures     (MtStore     *self,
                                           gint64       camp_id,
                                           const char  *as_of,
                                           GError     **error);

/* A short fingerprint of the data a report as of @as_of is made from: the first 8 hex
 * digits of a SHA-256 over, in a fixed order, the date, the rows of the small tables the
 * report reads (mission, categories, camps, deployments, assets, and the camp statuses,
 * movements, convoys and events dated on or before the date), the roster's counts per
 * camp and departure day (departures after the date count as still there) and the
 * departures and roster counts per category. Two printouts with different fingerprints
 * were made from different data; a roster change that moves no figure (a corrected name)
 * leaves it alone. NULL + @error on failure. */
char       *mt_store_report_fingerprint   (MtStore     *self,
                                           const char  *as_of,
                                           GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MtCampFigures, mt_camp_figures_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MtFigureSet, mt_figure_set_free)

G_END_DECLS
