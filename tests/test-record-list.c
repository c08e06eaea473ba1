/* test-record-list.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The records list's contract with the views: every store write reaches items-changed at
 * the right position and nowhere else, unchanged rows keep their object, n-items never
 * drifts, and a failed read is kept as the list's error.
 */

#include "config.h"

#include <math.h>

#include <gio/gio.h>

#include "mt-asset.h"
#include "mt-camp.h"
#include "mt-convoy.h"
#include "mt-history-entry.h"
#include "mt-movement.h"
#include "mt-record-list.h"
#include "mt-store-edit.h"
#include "mt-store-history.h"
#include "mt-store.h"
#include "mt-test-util.h"

typedef struct
{
  MtStore        *store;
  MtRecordList   *list;
  MtTestRecorder  rec;
  guint           n_items_notifies;
} Fixture;

/* Helpers */

static GObject *
record_at (Fixture *fixture,
           guint    position)
{
  /* The list holds its own reference; dropping ours keeps the test leak-free. */
  GObject *record = g_list_model_get_item (G_LIST_MODEL (fixture->list), position);

  g_object_unref (record);
  return record;
}

static guint
n_items (Fixture *fixture)
{
  return g_list_model_get_n_items (G_LIST_MODEL (fixture->list));
}

static guint
position_of (Fixture *fixture,
             gint64   id)
{
  for (guint i = 0; i < n_items (fixture); i++)
    {
      if (mt_record_get_id (record_at (fixture, i)) == id)
        return i;
    }

  return G_MAXUINT;
}

/* The objects the list holds now, to check which survive a write. */
static GPtrArray *
take_objects (Fixture *fixture)
{
  GPtrArray *objects = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n_items (fixture); i++)
    g_ptr_array_add (objects, g_object_ref (record_at (fixture, i)));
  return objects;
}

/* Every row but the one at @except in @before is still there, as the same object. */
static void
assert_kept (Fixture   *fixture,
             GPtrArray *before,
             gint64     except_id)
{
  for (guint i = 0; i < before->len; i++)
    {
      GObject *object = g_ptr_array_index (before, i);
      gint64 id = mt_record_get_id (object);

      if (id == except_id)
        continue;
      g_assert_true (record_at (fixture, position_of (fixture, id)) == object);
    }
}

/* The list agrees with what the store reads now. */
static void
assert_same_as (Fixture   *fixture,
                GPtrArray *records)
{
  g_assert_cmpuint (n_items (fixture), ==, records->len);
  for (guint i = 0; i < records->len; i++)
    g_assert_cmpint (mt_record_get_id (record_at (fixture, i)), ==,
                     mt_record_get_id (g_ptr_array_index (records, i)));
}

static gint64
camp_id (Fixture    *fixture,
         const char *name)
{
  gint64 id = mt_store_find_camp (fixture->store, name);

  g_assert_cmpint (id, >, 0);
  return id;
}

static void
n_items_notify_cb (GObject    *object,
                   GParamSpec *pspec,
                   Fixture    *fixture)
{
  fixture->n_items_notifies++;
}

static void
setup (Fixture       *fixture,
       MtRecordsKind  kind)
{
  fixture->store = mt_test_store_new (TRUE);
  fixture->list = mt_record_list_new (fixture->store, kind);
  mt_test_recorder_init (&fixture->rec, G_LIST_MODEL (fixture->list));
  g_signal_connect (fixture->list, "notify::n-items", G_CALLBACK (n_items_notify_cb), fixture);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  setup (fixture, GPOINTER_TO_INT (data));
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
test_movements_follow_writes (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GPtrArray) before = take_objects (fixture);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  MtMovementFields fields = {
    .date = "2023-10-02", .camp_id = camp_id (fixture, "Gao"), .category = "troops",
    .contingent = "Chad", .count = 120,
  };
  MtMovement *movement;
  guint position;
  gint64 id;

  all = mt_store_list_movements (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, >, 0);
  assert_same_as (fixture, all);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (fixture->list)) == MT_TYPE_MOVEMENT);
  g_assert_null (mt_record_list_get_error (fixture->list));

  /* Insert: (pos, 0, 1) where the store puts it; every other row keeps its object. */
  id = mt_store_create_movement (fixture->store, &fields, &error);
  g_assert_no_error (error);
  position = position_of (fixture, id);
  g_assert_cmpuint (position, !=, G_MAXUINT);
  g_assert_cmpuint (mt_test_recorder_count (&fixture->rec), ==, 1);
  mt_test_recorder_assert (&fixture->rec, 0, position, 0, 1);
  g_assert_cmpuint (fixture->n_items_notifies, ==, 1);
  assert_kept (fixture, before, id);
  g_clear_pointer (&all, g_ptr_array_unref);
  all = mt_store_list_movements (fixture->store, NULL, NULL);
  assert_same_as (fixture, all);

  /* Update in place: (pos, 1, 1), the new reading at the same place. */
  g_clear_pointer (&before, g_ptr_array_unref);
  before = take_objects (fixture);
  mt_test_recorder_clear (&fixture->rec);
  fixture->n_items_notifies = 0;
  fields.count = 95;
  g_assert_true (mt_store_update_movement (fixture->store, id, &fields, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mt_test_recorder_count (&fixture->rec), ==, 1);
  mt_test_recorder_assert (&fixture->rec, 0, position, 1, 1);
  g_assert_cmpuint (fixture->n_items_notifies, ==, 0);
  movement = MT_MOVEMENT (record_at (fixture, position));
  g_assert_cmpint (mt_movement_get_id (movement), ==, id);
  g_assert_cmpint (mt_movement_get_count (movement), ==, 95);
  assert_kept (fixture, before, id);

  /* Delete: (pos, 1, 0). */
  mt_test_recorder_clear (&fixture->rec);
  g_assert_true (mt_store_delete_movement (fixture->store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mt_test_recorder_count (&fixture->rec), ==, 1);
  mt_test_recorder_assert (&fixture->rec, 0, position, 1, 0);
  g_assert_cmpuint (position_of (fixture, id), ==, G_MAXUINT);
  assert_kept (fixture, before, id);

  /* Undo brings it back at its place. */
  mt_test_recorder_clear (&fixture->rec);
  g_assert_true (mt_store_undo (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mt_test_recorder_count (&fixture->rec), ==, 1);
  mt_test_recorder_assert (&fixture->rec, 0, position, 0, 1);
  g_assert_cmpuint (position_of (fixture, id), ==, position);
}

static void
test_unrelated_write_silent (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GPtrArray) before = take_objects (fixture);
  g_autoptr(GError) error = NULL;

  /* A camp's status shows in no asset row: nothing to announce. */
  g_assert_true (mt_store_set_camp_status (fixture->store, camp_id (fixture, "Kidal"),
                                           MT_CAMP_STATUS_CLOSED, "2023-10-31", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mt_test_recorder_count (&fixture->rec), ==, 0);
  assert_kept (fixture, before, 0);
}

static void
test_camp_filter (Fixture       *fixture,
                  gconstpointer  data)
{
  gint64 gao = camp_id (fixture, "Gao");
  g_autoptr(GPtrArray) all = mt_store_list_all_convoys (fixture->store, NULL);
  guint expected = 0;
  gint64 stored = 0;

  for (guint i = 0; i < all->len; i++)
    {
      MtConvoy *convoy = g_ptr_array_index (all, i);

      if (mt_convoy_get_from_camp_id (convoy) == gao || mt_convoy_get_to_camp_id (convoy) == gao)
        expected++;
    }
  g_assert_cmpuint (n_items (fixture), ==, all->len);

  /* Convoys from or to the camp. */
  mt_record_list_set_camp_id (fixture->list, gao);
  g_object_get (fixture->list, "camp-id", &stored, NULL);
  g_assert_cmpint (stored, ==, gao);
  g_assert_cmpuint (n_items (fixture), ==, expected);
  for (guint i = 0; i < n_items (fixture); i++)
    {
      MtConvoy *convoy = MT_CONVOY (record_at (fixture, i));

      g_assert_true (mt_convoy_get_from_camp_id (convoy) == gao ||
                     mt_convoy_get_to_camp_id (convoy) == gao);
    }

  mt_record_list_set_camp_id (fixture->list, 0);
  g_assert_cmpuint (n_items (fixture), ==, all->len);
}

static void
test_assets_at_camp (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 gao = camp_id (fixture, "Gao");
  g_autoptr(GError) error = NULL;
  MtAssetFields fields = {
    .description = "Water tanker", .owner = MT_ASSET_OWNER_UNOE, .quantity = 2, .value = NAN,
    .camp_id = gao, .decision = MT_DISPOSAL_PENDING,
  };
  gint64 id;

  mt_record_list_set_camp_id (fixture->list, gao);
  mt_test_recorder_clear (&fixture->rec);

  id = mt_store_create_asset (fixture->store, &fields, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mt_test_recorder_count (&fixture->rec), ==, 1);
  mt_test_recorder_assert (&fixture->rec, 0, position_of (fixture, id), 0, 1);

  /* An unknown value becoming known is a change (NAN compares equal to nothing). */
  mt_test_recorder_clear (&fixture->rec);
  fields.value = 1500.0;
  g_assert_true (mt_store_update_asset (fixture->store, id, &fields, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mt_test_recorder_count (&fixture->rec), ==, 1);
  mt_test_recorder_assert (&fixture->rec, 0, position_of (fixture, id), 1, 1);

  /* Moved to another camp: it leaves this list. */
  mt_test_recorder_clear (&fixture->rec);
  {
    guint position = position_of (fixture, id);

    fields.camp_id = camp_id (fixture, "Kidal");
    g_assert_true (mt_store_update_asset (fixture->store, id, &fields, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (mt_test_recorder_count (&fixture->rec), ==, 1);
    mt_test_recorder_assert (&fixture->rec, 0, position, 1, 0);
  }
}

static void
test_history_newest_first (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint before = n_items (fixture);
  GObject *first = before > 0 ? record_at (fixture, 0) : NULL;
  MtMovementFields fields = {
    .date = "2023-10-03", .camp_id = 0, .category = "troops", .count = 10,
  };
  guint added;

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (fixture->list)) == MT_TYPE_HISTORY_ENTRY);

  mt_store_create_movement (fixture->store, &fields, &error);
  g_assert_no_error (error);

  /* The new entries come first, in one range; the older ones keep their objects. */
  added = n_items (fixture) - before;
  g_assert_cmpuint (added, >, 0);
  g_assert_cmpuint (mt_test_recorder_count (&fixture->rec), ==, 1);
  mt_test_recorder_assert (&fixture->rec, 0, 0, 0, added);
  if (first != NULL)
    g_assert_true (record_at (fixture, added) == first);
}

static void
test_read_error (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) kept = NULL;
  guint before = n_items (fixture);

  g_assert_cmpuint (before, >, 0);

  mt_store_load_sql (fixture->store, "DROP TABLE movements;", &error);
  g_assert_no_error (error);

  /* No stale rows: the list is empty, and says why. */
  g_assert_cmpuint (n_items (fixture), ==, 0);
  g_assert_cmpuint (mt_test_recorder_count (&fixture->rec), ==, 1);
  mt_test_recorder_assert (&fixture->rec, 0, 0, before, 0);
  g_assert_nonnull (mt_record_list_get_error (fixture->list));
  g_object_get (fixture->list, "error", &kept, NULL);
  g_assert_nonnull (kept);
  g_assert_cmpstr (kept->message, ==, mt_record_list_get_error (fixture->list)->message);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, kind, func) \
  g_test_add (path, Fixture, GINT_TO_POINTER (kind), fixture_setup, func, fixture_teardown)

  ADD ("/mt/record-list/movements-follow-writes", MT_RECORDS_KIND_MOVEMENTS,
       test_movements_follow_writes);
  ADD ("/mt/record-list/unrelated-write-silent", MT_RECORDS_KIND_ASSETS,
       test_unrelated_write_silent);
  ADD ("/mt/record-list/camp-filter", MT_RECORDS_KIND_CONVOYS, test_camp_filter);
  ADD ("/mt/record-list/assets-at-camp", MT_RECORDS_KIND_ASSETS, test_assets_at_camp);
  ADD ("/mt/record-list/history-newest-first", MT_RECORDS_KIND_HISTORY,
       test_history_newest_first);
  ADD ("/mt/record-list/read-error", MT_RECORDS_KIND_MOVEMENTS, test_read_error);

#undef ADD

  return g_test_run ();
}
