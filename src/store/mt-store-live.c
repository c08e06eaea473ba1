/* mt-store-live.c: other planners' commits, told to this window's store as its own are.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On a server, every write is announced inside its transaction by triggers
 * (data/schema-pg.sql, channel "mt_changes.SCHEMA": "SESSION|TABLE|OP|CAMP"). A store opened by a
 * window keeps one more connection that only listens, watched on the main loop; what it
 * hears from other sessions becomes the store's usual signals (camp-added, camp-changed,
 * camp-removed, records-changed::TABLE, personnel-changed, reset, changed), so the lists
 * update the rows that changed. The store's own connections (its worker threads too) set
 * one session, and their commits are not heard twice.
 */

#define G_LOG_DOMAIN "mt-store-live"

#include "config.h"

#include <glib-unix.h>
#include <string.h>

#include "mt-store-private.h"

#define CHANNEL_PREFIX "mt_changes."

/* What one wake-up heard, merged: each signal once. */
typedef struct
{
  GHashTable *added;     /* camp ids (gint64*) */
  GHashTable *changed;
  GHashTable *removed;
  GHashTable *tables;    /* record tables (interned strings) */
  gboolean    personnel;
  gboolean    reset;
  gboolean    any;
} Heard;

static void
note_camp (GHashTable *set,
           const char *camp)
{
  gint64 id;

  if (camp == NULL || camp[0] == '\0')
    return;
  id = g_ascii_strtoll (camp, NULL, 10);
  if (id > 0)
    g_hash_table_add (set, g_memdup2 (&id, sizeof id));
}

static void
hear (MtStore    *self,
      Heard      *heard,
      const char *payload)
{
  g_auto(GStrv) parts = g_strsplit (payload, "|", 4);
  const char *table, *op, *camp;

  if (g_strv_length (parts) < 3 || g_strcmp0 (parts[0], self->session) == 0)
    return;

  table = parts[1];
  op = parts[2];
  camp = parts[3];
  heard->any = TRUE;

  if (strcmp (table, "camps") == 0)
    note_camp (op[0] == 'I' ? heard->added : op[0] == 'D' ? heard->removed : heard->changed,
               camp);
  else if (strcmp (table, "camp_aliases") == 0 || strcmp (table, "camp_status") == 0 ||
           strcmp (table, "deployments") == 0)
    note_camp (heard->changed, camp);
  else if (strcmp (table, "movements") == 0 || strcmp (table, "convoys") == 0 ||
           strcmp (table, "assets") == 0 || strcmp (table, "events") == 0)
    {
      g_hash_table_add (heard->tables, (gpointer) g_intern_string (table));
      note_camp (heard->changed, camp);
    }
  else if (strcmp (table, "scenarios") == 0 || strcmp (table, "scenario_changes") == 0)
    g_hash_table_add (heard->tables, (gpointer) g_intern_static_string ("scenarios"));
  else if (strcmp (table, "personnel") == 0)
    heard->personnel = TRUE;
  else if (strcmp (table, "mission") == 0 || strcmp (table, "categories") == 0)
    heard->reset = TRUE;
}

static void
emit_camps (MtStore    *self,
            GHashTable *set,
            guint       signal,
            GHashTable *skip)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (skip == NULL || !g_hash_table_contains (skip, key))
      g_signal_emit (self, _mt_store_signals[signal], 0, *(gint64 *) key);
}

static gboolean
listener_ready_cb (gint          fd,
                   GIOCondition  condition,
                   gpointer      user_data)
{
  MtStore *self = MT_STORE (user_data);
  g_autoptr(GPtrArray) payloads = NULL;
  g_autoptr(MtStore) hold = g_object_ref (self);
  Heard heard = { 0 };
  GHashTableIter iter;
  gpointer key;

  payloads = mt_db_pg_take_notifications (self->listener);
  if (payloads == NULL)
    {
      /* The server went away: nothing more to hear on this connection. */
      g_debug ("Stopped listening to %s: the connection is lost", self->path);
      self->listen_source = 0;
      _mt_store_set_connected (self, FALSE);
      return G_SOURCE_REMOVE;
    }

  heard.added = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  heard.changed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  heard.removed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  heard.tables = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < payloads->len; i++)
    hear (self, &heard, g_ptr_array_index (payloads, i));

  if (heard.any && !self->closed)
    {
      if (heard.reset)
        g_signal_emit (self, _mt_store_signals[MT_STORE_SIGNAL_RESET], 0);
      g_hash_table_iter_init (&iter, heard.tables);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_signal_emit (self, _mt_store_signals[MT_STORE_SIGNAL_RECORDS_CHANGED],
                       g_quark_from_string (key), (const char *) key);
      emit_camps (self, heard.removed, MT_STORE_SIGNAL_CAMP_REMOVED, NULL);
      emit_camps (self, heard.added, MT_STORE_SIGNAL_CAMP_ADDED, heard.removed);
      emit_camps (self, heard.changed, MT_STORE_SIGNAL_CAMP_CHANGED, heard.removed);
      if (heard.personnel)
        g_signal_emit (self, _mt_store_signals[MT_STORE_SIGNAL_PERSONNEL_CHANGED], 0);
      g_signal_emit (self, _mt_store_signals[MT_STORE_SIGNAL_CHANGED], 0);
    }

  g_hash_table_unref (heard.added);
  g_hash_table_unref (heard.changed);
  g_hash_table_unref (heard.removed);
  g_hash_table_unref (heard.tables);

  return G_SOURCE_CONTINUE;
}

/* The channel of the dataset @db sees: its schema's (the tests keep one per store). */
static char *
dup_channel (MtDb *db)
{
  MtDbStmt *stmt = mt_db_prepare (db, "SELECT current_schema ()");
  char *channel = NULL;

  if (stmt == NULL)
    return NULL;
  if (mt_db_step (stmt) == MT_DB_ROW)
    channel = g_strconcat (CHANNEL_PREFIX, mt_db_column_text (stmt, 0), NULL);
  mt_db_finalize (stmt);

  return channel;
}

/* Private API */

gboolean
_mt_store_join_session (MtStore     *self,
                        const char  *session,
                        GError     **error)
{
  g_autofree char *sql = NULL;

  g_assert (MT_IS_STORE (self));
  g_assert (session != NULL);

  g_free (self->session);
  self->session = g_strdup (session);
  if (mt_db_kind (self->db) != MT_DB_POSTGRES)
    return TRUE;

  /* The session is ours (a UUID): no quoting problem. */
  sql = g_strdup_printf ("SET mt.session = '%s'", session);
  if (mt_db_exec (self->db, sql) != MT_DB_OK)
    return _mt_store_fail (self, error, "SET mt.session");

  return TRUE;
}

void
_mt_store_live_start (MtStore *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSource) source = NULL;
  g_autofree char *channel = NULL;

  g_assert (MT_IS_STORE (self));

  if (mt_db_kind (self->db) != MT_DB_POSTGRES || self->listener != NULL)
    return;

  /* Best effort: a window that cannot listen still works, it updates on its own writes. */
  self->listener = mt_db_open_pg (self->uri, self->password, &error);
  if (self->listener == NULL)
    {
      g_warning ("Other planners' changes will not show live: %s", error->message);
      return;
    }
  channel = dup_channel (self->listener);
  if (channel == NULL || !mt_db_pg_listen (self->listener, channel))
    {
      g_warning ("Other planners' changes will not show live: %s",
                 mt_db_errmsg (self->listener));
      g_clear_pointer (&self->listener, mt_db_close);
      return;
    }

  /* On the context of the thread that opened the store, where its signals go. */
  source = g_unix_fd_source_new (mt_db_pg_socket (self->listener), G_IO_IN);
  g_source_set_callback (source, (GSourceFunc) (void (*) (void)) listener_ready_cb, self, NULL);
  g_source_set_static_name (source, "[mt-store-live]");
  self->listen_source = g_source_attach (source, g_main_context_get_thread_default ());
}

void
_mt_store_live_stop (MtStore *self)
{
  g_assert (MT_IS_STORE (self));

  if (self->listen_source != 0)
    {
      GSource *source = g_main_context_find_source_by_id (g_main_context_get_thread_default (),
                                                          self->listen_source);

      if (source != NULL)
        g_source_destroy (source);
      self->listen_source = 0;
    }
  g_clear_pointer (&self->listener, mt_db_close);
}
