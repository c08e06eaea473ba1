/* mt-report-cli.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-report-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mt-report-cli.h"

int
mt_report_cli_run (MtStore    *store,
                   const char *out_path,
                   const char *as_of,
                   const char *paper)
{
  g_printerr ("%s\n", _("Reports are not available yet"));
  return 2;
}
