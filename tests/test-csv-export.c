/* test-csv-export.c: RFC 4180 output, the formula-injection escape, and round trips.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "mt-csv-export.h"
#include "mt-csv-import.h"
#include "mt-store-tally-private.h"
#include "mt-test-util.h"

static char *
export_to_string (MtStore         *store,
                  MtCsvExportKind  kind)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_assert_true (mt_csv_export_list (store, kind, NULL, out, NULL, &error));
  g_assert_no_error (error);
  g_output_stream_write_all (out, "", 1, NULL, NULL, NULL);
  g_output_stream_close (out, NULL, NULL);

  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
}

static char *
escape (const char *value)
{
  GString *out = g_string_new (NULL);

  mt_csv_escape_cell (out, value);

  return g_string_free (out, FALSE);
}

static void
test_escape (void)
{
  static const struct { const char *value; const char *cell; } cases[] = {
    { "plain", "plain" },
    { "", "" },
    { "a,b", "\"a,b\"" },
    { "a;b", "\"a;b\"" },
    { "say \"hi\"", "\"say \"\"hi\"\"\"" },
    { "two\nlines", "\"two\nlines\"" },
    { "Ménaka", "Ménaka" },
    /* OWASP CSV injection: quoted and prefixed with an apostrophe. */
    { "=SUM(A1)", "\"'=SUM(A1)\"" },
    { "+33 1 23", "\"'+33 1 23\"" },
    { "-1+2", "\"'-1+2\"" },
    /* Plain numbers are no formulas: a longitude stays a number. */
    { "-1", "-1" },
    { "-8.25", "-8.25" },
    { "+12", "+12" },
    { "@cmd", "\"'@cmd\"" },
    { "\tx", "\"'\tx\"" },
    { "\rx", "\"'\rx\"" },
    { "'quoted", "\"''quoted\"" },
    { "a=b", "a=b" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *cell = escape (cases[i].value);
      g_autofree char *copy = NULL;
      const char *inner;

      g_test_message ("%s", cases[i].value);
      g_assert_cmpstr (cell, ==, cases[i].cell);

      /* What the importer does with the cell once libcsv has removed the quotes. */
      copy = g_strdup (cell);
      if (copy[0] == '"')
        {
          GString *unquoted = g_string_new (NULL);

          for (const char *p = copy + 1; p[1] != '\0'; p++)
            {
              g_string_append_c (unquoted, *p);
              if (*p == '"')
                p++;
            }
          g_free (copy);
          copy = g_string_free (unquoted, FALSE);
        }
      inner = mt_csv_unescape_cell (copy);
      g_assert_cmpstr (inner, ==, cases[i].value);
    }
}

static void
test_kinds (void)
{
  MtCsvExportKind kind;

  for (MtCsvExportKind k = MT_CSV_EXPORT_ROSTER; k <= MT_CSV_EXPORT_ASSETS; k++)
    {
      g_assert_true (mt_csv_export_kind_from_string (mt_csv_export_kind_to_string (k), &kind));
      g_assert_cmpint (kind, ==, k);
    }
  g_assert_false (mt_csv_export_kind_from_string ("people", &kind));
}

/* The plan in the lists: a movement only planned says so, listed whatever its date (here
 * after the latest data), and a camp its planned handover. */
static void
test_planned (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  g_autofree char *camps = NULL;
  g_autofree char *movements = NULL;

  g_assert_true (mt_store_load_sql (store,
                                    "INSERT INTO movements (date, camp_id, category, count, planned)"
                                    " SELECT '2023-11-20', id, 'troops', 40, 1 FROM camps"
                                    " WHERE name = 'Kidal';"
                                    "UPDATE camps SET planned_handover = '2023-12-20'"
                                    " WHERE name = 'Gao'", &error));
  g_assert_no_error (error);
  camps = export_to_string (store, MT_CSV_EXPORT_CAMPS);
  movements = export_to_string (store, MT_CSV_EXPORT_MOVEMENTS);

  g_assert_nonnull (strstr (camps, ",Planned closure,Planned handover,Handover date,"));
  g_assert_nonnull (strstr (camps, "\r\nGao,"));
  g_assert_nonnull (strstr (strstr (camps, "\r\nGao,"), ",2023-12-20,,\r\n"));
  g_assert_nonnull (strstr (movements, "\r\n2023-11-20,Kidal,Troops (contingent members),,40,,"
                                       "Planned\r\n"));
}

static void
test_lists (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autofree char *camps = export_to_string (store, MT_CSV_EXPORT_CAMPS);
  g_autofree char *movements = export_to_string (store, MT_CSV_EXPORT_MOVEMENTS);
  g_autofree char *convoys = export_to_string (store, MT_CSV_EXPORT_CONVOYS);
  g_autofree char *assets = export_to_string (store, MT_CSV_EXPORT_ASSETS);
  g_autofree char *roster = export_to_string (store, MT_CSV_EXPORT_ROSTER);

  /* Header rows and values as the lists show them (English under LC_ALL=C); CRLF line ends;
   * C-locale numbers; ISO dates. */
  g_assert_true (g_str_has_prefix (camps, "Camp,Other names,Region,Latitude,Longitude,"));
  g_assert_nonnull (strstr (camps, "\r\nGao,,Gao,16.27167,-0.04472,Sector headquarters,"));
  g_assert_nonnull (strstr (camps, "Ogossagou,,Bandiagara,14.0664,-3.45379,Temporary operating base,"
                                   "Handed over,2023-08-03,"));
  g_assert_true (g_str_has_prefix (movements, "Date,Camp,Category,Contingent,Count,Note,Status\r\n"));
  g_assert_nonnull (strstr (movements, "\r\n2023-09-20,Mopti,Troops (contingent members),Senegal,116,"));
  g_assert_nonnull (strstr (movements, ",Senegal,116,Senegalese peacekeepers repatriated,Made\r\n"));
  g_assert_true (g_str_has_prefix (convoys, "Convoy,From,To,Status,"));
  /* Each convoy by its number, as a scenario's convoy:ID names it. */
  {
    g_autofree char *row = g_strdup_printf ("\r\n%" G_GINT64_FORMAT ",Ménaka,Gao,Arrived,",
                                            _mt_store_test_int (store,
                                                                "SELECT MIN (v.id) FROM convoys v"
                                                                " JOIN camps f ON f.id = v.from_camp_id"
                                                                " WHERE f.name = 'Ménaka'"));

    g_assert_nonnull (strstr (convoys, row));
  }
  g_assert_true (g_str_has_prefix (assets, "Tag,Description,Owner,Camp,"));
  g_assert_cmpstr (roster, ==, "Personnel ID,Family name,Given name,Rank,Category,Contingent,Unit,"
                               "Camp,Planned departure,Status,Departed on\r\n");
  /* No bare LF: every line ends in CRLF. */
  for (const char *p = strchr (camps, '\n'); p != NULL; p = strchr (p + 1, '\n'))
    g_assert_cmpint (p[-1], ==, '\r');
}

static void
test_filtered_roster (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autofree char *path = mt_test_data_path ("csv-categories.csv");
  g_autoptr(MtCsvImportSettings) skip = mt_csv_import_settings_new ();
  g_autoptr(MtCsvImportResult) result = NULL;
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  MtRosterQuery query = { .category = "mso", .sort_column = MT_ROSTER_COLUMN_FAMILY_NAME,
                          .descending = TRUE };
  g_autofree char *text = NULL;

  skip->mode = MT_CSV_IMPORT_SKIP_INVALID;
  result = mt_csv_import_file (store, path, skip, FALSE, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  /* What the roster page shows, in its order: the two MSO rows, B before A (descending), with
   * the category's name and the status the page shows for a person without one. */
  g_assert_true (mt_csv_export_roster (store, &query, out, NULL, &error));
  g_assert_no_error (error);
  g_output_stream_write_all (out, "", 1, NULL, NULL, NULL);
  g_output_stream_close (out, NULL, NULL);
  text = g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
  g_assert_nonnull (strstr (text, "\r\nK-002,B,B,,Military staff officers,Chad,,Gao,,Deployed,\r\n"
                                 "K-001,A,A,,Military staff officers,Chad,,Gao,,Deployed,\r\n"));
  g_assert_null (strstr (text, "K-003"));
}

/* Switches the whole program to @language: "fr" (French UI, French locale) or "en" (LC_ALL=C,
 * as the tests run). FALSE when the French locale is not installed. */
static gboolean
use_language (const char *language)
{
  if (g_str_equal (language, "fr"))
    {
      if (setlocale (LC_ALL, "fr_FR.UTF-8") == NULL)
        return FALSE;
      g_setenv ("LANGUAGE", "fr", TRUE);
      return TRUE;
    }

  setlocale (LC_ALL, "C.UTF-8");
  g_unsetenv ("LANGUAGE");
  return TRUE;
}

static const char *
other_language (const char *language)
{
  return g_str_equal (language, "fr") ? "en" : "fr";
}

/* Import the corpus, export in @language, import the export into an empty database, export
 * again: the two exports are the same bytes, awkward values included. The export says what the
 * roster page shows in that language, and imports back in either language. */
static void
test_round_trip (gconstpointer data)
{
  const char *language = data;
  const char *files[] = { "csv-utf8.csv", "csv-french-headers.csv", "csv-quoted.csv",
                          "csv-injection.csv", "csv-cp1252.csv" };
  g_autoptr(MtStore) first = mt_test_store_new (TRUE);
  g_autoptr(MtStore) second = mt_test_store_new (TRUE);
  g_autoptr(MtStore) third = mt_test_store_new (TRUE);
  g_autoptr(MtCsvImportSettings) skip = mt_csv_import_settings_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = mt_test_tmp_path ("roster-export.csv");
  g_autofree char *exported = NULL;
  g_autofree char *again = NULL;
  g_autofree char *direct = NULL;
  g_autofree char *crossed = NULL;
  g_autoptr(MtCsvImportResult) result = NULL;

  if (!use_language (language))
    {
      g_test_skip ("the fr_FR.UTF-8 locale is not installed");
      return;
    }

  skip->mode = MT_CSV_IMPORT_SKIP_INVALID;
  skip->force = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *file = mt_test_data_path (files[i]);
      g_autoptr(MtCsvImportResult) r = mt_csv_import_file (first, file, skip, FALSE, NULL, NULL,
                                                           NULL, NULL, &error);
      g_assert_no_error (error);
    }

  g_assert_true (mt_csv_export_to_path (first, MT_CSV_EXPORT_ROSTER, NULL, NULL, path, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &exported, NULL, &error);
  g_assert_no_error (error);
  direct = export_to_string (first, MT_CSV_EXPORT_ROSTER);
  g_assert_cmpstr (exported, ==, direct);
  /* Quotes, commas, newlines and the formula escape all travel. */
  g_assert_nonnull (strstr (exported, "\"Smith, Jr.\""));
  g_assert_nonnull (strstr (exported, "\"Unit \"\"Alpha\"\"\""));
  g_assert_nonnull (strstr (exported, "\"Line one\nline two\""));
  g_assert_nonnull (strstr (exported, "\"'=HYPERLINK("));
  /* What the roster page shows: titles, category names and statuses in the UI's language,
   * dates in ISO 8601. */
  if (g_str_equal (language, "fr"))
    {
      g_assert_true (g_str_has_prefix (exported, "Matricule,Nom,Prénom,Grade,Catégorie,Contingent,"
                                                 "Unité,Camp,Départ prévu,Statut,Date de départ\r\n"));
      /* The camp's French name: the import reads either name back. */
      g_assert_nonnull (strstr (exported, "\r\nF-001,Traoré,Awa,Capitaine,Officiers d’état-major,"
                                          "Sénégal,QG Force,Tombouctou,2023-11-15,Rapatrié,2023-11-16\r\n"));
      g_assert_nonnull (strstr (exported, ",Membres des contingents,Sénégal,Bataillon,Ménaka,"
                                          "2023-11-20,Déployé,\r\n"));
    }
  else
    {
      g_assert_true (g_str_has_prefix (exported, "Personnel ID,Family name,Given name,Rank,Category,"
                                                 "Contingent,Unit,Camp,Planned departure,Status,"
                                                 "Departed on\r\n"));
      g_assert_nonnull (strstr (exported, "\r\nF-001,Traoré,Awa,Capitaine,Military staff officers,"
                                          "Sénégal,QG Force,Timbuktu,2023-11-15,Departed,2023-11-16\r\n"));
      g_assert_nonnull (strstr (exported, ",Troops (contingent members),Sénégal,Bataillon,Ménaka,"
                                          "2023-11-20,Deployed,\r\n"));
    }

  result = mt_csv_import_file (second, path, NULL, FALSE, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mt_csv_import_result_get_n_rejected (result), ==, 0);
  g_assert_cmpuint (mt_csv_import_result_get_n_warnings (result), >, 0);  /* Ménaka is closed */
  g_assert_cmpint (mt_store_count_personnel (second), ==, mt_store_count_personnel (first));
  again = export_to_string (second, MT_CSV_EXPORT_ROSTER);
  g_assert_cmpstr (again, ==, exported);

  /* And into the same database: every row unchanged (a status the export fills in is what
   * the roster read before). */
  g_clear_object (&result);
  result = mt_csv_import_file (first, path, NULL, FALSE, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mt_csv_import_result_get_n_rejected (result), ==, 0);
  g_assert_cmpuint (mt_csv_import_result_get_n_unchanged (result), ==, mt_store_count_personnel (first));
  g_assert_cmpuint (mt_csv_import_result_get_n_updated (result), ==, 0);

  /* A planner working in the other language imports the file all the same. */
  use_language (other_language (language));
  g_clear_object (&result);
  result = mt_csv_import_file (third, path, NULL, FALSE, NULL, NULL, NULL, NULL, &error);
  use_language (language);
  g_assert_no_error (error);
  g_assert_cmpuint (mt_csv_import_result_get_n_rejected (result), ==, 0);
  crossed = export_to_string (third, MT_CSV_EXPORT_ROSTER);
  g_assert_cmpstr (crossed, ==, exported);

  use_language ("en");
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* The French catalogue of this build, for the French round trip. */
  bindtextdomain (GETTEXT_PACKAGE, MT_BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_add_func ("/csv-export/escape", test_escape);
  g_test_add_func ("/csv-export/kinds", test_kinds);
  g_test_add_func ("/csv-export/lists", test_lists);
  g_test_add_func ("/csv-export/planned", test_planned);
  g_test_add_func ("/csv-export/filtered-roster", test_filtered_roster);
  g_test_add_data_func ("/csv-export/round-trip/en", "en", test_round_trip);
  g_test_add_data_func ("/csv-export/round-trip/fr", "fr", test_round_trip);

  return mt_test_run_in_tmp_dir ();
}
