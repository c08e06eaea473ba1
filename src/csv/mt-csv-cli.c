/* mt-csv-cli.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-csv-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mt-csv-cli.h"

int
mt_csv_cli_import (MtStore    *store,
                   const char *path,
                   gboolean    skip_invalid,
                   const char *rejects_path)
{
  g_printerr ("%s\n", _("Importing is not available yet"));
  return 2;
}

int
mt_csv_cli_export (MtStore    *store,
                   const char *kind,
                   const char *out_path)
{
  g_printerr ("%s\n", _("Exporting is not available yet"));
  return 2;
}
