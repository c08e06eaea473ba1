/* mt-csv-import-async.c: running an import on a worker thread for the window.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A SQLite connection belongs to one thread at a time, so the worker gets one of its own on the
 * same file (WAL lets the window keep reading meanwhile), opened here by the window's store,
 * which counts it: closing the store cancels the import (it rolls back) and waits until the
 * worker has closed it. When it has committed, the window's store is told in the main
 * context, before the caller's callback runs, so every view re-reads.
 */

#define G_LOG_DOMAIN "mt-csv-import"

#include "config.h"

#include <string.h>

#include "mt-csv-import-private.h"
#include "mt-store-import.h"

typedef struct
{
  MtStore             *conn;      /* the worker's connection; closed by the worker */
  char                *path;
  MtCsvImportSettings *settings;
  gboolean             dry_run;
  MtCsvProgressFunc    progress;
  gpointer             progress_data;
  GDestroyNotify       progress_data_destroy;
  GMainContext        *context;
  GTask               *outer;
  /* The latest progress, handed to the main context; one update in flight at a time. */
  GMutex               lock;
  goffset              done;
  goffset              total;
  guint64              rows;
  gboolean             pending;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_clear_object (&job->conn);
  g_free (job->path);
  mt_csv_import_settings_free (job->settings);
  if (job->progress_data_destroy != NULL)
    job->progress_data_destroy (job->progress_data);
  g_main_context_unref (job->context);
  g_mutex_clear (&job->lock);
  g_free (job);
}

static gboolean
deliver_progress (gpointer data)
{
  GTask *outer = data;
  Job *job = g_task_get_task_data (outer);
  goffset done, total;
  guint64 rows;

  g_mutex_lock (&job->lock);
  done = job->done;
  total = job->total;
  rows = job->rows;
  job->pending = FALSE;
  g_mutex_unlock (&job->lock);

  if (job->progress != NULL && !g_task_get_completed (outer))
    job->progress (done, total, rows, job->progress_data);

  return G_SOURCE_REMOVE;
}

/* Worker thread: called every 100 ms by the run. */
static void
on_worker_progress (goffset  done,
                    goffset  total,
                    guint64  rows,
                    gpointer user_data)
{
  Job *job = user_data;
  gboolean schedule;

  g_mutex_lock (&job->lock);
  job->done = done;
  job->total = total;
  job->rows = rows;
  schedule = !job->pending;
  job->pending = TRUE;
  g_mutex_unlock (&job->lock);

  if (schedule)
    g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, deliver_progress,
                                g_object_ref (job->outer), g_object_unref);
}

static void
run_in_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(MtStore) store = g_steal_pointer (&job->conn);
  g_autoptr(GError) error = NULL;
  MtCsvImportResult *result;

  result = mt_csv_import_file (store, job->path, job->settings, job->dry_run, on_worker_progress,
                               NULL, job, cancellable, &error);
  /* Closed before the result goes out: when the caller hears of it, the file is free. */
  if (!mt_store_close (store, result == NULL ? NULL : &error))
    g_clear_pointer (&result, g_object_unref);

  if (result == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, result, g_object_unref);
}

/* Main context: the worker is done. */
static void
on_inner_done (GObject      *source,
               GAsyncResult *res,
               gpointer      user_data)
{
  g_autoptr(GTask) outer = user_data;
  MtStore *store = g_task_get_source_object (outer);
  g_autoptr(GError) error = NULL;
  MtCsvImportResult *result;

  result = g_task_propagate_pointer (G_TASK (res), &error);
  if (result == NULL)
    {
      g_task_return_error (outer, g_steal_pointer (&error));
      return;
    }

  if (mt_csv_import_result_get_committed (result) && !mt_store_is_closed (store))
    mt_store_notify_external_change (store);

  g_task_return_pointer (outer, result, g_object_unref);
}

static gboolean
is_memory_store (MtStore *store)
{
  const char *path = mt_store_get_path (store);

  return path == NULL || path[0] == '\0' || strcmp (path, ":memory:") == 0;
}

/* Public API */

void
mt_csv_import_file_async (MtStore                   *store,
                          const char                *path,
                          const MtCsvImportSettings *settings,
                          gboolean                   dry_run,
                          MtCsvProgressFunc          progress,
                          gpointer                   progress_data,
                          GDestroyNotify             progress_data_destroy,
                          GCancellable              *cancellable,
                          GAsyncReadyCallback        callback,
                          gpointer                   user_data)
{
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GTask) inner = NULL;
  g_autoptr(GCancellable) job_cancellable = NULL;
  g_autoptr(GError) error = NULL;
  Job *job;

  g_return_if_fail (MT_IS_STORE (store));
  g_return_if_fail (path != NULL);

  outer = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (outer, mt_csv_import_file_async);

  job = g_new0 (Job, 1);
  job->path = g_strdup (path);
  job->settings = settings != NULL ? mt_csv_import_settings_copy (settings)
                                   : mt_csv_import_settings_new ();
  job->dry_run = dry_run;
  job->progress = progress;
  job->progress_data = progress_data;
  job->progress_data_destroy = progress_data_destroy;
  job->context = g_main_context_ref_thread_default ();
  job->outer = outer;
  g_mutex_init (&job->lock);
  g_task_set_task_data (outer, job, job_free);

  if (is_memory_store (store))
    {
      /* A ":memory:" database exists in its one connection only: run here. */
      MtCsvImportResult *result;

      result = mt_csv_import_file (store, path, job->settings, dry_run, progress, NULL,
                                   progress_data, cancellable, &error);
      if (result == NULL)
        g_task_return_error (outer, g_steal_pointer (&error));
      else
        g_task_return_pointer (outer, result, g_object_unref);
      return;
    }

  /* Closing the store cancels the worker through this, even when the caller gave none. */
  job_cancellable = cancellable != NULL ? g_object_ref (cancellable) : g_cancellable_new ();
  job->conn = mt_store_open_worker (store, job_cancellable, &error);
  if (job->conn == NULL)
    {
      g_task_return_error (outer, g_steal_pointer (&error));
      return;
    }

  inner = g_task_new (NULL, job_cancellable, on_inner_done, g_object_ref (outer));
  /* Cancelled after it committed, the import did happen: say so, not "cancelled". */
  g_task_set_check_cancellable (inner, FALSE);
  g_task_set_task_data (inner, job, NULL);
  g_task_run_in_thread (inner, run_in_thread);
}

MtCsvImportResult *
mt_csv_import_file_finish (MtStore       *store,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (MT_IS_STORE (store), NULL);
  g_return_val_if_fail (g_task_is_valid (result, store), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
