/* mt-map-view.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-map-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "mt-camp.h"
#include "mt-date.h"
#include "mt-map-render.h"
#include "mt-map-view.h"

#define MARGIN 28.0

struct _MtMapView
{
  GtkWidget   parent_instance;

  GListModel *model;
  gint64      selected_id;
};

G_DEFINE_FINAL_TYPE (MtMapView, mt_map_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MODEL,
  PROP_SELECTED_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Auxiliary methods */

/* (element-type MtCamp): a snapshot of the model for one drawing or hit test. */
static GPtrArray *
dup_camps (MtMapView *self)
{
  GPtrArray *camps = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = self->model != NULL ? g_list_model_get_n_items (self->model) : 0;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (camps, g_list_model_get_item (self->model, i));

  return camps;
}

static void
compute_projection (MtMapView       *self,
                    GPtrArray       *camps,
                    MtMapProjection *proj)
{
  double bounds[4];

  mt_map_get_bounds (camps, bounds);
  mt_map_projection_fit (proj, bounds,
                         gtk_widget_get_width (GTK_WIDGET (self)),
                         gtk_widget_get_height (GTK_WIDGET (self)),
                         MARGIN);
}

/* Position of the camp under (@x, @y), or G_MAXUINT. Smaller markers win: they are on top. */
static guint
hit_test (MtMapView *self,
          double     x,
          double     y)
{
  g_autoptr(GPtrArray) camps = dup_camps (self);
  gint64 max = mt_map_max_strength (camps);
  guint best = G_MAXUINT;
  double best_radius = G_MAXDOUBLE;
  MtMapProjection proj;

  compute_projection (self, camps, &proj);

  for (guint i = 0; i < camps->len; i++)
    {
      MtCamp *camp = g_ptr_array_index (camps, i);
      double cx, cy, r = mt_map_marker_radius (mt_camp_get_baseline_strength (camp), max);

      mt_map_project (&proj, mt_camp_get_longitude (camp), mt_camp_get_latitude (camp), &cx, &cy);
      if (hypot (x - cx, y - cy) <= r + 4 && r < best_radius)
        {
          best = i;
          best_radius = r;
        }
    }

  return best;
}

static void
sync_selection (MtMapView *self)
{
  gint64 id = 0;

  if (!GTK_IS_SELECTION_MODEL (self->model))
    return;

  for (guint i = 0; i < g_list_model_get_n_items (self->model); i++)
    {
      if (gtk_selection_model_is_selected (GTK_SELECTION_MODEL (self->model), i))
        {
          g_autoptr(MtCamp) camp = g_list_model_get_item (self->model, i);

          id = mt_camp_get_id (camp);
          break;
        }
    }

  if (id != self->selected_id)
    {
      self->selected_id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ID]);
    }
}

/* GtkWidget overrides */

static void
mt_map_view_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  MtMapView *self = MT_MAP_VIEW (widget);
  g_autoptr(GPtrArray) camps = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  PangoContext *pango = gtk_widget_get_pango_context (widget);
  const PangoFontDescription *font = pango_context_get_font_description (pango);
  double resolution = pango_cairo_context_get_resolution (pango);
  MtMapProjection proj;
  MtMapStyle style;
  GdkRGBA fg;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  mt_map_style_init (&style, adw_style_manager_get_dark (adw_style_manager_get_default ()));
  /* Text and outlines follow the theme's foreground and font. */
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  style.foreground[0] = fg.red;
  style.foreground[1] = fg.green;
  style.foreground[2] = fg.blue;
  style.foreground[3] = fg.alpha;
  if (font != NULL && pango_font_description_get_family (font) != NULL)
    {
      double size = pango_font_description_get_size (font) / (double) PANGO_SCALE;

      style.font_family = pango_font_description_get_family (font);
      if (!pango_font_description_get_size_is_absolute (font))
        size = size * (resolution > 0 ? resolution : 96.0) / 72.0;
      if (size > 0)
        style.font_size = size;
    }

  camps = dup_camps (self);
  compute_projection (self, camps, &proj);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  mt_map_render (cr, width, height, &style, &proj, camps, self->selected_id);
  cairo_destroy (cr);
}

static void
mt_map_view_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  *minimum = 240;
  *natural = 600;
}

/* Callbacks */

static void
on_items_changed_cb (MtMapView *self)
{
  sync_selection (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_selection_changed_cb (MtMapView *self)
{
  sync_selection (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_click_released_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      MtMapView       *self)
{
  guint position = hit_test (self, x, y);
  g_autoptr(MtCamp) camp = NULL;

  if (position == G_MAXUINT)
    return;

  if (GTK_IS_SELECTION_MODEL (self->model))
    gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->model), position, TRUE);

  camp = g_list_model_get_item (self->model, position);
  if (mt_camp_get_id (camp) != self->selected_id)
    {
      self->selected_id = mt_camp_get_id (camp);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ID]);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
on_motion_cb (GtkEventControllerMotion *motion,
              double                    x,
              double                    y,
              MtMapView                *self)
{
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                   hit_test (self, x, y) != G_MAXUINT ? "pointer" : NULL);
}

static gboolean
on_query_tooltip_cb (GtkWidget  *widget,
                     int         x,
                     int         y,
                     gboolean    keyboard,
                     GtkTooltip *tooltip,
                     MtMapView  *self)
{
  guint position = hit_test (self, x, y);
  g_autoptr(MtCamp) camp = NULL;
  g_autofree char *text = NULL;

  if (position == G_MAXUINT)
    return FALSE;

  camp = g_list_model_get_item (self->model, position);
  if (mt_camp_get_baseline_strength (camp) > 0)
    {
      g_autofree char *strength = mt_format_count (mt_camp_get_baseline_strength (camp));

      /* Translators: camp name, status, estimated strength before the withdrawal */
      text = g_strdup_printf (_("%s — %s\n~%s personnel before the withdrawal (estimate)"),
                              mt_camp_get_name (camp),
                              mt_camp_status_get_label (mt_camp_get_status (camp)),
                              strength);
    }
  else
    {
      text = g_strdup_printf (C_("map tooltip", "%s — %s"), mt_camp_get_name (camp),
                              mt_camp_status_get_label (mt_camp_get_status (camp)));
    }
  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

/* GObject overrides */

static void
set_model (MtMapView  *self,
           GListModel *model)
{
  if (self->model == model)
    return;

  if (self->model != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->model, on_items_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->model, on_selection_changed_cb, self);
    }
  g_set_object (&self->model, model);
  if (model != NULL)
    {
      g_signal_connect_swapped (model, "items-changed", G_CALLBACK (on_items_changed_cb), self);
      if (GTK_IS_SELECTION_MODEL (model))
        g_signal_connect_swapped (model, "selection-changed",
                                  G_CALLBACK (on_selection_changed_cb), self);
    }

  sync_selection (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

static void
mt_map_view_dispose (GObject *object)
{
  MtMapView *self = MT_MAP_VIEW (object);

  if (self->model != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->model, on_items_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->model, on_selection_changed_cb, self);
    }
  g_clear_object (&self->model);

  G_OBJECT_CLASS (mt_map_view_parent_class)->dispose (object);
}

static void
mt_map_view_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  MtMapView *self = MT_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;

    case PROP_SELECTED_ID:
      g_value_set_int64 (value, self->selected_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_map_view_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  MtMapView *self = MT_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      set_model (self, g_value_get_object (value));
      break;

    case PROP_SELECTED_ID:
      if (self->selected_id != g_value_get_int64 (value))
        {
          self->selected_id = g_value_get_int64 (value);
          gtk_widget_queue_draw (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_map_view_class_init (MtMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mt_map_view_dispose;
  object_class->get_property = mt_map_view_get_property;
  object_class->set_property = mt_map_view_set_property;

  widget_class->snapshot = mt_map_view_snapshot;
  widget_class->measure = mt_map_view_measure;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SELECTED_ID] =
    g_param_spec_int64 ("selected-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "mt-map-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
mt_map_view_init (MtMapView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect (motion, "motion", G_CALLBACK (on_motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), self);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Map of the camps, coloured by status"),
                                  -1);
}

/* Public API */

void
mt_map_view_project (MtMapView *self,
                     double     longitude,
                     double     latitude,
                     double    *x,
                     double    *y)
{
  g_autoptr(GPtrArray) camps = NULL;
  MtMapProjection proj;

  g_return_if_fail (MT_IS_MAP_VIEW (self));
  g_return_if_fail (x != NULL && y != NULL);

  camps = dup_camps (self);
  compute_projection (self, camps, &proj);
  mt_map_project (&proj, longitude, latitude, x, y);
}
