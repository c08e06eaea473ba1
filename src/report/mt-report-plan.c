/* mt-report-plan.c: the section "Plan against baseline NAME".
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where the personnel plan and the camps plan end, now and in the baseline, against the
 * deadline; each camp's closure; the departures the baseline planned up to the report's
 * date against those recorded. Words and figures only, as in mt-report-content.c.
 */

#define G_LOG_DOMAIN "mt-report-plan"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mt-date.h"
#include "mt-report-private.h"
#include "mt-store-plan.h"

#define keep       _mt_report_keep
#define esc        _mt_report_esc
#define count      _mt_report_count
#define short_date _mt_report_short_date
#define days_cell _mt_report_days_cell

/* Helpers */

/* A number of days with its sign: "+66", "−3", "0". */
static const char *
signed_days (GPtrArray *pool,
             int        days)
{
  g_autofree char *n = mt_format_count (ABS (days));

  if (days > 0)
    return keep (pool, g_strdup_printf ("+%s", n));
  if (days < 0)
    return keep (pool, g_strdup_printf ("\xe2\x88\x92%s", n));
  return "0";
}

const char *
days_cell (GPtrArray  *pool,
           const char *from,
           const char *to)
{
  int days;

  return mt_plan_days_moved (from, to, &days) ? signed_days (pool, days) : "—";
}

/* "20 days after the deadline", "3 days before the deadline", "on the deadline". */
char *
mt_report_deadline_clause (int days)
{
  g_autofree char *n = mt_format_count (ABS (days));

  if (days > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s day after the deadline",
                                         "%s days after the deadline", days), n);
  if (days < 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s day before the deadline",
                                         "%s days before the deadline", -days), n);
  return g_strdup (_("on the deadline"));
}

/* "66 days later than in the August plan", "3 days earlier …", "the same day as in …". */
static char *
moved_clause (int         days,
              const char *name)
{
  g_autofree char *n = mt_format_count (ABS (days));

  if (days > 0)
    /* Translators: %s days, then the baseline's name ("August plan") */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s day later than in “%s”",
                                         "%s days later than in “%s”", days), n, name);
  if (days < 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s day earlier than in “%s”",
                                         "%s days earlier than in “%s”", -days), n, name);
  return g_strdup_printf (_("the same day as in “%s”"), name);
}

/* The sentence on where one plan ends now, against the deadline and the baseline. */
static char *
end_sentence (const MtPlanVariance *plan,
              MtPlanKind            kind)
{
  const char *now = mt_plan_ends_get (&plan->current_ends, kind);
  const char *then = mt_plan_ends_get (&plan->baseline_ends, kind);
  g_autofree char *now_text = NULL;
  g_autofree char *then_text = NULL;
  g_autofree char *deadline = NULL;
  g_autofree char *moved = NULL;
  int days;

  if (now == NULL)
    return g_strdup (kind == MT_PLAN_PERSONNEL
                     ? _("The personnel plan holds no planned departure.")
                     : _("The camps plan holds no planned closure or handover."));

  now_text = mt_date_format_long (now);
  deadline = mt_plan_days_moved (plan->deadline, now, &days) ? mt_report_deadline_clause (days) : NULL;
  if (!mt_plan_days_moved (then, now, &days))
    {
      if (deadline == NULL)
        return g_strdup_printf (kind == MT_PLAN_PERSONNEL ? _("The personnel plan now ends %s.")
                                                          : _("The camps plan now ends %s."),
                                now_text);
      /* Translators: the date, then "20 days after the deadline" */
      return g_strdup_printf (kind == MT_PLAN_PERSONNEL ? _("The personnel plan now ends %s, %s.")
                                                        : _("The camps plan now ends %s, %s."),
                              now_text, deadline);
    }

  moved = moved_clause (days, plan->baseline->name);
  then_text = mt_date_format_long (then);
  if (deadline == NULL)
    /* Translators: the date now, "66 days later than in “August plan”", the date then */
    return g_strdup_printf (kind == MT_PLAN_PERSONNEL
                            ? _("The personnel plan now ends %s, %s, which ended %s.")
                            : _("The camps plan now ends %s, %s, which ended %s."),
                            now_text, moved, then_text);
  /* Translators: the date now, "20 days after the deadline", "66 days later than in
   * “August plan”", the date the baseline's plan ended */
  return g_strdup_printf (kind == MT_PLAN_PERSONNEL
                          ? _("The personnel plan now ends %s, %s and %s, which ended %s.")
                          : _("The camps plan now ends %s, %s and %s, which ended %s."),
                          now_text, deadline, moved, then_text);
}

/* Sections */

void
_mt_report_add_ends_table (MtReportLayout   *layout,
                           GPtrArray        *pool,
                           const char       *then_header,
                           const char       *now_header,
                           const MtPlanEnds *then_ends,
                           const MtPlanEnds *now_ends,
                           const char       *deadline)
{
  static const MtReportAlign aligns[] = { MT_REPORT_ALIGN_START, MT_REPORT_ALIGN_START,
                                          MT_REPORT_ALIGN_START, MT_REPORT_ALIGN_END,
                                          MT_REPORT_ALIGN_END };
  const char *headers[] = { _("Plan"), then_header, now_header,
                            _("Moved (days)"), _("Against the deadline (days)") };
  MtReportTable *table;

  table = mt_report_layout_add_table (layout, G_N_ELEMENTS (headers), headers, aligns, 0);
  for (MtPlanKind kind = MT_PLAN_PERSONNEL; kind <= MT_PLAN_CAMPS; kind++)
    {
      const char *then = mt_plan_ends_get (then_ends, kind);
      const char *now = mt_plan_ends_get (now_ends, kind);
      int late;
      gboolean after = mt_plan_days_moved (deadline, now, &late) && late > 0;

      mt_report_table_add_row (table, after ? MT_REPORT_ROW_HIGHLIGHT : MT_REPORT_ROW_NORMAL,
                               (const char *[]) {
                                 esc (pool, kind == MT_PLAN_PERSONNEL ? _("Personnel plan")
                                                                      : _("Camps plan")),
                                 short_date (pool, then), short_date (pool, now),
                                 days_cell (pool, then, now),
                                 days_cell (pool, deadline, now) });
    }
}

static void
build_ends (MtReport       *self,
            MtReportLayout *layout,
            GPtrArray      *pool)
{
  const MtPlanVariance *plan = self->plan;

  for (MtPlanKind kind = MT_PLAN_PERSONNEL; kind <= MT_PLAN_CAMPS; kind++)
    mt_report_layout_add_text (layout, MT_REPORT_TEXT_BODY,
                               esc (pool, keep (pool, end_sentence (plan, kind))));
  _mt_report_add_ends_table (layout, pool, _("Ends in the baseline"), _("Ends now"),
                             &plan->baseline_ends, &plan->current_ends, plan->deadline);

  if (plan->current_ends.unplanned > 0)
    mt_report_layout_add_text (layout, MT_REPORT_TEXT_NOTE,
                               esc (pool, keep (pool, g_strdup_printf (
                                 g_dngettext (GETTEXT_PACKAGE,
                                              "%s person still deployed has no planned "
                                              "departure: the personnel plan cannot end before "
                                              "they have one.",
                                              "%s people still deployed have no planned "
                                              "departure: the personnel plan cannot end before "
                                              "they have one.",
                                              plan->current_ends.unplanned),
                                 count (pool, plan->current_ends.unplanned)))));
  mt_report_layout_add_text (layout, MT_REPORT_TEXT_NOTE,
                             esc (pool, _("The personnel plan ends on the last departure it "
                                          "holds: the planned departures of the people still "
                                          "deployed and the planned movements. The camps plan "
                                          "ends on the last planned closure or handover.")));
}

static void
build_camp_closures (MtReport       *self,
                     MtReportLayout *layout,
                     GPtrArray      *pool)
{
  static const MtReportAlign aligns[] = { MT_REPORT_ALIGN_START, MT_REPORT_ALIGN_START,
                                          MT_REPORT_ALIGN_START, MT_REPORT_ALIGN_START,
                                          MT_REPORT_ALIGN_END };
  const char *headers[] = { _("Camp"), _("Closure in the baseline"), _("Closure planned now"),
                            _("Closed on"), _("Slip (days)") };
  MtReportTable *table;
  guint slipped = 0;

  mt_report_layout_add_text (layout, MT_REPORT_TEXT_HEADING, esc (pool, _("Camp closures")));
  table = mt_report_layout_add_table (layout, G_N_ELEMENTS (headers), headers, aligns, 0);
  for (guint i = 0; i < self->plan->camps->len; i++)
    {
      const MtCampVariance *camp = g_ptr_array_index (self->plan->camps, i);
      int days;
      gboolean known = mt_camp_variance_get_slip (camp, &days);

      slipped += known && days > 0;
      mt_report_table_add_row (table,
                               known && days > 0 ? MT_REPORT_ROW_HIGHLIGHT : MT_REPORT_ROW_NORMAL,
                               (const char *[]) {
                                 esc (pool, camp->camp_name),
                                 short_date (pool, camp->baseline_closure),
                                 short_date (pool, camp->planned_closure),
                                 short_date (pool, camp->closed_on),
                                 known ? signed_days (pool, days) : "—" });
    }

  if (slipped > 0)
    mt_report_layout_add_text (layout, MT_REPORT_TEXT_NOTE,
                               esc (pool, keep (pool, g_strdup_printf (
                                 g_dngettext (GETTEXT_PACKAGE,
                                              "Highlighted: %u camp closes (or closed) later "
                                              "than the baseline planned.",
                                              "Highlighted: %u camps close (or closed) later "
                                              "than the baseline planned.", slipped),
                                 slipped))));
  mt_report_layout_add_text (layout, MT_REPORT_TEXT_NOTE,
                             esc (pool, _("The slip is the day the camp closed or was handed "
                                          "over, or while it is open the closure planned now, "
                                          "less the closure in the baseline.")));
}

static void
build_departures (MtReport       *self,
                  MtReportLayout *layout,
                  GPtrArray      *pool)
{
  static const MtReportAlign aligns[] = { MT_REPORT_ALIGN_START, MT_REPORT_ALIGN_END,
                                          MT_REPORT_ALIGN_END, MT_REPORT_ALIGN_END };
  const char *headers[] = { _("Category"), _("Planned in the baseline"), _("Recorded"),
                            _("Behind plan") };
  g_autofree char *as_of = mt_date_format_long (self->plan->as_of);
  g_autofree char *heading = g_strdup_printf (_("Departures up to %s"), as_of);
  MtReportTable *table;
  gint64 planned = 0, recorded = 0, behind = 0;

  mt_report_layout_add_text (layout, MT_REPORT_TEXT_HEADING, esc (pool, heading));
  table = mt_report_layout_add_table (layout, G_N_ELEMENTS (headers), headers, aligns, 0);
  for (guint i = 0; i < self->plan->categories->len; i++)
    {
      const MtCategoryVariance *category = g_ptr_array_index (self->plan->categories, i);
      gint64 late = mt_category_variance_get_behind (category);

      mt_report_table_add_row (table, late > 0 ? MT_REPORT_ROW_HIGHLIGHT : MT_REPORT_ROW_NORMAL,
                               (const char *[]) {
                                 esc (pool, category->name), count (pool, category->planned),
                                 count (pool, category->recorded),
                                 late > 0 ? count (pool, late) : "—" });
      planned += category->planned;
      recorded += category->recorded;
      behind += late;
    }
  mt_report_table_add_row (table, MT_REPORT_ROW_STRONG | MT_REPORT_ROW_RULE,
                           (const char *[]) { esc (pool, _("Total")), count (pool, planned),
                                              count (pool, recorded),
                                              behind > 0 ? count (pool, behind) : "—" });
  mt_report_layout_add_text (layout, MT_REPORT_TEXT_NOTE,
                             esc (pool, _("Planned in the baseline: the departures it placed on "
                                          "or before this date, those already made when it was "
                                          "taken included. Behind plan: planned, not recorded.")));
}

/* Private API */

void
_mt_report_build_plan (MtReport       *self,
                       MtReportLayout *layout,
                       GPtrArray      *pool)
{
  const MtBaseline *baseline;
  g_autofree char *heading = NULL;
  g_autofree char *data_date = NULL;
  g_autofree char *taken = NULL;

  g_assert (MT_IS_REPORT (self));
  g_assert (self->plan != NULL);

  baseline = self->plan->baseline;
  /* Translators: %s is the baseline's name, e.g. "August plan" */
  heading = g_strdup_printf (_("Plan against baseline “%s”"), baseline->name);
  mt_report_layout_add_text (layout, MT_REPORT_TEXT_HEADING, esc (pool, heading));

  data_date = mt_date_format_long (baseline->data_date);
  mt_report_layout_add_fact (layout, _("Baseline data as of"), esc (pool, data_date));
  if (baseline->taken_at != NULL)
    {
      g_autofree char *day = g_strndup (baseline->taken_at, 10);
      g_autofree char *when = mt_date_format_long (day);

      /* Translators: the day the baseline was taken, and who took it (a login) */
      taken = baseline->taken_by != NULL ? g_strdup_printf (_("%s by %s"), when, baseline->taken_by)
                                         : g_steal_pointer (&when);
      mt_report_layout_add_fact (layout, _("Baseline taken"), esc (pool, taken));
    }

  build_ends (self, layout, pool);
  build_camp_closures (self, layout, pool);
  build_departures (self, layout, pool);
}

/* Public API */

gint64
mt_report_count_unplanned (MtStore          *store,
                           const MtSummary  *summary,
                           const MtPlanEnds *ends)
{
  g_autoptr(GError) error = NULL;
  gint64 deployed;
  gint64 planned;

  g_return_val_if_fail (MT_IS_STORE (store), 0);
  g_return_val_if_fail (summary != NULL && ends != NULL, 0);

  deployed = summary->baseline_total - summary->departed_total;
  if (summary->baseline_total <= 0 || deployed <= 0)
    return ends->unplanned;
  planned = mt_store_count_planned_after (store, summary->as_of, &error);
  if (planned < 0)
    {
      g_warning ("Could not count the planned departures: %s", error->message);
      return ends->unplanned;
    }

  return MAX (ends->unplanned, deployed - planned);
}

char *
mt_report_plan_sentence (const MtPlanVariance *plan,
                         gboolean              camps)
{
  g_autofree char *sentence = NULL;
  g_autofree char *n = NULL;
  g_autofree char *unplanned = NULL;

  g_return_val_if_fail (plan != NULL && plan->baseline != NULL, NULL);

  sentence = end_sentence (plan, camps ? MT_PLAN_CAMPS : MT_PLAN_PERSONNEL);
  if (plan->current_ends.unplanned <= 0)
    return g_steal_pointer (&sentence);

  /* The plan's end leaves them out: without this, "the plan ends 27 September" reads as if
   * everyone had left by then. */
  n = mt_format_count (plan->current_ends.unplanned);
  unplanned = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%s person still deployed has no planned "
                                            "departure yet.",
                                            "%s people still deployed have no planned "
                                            "departure yet.",
                                            plan->current_ends.unplanned), n);
  /* Translators: the sentence on where the plan ends, then "1,234 people still deployed
   * have no planned departure yet." */
  return g_strdup_printf (_("%s %s"), sentence, unplanned);
}
