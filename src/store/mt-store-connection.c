/* mt-store-connection.c: a server's connection lost and found again, and what its login
 * may do.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mt-store-private.h"

/* Private API */

void
_mt_store_set_connected (MtStore  *self,
                         gboolean  connected)
{
  g_assert (MT_IS_STORE (self));

  if (self->disconnected == !connected)
    return;

  self->disconnected = !connected;
  g_object_notify (G_OBJECT (self), "connected");
}

void
_mt_store_read_permissions (MtStore *self)
{
  MtDbStmt *stmt;

  g_assert (MT_IS_STORE (self));

  /* A server: the privileges that every edit and import needs. A file opened read-only
   * fails at its first write, with MT_DB_ERR_READONLY, like a server's refusal. */
  if (mt_db_kind (self->db) != MT_DB_POSTGRES)
    return;

  stmt = mt_db_prepare (self->db,
                        "SELECT has_table_privilege ('camps', 'INSERT, UPDATE, DELETE')"
                        " AND has_table_privilege ('personnel', 'INSERT, UPDATE, DELETE')"
                        " AND has_table_privilege ('history', 'INSERT')");
  if (stmt == NULL)
    return;
  if (mt_db_step (stmt) == MT_DB_ROW)
    self->read_only = !mt_db_column_int (stmt, 0);
  mt_db_finalize (stmt);
}

/* Public API */

gboolean
mt_store_is_connected (MtStore *self)
{
  g_return_val_if_fail (MT_IS_STORE (self), FALSE);

  return self->db != NULL && !self->disconnected;
}

gboolean
mt_store_can_write (MtStore *self)
{
  g_return_val_if_fail (MT_IS_STORE (self), FALSE);

  return !self->read_only;
}

static gboolean
check_reconnectable (MtStore  *self,
                     GError  **error)
{
  if (self->db == NULL || self->closed)
    {
      g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_CLOSED,
                   _("The database “%s” is closed"), self->path);
      return FALSE;
    }
  return TRUE;
}

/* Puts the new connection @db (owned) in place of the lost one. Main thread. */
static gboolean
adopt_connection (MtStore  *self,
                  MtDb     *db,
                  GError  **error)
{
  g_autofree char *session = NULL;

  if (!check_reconnectable (self, error))
    {
      mt_db_close (db);
      return FALSE;
    }

  /* The statements belong to the old connection: they go with it. */
  _mt_store_live_stop (self);
  g_hash_table_remove_all (self->statements);
  mt_db_close (self->db);
  self->db = db;
  self->in_transaction = FALSE;

  session = g_strdup (self->session);
  if (session != NULL && !_mt_store_join_session (self, session, error))
    return FALSE;
  _mt_store_read_permissions (self);
  _mt_store_live_start (self);
  _mt_store_set_connected (self, TRUE);

  /* What others did meanwhile was not heard: everything may have changed. */
  g_signal_emit (self, _mt_store_signals[MT_STORE_SIGNAL_RESET], 0);
  g_signal_emit (self, _mt_store_signals[MT_STORE_SIGNAL_CHANGED], 0);

  return TRUE;
}

gboolean
mt_store_reconnect (MtStore  *self,
                    GError  **error)
{
  MtDb *db;

  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_reconnectable (self, error))
    return FALSE;
  if (mt_db_kind (self->db) != MT_DB_POSTGRES)
    return TRUE;

  db = mt_db_open_pg (self->uri, self->password, error);
  if (db == NULL)
    return FALSE;

  return adopt_connection (self, db, error);
}

/* The worker only connects (the address and password never change); the store is touched
 * on the main thread, in mt_store_reconnect_finish(). */
static void
connect_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  MtStore *self = source;
  GError *error = NULL;
  MtDb *db = mt_db_open_pg (self->uri, self->password, &error);

  if (db != NULL)
    g_task_return_pointer (task, db, (GDestroyNotify) mt_db_close);
  else
    g_task_return_error (task, error);
}

void
mt_store_reconnect_async (MtStore             *self,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;

  g_return_if_fail (MT_IS_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, mt_store_reconnect_async);
  if (!check_reconnectable (self, &error))
    g_task_return_error (task, error);
  else if (mt_db_kind (self->db) != MT_DB_POSTGRES)
    g_task_return_pointer (task, NULL, NULL);
  else
    g_task_run_in_thread (task, connect_thread);
}

gboolean
mt_store_reconnect_finish (MtStore       *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  MtDb *db;

  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (g_task_had_error (G_TASK (result)))
    return g_task_propagate_pointer (G_TASK (result), error) != NULL;
  db = g_task_propagate_pointer (G_TASK (result), NULL);
  if (db == NULL)
    return TRUE;   /* a file: nothing to reconnect */

  return adopt_connection (self, db, error);
}
