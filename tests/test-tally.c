/* test-tally.c: personnel_tally (schema v4) stays the roster's exact counts.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * After every kind of write to the roster — bulk import into an empty roster (triggers
 * suspended, counted in memory), import into a filled one (triggers), undo of either,
 * edits and bulk departures, undo/redo, a rolled-back import — the tally must equal
 * SELECT camp_id, category, COALESCE (departure_date, ''), COUNT (*) FROM personnel
 * GROUP BY 1, 2, 3, and the figures planners read must match the rows the test wrote.
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "mt-person.h"
#include "mt-store.h"
#include "mt-store-edit.h"
#include "mt-store-history.h"
#include "mt-store-import.h"
#include "mt-store-plan.h"
#include "mt-store-private.h"
#include "mt-store-roster.h"
#include "mt-store-tally-private.h"
#include "mt-summary.h"
#include "mt-test-util.h"

#define TALLY_ROWS_SQL \
  "SELECT COALESCE (string_agg (r, ';'), '') FROM (" \
  " SELECT camp_id || '|' || category || '|' || departure_date || '|' || planned_departure" \
  "        || '|' || n AS r" \
  " FROM personnel_tally ORDER BY camp_id, category, departure_date, planned_departure) AS rows"

#define PERSONNEL_INDEXES_SQL \
  "SELECT COUNT (*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'personnel'" \
  " AND sql IS NOT NULL"

/* The same on a server (data/schema-pg.sql): the primary key's index and personnel_id's. */
#define PERSONNEL_INDEXES_PG_SQL \
  "SELECT COUNT (*) FROM pg_indexes WHERE schemaname = current_schema () AND tablename = 'personnel'" \
  " AND indexname NOT IN ('personnel_pkey', 'personnel_personnel_id_key')"
#define PERSONNEL_UNIQUE_PG_SQL \
  "SELECT COUNT (*) FROM pg_indexes WHERE schemaname = current_schema () AND tablename = 'personnel'" \
  " AND indexname = 'personnel_personnel_id_key'"
/* A server's triggers stay; a bulk writer's transaction switches them off (SET LOCAL). */
#define TALLY_TRIGGERS_PG_SQL \
  "SELECT CASE WHEN current_setting ('mt.triggers_suspended', true) = 'on' THEN 0" \
  " ELSE COUNT (*) END FROM pg_trigger WHERE tgrelid = CAST ('personnel' AS regclass)" \
  " AND tgname LIKE 'personnel\\_tally\\_%'"

#define TALLY_TRIGGERS_SQL \
  "SELECT COUNT (*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'personnel'" \
  " AND name GLOB 'personnel_tally_*'"

/* What schemas v5 (row versions), v6 (folded keys), the plan (baselines), the French names
 * and the roster's search key added, taken away again to make a v3 file. */
#define V5_COLUMNS \
  "DROP TABLE scenario_changes; DROP TABLE scenarios;" \
  "ALTER TABLE camps DROP COLUMN region_fr;" \
  "DROP INDEX camps_by_fr_key; ALTER TABLE camps DROP COLUMN name_fr_key;" \
  "ALTER TABLE camps DROP COLUMN name_fr; ALTER TABLE mission DROP COLUMN name_fr;" \
  " ALTER TABLE mission DROP COLUMN full_name_fr;" \
  "DROP TABLE baseline_plan; DROP TABLE baseline_camps; DROP TABLE baselines;" \
  "ALTER TABLE camps DROP COLUMN planned_handover; ALTER TABLE movements DROP COLUMN planned;" \
  "ALTER TABLE personnel DROP COLUMN name_key;" \
  "DROP INDEX camps_by_key; DROP INDEX camp_aliases_by_key;" \
  "ALTER TABLE camps DROP COLUMN name_key; ALTER TABLE camp_aliases DROP COLUMN alias_key;" \
  "ALTER TABLE assets DROP COLUMN description_key; ALTER TABLE csv_presets DROP COLUMN name_key;" \
  "ALTER TABLE mission DROP COLUMN version; ALTER TABLE mission DROP COLUMN changed_by;" \
  " ALTER TABLE mission DROP COLUMN changed_at;" \
  "ALTER TABLE camps DROP COLUMN version; ALTER TABLE camps DROP COLUMN changed_by;" \
  " ALTER TABLE camps DROP COLUMN changed_at;" \
  "ALTER TABLE personnel DROP COLUMN version; ALTER TABLE personnel DROP COLUMN changed_by;" \
  " ALTER TABLE personnel DROP COLUMN changed_at;" \
  "ALTER TABLE movements DROP COLUMN version; ALTER TABLE movements DROP COLUMN changed_by;" \
  " ALTER TABLE movements DROP COLUMN changed_at;" \
  "ALTER TABLE convoys DROP COLUMN version; ALTER TABLE convoys DROP COLUMN changed_by;" \
  " ALTER TABLE convoys DROP COLUMN changed_at;" \
  "ALTER TABLE assets DROP COLUMN version; ALTER TABLE assets DROP COLUMN changed_by;" \
  " ALTER TABLE assets DROP COLUMN changed_at;" \
  "ALTER TABLE events DROP COLUMN version; ALTER TABLE events DROP COLUMN changed_by;" \
  " ALTER TABLE events DROP COLUMN changed_at;" \
  "ALTER TABLE history DROP COLUMN record_version;"

/* What v3 had on personnel: for building a v3 database to migrate. */
#define V3_INDEXES \
  "CREATE INDEX personnel_family_name ON personnel (family_name, given_name);" \
  "CREATE INDEX personnel_category ON personnel (category, departure_date);" \
  "CREATE INDEX personnel_camp ON personnel (camp_id, departure_date);" \
  "CREATE INDEX personnel_departure ON personnel (departure_date, category);"

static const char *categories[] = { "mso", "troops", "ipo", "fpu", "intl-staff", "unv" };
static const char *camp_names[] = { "Gao", "Timbuktu", "Kidal", "Bamako", "Tessalit" };
static const char *dates[] = { NULL, "2023-08-15", "", "2023-10-01", "2023-10-16", "2023-12-20" };
static const char *planned_dates[] = { NULL, "2023-09-30", "2023-11-15", "", "2023-12-31" };

#define AS_OF "2023-10-16"

/* One roster row as the test wrote it, to count what the figures should say. */
typedef struct
{
  char       *personnel_id;
  gint64      camp_id;
  const char *category;
  const char *date;
  const char *planned;
} Person;

/* Helpers */

static void
assert_tally_exact (MtStore *store)
{
  g_autofree char *mismatch = _mt_store_tally_dup_mismatch (store);

  g_assert_cmpstr (mismatch, ==, NULL);
}

/* The tally's triggers that count a write made now. */
static gint64
tally_triggers (MtStore *store)
{
  return _mt_store_test_int (store, mt_test_on_server () ? TALLY_TRIGGERS_PG_SQL
                                                         : TALLY_TRIGGERS_SQL);
}

static char *
tally_rows (MtStore *store)
{
  return _mt_store_test_dup_text (store, TALLY_ROWS_SQL);
}

static gint64
tally_total (MtStore *store)
{
  return _mt_store_test_int (store, "SELECT COALESCE (SUM (n), 0) FROM personnel_tally");
}

static gint64
camp_id (MtStore    *store,
         const char *name)
{
  gint64 id = mt_store_find_camp (store, name);

  g_assert_cmpint (id, >, 0);
  return id;
}

static void
person_clear (Person *person)
{
  g_free (person->personnel_id);
}

static GArray *
people_new (MtStore *store,
            guint    n,
            guint    salt)
{
  GArray *people = g_array_new (FALSE, TRUE, sizeof (Person));

  g_array_set_clear_func (people, (GDestroyNotify) person_clear);
  for (guint i = 0; i < n; i++)
    {
      Person person = {
        .personnel_id = g_strdup_printf ("TL-%05u", i),
        .camp_id = camp_id (store, camp_names[(i + salt) % G_N_ELEMENTS (camp_names)]),
        .category = categories[(i / 3 + salt) % G_N_ELEMENTS (categories)],
        .date = dates[(i / 2 + salt) % G_N_ELEMENTS (dates)],
        .planned = planned_dates[(i / 7 + salt) % G_N_ELEMENTS (planned_dates)],
      };

      g_array_append_val (people, person);
    }

  return people;
}

static MtStoreUpsert
upsert (MtStoreImport *import,
        const Person  *person,
        guint          line)
{
  g_autoptr(GError) error = NULL;
  MtStorePersonRow row = { .personnel_id = person->personnel_id, .camp_id = person->camp_id };
  MtStoreUpsert outcome;

  row.values[MT_STORE_PERSON_FAMILY_NAME] = "Diallo";
  row.values[MT_STORE_PERSON_CATEGORY] = person->category;
  row.values[MT_STORE_PERSON_DEPARTURE_DATE] = person->date;
  row.values[MT_STORE_PERSON_PLANNED_DEPARTURE] = person->planned;
  g_assert_true (mt_store_import_upsert (import, &row, line, &outcome, NULL, &error));
  g_assert_no_error (error);

  return outcome;
}

static void
import_people (MtStore *store,
               GArray  *people,
               gboolean commit)
{
  g_autoptr(GError) error = NULL;
  MtStoreImport *import = mt_store_import_begin (store, "roster.csv", NULL, TRUE, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < people->len; i++)
    upsert (import, &g_array_index (people, Person, i), i + 2);
  g_assert_true (mt_store_import_end (import, commit, people->len, 0, &error) || !commit);
  g_assert_no_error (error);
}

/* The figures of @camp (0 = the mission) as of AS_OF must count @people as the test
 * wrote them, on top of @before (the same figures with none of them). */
static void
assert_figures (MtStore   *store,
                gint64     camp,
                MtSummary *before,
                GArray    *people)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtSummary) now = mt_store_get_summary (store, camp, AS_OF, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (now->categories->len, ==, before->categories->len);
  for (guint c = 0; c < now->categories->len; c++)
    {
      const MtCategoryTotal *total = g_ptr_array_index (now->categories, c);
      const MtCategoryTotal *base = g_ptr_array_index (before->categories, c);
      gint64 gone = 0, here = 0;

      for (guint i = 0; i < people->len; i++)
        {
          const Person *person = &g_array_index (people, Person, i);

          if (g_strcmp0 (person->category, total->code) != 0 ||
              (camp != 0 && person->camp_id != camp))
            continue;
          if (person->date != NULL && person->date[0] != '\0' &&
              g_strcmp0 (person->date, AS_OF) <= 0)
            gone++;
          else
            here++;
        }

      g_assert_cmpstr (total->code, ==, base->code);
      g_assert_cmpint (total->departed - base->departed, ==, gone);
      g_assert_cmpint (total->on_roster - base->on_roster, ==, here);
    }
}

static MtSummary *
summary (MtStore *store,
         gint64   camp)
{
  g_autoptr(GError) error = NULL;
  MtSummary *result = mt_store_get_summary (store, camp, AS_OF, &error);

  g_assert_no_error (error);
  return result;
}

/* Schema */

static void
test_new_database (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);

  g_assert_cmpint (mt_store_get_schema_version (store), ==, MT_STORE_SCHEMA_VERSION);
  /* No secondary index on the roster, but still the one that finds a personnel id. */
  if (mt_test_on_server ())
    {
      g_assert_cmpint (_mt_store_test_int (store, PERSONNEL_INDEXES_PG_SQL), ==, 0);
      g_assert_cmpint (_mt_store_test_int (store, PERSONNEL_UNIQUE_PG_SQL), ==, 1);
      g_assert_cmpint (tally_triggers (store), ==, 3);
    }
  else
    {
      g_assert_cmpint (_mt_store_test_int (store, PERSONNEL_INDEXES_SQL), ==, 0);
      g_assert_cmpint (_mt_store_test_int (store, "SELECT COUNT (*) FROM pragma_index_list ('personnel')"
                                                  " WHERE \"unique\" = 1"), ==, 1);
      g_assert_cmpint (tally_triggers (store), ==, 3);
    }
  g_assert_cmpint (tally_total (store), ==, 0);
  assert_tally_exact (store);
}

static void
test_raw_writes (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  gint64 gao = camp_id (store, "Gao");
  gint64 kidal = camp_id (store, "Kidal");

  /* Whatever writes personnel — here plain SQL — moves the counts with it. */
  sql = g_strdup_printf ("INSERT INTO personnel (personnel_id, category, camp_id, departure_date)"
                         " VALUES ('R-1', 'troops', %1$" G_GINT64_FORMAT ", NULL),"
                         " ('R-2', 'troops', %1$" G_GINT64_FORMAT ", NULL),"
                         " ('R-3', 'mso', %2$" G_GINT64_FORMAT ", '2023-09-01');"
                         "UPDATE personnel SET family_name = 'Keita';"
                         "UPDATE personnel SET departure_date = '2023-10-02' WHERE personnel_id = 'R-1';"
                         "UPDATE personnel SET camp_id = %2$" G_GINT64_FORMAT " WHERE personnel_id = 'R-2';"
                         "UPDATE personnel SET category = 'unv', departure_date = NULL"
                         " WHERE personnel_id = 'R-3';"
                         /* A new planned departure moves the plan's count too. */
                         "UPDATE personnel SET planned_departure = '2023-11-20'"
                         " WHERE personnel_id = 'R-2';",
                         gao, kidal);
  g_assert_true (_mt_store_test_exec (store, sql, &error));
  g_assert_no_error (error);
  assert_tally_exact (store);
  g_assert_cmpint (tally_total (store), ==, 3);
  /* Three keys, none shared: no leftover row with n = 0 from the moves. */
  g_assert_cmpint (_mt_store_test_int (store, "SELECT COUNT (*) FROM personnel_tally"), ==, 3);

  g_assert_true (_mt_store_test_exec (store, "DELETE FROM personnel WHERE personnel_id <> 'R-2'",
                                      &error));
  assert_tally_exact (store);
  g_assert_cmpint (_mt_store_test_int (store, "SELECT COUNT (*) FROM personnel_tally"), ==, 1);
  g_assert_true (_mt_store_test_exec (store, "DELETE FROM personnel", &error));
  g_assert_cmpint (_mt_store_test_int (store, "SELECT COUNT (*) FROM personnel_tally"), ==, 0);
}

static void
test_migrate_v3 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtStore) store = NULL;
  g_autoptr(MtStore) fresh = mt_test_store_new (TRUE);
  g_autoptr(MtSummary) mission = NULL;
  g_autoptr(MtSummary) after = NULL;
  g_autoptr(GArray) people = NULL;
  g_autofree char *path = mt_test_tmp_path ("v3.db");
  g_autofree char *rows = NULL;

  /* A server database is made at the latest version: there is no v3 one to upgrade. */
  if (mt_test_on_server ())
    {
      g_test_skip ("SQLite files only");
      return;
    }
  g_autofree char *schema = NULL;
  g_autofree char *fresh_schema = NULL;
  const char *schema_sql = "SELECT group_concat (type || ' ' || name || ' ' || COALESCE (sql, ''), '\n')"
                           " FROM (SELECT * FROM sqlite_schema WHERE tbl_name LIKE 'personnel%'"
                           "       ORDER BY name)";

  store = mt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (mt_store_load_seed (store, &error));
  people = people_new (store, 90, 1);
  import_people (store, people, TRUE);
  rows = tally_rows (store);
  mission = summary (store, 0);

  /* Back to what a v3 file holds: no tally, the four indexes. */
  g_assert_true (_mt_store_test_exec (store,
                                      "DROP TRIGGER personnel_tally_insert;"
                                      "DROP TRIGGER personnel_tally_delete;"
                                      "DROP TRIGGER personnel_tally_update;"
                                      "DROP TABLE personnel_tally;"
                                      V3_INDEXES
                                      V5_COLUMNS
                                      "PRAGMA user_version = 3;",
                                      &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  store = mt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mt_store_get_schema_version (store), ==, MT_STORE_SCHEMA_VERSION);
  g_assert_cmpint (_mt_store_test_int (store, PERSONNEL_INDEXES_SQL), ==, 0);
  assert_tally_exact (store);
  {
    g_autofree char *migrated = tally_rows (store);

    g_assert_cmpstr (migrated, ==, rows);
  }

  /* The figures read the same as before the round trip. */
  after = summary (store, 0);
  for (guint c = 0; c < after->categories->len; c++)
    {
      const MtCategoryTotal *a = g_ptr_array_index (after->categories, c);
      const MtCategoryTotal *b = g_ptr_array_index (mission->categories, c);

      g_assert_cmpint (a->departed, ==, b->departed);
      g_assert_cmpint (a->on_roster, ==, b->on_roster);
    }

  /* A migrated file and a new one end with the same roster schema. */
  schema = _mt_store_test_dup_text (store, schema_sql);
  fresh_schema = _mt_store_test_dup_text (fresh, schema_sql);
  g_assert_cmpstr (schema, ==, fresh_schema);

  g_clear_object (&store);
  for (const char *const *s = (const char *const[]) { "", "-wal", "-shm", NULL }; *s; s++)
    {
      g_autofree char *file = g_strconcat (path, *s, NULL);

      g_remove (file);
    }
}

/* The roster as v12 laid it out: the search key last. */
#define KEY_LAST_LAYOUT \
  "CREATE TABLE personnel_key_last (id INTEGER PRIMARY KEY, personnel_id TEXT NOT NULL UNIQUE," \
  " family_name TEXT, given_name TEXT, rank TEXT," \
  " category TEXT NOT NULL REFERENCES categories (code), country TEXT, unit TEXT," \
  " camp_id INTEGER NOT NULL REFERENCES camps (id), planned_departure TEXT, status TEXT," \
  " departure_date TEXT, import_id INTEGER REFERENCES imports (id) ON DELETE SET NULL," \
  " import_line INTEGER, version INTEGER NOT NULL DEFAULT 1, changed_by TEXT, changed_at TEXT," \
  " name_key TEXT);" \
  "INSERT INTO personnel_key_last SELECT id, personnel_id, family_name, given_name, rank," \
  " category, country, unit, camp_id, planned_departure, status, departure_date, import_id," \
  " import_line, version, changed_by, changed_at, name_key FROM personnel;" \
  "DROP TABLE personnel; ALTER TABLE personnel_key_last RENAME TO personnel;"

/* A file of v12 (the key as the roster's last column) is laid out again with the key first
 * when opened: every person, every convoy's passenger list (whose rows refer to them, with
 * ON DELETE CASCADE), the tally's triggers, a user's own index and the search all survive. */
static void
test_migrate_key_first (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtStore) store = NULL;
  g_autoptr(GArray) people = NULL;
  g_autoptr(GArray) found = NULL;
  g_autofree char *path = mt_test_tmp_path ("key-last.db");
  g_autofree char *rows = NULL;
  g_autofree char *migrated = NULL;
  g_autofree char *triggers = NULL;
  g_autofree char *sql = NULL;
  MtRosterQuery query = { .search = "tl-0001", .sort_column = MT_ROSTER_COLUMN_PERSONNEL_ID };
  gint64 passengers;

  if (mt_test_on_server ())
    {
      g_test_skip ("SQLite files only: a server's columns stay where they are");
      return;
    }

  store = mt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (mt_store_load_seed (store, &error));
  people = people_new (store, 60, 2);
  import_people (store, people, TRUE);
  g_assert_true (_mt_store_test_exec (store, "INSERT INTO convoy_personnel (convoy_id, person_id)"
                                             " SELECT (SELECT MIN (id) FROM convoys), id"
                                             " FROM personnel WHERE personnel_id < 'TL-00020'",
                                      &error));
  g_assert_no_error (error);
  triggers = _mt_store_test_dup_text (store, "SELECT group_concat (sql, ';') || ';'"
                                              " FROM sqlite_schema WHERE type = 'trigger'"
                                              " AND tbl_name = 'personnel'");
  g_assert_nonnull (triggers);
  sql = g_strdup_printf (/* (off, or dropping the table would empty the passenger lists) */
                         "PRAGMA foreign_keys = OFF;"
                         KEY_LAST_LAYOUT
                         "PRAGMA foreign_keys = ON;"
                         "%s"
                         "CREATE INDEX personnel_by_rank ON personnel (rank);"
                         /* (and no region in French yet: v14 adds it again) */
                         "ALTER TABLE camps DROP COLUMN region_fr;"
                         "PRAGMA user_version = %d;", triggers, MT_STORE_SCHEMA_ROSTER_KEY_FIRST - 1);
  passengers = _mt_store_test_int (store, "SELECT COUNT (*) FROM convoy_personnel");
  g_assert_cmpint (passengers, >=, 20);
  rows = tally_rows (store);
  /* (the triggers go with the table they are on: made again as v12 had them) */
  g_assert_true (_mt_store_test_exec (store, sql, &error));
  g_assert_no_error (error);
  g_assert_cmpint (_mt_store_test_int (store, "SELECT cid FROM pragma_table_info ('personnel')"
                                              " WHERE name = 'name_key'"), >, 10);
  g_clear_object (&store);

  store = mt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mt_store_get_schema_version (store), ==, MT_STORE_SCHEMA_VERSION);
  g_assert_cmpint (_mt_store_test_int (store, "SELECT cid FROM pragma_table_info ('personnel')"
                                              " WHERE name = 'name_key'"), ==, 1);
  g_assert_cmpint (_mt_store_test_int (store, "SELECT COUNT (*) FROM convoy_personnel"), ==,
                   passengers);
  g_assert_cmpint (_mt_store_test_int (store, "SELECT COUNT (*) FROM pragma_foreign_key_check"),
                   ==, 0);
  g_assert_cmpint (_mt_store_test_int (store, "SELECT COUNT (*) FROM sqlite_schema"
                                              " WHERE name = 'personnel_by_rank'"), ==, 1);
  migrated = tally_rows (store);
  g_assert_cmpstr (migrated, ==, rows);

  /* Writes are counted again (the triggers are back), and the keys still find people. */
  g_assert_true (_mt_store_test_exec (store, "UPDATE personnel SET departure_date = '2023-11-30'"
                                             " WHERE personnel_id = 'TL-00001'", &error));
  g_assert_no_error (error);
  assert_tally_exact (store);
  g_assert_cmpint (tally_triggers (store), ==, 3);
  found = mt_store_query_personnel_ids (store, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 10);

  /* The foreign keys are on again: deleting a passenger empties their seat. */
  g_assert_true (_mt_store_test_exec (store, "DELETE FROM personnel WHERE personnel_id = 'TL-00002'",
                                      &error));
  g_assert_no_error (error);
  g_assert_cmpint (_mt_store_test_int (store, "SELECT COUNT (*) FROM convoy_personnel"), ==,
                   passengers - 1);
  g_clear_object (&store);
  for (const char *const *s = (const char *const[]) { "", "-wal", "-shm", NULL }; *s; s++)
    {
      g_autofree char *file = g_strconcat (path, *s, NULL);

      g_remove (file);
    }
}

/* Imports */

static void
test_bulk_import (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(MtSummary) mission = summary (store, 0);
  g_autoptr(MtSummary) gao = summary (store, camp_id (store, "Gao"));
  g_autoptr(GArray) people = people_new (store, 400, 0);
  g_autoptr(GError) error = NULL;

  import_people (store, people, TRUE);
  assert_tally_exact (store);
  g_assert_cmpint (tally_total (store), ==, people->len);
  /* The triggers are back for what comes next. */
  g_assert_cmpint (tally_triggers (store), ==, 3);
  assert_figures (store, 0, mission, people);
  assert_figures (store, camp_id (store, "Gao"), gao, people);

  g_assert_true (mt_store_undo_last_import (store, NULL, &error));
  g_assert_no_error (error);
  assert_tally_exact (store);
  g_assert_cmpint (tally_total (store), ==, 0);
  g_assert_cmpint (tally_triggers (store), ==, 3);
}

static void
test_rollback_bulk_import (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GArray) people = people_new (store, 120, 2);
  g_autoptr(GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  MtStoreImport *import = mt_store_import_begin (store, "roster.csv", NULL, TRUE, &error);

  /* Into an empty roster the rows are counted in memory, not by triggers... */
  g_assert_no_error (error);
  for (guint i = 0; i < people->len / 2; i++)
    upsert (import, &g_array_index (people, Person, i), i + 2);
  g_assert_cmpint (tally_triggers (store), ==, 0);

  /* ...and cancelled half-way: nothing counted, the triggers back as they were. */
  g_assert_true (mt_store_import_end (import, FALSE, 0, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tally_total (store), ==, 0);
  g_assert_cmpint (mt_store_count_personnel (store), ==, 0);
  g_assert_cmpint (tally_triggers (store), ==, 3);

  g_ptr_array_add (persons, g_object_new (MT_TYPE_PERSON,
                                          "personnel-id", "H-1",
                                          "category", "fpu",
                                          "camp-id", camp_id (store, "Mopti"),
                                          "departure-date", "2023-09-30",
                                          NULL));
  g_assert_true (mt_store_add_personnel (store, persons, &error));
  g_assert_no_error (error);
  assert_tally_exact (store);
  g_assert_cmpint (mt_store_count_personnel (store), ==, 1);
}

static void
test_import_into_roster (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(MtSummary) mission = summary (store, 0);
  g_autoptr(GArray) first = people_new (store, 150, 0);
  g_autoptr(GArray) second = people_new (store, 180, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *after_first = NULL;
  g_autofree char *now = NULL;
  MtStoreImport *import;
  guint updated = 0, created = 0;

  import_people (store, first, TRUE);
  after_first = tally_rows (store);

  /* The same people moved between camps, categories and dates (one field each, in turn),
   * some left as they were, and new ones: the roster is not empty, so triggers count. */
  for (guint i = 0; i < second->len; i++)
    {
      Person *person = &g_array_index (second, Person, i);

      if (i % 4 == 0)
        person->camp_id = camp_id (store, camp_names[(i + 2) % G_N_ELEMENTS (camp_names)]);
      else if (i % 4 == 1)
        person->category = categories[(i + 1) % G_N_ELEMENTS (categories)];
      else if (i % 4 == 2)
        person->date = dates[(i + 3) % G_N_ELEMENTS (dates)];
      else if (i % 8 == 3)
        person->planned = planned_dates[(i + 1) % G_N_ELEMENTS (planned_dates)];
    }
  import = mt_store_import_begin (store, "update.csv", NULL, TRUE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < second->len; i++)
    {
      MtStoreUpsert outcome = upsert (import, &g_array_index (second, Person, i), i + 2);

      updated += outcome == MT_STORE_UPSERT_UPDATED;
      created += outcome == MT_STORE_UPSERT_NEW;
    }
  g_assert_true (mt_store_import_end (import, TRUE, second->len, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (created, ==, second->len - first->len);
  g_assert_cmpuint (updated, >, first->len / 2);
  assert_tally_exact (store);
  assert_figures (store, 0, mission, second);

  /* Undo puts the first import's counts back exactly, then nothing. */
  g_assert_true (mt_store_undo_last_import (store, NULL, &error));
  g_assert_no_error (error);
  assert_tally_exact (store);
  now = tally_rows (store);
  g_assert_cmpstr (now, ==, after_first);
  assert_figures (store, 0, mission, first);

  g_assert_true (mt_store_undo_last_import (store, NULL, &error));
  g_assert_no_error (error);
  assert_tally_exact (store);
  g_assert_cmpint (tally_total (store), ==, 0);
}

/* The plan */

/* The plan's rows as of @as_of counted from the roster's own rows (each person on the day
 * they left when on or before @as_of, else on the planned day), beside the movements: what
 * the tally must give. */
static char *
plan_from_rows (MtStore    *store,
                const char *as_of)
{
  g_autofree char *sql = g_strdup_printf (
    "SELECT COALESCE (string_agg (r, ';'), '') FROM ("
    " SELECT camp_id || '|' || category || '|' || day || '|' || SUM (n) AS r FROM ("
    "  SELECT camp_id, category,"
    "         CASE WHEN COALESCE (departure_date, '') <> '' AND departure_date <= '%1$s'"
    "              THEN departure_date ELSE COALESCE (planned_departure, '') END AS day,"
    "         1 AS n FROM personnel"
    "  UNION ALL SELECT COALESCE (camp_id, 0), category, date, count FROM movements) AS p"
    " GROUP BY camp_id, category, day HAVING SUM (n) > 0"
    " ORDER BY camp_id, category, day) AS rows", as_of);

  return _mt_store_test_dup_text (store, sql);
}

static char *
baseline_rows (MtStore *store,
               gint64   id)
{
  g_autofree char *sql = g_strdup_printf (
    "SELECT COALESCE (string_agg (r, ';'), '') FROM ("
    " SELECT camp_id || '|' || category || '|' || day || '|' || n AS r FROM baseline_plan"
    " WHERE baseline_id = %" G_GINT64_FORMAT " ORDER BY camp_id, category, day) AS rows", id);

  return _mt_store_test_dup_text (store, sql);
}

/* A baseline freezes the plan from the tally: the same departures by camp, category and
 * day as counting the roster's rows, as of any data date, after imports and edits of the
 * planned departures. */
static void
test_plan_from_tally (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GArray) people = people_new (store, 240, 3);
  g_autoptr(GError) error = NULL;
  const char *as_of[] = { "2023-08-31", AS_OF, "2023-12-31" };
  g_autofree char *sql = NULL;

  import_people (store, people, TRUE);
  /* Planned departures moved by hand after the import: the triggers count them. */
  g_assert_true (_mt_store_test_exec (store,
                                      "UPDATE personnel SET planned_departure = '2023-12-05'"
                                      " WHERE personnel_id IN ('TL-00010', 'TL-00011', 'TL-00200');"
                                      "UPDATE personnel SET planned_departure = NULL"
                                      " WHERE personnel_id = 'TL-00100'",
                                      &error));
  g_assert_no_error (error);
  assert_tally_exact (store);

  for (guint i = 0; i < G_N_ELEMENTS (as_of); i++)
    {
      g_autofree char *name = g_strdup_printf ("Plan as of %s", as_of[i]);
      g_autofree char *frozen = NULL;
      g_autofree char *expected = plan_from_rows (store, as_of[i]);
      gint64 id = mt_store_take_baseline (store, name, as_of[i], &error);

      g_assert_no_error (error);
      g_assert_cmpint (id, >, 0);
      frozen = baseline_rows (store, id);
      g_assert_cmpstr (frozen, !=, "");
      g_assert_cmpstr (frozen, ==, expected);
    }

  /* The people still there with no planned departure, as the plan's end counts them. */
  {
    MtPlanEnds ends = { 0 };
    gint64 unplanned;

    sql = g_strdup_printf ("SELECT COUNT (*) FROM personnel WHERE COALESCE (planned_departure, '') = ''"
                           " AND NOT (COALESCE (departure_date, '') <> '' AND departure_date <= '%s')",
                           AS_OF);
    unplanned = _mt_store_test_int (store, sql);
    g_assert_true (mt_store_get_plan_ends (store, AS_OF, &ends, &error));
    g_assert_no_error (error);
    g_assert_cmpint (unplanned, >, 0);
    g_assert_cmpint (ends.unplanned, ==, unplanned);
    mt_plan_ends_clear (&ends);
  }
}

/* Edits and history */

static void
test_edits_undo_redo (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  MtRosterQuery query = { .sort_column = MT_ROSTER_COLUMN_PERSONNEL_ID };
  gint64 tessalit = camp_id (store, "Tessalit");
  gint64 gao = camp_id (store, "Gao");
  MtConvoyFields convoy = { .from_camp_id = tessalit, .to_camp_id = gao,
                            .planned_departure = "2023-10-21", .planned_arrival = "2023-10-25",
                            .personnel = 2, .vehicles = 12, .status = MT_CONVOY_STATUS_PLANNED };
  gint64 convoy_id;
  guint steps;

  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *id = g_strdup_printf ("ED-%02u", i);

      g_ptr_array_add (persons, g_object_new (MT_TYPE_PERSON,
                                              "personnel-id", id,
                                              "category", categories[i % 3],
                                              "camp-id", i < 6 ? tessalit : gao,
                                              "departure-date", i % 5 == 0 ? "2023-09-12" : NULL,
                                              NULL));
    }
  g_assert_true (mt_store_add_personnel (store, persons, &error));
  g_assert_no_error (error);
  assert_tally_exact (store);
  ids = mt_store_query_personnel_ids (store, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 12);
  g_ptr_array_add (states, tally_rows (store));

  /* Bulk departures, then some of them taken back. */
  g_assert_true (mt_store_mark_departed (store, (gint64 *) ids->data, 8, "2023-10-20", &error));
  g_assert_no_error (error);
  assert_tally_exact (store);
  g_ptr_array_add (states, tally_rows (store));

  g_assert_true (mt_store_mark_departed (store, (gint64 *) ids->data + 2, 3, NULL, &error));
  g_assert_no_error (error);
  assert_tally_exact (store);
  g_ptr_array_add (states, tally_rows (store));

  /* A convoy arriving moves the people it carries to its destination camp. */
  convoy.person_ids = (gint64 *) ids->data + 4;
  convoy.n_person_ids = 2;
  convoy_id = mt_store_create_convoy (store, &convoy, &error);
  g_assert_no_error (error);
  g_ptr_array_add (states, tally_rows (store));
  convoy.person_ids = NULL;
  convoy.n_person_ids = 0;
  convoy.departed = "2023-10-21";
  convoy.arrived = "2023-10-26";
  convoy.status = MT_CONVOY_STATUS_ARRIVED;
  g_assert_true (mt_store_update_convoy (store, convoy_id, &convoy, &error));
  g_assert_no_error (error);
  assert_tally_exact (store);
  g_ptr_array_add (states, tally_rows (store));
  g_assert_cmpstr (states->pdata[4], !=, states->pdata[3]);

  /* Undo walks the counts back state by state, redo forward again. */
  steps = states->len - 1;
  for (guint i = steps; i > 0; i--)
    {
      g_autofree char *now = NULL;

      g_assert_true (mt_store_undo (store, &error));
      g_assert_no_error (error);
      assert_tally_exact (store);
      now = tally_rows (store);
      g_assert_cmpstr (now, ==, states->pdata[i - 1]);
    }
  for (guint i = 1; i <= steps; i++)
    {
      g_autofree char *now = NULL;

      g_assert_true (mt_store_redo (store, &error));
      g_assert_no_error (error);
      assert_tally_exact (store);
      now = tally_rows (store);
      g_assert_cmpstr (now, ==, states->pdata[i]);
    }
}

static void
test_import_undo_through_history (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GArray) people = people_new (store, 60, 3);
  g_autoptr(GError) error = NULL;

  import_people (store, people, TRUE);
  mt_store_push_import_step (store, mt_store_get_last_import_id (store), "roster.csv");
  g_assert_cmpint (tally_total (store), ==, people->len);

  g_assert_true (mt_store_undo (store, &error));
  g_assert_no_error (error);
  assert_tally_exact (store);
  g_assert_cmpint (tally_total (store), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mt/tally/new-database", test_new_database);
  g_test_add_func ("/mt/tally/raw-writes", test_raw_writes);
  g_test_add_func ("/mt/tally/migrate-v3", test_migrate_v3);
  g_test_add_func ("/mt/tally/migrate-key-first", test_migrate_key_first);
  g_test_add_func ("/mt/tally/bulk-import", test_bulk_import);
  g_test_add_func ("/mt/tally/rollback-bulk-import", test_rollback_bulk_import);
  g_test_add_func ("/mt/tally/import-into-roster", test_import_into_roster);
  g_test_add_func ("/mt/tally/edits-undo-redo", test_edits_undo_redo);
  g_test_add_func ("/mt/tally/import-undo-history", test_import_undo_through_history);
  g_test_add_func ("/mt/tally/plan-from-tally", test_plan_from_tally);

  return mt_test_run_in_tmp_dir ();
}
