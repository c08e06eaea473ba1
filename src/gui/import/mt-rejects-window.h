/* mt-rejects-window.h
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a planner sees after an import: the toast that sums it up (with Undo), and
 * the window that lists the rejected rows and warnings as FILE:LINE:COLUMN: reason.
 */

#pragma once

#include <adwaita.h>

#include "mt-csv-import.h"

G_BEGIN_DECLS

#define MT_TYPE_REJECTS_WINDOW (mt_rejects_window_get_type ())
G_DECLARE_FINAL_TYPE (MtRejectsWindow, mt_rejects_window, MT, REJECTS_WINDOW, AdwWindow)

/* @rejects_path: where the rejected rows were saved, or NULL. */
MtRejectsWindow *mt_rejects_window_new  (GtkWindow         *parent,
                                         MtCsvImportResult *result,
                                         const char        *rejects_path);

/* "Roster imported: 1,204 new, 36 updated, 3 rejected" (plain text). */
char            *mt_import_dup_toast_title (MtCsvImportResult *result);
/* Shows the toast for a committed import on @overlay, with an Undo button that undoes
 * exactly that import, and a way to the rejected rows when there are any. Returns the
 * toast (owned by the overlay). */
AdwToast        *mt_import_toast_show   (AdwToastOverlay   *overlay,
                                         MtStore           *store,
                                         MtCsvImportResult *result,
                                         const char        *rejects_path);

G_END_DECLS
