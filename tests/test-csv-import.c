/* test-csv-import.c: the importer over a corpus of awkward files.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "mt-csv-export.h"
#include "mt-csv-import.h"
#include "mt-csv-provenance.h"
#include "mt-person.h"
#include "mt-store-import.h"
#include "mt-store-tally-private.h"
#include "mt-test-util.h"

static gboolean
add_row (const char * const  *values,
         guint                n_values,
         gpointer             user_data,
         GError             **error)
{
  GString *out = user_data;

  for (guint i = 0; i < n_values; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      mt_csv_escape_cell (out, values[i]);
    }
  g_string_append (out, "\r\n");

  return TRUE;
}

/* What the database holds: the whole roster as stored (category codes, status keys), with
 * provenance left out, and the imports recorded. Equal snapshots: nothing changed. */
static char *
snapshot (MtStore *store)
{
  g_autoptr(GString) roster = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (mt_store_foreach_personnel (store, NULL, 0, add_row, roster, &error));
  g_assert_no_error (error);

  return g_strdup_printf ("%s\npersonnel: %" G_GINT64_FORMAT ", last import %" G_GINT64_FORMAT,
                          roster->str, mt_store_count_personnel (store),
                          mt_store_get_last_import_id (store));
}

static MtCsvImportResult *
import (MtStore                   *store,
        const char                *name,
        const MtCsvImportSettings *settings,
        gboolean                   dry_run)
{
  g_autofree char *path = mt_test_data_path (name);
  g_autoptr(GError) error = NULL;
  MtCsvImportResult *result;

  result = mt_csv_import_file (store, path, settings, dry_run, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (result);

  return result;
}

static gboolean
has_message (MtCsvImportResult *result,
             const char        *text)
{
  GListModel *messages = mt_csv_import_result_get_messages (result);

  for (guint i = 0; i < g_list_model_get_n_items (messages); i++)
    {
      g_autoptr(MtCsvMessage) message = g_list_model_get_item (messages, i);

      if (strstr (mt_csv_message_get_text (message), text) != NULL)
        return TRUE;
    }

  return FALSE;
}

/* The corpus */

typedef struct
{
  const char *file;
  guint64     n_new;
  guint64     n_rejected;
  guint64     n_warnings;
  const char *messages[3];   /* each found in one message's "FILE:LINE:COLUMN: reason" */
} Case;

static const Case corpus[] = {
  { "csv-utf8.csv", 5, 0, 0, { NULL } },
  { "csv-utf8-bom.csv", 5, 0, 0, { NULL } },
  { "csv-utf16le.csv", 5, 0, 0, { NULL } },
  { "csv-utf16be.csv", 5, 0, 0, { NULL } },
  { "csv-cp1252.csv", 5, 0, 0, { NULL } },
  { "csv-crlf.csv", 5, 0, 0, { NULL } },
  { "csv-no-final-newline.csv", 5, 0, 0, { NULL } },
  { "csv-tab.csv", 5, 0, 0, { NULL } },
  { "csv-semicolon-decimal.csv", 5, 0, 1,
    { "csv-semicolon-decimal.csv:1:90: warning: unknown column “Weight (kg)”: ignored" } },
  { "csv-unknown-columns.csv", 2, 0, 2,
    { "csv-unknown-columns.csv:1:90: warning: unknown column “Blood type”",
      "csv-unknown-columns.csv:1:101: warning: unknown column “Remarks”" } },
  { "csv-french-headers.csv", 4, 0, 1,
    { "csv-french-headers.csv:3:71: warning: camp “Ménaka” is closed or handed over" } },
  { "csv-quoted.csv", 2, 1, 0,
    { "csv-quoted.csv:5:60: unknown camp “Gaoo”; did you mean “Gao”?" } },
  { "csv-camps.csv", 3, 1, 1,
    { "csv-camps.csv:2:46: warning: camp “Ménaka” is closed",
      "csv-camps.csv:4:51: unknown camp “Gaoo”; did you mean “Gao”?" } },
  { "csv-duplicate-ids.csv", 2, 1, 0,
    { "csv-duplicate-ids.csv:4:1: personnel ID “T-001” is already on line 2" } },
  { "csv-bad-dates.csv", 1, 3, 0,
    { "csv-bad-dates.csv:2:50: “31/02/2023” is not a date",
      "csv-bad-dates.csv:3:53: “2023-13-01” is not a date",
      "csv-bad-dates.csv:4:55: “next week” is not a date" } },
  { "csv-blank-lines.csv", 2, 1, 0,
    { "csv-blank-lines.csv:7:10: unknown category “alien”" } },
  { "csv-categories.csv", 8, 1, 0,
    { "csv-categories.csv:10:12: unknown category “astronaut”" } },
  { "csv-header-only.csv", 0, 0, 0, { NULL } },
  { "csv-injection.csv", 1, 0, 0, { NULL } },
};

static void
test_corpus (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (corpus); i++)
    {
      const Case *c = &corpus[i];

      for (int mode = MT_CSV_IMPORT_ALL_OR_NOTHING; mode <= MT_CSV_IMPORT_SKIP_INVALID; mode++)
        {
          g_autoptr(MtStore) store = mt_test_store_new (TRUE);
          g_autoptr(MtCsvImportSettings) settings = mt_csv_import_settings_new ();
          g_autoptr(MtCsvImportResult) result = NULL;
          g_autofree char *before = snapshot (store);
          g_autofree char *after = NULL;
          gboolean written;

          g_test_message ("%s, mode %d", c->file, mode);
          settings->mode = mode;
          result = import (store, c->file, settings, FALSE);
          after = snapshot (store);

          g_assert_cmpuint (mt_csv_import_result_get_n_new (result), ==, c->n_new);
          g_assert_cmpuint (mt_csv_import_result_get_n_rejected (result), ==, c->n_rejected);
          g_assert_cmpuint (mt_csv_import_result_get_n_warnings (result), ==, c->n_warnings);
          for (guint m = 0; m < G_N_ELEMENTS (c->messages) && c->messages[m] != NULL; m++)
            {
              g_test_message ("%s", c->messages[m]);
              g_assert_true (has_message (result, c->messages[m]));
            }

          /* All or nothing: one bad row and the database is as before. */
          written = c->n_new > 0 && (c->n_rejected == 0 || mode == MT_CSV_IMPORT_SKIP_INVALID);
          g_assert_cmpint (mt_csv_import_result_get_committed (result), ==, written);
          if (written)
            {
              g_assert_cmpstr (before, !=, after);
              g_assert_cmpint (mt_store_count_personnel (store), ==, c->n_new);
            }
          else
            g_assert_cmpstr (before, ==, after);
        }
    }
}

static void
test_values_stored (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(MtCsvImportResult) result = import (store, "csv-french-headers.csv", NULL, FALSE);
  g_autoptr(MtCsvImportResult) injection = import (store, "csv-injection.csv", NULL, FALSE);
  g_autofree char *roster = snapshot (store);

  /* French names, DD/MM/YYYY dates and aliases arrive as the store's own values. Statuses
   * too, by what they mean: "déployé" is what no status says, and "rapatrié" beside a
   * departure date is what the date says from that day on (not before it), so neither is
   * kept; a status the dates do not tell is. */
  g_assert_nonnull (strstr (roster, "F-001,Traoré,Awa,Capitaine,mso,Sénégal,QG Force,Timbuktu,"
                                    "2023-11-15,,2023-11-16\r\n"));
  g_assert_nonnull (strstr (roster, "F-002,Diallo,Moussa,Sergent,troops,Sénégal,Bataillon,Ménaka,"
                                    "2023-11-20,,\r\n"));
  g_assert_nonnull (strstr (roster, "F-004,Sow,Ousmane,Adjudant,unv,Mali,Appui,Mopti,,,\r\n"));
  /* The export's formula escape is undone on the way in (and done again on the way out). */
  g_assert_nonnull (strstr (roster, "I-001,\"'=HYPERLINK(\"\"http://x\"\")\",Eve,\"'@SUM(A1)\","));
}

static void
test_errors (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autofree char *before = snapshot (store);
  g_autofree char *after = NULL;
  static const struct { const char *file; int code; } cases[] = {
    { "csv-empty.csv", MT_CSV_ERROR_EMPTY },
    { "csv-missing-required.csv", MT_CSV_ERROR_MAPPING },
    { "csv-no-contingent.csv", MT_CSV_ERROR_MAPPING },
    { "csv-cp1252-undefined.csv", MT_CSV_ERROR_ENCODING },
    { "does-not-exist.csv", MT_CSV_ERROR_FILE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = mt_test_data_path (cases[i].file);
      g_autoptr(GError) error = NULL;
      g_autoptr(MtCsvImportResult) result = NULL;

      result = mt_csv_import_file (store, path, NULL, FALSE, NULL, NULL, NULL, NULL, &error);
      g_assert_null (result);
      g_assert_error (error, MT_CSV_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].file));
    }

  {
    g_autofree char *path = mt_test_data_path ("csv-missing-required.csv");
    g_autoptr(GError) error = NULL;

    mt_csv_import_file (store, path, NULL, FALSE, NULL, NULL, NULL, NULL, &error);
    g_assert_nonnull (strstr (error->message, "Category"));
  }

  after = snapshot (store);
  g_assert_cmpstr (before, ==, after);
}

static void
test_constant (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(MtCsvImportSettings) settings = mt_csv_import_settings_new ();
  g_autoptr(MtCsvImportResult) result = NULL;
  g_autofree char *roster = NULL;

  mt_csv_import_settings_set_constant (settings, MT_CSV_FIELD_COUNTRY, "Chad");
  result = import (store, "csv-no-contingent.csv", settings, FALSE);
  g_assert_cmpuint (mt_csv_import_result_get_n_new (result), ==, 2);
  roster = snapshot (store);
  g_assert_nonnull (strstr (roster, "N-001,Mahamat,,,troops,Chad,,Kidal,"));
  g_assert_nonnull (strstr (roster, "N-002,Idriss,,,troops,Chad,,Tessalit,"));
}

static void
test_skip_invalid (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(MtCsvImportSettings) settings = mt_csv_import_settings_new ();
  g_autoptr(MtCsvImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *rejects = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  rejects = mt_test_tmp_path ("rejects.csv");
  settings->mode = MT_CSV_IMPORT_SKIP_INVALID;
  settings->rejects_path = g_strdup (rejects);
  result = import (store, "csv-bad-dates.csv", settings, FALSE);

  g_assert_true (mt_csv_import_result_get_committed (result));
  g_assert_cmpuint (mt_csv_import_result_get_n_new (result), ==, 1);
  g_assert_cmpuint (mt_csv_import_result_get_n_rejected (result), ==, 3);
  g_assert_cmpint (mt_store_count_personnel (store), ==, 1);

  /* The rejected rows, as they were, with the reason in a last column: fix and import again. */
  g_file_get_contents (rejects, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 5);
  g_assert_true (g_str_has_suffix (lines[0], ",Reason"));
  g_assert_true (g_str_has_prefix (lines[1], "D-001,Ali,Hassan,Major,troops,Chad,Battalion,Gao,31/02/2023,"));
  g_assert_nonnull (strstr (lines[1], "is not a date"));
  g_assert_true (g_str_has_prefix (lines[3], "D-003,"));
  g_assert_cmpstr (lines[4], ==, "");

  /* All or nothing writes no rejects file (nothing was imported). */
  g_unlink (rejects);
  g_clear_object (&result);
  settings->mode = MT_CSV_IMPORT_ALL_OR_NOTHING;
  result = import (store, "csv-camps.csv", settings, FALSE);
  g_assert_false (mt_csv_import_result_get_committed (result));
  g_assert_false (g_file_test (rejects, G_FILE_TEST_EXISTS));
}

static void
test_upsert_and_twice (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(MtCsvImportResult) first = import (store, "csv-utf8.csv", NULL, FALSE);
  g_autoptr(MtCsvImportResult) again = NULL;
  g_autoptr(MtCsvImportResult) update = NULL;
  g_autoptr(MtCsvImportSettings) force = mt_csv_import_settings_new ();
  g_autoptr(MtCsvImportResult) forced = NULL;
  g_autofree char *after_first = snapshot (store);
  g_autofree char *after_again = NULL;
  g_autofree char *roster = NULL;

  g_assert_cmpuint (mt_csv_import_result_get_n_new (first), ==, 5);
  g_assert_cmpint (mt_csv_import_result_get_import_id (first), >, 0);
  g_assert_cmpstr (mt_csv_import_result_get_sha256 (first), ==,
                   "7c71f013a2a519a325aa74fd4dc3616b4a29b4b816c643dbab568a8d1eb65bca");

  /* The same file again: recognised by its SHA-256 before a row is read (no row counted),
   * nothing changes, not even the log. */
  again = import (store, "csv-utf8.csv", NULL, FALSE);
  g_assert_true (mt_csv_import_result_get_already_imported (again));
  g_assert_false (mt_csv_import_result_get_committed (again));
  g_assert_cmpint (mt_csv_import_result_get_earlier_import_id (again), ==,
                   mt_csv_import_result_get_import_id (first));
  g_assert_cmpuint (mt_csv_import_result_get_n_rows (again), ==, 0);
  g_assert_cmpuint (mt_csv_import_result_get_n_unchanged (again), ==, 0);
  after_again = snapshot (store);
  g_assert_cmpstr (after_first, ==, after_again);

  /* Forced, it is recorded, and every row is unchanged. */
  force->force = TRUE;
  forced = import (store, "csv-utf8.csv", force, FALSE);
  g_assert_true (mt_csv_import_result_get_committed (forced));
  g_assert_cmpuint (mt_csv_import_result_get_n_new (forced), ==, 0);
  g_assert_cmpuint (mt_csv_import_result_get_n_unchanged (forced), ==, 5);

  /* Existing ids are updated, not duplicated; the changed fields are counted. */
  update = import (store, "csv-update.csv", NULL, FALSE);
  g_assert_cmpuint (mt_csv_import_result_get_n_new (update), ==, 1);
  g_assert_cmpuint (mt_csv_import_result_get_n_updated (update), ==, 2);
  g_assert_cmpuint (mt_csv_import_result_get_n_unchanged (update), ==, 1);
  g_assert_cmpuint (mt_csv_import_result_get_n_changed (update, MT_CSV_FIELD_RANK), ==, 1);
  g_assert_cmpuint (mt_csv_import_result_get_n_changed (update, MT_CSV_FIELD_UNIT), ==, 1);
  g_assert_cmpuint (mt_csv_import_result_get_n_changed (update, MT_CSV_FIELD_CAMP), ==, 1);
  g_assert_cmpuint (mt_csv_import_result_get_n_changed (update, MT_CSV_FIELD_FAMILY_NAME), ==, 0);
  g_assert_cmpint (mt_store_count_personnel (store), ==, 6);
  roster = snapshot (store);
  g_assert_nonnull (strstr (roster, "T-001,Traoré,Awa,Major,mso,"));
  g_assert_nonnull (strstr (roster, "T-003,Ndiaye,Fatou,Lieutenant,fpu,Senegal,FPU 2,Gao,"));
}

static void
test_provenance (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(MtCsvImportResult) result = import (store, "csv-quoted.csv", NULL, FALSE);
  g_autoptr(MtCsvImportSettings) skip = mt_csv_import_settings_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) persons = NULL;
  MtRosterQuery query = { .search = "Q-002", .sort_column = MT_ROSTER_COLUMN_PERSONNEL_ID };
  g_autofree char *file_name = NULL;
  g_autofree char *sha256 = NULL;
  g_autofree char *imported_at = NULL;
  MtPerson *person;

  g_clear_object (&result);
  skip->mode = MT_CSV_IMPORT_SKIP_INVALID;
  result = import (store, "csv-quoted.csv", skip, FALSE);
  g_assert_true (mt_csv_import_result_get_committed (result));

  ids = mt_store_query_personnel_ids (store, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  persons = mt_store_fetch_personnel (store, (gint64 *) ids->data, ids->len, NULL, &error);
  g_assert_no_error (error);
  person = g_ptr_array_index (persons, 0);

  /* The row, the line it started on, and the file it came from. */
  g_assert_cmpint (mt_person_get_import_id (person), ==, mt_csv_import_result_get_import_id (result));
  g_assert_cmpint (mt_person_get_import_line (person), ==, 3);
  g_assert_true (mt_store_get_import_info (store, mt_person_get_import_id (person), &file_name,
                                           &sha256, &imported_at, NULL, NULL));
  g_assert_true (g_str_has_suffix (file_name, "csv-quoted.csv"));
  g_assert_cmpstr (sha256, ==, mt_csv_import_result_get_sha256 (result));
  g_assert_nonnull (imported_at);

  /* What the roster's tooltip says: the file, the line and the start of the hash. */
  {
    g_autofree char *text = mt_csv_describe_import (store, mt_person_get_import_id (person),
                                                    mt_person_get_import_line (person));
    g_autofree char *line = g_strdup_printf ("line %d", mt_person_get_import_line (person));
    g_autofree char *hash = g_strndup (sha256, 8);
    g_autofree char *base = g_path_get_basename (file_name);

    g_assert_nonnull (strstr (text, base));
    g_assert_nonnull (strstr (text, line));
    g_assert_nonnull (strstr (text, hash));
    g_assert_null (mt_csv_describe_import (store, 0, 0));
  }

  /* The camp page's list: this import brought this person (and maybe others) to the camp. */
  {
    g_autoptr(GArray) imports = mt_store_list_camp_imports (store, mt_person_get_camp_id (person),
                                                            &error);
    const MtStoreCampImport *first;

    g_assert_no_error (error);
    g_assert_cmpuint (imports->len, ==, 1);
    first = &g_array_index (imports, MtStoreCampImport, 0);
    g_assert_cmpint (first->import_id, ==, mt_person_get_import_id (person));
    g_assert_cmpint (first->n_people, >=, 1);

    /* Undone, the import brought nobody. */
    g_assert_true (mt_store_undo_last_import (store, NULL, &error));
    g_assert_no_error (error);
    g_clear_pointer (&imports, g_array_unref);
    imports = mt_store_list_camp_imports (store, mt_person_get_camp_id (person), &error);
    g_assert_no_error (error);
    g_assert_cmpuint (imports->len, ==, 0);
  }
}

static void
test_undo (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autofree char *empty = snapshot (store);
  g_autofree char *after_first = NULL;
  g_autofree char *undone = NULL;
  g_autoptr(MtCsvImportResult) first = NULL;
  g_autoptr(MtCsvImportResult) update = NULL;
  g_autoptr(GError) error = NULL;
  gint64 undone_id = 0;
  guint changed = 0;

  first = import (store, "csv-utf8.csv", NULL, FALSE);
  after_first = snapshot (store);
  update = import (store, "csv-update.csv", NULL, FALSE);

  g_signal_connect_swapped (store, "personnel-changed", G_CALLBACK (g_atomic_int_inc), &changed);

  /* Undo the update: the new row goes, the updated rows get their old values back. */
  g_assert_true (mt_store_undo_last_import (store, &undone_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (undone_id, ==, mt_csv_import_result_get_import_id (update));
  g_assert_cmpuint (changed, ==, 1);
  undone = snapshot (store);
  g_assert_cmpstr (undone, ==, after_first);

  g_clear_pointer (&undone, g_free);
  g_assert_true (mt_store_undo_last_import (store, NULL, &error));
  undone = snapshot (store);
  g_assert_cmpstr (undone, ==, empty);

  g_assert_false (mt_store_undo_last_import (store, NULL, &error));
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND);

  /* Undone, the file is no longer "already imported". */
  g_clear_object (&first);
  first = import (store, "csv-utf8.csv", NULL, FALSE);
  g_assert_true (mt_csv_import_result_get_committed (first));
}

typedef struct
{
  GCancellable *cancellable;
  guint         calls;
  goffset       last_done;
  goffset       total;
} Progress;

static void
on_progress (goffset  done,
             goffset  total,
             guint64  rows,
             gpointer user_data)
{
  Progress *progress = user_data;

  progress->calls++;
  g_assert_cmpint (done, >=, progress->last_done);
  progress->last_done = done;
  progress->total = total;
  if (progress->cancellable != NULL && rows > 0)
    g_cancellable_cancel (progress->cancellable);
}

static char *
write_big_roster (guint n_rows)
{
  g_autoptr(GString) text = g_string_new ("Personnel ID,Family name,Category,Contingent,Camp\n");
  g_autoptr(GError) error = NULL;
  char *path = mt_test_tmp_path ("big.csv");

  for (guint i = 0; i < n_rows; i++)
    g_string_append_printf (text, "B-%06u,Name %u,troops,Chad,%s\n", i, i, i % 2 ? "Gao" : "Kidal");
  g_file_set_contents (path, text->str, text->len, &error);
  g_assert_no_error (error);

  return path;
}

static void
test_cancel_and_progress (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autofree char *path = write_big_roster (30000);
  g_autofree char *before = snapshot (store);
  g_autofree char *after = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MtCsvImportResult) result = NULL;
  Progress progress = { cancellable, 0, 0, 0 };
  Progress plain = { NULL, 0, 0, 0 };

  /* Cancelled once rows are read: the database is as before. */
  result = mt_csv_import_file (store, path, NULL, FALSE, on_progress, NULL, &progress,
                               cancellable, &error);
  g_assert_null (result);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (progress.calls, >=, 1);
  after = snapshot (store);
  g_assert_cmpstr (before, ==, after);

  /* Not cancelled: progress starts, ends at the file's size, and the rows arrive. */
  g_clear_error (&error);
  result = mt_csv_import_file (store, path, NULL, FALSE, on_progress, NULL, &plain, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plain.calls, >=, 2);
  g_assert_cmpint (plain.last_done, ==, plain.total);
  g_assert_cmpuint (mt_csv_import_result_get_n_new (result), ==, 30000);
  g_assert_cmpint (mt_store_count_personnel (store), ==, 30000);
  g_unlink (path);
}

static void
test_dry_run (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(MtCsvImportResult) base = import (store, "csv-utf8.csv", NULL, FALSE);
  g_autofree char *before = snapshot (store);
  g_autofree char *after = NULL;
  g_autoptr(MtCsvImportResult) dry = import (store, "csv-update.csv", NULL, TRUE);
  g_autoptr(MtCsvImportResult) real = NULL;

  /* The preview computes exactly what the import then does, and writes nothing. */
  after = snapshot (store);
  g_assert_cmpstr (before, ==, after);
  g_assert_true (mt_csv_import_result_get_dry_run (dry));
  g_assert_false (mt_csv_import_result_get_committed (dry));

  real = import (store, "csv-update.csv", NULL, FALSE);
  g_assert_cmpuint (mt_csv_import_result_get_n_new (dry), ==, mt_csv_import_result_get_n_new (real));
  g_assert_cmpuint (mt_csv_import_result_get_n_updated (dry), ==, mt_csv_import_result_get_n_updated (real));
  g_assert_cmpuint (mt_csv_import_result_get_n_unchanged (dry), ==, mt_csv_import_result_get_n_unchanged (real));
  for (guint f = 0; f < MT_CSV_N_FIELDS; f++)
    g_assert_cmpuint (mt_csv_import_result_get_n_changed (dry, f), ==,
                      mt_csv_import_result_get_n_changed (real, f));
}

static void
test_preview_and_presets (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autofree char *path = mt_test_data_path ("csv-french-headers.csv");
  g_autofree char *missing_path = mt_test_data_path ("csv-no-contingent.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(MtCsvPreview) preview = mt_csv_preview_load (store, path, NULL, 2, &error);
  g_autoptr(MtCsvPreview) again = NULL;
  g_autoptr(MtCsvPreview) missing = NULL;
  g_autoptr(MtCsvImportSettings) settings = NULL;
  g_autoptr(MtCsvImportSettings) loaded = NULL;
  g_autoptr(GArray) fields = NULL;
  g_auto(GStrv) names = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (mt_csv_preview_get_encoding (preview), ==, MT_CSV_ENCODING_UTF8);
  g_assert_cmpint (mt_csv_preview_get_separator (preview), ==, ';');
  g_assert_cmpuint (mt_csv_preview_get_n_columns (preview), ==, 11);
  g_assert_cmpstr (mt_csv_preview_get_header (preview, 2), ==, "Prénom");
  g_assert_cmpint (mt_csv_preview_get_column_field (preview, 2), ==, MT_CSV_FIELD_GIVEN_NAME);
  g_assert_cmpint (mt_csv_preview_get_column_field (preview, 7), ==, MT_CSV_FIELD_CAMP);
  g_assert_cmpuint (mt_csv_preview_get_n_rows (preview), ==, 2);
  g_assert_cmpstr (mt_csv_preview_get_cell (preview, 1, 7), ==, "Ménaka");
  g_assert_cmpstr (mt_csv_preview_get_cell (preview, 1, 99), ==, "");
  fields = mt_csv_preview_get_missing_fields (preview);
  g_assert_cmpuint (fields->len, ==, 0);
  g_assert_null (mt_csv_preview_get_preset_name (preview));

  /* The user ignores the unit and says what the status column is; saved as a preset. */
  settings = mt_csv_preview_dup_settings (preview);
  mt_csv_import_settings_set_column (settings, 6, MT_CSV_FIELD_IGNORE);
  mt_csv_import_settings_set_constant (settings, MT_CSV_FIELD_RANK, "n/a");
  g_assert_true (mt_csv_preset_save (store, "Sénégal", preview, settings, &error));
  g_assert_no_error (error);
  names = mt_csv_preset_list (store);
  g_assert_cmpstrv (names, ((const char *[]) { "Sénégal", NULL }));

  /* The next file with this header gets it back. */
  again = mt_csv_preview_load (store, path, NULL, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mt_csv_preview_get_preset_name (again), ==, "Sénégal");
  g_assert_cmpint (mt_csv_preview_get_column_field (again, 6), ==, MT_CSV_FIELD_IGNORE);
  g_assert_cmpint (mt_csv_preview_get_column_field (again, 2), ==, MT_CSV_FIELD_GIVEN_NAME);
  loaded = mt_csv_preset_load (store, "Sénégal", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (loaded->constants[MT_CSV_FIELD_RANK], ==, "n/a");
  g_assert_cmpint (loaded->separator, ==, ';');

  g_assert_true (mt_csv_preset_delete (store, "Sénégal", &error));
  g_clear_pointer (&names, g_strfreev);
  names = mt_csv_preset_list (store);
  g_assert_cmpuint (g_strv_length (names), ==, 0);

  /* A missing required column is shown, not an error: the dialog lets the user fix it. */
  missing = mt_csv_preview_load (store, missing_path, NULL, 5, &error);
  g_assert_no_error (error);
  g_clear_pointer (&fields, g_array_unref);
  fields = mt_csv_preview_get_missing_fields (missing);
  g_assert_cmpuint (fields->len, ==, 1);
  g_assert_cmpuint (g_array_index (fields, guint, 0), ==, MT_CSV_FIELD_COUNTRY);
}

/* Above 4 MB into an empty roster, the store writes many rows per statement and counts the
 * roster's aggregates itself: the same results, and a rollback undoes everything. */
static void
test_bulk (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GString) text = g_string_new ("Personnel ID,Family name,Given name,Category,Contingent,Camp,Unit\n");
  g_autofree char *path = mt_test_tmp_path ("bulk.csv");
  g_autofree char *before = snapshot (store);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MtCsvImportResult) bad = NULL;
  g_autoptr(MtCsvImportResult) good = NULL;
  g_autoptr(GArray) ids = NULL;
  MtRosterQuery query = { .search = "B-004242", .sort_column = MT_ROSTER_COLUMN_FAMILY_NAME };
  const guint n_rows = 90000;

  for (guint i = 0; i < n_rows; i++)
    g_string_append_printf (text, "B-%06u,Name %u ,Given,troops,Chad,%s,A rather long unit name to pass 4 MB\n",
                            i, i, i % 3 ? "Gao" : "Kidal");
  g_assert_cmpuint (text->len, >, 4 * 1024 * 1024);
  g_string_append (text, "B-000007,Twice,Given,troops,Chad,Gao,x\n");
  g_file_set_contents (path, text->str, text->len, &error);
  g_assert_no_error (error);

  bad = mt_csv_import_file (store, path, NULL, FALSE, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mt_csv_import_result_get_n_new (bad), ==, n_rows);
  g_assert_cmpuint (mt_csv_import_result_get_n_rejected (bad), ==, 1);
  g_assert_true (has_message (bad, ":90002:1: personnel ID “B-000007” is already on line 9"));
  after = snapshot (store);
  g_assert_cmpstr (before, ==, after);

  /* Without the duplicate: written, and the roster's queries work on the rebuilt indexes. */
  g_string_truncate (text, text->len - strlen ("B-000007,Twice,Given,troops,Chad,Gao,x\n"));
  g_file_set_contents (path, text->str, text->len, &error);
  good = mt_csv_import_file (store, path, NULL, FALSE, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (mt_csv_import_result_get_committed (good));
  g_assert_cmpint (mt_store_count_personnel (store), ==, n_rows);
  ids = mt_store_query_personnel_ids (store, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);

  /* Rows written many to a statement and the last few one by one land alike: values, camp
   * and the line they came from. */
  for (guint i = 0; i < 2; i++)
    {
      static const guint rows[] = { 4242, 89999 };
      g_autofree char *id = g_strdup_printf ("B-%06u", rows[i]);
      g_autofree char *name = g_strdup_printf ("Name %u", rows[i]);
      MtRosterQuery one = { .search = id };
      g_autoptr(GArray) found = mt_store_query_personnel_ids (store, &one, &error);
      g_autoptr(GPtrArray) people = NULL;
      MtPerson *person;

      g_assert_no_error (error);
      g_assert_cmpuint (found->len, ==, 1);
      people = mt_store_fetch_personnel (store, (const gint64 *) found->data, 1, NULL, &error);
      g_assert_no_error (error);
      person = g_ptr_array_index (people, 0);
      g_assert_cmpstr (mt_person_get_family_name (person), ==, name);
      g_assert_cmpint (mt_person_get_import_line (person), ==, rows[i] + 2);
      g_assert_cmpint (mt_person_get_camp_id (person), ==,
                       mt_store_find_camp (store, rows[i] % 3 ? "Gao" : "Kidal"));
    }
  {
    MtRosterQuery kidal = { .camp_id = mt_store_find_camp (store, "Kidal") };
    g_autoptr(GArray) at_kidal = mt_store_query_personnel_ids (store, &kidal, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (at_kidal->len, ==, n_rows / 3);
  }

  /* Undo works on the bulk path too. */
  g_assert_true (mt_store_undo_last_import (store, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mt_store_count_personnel (store), ==, 0);
  g_unlink (path);
}

/* Makes the store refuse new people (all of them, or only @personnel_id when not NULL) as a
 * full disk refuses pages, imports @path, and checks that the error names the file and says
 * nothing was imported, and that nothing was. */
static void
assert_import_refused (const char *path,
                       const char *personnel_id)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autofree char *condition = personnel_id != NULL
                               ? g_strdup_printf ("NEW.personnel_id = '%s'", personnel_id)
                               : g_strdup ("TRUE");
  g_autofree char *refusal = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MtCsvImportResult) result = NULL;

  /* The same refusal in each backend's words. */
  refusal = mt_test_on_server ()
            ? g_strdup_printf ("CREATE FUNCTION refuse () RETURNS trigger LANGUAGE plpgsql"
                               " AS $$ BEGIN IF %s THEN RAISE EXCEPTION 'disk on fire'; END IF;"
                               " RETURN NEW; END $$;"
                               "CREATE TRIGGER refuse BEFORE INSERT ON personnel"
                               " FOR EACH ROW EXECUTE FUNCTION refuse ()", condition)
            : g_strdup_printf ("CREATE TRIGGER refuse BEFORE INSERT ON personnel WHEN %s"
                               " BEGIN SELECT RAISE (ABORT, 'disk on fire'); END", condition);
  g_assert_true (_mt_store_test_exec (store, refusal, &error));
  g_assert_no_error (error);
  before = snapshot (store);

  result = mt_csv_import_file (store, path, NULL, FALSE, NULL, NULL, NULL, NULL, &error);
  g_assert_null (result);
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_assert_true (g_str_has_prefix (error->message + strlen (path), ": "));
  g_assert_nonnull (strstr (error->message, "disk on fire"));
  g_assert_nonnull (strstr (error->message, "nothing was imported"));

  after = snapshot (store);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (mt_store_get_last_import_id (store), ==, 0);
}

/* A store that cannot write: every new person refused. */
static void
test_store_error (void)
{
  g_autofree char *path = mt_test_data_path ("csv-utf8.csv");

  assert_import_refused (path, NULL);
}

/* The window's path: a worker thread with its own connection to a database file. */
typedef struct
{
  GMainLoop         *loop;
  MtCsvImportResult *result;
  GError            *error;
  guint              notified;
  guint              progress;
} Async;

static void
on_async_progress (goffset  done,
                   goffset  total,
                   guint64  rows,
                   gpointer user_data)
{
  Async *async = user_data;

  async->progress++;
}

static void
on_async_done (GObject      *source,
               GAsyncResult *res,
               gpointer      user_data)
{
  Async *async = user_data;

  /* The window's store has been told before the callback runs. */
  g_assert_cmpuint (async->notified, >=, 1);
  async->result = mt_csv_import_file_finish (MT_STORE (source), res, &async->error);
  g_main_loop_quit (async->loop);
}

static void
test_async (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("csv-import-XXXXXX", &error);
  g_autofree char *db = g_build_filename (dir, "tracker.db", NULL);
  g_autofree char *csv = mt_test_data_path ("csv-utf8.csv");
  g_autoptr(MtStore) store = NULL;
  Async async = { NULL, };

  g_assert_no_error (error);
  store = mt_store_open (db, &error);
  g_assert_no_error (error);
  mt_store_load_seed (store, &error);
  g_assert_no_error (error);

  g_signal_connect_swapped (store, "personnel-changed", G_CALLBACK (g_atomic_int_inc), &async.notified);
  async.loop = g_main_loop_new (NULL, FALSE);
  mt_csv_import_file_async (store, csv, NULL, FALSE, on_async_progress, &async, NULL, NULL,
                            on_async_done, &async);
  g_main_loop_run (async.loop);

  g_assert_no_error (async.error);
  g_assert_true (mt_csv_import_result_get_committed (async.result));
  g_assert_cmpuint (async.progress, >=, 1);
  /* Written by the worker's connection, read by the window's. */
  g_assert_cmpint (mt_store_count_personnel (store), ==, 5);

  g_object_unref (async.result);
  g_main_loop_unref (async.loop);
  g_clear_object (&store);
  g_remove (db);
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db, "-shm", NULL);
  g_remove (wal);
  g_remove (shm);
  g_rmdir (dir);
}

/* A roster of @n people W-00000.. in a CSV file: in the second version (@changed) every
 * fifth person has another rank and camp, and a new person N-.. follows every hundredth. */
static char *
write_roster (const char *name,
              guint       n,
              gboolean    changed)
{
  g_autoptr(GString) text = g_string_new ("Personnel ID,Family name,Given name,Rank,Category,"
                                          "Contingent,Unit,Camp,Planned departure\n");
  g_autoptr(GError) error = NULL;
  char *path = mt_test_tmp_path (name);

  for (guint i = 0; i < n; i++)
    {
      gboolean moved = changed && i % 5 == 0;

      g_string_append_printf (text, "W-%05u,Family %u,Given,%s,%s,Senegal,Unit %u,%s,2023-11-15\n",
                              i, i, moved ? "Major" : "Captain", i % 2 ? "MSO" : "troops", i % 7,
                              (i % 3 == 0) != moved ? "Gao" : "Kidal");
      if (changed && i % 100 == 50)
        g_string_append_printf (text, "N-%04u,New %u,Given,Private,troops,Chad,Unit 1,Mopti,\n",
                                i, i);
    }
  g_file_set_contents (path, text->str, text->len, &error);
  g_assert_no_error (error);

  return path;
}

/* A roster sent again that spans many of the importer's batches: the changed people are
 * updated (and counted by field), the new ones added in the order of the file, the others
 * left alone, the roster's counts exact; undo brings back the first roster exactly. */
static void
test_sent_again_in_batches (void)
{
  const guint n = 3000;
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autofree char *first_path = write_roster ("first.csv", n, FALSE);
  g_autofree char *second_path = write_roster ("second.csv", n, TRUE);
  g_autoptr(MtCsvImportResult) first = NULL;
  g_autoptr(MtCsvImportResult) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after_first = NULL;
  g_autofree char *after_second = NULL;
  g_autofree char *after_undo = NULL;
  g_autofree char *mismatch = NULL;

  first = mt_csv_import_file (store, first_path, NULL, FALSE, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mt_csv_import_result_get_n_new (first), ==, n);
  after_first = snapshot (store);

  second = mt_csv_import_file (store, second_path, NULL, FALSE, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (mt_csv_import_result_get_committed (second));
  g_assert_cmpuint (mt_csv_import_result_get_n_new (second), ==, n / 100);
  g_assert_cmpuint (mt_csv_import_result_get_n_updated (second), ==, n / 5);
  g_assert_cmpuint (mt_csv_import_result_get_n_unchanged (second), ==, n - n / 5);
  g_assert_cmpuint (mt_csv_import_result_get_n_changed (second, MT_CSV_FIELD_RANK), ==, n / 5);
  g_assert_cmpuint (mt_csv_import_result_get_n_changed (second, MT_CSV_FIELD_CAMP), ==, n / 5);
  g_assert_cmpuint (mt_csv_import_result_get_n_changed (second, MT_CSV_FIELD_UNIT), ==, 0);
  g_assert_cmpint (mt_store_count_personnel (store), ==, n + n / 100);
  mismatch = _mt_store_tally_dup_mismatch (store);
  g_assert_null (mismatch);

  after_second = snapshot (store);
  g_assert_nonnull (strstr (after_second, "W-00000,Family 0,Given,Major,troops,Senegal,Unit 0,Kidal,"));
  g_assert_nonnull (strstr (after_second, "W-00001,Family 1,Given,Captain,mso,Senegal,Unit 1,Kidal,"));
  g_assert_nonnull (strstr (after_second, "W-02995,Family 2995,Given,Major,mso,Senegal,Unit 6,Gao,"));
  /* The new people took their ids in the order of the file. */
  g_assert_cmpint (_mt_store_test_int (store, "SELECT COUNT (*) FROM personnel a"
                                              " JOIN personnel b ON a.personnel_id < b.personnel_id"
                                              " AND a.id > b.id WHERE a.personnel_id LIKE 'N-%'"
                                              " AND b.personnel_id LIKE 'N-%'"), ==, 0);
  g_assert_cmpint (_mt_store_test_int (store, "SELECT MIN (id) FROM personnel"
                                              " WHERE personnel_id LIKE 'N-%'"), >,
                   _mt_store_test_int (store, "SELECT MAX (id) FROM personnel"
                                              " WHERE personnel_id LIKE 'W-%'"));

  g_assert_true (mt_store_undo_last_import (store, NULL, &error));
  g_assert_no_error (error);
  after_undo = snapshot (store);
  /* (the last import is the first one again) */
  g_assert_cmpstr (after_undo, ==, after_first);
  g_clear_pointer (&mismatch, g_free);
  mismatch = _mt_store_tally_dup_mismatch (store);
  g_assert_null (mismatch);
}

/* A person the database refuses far into a file of several batches: the import fails, says
 * why, and leaves the roster as it was. */
static void
test_refused_in_a_later_batch (void)
{
  g_autofree char *path = write_roster ("refused.csv", 3000, FALSE);

  assert_import_refused (path, "W-02500");
}

/* The rows written by a thread of their own or by the reading thread as each batch fills
 * (mt_store_import_wants_writer_thread() chooses by backend and processors): the same
 * roster, counts, undo and failures either way. */
static void
test_writer (gconstpointer data)
{
  g_setenv ("MT_TEST_IMPORT_WRITER", data, TRUE);
  test_sent_again_in_batches ();
  test_refused_in_a_later_batch ();
  g_unsetenv ("MT_TEST_IMPORT_WRITER");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv-import/corpus", test_corpus);
  g_test_add_func ("/csv-import/values-stored", test_values_stored);
  g_test_add_func ("/csv-import/errors", test_errors);
  g_test_add_func ("/csv-import/constant", test_constant);
  g_test_add_func ("/csv-import/skip-invalid", test_skip_invalid);
  g_test_add_func ("/csv-import/upsert-and-twice", test_upsert_and_twice);
  g_test_add_func ("/csv-import/provenance", test_provenance);
  g_test_add_func ("/csv-import/undo", test_undo);
  g_test_add_data_func ("/csv-import/writer/thread", "thread", test_writer);
  g_test_add_data_func ("/csv-import/writer/inline", "inline", test_writer);
  g_test_add_func ("/csv-import/cancel-and-progress", test_cancel_and_progress);
  g_test_add_func ("/csv-import/dry-run", test_dry_run);
  g_test_add_func ("/csv-import/preview-and-presets", test_preview_and_presets);
  g_test_add_func ("/csv-import/bulk", test_bulk);
  g_test_add_func ("/csv-import/store-error", test_store_error);
  g_test_add_func ("/csv-import/async", test_async);

  return mt_test_run_in_tmp_dir ();
}
