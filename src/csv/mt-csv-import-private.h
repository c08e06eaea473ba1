/* mt-csv-import-private.h: shared by the mt-csv-import*.c and mt-csv-preview.c files.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-csv-import.h"

G_BEGIN_DECLS

/* The messages a result keeps (the callback sees every one). */
#define MT_CSV_MAX_KEPT_MESSAGES 10000

MtCsvMessage      *_mt_csv_message_new        (const char        *display_name,
                                               MtCsvSeverity      severity,
                                               guint              line,
                                               guint              column,
                                               MtCsvField         field,
                                               const char        *reason);

struct _MtCsvImportResult
{
  GObject        parent_instance;

  gboolean       dry_run;
  gboolean       committed;
  gboolean       already_imported;
  gint64         earlier_import_id;  /* when already_imported: the import of that file */
  gint64         import_id;
  char          *display_name;
  char          *sha256;
  MtCsvEncoding  encoding;
  gboolean       fell_back;
  char           separator;
  MtCsvImportMode mode;
  guint64        n_rows;
  guint64        n_new;
  guint64        n_updated;
  guint64        n_unchanged;
  guint64        n_rejected;
  guint64        n_warnings;
  guint64        n_messages;        /* all those the callback saw, kept or not */
  guint64        n_changed[MT_CSV_N_FIELDS];
  guint64        n_unknown_columns;
  GPtrArray     *unknown_columns;   /* NULL-terminated, the first MT_CSV_KEPT_UNKNOWN_COLUMNS */
  GListStore    *messages;
  /* Per field with known values: the values the tracker did not know (UnknownValue*, in
   * the order of first appearance), and where to find one by the raw text of a cell
   * (at most a few thousand) and by its folded text. NULL until the first one. */
  GPtrArray     *unknown_values[MT_CSV_N_FIELDS];
  GHashTable    *unknown_by_text[MT_CSV_N_FIELDS];
  GHashTable    *unknown_by_folded[MT_CSV_N_FIELDS];
};

MtCsvImportResult *_mt_csv_import_result_new  (const char        *display_name,
                                               gboolean           dry_run);
/* The result of a file recognised by its SHA-256 as import @earlier_import_id: no row read. */
MtCsvImportResult *_mt_csv_import_result_new_known (const char *display_name,
                                                    gboolean    dry_run,
                                                    const char *sha256,
                                                    gint64      earlier_import_id);
void               _mt_csv_import_result_add  (MtCsvImportResult *self,
                                               MtCsvMessage      *message);
/* Counts one row whose @field holds @text, a value the tracker does not know. */
void               _mt_csv_import_result_note_unknown (MtCsvImportResult *self,
                                                       MtCsvField         field,
                                                       const char        *text);

/* The settings a preset's texts (see mt-csv-preset.c) describe. */
MtCsvImportSettings *_mt_csv_preset_parse     (const char        *mapping,
                                               const char        *encoding,
                                               const char        *separator,
                                               const char        *constants);
/* The header row's signature, for presets. */
const char        *_mt_csv_preview_get_signature (MtCsvPreview   *self);

/* Trims spaces and undoes the export's formula escape; returns a pointer into @value, which
 * it may modify (the trailing spaces become NUL). */
char              *_mt_csv_clean_cell         (char              *value);

G_END_DECLS
