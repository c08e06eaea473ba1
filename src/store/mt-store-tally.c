/* mt-store-tally.c: the roster's aggregates kept in a table (schema v4).
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every figure over the roster is a sum by camp, category and departure day. Up to v3 four
 * secondary indexes on personnel served them, and a large import spent about half its time
 * building those. From v4, personnel_tally holds the counts themselves (a few thousand rows
 * for a million people), kept exact by triggers; bulk writers suspend the triggers, count in
 * memory and write one row per key at the end.
 */

#define G_LOG_DOMAIN "mt-store-tally"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mt-store-private.h"
#include "mt-store-tally-private.h"

#define TRIGGER_PREFIX "personnel_tally_"

/* The key of the row of one person, as the triggers write it. */
#define OLD_KEY \
  "camp_id = OLD.camp_id AND category = OLD.category" \
  " AND departure_date = COALESCE (OLD.departure_date, '')" \
  " AND planned_departure = COALESCE (OLD.planned_departure, '')"

#define COUNT_IN(who) \
  "INSERT INTO personnel_tally (camp_id, category, departure_date, planned_departure, n)" \
  " VALUES (" who ".camp_id, " who ".category, COALESCE (" who ".departure_date, '')," \
  "         COALESCE (" who ".planned_departure, ''), 1)" \
  " ON CONFLICT DO UPDATE SET n = n + 1;"

/* A row never holds n = 0 (CHECK (n > 0)): the last one out deletes it, so the table is a
 * pure function of personnel and compares equal row by row after an undo. */
#define COUNT_OUT \
  "DELETE FROM personnel_tally WHERE " OLD_KEY " AND n = 1;" \
  "UPDATE personnel_tally SET n = n - 1 WHERE " OLD_KEY ";"

static const char recount_sql[] =
  "INSERT INTO personnel_tally (camp_id, category, departure_date, planned_departure, n)"
  " SELECT camp_id, category, COALESCE (departure_date, ''), COALESCE (planned_departure, ''),"
  "        COUNT (*)"
  " FROM personnel GROUP BY 1, 2, 3, 4;";

/* The triggers, as of v11 (the planned departure in the key). */
#define TALLY_TRIGGERS \
  "CREATE TRIGGER " TRIGGER_PREFIX "insert AFTER INSERT ON personnel BEGIN " \
  COUNT_IN ("NEW") \
  " END;" \
  "CREATE TRIGGER " TRIGGER_PREFIX "delete AFTER DELETE ON personnel BEGIN " \
  COUNT_OUT \
  " END;" \
  /* A corrected name or rank moves no figure: no work. */ \
  "CREATE TRIGGER " TRIGGER_PREFIX "update" \
  " AFTER UPDATE OF camp_id, category, departure_date, planned_departure ON personnel" \
  " WHEN OLD.camp_id IS NOT NEW.camp_id OR OLD.category IS NOT NEW.category" \
  "   OR COALESCE (OLD.departure_date, '') <> COALESCE (NEW.departure_date, '')" \
  "   OR COALESCE (OLD.planned_departure, '') <> COALESCE (NEW.planned_departure, '') BEGIN " \
  COUNT_OUT \
  COUNT_IN ("NEW") \
  " END;"

/* As v4 made them, counted by camp, category and departure day only. */
static const char schema_v4[] =
  "CREATE TABLE personnel_tally ("
  "  camp_id INTEGER NOT NULL,"
  "  category TEXT NOT NULL,"
  "  departure_date TEXT NOT NULL,"   /* '' = not departed */
  "  n INTEGER NOT NULL CHECK (n > 0),"
  "  PRIMARY KEY (camp_id, category, departure_date)) WITHOUT ROWID;"

  "CREATE TRIGGER " TRIGGER_PREFIX "insert AFTER INSERT ON personnel BEGIN "
  "INSERT INTO personnel_tally (camp_id, category, departure_date, n)"
  " VALUES (NEW.camp_id, NEW.category, COALESCE (NEW.departure_date, ''), 1)"
  " ON CONFLICT DO UPDATE SET n = n + 1;"
  " END;"
  "CREATE TRIGGER " TRIGGER_PREFIX "delete AFTER DELETE ON personnel BEGIN "
  "DELETE FROM personnel_tally WHERE camp_id = OLD.camp_id AND category = OLD.category"
  " AND departure_date = COALESCE (OLD.departure_date, '') AND n = 1;"
  "UPDATE personnel_tally SET n = n - 1 WHERE camp_id = OLD.camp_id"
  " AND category = OLD.category AND departure_date = COALESCE (OLD.departure_date, '');"
  " END;"
  "CREATE TRIGGER " TRIGGER_PREFIX "update"
  " AFTER UPDATE OF camp_id, category, departure_date ON personnel"
  " WHEN OLD.camp_id IS NOT NEW.camp_id OR OLD.category IS NOT NEW.category"
  "   OR COALESCE (OLD.departure_date, '') <> COALESCE (NEW.departure_date, '') BEGIN "
  "DELETE FROM personnel_tally WHERE camp_id = OLD.camp_id AND category = OLD.category"
  " AND departure_date = COALESCE (OLD.departure_date, '') AND n = 1;"
  "UPDATE personnel_tally SET n = n - 1 WHERE camp_id = OLD.camp_id"
  " AND category = OLD.category AND departure_date = COALESCE (OLD.departure_date, '');"
  "INSERT INTO personnel_tally (camp_id, category, departure_date, n)"
  " VALUES (NEW.camp_id, NEW.category, COALESCE (NEW.departure_date, ''), 1)"
  " ON CONFLICT DO UPDATE SET n = n + 1;"
  " END;"

  "INSERT INTO personnel_tally (camp_id, category, departure_date, n)"
  " SELECT camp_id, category, COALESCE (departure_date, ''), COUNT (*)"
  " FROM personnel GROUP BY 1, 2, 3;"

  /* The v1 indexes the tally replaces, and two that v1 had before they were dropped from
   * its text (so a database made then ends like a new one). The UNIQUE index of
   * personnel_id stays: the importer looks people up by it. */
  "DROP INDEX IF EXISTS personnel_family_name;"
  "DROP INDEX IF EXISTS personnel_category;"
  "DROP INDEX IF EXISTS personnel_camp;"
  "DROP INDEX IF EXISTS personnel_departure;"
  "DROP INDEX IF EXISTS personnel_country;"
  "DROP INDEX IF EXISTS personnel_import;";

/* v11: the planned departure joins the key, so the plan (every person on the day they
 * left, or else on their planned day) is a sum over the tally too. A WITHOUT ROWID table
 * cannot change its key: made again and counted again, with its triggers. */
static const char schema_v11[] =
  "DROP TRIGGER IF EXISTS " TRIGGER_PREFIX "insert;"
  "DROP TRIGGER IF EXISTS " TRIGGER_PREFIX "delete;"
  "DROP TRIGGER IF EXISTS " TRIGGER_PREFIX "update;"
  "DROP TABLE personnel_tally;"
  "CREATE TABLE personnel_tally ("
  "  camp_id INTEGER NOT NULL,"
  "  category TEXT NOT NULL,"
  "  departure_date TEXT NOT NULL,"      /* '' = not departed */
  "  planned_departure TEXT NOT NULL,"   /* '' = none planned */
  "  n INTEGER NOT NULL CHECK (n > 0),"
  "  PRIMARY KEY (camp_id, category, departure_date, planned_departure)) WITHOUT ROWID;"
  TALLY_TRIGGERS;

/* In memory, while the triggers are suspended: one entry per key. Strings are interned in
 * the tally (categories and odd dates are a handful), so a key is three machine words. */
typedef struct
{
  gint64      camp_id;
  const char *category;   /* owned by MtStoreTally.strings */
  gint32      day;        /* yyyymmdd; 0 = not departed; < 0: -(index + 1) in odd_days */
  gint32      planned;    /* the planned departure, the same way; 0 = none */
} TallyKey;

typedef struct
{
  TallyKey key;
  gint64   delta;
} TallyEntry;

struct _MtStoreTally
{
  MtStore    *store;
  GPtrArray  *triggers;       /* CREATE TRIGGER texts, to run again */
  GHashTable *strings;        /* interned text -> itself */
  GHashTable *entries;        /* TallyKey* -> TallyEntry* (the same pointer) */
  GPtrArray  *odd_days;       /* interned departure dates that are not YYYY-MM-DD */
  const char *last_category;  /* the last interned category: rosters come in runs */
};

/* Helpers */

static guint
key_hash (gconstpointer data)
{
  const TallyKey *key = data;
  guint64 h = (guint64) key->camp_id * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);

  h ^= (guint64) GPOINTER_TO_SIZE (key->category) * G_GUINT64_CONSTANT (0xc2b2ae3d27d4eb4f);
  h ^= (guint64) (guint32) key->day * G_GUINT64_CONSTANT (0x165667b19e3779f9);
  h ^= (guint64) (guint32) key->planned * G_GUINT64_CONSTANT (0x27d4eb2f165667c5);

  return (guint) (h ^ (h >> 32));
}

static gboolean
key_equal (gconstpointer a,
           gconstpointer b)
{
  const TallyKey *ka = a;
  const TallyKey *kb = b;

  return ka->camp_id == kb->camp_id && ka->category == kb->category && ka->day == kb->day &&
         ka->planned == kb->planned;
}

static const char *
intern (MtStoreTally *tally,
        const char   *text)
{
  char *interned = g_hash_table_lookup (tally->strings, text);

  if (interned == NULL)
    {
      interned = g_strdup (text);
      g_hash_table_add (tally->strings, interned);
    }

  return interned;
}

/* "2023-10-16" -> 20231016, "" -> 0; anything else (not written by our importer, but the
 * table must stay exact) gets a negative number standing for the text itself. */
static gint32
day_number (MtStoreTally *tally,
            const char   *date)
{
  const char *interned;
  gint32 day = 0;

  if (date == NULL || date[0] == '\0')
    return 0;

  for (int i = 0; i < 10; i++)
    {
      if (i == 4 || i == 7)
        {
          if (date[i] != '-')
            goto odd;
        }
      else if (date[i] >= '0' && date[i] <= '9')
        day = day * 10 + (date[i] - '0');
      else
        goto odd;
    }
  if (date[10] == '\0' && day > 0)
    return day;

odd:
  interned = intern (tally, date);
  for (guint i = 0; i < tally->odd_days->len; i++)
    {
      if (g_ptr_array_index (tally->odd_days, i) == interned)
        return -(gint32) i - 1;
    }
  g_ptr_array_add (tally->odd_days, (gpointer) interned);

  return -(gint32) tally->odd_days->len;
}

static char *
day_text (MtStoreTally *tally,
          gint32        day)
{
  if (day == 0)
    return g_strdup ("");
  if (day < 0)
    return g_strdup (g_ptr_array_index (tally->odd_days, -day - 1));

  return g_strdup_printf ("%04d-%02d-%02d", day / 10000, day / 100 % 100, day % 100);
}

static gboolean
step_key (MtStore     *self,
          const char  *sql,
          TallyEntry  *entry,
          const char  *day,
          const char  *planned,
          gint64       n,
          GError     **error)
{
  MtDbStmt     *stmt = _mt_store_prepare (self, sql, error);
  gboolean ok;

  if (stmt == NULL)
    return FALSE;

  mt_db_bind_int64 (stmt, 1, entry->key.camp_id);
  mt_db_bind_text_static (stmt, 2, entry->key.category);
  mt_db_bind_text_static (stmt, 3, day);
  mt_db_bind_int64 (stmt, 4, n);
  mt_db_bind_text_static (stmt, 5, planned);
  ok = mt_db_step (stmt) == MT_DB_DONE || _mt_store_fail (self, error, _("Could not count the roster"));
  mt_db_reset (stmt);
  mt_db_clear_bindings (stmt);

  return ok;
}

/* Counts out the people of @entry (a negative delta); those counted in go many at once
 * (add_entries()). */
static gboolean
remove_entry (MtStoreTally  *tally,
              TallyEntry    *entry,
              GError       **error)
{
  g_autofree char *day = NULL;
  g_autofree char *planned = NULL;

  if (entry->delta == 0)
    return TRUE;

  day = day_text (tally, entry->key.day);
  planned = day_text (tally, entry->key.planned);
  return step_key (tally->store,
                   "DELETE FROM personnel_tally WHERE camp_id = ?1 AND category = ?2"
                   " AND departure_date = ?3 AND planned_departure = ?5 AND n <= ?4",
                   entry, day, planned, -entry->delta, error) &&
         step_key (tally->store,
                   "UPDATE personnel_tally SET n = n - ?4 WHERE camp_id = ?1 AND category = ?2"
                   " AND departure_date = ?3 AND planned_departure = ?5",
                   entry, day, planned, -entry->delta, error);
}

/* Schema */

gboolean
_mt_store_migrate_to_4 (MtDb     *db,
                        GError  **error)
{
  g_assert (db != NULL);

  /* Counted before the indexes go: the same work either way, a few seconds at most. */
  return _mt_store_exec_schema (db, schema_v4, error);
}

gboolean
_mt_store_migrate_plan_tally (MtDb     *db,
                              GError  **error)
{
  g_assert (db != NULL);

  return _mt_store_exec_schema (db, schema_v11, error) &&
         _mt_store_exec_schema (db, recount_sql, error);
}

/* Private API */

MtStoreTally *
_mt_store_tally_suspend (MtStore  *self,
                         GError  **error)
{
  g_autoptr(MtStoreTally) tally = NULL;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);
  g_return_val_if_fail (self->in_transaction, NULL);

  tally = g_new0 (MtStoreTally, 1);
  tally->store = g_object_ref (self);
  tally->strings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  tally->entries = g_hash_table_new_full (key_hash, key_equal, NULL, g_free);
  tally->odd_days = g_ptr_array_new ();

  /* Taken from the schema rather than from schema_v4, so a later version's triggers come
   * back as they were. */
  tally->triggers = _mt_store_drop_schema_objects (self, "trigger", "personnel",
                                                   TRIGGER_PREFIX "*",
                                                   _("Could not count the roster"), error);
  if (tally->triggers == NULL)
    return NULL;

  return g_steal_pointer (&tally);
}

void
_mt_store_tally_count (MtStoreTally *tally,
                       gint64        camp_id,
                       const char   *category,
                       const char   *departure_date,
                       const char   *planned_departure,
                       int           delta)
{
  TallyKey key;
  TallyEntry *entry;

  g_return_if_fail (tally != NULL);
  g_return_if_fail (category != NULL);

  if (tally->last_category == NULL || strcmp (category, tally->last_category) != 0)
    tally->last_category = intern (tally, category);

  key.camp_id = camp_id;
  key.category = tally->last_category;
  key.day = day_number (tally, departure_date);
  key.planned = day_number (tally, planned_departure);

  entry = g_hash_table_lookup (tally->entries, &key);
  if (entry == NULL)
    {
      entry = g_new0 (TallyEntry, 1);
      entry->key = key;
      g_hash_table_add (tally->entries, entry);
    }
  entry->delta += delta;
}

/* Rows counted in at once: an import adds thousands of keys, and one statement per key is
 * one round trip each on a server (17,000 of them for 200,000 people: half a second). */
#define ADD_CHUNK 200

/* Adds @n entries (all counting in) with one statement. */
static gboolean
add_entries (MtStoreTally  *tally,
             TallyEntry   **entries,
             guint          n,
             GError       **error)
{
  g_autoptr(GString) sql = g_string_new ("INSERT INTO personnel_tally (camp_id, category,"
                                         " departure_date, planned_departure, n) VALUES ");
  g_autoptr(GPtrArray) days = g_ptr_array_new_with_free_func (g_free);
  MtDbStmt *stmt;
  gboolean ok;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (sql, "%s(?%u, ?%u, ?%u, ?%u, ?%u)", i > 0 ? ", " : "",
                            5 * i + 1, 5 * i + 2, 5 * i + 3, 5 * i + 4, 5 * i + 5);
  g_string_append (sql, " ON CONFLICT (camp_id, category, departure_date, planned_departure)"
                        " DO UPDATE SET n = personnel_tally.n + excluded.n");
  stmt = _mt_store_prepare (tally->store, sql->str, error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      char *day = day_text (tally, entries[i]->key.day);
      char *planned = day_text (tally, entries[i]->key.planned);

      g_ptr_array_add (days, day);
      g_ptr_array_add (days, planned);
      mt_db_bind_int64 (stmt, 5 * i + 1, entries[i]->key.camp_id);
      mt_db_bind_text_static (stmt, 5 * i + 2, entries[i]->key.category);
      mt_db_bind_text_static (stmt, 5 * i + 3, day);
      mt_db_bind_text_static (stmt, 5 * i + 4, planned);
      mt_db_bind_int64 (stmt, 5 * i + 5, entries[i]->delta);
    }
  ok = mt_db_step (stmt) == MT_DB_DONE ||
       _mt_store_fail (tally->store, error, _("Could not count the roster"));
  mt_db_reset (stmt);
  mt_db_clear_bindings (stmt);

  return ok;
}

/* On a server, counts that all go into an empty tally (an import into an empty roster) go
 * in by one COPY: some 20,000 keys for a million people, a third of a second by INSERTs. */
static gboolean
copy_entries (MtStoreTally  *tally,
              GPtrArray     *adds,
              gboolean      *copied,
              GError       **error)
{
  MtDb *db = tally->store->db;
  g_autoptr(GString) data = NULL;
  MtDbStmt *stmt;
  gboolean empty;

  *copied = FALSE;
  if (mt_db_kind (db) != MT_DB_POSTGRES || adds->len == 0 ||
      adds->len != g_hash_table_size (tally->entries))
    return TRUE;

  stmt = _mt_store_prepare (tally->store, "SELECT NOT EXISTS (SELECT 1 FROM personnel_tally)",
                            error);
  if (stmt == NULL)
    return FALSE;
  if (mt_db_step (stmt) != MT_DB_ROW)
    {
      mt_db_reset (stmt);
      return _mt_store_fail (tally->store, error, _("Could not count the roster"));
    }
  empty = mt_db_column_int (stmt, 0) != 0;
  mt_db_reset (stmt);
  if (!empty)
    return TRUE;

  data = g_string_sized_new (adds->len * 48);
  for (guint i = 0; i < adds->len; i++)
    {
      TallyEntry *entry = adds->pdata[i];
      g_autofree char *day = day_text (tally, entry->key.day);
      g_autofree char *planned = day_text (tally, entry->key.planned);

      mt_db_pg_copy_append_int (data, entry->key.camp_id);
      g_string_append_c (data, '\t');
      mt_db_pg_copy_append (data, entry->key.category);
      g_string_append_c (data, '\t');
      mt_db_pg_copy_append (data, day);
      g_string_append_c (data, '\t');
      mt_db_pg_copy_append (data, planned);
      g_string_append_c (data, '\t');
      mt_db_pg_copy_append_int (data, entry->delta);
      g_string_append_c (data, '\n');
    }
  /* The COPY ends with the next statement, which fails if the server refused a row. */
  if (mt_db_pg_copy (db, "COPY personnel_tally (camp_id, category, departure_date,"
                         " planned_departure, n) FROM STDIN", data) != MT_DB_OK)
    return _mt_store_fail (tally->store, error, _("Could not count the roster"));
  *copied = TRUE;

  return TRUE;
}

gboolean
_mt_store_tally_resume (MtStoreTally  *tally,
                        GError       **error)
{
  g_autoptr(MtStoreTally) owned = tally;
  g_autoptr(GPtrArray) adds = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer entry;
  gboolean copied;

  g_return_val_if_fail (tally != NULL, FALSE);

  g_hash_table_iter_init (&iter, tally->entries);
  while (g_hash_table_iter_next (&iter, &entry, NULL))
    {
      if (((TallyEntry *) entry)->delta > 0)
        g_ptr_array_add (adds, entry);
      else if (!remove_entry (tally, entry, error))
        return FALSE;
    }
  if (!copy_entries (tally, adds, &copied, error))
    return FALSE;
  for (guint i = 0; !copied && i < adds->len; i += ADD_CHUNK)
    {
      if (!add_entries (tally, (TallyEntry **) adds->pdata + i, MIN (ADD_CHUNK, adds->len - i),
                        error))
        return FALSE;
    }

  return _mt_store_exec_each (tally->store, tally->triggers, _("Could not count the roster"),
                              error);
}

gboolean
_mt_store_tally_rebuild (MtStoreTally  *tally,
                         GError       **error)
{
  g_autoptr(MtStoreTally) owned = tally;

  g_return_val_if_fail (tally != NULL, FALSE);

  if (!_mt_store_exec_schema (tally->store->db, "DELETE FROM personnel_tally", error) ||
      !_mt_store_exec_schema (tally->store->db, recount_sql, error))
    return FALSE;

  return _mt_store_exec_each (tally->store, tally->triggers, _("Could not count the roster"),
                              error);
}

void
_mt_store_tally_free (MtStoreTally *tally)
{
  if (tally == NULL)
    return;

  g_clear_pointer (&tally->entries, g_hash_table_unref);
  g_clear_pointer (&tally->odd_days, g_ptr_array_unref);
  g_clear_pointer (&tally->strings, g_hash_table_unref);
  g_clear_pointer (&tally->triggers, g_ptr_array_unref);
  g_clear_object (&tally->store);
  g_free (tally);
}

/* For tests */

char *
_mt_store_tally_dup_mismatch (MtStore *self)
{
  static const char sql[] =
    "WITH t AS (SELECT camp_id, category, departure_date || '/' || planned_departure, n"
    "           FROM personnel_tally),"
    " r AS (SELECT camp_id, category,"
    "              COALESCE (departure_date, '') || '/' || COALESCE (planned_departure, ''),"
    "              COUNT (*) AS n FROM personnel GROUP BY 1, 2, 3)"
    " SELECT 'tally', * FROM (SELECT * FROM t EXCEPT SELECT * FROM r) AS a"
    " UNION ALL SELECT 'roster', * FROM (SELECT * FROM r EXCEPT SELECT * FROM t) AS b"
    " UNION ALL SELECT 'n <= 0', * FROM t WHERE n <= 0";
  g_autoptr(GString) out = g_string_new (NULL);
  MtDbStmt     *stmt;
  int rc;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);

  if ((stmt = mt_db_prepare (self->db, sql)) == NULL)
    return g_strdup (mt_db_errmsg (self->db));
  while ((rc = mt_db_step (stmt)) == MT_DB_ROW)
    g_string_append_printf (out, "%s: camp %" G_GINT64_FORMAT " %s '%s' n=%" G_GINT64_FORMAT "\n",
                            mt_db_column_text (stmt, 0), (gint64) mt_db_column_int64 (stmt, 1),
                            mt_db_column_text (stmt, 2), mt_db_column_text (stmt, 3),
                            (gint64) mt_db_column_int64 (stmt, 4));
  if (rc != MT_DB_DONE)
    g_string_append_printf (out, "%s\n", mt_db_errmsg (self->db));
  mt_db_finalize (stmt);

  return out->len > 0 ? g_string_free (g_steal_pointer (&out), FALSE) : NULL;
}

gboolean
_mt_store_test_exec (MtStore     *self,
                     const char  *sql,
                     GError     **error)
{
  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (!self->in_transaction, FALSE);

  return _mt_store_exec_schema (self->db, sql, error);
}

char *
_mt_store_test_dup_text (MtStore    *self,
                         const char *sql)
{
  MtDbStmt     *stmt;
  char *value = NULL;
  int rc;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);

  if ((stmt = mt_db_prepare (self->db, sql)) == NULL)
    g_error ("%s: %s", sql, mt_db_errmsg (self->db));
  rc = mt_db_step (stmt);
  if (rc == MT_DB_ROW)
    value = g_strdup ((const char *) mt_db_column_text (stmt, 0));
  else if (rc != MT_DB_DONE)
    g_error ("%s: %s", sql, mt_db_errmsg (self->db));
  mt_db_finalize (stmt);

  return value;
}

gint64
_mt_store_test_int (MtStore    *self,
                    const char *sql)
{
  g_autofree char *text = _mt_store_test_dup_text (self, sql);

  return text != NULL ? g_ascii_strtoll (text, NULL, 10) : 0;
}
