/* mt-database.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-database"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <errno.h>

#include "mt-database.h"
#include "mt-keyring.h"
#include "mt-server-address.h"
#include "mt-store.h"

typedef struct
{
  char              *location;
  char              *password;
  MtDatabaseKeyring  keyring;
  char              *keyring_problem;  /* set on the worker thread, read once it is done */
} OpenJob;

/* Auxiliary methods */

static void
open_job_free (gpointer data)
{
  OpenJob *job = data;

  g_free (job->location);
  g_free (job->password);  /* g_free does not wipe: the store keeps its own copy anyway */
  g_free (job->keyring_problem);
  g_free (job);
}

/* A file's folder is made first: the default database lives in a folder of its own. */
static gboolean
prepare_file (const char  *path,
              GError     **error)
{
  g_autofree char *dir = NULL;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR,
                   _("Cannot open database “%s”: it is a folder"), path);
      return FALSE;
    }

  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Cannot create the folder “%s” for the database: %s"), dir,
                   g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

/* libpq's sources first (mt_store_open() without a password), then the keyring. */
static MtStore *
open_with_sources (const char  *location,
                   GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GError) keyring_error = NULL;
  g_autoptr(MtServerAddress) address = NULL;
  g_autofree char *kept = NULL;
  MtStore *store;

  store = mt_store_open (location, &local_error);
  if (store != NULL)
    return store;
  if (!g_error_matches (local_error, MT_STORE_ERROR, MT_STORE_ERROR_PASSWORD) &&
      !g_error_matches (local_error, MT_STORE_ERROR, MT_STORE_ERROR_PASSWORD_REFUSED))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  address = mt_server_address_parse (location);
  if (address != NULL && mt_keyring_available ())
    kept = mt_keyring_lookup (address, NULL, &keyring_error);
  if (keyring_error != NULL)
    g_debug ("No password in the keyring for %s: %s", location, keyring_error->message);
  if (kept == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return mt_store_open_with_password (location, kept, error);
}

static void
open_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  OpenJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) keyring_error = NULL;
  g_autoptr(MtServerAddress) address = NULL;
  MtStore *store = mt_database_open (job->location, job->password, &error);

  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* Only a password that opened the database is kept. */
  address = mt_server_address_parse (job->location);
  if (address != NULL && job->keyring == MT_DATABASE_KEYRING_REMEMBER && job->password != NULL)
    mt_keyring_store (address, job->password, NULL, &keyring_error);
  else if (address != NULL && job->keyring == MT_DATABASE_KEYRING_FORGET &&
           mt_keyring_available ())
    mt_keyring_clear (address, NULL, &keyring_error);
  if (keyring_error != NULL)
    job->keyring_problem = g_strdup_printf (_("The password was not kept in the keyring: %s"),
                                            keyring_error->message);

  g_task_return_pointer (task, store, g_object_unref);
}

/* Public API */

MtStore *
mt_database_open (const char  *location,
                  const char  *password,
                  GError     **error)
{
  g_autoptr(MtStore) store = NULL;

  g_return_val_if_fail (location != NULL, NULL);

  if (!mt_server_address_is_uri (location) && !prepare_file (location, error))
    return NULL;

  if (password != NULL)
    store = mt_store_open_with_password (location, password, error);
  else
    store = open_with_sources (location, error);
  if (store == NULL)
    return NULL;

  /* A new database starts with the embedded seed picture, so there is something real to see. */
  if (mt_store_is_empty (store) && !mt_store_load_seed (store, error))
    return NULL;

  return g_steal_pointer (&store);
}

void
mt_database_open_async (const char          *location,
                        const char          *password,
                        MtDatabaseKeyring    keyring,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  OpenJob *job;

  g_return_if_fail (location != NULL);

  job = g_new0 (OpenJob, 1);
  job->location = g_strdup (location);
  job->password = g_strdup (password);
  job->keyring = keyring;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, mt_database_open_async);
  g_task_set_task_data (task, job, open_job_free);
  /* The store's live updates attach to the default main context (a pool thread has no
   * context of its own), where its signals then go: the window's. */
  g_task_run_in_thread (task, open_thread);
}

MtStore *
mt_database_open_finish (GAsyncResult  *result,
                         char         **keyring_problem,
                         GError       **error)
{
  OpenJob *job;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  job = g_task_get_task_data (G_TASK (result));
  if (keyring_problem != NULL)
    *keyring_problem = g_strdup (job->keyring_problem);
  return g_task_propagate_pointer (G_TASK (result), error);
}

char *
mt_database_dup_label (const char *location)
{
  g_autoptr(MtServerAddress) address = NULL;

  g_return_val_if_fail (location != NULL, NULL);

  if (!mt_server_address_is_uri (location))
    return g_path_get_basename (location);

  address = mt_server_address_parse (location);
  if (address == NULL)
    return g_strdup ("postgresql://…");
  return mt_server_address_dup_label (address);
}

const char *
mt_database_password_advice (void)
{
  return _("The server asks for a password: give it in the environment variable PGPASSWORD, "
           "or in a line of ~/.pgpass (host:port:database:login:password, readable by you "
           "alone), or connect once from the window (Connect to Server…, Remember password) "
           "to keep it in the desktop keyring.");
}
