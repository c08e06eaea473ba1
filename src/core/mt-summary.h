/* mt-summary.h: the figures of the mission or of one camp as of a date (deployed, departed, by
 * category).
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-types.h"

G_BEGIN_DECLS

/* Departures and presence of one personnel category, as of a date. */
typedef struct
{
  char     *code;
  char     *name;       /* localised */
  char     *short_name; /* localised abbreviation */
  char     *component;  /* localised: Force, UN Police, Civilian */
  gboolean  uniformed;
  gint64    departed;   /* movements + roster departures on or before as_of */
  gint64    on_roster;  /* roster entries not departed as of as_of */
} MtCategoryTotal;

/* The figures a planner briefs from, for the whole mission or one camp. */
typedef struct
{
  char      *as_of;            /* ISO date the figures are for */
  char      *withdrawal_start; /* ISO */
  char      *deadline;         /* ISO */
  GPtrArray *categories;       /* (element-type MtCategoryTotal), display order */
  gint64     departed_uniformed;
  gint64     departed_civilian;
  gint64     departed_total;
  gint64     baseline_total;   /* strength recorded before the withdrawal (estimate) */
  int        days_left;        /* deadline - as_of in days; negative once past */
  guint      camps_total;
  guint      camps_drawing_down;
  guint      camps_closed;
  guint      camps_handed_over;
} MtSummary;

#define MT_TYPE_SUMMARY (mt_summary_get_type ())

GType            mt_summary_get_type       (void) G_GNUC_CONST;
MtSummary       *mt_summary_new            (void);
MtSummary       *mt_summary_copy           (const MtSummary *self);
void             mt_summary_free           (MtSummary       *self);
MtCategoryTotal *mt_category_total_new     (void);
void             mt_category_total_free    (MtCategoryTotal *self);
const MtCategoryTotal *
                 mt_summary_find_category  (const MtSummary *self,
                                            const char      *code);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MtSummary, mt_summary_free)

G_END_DECLS
