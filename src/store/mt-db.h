/* mt-db.h: the store's own view of a database connection, whatever the server.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rest of the store speaks only this: prepared statements with numbered (?1, ?) or named
 * (:name) parameters, stepped row by row, columns read as integers, reals or text. A driver
 * (mt-db-sqlite.c, mt-db-pg.c) maps it onto its library; nothing outside src/store/ sees it.
 * One connection is used by one thread at a time; mt_db_interrupt() alone may be called from
 * another thread.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _MtDb       MtDb;
typedef struct _MtDbStmt   MtDbStmt;
typedef struct _MtDbClass  MtDbClass;

/* What mt_db_step() and mt_db_exec() return. */
enum {
  MT_DB_OK    = 0,
  MT_DB_FAIL  = 1,   /* see mt_db_errcode() and mt_db_errmsg() */
  MT_DB_ROW   = 100,
  MT_DB_DONE  = 101,
};

/* The kind of a failure, as far as the store tells them apart. */
typedef enum {
  MT_DB_ERR_NONE,
  MT_DB_ERR_FAILED,
  MT_DB_ERR_CONSTRAINT,   /* a foreign key, not-null or check constraint refused the row */
  MT_DB_ERR_UNIQUE,       /* a row with the same unique key (or primary key) exists */
  MT_DB_ERR_OPEN,         /* not a database, cannot be opened, corrupt */
  MT_DB_ERR_FULL,         /* no room left on the disk (or the test page limit) */
  MT_DB_ERR_INTERRUPT,    /* mt_db_interrupt() or a cancelled query */
  MT_DB_ERR_BUSY,         /* another writer holds the lock; try again */
  MT_DB_ERR_READONLY,     /* the connection or the role may not write */
  MT_DB_ERR_LOST,         /* the connection to the server is gone */
} MtDbErr;

/* The type of a column's value in the current row. */
typedef enum {
  MT_DB_INTEGER = 1,
  MT_DB_FLOAT   = 2,
  MT_DB_TEXT    = 3,
  MT_DB_NULL    = 5,
} MtDbType;

typedef enum {
  MT_DB_SQLITE,
  MT_DB_POSTGRES,
} MtDbKind;

struct _MtDbClass
{
  MtDbKind     kind;
  void       (*close)              (MtDb *db);
  MtDbStmt  *(*prepare)            (MtDb *db, const char *sql);
  int        (*exec)               (MtDb *db, const char *sql);
  gboolean   (*in_transaction)     (MtDb *db);
  gint64     (*last_insert_id)     (MtDb *db);
  void       (*interrupt)          (MtDb *db);

  int        (*step)               (MtDbStmt *stmt);
  void       (*reset)              (MtDbStmt *stmt);
  void       (*clear_bindings)     (MtDbStmt *stmt);
  void       (*finalize)           (MtDbStmt *stmt);
  int        (*parameter_count)    (MtDbStmt *stmt);
  int        (*parameter_index)    (MtDbStmt *stmt, const char *name);
  void       (*bind_int64)         (MtDbStmt *stmt, int index, gint64 value);
  void       (*bind_double)        (MtDbStmt *stmt, int index, double value);
  void       (*bind_text)          (MtDbStmt *stmt, int index, const char *value, gboolean copy);
  void       (*bind_null)          (MtDbStmt *stmt, int index);
  int        (*column_count)       (MtDbStmt *stmt);
  const char*(*column_name)        (MtDbStmt *stmt, int col);
  MtDbType   (*column_type)        (MtDbStmt *stmt, int col);
  gint64     (*column_int64)       (MtDbStmt *stmt, int col);
  double     (*column_double)      (MtDbStmt *stmt, int col);
  const char*(*column_text)        (MtDbStmt *stmt, int col);
  int        (*column_bytes)       (MtDbStmt *stmt, int col);
};

/* A driver's class, made of its functions named as in MtDbClass: db_close(), db_prepare(),
 * …, stmt_step(), stmt_column_text() (static in the driver's file). */
#define MT_DB_DEFINE_CLASS(name, KIND) \
  static const MtDbClass name = { \
    .kind = KIND, .close = db_close, .prepare = db_prepare, .exec = db_exec, \
    .in_transaction = db_in_transaction, .last_insert_id = db_last_insert_id, \
    .interrupt = db_interrupt, .step = stmt_step, .reset = stmt_reset, \
    .clear_bindings = stmt_clear_bindings, .finalize = stmt_finalize, \
    .parameter_count = stmt_parameter_count, .parameter_index = stmt_parameter_index, \
    .bind_int64 = stmt_bind_int64, .bind_double = stmt_bind_double, \
    .bind_text = stmt_bind_text, .bind_null = stmt_bind_null, \
    .column_count = stmt_column_count, .column_name = stmt_column_name, \
    .column_type = stmt_column_type, .column_int64 = stmt_column_int64, \
    .column_double = stmt_column_double, .column_text = stmt_column_text, \
    .column_bytes = stmt_column_bytes, \
  }

/* The part every driver's connection and statement starts with. */
struct _MtDb
{
  const MtDbClass *klass;
  MtDbErr          errcode;    /* of the last failure */
  char            *errmsg;     /* of the last failure, or NULL */
  char            *errconstraint;  /* the constraint that refused it, when the server said */
};

struct _MtDbStmt
{
  const MtDbClass *klass;
  MtDb            *db;
};

/* Opening (the drivers) */

/* A SQLite file (or ":memory:"), created when missing; NULL + @error (naming the file
 * @name) on failure. */
MtDb       *mt_db_open_sqlite       (const char  *path,
                                     const char  *name,
                                     GError     **error);

/* "postgresql://…" or "postgres://…": libpq's URI form (mt-db-pg.c). */
gboolean    mt_db_is_pg_uri         (const char  *uri);
/* @uri without its password, to show or keep. */
char       *mt_db_pg_display_uri    (const char  *uri);
/* Connects with @uri and @password (NULL: libpq's own sources, ~/.pgpass, PGPASSWORD…).
 * NULL + @error on failure; MT_STORE_ERROR_PASSWORD when the server asked for a password
 * that was not given, MT_STORE_ERROR_PASSWORD_REFUSED when it refused the one given. */
MtDb       *mt_db_open_pg           (const char  *uri,
                                     const char  *password,
                                     GError     **error);
/* Listening (a connection of its own, used for nothing else): LISTEN @channel; the socket
 * to watch for input; then the payloads of the notifications received, oldest first (an
 * empty array when none; NULL once the connection is lost). */
gboolean    mt_db_pg_listen         (MtDb        *db,
                                     const char  *channel);
int         mt_db_pg_socket         (MtDb        *db);
GPtrArray  *mt_db_pg_take_notifications (MtDb    *db);
/* COPY … FROM STDIN on a server: @data holds the rows in COPY's text form (fields split by
 * tabs, rows ended by newlines, each value written by mt_db_pg_copy_append() or
 * mt_db_pg_copy_append_int()); MT_DB_OK or MT_DB_FAIL (mt_db_errmsg()). The COPY stays open
 * for the next call with the same @sql, so the server writes rows while the caller reads the
 * next ones; the next other statement on the connection ends it first and fails with the
 * server's verdict if it refused the rows (a duplicate key refuses the whole copy). */
int         mt_db_pg_copy           (MtDb        *db,
                                     const char  *sql,
                                     GString     *data);
/* Appends @value (NULL: \N) to @data as COPY's text form reads it back. */
void        mt_db_pg_copy_append    (GString     *data,
                                     const char  *value);
/* Appends @value in decimal (COPY's text form of an integer). */
void        mt_db_pg_copy_append_int (GString    *data,
                                      gint64      value);
/* The role a server connection logged in as. */
const char *mt_db_pg_user           (MtDb        *db);
gboolean    mt_db_pg_is_connected   (MtDb        *db);
/* FALSE when @db is a server connection found closed by what its socket already holds
 * (no round trip); TRUE for any other connection. */
gboolean    mt_db_pg_is_alive       (MtDb        *db);

/* TRUE when the server @db talks to runs on this machine, so shares its processors with us:
 * mt_db_pg_host_is_local() of the host libpq connected to. */
gboolean    mt_db_pg_is_on_this_machine (MtDb    *db);
/* TRUE for a host libpq reaches on this machine: a socket's folder ("/run/postgresql", or
 * "@…" for an abstract one), "localhost" or a loopback address. */
gboolean    mt_db_pg_host_is_local  (const char  *host);

/* How long a write waits for another connection's lock before it gives up: 5 s, or what
 * MT_TEST_LOCK_WAIT_MS says (test only, see mt-store.h). */
guint       mt_db_lock_wait_ms      (void);

/* For the drivers: records a failure on @db; returns MT_DB_FAIL. */
int         mt_db_set_error         (MtDb        *db,
                                     MtDbErr      code,
                                     const char  *message);
void        mt_db_clear_error       (MtDb        *db);

/* The connection */

static inline MtDbKind   mt_db_kind            (MtDb *db) { return db->klass->kind; }
void                     mt_db_close           (MtDb *db);
/* A statement, or NULL (mt_db_errmsg() says why). */
static inline MtDbStmt  *mt_db_prepare         (MtDb *db, const char *sql) { return db->klass->prepare (db, sql); }
/* Runs @sql, one or more statements without parameters: MT_DB_OK or MT_DB_FAIL. */
static inline int        mt_db_exec            (MtDb *db, const char *sql) { return db->klass->exec (db, sql); }
static inline gboolean   mt_db_in_transaction  (MtDb *db) { return db->klass->in_transaction (db); }
/* The id given to the last row inserted with an automatic id on this connection. */
static inline gint64     mt_db_last_insert_id  (MtDb *db) { return db->klass->last_insert_id (db); }
/* Thread-safe: the statement running now fails with MT_DB_ERR_INTERRUPT. */
static inline void       mt_db_interrupt       (MtDb *db) { db->klass->interrupt (db); }
static inline MtDbErr    mt_db_errcode         (MtDb *db) { return db->errcode; }
static inline const char*mt_db_errmsg          (MtDb *db) { return db->errmsg != NULL ? db->errmsg : "unknown error"; }
/* The name of the constraint that refused the last write ("personnel_camp_id_fkey"), or
 * NULL when the database did not say (SQLite never does). */
static inline const char*mt_db_errconstraint   (MtDb *db) { return db->errconstraint; }

/* Statements */

/* MT_DB_ROW (a row to read), MT_DB_DONE or MT_DB_FAIL. */
static inline int        mt_db_step            (MtDbStmt *s) { return s->klass->step (s); }
/* Back to before the first step; bindings stay. */
static inline void       mt_db_reset           (MtDbStmt *s) { s->klass->reset (s); }
static inline void       mt_db_clear_bindings  (MtDbStmt *s) { s->klass->clear_bindings (s); }
static inline void       mt_db_finalize        (MtDbStmt *s) { if (s != NULL) s->klass->finalize (s); }
static inline int        mt_db_bind_parameter_count (MtDbStmt *s) { return s->klass->parameter_count (s); }
/* The index of ":name", or 0. */
static inline int        mt_db_bind_parameter_index (MtDbStmt *s, const char *name) { return s->klass->parameter_index (s, name); }
static inline void       mt_db_bind_int64      (MtDbStmt *s, int i, gint64 v) { s->klass->bind_int64 (s, i, v); }
static inline void       mt_db_bind_int        (MtDbStmt *s, int i, int v) { s->klass->bind_int64 (s, i, v); }
static inline void       mt_db_bind_double     (MtDbStmt *s, int i, double v) { s->klass->bind_double (s, i, v); }
/* A copy of @v is bound (NULL binds NULL). */
static inline void       mt_db_bind_text       (MtDbStmt *s, int i, const char *v) { s->klass->bind_text (s, i, v, TRUE); }
/* @v itself is bound: it must outlive the statement's next step. */
static inline void       mt_db_bind_text_static (MtDbStmt *s, int i, const char *v) { s->klass->bind_text (s, i, v, FALSE); }
static inline void       mt_db_bind_null       (MtDbStmt *s, int i) { s->klass->bind_null (s, i); }
static inline int        mt_db_column_count    (MtDbStmt *s) { return s->klass->column_count (s); }
static inline const char*mt_db_column_name     (MtDbStmt *s, int c) { return s->klass->column_name (s, c); }
static inline MtDbType   mt_db_column_type     (MtDbStmt *s, int c) { return s->klass->column_type (s, c); }
static inline gint64     mt_db_column_int64    (MtDbStmt *s, int c) { return s->klass->column_int64 (s, c); }
static inline int        mt_db_column_int      (MtDbStmt *s, int c) { return (int) s->klass->column_int64 (s, c); }
static inline double     mt_db_column_double   (MtDbStmt *s, int c) { return s->klass->column_double (s, c); }
/* Valid until the next step, reset or finalize; NULL for NULL. */
static inline const char*mt_db_column_text     (MtDbStmt *s, int c) { return s->klass->column_text (s, c); }
static inline int        mt_db_column_bytes    (MtDbStmt *s, int c) { return s->klass->column_bytes (s, c); }

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MtDbStmt, mt_db_finalize)

G_END_DECLS
