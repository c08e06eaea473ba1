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

/* "latest data 16 Oct 2023 → 16 Nov 2023" when the import moved the latest data from
 * @before to @after (ISO dates, @before NULL for none); NULL when it did not. */
char            *mt_import_dup_latest_moved (const char *before,
                                             const char *after);
/* "1,204 imported, 36 updated, 3 rejected" (plain text), and where the latest data went
 * when it moved from @latest_before to @latest_after. */
char            *mt_import_dup_toast_title (MtCsvImportResult *result,
                                            const char        *latest_before,
                                            const char        *latest_after);
/* Shows the toast for a committed import on @overlay, with an Undo button that undoes
 * exactly that import, and a way to the rejected rows when there are any; it says so when
 * the import moved the latest data from @latest_before (read before the import began).
 * Returns the toast (owned by the overlay). */
AdwToast        *mt_import_toast_show   (AdwToastOverlay   *overlay,
                                         MtStore           *store,
                                         MtCsvImportResult *result,
                                         const char        *rejects_path,
                                         const char        *latest_before);

G_END_DECLS
