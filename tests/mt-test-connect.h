/* mt-test-connect.h: shared by the tests of opening databases from the window (test-connect,
 * test-keyring).
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-connect-dialog-private.h"
#include "mt-window-private.h"

G_BEGIN_DECLS

/* A database being opened from the window @old. */
typedef struct
{
  MtWindow *old;
  gboolean  dialog_shown;   /* the connect dialog waited for the planner (not just busy) */
} MtTestOpening;

/* The application's settings (memory backend in the tests), the recent list empty. */
GSettings       *mt_test_settings_new          (void);
/* A window over a new seeded in-memory store, shown. */
MtWindow        *mt_test_window_new            (GSettings       *settings);
/* The main window shown, other than @except (may be NULL), if any. */
MtWindow        *mt_test_find_main_window      (MtWindow        *except);
MtConnectDialog *mt_test_find_connect_dialog   (void);
/* The dialog that @window's Connect to Server… opens, shown. */
MtConnectDialog *mt_test_open_connect_dialog   (MtWindow        *window);
void             mt_test_fill_connect_dialog   (MtConnectDialog *dialog,
                                                const char      *host,
                                                const char      *database,
                                                const char      *login,
                                                const char      *password);
/* Runs the main loop until a window other than @opening->old is up, or the connect dialog
 * shows and waits for the planner (30 s at most: the test fails then). */
void             mt_test_wait_for_opening      (MtTestOpening   *opening);
/* Open Recent on @location from a new window over an in-memory store (with @settings), then
 * mt_test_wait_for_opening(): the window on @location, or NULL while the dialog asks. */
MtWindow        *mt_test_open_recent           (GSettings       *settings,
                                                const char      *location,
                                                MtTestOpening   *opening);

G_END_DECLS
