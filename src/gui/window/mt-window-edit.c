/* mt-window-edit.c: the window's edit actions: undo, redo, history, and the pages of
 * records kept by hand (movements, convoys, assets).
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-window-edit"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-camp.h"
#include "mt-edit-forms.h"
#include "mt-history-dialog.h"
#include "mt-records-page.h"
#include "mt-store-history.h"
#include "mt-window-private.h"

/* Auxiliary methods */

static void
show_toast (MtWindow   *self,
            const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Actions */

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  MtWindow *self = MT_WINDOW (widget);
  g_autofree char *what = mt_store_dup_undo_description (self->store);
  g_autoptr(GError) error = NULL;

  if (!_mt_window_is_editable (self) || !mt_store_can_undo (self->store))
    return;

  if (!mt_store_undo (self->store, &error))
    {
      show_toast (self, error->message);
      return;
    }

  if (what != NULL)
    {
      /* Translators: toast after Ctrl+Z, %s is the change, e.g. "Change of Status of Kidal" */
      g_autofree char *message = g_strdup_printf (_("Undone: %s"), what);

      show_toast (self, message);
    }
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  MtWindow *self = MT_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!_mt_window_is_editable (self) || !mt_store_can_redo (self->store))
    return;

  if (!mt_store_redo (self->store, &error))
    show_toast (self, error->message);
}

static void
show_history_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  MtWindow *self = MT_WINDOW (widget);
  MtHistoryDialog *dialog;

  dialog = mt_history_dialog_new (GTK_WINDOW (self), self->store, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_camp_created_cb (GtkWidget *parent,
                    gint64     camp_id)
{
  MtWindow *self = MT_WINDOW (parent);

  /* The sidebar already lists it (MtCampList follows camp-added): show it. */
  if (_mt_window_select_camp (self, camp_id))
    _mt_window_open_camp (self, camp_id, FALSE);
}

static void
new_camp_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  MtWindow *self = MT_WINDOW (widget);

  mt_edit_new_camp (widget, self->store, on_camp_created_cb);
}

/* The baseline's data date is the date the window shows (the latest data when none). */
static void
take_baseline_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  MtWindow *self = MT_WINDOW (widget);
  g_autofree char *latest = NULL;
  const char *as_of = mt_window_get_as_of (self);

  if (self->store == NULL)
    return;
  if (as_of == NULL)
    as_of = latest = mt_store_dup_latest_date (self->store);
  /* The overlay, so the dialog's toast shows in the window. */
  mt_edit_take_baseline (GTK_WIDGET (self->toast_overlay), self->store, as_of);
}

static void
current_baseline_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  MtWindow *self = MT_WINDOW (widget);

  if (self->store != NULL)
    mt_edit_current_baseline (GTK_WIDGET (self->toast_overlay), self->store);
}

static MtRecordsPage *
visible_records_page (MtWindow *self)
{
  GtkWidget *page = _mt_window_get_visible_page (self);

  return MT_IS_RECORDS_PAGE (page) ? MT_RECORDS_PAGE (page) : NULL;
}

/* Ctrl+N belongs to the window, not to the page: it works as soon as the page is shown,
 * wherever the focus is (the header bar, the sidebar, or nowhere yet). */
static void
new_record_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  MtRecordsPage *page = visible_records_page (MT_WINDOW (widget));

  if (page != NULL)
    gtk_widget_activate_action (GTK_WIDGET (page), "records.add", NULL);
}

/* Callbacks */

static void
on_edit_state_changed_cb (MtWindow *self)
{
  _mt_window_update_edit_actions (self);
}

/* Window hooks */

void
_mt_window_class_install_edit_actions (MtWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (MT_TYPE_RECORDS_PAGE);

  gtk_widget_class_bind_template_child (widget_class, MtWindow, movements_page);
  gtk_widget_class_bind_template_child (widget_class, MtWindow, convoys_page);
  gtk_widget_class_bind_template_child (widget_class, MtWindow, assets_page);

  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.show-history", NULL, show_history_action);
  gtk_widget_class_install_action (widget_class, "win.new-camp", NULL, new_camp_action);
  gtk_widget_class_install_action (widget_class, "win.take-baseline", NULL, take_baseline_action);
  gtk_widget_class_install_action (widget_class, "win.current-baseline", NULL,
                                   current_baseline_action);
  gtk_widget_class_install_action (widget_class, "win.new-record", NULL, new_record_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_h, GDK_CONTROL_MASK,
                                       "win.show-history", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.new-record", NULL);
}

void
_mt_window_init_edit (MtWindow *self)
{
  MtRecordsPage *pages[] = { self->movements_page, self->convoys_page, self->assets_page };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_object_set (pages[i], "store", self->store, NULL);
      g_object_bind_property (self, "as-of", pages[i], "as-of", G_BINDING_SYNC_CREATE);
    }

  g_signal_connect_object (self->store, "undo-changed", G_CALLBACK (on_edit_state_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "notify::page",
                           G_CALLBACK (on_edit_state_changed_cb), self, G_CONNECT_SWAPPED);
  _mt_window_update_edit_actions (self);
}

void
_mt_window_update_edit_actions (MtWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean editable = _mt_window_is_editable (self);

  g_assert (MT_IS_WINDOW (self));

  gtk_widget_action_set_enabled (widget, "win.undo", editable && mt_store_can_undo (self->store));
  gtk_widget_action_set_enabled (widget, "win.redo", editable && mt_store_can_redo (self->store));
  gtk_widget_action_set_enabled (widget, "win.new-camp", editable);
  gtk_widget_action_set_enabled (widget, "win.take-baseline", editable);
  gtk_widget_action_set_enabled (widget, "win.current-baseline", editable);
  gtk_widget_action_set_enabled (widget, "win.new-record",
                                 editable && visible_records_page (self) != NULL);
  gtk_widget_action_set_enabled (widget, "win.import-csv", editable);
}
