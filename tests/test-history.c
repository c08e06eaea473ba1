/* test-history.c: every change leaves a history row, per camp and for the whole database.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "mt-history-format.h"
#include "mt-store.h"
#include "mt-store-edit.h"
#include "mt-csv-history.h"
#include "mt-csv-import.h"
#include "mt-store-import.h"
#include "mt-store-history.h"
#include "mt-test-util.h"

static JsonObject *
parse (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = json_from_string (json, &error);

  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));

  return json_object_ref (json_node_get_object (node));
}

static void
test_status_change_recorded (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(JsonObject) new_values = NULL;
  g_autoptr(JsonObject) old_values = NULL;
  gint64 kidal = mt_store_find_camp (store, "Kidal");
  MtCampStatusChange change = { .status = MT_CAMP_STATUS_CLOSED, .date = "2023-10-31",
                                .reason = "Last convoy left" };
  MtEnvAssessmentFields env = { .status = MT_ENV_STATUS_IN_PROGRESS, .date = "2023-10-01" };
  g_autofree char *action = NULL;
  g_autofree char *changes = NULL;
  MtHistoryEntry *entry;

  entries = mt_store_list_history (store, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 0);
  g_clear_pointer (&entries, g_ptr_array_unref);

  g_assert_true (mt_store_change_camp_status (store, kidal, &change, &error));
  g_assert_true (mt_store_set_env_assessment (store, kidal, &env, &error));
  g_assert_no_error (error);

  entries = mt_store_list_history (store, kidal, 0, &error);
  g_assert_no_error (error);
  /* Newest first: the assessment update, then the status row (the camps row's handover
   * columns did not change, so no row for them). */
  g_assert_cmpuint (entries->len, ==, 2);

  entry = g_ptr_array_index (entries, 0);
  g_assert_cmpstr (mt_history_entry_get_kind (entry), ==, "update");
  g_assert_cmpstr (mt_history_entry_get_table (entry), ==, "camps");
  /* The author: the database role on a server (the test server's, build-aux/pg-server.sh),
   * the desktop's user on a file. */
  g_assert_cmpstr (mt_history_entry_get_user (entry), ==,
                   mt_test_on_server () ? "postgres" : g_get_user_name ());
  g_assert_cmpstr (mt_history_entry_get_record_label (entry), ==, "Kidal");
  action = mt_history_format_action (entry);
  g_assert_cmpstr (action, ==, "Environmental Assessment of Kidal");
  old_values = parse (mt_history_entry_get_old_values (entry));
  new_values = parse (mt_history_entry_get_new_values (entry));
  g_assert_cmpstr (json_object_get_string_member (old_values, "env_status"), ==, "not-started");
  g_assert_cmpstr (json_object_get_string_member (new_values, "env_status"), ==, "in-progress");
  changes = mt_history_format_changes (entry);
  g_assert_nonnull (strstr (changes, "Environmental assessment: Not started → In progress"));
  g_assert_true (g_str_has_suffix (mt_history_entry_get_time (entry), "Z"));

  entry = g_ptr_array_index (entries, 1);
  g_assert_cmpstr (mt_history_entry_get_kind (entry), ==, "insert");
  g_assert_cmpstr (mt_history_entry_get_table (entry), ==, "camp_status");
  g_clear_pointer (&action, g_free);
  action = mt_history_format_action (entry);
  g_assert_cmpstr (action, ==, "Change of Status of Kidal");
  g_assert_null (mt_history_entry_get_old_values (entry));
  g_clear_pointer (&new_values, json_object_unref);
  new_values = parse (mt_history_entry_get_new_values (entry));
  g_assert_cmpstr (json_object_get_string_member (new_values, "status"), ==, "closed");
  g_assert_cmpstr (json_object_get_string_member (new_values, "note"), ==, "Last convoy left");

  /* Another camp's history does not show Kidal's changes. */
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = mt_store_list_history (store, mt_store_find_camp (store, "Gao"), 0, &error);
  g_assert_cmpuint (entries->len, ==, 0);
}

static void
test_undo_recorded (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  gint64 gao = mt_store_find_camp (store, "Gao");
  gint64 tessalit = mt_store_find_camp (store, "Tessalit");
  MtConvoyFields convoy = { .from_camp_id = tessalit, .to_camp_id = gao,
                            .planned_departure = "2023-10-21", .personnel = -1, .vehicles = 12 };
  g_autofree char *action = NULL;
  MtHistoryEntry *entry;

  g_assert_cmpint (mt_store_create_convoy (store, &convoy, &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (mt_store_undo (store, &error));

  entries = mt_store_list_history (store, 0, 0, &error);
  g_assert_cmpuint (entries->len, ==, 2);
  entry = g_ptr_array_index (entries, 0);
  g_assert_cmpstr (mt_history_entry_get_kind (entry), ==, "delete");
  action = mt_history_format_action (entry);
  g_assert_cmpstr (action, ==, "Undo New Convoy Tessalit → Gao");
  g_assert_nonnull (mt_history_entry_get_old_values (entry));

  /* A convoy shows in both its camps' histories. */
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = mt_store_list_history (store, gao, 0, &error);
  g_assert_cmpuint (entries->len, ==, 2);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = mt_store_list_history (store, tessalit, 1, &error);
  g_assert_cmpuint (entries->len, ==, 1);
}

static MtCsvImportResult *
import (MtStore    *store,
        const char *name)
{
  g_autofree char *path = mt_test_data_path (name);
  g_autoptr(GError) error = NULL;
  MtCsvImportResult *result;

  result = mt_csv_import_file (store, path, NULL, FALSE, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (mt_csv_import_result_get_committed (result));
  /* As the import dialog does: the import is the next step to undo. */
  mt_store_push_import_step (store, mt_csv_import_result_get_import_id (result), name);

  return result;
}

/* An import is in the history: one entry for the whole file (not one per person) with its
 * counts, who and when; undone from the undo stack as Ctrl+Z does, the roster is as before
 * and the history tells of the undo too. */
static void
test_import_recorded (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(MtCsvImportResult) first = NULL;
  g_autoptr(MtCsvImportResult) update = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *roster_before = NULL;
  g_autofree char *roster_after = NULL;
  g_autofree char *label = NULL;
  g_autofree char *action = NULL;
  g_autofree char *changes = NULL;
  MtHistoryEntry *entry;

  first = import (store, "csv-utf8.csv");
  roster_before = mt_store_dump_table (store, "personnel", &error);
  /* One new person, two updated, one unchanged. */
  update = import (store, "csv-update.csv");
  g_assert_cmpuint (mt_csv_import_result_get_n_updated (update), ==, 2);

  entries = mt_store_list_history (store, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 2);
  entry = g_ptr_array_index (entries, 0);
  g_assert_cmpstr (mt_history_entry_get_action_key (entry), ==, "import");
  g_assert_cmpstr (mt_history_entry_get_step (entry), ==, "do");
  g_assert_cmpstr (mt_history_entry_get_table (entry), ==, "imports");
  g_assert_cmpint (mt_history_entry_get_record_id (entry), ==,
                   mt_csv_import_result_get_import_id (update));
  g_assert_cmpstr (mt_history_entry_get_user (entry), ==, mt_store_get_login (store));
  g_assert_nonnull (mt_history_entry_get_user (entry));
  when = g_date_time_new_from_iso8601 (mt_history_entry_get_time (entry), NULL);
  g_assert_nonnull (when);
  g_assert_cmpint (g_date_time_difference (now, when), <, 60 * G_TIME_SPAN_SECOND);
  action = mt_history_format_action (entry);
  g_assert_true (g_str_has_prefix (action, "Import of "));
  g_assert_true (g_str_has_suffix (action, "csv-update.csv"));
  changes = mt_history_format_changes (entry);
  g_assert_cmpstr (changes, ==, "Rows accepted: 4; Rows updated: 2; Rows rejected: 0");

  /* Undone from the stack, as Ctrl+Z and the import's toast do. */
  label = mt_store_dup_undo_label (store);
  g_assert_true (g_str_has_prefix (label, "Undo Import of "));
  g_assert_true (mt_store_undo (store, &error));
  g_assert_no_error (error);
  roster_after = mt_store_dump_table (store, "personnel", &error);
  g_assert_cmpstr (roster_after, ==, roster_before);
  g_assert_cmpint (mt_store_get_last_import_id (store), ==,
                   mt_csv_import_result_get_import_id (first));

  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = mt_store_list_history (store, 0, 0, &error);
  g_assert_cmpuint (entries->len, ==, 3);
  entry = g_ptr_array_index (entries, 0);
  g_assert_cmpstr (mt_history_entry_get_step (entry), ==, "undo");
  g_assert_cmpstr (mt_history_entry_get_kind (entry), ==, "delete");
  g_assert_cmpint (mt_history_entry_get_record_id (entry), ==,
                   mt_csv_import_result_get_import_id (update));
  g_clear_pointer (&action, g_free);
  action = mt_history_format_action (entry);
  g_assert_true (g_str_has_prefix (action, "Undo Import of "));

  /* The first import is next, and goes the same way. */
  g_assert_true (mt_store_undo (store, &error));
  g_assert_cmpint (mt_store_count_personnel (store), ==, 0);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = mt_store_list_history (store, 0, 0, &error);
  g_assert_cmpuint (entries->len, ==, 4);
  g_assert_false (mt_store_can_undo (store));
}

/* A record's label is worded when read: values in the reader's words (a category's name,
 * counted, keeps an abbreviation's capitals; no camp is the whole mission), a plain label
 * (a history written before labels were values) as it was written. */
static void
test_labels_worded (void)
{
  g_autoptr(MtHistoryNames) names = mt_history_names_new ();
  g_autofree char *unv = mt_history_label_new ("2023-09-20", 11, "Mopti", "unv", 3);
  g_autofree char *mso = mt_history_label_new ("2023-07-01", 0, NULL, "mso", 2);
  g_autofree char *people = mt_history_label_new (NULL, -1, NULL, NULL, 1);
  g_autofree char *text = NULL;

  mt_history_names_set_category (names, "unv", "UN Volunteers");
  mt_history_names_set_category (names, "mso", "Military staff officers");

  text = mt_history_format_label (unv, names);
  g_assert_cmpstr (text, ==, "20 Sep 2023, Mopti, 3 UN Volunteers");
  g_clear_pointer (&text, g_free);
  /* The camp as the reading names it now, renamed or not. */
  mt_history_names_set_camp (names, 11, "Mopti (Sévaré)", TRUE);
  text = mt_history_format_label (unv, names);
  g_assert_cmpstr (text, ==, "20 Sep 2023, Mopti (Sévaré), 3 UN Volunteers");
  g_clear_pointer (&text, g_free);
  text = mt_history_format_label (mso, names);
  g_assert_cmpstr (text, ==, "1 Jul 2023, mission-wide, 2 military staff officers");
  g_clear_pointer (&text, g_free);
  text = mt_history_describe ("departures", people, "undo", names);
  g_assert_cmpstr (text, ==, "Undo Departures: 1 person");
  g_clear_pointer (&text, g_free);
  text = mt_history_format_label ("2023-09-20, Mopti, 116 troops", names);
  g_assert_cmpstr (text, ==, "2023-09-20, Mopti, 116 troops");
  g_clear_pointer (&text, g_free);
  /* A key a newer build wrote: what there is. */
  text = mt_history_describe ("camp-merge", "Gao", NULL, names);
  g_assert_cmpstr (text, ==, "Gao");
}

typedef struct
{
  GPtrArray *tables;
  GArray    *camps_changed;
  guint      changed;
} Signals;

static void
on_records_changed (MtStore    *store,
                    const char *table,
                    Signals    *signals)
{
  g_assert_false (mt_store_is_empty (store));
  g_ptr_array_add (signals->tables, g_strdup (table));
}

static void
on_camp_changed (MtStore *store,
                 gint64   camp_id,
                 Signals *signals)
{
  g_array_append_val (signals->camps_changed, camp_id);
}

static void
on_changed (MtStore *store,
            Signals *signals)
{
  signals->changed++;
}

static void
test_signals (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  gint64 mopti = mt_store_find_camp (store, "Mopti");
  MtMovementFields movement = { .date = "2023-10-02", .camp_id = mopti, .category = "troops",
                                .count = 50 };
  Signals signals = {
    .tables = g_ptr_array_new_with_free_func (g_free),
    .camps_changed = g_array_new (FALSE, FALSE, sizeof (gint64)),
  };

  g_signal_connect (store, "records-changed::movements", G_CALLBACK (on_records_changed), &signals);
  g_signal_connect (store, "camp-changed", G_CALLBACK (on_camp_changed), &signals);
  g_signal_connect (store, "changed", G_CALLBACK (on_changed), &signals);

  g_assert_cmpint (mt_store_create_movement (store, &movement, &error), >, 0);
  g_assert_cmpuint (signals.tables->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (signals.tables, 0), ==, "movements");
  g_assert_cmpuint (signals.camps_changed->len, ==, 1);
  g_assert_cmpint (g_array_index (signals.camps_changed, gint64, 0), ==, mopti);
  g_assert_cmpuint (signals.changed, ==, 1);

  /* A refused change emits nothing. */
  movement.count = -5;
  g_assert_cmpint (mt_store_create_movement (store, &movement, NULL), ==, 0);
  g_assert_cmpuint (signals.changed, ==, 1);

  g_ptr_array_unref (signals.tables);
  g_array_unref (signals.camps_changed);
}

static void
test_export_csv (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  MtEventFields event = { .date = "2023-10-31", .title = "Handover, \"early\"" };

  g_assert_cmpint (mt_store_create_event (store, &event, &error), >, 0);
  path = mt_test_tmp_path ("history.csv");
  file = g_file_new_for_path (path);
  g_assert_true (mt_csv_export_history (store, 0, file, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  lines = g_strsplit (contents, "\r\n", -1);
  g_assert_cmpstr (lines[0], ==, "time,user,action,kind,table,record,changes,old values,new values");
  /* One event row; the quote and the comma are escaped (RFC 4180). */
  g_assert_nonnull (strstr (lines[1], ",insert,events,\"Handover, \"\"early\"\"\","));
  g_assert_cmpstr (lines[2], ==, "");
  g_assert_null (lines[3]);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  mt_test_tmp_dir_make ();

  g_test_add_func ("/history/status-change", test_status_change_recorded);
  g_test_add_func ("/history/undo", test_undo_recorded);
  g_test_add_func ("/history/signals", test_signals);
  g_test_add_func ("/history/export-csv", test_export_csv);
  g_test_add_func ("/history/import", test_import_recorded);
  g_test_add_func ("/history/labels-worded", test_labels_worded);

  status = g_test_run ();
  mt_test_tmp_dir_remove ();
  return status;
}
