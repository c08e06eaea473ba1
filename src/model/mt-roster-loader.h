/* mt-roster-loader.h: runs the roster's id query on a worker thread for MtRosterModel.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On a million-row roster the ordered id query takes most of a second; run in the main
 * thread it freezes the window on every column click and search keystroke. The loader
 * runs it on a thread of GTask's pool with a connection of its own (a SQLite
 * connection belongs to one thread; WAL lets it read beside the window's), opened on
 * first use and kept for the next queries. At most one query runs; a request made
 * meanwhile waits, and only the newest waiting one runs next (the running one, now
 * stale, is cancelled). Results come back in the main context of the caller.
 *
 * Not for ":memory:" stores: their data exists in their own connection only.
 * Every function is for the thread that created the loader.
 */

#pragma once

#include "mt-store.h"

G_BEGIN_DECLS

typedef struct _MtRosterLoader MtRosterLoader;

/* @ids (element-type gint64, transfer full) the query's rows in order, or NULL with
 * @error set; @generation as passed to mt_roster_loader_request(). */
typedef void (*MtRosterLoaderFunc) (GArray       *ids,
                                    const GError *error,
                                    guint64       generation,
                                    gpointer      user_data);

/* @store opens the worker's connection (mt_store_open_worker()); it must outlive the
 * loader's use by its caller, who frees the loader when @store emits "closing". */
MtRosterLoader *mt_roster_loader_new     (MtStore             *store,
                                          MtRosterLoaderFunc   func,
                                          gpointer             user_data);
/* Queues @query (copied). */
void            mt_roster_loader_request (MtRosterLoader      *self,
                                          const MtRosterQuery *query,
                                          guint64              generation);
/* Calls back no more and drops what waits; a running query is cancelled and ends on its
 * thread, and the connection closes when the last job lets go of the loader. */
void            mt_roster_loader_free    (MtRosterLoader      *self);

G_END_DECLS
