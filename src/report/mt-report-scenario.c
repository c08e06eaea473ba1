/* mt-report-scenario.c: the report under a what-if scenario.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The section "Scenario NAME against today's plan": the scenario's changes, where the
 * personnel plan and the camps plan end under it and in today's plan against the
 * deadline, and each camp's closure; and the mark every page carries. Words and figures
 * only, as in mt-report-plan.c.
 */

#define G_LOG_DOMAIN "mt-report-scenario"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mt-date.h"
#include "mt-report-private.h"
#include "mt-store-report.h"

#define keep       _mt_report_keep
#define esc        _mt_report_esc
#define short_date _mt_report_short_date
#define days_cell  _mt_report_days_cell

/* Public */

char *
mt_report_scenario_sentence (const MtPlanEnds *today_ends,
                             const MtPlanEnds *under_ends,
                             const char       *deadline,
                             MtPlanKind        kind)
{
  const char *under = mt_plan_ends_get (under_ends, kind);
  const char *today = mt_plan_ends_get (today_ends, kind);
  const char *plan = kind == MT_PLAN_PERSONNEL ? _("the personnel plan") : _("the camps plan");
  g_autofree char *under_text = NULL;
  g_autofree char *today_text = NULL;
  g_autofree char *against = NULL;
  g_autofree char *moved = NULL;
  int days;

  if (under == NULL)
    return g_strdup (kind == MT_PLAN_PERSONNEL
                     ? _("Under the scenario, the personnel plan holds no planned departure.")
                     : _("Under the scenario, the camps plan holds no planned closure or "
                         "handover."));

  under_text = mt_date_format_long (under);
  if (mt_plan_days_moved (deadline, under, &days))
    against = mt_report_deadline_clause (days);
  if (mt_plan_days_moved (today, under, &days))
    {
      moved = mt_scenario_describe_moved (today, under);
      if (days != 0)
        today_text = mt_date_format_long (today);
    }

  if (against != NULL && moved != NULL && today_text != NULL)
    /* Translators: "the personnel plan", the date under the scenario, "20 days after the
     * deadline", "14 days later than today’s plan", the date in today's plan */
    return g_strdup_printf (_("Under the scenario, %s ends %s, %s and %s, which ends %s."),
                            plan, under_text, against, moved, today_text);
  if (moved != NULL && today_text != NULL)
    /* Translators: "the personnel plan", the date under the scenario, "14 days later than
     * today’s plan", the date in today's plan */
    return g_strdup_printf (_("Under the scenario, %s ends %s, %s, which ends %s."),
                            plan, under_text, moved, today_text);
  if (against != NULL && moved != NULL)
    /* Translators: "the personnel plan", the date, "20 days after the deadline", "as in
     * today’s plan" */
    return g_strdup_printf (_("Under the scenario, %s ends %s, %s and %s."),
                            plan, under_text, against, moved);
  if (against != NULL || moved != NULL)
    /* Translators: "the personnel plan", the date, "20 days after the deadline" */
    return g_strdup_printf (_("Under the scenario, %s ends %s, %s."),
                            plan, under_text, against != NULL ? against : moved);
  /* Translators: "the personnel plan", the date */
  return g_strdup_printf (_("Under the scenario, %s ends %s."), plan, under_text);
}

/* Sections */

static void
build_changes (const MtScenario *scenario,
               MtReportLayout   *layout,
               GPtrArray        *pool)
{
  if (scenario->changes->len == 0)
    {
      mt_report_layout_add_text (layout, MT_REPORT_TEXT_BODY,
                                 esc (pool, _("The scenario holds no change: it is today’s "
                                              "plan.")));
      return;
    }

  mt_report_layout_add_text (layout, MT_REPORT_TEXT_BODY,
                             esc (pool, _("Changes laid over today’s plan, in the order they "
                                          "apply:")));
  for (guint i = 0; i < scenario->changes->len; i++)
    {
      g_autofree char *line = mt_scenario_change_describe (g_ptr_array_index (scenario->changes,
                                                                              i));

      mt_report_layout_add_text (layout, MT_REPORT_TEXT_BODY,
                                 esc (pool, keep (pool, g_strdup_printf ("• %s", line))));
    }
}

static void
build_ends (MtReport       *self,
            MtReportLayout *layout,
            GPtrArray      *pool)
{
  const MtReportScenario *scenario = self->scenario;

  for (MtPlanKind kind = MT_PLAN_PERSONNEL; kind <= MT_PLAN_CAMPS; kind++)
    mt_report_layout_add_text (layout, MT_REPORT_TEXT_BODY,
                               esc (pool, keep (pool, mt_report_scenario_sentence (
                                                        &scenario->today_ends,
                                                        &scenario->under_ends,
                                                        self->summary->deadline, kind))));
  _mt_report_add_ends_table (layout, pool, _("Ends in today’s plan"),
                             _("Ends under the scenario"), &scenario->today_ends,
                             &scenario->under_ends, self->summary->deadline);
  mt_report_layout_add_text (layout, MT_REPORT_TEXT_NOTE,
                             esc (pool, _("Moved: the end under the scenario less the end in "
                                          "today’s plan. Highlighted: a plan that ends after "
                                          "the deadline under the scenario.")));
}

static void
build_camp_closures (MtReport       *self,
                     MtReportLayout *layout,
                     GPtrArray      *pool)
{
  static const MtReportAlign aligns[] = { MT_REPORT_ALIGN_START, MT_REPORT_ALIGN_START,
                                          MT_REPORT_ALIGN_START, MT_REPORT_ALIGN_END };
  const char *headers[] = { _("Camp"), _("Closure in today’s plan"),
                            _("Closure under the scenario"), _("Slip (days)") };
  MtReportTable *table;

  mt_report_layout_add_text (layout, MT_REPORT_TEXT_HEADING,
                             esc (pool, _("Camp closures under the scenario")));
  table = mt_report_layout_add_table (layout, G_N_ELEMENTS (headers), headers, aligns, 0);
  /* In the camps table's order and names (in the reader's language). */
  for (guint i = 0; i < self->camps->len; i++)
    {
      const MtCampFigures *figures = g_ptr_array_index (self->camps, i);
      const MtPlanCamp *camp = mt_plan_data_find_camp (self->scenario->today, figures->id);
      const MtPlanCamp *under = mt_plan_data_find_camp (self->scenario->under, figures->id);
      const char *planned = camp != NULL ? camp->planned_closure : NULL;
      const char *closure = under != NULL ? under->planned_closure : NULL;
      int days;
      gboolean later = mt_plan_days_moved (planned, closure, &days) && days > 0;

      mt_report_table_add_row (table, later ? MT_REPORT_ROW_HIGHLIGHT : MT_REPORT_ROW_NORMAL,
                               (const char *[]) {
                                 esc (pool, figures->name),
                                 short_date (pool, planned),
                                 short_date (pool, closure),
                                 days_cell (pool, planned, closure) });
    }
  mt_report_layout_add_text (layout, MT_REPORT_TEXT_NOTE,
                             esc (pool, _("The slip is the closure under the scenario less the "
                                          "closure in today’s plan. Highlighted: a camp that "
                                          "closes later under the scenario.")));
}

/* Private API */

void
_mt_report_scenario_free (MtReportScenario *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->scenario, mt_scenario_free);
  g_clear_pointer (&self->today, mt_plan_data_free);
  g_clear_pointer (&self->under, mt_plan_data_free);
  mt_plan_ends_clear (&self->today_ends);
  mt_plan_ends_clear (&self->under_ends);
  g_free (self);
}

char *
_mt_report_scenario_mark (MtReport *self)
{
  g_assert (MT_IS_REPORT (self));

  if (self->scenario == NULL)
    return NULL;
  /* Translators: printed at the top of every page of a report under a what-if scenario */
  return g_strdup_printf (_("Scenario “%s” — not the recorded plan"),
                          self->scenario->scenario->name);
}

void
_mt_report_build_scenario (MtReport       *self,
                           MtReportLayout *layout,
                           GPtrArray      *pool)
{
  const MtScenario *scenario;
  g_autofree char *heading = NULL;

  g_assert (MT_IS_REPORT (self));
  g_assert (self->scenario != NULL);

  scenario = self->scenario->scenario;
  /* Translators: %s is the scenario's name, e.g. "Kidal two weeks late" */
  heading = g_strdup_printf (_("Scenario “%s” against today’s plan"), scenario->name);
  mt_report_layout_add_text (layout, MT_REPORT_TEXT_HEADING, esc (pool, heading));
  if (scenario->note != NULL && *scenario->note != '\0')
    mt_report_layout_add_fact (layout, _("Note"), esc (pool, scenario->note));
  if (scenario->created_at != NULL)
    {
      g_autofree char *day = g_strndup (scenario->created_at, 10);
      g_autofree char *when = mt_date_format_long (day);

      mt_report_layout_add_fact (layout, _("Scenario saved"),
                                 esc (pool, keep (pool, scenario->created_by != NULL
                                                        ? g_strdup_printf (_("%s by %s"), when,
                                                                           scenario->created_by)
                                                        : g_steal_pointer (&when))));
    }

  build_changes (scenario, layout, pool);
  build_ends (self, layout, pool);
  build_camp_closures (self, layout, pool);
  mt_report_layout_add_text (layout, MT_REPORT_TEXT_NOTE,
                             esc (pool, _("A scenario lays its changes over today’s plan "
                                          "without touching the recorded data. The chart of "
                                          "personnel still deployed draws the plan under the "
                                          "scenario.")));
}
