/* mt-store-import-private.h: what mt-store-import*.c share about one running import.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The import's transaction (mt-store-import.c), the rows it writes (mt-store-import-rows.c)
 * and its undo (mt-store-import-undo.c) live apart; they share the running import's
 * struct, the schema v2 text and two helpers.
 */

#pragma once

#include "mt-store-import.h"
#include "mt-store-private.h"
#include "mt-store-tally-private.h"

G_BEGIN_DECLS

#define PERSON_COLUMNS \
  "family_name, given_name, rank, category, country, unit, camp_id, planned_departure," \
  " status, departure_date"

/* Rows per INSERT into an empty roster (mt-store-import-rows.c). */
#define MT_STORE_IMPORT_BULK_ROWS 32

struct _MtStoreImport
{
  MtStore      *store;
  gint64        id;
  gboolean      bulk;               /* into an empty roster: every row is new */
  GPtrArray    *deferred_indexes;   /* CREATE INDEX texts to run again at the end */
  MtDbStmt     *select;
  MtDbStmt     *insert;
  MtDbStmt     *update;
  MtDbStmt     *prior;
  MtStoreTally *tally;              /* bulk mode: rows counted here, triggers off */
  gint64        next_id;            /* a server's bulk mode: the id of the next row (0: the
                                     * table's identity gives them) */
  MtDbStmt     *bulk_insert;        /* BULK_ROWS rows at once, into an empty roster */
  gboolean      staged;             /* rows wait in mt_import_rows (mt-store-import-stage.c) */
  MtDbStmt     *stage_one;          /* staging one row, and MT_STORE_IMPORT_BULK_ROWS rows: */
  MtDbStmt     *stage_many;         /* made once per import, not once per batch */
  guint64       n_staged;           /* a server's rows staged, compared at the end */
  MtStoreImportCounts applied;      /* SQLite: what the batches applied so far did */
  GString      *key;                /* the search key of the row being written */
  GString      *bulk_keys[MT_STORE_IMPORT_BULK_ROWS];   /* and of each row of bulk_insert */
};

/* Schema v2's tables (mt-store-import.c), run again (IF NOT EXISTS) by an import or an undo. */
extern const char _mt_store_import_schema_v2[];

/* Runs @sql; on failure sets @error ("Could not import" and the connection's last error). */
/* Inside a transaction: the import tables of schema v2 for a SQLite file made before they
 * existed (a server database has them from the start). */
gboolean      _mt_store_import_ensure_tables          (MtStore      *self,
                                                       GError      **error);
gboolean      _mt_store_import_exec                   (MtStore      *self,
                                                       const char   *sql,
                                                       GError      **error);
/* Inside the import's (or its undo's) transaction: the one history entry of import
 * @import_id, or of its undo (mt-store-import-history.c). */
gboolean      _mt_store_import_record                 (MtStore      *self,
                                                       gint64        import_id,
                                                       gboolean      undo,
                                                       GError      **error);
/* After a COMMIT that changed the roster: personnel-changed, then changed. */
void          _mt_store_import_emit_personnel_changed (MtStore      *self);
/* Binds @value, NULL for none or "" (the caller's string, not copied). */
void          _mt_store_import_bind_value             (MtDbStmt               *stmt,
                                                       int                     index,
                                                       const char             *value);
/* @row's search key (personnel.name_key): its own, or folded into @key. */
const char   *_mt_store_import_row_key                (const MtStorePersonRow *row,
                                                       GString                *key);
/* Appends @rows to @data as COPY's text form: PERSON_COLUMNS, then (@to_roster) the import's
 * id, then the line, the personnel id and the search key; into the roster the row's own id
 * goes first when the import gives them (next_id). */
void          _mt_store_import_copy_people            (MtStoreImport          *import,
                                                       GString                *data,
                                                       const MtStorePersonRow *rows,
                                                       const guint            *lines,
                                                       guint                   n_rows,
                                                       gboolean                to_roster);
/* Into a roster that holds people: @rows wait in a temporary table until
 * mt_store_import_apply() (mt-store-import-stage.c). */
gboolean      _mt_store_import_stage                  (MtStoreImport           *import,
                                                       const MtStorePersonRow  *rows,
                                                       const guint             *lines,
                                                       guint                    n_rows,
                                                       GError                 **error);

G_END_DECLS
