/* mt-csv-cli.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exit status, as scripts rely on it: 0 imported (or nothing new to import), 1 rows were
 * rejected or a required column is missing (the file was read, its data refused), 2 the
 * command or the file is unusable (missing, a folder, unreadable, empty, no header).
 */

#define G_LOG_DOMAIN "mt-csv-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <unistd.h>

#include "mt-csv-cli.h"
#include "mt-csv-export.h"
#include "mt-csv-import.h"
#include "mt-date.h"

/* On a terminal a long import shows how far it got, on one line of stderr that the
 * messages and the summary replace; in a pipe or a log, nothing but those. */
typedef struct
{
  const char *path;
  gboolean    terminal;
  gboolean    shown;      /* a progress line is on the screen */
} Output;

static void
clear_progress (Output *output)
{
  if (output->shown)
    g_printerr ("\r\033[K");
  output->shown = FALSE;
}

static void
print_progress (goffset  bytes_done,
                goffset  bytes_total,
                guint64  rows_done,
                gpointer user_data)
{
  Output *output = user_data;
  g_autofree char *rows = NULL;
  g_autofree char *percent = NULL;
  g_autofree char *line = NULL;

  if (!output->terminal || bytes_total <= 0)
    return;

  rows = mt_format_count ((gint64) MIN (rows_done, G_MAXINT64));
  percent = mt_format_percent ((double) (bytes_done * 100 / bytes_total), 0);
  /* Translators: import progress on a terminal: file, percent of it read ("35%"), rows so
   * far */
  line = g_strdup_printf (ngettext ("%s: %s read, %s row", "%s: %s read, %s rows",
                                    (gulong) MIN (rows_done, G_MAXULONG)),
                          output->path, percent, rows);
  g_printerr ("\r\033[K%s", line);
  output->shown = TRUE;
}

static void
print_message (MtCsvMessage *message,
               gpointer      user_data)
{
  clear_progress (user_data);
  g_printerr ("%s\n", mt_csv_message_get_text (message));
}

int
mt_csv_cli_import (MtStore    *store,
                   const char *path,
                   gboolean    skip_invalid,
                   const char *rejects_path)
{
  g_autoptr(MtCsvImportSettings) settings = mt_csv_import_settings_new ();
  g_autoptr(MtCsvImportSettings) preset = NULL;
  g_autofree char *preset_name = NULL;
  g_autoptr(MtCsvImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  Output output = { path, isatty (STDERR_FILENO), FALSE };

  g_return_val_if_fail (MT_IS_STORE (store), 2);
  g_return_val_if_fail (path != NULL, 2);

  settings->mode = skip_invalid ? MT_CSV_IMPORT_SKIP_INVALID : MT_CSV_IMPORT_ALL_OR_NOTHING;
  settings->rejects_path = g_strdup (rejects_path);

  /* A preset saved in the window for files with this header reads this one the same way:
   * its columns, fixed values and mapped values. */
  preset = mt_csv_preset_find_for_file (store, path, settings, &preset_name);
  if (preset != NULL)
    {
      /* Translators: on standard error before an import; the file, the preset's name */
      g_autofree char *note = g_strdup_printf (_("%s: read with the preset “%s”"), path,
                                               preset_name);

      g_printerr ("%s\n", note);
      mt_csv_import_settings_free (g_steal_pointer (&settings));
      settings = g_steal_pointer (&preset);
    }

  result = mt_csv_import_file (store, path, settings, FALSE, print_progress, print_message,
                               &output, NULL, &error);
  clear_progress (&output);
  if (result == NULL)
    {
      /* The reader's messages name the file already. */
      g_printerr ("%s\n", error->message);
      return g_error_matches (error, MT_CSV_ERROR, MT_CSV_ERROR_MAPPING) ? 1 : 2;
    }

  if (mt_csv_import_result_get_encoding_fell_back (result))
    {
      g_autofree char *note = g_strdup_printf (_("%s: not UTF-8 text; read as Windows-1252"), path);

      g_printerr ("%s\n", note);
    }

  summary = mt_csv_import_result_dup_summary (result);
  g_print ("%s\n", summary);

  return mt_csv_import_result_get_n_rejected (result) > 0 ? 1 : 0;
}

int
mt_csv_cli_export (MtStore    *store,
                   const char *kind,
                   const char *as_of,
                   const char *out_path)
{
  g_autoptr(GError) error = NULL;
  MtCsvExportKind export_kind;
  MtRosterQuery roster = { .sort_column = MT_ROSTER_COLUMN_PERSONNEL_ID, .as_of = as_of };

  g_return_val_if_fail (MT_IS_STORE (store), 2);

  if (!mt_csv_export_kind_from_string (kind, &export_kind))
    {
      g_autofree char *message =
        g_strdup_printf (_("Unknown list “%s”: use roster, camps, movements, convoys or assets"), kind);

      g_printerr ("%s\n", message);
      return 2;
    }

  if (out_path == NULL || g_strcmp0 (out_path, "-") == 0)
    {
      /* Standard output, through the file that names it: no GIO-Unix needed in the core. */
      g_autoptr(GFile) file = g_file_new_for_path ("/dev/stdout");
      g_autoptr(GFileOutputStream) out = g_file_append_to (file, G_FILE_CREATE_NONE, NULL, &error);
      gboolean ok;

      ok = out != NULL &&
           (export_kind == MT_CSV_EXPORT_ROSTER
              ? mt_csv_export_roster (store, &roster, G_OUTPUT_STREAM (out), NULL, &error)
              : mt_csv_export_list (store, export_kind, as_of, G_OUTPUT_STREAM (out), NULL, &error)) &&
           g_output_stream_close (G_OUTPUT_STREAM (out), NULL, &error);
      if (!ok)
        {
          g_autofree char *message = g_strdup_printf (_("Could not export: %s"), error->message);

          g_printerr ("%s\n", message);
          return 2;
        }
      return 0;
    }

  if (!mt_csv_export_to_path (store, export_kind, &roster, as_of, out_path, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not export to %s: %s"), out_path,
                                                  error->message);

      g_printerr ("%s\n", message);
      return 2;
    }

  return 0;
}
