/* mt-map-page.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-map-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-camp.h"
#include "mt-map-page.h"
#include "mt-map-view.h"
#include "mt-resources.h"

struct _MtMapPage
{
  AdwBin      parent_instance;

  GListModel *model;

  /* Template widgets */
  MtMapView       *map_view;
  GtkToggleButton *legend_button;
};

G_DEFINE_FINAL_TYPE (MtMapPage, mt_map_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_MODEL,
  PROP_SHOW_LEGEND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CAMP_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Callbacks */

static void
on_legend_toggled_cb (MtMapPage *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_LEGEND]);
}

static void
on_camp_activated_cb (MtMapPage *self,
                      MtCamp    *camp)
{
  g_signal_emit (self, signals[CAMP_ACTIVATED], 0, camp);
}

/* Actions: the overlay buttons (the view has its own keys) */

static void
zoom_in_cb (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  mt_map_view_zoom (MT_MAP_PAGE (widget)->map_view, 1.25);
}

static void
zoom_out_cb (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  mt_map_view_zoom (MT_MAP_PAGE (widget)->map_view, 1 / 1.25);
}

static void
toggle_legend_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MtMapPage *self = MT_MAP_PAGE (widget);

  gtk_toggle_button_set_active (self->legend_button,
                                !gtk_toggle_button_get_active (self->legend_button));
}

static void
reset_view_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  mt_map_view_reset_view (MT_MAP_PAGE (widget)->map_view);
}

/* GObject overrides */

static void
mt_map_page_dispose (GObject *object)
{
  MtMapPage *self = MT_MAP_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MT_TYPE_MAP_PAGE);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (mt_map_page_parent_class)->dispose (object);
}

static void
mt_map_page_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  MtMapPage *self = MT_MAP_PAGE (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;

    case PROP_SHOW_LEGEND:
      g_value_set_boolean (value, gtk_toggle_button_get_active (self->legend_button));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_map_page_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  MtMapPage *self = MT_MAP_PAGE (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      if (g_set_object (&self->model, g_value_get_object (value)))
        {
          /* The view follows the model's selection itself when it is a selection model. */
          g_object_set (self->map_view, "model", self->model, NULL);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_SHOW_LEGEND:
      /* The button notifies back (mt_map_page_init). */
      gtk_toggle_button_set_active (self->legend_button, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_map_page_class_init (MtMapPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mt_map_page_dispose;
  object_class->get_property = mt_map_page_get_property;
  object_class->set_property = mt_map_page_set_property;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SHOW_LEGEND] =
    g_param_spec_boolean ("show-legend", NULL, NULL, TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A marker clicked or chosen with Enter (MtMapView::camp-activated). */
  signals[CAMP_ACTIVATED] =
    g_signal_new ("camp-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, MT_TYPE_CAMP);

  g_type_ensure (MT_TYPE_MAP_VIEW);

  /* The resources sit in a static library: referencing them is what links them in. */
  g_assert (mt_get_resource () != NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/minusma/Tracker/ui/map/mt-map-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MtMapPage, map_view);
  gtk_widget_class_bind_template_child (widget_class, MtMapPage, legend_button);

  gtk_widget_class_install_action (widget_class, "map.zoom-in", NULL, zoom_in_cb);
  gtk_widget_class_install_action (widget_class, "map.zoom-out", NULL, zoom_out_cb);
  gtk_widget_class_install_action (widget_class, "map.reset-view", NULL, reset_view_cb);
  gtk_widget_class_install_action (widget_class, "map.toggle-legend", NULL, toggle_legend_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, 0, "map.toggle-legend", NULL);
}

static void
mt_map_page_init (MtMapPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->map_view, "camp-activated",
                           G_CALLBACK (on_camp_activated_cb), self, G_CONNECT_SWAPPED);
  gtk_toggle_button_set_active (self->legend_button, TRUE);
  g_object_bind_property (self->legend_button, "active", self->map_view, "show-legend",
                          G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->legend_button, "notify::active",
                           G_CALLBACK (on_legend_toggled_cb), self, G_CONNECT_SWAPPED);
}

/* Public API */

void
mt_map_page_set_scenario (MtMapPage  *self,
                          const char *name)
{
  g_return_if_fail (MT_IS_MAP_PAGE (self));

  g_object_set (self->map_view, "scenario", name, NULL);
}
