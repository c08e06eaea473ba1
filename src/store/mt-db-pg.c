/* mt-db-pg.c: the PostgreSQL driver, one dataset for a team.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Statements are the store's own SQL: "?1", "?" and ":name" parameters become "$n" here
 * (outside quotes), and each step of a statement's first row runs it with PQexecParams(),
 * values in text form. Integers and reals are sent with their type, text as "unknown" so
 * the server reads it as the column it meets (a date, a number, a name). The whole result
 * is held until the statement is reset; the store reads big results on worker connections
 * or by COPY, never a million rows at once on the window's connection.
 */

#define G_LOG_DOMAIN "mt-db-pg"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <libpq-fe.h>
#include <math.h>
#include <string.h>
#include <sys/socket.h>

#include "mt-db.h"
#include "mt-store.h"

/* Type oids (catalog/pg_type_d.h is not a client header). */
#define CONNECT_TIMEOUT "10"

#define OID_BOOL    16
#define OID_INT8    20
#define OID_INT2    21
#define OID_INT4    23
#define OID_FLOAT4  700
#define OID_FLOAT8  701
#define OID_NUMERIC 1700
#define OID_TEXT    25

typedef struct
{
  MtDb      parent;
  PGconn   *conn;
  PGcancel *cancel;     /* for mt_db_interrupt(), from any thread */
  GMutex    cancel_lock;
  char     *copy_sql;   /* the COPY left open by mt_db_pg_copy(), or NULL */
} PgDb;

typedef struct
{
  MtDbStmt   parent;
  char      *sql;        /* with $n parameters */
  int        n_params;
  GPtrArray *names;      /* ":name" of each parameter, or NULL; index i is $i+1 */
  char     **values;     /* text form, or NULL for NULL */
  gboolean  *owned;      /* values[i] is ours to free */
  Oid       *types;
  gboolean  *unused;     /* a number the SQL skips ("?14" with no "?13"): sent as text */
  PGresult  *result;
  int        row;        /* the current row; -1 before the first step */
} PgStmt;

#define PG_DB(db) ((PgDb *) (db))
#define PG_STMT(s) ((PgStmt *) (s))

static const MtDbClass pg_class;

/* Failures */

static MtDbErr
error_kind (const char *sqlstate)
{
  if (sqlstate == NULL)
    return MT_DB_ERR_FAILED;
  if (strcmp (sqlstate, "23505") == 0)
    return MT_DB_ERR_UNIQUE;
  if (g_str_has_prefix (sqlstate, "23"))
    return MT_DB_ERR_CONSTRAINT;
  if (strcmp (sqlstate, "53100") == 0)
    return MT_DB_ERR_FULL;
  if (strcmp (sqlstate, "57014") == 0)
    return MT_DB_ERR_INTERRUPT;
  if (strcmp (sqlstate, "40001") == 0 || strcmp (sqlstate, "40P01") == 0 ||
      strcmp (sqlstate, "55P03") == 0)
    return MT_DB_ERR_BUSY;
  if (strcmp (sqlstate, "25006") == 0 || strcmp (sqlstate, "42501") == 0)
    return MT_DB_ERR_READONLY;
  if (g_str_has_prefix (sqlstate, "08") || g_str_has_prefix (sqlstate, "57P"))
    return MT_DB_ERR_LOST;
  return MT_DB_ERR_FAILED;
}

/* Records the failure of @result (or of the connection when it says nothing); returns
 * MT_DB_FAIL. */
static int
fail (MtDb           *db,
      const PGresult *result)
{
  PGconn *conn = PG_DB (db)->conn;
  const char *message = NULL;
  g_autofree char *text = NULL;
  MtDbErr kind;

  if (result != NULL)
    message = PQresultErrorField (result, PG_DIAG_MESSAGE_PRIMARY);
  if (message == NULL)
    message = PQerrorMessage (conn);
  text = g_strstrip (g_strdup (message));

  if (PQstatus (conn) == CONNECTION_BAD)
    kind = MT_DB_ERR_LOST;
  else
    kind = error_kind (result != NULL ? PQresultErrorField (result, PG_DIAG_SQLSTATE) : NULL);

  mt_db_set_error (db, kind, text);
  if (result != NULL)
    db->errconstraint = g_strdup (PQresultErrorField (result, PG_DIAG_CONSTRAINT_NAME));

  return MT_DB_FAIL;
}

/* The store's SQL in the server's words */

/* Where the parameter @name (":camp") is: its index, added at the end when new. */
static int
named_index (GPtrArray  *names,
             const char *name,
             gsize       len)
{
  for (guint i = 0; i < names->len; i++)
    {
      const char *known = g_ptr_array_index (names, i);

      if (known != NULL && strlen (known) == len && strncmp (known, name, len) == 0)
        return i + 1;
    }

  g_ptr_array_add (names, g_strndup (name, len));

  return names->len;
}

static void
mark_used (GArray *used,
           int     index)
{
  gboolean yes = TRUE;

  if ((int) used->len < index)
    g_array_set_size (used, index);
  g_array_index (used, gboolean, index - 1) = yes;
}

static void
grow_names (GPtrArray *names,
            int        count)
{
  while ((int) names->len < count)
    g_ptr_array_add (names, NULL);
}

/* Rewrites "?1", "?" and ":name" as "$n", SQLite's numbering: a bare "?" is one more than
 * the largest so far, a name keeps the index of its first use. Quoted text, quoted names,
 * comments and "::" casts are copied as they are. */
static char *
translate (const char *sql,
           GPtrArray  *names,
           GArray     *used)
{
  g_autoptr(GString) out = g_string_sized_new (strlen (sql) + 16);
  const char *p = sql;

  while (*p != '\0')
    {
      if (*p == '\'' || *p == '"')
        {
          char quote = *p;

          g_string_append_c (out, *p++);
          while (*p != '\0')
            {
              g_string_append_c (out, *p);
              if (*p++ == quote)
                {
                  if (*p != quote)
                    break;
                  g_string_append_c (out, *p++);
                }
            }
        }
      else if (p[0] == '-' && p[1] == '-')
        {
          while (*p != '\0' && *p != '\n')
            g_string_append_c (out, *p++);
        }
      else if (p[0] == ':' && p[1] == ':')
        {
          g_string_append (out, "::");
          p += 2;
        }
      else if (*p == '?')
        {
          int index;

          p++;
          if (g_ascii_isdigit (*p))
            {
              index = (int) g_ascii_strtoll (p, (char **) &p, 10);
              grow_names (names, index);
            }
          else
            {
              index = names->len + 1;
              grow_names (names, index);
            }
          g_string_append_printf (out, "$%d", index);
          mark_used (used, index);
        }
      else if (*p == ':' && (g_ascii_isalpha (p[1]) || p[1] == '_'))
        {
          const char *start = p;

          p++;
          while (g_ascii_isalnum (*p) || *p == '_')
            p++;
          int index = named_index (names, start, p - start);

          g_string_append_printf (out, "$%d", index);
          mark_used (used, index);
        }
      else
        g_string_append_c (out, *p++);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The connection */

/* Ends the COPY mt_db_pg_copy() left open, with the server's verdict on all of it (a
 * duplicate key refuses the whole copy): before any other statement on the connection. */
static int
end_copy (MtDb *db)
{
  PgDb *self = PG_DB (db);
  PGresult *result;
  int rc = MT_DB_OK;

  if (self->copy_sql == NULL)
    return MT_DB_OK;

  g_clear_pointer (&self->copy_sql, g_free);
  if (PQputCopyEnd (self->conn, NULL) != 1)
    rc = fail (db, NULL);
  while ((result = PQgetResult (self->conn)) != NULL)
    {
      if (rc == MT_DB_OK && PQresultStatus (result) != PGRES_COMMAND_OK)
        rc = fail (db, result);
      PQclear (result);
    }

  return rc;
}

static void
db_close (MtDb *db)
{
  PgDb *self = PG_DB (db);

  end_copy (db);
  g_mutex_lock (&self->cancel_lock);
  g_clear_pointer (&self->cancel, PQfreeCancel);
  g_mutex_unlock (&self->cancel_lock);
  PQfinish (self->conn);
  g_mutex_clear (&self->cancel_lock);
  g_free (self);
}

static MtDbStmt *
db_prepare (MtDb       *db,
            const char *sql)
{
  PgStmt *stmt = g_new0 (PgStmt, 1);
  g_autoptr(GArray) used = g_array_new (FALSE, TRUE, sizeof (gboolean));

  stmt->parent.klass = &pg_class;
  stmt->parent.db = db;
  stmt->names = g_ptr_array_new_with_free_func (g_free);
  stmt->sql = translate (sql, stmt->names, used);
  stmt->n_params = stmt->names->len;
  stmt->values = g_new0 (char *, MAX (stmt->n_params, 1));
  stmt->owned = g_new0 (gboolean, MAX (stmt->n_params, 1));
  stmt->types = g_new0 (Oid, MAX (stmt->n_params, 1));
  stmt->unused = g_new0 (gboolean, MAX (stmt->n_params, 1));
  for (int i = 0; i < stmt->n_params; i++)
    {
      stmt->unused[i] = i >= (int) used->len || !g_array_index (used, gboolean, i);
      stmt->types[i] = stmt->unused[i] ? OID_TEXT : 0;
    }
  stmt->row = -1;

  /* The server checks the text when it first runs: a mistake shows at the first step. */
  return &stmt->parent;
}

static int
db_exec (MtDb       *db,
         const char *sql)
{
  PGresult *result;
  ExecStatusType status;
  int rc = end_copy (db);

  /* A copy refused: its transaction is over, but a ROLLBACK must still end it. */
  if (rc != MT_DB_OK && g_ascii_strncasecmp (sql, "ROLLBACK", 8) != 0)
    return rc;
  result = PQexec (PG_DB (db)->conn, sql);
  status = PQresultStatus (result);

  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
    {
      rc = fail (db, result);
      g_debug ("%s: %.200s", mt_db_errmsg (db), sql);
    }
  PQclear (result);

  return rc;
}

static gboolean
db_in_transaction (MtDb *db)
{
  /* (a COPY still open makes the connection "active": its transaction goes on) */
  if (PG_DB (db)->copy_sql != NULL)
    return TRUE;
  return PQtransactionStatus (PG_DB (db)->conn) != PQTRANS_IDLE;
}

static gint64
db_last_insert_id (MtDb *db)
{
  PGresult *result;
  gint64 id = 0;

  if (end_copy (db) != MT_DB_OK)
    return 0;
  result = PQexec (PG_DB (db)->conn, "SELECT lastval ()");

  if (PQresultStatus (result) == PGRES_TUPLES_OK && PQntuples (result) == 1)
    id = g_ascii_strtoll (PQgetvalue (result, 0, 0), NULL, 10);
  PQclear (result);

  return id;
}

static void
db_interrupt (MtDb *db)
{
  PgDb *self = PG_DB (db);
  char message[256];

  /* Asks the server to cancel what this connection runs now; nothing when idle. */
  g_mutex_lock (&self->cancel_lock);
  if (self->cancel != NULL)
    PQcancel (self->cancel, message, sizeof message);
  g_mutex_unlock (&self->cancel_lock);
}

/* Statements */

static void
unbind (PgStmt *self,
        int     i)
{
  if (self->owned[i])
    g_free (self->values[i]);
  self->values[i] = NULL;
  self->owned[i] = FALSE;
  self->types[i] = self->unused[i] ? OID_TEXT : 0;
}

static int
stmt_step (MtDbStmt *s)
{
  PgStmt *self = PG_STMT (s);

  if (self->result == NULL)
    {
      ExecStatusType status;
      int rc = end_copy (s->db);

      if (rc != MT_DB_OK)
        return rc;
      self->result = PQexecParams (PG_DB (s->db)->conn, self->sql, self->n_params,
                                   self->types, (const char * const *) self->values,
                                   NULL, NULL, 0);
      status = PQresultStatus (self->result);
      if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        {
          int rc = fail (s->db, self->result);

          g_debug ("%s: %s", mt_db_errmsg (s->db), self->sql);
          g_clear_pointer (&self->result, PQclear);
          return rc;
        }
    }

  self->row++;
  if (self->row < PQntuples (self->result))
    return MT_DB_ROW;

  self->row = PQntuples (self->result);

  return MT_DB_DONE;
}

static void
stmt_reset (MtDbStmt *s)
{
  PgStmt *self = PG_STMT (s);

  g_clear_pointer (&self->result, PQclear);
  self->row = -1;
}

static void
stmt_clear_bindings (MtDbStmt *s)
{
  PgStmt *self = PG_STMT (s);

  for (int i = 0; i < self->n_params; i++)
    unbind (self, i);
}

static void
stmt_finalize (MtDbStmt *s)
{
  PgStmt *self = PG_STMT (s);

  stmt_reset (s);
  stmt_clear_bindings (s);
  g_free (self->values);
  g_free (self->owned);
  g_free (self->types);
  g_free (self->unused);
  g_ptr_array_unref (self->names);
  g_free (self->sql);
  g_free (self);
}

static int
stmt_parameter_count (MtDbStmt *s)
{
  return PG_STMT (s)->n_params;
}

static int
stmt_parameter_index (MtDbStmt   *s,
                      const char *name)
{
  PgStmt *self = PG_STMT (s);

  for (guint i = 0; i < self->names->len; i++)
    {
      const char *known = g_ptr_array_index (self->names, i);

      if (g_strcmp0 (known, name) == 0)
        return i + 1;
    }

  return 0;
}

static void
bind_value (PgStmt *self,
            int     index,
            char   *value,
            gboolean owned,
            Oid     type)
{
  if (index < 1 || index > self->n_params)
    {
      if (owned)
        g_free (value);
      return;
    }

  unbind (self, index - 1);
  self->values[index - 1] = value;
  self->owned[index - 1] = owned;
  /* The server must know a type for every number, even one the SQL skips. */
  self->types[index - 1] = type == 0 && self->unused[index - 1] ? OID_TEXT : type;
}

static void
stmt_bind_int64 (MtDbStmt *s,
                 int       index,
                 gint64    value)
{
  bind_value (PG_STMT (s), index, g_strdup_printf ("%" G_GINT64_FORMAT, value), TRUE, OID_INT8);
}

static void
stmt_bind_double (MtDbStmt *s,
                  int       index,
                  double    value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* Unknown (NaN) is NULL, as SQLite stores it: a server would keep NaN, above every number. */
  if (isnan (value))
    {
      bind_value (PG_STMT (s), index, NULL, FALSE, 0);
      return;
    }
  bind_value (PG_STMT (s), index, g_strdup (g_ascii_dtostr (buffer, sizeof buffer, value)),
              TRUE, OID_FLOAT8);
}

static void
stmt_bind_text (MtDbStmt   *s,
                int         index,
                const char *value,
                gboolean    copy)
{
  if (value == NULL || !copy)
    bind_value (PG_STMT (s), index, (char *) value, FALSE, 0);
  else
    bind_value (PG_STMT (s), index, g_strdup (value), TRUE, 0);
}

static void
stmt_bind_null (MtDbStmt *s,
                int       index)
{
  bind_value (PG_STMT (s), index, NULL, FALSE, 0);
}

static gboolean
has_value (PgStmt *self,
           int     col)
{
  return self->result != NULL && self->row >= 0 && self->row < PQntuples (self->result) &&
         col >= 0 && col < PQnfields (self->result) &&
         !PQgetisnull (self->result, self->row, col);
}

static int
stmt_column_count (MtDbStmt *s)
{
  PgStmt *self = PG_STMT (s);

  return self->result != NULL ? PQnfields (self->result) : 0;
}

static const char *
stmt_column_name (MtDbStmt *s,
                  int       col)
{
  PgStmt *self = PG_STMT (s);

  return self->result != NULL ? PQfname (self->result, col) : NULL;
}

static MtDbType
stmt_column_type (MtDbStmt *s,
                  int       col)
{
  PgStmt *self = PG_STMT (s);

  if (!has_value (self, col))
    return MT_DB_NULL;

  switch (PQftype (self->result, col))
    {
    case OID_BOOL:
    case OID_INT2:
    case OID_INT4:
    case OID_INT8:
      return MT_DB_INTEGER;
    case OID_FLOAT4:
    case OID_FLOAT8:
    case OID_NUMERIC:
      return MT_DB_FLOAT;
    default:
      return MT_DB_TEXT;
    }
}

static gint64
stmt_column_int64 (MtDbStmt *s,
                   int       col)
{
  PgStmt *self = PG_STMT (s);
  const char *text;

  if (!has_value (self, col))
    return 0;

  text = PQgetvalue (self->result, self->row, col);
  if (PQftype (self->result, col) == OID_BOOL)
    return text[0] == 't';
  /* A real or numeric read as an integer truncates, as SQLite does. */
  if (strpbrk (text, ".eE") != NULL)
    return (gint64) g_ascii_strtod (text, NULL);

  return g_ascii_strtoll (text, NULL, 10);
}

static double
stmt_column_double (MtDbStmt *s,
                    int       col)
{
  PgStmt *self = PG_STMT (s);

  if (!has_value (self, col))
    return 0.0;

  return g_ascii_strtod (PQgetvalue (self->result, self->row, col), NULL);
}

static const char *
stmt_column_text (MtDbStmt *s,
                  int       col)
{
  PgStmt *self = PG_STMT (s);

  if (!has_value (self, col))
    return NULL;

  /* Booleans read as SQLite gives them, 1 and 0. */
  if (PQftype (self->result, col) == OID_BOOL)
    return PQgetvalue (self->result, self->row, col)[0] == 't' ? "1" : "0";

  return PQgetvalue (self->result, self->row, col);
}

static int
stmt_column_bytes (MtDbStmt *s,
                   int       col)
{
  const char *text = stmt_column_text (s, col);

  return text != NULL ? (int) strlen (text) : 0;
}

MT_DB_DEFINE_CLASS (pg_class, MT_DB_POSTGRES);

/* Public API */

gboolean
mt_db_is_pg_uri (const char *uri)
{
  return uri != NULL &&
         (g_str_has_prefix (uri, "postgresql://") || g_str_has_prefix (uri, "postgres://"));
}

char *
mt_db_pg_display_uri (const char *uri)
{
  g_autoptr(GUri) parsed = NULL;

  g_return_val_if_fail (uri != NULL, NULL);

  /* libpq's URIs are URIs: GLib parses them; the password (user:password@) goes, and so
   * does a "password=" parameter. */
  parsed = g_uri_parse (uri, G_URI_FLAGS_HAS_PASSWORD | G_URI_FLAGS_ENCODED_QUERY |
                        G_URI_FLAGS_NON_DNS, NULL);
  if (parsed == NULL)
    return g_strdup ("postgresql://…");

  {
    const char *query = g_uri_get_query (parsed);
    g_autoptr(GString) kept = g_string_new (NULL);
    g_auto(GStrv) params = query != NULL ? g_strsplit (query, "&", -1) : NULL;

    for (guint i = 0; params != NULL && params[i] != NULL; i++)
      {
        if (g_str_has_prefix (params[i], "password="))
          continue;
        if (kept->len > 0)
          g_string_append_c (kept, '&');
        g_string_append (kept, params[i]);
      }

    return g_uri_join (G_URI_FLAGS_ENCODED_QUERY | G_URI_FLAGS_NON_DNS,
                       g_uri_get_scheme (parsed), g_uri_get_user (parsed), g_uri_get_host (parsed),
                       g_uri_get_port (parsed), g_uri_get_path (parsed),
                       kept->len > 0 ? kept->str : NULL, g_uri_get_fragment (parsed));
  }
}

/* The server refused the password it was given (SQLSTATE 28P01 is not handed to a client
 * before a session exists, so its words are looked for: the server's own, in English or
 * French). */
static gboolean
refused_password (PGconn *conn)
{
  const char *message = PQerrorMessage (conn);

  return PQconnectionUsedPassword (conn) &&
         (strstr (message, "password authentication failed") != NULL ||
          strstr (message, "authentification par mot de passe") != NULL);
}

MtDb *
mt_db_open_pg (const char  *uri,
               const char  *password,
               GError     **error)
{
  /* A server that does not answer is given up after CONNECT_TIMEOUT seconds, unless the URI
   * says otherwise (its keys, expanded from "dbname", come later and win). */
  const char *keys[] = { "connect_timeout", "dbname", "password", "application_name", NULL };
  const char *values[] = { CONNECT_TIMEOUT, uri, password, "minusma-tracker", NULL };
  PgDb *self;
  PGresult *result;

  g_return_val_if_fail (uri != NULL, NULL);

  self = g_new0 (PgDb, 1);
  self->parent.klass = &pg_class;
  g_mutex_init (&self->cancel_lock);

  /* "dbname" holding a URI is expanded by libpq (expand_dbname); a password given here
   * wins over ~/.pgpass, which libpq reads otherwise. */
  self->conn = PQconnectdbParams (keys, values, 1);
  if (PQstatus (self->conn) != CONNECTION_OK)
    {
      g_autofree char *shown = mt_db_pg_display_uri (uri);
      g_autofree char *message = g_strstrip (g_strdup (PQerrorMessage (self->conn)));
      int code = PQconnectionNeedsPassword (self->conn) ? MT_STORE_ERROR_PASSWORD
                 : refused_password (self->conn) ? MT_STORE_ERROR_PASSWORD_REFUSED
                 : MT_STORE_ERROR_OPEN;

      g_set_error (error, MT_STORE_ERROR, code, _("Could not open “%s”: %s"), shown, message);
      PQfinish (self->conn);
      g_mutex_clear (&self->cancel_lock);
      g_free (self);
      return NULL;
    }

  self->cancel = PQgetCancel (self->conn);

  /* Every session alike, whatever the server's defaults: UTF-8, ISO dates, quiet notices,
   * and text compared byte by byte where the store says so. */
  result = PQexec (self->conn,
                   "SET client_encoding = 'UTF8';"
                   "SET DateStyle = 'ISO, YMD';"
                   "SET client_min_messages = warning;"
                   "SET extra_float_digits = 1");
  PQclear (result);

  return &self->parent;
}

gboolean
mt_db_pg_listen (MtDb       *db,
                 const char *channel)
{
  g_autofree char *sql = NULL;
  char *quoted;

  g_return_val_if_fail (db != NULL && db->klass == &pg_class, FALSE);

  quoted = PQescapeIdentifier (PG_DB (db)->conn, channel, strlen (channel));
  if (quoted == NULL)
    return FALSE;
  sql = g_strdup_printf ("LISTEN %s", quoted);
  PQfreemem (quoted);

  return db_exec (db, sql) == MT_DB_OK;
}

int
mt_db_pg_socket (MtDb *db)
{
  g_return_val_if_fail (db != NULL && db->klass == &pg_class, -1);

  return PQsocket (PG_DB (db)->conn);
}

GPtrArray *
mt_db_pg_take_notifications (MtDb *db)
{
  PGconn *conn;
  g_autoptr(GPtrArray) payloads = g_ptr_array_new_with_free_func (g_free);
  PGnotify *notify;

  g_return_val_if_fail (db != NULL && db->klass == &pg_class, NULL);

  conn = PG_DB (db)->conn;
  if (!PQconsumeInput (conn) || PQstatus (conn) != CONNECTION_OK)
    return NULL;

  while ((notify = PQnotifies (conn)) != NULL)
    {
      g_ptr_array_add (payloads, g_strdup (notify->extra));
      PQfreemem (notify);
    }

  return g_steal_pointer (&payloads);
}

void
mt_db_pg_copy_append (GString    *data,
                      const char *value)
{
  if (value == NULL)
    {
      g_string_append (data, "\\N");
      return;
    }

  /* A million rows of a dozen values each: the plain runs go in whole. */
  for (const char *p = value; *p != '\0'; p++)
    {
      size_t plain = strcspn (p, "\\\t\n\r");

      g_string_append_len (data, p, plain);
      p += plain;
      switch (*p)
        {
        case '\0': return;
        case '\\': g_string_append (data, "\\\\"); break;
        case '\t': g_string_append (data, "\\t"); break;
        case '\n': g_string_append (data, "\\n"); break;
        case '\r': g_string_append (data, "\\r"); break;
        default: g_assert_not_reached ();
        }
    }
}

void
mt_db_pg_copy_append_int (GString *data,
                          gint64   value)
{
  char digits[24];
  char *p = digits + sizeof digits;
  guint64 magnitude = value < 0 ? -(guint64) value : (guint64) value;

  do
    {
      *--p = '0' + magnitude % 10;
      magnitude /= 10;
    }
  while (magnitude > 0);
  if (value < 0)
    *--p = '-';
  g_string_append_len (data, p, digits + sizeof digits - p);
}

int
mt_db_pg_copy (MtDb       *db,
               const char *sql,
               GString    *data)
{
  PGconn *conn;
  PGresult *result;
  int rc = MT_DB_OK;

  g_return_val_if_fail (db != NULL && db->klass == &pg_class, MT_DB_FAIL);

  conn = PG_DB (db)->conn;
  /* Another COPY open: it ends first. The same one goes on: the server writes these rows
   * while the importer reads the next ones. */
  if (PG_DB (db)->copy_sql != NULL && strcmp (PG_DB (db)->copy_sql, sql) != 0 &&
      (rc = end_copy (db)) != MT_DB_OK)
    return rc;
  if (PG_DB (db)->copy_sql == NULL)
    {
      result = PQexec (conn, sql);
      if (PQresultStatus (result) != PGRES_COPY_IN)
        {
          rc = fail (db, result);
          PQclear (result);
          return rc;
        }
      PQclear (result);
      PG_DB (db)->copy_sql = g_strdup (sql);
    }

  if (PQputCopyData (conn, data->str, data->len) != 1)
    {
      rc = fail (db, NULL);
      end_copy (db);
    }

  return rc;
}

const char *
mt_db_pg_user (MtDb *db)
{
  g_return_val_if_fail (db != NULL && db->klass == &pg_class, NULL);

  return PQuser (PG_DB (db)->conn);
}

gboolean
mt_db_pg_is_alive (MtDb *db)
{
  PGconn *conn;

  if (db == NULL || db->klass != &pg_class)
    return TRUE;

  conn = PG_DB (db)->conn;
  /* Only between statements: a result being read is not "input" to consume. */
  if (PQtransactionStatus (conn) == PQTRANS_ACTIVE)
    return TRUE;

  if (!PQconsumeInput (conn) || PQstatus (conn) != CONNECTION_OK)
    return FALSE;

  /* libpq takes a server's goodbye (an error while idle) as a notice and only sees the
   * closed socket at the next read: look at it without reading. */
  {
    char byte;
    ssize_t n = recv (PQsocket (conn), &byte, 1, MSG_PEEK | MSG_DONTWAIT);

    return !(n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR));
  }
}

gboolean
mt_db_pg_host_is_local (const char *host)
{
  if (host == NULL || host[0] == '\0')
    return FALSE;

  return host[0] == '/' || host[0] == '@' || g_ascii_strcasecmp (host, "localhost") == 0 ||
         g_str_has_prefix (host, "127.") || strcmp (host, "::1") == 0;
}

gboolean
mt_db_pg_is_on_this_machine (MtDb *db)
{
  g_return_val_if_fail (db != NULL && db->klass == &pg_class, FALSE);

  return mt_db_pg_host_is_local (PQhost (PG_DB (db)->conn));
}

gboolean
mt_db_pg_is_connected (MtDb *db)
{
  g_return_val_if_fail (db != NULL && db->klass == &pg_class, FALSE);

  return PQstatus (PG_DB (db)->conn) == CONNECTION_OK;
}
