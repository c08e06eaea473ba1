/* mt-store-worker.c: running a job on a worker thread with a connection of its own.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one place that knows how work leaves the main thread: a file database gets a worker
 * connection (counted by the store, so closing the store cancels and waits for it), closed
 * on the worker before the task returns; an in-memory database exists in its one connection
 * only, so the job runs there, at once.
 */

#define G_LOG_DOMAIN "mt-store"

#include "config.h"

#include "mt-store.h"

#define WORKER_KEY "mt-store-worker"

typedef struct
{
  MtStore        *conn;
  MtStoreJobFunc  func;
} Worker;

static void
worker_free (gpointer data)
{
  Worker *worker = data;

  g_clear_object (&worker->conn);
  g_free (worker);
}

static void
worker_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Worker *worker = g_object_get_data (G_OBJECT (task), WORKER_KEY);
  g_autoptr(MtStore) conn = g_steal_pointer (&worker->conn);
  GError *error = NULL;
  gboolean ok;

  ok = worker->func (conn, task_data, cancellable, &error);
  /* Closed before the result goes out: when the caller hears of it the file is free, and
   * quitting waits for this connection. */
  if (!mt_store_close (conn, ok ? &error : NULL))
    ok = FALSE;

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
mt_store_run_job (MtStore        *self,
                  GTask          *task,
                  MtStoreJobFunc  func)
{
  g_autoptr(GError) error = NULL;
  Worker *worker;

  g_return_if_fail (MT_IS_STORE (self));
  g_return_if_fail (G_IS_TASK (task));
  g_return_if_fail (func != NULL);

  if (mt_store_is_memory (self))
    {
      if (func (self, g_task_get_task_data (task), g_task_get_cancellable (task), &error))
        g_task_return_boolean (task, TRUE);
      else
        g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  worker = g_new0 (Worker, 1);
  worker->func = func;
  worker->conn = mt_store_open_worker (self, g_task_get_cancellable (task), &error);
  if (worker->conn == NULL)
    {
      worker_free (worker);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_object_set_data_full (G_OBJECT (task), WORKER_KEY, worker, worker_free);
  g_task_run_in_thread (task, worker_thread);
}
