/* mt-import-dialog.h
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The roster import dialog: choose a CSV file, check how it is read (encoding,
 * separator, column mapping, fixed values, preset) and what it will change (a dry
 * run of the importer with the very settings the import will use), then import on a
 * worker thread with a progress bar and Cancel. On success the dialog closes and
 * shows a toast with Undo on @toasts.
 *
 * Signals: finished (MtCsvImportResult *result, AdwToast *toast) after a committed
 * import, once the toast is shown.
 */

#pragma once

#include <adwaita.h>

#include "mt-types.h"

G_BEGIN_DECLS

#define MT_TYPE_IMPORT_DIALOG (mt_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MtImportDialog, mt_import_dialog, MT, IMPORT_DIALOG, AdwWindow)

MtImportDialog *mt_import_dialog_new          (GtkWindow       *parent,
                                               MtStore         *store,
                                               AdwToastOverlay *toasts);
/* Opens the file chooser (the dialog shows its "choose" page meanwhile). */
void            mt_import_dialog_choose_file  (MtImportDialog  *self);
/* Reads @file's header and first rows and starts the dry run, as if chosen in the
 * file chooser. FALSE when the file cannot be read (the dialog then says why). */
gboolean        mt_import_dialog_set_file     (MtImportDialog  *self,
                                               GFile           *file);
/* TRUE while a dry run or the import runs. */
gboolean        mt_import_dialog_get_busy     (MtImportDialog  *self);
/* Starts the import, as the Import button does; FALSE when it is not possible now. */
gboolean        mt_import_dialog_start_import (MtImportDialog  *self);

G_END_DECLS
