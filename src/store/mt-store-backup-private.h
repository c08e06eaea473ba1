/* mt-store-backup-private.h: copies between a server database and a file (mt-store-backup-server.c).
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-store.h"

G_BEGIN_DECLS

/* Makes the SQLite database @path (an empty file) hold what the server database @self
 * holds now, with the same ids; @path is closed, in rollback-journal mode, on return. Its
 * messages call the file @name (where the copy goes). */
gboolean _mt_store_copy_server_into (MtStore     *self,
                                     const char  *path,
                                     const char  *name,
                                     GError     **error);

/* Makes the server database @uri, which must hold no mission yet (it is given the tables when
 * it has none), hold what the file database @self holds now, with the same ids, in one
 * transaction. */
gboolean _mt_store_copy_file_onto_server (MtStore     *self,
                                          const char  *uri,
                                          GError     **error);

G_END_DECLS
