/* mt-plan-data.h: the plan as aggregates.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain structs filled by the store (mt_store_read_plan()) or by hand (tests). A plan is
 * what the data holds about the future as of its data date: every camp's planned closure
 * and handover, and the departures by camp, category and day (a few thousand rows for a
 * million people). What-if scenarios (mt-scenario.h) are laid over it.
 */

#pragma once

#include <glib.h>

#include "mt-plan.h"
#include "mt-series.h"

G_BEGIN_DECLS

typedef struct
{
  gint64  id;
  char   *name;
  char   *planned_closure;   /* ISO; NULL when none */
  char   *planned_handover;  /* ISO; NULL when none */
} MtPlanCamp;

/* @n people of @category at camp @camp_id (0: reported for the mission as a whole) who
 * leave on @day (ISO; "" when they have no planned departure). */
typedef struct
{
  gint64  camp_id;
  char   *category;
  char   *day;
  gint64  n;
} MtPlanRow;

typedef struct
{
  char      *data_date;  /* ISO: the plan as the data stood on this day */
  GPtrArray *camps;      /* (element-type MtPlanCamp) */
  GPtrArray *rows;       /* (element-type MtPlanRow) */
} MtPlanData;

MtPlanCamp       *mt_plan_camp_new                 (gint64                 id,
                                                    const char            *name,
                                                    const char            *planned_closure,
                                                    const char            *planned_handover);
void              mt_plan_camp_free                (MtPlanCamp            *self);
MtPlanRow        *mt_plan_row_new                  (gint64                 camp_id,
                                                    const char            *category,
                                                    const char            *day,
                                                    gint64                 n);
MtPlanRow        *mt_plan_row_copy                 (const MtPlanRow       *self);
/* (element-type MtPlanRow) a copy of @rows, owning its rows. */
GPtrArray        *mt_plan_rows_copy                (GPtrArray             *rows);
void              mt_plan_row_free                 (MtPlanRow             *self);

MtPlanData       *mt_plan_data_new                 (const char            *data_date);
MtPlanData       *mt_plan_data_copy                (const MtPlanData      *self);
void              mt_plan_data_free                (MtPlanData            *self);
/* The camp @id of the plan, or NULL. */
MtPlanCamp       *mt_plan_data_find_camp           (const MtPlanData      *self,
                                                    gint64                 id);
/* People of the plan: of @camp_id (-1: any camp), of @category (NULL: any) leaving on @day
 * (NULL: any day, "" no planned day). */
gint64            mt_plan_data_count               (const MtPlanData      *self,
                                                    gint64                 camp_id,
                                                    const char            *category,
                                                    const char            *day);
/* One row per camp, category and day, none empty, in (camp, category, day) order. */
void              mt_plan_data_merge_rows          (MtPlanData            *self);
/* Where the plan ends, as mt_store_get_plan_ends() says it of the data; clear @ends with
 * mt_plan_ends_clear(). */
void              mt_plan_data_get_ends            (const MtPlanData      *self,
                                                    MtPlanEnds            *ends);
/* Draws the plan into @burndown as its planned curve, called @name, a what-if scenario's
 * (the chart's legend says so): the burn-down's strength less the plan's departures day by
 * day (those before the start count on it). */
void              mt_plan_data_draw                (const MtPlanData      *self,
                                                    MtBurndown            *burndown,
                                                    const char            *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MtPlanData, mt_plan_data_free)

G_END_DECLS
