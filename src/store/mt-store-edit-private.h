/* mt-store-edit-private.h: the change recorder shared by mt-store-edit*.c and
 * mt-store-history*.c.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A batch is one user-visible change: one transaction, one history batch id, one undo step.
 * Every row write goes through _mt_batch_insert/update/delete, which snapshot the row
 * before and after and write the history row, so undo can restore any table exactly
 * without knowing what the change meant.
 */

#pragma once

#include <json-glib/json-glib.h>

#include "mt-store-private.h"
#include "mt-store-edit.h"
#include "mt-history-names.h"
#include "mt-store-history.h"

G_BEGIN_DECLS

typedef struct _MtBatch MtBatch;

typedef enum
{
  MT_BATCH_DO,
  MT_BATCH_UNDO,
  MT_BATCH_REDO,
} MtBatchStep;

/* Starts a transaction. @action is a key of the action table in mt-store-history.c
 * ("camp-status"...), @label the record it is about ("Kidal"). */
MtBatch    *_mt_batch_begin        (MtStore      *self,
                                    const char   *action,
                                    const char   *label,
                                    GError      **error);
MtBatch    *_mt_batch_begin_step   (MtStore      *self,
                                    const char   *action,
                                    const char   *label,
                                    MtBatchStep   step,
                                    gint64        undo_of,
                                    GError      **error);
gint64      _mt_batch_get_id       (MtBatch      *batch);
/* Commits, pushes a DO batch on the undo stack, emits the signals; always frees @batch.
 * A batch that recorded nothing is rolled back and pushes nothing (returns TRUE). */
gboolean    _mt_batch_commit       (MtBatch      *batch,
                                    GError      **error);
/* Rolls back and frees. */
void        _mt_batch_abort        (MtBatch      *batch);
/* A batch inside a transaction its caller began and ends (an import's, which writes its
 * rows without the recorder): its rows go in with _mt_batch_record(); _mt_batch_leave()
 * frees it, with no commit, no signals and no undo step. */
MtBatch    *_mt_batch_join         (MtStore      *self,
                                    const char   *action,
                                    const char   *label,
                                    MtBatchStep   step,
                                    gint64        undo_of,
                                    GError      **error);
void        _mt_batch_leave        (MtBatch      *batch);
/* Adds a history row: @kind ("insert", "update", "delete") of row @rowid of @table, with
 * its values before and after (either may be NULL) and the @version it left (0: none). The
 * row writes below call it; a row written without them (an import's) is recorded with it. */
gboolean    _mt_batch_record       (MtBatch      *batch,
                                    const char   *kind,
                                    const char   *table,
                                    gint64        rowid,
                                    const char   *label,
                                    JsonObject   *old_values,
                                    JsonObject   *new_values,
                                    gint64        version,
                                    GError      **error);

/* Inserts a row made of @values (column -> value; not "id"); @rowid 0 lets SQLite choose.
 * Returns the rowid, 0 on error. */
gint64      _mt_batch_insert       (MtBatch      *batch,
                                    const char   *table,
                                    gint64        rowid,
                                    JsonObject   *values,
                                    const char   *label,
                                    GError      **error);
/* Sets the columns of @values; records only the columns that really changed. */
gboolean    _mt_batch_update       (MtBatch      *batch,
                                    const char   *table,
                                    gint64        rowid,
                                    JsonObject   *values,
                                    const char   *label,
                                    GError      **error);
/* Set-wise _mt_batch_update() of one text column, for a million rows: sets @column of the
 * rows of @table (a versioned one; @column no name's) that @where selects to @value, both
 * SQL over the row "t" and the tables of @join (NULL: none; "mt_x AS m" is joined), ?1
 * bound to @param. Two statements: the history gets one update row per row that changes
 * (the column before and after, the version it leaves), as _mt_batch_update() would write
 * it, so undo restores each row, in the order of @order (SQL; NULL: by id); then the rows
 * are written. */
gboolean    _mt_batch_update_many  (MtBatch      *batch,
                                    const char   *table,
                                    const char   *column,
                                    const char   *value,
                                    const char   *join,
                                    const char   *where,
                                    const char   *param,
                                    const char   *order,
                                    GError      **error);
/* The column a history row sets when undo may set it back together with others by
 * _mt_batch_restore_many(), else NULL: an update of one text column of a versioned table
 * (not "camps", no name's), with no label, written as _mt_batch_update_many() writes it
 * ({"column":"text"} or {"column":null}, nothing escaped) before and after. */
char       *_mt_history_dup_restorable (const char   *kind,
                                        const char   *table,
                                        const char   *label,
                                        gint64        record_version,
                                        const char   *old_values,
                                        const char   *new_values);
/* Undo of the history rows @first_id .. @last_id of batch @source_id, set-wise: each one
 * _mt_history_dup_restorable() gives @column of @table, each of a different record. Every
 * record gets back its old value of @column, recorded as _mt_batch_update() records it, in
 * the order undo replays them one by one (latest first); a few statements in all. */
gboolean    _mt_batch_restore_many (MtBatch      *batch,
                                    const char   *table,
                                    const char   *column,
                                    gint64        source_id,
                                    gint64        first_id,
                                    gint64        last_id,
                                    GError      **error);
gboolean    _mt_batch_delete       (MtBatch      *batch,
                                    const char   *table,
                                    gint64        rowid,
                                    const char   *label,
                                    GError      **error);
/* The refusal (MT_STORE_ERROR_CONFLICT) of a write based on an older version of @label's
 * row (as the history keeps it), last changed by @changed_by at @changed_at (ISO 8601 UTC;
 * either may be NULL). */
void        _mt_history_set_conflict_error (MtStore     *self,
                                            GError     **error,
                                            const char  *label,
                                            const char  *changed_by,
                                            const char  *changed_at);
/* Inside the batch: TRUE when row @rowid of @table still has version @expected (or @expected
 * is 0, or the table has no versions), else MT_STORE_ERROR_CONFLICT naming who changed it
 * when. On a server the row stays locked until the batch ends. */
gboolean    _mt_batch_check_version (MtBatch     *batch,
                                    const char   *table,
                                    gint64        rowid,
                                    gint64        expected,
                                    const char   *label,
                                    GError      **error);

/* "table:id": a record, as a key of a hash table (newly allocated). */
char       *_mt_history_record_key (const char   *table,
                                    gint64        rowid);

/* One row for _mt_batch_check_versions(): row @rowid of @table must have version @expected
 * (0: none to check), else the error names @label. */
typedef struct
{
  const char *table;
  gint64      rowid;
  gint64      expected;
  const char *label;
} MtVersionCheck;

/* _mt_batch_check_version() of @n_checks rows, in one statement per table (a promoted
 * scenario's undo checks tens of thousands of people): all are read and locked, then the
 * first row in order that has gone or moved on gives the error. */
gboolean    _mt_batch_check_versions (MtBatch              *batch,
                                      const MtVersionCheck *checks,
                                      guint                 n_checks,
                                      GError              **error);

/* One batch that creates (@id 0; returns the new id), updates (@values set) or deletes
 * (@values NULL) one row of @table (mt-store-edit-records.c). Returns the row's id, 0 on
 * error (MT_STORE_ERROR_NOT_FOUND when row @id has gone, MT_STORE_ERROR_CONFLICT when
 * @version is set and the row has another one). */
gint64      _mt_edit_write_row     (MtStore      *self,
                                    const char   *action,
                                    const char   *table,
                                    gint64        id,
                                    gint64        version,
                                    JsonObject   *values,
                                    const char   *label,
                                    GError      **error);

/* What the camp and category ids and codes of the history are called, for the formatter
 * (mt-history-format.h); NULL + @error when they cannot be read (mt-store-history-query.c). */
MtHistoryNames *_mt_history_dup_names (MtStore   *self,
                                       GError   **error);

/* The undo stack (mt-store-history-undo.c). */
void        _mt_undo_push_batch    (MtStore      *self,
                                    gint64        batch_id,
                                    const char   *action,
                                    const char   *label);
void        _mt_undo_emit_changed  (MtStore      *self);

/* JSON value helpers: "" and NULL both become JSON null. */
void        _mt_json_set_text      (JsonObject   *object,
                                    const char   *member,
                                    const char   *value);
void        _mt_json_set_int       (JsonObject   *object,
                                    const char   *member,
                                    gint64        value);
/* NULL when @value is 0 (no camp). */
void        _mt_json_set_id        (JsonObject   *object,
                                    const char   *member,
                                    gint64        value);
/* NULL when @value is NAN. */
void        _mt_json_set_double    (JsonObject   *object,
                                    const char   *member,
                                    double        value);

/* Validation helpers (mt-store-edit.c). Each returns TRUE when fine, else sets
 * *out_field (when not NULL) and @error. */
gboolean    _mt_edit_fail          (char        **out_field,
                                    GError      **error,
                                    const char   *field,
                                    const char   *format,
                                    ...) G_GNUC_PRINTF (4, 5);
/* @value must be NULL/"" (unless @required) or a valid date inside the mission's window;
 * @label is the field's name shown to the user ("Departure"). */
gboolean    _mt_edit_check_date    (MtStore      *self,
                                    const char   *value,
                                    gboolean      required,
                                    const char   *field,
                                    const char   *label,
                                    char        **out_field,
                                    GError      **error);
gboolean    _mt_edit_camp_exists   (MtStore      *self,
                                    gint64        camp_id);
/* The camp's name (newly allocated), or NULL. */
char       *_mt_edit_dup_camp_name (MtStore      *self,
                                    gint64        camp_id);
/* TRUE when @value is NULL or only white space. */
gboolean    _mt_edit_is_blank      (const char   *value);

/* One asset or convoy (with its planned dates), as mt_store_list_assets() and
 * mt_store_list_all_convoys() make them; MT_STORE_ERROR_NOT_FOUND when gone. */
GObject  *_mt_store_get_asset              (MtStore     *self,
                                            gint64       asset_id,
                                            GError     **error);
GObject  *_mt_store_get_convoy             (MtStore     *self,
                                            gint64       convoy_id,
                                            GError     **error);

G_END_DECLS
