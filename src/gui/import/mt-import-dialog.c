/* mt-import-dialog.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * This file holds the window itself: its properties, template, buttons and file
 * chooser. mt-import-dialog-settings.c reads the chosen file's header and first rows
 * and keeps the settings (encoding, separator, columns, fixed values, mode) in step
 * with the widgets, mt-import-dialog-presets.c the presets, and
 * mt-import-dialog-run.c runs the importer with those settings.
 */

#define G_LOG_DOMAIN "mt-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-import-dialog-private.h"
#include "mt-resources.h"
#include "mt-store.h"

enum {
  PROP_0,
  PROP_STORE,
  PROP_TOASTS,
  N_PROPS
};

enum {
  FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MtImportDialog, mt_import_dialog, ADW_TYPE_WINDOW)

/* Callbacks */

static void
chooser_response_cb (MtImportDialog       *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file != NULL)
    mt_import_dialog_set_file (self, file);
  else if (self->file == NULL)
    /* Cancelled before any file was chosen: nothing left to do here. */
    gtk_window_close (GTK_WINDOW (self));
}

static void
choose_clicked_cb (MtImportDialog *self)
{
  mt_import_dialog_choose_file (self);
}

static void
cancel_clicked_cb (MtImportDialog *self)
{
  if (self->running)
    {
      /* The importer rolls back: the database stays as it was. */
      g_cancellable_cancel (self->run_cancellable);
      gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), FALSE);
      gtk_label_set_label (self->progress_detail, _("Cancelling…"));
      return;
    }

  gtk_window_close (GTK_WINDOW (self));
}

static void
import_clicked_cb (MtImportDialog *self)
{
  mt_import_dialog_start_import (self);
}

static void
escape_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  cancel_clicked_cb (MT_IMPORT_DIALOG (widget));
}

/* GObject overrides */

static gboolean
mt_import_dialog_close_request (GtkWindow *window)
{
  MtImportDialog *self = MT_IMPORT_DIALOG (window);

  /* Closing mid-import cancels it; the dialog closes once the database is as before. */
  if (self->running)
    {
      cancel_clicked_cb (self);
      return TRUE;
    }

  _mt_import_dialog_cancel_runs (self);
  return GTK_WINDOW_CLASS (mt_import_dialog_parent_class)->close_request (window);
}

static void
mt_import_dialog_dispose (GObject *object)
{
  MtImportDialog *self = MT_IMPORT_DIALOG (object);

  _mt_import_dialog_cancel_runs (self);
  g_clear_handle_id (&self->saving_pulse, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), MT_TYPE_IMPORT_DIALOG);
  g_clear_object (&self->preview);
  g_clear_object (&self->dry_result);
  g_clear_object (&self->store);
  g_clear_weak_pointer (&self->toasts);

  G_OBJECT_CLASS (mt_import_dialog_parent_class)->dispose (object);
}

static void
mt_import_dialog_finalize (GObject *object)
{
  MtImportDialog *self = MT_IMPORT_DIALOG (object);

  g_clear_object (&self->file);
  g_clear_pointer (&self->settings, mt_csv_import_settings_free);
  g_clear_error (&self->dry_error);
  g_clear_object (&self->dry_cancellable);
  g_clear_object (&self->run_cancellable);
  g_ptr_array_unref (self->column_rows);
  g_ptr_array_unref (self->constant_rows);
  g_ptr_array_unref (self->updated_rows);
  g_ptr_array_unref (self->value_rows);

  G_OBJECT_CLASS (mt_import_dialog_parent_class)->finalize (object);
}

static void
mt_import_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MtImportDialog *self = MT_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_TOASTS:
      g_value_set_object (value, self->toasts);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_import_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  MtImportDialog *self = MT_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_TOASTS:
      g_set_weak_pointer (&self->toasts, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_import_dialog_class_init (MtImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = mt_import_dialog_dispose;
  object_class->finalize = mt_import_dialog_finalize;
  object_class->get_property = mt_import_dialog_get_property;
  object_class->set_property = mt_import_dialog_set_property;
  window_class->close_request = mt_import_dialog_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOASTS] =
    g_param_spec_object ("toasts", NULL, NULL, ADW_TYPE_TOAST_OVERLAY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2,
                  MT_TYPE_CSV_IMPORT_RESULT, ADW_TYPE_TOAST);

  /* The resources sit in a static library: referencing them is what links them in. */
  g_assert (mt_get_resource () != NULL);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/minusma/Tracker/ui/import/mt-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MtImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, MtImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, MtImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, MtImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, MtImportDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, MtImportDialog, problem_label);
  gtk_widget_class_bind_template_child (widget_class, MtImportDialog, file_row);
  gtk_widget_class_bind_template_child (widget_class, MtImportDialog, encoding_row);
  gtk_widget_class_bind_template_child (widget_class, MtImportDialog, encoding_names);
  gtk_widget_class_bind_template_child (widget_class, MtImportDialog, separator_row);
  gtk_widget_class_bind_template_child (widget_class, MtImportDialog, separator_names);
  gtk_widget_class_bind_template_child (widget_class, MtImportDialog, mode_row);
  gtk_widget_class_bind_template_child (widget_class, MtImportDialog, preset_row);
  gtk_widget_class_bind_template_child (widget_class, MtImportDialog, preset_names);
  gtk_widget_class_bind_template_child (widget_class, MtImportDialog, save_preset_button);
  gtk_widget_class_bind_template_child (widget_class, MtImportDialog, preview_grid);
  gtk_widget_class_bind_template_child (widget_class, MtImportDialog, columns_group);
  gtk_widget_class_bind_template_child (widget_class, MtImportDialog, constants_group);
  gtk_widget_class_bind_template_child (widget_class, MtImportDialog, changes_group);
  gtk_widget_class_bind_template_child (widget_class, MtImportDialog, new_label);
  gtk_widget_class_bind_template_child (widget_class, MtImportDialog, updated_row);
  gtk_widget_class_bind_template_child (widget_class, MtImportDialog, updated_label);
  gtk_widget_class_bind_template_child (widget_class, MtImportDialog, unchanged_label);
  gtk_widget_class_bind_template_child (widget_class, MtImportDialog, rejected_label);
  gtk_widget_class_bind_template_child (widget_class, MtImportDialog, rejected_row);
  gtk_widget_class_bind_template_child (widget_class, MtImportDialog, rejects_group);
  gtk_widget_class_bind_template_child (widget_class, MtImportDialog, values_group);
  gtk_widget_class_bind_template_child (widget_class, MtImportDialog, rejects_view);
  gtk_widget_class_bind_template_child (widget_class, MtImportDialog, progress_title);
  gtk_widget_class_bind_template_child (widget_class, MtImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, MtImportDialog, progress_detail);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, import_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, choose_clicked_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "save_preset_clicked_cb",
                                                G_CALLBACK (_mt_import_dialog_save_preset_clicked_cb));

  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, escape_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "import.cancel", NULL);
}

static void
mt_import_dialog_init (MtImportDialog *self)
{
  self->column_rows = g_ptr_array_new ();
  self->constant_rows = g_ptr_array_new ();
  self->updated_rows = g_ptr_array_new ();
  self->value_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  _mt_import_dialog_init_settings (self);
  g_signal_connect_object (self->preset_row, "notify::selected",
                           G_CALLBACK (_mt_import_dialog_preset_selected_cb), self, G_CONNECT_SWAPPED);

  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->import_button));
}

/* Private API */

void
_mt_import_dialog_emit_finished (MtImportDialog    *self,
                                 MtCsvImportResult *result,
                                 AdwToast          *toast)
{
  g_assert (MT_IS_IMPORT_DIALOG (self));

  g_signal_emit (self, signals[FINISHED], 0, result, toast);
}

/* Public API */

MtImportDialog *
mt_import_dialog_new (GtkWindow       *parent,
                      MtStore         *store,
                      AdwToastOverlay *toasts)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (MT_IS_STORE (store), NULL);
  g_return_val_if_fail (toasts == NULL || ADW_IS_TOAST_OVERLAY (toasts), NULL);

  return g_object_new (MT_TYPE_IMPORT_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       "toasts", toasts,
                       NULL);
}

void
mt_import_dialog_choose_file (MtImportDialog *self)
{
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  g_return_if_fail (MT_IS_IMPORT_DIALOG (self));

  if (self->chooser != NULL || self->running)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Choose a Roster File"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  gtk_file_filter_set_name (csv, _("CSV and text files"));
  gtk_file_filter_add_pattern (csv, "*.csv");
  gtk_file_filter_add_pattern (csv, "*.CSV");
  gtk_file_filter_add_pattern (csv, "*.txt");
  gtk_file_filter_add_pattern (csv, "*.TXT");
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), csv);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);

  if (self->file != NULL)
    {
      g_autoptr(GFile) dir = g_file_get_parent (self->file);

      if (dir != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), dir, NULL);
    }

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

gboolean
mt_import_dialog_set_file (MtImportDialog *self,
                           GFile          *file)
{
  g_return_val_if_fail (MT_IS_IMPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->running)
    return FALSE;

  _mt_import_dialog_cancel_runs (self);
  g_set_object (&self->file, file);
  g_clear_pointer (&self->settings, mt_csv_import_settings_free);

  return _mt_import_dialog_load_preview (self, NULL);
}

gboolean
mt_import_dialog_get_busy (MtImportDialog *self)
{
  g_return_val_if_fail (MT_IS_IMPORT_DIALOG (self), FALSE);

  return self->running || self->dry_run_timeout != 0 ||
         (self->dry_cancellable != NULL && self->dry_result == NULL && self->dry_error == NULL);
}

gboolean
mt_import_dialog_start_import (MtImportDialog *self)
{
  g_return_val_if_fail (MT_IS_IMPORT_DIALOG (self), FALSE);

  if (!gtk_widget_get_sensitive (GTK_WIDGET (self->import_button)))
    return FALSE;

  return _mt_import_dialog_run (self);
}
