/* mt-store-import.c: recording CSV imports (schema v2) — to be filled by the CSV import work.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-store-import"

#include "config.h"

#include "mt-store-private.h"

gboolean
_mt_store_migrate_to_2 (sqlite3  *db,
                        GError  **error)
{
  return TRUE;
}
