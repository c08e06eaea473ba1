/* mt-database.h: opening a tracker database by its location (a file, or a server's URI),
 * with the password from where it is kept, on the command line or on a worker thread.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where a server's password comes from, in this order: the one the planner typed, else
 * libpq's own sources (the URI, ~/.pgpass, a service file, PGPASSWORD), else the desktop
 * keyring when the session has one. A password is never part of a location: what is shown
 * and kept (mt_store_get_path()) has none.
 */

#pragma once

#include <gio/gio.h>

#include "mt-types.h"

G_BEGIN_DECLS

typedef enum
{
  MT_DATABASE_KEYRING_KEEP,      /* leave the keyring as it is */
  MT_DATABASE_KEYRING_REMEMBER,  /* once open, keep the typed password there */
  MT_DATABASE_KEYRING_FORGET,    /* once open, forget the one kept there */
} MtDatabaseKeyring;

/* Opens @location: a file is created (with its folder) and given the seed picture when new;
 * a server's database without the tables gets them and the seed. @password NULL: libpq's
 * sources, then the keyring. MT_STORE_ERROR_PASSWORD when the server wants a password none
 * of them has, MT_STORE_ERROR_PASSWORD_REFUSED when it refused the one they had. Blocks: call it on a worker thread in the window. */
MtStore *mt_database_open        (const char           *location,
                                  const char           *password,
                                  GError              **error);
/* The same on a worker thread; then @keyring says what to do with a typed @password. */
void     mt_database_open_async  (const char           *location,
                                  const char           *password,
                                  MtDatabaseKeyring     keyring,
                                  GCancellable         *cancellable,
                                  GAsyncReadyCallback   callback,
                                  gpointer              user_data);
/* The store; @keyring_problem (may be NULL) gets why the keyring did not do what was asked
 * (the database is open all the same), else NULL. */
MtStore *mt_database_open_finish (GAsyncResult         *result,
                                  char                **keyring_problem,
                                  GError              **error);
/* What the planner reads for @location: a file's name, or "login@host/database". */
char    *mt_database_dup_label   (const char           *location);
/* The command line's advice when a server wants a password that was not found. */
const char *mt_database_password_advice (void);

G_END_DECLS
