/* mt-csv-export.h: writing lists to CSV (RFC 4180, UTF-8, CRLF).
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rows are streamed to the output as they are read, never gathered in memory. A list is
 * written as the window shows it, in the UI's language: column titles, category names,
 * statuses, owners and decisions as the list words them (English under LC_ALL=C), while dates
 * stay ISO 8601 (YYYY-MM-DD) and numbers use a decimal point, which every spreadsheet reads.
 * The roster's titles are the importer's field labels, which it reads back (in English, in
 * French and in the UI's language), with the category names and status words: an exported
 * roster imports back as the same roster. A cell that begins with '=', '+', '-', '@', tab or
 * CR gets a leading apostrophe so spreadsheets do not run it as a formula (OWASP "CSV
 * injection"); the importer removes it again.
 */

#pragma once

#include <gio/gio.h>

#include "mt-types.h"
#include "mt-store.h"

G_BEGIN_DECLS

typedef enum
{
  MT_CSV_EXPORT_ROSTER,
  MT_CSV_EXPORT_CAMPS,
  MT_CSV_EXPORT_MOVEMENTS,
  MT_CSV_EXPORT_CONVOYS,
  MT_CSV_EXPORT_ASSETS,
} MtCsvExportKind;

/* "roster", "camps", "movements", "convoys", "assets" (the CLI's words); FALSE when unknown. */
gboolean    mt_csv_export_kind_from_string (const char       *name,
                                            MtCsvExportKind  *kind);
const char *mt_csv_export_kind_to_string   (MtCsvExportKind   kind);

/* Writes one CSV cell (escaped and quoted as needed, without separator) to @out. */
void        mt_csv_escape_cell             (GString          *out,
                                            const char       *value);
/* Undoes the formula-injection apostrophe: "'=SUM(A1)" -> "=SUM(A1)"; other text unchanged.
 * Returns @value itself or a pointer inside it. */
const char *mt_csv_unescape_cell           (const char       *value);

/* Writes the roster rows matching @query (NULL = every row, by personnel id, status as of the
 * latest data), as the roster page shows them with its filters, sort and date. */
gboolean    mt_csv_export_roster           (MtStore              *store,
                                            const MtRosterQuery  *query,
                                            GOutputStream        *out,
                                            GCancellable         *cancellable,
                                            GError              **error);
/* Camps (status as of @as_of, NULL = latest), movements / convoys (on or before @as_of) and
 * assets. */
gboolean    mt_csv_export_list             (MtStore              *store,
                                            MtCsvExportKind       kind,
                                            const char           *as_of,
                                            GOutputStream        *out,
                                            GCancellable         *cancellable,
                                            GError              **error);
/* Like mt_csv_export_list(), keeping only the rows whose ids are in @ids, in that order: what
 * a list shows with its filters and sort. @ids NULL: every row. With @ids, movements are read
 * without the date limit, as the movements page lists them. */
gboolean    mt_csv_export_list_ids         (MtStore              *store,
                                            MtCsvExportKind       kind,
                                            const char           *as_of,
                                            const gint64         *ids,
                                            guint                 n_ids,
                                            GOutputStream        *out,
                                            GCancellable         *cancellable,
                                            GError              **error);
/* Convenience: exports @kind (roster: every row, or @query) to the file @path, replacing it
 * atomically. */
gboolean    mt_csv_export_to_path          (MtStore              *store,
                                            MtCsvExportKind       kind,
                                            const MtRosterQuery  *query,
                                            const char           *as_of,
                                            const char           *path,
                                            GError              **error);
/* Same, with mt_csv_export_list_ids()'s @ids (ignored for the roster, which has @query). */
gboolean    mt_csv_export_ids_to_path      (MtStore              *store,
                                            MtCsvExportKind       kind,
                                            const MtRosterQuery  *query,
                                            const char           *as_of,
                                            const gint64         *ids,
                                            guint                 n_ids,
                                            const char           *path,
                                            GError              **error);

G_END_DECLS
