/* mt-toast.h: short messages in the window's toast overlay, from any widget inside it.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Shows @message (plain text) in the toast overlay around @widget, with an Undo button
 * (win.undo). */
void        mt_show_undo_toast            (GtkWidget   *widget,
                                           const char  *message);
/* Shows @message (plain text: a read that failed…) in the toast overlay around @widget; on
 * the log when @widget is in none (not shown yet). */
void        mt_show_toast                 (GtkWidget   *widget,
                                           const char  *message);
/* Shows "@what: @error's message" for a read that failed, so the planner knows the list or
 * figures beside it are not the database's. */
void        mt_show_read_error            (GtkWidget   *widget,
                                           const char  *what,
                                           const GError *error);
/* Shows @heading and @message in a message dialog over the window of @widget, with Close:
 * for windows with no toasts (dialogs) and refusals the planner must read. */
void        mt_show_message               (GtkWidget   *widget,
                                           const char  *heading,
                                           const char  *message);

G_END_DECLS
