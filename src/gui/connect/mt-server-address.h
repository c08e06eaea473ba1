/* mt-server-address.h: a PostgreSQL server's database as the planner names it (server, port,
 * database, login), to and from libpq's URI form. Never a password.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure functions over GLib: the Connect to Server… dialog, the recent databases, the window's
 * header and the keyring all name a server the same way.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char *host;      /* a host name, an address, or a socket folder ("/run/postgresql"); "" local */
  char *port;      /* digits, or "" for the default (5432) */
  char *database;
  char *login;     /* "" for libpq's default, the desktop user's name */
  char *extra;     /* the URI's other parameters (sslmode=…&options=…), encoded, or "" */
} MtServerAddress;

/* TRUE for libpq's URI form: "postgresql://…" or "postgres://…". */
gboolean         mt_server_address_is_uri     (const char            *location);
/* The parts of @uri; NULL when it is not a server's URI or cannot be read. A password in it
 * (user:password@, password=) is dropped. */
MtServerAddress *mt_server_address_parse      (const char            *uri);
MtServerAddress *mt_server_address_new        (const char            *host,
                                               const char            *port,
                                               const char            *database,
                                               const char            *login);
void             mt_server_address_free       (MtServerAddress       *address);
/* libpq's URI for @address, without a password: a socket folder, the port and the login go
 * in the parameters, a host name in the authority. */
char            *mt_server_address_to_uri     (const MtServerAddress *address);
/* What the planner reads: "login@host/database" (":port" when not the default; "localhost"
 * for a socket folder or the default local server). */
char            *mt_server_address_dup_label  (const MtServerAddress *address);
/* The login libpq uses: @address's, else the desktop user's name. */
const char      *mt_server_address_get_login  (const MtServerAddress *address);
/* TRUE when @port is empty (the default) or a port number (1 to 65535). */
gboolean         mt_server_address_port_is_valid (const char          *port);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MtServerAddress, mt_server_address_free)

G_END_DECLS
