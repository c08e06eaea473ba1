/* test-csv-hostile.c: the importer on hostile files — thousands of columns, overlong cells.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The files are made here, at run time: they are too big for tests/data.
 */

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "mt-csv-import.h"
#include "mt-date.h"
#include "mt-store.h"
#include "mt-test-util.h"

#define HEADER "Personnel ID,Family name,Category,Contingent,Camp\n"

typedef struct
{
  GPtrArray *texts;   /* every message the callback saw */
} Seen;

static void
message_cb (MtCsvMessage *message,
            gpointer      user_data)
{
  Seen *seen = user_data;

  g_ptr_array_add (seen->texts, g_strdup (mt_csv_message_get_text (message)));
}

static MtCsvImportResult *
import_text (MtStore       *store,
             GString       *text,
             MtCsvImportMode mode,
             Seen          *seen,
             GError       **error)
{
  g_autoptr(MtCsvImportSettings) settings = mt_csv_import_settings_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (text->str, text->len);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);

  settings->mode = mode;
  seen->texts = g_ptr_array_new_with_free_func (g_free);

  return mt_csv_import_stream (store, stream, "hostile.csv", settings, FALSE, NULL, message_cb,
                               seen, NULL, error);
}

static void
append_repeated (GString    *text,
                 const char *what,
                 guint       n)
{
  for (guint i = 0; i < n; i++)
    g_string_append (text, what);
}

/* 100,000 columns, 99,996 of them unknown: ten warnings, then one that counts the rest. */
static void
test_wide_header (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GString) text = g_string_new ("Personnel ID,Category,Contingent,Camp");
  g_autoptr(MtCsvImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *count = mt_format_count (99986);
  g_autofree char *summary = g_strdup_printf ("hostile.csv: warning: … and %s more unknown "
                                              "columns ignored", count);
  Seen seen;

  for (guint i = 4; i < 100000; i++)
    g_string_append_printf (text, ",extra %u", i);
  g_string_append (text, "\nW-1,MSO,Chad,Gao\nW-2,MSO,Chad,Gao\n");

  result = import_text (store, text, MT_CSV_IMPORT_ALL_OR_NOTHING, &seen, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mt_csv_import_result_get_n_new (result), ==, 2);
  g_assert_cmpuint (mt_csv_import_result_get_n_warnings (result), ==, 99996);
  g_assert_cmpuint (seen.texts->len, ==, 11);
  g_assert_cmpstr (g_ptr_array_index (seen.texts, 0), ==,
                   "hostile.csv:1:39: warning: unknown column “extra 4”: ignored");
  g_assert_cmpstr (g_ptr_array_index (seen.texts, 10), ==, summary);
  g_assert_cmpuint (g_list_model_get_n_items (mt_csv_import_result_get_messages (result)), ==, 11);
  /* All counted, the first names kept: not 99,996 strings. */
  g_assert_cmpuint (mt_csv_import_result_get_n_unknown_columns (result), ==, 99996);
  g_assert_cmpuint (g_strv_length ((GStrv) mt_csv_import_result_get_unknown_columns (result)), ==,
                    MT_CSV_KEPT_UNKNOWN_COLUMNS);
  g_assert_cmpstr (mt_csv_import_result_get_unknown_columns (result)[0], ==, "extra 4");
  g_assert_cmpstr (mt_csv_import_result_get_unknown_columns (result)[MT_CSV_KEPT_UNKNOWN_COLUMNS - 1],
                   ==, "extra 53");
  g_ptr_array_unref (seen.texts);
}

/* The preview of 100,000 columns keeps names and cells for the first ones and those that fill
 * a field (a camp and a family name far to the right) only, yet counts every column, maps the
 * far ones and finds a preset saved for the whole header. */
static void
test_wide_preview (void)
{
  const guint n_columns = 100000, camp_column = 3999, name_column = 60000;
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GString) text = g_string_new ("Personnel ID,Category,Contingent");
  g_autoptr(MtCsvPreview) preview = NULL;
  g_autoptr(MtCsvPreview) again = NULL;
  g_autoptr(MtCsvImportSettings) settings = NULL;
  g_autoptr(GArray) missing = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  path = mt_test_tmp_path ("wide-preview.csv");
  for (guint c = 3; c < n_columns; c++)
    {
      if (c == camp_column)
        g_string_append (text, ",Camp");
      else if (c == name_column)
        g_string_append (text, ",Family name");
      else
        g_string_append_printf (text, ",extra %u", c);
    }
  g_string_append_c (text, '\n');
  for (guint i = 1; i <= 2; i++)
    {
      g_string_append_printf (text, "W-%u,MSO,Chad", i);
      for (guint c = 3; c < n_columns; c++)
        g_string_append (text, c == camp_column ? ",Gao" : c == name_column ? ",Diallo" : ",x");
      g_string_append_c (text, '\n');
    }
  g_assert_true (g_file_set_contents (path, text->str, text->len, &error));
  g_assert_no_error (error);

  preview = mt_csv_preview_load (store, path, NULL, 20, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mt_csv_preview_get_n_columns (preview), ==, n_columns);
  g_assert_cmpuint (mt_csv_preview_get_n_rows (preview), ==, 2);
  g_assert_cmpuint (mt_csv_preview_get_n_kept_columns (preview), ==,
                    MT_CSV_PREVIEW_MAX_COLUMNS + 2);

  g_assert_cmpstr (mt_csv_preview_get_header (preview, 0), ==, "Personnel ID");
  g_assert_cmpstr (mt_csv_preview_get_header (preview, MT_CSV_PREVIEW_MAX_COLUMNS - 1), ==,
                   "extra 49");
  g_assert_cmpstr (mt_csv_preview_get_cell (preview, 1, MT_CSV_PREVIEW_MAX_COLUMNS - 1), ==, "x");
  g_assert_null (mt_csv_preview_get_header (preview, MT_CSV_PREVIEW_MAX_COLUMNS));
  g_assert_cmpstr (mt_csv_preview_get_cell (preview, 0, MT_CSV_PREVIEW_MAX_COLUMNS), ==, "");
  g_assert_null (mt_csv_preview_get_header (preview, n_columns - 1));

  g_assert_cmpint (mt_csv_preview_get_column_field (preview, camp_column), ==, MT_CSV_FIELD_CAMP);
  g_assert_cmpint (mt_csv_preview_get_header_field (preview, camp_column), ==, MT_CSV_FIELD_CAMP);
  g_assert_cmpstr (mt_csv_preview_get_header (preview, camp_column), ==, "Camp");
  g_assert_cmpstr (mt_csv_preview_get_cell (preview, 0, camp_column), ==, "Gao");
  g_assert_cmpint (mt_csv_preview_get_column_field (preview, name_column), ==,
                   MT_CSV_FIELD_FAMILY_NAME);
  g_assert_cmpstr (mt_csv_preview_get_header (preview, name_column), ==, "Family name");
  g_assert_cmpstr (mt_csv_preview_get_cell (preview, 1, name_column), ==, "Diallo");
  g_assert_cmpint (mt_csv_preview_get_column_field (preview, camp_column - 1), ==,
                   MT_CSV_FIELD_IGNORE);
  missing = mt_csv_preview_get_missing_fields (preview);
  g_assert_cmpuint (missing->len, ==, 0);

  /* A preset is keyed by the whole header, names not kept included: the camp column ignored,
   * the file read again finds the preset and keeps that column's name no more. */
  settings = mt_csv_preview_dup_settings (preview);
  mt_csv_import_settings_set_column (settings, camp_column, MT_CSV_FIELD_IGNORE);
  g_assert_true (mt_csv_preset_save (store, "Wide", preview, settings, &error));
  g_assert_no_error (error);
  again = mt_csv_preview_load (store, path, NULL, 20, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mt_csv_preview_get_preset_name (again), ==, "Wide");
  g_assert_cmpint (mt_csv_preview_get_column_field (again, camp_column), ==, MT_CSV_FIELD_IGNORE);
  g_assert_cmpint (mt_csv_preview_get_header_field (again, camp_column), ==, MT_CSV_FIELD_CAMP);
  g_assert_null (mt_csv_preview_get_header (again, camp_column));
  g_assert_cmpuint (mt_csv_preview_get_n_kept_columns (again), ==, MT_CSV_PREVIEW_MAX_COLUMNS + 1);
}

/* Overlong cells reject their row with their exact length; the rows after them are read at
 * the right lines; a cell of exactly the limit is kept. */
static void
test_too_long_cells (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GString) text = g_string_new (HEADER);
  g_autoptr(MtCsvImportResult) result = NULL;
  g_autoptr(MtCsvImportResult) skipped = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *limit = mt_format_count (MT_CSV_MAX_CELL_CHARS);
  g_autofree char *big = mt_format_count (5000000);
  g_autofree char *over = mt_format_count (MT_CSV_MAX_CELL_CHARS + 1);
  g_autofree char *expected = NULL;
  Seen seen;

  g_string_append (text, "T-1,");
  append_repeated (text, "x", 5000000);
  g_string_append (text, ",MSO,Chad,Gao\nT-2,\"");
  append_repeated (text, "é", MT_CSV_MAX_CELL_CHARS + 1);
  g_string_append (text, "\",MSO,Chad,Gao\nT-3,");
  append_repeated (text, "é", MT_CSV_MAX_CELL_CHARS);
  g_string_append (text, ",MSO,Chad,Gao\nT-4,Diallo,MSO,Chad,Atlantis\n");

  /* All or nothing: nothing written, one line per rejected row. */
  result = import_text (store, text, MT_CSV_IMPORT_ALL_OR_NOTHING, &seen, &error);
  g_assert_no_error (error);
  g_assert_false (mt_csv_import_result_get_committed (result));
  g_assert_cmpuint (mt_csv_import_result_get_n_rejected (result), ==, 3);
  g_assert_cmpint (mt_store_count_personnel (store), ==, 0);
  g_assert_cmpuint (seen.texts->len, ==, 3);
  expected = g_strdup_printf ("hostile.csv:2:5: value too long (%s characters, at most %s)",
                              big, limit);
  g_assert_cmpstr (g_ptr_array_index (seen.texts, 0), ==, expected);
  g_free (expected);
  expected = g_strdup_printf ("hostile.csv:3:5: value too long (%s characters, at most %s)",
                              over, limit);
  g_assert_cmpstr (g_ptr_array_index (seen.texts, 1), ==, expected);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (seen.texts, 2),
                                   "hostile.csv:5:21: unknown camp “Atlantis”"));
  g_ptr_array_unref (seen.texts);

  /* Skipping them: the row at the limit is imported, with its whole name. */
  skipped = import_text (store, text, MT_CSV_IMPORT_SKIP_INVALID, &seen, &error);
  g_assert_no_error (error);
  g_assert_true (mt_csv_import_result_get_committed (skipped));
  g_assert_cmpuint (mt_csv_import_result_get_n_new (skipped), ==, 1);
  g_assert_cmpuint (mt_csv_import_result_get_n_rejected (skipped), ==, 3);
  g_assert_cmpint (mt_store_count_personnel (store), ==, 1);
  g_ptr_array_unref (seen.texts);
}

/* An overlong header cell refuses the file, naming where it is. */
static void
test_too_long_header (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GString) text = g_string_new ("Personnel ID,Category,");
  g_autoptr(MtCsvImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *limit = mt_format_count (MT_CSV_MAX_CELL_CHARS);
  g_autofree char *big = mt_format_count (100000);
  g_autofree char *expected = NULL;
  Seen seen;

  append_repeated (text, "Contingent", 10000);
  g_string_append (text, ",Camp\nT-1,MSO,Chad,Gao\n");

  result = import_text (store, text, MT_CSV_IMPORT_SKIP_INVALID, &seen, &error);
  g_assert_null (result);
  g_assert_error (error, MT_CSV_ERROR, MT_CSV_ERROR_PARSE);
  expected = g_strdup_printf ("hostile.csv:1:23: value too long (%s characters, at most %s) in "
                              "the header row: nothing was imported", big, limit);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_cmpint (mt_store_count_personnel (store), ==, 0);
  g_ptr_array_unref (seen.texts);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv-hostile/wide-header", test_wide_header);
  g_test_add_func ("/csv-hostile/wide-preview", test_wide_preview);
  g_test_add_func ("/csv-hostile/too-long-cells", test_too_long_cells);
  g_test_add_func ("/csv-hostile/too-long-header", test_too_long_header);

  return mt_test_run_in_tmp_dir ();
}
