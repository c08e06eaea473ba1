/* mt-csv-import.h: importing a personnel roster from CSV — settings, preview, run, result.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Flow for a dialog:
 *   1. preview = mt_csv_preview_load (store, path, NULL, 20, &error)   (detects encoding,
 *      separator, mapping; applies a saved preset whose header matches)
 *   2. the user edits the mapping: settings = mt_csv_preview_dup_settings (preview), then
 *      mt_csv_import_settings_set_column () / _set_constant ()
 *   3. what will change: mt_csv_import_file_async (store, path, settings, TRUE (dry run), ...)
 *   4. import: the same call with dry_run FALSE. The dry run and the import are the same code
 *      path with the same settings; the dry run ends in ROLLBACK.
 *
 * Threads: an MtStore (one SQLite connection) belongs to one thread. mt_csv_import_file() runs
 * on the store it is given, in the calling thread. mt_csv_import_file_async() runs on a worker
 * thread with ITS OWN connection (mt_store_open on the same path) and, when it wrote something,
 * calls mt_store_notify_external_change() on the given store in the main context before the
 * callback runs. A ":memory:" store cannot be shared: async then runs on the calling thread
 * (still reporting through the callback).
 */

#pragma once

#include <gio/gio.h>

#include "mt-types.h"
#include "mt-csv-reader.h"
#include "mt-csv-mapping.h"

G_BEGIN_DECLS

typedef enum
{
  MT_CSV_IMPORT_ALL_OR_NOTHING = 0,  /* any invalid row: nothing written */
  MT_CSV_IMPORT_SKIP_INVALID,        /* valid rows written, invalid ones to the rejects file */
} MtCsvImportMode;

/* Settings ------------------------------------------------------------------ */

typedef struct
{
  MtCsvEncoding    encoding;                   /* AUTO: detect */
  char             separator;                  /* 0: detect */
  MtCsvImportMode  mode;
  /* Target of each file column (MtCsvField as int), by column index; NULL or shorter than the
   * header: the rest is guessed from the header names. */
  GArray          *columns;
  /* A value for a field the file lacks (or leaves empty), e.g. COUNTRY = "Chad"; NULL = none. */
  char            *constants[MT_CSV_N_FIELDS];
  /* SKIP_INVALID: write rejected rows here (the file's columns + "Reason"); NULL = don't. */
  char            *rejects_path;
  /* Import even when a file with the same SHA-256 was imported already. */
  gboolean         force;
  /* Values the file writes its own way, each mapped once to one the tracker knows, for the
   * fields whose values are checked (mt_csv_field_has_known_values()): the text as folded by
   * mt_csv_fold_header() -> a category code, a camp's name, "deployed" or "departed".
   * NULL = none for that field. Applied only to values the tracker does not know itself. */
  GHashTable      *value_maps[MT_CSV_N_FIELDS];
} MtCsvImportSettings;

#define MT_TYPE_CSV_IMPORT_SETTINGS (mt_csv_import_settings_get_type ())
GType                mt_csv_import_settings_get_type     (void) G_GNUC_CONST;
MtCsvImportSettings *mt_csv_import_settings_new          (void);
MtCsvImportSettings *mt_csv_import_settings_copy         (const MtCsvImportSettings *settings);
void                 mt_csv_import_settings_free         (MtCsvImportSettings       *settings);
void                 mt_csv_import_settings_set_column   (MtCsvImportSettings       *settings,
                                                          guint                      column,
                                                          MtCsvField                 field);
/* The field of @column: the explicit one, or IGNORE when none was set. */
MtCsvField           mt_csv_import_settings_get_column   (const MtCsvImportSettings *settings,
                                                          guint                      column);
/* @value NULL or "" removes the constant. */
void                 mt_csv_import_settings_set_constant (MtCsvImportSettings       *settings,
                                                          MtCsvField                 field,
                                                          const char                *value);
/* Maps @text (compared folded: "International  civilian" is "international civilian") of
 * @field to @value, a value the tracker knows; @value NULL forgets the mapping. */
void                 mt_csv_import_settings_map_value    (MtCsvImportSettings       *settings,
                                                          MtCsvField                 field,
                                                          const char                *text,
                                                          const char                *value);
/* The value @text of @field is mapped to, or NULL. */
const char          *mt_csv_import_settings_get_mapped_value (const MtCsvImportSettings *settings,
                                                              MtCsvField                 field,
                                                              const char                *text);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MtCsvImportSettings, mt_csv_import_settings_free)

/* Messages ------------------------------------------------------------------- */

typedef enum
{
  MT_CSV_SEVERITY_WARNING,   /* row accepted (e.g. camp already closed) */
  MT_CSV_SEVERITY_ERROR,     /* row rejected */
} MtCsvSeverity;

#define MT_TYPE_CSV_MESSAGE (mt_csv_message_get_type ())
G_DECLARE_FINAL_TYPE (MtCsvMessage, mt_csv_message, MT, CSV_MESSAGE, GObject)

/* Read-only properties: severity, line (uint, physical), column (uint, characters),
 * field (MtCsvField as int, IGNORE when it concerns the whole row), reason (string,
 * translated), text (string: "FILE:LINE:COLUMN: reason", or "FILE:LINE:COLUMN: warning: reason";
 * line 0 is about the whole file: "FILE: warning: reason", e.g. a sum-up of warnings). */
MtCsvSeverity mt_csv_message_get_severity (MtCsvMessage *self);
guint         mt_csv_message_get_line     (MtCsvMessage *self);
guint         mt_csv_message_get_column   (MtCsvMessage *self);
MtCsvField    mt_csv_message_get_field    (MtCsvMessage *self);
const char   *mt_csv_message_get_reason   (MtCsvMessage *self);
const char   *mt_csv_message_get_text     (MtCsvMessage *self);

/* Preview --------------------------------------------------------------------- */

#define MT_TYPE_CSV_PREVIEW (mt_csv_preview_get_type ())
G_DECLARE_FINAL_TYPE (MtCsvPreview, mt_csv_preview, MT, CSV_PREVIEW, GObject)

/* A preview keeps the names and sample cells of the first MT_CSV_PREVIEW_MAX_COLUMNS columns
 * and of every column that fills a field (at most one per field), and of no other: a file of
 * 100,000 columns, nearly all ignored, costs a few bytes per column, not a string. */
#define MT_CSV_PREVIEW_MAX_COLUMNS 50

/* Reads the header and the first @max_rows rows of @path with @settings (NULL: detect all).
 * With a @store (may be NULL), a saved preset whose header signature matches is applied when
 * @settings gives no column mapping. Fails like mt_csv_reader_new_for_path(), and with
 * MT_CSV_ERROR_EMPTY when there is no header row. A missing required column is NOT an error
 * here (the dialog lets the user fix it): see get_missing_fields(). */
MtCsvPreview *mt_csv_preview_load             (MtStore                   *store,
                                               const char                *path,
                                               const MtCsvImportSettings *settings,
                                               guint                      max_rows,
                                               GError                   **error);
MtCsvEncoding mt_csv_preview_get_encoding     (MtCsvPreview *self);
gboolean      mt_csv_preview_get_encoding_fell_back (MtCsvPreview *self);
char          mt_csv_preview_get_separator    (MtCsvPreview *self);
/* All the columns of the header row, kept or not. */
guint         mt_csv_preview_get_n_columns    (MtCsvPreview *self);
/* How many columns the preview keeps the name and cells of (see MT_CSV_PREVIEW_MAX_COLUMNS). */
guint         mt_csv_preview_get_n_kept_columns (MtCsvPreview *self);
/* The name of @column (cleaned), or NULL for a column whose name is not kept: past the first
 * MT_CSV_PREVIEW_MAX_COLUMNS, filling no field. */
const char   *mt_csv_preview_get_header       (MtCsvPreview *self,
                                               guint         column);
/* The field @column's header names by itself (synonyms), kept for every column: what the
 * mapping is without settings or preset. */
MtCsvField    mt_csv_preview_get_header_field (MtCsvPreview *self,
                                               guint         column);
/* The target of @column (from settings, preset or header synonyms). */
MtCsvField    mt_csv_preview_get_column_field (MtCsvPreview *self,
                                               guint         column);
guint         mt_csv_preview_get_n_rows       (MtCsvPreview *self);
/* A cell of the preview rows ("" past the end of a short row, and for a column whose name is
 * not kept). */
const char   *mt_csv_preview_get_cell         (MtCsvPreview *self,
                                               guint         row,
                                               guint         column);
/* Required fields that no column (and no constant) fills; empty array when none.
 * (element-type MtCsvField as guint) */
GArray       *mt_csv_preview_get_missing_fields (MtCsvPreview *self);
/* The matching preset's name, or NULL. */
const char   *mt_csv_preview_get_preset_name  (MtCsvPreview *self);
/* The effective settings: detected encoding and separator fixed, every column's target set,
 * preset constants included. Pass these to the run so preview and import read alike. */
MtCsvImportSettings *mt_csv_preview_dup_settings (MtCsvPreview *self);

/* Presets ---------------------------------------------------------------------- */

/* Saves @settings' encoding, separator, column targets, constants and value maps under @name
 * (replacing a preset of that name), keyed by @preview's header signature. */
gboolean             mt_csv_preset_save   (MtStore                   *store,
                                           const char                *name,
                                           MtCsvPreview              *preview,
                                           const MtCsvImportSettings *settings,
                                           GError                   **error);
/* (transfer full) the names of the saved presets, sorted. */
GStrv                mt_csv_preset_list   (MtStore                   *store);
/* The preset @name's settings, or NULL + MT_STORE_ERROR_NOT_FOUND. */
MtCsvImportSettings *mt_csv_preset_load   (MtStore                   *store,
                                           const char                *name,
                                           GError                   **error);
/* Replaces the value maps of the saved preset @name by @settings' (its columns, constants and
 * header stay): a value mapped in the dialog is mapped for every later file of that preset.
 * FALSE + MT_STORE_ERROR_NOT_FOUND when there is no such preset. */
gboolean             mt_csv_preset_save_value_maps (MtStore                   *store,
                                                    const char                *name,
                                                    const MtCsvImportSettings *settings,
                                                    GError                   **error);
/* The settings of the saved preset whose header signature is @path's header row's, with
 * @settings' mode, force and rejects file, or NULL (and @name NULL) when none matches or the
 * file cannot be read (the import then says why). @name (may be NULL): the preset's. */
MtCsvImportSettings *mt_csv_preset_find_for_file (MtStore                   *store,
                                                  const char                *path,
                                                  const MtCsvImportSettings *settings,
                                                  char                     **name);
gboolean             mt_csv_preset_delete (MtStore                   *store,
                                           const char                *name,
                                           GError                   **error);

/* Result ----------------------------------------------------------------------- */

#define MT_TYPE_CSV_IMPORT_RESULT (mt_csv_import_result_get_type ())
G_DECLARE_FINAL_TYPE (MtCsvImportResult, mt_csv_import_result, MT, CSV_IMPORT_RESULT, GObject)

/* What the run did (or, for a dry run, would do). */
gboolean      mt_csv_import_result_get_dry_run         (MtCsvImportResult *self);
/* TRUE when rows were written (and committed). FALSE for a dry run, an all-or-nothing run with
 * rejected rows, a file already imported, or a file with no valid row. */
gboolean      mt_csv_import_result_get_committed       (MtCsvImportResult *self);
/* TRUE when a file with the same SHA-256 was imported before (nothing done unless force). */
gboolean      mt_csv_import_result_get_already_imported (MtCsvImportResult *self);
/* When already imported: the import that recorded the same file (0 otherwise). A file (not a
 * stream) is recognised before any row is read, so its counts are all 0. */
gint64        mt_csv_import_result_get_earlier_import_id (MtCsvImportResult *self);
/* The imports table row written (0 when none). */
gint64        mt_csv_import_result_get_import_id       (MtCsvImportResult *self);
const char   *mt_csv_import_result_get_sha256          (MtCsvImportResult *self);
MtCsvEncoding mt_csv_import_result_get_encoding        (MtCsvImportResult *self);
gboolean      mt_csv_import_result_get_encoding_fell_back (MtCsvImportResult *self);
char          mt_csv_import_result_get_separator       (MtCsvImportResult *self);
guint64       mt_csv_import_result_get_n_rows          (MtCsvImportResult *self);  /* data rows read */
guint64       mt_csv_import_result_get_n_new           (MtCsvImportResult *self);
guint64       mt_csv_import_result_get_n_updated       (MtCsvImportResult *self);
guint64       mt_csv_import_result_get_n_unchanged     (MtCsvImportResult *self);
guint64       mt_csv_import_result_get_n_rejected      (MtCsvImportResult *self);
/* Warnings, all of them: past ten of one kind they are counted and summed up in one message. */
guint64       mt_csv_import_result_get_n_warnings      (MtCsvImportResult *self);
/* Messages the run gave (the callback saw them all; get_messages() keeps the first 10,000). */
guint64       mt_csv_import_result_get_n_messages      (MtCsvImportResult *self);
/* How many updated rows changed @field. */
guint64       mt_csv_import_result_get_n_changed       (MtCsvImportResult *self,
                                                        MtCsvField         field);
/* Headers that matched no field (ignored), in file order: all of them counted, the names of
 * the first MT_CSV_KEPT_UNKNOWN_COLUMNS kept (NULL-terminated). */
#define MT_CSV_KEPT_UNKNOWN_COLUMNS 50
guint64       mt_csv_import_result_get_n_unknown_columns (MtCsvImportResult *self);
const char * const *mt_csv_import_result_get_unknown_columns (MtCsvImportResult *self);
/* Values of @field (category, camp, status) that the tracker does not know, mapped or not, in
 * the order the file first has them; spellings that fold alike count as one, shown as the
 * file first wrote it. The first MT_CSV_KEPT_UNKNOWN_VALUES of each field are kept.
 * Unknown categories and camps reject their rows unless mapped; an unknown status is kept as
 * written. */
#define MT_CSV_KEPT_UNKNOWN_VALUES 100
guint         mt_csv_import_result_get_n_unknown_values (MtCsvImportResult *self,
                                                         MtCsvField         field);
/* The @index-th unknown value of @field and (@n_rows, may be NULL) how many rows have it. */
const char   *mt_csv_import_result_get_unknown_value   (MtCsvImportResult *self,
                                                        MtCsvField         field,
                                                        guint              index,
                                                        guint64           *n_rows);
/* (element-type MtCsvMessage) errors and warnings in file order; the first 10,000 only (the
 * message callback sees them all). */
GListModel   *mt_csv_import_result_get_messages        (MtCsvImportResult *self);
/* The one-line summary the CLI prints and a toast can show, translated, e.g.
 * "roster.csv: 120 new, 3 updated, 0 unchanged, 2 rejected (UTF-8, semicolon)". */
char         *mt_csv_import_result_dup_summary         (MtCsvImportResult *self);

/* Run ---------------------------------------------------------------------------- */

/* Called at least every 100 ms while the run reads (from the thread that runs it). */
typedef void (*MtCsvProgressFunc) (goffset  bytes_done,
                                   goffset  bytes_total,
                                   guint64  rows_done,
                                   gpointer user_data);
/* Called for every error and warning, in file order (from the thread that runs it). */
typedef void (*MtCsvMessageFunc)  (MtCsvMessage *message,
                                   gpointer      user_data);

/* Imports @path into @store (one transaction; upsert by personnel id; provenance recorded),
 * or with @dry_run computes the same result and rolls back. Returns a result also when rows
 * were rejected (then, all-or-nothing, nothing was written). NULL + @error: the file cannot
 * be read (MT_CSV_ERROR_FILE/_EMPTY/_ENCODING/_PARSE), a required column is missing
 * (MT_CSV_ERROR_MAPPING, before any row), cancelled (G_IO_ERROR_CANCELLED; database as before)
 * or a database error (MT_STORE_ERROR). */
MtCsvImportResult *mt_csv_import_file        (MtStore                   *store,
                                              const char                *path,
                                              const MtCsvImportSettings *settings,
                                              gboolean                   dry_run,
                                              MtCsvProgressFunc          progress,
                                              MtCsvMessageFunc           on_message,
                                              gpointer                   user_data,
                                              GCancellable              *cancellable,
                                              GError                   **error);
/* The same over a stream already open (tests, fuzzing); @display_name names it in messages
 * and in the imports table. */
MtCsvImportResult *mt_csv_import_stream      (MtStore                   *store,
                                              GInputStream              *stream,
                                              const char                *display_name,
                                              const MtCsvImportSettings *settings,
                                              gboolean                   dry_run,
                                              MtCsvProgressFunc          progress,
                                              MtCsvMessageFunc           on_message,
                                              gpointer                   user_data,
                                              GCancellable              *cancellable,
                                              GError                   **error);

/* On a worker thread with its own connection (see the top of this file). @progress is called
 * in the caller's main context, at most every 100 ms, then @callback. @settings is copied. */
void               mt_csv_import_file_async  (MtStore                   *store,
                                              const char                *path,
                                              const MtCsvImportSettings *settings,
                                              gboolean                   dry_run,
                                              MtCsvProgressFunc          progress,
                                              gpointer                   progress_data,
                                              GDestroyNotify             progress_data_destroy,
                                              GCancellable              *cancellable,
                                              GAsyncReadyCallback        callback,
                                              gpointer                   user_data);
MtCsvImportResult *mt_csv_import_file_finish (MtStore                   *store,
                                              GAsyncResult              *result,
                                              GError                   **error);

G_END_DECLS
