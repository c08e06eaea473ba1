/* mt-csv-import-run-private.h: shared by mt-csv-import-run.c and mt-csv-import-row.c.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-csv-import-pipe-private.h"
#include "mt-csv-import-private.h"
#include "mt-csv-values.h"
#include "mt-store-import.h"

G_BEGIN_DECLS

/* Personnel ids seen so far, as 64-bit hashes with the line each was first on: a million ids
 * in 22 MB instead of a hash table of strings. Two different ids share a hash with a chance of
 * about 1 in 10^7 for a million rows. Hash and line sit together (12 bytes, packed): one row
 * costs one cache miss in a table far bigger than the cache, not two. */
typedef struct __attribute__ ((packed))
{
  guint64 hash;      /* 0: free */
  guint32 line;
} IdEntry;

typedef struct
{
  IdEntry *entries;
  gsize    size;
  gsize    n_used;
} IdSet;

/* Warnings that can come once per column or once per row: after the first ten of a kind, one
 * line sums up the rest ("… and 99,990 more unknown columns ignored"). Errors are never summed
 * up: each rejected row keeps its line. */
typedef enum
{
  WARNING_UNKNOWN_COLUMN,
  WARNING_SECOND_COLUMN,
  WARNING_CLOSED_CAMP,
  N_WARNING_KINDS
} WarningKind;

#define WARNINGS_SHOWN 10

typedef struct
{
  MtStore                   *store;
  MtCsvReader               *reader;
  const MtCsvImportSettings *settings;
  MtCsvProgressFunc          progress;
  MtCsvMessageFunc           on_message;
  gpointer                   user_data;
  GCancellable              *cancellable;
  MtCsvImportResult         *result;
  MtCsvValues               *values;
  MtStoreImport             *import;
  MtCsvPipe                 *pipe;                      /* writes valid rows to @import */
  const char                *display_name;

  /* The rejects file's first line, made only when one may be written: neither a dry run nor
   * an all-or-nothing run keeps the header's names (100,000 of them, in a hostile file). */
  GString                   *rejects_header;
  guint                      n_columns;                 /* of the header row */
  GArray                    *column_field;              /* int per column */
  int                        field_column[MT_CSV_N_FIELDS];
  IdSet                      ids;
  GString                   *reasons;
  GOutputStream             *rejects;
  GFile                     *rejects_file;
  GFile                     *rejects_part;
  gint64                     started;
  gint64                     next_progress;
  guint64                    rows_done;
  guint64                    n_kind[N_WARNING_KINDS];   /* warnings of each kind since the
                                                         * last sum-up */
} Run;

/* Maps the header row (the reader's current record) to fields; FALSE + MT_CSV_ERROR_MAPPING
 * when a required field has neither a column nor a constant. */
gboolean _mt_csv_run_map_header (Run      *run,
                                 GError  **error);
/* One warning for each kind that had more than WARNINGS_SHOWN: how many more there were. */
void     _mt_csv_run_sum_up_warnings (Run *run);
/* Makes room for @n personnel ids, the expected number of rows. */
void     _mt_csv_run_reserve_ids (Run     *run,
                                  guint64  n);
/* TRUE when every cell of the current record is empty or blank. */
gboolean _mt_csv_row_is_blank   (MtCsvReader *reader);
/* Validates the current record and, when valid, hands it to the writer (run->pipe); counts
 * rejected rows into run->result. FALSE + @error only for a store or rejects-file error (a bad
 * row is no error). */
gboolean _mt_csv_run_import_row (Run      *run,
                                 GError  **error);

G_END_DECLS
