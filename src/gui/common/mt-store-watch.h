/* mt-store-watch.h: "reload when the store changes", debounced, for the pages.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every view that reads figures from the store follows its "changed" signal; an
 * import commits many times in a row, so the reload waits until the burst is over.
 */

#pragma once

#include <glib-object.h>

#include "mt-store.h"

G_BEGIN_DECLS

#define MT_STORE_WATCH_DELAY_MS 100

typedef void (*MtStoreWatchFunc) (gpointer user_data);

typedef struct _MtStoreWatch MtStoreWatch;

/* Calls @func (@user_data) once per burst of commits on the watched store. */
MtStoreWatch *mt_store_watch_new       (MtStoreWatchFunc  func,
                                        gpointer          user_data);
/* Stops watching the old store, watches @store (may be NULL). Does not call @func. */
void          mt_store_watch_set_store (MtStoreWatch     *self,
                                        MtStore          *store);
MtStore      *mt_store_watch_get_store (MtStoreWatch     *self);
/* Schedules a call as if the store had changed. */
void          mt_store_watch_queue     (MtStoreWatch     *self);
/* Drops a scheduled call (the owner reloaded already). */
void          mt_store_watch_cancel    (MtStoreWatch     *self);
void          mt_store_watch_free      (MtStoreWatch     *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MtStoreWatch, mt_store_watch_free)

G_END_DECLS
