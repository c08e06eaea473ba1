/* mt-camp-imports.h: the roster imports that brought a camp's people, for the camp page.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mt-store.h"

G_BEGIN_DECLS

/* A new group, "Imported rosters", with one row per import that last wrote people now at
 * @camp_id (newest first): the file name, then its day, how many people and the start of its
 * SHA-256. NULL when no import brought anyone there (everyone entered by hand), or + @error
 * when the imports could not be read. It does not follow the store: build it again when the
 * camp page reloads. */
GtkWidget *mt_camp_imports_group_new (MtStore  *store,
                                      gint64    camp_id,
                                      GError  **error);

G_END_DECLS
