/* mt-window-nav.c: moving around the window: the pages, a camp's page and the way back
 * from it, the camp list beside the pages or over them.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-window-nav"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-camp.h"
#include "mt-camp-list.h"
#include "mt-store.h"
#include "mt-window-private.h"

/* The pages of the view switcher, in the order of Alt+1…6, and what the back button of a
 * camp's page says when it leads there. */
static const struct
{
  const char *name;
  const char *back;
} pages[] = {
  { "overview",  N_("Back to the Overview") },
  { "map",       N_("Back to the Map") },
  { "roster",    N_("Back to the Roster") },
  { "movements", N_("Back to the Movements") },
  { "convoys",   N_("Back to the Convoys") },
  { "assets",    N_("Back to the Assets") },
};

/* Auxiliary methods */

static gboolean
camp_shown (MtWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "camp") == 0;
}

/* The camp list is over the pages rather than beside them. */
static gboolean
sidebar_over_pages (MtWindow *self)
{
  return adw_flap_get_folded (self->flap);
}

static void
hide_sidebar_if_over (MtWindow *self)
{
  if (sidebar_over_pages (self))
    adw_flap_set_reveal_flap (self->flap, FALSE);
}

static const char *
back_label (MtWindow *self)
{
  const char *page = adw_view_stack_get_visible_child_name (self->view_stack);

  if (self->camp_from_sidebar)
    return _("Back to Camps");
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    if (g_strcmp0 (page, pages[i].name) == 0)
      return _(pages[i].back);
  return _("Back");
}

/* Highlights @camp in the camp list when the list's search and filter show it. */
static void
select_in_sidebar (MtWindow *self,
                   MtCamp   *camp)
{
  GListModel *listed = G_LIST_MODEL (self->filtered);

  for (guint i = 0; i < g_list_model_get_n_items (listed); i++)
    {
      g_autoptr(MtCamp) item = g_list_model_get_item (listed, i);

      if (item == camp)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

static void
set_camp_layer (MtWindow *self,
                gboolean  shown)
{
  const char *layer = shown ? "camp" : "pages";

  gtk_stack_set_visible_child_name (self->title_stack, layer);
  gtk_stack_set_visible_child_name (self->main_stack, layer);
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.go-back", shown);
}

/* Callbacks */

/* The sidebar's header carries the main menu and the window buttons while it is beside
 * the pages; otherwise the pages' header does, so the menu is there on every page. */
static void
on_flap_changed_cb (MtWindow *self)
{
  gboolean beside = adw_flap_get_reveal_flap (self->flap) && !adw_flap_get_folded (self->flap);

  adw_header_bar_set_show_start_title_buttons (self->content_header, !beside);
  gtk_widget_set_visible (GTK_WIDGET (self->content_menu_button), !beside);
  /* F10 opens the menu whose button is in view. */
  gtk_menu_button_set_primary (self->content_menu_button, !beside);
  gtk_menu_button_set_primary (self->sidebar_menu_button, beside);
}

static void
on_page_changed_cb (MtWindow *self)
{
  _mt_window_notify_page (self);
}

static void
on_map_camp_activated_cb (MtWindow *self,
                          MtCamp   *camp)
{
  _mt_window_open_camp (self, mt_camp_get_id (camp), FALSE);
}

/* A camp deleted (or undone into being) while its page is shown: back where the planner
 * came from, not a page about nothing. */
static void
on_camps_changed_cb (MtWindow *self)
{
  MtCamp *camp = NULL;

  if (!camp_shown (self))
    return;
  g_object_get (self->camp_page, "camp", &camp, NULL);
  if (camp == NULL || mt_camp_list_find (self->camps, mt_camp_get_id (camp)) == G_MAXUINT)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.go-back", NULL);
  g_clear_object (&camp);
}

/* Actions */

static void
go_back_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  MtWindow *self = MT_WINDOW (widget);

  if (!camp_shown (self))
    return;

  set_camp_layer (self, FALSE);
  if (self->camp_from_sidebar && sidebar_over_pages (self))
    {
      adw_flap_set_reveal_flap (self->flap, TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self->camp_list_view));
    }
  self->camp_from_sidebar = FALSE;
  _mt_window_notify_page (self);
}

/* Over the pages, the list takes the keyboard focus while it is shown and gives it back to
 * the page when it goes: no focus left on what is covered or hidden. */
static void
toggle_sidebar_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  MtWindow *self = MT_WINDOW (widget);
  gboolean reveal = !adw_flap_get_reveal_flap (self->flap);

  adw_flap_set_reveal_flap (self->flap, reveal);
  if (!sidebar_over_pages (self))
    return;
  if (reveal)
    gtk_widget_grab_focus (GTK_WIDGET (self->camp_list_view));
  else
    gtk_widget_child_focus (_mt_window_get_visible_page (self), GTK_DIR_TAB_FORWARD);
}

static void
show_camp_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  _mt_window_open_camp (MT_WINDOW (widget), g_variant_get_int64 (param), FALSE);
}

/* Window hooks */

void
_mt_window_class_install_nav (MtWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_bind_template_child (widget_class, MtWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, MtWindow, content_header);
  gtk_widget_class_bind_template_child (widget_class, MtWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, MtWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, MtWindow, title_stack);
  gtk_widget_class_bind_template_child (widget_class, MtWindow, camp_title);
  gtk_widget_class_bind_template_child (widget_class, MtWindow, content_menu_button);
  gtk_widget_class_bind_template_child (widget_class, MtWindow, sidebar_menu_button);
  gtk_widget_class_bind_template_child (widget_class, MtWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, MtWindow, switcher_bar);

  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, go_back_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL,
                                   toggle_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.show-camp", "x", show_camp_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "win.go-back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "win.go-back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-sidebar", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-page", "s", pages[i].name);
}

void
_mt_window_init_nav (MtWindow *self)
{
  g_object_bind_property (self->flap, "reveal-flap", self->sidebar_button, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->flap, "notify::reveal-flap",
                           G_CALLBACK (on_flap_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->flap, "notify::folded",
                           G_CALLBACK (on_flap_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view_stack, "notify::visible-child",
                           G_CALLBACK (on_page_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->map_page, "camp-activated",
                           G_CALLBACK (on_map_camp_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->camps, "items-changed",
                           G_CALLBACK (on_camps_changed_cb), self, G_CONNECT_SWAPPED);

  set_camp_layer (self, FALSE);
  on_flap_changed_cb (self);
}

gboolean
_mt_window_open_camp (MtWindow *self,
                      gint64    camp_id,
                      gboolean  from_sidebar)
{
  g_autoptr(MtCamp) camp = NULL;
  guint position;
  g_autofree char *back = NULL;

  g_assert (MT_IS_WINDOW (self));

  position = mt_camp_list_find (self->camps, camp_id);
  if (position == G_MAXUINT)
    return FALSE;
  camp = g_list_model_get_item (G_LIST_MODEL (self->camps), position);

  /* From one camp to another the way back stays where the first came from. */
  if (!camp_shown (self))
    self->camp_from_sidebar = from_sidebar && sidebar_over_pages (self);

  select_in_sidebar (self, camp);
  g_object_set (self->camp_page, "camp", camp, NULL);
  adw_window_title_set_title (self->camp_title, mt_camp_get_display_name (camp));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->back_button), back_label (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->back_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, back_label (self), -1);

  set_camp_layer (self, TRUE);
  if (self->camp_from_sidebar)
    {
      hide_sidebar_if_over (self);
      gtk_widget_child_focus (GTK_WIDGET (self->camp_page), GTK_DIR_TAB_FORWARD);
    }
  _mt_window_notify_page (self);

  return TRUE;
}

/* Public API */

gboolean
mt_window_show_page (MtWindow   *self,
                     const char *page)
{
  g_return_val_if_fail (MT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (page != NULL, FALSE);

  if (g_str_has_prefix (page, "camp:"))
    {
      gint64 camp_id = mt_store_find_camp (self->store, page + strlen ("camp:"));

      return camp_id != 0 && _mt_window_open_camp (self, camp_id, FALSE);
    }

  if (adw_view_stack_get_child_by_name (self->view_stack, page) == NULL)
    return FALSE;

  /* Wherever the planner is (a camp's page, the camp list over the pages), the page
   * asked for comes into view. */
  self->camp_from_sidebar = FALSE;
  set_camp_layer (self, FALSE);
  hide_sidebar_if_over (self);
  adw_view_stack_set_visible_child_name (self->view_stack, page);
  _mt_window_notify_page (self);
  return TRUE;
}

const char *
mt_window_get_page (MtWindow *self)
{
  g_return_val_if_fail (MT_IS_WINDOW (self), NULL);

  if (camp_shown (self))
    return "camp";
  return adw_view_stack_get_visible_child_name (self->view_stack);
}

GtkWidget *
_mt_window_get_visible_page (MtWindow *self)
{
  g_assert (MT_IS_WINDOW (self));

  if (camp_shown (self))
    return GTK_WIDGET (self->camp_page);
  return adw_view_stack_get_visible_child (self->view_stack);
}
