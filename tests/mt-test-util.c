/* mt-test-util.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "mt-store.h"
#include "mt-test-util.h"

MtCamp *
mt_test_camp_named (MtStore    *store,
                    const char *name)
{
  gint64 id = mt_store_find_camp (store, name);

  g_assert_cmpint (id, >, 0);
  return mt_store_get_camp (store, id, NULL, NULL);
}

gboolean
mt_test_on_server (void)
{
  return g_strcmp0 (g_getenv ("MT_TEST_BACKEND"), "postgresql") == 0;
}

void
mt_test_server_exec (const char *base,
                     const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status = 0;
  const char *argv[] = { "psql", base, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c", sql, NULL };

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                NULL, NULL, NULL, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("psql %s: %s", sql, err);
}

const char *
mt_test_server_base (void)
{
  const char *base = g_getenv ("MT_TEST_PG_SERVER");

  if (base == NULL || base[0] == '\0')
    g_error ("These tests run on a PostgreSQL server: build-aux/test.sh starts one and sets "
             "MT_TEST_PG_SERVER (see build-aux/pg-server.sh)");
  return base;
}

char *
mt_test_server_database_new (void)
{
  static int counter;
  const char *base = mt_test_server_base ();
  g_autofree char *schema = NULL;
  g_autofree char *sql = NULL;

  g_assert_true (mt_test_on_server ());

  /* A schema of its own for each store a test makes: the tests of a run share one server
   * and one database, and run at the same time. */
  schema = g_strdup_printf ("t_%d_%d", (int) getpid (), ++counter);
  sql = g_strdup_printf ("CREATE SCHEMA %s", schema);
  mt_test_server_exec (base, sql);

  return g_strdup_printf ("%s%coptions=-csearch_path%%3D%s", base,
                          strchr (base, '?') != NULL ? '&' : '?', schema);
}

char *
mt_test_server_socket_dir (const char *base)
{
  const char *host = strstr (base, "host=");
  const char *end;

  g_assert_nonnull (host);
  host += strlen ("host=");
  end = strchr (host, '&');
  return end != NULL ? g_strndup (host, end - host) : g_strdup (host);
}

char *
mt_test_server_uri (const char *base,
                    const char *database,
                    const char *login)
{
  g_autofree char *dir = mt_test_server_socket_dir (base);

  return g_strdup_printf ("postgresql:///%s?host=%s&user=%s", database, dir, login);
}

char *
mt_test_server_create_database (const char *base,
                                const char *owner)
{
  static int counter;
  char *name = g_strdup_printf ("mt_%d_%d", (int) getpid (), ++counter);
  g_autofree char *sql = owner != NULL
                         ? g_strdup_printf ("CREATE DATABASE %s OWNER %s", name, owner)
                         : g_strdup_printf ("CREATE DATABASE %s", name);

  mt_test_server_exec (base, sql);
  return name;
}

char *
mt_test_password_login_new (const char *password)
{
  static int counter;
  const char *base = g_getenv ("MT_TEST_PG_PASSWORD_SERVER");
  char *login = NULL;
  g_autofree char *sql = NULL;

  if (base == NULL || base[0] == '\0')
    return NULL;

  /* A login of its own: the test programs of a run share the server. */
  login = g_strdup_printf ("planner_%d_%d", (int) getpid (), ++counter);
  sql = g_strdup_printf ("CREATE ROLE %s LOGIN PASSWORD '%s'", login, password);
  mt_test_server_exec (base, sql);
  return login;
}

MtStore *
mt_test_store_new (gboolean seeded)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = mt_test_on_server () ? mt_test_server_database_new () : NULL;
  MtStore *store = mt_store_open (uri != NULL ? uri : ":memory:", &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  if (seeded)
    {
      mt_store_load_seed (store, &error);
      g_assert_no_error (error);
    }
  return store;
}

MtStore *
mt_test_store_new_with (const char *sql)
{
  g_autoptr(GError) error = NULL;
  MtStore *store = mt_test_store_new (FALSE);

  mt_store_load_sql (store, sql, &error);
  g_assert_no_error (error);
  return store;
}

MtStore *
mt_test_store_open_nearly_full (const char *path,
                                guint       spare_pages)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtStore) seeded = NULL;
  g_autofree char *limit = NULL;
  GStatBuf st;
  MtStore *store;

  mt_test_remove_database (path);
  seeded = mt_store_open (path, &error);
  g_assert_no_error (error);
  mt_store_load_seed (seeded, &error);
  g_assert_no_error (error);
  /* Closed, the file holds every page: its size tells how many there are. */
  mt_store_close (seeded, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);

  limit = g_strdup_printf ("%" G_GINT64_FORMAT,
                           (gint64) st.st_size / MT_TEST_PAGE_SIZE + spare_pages);
  g_setenv ("MT_TEST_MAX_PAGE_COUNT", limit, TRUE);
  store = mt_store_open (path, &error);
  g_assert_no_error (error);

  return store;
}

static void
items_changed_cb (GListModel     *model,
                  guint           position,
                  guint           removed,
                  guint           added,
                  MtTestRecorder *rec)
{
  guint triple[3] = { position, removed, added };

  g_array_append_vals (rec->changes, triple, 3);
}

void
mt_test_recorder_init (MtTestRecorder *rec,
                       GListModel     *model)
{
  rec->model = model;
  rec->changes = g_array_new (FALSE, FALSE, sizeof (guint));
  rec->handler = g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), rec);
}

void
mt_test_recorder_clear (MtTestRecorder *rec)
{
  g_array_set_size (rec->changes, 0);
}

guint
mt_test_recorder_count (MtTestRecorder *rec)
{
  return rec->changes->len / 3;
}

void
mt_test_recorder_assert (MtTestRecorder *rec,
                         guint           index,
                         guint           position,
                         guint           removed,
                         guint           added)
{
  g_assert_cmpuint (index, <, mt_test_recorder_count (rec));
  g_assert_cmpuint (g_array_index (rec->changes, guint, index * 3), ==, position);
  g_assert_cmpuint (g_array_index (rec->changes, guint, index * 3 + 1), ==, removed);
  g_assert_cmpuint (g_array_index (rec->changes, guint, index * 3 + 2), ==, added);
}

void
mt_test_recorder_finish (MtTestRecorder *rec)
{
  g_signal_handler_disconnect (rec->model, rec->handler);
  g_array_unref (rec->changes);
}

/* Temporary files */

static char *tmp_dir;

void
mt_test_tmp_dir_make (void)
{
  g_assert_null (tmp_dir);
  tmp_dir = g_dir_make_tmp ("mt-csv-test-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);
}

const char *
mt_test_tmp_dir (void)
{
  g_assert_nonnull (tmp_dir);
  return tmp_dir;
}

char *
mt_test_tmp_path (const char *name)
{
  return g_build_filename (mt_test_tmp_dir (), name, NULL);
}

void
mt_test_remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        mt_test_remove_tree (child);
      else
        g_unlink (child);
    }
  if (dir != NULL)
    g_dir_close (dir);
  g_rmdir (path);
}

void
mt_test_tmp_dir_remove (void)
{
  mt_test_remove_tree (tmp_dir);
  g_clear_pointer (&tmp_dir, g_free);
}

int
mt_test_run_in_tmp_dir (void)
{
  int status;

  mt_test_tmp_dir_make ();
  status = g_test_run ();
  mt_test_tmp_dir_remove ();

  return status;
}

void
mt_test_remove_database (const char *path)
{
  static const char *suffixes[] = { "", "-wal", "-shm", NULL };

  for (guint i = 0; suffixes[i] != NULL; i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_remove (file);
    }
}

char *
mt_test_data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

/* Running the binary */

void
mt_test_run_clear (MtTestRun *run)
{
  g_free (run->out);
  g_free (run->err);
}

void
mt_test_run_tracker (MtTestRun      *run,
                     MtTestRunFlags  flags,
                     const char     *first_arg,
                     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  const char *binary = g_getenv ("MT_BINARY");
  va_list ap;

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (char *) binary);
  va_start (ap, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);

  if (flags & MT_TEST_RUN_NO_DISPLAY)
    {
      env = g_environ_unsetenv (env, "DISPLAY");
      env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
    }
  if (flags & MT_TEST_RUN_NO_SESSION_BUS)
    {
      env = g_environ_unsetenv (env, "DBUS_SESSION_BUS_ADDRESS");
      env = g_environ_setenv (env, "XDG_RUNTIME_DIR", "/nonexistent", TRUE);
    }
  g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &run->status, &error);
  g_assert_no_error (error);
  /* Normalise the wait status into an exit code. */
  run->status = WIFEXITED (run->status) ? WEXITSTATUS (run->status) : 128;
}

gboolean
mt_test_use_locale (const char *locale,
                    const char *language)
{
  if (setlocale (LC_ALL, locale) == NULL)
    {
      g_test_skip_printf ("the %s locale is not installed", locale);
      return FALSE;
    }
  g_setenv ("LANGUAGE", language, TRUE);
  bindtextdomain (GETTEXT_PACKAGE, MT_BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  return TRUE;
}

void
mt_test_restore_locale (void)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_unsetenv ("LANGUAGE");
}

void
mt_test_password_server_open (const char  *password,
                              char       **login,
                              const char **base,
                              char       **socket_dir)
{
  *login = g_getenv ("MT_TEST_PG_SERVER") != NULL ? mt_test_password_login_new (password) : NULL;
  *base = *login != NULL ? g_getenv ("MT_TEST_PG_PASSWORD_SERVER") : NULL;
  *socket_dir = *base != NULL ? mt_test_server_socket_dir (*base) : NULL;
}

gboolean
mt_test_have_password_server (const char *base)
{
  if (base != NULL)
    return TRUE;
  g_test_skip ("no PostgreSQL server for this run (build-aux/test.sh starts one)");
  return FALSE;
}
