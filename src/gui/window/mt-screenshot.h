/* mt-screenshot.h: render a window to a PNG (for --screenshot and for looking at the UI).
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The window cannot be smaller (ui/window/mt-window.ui); larger than this is a mistake. */
#define MT_SCREENSHOT_MIN_WIDTH  360
#define MT_SCREENSHOT_MIN_HEIGHT 480
#define MT_SCREENSHOT_MAX_SIZE   8192

/* Sizes @window to @width x @height, presents it, waits until its content has been laid out
 * and drawn, then writes what it shows to @filename as a PNG. */
void     mt_screenshot_window_async (GtkWindow           *window,
                                     const char          *filename,
                                     int                  width,
                                     int                  height,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data);
gboolean mt_screenshot_finish       (GAsyncResult        *result,
                                     GError             **error);
/* Renders @widget as it is now into a texture of its own size; NULL if it is not realized. */
GdkTexture *mt_screenshot_widget    (GtkWidget           *widget);

G_END_DECLS
