/* mt-store-history-private.h: what mt-store-history.c and mt-store-history-rows.c share.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The batch struct is opaque to the rest of the store (mt-store-edit-private.h): only the
 * recorder's own two files look inside it.
 */

#pragma once

#include "mt-store-edit-private.h"

G_BEGIN_DECLS

struct _MtBatch
{
  MtStore     *store;
  gint64       id;
  char        *action;
  char        *label;
  MtBatchStep  step;
  gint64       undo_of;
  char        *time;
  guint        n_rows;
  GHashTable  *tables;         /* table names touched (static strings) */
  GHashTable  *camps_added;    /* gint64* set */
  GHashTable  *camps_removed;
  GHashTable  *camps_touched;
};

/* The static copy of @table's name when a batch may write it (mt-store-history-rows.c),
 * else NULL. */
const char *_mt_history_intern_table (const char *table);

/* The bookkeeping columns of schema v5 (version, changed_by, changed_at): not data, so
 * neither in snapshots nor restored by undo (mt-store-history-rows.c). */
gboolean      _mt_history_is_bookkeeping (const char *column);

G_END_DECLS
