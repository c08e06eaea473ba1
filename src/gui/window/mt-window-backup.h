/* mt-window-backup.h: the window's Save a Copy…, callable without the file chooser.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mt-window.h"

G_BEGIN_DECLS

/* Writes a whole copy of the window's database to @path, as win.save-copy does once the
 * user has chosen the file: on a worker thread for a database in a file, and a toast (or,
 * on failure, a dialog with the reason) tells the outcome. Then @callback runs. */
void     mt_window_save_copy_to_path (MtWindow             *self,
                                      const char           *path,
                                      GAsyncReadyCallback   callback,
                                      gpointer              user_data);
gboolean mt_window_save_copy_finish  (MtWindow             *self,
                                      GAsyncResult         *result,
                                      GError              **error);

G_END_DECLS
