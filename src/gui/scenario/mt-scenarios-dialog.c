/* mt-scenarios-dialog.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-scenarios-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-date.h"
#include "mt-scenario-compare.h"
#include "mt-scenario-editor.h"
#include "mt-scenarios-dialog.h"
#include "mt-store-plan.h"
#include "mt-store-scenario.h"
#include "mt-store-watch.h"
#include "mt-toast.h"

struct _MtScenariosDialog
{
  AdwWindow             parent_instance;

  MtStore              *store;
  MtCampList           *camps;
  MtStoreWatch         *watch;
  char                 *as_of;
  char                 *shown;
  gboolean              editable;
  GPtrArray            *rows;      /* (element-type AdwExpanderRow) in group */

  /* Template widgets */
  GtkStack             *stack;
  AdwPreferencesGroup  *group;
};

G_DEFINE_FINAL_TYPE (MtScenariosDialog, mt_scenarios_dialog, ADW_TYPE_WINDOW)

enum {
  PROMOTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Auxiliary methods */

/* "15 Dec 2023, 3 days later than today’s plan" (or "no date" when the plan holds none). */
static char *
describe_end (const char *today,
              const char *under)
{
  g_autofree char *date = NULL;
  g_autofree char *moved = NULL;

  if (under == NULL)
    return g_strdup (C_("plan end", "none"));

  date = mt_date_format_short (under);
  moved = mt_scenario_describe_moved (today, under);
  /* Translators: a date, then how far it moved, e.g. "15/12/2023, 3 days later than
   * today’s plan" */
  return g_strdup_printf (C_("plan end", "%s, %s"), date, moved);
}

/* Where both plans end under @scenario against today's plan; NULL when it cannot be read. */
static char *
describe_ends (MtScenariosDialog *self,
               const MtScenario  *scenario,
               const MtPlanEnds  *today)
{
  g_autoptr(GError) error = NULL;
  g_auto(MtPlanEnds) under = { 0 };
  g_autofree char *personnel = NULL;
  g_autofree char *camps = NULL;

  if (!mt_store_get_scenario_ends (self->store, scenario, self->as_of, &under, &error))
    {
      g_warning ("Could not read the plan under “%s”: %s", scenario->name, error->message);
      return NULL;
    }
  personnel = describe_end (today->personnel_end, under.personnel_end);
  camps = describe_end (today->camps_end, under.camps_end);

  /* Translators: where the personnel plan and the camps plan end under a scenario, on two
   * lines */
  return g_strdup_printf (_("Personnel plan ends %s\nCamps plan ends %s"), personnel, camps);
}

static GtkWidget *
row_button (const char *icon_or_label,
            gboolean    icon,
            const char *tooltip,
            const char *action,
            const char *name)
{
  GtkWidget *button = icon ? gtk_button_new_from_icon_name (icon_or_label)
                           : gtk_button_new_with_mnemonic (icon_or_label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  if (icon)
    {
      gtk_widget_add_css_class (button, "flat");
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      tooltip, -1);
    }
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", name);

  return button;
}

static GtkWidget *
scenario_row (MtScenariosDialog *self,
              const MtScenario  *scenario,
              const MtPlanEnds  *today)
{
  g_autofree char *ends = describe_ends (self, scenario, today);
  gboolean shown = g_strcmp0 (scenario->name, self->shown) == 0;
  GtkWidget *row = adw_expander_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), scenario->name);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), ends != NULL ? ends : "");

  if (shown)
    adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                                 row_button (_("_Leave"), FALSE,
                                             _("Return the window to the recorded plan"),
                                             "scenarios.leave", scenario->name));
  else
    adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                                 row_button (_("_Show"), FALSE,
                                             _("Show the window under this scenario"),
                                             "scenarios.show", scenario->name));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                               row_button ("document-edit-symbolic", TRUE, _("Edit Scenario…"),
                                           "scenarios.edit", scenario->name));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                               row_button ("user-trash-symbolic", TRUE, _("Delete Scenario…"),
                                           "scenarios.delete", scenario->name));

  if (scenario->note != NULL && *scenario->note != '\0')
    {
      GtkWidget *note = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (note), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (note), scenario->note);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (note), _("Note"));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), note);
    }
  for (guint i = 0; i < scenario->changes->len; i++)
    {
      g_autofree char *text = mt_scenario_change_describe (g_ptr_array_index (scenario->changes, i));
      GtkWidget *change = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (change), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (change), text);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), change);
    }
  if (scenario->changes->len > 0)
    {
      GtkWidget *promote = adw_action_row_new ();
      GtkWidget *button = row_button (_("_Promote…"), FALSE,
                                      _("Write the dates of this scenario into today’s plan"),
                                      "scenarios.promote", scenario->name);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (promote),
                                     _("Make this scenario today’s plan"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (promote),
                                   _("Writes its closures, departure days and moves into the "
                                     "data, in one step that Undo takes back"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (promote), button);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (promote), button);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), promote);
    }
  if (scenario->changes->len == 0)
    {
      GtkWidget *none = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (none),
                                     _("No change yet: this is today’s plan"));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), none);
    }
  if (shown)
    gtk_widget_add_css_class (row, "mt-scenario-shown");

  return row;
}

static void
clear_rows (MtScenariosDialog *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
}

static void
reload (gpointer user_data)
{
  MtScenariosDialog *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) scenarios = NULL;
  g_auto(MtPlanEnds) today = { 0 };

  g_assert (MT_IS_SCENARIOS_DIALOG (self));

  mt_store_watch_cancel (self->watch);
  clear_rows (self);

  scenarios = mt_store_list_scenarios (self->store, &error);
  if (scenarios == NULL || !mt_store_get_plan_ends (self->store, self->as_of, &today, &error))
    {
      mt_show_message (GTK_WIDGET (self), _("Could Not Read the Scenarios"), error->message);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  for (guint i = 0; i < scenarios->len; i++)
    {
      GtkWidget *row = scenario_row (self, g_ptr_array_index (scenarios, i), &today);

      adw_preferences_group_add (self->group, row);
      g_ptr_array_add (self->rows, row);
    }

  gtk_stack_set_visible_child_name (self->stack, scenarios->len > 0 ? "list" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "scenarios.compare", scenarios->len > 0);
}

static GtkWindow *
main_window (MtScenariosDialog *self)
{
  return gtk_window_get_transient_for (GTK_WINDOW (self));
}

/* Callbacks */

static void
delete_response_cb (AdwMessageDialog  *question,
                    const char        *response,
                    MtScenariosDialog *self)
{
  const char *name = g_object_get_data (G_OBJECT (question), "mt-name");
  g_autoptr(GError) error = NULL;
  g_autoptr(MtScenario) scenario = NULL;

  if (g_strcmp0 (response, "delete") != 0)
    return;

  scenario = mt_store_find_scenario (self->store, name, &error);
  if (scenario == NULL || !mt_store_delete_scenario (self->store, scenario->id, &error))
    mt_show_message (GTK_WIDGET (self), _("Could Not Delete the Scenario"), error->message);
  /* The window leaves it by itself when it was shown; the list reloads with the store. */
}

static void
promote_response_cb (AdwMessageDialog  *question,
                     const char        *response,
                     MtScenariosDialog *self)
{
  const char *name = g_object_get_data (G_OBJECT (question), "mt-name");
  g_autoptr(GError) error = NULL;
  g_autoptr(MtScenario) scenario = NULL;
  gint64 moved = 0;

  if (g_strcmp0 (response, "promote") != 0)
    return;

  scenario = mt_store_find_scenario (self->store, name, &error);
  if (scenario == NULL ||
      !mt_store_promote_scenario (self->store, scenario, self->as_of, &moved, &error))
    {
      mt_show_message (GTK_WIDGET (self), _("Could Not Promote the Scenario"), error->message);
      return;
    }
  /* The list stays: it now shows the scenario as today's plan. */
  g_signal_emit (self, signals[PROMOTED], 0, scenario->name, moved);
}

/* Actions */

static void
promote_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MtScenariosDialog *self = MT_SCENARIOS_DIALOG (widget);
  const char *name = g_variant_get_string (parameter, NULL);
  /* Translators: %s is the scenario's name */
  g_autofree char *heading = g_strdup_printf (_("Make “%s” Today’s Plan?"), name);
  GtkWidget *question;

  question = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                     _("The camps’ planned closures, the people’s planned "
                                       "departures and the planned movements it changes are "
                                       "written into the data as one change, in the history "
                                       "under your name. Undo takes it back."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (question),
                                    "cancel", _("_Cancel"),
                                    "promote", _("_Promote"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (question), "promote",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (question), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (question), "cancel");
  g_object_set_data_full (G_OBJECT (question), "mt-name", g_strdup (name), g_free);
  g_signal_connect_object (question, "response", G_CALLBACK (promote_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (question));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  MtScenariosDialog *self = MT_SCENARIOS_DIALOG (widget);

  if (!self->editable)
    return;
  gtk_window_present (mt_scenario_editor_new (GTK_WINDOW (self), self->store, self->camps,
                                              self->as_of, NULL));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MtScenariosDialog *self = MT_SCENARIOS_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(MtScenario) scenario = mt_store_find_scenario (self->store,
                                                           g_variant_get_string (parameter, NULL),
                                                           &error);

  if (scenario == NULL)
    {
      mt_show_message (GTK_WIDGET (self), _("Could Not Read the Scenario"), error->message);
      return;
    }
  gtk_window_present (mt_scenario_editor_new (GTK_WINDOW (self), self->store, self->camps,
                                              self->as_of, scenario));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MtScenariosDialog *self = MT_SCENARIOS_DIALOG (widget);
  const char *name = g_variant_get_string (parameter, NULL);
  /* Translators: %s is the scenario's name */
  g_autofree char *heading = g_strdup_printf (_("Delete Scenario “%s”?"), name);
  GtkWidget *question;

  question = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                     _("Its changes are lost. The recorded data and today’s "
                                       "plan are not touched; the history keeps the deletion."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (question),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (question), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (question), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (question), "cancel");
  g_object_set_data_full (G_OBJECT (question), "mt-name", g_strdup (name), g_free);
  g_signal_connect_object (question, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (question));
}

static void
show_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MtScenariosDialog *self = MT_SCENARIOS_DIALOG (widget);
  GtkWindow *window = main_window (self);

  if (window != NULL)
    gtk_widget_activate_action_variant (GTK_WIDGET (window), "win.show-scenario", parameter);
  gtk_window_close (GTK_WINDOW (self));
}

static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MtScenariosDialog *self = MT_SCENARIOS_DIALOG (widget);
  GtkWindow *window = main_window (self);

  if (window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.leave-scenario", NULL);
  gtk_window_close (GTK_WINDOW (self));
}

static void
compare_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MtScenariosDialog *self = MT_SCENARIOS_DIALOG (widget);

  gtk_window_present (mt_scenario_compare_new (GTK_WINDOW (self), self->store, self->as_of));
}

/* GObject overrides */

static void
mt_scenarios_dialog_dispose (GObject *object)
{
  MtScenariosDialog *self = MT_SCENARIOS_DIALOG (object);

  g_clear_pointer (&self->watch, mt_store_watch_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), MT_TYPE_SCENARIOS_DIALOG);

  G_OBJECT_CLASS (mt_scenarios_dialog_parent_class)->dispose (object);
}

static void
mt_scenarios_dialog_finalize (GObject *object)
{
  MtScenariosDialog *self = MT_SCENARIOS_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->camps);
  g_free (self->as_of);
  g_free (self->shown);
  g_ptr_array_unref (self->rows);

  G_OBJECT_CLASS (mt_scenarios_dialog_parent_class)->finalize (object);
}

static void
mt_scenarios_dialog_class_init (MtScenariosDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mt_scenarios_dialog_dispose;
  object_class->finalize = mt_scenarios_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/minusma/Tracker/ui/scenario/mt-scenarios-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MtScenariosDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, MtScenariosDialog, group);

  gtk_widget_class_install_action (widget_class, "scenarios.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "scenarios.edit", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "scenarios.delete", "s", delete_action);
  gtk_widget_class_install_action (widget_class, "scenarios.show", "s", show_action);
  gtk_widget_class_install_action (widget_class, "scenarios.leave", "s", leave_action);
  gtk_widget_class_install_action (widget_class, "scenarios.compare", NULL, compare_action);
  gtk_widget_class_install_action (widget_class, "scenarios.promote", "s", promote_action);

  /* Scenario @name was written into today's plan, @n people's plans changed: the window
   * offers Undo. */
  signals[PROMOTED] =
    g_signal_new ("promoted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_INT64);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "scenarios.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mt_scenarios_dialog_init (MtScenariosDialog *self)
{
  self->rows = g_ptr_array_new ();
  self->watch = mt_store_watch_new (reload, self);

  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

GtkWindow *
mt_scenarios_dialog_new (GtkWindow  *parent,
                         MtStore    *store,
                         MtCampList *camps,
                         const char *as_of,
                         const char *shown,
                         gboolean    editable)
{
  MtScenariosDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (MT_IS_STORE (store), NULL);
  g_return_val_if_fail (MT_IS_CAMP_LIST (camps), NULL);

  self = g_object_new (MT_TYPE_SCENARIOS_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  self->camps = g_object_ref (camps);
  self->as_of = g_strdup (as_of);
  self->shown = g_strdup (shown);
  self->editable = editable;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "scenarios.new", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "scenarios.edit", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "scenarios.delete", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "scenarios.promote", editable);
  mt_store_watch_set_store (self->watch, store);
  reload (self);

  return GTK_WINDOW (self);
}
