/* mt-store.h: the one module that owns the database.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No other module sees SQL or sqlite3: the API speaks in item objects, so another
 * backend (PostgreSQL for planners sharing one dataset) can stand behind it later.
 *
 * Dates are ISO 8601 strings ("YYYY-MM-DD"). Every figure takes an @as_of date;
 * NULL means "the latest data" (mt_store_dup_latest_date()).
 *
 * Signals are emitted only after COMMIT, never inside a transaction:
 *   camp-added (gint64 id), camp-changed (gint64 id), camp-removed (gint64 id),
 *   personnel-changed (), reset (), changed () — the last after every commit;
 *   closing () — mt_store_close() has begun: drop any worker connection kept between jobs.
 *
 * Test only: when the environment variable MT_TEST_MAX_PAGE_COUNT holds a number, every
 * connection mt_store_open() makes (the window's, an import's, a roster query's) gets
 * PRAGMA max_page_count set to it, so a test can make the "disk" full. Never set it otherwise.
 * Likewise MT_TEST_LOCK_WAIT_MS, in milliseconds, shortens the 5 s a write waits for another
 * planner's lock on connections opened while it is set (a test of that wait need not sit out
 * the full 5 s).
 */

#pragma once

#include <gio/gio.h>

#include "mt-types.h"
#include "mt-summary.h"

G_BEGIN_DECLS

#define MT_STORE_ERROR (mt_store_error_quark ())

typedef enum
{
  MT_STORE_ERROR_OPEN,        /* file cannot be opened or is not a database */
  MT_STORE_ERROR_SCHEMA,      /* schema newer than this program, or migration failed */
  MT_STORE_ERROR_CONSTRAINT,  /* unique / foreign key / check violated */
  MT_STORE_ERROR_NOT_FOUND,
  MT_STORE_ERROR_INVALID,     /* a value the API refuses before SQL (bad date...) */
  MT_STORE_ERROR_FAILED,
  MT_STORE_ERROR_FULL,        /* the disk (or the page limit) is full: nothing was written */
  MT_STORE_ERROR_CLOSED,      /* the store has been closed (mt_store_close()) */
  MT_STORE_ERROR_PASSWORD,    /* the server wants a password and none was given */
  MT_STORE_ERROR_READ_ONLY,   /* the database (or the role) may only be read */
  MT_STORE_ERROR_LOST,        /* the connection to the server is gone */
  MT_STORE_ERROR_CONFLICT,    /* the record was changed by someone else since it was read */
  MT_STORE_ERROR_PASSWORD_REFUSED, /* the server refused the password it was given */
} MtStoreError;

#define MT_STORE_SCHEMA_VERSION 14

#define MT_TYPE_STORE (mt_store_get_type ())
G_DECLARE_FINAL_TYPE (MtStore, mt_store, MT, STORE, GObject)

GQuark      mt_store_error_quark          (void);

/* Opens (creating if needed) the database at @path (":memory:" allowed), turns foreign
 * keys on and migrates the schema to MT_STORE_SCHEMA_VERSION. Does not seed.
 * @path may be a PostgreSQL server's database, in libpq's URI form ("postgresql://…" or
 * "postgres://…", "postgresql:///name?host=/socket/dir" too): a database without the
 * tables gets them, one with them is only read. The password comes from libpq's own
 * sources (the URI, ~/.pgpass, a service file, PGPASSWORD); MT_STORE_ERROR_PASSWORD when
 * the server wants one that was not found. */
MtStore    *mt_store_open                 (const char  *path,
                                           GError     **error);
/* The same with a password typed by the planner (or kept in the keyring), kept in memory
 * only for the store's worker connections. */
MtStore    *mt_store_open_with_password   (const char  *path,
                                           const char  *password,
                                           GError     **error);
/* @path as it can be shown and kept: a server's URI without a password. */
const char *mt_store_get_path             (MtStore     *self);
/* Connection (mt-store-connection.c) -------------------------------------------- */
/* FALSE once the connection to the server was found lost (a query failed with
 * MT_STORE_ERROR_LOST, or the live updates stopped): "notify::connected" tells. A file is
 * always connected. */
gboolean    mt_store_is_connected         (MtStore     *self);
/* Connects again to the same database (the same login): TRUE when it answers again. */
gboolean    mt_store_reconnect            (MtStore     *self,
                                           GError     **error);
/* The same, connecting on a worker thread (a server that does not answer takes seconds to
 * give up): the window stays alive meanwhile. The store changes in _finish(), main thread. */
void        mt_store_reconnect_async      (MtStore             *self,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
gboolean    mt_store_reconnect_finish     (MtStore             *self,
                                           GAsyncResult        *result,
                                           GError             **error);
/* FALSE when this login may only read (GRANT SELECT): every write is refused with
 * MT_STORE_ERROR_READ_ONLY. Read once when the store opens. */
gboolean    mt_store_can_write            (MtStore     *self);
/* TRUE for a database on a PostgreSQL server. */
gboolean    mt_store_is_server            (MtStore     *self);
/* Who writes: the database role on a server, the desktop's user name on a file. The
 * history names each change's author with it. */
const char *mt_store_get_login            (MtStore     *self);

/* Closing (mt-store-close.c) ------------------------------------------------ */
/* Cancels the jobs running on this store's worker connections and waits until each of
 * them is closed, finalizes the statements and closes the connection; being the last one,
 * SQLite then checkpoints the write-ahead log into the file and removes it, so the
 * database file alone holds everything. A second call does nothing and returns TRUE.
 * Afterwards every call on the store fails with MT_STORE_ERROR_CLOSED (or returns an
 * empty answer). Dropping the last reference closes the store too. */
gboolean    mt_store_close                (MtStore     *self,
                                           GError     **error);
gboolean    mt_store_is_closed            (MtStore     *self);
/* A connection of its own to @self's database file, for a job on a worker thread (a
 * connection is used by one thread at a time; it may be handed to another one). Call it
 * in @self's thread. @self counts it: mt_store_close (@self) cancels @cancellable,
 * interrupts the statement running on it and waits until it has been closed (by
 * mt_store_close() or its last unref, in any thread). Fails once @self is closed, and for
 * an in-memory database, which has one connection only. */
MtStore    *mt_store_open_worker          (MtStore      *self,
                                           GCancellable *cancellable,
                                           GError      **error);
/* TRUE when the database lives in this one connection only (":memory:"): no other
 * connection, so no other thread, can read it. */
gboolean    mt_store_is_memory            (MtStore     *self);
/* A job for mt_store_run_job(): reads or writes through @conn, a connection of its own
 * (or the store itself for an in-memory database); TRUE on success, else FALSE + @error.
 * @data is the task's data. */
typedef gboolean (*MtStoreJobFunc) (MtStore       *conn,
                                    gpointer       data,
                                    GCancellable  *cancellable,
                                    GError       **error);
/* Runs @func for @task beside the main thread: on a worker thread with a connection from
 * mt_store_open_worker() (cancelled by @task's cancellable, and by closing @self), closed on
 * that thread before @task returns; for an in-memory database, which has one connection
 * only, on @self at once. @task returns a boolean (g_task_propagate_boolean()); whatever
 * else the job makes goes in its data. Call it in @self's thread. */
void        mt_store_run_job              (MtStore        *self,
                                           GTask          *task,
                                           MtStoreJobFunc  func);
int         mt_store_get_schema_version   (MtStore     *self);
/* TRUE when no mission has been recorded yet (a new database). */
gboolean    mt_store_is_empty             (MtStore     *self);
/* Fills an empty database with the embedded seed picture, in one transaction. */
gboolean    mt_store_load_seed            (MtStore     *self,
                                           GError     **error);
/* Runs a whole SQL script (e.g. a seed or test fixture) in one transaction. */
gboolean    mt_store_load_sql             (MtStore     *self,
                                           const char  *sql,
                                           GError     **error);
/* "The latest data": the latest date of a recorded fact (a status change, a movement, a
 * convoy's departure or arrival, a person's departure), never a planned date nor an
 * event's; NULL for an empty database. */
char       *mt_store_dup_latest_date      (MtStore     *self);

/* Mission, categories ------------------------------------------------------ */
MtMission  *mt_store_get_mission          (MtStore     *self,
                                           GError     **error);
GPtrArray  *mt_store_list_categories      (MtStore     *self,
                                           GError     **error);

/* Camps -------------------------------------------------------------------- */
/* (element-type MtCamp), ordered by name, status as of @as_of. */
GPtrArray  *mt_store_list_camps           (MtStore     *self,
                                           const char  *as_of,
                                           GError     **error);
MtCamp     *mt_store_get_camp             (MtStore     *self,
                                           gint64       camp_id,
                                           const char  *as_of,
                                           GError     **error);
/* Finds a camp by name or alias, case- and accent-insensitively; 0 if none. */
gint64      mt_store_find_camp            (MtStore     *self,
                                           const char  *name);
gint64      mt_store_add_camp             (MtStore     *self,
                                           const char  *name,
                                           const char  *region,
                                           double       latitude,
                                           double       longitude,
                                           const char  *kind,
                                           MtCampStatus status,
                                           const char  *status_date,
                                           GError     **error);
/* Records a dated status change (the history is kept; nothing is overwritten). */
gboolean    mt_store_set_camp_status      (MtStore     *self,
                                           gint64       camp_id,
                                           MtCampStatus status,
                                           const char  *date,
                                           const char  *note,
                                           GError     **error);
/* (element-type MtEvent) the camp's status history, kind "status", oldest first. */
GPtrArray  *mt_store_list_camp_statuses   (MtStore     *self,
                                           gint64       camp_id,
                                           GError     **error);

/* Personnel ---------------------------------------------------------------- */
/* Inserts every MtPerson of @persons in one transaction: all or nothing. */
gboolean    mt_store_add_personnel        (MtStore     *self,
                                           GPtrArray   *persons,
                                           GError     **error);
gint64      mt_store_count_personnel      (MtStore     *self);

typedef struct
{
  const char     *search;      /* matched against id, names, country, unit; NULL = all */
  gint64          camp_id;     /* 0 = every camp */
  const char     *category;    /* category code; NULL = all */
  MtRosterColumn  sort_column;
  gboolean        descending;
  const char     *as_of;       /* for the departed/deployed status; NULL = latest */
} MtRosterQuery;

/* Row ids of the personnel matching @query, in its order: sorting and filtering run in SQL. */
GArray     *mt_store_query_personnel_ids  (MtStore             *self,
                                           const MtRosterQuery *query,
                                           GError             **error);
/* (element-type MtPerson) the rows with these ids, in the same order. */
GPtrArray  *mt_store_fetch_personnel      (MtStore             *self,
                                           const gint64        *ids,
                                           guint                n_ids,
                                           const char          *as_of,
                                           GError             **error);

/* Movements, convoys, events ----------------------------------------------- */
gint64      mt_store_add_movement         (MtStore     *self,
                                           const char  *date,
                                           gint64       camp_id,
                                           const char  *category,
                                           const char  *contingent,
                                           gint64       count,
                                           GError     **error);
/* (element-type MtMovement) movements on or before @as_of and the planned ones of any
 * date, by date. */
GPtrArray  *mt_store_list_movements       (MtStore     *self,
                                           const char  *as_of,
                                           GError     **error);
/* (element-type MtConvoy) convoys departed on or before @as_of. */
GPtrArray  *mt_store_list_convoys         (MtStore     *self,
                                           const char  *as_of,
                                           GError     **error);
/* (element-type MtEvent) events on or before @as_of; @camp_id 0 = all, by date. */
GPtrArray  *mt_store_list_events          (MtStore     *self,
                                           gint64       camp_id,
                                           const char  *as_of,
                                           GError     **error);

/* Figures ------------------------------------------------------------------ */
/* Mission-wide figures (@camp_id 0) or one camp's, as of @as_of. */
MtSummary  *mt_store_get_summary          (MtStore     *self,
                                           gint64       camp_id,
                                           const char  *as_of,
                                           GError     **error);
/* (element-type MtStatPoint) cumulative departures after each date that has any,
 * from the withdrawal start (value 0) to @as_of. */
GPtrArray  *mt_store_departure_series     (MtStore     *self,
                                           const char  *as_of,
                                           GError     **error);

G_END_DECLS
