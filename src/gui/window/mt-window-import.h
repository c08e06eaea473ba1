/* mt-window-import.h: the window's CSV export, callable without the file chooser.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-csv-export.h"
#include "mt-window.h"

G_BEGIN_DECLS

/* Exports the list @kind as the window shows it now (search, camp and status filters, sort)
 * to @path, as win.export-csv does once the user has chosen the file; a toast tells the
 * outcome. With an in-memory store this returns when the file is written, otherwise the
 * file is written on a worker thread. */
void mt_window_export_csv_to_path (MtWindow        *self,
                                   MtCsvExportKind  kind,
                                   const char      *path);

G_END_DECLS
