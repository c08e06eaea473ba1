/* mt-store-backup.c: whole copies of the database (Save a Copy…, --backup).
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SQLite's online backup copies every page in one read transaction: with the database in
 * WAL mode that is a snapshot as of the last commit, whatever other connections write in
 * the meantime, and it does not keep them waiting. The copy goes to a temporary file beside
 * the destination and is renamed over it only once whole, so a failed or interrupted copy
 * never costs the previous one.
 */

#define G_LOG_DOMAIN "mt-store-backup"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

#include "mt-store-backup.h"
#include "mt-store-backup-private.h"
#include "mt-db-sqlite.h"
#include "mt-store-private.h"
#include "mt-store-roster.h"

/* How long a busy source may hold up the copy: 100 tries, 50 ms apart. */
#define BUSY_TRIES    100
#define BUSY_SLEEP_MS 50

/* Auxiliary methods */

/* The absolute path without symbolic links, "." or "..": of the file itself, or of its
 * folder when the file does not exist yet. NULL when the folder does not exist either. */
static char *
dup_canonical_path (const char *path)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  char *real;
  char *result;

  real = realpath (path, NULL);
  if (real == NULL)
    {
      dir = g_path_get_dirname (path);
      base = g_path_get_basename (path);
      real = realpath (dir, NULL);
      if (real == NULL)
        return NULL;
      result = g_build_filename (real, base, NULL);
    }
  else
    {
      result = g_strdup (real);
    }

  free (real);
  return result;
}

static gboolean
set_file_error (GError     **error,
                int          saved_errno,
                const char  *destination)
{
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               _("Could not write a copy to “%s”: %s"), destination, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
set_sqlite_error (GError     **error,
                  const char  *destination,
                  const char  *message)
{
  g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_FAILED,
               _("Could not write a copy to “%s”: %s"), destination, message);
  return FALSE;
}

/* Runs "PRAGMA integrity_check" or "quick_check": NULL when it answers "ok", else its first
 * finding (or SQLite's error); caller frees. */
static char *
dup_check_problem (sqlite3    *db,
                   const char *pragma)
{
  sqlite3_stmt *stmt = NULL;
  char *problem = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, pragma, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (text, "ok") != 0)
        problem = g_strdup (text != NULL ? text : "?");
    }
  else
    {
      problem = g_strdup (sqlite3_errmsg (db));
    }
  sqlite3_finalize (stmt);

  return problem;
}

/* Copies @source into the (empty) database file @path and leaves it in rollback-journal
 * mode, closed: one file that opens alone. */
static gboolean
copy_into (sqlite3     *source,
           const char  *path,
           const char  *destination,
           GError     **error)
{
  g_autofree char *problem = NULL;
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  gboolean ok = FALSE;
  int rc;

  rc = sqlite3_open_v2 (path, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, destination,
                        dest != NULL ? sqlite3_errmsg (dest) : sqlite3_errstr (rc));
      goto out;
    }

  backup = sqlite3_backup_init (dest, "main", source, "main");
  if (backup == NULL)
    {
      set_sqlite_error (error, destination, sqlite3_errmsg (dest));
      goto out;
    }

  /* All pages in one step, so in one read transaction: a consistent snapshot. Stepping a
   * few pages at a time would start over each time another connection commits. */
  for (guint tries = 0;; tries++)
    {
      rc = sqlite3_backup_step (backup, -1);
      if ((rc != SQLITE_BUSY && rc != SQLITE_LOCKED) || tries >= BUSY_TRIES)
        break;
      sqlite3_sleep (BUSY_SLEEP_MS);
    }
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (error, destination, sqlite3_errstr (rc));
      goto out;
    }

  /* What goes out must open: read every page back once before it replaces anything. */
  problem = dup_check_problem (dest, "PRAGMA quick_check");
  if (problem != NULL)
    {
      set_sqlite_error (error, destination, problem);
      goto out;
    }

  /* The pages carry the source's WAL flag; a copy that is mailed must not need a -wal. */
  if (sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) != SQLITE_OK)
    {
      set_sqlite_error (error, destination, sqlite3_errmsg (dest));
      goto out;
    }

  ok = TRUE;

out:
  if (dest != NULL && sqlite3_close (dest) != SQLITE_OK && ok)
    ok = set_sqlite_error (error, destination, sqlite3_errmsg (dest));

  return ok;
}

static void
remove_partial (const char *path)
{
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);

  g_unlink (path);
  g_unlink (journal);
}

/* Callbacks */

/* The job of mt_store_backup_async(): @data is the destination. */
static gboolean
backup_job (MtStore       *conn,
            gpointer       data,
            GCancellable  *cancellable,
            GError       **error)
{
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  return mt_store_backup (conn, data, error);
}

/* Public API */

gboolean
mt_store_is_own_file (MtStore    *self,
                      const char *path)
{
  static const char *suffixes[] = { "", "-wal", "-shm", "-journal" };
  g_autofree char *own = NULL;
  g_autofree char *other = NULL;
  GStatBuf own_stat, other_stat;

  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (mt_store_is_memory (self) || mt_store_is_server (self))
    return FALSE;

  own = dup_canonical_path (self->path);
  other = dup_canonical_path (path);
  if (own != NULL && other != NULL)
    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *name = g_strconcat (own, suffixes[i], NULL);

        if (g_str_equal (name, other))
          return TRUE;
      }

  /* A hard link is another name for the same file. */
  return g_stat (self->path, &own_stat) == 0 && g_stat (path, &other_stat) == 0 &&
         own_stat.st_dev == other_stat.st_dev && own_stat.st_ino == other_stat.st_ino;
}

gboolean
mt_store_check_integrity (MtStore  *self,
                          GError  **error)
{
  g_autofree char *problem = NULL;

  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_mt_store_check_open (self, error))
    return FALSE;

  /* The server keeps its own files whole (checksums, WAL): nothing for a client to check. */
  if (mt_store_is_server (self))
    return TRUE;

  problem = dup_check_problem (mt_db_sqlite_handle (self->db), "PRAGMA integrity_check");
  if (problem != NULL)
    {
      g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_FAILED,
                   _("“%s” is damaged: %s"), self->path, problem);
      return FALSE;
    }

  return TRUE;
}

gboolean
mt_store_backup (MtStore     *self,
                 const char  *destination,
                 GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *template = NULL;
  g_autofree char *partial = NULL;
  int fd;

  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (destination != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_mt_store_check_open (self, error))
    return FALSE;

  /* A desk's file put on a server for a team (a server's own copies: pg_dump). */
  if (mt_db_is_pg_uri (destination))
    {
      if (mt_store_is_server (self) || mt_store_is_memory (self))
        {
          g_set_error_literal (error, MT_STORE_ERROR, MT_STORE_ERROR_INVALID,
                               _("Only a database file can be copied onto a server"));
          return FALSE;
        }
      return _mt_store_copy_file_onto_server (self, destination, error);
    }

  if (*destination == '\0' || g_file_test (destination, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR,
                   _("“%s” is a folder: give the copy a file name, e.g. tracker-copy.db"),
                   destination);
      return FALSE;
    }

  if (mt_store_is_own_file (self, destination))
    {
      g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_INVALID,
                   _("“%s” is the open database itself: choose another file for the copy"),
                   destination);
      return FALSE;
    }

  /* Beside the destination, so the final rename stays on one file system. */
  dir = g_path_get_dirname (destination);
  base = g_path_get_basename (destination);
  template = g_strdup_printf (".%s.XXXXXX", base);
  partial = g_build_filename (dir, template, NULL);
  fd = g_mkstemp (partial);
  if (fd < 0)
    return set_file_error (error, errno, destination);
  close (fd);

  /* A server database becomes a file too: a snapshot for a sector without network. */
  if (mt_store_is_server (self)
      ? !_mt_store_copy_server_into (self, partial, destination, error)
      : !copy_into (mt_db_sqlite_handle (self->db), partial, destination, error))
    {
      remove_partial (partial);
      return FALSE;
    }

  if (g_rename (partial, destination) != 0)
    {
      int saved = errno;

      remove_partial (partial);
      return set_file_error (error, saved, destination);
    }

  return TRUE;
}

void
mt_store_backup_async (MtStore             *self,
                       const char          *destination,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (MT_IS_STORE (self));
  g_return_if_fail (destination != NULL);

  /* A copy of a file database reads a connection of its own, on a worker thread. */
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, mt_store_backup_async);
  g_task_set_task_data (task, g_strdup (destination), g_free);
  mt_store_run_job (self, task, backup_job);
}

gboolean
mt_store_backup_finish (MtStore       *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

int
mt_store_backup_cli (MtStore    *self,
                     const char *destination)
{
  g_autoptr(GError) error = NULL;
  /* (a server's URI is shown without its password) */
  g_autofree char *shown = mt_db_is_pg_uri (destination) ? mt_db_pg_display_uri (destination)
                                                         : NULL;

  g_return_val_if_fail (MT_IS_STORE (self), 2);
  g_return_val_if_fail (destination != NULL, 2);

  if (!mt_store_backup (self, destination, &error))
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return 2;
    }

  /* Translators: --backup's confirmation; the database, then the copy */
  g_print (_("Copied %s to %s\n"), mt_store_get_path (self),
           shown != NULL ? shown : destination);

  return 0;
}
