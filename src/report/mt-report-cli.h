/* mt-report-cli.h: --report, run with no display.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-types.h"

G_BEGIN_DECLS

/* Writes the withdrawal report as of @as_of (NULL: latest data) on @paper ("a4", "letter",
 * NULL: a4) to @out_path. Returns 0, or 2 with a clear message on stderr. */
int mt_report_cli_run (MtStore    *store,
                       const char *out_path,
                       const char *as_of,
                       const char *paper);

G_END_DECLS
