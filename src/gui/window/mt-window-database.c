/* mt-window-database.c: the database the window shows: its name in the header, Connect to
 * Server… and Open Recent in the main menu, and the switch to another database.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-window-database"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-application.h"
#include "mt-connect-dialog.h"
#include "mt-database.h"
#include "mt-recent-databases.h"
#include "mt-server-address.h"
#include "mt-store.h"
#include "mt-toast.h"
#include "mt-window-private.h"

/* Auxiliary methods */

static void
update_title (MtWindow *self)
{
  const char *path = mt_store_get_path (self->store);
  g_autofree char *label = mt_database_dup_label (path);

  /* The name a planner knows it by; the whole location (never a password) on hover. */
  adw_window_title_set_subtitle (self->sidebar_title, label);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->sidebar_title), path);
  adw_view_switcher_title_set_subtitle (self->switcher_title, label);
}

static void
fill_menu (MtWindow *self)
{
  g_autoptr(GMenu) recent = g_menu_new ();

  g_menu_remove_all (self->database_section);
  g_menu_append (self->database_section, _("Connec_t to Server…"), "win.connect-server");

  mt_recent_databases_fill_menu (recent, self->settings, mt_store_get_path (self->store),
                                 "win.open-recent");
  if (g_menu_model_get_n_items (G_MENU_MODEL (recent)) > 0)
    g_menu_append_submenu (self->database_section, _("_Open Recent"), G_MENU_MODEL (recent));
}

/* The server the planner opened last, to start the dialog from; NULL if none. */
static char *
dup_last_server (MtWindow *self)
{
  g_auto(GStrv) recent = NULL;

  if (self->settings == NULL)
    return NULL;

  recent = g_settings_get_strv (self->settings, "recent-databases");
  for (guint i = 0; recent[i] != NULL; i++)
    if (mt_server_address_is_uri (recent[i]))
      return g_strdup (recent[i]);
  return NULL;
}

static void
show_open_error (MtWindow     *self,
                 const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Open the Database"),
                                              error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Callbacks */

static void
on_connected_cb (MtConnectDialog *dialog,
                 MtStore         *store,
                 const char      *notice,
                 MtWindow        *self)
{
  _mt_window_switch_store (self, store, notice);
}

static MtConnectDialog *
new_connect_dialog (MtWindow   *self,
                    const char *location)
{
  MtConnectDialog *dialog = mt_connect_dialog_new (GTK_WINDOW (self), location);

  g_signal_connect_object (dialog, "connected", G_CALLBACK (on_connected_cb), self, 0);
  return dialog;
}

static void
file_opened_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(MtWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(MtStore) store = mt_database_open_finish (result, NULL, &error);

  /* The window may have been closed meanwhile: the store then just goes. */
  if (self->toast_overlay == NULL)
    return;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-recent", TRUE);
  if (store == NULL)
    show_open_error (self, error);
  else
    _mt_window_switch_store (self, store, NULL);
}

static void
on_recent_changed_cb (MtWindow *self)
{
  fill_menu (self);
}

/* Actions */

static void
connect_server_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  MtWindow *self = MT_WINDOW (widget);
  g_autofree char *last = dup_last_server (self);

  gtk_window_present (GTK_WINDOW (new_connect_dialog (self, last)));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  MtWindow *self = MT_WINDOW (widget);
  const char *location = g_variant_get_string (param, NULL);

  /* A server: its dialog opens it, and shows itself only to ask for what is missing. */
  if (mt_server_address_is_uri (location))
    {
      mt_connect_dialog_reopen (new_connect_dialog (self, location));
      return;
    }

  /* A file that is gone is not made again, empty, where it was. */
  if (!g_file_test (location, G_FILE_TEST_IS_REGULAR))
    {
      g_autoptr(GError) error = g_error_new (G_FILE_ERROR, G_FILE_ERROR_NOENT,
                                             _("“%s” is not there any more"), location);

      mt_recent_databases_forget (self->settings, location);
      show_open_error (self, error);
      return;
    }

  gtk_widget_action_set_enabled (widget, "win.open-recent", FALSE);
  mt_database_open_async (location, NULL, MT_DATABASE_KEYRING_KEEP, NULL, file_opened_cb,
                          g_object_ref (self));
}

/* Window hooks */

void
_mt_window_class_install_database (MtWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_bind_template_child (widget_class, MtWindow, database_section);
  gtk_widget_class_install_action (widget_class, "win.connect-server", NULL,
                                   connect_server_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
}

void
_mt_window_init_database (MtWindow *self)
{
  update_title (self);
  if (self->settings != NULL)
    {
      /* This one first in the list, for the next time. */
      mt_recent_databases_remember (self->settings, mt_store_get_path (self->store));
      g_signal_connect_object (self->settings, "changed::recent-databases",
                               G_CALLBACK (on_recent_changed_cb), self, G_CONNECT_SWAPPED);
    }
  fill_menu (self);
}

void
_mt_window_switch_store (MtWindow   *self,
                         MtStore    *store,
                         const char *notice)
{
  g_autoptr(GtkApplication) app = NULL;
  const char *page = mt_window_get_page (self);
  MtWindow *next;

  g_return_if_fail (MT_IS_WINDOW (self));
  g_return_if_fail (MT_IS_STORE (store));

  if (gtk_window_get_application (GTK_WINDOW (self)) != NULL)
    app = g_object_ref (gtk_window_get_application (GTK_WINDOW (self)));

  /* A new window over the other database: every page and model starts from it, and the
   * new window opens at the size this one had. */
  _mt_window_save_size (self);
  next = mt_window_new (app, store, self->settings);
  if (page != NULL && !g_str_equal (page, "camp"))
    mt_window_show_page (next, page);
  gtk_window_present (GTK_WINDOW (next));
  if (notice != NULL)
    mt_show_toast (GTK_WIDGET (next->toast_overlay), notice);

  gtk_window_destroy (GTK_WINDOW (self));
  /* Once this window is gone, the application closes the database it showed. */
  if (MT_IS_APPLICATION (app))
    mt_application_set_store (MT_APPLICATION (app), store);
}
