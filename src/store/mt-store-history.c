/* mt-store-history.c: history of changes and undo (schema v3) — to be filled by the editing work.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-store-history"

#include "config.h"

#include "mt-store-private.h"

gboolean
_mt_store_migrate_to_3 (sqlite3  *db,
                        GError  **error)
{
  return TRUE;
}
