/* mt-import-dialog-private.h: shared by mt-import-dialog.c (the window, file chooser),
 * mt-import-dialog-settings.c (file preview, settings), mt-import-dialog-presets.c,
 * mt-import-dialog-values.c (unknown values) and mt-import-dialog-run.c (dry run, import,
 * results); the tests look inside too.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-csv-import.h"
#include "mt-import-dialog.h"

G_BEGIN_DECLS

/* The preview grid and the column list show the first MT_CSV_PREVIEW_MAX_COLUMNS columns of
 * a file, then only those that fill a field (the columns MtCsvPreview keeps): a widget per
 * column of a 100,000-column header would take seconds and hundreds of MB. The rest are all
 * ignored, and one line says how many. */

struct _MtImportDialog
{
  AdwWindow            parent_instance;

  MtStore             *store;
  AdwToastOverlay     *toasts;          /* (weak) the main window's */
  GtkFileChooserNative *chooser;

  GFile               *file;
  MtCsvPreview        *preview;
  /* What the user chose; the dry run and the import both run with exactly these. */
  MtCsvImportSettings *settings;
  MtCsvImportResult   *dry_result;      /* NULL until the dry run ends, or on error */
  GError              *dry_error;
  GCancellable        *dry_cancellable;
  GCancellable        *run_cancellable; /* the import itself */
  GPtrArray           *column_rows;     /* (element-type AdwComboRow) one per column shown */
  GtkWidget           *more_columns_row; /* in columns_group: the columns not shown, or NULL */
  GPtrArray           *constant_rows;   /* (element-type AdwEntryRow) one per unmapped field */
  GPtrArray           *updated_rows;    /* (element-type AdwActionRow) in updated_row */
  GPtrArray           *value_rows;      /* (element-type AdwComboRow) one per unknown value */
  guint                dry_run_timeout;
  guint                saving_pulse;    /* every row read: the bar moves while it is saved */
  guint                syncing : 1;     /* filling widgets from code: ignore their signals */
  guint                running : 1;     /* the import runs */
  guint                encoding_forced : 1;  /* chosen by the user, not detected */

  /* Template widgets */
  GtkButton           *cancel_button;
  GtkButton           *import_button;
  AdwWindowTitle      *window_title;
  GtkStack            *stack;
  AdwStatusPage       *error_page;
  GtkLabel            *problem_label;
  AdwActionRow        *file_row;
  AdwComboRow         *encoding_row;
  GtkStringList       *encoding_names;
  AdwComboRow         *separator_row;
  GtkStringList       *separator_names;
  AdwComboRow         *mode_row;
  AdwComboRow         *preset_row;
  GtkStringList       *preset_names;
  GtkButton           *save_preset_button;
  GtkGrid             *preview_grid;
  AdwPreferencesGroup *columns_group;
  AdwPreferencesGroup *constants_group;
  AdwPreferencesGroup *changes_group;
  GtkLabel            *new_label;
  AdwExpanderRow      *updated_row;
  GtkLabel            *updated_label;
  GtkLabel            *unchanged_label;
  GtkLabel            *rejected_label;
  AdwActionRow        *rejected_row;
  AdwPreferencesGroup *rejects_group;
  AdwPreferencesGroup *values_group;
  GtkListView         *rejects_view;
  GtkLabel            *progress_title;
  GtkProgressBar      *progress_bar;
  GtkLabel            *progress_detail;
};

/* mt-import-dialog-settings.c */
/* Fills the encoding and separator drop-downs and follows the rows that change the
 * settings; called once the template is built. */
void     _mt_import_dialog_init_settings   (MtImportDialog *self);
/* Reads the file again with @settings (NULL: detect everything), keeping the mode and
 * fixed values the user chose; fills the widgets and starts the dry run. */
gboolean _mt_import_dialog_load_preview    (MtImportDialog            *self,
                                            const MtCsvImportSettings *settings);

/* mt-import-dialog-presets.c */
void     _mt_import_dialog_fill_presets    (MtImportDialog *self);
void     _mt_import_dialog_preset_selected_cb (MtImportDialog *self);
void     _mt_import_dialog_save_preset_clicked_cb (MtImportDialog *self);

/* mt-import-dialog-values.c */
/* Lists the values of @result's file the tracker does not know, each with what it is mapped
 * to; keeps the rows (and the focus in them) when the values are the same as shown. */
void     _mt_import_dialog_fill_values     (MtImportDialog    *self,
                                            MtCsvImportResult *result);
void     _mt_import_dialog_clear_values    (MtImportDialog    *self);
/* Whether a category or camp listed is mapped to nothing: its rows are refused. */
gboolean _mt_import_dialog_has_refused_values (MtImportDialog *self);

/* mt-import-dialog.c */
void     _mt_import_dialog_emit_finished   (MtImportDialog    *self,
                                            MtCsvImportResult *result,
                                            AdwToast          *toast);

/* mt-import-dialog-run.c */
/* Starts (after a short pause, so typing a constant does not run it per key) the dry run
 * with the current settings; cancels the one under way. */
void     _mt_import_dialog_queue_dry_run   (MtImportDialog *self,
                                            gboolean        now);
void     _mt_import_dialog_cancel_runs     (MtImportDialog *self);
/* Shows @message (NULL: none) above the settings, and updates the Import button. */
void     _mt_import_dialog_show_problem    (MtImportDialog *self,
                                            const char     *message);
void     _mt_import_dialog_update_import_button (MtImportDialog *self);
gboolean _mt_import_dialog_run             (MtImportDialog *self);
/* The path the skip-invalid mode writes rejected rows to, beside the file. */
char    *_mt_import_dialog_dup_rejects_path (MtImportDialog *self);

G_END_DECLS
