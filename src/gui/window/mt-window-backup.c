/* mt-window-backup.c: Save a Copy… (win.save-copy), a whole copy of the open database for a
 * colleague, written on a worker thread while the window goes on.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-window-backup"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-store-backup.h"
#include "mt-window-backup.h"
#include "mt-window-private.h"

/* Callbacks */

static void
backup_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  MtWindow *self = g_task_get_source_object (task);
  const char *path = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  gboolean ok = mt_store_backup_finish (MT_STORE (source), result, &error);

  /* The window may have been closed while the copy was written: then only the file tells. */
  if (self->toast_overlay != NULL)
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-copy", TRUE);
      if (ok)
        {
          g_autofree char *name = g_path_get_basename (path);
          /* Translators: %s is the file name of the copy */
          g_autofree char *text = g_strdup_printf (_("Copy saved to %s"), name);
          AdwToast *toast = adw_toast_new (text);

          adw_toast_set_timeout (toast, 5);
          adw_toast_overlay_add_toast (self->toast_overlay, toast);
        }
      else
        {
          GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                                      _("Could Not Save the Copy"),
                                                      error->message);

          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (dialog));
        }
    }

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     MtWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);
  if (path != NULL)
    mt_window_save_copy_to_path (self, path, NULL, NULL);

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

/* Actions */

static void
save_copy_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MtWindow *self = MT_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Save a Copy of the Database"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  /* Translators: the suggested file name of a copy; %s is today's date (YYYY-MM-DD) */
  name = g_strdup_printf (_("tracker-copy-%s.db"), date);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("Tracker databases"));
  gtk_file_filter_add_suffix (filter, "db");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Public API */

void
mt_window_save_copy_to_path (MtWindow            *self,
                             const char          *path,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (MT_IS_WINDOW (self));
  g_return_if_fail (path != NULL);

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, mt_window_save_copy_to_path);
  g_task_set_task_data (task, g_strdup (path), g_free);

  /* One copy at a time; the window stays usable meanwhile. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-copy", FALSE);
  mt_store_backup_async (self->store, path, NULL, backup_done_cb, task);
}

gboolean
mt_window_save_copy_finish (MtWindow      *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (MT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Private API */

void
_mt_window_class_install_backup_actions (MtWindowClass *klass)
{
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "win.save-copy", NULL,
                                   save_copy_action);
}
