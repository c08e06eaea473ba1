/* mt-test-util.h: shared by the tests.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-types.h"

G_BEGIN_DECLS

/* A fresh in-memory store with the schema, and the seed when @seeded; a fresh database on
 * the test server in the tests of suite "pg". Aborts on error. */
MtStore *mt_test_store_new (gboolean seeded);
/* A fresh store (as mt_test_store_new (FALSE)) holding what the script @sql writes. */
MtStore *mt_test_store_new_with (const char *sql);
/* The camp named @name in @store (the test fails without one); caller unrefs. */
MtCamp  *mt_test_camp_named      (MtStore    *store,
                                  const char *name);

/* TRUE in the tests of suite "pg" (MT_TEST_BACKEND=postgresql): their stores are on the
 * PostgreSQL server whose URI build-aux/test.sh puts in MT_TEST_PG_SERVER. */
gboolean mt_test_on_server (void);
/* The URI of a new, empty database (a schema of its own) on the test server. */
char    *mt_test_server_database_new (void);
/* The run's test server ($MT_TEST_PG_SERVER); aborts without one. */
const char *mt_test_server_base      (void);
/* Runs one SQL statement on the server at @base (psql); aborts on failure. */
void     mt_test_server_exec         (const char *base,
                                      const char *sql);
/* A new, empty database of its own (CREATE DATABASE) on the server at @base, owned by @owner
 * (NULL: the superuser); its name. */
char    *mt_test_server_create_database (const char *base,
                                         const char *owner);
/* The socket folder of the server at @base. */
char    *mt_test_server_socket_dir   (const char *base);
/* The URI of @database on the server at @base, for @login. */
char    *mt_test_server_uri          (const char *base,
                                      const char *database,
                                      const char *login);
/* On the run's second server, where every login but "postgres" must give its password
 * (build-aux/test.sh starts it with pg-server.sh --passwords and sets
 * MT_TEST_PG_PASSWORD_SERVER), a new login with @password; its name. NULL without that
 * server (the sanitizer build). */
char    *mt_test_password_login_new  (const char *password);
/* The run's password server for one test program: a login of its own with @password
 * (mt_test_password_login_new()), the server's base URI and socket folder; all NULL when
 * the run has no servers. */
void     mt_test_password_server_open (const char  *password,
                                       char       **login,
                                       const char **base,
                                       char       **socket_dir);
/* TRUE when mt_test_password_server_open() found a server; otherwise skips the test. */
gboolean mt_test_have_password_server (const char *base);

/* A new database file at @path, seeded, on a "disk" that takes @spare_pages more pages
 * than it holds: MT_TEST_MAX_PAGE_COUNT is set for every connection opened until the test
 * unsets it. Aborts on error. */
#define MT_TEST_PAGE_SIZE 16384
MtStore *mt_test_store_open_nearly_full (const char *path,
                                         guint       spare_pages);

/* Records every items-changed of a GListModel as (position, removed, added). */
typedef struct
{
  GListModel *model;
  GArray     *changes;   /* of guint[3] triples, flattened */
  gulong      handler;
} MtTestRecorder;

void  mt_test_recorder_init   (MtTestRecorder *rec,
                               GListModel     *model);
void  mt_test_recorder_clear  (MtTestRecorder *rec);
guint mt_test_recorder_count  (MtTestRecorder *rec);
/* Asserts change @index was (@position, @removed, @added). */
void  mt_test_recorder_assert (MtTestRecorder *rec,
                               guint           index,
                               guint           position,
                               guint           removed,
                               guint           added);
void  mt_test_recorder_finish (MtTestRecorder *rec);

/* Files of this run, in a directory of its own: other runs (and other builds) of the same
 * test may be going on at the same time. Make it after g_test_init(), remove it (with the
 * files named by mt_test_tmp_path()) after g_test_run(). */
void        mt_test_tmp_dir_make   (void);
const char *mt_test_tmp_dir        (void);
char       *mt_test_tmp_path       (const char *name);
void        mt_test_tmp_dir_remove (void);
/* Removes @path and everything below it (for directories a test made itself). */
void        mt_test_remove_tree    (const char *path);
/* g_test_run() with the directory made before and removed after: the end of a main(). */
int         mt_test_run_in_tmp_dir (void);

/* Removes a database file and the -wal and -shm files SQLite keeps beside it. */
void        mt_test_remove_database (const char *path);

/* Runs the rest of the test in @locale (LC_ALL) and the user's @language ("en", "fr"),
 * with the tracker's translations; FALSE, the test skipped, when @locale is not installed.
 * mt_test_restore_locale() goes back to the suite's C.UTF-8. */
gboolean    mt_test_use_locale     (const char *locale,
                                    const char *language);
void        mt_test_restore_locale (void);

/* A file of tests/data. */
char       *mt_test_data_path      (const char *name);

/* One run of the tracker binary ($MT_BINARY): its exit code (128 when it did not exit)
 * and what it wrote. */
typedef struct
{
  int   status;
  char *out;
  char *err;
} MtTestRun;

typedef enum
{
  MT_TEST_RUN_DEFAULT    = 0,
  /* No DISPLAY nor WAYLAND_DISPLAY, as cron or a CI job runs it. */
  MT_TEST_RUN_NO_DISPLAY = 1 << 0,
  /* No session bus (DBUS_SESSION_BUS_ADDRESS, $XDG_RUNTIME_DIR/bus): no keyring either. */
  MT_TEST_RUN_NO_SESSION_BUS = 1 << 1,
} MtTestRunFlags;

void mt_test_run_clear   (MtTestRun      *run);
/* Runs the tracker with the arguments that follow, up to NULL; aborts when it cannot
 * be started. */
void mt_test_run_tracker (MtTestRun      *run,
                          MtTestRunFlags  flags,
                          const char     *first_arg,
                          ...) G_GNUC_NULL_TERMINATED;

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (MtTestRun, mt_test_run_clear)

G_END_DECLS
