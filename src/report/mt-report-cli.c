/* mt-report-cli.c: --report, run with no display.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-report-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mt-date.h"
#include "mt-report.h"
#include "mt-report-cli.h"
#include "mt-store.h"

/* Public API */

int
mt_report_cli_run (MtStore    *store,
                   const char *out_path,
                   const char *as_of,
                   const char *paper_name,
                   const char *baseline,
                   const char *scenario)
{
  g_autoptr(MtReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  MtReportPaper paper = MT_REPORT_PAPER_A4;
  guint n_pages;

  g_return_val_if_fail (MT_IS_STORE (store), 2);
  g_return_val_if_fail (out_path != NULL, 2);

  if (paper_name != NULL && !mt_report_paper_from_name (paper_name, &paper))
    {
      g_printerr (_("%s: unknown paper size “%s”: use a4 or letter\n"), g_get_prgname (),
                  paper_name);
      return 2;
    }

  if (*out_path == '\0' || g_file_test (out_path, G_FILE_TEST_IS_DIR))
    {
      g_printerr (_("%s: “%s” is a folder: give the report a file name, e.g. report.pdf\n"),
                  g_get_prgname (), out_path);
      return 2;
    }

  report = mt_report_new (store, as_of, &error);
  if (report == NULL)
    {
      g_printerr (_("%s: cannot read the report’s figures: %s\n"), g_get_prgname (),
                  error->message);
      return 2;
    }

  if (baseline != NULL && !mt_report_add_baseline (report, store, baseline, &error))
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return 2;
    }

  if (scenario != NULL && !mt_report_add_scenario (report, store, scenario, &error))
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return 2;
    }

  if (!mt_report_write_pdf (report, out_path, paper, &error))
    {
      g_printerr (_("%s: cannot write the report to “%s”: %s\n"), g_get_prgname (), out_path,
                  error->message);
      return 2;
    }

  n_pages = mt_report_get_n_pages (report);
  date = mt_date_format_long (mt_report_get_as_of (report));
  /* Translators: file name, number of pages, date of the data, fingerprint */
  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "Wrote %s: %u page, data as of %s, fingerprint %s\n",
                        "Wrote %s: %u pages, data as of %s, fingerprint %s\n", n_pages),
           out_path, n_pages, date, mt_report_get_fingerprint (report));

  return 0;
}
