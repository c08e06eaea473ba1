/* mt-import-dialog-run.c: the import dialog's dry run, import and results.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dry run and the import call the same importer function with the same
 * settings (only the rejects file, which a dry run must not write, differs), so
 * "what will change" is what the import then does. Both run on a worker thread with
 * their own database connection; the importer reports progress in this thread.
 */

#define G_LOG_DOMAIN "mt-import-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>
#include <unistd.h>

#include "mt-date.h"
#include "mt-import-dialog-private.h"
#include "mt-rejects-window.h"
#include "mt-store-history.h"
#include "mt-store.h"

/* The rejected rows and warnings listed before "… and 9,900 more": enough to see what is
 * wrong; all of them are on the command line's standard error and in the rejects file. */
#define MESSAGES_LISTED 100

/* Typing a fixed value re-checks the file once the user pauses. */
#define DRY_RUN_DELAY_MS 400

/* Ties an asynchronous run to the dialog and to the run it was: a dry run whose
 * cancellable is no longer the dialog's current one is stale and ignored. */
typedef struct
{
  MtImportDialog *self;
  GCancellable   *cancellable;
  char           *latest_before;  /* the import's: the latest data before it ran */
} RunData;

static RunData *
run_data_new (MtImportDialog *self,
              GCancellable   *cancellable)
{
  RunData *data = g_new0 (RunData, 1);

  data->self = g_object_ref (self);
  data->cancellable = g_object_ref (cancellable);
  return data;
}

static void
run_data_free (gpointer user_data)
{
  RunData *data = user_data;

  g_object_unref (data->self);
  g_object_unref (data->cancellable);
  g_free (data->latest_before);
  g_free (data);
}

/* Auxiliary methods */

static char *
format_count (guint64 value)
{
  return mt_format_count ((gint64) MIN (value, (guint64) G_MAXINT64));
}

static void
set_count_labels (MtImportDialog *self,
                  const char     *text)
{
  gtk_label_set_label (self->new_label, text);
  gtk_label_set_label (self->updated_label, text);
  gtk_label_set_label (self->unchanged_label, text);
  gtk_label_set_label (self->rejected_label, text);
}

static void
clear_results (MtImportDialog *self)
{
  for (guint i = 0; i < self->updated_rows->len; i++)
    adw_expander_row_remove (self->updated_row, g_ptr_array_index (self->updated_rows, i));
  g_ptr_array_set_size (self->updated_rows, 0);
  gtk_list_view_set_model (self->rejects_view, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->rejects_group), FALSE);
  adw_expander_row_set_enable_expansion (self->updated_row, FALSE);
}

/* The first field that two columns both claim, or IGNORE. */
static MtCsvField
find_duplicate_target (MtImportDialog *self)
{
  guint n = mt_csv_preview_get_n_columns (self->preview);
  gboolean seen[MT_CSV_N_FIELDS] = { FALSE, };

  for (guint c = 0; c < n; c++)
    {
      MtCsvField field = mt_csv_import_settings_get_column (self->settings, c);

      if (field == MT_CSV_FIELD_IGNORE || field >= MT_CSV_N_FIELDS)
        continue;
      if (seen[field])
        return field;
      seen[field] = TRUE;
    }
  return MT_CSV_FIELD_IGNORE;
}

/* The required fields no column and no fixed value fills, as a list for people. */
static char *
dup_missing_required (MtImportDialog *self)
{
  g_autoptr(GString) missing = g_string_new (NULL);
  guint n = mt_csv_preview_get_n_columns (self->preview);

  for (int f = MT_CSV_FIELD_IGNORE + 1; f < MT_CSV_N_FIELDS; f++)
    {
      gboolean filled = self->settings->constants[f] != NULL && self->settings->constants[f][0] != '\0';

      if (!mt_csv_field_is_required (f))
        continue;
      for (guint c = 0; c < n && !filled; c++)
        filled = mt_csv_import_settings_get_column (self->settings, c) == (MtCsvField) f;
      if (filled)
        continue;
      if (missing->len > 0)
        /* Translators: separates items in a list of fields */
        g_string_append (missing, _(", "));
      g_string_append (missing, mt_csv_field_get_label (f));
    }

  return missing->len > 0 ? g_string_free (g_steal_pointer (&missing), FALSE) : NULL;
}

static void
show_result (MtImportDialog    *self,
             MtCsvImportResult *result)
{
  g_autofree char *n_new = format_count (mt_csv_import_result_get_n_new (result));
  g_autofree char *n_updated = format_count (mt_csv_import_result_get_n_updated (result));
  g_autofree char *n_unchanged = format_count (mt_csv_import_result_get_n_unchanged (result));
  g_autofree char *n_rejected = format_count (mt_csv_import_result_get_n_rejected (result));
  g_autoptr(GtkStringList) texts = gtk_string_list_new (NULL);
  GListModel *messages = mt_csv_import_result_get_messages (result);
  guint n_kept = messages != NULL ? g_list_model_get_n_items (messages) : 0;
  guint64 n_messages = MAX (mt_csv_import_result_get_n_messages (result), n_kept);
  guint n_listed = 0;

  clear_results (self);
  gtk_label_set_label (self->new_label, n_new);
  gtk_label_set_label (self->updated_label, n_updated);
  gtk_label_set_label (self->unchanged_label, n_unchanged);
  gtk_label_set_label (self->rejected_label, n_rejected);

  /* Which fields the updates change, so a wrong mapping shows before it is written. */
  for (int f = MT_CSV_FIELD_IGNORE + 1; f < MT_CSV_N_FIELDS; f++)
    {
      guint64 n = mt_csv_import_result_get_n_changed (result, f);
      g_autofree char *count = NULL;
      g_autofree char *text = NULL;
      GtkWidget *row;

      if (n == 0 || f == MT_CSV_FIELD_PERSONNEL_ID)
        continue;
      count = format_count (n);
      /* Translators: how many updated people get a new value in one field */
      text = g_strdup_printf (ngettext ("%s person", "%s people", (gulong) MIN (n, G_MAXULONG)), count);
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), mt_csv_field_get_label (f));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_label_new (text));
      adw_expander_row_add_row (self->updated_row, row);
      g_ptr_array_add (self->updated_rows, row);
    }
  adw_expander_row_set_enable_expansion (self->updated_row, self->updated_rows->len > 0);
  adw_expander_row_set_subtitle (self->updated_row,
                                 self->updated_rows->len > 0 ? _("Show which fields change") : NULL);

  /* The first ones, and every sum-up of warnings (about the whole file: line 0), which comes
   * at the end of its part of the file. */
  for (guint i = 0; i < n_kept; i++)
    {
      g_autoptr(MtCsvMessage) message = g_list_model_get_item (messages, i);

      if (i < MESSAGES_LISTED || mt_csv_message_get_line (message) == 0)
        {
          gtk_string_list_append (texts, mt_csv_message_get_text (message));
          n_listed++;
        }
    }
  if (n_messages > n_listed)
    {
      guint64 more = n_messages - n_listed;
      g_autofree char *count = format_count (more);
      g_autofree char *text = NULL;

      /* Translators: the last line of the list of rejected rows and warnings */
      text = g_strdup_printf (ngettext ("… and %s more", "… and %s more",
                                        (gulong) MIN (more, G_MAXULONG)),
                              count);
      gtk_string_list_append (texts, text);
    }
  if (n_messages > 0)
    {
      g_autoptr(GtkNoSelection) selection = gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&texts)));

      gtk_list_view_set_model (self->rejects_view, GTK_SELECTION_MODEL (selection));
      adw_preferences_group_set_title (self->rejects_group,
                                       mt_csv_import_result_get_n_rejected (result) > 0
                                       ? _("Rejected Rows") : _("Warnings"));
      gtk_widget_set_visible (GTK_WIDGET (self->rejects_group), TRUE);
    }
}

/* What stops the import, for people; NULL when it may go ahead. */
static char *
dup_blocking_problem (MtImportDialog *self)
{
  MtCsvImportResult *result = self->dry_result;
  guint64 n_rejected;

  if (self->preview == NULL || self->settings == NULL)
    return NULL;

  if (self->dry_error != NULL)
    {
      if (g_error_matches (self->dry_error, MT_CSV_ERROR, MT_CSV_ERROR_MAPPING))
        return g_strdup_printf (_("%s\nChoose the column that holds it, or type one value for every row under “Missing Columns”."),
                                self->dry_error->message);
      return g_strdup (self->dry_error->message);
    }

  if (result == NULL)
    return NULL;

  if (mt_csv_import_result_get_already_imported (result))
    return g_strdup (_("This very file was imported before: importing it again would change nothing."));

  n_rejected = mt_csv_import_result_get_n_rejected (result);
  if (n_rejected > 0 && self->settings->mode == MT_CSV_IMPORT_ALL_OR_NOTHING)
    {
      g_autofree char *count = format_count (n_rejected);

      if (_mt_import_dialog_has_refused_values (self))
        return g_strdup_printf (ngettext ("%s row is invalid, so nothing would be imported. Say under “Unknown Values” what the file’s values mean, correct the file, or choose to skip invalid rows.",
                                          "%s rows are invalid, so nothing would be imported. Say under “Unknown Values” what the file’s values mean, correct the file, or choose to skip invalid rows.",
                                          (gulong) MIN (n_rejected, G_MAXULONG)),
                                count);
      return g_strdup_printf (ngettext ("%s row is invalid, so nothing would be imported. Correct the file, or choose to skip invalid rows.",
                                        "%s rows are invalid, so nothing would be imported. Correct the file, or choose to skip invalid rows.",
                                        (gulong) MIN (n_rejected, G_MAXULONG)),
                              count);
    }

  if (mt_csv_import_result_get_n_new (result) + mt_csv_import_result_get_n_updated (result) == 0)
    return g_strdup (_("Nothing to import: the roster already holds every valid row of this file as it is."));

  return NULL;
}

/* How much of the file is read, as the bar shows it: rounded down, so 100% means done. */
static char *
progress_percent (goffset done,
                  goffset total)
{
  return mt_format_percent (floor (100.0 * CLAMP ((double) done / total, 0.0, 1.0)), 0);
}

/* Callbacks */

static void
dry_progress_cb (goffset  bytes_done,
                 goffset  bytes_total,
                 guint64  rows_done,
                 gpointer user_data)
{
  RunData *data = user_data;
  MtImportDialog *self = data->self;
  g_autofree char *percent_read = NULL;
  g_autofree char *text = NULL;

  if (data->cancellable != self->dry_cancellable || bytes_total <= 0)
    return;

  percent_read = progress_percent (bytes_done, bytes_total);
  /* Translators: shown while the file is checked, %s is how much of it was read, e.g.
   * "Checking… 35%" */
  text = g_strdup_printf (_("Checking… %s"), percent_read);
  adw_preferences_group_set_description (self->changes_group, text);
}

static void
dry_run_done_cb (GObject      *source,
                 GAsyncResult *res,
                 gpointer      user_data)
{
  RunData *data = user_data;
  MtImportDialog *self = data->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(MtCsvImportResult) result = NULL;
  g_autofree char *problem = NULL;

  result = mt_csv_import_file_finish (self->store, res, &error);

  /* A newer dry run (or none) is wanted now: this one is stale. */
  if (data->cancellable != self->dry_cancellable ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      run_data_free (data);
      return;
    }

  adw_preferences_group_set_description (self->changes_group, NULL);
  g_clear_object (&self->dry_result);
  g_clear_error (&self->dry_error);
  if (result != NULL)
    {
      self->dry_result = g_steal_pointer (&result);
      show_result (self, self->dry_result);
      _mt_import_dialog_fill_values (self, self->dry_result);
    }
  else
    {
      self->dry_error = g_steal_pointer (&error);
      clear_results (self);
      _mt_import_dialog_clear_values (self);
      set_count_labels (self, "—");
    }

  problem = dup_blocking_problem (self);
  _mt_import_dialog_show_problem (self, problem);
  run_data_free (data);
}

static gboolean
start_dry_run (gpointer user_data)
{
  MtImportDialog *self = MT_IMPORT_DIALOG (user_data);
  g_autofree char *path = NULL;
  g_autofree char *missing = NULL;
  MtCsvField duplicate;

  self->dry_run_timeout = 0;
  if (self->preview == NULL || self->settings == NULL)
    return G_SOURCE_REMOVE;

  duplicate = find_duplicate_target (self);
  if (duplicate != MT_CSV_FIELD_IGNORE)
    {
      g_autofree char *message =
        g_strdup_printf (_("Two columns are set to “%s”. Choose “Ignore” for one of them."),
                         mt_csv_field_get_label (duplicate));
      clear_results (self);
      set_count_labels (self, "—");
      _mt_import_dialog_show_problem (self, message);
      return G_SOURCE_REMOVE;
    }

  missing = dup_missing_required (self);
  if (missing != NULL)
    {
      /* Translators: %s lists fields, e.g. "Contingent, Camp" */
      g_autofree char *message =
        g_strdup_printf (_("The file has no column for: %s. Choose the column that holds it, or type one value for every row under “Missing Columns”."),
                         missing);
      clear_results (self);
      set_count_labels (self, "—");
      _mt_import_dialog_show_problem (self, message);
      return G_SOURCE_REMOVE;
    }

  path = g_file_get_path (self->file);
  self->dry_cancellable = g_cancellable_new ();
  set_count_labels (self, "…");
  adw_preferences_group_set_description (self->changes_group, _("Checking…"));
  _mt_import_dialog_update_import_button (self);

  mt_csv_import_file_async (self->store, path, self->settings, TRUE,
                            dry_progress_cb, run_data_new (self, self->dry_cancellable), run_data_free,
                            self->dry_cancellable, dry_run_done_cb,
                            run_data_new (self, self->dry_cancellable));
  return G_SOURCE_REMOVE;
}

static gboolean
saving_pulse_cb (gpointer user_data)
{
  MtImportDialog *self = user_data;

  gtk_progress_bar_pulse (self->progress_bar);

  return G_SOURCE_CONTINUE;
}

static void
run_progress_cb (goffset  bytes_done,
                 goffset  bytes_total,
                 guint64  rows_done,
                 gpointer user_data)
{
  RunData *data = user_data;
  MtImportDialog *self = data->self;
  g_autofree char *rows = format_count (rows_done);
  g_autofree char *text = NULL;

  if (bytes_total > 0)
    {
      g_autofree char *percent = progress_percent (bytes_done, bytes_total);

      /* The bar's text is ours, not GTK's "%.0f %%": the same figure, written as the
       * locale writes percentages. */
      gtk_progress_bar_set_fraction (self->progress_bar, (double) bytes_done / bytes_total);
      gtk_progress_bar_set_text (self->progress_bar, percent);
    }
  else
    {
      gtk_progress_bar_pulse (self->progress_bar);
    }

  if (g_cancellable_is_cancelled (data->cancellable))
    return;

  /* The whole file is read: what is left is SQLite writing it out (under a second for a
   * million rows), which cannot be interrupted halfway — so no Cancel, and a moving bar. */
  if (bytes_total > 0 && bytes_done >= bytes_total)
    {
      /* Translators: import progress once the whole file is read, e.g. "12,000 rows read,
       * saving…" */
      text = g_strdup_printf (ngettext ("%s row read, saving…", "%s rows read, saving…",
                                        (gulong) MIN (rows_done, G_MAXULONG)),
                              rows);
      gtk_label_set_label (self->progress_detail, text);
      gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), FALSE);
      if (self->saving_pulse == 0)
        self->saving_pulse = g_timeout_add (100, saving_pulse_cb, self);
      return;
    }

  /* Translators: import progress, e.g. "12,000 rows read" */
  text = g_strdup_printf (ngettext ("%s row read", "%s rows read", (gulong) MIN (rows_done, G_MAXULONG)), rows);
  gtk_label_set_label (self->progress_detail, text);
}

static void
run_done_cb (GObject      *source,
             GAsyncResult *res,
             gpointer      user_data)
{
  RunData *data = user_data;
  MtImportDialog *self = data->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(MtCsvImportResult) result = NULL;
  AdwToast *toast = NULL;

  result = mt_csv_import_file_finish (self->store, res, &error);
  self->running = FALSE;
  g_clear_handle_id (&self->saving_pulse, g_source_remove);
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), TRUE);

  if (result != NULL && mt_csv_import_result_get_committed (result))
    {
      g_autofree char *rejects_path = NULL;

      if (self->settings->mode == MT_CSV_IMPORT_SKIP_INVALID &&
          mt_csv_import_result_get_n_rejected (result) > 0)
        rejects_path = _mt_import_dialog_dup_rejects_path (self);
      /* The import is one step of the window's undo stack (Ctrl+Z), like any edit. */
      if (mt_csv_import_result_get_import_id (result) > 0)
        {
          g_autofree char *name = g_file_get_basename (self->file);

          mt_store_push_import_step (self->store, mt_csv_import_result_get_import_id (result),
                                     name);
        }
      if (self->toasts != NULL)
        toast = mt_import_toast_show (self->toasts, self->store, result, rejects_path,
                                      data->latest_before);
      _mt_import_dialog_emit_finished (self, result, toast);
      gtk_window_destroy (GTK_WINDOW (self));
      run_data_free (data);
      return;
    }

  /* Back to the settings, with what happened; the user's choices are all still there. */
  gtk_stack_set_visible_child_name (self->stack, "preview");
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    _mt_import_dialog_show_problem (self, _("Import cancelled. The roster is as it was."));
  else if (error != NULL)
    _mt_import_dialog_show_problem (self, error->message);
  else
    {
      /* The file changed since the check, or was imported meanwhile: show the new facts. */
      g_autofree char *problem = NULL;

      g_set_object (&self->dry_result, result);
      show_result (self, result);
      problem = dup_blocking_problem (self);
      _mt_import_dialog_show_problem (self, problem != NULL ? problem : _("Nothing was imported."));
    }
  run_data_free (data);
}

/* Private API */

void
_mt_import_dialog_cancel_runs (MtImportDialog *self)
{
  g_assert (MT_IS_IMPORT_DIALOG (self));

  g_clear_handle_id (&self->dry_run_timeout, g_source_remove);
  if (self->dry_cancellable != NULL)
    g_cancellable_cancel (self->dry_cancellable);
  g_clear_object (&self->dry_cancellable);
  g_clear_object (&self->dry_result);
  g_clear_error (&self->dry_error);
}

void
_mt_import_dialog_queue_dry_run (MtImportDialog *self,
                                 gboolean        now)
{
  g_assert (MT_IS_IMPORT_DIALOG (self));

  _mt_import_dialog_cancel_runs (self);
  set_count_labels (self, "…");
  _mt_import_dialog_update_import_button (self);

  if (now)
    start_dry_run (self);
  else
    self->dry_run_timeout = g_timeout_add (DRY_RUN_DELAY_MS, start_dry_run, self);
}

void
_mt_import_dialog_update_import_button (MtImportDialog *self)
{
  g_autofree char *problem = NULL;
  gboolean ok;

  g_assert (MT_IS_IMPORT_DIALOG (self));

  problem = dup_blocking_problem (self);
  ok = !self->running && self->dry_result != NULL && self->dry_error == NULL &&
       problem == NULL && self->dry_run_timeout == 0;
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), ok);

  if (self->dry_result != NULL && mt_csv_import_result_get_n_rejected (self->dry_result) > 0 &&
      self->settings->mode == MT_CSV_IMPORT_SKIP_INVALID)
    gtk_button_set_label (self->import_button, _("_Import Valid Rows"));
  else
    gtk_button_set_label (self->import_button, _("_Import"));
}

void
_mt_import_dialog_show_problem (MtImportDialog *self,
                                const char     *message)
{
  g_assert (MT_IS_IMPORT_DIALOG (self));

  gtk_label_set_label (self->problem_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), message != NULL);
  _mt_import_dialog_update_import_button (self);
}

char *
_mt_import_dialog_dup_rejects_path (MtImportDialog *self)
{
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  char *dot;

  g_assert (MT_IS_IMPORT_DIALOG (self));

  if (self->file == NULL || (path = g_file_get_path (self->file)) == NULL)
    return NULL;

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  if ((dot = strrchr (base, '.')) != NULL && dot != base)
    *dot = '\0';
  /* Translators: the rejects file's name; %s is the imported file's name without extension */
  name = g_strdup_printf (_("%s-rejected.csv"), base);

  /* Beside the file when possible, where the planner will look for it. */
  if (g_access (dir, W_OK) != 0)
    {
      g_free (dir);
      dir = g_strdup (g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS));
      if (dir == NULL)
        dir = g_strdup (g_get_home_dir ());
    }

  return g_build_filename (dir, name, NULL);
}

gboolean
_mt_import_dialog_run (MtImportDialog *self)
{
  g_autoptr(MtCsvImportSettings) settings = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *zero = NULL;
  RunData *done_data;

  g_assert (MT_IS_IMPORT_DIALOG (self));

  if (self->running || self->dry_result == NULL || self->file == NULL)
    return FALSE;

  settings = mt_csv_import_settings_copy (self->settings);
  if (settings->mode == MT_CSV_IMPORT_SKIP_INVALID)
    {
      g_free (settings->rejects_path);
      settings->rejects_path = _mt_import_dialog_dup_rejects_path (self);
    }

  path = g_file_get_path (self->file);
  name = g_file_get_basename (self->file);
  /* Translators: %s is a file name */
  title = g_strdup_printf (_("Importing “%s”…"), name);
  zero = progress_percent (0, 1);
  gtk_label_set_label (self->progress_title, title);
  gtk_label_set_label (self->progress_detail, "");
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_progress_bar_set_text (self->progress_bar, zero);
  gtk_stack_set_visible_child_name (self->stack, "progress");

  self->running = TRUE;
  _mt_import_dialog_update_import_button (self);
  g_clear_object (&self->run_cancellable);
  self->run_cancellable = g_cancellable_new ();
  gtk_widget_grab_focus (GTK_WIDGET (self->cancel_button));

  done_data = run_data_new (self, self->run_cancellable);
  done_data->latest_before = mt_store_dup_latest_date (self->store);
  mt_csv_import_file_async (self->store, path, settings, FALSE,
                            run_progress_cb, run_data_new (self, self->run_cancellable), run_data_free,
                            self->run_cancellable, run_done_cb, done_data);
  return TRUE;
}
