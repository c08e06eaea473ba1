/* test-store.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening, migrating and protecting the database: what a planner's file goes through.
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <math.h>

#include "mt-camp.h"
#include "mt-event.h"
#include "mt-mission.h"
#include "mt-person.h"
#include "mt-store.h"
#include "mt-store-edit.h"
#include "mt-test-util.h"

/* Helpers */

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("mt-store-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_db_files (const char *dir,
                 const char *name)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (name, suffixes[i], NULL);
      g_autofree char *path = g_build_filename (dir, file, NULL);

      g_remove (path);
    }
  g_rmdir (dir);
}

static gint64
camp_id_by_name (MtStore    *store,
                 const char *name)
{
  g_autoptr(GPtrArray) camps = mt_store_list_camps (store, NULL, NULL);

  for (guint i = 0; camps != NULL && i < camps->len; i++)
    {
      if (g_strcmp0 (mt_camp_get_name (g_ptr_array_index (camps, i)), name) == 0)
        return mt_camp_get_id (g_ptr_array_index (camps, i));
    }

  g_assert_not_reached ();
}

static MtPerson *
person_new (const char *personnel_id,
            const char *category,
            gint64      camp_id)
{
  return g_object_new (MT_TYPE_PERSON,
                       "personnel-id", personnel_id,
                       "family-name", "Diallo",
                       "given-name", "Aminata",
                       "category", category,
                       "country", "Senegal",
                       "camp-id", camp_id,
                       NULL);
}

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

/* Schema */

static void
test_schema_memory (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtStore) store = mt_store_open (":memory:", &error);
  g_autoptr(GPtrArray) camps = NULL;
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(MtMission) mission = NULL;
  g_autofree char *latest = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (mt_store_get_schema_version (store), ==, MT_STORE_SCHEMA_VERSION);
  g_assert_true (mt_store_is_empty (store));

  /* The tables exist: every read answers, with nothing in it. */
  camps = mt_store_list_camps (store, "2023-07-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (camps->len, ==, 0);
  categories = mt_store_list_categories (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (categories->len, ==, 0);
  g_assert_cmpint (mt_store_count_personnel (store), ==, 0);
  latest = mt_store_dup_latest_date (store);
  g_assert_null (latest);

  mission = mt_store_get_mission (store, &error);
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND);
  g_assert_null (mission);
}

static void
test_schema_new_file_and_reopen (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "tracker.db", NULL);
  g_autoptr(GError) error = NULL;
  MtStore *store;
  gint64 camp_id;

  store = mt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (mt_store_get_schema_version (store), ==, MT_STORE_SCHEMA_VERSION);
  g_assert_cmpstr (mt_store_get_path (store), ==, path);

  camp_id = mt_store_add_camp (store, "Kati", "Koulikoro", 12.74, -8.07, "camp",
                               MT_CAMP_STATUS_OPERATIONAL, "2023-07-01", &error);
  g_assert_no_error (error);
  g_assert_cmpint (camp_id, >, 0);
  g_assert_finalize_object (store);

  /* What was written survives closing the program. */
  store = mt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mt_store_get_schema_version (store), ==, MT_STORE_SCHEMA_VERSION);
  g_assert_cmpint (mt_store_find_camp (store, "Kati"), ==, camp_id);
  g_assert_finalize_object (store);

  remove_db_files (dir, "tracker.db");
}

static void
test_schema_empty_file (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "empty.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MtStore) store = NULL;

  /* An existing zero-byte file (e.g. made by "touch") is a database at version 0. */
  g_file_set_contents (path, "", 0, &error);
  g_assert_no_error (error);

  store = mt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mt_store_get_schema_version (store), ==, MT_STORE_SCHEMA_VERSION);
  g_assert_true (mt_store_is_empty (store));
  mt_store_load_seed (store, &error);
  g_assert_no_error (error);
  g_assert_false (mt_store_is_empty (store));

  g_clear_object (&store);
  remove_db_files (dir, "empty.db");
}

static void
test_open_not_a_database (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "roster.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) csv = g_string_new ("personnel_id,family_name,given_name,camp\n");
  g_autofree char *after = NULL;
  MtStore *store;

  for (guint i = 0; i < 100; i++)
    g_string_append_printf (csv, "SN-%04u,Diallo,Aminata,Gao\n", i);
  g_file_set_contents (path, csv->str, csv->len, &error);
  g_assert_no_error (error);

  store = mt_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_OPEN);
  /* The message names the file, so the planner knows which one was wrong. */
  g_assert_nonnull (strstr (error->message, path));

  /* And the file was not touched. */
  g_file_get_contents (path, &after, NULL, NULL);
  g_assert_cmpstr (after, ==, csv->str);

  remove_db_files (dir, "roster.csv");
}

static void
test_open_newer_schema (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "future.db", NULL);
  g_autoptr(GError) error = NULL;
  MtStore *store;

  store = mt_store_open (path, &error);
  g_assert_no_error (error);
  /* Pretend a later version of the program saved this file. */
  {
    g_autofree char *later = g_strdup_printf ("PRAGMA user_version = %d;",
                                              MT_STORE_SCHEMA_VERSION + 1);

    mt_store_load_sql (store, later, &error);
  }
  g_assert_no_error (error);
  g_assert_finalize_object (store);

  store = mt_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_SCHEMA);
  g_assert_nonnull (strstr (error->message, path));

  remove_db_files (dir, "future.db");
}

static void
test_load_sql_all_or_nothing (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (FALSE);
  g_autoptr(GError) error = NULL;
  guint resets = 0;

  g_signal_connect (store, "reset", G_CALLBACK (count_cb), &resets);

  mt_store_load_sql (store,
                     "INSERT INTO mission (id, name) VALUES (1, 'Test mission');"
                     "INSERT INTO camps (name) VALUES ('Alpha');"
                     "INSERT INTO camps (name) VALUES ('Alpha');",
                     &error);
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_CONSTRAINT);
  g_assert_true (mt_store_is_empty (store));
  g_assert_cmpint (mt_store_find_camp (store, "Alpha"), ==, 0);
  g_assert_cmpuint (resets, ==, 0);
}

static void
test_load_seed_twice (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) before = mt_store_list_camps (store, NULL, &error);
  g_autoptr(GPtrArray) after = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (before->len, >, 0);
  g_assert_false (mt_store_load_seed (store, &error));
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  after = mt_store_list_camps (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->len, ==, before->len);
}

/* Constraints */

static void
test_personnel_unknown_camp (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (persons, person_new ("SN-0001", "troops", 987654));
  g_assert_false (mt_store_add_personnel (store, persons, &error));
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "SN-0001"));
  g_assert_nonnull (strstr (error->message, "camp"));
  g_assert_cmpint (mt_store_count_personnel (store), ==, 0);
}

static void
test_personnel_duplicate_id (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GPtrArray) first = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) second = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  gint64 gao = camp_id_by_name (store, "Gao");

  g_ptr_array_add (first, person_new ("BD-7731", "troops", gao));
  mt_store_add_personnel (store, first, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mt_store_count_personnel (store), ==, 1);

  g_ptr_array_add (second, person_new ("BD-7731", "fpu", gao));
  g_assert_false (mt_store_add_personnel (store, second, &error));
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "BD-7731"));
  g_assert_cmpint (mt_store_count_personnel (store), ==, 1);
}

static void
test_personnel_all_or_nothing (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  gint64 gao = camp_id_by_name (store, "Gao");
  gint64 kidal = camp_id_by_name (store, "Kidal");
  guint personnel_changed = 0;
  guint changed = 0;

  g_signal_connect (store, "personnel-changed", G_CALLBACK (count_cb), &personnel_changed);
  g_signal_connect (store, "changed", G_CALLBACK (count_cb), &changed);

  g_ptr_array_add (persons, person_new ("TD-0001", "troops", gao));
  g_ptr_array_add (persons, person_new ("TD-0002", "mso", kidal));
  g_ptr_array_add (persons, person_new ("TD-0003", "unv", gao));
  g_ptr_array_add (persons, person_new ("TD-0004", "cavalry", kidal));

  g_assert_false (mt_store_add_personnel (store, persons, &error));
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "TD-0004"));
  g_assert_nonnull (strstr (error->message, "cavalry"));

  /* Nothing of the three good rows is left behind, and nobody was told otherwise. */
  g_assert_cmpint (mt_store_count_personnel (store), ==, 0);
  g_assert_cmpuint (personnel_changed, ==, 0);
  g_assert_cmpuint (changed, ==, 0);

  /* Proof they were really rolled back: the same ids go in cleanly now. */
  g_clear_error (&error);
  g_ptr_array_remove_index (persons, 3);
  mt_store_add_personnel (store, persons, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mt_store_count_personnel (store), ==, 3);
  g_assert_cmpuint (personnel_changed, ==, 1);
  g_assert_cmpuint (changed, ==, 1);
}

/* Hundreds of people go in by the statement-full: a person refused far down the list is still
 * the one named, and nobody before or after it is kept. */
static void
test_personnel_refused_far_down (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  gint64 gao = camp_id_by_name (store, "Gao");

  for (guint i = 0; i < 700; i++)
    {
      g_autofree char *id = g_strdup_printf ("FD-%04u", i == 517 ? 12 : i);

      g_ptr_array_add (persons, person_new (id, "troops", gao));
    }

  g_assert_false (mt_store_add_personnel (store, persons, &error));
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "FD-0012"));
  g_assert_cmpint (mt_store_count_personnel (store), ==, 0);

  g_clear_error (&error);
  g_ptr_array_remove_index (persons, 517);
  g_assert_true (mt_store_add_personnel (store, persons, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mt_store_count_personnel (store), ==, 699);
}

static void
test_add_camp_checks (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (FALSE);
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = mt_store_add_camp (store, "Alpha", NULL, 15.0, -2.0, "camp",
                          MT_CAMP_STATUS_OPERATIONAL, "2023-02-30", &error);
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_INVALID);
  g_assert_cmpint (id, ==, 0);
  g_clear_error (&error);

  id = mt_store_add_camp (store, "Alpha", NULL, 15.0, -2.0, "camp",
                          MT_CAMP_STATUS_OPERATIONAL, "2023-02-28", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  g_assert_cmpint (mt_store_add_camp (store, "Alpha", NULL, 16.0, -1.0, "camp",
                                      MT_CAMP_STATUS_OPERATIONAL, "2023-03-01", &error), ==, 0);
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "Alpha"));
}

/* Lookups */

static void
test_find_camp (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  struct {
    const char *typed;
    const char *camp;
  } cases[] = {
    { "Ménaka", "Ménaka" },
    { "Menaka", "Ménaka" },
    { "MENAKA", "Ménaka" },
    { "  ménaka ", "Ménaka" },
    { "Tombouctou", "Timbuktu" },
    { "timbuktu", "Timbuktu" },
    { "TOMBOUCTOU", "Timbuktu" },
    { "Aguel'hok", "Aguelhok" },
    { "Sevare", "Mopti" },
    { "Mopti-Sévaré", "Mopti" },
    { "gao", "Gao" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (mt_store_find_camp (store, cases[i].typed), ==,
                     camp_id_by_name (store, cases[i].camp));

  g_assert_cmpint (mt_store_find_camp (store, "Atlantis"), ==, 0);
  g_assert_cmpint (mt_store_find_camp (store, "Gao Gao"), ==, 0);
  g_assert_cmpint (mt_store_find_camp (store, ""), ==, 0);
  g_assert_cmpint (mt_store_find_camp (store, NULL), ==, 0);
}

/* Any script folds, and names sort by their folded key, the same on every backend: the key
 * is computed in C and stored with the row, never by SQL or by the server's locale. */
static void
test_find_camp_any_script (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) camps = NULL;
  const char *names[] = { "Ébène", "eclipse", "Τίμπουκτου", "Eagle", "ÉCOLE" };
  const char *sorted[] = { "Eagle", "Ébène", "eclipse", "ÉCOLE", "Τίμπουκτου" };

  g_assert_true (mt_store_load_sql (store, "INSERT INTO mission (id, name) VALUES (1, 'Test');",
                                    &error));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_assert_cmpint (mt_store_add_camp (store, names[i], NULL, NAN, NAN, "camp",
                                          MT_CAMP_STATUS_OPERATIONAL, "2023-06-30", &error), >, 0);
      g_assert_no_error (error);
    }

  g_assert_cmpint (mt_store_find_camp (store, "ΤΙΜΠΟΥΚΤΟΥ"), ==,
                   camp_id_by_name (store, "Τίμπουκτου"));
  g_assert_cmpint (mt_store_find_camp (store, "τιμπουκτου"), ==,
                   camp_id_by_name (store, "Τίμπουκτου"));
  g_assert_cmpint (mt_store_find_camp (store, "ebene"), ==, camp_id_by_name (store, "Ébène"));

  camps = mt_store_list_camps (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (camps->len, ==, G_N_ELEMENTS (sorted));
  for (guint i = 0; i < camps->len; i++)
    g_assert_cmpstr (mt_camp_get_name (g_ptr_array_index (camps, i)), ==, sorted[i]);
}

/* A camp's French name is data of its own: shown in French, found by every search in either
 * language, and kept unique among every camp's names. */
static void
test_french_names (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(MtCamp) timbuktu = NULL;
  g_autoptr(MtCamp) gao = NULL;
  g_autoptr(MtMission) mission = NULL;
  g_autofree char *field = NULL;
  gint64 timbuktu_id = camp_id_by_name (store, "Timbuktu");
  gint64 gao_id = camp_id_by_name (store, "Gao");
  MtCampFields fields = { .name = "Gao", .latitude = NAN, .longitude = NAN };

  g_assert_cmpint (mt_store_find_camp (store, "Tombouctou"), ==, timbuktu_id);
  g_assert_cmpint (mt_store_find_camp (store, "TOMBOUCTOU"), ==, timbuktu_id);
  g_assert_cmpint (mt_store_find_camp (store, "timbuktu"), ==, timbuktu_id);

  timbuktu = mt_store_get_camp (store, timbuktu_id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mt_camp_get_name (timbuktu), ==, "Timbuktu");
  g_assert_cmpstr (mt_camp_get_name_fr (timbuktu), ==, "Tombouctou");
  g_assert_cmpstr (mt_camp_get_display_name (timbuktu), ==, "Timbuktu");
  if (mt_test_use_locale ("fr_FR.UTF-8", "fr"))
    {
      g_autoptr(MtMission) french = mt_store_get_mission (store, NULL);

      g_assert_cmpstr (mt_camp_get_display_name (timbuktu), ==, "Tombouctou");
      g_assert_cmpstr (mt_mission_get_full_name (french), ==,
                       "Mission multidimensionnelle intégrée des Nations Unies pour la "
                       "stabilisation au Mali");
      mt_test_restore_locale ();
    }
  mission = mt_store_get_mission (store, NULL);
  g_assert_cmpstr (mt_mission_get_full_name (mission), ==,
                   "United Nations Multidimensional Integrated Stabilization Mission in Mali");

  /* Another camp may not take it, as its name or its French name. */
  fields.name_fr = " tombouctou ";
  g_assert_false (mt_store_validate_camp (store, gao_id, &fields, &field, &error));
  g_assert_cmpstr (field, ==, "name_fr");
  g_clear_error (&error);

  /* A French name written in the editor is found at once. */
  fields.name_fr = "Gao-Ville";
  g_assert_true (mt_store_update_camp (store, gao_id, &fields, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mt_store_find_camp (store, "GAO-VILLE"), ==, gao_id);
  gao = mt_store_get_camp (store, gao_id, NULL, &error);
  g_assert_cmpstr (mt_camp_get_name_fr (gao), ==, "Gao-Ville");
}

/* Status history */

typedef struct
{
  MtStore      *store;
  MtCampStatus  seen;
  guint         calls;
} ChangeSeen;

/* Adds one person to the Gao camp with date property @property set to @date. */
static void
add_dated_person (MtStore    *store,
                  const char *personnel_id,
                  const char *property,
                  const char *date)
{
  g_autoptr(GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  MtPerson *person = person_new (personnel_id, "troops", camp_id_by_name (store, "Gao"));

  g_object_set (person, property, date, NULL);
  g_ptr_array_add (persons, person);
  mt_store_add_personnel (store, persons, &error);
  g_assert_no_error (error);
}

/* "The latest data" is the last day something happened: plans and announced milestones
 * past it leave it where it is (16 October in the seed), a recorded departure moves it. */
static void
test_latest_date_recorded_only (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = mt_store_dup_latest_date (store);
  g_autofree char *after_plans = NULL;
  g_autofree char *after_departure = NULL;

  g_assert_cmpstr (before, ==, "2023-10-16");

  add_dated_person (store, "PL-0001", "planned-departure", "2023-11-16");
  mt_store_load_sql (store,
                     "INSERT INTO events (camp_id, date, kind, title)"
                     " VALUES (NULL, '2023-12-31', 'mandate', 'Withdrawal to be completed');"
                     "INSERT INTO convoys (from_camp_id, to_camp_id, planned_departure,"
                     " planned_arrival)"
                     " SELECT f.id, t.id, '2023-11-20', '2023-11-25' FROM camps f, camps t"
                     " WHERE f.name = 'Kidal' AND t.name = 'Gao';",
                     &error);
  g_assert_no_error (error);
  after_plans = mt_store_dup_latest_date (store);
  g_assert_cmpstr (after_plans, ==, "2023-10-16");

  add_dated_person (store, "PL-0002", "departure-date", "2023-11-16");
  after_departure = mt_store_dup_latest_date (store);
  g_assert_cmpstr (after_departure, ==, "2023-11-16");
}

static void
camp_changed_cb (MtStore    *store,
                 gint64      camp_id,
                 ChangeSeen *seen)
{
  g_autoptr(MtCamp) camp = mt_store_get_camp (store, camp_id, NULL, NULL);

  /* Signals come after COMMIT: a listener already reads the new state. */
  seen->seen = mt_camp_get_status (camp);
  seen->calls++;
}

static void
assert_status_on (MtStore      *store,
                  gint64        camp_id,
                  const char   *date,
                  MtCampStatus  status,
                  const char   *since)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtCamp) camp = mt_store_get_camp (store, camp_id, date, &error);

  g_assert_no_error (error);
  g_assert_cmpint (mt_camp_get_status (camp), ==, status);
  g_assert_cmpstr (mt_camp_get_status_since (camp), ==, since);
}

static void
test_status_history (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = NULL;
  ChangeSeen seen = { store, MT_CAMP_STATUS_OPERATIONAL, 0 };
  gint64 id;

  id = mt_store_add_camp (store, "Alpha", "Gao", 16.0, 0.5, "camp",
                          MT_CAMP_STATUS_OPERATIONAL, "2023-01-10", &error);
  g_assert_no_error (error);
  g_signal_connect (store, "camp-changed", G_CALLBACK (camp_changed_cb), &seen);

  mt_store_set_camp_status (store, id, MT_CAMP_STATUS_DRAWING_DOWN, "2023-03-01", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (seen.calls, ==, 1);
  g_assert_cmpint (seen.seen, ==, MT_CAMP_STATUS_DRAWING_DOWN);

  mt_store_set_camp_status (store, id, MT_CAMP_STATUS_CLOSED, "2023-05-01", "Last unit left",
                            &error);
  g_assert_no_error (error);
  g_assert_cmpint (seen.seen, ==, MT_CAMP_STATUS_CLOSED);

  /* Before its first record the camp did not exist yet: listed, as operational. */
  assert_status_on (store, id, "2023-01-01", MT_CAMP_STATUS_OPERATIONAL, NULL);
  assert_status_on (store, id, "2023-01-10", MT_CAMP_STATUS_OPERATIONAL, "2023-01-10");
  assert_status_on (store, id, "2023-02-28", MT_CAMP_STATUS_OPERATIONAL, "2023-01-10");
  assert_status_on (store, id, "2023-03-01", MT_CAMP_STATUS_DRAWING_DOWN, "2023-03-01");
  assert_status_on (store, id, "2023-04-30", MT_CAMP_STATUS_DRAWING_DOWN, "2023-03-01");
  assert_status_on (store, id, "2023-05-01", MT_CAMP_STATUS_CLOSED, "2023-05-01");

  /* Two records on one day: the later one is the camp's status. */
  mt_store_set_camp_status (store, id, MT_CAMP_STATUS_HANDED_OVER, "2023-05-01", NULL, &error);
  g_assert_no_error (error);
  assert_status_on (store, id, "2023-05-01", MT_CAMP_STATUS_HANDED_OVER, "2023-05-01");
  assert_status_on (store, id, NULL, MT_CAMP_STATUS_HANDED_OVER, "2023-05-01");

  /* A status recorded late, for an earlier date, slots into the history. */
  mt_store_set_camp_status (store, id, MT_CAMP_STATUS_CLOSED, "2023-02-01", NULL, &error);
  g_assert_no_error (error);
  assert_status_on (store, id, "2023-02-15", MT_CAMP_STATUS_CLOSED, "2023-02-01");
  assert_status_on (store, id, "2023-03-15", MT_CAMP_STATUS_DRAWING_DOWN, "2023-03-01");

  history = mt_store_list_camp_statuses (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 5);
  for (guint i = 1; i < history->len; i++)
    g_assert_cmpstr (mt_event_get_date (g_ptr_array_index (history, i - 1)), <=,
                     mt_event_get_date (g_ptr_array_index (history, i)));
  g_assert_cmpstr (mt_event_get_kind (g_ptr_array_index (history, 0)), ==, "status");
}

static void
test_status_refused (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  gint64 gao = camp_id_by_name (store, "Gao");
  g_autoptr(GPtrArray) before = mt_store_list_camp_statuses (store, gao, NULL);
  g_autoptr(GPtrArray) after = NULL;
  guint changed = 0;

  g_signal_connect (store, "changed", G_CALLBACK (count_cb), &changed);

  g_assert_false (mt_store_set_camp_status (store, gao, MT_CAMP_STATUS_CLOSED, "31/12/2023",
                                            NULL, &error));
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (mt_store_set_camp_status (store, 424242, MT_CAMP_STATUS_CLOSED, "2023-12-31",
                                            NULL, &error));
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND);

  after = mt_store_list_camp_statuses (store, gao, NULL);
  g_assert_cmpuint (after->len, ==, before->len);
  g_assert_cmpuint (changed, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mt/store/schema/memory", test_schema_memory);
  g_test_add_func ("/mt/store/schema/new-file", test_schema_new_file_and_reopen);
  g_test_add_func ("/mt/store/schema/empty-file", test_schema_empty_file);
  g_test_add_func ("/mt/store/open/not-a-database", test_open_not_a_database);
  g_test_add_func ("/mt/store/open/newer-schema", test_open_newer_schema);
  g_test_add_func ("/mt/store/load/all-or-nothing", test_load_sql_all_or_nothing);
  g_test_add_func ("/mt/store/load/seed-twice", test_load_seed_twice);
  g_test_add_func ("/mt/store/personnel/unknown-camp", test_personnel_unknown_camp);
  g_test_add_func ("/mt/store/personnel/duplicate-id", test_personnel_duplicate_id);
  g_test_add_func ("/mt/store/personnel/all-or-nothing", test_personnel_all_or_nothing);
  g_test_add_func ("/mt/store/personnel/refused-far-down", test_personnel_refused_far_down);
  g_test_add_func ("/mt/store/camp/add-checks", test_add_camp_checks);
  g_test_add_func ("/mt/store/camp/find", test_find_camp);
  g_test_add_func ("/mt/store/camp/find-any-script", test_find_camp_any_script);
  g_test_add_func ("/mt/store/camp/french-names", test_french_names);
  g_test_add_func ("/mt/store/camp/status-history", test_status_history);
  g_test_add_func ("/mt/store/camp/status-refused", test_status_refused);
  g_test_add_func ("/mt/store/latest-date/recorded-only", test_latest_date_recorded_only);

  return g_test_run ();
}
