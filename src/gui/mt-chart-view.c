/* mt-chart-view.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-chart-view"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-chart-render.h"
#include "mt-chart-view.h"
#include "mt-date.h"
#include "mt-store.h"
#include "mt-summary.h"

#define RELOAD_DELAY_MS 100

struct _MtChartView
{
  GtkWidget  parent_instance;

  MtStore   *store;
  char      *as_of;

  /* What the last reload read from the store. */
  GPtrArray *points;            /* (element-type MtStatPoint) */
  MtSummary *summary;

  guint      reload_source;
};

G_DEFINE_FINAL_TYPE (MtChartView, mt_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_AS_OF,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Auxiliary methods */

static void
update_accessible (MtChartView *self)
{
  g_autofree char *description = NULL;

  g_assert (MT_IS_CHART_VIEW (self));

  if (self->summary != NULL)
    {
      g_autofree char *departed = mt_format_count (self->summary->departed_total);
      g_autofree char *date = mt_date_format_long (self->summary->as_of);

      if (self->summary->baseline_total > 0)
        {
          g_autofree char *baseline = mt_format_count (self->summary->baseline_total);

          /* Translators: the chart's description for screen readers */
          description = g_strdup_printf (_("%s personnel departed by %s, of about %s before the withdrawal"),
                                         departed, date, baseline);
        }
      else
        {
          description = g_strdup_printf (_("%s personnel departed by %s"), departed, date);
        }
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description != NULL ? description : "",
                                  -1);
}

static void
reload (MtChartView *self)
{
  g_autoptr(GError) error = NULL;

  g_assert (MT_IS_CHART_VIEW (self));

  g_clear_pointer (&self->points, g_ptr_array_unref);
  g_clear_pointer (&self->summary, mt_summary_free);

  if (self->store != NULL)
    {
      self->summary = mt_store_get_summary (self->store, 0, self->as_of, &error);
      if (self->summary == NULL)
        g_warning ("Cannot read the figures for the chart: %s", error->message);
      else
        self->points = mt_store_departure_series (self->store, self->summary->as_of, &error);
      if (self->summary != NULL && self->points == NULL)
        g_warning ("Cannot read the departures for the chart: %s", error->message);
    }

  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Callbacks */

static gboolean
reload_timeout_cb (gpointer user_data)
{
  MtChartView *self = user_data;

  self->reload_source = 0;
  reload (self);

  return G_SOURCE_REMOVE;
}

/* A burst of commits (an import) redraws once. */
static void
on_store_changed_cb (MtChartView *self)
{
  g_assert (MT_IS_CHART_VIEW (self));

  if (self->reload_source == 0)
    self->reload_source = g_timeout_add (RELOAD_DELAY_MS, reload_timeout_cb, self);
}

static void
on_dark_changed_cb (MtChartView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* GtkWidget overrides */

static void
mt_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  MtChartView *self = MT_CHART_VIEW (widget);
  AdwStyleManager *manager = adw_style_manager_get_default ();
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  PangoContext *pango = gtk_widget_get_pango_context (widget);
  const PangoFontDescription *font = pango_context_get_font_description (pango);
  double resolution = pango_cairo_context_get_resolution (pango);
  MtChartStyle style;
  GdkRGBA fg;
  cairo_t *cr;

  if (self->summary == NULL || width <= 0 || height <= 0)
    return;

  if (adw_style_manager_get_dark (manager))
    mt_chart_style_init_dark (&style);
  else
    mt_chart_style_init_light (&style);

  /* Text follows the theme's own foreground and font. */
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  style.foreground[0] = fg.red;
  style.foreground[1] = fg.green;
  style.foreground[2] = fg.blue;
  style.foreground[3] = fg.alpha * 0.9;
  if (font != NULL && pango_font_description_get_family (font) != NULL)
    {
      double size = pango_font_description_get_size (font) / (double) PANGO_SCALE;

      style.font_family = pango_font_description_get_family (font);
      if (!pango_font_description_get_size_is_absolute (font))
        size = size * (resolution > 0 ? resolution : 96.0) / 72.0;
      if (size > 0)
        style.font_size = size;
    }

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  mt_chart_render_cumulative (cr, width, height, &style, self->points,
                              self->summary->withdrawal_start, self->summary->deadline,
                              self->summary->baseline_total, self->summary->as_of);
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
      *minimum = 320;
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

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->points, g_ptr_array_unref);
  g_clear_pointer (&self->summary, mt_summary_free);

  G_OBJECT_CLASS (mt_chart_view_parent_class)->dispose (object);
}

static void
mt_chart_view_finalize (GObject *object)
{
  MtChartView *self = MT_CHART_VIEW (object);

  g_free (self->as_of);

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
      g_value_set_object (value, self->store);
      break;

    case PROP_AS_OF:
      g_value_set_string (value, self->as_of);
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
      {
        MtStore *store = g_value_get_object (value);

        if (self->store == store)
          break;
        if (self->store != NULL)
          g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
        g_set_object (&self->store, store);
        if (store != NULL)
          g_signal_connect_swapped (store, "changed", G_CALLBACK (on_store_changed_cb), self);
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

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "mt-chart-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
mt_chart_view_init (MtChartView *self)
{
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_dark_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Cumulative departures against the straight line to the deadline"),
                                  -1);
}
