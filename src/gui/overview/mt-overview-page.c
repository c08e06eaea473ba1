/* mt-overview-page.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-overview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-chart-view.h"
#include "mt-date.h"
#include "mt-mission.h"
#include "mt-overview-page.h"
#include "mt-report.h"
#include "mt-resources.h"
#include "mt-store.h"
#include "mt-store-plan.h"
#include "mt-store-scenario.h"
#include "mt-store-watch.h"
#include "mt-summary.h"
#include "mt-toast.h"

struct _MtOverviewPage
{
  AdwBin                parent_instance;

  MtStoreWatch         *watch;
  char                 *as_of;
  char                 *scenario;       /* the what-if scenario shown, or NULL */
  GPtrArray            *category_rows;  /* (element-type AdwActionRow) in categories_group */

  /* Template widgets */
  GtkStack             *stack;
  GtkLabel             *title_label;
  GtkLabel             *as_of_label;
  GtkLabel             *mandate_label;
  GtkLabel             *plan_label;
  GtkFlowBox           *cards;
  GtkLabel             *uniformed_value;
  GtkLabel             *uniformed_detail;
  GtkLabel             *civilian_value;
  GtkLabel             *civilian_detail;
  GtkLabel             *total_value;
  GtkLabel             *total_detail;
  GtkLabel             *days_value;
  GtkLabel             *days_detail;
  GtkLabel             *camps_value;
  GtkLabel             *camps_detail;
  MtChartView          *burndown_chart;
  MtChartView          *categories_chart;
  MtChartView          *statuses_chart;
  GtkFlowBox           *chart_pair;
  AdwPreferencesGroup  *categories_group;
};

G_DEFINE_FINAL_TYPE (MtOverviewPage, mt_overview_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_AS_OF,
  PROP_SCENARIO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Auxiliary methods */

static void
set_count (GtkLabel *label,
           gint64    value)
{
  g_autofree char *text = mt_format_count (value);

  gtk_label_set_label (label, text);
}

/* "Force 2,680 · UN Police 596": sums per component, in category order, so the
 * breakdown follows whatever categories the database defines. */
static char *
component_breakdown (const MtSummary *summary,
                     gboolean         uniformed)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GArray) sums = g_array_new (FALSE, TRUE, sizeof (gint64));
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < summary->categories->len; i++)
    {
      const MtCategoryTotal *cat = g_ptr_array_index (summary->categories, i);
      const char *name;
      guint j;

      if (cat->uniformed != uniformed)
        continue;

      /* Civilian categories share one component: name the categories instead. */
      if (uniformed)
        name = cat->component;
      else
        name = cat->short_name != NULL && *cat->short_name ? cat->short_name : cat->name;

      for (j = 0; j < names->len; j++)
        if (g_strcmp0 (g_ptr_array_index (names, j), name) == 0)
          break;
      if (j == names->len)
        {
          gint64 zero = 0;

          g_ptr_array_add (names, (gpointer) name);
          g_array_append_val (sums, zero);
        }
      g_array_index (sums, gint64, j) += cat->departed;
    }

  for (guint j = 0; j < names->len; j++)
    {
      g_autofree char *count = mt_format_count (g_array_index (sums, gint64, j));

      if (j > 0)
        g_string_append (text, " · ");
      /* Translators: a component or category and its count, e.g. "Force 2,680" */
      g_string_append_printf (text, C_("breakdown", "%s %s"),
                              (const char *) g_ptr_array_index (names, j), count);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
clear_category_rows (MtOverviewPage *self)
{
  for (guint i = 0; i < self->category_rows->len; i++)
    adw_preferences_group_remove (self->categories_group,
                                  g_ptr_array_index (self->category_rows, i));
  g_ptr_array_set_size (self->category_rows, 0);
}

static void
fill_category_rows (MtOverviewPage  *self,
                    const MtSummary *summary)
{
  clear_category_rows (self);

  for (guint i = 0; i < summary->categories->len; i++)
    {
      const MtCategoryTotal *cat = g_ptr_array_index (summary->categories, i);
      g_autofree char *count = mt_format_count (cat->departed);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *suffix = gtk_label_new (count);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cat->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), cat->component);
      gtk_widget_add_css_class (suffix, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
      adw_preferences_group_add (self->categories_group, row);
      g_ptr_array_add (self->category_rows, row);
    }
}

static void
fill_heading (MtOverviewPage  *self,
              const MtSummary *summary)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtMission) mission = mt_store_get_mission (mt_store_watch_get_store (self->watch),
                                                      &error);
  g_autofree char *date = mt_date_format_long (summary->as_of);
  g_autofree char *as_of = g_strdup_printf (_("Situation as of %s"), date);
  g_autofree char *start = mt_date_format_long (summary->withdrawal_start);
  g_autofree char *deadline = mt_date_format_long (summary->deadline);
  g_autofree char *mandate = NULL;

  if (mission != NULL && mt_mission_get_resolution (mission) != NULL)
    /* Translators: resolution number, start date, deadline */
    mandate = g_strdup_printf (_("Withdrawal under Security Council resolution %s, from %s to %s"),
                               mt_mission_get_resolution (mission), start, deadline);
  else
    /* Translators: start date, deadline */
    mandate = g_strdup_printf (_("Withdrawal from %s to %s"), start, deadline);

  gtk_label_set_label (self->title_label,
                       mission != NULL ? mt_mission_get_name (mission) : _("Withdrawal"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_label),
                               mission != NULL ? mt_mission_get_full_name (mission) : NULL);
  gtk_label_set_label (self->as_of_label, as_of);
  gtk_label_set_label (self->mandate_label, mandate);
}

/* Where both plans end under the scenario shown, against the deadline and today's plan;
 * NULL (with @error set) when they cannot be read. */
static char *
scenario_sentences (MtOverviewPage   *self,
                    const MtSummary  *summary,
                    GError          **error)
{
  MtStore *store = mt_store_watch_get_store (self->watch);
  g_autoptr(MtScenario) scenario = mt_store_find_scenario (store, self->scenario, error);
  g_auto(MtPlanEnds) today = { 0 };
  g_auto(MtPlanEnds) under = { 0 };
  g_autofree char *personnel = NULL;
  g_autofree char *camps = NULL;

  if (scenario == NULL ||
      !mt_store_get_plan_ends (store, summary->as_of, &today, error) ||
      !mt_store_get_scenario_ends (store, scenario, summary->as_of, &under, error))
    return NULL;

  personnel = mt_report_scenario_sentence (&today, &under, summary->deadline, MT_PLAN_PERSONNEL);
  camps = mt_report_scenario_sentence (&today, &under, summary->deadline, MT_PLAN_CAMPS);

  return g_strdup_printf ("%s %s", personnel, camps);
}

/* Where the plan ends against the deadline and the current baseline, or under the
 * scenario shown; hidden when the database has no baseline and no scenario is shown, or
 * when it cannot be read (the figures still show). */
static void
fill_plan (MtOverviewPage  *self,
           const MtSummary *summary)
{
  MtStore *store = mt_store_watch_get_store (self->watch);
  g_autoptr(GError) error = NULL;
  g_autoptr(MtBaseline) baseline = NULL;
  g_autoptr(MtPlanVariance) plan = NULL;
  g_autofree char *text = NULL;

  if (self->scenario != NULL)
    {
      text = scenario_sentences (self, summary, &error);
      /* Deleted by another planner: the window leaves it at once. */
      if (error != NULL && !g_error_matches (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND))
        g_warning ("Could not read the plan under the scenario: %s", error->message);
      gtk_label_set_label (self->plan_label, text != NULL ? text : "");
      gtk_widget_set_visible (GTK_WIDGET (self->plan_label), text != NULL);
      return;
    }

  baseline = mt_store_get_current_baseline (store, &error);
  if (baseline != NULL)
    plan = mt_store_get_plan_variance (store, baseline->id, summary->as_of, &error);
  if (error != NULL)
    g_warning ("Could not compare the plan with its baseline: %s", error->message);
  if (plan != NULL)
    {
      plan->current_ends.unplanned = mt_report_count_unplanned (store, summary,
                                                                &plan->current_ends);
      text = mt_report_plan_sentence (plan, plan->current_ends.personnel_end == NULL &&
                                            plan->current_ends.camps_end != NULL);
    }

  gtk_label_set_label (self->plan_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->plan_label), text != NULL);
}

static void
fill_cards (MtOverviewPage  *self,
            const MtSummary *summary)
{
  g_autofree char *uniformed = component_breakdown (summary, TRUE);
  g_autofree char *civilian = component_breakdown (summary, FALSE);
  g_autofree char *deadline = mt_date_format_long (summary->deadline);
  g_autofree char *deadline_text = g_strdup_printf (_("Deadline: %s"), deadline);
  g_autofree char *closed = mt_format_count (summary->camps_closed + summary->camps_handed_over);
  g_autofree char *camps_total = mt_format_count (summary->camps_total);
  g_autofree char *camps = g_strdup_printf (C_("camps", "%s of %s"), closed, camps_total);
  g_autofree char *drawing_down = mt_format_count (summary->camps_drawing_down);
  g_autofree char *camps_detail = g_strdup_printf (_("%s drawing down"), drawing_down);

  set_count (self->uniformed_value, summary->departed_uniformed);
  gtk_label_set_label (self->uniformed_detail, uniformed);
  set_count (self->civilian_value, summary->departed_civilian);
  gtk_label_set_label (self->civilian_detail, civilian);

  set_count (self->total_value, summary->departed_total);
  if (summary->baseline_total > 0)
    {
      g_autofree char *baseline = mt_format_count (summary->baseline_total);
      g_autofree char *text = g_strdup_printf (_("of ~%s before the withdrawal (estimate)"), baseline);

      gtk_label_set_label (self->total_detail, text);
    }
  else
    {
      gtk_label_set_label (self->total_detail, "");
    }

  if (summary->days_left > 0)
    {
      g_autofree char *count = mt_format_count (summary->days_left);
      g_autofree char *text = g_strdup_printf (ngettext ("%s day", "%s days", summary->days_left),
                                               count);

      gtk_label_set_label (self->days_value, text);
    }
  else if (summary->days_left == 0)
    gtk_label_set_label (self->days_value, _("Deadline today"));
  else
    gtk_label_set_label (self->days_value, _("Deadline passed"));
  gtk_label_set_label (self->days_detail, deadline_text);

  gtk_label_set_label (self->camps_value, camps);
  gtk_label_set_label (self->camps_detail, camps_detail);
}

static void
reload (gpointer user_data)
{
  MtOverviewPage *self = user_data;
  MtStore *store = mt_store_watch_get_store (self->watch);
  g_autoptr(GError) error = NULL;
  g_autoptr(MtSummary) summary = NULL;

  g_assert (MT_IS_OVERVIEW_PAGE (self));

  mt_store_watch_cancel (self->watch);

  if (store != NULL)
    {
      summary = mt_store_get_summary (store, 0, self->as_of, &error);
      if (summary == NULL)
        mt_show_read_error (GTK_WIDGET (self), _("Could not read the figures"), error);
    }

  if (summary == NULL)
    {
      clear_category_rows (self);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  fill_heading (self, summary);
  fill_plan (self, summary);
  fill_cards (self, summary);
  fill_category_rows (self, summary);
  gtk_stack_set_visible_child_name (self->stack, "figures");
}

/* GObject overrides */

static void
mt_overview_page_dispose (GObject *object)
{
  MtOverviewPage *self = MT_OVERVIEW_PAGE (object);

  g_clear_pointer (&self->watch, mt_store_watch_free);

  /* The stack is both AdwBin's child and a template child: let AdwBin drop it first,
   * or both would unparent it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), MT_TYPE_OVERVIEW_PAGE);

  G_OBJECT_CLASS (mt_overview_page_parent_class)->dispose (object);
}

static void
mt_overview_page_finalize (GObject *object)
{
  MtOverviewPage *self = MT_OVERVIEW_PAGE (object);

  g_free (self->as_of);
  g_free (self->scenario);
  g_ptr_array_unref (self->category_rows);

  G_OBJECT_CLASS (mt_overview_page_parent_class)->finalize (object);
}

static void
mt_overview_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MtOverviewPage *self = MT_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, mt_store_watch_get_store (self->watch));
      break;

    case PROP_AS_OF:
      g_value_set_string (value, self->as_of);
      break;

    case PROP_SCENARIO:
      g_value_set_string (value, self->scenario);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_overview_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  MtOverviewPage *self = MT_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      {
        MtStore *store = g_value_get_object (value);

        if (mt_store_watch_get_store (self->watch) == store)
          break;
        mt_store_watch_set_store (self->watch, store);
        /* The charts follow the store themselves, each debounced. */
        g_object_set (self->burndown_chart, "store", store, NULL);
        g_object_set (self->categories_chart, "store", store, NULL);
        g_object_set (self->statuses_chart, "store", store, NULL);
        reload (self);
        g_object_notify_by_pspec (object, pspec);
      }
      break;

    case PROP_AS_OF:
      if (g_strcmp0 (self->as_of, g_value_get_string (value)) != 0)
        {
          g_free (self->as_of);
          self->as_of = g_value_dup_string (value);
          g_object_set (self->burndown_chart, "as-of", self->as_of, NULL);
          g_object_set (self->categories_chart, "as-of", self->as_of, NULL);
          g_object_set (self->statuses_chart, "as-of", self->as_of, NULL);
          reload (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_SCENARIO:
      if (g_strcmp0 (self->scenario, g_value_get_string (value)) != 0)
        {
          g_free (self->scenario);
          self->scenario = g_value_dup_string (value);
          g_object_set (self->burndown_chart, "scenario", self->scenario, NULL);
          reload (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_overview_page_class_init (MtOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mt_overview_page_dispose;
  object_class->finalize = mt_overview_page_finalize;
  object_class->get_property = mt_overview_page_get_property;
  object_class->set_property = mt_overview_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         MT_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_AS_OF] =
    g_param_spec_string ("as-of", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The what-if scenario whose plan the page follows (NULL: the data's own). */
  properties[PROP_SCENARIO] =
    g_param_spec_string ("scenario", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MT_TYPE_CHART_VIEW);

  /* The resources sit in a static library: referencing them is what links them in. */
  g_assert (mt_get_resource () != NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/minusma/Tracker/ui/overview/mt-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MtOverviewPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MtOverviewPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, MtOverviewPage, as_of_label);
  gtk_widget_class_bind_template_child (widget_class, MtOverviewPage, mandate_label);
  gtk_widget_class_bind_template_child (widget_class, MtOverviewPage, plan_label);
  gtk_widget_class_bind_template_child (widget_class, MtOverviewPage, cards);
  gtk_widget_class_bind_template_child (widget_class, MtOverviewPage, uniformed_value);
  gtk_widget_class_bind_template_child (widget_class, MtOverviewPage, uniformed_detail);
  gtk_widget_class_bind_template_child (widget_class, MtOverviewPage, civilian_value);
  gtk_widget_class_bind_template_child (widget_class, MtOverviewPage, civilian_detail);
  gtk_widget_class_bind_template_child (widget_class, MtOverviewPage, total_value);
  gtk_widget_class_bind_template_child (widget_class, MtOverviewPage, total_detail);
  gtk_widget_class_bind_template_child (widget_class, MtOverviewPage, days_value);
  gtk_widget_class_bind_template_child (widget_class, MtOverviewPage, days_detail);
  gtk_widget_class_bind_template_child (widget_class, MtOverviewPage, camps_value);
  gtk_widget_class_bind_template_child (widget_class, MtOverviewPage, camps_detail);
  gtk_widget_class_bind_template_child (widget_class, MtOverviewPage, burndown_chart);
  gtk_widget_class_bind_template_child (widget_class, MtOverviewPage, categories_chart);
  gtk_widget_class_bind_template_child (widget_class, MtOverviewPage, statuses_chart);
  gtk_widget_class_bind_template_child (widget_class, MtOverviewPage, chart_pair);
  gtk_widget_class_bind_template_child (widget_class, MtOverviewPage, categories_group);
}

static void
mt_overview_page_init (MtOverviewPage *self)
{
  self->category_rows = g_ptr_array_new ();
  self->watch = mt_store_watch_new (reload, self);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_stack_set_visible_child_name (self->stack, "empty");
}
