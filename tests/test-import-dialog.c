/* test-import-dialog.c: a roster import through the dialog's code path (no file chooser).
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>

#include "mt-application.h"
#include "mt-csv-import.h"
#include "mt-date.h"
#include "mt-import-dialog-private.h"
#include "mt-rejects-window.h"
#include "mt-roster-model.h"
#include "mt-store-history.h"
#include "mt-store.h"
#include "mt-test-gui.h"
#include "mt-test-util.h"
#include "mt-window-private.h"

typedef struct
{
  MtStore           *store;
  MtWindow          *window;
  MtImportDialog    *dialog;
  MtCsvImportResult *result;    /* from "finished" */
  AdwToast          *toast;
  gint64             n_before;
  char              *scratch;   /* a directory of our own, removed after the test */
} Fixture;

/* Helpers */

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* Runs the main loop until the dialog's dry run (or import) is over. */
static void
wait_until_idle (Fixture *f)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  do
    g_main_context_iteration (NULL, FALSE);
  while (f->dialog != NULL && mt_import_dialog_get_busy (f->dialog) &&
         g_get_monotonic_time () < deadline);
  spin (20);
  g_assert_true (f->dialog == NULL || !mt_import_dialog_get_busy (f->dialog));
}

/* Looking at the dialog (MT_TEST_PNG_DIR), tall enough to see it whole at once. */
static void
maybe_save_png (GtkWidget  *widget,
                const char *name)
{
  if (g_getenv ("MT_TEST_PNG_DIR") != NULL && GTK_IS_WINDOW (widget))
    gtk_window_set_default_size (GTK_WINDOW (widget), 760, 1900);
  mt_test_save_png (widget, name);
}

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

static void
finished_cb (MtImportDialog    *dialog,
             MtCsvImportResult *result,
             AdwToast          *toast,
             Fixture           *f)
{
  g_set_object (&f->result, result);
  g_set_object (&f->toast, toast);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->scratch = g_dir_make_tmp ("mt-import-dialog-XXXXXX", NULL);
  g_assert_nonnull (f->scratch);
  if (data != NULL)
    {
      /* One page to spare, for the dialog's own connections too; the teardown lifts it. */
      g_autofree char *path = g_build_filename (f->scratch, "tracker.db", NULL);

      f->store = mt_test_store_open_nearly_full (path, 1);
    }
  else
    f->store = mt_test_store_new (TRUE);
  /* The window is not shown: Xvfb's small screen would fold it, which is not what
   * these tests are about; its toast overlay and roster page work all the same. */
  f->window = mt_window_new (NULL, f->store, NULL);
  f->dialog = mt_import_dialog_new (GTK_WINDOW (f->window), f->store, f->window->toast_overlay);
  g_object_add_weak_pointer (G_OBJECT (f->dialog), (gpointer *) &f->dialog);
  g_signal_connect (f->dialog, "finished", G_CALLBACK (finished_cb), f);
  gtk_window_present (GTK_WINDOW (f->dialog));
  f->n_before = mt_store_count_personnel (f->store);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  if (f->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (f->dialog));
  gtk_window_destroy (GTK_WINDOW (f->window));
  spin (20);
  g_clear_object (&f->toast);
  g_clear_object (&f->result);
  g_clear_object (&f->store);
  g_unsetenv ("MT_TEST_MAX_PAGE_COUNT");
  remove_tree (f->scratch);
  g_free (f->scratch);
}

static gboolean
load (Fixture    *f,
      const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gboolean ok = mt_import_dialog_set_file (f->dialog, file);

  wait_until_idle (f);
  return ok;
}

/* The combo row that shows file column @header. */
static AdwComboRow *
column_row (Fixture    *f,
            const char *header)
{
  for (guint i = 0; i < f->dialog->column_rows->len; i++)
    {
      AdwPreferencesRow *row = g_ptr_array_index (f->dialog->column_rows, i);

      if (g_strcmp0 (adw_preferences_row_get_title (row), header) == 0)
        return ADW_COMBO_ROW (row);
    }
  g_assert_not_reached ();
  return NULL;
}

static GtkEditable *
constant_row (Fixture    *f,
              MtCsvField  field)
{
  for (guint i = 0; i < f->dialog->constant_rows->len; i++)
    {
      GObject *row = g_ptr_array_index (f->dialog->constant_rows, i);

      if (GPOINTER_TO_INT (g_object_get_data (row, "mt-field")) == (int) field)
        return GTK_EDITABLE (row);
    }
  return NULL;
}

static gboolean
import_enabled (Fixture *f)
{
  return gtk_widget_get_sensitive (GTK_WIDGET (f->dialog->import_button));
}

static gint64
roster_rows_shown (Fixture *f)
{
  MtRosterModel *model = mt_roster_page_get_model (f->window->roster_page);

  return g_list_model_get_n_items (G_LIST_MODEL (model));
}

/* Tests */

static void
test_preview_detects (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = data_path ("ui-semicolon.csv");
  GtkStringObject *separator;

  g_assert_true (load (f, path));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->dialog->stack), ==, "preview");

  /* A French spreadsheet export: semicolons, French headers, one unknown column. */
  separator = adw_combo_row_get_selected_item (f->dialog->separator_row);
  g_assert_cmpstr (gtk_string_object_get_string (separator), ==, "Semicolon ( ; )");
  g_assert_cmpuint (f->dialog->column_rows->len, ==, 10);
  g_assert_null (f->dialog->more_columns_row);
  g_assert_cmpuint (adw_combo_row_get_selected (column_row (f, "Matricule")), ==, MT_CSV_FIELD_PERSONNEL_ID);
  g_assert_cmpuint (adw_combo_row_get_selected (column_row (f, "Prénom")), ==, MT_CSV_FIELD_GIVEN_NAME);
  g_assert_cmpuint (adw_combo_row_get_selected (column_row (f, "Base")), ==, MT_CSV_FIELD_CAMP);
  g_assert_cmpuint (adw_combo_row_get_selected (column_row (f, "Pays")), ==, MT_CSV_FIELD_COUNTRY);
  g_assert_cmpuint (adw_combo_row_get_selected (column_row (f, "Remarques")), ==, MT_CSV_FIELD_IGNORE);

  /* What will change, before anything is written. */
  g_assert_cmpstr (gtk_label_get_label (f->dialog->new_label), ==, "3");
  g_assert_cmpstr (gtk_label_get_label (f->dialog->updated_label), ==, "0");
  g_assert_cmpstr (gtk_label_get_label (f->dialog->rejected_label), ==, "0");
  g_assert_true (import_enabled (f));
  g_assert_cmpint (mt_store_count_personnel (f->store), ==, f->n_before);
  maybe_save_png (GTK_WIDGET (f->dialog), "import-preview.png");

  /* Choosing "Ignore" for a required column stops the import and says why. */
  adw_combo_row_set_selected (column_row (f, "Base"), MT_CSV_FIELD_IGNORE);
  wait_until_idle (f);
  g_assert_false (import_enabled (f));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->dialog->problem_label)));
  g_assert_nonnull (constant_row (f, MT_CSV_FIELD_CAMP));
}

/* TRUE if a mapped label or row title/subtitle under @widget contains @needle. */
static gboolean
widget_shows_text (GtkWidget  *widget,
                   const char *needle)
{
  if (!gtk_widget_get_visible (widget))
    return FALSE;
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), needle) != NULL)
    return TRUE;
  if (ADW_IS_PREFERENCES_ROW (widget) &&
      strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), needle) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (widget_shows_text (child, needle))
      return TRUE;

  return FALSE;
}

static void
record_label_cb (GtkLabel   *label,
                 GParamSpec *pspec,
                 GPtrArray  *labels)
{
  g_ptr_array_add (labels, g_strdup (gtk_label_get_label (label)));
}

/* What the toast says: its title is a label of its own, one that wraps. */
static const char *
toast_text (AdwToast *toast)
{
  GtkWidget *custom = adw_toast_get_custom_title (toast);

  g_assert_nonnull (custom);
  g_assert_true (GTK_IS_LABEL (gtk_widget_get_first_child (custom)));
  return gtk_label_get_label (GTK_LABEL (gtk_widget_get_first_child (custom)));
}

static void
test_import_toast_undo (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = data_path ("ui-no-contingent.csv");
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  GtkEditable *country;

  g_assert_true (load (f, path));

  /* No contingent column: the import waits for a value for every row. */
  country = constant_row (f, MT_CSV_FIELD_COUNTRY);
  g_assert_nonnull (country);
  g_assert_false (import_enabled (f));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->dialog->problem_label)));
  maybe_save_png (GTK_WIDGET (f->dialog), "import-missing-column.png");

  gtk_editable_set_text (country, "Chad");
  wait_until_idle (f);
  g_assert_cmpstr (gtk_label_get_label (f->dialog->new_label), ==, "3");
  g_assert_true (import_enabled (f));

  g_signal_connect (f->dialog->progress_detail, "notify::label", G_CALLBACK (record_label_cb),
                    labels);
  g_assert_true (mt_import_dialog_start_import (f->dialog));
  wait_until_idle (f);

  /* Once the whole file was read, the progress said it was being saved. */
  g_assert_cmpuint (labels->len, >, 0);
  g_assert_cmpstr (g_ptr_array_index (labels, labels->len - 1), ==, "3 rows read, saving…");

  /* The dialog closed; the roster and the window's roster page have the rows. */
  g_assert_null (f->dialog);
  g_assert_nonnull (f->result);
  g_assert_cmpint (mt_store_count_personnel (f->store), ==, f->n_before + 3);
  g_assert_cmpint (roster_rows_shown (f), ==, f->n_before + 3);

  g_assert_nonnull (f->toast);
  g_assert_cmpstr (toast_text (f->toast), ==, "3 imported, 0 updated");
  g_assert_cmpstr (adw_toast_get_button_label (f->toast), ==, "_Undo");

  /* The camp page says which file brought Bamako's people (provenance). */
  g_assert_true (mt_window_show_page (f->window, "camp:Bamako"));
  spin (20);
  g_assert_true (widget_shows_text (GTK_WIDGET (f->window->camp_page), "ui-no-contingent.csv"));

  /* The import is the next step of the window's undo stack too (Ctrl+Z). */
  g_assert_true (mt_store_can_undo (f->store));
  g_assert_cmpint (mt_store_peek_undo_import (f->store), ==,
                   mt_csv_import_result_get_import_id (f->result));

  /* Undo puts the roster back as it was, and the stack agrees: nothing left to undo. */
  g_signal_emit_by_name (f->toast, "button-clicked");
  spin (20);
  g_assert_cmpint (mt_store_count_personnel (f->store), ==, f->n_before);
  g_assert_cmpint (roster_rows_shown (f), ==, f->n_before);
  g_assert_cmpint (mt_store_peek_undo_import (f->store), ==, 0);
  g_assert_false (mt_store_can_undo (f->store));
}

/* A file whose departures pass the latest data moves it, and the toast says so: the window
 * shows the latest data, and a planner should know why the picture changed. The planned
 * departures of the first file move nothing, and its toast says nothing of it. */
static void
test_import_toast_latest_moved (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *planned = data_path ("ui-no-contingent.csv");
  g_autofree char *departed = g_build_filename (f->scratch, "departed.csv", NULL);
  g_autofree char *latest = NULL;
  g_autofree char *french = NULL;
  g_autofree char *saved_locale = g_strdup (setlocale (LC_ALL, NULL));
  g_autoptr(GError) error = NULL;

  g_assert_true (load (f, planned));
  gtk_editable_set_text (constant_row (f, MT_CSV_FIELD_COUNTRY), "Chad");
  wait_until_idle (f);
  g_assert_true (mt_import_dialog_start_import (f->dialog));
  wait_until_idle (f);
  g_assert_cmpstr (toast_text (f->toast), ==, "3 imported, 0 updated");
  latest = mt_store_dup_latest_date (f->store);
  g_assert_cmpstr (latest, ==, "2023-10-16");

  g_file_set_contents (departed,
                       "Personnel ID,Family name,Category,Contingent,Camp,Departed on\n"
                       "UI-DP-001,Keïta,troops,Senegal,Gao,2023-11-02\n"
                       "UI-DP-002,Keïta,troops,Senegal,Gao,2023-11-16\n",
                       -1, &error);
  g_assert_no_error (error);
  f->dialog = mt_import_dialog_new (GTK_WINDOW (f->window), f->store, f->window->toast_overlay);
  g_object_add_weak_pointer (G_OBJECT (f->dialog), (gpointer *) &f->dialog);
  g_signal_connect (f->dialog, "finished", G_CALLBACK (finished_cb), f);
  gtk_window_present (GTK_WINDOW (f->dialog));
  g_assert_true (load (f, departed));
  g_assert_true (mt_import_dialog_start_import (f->dialog));
  wait_until_idle (f);

  g_assert_cmpstr (toast_text (f->toast), ==,
                   "2 imported, 0 updated, latest data 16 Oct 2023 → 16 Nov 2023");
  /* Long as it is, the title wraps rather than being cut: with Undo and the close button it
   * fits a window 800 px wide. */
  {
    GtkWidget *custom = adw_toast_get_custom_title (f->toast);
    int natural = 0;

    g_assert_nonnull (custom);
    gtk_widget_measure (custom, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
    g_assert_cmpint (natural, <=, 560);
  }

  /* In French, with French dates. */
  if (mt_test_use_locale ("fr_FR.UTF-8", "fr"))
    {
      french = mt_import_dup_latest_moved ("2023-10-16", "2023-11-16");
      setlocale (LC_ALL, saved_locale);
      g_unsetenv ("LANGUAGE");
      g_assert_cmpstr (french, ==, "dernières données du 16 oct. 2023 au 16 nov. 2023");
    }
}

typedef struct
{
  GtkProgressBar *bar;
  guint           checked;
  guint           partial;   /* checks with the bar neither empty nor full */
} ProgressCheck;

/* Each time the progress says how far it got, the bar's text is its own fill, as the
 * locale writes a percentage (rounded down: 100% only once the whole file is read). */
static void
check_progress_cb (GtkLabel      *detail,
                   GParamSpec    *pspec,
                   ProgressCheck *check)
{
  double fraction = gtk_progress_bar_get_fraction (check->bar);
  g_autofree char *expected = mt_format_percent (floor (100 * fraction), 0);

  if (gtk_label_get_label (detail)[0] == '\0')
    return;
  g_assert_true (gtk_progress_bar_get_show_text (check->bar));
  g_assert_cmpstr (gtk_progress_bar_get_text (check->bar), ==, expected);
  check->checked++;
  if (fraction > 0 && fraction < 1)
    check->partial++;
}

static void
test_progress_agrees (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->scratch, "roster.csv", NULL);
  g_autoptr(GString) csv = g_string_new ("Personnel ID,Family name,Given name,Rank,Category,"
                                         "Contingent,Unit,Camp,Planned departure\n");
  ProgressCheck check = { f->dialog->progress_bar, 0, 0 };

  /* Large enough for the bar to stop halfway (the reader takes 64 KiB at a time). */
  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (csv, "PA-%05u,Traoré,Awa,Captain,troops,Senegal,Battalion,Gao,"
                            "2023-11-15\n", i);
  g_assert_true (g_file_set_contents (path, csv->str, csv->len, NULL));
  g_assert_true (load (f, path));
  g_assert_true (import_enabled (f));

  g_signal_connect (f->dialog->progress_detail, "notify::label", G_CALLBACK (check_progress_cb),
                    &check);
  g_assert_true (mt_import_dialog_start_import (f->dialog));
  wait_until_idle (f);

  g_assert_cmpuint (check.checked, >=, 2);
  g_assert_cmpuint (check.partial, >=, 1);
  g_assert_cmpint (mt_store_count_personnel (f->store), ==, f->n_before + 20000);
}

static void
test_bad_row_all_or_nothing (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *path = data_path ("ui-bad-row.csv");
  GListModel *messages;
  g_autoptr(GtkStringObject) first = NULL;

  g_assert_true (load (f, path));

  g_assert_cmpstr (gtk_label_get_label (f->dialog->new_label), ==, "2");
  g_assert_cmpstr (gtk_label_get_label (f->dialog->rejected_label), ==, "1");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->dialog->problem_label)));
  g_assert_nonnull (strstr (gtk_label_get_label (f->dialog->problem_label), "nothing would be imported"));

  /* The reason, where a text editor finds it: line 3, character 36 (the camp). */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->dialog->rejects_group)));
  messages = G_LIST_MODEL (gtk_list_view_get_model (f->dialog->rejects_view));
  g_assert_cmpuint (g_list_model_get_n_items (messages), >=, 1);
  first = g_list_model_get_item (messages, 0);
  g_assert_nonnull (strstr (gtk_string_object_get_string (first), "ui-bad-row.csv:3:36: "));
  g_assert_nonnull (strstr (gtk_string_object_get_string (first), "Atlantis"));
  maybe_save_png (GTK_WIDGET (f->dialog), "import-bad-row.png");

  /* All or nothing: Import is off and writes nothing. */
  g_assert_false (import_enabled (f));
  g_assert_false (mt_import_dialog_start_import (f->dialog));
  g_assert_cmpint (mt_store_count_personnel (f->store), ==, f->n_before);

  /* Skipping invalid rows allows importing the valid ones. */
  adw_combo_row_set_selected (f->dialog->mode_row, 1);
  g_assert_true (import_enabled (f));
  g_assert_cmpstr (gtk_button_get_label (f->dialog->import_button), ==, "_Import Valid Rows");
}

static void
test_skip_invalid_writes_rejects (Fixture       *f,
                                  gconstpointer  data)
{
  g_autofree char *source = data_path ("ui-bad-row.csv");
  g_autofree char *dir = g_build_filename (f->scratch, "import-test", NULL);
  g_autofree char *path = g_build_filename (dir, "ui-bad-row.csv", NULL);
  g_autofree char *rejects_path = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *rejects = NULL;
  GtkWidget *custom;

  /* The rejects file goes beside the imported file: import a copy in a scratch dir. */
  g_assert_true (g_file_get_contents (source, &contents, NULL, NULL));
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));

  g_assert_true (load (f, path));
  adw_combo_row_set_selected (f->dialog->mode_row, 1);
  rejects_path = _mt_import_dialog_dup_rejects_path (f->dialog);
  g_assert_true (mt_import_dialog_start_import (f->dialog));
  wait_until_idle (f);

  g_assert_null (f->dialog);
  g_assert_cmpint (mt_store_count_personnel (f->store), ==, f->n_before + 2);
  /* The toast's title has a button beside it that leads to the reasons. */
  custom = adw_toast_get_custom_title (f->toast);
  g_assert_nonnull (custom);
  g_assert_true (GTK_IS_LABEL (gtk_widget_get_first_child (custom)));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_widget_get_first_child (custom))), ==,
                   "2 imported, 0 updated, 1 rejected");
  g_assert_true (GTK_IS_BUTTON (gtk_widget_get_last_child (custom)));
  g_assert_cmpstr (adw_toast_get_button_label (f->toast), ==, "_Undo");

  g_assert_true (g_str_has_prefix (rejects_path, dir));
  g_assert_true (g_file_get_contents (rejects_path, &rejects, NULL, NULL));
  g_assert_nonnull (strstr (rejects, "UI-BD-002"));
  g_assert_null (strstr (rejects, "UI-BD-001"));
}

/* Many rejected rows: the list shows the first 100 and how many more; ten warnings of a kind,
 * then one that counts the rest, listed too. */
static void
test_many_rejected (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->scratch, "many-rejected.csv", NULL);
  g_autoptr(GString) text = g_string_new ("Personnel ID,Category,Contingent,Camp\n");
  g_autoptr(GtkStringObject) first = NULL;
  g_autoptr(GtkStringObject) summary = NULL;
  g_autoptr(GtkStringObject) last = NULL;
  GListModel *messages;

  for (guint i = 1; i <= 15; i++)
    g_string_append_printf (text, "MC-%u,MSO,Chad,Ménaka\n", i);
  for (guint i = 1; i <= 150; i++)
    g_string_append_printf (text, "MR-%u,MSO,Chad,Atlantis\n", i);
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));

  g_assert_true (load (f, path));
  g_assert_cmpstr (gtk_label_get_label (f->dialog->rejected_label), ==, "150");
  messages = G_LIST_MODEL (gtk_list_view_get_model (f->dialog->rejects_view));
  /* 10 warnings and 90 rejected rows, the sum-up of the warnings, then the count of the rest
   * (60 rejected rows). */
  g_assert_cmpuint (g_list_model_get_n_items (messages), ==, 102);
  first = g_list_model_get_item (messages, 10);
  g_assert_nonnull (strstr (gtk_string_object_get_string (first), "many-rejected.csv:17:"));
  summary = g_list_model_get_item (messages, 100);
  g_assert_true (g_str_has_suffix (gtk_string_object_get_string (summary),
                                   "many-rejected.csv: warning: … and 5 more rows at closed or "
                                   "handed-over camps imported"));
  last = g_list_model_get_item (messages, 101);
  g_assert_cmpstr (gtk_string_object_get_string (last), ==, "… and 60 more");
}

/* A header of 5,000 columns: the dialog lists the first ones and every column that fills a
 * field (the camp, far to the right), and one line for the rest, instead of a widget per
 * column and cell; the mapping still reaches the right column, and the rows land. */
static void
test_wide_header (Fixture       *f,
                  gconstpointer  data)
{
  const guint n_columns = 5000, camp_column = 3999;
  g_autofree char *path = g_build_filename (f->scratch, "wide.csv", NULL);
  g_autoptr(GString) text = g_string_new ("Personnel ID,Family name,Category,Contingent");
  guint n_children = 0;
  AdwPreferencesRow *row;
  AdwComboRow *camp;
  GtkWidget *cell;

  for (guint c = 4; c < n_columns; c++)
    g_string_append_printf (text, c == camp_column ? ",Camp" : ",extra %u", c);
  g_string_append_c (text, '\n');
  for (guint i = 1; i <= 3; i++)
    {
      g_string_append_printf (text, "WD-%u,Diallo,MSO,Chad", i);
      for (guint c = 4; c < n_columns; c++)
        g_string_append (text, c == camp_column ? ",Gao" : ",");
      g_string_append_c (text, '\n');
    }
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));

  g_assert_true (load (f, path));
  g_assert_cmpstr (gtk_label_get_label (f->dialog->new_label), ==, "3");
  maybe_save_png (GTK_WIDGET (f->dialog), "import-wide-header.png");

  /* The first 50 columns and the camp: a header and three cells each, and the sum-up. */
  g_assert_cmpuint (f->dialog->column_rows->len, ==, MT_CSV_PREVIEW_MAX_COLUMNS + 1);
  for (cell = gtk_widget_get_first_child (GTK_WIDGET (f->dialog->preview_grid));
       cell != NULL;
       cell = gtk_widget_get_next_sibling (cell))
    n_children++;
  g_assert_cmpuint (n_children, ==, (MT_CSV_PREVIEW_MAX_COLUMNS + 1) * 4 + 1);
  cell = gtk_grid_get_child_at (f->dialog->preview_grid, MT_CSV_PREVIEW_MAX_COLUMNS, 0);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (cell)), ==, "Camp");
  cell = gtk_grid_get_child_at (f->dialog->preview_grid, MT_CSV_PREVIEW_MAX_COLUMNS + 1, 0);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (cell)), ==, "… and 4,949 more columns, ignored");
  g_assert_nonnull (f->dialog->more_columns_row);
  row = ADW_PREFERENCES_ROW (f->dialog->more_columns_row);
  g_assert_cmpstr (adw_preferences_row_get_title (row), ==, "… and 4,949 more columns, ignored");

  /* The camp column is listed with its field and says where it is. */
  camp = column_row (f, "Camp");
  g_assert_cmpuint (adw_combo_row_get_selected (camp), ==, MT_CSV_FIELD_CAMP);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (camp)), ==,
                   "Column 4,000 — first row: Gao");
  g_assert_cmpuint (adw_combo_row_get_selected (column_row (f, "Family name")), ==,
                    MT_CSV_FIELD_FAMILY_NAME);

  /* Its mapping applies to that column: ignored, the camp is missing; back, it is not. */
  adw_combo_row_set_selected (camp, MT_CSV_FIELD_IGNORE);
  wait_until_idle (f);
  g_assert_false (import_enabled (f));
  g_assert_nonnull (constant_row (f, MT_CSV_FIELD_CAMP));
  adw_combo_row_set_selected (camp, MT_CSV_FIELD_CAMP);
  wait_until_idle (f);
  g_assert_null (constant_row (f, MT_CSV_FIELD_CAMP));
  g_assert_true (import_enabled (f));

  g_assert_true (mt_import_dialog_start_import (f->dialog));
  wait_until_idle (f);
  g_assert_null (f->dialog);
  g_assert_cmpint (mt_store_count_personnel (f->store), ==, f->n_before + 3);
  g_assert_cmpint (roster_rows_shown (f), ==, f->n_before + 3);
}

static void
test_unreadable_file (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->scratch, "no-such-roster.csv", NULL);
  const char *description;

  g_assert_false (load (f, path));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->dialog->stack), ==, "error");
  description = adw_status_page_get_description (f->dialog->error_page);
  g_assert_nonnull (strstr (description, "no-such-roster.csv"));
  g_assert_false (import_enabled (f));
  g_assert_cmpint (mt_store_count_personnel (f->store), ==, f->n_before);
}

/* The disk fills up as the dialog checks the file: it says so, naming the database, and
 * nothing is written. */
static void
test_disk_full (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->scratch, "big-roster.csv", NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GString) rows = g_string_new ("Personnel ID,Family name,Category,Contingent,Camp\n");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (rows, "DF-%05u,Family %u,troops,Chad,Gao\n", i, i);
  g_file_set_contents (path, rows->str, rows->len, &error);
  g_assert_no_error (error);

  g_assert_true (load (f, path));
  maybe_save_png (GTK_WIDGET (f->dialog), "import-disk-full.png");

  expected = g_strdup_printf ("The disk is full: nothing was written to “%s”.",
                              mt_store_get_path (f->store));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->dialog->problem_label)));
  g_assert_nonnull (strstr (gtk_label_get_label (f->dialog->problem_label), expected));
  g_assert_false (import_enabled (f));
  g_assert_cmpint (mt_store_count_personnel (f->store), ==, f->n_before);
}

/* A contingent's file with values of its own: a category and a camp the tracker does not know
 * (written two ways each), and a status it does not know. */
#define OWN_WORDS \
  "ID;Nom;Catégorie;Pays;Base;Statut\n" \
  "V-1;Ba;international civilian;Tchad;Tombouctou aéroport;en congé\n" \
  "V-2;Cissé;International  Civilian;Tchad;Gao;\n" \
  "V-3;Dembélé;troops;Tchad;TOMBOUCTOU-AÉROPORT;\n"

/* The row of the unknown value @text. */
static AdwComboRow *
value_row (Fixture    *f,
           const char *text)
{
  for (guint i = 0; i < f->dialog->value_rows->len; i++)
    {
      AdwPreferencesRow *row = g_ptr_array_index (f->dialog->value_rows, i);

      if (g_strcmp0 (adw_preferences_row_get_title (row), text) == 0)
        return ADW_COMBO_ROW (row);
    }
  g_assert_not_reached ();
  return NULL;
}

/* Chooses, in the row of @text, the known value @value (a category code, a camp's name). */
static void
map_value (Fixture    *f,
           const char *text,
           const char *value)
{
  AdwComboRow *row = value_row (f, text);
  GPtrArray *values = g_object_get_data (G_OBJECT (row), "mt-values");

  for (guint i = 1; i < values->len; i++)
    if (g_strcmp0 (g_ptr_array_index (values, i), value) == 0)
      {
        adw_combo_row_set_selected (row, i);
        wait_until_idle (f);
        return;
      }
  g_assert_not_reached ();
}

static const char *
mapped_choice (Fixture    *f,
               const char *text)
{
  AdwComboRow *row = value_row (f, text);
  GPtrArray *values = g_object_get_data (G_OBJECT (row), "mt-values");

  return g_ptr_array_index (values, adw_combo_row_get_selected (row));
}

/* Unknown values are listed once each, mapped once in the dialog, kept with the preset that
 * reads the file, and applied the next time that preset is. */
static void
test_unknown_values (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->scratch, "tchad.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MtCsvPreview) preview = NULL;
  g_autoptr(MtCsvImportSettings) settings = NULL;
  g_autoptr(MtCsvImportSettings) saved = NULL;
  AdwComboRow *category_row;

  g_file_set_contents (path, OWN_WORDS, -1, &error);
  g_assert_no_error (error);
  /* A preset for this contingent's files, saved before it met these words. */
  preview = mt_csv_preview_load (f->store, path, NULL, 5, &error);
  g_assert_no_error (error);
  settings = mt_csv_preview_dup_settings (preview);
  g_assert_true (mt_csv_preset_save (f->store, "Tchad", preview, settings, &error));
  g_assert_no_error (error);

  g_assert_true (load (f, path));
  g_assert_cmpstr (mt_csv_preview_get_preset_name (f->dialog->preview), ==, "Tchad");
  g_assert_cmpstr (gtk_label_get_label (f->dialog->rejected_label), ==, "3");
  g_assert_false (import_enabled (f));

  /* One row a value, however many ways the file writes it. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->dialog->values_group)));
  g_assert_cmpuint (f->dialog->value_rows->len, ==, 3);
  category_row = value_row (f, "international civilian");
  g_assert_nonnull (value_row (f, "Tombouctou aéroport"));
  g_assert_nonnull (value_row (f, "en congé"));
  g_assert_null (mapped_choice (f, "international civilian"));

  /* Mapped once: the rows of both spellings follow, and the preset keeps the choice. */
  map_value (f, "international civilian", "intl-staff");
  g_assert_cmpstr (gtk_label_get_label (f->dialog->rejected_label), ==, "2");
  saved = mt_csv_preset_load (f->store, "Tchad", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mt_csv_import_settings_get_mapped_value (saved, MT_CSV_FIELD_CATEGORY,
                                                            "international civilian"), ==,
                   "intl-staff");
  /* The same row, not a new one: the planner's place in the list stays. */
  g_assert_true (value_row (f, "international civilian") == category_row);
  maybe_save_png (GTK_WIDGET (f->dialog), "import-unknown-values.png");

  map_value (f, "Tombouctou aéroport", "Timbuktu");
  map_value (f, "en congé", "deployed");
  g_assert_cmpstr (gtk_label_get_label (f->dialog->rejected_label), ==, "0");
  g_assert_cmpstr (gtk_label_get_label (f->dialog->new_label), ==, "3");
  g_assert_true (import_enabled (f));

  /* The next time the preset reads such a file, nothing is left to choose. */
  gtk_window_destroy (GTK_WINDOW (f->dialog));
  f->dialog = mt_import_dialog_new (GTK_WINDOW (f->window), f->store, f->window->toast_overlay);
  g_object_add_weak_pointer (G_OBJECT (f->dialog), (gpointer *) &f->dialog);
  gtk_window_present (GTK_WINDOW (f->dialog));
  g_assert_true (load (f, path));
  g_assert_cmpstr (gtk_label_get_label (f->dialog->rejected_label), ==, "0");
  g_assert_cmpstr (mapped_choice (f, "international civilian"), ==, "intl-staff");
  g_assert_cmpstr (mapped_choice (f, "Tombouctou aéroport"), ==, "Timbuktu");
  g_assert_true (import_enabled (f));

  /* Back to "no mapping": the rows are refused again, and the preset forgets it too. */
  adw_combo_row_set_selected (value_row (f, "Tombouctou aéroport"), 0);
  wait_until_idle (f);
  g_assert_cmpstr (gtk_label_get_label (f->dialog->rejected_label), ==, "2");
  g_clear_pointer (&saved, mt_csv_import_settings_free);
  saved = mt_csv_preset_load (f->store, "Tchad", &error);
  g_assert_null (mt_csv_import_settings_get_mapped_value (saved, MT_CSV_FIELD_CAMP,
                                                          "Tombouctou aéroport"));
}

/* Without a preset, a mapping serves this import, and Save as Preset keeps it. */
static void
test_unknown_values_no_preset (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->scratch, "tchad.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MtCsvPreview) preview = NULL;
  g_autoptr(MtCsvImportSettings) applied = NULL;
  g_auto(GStrv) names = NULL;

  g_file_set_contents (path, OWN_WORDS, -1, &error);
  g_assert_no_error (error);
  g_assert_true (load (f, path));
  g_assert_null (mt_csv_preview_get_preset_name (f->dialog->preview));

  map_value (f, "international civilian", "intl-staff");
  map_value (f, "Tombouctou aéroport", "Timbuktu");
  g_assert_cmpstr (gtk_label_get_label (f->dialog->rejected_label), ==, "0");
  names = mt_csv_preset_list (f->store);
  g_assert_cmpuint (g_strv_length (names), ==, 0);

  /* Saved as a preset (what the Save button does with the name typed), the mapping goes with
   * it, for the next file with these columns. */
  g_assert_true (mt_csv_preset_save (f->store, "Tchad", f->dialog->preview, f->dialog->settings,
                                     &error));
  g_assert_no_error (error);
  preview = mt_csv_preview_load (f->store, path, NULL, 5, &error);
  g_assert_no_error (error);
  applied = mt_csv_preview_dup_settings (preview);
  g_assert_cmpstr (mt_csv_import_settings_get_mapped_value (applied, MT_CSV_FIELD_CAMP,
                                                            "tombouctou-aeroport"), ==, "Timbuktu");

  /* "None" reads the file without the preset: nothing mapped. */
  g_assert_true (load (f, path));
  adw_combo_row_set_selected (f->dialog->preset_row, 0);
  wait_until_idle (f);
  g_assert_cmpstr (gtk_label_get_label (f->dialog->rejected_label), ==, "3");
  g_assert_null (mapped_choice (f, "Tombouctou aéroport"));
}

int
main (int   argc,
      char *argv[])
{
  /* gtk_test_init() makes warnings fatal; a bare xvfb-run has no accessibility bus.
   * Not G_TEST_OPTION_ISOLATE_DIRS: GTK finds its image loaders through XDG_DATA_DIRS. */
  g_setenv ("GTK_A11Y", "none", FALSE);
  /* Under LC_ALL=fr_FR.UTF-8 LANGUAGE=fr, MT_TEST_PNG_DIR shows the French dialog. */
  mt_application_init_i18n ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/mt/import-dialog/preview-detects", test_preview_detects);
  ADD ("/mt/import-dialog/import-toast-undo", test_import_toast_undo);
  ADD ("/mt/import-dialog/import-toast-latest-moved", test_import_toast_latest_moved);
  ADD ("/mt/import-dialog/progress-agrees", test_progress_agrees);
  ADD ("/mt/import-dialog/bad-row-all-or-nothing", test_bad_row_all_or_nothing);
  ADD ("/mt/import-dialog/skip-invalid-writes-rejects", test_skip_invalid_writes_rejects);
  ADD ("/mt/import-dialog/unreadable-file", test_unreadable_file);
  ADD ("/mt/import-dialog/many-rejected", test_many_rejected);
  ADD ("/mt/import-dialog/wide-header", test_wide_header);
  ADD ("/mt/import-dialog/unknown-values", test_unknown_values);
  ADD ("/mt/import-dialog/unknown-values-no-preset", test_unknown_values_no_preset);
  g_test_add ("/mt/import-dialog/disk-full", Fixture, "disk-full", fixture_setup, test_disk_full,
              fixture_teardown);

  return g_test_run ();
}
