/* mt-keyring.h: a server login's password kept in the desktop keyring (libsecret), never in
 * GSettings or a file.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A password belongs to a login on a server's database, as in ~/.pgpass: the keyring item is
 * found by server, port, database and login, whatever else the URI says. The calls block:
 * make them on a worker thread in the window (mt-database.c does), or from the command line.
 */

#pragma once

#include <gio/gio.h>

#include "mt-server-address.h"

G_BEGIN_DECLS

/* TRUE when this session has a bus a keyring can answer on (DBUS_SESSION_BUS_ADDRESS, or the
 * bus socket in the user's runtime folder). Without one no call is made: libsecret would try
 * to start a bus. */
gboolean  mt_keyring_available (void);
/* The password kept for @address's login, or NULL (none kept, or no keyring: @error says
 * why, for a log). */
char     *mt_keyring_lookup    (const MtServerAddress  *address,
                                GCancellable           *cancellable,
                                GError                **error);
/* Keeps @password for @address's login, replacing the one kept before. */
gboolean  mt_keyring_store     (const MtServerAddress  *address,
                                const char             *password,
                                GCancellable           *cancellable,
                                GError                **error);
/* Forgets the password kept for @address's login; TRUE when there was none either. */
gboolean  mt_keyring_clear     (const MtServerAddress  *address,
                                GCancellable           *cancellable,
                                GError                **error);

G_END_DECLS
