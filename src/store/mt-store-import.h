/* mt-store-import.h: the store's side of CSV imports — recording, upserting, undoing,
 * presets, provenance. Only the importer (src/csv) and the dialogs use it.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-store.h"

G_BEGIN_DECLS

/* One roster row as the importer hands it over: validated values, strings (NULL or "" for
 * none); category is a category code, camp_id a camp's row id. */
typedef enum
{
  MT_STORE_PERSON_FAMILY_NAME,
  MT_STORE_PERSON_GIVEN_NAME,
  MT_STORE_PERSON_RANK,
  MT_STORE_PERSON_CATEGORY,
  MT_STORE_PERSON_COUNTRY,
  MT_STORE_PERSON_UNIT,
  MT_STORE_PERSON_CAMP,               /* compared through camp_id */
  MT_STORE_PERSON_PLANNED_DEPARTURE,
  MT_STORE_PERSON_STATUS,
  MT_STORE_PERSON_DEPARTURE_DATE,
  MT_STORE_PERSON_N_FIELDS
} MtStorePersonField;

typedef struct
{
  const char *personnel_id;
  const char *values[MT_STORE_PERSON_N_FIELDS];   /* values[MT_STORE_PERSON_CAMP] unused */
  gint64      camp_id;
  /* The row's search key as mt_store_person_row_fold_key() makes it, or NULL for the store to
   * fold it: the importer folds it on its reading thread, off the writer's. */
  const char *name_key;
} MtStorePersonRow;

/* The roster's search key of @row (personnel.name_key: its names, id, contingent and unit,
 * folded), in place of what @key held. */
void           mt_store_person_row_fold_key (const MtStorePersonRow *row,
                                             GString                *key);

typedef enum
{
  MT_STORE_UPSERT_NEW,
  MT_STORE_UPSERT_UPDATED,
  MT_STORE_UPSERT_UNCHANGED,
  MT_STORE_UPSERT_STAGED,     /* mt_store_import_upsert_many(): told by mt_store_import_apply() */
} MtStoreUpsert;

/* What an import did with its rows. */
typedef struct
{
  guint64 n_new;
  guint64 n_updated;
  guint64 n_unchanged;
  guint64 n_changed[MT_STORE_PERSON_N_FIELDS];   /* updated rows per changed field */
} MtStoreImportCounts;

/* An import in progress: one write transaction on the store's connection. */
typedef struct _MtStoreImport MtStoreImport;

/* Starts an import (BEGIN IMMEDIATE) and records it in the imports table (the row is rolled
 * back with everything else on abort). @expect_many and an empty roster put it in bulk mode:
 * many rows per INSERT, the roster's counts kept in memory and written at the end, any index
 * on the roster built once at the end instead of row by row. */
MtStoreImport *mt_store_import_begin     (MtStore                *store,
                                          const char             *file_name,
                                          const char             *sha256,
                                          gboolean                expect_many,
                                          GError                **error);
gint64         mt_store_import_get_id    (MtStoreImport          *import);
/* Sets the file's SHA-256 on the import's row (known only once the whole file was read). */
gboolean       mt_store_import_set_sha256 (MtStoreImport         *import,
                                          const char             *sha256,
                                          GError                **error);
/* Inserts or updates the row with @row->personnel_id; remembers @line as its provenance and,
 * for an update, the old values (for undo). @changed (may be NULL) gets a bit per
 * MtStorePersonField that changed. */
gboolean       mt_store_import_upsert    (MtStoreImport          *import,
                                          const MtStorePersonRow *row,
                                          guint                   line,
                                          MtStoreUpsert          *outcome,
                                          guint                  *changed,
                                          GError                **error);
/* mt_store_import_upsert() for @n_rows rows at once (@lines, @outcomes and @changed have
 * @n_rows entries): into an empty roster many rows go in one statement, which halves the time
 * of a large import. Into a roster that holds people, the rows are staged
 * (MT_STORE_UPSERT_STAGED) and applied all at once, set-wise, by mt_store_import_apply().
 * The strings of @rows need only live until this returns. */
gboolean       mt_store_import_upsert_many (MtStoreImport          *import,
                                            const MtStorePersonRow *rows,
                                            const guint            *lines,
                                            guint                   n_rows,
                                            MtStoreUpsert          *outcomes,
                                            guint                  *changed,
                                            GError                **error);
/* Whether a reader of many rows should hand them to a thread of its own that calls
 * mt_store_import_upsert_many(), so reading and writing overlap: TRUE where the writing is
 * done in this process (SQLite), by a server on another machine, or on a machine with more
 * than two processors. Where a server on this machine does the writing and two processors are
 * all there is, that thread would only take turns with the server and with the reader: the
 * reader writes its batches itself (a million rows, 0.15 s sooner). Test only:
 * MT_TEST_IMPORT_WRITER set to "thread" or "inline" decides. */
gboolean       mt_store_import_wants_writer_thread (MtStoreImport    *import);
/* Applies the rows staged by mt_store_import_upsert_many(): adds to @counts (may be NULL)
 * what became of them. Called by mt_store_import_end() when still needed. */
gboolean       mt_store_import_apply     (MtStoreImport          *import,
                                          MtStoreImportCounts    *counts,
                                          GError                **error);
/* Ends the import: with @commit, stores the counts, writes the import's one entry in the
 * history (file, counts, login, time) and COMMITs (signals follow); otherwise
 * ROLLBACK, and the database is as before. Frees @import either way. */
gboolean       mt_store_import_end       (MtStoreImport          *import,
                                          gboolean                commit,
                                          guint64                 rows_accepted,
                                          guint64                 rows_rejected,
                                          GError                **error);

/* The import (id) of a file with this SHA-256 still recorded, or 0. */
gint64         mt_store_find_import_by_sha256 (MtStore       *store,
                                               const char    *sha256);
/* The most recent import still recorded, or 0. */
gint64         mt_store_get_last_import_id    (MtStore       *store);
/* Provenance of an import: file name, SHA-256, time (ISO 8601 UTC), counts. FALSE when gone.
 * Any out argument may be NULL. */
gboolean       mt_store_get_import_info       (MtStore       *store,
                                               gint64         import_id,
                                               char         **file_name,
                                               char         **sha256,
                                               char         **imported_at,
                                               gint64        *rows_accepted,
                                               gint64        *rows_rejected);
/* The imports that last wrote the people now at @camp_id, newest first, with how many of
 * them each: (element-type MtStoreCampImport). People entered by hand are not counted. */
typedef struct
{
  gint64 import_id;
  gint64 n_people;
} MtStoreCampImport;

GArray        *mt_store_list_camp_imports     (MtStore       *store,
                                               gint64         camp_id,
                                               GError       **error);

/* Undoes the most recent import: deletes the rows it inserted, restores the old values of the
 * rows it updated, drops its imports row, and says so in the history (the import's own entry
 * was written when it ended). One transaction; signals after COMMIT. @import_id
 * (may be NULL) gets the import undone. FALSE + MT_STORE_ERROR_NOT_FOUND when none. */
gboolean       mt_store_undo_last_import      (MtStore       *store,
                                               gint64        *import_id,
                                               GError       **error);
/* Undoes import @import_id, which must be the most recent one (for the history stack). */
gboolean       mt_store_undo_import           (MtStore       *store,
                                               gint64         import_id,
                                               GError       **error);

/* Another connection (a worker thread) changed the file: drop cached state and emit
 * personnel-changed, reset and changed on this store. Main thread. */
void           mt_store_notify_external_change (MtStore      *store);

/* Presets: rows of csv_presets. @mapping and @constants are JSON text made by the caller. */
gboolean       mt_store_save_csv_preset       (MtStore       *store,
                                               const char    *name,
                                               const char    *header_signature,
                                               const char    *mapping,
                                               const char    *encoding,
                                               const char    *separator,
                                               const char    *constants,
                                               GError       **error);
/* The preset with this header signature (the latest saved), or FALSE. Out args may be NULL. */
gboolean       mt_store_find_csv_preset       (MtStore       *store,
                                               const char    *header_signature,
                                               char         **name,
                                               char         **mapping,
                                               char         **encoding,
                                               char         **separator,
                                               char         **constants);
/* The preset @name, or FALSE. */
gboolean       mt_store_get_csv_preset        (MtStore       *store,
                                               const char    *name,
                                               char         **header_signature,
                                               char         **mapping,
                                               char         **encoding,
                                               char         **separator,
                                               char         **constants);
GStrv          mt_store_list_csv_presets      (MtStore       *store);
gboolean       mt_store_delete_csv_preset     (MtStore       *store,
                                               const char    *name,
                                               GError       **error);

/* Export: the stored roster values, unformatted, row by row without gathering them:
 * personnel id, family name, given name, rank, category code, country, unit, camp name,
 * planned departure, status (as stored, may be NULL), departure date (11 values, NULL for
 * none, in MtCsvField order from personnel id). @ids NULL: every row by personnel id;
 * otherwise these rows in this order. @func returns FALSE (with @error) to stop. */
typedef gboolean (*MtStoreRowFunc) (const char * const *values,
                                    guint               n_values,
                                    gpointer            user_data,
                                    GError            **error);
gboolean       mt_store_foreach_personnel     (MtStore       *store,
                                               const gint64  *ids,
                                               guint          n_ids,
                                               MtStoreRowFunc func,
                                               gpointer       user_data,
                                               GError       **error);

/* For value lookups: (element-type utf8) pairs alias, camp name, flattened. */
GPtrArray     *mt_store_list_camp_aliases     (MtStore       *store,
                                               GError       **error);
/* For value lookups: (element-type utf8) pairs term, category code, flattened; the terms are
 * each category's code, name, name_fr, short_name and short_name_fr (both languages). */
GPtrArray     *mt_store_list_category_terms   (MtStore       *store,
                                               GError       **error);

G_END_DECLS
