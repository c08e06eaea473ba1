/* mt-roster-loader.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Who touches what: the main thread owns func, user_data, pending and running (every
 * scheduling decision is taken there, in the GTask callback); a worker owns conn while
 * its job runs. Because the main thread starts the next job only from the previous
 * one's callback, two workers never use conn at the same time. The loader is
 * reference-counted: the model holds one reference, each job another, so a job still
 * running when the model goes keeps the connection open until it ends.
 */

#define G_LOG_DOMAIN "mt-roster-model"

#include "config.h"

#include <gio/gio.h>

#include "mt-roster-loader.h"
#include "mt-store-roster.h"

typedef struct
{
  MtRosterQuery  query;       /* with its strings owned */
  guint64        generation;
} Request;

struct _MtRosterLoader
{
  /* Main thread only */
  MtRosterLoaderFunc  func;
  gpointer            user_data;
  Request            *pending;    /* the newest request waiting for the running one */
  GCancellable       *running;    /* the running job's, NULL when idle */

  /* The window's store (borrowed: the model owns it and frees the loader first), which
   * opens the worker's connection; NULL once the loader is freed. */
  MtStore            *store;

  /* The worker's connection, opened in the main thread before the first job: from then on
   * only the worker of the running job touches it. */
  MtStore            *conn;
};

typedef struct
{
  MtRosterLoader *loader;   /* (owned) a reference */
  Request        *request;
  GError         *error;    /* the connection could not be opened */
} Job;

static void
request_free (Request *request)
{
  g_free ((char *) request->query.search);
  g_free ((char *) request->query.category);
  g_free ((char *) request->query.as_of);
  g_free (request);
}

static Request *
request_new (const MtRosterQuery *query,
             guint64              generation)
{
  Request *request = g_new0 (Request, 1);

  request->query = *query;
  request->query.search = g_strdup (query->search);
  request->query.category = g_strdup (query->category);
  request->query.as_of = g_strdup (query->as_of);
  request->generation = generation;

  return request;
}

/* Runs in whichever thread drops the last reference: the main thread, or the worker
 * that just finished. Either way no query can be running on conn. */
static void
loader_clear (gpointer data)
{
  MtRosterLoader *self = data;

  g_assert (self->pending == NULL);
  g_assert (self->running == NULL);

  g_clear_object (&self->conn);
}

static void
loader_unref (MtRosterLoader *self)
{
  g_atomic_rc_box_release_full (self, loader_clear);
}

static void
job_free (gpointer data)
{
  Job *job = data;

  request_free (job->request);
  g_clear_error (&job->error);
  loader_unref (job->loader);
  g_free (job);
}

/* Worker thread. */
static void
run_job (GTask        *task,
         gpointer      source_object,
         gpointer      task_data,
         GCancellable *cancellable)
{
  Job *job = task_data;
  MtRosterLoader *self = job->loader;
  GError *error = NULL;
  GArray *ids;

  /* Superseded before it even started: nothing to do. */
  if (g_task_return_error_if_cancelled (task))
    return;

  if (self->conn == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&job->error));
      return;
    }

  ids = mt_store_query_personnel_ids_cancellable (self->conn, &job->request->query,
                                                  cancellable, &error);

  /* Nothing may touch conn past this point: returning lets the main thread start the
   * next job. */
  if (ids == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, ids, (GDestroyNotify) g_array_unref);
}

static void start_job (MtRosterLoader *self,
                       Request        *request);

/* Main thread: a job ended (finished, failed, or cancelled as stale). */
static void
job_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Job *job = g_task_get_task_data (G_TASK (result));
  MtRosterLoader *self = job->loader;
  g_autoptr(GError) error = NULL;
  GArray *ids;

  ids = g_task_propagate_pointer (G_TASK (result), &error);
  g_clear_object (&self->running);

  /* A stale result is not worth handing over: the model would drop it anyway. */
  if (self->func != NULL && self->pending == NULL)
    self->func (ids, error, job->request->generation, self->user_data);
  else
    g_clear_pointer (&ids, g_array_unref);

  if (self->pending != NULL)
    start_job (self, g_steal_pointer (&self->pending));
}

static void
start_job (MtRosterLoader *self,
           Request        *request)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_assert (self->running == NULL);

  job = g_new0 (Job, 1);
  job->loader = g_atomic_rc_box_acquire (self);
  job->request = request;

  /* No job runs: the connection is the main thread's to open. The store counts it, so
   * closing the store waits until this loader has closed it. */
  if (self->conn == NULL)
    self->conn = mt_store_open_worker (self->store, NULL, &job->error);

  self->running = g_cancellable_new ();
  task = g_task_new (NULL, self->running, job_done_cb, NULL);
  g_task_set_source_tag (task, start_job);
  g_task_set_name (task, "[mt] roster query");
  g_task_set_task_data (task, job, job_free);
  /* The result still counts when the job was cancelled after it had finished. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_run_in_thread (task, run_job);
}

/* Public API */

MtRosterLoader *
mt_roster_loader_new (MtStore            *store,
                      MtRosterLoaderFunc  func,
                      gpointer            user_data)
{
  MtRosterLoader *self;

  g_return_val_if_fail (MT_IS_STORE (store), NULL);
  g_return_val_if_fail (func != NULL, NULL);

  self = g_atomic_rc_box_new0 (MtRosterLoader);
  self->func = func;
  self->user_data = user_data;
  self->store = store;

  return self;
}

void
mt_roster_loader_request (MtRosterLoader      *self,
                          const MtRosterQuery *query,
                          guint64              generation)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (query != NULL);

  if (self->running == NULL)
    {
      start_job (self, request_new (query, generation));
      return;
    }

  g_clear_pointer (&self->pending, request_free);
  self->pending = request_new (query, generation);

  /* The running query is stale now: stop it rather than wait up to a second for a
   * result nobody will see. */
  g_cancellable_cancel (self->running);
}

void
mt_roster_loader_free (MtRosterLoader *self)
{
  g_return_if_fail (self != NULL);

  self->func = NULL;
  self->user_data = NULL;
  self->store = NULL;
  g_clear_pointer (&self->pending, request_free);
  if (self->running != NULL)
    g_cancellable_cancel (self->running);

  loader_unref (self);
}
