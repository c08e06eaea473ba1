/* mt-store-history.h: the history of changes and the session's undo/redo stack.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every write made through mt-store-edit.h is one "batch": the rows it inserted, updated
 * or deleted are written to the history table (time, user login, kind, table, record id,
 * record label, old and new values as JSON) in the same transaction. The undo stack is a
 * list of batches kept in the MtStore for the whole session. Undo applies the old values
 * in reverse order (a new batch, recorded in the history too), so the database after undo
 * equals the database before the change, row by row; redo applies the change again.
 * A new change clears the redo stack. An import writes one summary entry of its own (the
 * file, its rows accepted, updated and rejected; mt-store-import-history.c), and its undo
 * one more. The history is handed over as data (mt-history-entry.h); mt-history-format.h
 * words it.
 *
 * Signals (after COMMIT):
 *   undo-changed ()   whenever can-undo/can-redo or the labels may have changed.
 */

#pragma once

#include <gio/gio.h>

#include "mt-store.h"
#include "mt-history-entry.h"

G_BEGIN_DECLS

/* Undo / redo ------------------------------------------------------------------------- */

gboolean    mt_store_can_undo             (MtStore     *self);
gboolean    mt_store_can_redo             (MtStore     *self);
/* "Undo Change of Status of Kidal" / "Redo …", worded by mt_history_describe(); NULL when
 * there is nothing. */
char       *mt_store_dup_undo_label       (MtStore     *self);
char       *mt_store_dup_redo_label       (MtStore     *self);
/* The change alone ("Change of Status of Kidal"), e.g. for a toast; NULL when none. */
char       *mt_store_dup_undo_description (MtStore     *self);
gboolean    mt_store_undo                 (MtStore     *self,
                                           GError     **error);
gboolean    mt_store_redo                 (MtStore     *self,
                                           GError     **error);
/* Forgets the stack (e.g. after opening another database). Emits undo-changed. */
void        mt_store_clear_undo           (MtStore     *self);

/* A step whose undo is done by someone else's code, e.g. the CSV importer's "undo the last
 * import": @undo is called by mt_store_undo(), @redo by mt_store_redo() (NULL when the step
 * cannot be redone: redo is then not offered for it). Each must do its own transaction and
 * emit its own signals. @description is shown as "Undo @description". @data is freed with
 * @destroy when the step leaves the stack. Clears the redo stack. */
typedef gboolean (*MtStoreStepFunc) (MtStore   *store,
                                     gpointer   data,
                                     GError   **error);

void        mt_store_push_external_step   (MtStore         *self,
                                           const char      *description,
                                           MtStoreStepFunc  undo,
                                           MtStoreStepFunc  redo,
                                           gpointer         data,
                                           GDestroyNotify   destroy);

/* Pushes the import @import_id (just committed) as one undo step, "Undo Import of
 * @file_name", undone with mt_store_undo_import() (mt-store-import.h), which records the
 * undo in the history. Not redoable: importing again needs the file. Call it after
 * mt_store_import_end() committed. */
void        mt_store_push_import_step     (MtStore         *self,
                                           gint64           import_id,
                                           const char      *file_name);

/* The import undone by the next mt_store_undo(), or 0 when the next step is not an import:
 * lets an "Undo" on the import's own toast go through the stack, so the stack stays true. */
gint64      mt_store_peek_undo_import     (MtStore         *self);

/* History ----------------------------------------------------------------------------- */

/* (element-type MtHistoryEntry) the history of @camp_id (0 = the whole database: every
 * record), newest first; at most @limit entries (0 = all). A camp's history holds the
 * changes to the camp itself and to the records that belong to it (statuses, movements,
 * convoys from or to it, assets, events, personnel). */
GPtrArray  *mt_store_list_history         (MtStore     *self,
                                           gint64       camp_id,
                                           guint        limit,
                                           GError     **error);
/* Every row of @table ("camps", "convoys"...) as text, one line per row ordered by rowid,
 * every column with its value: for tests (compare before and after undo) and bug reports.
 * NULL + @error for a table the store does not know. */
char       *mt_store_dump_table           (MtStore     *self,
                                           const char  *table,
                                           GError     **error);

G_END_DECLS
