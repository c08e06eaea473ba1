/* test-roster-model-async.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The roster model over a database FILE, where its id queries run on a worker thread:
 * the setters return before the rows change, the newest request wins, a store write
 * during a query ends with the new data, and a model dropped mid-query closes its
 * connection. Expectations come from the rows the test inserted.
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "mt-person.h"
#include "mt-roster-model.h"
#include "mt-store.h"
#include "mt-test-roster.h"
#include "mt-test-util.h"

#define N_PEOPLE     4000
#define WAIT_SECONDS 10

typedef struct
{
  char    *path;
  MtStore *store;
  gint64   gao;
  GArray  *rows;         /* of MtTestRow */
} Fixture;

static const char *family_names[] = {
  "Diallo", "Traore", "Keita", "Coulibaly", "Diarra", "Sissoko", "Ndiaye", "Sarr",
  "Rahman", "Hossain", "Mahamat", "Abakar", "Ouedraogo", "Mensah", "Owusu", "Konate",
};
static const char *given_names[] = {
  "Aminata", "Moussa", "Fatoumata", "Ibrahim", "Oumar", "Awa", "Karim", "Nasrin", "Kofi",
};
static const char *ranks[] = { "Private", "Corporal", "Sergeant", "Captain", "Major", "Colonel" };

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  static guint counter;
  g_autofree char *name = g_strdup_printf ("roster-%u.db", ++counter);
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (2690);

  fixture->path = mt_test_tmp_path (name);
  fixture->store = mt_store_open (fixture->path, &error);
  g_assert_no_error (error);
  mt_store_load_seed (fixture->store, &error);
  g_assert_no_error (error);
  fixture->gao = mt_store_find_camp (fixture->store, "Gao");
  g_assert_cmpint (fixture->gao, >, 0);
  g_assert_cmpint (mt_store_count_personnel (fixture->store), ==, 0);

  fixture->rows = mt_test_rows_new ();
  for (guint i = 0; i < N_PEOPLE; i++)
    {
      MtTestRow row = { .index = i, .camp_id = fixture->gao };

      /* Not in insertion order, so sorting by ID really sorts. */
      row.personnel_id = g_strdup_printf ("SN-%05u", (i * 7919) % 100000);
      row.family_name = g_strdup (family_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (family_names))]);
      row.given_name = g_strdup (given_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (given_names))]);
      row.rank = g_strdup (ranks[g_rand_int_range (rand, 0, G_N_ELEMENTS (ranks))]);
      row.category = g_strdup ("troops");
      row.country = g_strdup ("Senegal");
      g_array_append_val (fixture->rows, row);
    }

  mt_test_store_add_rows (fixture->store, (MtTestRow *) fixture->rows->data, fixture->rows->len);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  g_array_unref (fixture->rows);
  g_free (fixture->path);
}

/* Helpers */

static gboolean
timed_out_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
tick_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main context until @done says so; fails the test after WAIT_SECONDS. The
 * tick wakes the loop for conditions no event announces (a file going away). */
static void
wait_until (gboolean (*done) (gpointer data),
            gpointer data)
{
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add_seconds (WAIT_SECONDS, timed_out_cb, &timed_out);
  guint tick = g_timeout_add (10, tick_cb, NULL);

  while (!done (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (timed_out);
  g_source_remove (timeout);
  g_source_remove (tick);
}

static gboolean
loaded (gpointer data)
{
  return !mt_roster_model_get_loading (data);
}

static void
wait_loaded (MtRosterModel *model)
{
  wait_until (loaded, model);
}

/* Lets whatever else is queued run (a late, stale result would show up here). */
static void
settle (void)
{
  gboolean timed_out = FALSE;

  g_timeout_add (200, timed_out_cb, &timed_out);
  while (!timed_out)
    g_main_context_iteration (NULL, TRUE);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* The model @rec watches changed its rows once, all in one go: its @removed old rows
 * gave way to the people of @expected, in that order. */
static void
assert_one_change (MtTestRecorder *rec,
                   guint           removed,
                   GPtrArray      *expected)
{
  g_assert (rec != NULL && expected != NULL);

  g_assert_cmpuint (mt_test_recorder_count (rec), ==, 1);
  mt_test_recorder_assert (rec, 0, 0, removed, expected->len);
  mt_test_assert_model_ids (rec->model, expected);
}

/* Tests */

static void
test_first_load (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(MtRosterModel) model = mt_roster_model_new (fixture->store);
  g_autoptr(GPtrArray) expected =
    mt_test_rows_expect_ids (fixture->rows, NULL, NULL, mt_test_rows_by_personnel_id, FALSE);
  MtTestRecorder rec;

  /* Even the first query leaves the window free: nothing yet, but loading. */
  g_assert_true (mt_roster_model_get_loading (model));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);

  mt_test_recorder_init (&rec, G_LIST_MODEL (model));
  wait_loaded (model);
  assert_one_change (&rec, 0, expected);
  mt_test_recorder_finish (&rec);
}

static void
test_sort (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(MtRosterModel) model = mt_roster_model_new (fixture->store);
  g_autoptr(GPtrArray) by_id =
    mt_test_rows_expect_ids (fixture->rows, NULL, NULL, mt_test_rows_by_personnel_id, FALSE);
  g_autoptr(GPtrArray) by_rank =
    mt_test_rows_expect_ids (fixture->rows, NULL, NULL, mt_test_rows_by_rank, FALSE);
  g_autofree char *first_before = NULL;
  g_autofree char *first_meanwhile = NULL;
  guint loading_notified = 0;
  gboolean loading;
  MtTestRecorder rec;

  wait_loaded (model);
  first_before = mt_test_dup_personnel_id_at (G_LIST_MODEL (model), 0);
  g_assert_cmpstr (first_before, ==, g_ptr_array_index (by_id, 0));
  /* The expectation really is another order. */
  g_assert_cmpstr (g_ptr_array_index (by_rank, 0), !=, first_before);

  mt_test_recorder_init (&rec, G_LIST_MODEL (model));
  g_signal_connect (model, "notify::loading", G_CALLBACK (count_notify_cb), &loading_notified);

  mt_roster_model_set_sort (model, MT_ROSTER_COLUMN_RANK, FALSE);

  /* Back at once: the old rows are still shown while the query runs. */
  g_object_get (model, "loading", &loading, NULL);
  g_assert_true (loading);
  g_assert_cmpuint (loading_notified, ==, 1);
  g_assert_cmpuint (mt_test_recorder_count (&rec), ==, 0);
  first_meanwhile = mt_test_dup_personnel_id_at (G_LIST_MODEL (model), 0);
  g_assert_cmpstr (first_meanwhile, ==, first_before);

  wait_loaded (model);
  g_assert_cmpuint (loading_notified, ==, 2);
  assert_one_change (&rec, N_PEOPLE, by_rank);

  mt_test_recorder_finish (&rec);
}

static void
test_newest_wins (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(MtRosterModel) model = mt_roster_model_new (fixture->store);
  g_autoptr(GPtrArray) expected =
    mt_test_rows_expect_ids (fixture->rows, NULL, NULL, mt_test_rows_by_family_name, TRUE);
  MtTestRecorder rec;

  wait_loaded (model);
  mt_test_recorder_init (&rec, G_LIST_MODEL (model));

  /* Three clicks in a row: by rank, by name, then by name again (descending). */
  mt_roster_model_set_sort (model, MT_ROSTER_COLUMN_RANK, FALSE);
  mt_roster_model_set_sort (model, MT_ROSTER_COLUMN_FAMILY_NAME, FALSE);
  mt_roster_model_set_sort (model, MT_ROSTER_COLUMN_FAMILY_NAME, TRUE);
  g_assert_true (mt_roster_model_get_loading (model));

  wait_loaded (model);
  /* Only the last order ever reaches the view, in one change. */
  g_assert_cmpuint (mt_test_recorder_count (&rec), ==, 1);
  mt_test_assert_model_ids (G_LIST_MODEL (model), expected);

  /* And no stale result lands after it. */
  settle ();
  g_assert_false (mt_roster_model_get_loading (model));
  g_assert_cmpuint (mt_test_recorder_count (&rec), ==, 1);
  mt_test_assert_model_ids (G_LIST_MODEL (model), expected);

  mt_test_recorder_finish (&rec);
}

static void
test_store_change (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(MtRosterModel) model = mt_roster_model_new (fixture->store);
  g_autoptr(MtPerson) first = NULL;
  MtTestRow newcomer = {
    .index = N_PEOPLE,
    .personnel_id = (char *) "SN-NEW01",
    .family_name = (char *) "Toure",
    .given_name = (char *) "Aaron",   /* sorts before every given name of the fixture */
    .rank = (char *) "Major",
    .category = (char *) "troops",
    .country = (char *) "Senegal",
    .camp_id = fixture->gao,
  };

  wait_loaded (model);

  /* A sort starts, then someone is added while it runs. */
  mt_roster_model_set_sort (model, MT_ROSTER_COLUMN_GIVEN_NAME, FALSE);
  g_assert_true (mt_roster_model_get_loading (model));

  mt_test_store_add_rows (fixture->store, &newcomer, 1);

  wait_loaded (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_PEOPLE + 1);
  first = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_assert_cmpstr (mt_person_get_personnel_id (first), ==, "SN-NEW01");
  g_assert_cmpstr (mt_person_get_given_name (first), ==, "Aaron");

  /* The rest in given-name order. */
  {
    g_autoptr(GPtrArray) rest =
      mt_test_rows_expect_ids (fixture->rows, NULL, NULL, mt_test_rows_by_given_name, FALSE);

    for (guint i = 0; i < rest->len; i += 97)
      {
        g_autofree char *id = mt_test_dup_personnel_id_at (G_LIST_MODEL (model), i + 1);

        g_assert_cmpstr (id, ==, g_ptr_array_index (rest, i));
      }
  }
}

static gboolean
file_gone (gpointer data)
{
  return !g_file_test (data, G_FILE_TEST_EXISTS);
}

static void
test_dispose_while_loading (Fixture       *fixture,
                            gconstpointer  data)
{
  MtRosterModel *model = mt_roster_model_new (fixture->store);
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);

  /* The first load opened the model's own connection. */
  wait_loaded (model);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));

  mt_roster_model_set_sort (model, MT_ROSTER_COLUMN_RANK, TRUE);
  mt_roster_model_set_search (model, "a");
  g_assert_true (mt_roster_model_get_loading (model));
  g_object_add_weak_pointer (G_OBJECT (model), (gpointer *) &model);
  g_object_unref (model);
  /* Nothing holds the model for its query: it is gone at once. */
  g_assert_null (model);

  /* SQLite removes the write-ahead log when the last connection to the file closes:
   * once the test's own is closed, the log goes only if the worker's closed too. */
  g_clear_object (&fixture->store);
  wait_until (file_gone, wal);
}

static void
test_memory_store_stays_synchronous (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(MtRosterModel) model = NULL;
  MtTestRow row = {
    .personnel_id = (char *) "SN-00001",
    .family_name = (char *) "Diallo",
    .given_name = (char *) "Awa",
    .rank = (char *) "Major",
    .category = (char *) "troops",
    .country = (char *) "Senegal",
    .camp_id = mt_store_find_camp (store, "Gao"),
  };
  MtTestRecorder rec;

  /* On a server every store is read on a worker, as the other tests here show. */
  if (mt_test_on_server ())
    {
      g_test_skip ("a server database has no \":memory:\" case");
      return;
    }

  mt_test_store_add_rows (store, &row, 1);

  /* A ":memory:" database exists in one connection only, which no other thread may
   * use: its queries run inside the setter, as they always did. */
  model = mt_roster_model_new (store);
  g_assert_false (mt_roster_model_get_loading (model));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);

  mt_test_recorder_init (&rec, G_LIST_MODEL (model));
  mt_roster_model_set_search (model, "no one is called this");
  g_assert_false (mt_roster_model_get_loading (model));
  g_assert_cmpuint (mt_test_recorder_count (&rec), ==, 1);
  mt_test_recorder_assert (&rec, 0, 0, 1, 0);
  mt_test_recorder_finish (&rec);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/mt/roster-model-async/first-load", test_first_load);
  ADD ("/mt/roster-model-async/sort", test_sort);
  ADD ("/mt/roster-model-async/newest-wins", test_newest_wins);
  ADD ("/mt/roster-model-async/store-change", test_store_change);
  ADD ("/mt/roster-model-async/dispose-while-loading", test_dispose_while_loading);
  g_test_add_func ("/mt/roster-model-async/memory-store", test_memory_store_stays_synchronous);

#undef ADD

  return mt_test_run_in_tmp_dir ();
}
