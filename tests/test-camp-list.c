/* test-camp-list.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The camp list's contract with the views: every store write reaches items-changed at the
 * right position, rows keep their object, and n-items never drifts.
 */

#include "config.h"

#include <gio/gio.h>

#include "mt-camp.h"
#include "mt-camp-list.h"
#include "mt-person.h"
#include "mt-store.h"
#include "mt-test-util.h"

typedef struct
{
  MtStore        *store;
  MtCampList     *list;
  MtTestRecorder  rec;
  guint           n_items_notifies;
} Fixture;

/* Helpers */

/* How people expect names ordered: accents and case do not count. Written here
 * independently of the store's SQL function. */
static char *
sort_key (const char *name)
{
  g_autofree char *nfd = g_utf8_normalize (name, -1, G_NORMALIZE_NFD);
  g_autoptr(GString) bare = g_string_new (NULL);

  for (const char *p = nfd; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_combining_class (c) == 0)
        g_string_append_unichar (bare, c);
    }

  return g_utf8_casefold (bare->str, -1);
}

static int
compare_names (const char *a,
               const char *b)
{
  g_autofree char *ka = sort_key (a);
  g_autofree char *kb = sort_key (b);

  return strcmp (ka, kb);
}

static MtCamp *
camp_at (Fixture *fixture,
         guint    position)
{
  /* The list holds its own reference; dropping ours keeps the test leak-free. */
  MtCamp *camp = g_list_model_get_item (G_LIST_MODEL (fixture->list), position);

  g_object_unref (camp);
  return camp;
}

static guint
position_of (Fixture    *fixture,
             const char *name)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (fixture->list));

  for (guint i = 0; i < n; i++)
    {
      if (g_strcmp0 (mt_camp_get_name (camp_at (fixture, i)), name) == 0)
        return i;
    }

  g_assert_not_reached ();
}

/* Where @name must go: after every camp that sorts before it. */
static guint
expected_position (Fixture    *fixture,
                   const char *name)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (fixture->list));
  guint position = 0;

  for (guint i = 0; i < n; i++)
    {
      if (compare_names (mt_camp_get_name (camp_at (fixture, i)), name) < 0)
        position++;
    }

  return position;
}

static void
n_items_notify_cb (GObject    *object,
                   GParamSpec *pspec,
                   Fixture    *fixture)
{
  fixture->n_items_notifies++;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  gboolean seeded = GPOINTER_TO_INT (data);

  fixture->store = mt_test_store_new (seeded);
  fixture->list = mt_camp_list_new (fixture->store);
  mt_test_recorder_init (&fixture->rec, G_LIST_MODEL (fixture->list));
  g_signal_connect (fixture->list, "notify::n-items", G_CALLBACK (n_items_notify_cb), fixture);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  mt_test_recorder_finish (&fixture->rec);
  g_assert_finalize_object (fixture->list);
  g_assert_finalize_object (fixture->store);
}

/* Tests */

static void
test_seeded_sorted (Fixture       *fixture,
                    gconstpointer  data)
{
  GListModel *model = G_LIST_MODEL (fixture->list);
  guint n_items = 0;

  g_assert_true (g_list_model_get_item_type (model) == MT_TYPE_CAMP);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 13);
  g_object_get (fixture->list, "n-items", &n_items, NULL);
  g_assert_cmpuint (n_items, ==, 13);
  g_assert_null (g_list_model_get_item (model, 13));
  g_assert_true (mt_camp_list_get_store (fixture->list) == fixture->store);

  for (guint i = 1; i < 13; i++)
    g_assert_cmpint (compare_names (mt_camp_get_name (camp_at (fixture, i - 1)),
                                    mt_camp_get_name (camp_at (fixture, i))), <, 0);

  for (guint i = 0; i < 13; i++)
    g_assert_cmpuint (mt_camp_list_find (fixture->list, mt_camp_get_id (camp_at (fixture, i))), ==, i);
  g_assert_cmpuint (mt_camp_list_find (fixture->list, 999999), ==, G_MAXUINT);

  /* Ménaka sorts as "menaka", not after every unaccented name. */
  g_assert_cmpuint (position_of (fixture, "Ménaka"), ==, position_of (fixture, "Kidal") + 1);
}

static void
test_add_camp (Fixture       *fixture,
               gconstpointer  data)
{
  const char *names[] = { "Anéfis", "Kati", "Zouera" };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      guint before = g_list_model_get_n_items (G_LIST_MODEL (fixture->list));
      guint position = expected_position (fixture, names[i]);
      gint64 id;

      mt_test_recorder_clear (&fixture->rec);
      fixture->n_items_notifies = 0;

      id = mt_store_add_camp (fixture->store, names[i], NULL, 16.0, 0.0, "camp",
                              MT_CAMP_STATUS_OPERATIONAL, "2023-07-01", &error);
      g_assert_no_error (error);

      g_assert_cmpuint (mt_test_recorder_count (&fixture->rec), ==, 1);
      mt_test_recorder_assert (&fixture->rec, 0, position, 0, 1);
      g_assert_cmpuint (fixture->n_items_notifies, ==, 1);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->list)), ==, before + 1);
      g_assert_cmpstr (mt_camp_get_name (camp_at (fixture, position)), ==, names[i]);
      g_assert_cmpuint (mt_camp_list_find (fixture->list, id), ==, position);
    }
}

static void
test_status_change_same_object (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint position = position_of (fixture, "Kidal");
  MtCamp *kidal = camp_at (fixture, position);
  guint status_notifies = 0;
  guint label_notifies = 0;

  g_assert_cmpint (mt_camp_get_status (kidal), ==, MT_CAMP_STATUS_DRAWING_DOWN);
  g_signal_connect (kidal, "notify::status", G_CALLBACK (count_notify_cb), &status_notifies);
  g_signal_connect (kidal, "notify::status-label", G_CALLBACK (count_notify_cb), &label_notifies);

  mt_store_set_camp_status (fixture->store, mt_camp_get_id (kidal), MT_CAMP_STATUS_CLOSED,
                            "2023-10-31", "Camp left ahead of schedule", &error);
  g_assert_no_error (error);

  g_assert_cmpuint (mt_test_recorder_count (&fixture->rec), ==, 1);
  mt_test_recorder_assert (&fixture->rec, 0, position, 1, 1);
  g_assert_cmpuint (fixture->n_items_notifies, ==, 0);

  /* The same object, refreshed in place, so bindings on it follow. */
  g_assert_true (camp_at (fixture, position) == kidal);
  g_assert_cmpint (mt_camp_get_status (kidal), ==, MT_CAMP_STATUS_CLOSED);
  g_assert_cmpstr (mt_camp_get_status_since (kidal), ==, "2023-10-31");
  g_assert_cmpstr (mt_camp_get_status_label (kidal), ==,
                   mt_camp_status_get_label (MT_CAMP_STATUS_CLOSED));
  g_assert_cmpuint (status_notifies, ==, 1);
  g_assert_cmpuint (label_notifies, ==, 1);

  g_signal_handlers_disconnect_by_data (kidal, &status_notifies);
  g_signal_handlers_disconnect_by_data (kidal, &label_notifies);
}

typedef struct
{
  MtCampStatus status;
  gint64       departed;
  char        *since;
} Snapshot;

static void
snapshot_clear (gpointer data)
{
  g_free (((Snapshot *) data)->since);
}

static GArray *
take_snapshot (Fixture *fixture)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (fixture->list));
  GArray *snap = g_array_new (FALSE, FALSE, sizeof (Snapshot));

  g_array_set_clear_func (snap, snapshot_clear);
  for (guint i = 0; i < n; i++)
    {
      MtCamp *camp = camp_at (fixture, i);
      Snapshot s = {
        mt_camp_get_status (camp),
        mt_camp_get_departed (camp),
        g_strdup (mt_camp_get_status_since (camp)),
      };

      g_array_append_val (snap, s);
    }

  return snap;
}

static void
test_as_of_in_place (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) objects = g_ptr_array_new ();
  g_autoptr(GArray) before = take_snapshot (fixture);
  g_autoptr(GArray) after = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (fixture->list));
  guint expected_changes = 0;
  guint change = 0;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (objects, camp_at (fixture, i));

  mt_camp_list_set_as_of (fixture->list, "2023-07-15");
  g_assert_cmpstr (mt_camp_list_get_as_of (fixture->list), ==, "2023-07-15");

  after = take_snapshot (fixture);
  g_assert_cmpuint (after->len, ==, n);
  g_assert_cmpuint (fixture->n_items_notifies, ==, 0);

  /* Exactly the rows whose status or figures moved were announced, each in place. */
  for (guint i = 0; i < n; i++)
    {
      Snapshot *b = &g_array_index (before, Snapshot, i);
      Snapshot *a = &g_array_index (after, Snapshot, i);

      g_assert_true (camp_at (fixture, i) == g_ptr_array_index (objects, i));
      if (b->status != a->status || b->departed != a->departed || g_strcmp0 (b->since, a->since) != 0)
        {
          mt_test_recorder_assert (&fixture->rec, change++, i, 1, 1);
          expected_changes++;
        }
    }
  g_assert_cmpuint (mt_test_recorder_count (&fixture->rec), ==, expected_changes);
  g_assert_cmpuint (expected_changes, >, 0);

  g_assert_cmpint (mt_camp_get_status (camp_at (fixture, position_of (fixture, "Ogossagou"))), ==,
                   MT_CAMP_STATUS_OPERATIONAL);
  g_assert_cmpint (mt_camp_get_status (camp_at (fixture, position_of (fixture, "Ménaka"))), ==,
                   MT_CAMP_STATUS_DRAWING_DOWN);
  g_assert_cmpint (mt_camp_get_departed (camp_at (fixture, position_of (fixture, "Mopti"))), ==, 0);

  /* Setting the same date again changes nothing. */
  mt_test_recorder_clear (&fixture->rec);
  mt_camp_list_set_as_of (fixture->list, "2023-07-15");
  g_assert_cmpuint (mt_test_recorder_count (&fixture->rec), ==, 0);

  /* Back to the latest data. */
  mt_camp_list_set_as_of (fixture->list, NULL);
  g_assert_cmpint (mt_camp_get_status (camp_at (fixture, position_of (fixture, "Ogossagou"))), ==,
                   MT_CAMP_STATUS_HANDED_OVER);
}

static void
test_personnel_moves_figures (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  guint position = position_of (fixture, "Gao");
  MtCamp *gao = camp_at (fixture, position);
  gint64 departed = mt_camp_get_departed (gao);

  g_ptr_array_add (persons, g_object_new (MT_TYPE_PERSON,
                                          "personnel-id", "EG-4410",
                                          "category", "troops",
                                          "camp-id", mt_camp_get_id (gao),
                                          "departure-date", "2023-10-02",
                                          NULL));
  mt_store_add_personnel (fixture->store, persons, &error);
  g_assert_no_error (error);

  /* The list shows the latest data, so the new departure counts at Gao only. */
  g_assert_cmpuint (mt_test_recorder_count (&fixture->rec), ==, 1);
  mt_test_recorder_assert (&fixture->rec, 0, position, 1, 1);
  g_assert_cmpint (mt_camp_get_departed (gao), ==, departed + 1);
}

static void
test_reset_after_seed (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->list)), ==, 0);

  mt_store_load_seed (fixture->store, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (mt_test_recorder_count (&fixture->rec), ==, 1);
  mt_test_recorder_assert (&fixture->rec, 0, 0, 0, 13);
  g_assert_cmpuint (fixture->n_items_notifies, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->list)), ==, 13);
}

static void
test_reload_keeps_objects (Fixture       *fixture,
                           gconstpointer  data)
{
  MtCamp *first = camp_at (fixture, 0);

  mt_camp_list_reload (fixture->list);

  mt_test_recorder_assert (&fixture->rec, 0, 0, 13, 13);
  g_assert_cmpuint (fixture->n_items_notifies, ==, 0);
  g_assert_true (camp_at (fixture, 0) == first);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, seeded, func) \
  g_test_add (path, Fixture, GINT_TO_POINTER (seeded), fixture_setup, func, fixture_teardown)

  ADD ("/mt/camp-list/seeded-sorted", TRUE, test_seeded_sorted);
  ADD ("/mt/camp-list/add-camp", TRUE, test_add_camp);
  ADD ("/mt/camp-list/status-change", TRUE, test_status_change_same_object);
  ADD ("/mt/camp-list/as-of", TRUE, test_as_of_in_place);
  ADD ("/mt/camp-list/personnel", TRUE, test_personnel_moves_figures);
  ADD ("/mt/camp-list/reset", FALSE, test_reset_after_seed);
  ADD ("/mt/camp-list/reload", TRUE, test_reload_keeps_objects);

#undef ADD

  return g_test_run ();
}
