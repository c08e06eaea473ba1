/* mt-window-connection.c: what the window may change, and why not when it may not: a login
 * that may only read (a banner, every edit and import action off; browsing and printing go
 * on), a connection to the server lost (a banner with Reconnect, the same actions off until it
 * is back; an open editor keeps its values and offers Reconnect too).
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-window-connection"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-editor-dialog.h"
#include "mt-store.h"
#include "mt-toast.h"
#include "mt-window-private.h"

/* Auxiliary methods */

static void reconnect (MtWindow *self);

/* The editors open over this window: Save waits for the connection, the values stay. */
static void
block_editors (MtWindow *self,
               gboolean  blocked)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (!MT_IS_EDITOR_DIALOG (window) || gtk_window_get_transient_for (window) != GTK_WINDOW (self))
        continue;

      g_signal_handlers_disconnect_by_func (window, reconnect, self);
      if (!blocked)
        {
          mt_editor_dialog_set_blocked (MT_EDITOR_DIALOG (window), NULL, NULL);
          continue;
        }
      mt_editor_dialog_set_blocked (MT_EDITOR_DIALOG (window),
                                    _("The connection to the server is lost: your values are "
                                      "kept; save them once it is back"),
                                    _("_Reconnect"));
      g_signal_connect_object (window, "blocked-action", G_CALLBACK (reconnect), self,
                               G_CONNECT_SWAPPED);
    }
}

static void
update_state (MtWindow *self)
{
  MtRecordsPage *pages[] = { self->movements_page, self->convoys_page, self->assets_page };
  gboolean connected = mt_store_is_connected (self->store);
  gboolean editable = _mt_window_is_editable (self);

  if (!mt_store_can_write (self->store))
    {
      /* Translators: %s is the planner's database login */
      g_autofree char *title = g_strdup_printf (_("You may only read this database: the login "
                                                  "“%s” cannot change it"),
                                                mt_store_get_login (self->store));

      mt_banner_set_title (self->read_only_banner, title);
    }
  /* One banner at a time: a lost connection is what matters then. */
  mt_banner_set_revealed (self->read_only_banner, !mt_store_can_write (self->store) && connected);
  mt_banner_set_revealed (self->connection_banner, !connected);
  /* While connecting again: said so, and no second attempt at once. */
  mt_banner_set_title (self->connection_banner,
                       self->reconnecting
                         ? _("Connecting to the server again…")
                         : _("The connection to the server is lost: editing is off until it is back"));
  mt_banner_set_button_label (self->connection_banner,
                              self->reconnecting ? NULL : _("_Reconnect"));

  g_object_set (self->camp_page, "editable", editable, NULL);
  g_object_set (self->roster_page, "editable", editable, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    g_object_set (pages[i], "editable", editable, NULL);
  _mt_window_update_edit_actions (self);
  block_editors (self, !connected);
}

static void
reconnected_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(MtWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  /* On success the store says it is connected again: update_state() follows. */
  self->reconnecting = FALSE;
  if (!mt_store_reconnect_finish (MT_STORE (source), result, &error))
    {
      /* Translators: %s says why, e.g. the server's message */
      g_autofree char *message = g_strdup_printf (_("Could not reconnect: %s"), error->message);

      if (self->toast_overlay != NULL)
        mt_show_toast (GTK_WIDGET (self), message);
    }
  if (self->toast_overlay != NULL)
    update_state (self);
}

static void
reconnect (MtWindow *self)
{
  if (self->reconnecting)
    return;

  /* Connecting may take seconds when the server does not answer: on a worker, the banner
   * saying so meanwhile. */
  self->reconnecting = TRUE;
  update_state (self);
  mt_store_reconnect_async (self->store, NULL, reconnected_cb, g_object_ref (self));
}

/* Callbacks */

static void
on_connected_changed_cb (MtWindow *self)
{
  update_state (self);
}

/* Window hooks */

void
_mt_window_class_install_connection (MtWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (MT_TYPE_BANNER);
  gtk_widget_class_bind_template_child (widget_class, MtWindow, read_only_banner);
  gtk_widget_class_bind_template_child (widget_class, MtWindow, connection_banner);
}

void
_mt_window_init_connection (MtWindow *self)
{
  g_signal_connect_object (self->store, "notify::connected",
                           G_CALLBACK (on_connected_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->connection_banner, "button-clicked", G_CALLBACK (reconnect),
                           self, G_CONNECT_SWAPPED);
  update_state (self);
}

gboolean
_mt_window_is_editable (MtWindow *self)
{
  g_assert (MT_IS_WINDOW (self));

  return mt_store_can_write (self->store) && mt_store_is_connected (self->store);
}
