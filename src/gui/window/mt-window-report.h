/* mt-window-report.h: the window's Save Report as PDF…, callable without the file chooser.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-window.h"

G_BEGIN_DECLS

/* Writes the report as of the window's date to @path, as win.save-report-pdf does once the
 * user has chosen the file and @baseline (NULL: no baseline) in it; a toast tells the
 * outcome. */
gboolean mt_window_save_report_to_path (MtWindow   *self,
                                        const char *path,
                                        const char *baseline);

G_END_DECLS
