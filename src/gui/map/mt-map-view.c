/* mt-map-view.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-map-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mt-camp.h"
#include "mt-camp-list.h"
#include "mt-chart-view.h"
#include "mt-map-view-private.h"
#include "mt-store.h"
#include "mt-store-scenario.h"
#include "mt-toast.h"

#define MARGIN 28.0

G_DEFINE_FINAL_TYPE (MtMapView, mt_map_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MODEL,
  PROP_SELECTED_ID,
  PROP_SHOW_LEGEND,
  PROP_SCENARIO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CAMP_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Auxiliary methods */

/* The camp list under the window's selection and filter models: it knows the store
 * and the date, which the convoys need. */
static MtCampList *
find_camp_list (GListModel *model)
{
  while (model != NULL && !MT_IS_CAMP_LIST (model))
    {
      if (GTK_IS_SINGLE_SELECTION (model))
        model = gtk_single_selection_get_model (GTK_SINGLE_SELECTION (model));
      else if (GTK_IS_FILTER_LIST_MODEL (model))
        model = gtk_filter_list_model_get_model (GTK_FILTER_LIST_MODEL (model));
      else if (GTK_IS_SORT_LIST_MODEL (model))
        model = gtk_sort_list_model_get_model (GTK_SORT_LIST_MODEL (model));
      else if (GTK_IS_NO_SELECTION (model))
        model = gtk_no_selection_get_model (GTK_NO_SELECTION (model));
      else
        model = NULL;
    }

  return model != NULL ? MT_CAMP_LIST (model) : NULL;
}

/* The camps whose closure the scenario shown moves, with their closure under it. */
static GHashTable *
read_moved (MtStore     *store,
            const char  *name,
            GError     **error)
{
  g_autoptr(MtScenario) scenario = mt_store_find_scenario (store, name, error);
  GHashTable *moved;

  if (scenario == NULL)
    return NULL;

  moved = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint i = 0; i < scenario->changes->len; i++)
    {
      const MtScenarioChange *change = g_ptr_array_index (scenario->changes, i);

      if (change->kind == MT_SCENARIO_CAMP_CLOSURE)
        g_hash_table_insert (moved, g_memdup2 (&change->camp_id, sizeof (gint64)),
                             g_strdup (change->date));
    }

  return moved;
}

/* What the camp list does not hold: the convoys as of its date, and the camps the
 * scenario shown moves. */
static void
reload (gpointer user_data)
{
  MtMapView *self = user_data;
  MtCampList *list = find_camp_list (self->model);
  MtStore *store = list != NULL ? mt_camp_list_get_store (list) : NULL;
  g_autoptr(GError) error = NULL;

  g_assert (MT_IS_MAP_VIEW (self));

  mt_store_watch_cancel (self->watch);
  g_clear_pointer (&self->convoys, g_ptr_array_unref);
  g_clear_pointer (&self->moved, g_hash_table_unref);
  mt_store_watch_set_store (self->watch, store);
  if (store != NULL)
    {
      self->convoys = mt_store_list_convoys (store, mt_camp_list_get_as_of (list), &error);
      if (self->convoys == NULL)
        mt_show_read_error (GTK_WIDGET (self), _("Could not read the convoys"), error);
    }
  if (store != NULL && self->scenario != NULL)
    {
      g_clear_error (&error);
      self->moved = read_moved (store, self->scenario, &error);
      /* Deleted by another planner: the window leaves it at once. */
      if (self->moved == NULL && !g_error_matches (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND))
        g_warning ("Could not read scenario “%s”: %s", self->scenario, error->message);
    }

  _mt_map_view_update_focus (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
get_style (MtMapView  *self,
           MtMapStyle *style)
{
  mt_map_style_init (style, adw_style_manager_get_dark (adw_style_manager_get_default ()));
  /* Text and outlines follow the theme's foreground and font. */
  mt_widget_get_text_style (GTK_WIDGET (self), style->foreground, &style->font_family,
                            &style->font_size);
}

static void
sync_selection (MtMapView *self)
{
  GtkBitset *selected;
  gint64 id = 0;

  if (!GTK_IS_SELECTION_MODEL (self->model))
    return;

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->model));
  if (!gtk_bitset_is_empty (selected))
    {
      g_autoptr(MtCamp) camp = g_list_model_get_item (self->model,
                                                      gtk_bitset_get_minimum (selected));

      id = mt_camp_get_id (camp);
    }
  gtk_bitset_unref (selected);

  if (id != self->selected_id)
    {
      self->selected_id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ID]);
    }
}

/* Shared with mt-map-view-input.c */

GPtrArray *
_mt_map_view_dup_camps (MtMapView *self)
{
  GPtrArray *camps = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = self->model != NULL ? g_list_model_get_n_items (self->model) : 0;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (camps, g_list_model_get_item (self->model, i));

  return camps;
}

void
_mt_map_view_get_projection (MtMapView       *self,
                             GPtrArray       *camps,
                             MtMapProjection *proj)
{
  double bounds[4];

  mt_map_get_bounds (camps, bounds);
  mt_map_projection_fit (proj, bounds,
                         gtk_widget_get_width (GTK_WIDGET (self)),
                         gtk_widget_get_height (GTK_WIDGET (self)),
                         MARGIN);
  mt_map_projection_zoom (proj, self->zoom, 0, 0);
  mt_map_projection_pan (proj, self->tx, self->ty);
}

void
_mt_map_view_select (MtMapView *self,
                     guint      position)
{
  g_autoptr(MtCamp) camp = NULL;

  if (self->model == NULL || position >= g_list_model_get_n_items (self->model))
    return;

  /* The window's selection model: the sidebar list and the camp page follow it. */
  if (GTK_IS_SELECTION_MODEL (self->model))
    gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->model), position, TRUE);

  camp = g_list_model_get_item (self->model, position);
  if (mt_camp_get_id (camp) != self->selected_id)
    {
      self->selected_id = mt_camp_get_id (camp);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ID]);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
_mt_map_view_activate (MtMapView *self,
                       guint      position)
{
  g_autoptr(MtCamp) camp = NULL;

  if (self->model == NULL || position >= g_list_model_get_n_items (self->model))
    return;

  _mt_map_view_select (self, position);
  camp = g_list_model_get_item (self->model, position);
  g_signal_emit (self, signals[CAMP_ACTIVATED], 0, camp);
}

void
_mt_map_view_zoom_at (MtMapView *self,
                      double     zoom,
                      double     x,
                      double     y)
{
  double factor;

  zoom = CLAMP (zoom, 1.0, MT_MAP_VIEW_MAX_ZOOM);
  factor = zoom / self->zoom;
  /* screen' = factor × (screen − p) + p */
  self->tx = factor * self->tx + x * (1 - factor);
  self->ty = factor * self->ty + y * (1 - factor);
  self->zoom = zoom;
  if (zoom <= 1.0)
    self->tx = self->ty = 0;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* GtkWidget overrides */

static void
mt_map_view_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  MtMapView *self = MT_MAP_VIEW (widget);
  g_autoptr(GPtrArray) camps = NULL;
  g_autoptr(MtCamp) focus = NULL;
  MtCampList *list = find_camp_list (self->model);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  MtMapProjection proj;
  MtMapScene scene = { NULL, };
  MtMapStyle style;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  get_style (self, &style);
  camps = _mt_map_view_dup_camps (self);
  _mt_map_view_get_projection (self, camps, &proj);

  if (self->focus_index < camps->len && gtk_widget_has_focus (widget))
    focus = g_object_ref (g_ptr_array_index (camps, self->focus_index));

  scene.camps = camps;
  scene.convoys = self->convoys;
  scene.as_of = list != NULL ? mt_camp_list_get_as_of (list) : NULL;
  scene.selected_id = self->selected_id;
  scene.focus_id = focus != NULL ? mt_camp_get_id (focus) : 0;
  scene.hover_id = self->hover_id;
  scene.hide_legend = !self->show_legend;
  scene.moved_ids = self->moved;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  mt_map_render_scene (cr, width, height, &style, &proj, &scene);
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
  guint n = g_list_model_get_n_items (self->model);

  if (self->focus_index != G_MAXUINT && self->focus_index >= n)
    self->focus_index = n > 0 ? n - 1 : G_MAXUINT;
  sync_selection (self);
  /* The list reloads when the date changes: the convoys follow. */
  mt_store_watch_queue (self->watch);
  _mt_map_view_update_focus (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_selection_changed_cb (MtMapView *self)
{
  sync_selection (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
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

  self->focus_index = G_MAXUINT;
  sync_selection (self);
  reload (self);
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
  g_clear_pointer (&self->watch, mt_store_watch_free);
  g_clear_pointer (&self->convoys, g_ptr_array_unref);
  g_clear_pointer (&self->moved, g_hash_table_unref);
  g_clear_pointer (&self->scenario, g_free);

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

    case PROP_SHOW_LEGEND:
      g_value_set_boolean (value, self->show_legend);
      break;

    case PROP_SCENARIO:
      g_value_set_string (value, self->scenario);
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

    case PROP_SHOW_LEGEND:
      if (self->show_legend != g_value_get_boolean (value))
        {
          self->show_legend = g_value_get_boolean (value);
          gtk_widget_queue_draw (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_SCENARIO:
      if (g_strcmp0 (self->scenario, g_value_get_string (value)) != 0)
        {
          g_free (self->scenario);
          self->scenario = g_value_dup_string (value);
          reload (self);
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

  properties[PROP_SHOW_LEGEND] =
    g_param_spec_boolean ("show-legend", NULL, NULL, TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The what-if scenario shown (NULL: none): the camps whose closure it moves are
   * ringed, and their tooltips give both closures. */
  properties[PROP_SCENARIO] =
    g_param_spec_string ("scenario", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A click or Enter on a marker: the camp's page is wanted. */
  signals[CAMP_ACTIVATED] =
    g_signal_new ("camp-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, MT_TYPE_CAMP);

  gtk_widget_class_set_css_name (widget_class, "mt-map-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  _mt_map_view_class_init_input (widget_class);
}

static void
mt_map_view_init (MtMapView *self)
{
  self->zoom = 1.0;
  self->show_legend = TRUE;
  self->focus_index = G_MAXUINT;
  self->watch = mt_store_watch_new (reload, self);

  _mt_map_view_init_input (self);

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

  camps = _mt_map_view_dup_camps (self);
  _mt_map_view_get_projection (self, camps, &proj);
  mt_map_project (&proj, longitude, latitude, x, y);
}

MtCamp *
mt_map_view_camp_at (MtMapView *self,
                     double     x,
                     double     y)
{
  g_autoptr(GPtrArray) camps = NULL;
  MtMapProjection proj;
  guint position;

  g_return_val_if_fail (MT_IS_MAP_VIEW (self), NULL);

  camps = _mt_map_view_dup_camps (self);
  _mt_map_view_get_projection (self, camps, &proj);
  position = mt_map_hit_test (&proj, camps, x, y);

  return position != G_MAXUINT ? g_object_ref (g_ptr_array_index (camps, position)) : NULL;
}

void
mt_map_view_zoom (MtMapView *self,
                  double     factor)
{
  g_return_if_fail (MT_IS_MAP_VIEW (self));
  g_return_if_fail (factor > 0);

  _mt_map_view_zoom_at (self, self->zoom * factor,
                        gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                        gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

void
mt_map_view_reset_view (MtMapView *self)
{
  g_return_if_fail (MT_IS_MAP_VIEW (self));

  self->zoom = 1.0;
  self->tx = self->ty = 0;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

double
mt_map_view_get_zoom (MtMapView *self)
{
  g_return_val_if_fail (MT_IS_MAP_VIEW (self), 1.0);

  return self->zoom;
}
