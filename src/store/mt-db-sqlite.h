/* mt-db-sqlite.h: what only a SQLite connection has (the backup API, pragmas).
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "mt-db.h"

G_BEGIN_DECLS

/* @db's SQLite handle; @db must be a SQLite connection. */
sqlite3 *mt_db_sqlite_handle (MtDb *db);

G_END_DECLS
