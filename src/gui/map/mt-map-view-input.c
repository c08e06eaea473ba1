/* mt-map-view-input.c: pointer, touch and keyboard on the map.
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
#include "mt-map-view-private.h"

#define ZOOM_STEP 1.25
/* A press that moves further than this is a pan, not a click. */
#define DRAG_THRESHOLD 4.0

/* Auxiliary methods */

static guint
position_at (MtMapView *self,
             double     x,
             double     y)
{
  g_autoptr(GPtrArray) camps = _mt_map_view_dup_camps (self);
  MtMapProjection proj;

  _mt_map_view_get_projection (self, camps, &proj);
  return mt_map_hit_test (&proj, camps, x, y);
}

static void
set_hover (MtMapView *self,
           gint64     id)
{
  if (self->hover_id == id)
    return;

  self->hover_id = id;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), id != 0 ? "pointer" : NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
move_focus (MtMapView *self,
            int        delta)
{
  guint n = self->model != NULL ? g_list_model_get_n_items (self->model) : 0;

  if (n == 0)
    return;

  if (self->focus_index == G_MAXUINT)
    self->focus_index = delta > 0 ? 0 : n - 1;
  else
    self->focus_index = (self->focus_index + n + delta) % n;
  _mt_map_view_update_focus (self);
}

/* Callbacks: pointer */

static void
on_motion_cb (GtkEventControllerMotion *motion,
              double                    x,
              double                    y,
              MtMapView                *self)
{
  guint position = position_at (self, x, y);
  g_autoptr(MtCamp) camp = NULL;

  self->pointer_x = x;
  self->pointer_y = y;
  if (position != G_MAXUINT)
    camp = g_list_model_get_item (self->model, position);
  set_hover (self, camp != NULL ? mt_camp_get_id (camp) : 0);
}

static void
on_leave_cb (GtkEventControllerMotion *motion,
             MtMapView                *self)
{
  set_hover (self, 0);
}

static void
on_click_pressed_cb (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     MtMapView       *self)
{
  self->dragged = FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
on_click_released_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      MtMapView       *self)
{
  guint position;

  if (self->dragged)
    return;

  position = position_at (self, x, y);
  if (position == G_MAXUINT)
    return;

  self->focus_index = position;
  _mt_map_view_update_focus (self);
  _mt_map_view_activate (self, position);
}

static void
on_drag_begin_cb (GtkGestureDrag *gesture,
                  double          x,
                  double          y,
                  MtMapView      *self)
{
  self->drag_tx = self->tx;
  self->drag_ty = self->ty;
}

static void
on_drag_update_cb (GtkGestureDrag *gesture,
                   double          dx,
                   double          dy,
                   MtMapView      *self)
{
  if (!self->dragged && hypot (dx, dy) < DRAG_THRESHOLD)
    return;

  self->dragged = TRUE;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
  self->tx = self->drag_tx + dx;
  self->ty = self->drag_ty + dy;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_drag_end_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                MtMapView      *self)
{
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), self->hover_id != 0 ? "pointer" : NULL);
}

static gboolean
on_scroll_cb (GtkEventControllerScroll *scroll,
              double                    dx,
              double                    dy,
              MtMapView                *self)
{
  if (dy == 0)
    return FALSE;

  _mt_map_view_zoom_at (self, self->zoom * pow (ZOOM_STEP, -dy), self->pointer_x, self->pointer_y);
  return TRUE;
}

static void
on_pinch_begin_cb (GtkGesture       *gesture,
                   GdkEventSequence *sequence,
                   MtMapView        *self)
{
  self->pinch_zoom = self->zoom;
}

static void
on_pinch_scale_changed_cb (GtkGestureZoom *gesture,
                           double          scale,
                           MtMapView      *self)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    {
      x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
      y = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
    }
  _mt_map_view_zoom_at (self, self->pinch_zoom * scale, x, y);
}

static gboolean
on_query_tooltip_cb (GtkWidget  *widget,
                     int         x,
                     int         y,
                     gboolean    keyboard,
                     GtkTooltip *tooltip,
                     MtMapView  *self)
{
  g_autoptr(MtCamp) camp = NULL;
  g_autofree char *text = NULL;
  guint position;

  if (keyboard)
    position = self->focus_index;
  else
    position = position_at (self, x, y);
  if (self->model == NULL || position >= g_list_model_get_n_items (self->model))
    return FALSE;

  camp = g_list_model_get_item (self->model, position);
  text = _mt_map_view_describe_camp (self, camp);
  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

/* Callbacks: keyboard */

static gboolean
on_key_pressed_cb (GtkEventControllerKey *key,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   MtMapView             *self)
{
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_Down:
    case GDK_KEY_KP_Right:
    case GDK_KEY_KP_Down:
      move_focus (self, 1);
      return TRUE;

    case GDK_KEY_Left:
    case GDK_KEY_Up:
    case GDK_KEY_KP_Left:
    case GDK_KEY_KP_Up:
      move_focus (self, -1);
      return TRUE;

    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
      if (self->focus_index == G_MAXUINT)
        return FALSE;
      _mt_map_view_activate (self, self->focus_index);
      return TRUE;

    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      mt_map_view_zoom (self, ZOOM_STEP);
      return TRUE;

    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      mt_map_view_zoom (self, 1 / ZOOM_STEP);
      return TRUE;

    case GDK_KEY_0:
    case GDK_KEY_KP_0:
      mt_map_view_reset_view (self);
      return TRUE;

    default:
      return FALSE;
    }
}

/* GtkWidget overrides */

/* Tab walks through the camps, then leaves the map: the camps are the map's stops in
 * the focus chain, so keyboard users reach every marker without a trap. */
static gboolean
mt_map_view_focus (GtkWidget        *widget,
                   GtkDirectionType  direction)
{
  MtMapView *self = MT_MAP_VIEW (widget);
  guint n = self->model != NULL ? g_list_model_get_n_items (self->model) : 0;
  gboolean forward = direction == GTK_DIR_TAB_FORWARD;

  if (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD)
    {
      if (gtk_widget_has_focus (widget))
        return FALSE;
      return gtk_widget_grab_focus (widget);
    }

  if (n == 0)
    return gtk_widget_has_focus (widget) ? FALSE : gtk_widget_grab_focus (widget);

  if (!gtk_widget_has_focus (widget))
    {
      self->focus_index = forward ? 0 : n - 1;
      gtk_widget_grab_focus (widget);
      _mt_map_view_update_focus (self);
      return TRUE;
    }

  if (self->focus_index == G_MAXUINT)
    {
      self->focus_index = forward ? 0 : n - 1;
      _mt_map_view_update_focus (self);
      return TRUE;
    }
  if ((forward && self->focus_index + 1 >= n) || (!forward && self->focus_index == 0))
    {
      self->focus_index = G_MAXUINT;
      _mt_map_view_update_focus (self);
      return FALSE;
    }

  self->focus_index += forward ? 1 : -1;
  _mt_map_view_update_focus (self);
  return TRUE;
}

/* Shared with mt-map-view.c */

char *
_mt_map_view_describe_camp (MtMapView *self,
                            MtCamp    *camp)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gint64 id = mt_camp_get_id (camp);
  const char *moved = self->moved != NULL ? g_hash_table_lookup (self->moved, &id) : NULL;

  g_string_append_printf (text, C_("map tooltip", "%s — %s"), mt_camp_get_display_name (camp),
                          mt_camp_status_get_label (mt_camp_get_status (camp)));

  if (mt_camp_get_baseline_strength (camp) > 0)
    {
      gint64 left = mt_map_current_personnel (camp);
      g_autofree char *count = mt_format_count (left);

      g_string_append_c (text, '\n');
      /* Translators: personnel still at a camp, from an estimate of its strength */
      g_string_append_printf (text, ngettext ("~%s person still there (estimate)",
                                              "~%s personnel still there (estimate)", left),
                              count);
    }
  if (moved != NULL)
    {
      g_autofree char *date = mt_date_format_long (moved);

      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("Closure under the scenario: %s"), date);
    }
  if (mt_camp_get_planned_closure (camp) != NULL)
    {
      g_autofree char *date = mt_date_format_long (mt_camp_get_planned_closure (camp));

      g_string_append_c (text, '\n');
      g_string_append_printf (text, moved != NULL ? _("Closure in today’s plan: %s")
                                                  : _("Planned closure: %s"), date);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

void
_mt_map_view_update_focus (MtMapView *self)
{
  g_autofree char *description = NULL;

  if (self->model != NULL && self->focus_index < g_list_model_get_n_items (self->model))
    {
      g_autoptr(MtCamp) camp = g_list_model_get_item (self->model, self->focus_index);

      description = _mt_map_view_describe_camp (self, camp);
    }

  /* Screen readers hear the camp the keyboard is on. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description != NULL
                                    ? description
                                    : _("Tab or the arrow keys go from camp to camp; Enter opens the camp’s page"),
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
_mt_map_view_class_init_input (GtkWidgetClass *widget_class)
{
  widget_class->focus = mt_map_view_focus;
}

void
_mt_map_view_init_input (MtMapView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *pinch = gtk_gesture_zoom_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  GtkEventController *key = gtk_event_controller_key_new ();

  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_focus_on_click (widget, TRUE);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_click_pressed_cb), self);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (drag));

  g_signal_connect (pinch, "begin", G_CALLBACK (on_pinch_begin_cb), self);
  g_signal_connect (pinch, "scale-changed", G_CALLBACK (on_pinch_scale_changed_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (pinch));

  g_signal_connect (motion, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (widget, motion);

  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll_cb), self);
  gtk_widget_add_controller (widget, scroll);

  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (widget, key);

  gtk_widget_set_has_tooltip (widget, TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), self);
}
