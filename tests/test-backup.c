/* test-backup.c: copies of the database, as a planner mails them to a colleague.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

#include "mt-person.h"
#include "mt-store.h"
#include "mt-store-backup.h"
#include "mt-store-edit.h"
#include "mt-store-history.h"
#include "mt-store-report.h"
#include "mt-store-tally-private.h"
#include "mt-test-util.h"

#define SEED_DATE "2023-09-27"

/* A seeded database in a file of its own folder: @dir/tracker.db. */
static MtStore *
seeded_file_store (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "tracker.db", NULL);
  g_autoptr(GError) error = NULL;
  MtStore *store;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  store = mt_store_open (path, &error);
  g_assert_no_error (error);
  mt_store_load_seed (store, &error);
  g_assert_no_error (error);

  return store;
}

static char *
dup_contents (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return contents;
}

/* The copy's .db file alone, in a folder of its own (no -wal or -shm can follow it), opened
 * as the colleague opens it. */
static MtStore *
open_alone (const char *copy,
            const char *name)
{
  g_autofree char *dir = mt_test_tmp_path (name);
  g_autofree char *alone = g_build_filename (dir, "received.db", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  MtStore *store;

  g_file_get_contents (copy, &contents, &length, &error);
  g_assert_no_error (error);
  /* SQLite's header, bytes 18 and 19: 1 for a rollback journal, 2 for WAL. */
  g_assert_cmpuint (length, >, 100);
  g_assert_cmpint (contents[18], ==, 1);
  g_assert_cmpint (contents[19], ==, 1);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (alone, contents, length, &error);
  g_assert_no_error (error);

  store = mt_store_open (alone, &error);
  g_assert_no_error (error);
  mt_store_check_integrity (store, &error);
  g_assert_no_error (error);

  return store;
}

static void
assert_same_data (MtStore *original,
                  MtStore *copy)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) camps = mt_store_list_camps (original, SEED_DATE, &error);
  g_autoptr(GPtrArray) copied_camps = mt_store_list_camps (copy, SEED_DATE, &error);
  g_autofree char *fingerprint = mt_store_report_fingerprint (original, SEED_DATE, &error);
  g_autofree char *copied_fingerprint = mt_store_report_fingerprint (copy, SEED_DATE, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (camps->len, >, 10);
  g_assert_cmpuint (copied_camps->len, ==, camps->len);
  g_assert_true (mt_store_find_camp (copy, "Gao") != 0);
  g_assert_cmpint (mt_store_count_personnel (copy), ==, mt_store_count_personnel (original));
  /* The report a colleague prints from the copy is the planner's, to the fingerprint. */
  g_assert_cmpstr (copied_fingerprint, ==, fingerprint);
}

static void
test_copy_opens_alone (void)
{
  g_autofree char *dir = mt_test_tmp_path ("alone");
  g_autoptr(MtStore) store = seeded_file_store (dir);
  g_autofree char *copy = mt_test_tmp_path ("copy.db");
  g_autofree char *wal = g_strconcat (copy, "-wal", NULL);
  g_autoptr(MtStore) received = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (mt_store_backup (store, copy, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  received = open_alone (copy, "alone-received");
  assert_same_data (store, received);
}

static void
test_memory_store (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autofree char *copy = mt_test_tmp_path ("memory-copy.db");
  g_autoptr(MtStore) received = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (mt_store_backup (store, copy, &error));
  g_assert_no_error (error);

  received = open_alone (copy, "memory-received");
  assert_same_data (store, received);
}

static void
test_own_file_refused (void)
{
  g_autofree char *dir = mt_test_tmp_path ("own");
  g_autoptr(MtStore) store = seeded_file_store (dir);
  g_autofree char *path = g_build_filename (dir, "tracker.db", NULL);
  g_autofree char *soft = mt_test_tmp_path ("own-link.db");
  g_autofree char *hard = mt_test_tmp_path ("own-hard.db");
  g_autofree char *cwd = g_get_current_dir ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *fingerprint = NULL;
  g_autofree char *fingerprint_after = NULL;
  const char *spellings[] = { path, "tracker.db", "./tracker.db", "../own/tracker.db", soft,
                              hard };
  g_autoptr(GError) error = NULL;

  fingerprint = mt_store_report_fingerprint (store, SEED_DATE, &error);
  g_assert_no_error (error);
  before = dup_contents (path);
  g_assert_cmpint (symlink (path, soft), ==, 0);
  g_assert_cmpint (link (path, hard), ==, 0);
  g_assert_cmpint (g_chdir (dir), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (spellings); i++)
    {
      g_test_message ("destination %s", spellings[i]);
      g_assert_true (mt_store_is_own_file (store, spellings[i]));
      g_assert_false (mt_store_backup (store, spellings[i], &error));
      g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, spellings[i]));
      g_clear_error (&error);
    }
  g_assert_false (mt_store_is_own_file (store, "tracker-copy.db"));
  g_assert_cmpint (g_chdir (cwd), ==, 0);

  /* The database is as it was, byte for byte, and still reads the same. */
  after = dup_contents (path);
  g_assert_true (memcmp (before, after, 4096) == 0);
  mt_store_check_integrity (store, &error);
  g_assert_no_error (error);
  fingerprint_after = mt_store_report_fingerprint (store, SEED_DATE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fingerprint_after, ==, fingerprint);
}

/* The files in @dir, for checking that a failed copy left nothing behind. */
static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (d);
  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
test_destination_replaced_only_when_complete (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autofree char *dir = mt_test_tmp_path ("replace");
  g_autofree char *copy = g_build_filename (dir, "copy.db", NULL);
  g_autofree char *missing = mt_test_tmp_path ("no-such-folder/copy.db");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  struct rlimit saved, small;
  gboolean ok;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (copy, "yesterday's copy", -1, &error);
  g_assert_no_error (error);

  /* A folder that does not exist: the error names the file. */
  g_assert_false (mt_store_backup (store, missing, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);

  /* The disk fills up half-way (a file size limit makes every write past 64 KB fail):
   * yesterday's copy is still there, whole, and no partial file is left beside it. */
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  small = saved;
  small.rlim_cur = 64 * 1024;
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &small), ==, 0);
  ok = mt_store_backup (store, copy, &error);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  signal (SIGXFSZ, SIG_DFL);

  g_assert_false (ok);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, copy));
  g_clear_error (&error);
  contents = dup_contents (copy);
  g_assert_cmpstr (contents, ==, "yesterday's copy");
  g_assert_cmpuint (count_files (dir), ==, 1);

  /* With room, the copy replaces it. */
  g_assert_true (mt_store_backup (store, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_files (dir), ==, 1);
  {
    g_autoptr(MtStore) received = open_alone (copy, "replace-received");

    assert_same_data (store, received);
  }
}

/* Another window (a connection of its own) adds people ten at a time, each ten in one
 * transaction, until told to stop. */
typedef struct
{
  char          *path;
  gint64         camp_id;
  volatile gint  batches;
  volatile gint  stop;
} Writer;

#define BATCH 10

static gpointer
writer_thread (gpointer data)
{
  Writer *writer = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(MtStore) store = mt_store_open (writer->path, &error);

  g_assert_no_error (error);
  for (guint n = 0; !g_atomic_int_get (&writer->stop); n++)
    {
      g_autoptr(GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < BATCH; i++)
        {
          g_autofree char *id = g_strdup_printf ("BK-%06u-%u", n, i);

          g_ptr_array_add (persons, g_object_new (MT_TYPE_PERSON,
                                                  "personnel-id", id,
                                                  "family-name", "Copy",
                                                  "category", "mso",
                                                  "camp-id", writer->camp_id,
                                                  NULL));
        }
      mt_store_add_personnel (store, persons, &error);
      g_assert_no_error (error);
      g_atomic_int_inc (&writer->batches);
    }

  return NULL;
}

static void
test_copy_while_writing (void)
{
  g_autofree char *dir = mt_test_tmp_path ("busy");
  g_autoptr(MtStore) store = seeded_file_store (dir);
  gint64 seeded = mt_store_count_personnel (store);
  Writer writer = { 0 };
  GThread *thread;
  gint64 last = seeded;

  writer.path = g_build_filename (dir, "tracker.db", NULL);
  writer.camp_id = mt_store_find_camp (store, "Gao");
  g_assert_cmpint (writer.camp_id, !=, 0);
  thread = g_thread_new ("writer", writer_thread, &writer);
  while (g_atomic_int_get (&writer.batches) < 2)
    g_usleep (1000);

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *copy = g_strdup_printf ("%s/copy-%u.db", mt_test_tmp_dir (), i);
      g_autofree char *name = g_strdup_printf ("busy-received-%u", i);
      g_autoptr(MtStore) received = NULL;
      g_autoptr(GError) error = NULL;
      gint64 count;

      g_assert_true (mt_store_backup (store, copy, &error));
      g_assert_no_error (error);

      /* Whole transactions only, never half of one, and never older than the last copy. */
      received = open_alone (copy, name);
      count = mt_store_count_personnel (received);
      g_test_message ("copy %u: %" G_GINT64_FORMAT " people", i, count);
      g_assert_cmpint ((count - seeded) % BATCH, ==, 0);
      g_assert_cmpint (count, >=, last);
      last = count;
    }

  g_atomic_int_set (&writer.stop, 1);
  g_thread_join (thread);
  g_assert_cmpint (last, >, seeded);
  g_free (writer.path);
}

typedef struct
{
  gboolean  done;
  GError   *error;
} AsyncRun;

static void
backup_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  AsyncRun *run = user_data;

  mt_store_backup_finish (MT_STORE (source), result, &run->error);
  run->done = TRUE;
}

static void
test_async (void)
{
  g_autofree char *dir = mt_test_tmp_path ("async");
  g_autoptr(MtStore) store = seeded_file_store (dir);
  g_autoptr(MtStore) memory = mt_test_store_new (TRUE);
  MtStore *stores[] = { store, memory };

  /* On a worker thread for a file, in place for memory: the same copy either way. */
  for (guint i = 0; i < G_N_ELEMENTS (stores); i++)
    {
      g_autofree char *copy = g_strdup_printf ("%s/async-%u.db", mt_test_tmp_dir (), i);
      g_autofree char *name = g_strdup_printf ("async-received-%u", i);
      g_autoptr(MtStore) received = NULL;
      AsyncRun run = { 0 };

      mt_store_backup_async (stores[i], copy, NULL, backup_done_cb, &run);
      while (!run.done)
        g_main_context_iteration (NULL, TRUE);
      g_assert_no_error (run.error);

      received = open_alone (copy, name);
      assert_same_data (stores[i], received);
    }
}

/* A desk's file put on a server for a team: the same report, people, counts and history,
 * new ids after the copied ones, the search working; a database that holds a mission
 * already is left alone. */
static void
test_file_onto_server (void)
{
  g_autofree char *dir = mt_test_tmp_path ("desk");
  g_autoptr(MtStore) desk = NULL;
  g_autoptr(MtStore) team = NULL;
  g_autoptr(GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GPtrArray) team_history = NULL;
  g_autoptr(GArray) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *fingerprint = NULL;
  g_autofree char *team_fingerprint = NULL;
  g_autofree char *mismatch = NULL;
  MtCampFields fields = { .name = "Léré", .region = "Tombouctou", .latitude = 15.72,
                          .longitude = -4.91, .kind = "camp" };
  MtRosterQuery query = { .search = "keita", .sort_column = MT_ROSTER_COLUMN_FAMILY_NAME };
  gint64 gao;
  gint64 lere;
  gint64 next;

  if (!mt_test_on_server ())
    {
      g_test_skip ("a file onto a server: the run's server only");
      return;
    }

  /* The desk: the seed, a camp of its own (in the history), 200 people over several
   * statements of the copy. */
  desk = seeded_file_store (dir);
  gao = mt_store_find_camp (desk, "Gao");
  lere = mt_store_create_camp (desk, &fields, MT_CAMP_STATUS_OPERATIONAL, "2023-06-30", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *id = g_strdup_printf ("DK-%04u", i);

      g_ptr_array_add (persons, g_object_new (MT_TYPE_PERSON,
                                              "personnel-id", id,
                                              "family-name", i == 150 ? "Keïta" : "Diallo",
                                              "given-name", "Awa",
                                              "category", i % 2 ? "troops" : "fpu",
                                              "country", "Senegal",
                                              "camp-id", i % 3 ? gao : lere,
                                              NULL));
    }
  g_assert_true (mt_store_add_personnel (desk, persons, &error));
  g_assert_no_error (error);

  uri = mt_test_server_database_new ();
  g_assert_true (mt_store_backup (desk, uri, &error));
  g_assert_no_error (error);

  team = mt_store_open (uri, &error);
  g_assert_no_error (error);
  fingerprint = mt_store_report_fingerprint (desk, SEED_DATE, &error);
  g_assert_no_error (error);
  team_fingerprint = mt_store_report_fingerprint (team, SEED_DATE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (team_fingerprint, ==, fingerprint);
  g_assert_cmpint (mt_store_count_personnel (team), ==, 200);
  mismatch = _mt_store_tally_dup_mismatch (team);
  g_assert_null (mismatch);
  history = mt_store_list_history (desk, 0, 0, &error);
  g_assert_no_error (error);
  team_history = mt_store_list_history (team, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (team_history->len, ==, history->len);
  g_assert_cmpuint (team_history->len, >, 0);
  found = mt_store_query_personnel_ids (team, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);

  /* The next camp made on the server takes the next id. */
  fields.name = "Tombouctou-Nord";
  next = mt_store_create_camp (team, &fields, MT_CAMP_STATUS_OPERATIONAL, "2023-06-30", &error);
  g_assert_no_error (error);
  g_assert_cmpint (next, >, lere);

  /* Once is enough: a server database holding a mission is not written over. */
  g_clear_pointer (&fingerprint, g_free);
  fingerprint = mt_store_report_fingerprint (team, SEED_DATE, &error);
  g_assert_no_error (error);
  g_assert_false (mt_store_backup (desk, uri, &error));
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "already holds a mission"));
  g_clear_error (&error);
  g_clear_pointer (&team_fingerprint, g_free);
  team_fingerprint = mt_store_report_fingerprint (team, SEED_DATE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (team_fingerprint, ==, fingerprint);
  g_assert_cmpint (mt_store_count_personnel (team), ==, 200);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/backup/copy-opens-alone", test_copy_opens_alone);
  g_test_add_func ("/backup/memory-store", test_memory_store);
  g_test_add_func ("/backup/own-file-refused", test_own_file_refused);
  g_test_add_func ("/backup/destination-replaced-only-when-complete",
                   test_destination_replaced_only_when_complete);
  g_test_add_func ("/backup/copy-while-writing", test_copy_while_writing);
  g_test_add_func ("/backup/async", test_async);
  g_test_add_func ("/backup/file-onto-server", test_file_onto_server);

  return mt_test_run_in_tmp_dir ();
}
