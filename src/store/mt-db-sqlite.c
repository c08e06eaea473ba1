/* mt-db-sqlite.c: the SQLite driver, one file on one desk.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A thin layer: SQLite's own API already has the shape of mt-db.h. Failures are copied to
 * the MtDb as they happen so mt_db_errcode() reads the same on every driver.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mt-db-sqlite.h"
#include "mt-store.h"

typedef struct
{
  MtDb     parent;
  sqlite3 *handle;
} SqliteDb;

typedef struct
{
  MtDbStmt      parent;
  sqlite3_stmt *handle;
} SqliteStmt;

#define SQLITE_DB(db) ((SqliteDb *) (db))
#define SQLITE_STMT(s) ((SqliteStmt *) (s))

static const MtDbClass sqlite_class;

static MtDbErr
error_kind (int rc)
{
  if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY)
    return MT_DB_ERR_UNIQUE;

  switch (rc & 0xff)
    {
    case SQLITE_CONSTRAINT:
      return MT_DB_ERR_CONSTRAINT;
    case SQLITE_NOTADB:
    case SQLITE_CANTOPEN:
    case SQLITE_CORRUPT:
      return MT_DB_ERR_OPEN;
    case SQLITE_FULL:
      return MT_DB_ERR_FULL;
    case SQLITE_INTERRUPT:
      return MT_DB_ERR_INTERRUPT;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return MT_DB_ERR_BUSY;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return MT_DB_ERR_READONLY;
    default:
      return MT_DB_ERR_FAILED;
    }
}

/* Copies the connection's last error to @db; returns MT_DB_FAIL. */
static int
fail (MtDb *db)
{
  sqlite3 *handle = SQLITE_DB (db)->handle;

  return mt_db_set_error (db, error_kind (sqlite3_extended_errcode (handle)),
                          sqlite3_errmsg (handle));
}

/* greatest(a, b, …) and least(a, b, …) as PostgreSQL has them: NULLs ignored. */
static void
sql_extreme (sqlite3_context  *context,
             int               argc,
             sqlite3_value   **argv)
{
  int sign = GPOINTER_TO_INT (sqlite3_user_data (context));
  sqlite3_value *best = NULL;

  for (int i = 0; i < argc; i++)
    {
      if (sqlite3_value_type (argv[i]) == SQLITE_NULL)
        continue;
      if (best == NULL)
        {
          best = argv[i];
          continue;
        }
      /* Same-type comparison as SQLite's max(): numbers, then text byte by byte. */
      if (sqlite3_value_type (argv[i]) == SQLITE_TEXT && sqlite3_value_type (best) == SQLITE_TEXT)
        {
          if (sign * g_strcmp0 ((const char *) sqlite3_value_text (argv[i]),
                                (const char *) sqlite3_value_text (best)) > 0)
            best = argv[i];
        }
      else if (sign * (sqlite3_value_double (argv[i]) - sqlite3_value_double (best)) > 0)
        best = argv[i];
    }

  if (best == NULL)
    sqlite3_result_null (context);
  else
    sqlite3_result_value (context, best);
}

/* mt_date_add(day, days): an ISO date plus (or minus) days, as PostgreSQL's schema has it. */
static void
sql_date_add (sqlite3_context  *context,
              int               argc,
              sqlite3_value   **argv)
{
  const char *day = (const char *) sqlite3_value_text (argv[0]);
  g_autoptr(GDateTime) parsed = NULL;
  g_autoptr(GDateTime) moved = NULL;
  g_autofree char *iso = NULL;

  g_assert (argc == 2);

  if (day == NULL || sqlite3_value_type (argv[1]) == SQLITE_NULL)
    {
      sqlite3_result_null (context);
      return;
    }

  iso = g_strconcat (day, "T00:00:00Z", NULL);
  parsed = g_date_time_new_from_iso8601 (iso, NULL);
  if (parsed == NULL)
    {
      sqlite3_result_null (context);
      return;
    }

  moved = g_date_time_add_days (parsed, (int) sqlite3_value_int64 (argv[1]));
  sqlite3_result_text (context, g_date_time_format (moved, "%Y-%m-%d"), -1, g_free);
}

/* string_agg(text, separator), the SQL standard's aggregate (SQLite has it from 3.44). */
static void
sql_string_agg_step (sqlite3_context  *context,
                     int               argc,
                     sqlite3_value   **argv)
{
  GString **text = sqlite3_aggregate_context (context, sizeof (GString *));
  const char *value = (const char *) sqlite3_value_text (argv[0]);

  g_assert (argc == 2);

  if (text == NULL || value == NULL)
    return;
  if (*text == NULL)
    *text = g_string_new (NULL);
  else
    g_string_append (*text, (const char *) sqlite3_value_text (argv[1]));
  g_string_append (*text, value);
}

static void
sql_string_agg_final (sqlite3_context *context)
{
  GString **text = sqlite3_aggregate_context (context, 0);

  if (text == NULL || *text == NULL)
    sqlite3_result_null (context);
  else
    sqlite3_result_text (context, g_string_free (*text, FALSE), -1, g_free);
}

/* strpos(text, part), as PostgreSQL has it: where @part first starts in @text, counted in
 * characters from 1; 0 when it is not there. Byte by byte, with no notion of case: the
 * roster's search on its folded keys (SQLite's instr() compares at every character with a
 * call of its own, this is one strstr()). */
static void
sql_strpos (sqlite3_context  *context,
            int               argc,
            sqlite3_value   **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);
  const char *part = (const char *) sqlite3_value_text (argv[1]);
  const char *found;

  g_assert (argc == 2);

  if (text == NULL || part == NULL)
    {
      sqlite3_result_null (context);
      return;
    }

  found = strstr (text, part);
  sqlite3_result_int64 (context, found == NULL ? 0 : g_utf8_strlen (text, found - text) + 1);
}

/* The functions the store's SQL may call on both backends (PostgreSQL's are native or in
 * data/schema-pg.sql). */
static void
register_functions (sqlite3 *handle)
{
  const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;

  sqlite3_create_function (handle, "greatest", -1, flags, GINT_TO_POINTER (1), sql_extreme,
                           NULL, NULL);
  sqlite3_create_function (handle, "least", -1, flags, GINT_TO_POINTER (-1), sql_extreme,
                           NULL, NULL);
  sqlite3_create_function (handle, "mt_date_add", 2, flags, NULL, sql_date_add, NULL, NULL);
  sqlite3_create_function (handle, "strpos", 2, flags, NULL, sql_strpos, NULL, NULL);
  sqlite3_create_function (handle, "string_agg", 2, flags, NULL, NULL, sql_string_agg_step,
                           sql_string_agg_final);
}

/* The connection */

static void
db_close (MtDb *db)
{
  SqliteDb *self = SQLITE_DB (db);

  /* Every statement is finalized by now (the store's cache goes first); v2 ends the
   * connection all the same once a forgotten one goes. */
  sqlite3_close_v2 (self->handle);
  g_free (self);
}

static MtDbStmt *
db_prepare (MtDb       *db,
            const char *sql)
{
  sqlite3_stmt *handle = NULL;
  SqliteStmt *stmt;

  if (sqlite3_prepare_v3 (SQLITE_DB (db)->handle, sql, -1, SQLITE_PREPARE_PERSISTENT,
                          &handle, NULL) != SQLITE_OK)
    {
      fail (db);
      return NULL;
    }

  stmt = g_new0 (SqliteStmt, 1);
  stmt->parent.klass = &sqlite_class;
  stmt->parent.db = db;
  stmt->handle = handle;

  return &stmt->parent;
}

static int
db_exec (MtDb       *db,
         const char *sql)
{
  char *message = NULL;
  int rc;

  rc = sqlite3_exec (SQLITE_DB (db)->handle, sql, NULL, NULL, &message);
  if (rc == SQLITE_OK)
    return MT_DB_OK;

  mt_db_set_error (db, error_kind (sqlite3_extended_errcode (SQLITE_DB (db)->handle)),
                   message != NULL ? message : sqlite3_errstr (rc));
  sqlite3_free (message);

  return MT_DB_FAIL;
}

static gboolean
db_in_transaction (MtDb *db)
{
  return !sqlite3_get_autocommit (SQLITE_DB (db)->handle);
}

static gint64
db_last_insert_id (MtDb *db)
{
  return sqlite3_last_insert_rowid (SQLITE_DB (db)->handle);
}

static void
db_interrupt (MtDb *db)
{
  sqlite3_interrupt (SQLITE_DB (db)->handle);
}

/* Statements */

static int
stmt_step (MtDbStmt *s)
{
  int rc = sqlite3_step (SQLITE_STMT (s)->handle);

  if (rc == SQLITE_ROW)
    return MT_DB_ROW;
  if (rc == SQLITE_DONE)
    return MT_DB_DONE;

  return fail (s->db);
}

static void
stmt_reset (MtDbStmt *s)
{
  sqlite3_reset (SQLITE_STMT (s)->handle);
}

static void
stmt_clear_bindings (MtDbStmt *s)
{
  sqlite3_clear_bindings (SQLITE_STMT (s)->handle);
}

static void
stmt_finalize (MtDbStmt *s)
{
  sqlite3_finalize (SQLITE_STMT (s)->handle);
  g_free (s);
}

static int
stmt_parameter_count (MtDbStmt *s)
{
  return sqlite3_bind_parameter_count (SQLITE_STMT (s)->handle);
}

static int
stmt_parameter_index (MtDbStmt   *s,
                      const char *name)
{
  return sqlite3_bind_parameter_index (SQLITE_STMT (s)->handle, name);
}

static void
stmt_bind_int64 (MtDbStmt *s,
                 int       index,
                 gint64    value)
{
  sqlite3_bind_int64 (SQLITE_STMT (s)->handle, index, value);
}

static void
stmt_bind_double (MtDbStmt *s,
                  int       index,
                  double    value)
{
  sqlite3_bind_double (SQLITE_STMT (s)->handle, index, value);
}

static void
stmt_bind_text (MtDbStmt   *s,
                int         index,
                const char *value,
                gboolean    copy)
{
  if (value == NULL)
    sqlite3_bind_null (SQLITE_STMT (s)->handle, index);
  else
    sqlite3_bind_text (SQLITE_STMT (s)->handle, index, value, -1,
                       copy ? SQLITE_TRANSIENT : SQLITE_STATIC);
}

static void
stmt_bind_null (MtDbStmt *s,
                int       index)
{
  sqlite3_bind_null (SQLITE_STMT (s)->handle, index);
}

static int
stmt_column_count (MtDbStmt *s)
{
  return sqlite3_column_count (SQLITE_STMT (s)->handle);
}

static const char *
stmt_column_name (MtDbStmt *s,
                  int       col)
{
  return sqlite3_column_name (SQLITE_STMT (s)->handle, col);
}

static MtDbType
stmt_column_type (MtDbStmt *s,
                  int       col)
{
  switch (sqlite3_column_type (SQLITE_STMT (s)->handle, col))
    {
    case SQLITE_INTEGER:
      return MT_DB_INTEGER;
    case SQLITE_FLOAT:
      return MT_DB_FLOAT;
    case SQLITE_NULL:
      return MT_DB_NULL;
    default:
      return MT_DB_TEXT;
    }
}

static gint64
stmt_column_int64 (MtDbStmt *s,
                   int       col)
{
  return sqlite3_column_int64 (SQLITE_STMT (s)->handle, col);
}

static double
stmt_column_double (MtDbStmt *s,
                    int       col)
{
  return sqlite3_column_double (SQLITE_STMT (s)->handle, col);
}

static const char *
stmt_column_text (MtDbStmt *s,
                  int       col)
{
  return (const char *) sqlite3_column_text (SQLITE_STMT (s)->handle, col);
}

static int
stmt_column_bytes (MtDbStmt *s,
                   int       col)
{
  return sqlite3_column_bytes (SQLITE_STMT (s)->handle, col);
}

MT_DB_DEFINE_CLASS (sqlite_class, MT_DB_SQLITE);

/* Public API */

MtDb *
mt_db_open_sqlite (const char  *path,
                   const char  *name,
                   GError     **error)
{
  SqliteDb *self;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_new0 (SqliteDb, 1);
  self->parent.klass = &sqlite_class;

  /* A connection is used by one thread at a time (threads that read or write beside the
   * window open their own), so SQLite need not lock it around every call: without NOMUTEX
   * that is fifteen mutex round trips per imported row. */
  rc = sqlite3_open_v2 (path, &self->handle,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_OPEN, _("Could not open “%s”: %s"), name,
                   self->handle != NULL ? sqlite3_errmsg (self->handle) : sqlite3_errstr (rc));
      sqlite3_close_v2 (self->handle);
      g_free (self);
      return NULL;
    }

  sqlite3_extended_result_codes (self->handle, TRUE);
  sqlite3_busy_timeout (self->handle, (int) mt_db_lock_wait_ms ());
  register_functions (self->handle);

  return &self->parent;
}

sqlite3 *
mt_db_sqlite_handle (MtDb *db)
{
  g_return_val_if_fail (db != NULL && db->klass == &sqlite_class, NULL);

  return SQLITE_DB (db)->handle;
}
