/* mt-store-close.c: closing a store so that its database file is whole, and the worker
 * connections it waits for.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * In WAL mode a commit goes to "tracker.db-wal"; SQLite copies it into "tracker.db" and
 * removes it only when the last connection to the file closes. A planner who mails the .db
 * file alone mails whatever the last checkpoint left, so the program closes every
 * connection on its way out: the workers' (imports, roster queries, exports) first, then
 * the window's, which is the last one and checkpoints.
 *
 * Threads: a store and its statements belong to one thread at a time. The registry of a
 * store's worker connections (MtStoreWorkers) is shared with the workers, which may close
 * their connection in their own thread, so it has a lock and a reference count of its own.
 */

#define G_LOG_DOMAIN "mt-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mt-store-private.h"
#include "mt-store-roster.h"

/* A worker stuck for this long is a bug; the window must still go away. */
#define WORKER_WAIT_MS (30 * 1000)

/* The write-ahead log of a bulk import is cut back to this once committed. */
#define JOURNAL_SIZE_LIMIT "4194304"

struct _MtStoreWorkers
{
  GMutex        lock;
  GPtrArray    *running;   /* (element-type MtStore) borrowed: connections not yet closing */
  guint         n_open;    /* connections whose mt_db_close() has not returned yet */
  GMainContext *waiting;   /* the closing store's context, woken as each one closes */
};

/* Helpers */

static void
workers_clear (gpointer data)
{
  MtStoreWorkers *workers = data;

  g_assert (workers->n_open == 0);

  g_ptr_array_unref (workers->running);
  g_clear_pointer (&workers->waiting, g_main_context_unref);
  g_mutex_clear (&workers->lock);
}

static void
workers_release (MtStoreWorkers *workers)
{
  g_atomic_rc_box_release_full (workers, workers_clear);
}

static gboolean
deadline_cb (gpointer user_data)
{
  gboolean *expired = user_data;

  *expired = TRUE;

  return G_SOURCE_REMOVE;
}

static guint
count_open (MtStoreWorkers *workers)
{
  guint n_open;

  g_mutex_lock (&workers->lock);
  n_open = workers->n_open;
  g_mutex_unlock (&workers->lock);

  return n_open;
}

/* Cancels and interrupts every job running on a worker connection, then waits until every
 * worker connection is closed. The store's main context runs meanwhile: a job's end is
 * handed over there (a GTask's callback), and some jobs let go of their connection only
 * then. FALSE when one is still open after WORKER_WAIT_MS. */
static gboolean
stop_workers (MtStoreWorkers *workers)
{
  g_autoptr(GPtrArray) cancellables = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GMainContext) context = g_main_context_ref_thread_default ();
  g_autoptr(GSource) deadline = NULL;
  gboolean expired = FALSE;

  g_mutex_lock (&workers->lock);
  if (workers->waiting == NULL)
    workers->waiting = g_main_context_ref (context);
  for (guint i = 0; i < workers->running->len; i++)
    {
      MtStore *conn = g_ptr_array_index (workers->running, i);

      /* Safe from another thread while the connection is open, which the lock ensures:
       * a worker leaves the list before it closes. */
      mt_db_interrupt (conn->db);
      if (conn->cancellable != NULL)
        g_ptr_array_add (cancellables, g_object_ref (conn->cancellable));
    }
  g_mutex_unlock (&workers->lock);

  /* Outside the lock: "cancelled" handlers run here, in this thread. */
  for (guint i = 0; i < cancellables->len; i++)
    g_cancellable_cancel (g_ptr_array_index (cancellables, i));

  if (count_open (workers) == 0)
    return TRUE;

  deadline = g_timeout_source_new (WORKER_WAIT_MS);
  g_source_set_callback (deadline, deadline_cb, &expired, NULL);
  g_source_attach (deadline, context);
  while (!expired && count_open (workers) > 0)
    g_main_context_iteration (context, TRUE);
  g_source_destroy (deadline);

  return count_open (workers) == 0;
}

static gboolean
closed_error (MtStore  *self,
              GError  **error)
{
  g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_CLOSED,
               _("The database “%s” is closed"), self->path);

  return FALSE;
}

/* A worker connection's end: its store may close now. */
static void
leave_workers (MtStore *self,
               gboolean closed)
{
  MtStoreWorkers *workers = self->parent;

  g_mutex_lock (&workers->lock);
  if (!closed)
    g_ptr_array_remove_fast (workers->running, self);
  else
    {
      workers->n_open--;
      if (workers->waiting != NULL)
        g_main_context_wakeup (workers->waiting);
    }
  g_mutex_unlock (&workers->lock);
}

/* Private API */

void
_mt_store_workers_init (MtStore *self)
{
  MtStoreWorkers *workers = g_atomic_rc_box_new0 (MtStoreWorkers);

  g_mutex_init (&workers->lock);
  workers->running = g_ptr_array_new ();
  self->workers = workers;
}

void
_mt_store_workers_clear (MtStore *self)
{
  g_clear_pointer (&self->workers, workers_release);
  g_clear_object (&self->cancellable);
}

gboolean
_mt_store_check_open (MtStore  *self,
                      GError  **error)
{
  g_assert (MT_IS_STORE (self));

  if (self->db == NULL)
    return closed_error (self, error);

  /* A server that went away is seen here, before a question half asked (no round trip:
   * what the socket already holds). */
  if (self->disconnected || !mt_db_pg_is_alive (self->db))
    {
      _mt_store_set_error (self, error, MT_DB_ERR_LOST, NULL, NULL);
      return FALSE;
    }

  return TRUE;
}

gboolean
_mt_store_apply_limits (MtStore  *self,
                        GError  **error)
{
  const char *max_pages = g_getenv ("MT_TEST_MAX_PAGE_COUNT");
  g_autofree char *sql = NULL;
  guint64 pages = 0;

  g_assert (MT_IS_STORE (self));

  /* A big import's log would otherwise keep its full size until the next writer resets
   * it; this caps what a reset leaves (mt_store_import_end() resets it at once). */
  if (!mt_store_is_memory (self) &&
      mt_db_exec (self->db, "PRAGMA journal_size_limit = " JOURNAL_SIZE_LIMIT) != MT_DB_OK)
    return _mt_store_fail (self, error, _("Could not open the database"));

  if (max_pages == NULL || !g_ascii_string_to_unsigned (max_pages, 10, 1, G_MAXINT32, &pages, NULL))
    return TRUE;

  sql = g_strdup_printf ("PRAGMA max_page_count = %" G_GUINT64_FORMAT, pages);
  if (mt_db_exec (self->db, sql) != MT_DB_OK)
    return _mt_store_fail (self, error, _("Could not open the database"));

  return TRUE;
}

void
_mt_store_truncate_journal (MtStore *self)
{
  g_assert (MT_IS_STORE (self));
  g_assert (!self->in_transaction);

  /* Best effort: a reader that holds on makes it wait (busy timeout), then give up, and
   * the next checkpoint does it. */
  if (self->db != NULL && !mt_store_is_memory (self) && mt_db_kind (self->db) == MT_DB_SQLITE)
    mt_db_exec (self->db, "PRAGMA wal_checkpoint(TRUNCATE)");
}

/* Public API */

gboolean
mt_store_is_closed (MtStore *self)
{
  g_return_val_if_fail (MT_IS_STORE (self), TRUE);

  return self->db == NULL;
}

gboolean
mt_store_close (MtStore  *self,
                GError  **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->db == NULL || self->closed)
    return TRUE;

  self->closed = TRUE;

  /* Whoever keeps a worker connection between jobs (the roster's loader) lets it go now,
   * while the store still answers. */
  g_signal_emit (self, _mt_store_signals[MT_STORE_SIGNAL_CLOSING], 0);

  if (!stop_workers (self->workers))
    g_set_error (&local_error, MT_STORE_ERROR, MT_STORE_ERROR_FAILED,
                 _("Could not close “%s”: a task still uses it"), self->path);

  if (self->in_transaction)
    _mt_store_rollback (self);
  _mt_store_live_stop (self);

  if (self->parent != NULL)
    leave_workers (self, FALSE);

  /* Statements first: a connection with statements left does not close. */
  g_hash_table_remove_all (self->statements);
  mt_db_close (self->db);
  self->db = NULL;

  if (self->parent != NULL)
    {
      leave_workers (self, TRUE);
      g_clear_pointer (&self->parent, workers_release);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

MtStore *
mt_store_open_worker (MtStore       *self,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(MtStore) conn = NULL;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Closed, or closing: a worker connection opened now would keep the log alive. */
  if (self->closed)
    {
      closed_error (self, error);
      return NULL;
    }

  if (mt_store_is_memory (self))
    {
      g_set_error_literal (error, MT_STORE_ERROR, MT_STORE_ERROR_INVALID,
                           _("An in-memory database has no second connection"));
      return NULL;
    }

  conn = _mt_store_open_full (self->uri, self->password, FALSE, error);
  if (conn == NULL)
    return NULL;
  if (self->session != NULL && !_mt_store_join_session (conn, self->session, error))
    {
      g_object_unref (conn);
      return NULL;
    }

  g_set_object (&conn->cancellable, cancellable);
  conn->parent = g_atomic_rc_box_acquire (self->workers);

  g_mutex_lock (&self->workers->lock);
  g_ptr_array_add (self->workers->running, conn);
  self->workers->n_open++;
  g_mutex_unlock (&self->workers->lock);

  return g_steal_pointer (&conn);
}
