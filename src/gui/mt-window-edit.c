/* mt-window-edit.c: the window's edit actions.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-window-edit"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-window-private.h"

void
_mt_window_class_install_edit_actions (MtWindowClass *klass)
{
}

void
_mt_window_init_edit (MtWindow *self)
{
}
