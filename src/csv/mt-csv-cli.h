/* mt-csv-cli.h: --import and --export, run with no display.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-types.h"

G_BEGIN_DECLS

/* Imports @path into @store, prints a one-line summary on stdout and one line per rejected
 * row on stderr. Returns the exit status: 0 imported, 1 rows rejected, 2 usage/file error. */
int mt_csv_cli_import (MtStore    *store,
                       const char *path,
                       gboolean    skip_invalid,
                       const char *rejects_path);
/* Exports the list @kind (roster, camps, movements, convoys, assets) as the window shows it
 * on @as_of (NULL: the latest data) to @out_path ("-" for stdout). Returns 0, or 2 with a
 * message on stderr. */
int mt_csv_cli_export (MtStore    *store,
                       const char *kind,
                       const char *as_of,
                       const char *out_path);

G_END_DECLS
