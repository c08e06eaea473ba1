/* test-roster-model.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The roster model over a seeded store with a few thousand generated people. Every
 * expectation is computed here from the rows the test inserted, never by asking
 * the database the same question twice.
 */

#include "config.h"

#include <gio/gio.h>

#include "mt-camp.h"
#include "mt-person.h"
#include "mt-roster-model.h"
#include "mt-store.h"
#include "mt-test-roster.h"
#include "mt-test-util.h"

#define N_PEOPLE 3000

typedef struct
{
  MtStore *store;
  gint64   gao;
  gint64   timbuktu;
  char    *gao_name;       /* as the store spells them */
  char    *timbuktu_name;
  GArray  *rows;           /* of MtTestRow */
} Fixture;

static const char *family_names[] = {
  "Diallo", "Traore", "Keita", "Coulibaly", "Diarra", "Sissoko", "Ndiaye", "Sarr",
  "Rahman", "Hossain", "Islam", "Mahamat", "Abakar", "Ouedraogo", "Kabore", "Sawadogo",
  "Mensah", "Owusu", "Boateng", "Sall", "Fall", "Sow", "Ba", "Dembele", "Konate",
  "Smith", "Jensen", "Larsen", "Nguyen", "Singh",
};
static const char *given_names[] = {
  "Aminata", "Moussa", "Fatoumata", "Ibrahim", "Oumar", "Awa", "Karim", "Nasrin",
  "Rafiq", "Kofi", "Ama", "Yaw", "Idriss", "Halima", "Seydou", "Mariam", "Anders",
};
static const char *countries[] = {
  "Senegal", "Bangladesh", "Chad", "Burkina Faso", "Ghana", "Togo", "Egypt", "Germany",
};
static const char *categories[] = { "troops", "mso", "ipo", "fpu", "intl-staff", "unv" };
static const char *ranks[] = { "Private", "Corporal", "Sergeant", "Captain", "Major" };

static char *
dup_camp_name (MtStore *store,
               gint64   camp_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtCamp) camp = mt_store_get_camp (store, camp_id, NULL, &error);

  g_assert_no_error (error);
  return g_strdup (mt_camp_get_name (camp));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (2690);

  fixture->store = mt_test_store_new (TRUE);
  fixture->gao = mt_store_find_camp (fixture->store, "Gao");
  fixture->timbuktu = mt_store_find_camp (fixture->store, "Timbuktu");
  g_assert_cmpint (fixture->gao, >, 0);
  g_assert_cmpint (fixture->timbuktu, >, 0);
  fixture->gao_name = dup_camp_name (fixture->store, fixture->gao);
  fixture->timbuktu_name = dup_camp_name (fixture->store, fixture->timbuktu);
  /* The expectations below only know the rows this test inserts. */
  g_assert_cmpint (mt_store_count_personnel (fixture->store), ==, 0);

  fixture->rows = mt_test_rows_new ();

  for (guint i = 0; i < N_PEOPLE; i++)
    {
      MtTestRow row = { .index = i };
      const char *country = countries[g_rand_int_range (rand, 0, G_N_ELEMENTS (countries))];
      guint day = g_rand_int_range (rand, 1, 29);

      /* Not in insertion order, so sorting by ID really sorts. */
      row.personnel_id = g_strdup_printf ("%.2s-%05u", country, (i * 7919) % 100000);
      row.family_name = g_strdup (family_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (family_names))]);
      row.given_name = g_strdup (given_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (given_names))]);
      row.rank = g_strdup (ranks[g_rand_int_range (rand, 0, G_N_ELEMENTS (ranks))]);
      row.category = g_strdup (categories[g_rand_int_range (rand, 0, G_N_ELEMENTS (categories))]);
      row.country = g_strdup (country);
      row.unit = g_strdup_printf ("Coy-%u", g_rand_int_range (rand, 1, 9));
      row.camp_id = g_rand_boolean (rand) ? fixture->gao : fixture->timbuktu;
      row.planned_departure = g_strdup_printf ("2023-11-%02u", day);
      if (i % 3 == 0)
        row.departure_date = g_strdup_printf ("2023-%02u-%02u", 8 + i % 4, day);
      g_array_append_val (fixture->rows, row);
    }

  /* One unit name holding a LIKE wildcard, for the escaping test. */
  g_free (g_array_index (fixture->rows, MtTestRow, 42).unit);
  g_array_index (fixture->rows, MtTestRow, 42).unit = g_strdup ("Coy_5");

  mt_test_store_add_rows (fixture->store, (MtTestRow *) fixture->rows->data, fixture->rows->len);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  g_free (fixture->gao_name);
  g_free (fixture->timbuktu_name);
  g_array_unref (fixture->rows);
}

/* Helpers */

static const MtTestRow *
find_row (Fixture    *fixture,
          const char *personnel_id)
{
  for (guint i = 0; i < fixture->rows->len; i++)
    {
      const MtTestRow *row = &g_array_index (fixture->rows, MtTestRow, i);

      if (g_strcmp0 (row->personnel_id, personnel_id) == 0)
        return row;
    }
  g_assert_not_reached ();
}

static gboolean
contains_ci (const char *haystack,
             const char *needle)
{
  g_autofree char *h = g_ascii_strdown (haystack, -1);
  g_autofree char *n = g_ascii_strdown (needle, -1);

  return strstr (h, n) != NULL;
}

static gboolean
filter_search (const MtTestRow *row,
               gconstpointer    data)
{
  return contains_ci (row->personnel_id, data) || contains_ci (row->family_name, data) ||
         contains_ci (row->given_name, data) || contains_ci (row->country, data) ||
         contains_ci (row->unit, data);
}

typedef struct
{
  gint64      camp_id;   /* 0 = any */
  const char *category;  /* NULL = any */
} Where;

static gboolean
filter_where (const MtTestRow *row,
              gconstpointer    data)
{
  const Where *where = data;

  return (where->camp_id == 0 || row->camp_id == where->camp_id) &&
         (where->category == NULL || g_str_equal (row->category, where->category));
}

/* Tests */

/* On a server the model reads on a worker: wait until it has (a ":memory:" store reads at
 * once, and this returns at once). */
static void
settle (MtRosterModel *model)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (mt_roster_model_get_loading (model) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (mt_roster_model_get_loading (model));
}

static void
test_items (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(MtRosterModel) model = mt_roster_model_new (fixture->store);
  settle (model);
  GListModel *list = G_LIST_MODEL (model);
  guint n_items;
  guint positions[3];

  g_assert_true (g_list_model_get_item_type (list) == MT_TYPE_PERSON);
  n_items = g_list_model_get_n_items (list);
  g_assert_cmpuint (n_items, ==, N_PEOPLE);
  g_object_get (model, "n-items", &n_items, NULL);
  g_assert_cmpuint (n_items, ==, N_PEOPLE);

  positions[0] = 0;
  positions[1] = N_PEOPLE / 2 + 17;
  positions[2] = N_PEOPLE - 1;
  for (guint i = 0; i < G_N_ELEMENTS (positions); i++)
    {
      g_autoptr(MtPerson) person = g_list_model_get_item (list, positions[i]);
      const MtTestRow *row = find_row (fixture, mt_person_get_personnel_id (person));

      g_assert_cmpint (mt_person_get_id (person), >, 0);
      g_assert_cmpstr (mt_person_get_family_name (person), ==, row->family_name);
      g_assert_cmpstr (mt_person_get_given_name (person), ==, row->given_name);
      g_assert_cmpstr (mt_person_get_rank (person), ==, row->rank);
      g_assert_cmpstr (mt_person_get_category (person), ==, row->category);
      g_assert_nonnull (mt_person_get_category_name (person));
      g_assert_cmpstr (mt_person_get_country (person), ==, row->country);
      g_assert_cmpstr (mt_person_get_unit (person), ==, row->unit);
      g_assert_cmpint (mt_person_get_camp_id (person), ==, row->camp_id);
      g_assert_cmpstr (mt_person_get_camp_name (person), ==,
                       row->camp_id == fixture->gao ? fixture->gao_name : fixture->timbuktu_name);
      g_assert_cmpstr (mt_person_get_planned_departure (person), ==, row->planned_departure);
      g_assert_cmpstr (mt_person_get_departure_date (person), ==, row->departure_date);
    }

  g_assert_null (g_list_model_get_item (list, N_PEOPLE));
  g_assert_null (g_list_model_get_item (list, G_MAXUINT));
}

static void
test_default_order (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(MtRosterModel) model = mt_roster_model_new (fixture->store);
  settle (model);
  g_autoptr(GPtrArray) expected =
    mt_test_rows_expect_ids (fixture->rows, NULL, NULL, mt_test_rows_by_personnel_id, FALSE);

  mt_test_assert_model_ids (G_LIST_MODEL (model), expected);
}

static void
test_sort_family_name (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(MtRosterModel) model = mt_roster_model_new (fixture->store);
  settle (model);
  g_autoptr(GPtrArray) ascending =
    mt_test_rows_expect_ids (fixture->rows, NULL, NULL, mt_test_rows_by_family_name, FALSE);
  g_autoptr(GPtrArray) descending =
    mt_test_rows_expect_ids (fixture->rows, NULL, NULL, mt_test_rows_by_family_name, TRUE);
  MtTestRecorder rec;
  int column;
  gboolean desc;

  mt_test_recorder_init (&rec, G_LIST_MODEL (model));

  mt_roster_model_set_sort (model, MT_ROSTER_COLUMN_FAMILY_NAME, FALSE);
  settle (model);
  g_assert_cmpuint (mt_test_recorder_count (&rec), ==, 1);
  mt_test_recorder_assert (&rec, 0, 0, N_PEOPLE, N_PEOPLE);
  mt_test_assert_model_ids (G_LIST_MODEL (model), ascending);

  mt_roster_model_set_sort (model, MT_ROSTER_COLUMN_FAMILY_NAME, TRUE);
  settle (model);
  g_assert_cmpuint (mt_test_recorder_count (&rec), ==, 2);
  mt_test_assert_model_ids (G_LIST_MODEL (model), descending);
  g_object_get (model, "sort-column", &column, "descending", &desc, NULL);
  g_assert_cmpint (column, ==, MT_ROSTER_COLUMN_FAMILY_NAME);
  g_assert_true (desc);

  /* Setting the same order again does not reload. */
  mt_roster_model_set_sort (model, MT_ROSTER_COLUMN_FAMILY_NAME, TRUE);
  settle (model);
  g_assert_cmpuint (mt_test_recorder_count (&rec), ==, 2);

  mt_test_recorder_finish (&rec);
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(MtRosterModel) model = mt_roster_model_new (fixture->store);
  settle (model);
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(GPtrArray) wildcard = NULL;

  mt_roster_model_set_sort (model, MT_ROSTER_COLUMN_PERSONNEL_ID, FALSE);
  settle (model);

  /* Matches family and given names and countries ("Moussa", "Sissoko", "Senegal"...),
   * in any case. */
  mt_roster_model_set_search (model, "SS");
  settle (model);
  expected = mt_test_rows_expect_ids (fixture->rows, filter_search, "ss",
                                      mt_test_rows_by_personnel_id, FALSE);
  g_assert_cmpuint (expected->len, >, 0);
  g_assert_cmpuint (expected->len, <, N_PEOPLE);
  mt_test_assert_model_ids (G_LIST_MODEL (model), expected);

  /* "_" is a character, not LIKE's any-character: only the one "Coy_5" unit. */
  mt_roster_model_set_search (model, "y_5");
  settle (model);
  wildcard = mt_test_rows_expect_ids (fixture->rows, filter_search, "y_5",
                                      mt_test_rows_by_personnel_id, FALSE);
  g_assert_cmpuint (wildcard->len, ==, 1);
  mt_test_assert_model_ids (G_LIST_MODEL (model), wildcard);

  mt_roster_model_set_search (model, "%");
  settle (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);

  /* Clearing the search brings everyone back. */
  mt_roster_model_set_search (model, "");
  settle (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_PEOPLE);
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(MtRosterModel) model = mt_roster_model_new (fixture->store);
  settle (model);
  Where in_gao = { fixture->gao, NULL };
  Where fpu = { 0, "fpu" };
  Where fpu_in_gao = { fixture->gao, "fpu" };
  g_autoptr(GPtrArray) expected_gao =
    mt_test_rows_expect_ids (fixture->rows, filter_where, &in_gao, mt_test_rows_by_insertion, FALSE);
  g_autoptr(GPtrArray) expected_fpu =
    mt_test_rows_expect_ids (fixture->rows, filter_where, &fpu, mt_test_rows_by_family_name, FALSE);
  g_autoptr(GPtrArray) expected_both =
    mt_test_rows_expect_ids (fixture->rows, filter_where, &fpu_in_gao,
                             mt_test_rows_by_family_name, TRUE);

  g_assert_cmpuint (expected_both->len, >, 0);
  g_assert_cmpuint (expected_both->len, <, expected_fpu->len);

  mt_roster_model_set_camp_id (model, fixture->gao);
  settle (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, expected_gao->len);
  for (guint i = 0; i < expected_gao->len; i++)
    {
      g_autoptr(MtPerson) person = g_list_model_get_item (G_LIST_MODEL (model), i);

      g_assert_cmpint (mt_person_get_camp_id (person), ==, fixture->gao);
      g_assert_cmpstr (mt_person_get_camp_name (person), ==, fixture->gao_name);
    }

  mt_roster_model_set_camp_id (model, 0);
  settle (model);
  mt_roster_model_set_category (model, "fpu");
  settle (model);
  mt_roster_model_set_sort (model, MT_ROSTER_COLUMN_FAMILY_NAME, FALSE);
  settle (model);
  mt_test_assert_model_ids (G_LIST_MODEL (model), expected_fpu);

  mt_roster_model_set_camp_id (model, fixture->gao);
  settle (model);
  mt_roster_model_set_sort (model, MT_ROSTER_COLUMN_FAMILY_NAME, TRUE);
  settle (model);
  mt_test_assert_model_ids (G_LIST_MODEL (model), expected_both);

  mt_roster_model_set_category (model, NULL);
  settle (model);
  mt_roster_model_set_camp_id (model, 0);
  settle (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_PEOPLE);
}

/* The camp column sorts by the camp's name, which lives in another table. */
static Fixture *camp_fixture;

static int
compare_camp_name (const MtTestRow *a,
                   const MtTestRow *b)
{
  Fixture *fixture = camp_fixture;

  return strcmp (a->camp_id == fixture->gao ? fixture->gao_name : fixture->timbuktu_name,
                 b->camp_id == fixture->gao ? fixture->gao_name : fixture->timbuktu_name);
}

static void
test_sort_camp (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(MtRosterModel) model = mt_roster_model_new (fixture->store);
  settle (model);
  g_autoptr(GPtrArray) ascending = NULL;
  g_autoptr(GPtrArray) descending = NULL;

  camp_fixture = fixture;
  ascending = mt_test_rows_expect_ids (fixture->rows, NULL, NULL, compare_camp_name, FALSE);
  descending = mt_test_rows_expect_ids (fixture->rows, NULL, NULL, compare_camp_name, TRUE);

  mt_roster_model_set_sort (model, MT_ROSTER_COLUMN_CAMP, FALSE);
  settle (model);
  mt_test_assert_model_ids (G_LIST_MODEL (model), ascending);
  mt_roster_model_set_sort (model, MT_ROSTER_COLUMN_CAMP, TRUE);
  settle (model);
  mt_test_assert_model_ids (G_LIST_MODEL (model), descending);
}

static char *
status_as_of (MtRosterModel *model,
              const char    *as_of)
{
  g_autoptr(MtPerson) person = NULL;

  mt_roster_model_set_as_of (model, as_of);
  settle (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
  person = g_list_model_get_item (G_LIST_MODEL (model), 0);
  return g_strdup (mt_person_get_status (person));
}

static void
test_as_of (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(MtRosterModel) model = mt_roster_model_new (fixture->store);
  settle (model);
  g_autofree char *before = NULL;
  g_autofree char *on_the_day = NULL;
  g_autofree char *after = NULL;
  g_autofree char *day_before = NULL;
  g_autoptr(GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  MtPerson *person;

  /* A person leaving on 2023-10-20, added for this test. */
  person = g_object_new (MT_TYPE_PERSON,
                         "personnel-id", "AS-OF-1", "family-name", "Maiga",
                         "category", "troops", "camp-id", fixture->gao,
                         "departure-date", "2023-10-20", NULL);
  g_ptr_array_add (persons, person);
  mt_store_add_personnel (fixture->store, persons, &error);
  g_assert_no_error (error);

  mt_roster_model_set_search (model, "AS-OF-1");
  settle (model);
  before = status_as_of (model, "2023-10-01");
  day_before = status_as_of (model, "2023-10-19");
  on_the_day = status_as_of (model, "2023-10-20");
  after = status_as_of (model, "2023-11-15");

  g_assert_cmpstr (before, ==, "deployed");
  g_assert_cmpstr (day_before, ==, "deployed");
  g_assert_cmpstr (on_the_day, ==, "departed");
  g_assert_cmpstr (after, ==, "departed");
}

static void
test_as_of_rebinds (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(MtRosterModel) model = mt_roster_model_new (fixture->store);
  settle (model);
  MtTestRecorder rec;

  mt_test_recorder_init (&rec, G_LIST_MODEL (model));
  mt_roster_model_set_as_of (model, "2023-09-01");
  settle (model);
  /* The rows stay, but every row must be rebound to show its status on that day. */
  g_assert_cmpuint (mt_test_recorder_count (&rec), ==, 1);
  mt_test_recorder_assert (&rec, 0, 0, N_PEOPLE, N_PEOPLE);
  mt_roster_model_set_as_of (model, "2023-09-01");
  settle (model);
  g_assert_cmpuint (mt_test_recorder_count (&rec), ==, 1);
  mt_test_recorder_finish (&rec);
}

static void
n_items_notify_cb (GObject    *object,
                   GParamSpec *pspec,
                   guint      *count)
{
  (*count)++;
}

static void
test_store_write (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(MtRosterModel) model = mt_roster_model_new (fixture->store);
  settle (model);
  g_autoptr(GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(MtPerson) first = NULL;
  MtTestRecorder rec;
  guint notified = 0;

  mt_test_recorder_init (&rec, G_LIST_MODEL (model));
  g_signal_connect (model, "notify::n-items", G_CALLBACK (n_items_notify_cb), &notified);

  /* Sorts first by ID ("AA" < any country prefix), so the new row is at 0. */
  g_ptr_array_add (persons, g_object_new (MT_TYPE_PERSON,
                                          "personnel-id", "AA-00001", "family-name", "Toure",
                                          "category", "troops", "camp-id", fixture->timbuktu,
                                          NULL));
  mt_store_add_personnel (fixture->store, persons, &error);
  g_assert_no_error (error);
  settle (model);

  g_assert_cmpuint (mt_test_recorder_count (&rec), ==, 1);
  mt_test_recorder_assert (&rec, 0, 0, N_PEOPLE, N_PEOPLE + 1);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_PEOPLE + 1);

  first = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_assert_cmpstr (mt_person_get_family_name (first), ==, "Toure");

  mt_test_recorder_finish (&rec);
}

static void
live_person_gone_cb (gpointer  data,
                     GObject  *where_the_object_was)
{
  guint *live = data;

  (*live)--;
}

static void
test_paging (Fixture       *fixture,
             gconstpointer  data)
{
  MtRosterModel *model = mt_roster_model_new (fixture->store);
  settle (model);
  g_autoptr(MtPerson) a = NULL;
  g_autoptr(MtPerson) b = NULL;
  guint live = 0;
  guint max_live = 0;

  /* While its page is cached, a row is one object: bindings stay attached. */
  a = g_list_model_get_item (G_LIST_MODEL (model), 5);
  b = g_list_model_get_item (G_LIST_MODEL (model), 5);
  g_assert_true (a == b);
  g_clear_object (&a);
  g_clear_object (&b);

  /* Walking the whole roster keeps only a bounded number of people in memory. */
  for (guint i = 0; i < N_PEOPLE; i++)
    {
      g_autoptr(MtPerson) person = g_list_model_get_item (G_LIST_MODEL (model), i);

      if (g_object_get_data (G_OBJECT (person), "counted") == NULL)
        {
          g_object_set_data (G_OBJECT (person), "counted", GINT_TO_POINTER (1));
          g_object_weak_ref (G_OBJECT (person), live_person_gone_cb, &live);
          live++;
        }
      max_live = MAX (max_live, live);
    }

  g_assert_cmpuint (max_live, <, N_PEOPLE);
  g_assert_cmpuint (max_live, <=, 8 * 256);

  /* And none outlive the model. */
  g_object_unref (model);
  g_assert_cmpuint (live, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/mt/roster-model/items", test_items);
  ADD ("/mt/roster-model/default-order", test_default_order);
  ADD ("/mt/roster-model/sort-family-name", test_sort_family_name);
  ADD ("/mt/roster-model/sort-camp", test_sort_camp);
  ADD ("/mt/roster-model/search", test_search);
  ADD ("/mt/roster-model/filters", test_filters);
  ADD ("/mt/roster-model/as-of", test_as_of);
  ADD ("/mt/roster-model/as-of-rebinds", test_as_of_rebinds);
  ADD ("/mt/roster-model/store-write", test_store_write);
  ADD ("/mt/roster-model/paging", test_paging);

#undef ADD

  return g_test_run ();
}
