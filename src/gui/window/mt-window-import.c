/* mt-window-import.c: the window's import and export actions.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * win.import-csv (Ctrl+I) opens the import dialog; win.export-csv (Ctrl+E) exports
 * what the visible page lists, filters applied; win.export-list ("s": roster, camps,
 * movements, convoys, assets) exports one list, for the buttons beside the lists;
 * win.open-export ("s": a file's URI) opens an exported file, from the toast that says where
 * it went.
 */

#define G_LOG_DOMAIN "mt-window-import"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-camp.h"
#include "mt-csv-export.h"
#include "mt-date.h"
#include "mt-import-dialog.h"
#include "mt-roster-model.h"
#include "mt-store.h"
#include "mt-store-roster.h"
#include "mt-toast.h"
#include "mt-window-import.h"
#include "mt-window-private.h"

/* Which list each page shows. A page not named here exports the list of its own name
 * (a "convoys" page exports convoys), so new list pages need no change here. */
static const struct
{
  const char *page;
  const char *kind;
} page_exports[] = {
  { "roster",   "roster" },
  { "overview", "camps" },
  { "map",      "camps" },
  { "camp",     "camps" },
};

/* One export, everything copied: it may run on a worker thread. */
typedef struct
{
  MtCsvExportKind  kind;
  char            *out_path;
  char            *as_of;
  /* roster */
  char            *search;
  char            *category;
  gint64           camp_id;
  MtRosterColumn   sort_column;
  gboolean         descending;
  /* other lists: the ids of the rows the list shows, in its order; NULL for all */
  GArray          *ids;
  gint64           n_rows;      /* -1: unknown */
} ExportJob;

static void
export_job_free (gpointer user_data)
{
  ExportJob *job = user_data;

  g_free (job->out_path);
  g_free (job->as_of);
  g_free (job->search);
  g_free (job->category);
  g_clear_pointer (&job->ids, g_array_unref);
  g_free (job);
}

/* Auxiliary methods */

static char *
dup_effective_as_of (MtWindow *self)
{
  if (self->as_of != NULL)
    return g_strdup (self->as_of);
  return mt_store_dup_latest_date (self->store);
}

/* Large rosters take seconds to write: a worker thread with its own connection keeps the
 * window responsive (mt_store_run_job). */
static gboolean
run_export (MtStore       *store,
            gpointer       data,
            GCancellable  *cancellable,
            GError       **error)
{
  ExportJob *job = data;

  if (job->kind == MT_CSV_EXPORT_ROSTER)
    {
      MtRosterQuery query = {
        .search = job->search,
        .camp_id = job->camp_id,
        .category = job->category,
        .sort_column = job->sort_column,
        .descending = job->descending,
        .as_of = job->as_of,
      };

      return mt_csv_export_to_path (store, job->kind, &query, job->as_of, job->out_path, error);
    }
  else
    {
      /* An empty list shows no rows: a header only, so never NULL (every row) for it. */
      static const gint64 no_ids[1] = { 0 };
      const gint64 *ids = NULL;

      if (job->ids != NULL)
        ids = job->ids->len > 0 ? (const gint64 *) job->ids->data : no_ids;
      return mt_csv_export_ids_to_path (store, job->kind, NULL, job->as_of, ids,
                                        job->ids != NULL ? job->ids->len : 0, job->out_path,
                                        error);
    }
}

static void
show_export_toast (MtWindow  *self,
                   ExportJob *job,
                   GError    *error)
{
  g_autofree char *base = g_path_get_basename (job->out_path);
  g_autofree char *text = NULL;
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  if (error != NULL)
    /* Translators: %s is the error message */
    text = g_strdup_printf (_("Could not export: %s"), error->message);
  else if (job->n_rows >= 0)
    {
      g_autofree char *count = mt_format_count (job->n_rows);

      /* Translators: e.g. "Exported 1,204 rows to “roster-2023-10-16.csv”" */
      text = g_strdup_printf (ngettext ("Exported %s row to “%s”", "Exported %s rows to “%s”",
                                        (gulong) job->n_rows),
                              count, base);
    }
  else
    /* Translators: %s is a file name */
    text = g_strdup_printf (_("Exported to “%s”"), base);

  /* Toast titles are markup in libadwaita 1.2; file names may hold '&'. */
  escaped = g_markup_escape_text (text, -1);
  toast = adw_toast_new (escaped);
  if (error != NULL)
    adw_toast_set_timeout (toast, 0);
  else
    {
      g_autoptr(GFile) file = g_file_new_for_path (job->out_path);
      g_autofree char *uri = g_file_get_uri (file);

      /* The planner exported it to look at it: one click opens it in the spreadsheet. */
      adw_toast_set_button_label (toast, _("_Open"));
      adw_toast_set_action_name (toast, "win.open-export");
      adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
open_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = user_data;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error))
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uri);
      g_autofree char *base = g_file_get_basename (file);
      /* Translators: the exported file could not be opened; the file name, the reason */
      g_autofree char *message = g_strdup_printf (_("Could not open “%s”: %s"), base,
                                                  error->message);

      mt_show_toast (GTK_WIDGET (source), message);
    }
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  MtWindow *self = MT_WINDOW (source);
  g_autoptr(GError) error = NULL;

  g_task_propagate_boolean (G_TASK (result), &error);

  /* The window went (the program quits) while the export ran: nothing to tell. */
  if (self->toast_overlay == NULL)
    return;

  show_export_toast (self, g_task_get_task_data (G_TASK (result)), error);
}

static void
start_export (MtWindow  *self,
              ExportJob *job)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, export_done_cb, NULL);

  g_task_set_source_tag (task, start_export);
  g_task_set_task_data (task, job, export_job_free);
  mt_store_run_job (self->store, task, run_export);
}

/* The rows a list shows now, filtered and sorted: the sidebar's camps, a records page's. */
static GListModel *
shown_rows (MtWindow        *self,
            MtCsvExportKind  kind)
{
  switch (kind)
    {
    case MT_CSV_EXPORT_MOVEMENTS:
      return G_LIST_MODEL (mt_records_page_get_selection (self->movements_page));
    case MT_CSV_EXPORT_CONVOYS:
      return G_LIST_MODEL (mt_records_page_get_selection (self->convoys_page));
    case MT_CSV_EXPORT_ASSETS:
      return G_LIST_MODEL (mt_records_page_get_selection (self->assets_page));
    case MT_CSV_EXPORT_CAMPS:
      return G_LIST_MODEL (self->filtered);
    case MT_CSV_EXPORT_ROSTER:
    default:
      g_assert_not_reached ();
    }
}

/* Fills @job with what the window shows of its list now. */
static void
capture_filters (MtWindow  *self,
                 ExportJob *job)
{
  job->as_of = g_strdup (self->as_of);
  job->n_rows = -1;

  if (job->kind == MT_CSV_EXPORT_ROSTER)
    {
      MtRosterModel *model = mt_roster_page_get_model (self->roster_page);
      int column = MT_ROSTER_COLUMN_PERSONNEL_ID;

      if (model == NULL)
        return;
      g_object_get (model,
                    "search", &job->search,
                    "category", &job->category,
                    "camp-id", &job->camp_id,
                    "sort-column", &column,
                    "descending", &job->descending,
                    NULL);
      job->sort_column = column;
      job->n_rows = g_list_model_get_n_items (G_LIST_MODEL (model));
    }
  else
    {
      GListModel *shown = shown_rows (self, job->kind);
      guint n_shown = g_list_model_get_n_items (shown);

      job->n_rows = n_shown;
      job->ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_shown);
      for (guint i = 0; i < n_shown; i++)
        {
          g_autoptr(GObject) row = g_list_model_get_item (shown, i);
          gint64 id = 0;

          /* MtCamp, MtMovement, MtConvoy, MtAsset: all have an "id". */
          g_object_get (row, "id", &id, NULL);
          g_array_append_val (job->ids, id);
        }
    }
}

/* Takes @job: captures what the list shows now and writes it. */
static void
export_job_run (MtWindow  *self,
                ExportJob *job)
{
  capture_filters (self, job);
  start_export (self, job);
}

static void
save_response_cb (GtkFileChooserNative *chooser,
                  int                   response,
                  gpointer              user_data)
{
  MtWindow *self = MT_WINDOW (gtk_native_dialog_get_transient_for (GTK_NATIVE_DIALOG (chooser)));
  ExportJob *job = user_data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (file == NULL || (job->out_path = g_file_get_path (file)) == NULL)
    {
      export_job_free (job);
      g_object_unref (chooser);
      return;
    }

  /* The filters as they are now, when the user confirms. */
  export_job_run (self, job);
  g_object_unref (chooser);
}

static void
export_kind (MtWindow        *self,
             MtCsvExportKind  kind)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *date = dup_effective_as_of (self);
  g_autofree char *name = NULL;
  ExportJob *job;

  job = g_new0 (ExportJob, 1);
  job->kind = kind;

  /* The list and the date it shows: "roster-2023-10-16.csv". */
  name = g_strdup_printf ("%s-%s.csv", mt_csv_export_kind_to_string (kind),
                          date != NULL ? date : "all");

  chooser = gtk_file_chooser_native_new (_("Export as CSV"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (save_response_cb), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Actions */

static void
import_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  MtWindow *self = MT_WINDOW (widget);
  MtImportDialog *dialog = mt_import_dialog_new (GTK_WINDOW (self), self->store, self->toast_overlay);

  gtk_window_present (GTK_WINDOW (dialog));
  mt_import_dialog_choose_file (dialog);
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  MtWindow *self = MT_WINDOW (widget);
  const char *page = mt_window_get_page (self);
  const char *kind_name = page;
  MtCsvExportKind kind;

  for (guint i = 0; i < G_N_ELEMENTS (page_exports); i++)
    if (g_strcmp0 (page, page_exports[i].page) == 0)
      kind_name = page_exports[i].kind;

  if (kind_name == NULL || !mt_csv_export_kind_from_string (kind_name, &kind))
    {
      g_warning ("The page “%s” has no list to export", page);
      return;
    }

  export_kind (self, kind);
}

static void
export_list_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  MtCsvExportKind kind;

  if (!mt_csv_export_kind_from_string (g_variant_get_string (param, NULL), &kind))
    {
      g_warning ("Unknown list “%s”", g_variant_get_string (param, NULL));
      return;
    }

  export_kind (MT_WINDOW (widget), kind);
}

static void
open_export_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  const char *uri = g_variant_get_string (param, NULL);

  /* GtkFileLauncher would be the way from GTK 4.10; 4.8 has gtk_show_uri_full(). */
  gtk_show_uri_full (GTK_WINDOW (widget), uri, GDK_CURRENT_TIME, NULL, open_done_cb,
                     g_strdup (uri));
}

/* Public API */

void
mt_window_export_csv_to_path (MtWindow        *self,
                              MtCsvExportKind  kind,
                              const char      *path)
{
  ExportJob *job;

  g_return_if_fail (MT_IS_WINDOW (self));
  g_return_if_fail (path != NULL);

  job = g_new0 (ExportJob, 1);
  job->kind = kind;
  job->out_path = g_strdup (path);
  export_job_run (self, job);
}

/* Private API */

void
_mt_window_class_install_import_actions (MtWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.import-csv", NULL, import_csv_action);
  gtk_widget_class_install_action (widget_class, "win.export-csv", NULL, export_csv_action);
  gtk_widget_class_install_action (widget_class, "win.export-list", "s", export_list_action);
  gtk_widget_class_install_action (widget_class, "win.open-export", "s", open_export_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK,
                                       "win.import-csv", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "win.export-csv", NULL);
}

void
_mt_window_init_import (MtWindow *self)
{
}
