/* test-csv-value-maps.c: values a file writes its own way, mapped once to ones the tracker
 * knows, and kept with the preset that reads such files.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "mt-csv-import.h"
#include "mt-store-import.h"
#include "mt-test-util.h"

/* One contingent's roster, with words of its own: a category and a camp the tracker does not
 * know (written two ways each), statuses it does and does not know. */
#define ROSTER \
  "Personnel ID,Family name,Category,Contingent,Camp,Status,Departed on\n" \
  "V-1,Ba,international civilian,Chad,Tombouctou aéroport,en congé,\n" \
  "V-2,Cissé,International  Civilian,Chad,Gao,on leave,\n" \
  "V-3,Dembélé,troops,Chad,TOMBOUCTOU-AÉROPORT,departed,\n" \
  "V-4,Keïta,troops,Chad,Gao,Rapatrié,2023-10-01\n" \
  "V-5,Sy,troops,Chad,Gao,Deployed,\n"

static char *
write_roster (const char *name,
              const char *text)
{
  g_autoptr(GError) error = NULL;
  char *path = mt_test_tmp_path (name);

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);

  return path;
}

static MtCsvImportResult *
run (MtStore                   *store,
     const char                *path,
     const MtCsvImportSettings *settings,
     gboolean                   dry_run)
{
  g_autoptr(GError) error = NULL;
  MtCsvImportResult *result;

  result = mt_csv_import_file (store, path, settings, dry_run, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (result);

  return result;
}

static gboolean
add_person (const char * const  *values,
            guint                n_values,
            gpointer             user_data,
            GError             **error)
{
  /* personnel id, category code, camp name, status as stored */
  g_string_append_printf (user_data, "%s:%s:%s:%s\n", values[0], values[4], values[7],
                          values[9] != NULL ? values[9] : "-");
  return TRUE;
}

/* The stored roster, a line a person: "V-1:intl-staff:Timbuktu:-". */
static char *
stored (MtStore *store)
{
  g_autoptr(GError) error = NULL;
  GString *out = g_string_new (NULL);

  g_assert_true (mt_store_foreach_personnel (store, NULL, 0, add_person, out, &error));
  g_assert_no_error (error);

  return g_string_free (out, FALSE);
}

static void
assert_unknown (MtCsvImportResult *result,
                MtCsvField         field,
                guint              index,
                const char        *text,
                guint64            n_rows)
{
  guint64 n = 0;

  g_assert_cmpstr (mt_csv_import_result_get_unknown_value (result, field, index, &n), ==, text);
  g_assert_cmpuint (n, ==, n_rows);
}

/* The check before an import lists the values the tracker does not know, each once however
 * it is written, with how many rows have it. */
static void
test_unknown_listed (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autofree char *path = write_roster ("chad.csv", ROSTER);
  g_autoptr(MtCsvImportResult) result = run (store, path, NULL, TRUE);

  g_assert_cmpuint (mt_csv_import_result_get_n_rejected (result), ==, 3);
  g_assert_cmpuint (mt_csv_import_result_get_n_unknown_values (result, MT_CSV_FIELD_CATEGORY), ==, 1);
  assert_unknown (result, MT_CSV_FIELD_CATEGORY, 0, "international civilian", 2);
  g_assert_cmpuint (mt_csv_import_result_get_n_unknown_values (result, MT_CSV_FIELD_CAMP), ==, 1);
  assert_unknown (result, MT_CSV_FIELD_CAMP, 0, "Tombouctou aéroport", 2);
  /* Statuses it knows in English and French ("departed", "Rapatrié", "Deployed") are not. */
  g_assert_cmpuint (mt_csv_import_result_get_n_unknown_values (result, MT_CSV_FIELD_STATUS), ==, 2);
  assert_unknown (result, MT_CSV_FIELD_STATUS, 0, "en congé", 1);
  assert_unknown (result, MT_CSV_FIELD_STATUS, 1, "on leave", 1);
  g_assert_cmpuint (mt_csv_import_result_get_n_unknown_values (result, MT_CSV_FIELD_UNIT), ==, 0);
  g_unlink (path);
}

/* Mapped, the same file imports whole: every spelling of a mapped value takes the value it is
 * mapped to; a status left unmapped is kept as written. */
static void
test_mapped_import (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autofree char *path = write_roster ("chad.csv", ROSTER);
  g_autoptr(MtCsvImportSettings) settings = mt_csv_import_settings_new ();
  g_autoptr(MtCsvImportResult) result = NULL;
  g_autofree char *roster = NULL;

  mt_csv_import_settings_map_value (settings, MT_CSV_FIELD_CATEGORY, "International civilian",
                                    "intl-staff");
  mt_csv_import_settings_map_value (settings, MT_CSV_FIELD_CAMP, "tombouctou aeroport", "Timbuktu");
  mt_csv_import_settings_map_value (settings, MT_CSV_FIELD_STATUS, "en congé", "deployed");
  g_assert_cmpstr (mt_csv_import_settings_get_mapped_value (settings, MT_CSV_FIELD_CAMP,
                                                            "Tombouctou-Aéroport"), ==, "Timbuktu");
  g_assert_null (mt_csv_import_settings_get_mapped_value (settings, MT_CSV_FIELD_CAMP, "Gao"));

  result = run (store, path, settings, FALSE);
  g_assert_cmpuint (mt_csv_import_result_get_n_rejected (result), ==, 0);
  g_assert_cmpuint (mt_csv_import_result_get_n_new (result), ==, 5);
  /* Still listed, so the dialog can show what they were mapped to. */
  g_assert_cmpuint (mt_csv_import_result_get_n_unknown_values (result, MT_CSV_FIELD_CAMP), ==, 1);

  /* The status column keeps what the dates do not say: "deployed" is no status at all,
   * "departed" beside a departure date is the date's; without one, it is kept. */
  roster = stored (store);
  g_assert_cmpstr (roster, ==,
                   "V-1:intl-staff:Timbuktu:-\n"
                   "V-2:intl-staff:Gao:on leave\n"
                   "V-3:troops:Timbuktu:departed\n"
                   "V-4:troops:Gao:-\n"
                   "V-5:troops:Gao:-\n");

  /* Forgetting a mapping: the value is unknown again. */
  mt_csv_import_settings_map_value (settings, MT_CSV_FIELD_CAMP, "Tombouctou aéroport", NULL);
  g_assert_null (mt_csv_import_settings_get_mapped_value (settings, MT_CSV_FIELD_CAMP,
                                                          "Tombouctou aéroport"));
  g_unlink (path);
}

/* A value mapped to one the tracker no longer has (a category since removed) is refused as
 * unknown, never written as it is. */
static void
test_mapped_to_nothing (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autofree char *path = write_roster ("chad.csv", ROSTER);
  g_autoptr(MtCsvImportSettings) settings = mt_csv_import_settings_new ();
  g_autoptr(MtCsvImportResult) result = NULL;

  mt_csv_import_settings_map_value (settings, MT_CSV_FIELD_CATEGORY, "international civilian",
                                    "no-such-category");
  mt_csv_import_settings_map_value (settings, MT_CSV_FIELD_CAMP, "Tombouctou aéroport", "Atlantis");
  result = run (store, path, settings, TRUE);
  g_assert_cmpuint (mt_csv_import_result_get_n_rejected (result), ==, 3);
  g_unlink (path);
}

/* The maps are saved with the preset, come back whenever the preset does (a file with its
 * header, the preset chosen by name, the command line), and can be changed alone. */
static void
test_preset_keeps_maps (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autofree char *path = write_roster ("chad.csv", ROSTER);
  g_autofree char *other = write_roster ("other.csv", "ID,Category,Contingent,Camp\n1,troops,Chad,Gao\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(MtCsvPreview) preview = mt_csv_preview_load (store, path, NULL, 5, &error);
  g_autoptr(MtCsvPreview) again = NULL;
  g_autoptr(MtCsvImportSettings) settings = NULL;
  g_autoptr(MtCsvImportSettings) applied = NULL;
  g_autoptr(MtCsvImportSettings) loaded = NULL;
  g_autoptr(MtCsvImportSettings) found = NULL;
  g_autoptr(MtCsvImportSettings) changed = NULL;
  g_autoptr(MtCsvImportResult) result = NULL;
  g_autofree char *name = NULL;

  g_assert_no_error (error);
  settings = mt_csv_preview_dup_settings (preview);
  mt_csv_import_settings_set_constant (settings, MT_CSV_FIELD_UNIT, "Bataillon");
  mt_csv_import_settings_map_value (settings, MT_CSV_FIELD_CATEGORY, "international civilian",
                                    "intl-staff");
  mt_csv_import_settings_map_value (settings, MT_CSV_FIELD_CAMP, "Tombouctou aéroport", "Timbuktu");
  g_assert_true (mt_csv_preset_save (store, "Tchad", preview, settings, &error));
  g_assert_no_error (error);

  /* A file with this header. */
  again = mt_csv_preview_load (store, path, NULL, 5, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mt_csv_preview_get_preset_name (again), ==, "Tchad");
  applied = mt_csv_preview_dup_settings (again);
  g_assert_cmpstr (mt_csv_import_settings_get_mapped_value (applied, MT_CSV_FIELD_CATEGORY,
                                                            "International Civilian"), ==, "intl-staff");
  result = run (store, path, applied, TRUE);
  g_assert_cmpuint (mt_csv_import_result_get_n_rejected (result), ==, 0);

  /* The preset by name. */
  loaded = mt_csv_preset_load (store, "Tchad", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mt_csv_import_settings_get_mapped_value (loaded, MT_CSV_FIELD_CAMP,
                                                            "Tombouctou aéroport"), ==, "Timbuktu");

  /* What --import uses: only for a file with the preset's header. */
  found = mt_csv_preset_find_for_file (store, path, NULL, &name);
  g_assert_nonnull (found);
  g_assert_cmpstr (name, ==, "Tchad");
  g_assert_cmpstr (mt_csv_import_settings_get_mapped_value (found, MT_CSV_FIELD_CAMP,
                                                            "Tombouctou aéroport"), ==, "Timbuktu");
  g_clear_pointer (&name, g_free);
  g_assert_null (mt_csv_preset_find_for_file (store, other, NULL, &name));
  g_assert_null (name);

  /* A value mapped later, in the dialog: the preset's maps change, its constants stay. */
  mt_csv_import_settings_map_value (applied, MT_CSV_FIELD_STATUS, "en congé", "deployed");
  mt_csv_import_settings_map_value (applied, MT_CSV_FIELD_CAMP, "Tombouctou aéroport", NULL);
  g_assert_true (mt_csv_preset_save_value_maps (store, "Tchad", applied, &error));
  g_assert_no_error (error);
  changed = mt_csv_preset_load (store, "Tchad", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mt_csv_import_settings_get_mapped_value (changed, MT_CSV_FIELD_STATUS,
                                                            "En congé"), ==, "deployed");
  g_assert_null (mt_csv_import_settings_get_mapped_value (changed, MT_CSV_FIELD_CAMP,
                                                          "Tombouctou aéroport"));
  g_assert_cmpstr (changed->constants[MT_CSV_FIELD_UNIT], ==, "Bataillon");
  g_assert_false (mt_csv_preset_save_value_maps (store, "Nobody", applied, &error));
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND);

  g_unlink (path);
  g_unlink (other);
}

/* A preset saved before values could be mapped (no "values" in its JSON) still reads. */
static void
test_older_preset (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(MtCsvImportSettings) loaded = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (mt_store_save_csv_preset (store, "Old", "id|category", "{\"columns\": "
                                           "[\"personnel_id\", \"category\"]}", "UTF-8", ",",
                                           "{\"contingent\": \"Chad\"}", &error));
  g_assert_no_error (error);
  loaded = mt_csv_preset_load (store, "Old", &error);
  g_assert_no_error (error);
  g_assert_cmpint (mt_csv_import_settings_get_column (loaded, 1), ==, MT_CSV_FIELD_CATEGORY);
  g_assert_cmpstr (loaded->constants[MT_CSV_FIELD_COUNTRY], ==, "Chad");
  for (guint f = 0; f < MT_CSV_N_FIELDS; f++)
    g_assert_null (loaded->value_maps[f]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv-value-maps/unknown-listed", test_unknown_listed);
  g_test_add_func ("/csv-value-maps/mapped-import", test_mapped_import);
  g_test_add_func ("/csv-value-maps/mapped-to-nothing", test_mapped_to_nothing);
  g_test_add_func ("/csv-value-maps/preset-keeps-maps", test_preset_keeps_maps);
  g_test_add_func ("/csv-value-maps/older-preset", test_older_preset);

  return mt_test_run_in_tmp_dir ();
}
