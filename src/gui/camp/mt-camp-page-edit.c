/* mt-camp-page-edit.c: editing from the Camp page — status, details, environmental
 * assessment, the events timeline — and what blocks handover, and recent changes.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-camp-page-edit"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-camp.h"
#include "mt-camp-page-private.h"
#include "mt-date.h"
#include "mt-edit-forms.h"
#include "mt-event.h"
#include "mt-history-dialog.h"
#include "mt-history-format.h"
#include "mt-store-edit.h"
#include "mt-store-history.h"
#include "mt-toast.h"

#define N_RECENT_CHANGES 5

/* Auxiliary methods */

/* The camp as of the page's date, read again: the page's object may be for another. */
static MtCamp *
dup_camp (MtCampPage *self)
{
  g_autoptr(GError) error = NULL;
  MtCamp *camp = NULL;

  if (self->camp == NULL || _mt_camp_page_store (self) == NULL)
    return NULL;

  camp = mt_store_get_camp (_mt_camp_page_store (self),
                            mt_camp_get_id (self->camp), self->as_of, &error);
  if (camp == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not read the camp: %s"), error->message);

      mt_show_toast (GTK_WIDGET (self), message);
      return g_object_ref (self->camp);
    }
  return camp;
}

/* The date a change is proposed for: the date the window shows, else the latest data. */
static char *
dup_proposed_date (MtCampPage *self)
{
  if (self->as_of != NULL)
    return g_strdup (self->as_of);
  return mt_store_dup_latest_date (_mt_camp_page_store (self));
}

static void
fill_handover (MtCampPage *self,
               MtCamp     *camp)
{
  g_autofree char *date = dup_proposed_date (self);
  g_auto(GStrv) blockers = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (mt_camp_get_status (camp) == MT_CAMP_STATUS_HANDED_OVER)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->handover_row), FALSE);
      return;
    }

  blockers = mt_store_dup_handover_blockers (_mt_camp_page_store (self),
                                             mt_camp_get_id (camp), date, &error);
  if (blockers == NULL)
    {
      mt_show_read_error (GTK_WIDGET (self), _("Could not tell what blocks the handover"), error);
      gtk_widget_set_visible (GTK_WIDGET (self->handover_row), FALSE);
      return;
    }

  /* Said before anyone tries: "3 people still on the roster; assessment in progress". */
  if (blockers[0] != NULL)
    {
      text = g_strjoinv ("\n", blockers);
      adw_action_row_set_subtitle (self->handover_row, text);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->handover_row),
                                     _("Cannot be handed over yet"));
      gtk_widget_set_visible (GTK_WIDGET (self->handover_row), TRUE);
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->handover_row), FALSE);
    }
}

static void
fill_changes (MtCampPage *self,
              MtCamp     *camp)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->change_rows->len; i++)
    adw_preferences_group_remove (self->changes_group, g_ptr_array_index (self->change_rows, i));
  g_ptr_array_set_size (self->change_rows, 0);

  entries = mt_store_list_history (_mt_camp_page_store (self),
                                   mt_camp_get_id (camp), N_RECENT_CHANGES, &error);
  if (entries == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not read the camp’s history: %s"), error->message);

      mt_show_toast (GTK_WIDGET (self), message);
    }

  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      MtHistoryEntry *entry = g_ptr_array_index (entries, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *when = mt_date_format_time (mt_history_entry_get_time (entry));
      g_autofree char *action = mt_history_format_action (entry);
      g_autofree char *changes = mt_history_format_changes (entry);
      /* Translators: who changed a record, when, and what, e.g. "planner · 16 Oct 2023, 09:30
       * · Status: Closed" */
      g_autofree char *subtitle = g_strdup_printf (C_("history", "%s · %s · %s"),
                                                   mt_history_entry_get_user (entry), when, changes);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), action);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
      adw_preferences_group_add (self->changes_group, row);
      g_ptr_array_add (self->change_rows, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->changes_group), self->change_rows->len > 0);
}

/* Callbacks */

static void
unref_data (gpointer  data,
            GClosure *closure)
{
  g_object_unref (data);
}

static void
on_event_activated_cb (GtkWidget *row,
                       MtEvent   *event)
{
  MtCampPage *self = MT_CAMP_PAGE (gtk_widget_get_ancestor (row, MT_TYPE_CAMP_PAGE));

  if (self != NULL && self->editable && _mt_camp_page_store (self) != NULL)
    mt_edit_event (GTK_WIDGET (self), _mt_camp_page_store (self), event, 0);
}

static void
on_event_delete_clicked_cb (GtkWidget *button,
                            MtEvent   *event)
{
  MtCampPage *self = MT_CAMP_PAGE (gtk_widget_get_ancestor (button, MT_TYPE_CAMP_PAGE));

  if (self != NULL && self->editable && _mt_camp_page_store (self) != NULL)
    mt_delete_record (GTK_WIDGET (self), _mt_camp_page_store (self), G_OBJECT (event));
}

static gboolean
on_event_key_pressed_cb (GtkEventControllerKey *controller,
                         guint                  keyval,
                         guint                  keycode,
                         GdkModifierType        state,
                         MtEvent               *event)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  if (keyval != GDK_KEY_Delete && keyval != GDK_KEY_KP_Delete)
    return FALSE;

  on_event_delete_clicked_cb (row, event);
  return TRUE;
}

/* Actions */

static void
change_status_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  MtCampPage *self = MT_CAMP_PAGE (widget);
  g_autoptr(MtCamp) camp = dup_camp (self);
  g_autofree char *date = NULL;

  if (camp == NULL)
    return;
  date = dup_proposed_date (self);
  mt_edit_camp_status (widget, _mt_camp_page_store (self), camp, date);
}

static void
edit_details_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  MtCampPage *self = MT_CAMP_PAGE (widget);
  g_autoptr(MtCamp) camp = dup_camp (self);

  if (camp != NULL)
    mt_edit_camp (widget, _mt_camp_page_store (self), camp);
}

static void
edit_assessment_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  MtCampPage *self = MT_CAMP_PAGE (widget);
  g_autoptr(MtCamp) camp = dup_camp (self);

  if (camp != NULL)
    mt_edit_env_assessment (widget, _mt_camp_page_store (self), camp);
}

static void
add_event_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  MtCampPage *self = MT_CAMP_PAGE (widget);

  if (self->camp != NULL && _mt_camp_page_store (self) != NULL)
    mt_edit_event (widget, _mt_camp_page_store (self), NULL, mt_camp_get_id (self->camp));
}

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       MtCampPage       *self)
{
  g_autoptr(MtCamp) camp = g_object_steal_data (G_OBJECT (dialog), "camp");

  /* The store refuses while records refer to the camp; mt_delete_record says why. */
  if (g_strcmp0 (response, "delete") == 0 && camp != NULL && _mt_camp_page_store (self) != NULL)
    mt_delete_record (GTK_WIDGET (self), _mt_camp_page_store (self), G_OBJECT (camp));
}

static void
delete_camp_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  MtCampPage *self = MT_CAMP_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;
  g_autofree char *heading = NULL;

  if (self->camp == NULL || _mt_camp_page_store (self) == NULL)
    return;

  /* Translators: %s is a camp name */
  heading = g_strdup_printf (_("Delete %s?"), mt_camp_get_display_name (self->camp));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
                                   _("Its statuses and events are deleted with it. A camp that personnel, movements, convoys or assets still refer to cannot be deleted. Undo brings it back."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "camp", g_object_ref (self->camp), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_history_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  MtCampPage *self = MT_CAMP_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  MtHistoryDialog *dialog;

  if (self->camp == NULL || _mt_camp_page_store (self) == NULL)
    return;

  dialog = mt_history_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                  _mt_camp_page_store (self), mt_camp_get_id (self->camp));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Private API */

void
_mt_camp_page_class_init_edit (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, MtCampPage, handover_row);
  gtk_widget_class_bind_template_child (widget_class, MtCampPage, status_button);
  gtk_widget_class_bind_template_child (widget_class, MtCampPage, changes_group);

  gtk_widget_class_install_action (widget_class, "camp.change-status", NULL, change_status_action);
  gtk_widget_class_install_action (widget_class, "camp.edit-details", NULL, edit_details_action);
  gtk_widget_class_install_action (widget_class, "camp.edit-assessment", NULL, edit_assessment_action);
  gtk_widget_class_install_action (widget_class, "camp.add-event", NULL, add_event_action);
  gtk_widget_class_install_action (widget_class, "camp.show-history", NULL, show_history_action);
  gtk_widget_class_install_action (widget_class, "camp.delete", NULL, delete_camp_action);
}

void
_mt_camp_page_update_editable (MtCampPage *self)
{
  const char *actions[] = { "camp.change-status", "camp.edit-details", "camp.edit-assessment",
                            "camp.add-event", "camp.delete" };

  g_assert (MT_IS_CAMP_PAGE (self));

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], self->editable);
}

void
_mt_camp_page_fill_edit (MtCampPage *self,
                         MtCamp     *camp)
{
  g_assert (MT_IS_CAMP_PAGE (self));
  g_assert (MT_IS_CAMP (camp));

  fill_handover (self, camp);
  fill_changes (self, camp);
}

void
_mt_camp_page_decorate_event (MtCampPage *self,
                              GtkWidget  *row,
                              MtEvent    *event)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkEventController *keys = gtk_event_controller_key_new ();
  g_autofree char *label = NULL;

  g_assert (MT_IS_CAMP_PAGE (self));
  g_assert (MT_IS_EVENT (event));

  /* Translators: %s is an event's title */
  label = g_strdup_printf (_("Delete “%s”"), mt_event_get_title (event));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_signal_connect_data (button, "clicked", G_CALLBACK (on_event_delete_clicked_cb),
                         g_object_ref (event), unref_data, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  g_object_bind_property (self, "editable", button, "sensitive", G_BINDING_SYNC_CREATE);

  g_object_bind_property (self, "editable", row, "activatable", G_BINDING_SYNC_CREATE);
  g_signal_connect_data (row, "activated", G_CALLBACK (on_event_activated_cb),
                         g_object_ref (event), unref_data, 0);

  g_signal_connect_data (keys, "key-pressed", G_CALLBACK (on_event_key_pressed_cb),
                         g_object_ref (event), unref_data, 0);
  gtk_widget_add_controller (row, keys);
}
