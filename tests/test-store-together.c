/* test-store-together.c: two planners on one database, each with a connection of their own
 * (two opens of one SQLite file, or of one server database in suite "pg").
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include "mt-asset.h"
#include "mt-camp.h"
#include "mt-movement.h"
#include "mt-person.h"
#include "mt-record.h"
#include "mt-store.h"
#include "mt-store-edit.h"
#include "mt-store-backup.h"
#include "mt-store-history.h"
#include "mt-store-import.h"
#include "mt-store-plan.h"
#include "mt-store-report.h"
#include "mt-store-roster.h"
#include "mt-store-scenario.h"
#include "mt-store-private.h"
#include "mt-store-tally-private.h"
#include "mt-test-util.h"

typedef struct
{
  char    *where;   /* the file or the server URI */
  MtStore *first;   /* planner one */
  MtStore *second;  /* planner two */
} Pair;

static void
pair_set_up (Pair          *pair,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* (data: the wait for another connection's lock, for the tests that sit it out) */
  if (data != NULL)
    g_setenv ("MT_TEST_LOCK_WAIT_MS", data, TRUE);
  if (mt_test_on_server ())
    pair->where = mt_test_server_database_new ();
  else
    {
      pair->where = mt_test_tmp_path ("together.db");
      mt_test_remove_database (pair->where);
    }

  pair->first = mt_store_open (pair->where, &error);
  g_assert_no_error (error);
  g_assert_true (mt_store_load_seed (pair->first, &error));
  g_assert_no_error (error);
  pair->second = mt_store_open (pair->where, &error);
  g_assert_no_error (error);
}

static void
pair_tear_down (Pair          *pair,
                gconstpointer  data)
{
  g_clear_object (&pair->first);
  g_clear_object (&pair->second);
  g_unsetenv ("MT_TEST_LOCK_WAIT_MS");
  if (!mt_test_on_server ())
    mt_test_remove_database (pair->where);
  g_free (pair->where);
}

/* The seed's repatriation of Senegalese troops from Mopti (one row, at version 1 in a new
 * database). */
static gint64
senegal_movement (MtStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) movements = mt_store_list_movements (store, NULL, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < movements->len; i++)
    {
      MtMovement *movement = g_ptr_array_index (movements, i);

      if (g_strcmp0 (mt_movement_get_contingent (movement), "Senegal") == 0)
        return mt_movement_get_id (movement);
    }
  g_assert_not_reached ();
}

/* The count of movement @id as @store reads it now. */
static gint64
movement_count (MtStore *store,
                gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = mt_store_list_movements (store, NULL, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    if (mt_movement_get_id (g_ptr_array_index (rows, i)) == id)
      return mt_movement_get_count (g_ptr_array_index (rows, i));
  g_assert_not_reached ();
}

static MtMovementFields
senegal_fields (gint64 count,
             gint64 version)
{
  return (MtMovementFields) { .date = "2023-09-20", .camp_id = 11, .category = "troops",
                              .contingent = "Senegal", .count = count, .version = version };
}

/* Both planners opened the movement at version 1; the first saves, the second's save is
 * refused with who changed it, and nothing of it is written. */
static void
test_second_edit_refused (Pair          *pair,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = senegal_movement (pair->first);
  MtMovementFields first = senegal_fields (150, 1);
  MtMovementFields second = senegal_fields (170, 1);

  g_assert_true (mt_store_update_movement (pair->first, id, &first, &error));
  g_assert_no_error (error);

  g_assert_false (mt_store_update_movement (pair->second, id, &second, &error));
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, mt_store_get_login (pair->first)));
  g_assert_nonnull (strstr (error->message, "Mopti"));
  g_clear_error (&error);

  g_assert_cmpint (movement_count (pair->second, id), ==, 150);

  /* Reloaded (version 2), the same change goes through. */
  second.version = 2;
  g_assert_true (mt_store_update_movement (pair->second, id, &second, &error));
  g_assert_no_error (error);
  g_assert_cmpint (movement_count (pair->first, id), ==, 170);
}

/* What an editor reloads after a refused save: the record as the other planner left it, at
 * its new version, so the same change then goes through; every kind of record reads again;
 * one deleted meanwhile is said to be gone. */
static void
test_reread_after_conflict (Pair          *pair,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stale = mt_store_list_movements (pair->second, NULL, &error);
  gint64 id = senegal_movement (pair->first);
  MtMovementFields first = senegal_fields (150, 1);
  MtMovementFields second = senegal_fields (170, 1);
  g_autoptr(GObject) fresh = NULL;
  GObject *seen = NULL;
  GPtrArray *lists[3];

  for (guint i = 0; i < stale->len; i++)
    if (mt_movement_get_id (g_ptr_array_index (stale, i)) == id)
      seen = g_ptr_array_index (stale, i);
  g_assert_nonnull (seen);

  g_assert_true (mt_store_update_movement (pair->first, id, &first, &error));
  g_assert_false (mt_store_update_movement (pair->second, id, &second, &error));
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_CONFLICT);
  g_clear_error (&error);

  fresh = mt_store_reread_record (pair->second, seen, &error);
  g_assert_no_error (error);
  g_assert_true (MT_IS_MOVEMENT (fresh));
  g_assert_cmpint (mt_movement_get_count (MT_MOVEMENT (fresh)), ==, 150);
  g_assert_cmpstr (mt_movement_get_camp_name (MT_MOVEMENT (fresh)), ==, "Mopti");
  g_assert_cmpint (mt_record_get_version (fresh), ==, mt_record_get_version (seen) + 1);
  second.version = mt_record_get_version (fresh);
  g_assert_true (mt_store_update_movement (pair->second, id, &second, &error));
  g_assert_no_error (error);

  {
    MtAssetFields asset = { .description = "Water purification unit",
                            .owner = MT_ASSET_OWNER_UNOE, .quantity = 2, .value = NAN,
                            .camp_id = 11, .decision = MT_DISPOSAL_PENDING };

    g_assert_cmpint (mt_store_create_asset (pair->first, &asset, &error), >, 0);
    g_assert_no_error (error);
  }

  lists[0] = mt_store_list_all_convoys (pair->second, &error);
  lists[1] = mt_store_list_assets (pair->second, 0, &error);
  lists[2] = mt_store_list_camps (pair->second, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      GObject *record;
      g_autoptr(GObject) again = NULL;

      g_assert_cmpuint (lists[i]->len, >, 0);
      record = g_ptr_array_index (lists[i], lists[i]->len - 1);
      again = mt_store_reread_record (pair->second, record, &error);
      g_assert_no_error (error);
      g_assert_true (G_OBJECT_TYPE (again) == G_OBJECT_TYPE (record));
      g_assert_cmpint (mt_record_get_version (again), ==, mt_record_get_version (record));
      g_ptr_array_unref (lists[i]);
    }

  g_assert_true (mt_store_delete_movement (pair->first, id, &error));
  g_assert_null (mt_store_reread_record (pair->second, seen, &error));
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND);
}

/* An edit without a version (a script, an older caller) is not checked. */
static void
test_unversioned_edit_passes (Pair          *pair,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = senegal_movement (pair->first);
  MtMovementFields first = senegal_fields (150, 1);
  MtMovementFields second = senegal_fields (170, 0);

  g_assert_true (mt_store_update_movement (pair->first, id, &first, &error));
  g_assert_true (mt_store_update_movement (pair->second, id, &second, &error));
  g_assert_no_error (error);
}

/* The first planner's undo would overwrite what the second saved since: refused, and the
 * second planner's value stays. The second planner's own undo still works. */
static void
test_undo_refused_after_other_change (Pair          *pair,
                                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = senegal_movement (pair->first);
  MtMovementFields first = senegal_fields (150, 1);
  MtMovementFields second = senegal_fields (170, 2);

  g_assert_true (mt_store_update_movement (pair->first, id, &first, &error));
  g_assert_true (mt_store_update_movement (pair->second, id, &second, &error));
  g_assert_no_error (error);

  g_assert_true (mt_store_can_undo (pair->first));
  g_assert_false (mt_store_undo (pair->first, &error));
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, mt_store_get_login (pair->second)));
  g_clear_error (&error);

  g_assert_cmpint (movement_count (pair->first, id), ==, 170);

  /* The second planner's change was the last one: their undo goes through, to 150. */
  g_assert_true (mt_store_undo (pair->second, &error));
  g_assert_no_error (error);
  g_assert_cmpint (movement_count (pair->first, id), ==, 150);
}

/* Undo and redo of one's own changes, in order, are never refused. */
static void
test_own_undo_redo (Pair          *pair,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = senegal_movement (pair->first);
  MtMovementFields change = senegal_fields (150, 1);

  g_assert_true (mt_store_update_movement (pair->first, id, &change, &error));
  change.count = 120;
  change.version = 2;
  g_assert_true (mt_store_update_movement (pair->first, id, &change, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < 2; i++)
    {
      g_assert_true (mt_store_undo (pair->first, &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; i < 2; i++)
    {
      g_assert_true (mt_store_redo (pair->first, &error));
      g_assert_no_error (error);
    }
}

static MtCamp *
find_camp (MtStore    *store,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) camps = mt_store_list_camps (store, NULL, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < camps->len; i++)
    if (g_strcmp0 (mt_camp_get_name (g_ptr_array_index (camps, i)), name) == 0)
      return g_object_ref (g_ptr_array_index (camps, i));
  g_assert_not_reached ();
}

/* The version an editor hands back is the one read with the record in the list. */
static void
test_camp_version_from_list (Pair          *pair,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtCamp) seen_first = find_camp (pair->first, "Gao");
  g_autoptr(MtCamp) seen_second = find_camp (pair->second, "Gao");
  g_autoptr(MtCamp) reread = NULL;
  MtCampFields first = { .name = "Gao", .region = "Gao", .latitude = 16.27167,
                         .longitude = -0.04472, .kind = "sector-headquarters",
                         .planned_closure = "2023-12-31", .notes = "Airport side",
                         .version = mt_record_get_version (seen_first) };
  MtCampFields second = first;

  g_assert_cmpint (mt_record_get_version (seen_first), >, 0);
  second.notes = "River side";
  second.version = mt_record_get_version (seen_second);

  g_assert_true (mt_store_update_camp (pair->second, mt_camp_get_id (seen_second), &second,
                                       &error));
  g_assert_no_error (error);
  g_assert_false (mt_store_update_camp (pair->first, mt_camp_get_id (seen_first), &first, &error));
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "Gao"));

  reread = find_camp (pair->first, "Gao");
  g_assert_cmpstr (mt_camp_get_notes (reread), ==, "River side");
  g_assert_cmpint (mt_record_get_version (reread), ==, mt_record_get_version (seen_first) + 1);
}

typedef struct
{
  GArray  *camps_changed;   /* gint64 */
  guint    movements;       /* records-changed::movements */
  guint    personnel;
  guint    changed;
} Heard;

static void
camp_changed_cb (MtStore *store,
                 gint64   camp_id,
                 Heard   *heard)
{
  g_array_append_val (heard->camps_changed, camp_id);
}

static void
movements_changed_cb (MtStore    *store,
                      const char *table,
                      Heard      *heard)
{
  heard->movements++;
}

static void
count_cb (MtStore *store,
          guint   *count)
{
  (*count)++;
}

/* Runs the main loop until @count moves past @before, or 5 s. */
static void
wait_for (guint *count,
          guint  before)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (*count == before && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
}

/* What one planner commits reaches the other's store as its own signals, within a second
 * (triggers notify inside the writing transaction; the store listens on the main loop).
 * Required of a server; two processes on one file refresh on their own writes only. */
static void
test_live (Pair          *pair,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtCamp) gao = NULL;
  Heard heard = { g_array_new (FALSE, FALSE, sizeof (gint64)), 0, 0, 0 };
  Heard own = { g_array_new (FALSE, FALSE, sizeof (gint64)), 0, 0, 0 };
  gint64 id;
  MtMovementFields change;
  gint64 start;

  if (!mt_test_on_server ())
    {
      g_test_skip ("live updates across processes: a server only");
      g_array_unref (heard.camps_changed);
      g_array_unref (own.camps_changed);
      return;
    }

  g_signal_connect (pair->second, "camp-changed", G_CALLBACK (camp_changed_cb), &heard);
  g_signal_connect (pair->second, "records-changed::movements",
                    G_CALLBACK (movements_changed_cb), &heard);
  g_signal_connect (pair->second, "personnel-changed", G_CALLBACK (count_cb), &heard.personnel);
  g_signal_connect (pair->second, "changed", G_CALLBACK (count_cb), &heard.changed);
  g_signal_connect (pair->first, "changed", G_CALLBACK (count_cb), &own.changed);

  /* A movement from Mopti: the movements and the camp it belongs to. */
  id = senegal_movement (pair->first);
  change = senegal_fields (150, 0);
  start = g_get_monotonic_time ();
  g_assert_true (mt_store_update_movement (pair->first, id, &change, &error));
  g_assert_no_error (error);
  wait_for (&heard.changed, 0);
  g_assert_cmpuint (heard.changed, ==, 1);
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
  g_assert_cmpuint (heard.movements, ==, 1);
  g_assert_cmpuint (heard.camps_changed->len, ==, 1);
  g_assert_cmpint (g_array_index (heard.camps_changed, gint64, 0), ==, 11);
  g_assert_cmpuint (heard.personnel, ==, 0);
  /* The writer heard itself once, from its own commit, not again from the server. */
  for (guint i = 0; i < 20; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
  g_assert_cmpuint (own.changed, ==, 1);

  /* A camp edited by the other planner. */
  gao = find_camp (pair->first, "Gao");
  {
    MtCampFields fields = { .name = "Gao", .region = "Gao", .latitude = 16.27167,
                            .longitude = -0.04472, .kind = "sector-headquarters",
                            .planned_closure = "2023-12-31", .notes = "Airport side" };

    g_assert_true (mt_store_update_camp (pair->first, mt_camp_get_id (gao), &fields, &error));
    g_assert_no_error (error);
  }
  wait_for (&heard.changed, 1);
  g_assert_cmpuint (heard.camps_changed->len, ==, 2);
  g_assert_cmpint (g_array_index (heard.camps_changed, gint64, 1), ==, mt_camp_get_id (gao));

  g_signal_handlers_disconnect_by_data (pair->second, &heard);
  g_signal_handlers_disconnect_by_data (pair->second, &heard.personnel);
  g_signal_handlers_disconnect_by_data (pair->second, &heard.changed);
  g_signal_handlers_disconnect_by_data (pair->first, &own.changed);
  g_array_unref (heard.camps_changed);
  g_array_unref (own.camps_changed);
}

static void
table_count_cb (MtStore    *store,
                const char *table,
                guint      *count)
{
  (*count)++;
}

/* A scenario one planner saves or deletes reaches the other's lists at once. */
static void
test_live_scenario (Pair          *pair,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) seen = NULL;
  guint scenarios = 0;
  gint64 id;

  if (!mt_test_on_server ())
    {
      g_test_skip ("live updates across processes: a server only");
      return;
    }

  g_signal_connect (pair->second, "records-changed::scenarios",
                    G_CALLBACK (table_count_cb), &scenarios);
  id = mt_store_create_scenario (pair->first, "Kidal late", NULL, NULL, &error);
  g_assert_no_error (error);
  wait_for (&scenarios, 0);
  g_assert_cmpuint (scenarios, >=, 1);
  seen = mt_store_list_scenarios (pair->second, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (seen->len, ==, 1);

  scenarios = 0;
  g_assert_true (mt_store_delete_scenario (pair->first, id, &error));
  g_assert_no_error (error);
  wait_for (&scenarios, 0);
  g_assert_cmpuint (scenarios, >=, 1);
  g_clear_pointer (&seen, g_ptr_array_unref);
  seen = mt_store_list_scenarios (pair->second, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (seen->len, ==, 0);

  g_signal_handlers_disconnect_by_data (pair->second, &scenarios);
}

static void
notify_count_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* A new login on the pair's database, named after @kind, and its URI: @grants are run for it
 * (%1$s in them is the login, %2$s the schema). */
static char *
new_login (Pair       *pair,
           const char *kind,
           const char *grants)
{
  static guint n;
  g_autoptr(GError) error = NULL;
  g_autofree char *role = g_strdup_printf ("%s_%d_%u", kind, (int) getpid (), ++n);
  g_autofree char *schema = _mt_store_test_dup_text (pair->first, "SELECT current_schema ()");
  g_autofree char *create = g_strdup_printf ("CREATE ROLE %s LOGIN; GRANT USAGE ON SCHEMA %s TO %s",
                                             role, schema, role);
  g_autofree char *grant = g_strdup_printf (grants, role, schema);

  g_assert_true (_mt_store_test_exec (pair->first, create, &error));
  g_assert_no_error (error);
  g_assert_true (_mt_store_test_exec (pair->first, grant, &error));
  g_assert_no_error (error);

  return g_strdup_printf ("%s&user=%s", pair->where, role);
}

/* A login that may only read (GRANT SELECT) opens the database without writing to it, reads
 * it, and every write is refused with a message saying why; nothing is written. */
static void
test_read_only_login (Pair          *pair,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtStore) reader = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *before = NULL;
  g_autoptr(GPtrArray) camps = NULL;
  gint64 id = senegal_movement (pair->first);
  MtMovementFields change = senegal_fields (150, 0);

  if (!mt_test_on_server ())
    {
      g_test_skip ("a server's roles");
      return;
    }

  uri = new_login (pair, "reader", "GRANT SELECT ON ALL TABLES IN SCHEMA %2$s TO %1$s");
  before = _mt_store_test_dup_text (pair->first, "SELECT COUNT (*) || '/' || MAX (id) FROM history");

  reader = mt_store_open (uri, &error);
  g_assert_no_error (error);
  g_assert_false (mt_store_can_write (reader));
  g_assert_true (mt_store_can_write (pair->first));
  g_assert_true (g_str_has_prefix (mt_store_get_login (reader), "reader_"));

  camps = mt_store_list_camps (reader, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (camps->len, >, 10);

  g_assert_false (mt_store_update_movement (reader, id, &change, &error));
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "read"));
  g_assert_cmpint (movement_count (pair->first, id), ==, 116);
  /* Promoting a scenario neither: nothing of the plan is written. */
  {
    g_autoptr(MtScenario) scenario = mt_scenario_new ();
    MtScenarioChange *pace = mt_scenario_change_new (MT_SCENARIO_CATEGORY_PACE);

    scenario->name = g_strdup ("Slower");
    pace->category = g_strdup ("troops");
    pace->factor = 2;
    g_ptr_array_add (scenario->changes, pace);
    g_clear_error (&error);
    g_assert_false (mt_store_promote_scenario (reader, scenario, "2023-08-01", NULL, &error));
    g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_READ_ONLY);
  }
  {
    g_autofree char *after = _mt_store_test_dup_text (pair->first,
                                                      "SELECT COUNT (*) || '/' || MAX (id) FROM history");

    g_assert_cmpstr (after, ==, before);
  }
}

/* The server ends a planner's connection: the next write fails with nothing written, the
 * store says it is disconnected ("notify::connected"), and reconnecting brings it back. */
static void
test_connection_lost (Pair          *pair,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pid = NULL;
  g_autofree char *kill = NULL;
  gint64 id = senegal_movement (pair->first);
  MtMovementFields change = senegal_fields (150, 0);
  guint notified = 0;

  if (!mt_test_on_server ())
    {
      g_test_skip ("a server's connection");
      return;
    }

  g_signal_connect (pair->first, "notify::connected", G_CALLBACK (notify_count_cb), &notified);
  pid = _mt_store_test_dup_text (pair->first, "SELECT pg_backend_pid ()");
  kill = g_strdup_printf ("SELECT pg_terminate_backend (%s)", pid);
  g_free (_mt_store_test_dup_text (pair->second, kill));
  /* The server ends it in its own time: wait until it has. */
  {
    g_autofree char *gone = g_strdup_printf ("SELECT COUNT (*) FROM pg_stat_activity"
                                             " WHERE pid = %s", pid);
    gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

    while (_mt_store_test_int (pair->second, gone) > 0 && g_get_monotonic_time () < deadline)
      g_usleep (10000);
  }

  g_assert_true (mt_store_is_connected (pair->first));
  g_assert_false (mt_store_update_movement (pair->first, id, &change, &error));
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_LOST);
  g_clear_error (&error);
  g_assert_false (mt_store_is_connected (pair->first));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpint (movement_count (pair->second, id), ==, 116);

  g_assert_true (mt_store_reconnect (pair->first, &error));
  g_assert_no_error (error);
  g_assert_true (mt_store_is_connected (pair->first));
  g_assert_cmpuint (notified, ==, 2);
  g_assert_true (mt_store_update_movement (pair->first, id, &change, &error));
  g_assert_no_error (error);
  g_assert_cmpint (movement_count (pair->second, id), ==, 150);
  g_signal_handlers_disconnect_by_data (pair->first, &notified);
}

/* Save a Copy… (and --backup) of the shared database writes a SQLite file with the same
 * data: the same report fingerprint, the same records with the same ids, the history, and
 * a file that opens alone. On a server too: the snapshot a planner takes to a sector. */
static void
test_copy_to_file (Pair          *pair,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtStore) copy = NULL;
  g_autofree char *path = mt_test_tmp_path ("snapshot.db");
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;
  gint64 id = senegal_movement (pair->first);
  MtMovementFields change = senegal_fields (150, 0);
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GPtrArray) copied_history = NULL;

  g_assert_true (mt_store_update_movement (pair->first, id, &change, &error));
  g_assert_no_error (error);
  mt_test_remove_database (path);

  g_assert_true (mt_store_backup (pair->second, path, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  copy = mt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_false (mt_store_is_server (copy));
  expected = mt_store_report_fingerprint (pair->first, "2023-10-16", &error);
  g_assert_no_error (error);
  got = mt_store_report_fingerprint (copy, "2023-10-16", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (got, ==, expected);
  g_assert_cmpint (movement_count (copy, id), ==, 150);

  history = mt_store_list_history (pair->first, 0, 0, &error);
  g_assert_no_error (error);
  copied_history = mt_store_list_history (copy, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (copied_history->len, ==, history->len);
  g_assert_cmpuint (copied_history->len, >, 0);

  g_clear_object (&copy);
  mt_test_remove_database (path);
}

/* The check that gates a handover holds while another planner imports people into the
 * camp: the handover waits for the import and is refused (busy, then blockers), never
 * written beside people who are arriving. */
static void
test_handover_gate_holds (Pair          *pair,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  MtCampFields fields = { .name = "Léré", .region = "Tombouctou", .latitude = 15.72,
                          .longitude = -4.91, .kind = "camp" };
  MtCampStatusChange handover = { .status = MT_CAMP_STATUS_HANDED_OVER, .date = "2023-10-16",
                                  .reason = "Early handover", .confirmed = TRUE,
                                  .handed_over_to = "Malian authorities" };
  MtStorePersonRow row = { .personnel_id = "LERE-001" };
  MtEnvAssessmentFields assessed = { .status = MT_ENV_STATUS_DONE, .date = "2023-10-01" };
  MtStoreImport *import;
  MtStoreUpsert outcome;
  gint64 camp_id;

  camp_id = mt_store_create_camp (pair->first, &fields, MT_CAMP_STATUS_OPERATIONAL,
                                  "2023-06-30", &error);
  g_assert_no_error (error);
  /* Assessed, empty: nothing else stands in the way of its handover. */
  g_assert_true (mt_store_set_env_assessment (pair->first, camp_id, &assessed, &error));
  g_assert_no_error (error);
  g_assert_true (mt_store_validate_camp_status (pair->first, camp_id, &handover, NULL, &error));
  g_assert_no_error (error);

  /* The second planner's import is under way, its person not committed yet. */
  import = mt_store_import_begin (pair->second, "lere.csv", NULL, FALSE, &error);
  g_assert_no_error (error);
  row.camp_id = camp_id;
  row.values[MT_STORE_PERSON_FAMILY_NAME] = "Diarra";
  row.values[MT_STORE_PERSON_CATEGORY] = "troops";
  g_assert_true (mt_store_import_upsert (import, &row, 2, &outcome, NULL, &error));
  g_assert_no_error (error);

  g_assert_false (mt_store_change_camp_status (pair->first, camp_id, &handover, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "another planner is saving"));
  g_clear_error (&error);

  g_assert_true (mt_store_import_end (import, TRUE, 1, 0, &error));
  g_assert_no_error (error);

  /* Now the person is there: the gate says so. */
  g_assert_false (mt_store_change_camp_status (pair->first, camp_id, &handover, &error));
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  {
    g_autoptr(MtCamp) camp = find_camp (pair->first, "Léré");

    g_assert_cmpint (mt_camp_get_status (camp), ==, MT_CAMP_STATUS_OPERATIONAL);
  }
}

/* Where the server runs decides whether an import keeps a writer thread of its own beside the
 * server's process (mt_store_import_wants_writer_thread()): a socket folder, localhost or a
 * loopback address is this machine; any other host is not. */
static void
test_server_on_this_machine (Pair          *pair,
                             gconstpointer  data)
{
  g_assert_true (mt_db_pg_host_is_local ("/run/postgresql"));
  g_assert_true (mt_db_pg_host_is_local ("@pg"));
  g_assert_true (mt_db_pg_host_is_local ("localhost"));
  g_assert_true (mt_db_pg_host_is_local ("LocalHost"));
  g_assert_true (mt_db_pg_host_is_local ("127.0.0.1"));
  g_assert_true (mt_db_pg_host_is_local ("::1"));
  g_assert_false (mt_db_pg_host_is_local ("db.mission.example"));
  g_assert_false (mt_db_pg_host_is_local ("10.2.0.7"));
  g_assert_false (mt_db_pg_host_is_local ("localhost.mission.example"));
  g_assert_false (mt_db_pg_host_is_local (""));
  g_assert_false (mt_db_pg_host_is_local (NULL));

  /* The run's server listens on a socket in a folder. */
  if (mt_test_on_server ())
    g_assert_true (mt_db_pg_is_on_this_machine (pair->first->db));
}

static gpointer
open_in_thread (gpointer uri)
{
  g_autoptr(GError) error = NULL;
  MtStore *store = mt_store_open (uri, &error);

  g_assert_no_error (error);
  return store;
}

/* Two planners open a database of an older schema at the same moment: the upgrade runs once
 * (under the schema lock), both open it, and what it added works. */
static void
test_upgrade_once (Pair          *pair,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GThread *threads[2];
  MtStore *stores[2];

  if (!mt_test_on_server ())
    {
      g_test_skip ("a server's schema lock (a file's upgrade runs in its write lock)");
      return;
    }

  /* Back to schema 5: no scenarios, no settings trigger, no French names, no plan
   * (baselines, planned handovers and movements), no folded keys. */
  g_assert_true (_mt_store_test_exec (pair->first,
                                      "DROP TABLE scenario_changes; DROP TABLE scenarios;"
                                      "ALTER TABLE camps DROP COLUMN region_fr;"
                                      "DROP TRIGGER mt_notify ON mt_meta;"
                                      "DROP INDEX camps_by_fr_key;"
                                      "ALTER TABLE camps DROP COLUMN name_fr_key;"
                                      "ALTER TABLE camps DROP COLUMN name_fr;"
                                      "ALTER TABLE mission DROP COLUMN name_fr;"
                                      "ALTER TABLE mission DROP COLUMN full_name_fr;"
                                      "DROP TABLE baseline_plan; DROP TABLE baseline_camps;"
                                      "DROP TABLE baselines;"
                                      "ALTER TABLE camps DROP COLUMN planned_handover;"
                                      "ALTER TABLE movements DROP COLUMN planned;"
                                      "DROP INDEX camps_by_key; DROP INDEX camp_aliases_by_key;"
                                      "ALTER TABLE camps DROP COLUMN name_key;"
                                      "ALTER TABLE camp_aliases DROP COLUMN alias_key;"
                                      "ALTER TABLE assets DROP COLUMN description_key;"
                                      "ALTER TABLE csv_presets DROP COLUMN name_key;"
                                      "ALTER TABLE personnel DROP COLUMN name_key;"
                                      "UPDATE mt_meta SET value = '5' WHERE key = 'schema_version'",
                                      &error));
  g_assert_no_error (error);
  g_clear_object (&pair->first);
  g_clear_object (&pair->second);

  for (guint i = 0; i < 2; i++)
    threads[i] = g_thread_new ("open", open_in_thread, pair->where);
  for (guint i = 0; i < 2; i++)
    stores[i] = g_thread_join (threads[i]);

  for (guint i = 0; i < 2; i++)
    {
      g_assert_nonnull (stores[i]);
      g_assert_cmpint (mt_store_get_schema_version (stores[i]), ==, MT_STORE_SCHEMA_VERSION);
      g_assert_cmpint (mt_store_find_camp (stores[i], "MENAKA"), >, 0);
    }
  g_assert_cmpint (mt_store_take_baseline (stores[0], "After the upgrade", NULL, &error), >, 0);
  g_assert_no_error (error);
  pair->first = stores[0];
  pair->second = stores[1];
}

/* The roster's search ignores the case of letters the same way on both backends. */
static void
test_search_case (Pair          *pair,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);
  const char *searches[] = { "Diallo", "diallo", "DIALLO", "iall", "sn-77" };

  g_ptr_array_add (persons, g_object_new (MT_TYPE_PERSON, "personnel-id", "SN-7701",
                                          "family-name", "Diallo", "category", "troops",
                                          "country", "Senegal", "camp-id", (gint64) 11, NULL));
  g_assert_true (mt_store_add_personnel (pair->first, persons, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      MtRosterQuery query = { .search = searches[i] };
      g_autoptr(GArray) ids = mt_store_query_personnel_ids (pair->second, &query, &error);

      g_assert_no_error (error);
      if (ids->len != 1)
        g_error ("“%s” found %u people, not 1", searches[i], ids->len);
    }
}

/* The people of the folding tests: personnel id, family name, given name, unit. */
typedef struct
{
  const char *id;
  const char *family;
  const char *given;
  const char *unit;
} Folk;

static const Folk folks[] = {
  { "F-01", "Keïta",     "Awa",    NULL },
  { "F-02", "KEITA",     "Moussa", NULL },
  { "F-03", "Kéita",     "Oumar",  NULL },
  { "F-04", "Keita",     NULL,     "50% Coy_1" },
  { "F-05", "Σωκράτης",  "Νίκος",  NULL },
  { "F-06", "Ёлкин",     "Пётр",   NULL },
  { "F-07", NULL,        "Ibrahim", "Coy-1" },
  { "F-08", "Zoé",       "Anna",   NULL },
  { "F-09", "émile",     "Li",     NULL },
  { "F-10", "Eve",       "Sekou",  NULL },
  { "F-11", "Keitab",    "Awa",    NULL },
};

static void
add_folks (MtStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (folks); i++)
    g_ptr_array_add (persons, g_object_new (MT_TYPE_PERSON, "personnel-id", folks[i].id,
                                            "family-name", folks[i].family,
                                            "given-name", folks[i].given,
                                            "unit", folks[i].unit, "category", "troops",
                                            "country", "Mali", "camp-id", (gint64) 11, NULL));
  g_assert_true (mt_store_add_personnel (store, persons, &error));
  g_assert_no_error (error);
}

/* The personnel ids @search finds, in the roster's order by @column, joined by spaces. */
static char *
found (MtStore        *store,
       const char     *search,
       MtRosterColumn  column,
       gboolean        descending)
{
  g_autoptr(GError) error = NULL;
  MtRosterQuery query = { .search = search, .sort_column = column, .descending = descending };
  g_autoptr(GArray) ids = mt_store_query_personnel_ids (store, &query, &error);
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_no_error (error);
  people = mt_store_fetch_personnel (store, (gint64 *) ids->data, ids->len, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < people->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? " " : "",
                            mt_person_get_personnel_id (g_ptr_array_index (people, i)));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

#define assert_found(store, search, expected) \
  G_STMT_START { \
    g_autofree char *ids_ = found (store, search, MT_ROSTER_COLUMN_PERSONNEL_ID, FALSE); \
    g_assert_cmpstr (ids_, ==, expected); \
  } G_STMT_END

/* "keita" finds every Keïta whatever its case and accents, in every script the names come
 * in; the user's text is taken literally (no wildcard); on both backends alike. */
static void
test_search_folded (Pair          *pair,
                    gconstpointer  data)
{
  add_folks (pair->first);

  assert_found (pair->second, "keita", "F-01 F-02 F-03 F-04 F-11");
  assert_found (pair->second, "KEÏTA", "F-01 F-02 F-03 F-04 F-11");
  assert_found (pair->second, "  Kéita  ", "F-01 F-02 F-03 F-04 F-11");
  assert_found (pair->second, "keitab", "F-11");
  /* Greek (final sigma too) and Cyrillic (Ё is Е with a diaeresis). */
  assert_found (pair->second, "ΣΩΚΡΑΤΗΣ", "F-05");
  assert_found (pair->second, "σωκρατης", "F-05");
  assert_found (pair->second, "νικος", "F-05");
  assert_found (pair->second, "ЕЛКИН", "F-06");
  assert_found (pair->second, "петр", "F-06");
  /* Literal text: "%" and "_" are characters like any other. */
  assert_found (pair->second, "50%", "F-04");
  assert_found (pair->second, "%", "F-04");
  assert_found (pair->second, "coy_", "F-04");
  assert_found (pair->second, "_", "F-04");
  assert_found (pair->second, "coy", "F-04 F-07");
  /* Within one field: the family and given names are not one text. */
  assert_found (pair->second, "keitaawa", "");
  assert_found (pair->second, "f-0", "F-01 F-02 F-03 F-04 F-05 F-06 F-07 F-08 F-09");
  assert_found (pair->second, "no one", "");
}

/* The roster sorts by family name on the folded key, then given name: the same order on both
 * backends, the person with no family name first going up and last going down. */
static void
test_order_folded (Pair          *pair,
                   gconstpointer  data)
{
  g_autofree char *up = NULL;
  g_autofree char *down = NULL;
  g_autofree char *by_given = NULL;

  add_folks (pair->first);

  up = found (pair->second, NULL, MT_ROSTER_COLUMN_FAMILY_NAME, FALSE);
  g_assert_cmpstr (up, ==, "F-07 F-09 F-10 F-04 F-01 F-02 F-03 F-11 F-08 F-05 F-06");
  down = found (pair->second, NULL, MT_ROSTER_COLUMN_FAMILY_NAME, TRUE);
  g_assert_cmpstr (down, ==, "F-06 F-05 F-08 F-11 F-03 F-02 F-01 F-04 F-10 F-09 F-07");
  /* An empty value sorts first going up in any column. */
  by_given = found (pair->second, "keita", MT_ROSTER_COLUMN_GIVEN_NAME, FALSE);
  g_assert_cmpstr (by_given, ==, "F-04 F-01 F-11 F-02 F-03");
}

/* Every way a person's row is written keeps the key: an import row by row and into an empty
 * roster (a server's COPY), an undone import. */
static void
test_search_after_import (Pair          *pair,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  MtStorePersonRow rows[40] = { { 0 } };
  guint lines[G_N_ELEMENTS (rows)];
  MtStoreUpsert outcomes[G_N_ELEMENTS (rows)];
  guint changed[G_N_ELEMENTS (rows)];
  MtStoreImport *import;
  gboolean bulk;

  /* Into the empty roster (40 rows: SQLite's many-row INSERT, a server's COPY), then over it
   * (two rows, one by one). */
  for (guint pass = 0; pass < 2; pass++)
    {
      guint n_rows = pass == 0 ? G_N_ELEMENTS (rows) : 2;

      bulk = pass == 0;
      for (guint i = 0; i < n_rows; i++)
        {
          g_ptr_array_add (ids, g_strdup_printf ("IMP-%u", i + 1));
          rows[i] = (MtStorePersonRow) { .personnel_id = g_ptr_array_index (ids, ids->len - 1),
                                         .camp_id = 11 };
          rows[i].values[MT_STORE_PERSON_FAMILY_NAME] = "Sow";
          rows[i].values[MT_STORE_PERSON_CATEGORY] = "troops";
          lines[i] = i + 2;
        }
      rows[0].values[MT_STORE_PERSON_FAMILY_NAME] = bulk ? "Keïta" : "Traoré";
      rows[0].values[MT_STORE_PERSON_GIVEN_NAME] = "Awa";
      rows[0].values[MT_STORE_PERSON_CATEGORY] = "troops";
      rows[1].values[MT_STORE_PERSON_FAMILY_NAME] = "Ouédraogo";
      rows[1].values[MT_STORE_PERSON_UNIT] = bulk ? "Génie" : "Génie 2";

      import = mt_store_import_begin (pair->first, "folk.csv", NULL, bulk, &error);
      g_assert_no_error (error);
      g_assert_true (mt_store_import_upsert_many (import, rows, lines, n_rows, outcomes,
                                                  changed, &error));
      g_assert_no_error (error);
      g_assert_true (mt_store_import_end (import, TRUE, n_rows, 0, &error));
      g_assert_no_error (error);

      if (bulk)
        {
          assert_found (pair->second, "keita", "IMP-1");
          assert_found (pair->second, "traore", "");
          assert_found (pair->second, "genie", "IMP-2");
          assert_found (pair->second, "imp-40", "IMP-40");
        }
      else
        {
          assert_found (pair->second, "keita", "");
          assert_found (pair->second, "traore", "IMP-1");
          assert_found (pair->second, "genie 2", "IMP-2");
        }
    }

  /* The second import undone: the first one's names, and their keys, are back. */
  g_assert_true (mt_store_undo_last_import (pair->first, NULL, &error));
  g_assert_no_error (error);
  assert_found (pair->second, "keita", "IMP-1");
  assert_found (pair->second, "traore", "");
  assert_found (pair->second, "genie 2", "");
  assert_found (pair->second, "genie", "IMP-2");
  g_assert_cmpint (_mt_store_test_int (pair->second,
                                       "SELECT COUNT (*) FROM personnel WHERE name_key IS NULL"),
                   ==, 0);
}

/* Both planners open the database again (an upgrade runs then). */
static void
reopen_pair (Pair *pair)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&pair->first);
  g_clear_object (&pair->second);
  pair->first = mt_store_open (pair->where, &error);
  g_assert_no_error (error);
  pair->second = mt_store_open (pair->where, &error);
  g_assert_no_error (error);
}

/* A database of the schema before the roster's key is upgraded when opened, and every
 * person gets a key: more of them than one batch of the upgrade. */
static void
test_upgrade_fills_keys (Pair          *pair,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *back = NULL;
  g_autoptr(GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);

  add_folks (pair->first);
  for (guint i = 0; i < 700; i++)
    {
      g_autofree char *id = g_strdup_printf ("MANY-%04u", i);

      g_ptr_array_add (persons, g_object_new (MT_TYPE_PERSON, "personnel-id", id,
                                              "family-name", i % 2 ? "Diarra" : "Ndiaye",
                                              "category", "troops", "camp-id", (gint64) 11,
                                              NULL));
    }
  g_assert_true (mt_store_add_personnel (pair->first, persons, &error));
  g_assert_no_error (error);

  /* Back to the version before the key's step (the steps after it run again). */
  back = mt_test_on_server ()
    ? g_strdup_printf ("ALTER TABLE personnel DROP COLUMN name_key;"
                       "DROP TABLE scenario_changes; DROP TABLE scenarios;"
                       "ALTER TABLE camps DROP COLUMN region_fr;"
                       "UPDATE mt_meta SET value = '%d' WHERE key = 'schema_version'",
                       MT_STORE_SCHEMA_SEARCH_KEY - 1)
    : g_strdup_printf ("ALTER TABLE personnel DROP COLUMN name_key;"
                       "DROP TABLE scenario_changes; DROP TABLE scenarios;"
                       "ALTER TABLE camps DROP COLUMN region_fr;"
                       " PRAGMA user_version = %d",
                       MT_STORE_SCHEMA_SEARCH_KEY - 1);
  g_assert_true (_mt_store_test_exec (pair->first, back, &error));
  g_assert_no_error (error);
  reopen_pair (pair);
  g_assert_cmpint (mt_store_get_schema_version (pair->second), ==, MT_STORE_SCHEMA_VERSION);
  g_assert_cmpint (_mt_store_test_int (pair->second,
                                       "SELECT COUNT (*) FROM personnel WHERE name_key IS NULL"),
                   ==, 0);
  assert_found (pair->second, "keita", "F-01 F-02 F-03 F-04 F-11");
  assert_found (pair->second, "ёлкин", "F-06");
  {
    MtRosterQuery query = { .search = "NDIAYE" };
    g_autoptr(GArray) ids = mt_store_query_personnel_ids (pair->second, &query, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (ids->len, ==, 350);
  }
}

/* A database from before the regions' French column, its regions written as the old seed
 * wrote them ("Tombouctou" for Timbuktu's camps): the upgrade moves the French one to
 * region_fr and gives the region its English name; the other regions stay, shown in both
 * languages. */
static void
test_upgrade_regions (Pair          *pair,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *back = NULL;
  const struct { const char *camp, *region, *region_fr; } expected[] = {
    { "Ber", "Timbuktu", "Tombouctou" },
    { "Timbuktu", "Timbuktu", "Tombouctou" },
    { "Gao", "Gao", NULL },
    { "Kidal", "Kidal", NULL },
  };

#define OLD_REGIONS "ALTER TABLE camps DROP COLUMN region_fr;" \
                    "UPDATE camps SET region = 'Tombouctou' WHERE region = 'Timbuktu';"
  back = mt_test_on_server ()
    ? g_strdup_printf (OLD_REGIONS "UPDATE mt_meta SET value = '%d' WHERE key = 'schema_version'",
                       MT_STORE_SCHEMA_REGION_FR - 1)
    : g_strdup_printf (OLD_REGIONS "PRAGMA user_version = %d", MT_STORE_SCHEMA_REGION_FR - 1);
#undef OLD_REGIONS
  g_assert_true (_mt_store_test_exec (pair->first, back, &error));
  g_assert_no_error (error);
  reopen_pair (pair);
  g_assert_cmpint (mt_store_get_schema_version (pair->second), >=, MT_STORE_SCHEMA_REGION_FR);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(MtCamp) camp = find_camp (pair->second, expected[i].camp);

      g_assert_cmpstr (mt_camp_get_region (camp), ==, expected[i].region);
      g_assert_cmpstr (mt_camp_get_region_fr (camp), ==, expected[i].region_fr);
    }
}

typedef struct
{
  MtStore    *store;
  const char *prefix;     /* of the personnel ids, and the file's name */
  gint64      camp_id;
  GError     *error;
  gboolean    expect_many;   /* as the CSV importer asks for a whole file */
} ImportJob;

#define IMPORT_ROWS 300

/* One planner's import of a roster of IMPORT_ROWS people, 100 rows at a time, as the CSV
 * importer's writer hands them over. */
static gpointer
import_thread (gpointer data)
{
  ImportJob *job = data;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *file = g_strdup_printf ("%s.csv", job->prefix);
  MtStorePersonRow rows[100] = { { 0 } };
  guint lines[100];
  MtStoreUpsert outcomes[100];
  guint changed[100];
  MtStoreImport *import = mt_store_import_begin (job->store, file, NULL, job->expect_many,
                                                 &job->error);

  if (import == NULL)
    return NULL;
  for (guint done = 0; done < IMPORT_ROWS; done += 100)
    {
      for (guint i = 0; i < 100; i++)
        {
          char *id = g_strdup_printf ("%s-%04u", job->prefix, done + i);

          g_ptr_array_add (ids, id);
          rows[i].personnel_id = id;
          rows[i].camp_id = job->camp_id;
          rows[i].values[MT_STORE_PERSON_FAMILY_NAME] = job->prefix;
          rows[i].values[MT_STORE_PERSON_CATEGORY] = "troops";
          lines[i] = done + i + 2;
        }
      if (!mt_store_import_upsert_many (import, rows, lines, 100, outcomes, changed, &job->error))
        {
          mt_store_import_end (import, FALSE, 0, 0, NULL);
          return NULL;
        }
    }
  mt_store_import_end (import, TRUE, IMPORT_ROWS, 0, &job->error);
  return NULL;
}

static guint
count_matching (MtStore    *store,
                const char *search)
{
  g_autoptr(GError) error = NULL;
  MtRosterQuery query = { .search = search };
  g_autoptr(GArray) found = mt_store_query_personnel_ids (store, &query, &error);

  g_assert_no_error (error);
  return found->len;
}

/* Two planners import different contingents' rosters at the same moment, each on its own
 * connection: both land whole, and the roster's counts hold both. */
static void
test_imports_at_once (Pair          *pair,
                      gconstpointer  data)
{
  ImportJob jobs[2] = {
    { pair->first, "CHAD", mt_store_find_camp (pair->first, "Kidal"), NULL },
    { pair->second, "TOGO", mt_store_find_camp (pair->second, "Gao"), NULL },
  };
  GThread *threads[2];
  g_autofree char *mismatch = NULL;

  for (guint i = 0; i < 2; i++)
    threads[i] = g_thread_new ("import", import_thread, &jobs[i]);
  for (guint i = 0; i < 2; i++)
    {
      g_thread_join (threads[i]);
      g_assert_no_error (jobs[i].error);
    }

  g_assert_cmpuint (count_matching (pair->first, "CHAD-"), ==, IMPORT_ROWS);
  g_assert_cmpuint (count_matching (pair->first, "TOGO-"), ==, IMPORT_ROWS);
  g_assert_cmpint (mt_store_count_personnel (pair->second), ==, 2 * IMPORT_ROWS);
  g_assert_cmpint (mt_store_get_last_import_id (pair->first), >, 0);
  mismatch = _mt_store_tally_dup_mismatch (pair->first);
  g_assert_null (mismatch);
}

/* A planner imports a roster into what looks empty while another planner's import of one of
 * the same people is not committed yet: the first import waits for the second, finds the
 * roster no longer empty, and updates that person (a bulk load would have failed at its end
 * on the duplicate). */
static void
test_bulk_import_waits_for_writer (Pair          *pair,
                                   gconstpointer  data)
{
  ImportJob job = { pair->first, "SAME", 0, NULL, TRUE };
  MtStorePersonRow row = { .personnel_id = "SAME-0000" };
  g_autoptr(GError) error = NULL;
  g_autofree char *mismatch = NULL;
  g_autofree char *family = NULL;
  MtStoreImport *import;
  MtStoreUpsert outcome;
  GThread *thread;
  gboolean waiting = FALSE;

  if (!mt_test_on_server ())
    {
      g_test_skip ("SQLite's write lock orders two imports already (BEGIN IMMEDIATE)");
      return;
    }
  job.camp_id = mt_store_find_camp (pair->first, "Gao");

  import = mt_store_import_begin (pair->second, "one.csv", NULL, FALSE, &error);
  g_assert_no_error (error);
  row.camp_id = job.camp_id;
  row.values[MT_STORE_PERSON_FAMILY_NAME] = "Second";
  row.values[MT_STORE_PERSON_CATEGORY] = "troops";
  g_assert_true (mt_store_import_upsert (import, &row, 2, &outcome, NULL, &error));
  g_assert_no_error (error);

  thread = g_thread_new ("import", import_thread, &job);
  for (guint i = 0; i < 200 && !waiting; i++)
    {
      waiting = _mt_store_test_int (pair->second, "SELECT COUNT (*) FROM pg_locks"
                                                  " WHERE NOT granted"
                                                  " AND relation = to_regclass ('personnel')") > 0;
      if (!waiting)
        g_usleep (50 * 1000);
    }
  g_assert_true (waiting);
  g_assert_true (mt_store_import_end (import, TRUE, 1, 0, &error));
  g_assert_no_error (error);

  g_thread_join (thread);
  g_assert_no_error (job.error);
  g_assert_cmpint (mt_store_count_personnel (pair->second), ==, IMPORT_ROWS);
  family = _mt_store_test_dup_text (pair->second, "SELECT family_name FROM personnel"
                                                  " WHERE personnel_id = 'SAME-0000'");
  g_assert_cmpstr (family, ==, "SAME");
  mismatch = _mt_store_tally_dup_mismatch (pair->second);
  g_assert_null (mismatch);
}

/* Imports the five people BULK-0..4 with family names @families rotated by @shift, then
 * reads them back on the other connection: every character kept, empty is empty. */
static void
import_and_check_text (Pair               *pair,
                       const char * const *families,
                       guint               n,
                       guint               shift,
                       gboolean            expect_many)
{
  g_autoptr(GError) error = NULL;
  MtStorePersonRow rows[8] = { { 0 } };
  guint lines[8];
  MtStoreUpsert outcomes[8];
  guint changed[8];
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  MtStoreImport *import;

  g_assert_cmpuint (n, <=, G_N_ELEMENTS (rows));
  import = mt_store_import_begin (pair->first, "bulk.csv", NULL, expect_many, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      g_ptr_array_add (ids, g_strdup_printf ("BULK-%u", i));
      rows[i].personnel_id = g_ptr_array_index (ids, i);
      rows[i].camp_id = 2;
      rows[i].values[MT_STORE_PERSON_FAMILY_NAME] = families[(i + shift) % n];
      rows[i].values[MT_STORE_PERSON_CATEGORY] = "troops";
      rows[i].values[MT_STORE_PERSON_UNIT] = "";
      lines[i] = i + 2;
    }
  g_assert_true (mt_store_import_upsert_many (import, rows, lines, n, outcomes, changed, &error));
  g_assert_no_error (error);
  g_assert_true (mt_store_import_end (import, TRUE, n, 0, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < n; i++)
    {
      MtRosterQuery query = { .search = g_ptr_array_index (ids, i) };
      g_autoptr(GArray) found = mt_store_query_personnel_ids (pair->second, &query, &error);
      g_autoptr(GPtrArray) people = NULL;

      g_assert_no_error (error);
      g_assert_cmpuint (found->len, ==, 1);
      people = mt_store_fetch_personnel (pair->second, (gint64 *) found->data, 1, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (mt_person_get_family_name (g_ptr_array_index (people, 0)), ==,
                       families[(i + shift) % n]);
      g_assert_null (mt_person_get_unit (g_ptr_array_index (people, 0)));
    }
}

/* An import into an empty roster (a server's COPY, SQLite's many-row INSERT) keeps every
 * character of what it is given: tabs, backslashes, line breaks, accents; empty is empty.
 * So does the same roster sent again with the names changed (staged, applied set-wise). */
static void
test_bulk_import_keeps_text (Pair          *pair,
                             gconstpointer  data)
{
  const char *families[] = { "Tab\there", "Back\\slash", "Line\nbreak", "Kéïta", "\\N" };

  const char *count_checks =
    "SELECT count (*) FROM pg_constraint WHERE conrelid = to_regclass ('personnel')"
    " AND contype = 'f'";
  gint64 checks = mt_test_on_server () ? _mt_store_test_int (pair->first, count_checks) : 0;

  import_and_check_text (pair, families, G_N_ELEMENTS (families), 0, TRUE);
  /* A server's bulk path sets the foreign keys aside for its transaction only. */
  if (mt_test_on_server ())
    {
      g_assert_cmpint (checks, ==, 3);
      g_assert_cmpint (_mt_store_test_int (pair->second, count_checks), ==, checks);
    }
  import_and_check_text (pair, families, G_N_ELEMENTS (families), 2, FALSE);
}

/* A server's import into an empty roster sets the table's keys, checks and count triggers
 * aside for its transaction, numbers the rows itself, and makes everything again: afterwards
 * the same constraints and triggers are there, a second person with an imported id, a person
 * at an unknown camp and a convoy seat for nobody are refused, and the next person added
 * takes a new id and is counted. */
static void
test_bulk_import_checks_back (Pair          *pair,
                              gconstpointer  data)
{
  const char *families[] = { "Diallo", "Traoré", "Keïta" };
  const char *constraints =
    "SELECT string_agg (conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef (oid)"
    "                   || ' ' || convalidated, '; ' ORDER BY conrelid::regclass::text, conname)"
    " FROM pg_constraint WHERE conrelid = to_regclass ('personnel')"
    "   OR confrelid = to_regclass ('personnel')";
  g_autoptr(GError) error = NULL;
  const char *triggers =
    "SELECT string_agg (tgname || ' ' || pg_get_triggerdef (oid), '; ' ORDER BY tgname)"
    " FROM pg_trigger WHERE tgrelid = to_regclass ('personnel') AND NOT tgisinternal";
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *triggers_before = NULL;
  g_autofree char *triggers_after = NULL;
  g_autofree char *mismatch = NULL;
  gint64 last_imported;

  if (!mt_test_on_server ())
    {
      g_test_skip ("A server's bulk import; SQLite's is in test-tally");
      return;
    }
  g_assert_cmpint (_mt_store_test_int (pair->first, "SELECT count (*) FROM personnel"), ==, 0);
  g_assert_cmpint (_mt_store_test_int (pair->first, "SELECT count (*) FROM convoys"), >, 0);
  before = _mt_store_test_dup_text (pair->first, constraints);
  triggers_before = _mt_store_test_dup_text (pair->first, triggers);

  import_and_check_text (pair, families, G_N_ELEMENTS (families), 0, TRUE);

  after = _mt_store_test_dup_text (pair->second, constraints);
  triggers_after = _mt_store_test_dup_text (pair->second, triggers);
  g_assert_nonnull (strstr (triggers_before, "personnel_tally_insert"));
  g_assert_cmpstr (triggers_after, ==, triggers_before);
  g_assert_nonnull (strstr (before, "PRIMARY KEY"));
  g_assert_nonnull (strstr (before, "UNIQUE (personnel_id)"));
  g_assert_cmpstr (after, ==, before);
  g_assert_false (_mt_store_test_exec (pair->second,
                                       "INSERT INTO personnel (personnel_id, category, camp_id)"
                                       " VALUES ('BULK-1', 'troops', 2)", &error));
  g_clear_error (&error);
  g_assert_false (_mt_store_test_exec (pair->second,
                                       "INSERT INTO personnel (personnel_id, category, camp_id)"
                                       " VALUES ('NEW-1', 'troops', 999999)", &error));
  g_clear_error (&error);
  g_assert_false (_mt_store_test_exec (pair->second,
                                       "INSERT INTO convoy_personnel (convoy_id, person_id)"
                                       " SELECT min (id), 999999999 FROM convoys", &error));
  g_clear_error (&error);

  last_imported = _mt_store_test_int (pair->second, "SELECT max (id) FROM personnel");
  g_assert_true (_mt_store_test_exec (pair->second,
                                      "INSERT INTO personnel (personnel_id, category, camp_id)"
                                      " VALUES ('NEW-2', 'troops', 2)", &error));
  g_assert_no_error (error);
  g_assert_cmpint (_mt_store_test_int (pair->second, "SELECT id FROM personnel"
                                                     " WHERE personnel_id = 'NEW-2'"),
                   >, last_imported);
  /* The roster's counts take the person added after the import too. */
  mismatch = _mt_store_tally_dup_mismatch (pair->second);
  g_assert_null (mismatch);
}

/* A planner whose login may write the tables but does not own them imports into the empty
 * roster the slow way (the table's checks stay, the identity numbers the rows): the rows
 * land whole, the constraints are as they were, the counts exact. */
static void
test_bulk_import_by_editor (Pair          *pair,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtStore) editor = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *mismatch = NULL;
  MtStoreImport *import;
  const char *constraints =
    "SELECT string_agg (conname || ' ' || convalidated, '; ' ORDER BY conname)"
    " FROM pg_constraint WHERE conrelid = to_regclass ('personnel')"
    "   OR confrelid = to_regclass ('personnel')";

  if (!mt_test_on_server ())
    {
      g_test_skip ("a server's roles");
      return;
    }

  uri = new_login (pair, "editor",
                   "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %2$s TO %1$s;"
                   " GRANT USAGE ON ALL SEQUENCES IN SCHEMA %2$s TO %1$s");
  before = _mt_store_test_dup_text (pair->first, constraints);

  editor = mt_store_open (uri, &error);
  g_assert_no_error (error);
  g_assert_true (mt_store_can_write (editor));

  import = mt_store_import_begin (editor, "editor.csv", NULL, TRUE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 50; i++)
    {
      g_autofree char *id = g_strdup_printf ("EDIT-%u", i);
      MtStorePersonRow row = { .personnel_id = id, .camp_id = 2 };
      MtStoreUpsert outcome;

      row.values[MT_STORE_PERSON_CATEGORY] = i % 2 ? "troops" : "fpu";
      row.values[MT_STORE_PERSON_DEPARTURE_DATE] = i % 3 ? "2023-11-02" : NULL;
      g_assert_true (mt_store_import_upsert (import, &row, i + 2, &outcome, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpint (outcome, ==, MT_STORE_UPSERT_NEW);
    }
  g_assert_true (mt_store_import_end (import, TRUE, 50, 0, &error));
  g_assert_no_error (error);

  g_assert_cmpint (mt_store_count_personnel (pair->first), ==, 50);
  after = _mt_store_test_dup_text (pair->first, constraints);
  g_assert_cmpstr (after, ==, before);
  mismatch = _mt_store_tally_dup_mismatch (pair->first);
  g_assert_null (mismatch);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Pair, NULL, pair_set_up, func, pair_tear_down)
#define ADD_SHORT_WAIT(path, func) \
  g_test_add (path, Pair, "300", pair_set_up, func, pair_tear_down)

  ADD ("/mt/together/second-edit-refused", test_second_edit_refused);
  ADD ("/mt/together/reread-after-conflict", test_reread_after_conflict);
  ADD ("/mt/together/unversioned-edit-passes", test_unversioned_edit_passes);
  ADD ("/mt/together/undo-refused-after-other-change", test_undo_refused_after_other_change);
  ADD ("/mt/together/own-undo-redo", test_own_undo_redo);
  ADD ("/mt/together/camp-version-from-list", test_camp_version_from_list);
  ADD ("/mt/together/live", test_live);
  ADD ("/mt/together/live-scenario", test_live_scenario);
  ADD ("/mt/together/read-only-login", test_read_only_login);
  ADD ("/mt/together/connection-lost", test_connection_lost);
  ADD ("/mt/together/copy-to-file", test_copy_to_file);
  ADD_SHORT_WAIT ("/mt/together/handover-gate-holds", test_handover_gate_holds);
  ADD ("/mt/together/upgrade-once", test_upgrade_once);
  ADD ("/mt/together/server-on-this-machine", test_server_on_this_machine);
  ADD ("/mt/together/search-case", test_search_case);
  ADD ("/mt/together/bulk-import-keeps-text", test_bulk_import_keeps_text);
  ADD ("/mt/together/bulk-import-checks-back", test_bulk_import_checks_back);
  ADD ("/mt/together/bulk-import-by-editor", test_bulk_import_by_editor);
  ADD ("/mt/together/bulk-import-waits-for-writer", test_bulk_import_waits_for_writer);
  ADD ("/mt/together/imports-at-once", test_imports_at_once);
  ADD ("/mt/together/search-folded", test_search_folded);
  ADD ("/mt/together/order-folded", test_order_folded);
  ADD ("/mt/together/search-after-import", test_search_after_import);
  ADD ("/mt/together/upgrade-fills-keys", test_upgrade_fills_keys);
  ADD ("/mt/together/upgrade-regions", test_upgrade_regions);

  return mt_test_run_in_tmp_dir ();
}
