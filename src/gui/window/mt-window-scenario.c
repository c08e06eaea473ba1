/* mt-window-scenario.c: the window showing a what-if scenario.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * While a scenario is shown, the Overview's plan line, the burn-down chart and the map
 * follow its plan, a banner says so with a way back to the data, and the printed report
 * is made under it. Nothing recorded changes: leaving returns to the data. Another
 * planner deleting or renaming the scenario ends it, with a toast.
 */

#define G_LOG_DOMAIN "mt-window-scenario"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-date.h"
#include "mt-scenarios-dialog.h"
#include "mt-store-scenario.h"
#include "mt-toast.h"
#include "mt-window-private.h"

/* Auxiliary methods */

/* Every view that follows a scenario, and the banner, the actions and the menu. */
static void
apply_scenario (MtWindow *self)
{
  g_object_set (self->overview_page, "scenario", self->scenario, NULL);
  mt_map_page_set_scenario (self->map_page, self->scenario);
  mt_camp_page_set_scenario (self->camp_page, self->scenario);

  if (self->scenario != NULL)
    {
      /* Translators: %s is the scenario's name */
      g_autofree char *title = g_strdup_printf (_("Showing what-if scenario “%s”: the plan shown "
                                                  "is not the recorded plan"),
                                                self->scenario);

      mt_banner_set_title (self->scenario_banner, title);
    }
  mt_banner_set_revealed (self->scenario_banner, self->scenario != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-scenario", self->scenario != NULL);
}

/* Another planner may have deleted or renamed it: then the window returns to the data. */
static void
check_scenario (gpointer user_data)
{
  MtWindow *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(MtScenario) scenario = NULL;
  g_autofree char *text = NULL;

  mt_store_watch_cancel (self->scenario_watch);
  if (self->scenario == NULL)
    return;

  scenario = mt_store_find_scenario (self->store, self->scenario, &error);
  if (scenario != NULL || !g_error_matches (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND))
    return;

  /* Translators: %s is the scenario's name */
  text = g_strdup_printf (_("Scenario “%s” no longer exists: the window shows the data"),
                          self->scenario);
  mt_window_show_scenario (self, NULL, NULL);
  mt_show_toast (GTK_WIDGET (self->toast_overlay), text);
}

/* Callbacks */

static void
on_leave_clicked_cb (MtWindow *self)
{
  mt_window_show_scenario (self, NULL, NULL);
}

/* A scenario written into today's plan: shown, it would now be laid over itself. */
static void
on_promoted_cb (MtWindow   *self,
                const char *name,
                gint64      moved)
{
  g_autofree char *count = mt_format_count (moved);
  g_autofree char *text = NULL;

  if (g_strcmp0 (self->scenario, name) == 0)
    mt_window_show_scenario (self, NULL, NULL);
  /* Translators: the scenario's name, how many people's plans changed */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "“%s” is now today’s plan: %s person’s plan changed",
                                       "“%s” is now today’s plan: %s people’s plans changed",
                                       moved),
                          name, count);
  mt_show_undo_toast (GTK_WIDGET (self->toast_overlay), text);
}

/* Actions */

static void
show_scenario_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MtWindow *self = MT_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!mt_window_show_scenario (self, g_variant_get_string (parameter, NULL), &error))
    mt_show_read_error (GTK_WIDGET (self->toast_overlay), _("Could not show the scenario"), error);
}

static void
leave_scenario_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  mt_window_show_scenario (MT_WINDOW (widget), NULL, NULL);
}

static void
scenarios_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MtWindow *self = MT_WINDOW (widget);
  GtkWindow *dialog = mt_scenarios_dialog_new (GTK_WINDOW (self), self->store, self->camps,
                                               self->as_of, self->scenario,
                                               _mt_window_is_editable (self));

  g_signal_connect_object (dialog, "promoted", G_CALLBACK (on_promoted_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (dialog);
}

/* Window hooks */

void
_mt_window_class_install_scenario (MtWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_bind_template_child (widget_class, MtWindow, scenario_banner);
  gtk_widget_class_install_action (widget_class, "win.show-scenario", "s", show_scenario_action);
  gtk_widget_class_install_action (widget_class, "win.leave-scenario", NULL,
                                   leave_scenario_action);
  gtk_widget_class_install_action (widget_class, "win.scenarios", NULL, scenarios_action);
}

void
_mt_window_init_scenario (MtWindow *self)
{
  self->scenario_watch = mt_store_watch_new (check_scenario, self);
  mt_store_watch_set_store (self->scenario_watch, self->store);
  g_signal_connect_object (self->scenario_banner, "button-clicked",
                           G_CALLBACK (on_leave_clicked_cb), self, G_CONNECT_SWAPPED);
  apply_scenario (self);
}

void
_mt_window_dispose_scenario (MtWindow *self)
{
  g_clear_pointer (&self->scenario_watch, mt_store_watch_free);
  g_clear_pointer (&self->scenario, g_free);
}

/* Public API */

const char *
mt_window_get_scenario (MtWindow *self)
{
  g_return_val_if_fail (MT_IS_WINDOW (self), NULL);

  return self->scenario;
}

gboolean
mt_window_show_scenario (MtWindow    *self,
                         const char  *name,
                         GError     **error)
{
  g_autoptr(MtScenario) scenario = NULL;

  g_return_val_if_fail (MT_IS_WINDOW (self), FALSE);

  if (name != NULL)
    {
      scenario = mt_store_find_scenario (self->store, name, error);
      if (scenario == NULL)
        return FALSE;
    }

  g_free (self->scenario);
  self->scenario = scenario != NULL ? g_strdup (scenario->name) : NULL;
  apply_scenario (self);

  return TRUE;
}
