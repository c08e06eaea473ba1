/* mt-store-watch.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-store-watch"

#include "config.h"

#include "mt-store-watch.h"

struct _MtStoreWatch
{
  MtStore          *store;
  gulong            handler;
  guint             source;
  MtStoreWatchFunc  func;
  gpointer          user_data;
};

/* Callbacks */

static gboolean
timeout_cb (gpointer data)
{
  MtStoreWatch *self = data;

  self->source = 0;
  self->func (self->user_data);

  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (MtStore      *store,
                     MtStoreWatch *self)
{
  mt_store_watch_queue (self);
}

/* Public API */

MtStoreWatch *
mt_store_watch_new (MtStoreWatchFunc func,
                    gpointer         user_data)
{
  MtStoreWatch *self;

  g_return_val_if_fail (func != NULL, NULL);

  self = g_new0 (MtStoreWatch, 1);
  self->func = func;
  self->user_data = user_data;

  return self;
}

void
mt_store_watch_set_store (MtStoreWatch *self,
                          MtStore      *store)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (store == NULL || MT_IS_STORE (store));

  if (self->store == store)
    return;

  g_clear_signal_handler (&self->handler, self->store);
  g_set_object (&self->store, store);
  if (store != NULL)
    self->handler = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed_cb), self);
}

MtStore *
mt_store_watch_get_store (MtStoreWatch *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->store;
}

void
mt_store_watch_queue (MtStoreWatch *self)
{
  g_return_if_fail (self != NULL);

  if (self->source == 0)
    self->source = g_timeout_add (MT_STORE_WATCH_DELAY_MS, timeout_cb, self);
}

void
mt_store_watch_cancel (MtStoreWatch *self)
{
  g_return_if_fail (self != NULL);

  g_clear_handle_id (&self->source, g_source_remove);
}

void
mt_store_watch_free (MtStoreWatch *self)
{
  if (self == NULL)
    return;

  mt_store_watch_cancel (self);
  g_clear_signal_handler (&self->handler, self->store);
  g_clear_object (&self->store);
  g_free (self);
}
