/* mt-csv-history.h: the history of changes written to CSV.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mt-store.h"

G_BEGIN_DECLS

/* Writes the rows of mt_store_list_history (@store, @camp_id, 0) to @file as CSV (RFC 4180,
 * UTF-8, CRLF, the cells escaped as every export's; header line: time, user, action, kind,
 * table, record, changes, old values, new values). The file is replaced only once whole. */
gboolean    mt_csv_export_history         (MtStore       *store,
                                           gint64         camp_id,
                                           GFile         *file,
                                           GCancellable  *cancellable,
                                           GError       **error);

G_END_DECLS
