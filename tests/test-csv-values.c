/* test-csv-values.c: categories, camps, dates and statuses as contingents write them.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include "mt-csv-values.h"
#include "mt-store.h"
#include "mt-test-util.h"

static void
test_categories (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  MtCsvValues *values = mt_csv_values_new (store, &error);
  static const struct { const char *text; const char *code; } cases[] = {
    { "mso", "mso" },
    { "MSO", "mso" },
    { "OEM", "mso" },
    { "Military staff officers", "mso" },
    { "Officiers d'état-major", "mso" },
    { "troops", "troops" },
    { "Troupes", "troops" },
    { "contingent member", "troops" },
    { "Membres des contingents", "troops" },
    { "IPO", "ipo" },
    { "UNPOL", "ipo" },
    { "FPU", "fpu" },
    { "UPC", "fpu" },
    { "Formed police units", "fpu" },
    { "UNV", "unv" },
    { "VNU", "unv" },
    { "UNVs", "unv" },
    { "civilian", "intl-staff" },
    { "International civilian staff", "intl-staff" },
    { "intl-staff", "intl-staff" },
    { "astronaut", NULL },
    { "", NULL },
  };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].text);
      g_assert_cmpstr (mt_csv_values_lookup_category (values, cases[i].text), ==, cases[i].code);
      /* The second lookup comes from the cache and must agree. */
      g_assert_cmpstr (mt_csv_values_lookup_category (values, cases[i].text), ==, cases[i].code);
    }

  mt_csv_values_free (values);
}

/* Synonyms serve only categories the table has: a mission without UN Volunteers refuses
 * "volunteer" rather than filing it under a code that does not exist. */
static void
test_categories_are_data (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (FALSE);
  g_autoptr(GError) error = NULL;
  MtCsvValues *values;

  mt_store_load_sql (store,
                     "INSERT INTO categories (code, name, name_fr) VALUES"
                     " ('observers', 'Military observers', 'Observateurs militaires');",
                     &error);
  g_assert_no_error (error);

  values = mt_csv_values_new (store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mt_csv_values_lookup_category (values, "Observateurs militaires"), ==, "observers");
  g_assert_null (mt_csv_values_lookup_category (values, "volunteer"));
  g_assert_null (mt_csv_values_lookup_category (values, "troops"));
  mt_csv_values_free (values);
}

static void
test_camps (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  MtCsvValues *values = mt_csv_values_new (store, &error);
  gboolean closed = TRUE;
  gint64 gao = mt_store_find_camp (store, "Gao");
  gint64 menaka = mt_store_find_camp (store, "Ménaka");
  gint64 timbuktu = mt_store_find_camp (store, "Timbuktu");
  gint64 mopti = mt_store_find_camp (store, "Mopti");

  g_assert_no_error (error);
  g_assert_cmpint (gao, >, 0);

  g_assert_cmpint (mt_csv_values_lookup_camp (values, "Gao", &closed), ==, gao);
  g_assert_false (closed);
  g_assert_cmpint (mt_csv_values_lookup_camp (values, "GAO", NULL), ==, gao);
  g_assert_cmpint (mt_csv_values_lookup_camp (values, "Menaka", &closed), ==, menaka);
  /* Ménaka closed on 25 August 2023: rows there are history, accepted with a warning. */
  g_assert_true (closed);
  g_assert_cmpint (mt_csv_values_lookup_camp (values, "Tombouctou", NULL), ==, timbuktu);
  g_assert_cmpint (mt_csv_values_lookup_camp (values, "Sévaré", NULL), ==, mopti);
  g_assert_cmpint (mt_csv_values_lookup_camp (values, "mopti sevare", NULL), ==, mopti);
  g_assert_cmpint (mt_csv_values_lookup_camp (values, "Ogossagou", &closed), >, 0);
  g_assert_true (closed);
  g_assert_cmpint (mt_csv_values_lookup_camp (values, "Gaoo", NULL), ==, 0);
  g_assert_cmpint (mt_csv_values_lookup_camp (values, "", NULL), ==, 0);

  g_assert_cmpstr (mt_csv_values_get_camp_name (values, menaka), ==, "Ménaka");
  g_assert_cmpstr (mt_csv_values_suggest_camp (values, "Gaoo"), ==, "Gao");
  g_assert_cmpstr (mt_csv_values_suggest_camp (values, "Tombouctu"), ==, "Timbuktu");
  g_assert_cmpstr (mt_csv_values_suggest_camp (values, "Tesalit"), ==, "Tessalit");
  g_assert_cmpstr (mt_csv_values_suggest_camp (values, "Kidaal"), ==, "Kidal");

  mt_csv_values_free (values);
}

static void
test_dates (void)
{
  static const struct { const char *text; const char *iso; } cases[] = {
    { "2023-11-15", "2023-11-15" },
    { " 2023-11-15 ", "2023-11-15" },
    { "15/11/2023", "2023-11-15" },
    { "5/9/2023", "2023-09-05" },
    { "05.09.2023", "2023-09-05" },
    { "29/02/2024", "2024-02-29" },
    { "29/02/2023", NULL },
    { "31/02/2023", NULL },
    { "2023-13-01", NULL },
    { "2023-11-15T10:00", NULL },
    { "11/15/2023", NULL },
    { "15/11/23", NULL },
    { "15-11-2023", NULL },
    { "next week", NULL },
    { "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      char iso[11] = "";
      gboolean ok = mt_csv_parse_date (cases[i].text, iso);

      g_test_message ("%s", cases[i].text);
      g_assert_cmpint (ok, ==, cases[i].iso != NULL);
      if (ok)
        g_assert_cmpstr (iso, ==, cases[i].iso);
    }
}

static void
test_status (void)
{
  g_assert_cmpstr (mt_csv_normalize_status ("deployed"), ==, "deployed");
  g_assert_cmpstr (mt_csv_normalize_status ("Déployé"), ==, "deployed");
  g_assert_cmpstr (mt_csv_normalize_status ("departed"), ==, "departed");
  g_assert_cmpstr (mt_csv_normalize_status ("Rapatrié"), ==, "departed");
  g_assert_cmpstr (mt_csv_normalize_status ("on leave"), ==, "on leave");
  g_assert_null (mt_csv_normalize_status (NULL));
}

static void
test_edit_distance (void)
{
  g_assert_cmpuint (mt_csv_edit_distance ("gao", "gao"), ==, 0);
  g_assert_cmpuint (mt_csv_edit_distance ("gaoo", "gao"), ==, 1);
  g_assert_cmpuint (mt_csv_edit_distance ("kidal", "kital"), ==, 1);
  g_assert_cmpuint (mt_csv_edit_distance ("ménaka", "menaka"), ==, 1);
  g_assert_cmpuint (mt_csv_edit_distance ("", "abc"), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv-values/categories", test_categories);
  g_test_add_func ("/csv-values/categories-are-data", test_categories_are_data);
  g_test_add_func ("/csv-values/camps", test_camps);
  g_test_add_func ("/csv-values/dates", test_dates);
  g_test_add_func ("/csv-values/status", test_status);
  g_test_add_func ("/csv-values/edit-distance", test_edit_distance);

  return g_test_run ();
}
