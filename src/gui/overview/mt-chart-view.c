/* mt-chart-view.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-chart-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mt-chart-render.h"
#include "mt-chart-view.h"
#include "mt-date.h"
#include "mt-store.h"
#include "mt-store-plan.h"
#include "mt-store-scenario.h"
#include "mt-store-series.h"
#include "mt-store-watch.h"
#include "mt-toast.h"

/* Camps by status: one bar per week reads better than per month over six months. */
#define STATUS_BUCKET_DAYS 7

typedef enum
{
  KIND_BURNDOWN,
  KIND_CATEGORIES,
  KIND_STATUSES,
} Kind;

static const char *kind_names[] = { "burndown", "categories", "statuses" };

struct _MtChartView
{
  GtkWidget     parent_instance;

  MtStoreWatch *watch;
  char         *as_of;
  char         *scenario;     /* the what-if scenario shown, or NULL */
  Kind          kind;

  /* What the last reload read from the store: one of the two, by kind. */
  MtBurndown   *burndown;
  MtStacked    *stacked;

  MtChartFrame  frame;        /* where the last snapshot drew the plot */
  gboolean      frame_valid;
  double        hover_x;      /* < 0: the pointer is not over the chart */
  double        enter_x;      /* where the pointer came in: not a move yet */
  double        enter_y;
};

G_DEFINE_FINAL_TYPE (MtChartView, mt_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_AS_OF,
  PROP_KIND,
  PROP_SCENARIO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Auxiliary methods */

static void
get_style (MtChartView  *self,
           MtChartStyle *style)
{
  double fg[4];

  if (adw_style_manager_get_dark (adw_style_manager_get_default ()))
    mt_chart_style_init_dark (style);
  else
    mt_chart_style_init_light (style);

  /* Text follows the theme's own foreground and font. */
  mt_widget_get_text_style (GTK_WIDGET (self), fg, &style->font_family, &style->font_size);
  memcpy (style->foreground, fg, sizeof fg);
  style->foreground[3] *= 0.9;
}

static void
update_accessible (MtChartView *self)
{
  g_autofree char *description = NULL;

  g_assert (MT_IS_CHART_VIEW (self));

  if (self->burndown != NULL)
    {
      g_autofree char *now = mt_chart_burndown_describe (self->burndown, self->burndown->as_of);
      g_autofree char *summary = mt_chart_burndown_summary (self->burndown);

      description = g_strdup_printf ("%s\n%s", now, summary);
    }
  else if (self->stacked != NULL)
    {
      guint bucket = mt_stacked_find_bucket (self->stacked, self->stacked->as_of);

      if (bucket != G_MAXUINT)
        description = mt_chart_stacked_describe (self->stacked, bucket);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description != NULL ? description : "",
                                  -1);
}

static void
update_label (MtChartView *self)
{
  const char *labels[] = {
    N_("Personnel still deployed against the straight line to the deadline"),
    N_("Departures by category and month"),
    N_("Camps by status, week by week"),
  };

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(labels[self->kind]),
                                  -1);
}

/* The current baseline's plan beside the data, when the database has a baseline. */
static void
add_current_baseline (MtStore     *store,
                      MtBurndown  *burndown,
                      GError     **error)
{
  g_autoptr(MtBaseline) baseline = mt_store_get_current_baseline (store, error);

  if (baseline != NULL)
    mt_store_add_baseline_curve (store, burndown, baseline->id, baseline->name, error);
}

/* The plan under the scenario shown beside the data and the baseline. */
static void
add_scenario (MtStore     *store,
              MtBurndown  *burndown,
              const char  *name,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(MtScenario) scenario = mt_store_find_scenario (store, name, &local_error);

  /* Deleted by another planner: the window leaves it at once. */
  if (scenario != NULL)
    mt_store_add_scenario_curve (store, burndown, scenario, error);
  else if (!g_error_matches (local_error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND))
    g_propagate_error (error, g_steal_pointer (&local_error));
}

static void
reload (gpointer user_data)
{
  MtChartView *self = user_data;
  MtStore *store = mt_store_watch_get_store (self->watch);
  g_autoptr(GError) error = NULL;

  g_assert (MT_IS_CHART_VIEW (self));

  mt_store_watch_cancel (self->watch);
  g_clear_pointer (&self->burndown, mt_burndown_free);
  g_clear_pointer (&self->stacked, mt_stacked_free);
  self->frame_valid = FALSE;

  if (store != NULL)
    {
      switch (self->kind)
        {
        case KIND_BURNDOWN:
          self->burndown = mt_store_get_burndown (store, self->as_of, &error);
          if (self->burndown != NULL)
            add_current_baseline (store, self->burndown, &error);
          if (self->burndown != NULL && error == NULL && self->scenario != NULL)
            add_scenario (store, self->burndown, self->scenario, &error);
          break;

        case KIND_CATEGORIES:
          self->stacked = mt_store_get_departures_by_month (store, self->as_of, &error);
          break;

        case KIND_STATUSES:
          self->stacked = mt_store_get_camps_by_status (store, self->as_of, STATUS_BUCKET_DAYS,
                                                        &error);
          break;

        default:
          g_assert_not_reached ();
        }
      if (error != NULL)
        mt_show_read_error (GTK_WIDGET (self), _("Could not read the figures for the chart"), error);
    }

  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Callbacks */

static void
on_enter_cb (GtkEventControllerMotion *motion,
             double                    x,
             double                    y,
             MtChartView              *self)
{
  self->enter_x = x;
  self->enter_y = y;
}

static void
on_motion_cb (GtkEventControllerMotion *motion,
              double                    x,
              double                    y,
              MtChartView              *self)
{
  /* A page appearing under a still pointer is not the user pointing at a value. */
  if (self->hover_x < 0 && x == self->enter_x && y == self->enter_y)
    return;
  self->hover_x = x;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_leave_cb (GtkEventControllerMotion *motion,
             MtChartView              *self)
{
  self->hover_x = -1;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* GtkWidget overrides */

static void
mt_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  MtChartView *self = MT_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  MtChartStyle style;
  cairo_t *cr;

  if ((self->burndown == NULL && self->stacked == NULL) || width <= 0 || height <= 0)
    return;

  get_style (self, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (self->burndown != NULL)
    {
      mt_chart_render_burndown (cr, width, height, &style, self->burndown);
      mt_chart_burndown_get_frame (cr, width, height, &style, self->burndown, &self->frame);
    }
  else if (self->kind == KIND_CATEGORIES)
    {
      mt_chart_render_categories (cr, width, height, &style, self->stacked);
      mt_chart_stacked_get_frame (cr, width, height, &style, self->stacked, &self->frame);
    }
  else
    {
      mt_chart_render_statuses (cr, width, height, &style, self->stacked);
      mt_chart_stacked_get_frame (cr, width, height, &style, self->stacked, &self->frame);
    }
  self->frame_valid = TRUE;

  if (self->hover_x >= 0)
    {
      g_autofree char *text = mt_chart_view_describe_at (self, self->hover_x);
      double x = self->hover_x;

      /* Bars: the guide sits in the middle of the bar under the pointer. */
      if (text != NULL && self->stacked != NULL)
        {
          g_autofree char *date = mt_chart_x_to_date (x, self->frame.start, self->frame.end,
                                                      self->frame.plot.x,
                                                      self->frame.plot.x + self->frame.plot.width);
          guint bucket = mt_stacked_find_bucket (self->stacked, date);

          if (bucket != G_MAXUINT)
            {
              g_autofree char *end = mt_stacked_bucket_end (self->stacked, bucket);
              double left = self->frame.plot.x, right = left + self->frame.plot.width;

              x = (mt_chart_date_to_x (g_ptr_array_index (self->stacked->buckets, bucket),
                                       self->frame.start, self->frame.end, left, right) +
                   mt_chart_date_to_x (end, self->frame.start, self->frame.end, left, right)) / 2;
            }
        }
      if (text != NULL)
        mt_chart_render_hover (cr, &style, &self->frame, x, text);
    }
  cairo_destroy (cr);
}

static void
mt_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 280;
      *natural = 640;
    }
  else
    {
      *minimum = 220;
      *natural = 300;
    }
}

/* GObject overrides */

static void
mt_chart_view_dispose (GObject *object)
{
  MtChartView *self = MT_CHART_VIEW (object);

  g_clear_pointer (&self->watch, mt_store_watch_free);
  g_clear_pointer (&self->burndown, mt_burndown_free);
  g_clear_pointer (&self->stacked, mt_stacked_free);

  G_OBJECT_CLASS (mt_chart_view_parent_class)->dispose (object);
}

static void
mt_chart_view_finalize (GObject *object)
{
  MtChartView *self = MT_CHART_VIEW (object);

  g_free (self->as_of);
  g_free (self->scenario);

  G_OBJECT_CLASS (mt_chart_view_parent_class)->finalize (object);
}

static void
mt_chart_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MtChartView *self = MT_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->watch != NULL ? mt_store_watch_get_store (self->watch) : NULL);
      break;

    case PROP_AS_OF:
      g_value_set_string (value, self->as_of);
      break;

    case PROP_KIND:
      g_value_set_string (value, kind_names[self->kind]);
      break;

    case PROP_SCENARIO:
      g_value_set_string (value, self->scenario);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_chart_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  MtChartView *self = MT_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      if (mt_store_watch_get_store (self->watch) != g_value_get_object (value))
        {
          mt_store_watch_set_store (self->watch, g_value_get_object (value));
          reload (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_AS_OF:
      if (g_strcmp0 (self->as_of, g_value_get_string (value)) != 0)
        {
          g_free (self->as_of);
          self->as_of = g_value_dup_string (value);
          reload (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_SCENARIO:
      if (g_strcmp0 (self->scenario, g_value_get_string (value)) != 0)
        {
          g_free (self->scenario);
          self->scenario = g_value_dup_string (value);
          if (self->kind == KIND_BURNDOWN)
            reload (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_KIND:
      for (Kind k = 0; k < G_N_ELEMENTS (kind_names); k++)
        if (g_strcmp0 (kind_names[k], g_value_get_string (value)) == 0 && k != self->kind)
          {
            self->kind = k;
            update_label (self);
            reload (self);
            g_object_notify_by_pspec (object, pspec);
          }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_chart_view_class_init (MtChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mt_chart_view_dispose;
  object_class->finalize = mt_chart_view_finalize;
  object_class->get_property = mt_chart_view_get_property;
  object_class->set_property = mt_chart_view_set_property;

  widget_class->snapshot = mt_chart_view_snapshot;
  widget_class->measure = mt_chart_view_measure;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         MT_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_AS_OF] =
    g_param_spec_string ("as-of", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL,
                         "burndown",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The burn-down draws the plan under this what-if scenario too (NULL: none). */
  properties[PROP_SCENARIO] =
    g_param_spec_string ("scenario", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "mt-chart-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
mt_chart_view_init (MtChartView *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();

  self->watch = mt_store_watch_new (reload, self);
  self->hover_x = -1;

  g_signal_connect (motion, "enter", G_CALLBACK (on_enter_cb), self);
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
  update_label (self);
}

/* Public API */

char *
mt_chart_view_describe_at (MtChartView *self,
                           double       x)
{
  const MtChartRect *plot;
  g_autofree char *date = NULL;

  g_return_val_if_fail (MT_IS_CHART_VIEW (self), NULL);

  plot = &self->frame.plot;
  if (!self->frame_valid || x < plot->x || x > plot->x + plot->width ||
      !mt_date_is_valid (self->frame.start) || !mt_date_is_valid (self->frame.end))
    return NULL;

  date = mt_chart_x_to_date (x, self->frame.start, self->frame.end, plot->x, plot->x + plot->width);
  if (self->burndown != NULL)
    return mt_chart_burndown_describe (self->burndown, date);
  if (self->stacked != NULL)
    {
      guint bucket = mt_stacked_find_bucket (self->stacked, date);

      if (bucket != G_MAXUINT)
        return mt_chart_stacked_describe (self->stacked, bucket);
    }

  return NULL;
}

void
mt_widget_get_text_style (GtkWidget   *widget,
                          double       foreground[4],
                          const char **font_family,
                          double      *font_size)
{
  PangoContext *pango;
  const PangoFontDescription *font;
  double resolution;
  GdkRGBA fg;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  foreground[0] = fg.red;
  foreground[1] = fg.green;
  foreground[2] = fg.blue;
  foreground[3] = fg.alpha;

  pango = gtk_widget_get_pango_context (widget);
  font = pango_context_get_font_description (pango);
  resolution = pango_cairo_context_get_resolution (pango);
  if (font != NULL && pango_font_description_get_family (font) != NULL)
    {
      double size = pango_font_description_get_size (font) / (double) PANGO_SCALE;

      /* Borrowed from the widget's context, which outlives one drawing. */
      *font_family = pango_font_description_get_family (font);
      if (!pango_font_description_get_size_is_absolute (font))
        size = size * (resolution > 0 ? resolution : 96.0) / 72.0;
      if (size > 0)
        *font_size = size;
    }
}
