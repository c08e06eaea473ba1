/* mt-report-content.c: what the withdrawal report says, section by section.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only words and figures here; where they go on the page is mt-report-layout.c's job.
 * Every string from the data is escaped before it becomes Pango markup.
 */

#define G_LOG_DOMAIN "mt-report-content"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mt-asset.h"
#include "mt-chart-render.h"
#include "mt-convoy.h"
#include "mt-date.h"
#include "mt-event.h"
#include "mt-mission.h"
#include "mt-report-private.h"
#include "mt-store-report.h"

#define MUTED_SPAN "<span foreground=\"#5e5c64\">"
#define ALARM_SPAN "<span foreground=\"#a51d2d\" weight=\"bold\">"

/* Helpers */

/* Keeps @text alive in @pool until the section is built; returns it. */
static const char *
keep (GPtrArray *pool,
      char      *text)
{
  g_ptr_array_add (pool, text);
  return text;
}

static const char *
esc (GPtrArray  *pool,
     const char *text)
{
  return keep (pool, g_markup_escape_text (text != NULL ? text : "", -1));
}

static const char *
count (GPtrArray *pool,
       gint64     value)
{
  return keep (pool, mt_format_count (value));
}

/* A short date that never wraps inside a table cell. */
static const char *
short_date (GPtrArray  *pool,
            const char *iso)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) words = NULL;

  if (iso == NULL || *iso == '\0')
    return "—";

  text = mt_date_format_short (iso);
  words = g_strsplit (text, " ", -1);

  return esc (pool, keep (pool, g_strjoinv ("\xc2\xa0", words)));
}

static void
print_style (MtChartStyle *style)
{
  mt_chart_style_init_light (style);
  style->background[3] = 0;  /* the paper shows through */
  style->font_family = "DejaVu Sans";
  style->font_size = 7.5;
}

static void
draw_burndown_cb (cairo_t  *cr,
                  double    width,
                  double    height,
                  gpointer  user_data)
{
  MtReport *self = user_data;
  MtChartStyle style;

  print_style (&style);
  mt_chart_render_burndown (cr, width, height, &style, self->burndown);
}

static void
draw_categories_cb (cairo_t  *cr,
                    double    width,
                    double    height,
                    gpointer  user_data)
{
  MtReport *self = user_data;
  MtChartStyle style;

  print_style (&style);
  mt_chart_render_categories (cr, width, height, &style, self->by_month);
}

static char *
days_remaining_text (int days_left)
{
  g_autofree char *n = mt_format_count (ABS (days_left));

  if (days_left > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s day", "%s days", days_left), n);
  if (days_left == 0)
    return g_strdup (_("Deadline today"));
  /* Translators: the deadline was %s days before the date of the data */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Deadline passed %s day ago",
                                       "Deadline passed %s days ago", -days_left), n);
}

/* Sections */

static void
build_title (MtReport       *self,
             MtReportLayout *layout,
             GPtrArray      *pool)
{
  MtSummary *s = self->summary;
  g_autofree char *kicker = g_utf8_strup (_("Withdrawal report"), -1);
  g_autofree char *generated = g_date_time_format (self->generated, "%Y-%m-%d");
  g_autofree char *escaped_kicker = g_markup_escape_text (kicker, -1);

  mt_report_layout_add_text (layout, MT_REPORT_TEXT_KICKER, escaped_kicker);
  if (self->mission != NULL)
    {
      mt_report_layout_add_text (layout, MT_REPORT_TEXT_TITLE,
                                 esc (pool, mt_mission_get_name (self->mission)));
      if (mt_mission_get_full_name (self->mission) != NULL)
        mt_report_layout_add_text (layout, MT_REPORT_TEXT_SUBTITLE,
                                   esc (pool, mt_mission_get_full_name (self->mission)));
    }
  else
    {
      mt_report_layout_add_text (layout, MT_REPORT_TEXT_TITLE, esc (pool, _("Withdrawal")));
    }

  mt_report_layout_add_fact (layout, _("Report date"),
                             esc (pool, keep (pool, mt_date_format_long (generated))));
  mt_report_layout_add_fact (layout, _("Data as of"),
                             esc (pool, keep (pool, mt_date_format_long (self->as_of))));

  if (self->mission != NULL && mt_mission_get_resolution (self->mission) != NULL)
    {
      const char *date = mt_mission_get_resolution_date (self->mission);
      char *text;

      if (date != NULL)
        /* Translators: Security Council resolution number, its date */
        text = g_strdup_printf (_("Security Council resolution %s of %s"),
                                mt_mission_get_resolution (self->mission),
                                keep (pool, mt_date_format_long (date)));
      else
        text = g_strdup_printf (_("Security Council resolution %s"),
                                mt_mission_get_resolution (self->mission));
      mt_report_layout_add_fact (layout, _("Mandate"), esc (pool, keep (pool, text)));
    }

  if (s->deadline != NULL)
    {
      char *text = g_strdup_printf (_("Full withdrawal by %s"),
                                    keep (pool, mt_date_format_long (s->deadline)));

      mt_report_layout_add_fact (layout, _("Deadline"), esc (pool, keep (pool, text)));
      mt_report_layout_add_fact (layout, _("Days remaining"),
                                 esc (pool, keep (pool, days_remaining_text (s->days_left))));
    }
}

static void
build_figures (MtReport       *self,
               MtReportLayout *layout,
               GPtrArray      *pool)
{
  MtSummary *s = self->summary;
  guint closed = s->camps_closed + s->camps_handed_over;

  mt_report_layout_add_figure (layout, count (pool, s->departed_total),
                               _("personnel departed"));
  if (s->baseline_total > 0)
    {
      gint64 deployed = MAX (s->baseline_total - s->departed_total, 0);
      double done = MIN (100.0 * s->departed_total / s->baseline_total, 100.0);

      mt_report_layout_add_figure (layout, keep (pool, g_strdup_printf ("~%s",
                                                                        count (pool, deployed))),
                                   _("still deployed (estimate)"));
      mt_report_layout_add_figure (layout, keep (pool, mt_format_percent (done, 1)),
                                   _("of the drawdown done"));
    }
  mt_report_layout_add_figure (layout,
                               keep (pool, g_strdup_printf (C_("camps", "%s of %s"),
                                                            count (pool, closed),
                                                            count (pool, s->camps_total))),
                               _("camps closed or handed over"));
}

static void
build_summary (MtReport       *self,
               MtReportLayout *layout,
               GPtrArray      *pool)
{
  static const MtReportAlign aligns[] = { MT_REPORT_ALIGN_START, MT_REPORT_ALIGN_START,
                                          MT_REPORT_ALIGN_END };
  const char *headers[] = { _("Category"), _("Component"), _("Departed") };
  MtSummary *s = self->summary;
  MtReportTable *table;

  mt_report_layout_add_text (layout, MT_REPORT_TEXT_HEADING,
                             esc (pool, _("Personnel departed by category")));
  table = mt_report_layout_add_table (layout, 3, headers, aligns, 0);

  /* Uniformed first, then civilian, each with its subtotal. */
  for (int uniformed = 1; uniformed >= 0; uniformed--)
    {
      for (guint i = 0; i < s->categories->len; i++)
        {
          const MtCategoryTotal *cat = g_ptr_array_index (s->categories, i);

          if (cat->uniformed != uniformed)
            continue;
          mt_report_table_add_row (table, MT_REPORT_ROW_NORMAL,
                                   (const char *[]) { esc (pool, cat->name),
                                                      esc (pool, cat->component),
                                                      count (pool, cat->departed) });
        }
      mt_report_table_add_row (table, MT_REPORT_ROW_STRONG,
                               (const char *[]) {
                                 esc (pool, uniformed ? _("Uniformed personnel")
                                                      : _("Civilian personnel")),
                                 "",
                                 count (pool, uniformed ? s->departed_uniformed
                                                        : s->departed_civilian) });
    }
  mt_report_table_add_row (table, MT_REPORT_ROW_STRONG | MT_REPORT_ROW_RULE,
                           (const char *[]) { esc (pool, _("Total departed")), "",
                                              count (pool, s->departed_total) });

  if (s->baseline_total > 0)
    {
      gint64 deployed = MAX (s->baseline_total - s->departed_total, 0);
      double done = MIN (100.0 * s->departed_total / s->baseline_total, 100.0);
      char *text;

      mt_report_table_add_row (table, MT_REPORT_ROW_NORMAL,
                               (const char *[]) {
                                 esc (pool, _("Strength before the withdrawal (estimate)")), "",
                                 keep (pool, g_strdup_printf ("~%s", count (pool, s->baseline_total))) });
      mt_report_table_add_row (table, MT_REPORT_ROW_STRONG,
                               (const char *[]) {
                                 esc (pool, _("Still deployed (estimate)")), "",
                                 keep (pool, g_strdup_printf ("~%s", count (pool, deployed))) });
      mt_report_table_add_row (table, MT_REPORT_ROW_NORMAL,
                               (const char *[]) { esc (pool, _("Drawdown done")), "",
                                                  keep (pool, mt_format_percent (done, 1)) });
      text = g_strdup (_("Departures are the repatriations reported plus the roster entries "
                         "whose departure date has passed. Still deployed is the strength "
                         "recorded before the withdrawal, an estimate, less the departures."));
      mt_report_layout_add_text (layout, MT_REPORT_TEXT_NOTE, esc (pool, keep (pool, text)));
    }
}

static void
build_charts (MtReport       *self,
              MtReportLayout *layout,
              GPtrArray      *pool)
{
  if (self->burndown != NULL)
    {
      mt_report_layout_add_text (layout, MT_REPORT_TEXT_HEADING,
                                 esc (pool, _("Personnel still deployed and projection")));
      mt_report_layout_add_chart (layout, 200, draw_burndown_cb, self, NULL);
    }

  if (self->by_month != NULL)
    {
      mt_report_layout_add_text (layout, MT_REPORT_TEXT_HEADING,
                                 esc (pool, _("Departures by category, by month")));
      mt_report_layout_add_chart (layout, 170, draw_categories_cb, self, NULL);
    }
}

static const char *
camp_status_cell (GPtrArray          *pool,
                  const MtCampFigures *camp)
{
  GString *cell = g_string_new (NULL);
  g_autofree char *label = g_markup_escape_text (mt_camp_status_get_label (camp->status), -1);

  g_string_append (cell, label);
  if (camp->status_since != NULL && camp->status != MT_CAMP_STATUS_OPERATIONAL)
    {
      g_autofree char *since = g_strdup_printf (_("since %s"), short_date (pool, camp->status_since));
      g_autofree char *escaped = g_markup_escape_text (since, -1);

      g_string_append_printf (cell, "\n" MUTED_SPAN "%s</span>", escaped);
    }
  if (camp->late)
    {
      g_autofree char *escaped = g_markup_escape_text (_("Late against plan"), -1);

      g_string_append_printf (cell, "\n" ALARM_SPAN "%s</span>", escaped);
    }

  return keep (pool, g_string_free (cell, FALSE));
}

static void
build_camps (MtReport       *self,
             MtReportLayout *layout,
             GPtrArray      *pool)
{
  static const MtReportAlign aligns[] = { MT_REPORT_ALIGN_START, MT_REPORT_ALIGN_START,
                                          MT_REPORT_ALIGN_START, MT_REPORT_ALIGN_START,
                                          MT_REPORT_ALIGN_START, MT_REPORT_ALIGN_END };
  /* Under a scenario, the closures are the scenario's. */
  const char *headers[] = { _("Camp"), _("Status"),
                            self->scenario != NULL ? _("Closure under the scenario")
                                                   : _("Planned closure"),
                            _("Handover"), _("Environmental assessment"), _("Personnel left") };
  MtReportTable *table;
  gint64 departed_at_camps = 0;
  guint late = 0;

  mt_report_layout_add_text (layout, MT_REPORT_TEXT_HEADING, esc (pool, _("Camps")));
  if (self->camps->len == 0)
    {
      mt_report_layout_add_text (layout, MT_REPORT_TEXT_BODY, esc (pool, _("No camps recorded.")));
      return;
    }

  table = mt_report_layout_add_table (layout, G_N_ELEMENTS (headers), headers, aligns, 3);
  for (guint i = 0; i < self->camps->len; i++)
    {
      const MtCampFigures *camp = g_ptr_array_index (self->camps, i);
      const char *handover = "—";
      const char *env = esc (pool, mt_env_status_get_label (camp->env_status));
      const MtPlanCamp *under = self->scenario != NULL
        ? mt_plan_data_find_camp (self->scenario->under, camp->id) : NULL;
      const char *closure = under != NULL ? under->planned_closure : camp->planned_closure;

      if (camp->handover_date != NULL || camp->handed_over_to != NULL)
        handover = keep (pool, g_strdup_printf ("%s\n%s",
                                                camp->handover_date != NULL
                                                ? short_date (pool, camp->handover_date) : "",
                                                esc (pool, camp->handed_over_to)));
      if (camp->env_date != NULL)
        env = keep (pool, g_strdup_printf ("%s\n" MUTED_SPAN "%s</span>", env,
                                           short_date (pool, camp->env_date)));

      mt_report_table_add_row (table, camp->late ? MT_REPORT_ROW_HIGHLIGHT : MT_REPORT_ROW_NORMAL,
                               (const char *[]) {
                                 esc (pool, camp->name), camp_status_cell (pool, camp),
                                 short_date (pool, closure), handover, env,
                                 count (pool, mt_camp_figures_get_left (camp)) });
      departed_at_camps += camp->departed;
      late += camp->late;
    }

  if (late > 0)
    mt_report_layout_add_text (layout, MT_REPORT_TEXT_NOTE,
                               esc (pool, keep (pool, g_strdup_printf (
                                 g_dngettext (GETTEXT_PACKAGE,
                                              "Highlighted: %u camp past its planned closure and "
                                              "not yet closed or handed over.",
                                              "Highlighted: %u camps past their planned closure "
                                              "and not yet closed or handed over.", late),
                                 late))));
  mt_report_layout_add_text (layout, MT_REPORT_TEXT_NOTE,
                             esc (pool, _("Personnel left at an open camp: the strength before "
                                          "the withdrawal less the departures from the camp (an "
                                          "estimate), or the roster entries still there when "
                                          "more; at a closed camp, the roster entries still "
                                          "there.")));
  if (self->summary->departed_total > departed_at_camps)
    {
      gint64 unattributed = self->summary->departed_total - departed_at_camps;

      mt_report_layout_add_text (layout, MT_REPORT_TEXT_NOTE,
                                 esc (pool, keep (pool, g_strdup_printf (
                                   g_dngettext (GETTEXT_PACKAGE,
                                                "%s departure reported for the mission as a whole "
                                                "is not deducted from any camp.",
                                                "%s departures reported for the mission as a "
                                                "whole are not deducted from any camp.",
                                                unattributed),
                                   count (pool, unattributed)))));
    }
}

static void
build_convoys (MtReport       *self,
               MtReportLayout *layout,
               GPtrArray      *pool)
{
  static const MtReportAlign aligns[] = { MT_REPORT_ALIGN_START, MT_REPORT_ALIGN_START,
                                          MT_REPORT_ALIGN_START, MT_REPORT_ALIGN_START,
                                          MT_REPORT_ALIGN_END, MT_REPORT_ALIGN_END,
                                          MT_REPORT_ALIGN_START };
  const char *headers[] = { C_("convoy", "Departed"), C_("convoy", "Arrived"), _("From"), _("To"),
                            _("Personnel"), _("Vehicles"), _("Note") };
  MtReportTable *table;

  mt_report_layout_add_text (layout, MT_REPORT_TEXT_HEADING, esc (pool, _("Convoys")));
  if (self->convoys->len == 0)
    {
      mt_report_layout_add_text (layout, MT_REPORT_TEXT_BODY,
                                 esc (pool, _("No convoys recorded in the period.")));
      return;
    }

  table = mt_report_layout_add_table (layout, G_N_ELEMENTS (headers), headers, aligns, 6);
  for (guint i = 0; i < self->convoys->len; i++)
    {
      MtConvoy *convoy = g_ptr_array_index (self->convoys, i);
      gint64 personnel = mt_convoy_get_personnel (convoy);
      gint64 vehicles = mt_convoy_get_vehicles (convoy);

      mt_report_table_add_row (table, MT_REPORT_ROW_NORMAL,
                               (const char *[]) {
                                 short_date (pool, mt_convoy_get_departed (convoy)),
                                 mt_convoy_get_arrived (convoy) != NULL
                                 ? short_date (pool, mt_convoy_get_arrived (convoy))
                                 : esc (pool, _("under way")),
                                 esc (pool, mt_convoy_get_from_name (convoy)),
                                 esc (pool, mt_convoy_get_to_name (convoy)),
                                 personnel > 0 ? count (pool, personnel) : "—",
                                 vehicles > 0 ? count (pool, vehicles) : "—",
                                 esc (pool, mt_convoy_get_note (convoy)) });
    }
}

static void
build_assets (MtReport       *self,
              MtReportLayout *layout,
              GPtrArray      *pool)
{
  static const MtReportAlign aligns[] = { MT_REPORT_ALIGN_START, MT_REPORT_ALIGN_START,
                                          MT_REPORT_ALIGN_END, MT_REPORT_ALIGN_END,
                                          MT_REPORT_ALIGN_END };
  const char *headers[] = { _("Disposal decision"), _("Owner"), _("Records"), _("Items"),
                            _("Value (US$)") };
  MtReportTable *table;
  gint64 records = 0, items = 0;
  double value = 0;

  mt_report_layout_add_text (layout, MT_REPORT_TEXT_HEADING, esc (pool, _("Asset disposal")));
  if (self->assets->len == 0)
    {
      mt_report_layout_add_text (layout, MT_REPORT_TEXT_BODY, esc (pool, _("No assets recorded.")));
      return;
    }

  table = mt_report_layout_add_table (layout, G_N_ELEMENTS (headers), headers, aligns, 0);
  for (guint i = 0; i < self->assets->len; i++)
    {
      const MtDisposalTotal *total = g_ptr_array_index (self->assets, i);
      MtDisposal decision;
      MtAssetOwner owner;
      const char *decision_label = total->decision;
      const char *owner_label = total->owner[0] != '\0' ? total->owner : "—";

      if (mt_disposal_from_key (total->decision, &decision))
        decision_label = mt_disposal_get_label (decision);
      if (mt_asset_owner_from_key (total->owner, &owner))
        owner_label = mt_asset_owner_get_label (owner);

      mt_report_table_add_row (table, MT_REPORT_ROW_NORMAL,
                               (const char *[]) { esc (pool, decision_label),
                                                  esc (pool, owner_label),
                                                  count (pool, total->records),
                                                  count (pool, total->quantity),
                                                  count (pool, (gint64) (total->value + 0.5)) });
      records += total->records;
      items += total->quantity;
      value += total->value;
    }
  mt_report_table_add_row (table, MT_REPORT_ROW_STRONG | MT_REPORT_ROW_RULE,
                           (const char *[]) { esc (pool, _("Total")), "", count (pool, records),
                                              count (pool, items),
                                              count (pool, (gint64) (value + 0.5)) });
}

static void
build_events (MtReport       *self,
              MtReportLayout *layout,
              GPtrArray      *pool)
{
  static const MtReportAlign aligns[] = { MT_REPORT_ALIGN_START, MT_REPORT_ALIGN_START,
                                          MT_REPORT_ALIGN_START };
  const char *headers[] = { _("Date"), _("Camp"), _("Event") };
  MtReportTable *table;

  mt_report_layout_add_text (layout, MT_REPORT_TEXT_HEADING, esc (pool, _("Dated events")));
  if (self->events->len == 0)
    {
      mt_report_layout_add_text (layout, MT_REPORT_TEXT_BODY, esc (pool, _("No events recorded.")));
      return;
    }

  table = mt_report_layout_add_table (layout, G_N_ELEMENTS (headers), headers, aligns, 2);
  for (guint i = 0; i < self->events->len; i++)
    {
      MtEvent *event = g_ptr_array_index (self->events, i);
      const char *camp = mt_event_get_camp_name (event);

      mt_report_table_add_row (table, MT_REPORT_ROW_NORMAL,
                               (const char *[]) {
                                 short_date (pool, mt_event_get_date (event)),
                                 camp != NULL ? esc (pool, camp) : esc (pool, _("Mission-wide")),
                                 esc (pool, mt_event_get_title (event)) });
    }
}

/* Private API */

void
_mt_report_build (MtReport       *self,
                  MtReportLayout *layout)
{
  g_autoptr(GPtrArray) pool = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *header_left = NULL;
  g_autofree char *header_right = NULL;
  g_autofree char *footer_left = NULL;
  g_autofree char *as_of = mt_date_format_long (self->as_of);
  g_autofree char *generated = NULL;
  g_autofree char *day = g_date_time_format (self->generated, "%Y-%m-%d");
  g_autofree char *clock = g_date_time_format (self->generated, "%H:%M %Z");
  g_autofree char *short_day = mt_date_format_short (day);
  g_autofree char *mark = _mt_report_scenario_mark (self);

  g_assert (MT_IS_REPORT (self));

  header_left = self->mission != NULL
                /* Translators: the running header; %s is the mission's name */
                ? g_strdup_printf (_("Withdrawal report · %s"), mt_mission_get_name (self->mission))
                : g_strdup (_("Withdrawal report"));
  header_right = g_strdup_printf (_("Data as of %s"), as_of);
  /* Translators: date and time of day */
  generated = g_strdup_printf (C_("generated", "%s, %s"), short_day, clock);
  /* Translators: the running footer: when the report was made, and its data's fingerprint */
  footer_left = g_strdup_printf (_("Generated %s · Data as of %s · Fingerprint %s"), generated,
                                 as_of, self->fingerprint != NULL ? self->fingerprint : "—");
  mt_report_layout_set_furniture (layout, header_left, header_right, footer_left);
  mt_report_layout_set_mark (layout, mark);

  build_title (self, layout, pool);
  if (self->as_of == NULL || self->empty)
    {
      mt_report_layout_add_text (layout, MT_REPORT_TEXT_BODY,
                                 esc (pool, _("The database holds no records yet.")));
      return;
    }

  build_figures (self, layout, pool);
  build_summary (self, layout, pool);
  build_charts (self, layout, pool);
  if (self->plan != NULL)
    _mt_report_build_plan (self, layout, pool);
  if (self->scenario != NULL)
    _mt_report_build_scenario (self, layout, pool);
  build_camps (self, layout, pool);
  build_convoys (self, layout, pool);
  build_assets (self, layout, pool);
  build_events (self, layout, pool);
}

const char *
_mt_report_keep (GPtrArray *pool,
                 char      *text)
{
  return keep (pool, text);
}

const char *
_mt_report_esc (GPtrArray  *pool,
                const char *text)
{
  return esc (pool, text);
}

const char *
_mt_report_count (GPtrArray *pool,
                  gint64     value)
{
  return count (pool, value);
}

const char *
_mt_report_short_date (GPtrArray  *pool,
                       const char *iso)
{
  return short_date (pool, iso);
}
