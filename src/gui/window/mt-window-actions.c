/* mt-window-actions.c: the window's actions and keyboard shortcuts.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-window-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-toast.h"
#include "mt-window-private.h"

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  mt_window_show_page (MT_WINDOW (widget), g_variant_get_string (param, NULL));
}

/* From a camp page's roster row: the Roster page, showing that camp's people. */
static void
show_roster_for_camp_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  MtWindow *self = MT_WINDOW (widget);
  gint64 camp_id = g_variant_get_int64 (param);

  /* Not all camps instead of the one asked for, unsaid. */
  if (camp_id <= 0 || !mt_roster_page_show_camp (self->roster_page, camp_id))
    {
      mt_show_toast (widget, _("This camp no longer exists"));
      return;
    }
  mt_window_show_page (self, "roster");
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  MtWindow *self = MT_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
choose_date_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  gtk_menu_button_popup (MT_WINDOW (widget)->as_of_button);
}

static void
latest_data_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  MtWindow *self = MT_WINDOW (widget);

  mt_window_set_as_of (self, NULL);
  gtk_popover_popdown (self->as_of_popover);
}

void
_mt_window_class_install_actions (MtWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-roster-for-camp", "x",
                                   show_roster_for_camp_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.choose-date", NULL, choose_date_action);
  gtk_widget_class_install_action (widget_class, "win.latest-data", NULL, latest_data_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK,
                                       "win.choose-date", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.latest-data", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
  /* Alt+1…6, the pages, are in mt-window-nav.c. */
}
