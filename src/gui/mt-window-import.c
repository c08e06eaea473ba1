/* mt-window-import.c: the window's import actions.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-window-import"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-window-private.h"

void
_mt_window_class_install_import_actions (MtWindowClass *klass)
{
}

void
_mt_window_init_import (MtWindow *self)
{
}
