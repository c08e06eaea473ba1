/* mt-connect-dialog.h: Connect to Server…, a database on a PostgreSQL server by its server,
 * port, database and login, with a password typed once and kept in the desktop keyring.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dialog builds libpq's URI (never with the password), opens it on a worker thread with
 * a spinner, and stays open on a refusal (a wrong password, a server out of reach) with the
 * reason under the rows. Once open, it emits "connected" (MtStore *store, const char
 * *notice: what the planner should know, e.g. the keyring refused the password, or NULL) and
 * closes itself.
 */

#pragma once

#include <adwaita.h>

#include "mt-types.h"

G_BEGIN_DECLS

#define MT_TYPE_CONNECT_DIALOG (mt_connect_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MtConnectDialog, mt_connect_dialog, MT, CONNECT_DIALOG, AdwMessageDialog)

/* A dialog over @parent with the rows filled from @location (a server's URI: the recent
 * database to open again), or empty but for the login (the desktop user's) when NULL. */
MtConnectDialog *mt_connect_dialog_new         (GtkWindow       *parent,
                                                const char      *location);
/* Opens what the rows say, as Connect does. */
void             mt_connect_dialog_connect     (MtConnectDialog *self);
/* Opens the recent database it was made for without asking first: shown only when the
 * password must be typed, opening fails, or it takes a while. */
void             mt_connect_dialog_reopen      (MtConnectDialog *self);
gboolean         mt_connect_dialog_is_busy     (MtConnectDialog *self);
/* The message under the rows ("Connecting…", why it failed), or NULL. */
const char      *mt_connect_dialog_get_message (MtConnectDialog *self);

G_END_DECLS
