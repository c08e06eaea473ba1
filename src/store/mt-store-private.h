/* mt-store-private.h: shared by the mt-store-*.c files only.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-db.h"
#include "mt-store.h"

G_BEGIN_DECLS

/* The worker connections opened beside a store (mt-store-close.c): shared, thread-safe. */
typedef struct _MtStoreWorkers MtStoreWorkers;

struct _MtStore
{
  GObject         parent_instance;
  MtDb           *db;             /* NULL once closed */
  char           *path;           /* as shown: a server's URI without its password */
  char           *uri;            /* as opened (a password included), for worker connections */
  char           *password;       /* given to mt_store_open_with_password(), or NULL */
  GHashTable     *statements;     /* SQL text -> MtDbStmt*, prepared once */
  MtStoreWorkers *workers;        /* the connections opened by mt_store_open_worker() */
  MtStoreWorkers *parent;         /* a worker connection: its store's, NULL otherwise */
  GCancellable   *cancellable;    /* a worker connection: its job's, or NULL */
  char           *session;        /* a server database: this window's connections' (live) */
  MtDb           *listener;       /* a server database: hears the others' commits */
  guint           listen_source;  /* its watch on the main context, or 0 */
  guint           in_transaction : 1;
  guint           disconnected : 1;   /* a server's connection was found lost */
  guint           read_only : 1;      /* the login may not write (mt-store-connection.c) */
  guint           closed : 1;
};

enum {
  MT_STORE_SIGNAL_CAMP_ADDED,
  MT_STORE_SIGNAL_CAMP_CHANGED,
  MT_STORE_SIGNAL_CAMP_REMOVED,
  MT_STORE_SIGNAL_PERSONNEL_CHANGED,
  MT_STORE_SIGNAL_RESET,
  MT_STORE_SIGNAL_CHANGED,
  MT_STORE_SIGNAL_RECORDS_CHANGED,  /* (const char *table), mt-store-edit.c */
  MT_STORE_SIGNAL_UNDO_CHANGED,     /* (), mt-store-history.c */
  MT_STORE_SIGNAL_CLOSING,          /* (), mt-store-close.c */
  MT_STORE_N_SIGNALS
};

extern guint _mt_store_signals[MT_STORE_N_SIGNALS];

/* mt_store_open_with_password(); @listen: a window's store (live updates on a server), not
 * a worker's connection. */
MtStore      *_mt_store_open_full     (const char  *path,
                                       const char  *password,
                                       gboolean     listen,
                                       GError     **error);
/* The SQLite file @path, called @name in its messages and mt_store_get_path() (a copy
 * written under a temporary name is named after where it goes). */
MtStore      *_mt_store_open_file_named (const char  *path,
                                         const char  *name,
                                         GError     **error);
/* A cached prepared statement, reset and with bindings cleared; NULL + @error on failure. */
MtDbStmt     *_mt_store_prepare      (MtStore      *self,
                                      const char   *sql,
                                      GError      **error);
/* FALSE + @error when the store has been closed (mt_store_close()). */
gboolean      _mt_store_check_open   (MtStore      *self,
                                      GError      **error);
/* Sets @error from the connection's last error; always returns FALSE. A full disk (or page
 * limit) gets its own message naming the file instead of "@doing: …". */
gboolean      _mt_store_fail         (MtStore      *self,
                                      GError      **error,
                                      const char   *doing);
gboolean      _mt_store_begin        (MtStore      *self,
                                      GError      **error);
gboolean      _mt_store_commit       (MtStore      *self,
                                      GError      **error);
void          _mt_store_rollback     (MtStore      *self);
/* Binds a string, or NULL for NULL/empty. */
void          _mt_store_bind_text    (MtDbStmt     *stmt,
                                      int           index,
                                      const char   *value);
/* The text of column @col, or NULL. */
const char   *_mt_store_column_text  (MtDbStmt     *stmt,
                                      int           col);
/* Reading every row of a query (mt-store-records.c). @stmt is prepared and bound by the
 * caller; it is stepped to the end and reset. On a failed step @error says
 * "@doing: <SQLite's message>" and the result is FALSE / NULL. */
typedef void     (*MtStoreStmtFunc)     (MtDbStmt     *stmt,
                                        gpointer      user_data);
/* Makes one new model object from the current row. */
typedef gpointer (*MtStoreStmtMakeFunc) (MtDbStmt     *stmt);
gboolean      _mt_store_each_row     (MtStore             *self,
                                      MtDbStmt            *stmt,
                                      MtStoreStmtFunc      func,
                                      gpointer             user_data,
                                      const char          *doing,
                                      GError             **error);
/* An MtStoreStmtFunc for the plan's rows (mt-store-plan.c): appends an MtPlanRow made of the
 * columns camp_id, category, day, n to @rows (a GPtrArray that owns them). */
void          _mt_store_add_plan_row (MtDbStmt            *stmt,
                                      gpointer             rows);
/* The objects @make made of the rows, in order, in an array that owns them. A column
 * named "version" (the row's, schema v5) becomes each object's mt_record_get_version(). */
GPtrArray    *_mt_store_list_objects (MtStore             *self,
                                      MtDbStmt            *stmt,
                                      MtStoreStmtMakeFunc  make,
                                      const char          *doing,
                                      GError             **error);
/* The one object @make makes of the row of @sql whose ?1 is @id, with its version; NULL
 * with MT_STORE_ERROR_NOT_FOUND (naming @what, e.g. "movement") when there is none. */
gpointer      _mt_store_object_by_id (MtStore             *self,
                                      const char          *sql,
                                      gint64               id,
                                      MtStoreStmtMakeFunc  make,
                                      const char          *doing,
                                      GError             **error);
/* The tables whose rows carry a version, changed_by and changed_at (schema v5), NULL-ended
 * (mt-store-history-rows.c). */
extern const char * const _mt_versioned_tables[];

/* Outside a transaction, SQLite checks foreign keys or not (an importer that checks every key
 * itself turns them off); a server always checks them. */
static inline void
_mt_store_set_foreign_keys (MtStore  *self,
                            gboolean  on)
{
  if (mt_db_kind (self->db) == MT_DB_SQLITE)
    mt_db_exec (self->db, on ? "PRAGMA foreign_keys = ON" : "PRAGMA foreign_keys = OFF");
}

/* The column that names a row of any table the history records: SQLite's rowid (the "id"
 * of every table that has one, and camp_aliases' own), the "id" column on a server, where
 * every such table has one (data/schema-pg.sql). */
static inline const char *
_mt_store_row_key (MtStore *self)
{
  return mt_db_kind (self->db) == MT_DB_SQLITE ? "rowid" : "id";
}
/* Inside a transaction, before a check that gates a write: keeps other connections from
 * writing @tables (a comma-separated list) until the transaction ends, waiting a few seconds
 * for one that is writing now. SQLite's write lock already does (BEGIN IMMEDIATE). */
gboolean      _mt_store_hold_writers (MtStore     *self,
                                      const char  *tables,
                                      GError     **error);
/* FALSE only when @sql (one ?1: @code, or @id when @code is NULL) finds no row; TRUE when
 * it finds one, and when it cannot be asked (a lost connection): a failed question is not
 * a "no", and the write that follows fails and says why. */
gboolean      _mt_store_row_found    (MtStore     *self,
                                      const char  *sql,
                                      gint64       id,
                                      const char  *code);
/* The index of the column named "version" in @stmt's rows, or -1. */
int           _mt_store_version_column (MtDbStmt   *stmt);
/* @as_of, or the latest date when NULL; caller frees. */
char         *_mt_store_resolve_as_of (MtStore    *self,
                                       const char *as_of);
/* The store's side of closing (mt-store-close.c): set up by mt_store_init(), dropped by
 * mt_store_finalize(). */
void          _mt_store_workers_init  (MtStore      *self);
void          _mt_store_workers_clear (MtStore      *self);
/* Run by mt_store_open() on every connection: the journal size limit, and the test-only
 * page limit of MT_TEST_MAX_PAGE_COUNT (mt-store.h). */
gboolean      _mt_store_apply_limits  (MtStore      *self,
                                       GError      **error);
/* Outside a transaction: checkpoints the write-ahead log and truncates it, after a bulk
 * write (best effort). */
void          _mt_store_truncate_journal (MtStore   *self);
/* An error naming @self's file for a failure of kind @code. */
void          _mt_store_set_error    (MtStore      *self,
                                      GError      **error,
                                      MtDbErr       code,
                                      const char   *doing,
                                      const char   *detail);

/* The schema version of the database (0: none yet): MT_DB_OK, or MT_DB_FAIL when it cannot
 * be read (not a database). */
int           _mt_store_read_version (MtStore      *self,
                                      int          *version);
/* The connection's state (mt-store-connection.c): notifies "connected" on a change. */
void          _mt_store_set_connected (MtStore    *self,
                                       gboolean    connected);
/* Reads whether the login may write (a server's privileges; a read-only file). */
void          _mt_store_read_permissions (MtStore *self);

/* Live updates on a server (mt-store-live.c). Every connection of one window shares a
 * session (a UUID) so its own commits are not heard again. */
gboolean      _mt_store_join_session (MtStore     *self,
                                      const char  *session,
                                      GError     **error);
/* Opens the listening connection and watches it on the thread-default main context. */
void          _mt_store_live_start   (MtStore      *self);
void          _mt_store_live_stop    (MtStore      *self);
/* Brings the schema up to MT_STORE_SCHEMA_VERSION (mt-store-schema.c). */
gboolean      _mt_store_migrate      (MtStore      *self,
                                      GError      **error);
/* The one place that picks a language for data stored in two (categories, events):
 * @fr when the user's first language is French and @fr is set, else @en. */
const char   *_mt_store_localize     (const char   *en,
                                      const char   *fr);


/* Schema migrations kept beside the code that uses their tables (see mt-store-schema.c):
 * v2 by the CSV importer (mt-store-import.c), v3 by editing and history (mt-store-history.c),
 * v4 by the roster's aggregate table (mt-store-tally.c). */
gboolean      _mt_store_exec_schema  (MtDb         *db,
                                      const char   *sql,
                                      GError      **error);
/* Inside a transaction: drops the objects of @type ("index", "trigger") on @table whose name
 * matches @name_glob (NULL: any) and returns their CREATE statements, to run again with
 * _mt_store_exec_each() once a bulk write is done; a rollback brings them back by itself.
 * NULL + @error ("@doing: …") on failure. */
GPtrArray    *_mt_store_drop_schema_objects (MtStore     *self,
                                             const char  *type,
                                             const char  *table,
                                             const char  *name_glob,
                                             const char  *doing,
                                             GError     **error);
/* @owned: whether the login owns @table (or is a member of the role that does), so may drop
 * and make again its keys and triggers; always TRUE on SQLite. FALSE + @error when the
 * database cannot say. */
gboolean      _mt_store_owns_table          (MtStore     *self,
                                             const char  *table,
                                             gboolean    *owned,
                                             GError     **error);
/* Runs each of @statements (NULL: none); FALSE + @error ("@doing: …") at the first failure. */
gboolean      _mt_store_exec_each           (MtStore     *self,
                                             GPtrArray   *statements,
                                             const char  *doing,
                                             GError     **error);
gboolean      _mt_store_migrate_to_2 (MtDb         *db,
                                      GError      **error);
gboolean      _mt_store_migrate_to_3 (MtDb         *db,
                                      GError      **error);
gboolean      _mt_store_migrate_to_4 (MtDb         *db,
                                      GError      **error);
gboolean      _mt_store_migrate_to_5 (MtDb         *db,
                                      GError      **error);
gboolean      _mt_store_migrate_to_6 (MtDb         *db,
                                      GError      **error);
/* The plan: planned handovers and movements, baselines (mt-store-plan-schema.c). */
gboolean      _mt_store_migrate_plan (MtDb         *db,
                                      GError      **error);
/* The schema version that gives camps and the mission their French names
 * (_mt_store_migrate_french_names(), in mt-store-keys.c). */
#define MT_STORE_SCHEMA_FRENCH_NAMES 8
gboolean      _mt_store_migrate_french_names (MtDb     *db,
                                              GError  **error);
/* The schema version that gives the roster its search key, personnel.name_key
 * (_mt_store_migrate_search_key(), mt-store-keys.c). */
#define MT_STORE_SCHEMA_SEARCH_KEY 9
gboolean      _mt_store_migrate_search_key (MtDb   *db,
                                            GError **error);
/* The schema version that gives a file its settings table, mt_meta, and a server its
 * trigger on it: the current baseline (_mt_store_migrate_meta(), mt-store-plan-schema.c). */
#define MT_STORE_SCHEMA_SETTINGS 10
gboolean      _mt_store_migrate_meta (MtDb         *db,
                                      GError      **error);
/* The schema version whose roster tally counts the planned departure too, so the plan
 * is a sum over it (_mt_store_migrate_plan_tally(), mt-store-tally.c; a server's in
 * data/tally-pg.sql). */
#define MT_STORE_SCHEMA_PLAN_TALLY 11
gboolean      _mt_store_migrate_plan_tally (MtDb   *db,
                                            GError **error);
/* The schema version whose roster has its search key as its first column, read sooner by
 * a search (_mt_store_migrate_roster_key_first(), mt-store-keys.c; SQLite only, run with the
 * foreign keys off). */
#define MT_STORE_SCHEMA_ROSTER_KEY_FIRST 13
gboolean      _mt_store_migrate_roster_key_first (MtDb   *db,
                                                  GError **error);
/* The schema version that gives a database its what-if scenarios (tables scenarios and
 * scenario_changes; _mt_store_migrate_scenarios(), mt-store-plan-schema.c). */
#define MT_STORE_SCHEMA_SCENARIOS 12
gboolean      _mt_store_migrate_scenarios (MtDb    *db,
                                           GError **error);
/* The schema version that gives camps a region in French of its own, camps.region_fr
 * (_mt_store_migrate_region_fr(), mt-store-keys.c). */
#define MT_STORE_SCHEMA_REGION_FR 14
/* Its move of the regions written in French before it: a region named as a camp's French
 * name (the old seed's "Tombouctou", the French of Timbuktu) becomes that camp's English
 * name, the French one going to region_fr; any other region stays as it was, shown in both
 * languages. Both backends, after the column is added. */
#define MT_STORE_REGION_FR_MOVE_SQL \
  "UPDATE camps SET region_fr = region," \
  "  region = (SELECT c.name FROM camps c WHERE c.name_fr = camps.region)" \
  " WHERE region IN (SELECT name_fr FROM camps" \
  "                  WHERE name_fr IS NOT NULL AND name_fr <> name);"
gboolean      _mt_store_migrate_region_fr (MtDb    *db,
                                           GError **error);
/* The folded keys (mt-store-keys.c): every missing one filled (_at: those of the schema at
 * @version, during an upgrade; _table_: of @table's rows); the keys of one row recomputed
 * after it was written; TRUE for the name of a key column ("…_key"), and for a column a key
 * of @table is folded from. */
gboolean      _mt_store_refresh_keys (MtDb         *db,
                                      GError      **error);
gboolean      _mt_store_refresh_keys_at (MtDb      *db,
                                         int        version,
                                         GError   **error);
gboolean      _mt_store_refresh_table_keys (MtDb   *db,
                                      const char   *table,
                                      GError      **error);
gboolean      _mt_store_refresh_row_keys (MtStore  *self,
                                      const char   *table,
                                      gint64        rowid,
                                      GError      **error);
gboolean      _mt_store_is_key_column (const char  *column);
gboolean      _mt_store_is_key_source (const char  *table,
                                      const char   *column);

/* The roster's key (personnel.name_key, schema v8): the folds of these columns, in this
 * order, one after the other. Whoever writes a person's row computes it with
 * _mt_store_fold_key() from the same texts (NULL and "" fold alike). */
#define MT_STORE_PERSON_KEY_COLUMNS "family_name, given_name, personnel_id, country, unit"
#define MT_STORE_PERSON_KEY_N 5
void          _mt_store_fold_key     (GString      *key,
                                      const char * const *texts,
                                      guint         n_texts);
/* A search typed by the user as it is matched against the roster's keys (a substring, byte
 * by byte): trimmed and folded; NULL when there is nothing to search for. */
char         *_mt_store_fold_search  (const char   *search);

G_END_DECLS
