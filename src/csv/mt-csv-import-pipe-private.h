/* mt-csv-import-pipe-private.h: the import's writer thread.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading and checking a row and writing it to SQLite take about the same time; the machine
 * planners use has at least two cores. The run reads and checks rows on its own thread and
 * hands the valid ones, in batches, to a writer thread that owns the store's connection for
 * the import. Rows reach the store in file order, so the result is the same as writing them one
 * by one on one thread. Where the store would rather not have that thread (a server sharing
 * two processors with us: mt_store_import_wants_writer_thread()), the same batches are written
 * by the reading thread as each fills.
 */

#pragma once

#include "mt-store-import.h"

G_BEGIN_DECLS

typedef struct _MtCsvPipe MtCsvPipe;

/* What the writer did with the rows, summed over the whole import. */
typedef MtStoreImportCounts MtCsvPipeCounts;

/* Starts the writer (a thread, unless mt_store_import_wants_writer_thread() says otherwise).
 * From here until _finish() or _abort() only the writer uses @import (and its store's
 * connection). */
MtCsvPipe *_mt_csv_pipe_new    (MtStoreImport          *import);
/* Copies @row (its strings too) into the current batch. FALSE + @error once the writer has
 * failed: the import cannot go on. */
gboolean   _mt_csv_pipe_push   (MtCsvPipe              *pipe,
                                const MtStorePersonRow *row,
                                guint                   line,
                                GError                **error);
/* Writes what is left, stops the writer and frees @pipe; @import is the caller's again. */
gboolean   _mt_csv_pipe_finish (MtCsvPipe              *pipe,
                                MtCsvPipeCounts        *counts,
                                GError                **error);
/* Stops the writer (what it wrote stays in the open transaction, for the caller to roll back)
 * and frees @pipe. */
void       _mt_csv_pipe_abort  (MtCsvPipe              *pipe);

G_END_DECLS
