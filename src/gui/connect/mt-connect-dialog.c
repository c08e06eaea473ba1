/* mt-connect-dialog.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-connect-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-connect-dialog-private.h"
#include "mt-database.h"
#include "mt-keyring.h"
#include "mt-resources.h"
#include "mt-server-address.h"
#include "mt-store.h"

/* A server out of reach answers nothing: give up after this many seconds (libpq's
 * connect_timeout) rather than the system's two minutes. */
#define CONNECT_TIMEOUT "connect_timeout=10"
/* mt_connect_dialog_reopen(): what opens faster than this needs no dialog. */
#define REOPEN_SHOW_DELAY_MS 400

G_DEFINE_FINAL_TYPE (MtConnectDialog, mt_connect_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  SIGNAL_CONNECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Auxiliary methods */

static const char *
row_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static MtServerAddress *
address_from_rows (MtConnectDialog *self)
{
  g_autofree char *host = g_strstrip (g_strdup (row_text (self->host_row)));
  g_autofree char *port = g_strstrip (g_strdup (row_text (self->port_row)));
  g_autofree char *login = g_strstrip (g_strdup (row_text (self->login_row)));
  MtServerAddress *address = mt_server_address_new (host, port, row_text (self->database_row),
                                                    login);

  g_free (address->extra);
  address->extra = g_strdup (self->extra);
  return address;
}

/* @message under the rows: progress with the spinner, or a refusal. */
static void
show_status (MtConnectDialog *self,
             const char      *message,
             gboolean         busy)
{
  gtk_label_set_label (self->status_label, message != NULL ? message : "");
  gtk_widget_set_visible (self->status_box, message != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
  if (message != NULL && !busy)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");
}

static void
update_connect_response (MtConnectDialog *self)
{
  g_autofree char *port = g_strstrip (g_strdup (row_text (self->port_row)));
  gboolean port_ok = mt_server_address_port_is_valid (port);
  gboolean ok = self->cancellable == NULL && port_ok && row_text (self->database_row)[0] != '\0';

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "connect", ok);
  /* Why Connect is off, under the rows, until the port is one again. */
  if (!port_ok)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->port_row), "error");
      show_status (self, _("A port is a number from 1 to 65535"), FALSE);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->port_row), "error");
      if (self->port_refused)
        show_status (self, NULL, FALSE);
    }
  self->port_refused = !port_ok;
}

static void
set_busy (MtConnectDialog *self,
          gboolean         busy)
{
  if (!busy)
    g_clear_object (&self->cancellable);
  /* An entry made insensitive while it has the focus never hears it went. */
  if (busy)
    gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_widget_set_sensitive (self->rows, !busy);
  update_connect_response (self);
}

static void
present_now (MtConnectDialog *self)
{
  g_clear_handle_id (&self->present_id, g_source_remove);
  gtk_window_present (GTK_WINDOW (self));
}

static void
close_dialog (MtConnectDialog *self)
{
  g_clear_handle_id (&self->present_id, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  self->may_close = TRUE;
  /* Inside close-request, GTK destroys it itself once the request is granted. */
  if (!self->in_close_request)
    gtk_window_destroy (GTK_WINDOW (self));
}

/* Why the database did not open, under the rows, and the row to put right focused. */
static void
show_failure (MtConnectDialog *self,
              const GError    *error,
              gboolean         typed_password)
{
  g_autoptr(MtServerAddress) address = address_from_rows (self);

  if (g_error_matches (error, MT_STORE_ERROR, MT_STORE_ERROR_PASSWORD) && !typed_password)
    {
      g_autofree char *message =
        g_strdup_printf (_("The server asks for the password of “%s”"),
                         mt_server_address_get_login (address));

      show_status (self, message, FALSE);
      gtk_widget_grab_focus (GTK_WIDGET (self->password_row));
    }
  else
    {
      gboolean refused = g_error_matches (error, MT_STORE_ERROR,
                                          MT_STORE_ERROR_PASSWORD_REFUSED);

      show_status (self, error->message, FALSE);
      gtk_widget_grab_focus (typed_password || refused ? GTK_WIDGET (self->password_row)
                                                       : GTK_WIDGET (self->host_row));
    }
  present_now (self);
}

/* Callbacks */

static gboolean
present_cb (gpointer user_data)
{
  MtConnectDialog *self = user_data;

  self->present_id = 0;
  gtk_window_present (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

static void
open_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(MtConnectDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *notice = NULL;
  g_autoptr(MtStore) store = mt_database_open_finish (result, &notice, &error);
  GCancellable *cancellable = g_task_get_cancellable (G_TASK (result));

  /* Cancelled while the server was answering (the dialog may be gone): the database is not
   * wanted any more; the task dropped it. */
  if (g_cancellable_is_cancelled (cancellable))
    return;

  set_busy (self, FALSE);
  if (store == NULL)
    {
      show_failure (self, error,
                    gtk_editable_get_text (GTK_EDITABLE (self->password_row))[0] != '\0');
      return;
    }

  /* Not left in a widget's memory any longer than needed. */
  gtk_editable_set_text (GTK_EDITABLE (self->password_row), "");
  /* The window it belongs to may give way to one on this database (and be gone): the
   * dialog must not be left pointing at it. */
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  gtk_window_set_transient_for (GTK_WINDOW (self), NULL);
  g_signal_emit (self, signals[SIGNAL_CONNECTED], 0, store, notice);
  close_dialog (self);
}

static void
on_row_changed_cb (MtConnectDialog *self)
{
  update_connect_response (self);
}

/* GtkWindow overrides */

/* A response button closes an AdwMessageDialog before it says which one it was: Connect
 * must not, it waits for the answer with the rows in view. The dialog closes only through
 * close_dialog() (Cancel, Escape, the database open). */
static gboolean
mt_connect_dialog_close_request (GtkWindow *window)
{
  MtConnectDialog *self = MT_CONNECT_DIALOG (window);

  self->in_close_request = TRUE;
  /* Escape or the window's close button: the parent answers "cancel" from here. */
  GTK_WINDOW_CLASS (mt_connect_dialog_parent_class)->close_request (window);
  self->in_close_request = FALSE;

  return !self->may_close;
}

static void
mt_connect_dialog_response (AdwMessageDialog *dialog,
                            const char       *response)
{
  MtConnectDialog *self = MT_CONNECT_DIALOG (dialog);

  if (g_str_equal (response, "connect"))
    mt_connect_dialog_connect (self);
  else
    close_dialog (self);
}

/* GObject overrides */

static void
mt_connect_dialog_dispose (GObject *object)
{
  MtConnectDialog *self = MT_CONNECT_DIALOG (object);

  g_clear_handle_id (&self->present_id, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  /* libadwaita 1.2's password row, focused when its window goes, stays connected to the
   * keyboard (its Caps Lock warning) and is called once freed: it loses the focus first. */
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), MT_TYPE_CONNECT_DIALOG);

  G_OBJECT_CLASS (mt_connect_dialog_parent_class)->dispose (object);
}

static void
mt_connect_dialog_finalize (GObject *object)
{
  MtConnectDialog *self = MT_CONNECT_DIALOG (object);

  g_free (self->extra);

  G_OBJECT_CLASS (mt_connect_dialog_parent_class)->finalize (object);
}

static void
mt_connect_dialog_class_init (MtConnectDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = mt_connect_dialog_dispose;
  object_class->finalize = mt_connect_dialog_finalize;
  window_class->close_request = mt_connect_dialog_close_request;
  dialog_class->response = mt_connect_dialog_response;

  signals[SIGNAL_CONNECTED] =
    g_signal_new ("connected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 2, MT_TYPE_STORE, G_TYPE_STRING);

  g_assert (mt_get_resource () != NULL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/minusma/Tracker/ui/connect/mt-connect-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MtConnectDialog, rows);
  gtk_widget_class_bind_template_child (widget_class, MtConnectDialog, host_row);
  gtk_widget_class_bind_template_child (widget_class, MtConnectDialog, port_row);
  gtk_widget_class_bind_template_child (widget_class, MtConnectDialog, database_row);
  gtk_widget_class_bind_template_child (widget_class, MtConnectDialog, login_row);
  gtk_widget_class_bind_template_child (widget_class, MtConnectDialog, password_row);
  gtk_widget_class_bind_template_child (widget_class, MtConnectDialog, remember_row);
  gtk_widget_class_bind_template_child (widget_class, MtConnectDialog, remember_switch);
  gtk_widget_class_bind_template_child (widget_class, MtConnectDialog, status_box);
  gtk_widget_class_bind_template_child (widget_class, MtConnectDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, MtConnectDialog, status_label);
}

static void
mt_connect_dialog_init (MtConnectDialog *self)
{
  gboolean keyring = mt_keyring_available ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Connect is offered once the rows name a database, with a port that is one. */
  g_signal_connect_object (self->port_row, "changed", G_CALLBACK (on_row_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->database_row, "changed", G_CALLBACK (on_row_changed_cb), self,
                           G_CONNECT_SWAPPED);

  self->extra = g_strdup (CONNECT_TIMEOUT);
  gtk_editable_set_text (GTK_EDITABLE (self->login_row), g_get_user_name ());

  /* Kept where the desktop keeps passwords, or not at all: never in a file. */
  gtk_switch_set_active (self->remember_switch, keyring);
  gtk_widget_set_sensitive (GTK_WIDGET (self->remember_row), keyring);
  adw_action_row_set_subtitle (self->remember_row,
                               keyring ? _("In the desktop keyring")
                                       : _("No desktop keyring in this session"));
  update_connect_response (self);
}

/* Public API */

MtConnectDialog *
mt_connect_dialog_new (GtkWindow  *parent,
                       const char *location)
{
  g_autoptr(MtServerAddress) address = NULL;
  MtConnectDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  self = g_object_new (MT_TYPE_CONNECT_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);

  address = location != NULL ? mt_server_address_parse (location) : NULL;
  if (address != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->host_row), address->host);
      gtk_editable_set_text (GTK_EDITABLE (self->port_row), address->port);
      gtk_editable_set_text (GTK_EDITABLE (self->database_row), address->database);
      gtk_editable_set_text (GTK_EDITABLE (self->login_row),
                             mt_server_address_get_login (address));
      g_free (self->extra);
      self->extra = g_strdup (address->extra);
    }

  return self;
}

void
mt_connect_dialog_connect (MtConnectDialog *self)
{
  g_autoptr(MtServerAddress) address = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *label = NULL;
  g_autofree char *message = NULL;
  const char *password;
  MtDatabaseKeyring keyring = MT_DATABASE_KEYRING_KEEP;

  g_return_if_fail (MT_IS_CONNECT_DIALOG (self));

  if (self->cancellable != NULL)
    return;

  address = address_from_rows (self);
  uri = mt_server_address_to_uri (address);
  label = mt_server_address_dup_label (address);
  password = gtk_editable_get_text (GTK_EDITABLE (self->password_row));
  if (password[0] == '\0')
    password = NULL;
  else if (gtk_widget_get_sensitive (GTK_WIDGET (self->remember_row)))
    keyring = gtk_switch_get_active (self->remember_switch) ? MT_DATABASE_KEYRING_REMEMBER
                                                            : MT_DATABASE_KEYRING_FORGET;

  self->cancellable = g_cancellable_new ();
  set_busy (self, TRUE);
  /* Translators: %s is a server's database, e.g. planner@db.mission.example/tracker */
  message = g_strdup_printf (_("Connecting to %s…"), label);
  show_status (self, message, TRUE);

  mt_database_open_async (uri, password, keyring, self->cancellable, open_done_cb,
                          g_object_ref (self));
}

void
mt_connect_dialog_reopen (MtConnectDialog *self)
{
  g_return_if_fail (MT_IS_CONNECT_DIALOG (self));

  mt_connect_dialog_connect (self);
  if (self->cancellable != NULL && self->present_id == 0)
    self->present_id = g_timeout_add (REOPEN_SHOW_DELAY_MS, present_cb, self);
}

gboolean
mt_connect_dialog_is_busy (MtConnectDialog *self)
{
  g_return_val_if_fail (MT_IS_CONNECT_DIALOG (self), FALSE);

  return self->cancellable != NULL;
}

const char *
mt_connect_dialog_get_message (MtConnectDialog *self)
{
  g_return_val_if_fail (MT_IS_CONNECT_DIALOG (self), NULL);

  if (!gtk_widget_get_visible (self->status_box))
    return NULL;
  return gtk_label_get_label (self->status_label);
}
