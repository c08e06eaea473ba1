/* mt-scenario.h: what-if scenarios laid over the plan.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain structs filled by the store (mt-store-scenario.h) or by hand (tests). A scenario is
 * a named, ordered list of changes laid over the plan (mt-plan-data.h); applying one makes
 * a new plan and never touches the recorded data, nor the plan it was given.
 */

#pragma once

#include <glib.h>

#include "mt-plan-data.h"

G_BEGIN_DECLS

typedef enum
{
  /* Camp @camp_id closes on @date: its remaining planned departures (after the data date)
   * are stretched or compressed in proportion to end by then; any still after it come to
   * that day. */
  MT_SCENARIO_CAMP_CLOSURE,
  /* Category @category's remaining planned departures take @factor times as long:
   * day' = data date + round ((day - data date) × factor), one day after it at the least. */
  MT_SCENARIO_CATEGORY_PACE,
  /* Convoy @convoy_id leaves @days days late: its people (@people) leave as much later. */
  MT_SCENARIO_CONVOY_DELAY,
  /* @n people of @category move from camp @camp_id to camp @to_camp_id on @date, keeping
   * their planned days: those still there that day, the latest planned first, then those
   * with no planned departure. */
  MT_SCENARIO_TRANSFER,
} MtScenarioChangeKind;

#define MT_SCENARIO_N_KINDS (MT_SCENARIO_TRANSFER + 1)

typedef struct
{
  MtScenarioChangeKind  kind;
  gint64                camp_id;     /* closure: the camp; transfer: from */
  gint64                to_camp_id;  /* transfer: to */
  char                 *category;    /* pace, transfer: the category's code */
  gint64                convoy_id;
  char                 *date;        /* closure: the new closure; transfer: the day (ISO) */
  double                factor;      /* pace */
  int                   days;        /* convoy delay */
  gint64                n;           /* transfer */
  /* Convoy delay: (element-type MtPlanRow) the convoy's people by camp, category and their
   * day in today's plan, as the store reads them; NULL = nobody. */
  GPtrArray            *people;
  /* For people to read, filled by the store: the camps' names, the category's name in the
   * reader's language, the convoy's "from → to". NULL: the id or code is shown. */
  char                 *camp_name;
  char                 *to_camp_name;
  char                 *category_name;
  char                 *convoy_label;
} MtScenarioChange;

typedef struct
{
  gint64     id;
  char      *name;
  char      *note;
  char      *created_at;  /* ISO 8601 UTC */
  char      *created_by;  /* the login that made it */
  gint64     version;
  GPtrArray *changes;     /* (element-type MtScenarioChange), in the order they apply */
} MtScenario;

/* "closure", "pace", "convoy", "transfer": the key the store keeps. */
const char       *mt_scenario_change_kind_to_key   (MtScenarioChangeKind   kind);
gboolean          mt_scenario_change_kind_from_key (const char            *key,
                                                    MtScenarioChangeKind  *kind);

MtScenarioChange *mt_scenario_change_new           (MtScenarioChangeKind   kind);
MtScenarioChange *mt_scenario_change_copy          (const MtScenarioChange *self);
void              mt_scenario_change_free          (MtScenarioChange      *self);
/* One line for lists and the history, in the reader's language ("Kidal closes on 15 Dec
 * 2023", "Troops leave 1.5× slower"). */
char             *mt_scenario_change_describe      (const MtScenarioChange *self);
/* How far a plan's end moved from today's plan's @from to a scenario's @to (ISO):
 * "3 days later than today’s plan", "as in today’s plan"…, "—" when either is NULL. */
char             *mt_scenario_describe_moved       (const char            *from,
                                                    const char            *to);
/* Where @self moves a remaining planned departure (after @plan's data date) of @category at
 * camp @camp_id on @day: the new day (ISO), or NULL when it does not move it. A closure
 * moves its camp's days, a pace its category's, a convoy delay any day (the caller knows
 * the person travels in the convoy); a transfer moves people, not days (NULL). What
 * mt_scenario_change_apply() does to each row, and what promoting a scenario writes. */
char             *mt_scenario_change_move_day      (const MtScenarioChange *self,
                                                    const MtPlanData      *plan,
                                                    gint64                 camp_id,
                                                    const char            *category,
                                                    const char            *day);
/* Lays @self over @plan, returning a new plan; @plan is left as it was. */
MtPlanData       *mt_scenario_change_apply         (const MtScenarioChange *self,
                                                    const MtPlanData      *plan);

MtScenario       *mt_scenario_new                  (void);
void              mt_scenario_free                 (MtScenario            *self);
/* The closure (ISO) @self gives camp @camp_id (its last closure change), or NULL when it
 * does not move the camp's closure. */
const char       *mt_scenario_get_closure          (const MtScenario      *self,
                                                    gint64                 camp_id);
/* Lays every change of @self over @plan in order, returning a new plan; @plan is left as
 * it was. */
MtPlanData       *mt_scenario_apply                (const MtScenario      *self,
                                                    const MtPlanData      *plan);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MtScenarioChange, mt_scenario_change_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MtScenario, mt_scenario_free)

G_END_DECLS
