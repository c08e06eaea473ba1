/* mt-window.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-window"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-camp.h"
#include "mt-camp-choice.h"
#include "mt-camp-list.h"
#include "mt-date.h"
#include "mt-mission.h"
#include "mt-resources.h"
#include "mt-status-pill.h"
#include "mt-store.h"
#include "mt-window-private.h"

G_DEFINE_FINAL_TYPE (MtWindow, mt_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  PROP_AS_OF,
  PROP_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Auxiliary methods */

static char *
dup_effective_as_of (MtWindow *self)
{
  if (self->as_of != NULL)
    return g_strdup (self->as_of);
  return mt_store_dup_latest_date (self->store);
}

static void
update_as_of_control (MtWindow *self)
{
  g_autofree char *effective = dup_effective_as_of (self);
  g_autofree char *shown = NULL;
  g_autofree char *tooltip = NULL;

  if (effective == NULL)
    {
      gtk_label_set_label (self->as_of_label, _("No Data"));
      return;
    }

  shown = mt_date_format_short (effective);
  gtk_label_set_label (self->as_of_label, shown);
  /* Following the latest data is the normal state; a chosen date stands out, so a planner
   * does not mistake an old snapshot for today's picture. */
  if (self->as_of == NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->as_of_button), "accent");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->as_of_button), "accent");

  if (self->as_of == NULL)
    tooltip = g_strdup_printf (_("Figures as of %s, the latest data. Choose another date (Ctrl+D)"),
                               shown);
  else
    tooltip = g_strdup_printf (_("Figures as of %s. Choose another date (Ctrl+D)"), shown);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->as_of_button), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->as_of_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
}

static void
sync_calendar (MtWindow *self)
{
  g_autofree char *effective = dup_effective_as_of (self);
  g_autoptr(GDateTime) dt = NULL;
  GDate date;

  if (!mt_date_parse (effective, &date))
    return;

  dt = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                              g_date_get_day (&date), 12, 0, 0);
  gtk_calendar_select_day (self->calendar, dt);
}

static gboolean
camp_matches (gpointer item,
              gpointer user_data)
{
  MtWindow *self = MT_WINDOW (user_data);
  MtCamp *camp = MT_CAMP (item);
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint wanted = gtk_drop_down_get_selected (self->status_dropdown);

  /* Item 0 of the drop-down is "All Statuses"; the others follow MtCampStatus. */
  if (wanted != 0 && wanted != GTK_INVALID_LIST_POSITION &&
      mt_camp_get_status (camp) != (MtCampStatus) (wanted - 1))
    return FALSE;

  if (search == NULL || search[0] == '\0')
    return TRUE;

  /* g_str_match_string folds accents: "menaka" finds Ménaka, "tombouctou" Timbuktu by its
   * French name, whichever language the list is in. */
  return g_str_match_string (search, mt_camp_get_name (camp), TRUE) ||
         (mt_camp_get_name_fr (camp) != NULL &&
          g_str_match_string (search, mt_camp_get_name_fr (camp), TRUE)) ||
         (mt_camp_get_region (camp) != NULL &&
          g_str_match_string (search, mt_camp_get_region (camp), TRUE)) ||
         (mt_camp_get_region_fr (camp) != NULL &&
          g_str_match_string (search, mt_camp_get_region_fr (camp), TRUE)) ||
         (mt_camp_get_aliases (camp) != NULL &&
          g_str_match_string (search, mt_camp_get_aliases (camp), TRUE));
}

static void
update_sidebar_stack (MtWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));

  gtk_stack_set_visible_child_name (self->sidebar_stack, n > 0 ? "list" : "empty");
}

static void
load_window_size (MtWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  width = g_settings_get_int (self->settings, "window-width");
  height = g_settings_get_int (self->settings, "window-height");
  gtk_window_set_default_size (GTK_WINDOW (self), MAX (width, 360), MAX (height, 480));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

/* Callbacks */

static void
on_store_changed_cb (MtWindow *self)
{
  update_as_of_control (self);
}

static void
on_filter_input_changed_cb (MtWindow *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_filtered_items_changed_cb (MtWindow *self)
{
  update_sidebar_stack (self);
}

static void
on_camp_activated_cb (MtWindow *self,
                      guint     position)
{
  g_autoptr(MtCamp) camp = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  if (camp != NULL)
    _mt_window_open_camp (self, mt_camp_get_id (camp), TRUE);
}

static void
on_day_selected_cb (MtWindow *self)
{
  g_autoptr(GDateTime) dt = gtk_calendar_get_date (self->calendar);
  g_autofree char *iso = g_date_time_format (dt, "%Y-%m-%d");
  g_autofree char *effective = dup_effective_as_of (self);

  /* sync_calendar() selecting the current date is not a choice by the user. */
  if (g_strcmp0 (iso, effective) == 0)
    return;

  mt_window_set_as_of (self, iso);
}

static void
on_popover_show_cb (MtWindow *self)
{
  sync_calendar (self);
}

/* GObject overrides */

static gboolean
mt_window_close_request (GtkWindow *window)
{
  _mt_window_save_size (MT_WINDOW (window));

  return GTK_WINDOW_CLASS (mt_window_parent_class)->close_request (window);
}

static void
mt_window_constructed (GObject *object)
{
  MtWindow *self = MT_WINDOW (object);
  g_autoptr(MtMission) mission = NULL;
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (mt_window_parent_class)->constructed (object);

  g_assert (MT_IS_STORE (self->store));

  self->camps = mt_camp_list_new (self->store);
  self->filter = gtk_custom_filter_new (camp_matches, self, NULL);
  self->filtered = gtk_filter_list_model_new (mt_camp_choice_sorted_new (self->camps),
                                              g_object_ref (GTK_FILTER (self->filter)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_list_view_set_model (self->camp_list_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->filtered, "items-changed",
                           G_CALLBACK (on_filtered_items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "changed",
                           G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);

  g_object_set (self->overview_page, "store", self->store, NULL);
  g_object_set (self->camp_page, "store", self->store, NULL);
  g_object_set (self->roster_page, "store", self->store, NULL);
  g_object_set (self->map_page, "model", self->selection, NULL);

  g_object_bind_property (self, "as-of", self->overview_page, "as-of", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "as-of", self->camp_page, "as-of", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "as-of", self->roster_page, "as-of", G_BINDING_SYNC_CREATE);

  mission = mt_store_get_mission (self->store, &error);
  if (mission == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not read the mission: %s"),
                                                  error->message);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
    }
  else
    {
      g_autofree char *title = g_strdup_printf (_("%s Withdrawal Tracker"),
                                                mt_mission_get_name (mission));
      /* Shown when the view switcher has no room: short, so it fits beside the date. */
      adw_view_switcher_title_set_title (self->switcher_title, mt_mission_get_name (mission));
      gtk_window_set_title (GTK_WINDOW (self), title);
    }

  load_window_size (self);
  if (self->settings != NULL)
    g_settings_bind (self->settings, "map-legend-folded", self->map_page, "show-legend",
                     G_SETTINGS_BIND_DEFAULT | G_SETTINGS_BIND_INVERT_BOOLEAN);
  update_as_of_control (self);
  update_sidebar_stack (self);

  _mt_window_init_nav (self);
  _mt_window_init_edit (self);
  _mt_window_init_import (self);
  _mt_window_init_report (self);
  _mt_window_init_database (self);
  _mt_window_init_connection (self);
  _mt_window_init_scenario (self);
}

static void
mt_window_dispose (GObject *object)
{
  MtWindow *self = MT_WINDOW (object);

  _mt_window_dispose_scenario (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), MT_TYPE_WINDOW);

  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->camps);

  G_OBJECT_CLASS (mt_window_parent_class)->dispose (object);
}

static void
mt_window_finalize (GObject *object)
{
  MtWindow *self = MT_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->as_of, g_free);
  g_clear_pointer (&self->page, g_free);

  G_OBJECT_CLASS (mt_window_parent_class)->finalize (object);
}

static void
mt_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  MtWindow *self = MT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_AS_OF:
      g_value_set_string (value, self->as_of);
      break;
    case PROP_PAGE:
      g_value_set_string (value, mt_window_get_page (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  MtWindow *self = MT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_AS_OF:
      mt_window_set_as_of (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_window_class_init (MtWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = mt_window_constructed;
  object_class->dispose = mt_window_dispose;
  object_class->finalize = mt_window_finalize;
  object_class->get_property = mt_window_get_property;
  object_class->set_property = mt_window_set_property;
  window_class->close_request = mt_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AS_OF] =
    g_param_spec_string ("as-of", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAGE] =
    g_param_spec_string ("page", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The resources sit in a static library: referencing them is what links them in. */
  g_assert (mt_get_resource () != NULL);

  g_type_ensure (MT_TYPE_CAMP);
  g_type_ensure (MT_TYPE_STATUS_PILL);
  g_type_ensure (MT_TYPE_OVERVIEW_PAGE);
  g_type_ensure (MT_TYPE_MAP_PAGE);
  g_type_ensure (MT_TYPE_CAMP_PAGE);
  g_type_ensure (MT_TYPE_ROSTER_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/minusma/Tracker/ui/window/mt-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MtWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MtWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, MtWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MtWindow, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MtWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, MtWindow, camp_list_view);
  gtk_widget_class_bind_template_child (widget_class, MtWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, MtWindow, as_of_button);
  gtk_widget_class_bind_template_child (widget_class, MtWindow, as_of_label);
  gtk_widget_class_bind_template_child (widget_class, MtWindow, as_of_popover);
  gtk_widget_class_bind_template_child (widget_class, MtWindow, calendar);
  gtk_widget_class_bind_template_child (widget_class, MtWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, MtWindow, overview_page);
  gtk_widget_class_bind_template_child (widget_class, MtWindow, map_page);
  gtk_widget_class_bind_template_child (widget_class, MtWindow, camp_page);
  gtk_widget_class_bind_template_child (widget_class, MtWindow, roster_page);

  _mt_window_class_install_actions (klass);
  _mt_window_class_install_nav (klass);
  _mt_window_class_install_edit_actions (klass);
  _mt_window_class_install_import_actions (klass);
  _mt_window_class_install_report_actions (klass);
  _mt_window_class_install_backup_actions (klass);
  _mt_window_class_install_database (klass);
  _mt_window_class_install_connection (klass);
  _mt_window_class_install_scenario (klass);
}

static void
mt_window_init (MtWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->search_entry, "search-changed",
                           G_CALLBACK (on_filter_input_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->status_dropdown, "notify::selected",
                           G_CALLBACK (on_filter_input_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->camp_list_view, "activate",
                           G_CALLBACK (on_camp_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->calendar, "day-selected",
                           G_CALLBACK (on_day_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->as_of_popover, "show",
                           G_CALLBACK (on_popover_show_cb), self, G_CONNECT_SWAPPED);
}

/* Public API */

MtWindow *
mt_window_new (gpointer    application,
               MtStore    *store,
               GSettings  *settings)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (MT_IS_STORE (store), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (MT_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       "settings", settings,
                       NULL);
}

const char *
mt_window_get_as_of (MtWindow *self)
{
  g_return_val_if_fail (MT_IS_WINDOW (self), NULL);
  return self->as_of;
}

void
mt_window_set_as_of (MtWindow   *self,
                     const char *as_of)
{
  g_return_if_fail (MT_IS_WINDOW (self));
  g_return_if_fail (as_of == NULL || mt_date_is_valid (as_of));

  if (g_strcmp0 (self->as_of, as_of) == 0)
    return;

  g_free (self->as_of);
  self->as_of = g_strdup (as_of);

  if (self->camps != NULL)
    mt_camp_list_set_as_of (self->camps, as_of);
  update_as_of_control (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AS_OF]);
}

void
_mt_window_save_size (MtWindow *self)
{
  GtkWindow *window = GTK_WINDOW (self);
  int width, height;

  g_assert (MT_IS_WINDOW (self));

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  g_settings_apply (self->settings);
}

gboolean
_mt_window_select_camp (MtWindow *self,
                        gint64    camp_id)
{
  guint position;

  g_assert (MT_IS_WINDOW (self));

  /* The camp must be visible in the sidebar to be selected there. */
  mt_window_set_search (self, NULL);
  gtk_drop_down_set_selected (self->status_dropdown, 0);
  position = mt_camp_list_find (self->camps, camp_id);
  if (position == G_MAXUINT)
    return FALSE;
  gtk_single_selection_set_selected (self->selection, position);
  return TRUE;
}

void
_mt_window_notify_page (MtWindow *self)
{
  const char *page = mt_window_get_page (self);

  g_assert (MT_IS_WINDOW (self));

  if (g_strcmp0 (page, self->page) == 0)
    return;
  g_free (self->page);
  self->page = g_strdup (page);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

GListModel *
mt_window_get_camp_model (MtWindow *self)
{
  g_return_val_if_fail (MT_IS_WINDOW (self), NULL);
  return G_LIST_MODEL (self->selection);
}

void
mt_window_set_search (MtWindow   *self,
                      const char *text)
{
  g_return_if_fail (MT_IS_WINDOW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  /* Apply now rather than after the entry's search delay. */
  on_filter_input_changed_cb (self);
}
