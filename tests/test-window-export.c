/* test-window-export.c: "Export CSV" writes what each list shows, filters applied, through
 * the same function win.export-csv runs once the file is chosen.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "mt-camp.h"
#include "mt-csv-export.h"
#include "mt-csv-import.h"
#include "mt-csv-reader.h"
#include "mt-person.h"
#include "mt-roster-model.h"
#include "mt-store-edit.h"
#include "mt-store.h"
#include "mt-test-gui.h"
#include "mt-test-util.h"
#include "mt-window-import.h"
#include "mt-window-private.h"

typedef struct
{
  MtStore  *store;
  MtWindow *window;
  char     *scratch;
  char     *out_path;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->store = mt_test_store_new (TRUE);
  f->window = mt_window_new (NULL, f->store, NULL);
  f->scratch = g_dir_make_tmp ("mt-window-export-XXXXXX", &error);
  g_assert_no_error (error);
  f->out_path = g_build_filename (f->scratch, "out.csv", NULL);
  /* The records pages read the store at idle. */
  for (guint i = 0; i < 3; i++)
    mt_records_page_reload (i == 0 ? f->window->movements_page :
                            i == 1 ? f->window->convoys_page : f->window->assets_page);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_unlink (f->out_path);
  g_rmdir (f->scratch);
  g_free (f->out_path);
  g_free (f->scratch);
  g_clear_object (&f->store);
}

/* The exported file's @column for every data row, in order. */
static GPtrArray *
read_column (const char *path,
             const char *column)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtCsvReader) reader = mt_csv_reader_new_for_path (path, MT_CSV_ENCODING_AUTO, ',',
                                                              &error);
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);
  int index = -1;

  g_assert_no_error (error);
  g_assert_true (mt_csv_reader_next (reader, &error));
  for (guint i = 0; i < mt_csv_reader_get_n_fields (reader); i++)
    if (g_strcmp0 (mt_csv_reader_get_field (reader, i), column) == 0)
      index = i;
  g_assert_cmpint (index, >=, 0);

  while (mt_csv_reader_next (reader, &error))
    g_ptr_array_add (values, g_strdup (mt_csv_unescape_cell (mt_csv_reader_get_field (reader,
                                                                                      index))));
  g_assert_no_error (error);

  return values;
}

/* Exports @kind and checks the file holds exactly @shown's rows, in its order, by
 * @property (of the row objects) against @column (of the file). */
static void
assert_export_matches (Fixture         *f,
                       MtCsvExportKind  kind,
                       GListModel      *shown,
                       const char      *property,
                       const char      *column)
{
  g_autoptr(GPtrArray) values = NULL;
  guint n = g_list_model_get_n_items (shown);

  g_unlink (f->out_path);
  mt_window_export_csv_to_path (f->window, kind, f->out_path);
  g_assert_true (g_file_test (f->out_path, G_FILE_TEST_EXISTS));

  values = read_column (f->out_path, column);
  g_assert_cmpuint (values->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (shown, i);
      g_autofree char *expected = NULL;

      g_object_get (row, property, &expected, NULL);
      /* An empty cell reads back as "". */
      g_assert_cmpstr (g_ptr_array_index (values, i), ==, expected != NULL ? expected : "");
    }
}

/* A search that keeps some rows but not all: the @property of the last row that has one. */
static char *
narrowing_search (GListModel *shown,
                  const char *property)
{
  guint n = g_list_model_get_n_items (shown);
  char *text = NULL;

  g_assert_cmpuint (n, >, 1);
  for (guint i = n; i > 0 && (text == NULL || text[0] == '\0'); i--)
    {
      g_autoptr(GObject) row = g_list_model_get_item (shown, i - 1);

      g_free (text);
      g_object_get (row, property, &text, NULL);
    }
  g_assert_nonnull (text);

  return text;
}

static void
check_records_page (Fixture         *f,
                    MtRecordsPage   *page,
                    MtCsvExportKind  kind,
                    const char      *property,
                    const char      *column)
{
  GListModel *shown = G_LIST_MODEL (mt_records_page_get_selection (page));
  guint n_all = g_list_model_get_n_items (shown);

  /* Unfiltered: every record. */
  g_assert_cmpuint (n_all, >, 0);
  assert_export_matches (f, kind, shown, property, column);

  /* Some records (when the seed has more than one). */
  if (n_all > 1)
    {
      g_autofree char *search = narrowing_search (shown, property);

      mt_records_page_set_search (page, search);
      g_assert_cmpuint (g_list_model_get_n_items (shown), >, 0);
      g_assert_cmpuint (g_list_model_get_n_items (shown), <, n_all);
      assert_export_matches (f, kind, shown, property, column);
    }

  /* None: a header and no rows, not every record. */
  mt_records_page_set_search (page, "no record has this text");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  assert_export_matches (f, kind, shown, property, column);
}

static void
test_export_movements (Fixture       *f,
                       gconstpointer  data)
{
  check_records_page (f, f->window->movements_page, MT_CSV_EXPORT_MOVEMENTS, "camp-name", "Camp");
}

static void
test_export_convoys (Fixture       *f,
                     gconstpointer  data)
{
  check_records_page (f, f->window->convoys_page, MT_CSV_EXPORT_CONVOYS, "to-name", "To");
}

static void
test_export_assets (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) camps = mt_store_list_camps (f->store, NULL, &error);
  const char *descriptions[] = { "Generator 60 kVA", "Water tank" };

  /* The seed keeps no assets: two, at two camps. */
  g_assert_no_error (error);
  g_assert_cmpuint (camps->len, >=, 2);
  for (guint i = 0; i < 2; i++)
    {
      MtAssetFields fields = {
        .description = descriptions[i],
        .owner = MT_ASSET_OWNER_COE,
        .quantity = 1 + i,
        /* The second one's value is not known yet: it must list and export all the same. */
        .value = i == 0 ? 12500.0 : NAN,
        .camp_id = mt_camp_get_id (g_ptr_array_index (camps, i)),
        .decision = MT_DISPOSAL_PENDING,
      };

      g_assert_cmpint (mt_store_create_asset (f->store, &fields, &error), >, 0);
      g_assert_no_error (error);
    }
  mt_records_page_reload (f->window->assets_page);

  check_records_page (f, f->window->assets_page, MT_CSV_EXPORT_ASSETS, "camp-name", "Camp");
}

static void
test_export_camps (Fixture       *f,
                   gconstpointer  data)
{
  GListModel *shown = G_LIST_MODEL (f->window->filtered);
  guint n_all = g_list_model_get_n_items (shown);
  g_autofree char *search = narrowing_search (shown, "name");

  assert_export_matches (f, MT_CSV_EXPORT_CAMPS, shown, "name", "Camp");

  mt_window_set_search (f->window, search);
  g_assert_cmpuint (g_list_model_get_n_items (shown), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (shown), <, n_all);
  assert_export_matches (f, MT_CSV_EXPORT_CAMPS, shown, "name", "Camp");
}

/* The roster as its page shows it: the category's name, not its code; the status column
 * filled as the page fills it, for the page's date. */
static void
test_export_roster (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *csv = mt_test_data_path ("csv-french-headers.csv");
  g_autoptr(MtCsvImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  MtRosterModel *model;
  gint64 deadline;

  result = mt_csv_import_file (f->store, csv, NULL, FALSE, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  model = mt_roster_page_get_model (f->window->roster_page);
  mt_roster_model_reload (model);
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while ((mt_roster_model_get_loading (model) ||
          g_list_model_get_n_items (G_LIST_MODEL (model)) == 0) &&
         g_get_monotonic_time () < deadline)
    mt_test_spin (20);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 4);

  assert_export_matches (f, MT_CSV_EXPORT_ROSTER, G_LIST_MODEL (model), "category-name",
                         "Category");
  assert_export_matches (f, MT_CSV_EXPORT_ROSTER, G_LIST_MODEL (model), "status-label", "Status");
  assert_export_matches (f, MT_CSV_EXPORT_ROSTER, G_LIST_MODEL (model), "camp-name", "Camp");

  /* As of a day before the first departure, the page and the file both say deployed. */
  mt_window_set_as_of (f->window, "2023-10-01");
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (mt_roster_model_get_loading (model) && g_get_monotonic_time () < deadline)
    mt_test_spin (20);
  {
    g_autoptr(MtPerson) first = g_list_model_get_item (G_LIST_MODEL (model), 0);

    g_assert_cmpstr (mt_person_get_personnel_id (first), ==, "F-001");
    g_assert_cmpstr (mt_person_get_status_label (first), ==, "Deployed");
  }
  assert_export_matches (f, MT_CSV_EXPORT_ROSTER, G_LIST_MODEL (model), "status-label", "Status");
}

/* The toast after an export offers to open the file (win.open-export, gtk_show_uri_full):
 * here the desktop's program for CSV files is one that notes what it was given. */
static gboolean
is_open_button (GtkWidget *widget,
                gpointer   user_data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.open-export") == 0;
}

static void
test_export_open (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *marker = g_build_filename (g_get_user_data_dir (), "opened", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (f->out_path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *opened = NULL;
  GtkWidget *button;
  GVariant *target;
  gint64 deadline;

  g_unlink (marker);
  /* Toasts show in a window on the screen. */
  mt_test_present_window (GTK_WINDOW (f->window));
  mt_window_export_csv_to_path (f->window, MT_CSV_EXPORT_ROSTER, f->out_path);
  mt_test_spin (100);
  g_assert_true (g_file_test (f->out_path, G_FILE_TEST_EXISTS));

  button = mt_test_find_widget_matching (GTK_WIDGET (f->window), is_open_button, NULL);
  g_assert_nonnull (button);
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, uri);

  gtk_widget_activate_action_variant (GTK_WIDGET (f->window), "win.open-export", target);
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  /* The program may have made the file and not yet written the path in it. */
  while (g_get_monotonic_time () < deadline)
    {
      g_clear_pointer (&opened, g_free);
      if (g_file_get_contents (marker, &opened, NULL, NULL) && strchr (opened, '\n') != NULL)
        break;
      mt_test_spin (50);
    }
  g_assert_nonnull (opened);
  g_assert_cmpstr (g_strstrip (opened), ==, f->out_path);
  g_unlink (marker);
}

/* A program for CSV files, in this run's own data and config folders: it writes the path it
 * is asked to open to $XDG_DATA_HOME/opened. */
static void
install_csv_opener (const char *root)
{
  g_autofree char *data = g_build_filename (root, "data", NULL);
  g_autofree char *config = g_build_filename (root, "config", NULL);
  g_autofree char *apps = g_build_filename (data, "applications", NULL);
  g_autofree char *script = g_build_filename (root, "opener.sh", NULL);
  g_autofree char *script_text = g_strdup_printf ("#!/bin/sh\nprintf '%%s\\n' \"$1\" > '%s/opened'\n",
                                                  data);
  g_autofree char *desktop = g_build_filename (apps, "mt-test-opener.desktop", NULL);
  g_autofree char *desktop_text = g_strdup_printf ("[Desktop Entry]\nType=Application\n"
                                                   "Name=Opener\nExec=%s %%f\n"
                                                   "MimeType=text/csv;\nNoDisplay=true\n", script);
  g_autofree char *mimeapps = g_build_filename (config, "mimeapps.list", NULL);
  const char *mimeapps_text = "[Default Applications]\ntext/csv=mt-test-opener.desktop\n";
  g_autoptr(GError) error = NULL;

  g_mkdir_with_parents (apps, 0700);
  g_mkdir_with_parents (config, 0700);
  g_file_set_contents (script, script_text, -1, &error);
  g_assert_no_error (error);
  g_chmod (script, 0700);
  g_file_set_contents (desktop, desktop_text, -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (mimeapps, mimeapps_text, -1, &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* gtk_test_init() makes warnings fatal; a bare xvfb-run has no accessibility bus.
   * Not G_TEST_OPTION_ISOLATE_DIRS: GTK finds its image loaders through XDG_DATA_DIRS. */
  g_setenv ("GTK_A11Y", "none", FALSE);
  mt_test_tmp_dir_make ();
  install_csv_opener (mt_test_tmp_dir ());
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/window-export/movements", test_export_movements);
  ADD ("/window-export/convoys", test_export_convoys);
  ADD ("/window-export/assets", test_export_assets);
  ADD ("/window-export/camps", test_export_camps);
  ADD ("/window-export/roster", test_export_roster);
  ADD ("/window-export/open", test_export_open);
#undef ADD

  status = g_test_run ();
  mt_test_tmp_dir_remove ();
  return status;
}
