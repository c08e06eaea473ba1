/* mt-toast.c: short messages in the window's toast overlay, from any widget inside it.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-toast"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "mt-toast.h"

/* Toast titles are Pango markup in libadwaita 1.2: names and messages may hold '&' or '<'. */
static AdwToast *
toast_new (const char *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  return adw_toast_new (escaped);
}

void
mt_show_undo_toast (GtkWidget  *widget,
                    const char *message)
{
  GtkWidget *overlay;
  AdwToast *toast;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (message != NULL);

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    return;

  toast = toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

void
mt_show_toast (GtkWidget  *widget,
               const char *message)
{
  GtkWidget *overlay;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (message != NULL);

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    {
      g_warning ("%s", message);
      return;
    }

  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast_new (message));
}

void
mt_show_read_error (GtkWidget    *widget,
                    const char   *what,
                    const GError *error)
{
  g_autofree char *message = NULL;

  g_return_if_fail (what != NULL);
  g_return_if_fail (error != NULL);

  /* Translators: "Could not read the figures: database disk image is malformed" */
  message = g_strdup_printf (_("%s: %s"), what, error->message);
  mt_show_toast (widget, message);
}

void
mt_show_message (GtkWidget  *widget,
                 const char *heading,
                 const char *message)
{
  GtkRoot *root;
  GtkWidget *dialog;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (heading != NULL);

  root = gtk_widget_get_root (widget);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   heading, message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}
