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
  char                *path;
  MtCsvImportSettings *settings;
  gboolean             dry_run;
  MtCsvProgressFunc    progress;
  gpointer             progress_data;
  GDestroyNotify       progress_data_destroy;
  GMainContext        *context;
  GTask               *outer;
  MtCsvImportResult   *result;    /* what the worker made, for the main context */
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

  g_clear_object (&job->result);
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

/* Worker thread, or the main thread for an in-memory database (mt_store_run_job). */
static gboolean
run_import (MtStore       *conn,
            gpointer       data,
            GCancellable  *cancellable,
            GError       **error)
{
  Job *job = data;

  job->result = mt_csv_import_file (conn, job->path, job->settings, job->dry_run,
                                    on_worker_progress, NULL, job, cancellable, error);
  return job->result != NULL;
}

/* Main context: the worker is done. */
static void
on_inner_done (GObject      *source,
               GAsyncResult *res,
               gpointer      user_data)
{
  g_autoptr(GTask) outer = user_data;
  MtStore *store = g_task_get_source_object (outer);
  Job *job = g_task_get_task_data (outer);
  g_autoptr(MtCsvImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (res), &error))
    {
      g_task_return_error (outer, g_steal_pointer (&error));
      return;
    }

  /* Written through a connection of its own: tell the window's, so every view re-reads. */
  result = g_steal_pointer (&job->result);
  if (mt_csv_import_result_get_committed (result) && !mt_store_is_memory (store) &&
      !mt_store_is_closed (store))
    mt_store_notify_external_change (store);

  g_task_return_pointer (outer, g_steal_pointer (&result), g_object_unref);
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

  /* Closing the store cancels the worker through this, even when the caller gave none. */
  job_cancellable = cancellable != NULL ? g_object_ref (cancellable) : g_cancellable_new ();
  inner = g_task_new (store, job_cancellable, on_inner_done, g_object_ref (outer));
  /* Cancelled after it committed, the import did happen: say so, not "cancelled". */
  g_task_set_check_cancellable (inner, FALSE);
  g_task_set_task_data (inner, job, NULL);
  mt_store_run_job (store, inner, run_import);
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
