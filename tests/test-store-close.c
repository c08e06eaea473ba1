/* test-store-close.c: the database file is whole once the store is closed, an import's log
 * stays small, and a full disk loses nothing.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "mt-csv-import.h"
#include "mt-store.h"
#include "mt-store-edit.h"
#include "mt-store-import.h"
#include "mt-store-roster.h"
#include "mt-test-util.h"

#define WAL_LIMIT (4 * 1024 * 1024)

/* The window's way of importing: a worker thread on a connection of its own. */
typedef struct
{
  GMainLoop         *loop;
  MtCsvImportResult *result;
  GError            *error;
  gboolean           done;
  gboolean           stop_at_rows;   /* quit the loop at the first progress with rows read */
  guint64            rows;
} Async;

/* Helpers */

static char *
file_path (const char *db_path,
           const char *suffix)
{
  return g_strconcat (db_path, suffix, NULL);
}

static goffset
file_size (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return -1;

  return st.st_size;
}

static MtStore *
open_store (const char *db_path)
{
  g_autoptr(GError) error = NULL;
  MtStore *store = mt_store_open (db_path, &error);

  g_assert_no_error (error);

  return store;
}

/* A new database file with the seed picture. */
static MtStore *
open_seeded (const char *name,
             char      **out_path)
{
  g_autoptr(GError) error = NULL;
  MtStore *store;

  *out_path = mt_test_tmp_path (name);
  mt_test_remove_database (*out_path);
  store = open_store (*out_path);
  mt_store_load_seed (store, &error);
  g_assert_no_error (error);

  return store;
}

/* What a planner sees of the data: every count that an import or an edit would move. */
static char *
fingerprint (MtStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) camps = mt_store_list_camps (store, NULL, &error);
  g_autoptr(GPtrArray) movements = mt_store_list_movements (store, "9999-12-31", &error);
  g_autoptr(GPtrArray) convoys = mt_store_list_convoys (store, "9999-12-31", &error);
  g_autoptr(GPtrArray) events = mt_store_list_events (store, 0, "9999-12-31", &error);
  g_autofree char *latest = mt_store_dup_latest_date (store);

  g_assert_no_error (error);

  return g_strdup_printf ("camps %u, movements %u, convoys %u, events %u, personnel %"
                          G_GINT64_FORMAT ", last import %" G_GINT64_FORMAT ", latest %s",
                          camps->len, movements->len, convoys->len, events->len,
                          mt_store_count_personnel (store), mt_store_get_last_import_id (store),
                          latest);
}

static char *
write_roster (guint n_rows)
{
  g_autoptr(GString) text = g_string_new ("Personnel ID,Family name,Given name,Rank,Category,"
                                          "Contingent,Unit,Camp,Planned departure\n");
  g_autoptr(GError) error = NULL;
  char *path = mt_test_tmp_path ("roster.csv");

  for (guint i = 0; i < n_rows; i++)
    g_string_append_printf (text, "R-%06u,Family %u,Given %u,Sergeant,troops,Chad,"
                            "Battalion %u,%s,2023-12-%02u\n",
                            i, i, i, i % 7, i % 2 ? "Gao" : "Kidal", 1 + i % 28);
  g_file_set_contents (path, text->str, text->len, &error);
  g_assert_no_error (error);

  return path;
}

/* Callbacks */

static void
on_progress (goffset  done,
             goffset  total,
             guint64  rows,
             gpointer user_data)
{
  Async *async = user_data;

  async->rows = rows;
  if (async->stop_at_rows && rows > 0)
    {
      async->stop_at_rows = FALSE;
      g_main_loop_quit (async->loop);
    }
}

static void
on_done (GObject      *source,
         GAsyncResult *res,
         gpointer      user_data)
{
  Async *async = user_data;

  async->result = mt_csv_import_file_finish (MT_STORE (source), res, &async->error);
  async->done = TRUE;
  g_main_loop_quit (async->loop);
}

static void
async_start (Async      *async,
             MtStore    *store,
             const char *csv,
             gboolean    stop_at_rows)
{
  memset (async, 0, sizeof *async);
  async->loop = g_main_loop_new (NULL, FALSE);
  async->stop_at_rows = stop_at_rows;
  mt_csv_import_file_async (store, csv, NULL, FALSE, on_progress, async, NULL, NULL,
                            on_done, async);
  g_main_loop_run (async->loop);
}

static void
async_finish (Async *async)
{
  while (!async->done)
    g_main_loop_run (async->loop);
}

static void
async_clear (Async *async)
{
  g_clear_object (&async->result);
  g_clear_error (&async->error);
  g_clear_pointer (&async->loop, g_main_loop_unref);
}

/* Tests */

/* Closed, the file alone holds every record; the store then refuses calls cleanly. */
static void
test_close (void)
{
  g_autofree char *db_path = NULL;
  g_autoptr(MtStore) store = open_seeded ("close.db", &db_path);
  g_autofree char *wal = file_path (db_path, "-wal");
  g_autofree char *shm = file_path (db_path, "-shm");
  g_autofree char *copy = mt_test_tmp_path ("close-copy.db");
  g_autofree char *before = fingerprint (store);
  g_autofree char *after = NULL;
  g_autoptr(MtStore) reopened = NULL;
  g_autoptr(GError) error = NULL;
  MtMovementFields movement = { "2023-10-01", 0, "troops", "Chad", 10, NULL };
  MtRosterQuery query = { NULL, };
  g_autoptr(GPtrArray) camps = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(MtSummary) summary = NULL;
  g_autoptr(MtStore) worker = NULL;
  g_autofree char *latest = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  /* The seed went to the log: without a close the file alone would be empty. */
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));

  g_assert_true (mt_store_close (store, &error));
  g_assert_no_error (error);
  g_assert_true (mt_store_is_closed (store));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));

  /* Closing again changes nothing. */
  g_assert_true (mt_store_close (store, &error));
  g_assert_no_error (error);

  /* Every call fails cleanly or answers empty. */
  camps = mt_store_list_camps (store, NULL, &error);
  g_assert_null (camps);
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_CLOSED);
  g_assert_nonnull (strstr (error->message, db_path));
  g_clear_error (&error);
  g_assert_cmpint (mt_store_create_movement (store, &movement, &error), ==, 0);
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_CLOSED);
  g_clear_error (&error);
  ids = mt_store_query_personnel_ids (store, &query, &error);
  g_assert_null (ids);
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_CLOSED);
  g_clear_error (&error);
  summary = mt_store_get_summary (store, 0, NULL, &error);
  g_assert_null (summary);
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_CLOSED);
  g_clear_error (&error);
  g_assert_false (mt_store_load_sql (store, "SELECT 1;", &error));
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_CLOSED);
  g_clear_error (&error);
  worker = mt_store_open_worker (store, NULL, &error);
  g_assert_null (worker);
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_CLOSED);
  g_clear_error (&error);
  latest = mt_store_dup_latest_date (store);
  g_assert_null (latest);
  g_assert_cmpint (mt_store_count_personnel (store), ==, 0);
  g_assert_cmpint (mt_store_find_camp (store, "Gao"), ==, 0);
  g_assert_cmpint (mt_store_get_schema_version (store), ==, 0);

  /* The file alone, as mailed to a colleague, holds it all. */
  g_file_get_contents (db_path, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (copy, contents, length, &error);
  g_assert_no_error (error);
  reopened = open_store (copy);
  after = fingerprint (reopened);
  g_assert_cmpstr (before, ==, after);

  g_clear_object (&reopened);
  mt_test_remove_database (copy);
  mt_test_remove_database (db_path);
}

/* Closing the store while the window's import runs on its worker connection: the import is
 * cancelled and rolls back, the store waits for it, and the file is whole. */
static void
test_close_cancels_import (void)
{
  g_autofree char *db_path = NULL;
  g_autoptr(MtStore) store = open_seeded ("cancel.db", &db_path);
  g_autofree char *wal = file_path (db_path, "-wal");
  g_autofree char *csv = write_roster (200000);
  g_autofree char *before = fingerprint (store);
  g_autofree char *after = NULL;
  g_autoptr(MtStore) reopened = NULL;
  g_autoptr(GError) error = NULL;
  Async async;

  /* Closed at the first progress report: a fifth of a second into reading a roster that
   * takes a second or more, long before the commit. */
  async_start (&async, store, csv, TRUE);
  g_assert_false (async.done);
  g_assert_cmpuint (async.rows, >, 0);

  g_assert_true (mt_store_close (store, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  async_finish (&async);
  g_assert_null (async.result);
  g_assert_error (async.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  async_clear (&async);

  reopened = open_store (db_path);
  after = fingerprint (reopened);
  g_assert_cmpstr (before, ==, after);

  g_clear_object (&reopened);
  g_unlink (csv);
  mt_test_remove_database (db_path);
}

/* A big import leaves a log of at most 4 MB beside the file, while the window still runs. */
static void
test_import_log_small (void)
{
  g_autofree char *db_path = NULL;
  g_autoptr(MtStore) store = open_seeded ("big.db", &db_path);
  g_autofree char *wal = file_path (db_path, "-wal");
  g_autofree char *csv = write_roster (60000);
  g_autoptr(GError) error = NULL;
  gint64 before = mt_store_count_personnel (store);
  Async async;

  async_start (&async, store, csv, FALSE);
  async_finish (&async);
  g_assert_no_error (async.error);
  g_assert_true (mt_csv_import_result_get_committed (async.result));
  g_assert_cmpint (mt_store_count_personnel (store), ==, before + 60000);

  g_assert_cmpint (file_size (wal), <=, WAL_LIMIT);
  /* Not by losing anything: the roster went into the file. */
  g_assert_cmpint (file_size (db_path), >, WAL_LIMIT);

  async_clear (&async);
  g_assert_true (mt_store_close (store, &error));
  g_assert_no_error (error);
  g_unlink (csv);
  mt_test_remove_database (db_path);
}

static void
assert_disk_full (const GError *error,
                  const char   *db_path)
{
  g_autofree char *quoted = g_strdup_printf ("“%s”", db_path);

  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_FULL);
  g_assert_nonnull (strstr (error->message, "The disk is full"));
  g_assert_nonnull (strstr (error->message, "nothing was written"));
  g_assert_nonnull (strstr (error->message, quoted));
}

/* The file reopened without the limit holds what it held before. */
static void
assert_reopens_as (const char *db_path,
                   const char *expected)
{
  g_autoptr(MtStore) store = NULL;
  g_autofree char *seen = NULL;

  g_unsetenv ("MT_TEST_MAX_PAGE_COUNT");
  store = open_store (db_path);
  seen = fingerprint (store);
  g_assert_cmpstr (seen, ==, expected);
}

static void
test_disk_full_import (void)
{
  g_autofree char *db_path = mt_test_tmp_path ("full-import.db");
  g_autoptr(MtStore) store = mt_test_store_open_nearly_full (db_path, 2);
  g_autofree char *csv = write_roster (60000);
  g_autofree char *before = fingerprint (store);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  Async async;

  async_start (&async, store, csv, FALSE);
  async_finish (&async);
  g_assert_null (async.result);
  assert_disk_full (async.error, db_path);
  async_clear (&async);

  after = fingerprint (store);
  g_assert_cmpstr (before, ==, after);
  g_assert_true (mt_store_close (store, &error));
  g_assert_no_error (error);

  assert_reopens_as (db_path, before);
  g_unlink (csv);
  mt_test_remove_database (db_path);
}

/* Edits one after the other until the disk is full: the one refused writes nothing, the
 * ones before it are all kept. */
static void
test_disk_full_edit (void)
{
  g_autofree char *db_path = mt_test_tmp_path ("full-edit.db");
  g_autoptr(MtStore) store = mt_test_store_open_nearly_full (db_path, 1);
  g_autofree char *note = g_strnfill (4000, 'n');
  MtMovementFields movement = { "2023-10-01", 0, "troops", "Chad", 10, note };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  guint n_written = 0;

  while (n_written < 10000 && mt_store_create_movement (store, &movement, &error) > 0)
    n_written++;
  assert_disk_full (error, db_path);
  g_clear_error (&error);

  before = fingerprint (store);
  g_assert_cmpint (mt_store_create_movement (store, &movement, &error), ==, 0);
  assert_disk_full (error, db_path);
  g_clear_error (&error);
  after = fingerprint (store);
  g_assert_cmpstr (before, ==, after);

  g_assert_true (mt_store_close (store, &error));
  g_assert_no_error (error);
  assert_reopens_as (db_path, before);
  mt_test_remove_database (db_path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mt/store-close/close", test_close);
  g_test_add_func ("/mt/store-close/close-cancels-import", test_close_cancels_import);
  g_test_add_func ("/mt/store-close/import-log-small", test_import_log_small);
  g_test_add_func ("/mt/store-close/disk-full-import", test_disk_full_import);
  g_test_add_func ("/mt/store-close/disk-full-edit", test_disk_full_edit);

  return mt_test_run_in_tmp_dir ();
}
