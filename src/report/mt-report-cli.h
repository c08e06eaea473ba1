/* mt-report-cli.h: --report, run with no display.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-types.h"

G_BEGIN_DECLS

/* Writes the withdrawal report as of @as_of (NULL: latest data) on @paper ("a4", "letter",
 * NULL: a4) to @out_path, with the section "Plan against baseline @baseline" when
 * @baseline is not NULL, printed under what-if scenario @scenario when it is not NULL.
 * Returns 0, or 2 with a clear message on stderr (an unknown baseline or scenario too). */
int mt_report_cli_run (MtStore    *store,
                       const char *out_path,
                       const char *as_of,
                       const char *paper,
                       const char *baseline,
                       const char *scenario);

G_END_DECLS
