/* mt-store-roster.h: what the roster model needs to query from another thread.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The roster queries themselves (mt_store_query_personnel_ids(),
 * mt_store_fetch_personnel()) are declared in mt-store.h.
 */

#pragma once

#include <gio/gio.h>

#include "mt-store.h"

G_BEGIN_DECLS

/* mt_store_query_personnel_ids(), stopped early when @cancellable is cancelled (from
 * any thread): then NULL and G_IO_ERROR_CANCELLED. For a worker thread, whose
 * result may be outdated before a million-row sort ends. */
GArray  *mt_store_query_personnel_ids_cancellable (MtStore             *self,
                                                   const MtRosterQuery *query,
                                                   GCancellable        *cancellable,
                                                   GError             **error);

G_END_DECLS
