/* mt-store-backup.h: whole copies of the database (Save a Copy…, --backup).
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A copy is what a planner mails to a colleague: one file that opens alone (no -wal beside
 * it), consistent even while another window or process writes, and written under a
 * temporary name so the destination is replaced only once the copy is complete.
 */

#pragma once

#include <gio/gio.h>

#include "mt-store.h"

G_BEGIN_DECLS

/* TRUE when @path names the database file of @self (or its -wal, -shm or -journal), in any
 * spelling: relative, "./", through symbolic links or a hard link. FALSE for an in-memory
 * store. */
gboolean mt_store_is_own_file     (MtStore              *self,
                                   const char           *path);
/* Writes a whole, consistent copy of the database to @destination, through SQLite's online
 * backup. Refuses the database's own file (MT_STORE_ERROR_INVALID); on any failure the old
 * @destination, if any, is left as it was. Blocks until the copy is written. */
gboolean mt_store_backup          (MtStore              *self,
                                   const char           *destination,
                                   GError              **error);
/* The same on a worker thread with a connection of its own, for a database in a file (an
 * in-memory one is copied in place, before this returns). */
void     mt_store_backup_async    (MtStore              *self,
                                   const char           *destination,
                                   GCancellable         *cancellable,
                                   GAsyncReadyCallback   callback,
                                   gpointer              user_data);
gboolean mt_store_backup_finish   (MtStore              *self,
                                   GAsyncResult         *result,
                                   GError              **error);
/* SQLite's full integrity check of the database: FALSE with its first finding. */
gboolean mt_store_check_integrity (MtStore              *self,
                                   GError              **error);
/* --backup: writes the copy and prints one line; returns 0, or 2 with a message on stderr. */
int      mt_store_backup_cli      (MtStore              *self,
                                   const char           *destination);

G_END_DECLS
