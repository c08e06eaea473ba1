/* mt-store-schema.c: the schema, created and upgraded by PRAGMA user_version.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each migrate_to_N() takes a database at version N-1 to version N and runs in its own
 * transaction together with the user_version bump, so an interrupted upgrade leaves the
 * file at the last complete version. Schema v2 is one more function in the table below.
 */

#define G_LOG_DOMAIN "mt-store-schema"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mt-store-private.h"

typedef gboolean (*MigrateFunc) (MtDb     *db,
                                 GError  **error);

/* Helpers */

/* Runs @sql (several statements) for a migration; the error is MT_STORE_ERROR_SCHEMA. */
gboolean
_mt_store_exec_schema (MtDb        *db,
                       const char  *sql,
                       GError     **error)
{
  g_assert (db != NULL);
  g_assert (sql != NULL);

  if (mt_db_exec (db, sql) != MT_DB_OK)
    {
      g_set_error_literal (error, MT_STORE_ERROR, MT_STORE_ERROR_SCHEMA, mt_db_errmsg (db));
      return FALSE;
    }

  return TRUE;
}

/* Schema objects set aside during a bulk write */

/* @name as an SQL identifier: in double quotes, a quote inside doubled. */
static char *
quote_identifier (const char *name)
{
  g_autoptr(GString) quoted = g_string_new ("\"");

  for (const char *p = name; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (quoted, '"');
      g_string_append_c (quoted, *p);
    }
  g_string_append_c (quoted, '"');

  return g_string_free (g_steal_pointer (&quoted), FALSE);
}

/* Every check a server makes row by row on a COPY into @table, and how to make it again.
 * Each costs the import of a million people about a second: its foreign keys look up three
 * rows a row, its primary key and unique index, and any secondary index, grow one entry a
 * row. Into an empty table, when the role owns it, they are dropped for the transaction and
 * made again at its end: an index is then built by one sort, a foreign key checked again by
 * one pass over the rows, so nothing that would break them is committed. Dropping the
 * primary key takes the other tables' foreign keys to it too (made again last), unless the
 * role does not own one of those tables: the keys then stay. The table is locked for others
 * until the transaction ends. Only for a role that owns @table (_mt_store_owns_table()).
 * Rows: the statement dropping, the one making again, the order of the first, that of the
 * second. */
static const char server_checks_sql[] =
  "WITH t AS (SELECT c.oid AS rel FROM pg_class c WHERE c.oid = to_regclass (?1)),"
  " keys_held AS (SELECT EXISTS (SELECT 1 FROM t, pg_constraint f"
  "                              JOIN pg_class r ON r.oid = f.conrelid"
  "                              WHERE f.confrelid = t.rel AND f.conrelid <> t.rel"
  "                                AND NOT pg_has_role (r.relowner, 'USAGE')) AS held)"
  " SELECT 'ALTER TABLE ' || c.conrelid::regclass::text || ' DROP CONSTRAINT '"
  "          || quote_ident (c.conname),"
  "        'ALTER TABLE ' || c.conrelid::regclass::text || ' ADD CONSTRAINT '"
  "          || quote_ident (c.conname) || ' ' || pg_get_constraintdef (c.oid),"
  "        CASE WHEN c.conrelid <> t.rel THEN 1 WHEN c.contype = 'f' THEN 2 ELSE 3 END,"
  "        CASE WHEN c.contype IN ('p', 'u') THEN 1 WHEN c.conrelid = t.rel THEN 3 ELSE 4 END"
  " FROM t, keys_held, pg_constraint c"
  " WHERE (c.conrelid = t.rel AND c.contype = 'f')"
  "    OR (c.conrelid = t.rel AND c.contype IN ('p', 'u') AND NOT keys_held.held)"
  "    OR (c.confrelid = t.rel AND c.conrelid <> t.rel AND c.contype = 'f'"
  "        AND NOT keys_held.held)"
  " UNION ALL"
  " SELECT 'DROP INDEX ' || i.indexrelid::regclass::text, pg_get_indexdef (i.indexrelid), 2, 2"
  " FROM t, pg_index i"
  " WHERE i.indrelid = t.rel AND NOT i.indisprimary"
  "   AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)"
  " ORDER BY 3";

#define SERVER_CHECK_ORDERS 4

static GPtrArray *
drop_server_checks (MtStore     *self,
                    const char  *table,
                    const char  *doing,
                    GError     **error)
{
  g_autoptr(GPtrArray) drops = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) creates = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) ordered = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) orders = g_ptr_array_new ();
  MtDbStmt *stmt;
  int rc;

  stmt = _mt_store_prepare (self, server_checks_sql, error);
  if (stmt == NULL)
    return NULL;
  _mt_store_bind_text (stmt, 1, table);
  while ((rc = mt_db_step (stmt)) == MT_DB_ROW)
    {
      int order = CLAMP (mt_db_column_int (stmt, 3), 1, SERVER_CHECK_ORDERS);

      g_ptr_array_add (drops, g_strdup (_mt_store_column_text (stmt, 0)));
      g_ptr_array_add (creates, g_strdup (_mt_store_column_text (stmt, 1)));
      g_ptr_array_add (orders, GINT_TO_POINTER (order));
    }
  if (rc != MT_DB_DONE)
    {
      _mt_store_fail (self, error, doing);
      mt_db_reset (stmt);
      return NULL;
    }
  mt_db_reset (stmt);

  if (!_mt_store_exec_each (self, drops, doing, error))
    return NULL;

  /* Made again in their own order: keys before the foreign keys that need them. */
  for (int order = 1; order <= SERVER_CHECK_ORDERS; order++)
    for (guint i = 0; i < creates->len; i++)
      if (GPOINTER_TO_INT (orders->pdata[i]) == order)
        g_ptr_array_add (ordered, g_strdup (creates->pdata[i]));

  return g_steal_pointer (&ordered);
}

/* Drops @table's own triggers named like @glob ('*': any characters), adding to @creates
 * what makes them again; FALSE on failure. Only for a role that owns @table. */
static gboolean
drop_server_triggers (MtStore     *self,
                      const char  *table,
                      const char  *glob,
                      GPtrArray   *creates)
{
  g_autoptr(GPtrArray) drops = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) like = g_string_new (NULL);
  MtDbStmt *stmt;
  int rc;

  for (const char *p = glob != NULL ? glob : "*"; *p != '\0'; p++)
    {
      if (*p == '*')
        g_string_append_c (like, '%');
      else
        {
          if (*p == '_' || *p == '%' || *p == '\\')
            g_string_append_c (like, '\\');
          g_string_append_c (like, *p);
        }
    }

  stmt = _mt_store_prepare (self,
                            "SELECT 'DROP TRIGGER ' || quote_ident (g.tgname) || ' ON '"
                            "   || g.tgrelid::regclass::text, pg_get_triggerdef (g.oid)"
                            " FROM pg_trigger g"
                            " WHERE g.tgrelid = to_regclass (?1) AND NOT g.tgisinternal"
                            "   AND g.tgname LIKE ?2"
                            " ORDER BY g.tgname",
                            NULL);
  if (stmt == NULL)
    return FALSE;
  _mt_store_bind_text (stmt, 1, table);
  _mt_store_bind_text (stmt, 2, like->str);
  while ((rc = mt_db_step (stmt)) == MT_DB_ROW)
    {
      g_ptr_array_add (drops, g_strdup (_mt_store_column_text (stmt, 0)));
      g_ptr_array_add (creates, g_strdup (_mt_store_column_text (stmt, 1)));
    }
  mt_db_reset (stmt);
  if (rc != MT_DB_DONE)
    return FALSE;

  for (guint i = 0; i < drops->len; i++)
    if (mt_db_exec (self->db, drops->pdata[i]) != MT_DB_OK)
      return FALSE;

  return TRUE;
}

gboolean
_mt_store_owns_table (MtStore     *self,
                      const char  *table,
                      gboolean    *owned,
                      GError     **error)
{
  MtDbStmt *stmt;
  int rc;

  g_assert (MT_IS_STORE (self));
  g_assert (owned != NULL);

  *owned = TRUE;
  if (mt_db_kind (self->db) != MT_DB_POSTGRES)
    return TRUE;

  /* Owner, or a member of the owning role: the one who may drop and make its keys. */
  stmt = _mt_store_prepare (self,
                            "SELECT CAST (pg_has_role (relowner, 'USAGE') AS INTEGER)"
                            " FROM pg_class WHERE oid = to_regclass (?1)",
                            error);
  if (stmt == NULL)
    return FALSE;
  _mt_store_bind_text (stmt, 1, table);
  rc = mt_db_step (stmt);
  *owned = rc == MT_DB_ROW && mt_db_column_int (stmt, 0) == 1;
  mt_db_reset (stmt);
  if (rc == MT_DB_FAIL)
    return _mt_store_fail (self, error, _("Could not read the database’s schema"));

  return TRUE;
}

GPtrArray *
_mt_store_drop_schema_objects (MtStore     *self,
                               const char  *type,
                               const char  *table,
                               const char  *name_glob,
                               const char  *doing,
                               GError     **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) creates = g_ptr_array_new_with_free_func (g_free);
  MtDbStmt     *stmt;
  int rc;

  g_assert (MT_IS_STORE (self));
  g_assert (self->in_transaction);

  /* A server's triggers see a setting of the transaction instead (data/schema-pg.sql): a
   * role that does not own the table may not drop them. One that does drops them too: a
   * statement trigger over the rows it wrote makes the server keep every row of a COPY aside
   * for it, set aside or not (a tenth of a second for a million rows). */
  if (mt_db_kind (self->db) == MT_DB_POSTGRES)
    {
      gboolean owned = FALSE;

      if (!_mt_store_owns_table (self, table, &owned, NULL))
        {
          _mt_store_fail (self, error, doing);
          return NULL;
        }
      if (g_strcmp0 (type, "trigger") == 0)
        {
          if (mt_db_exec (self->db, "SET LOCAL mt.triggers_suspended = 'on'") != MT_DB_OK ||
              (owned && !drop_server_triggers (self, table, name_glob, creates)))
            {
              _mt_store_fail (self, error, doing);
              return NULL;
            }
          g_ptr_array_add (creates, g_strdup ("SET LOCAL mt.triggers_suspended = 'off'"));
          return g_steal_pointer (&creates);
        }
      /* A role that does not own the table leaves every check as it is. */
      return owned ? drop_server_checks (self, table, doing, error) : g_steal_pointer (&creates);
    }

  /* Taken from the schema itself (automatic indexes have no SQL and stay), so a later
   * version's objects, or a user's own, come back as they were. */
  stmt = _mt_store_prepare (self,
                            "SELECT name, sql FROM sqlite_schema WHERE type = ?1"
                            " AND tbl_name = ?2 AND name GLOB ?3 AND sql IS NOT NULL"
                            " ORDER BY name",
                            error);
  if (stmt == NULL)
    return NULL;
  _mt_store_bind_text (stmt, 1, type);
  _mt_store_bind_text (stmt, 2, table);
  _mt_store_bind_text (stmt, 3, name_glob != NULL ? name_glob : "*");
  while ((rc = mt_db_step (stmt)) == MT_DB_ROW)
    {
      g_ptr_array_add (names, g_strdup (_mt_store_column_text (stmt, 0)));
      g_ptr_array_add (creates, g_strdup (_mt_store_column_text (stmt, 1)));
    }
  if (rc != MT_DB_DONE)
    {
      _mt_store_fail (self, error, doing);
      mt_db_reset (stmt);
      return NULL;
    }
  mt_db_reset (stmt);

  for (guint i = 0; i < names->len; i++)
    {
      /* The type is ours; names come from the schema itself, quoted as identifiers. */
      g_autofree char *name = quote_identifier (names->pdata[i]);
      g_autofree char *sql = g_strdup_printf ("DROP %s %s", type, name);

      if (mt_db_exec (self->db, sql) != MT_DB_OK)
        {
          _mt_store_fail (self, error, doing);
          return NULL;
        }
    }

  return g_steal_pointer (&creates);
}

gboolean
_mt_store_exec_each (MtStore     *self,
                     GPtrArray   *statements,
                     const char  *doing,
                     GError     **error)
{
  g_assert (MT_IS_STORE (self));

  for (guint i = 0; statements != NULL && i < statements->len; i++)
    {
      if (mt_db_exec (self->db, g_ptr_array_index (statements, i)) != MT_DB_OK)
        return _mt_store_fail (self, error, doing);
    }

  return TRUE;
}

/* Migrations */

static gboolean
migrate_to_1 (MtDb     *db,
              GError  **error)
{
  /* Dates are ISO 8601 TEXT, so they sort and compare as strings. Figures are never
   * stored: they are aggregated from movements and personnel as of a date. */
  static const char sql[] =
    "CREATE TABLE mission ("
    "  id INTEGER PRIMARY KEY CHECK (id = 1),"
    "  name TEXT NOT NULL,"
    "  full_name TEXT,"
    "  resolution TEXT,"
    "  resolution_date TEXT,"
    "  withdrawal_start TEXT,"
    "  deadline TEXT,"
    "  headquarters TEXT);"

    "CREATE TABLE categories ("
    "  code TEXT PRIMARY KEY,"
    "  name TEXT NOT NULL,"
    "  name_fr TEXT,"
    "  short_name TEXT,"
    "  short_name_fr TEXT,"
    "  component TEXT,"
    "  component_fr TEXT,"
    "  uniformed INTEGER NOT NULL DEFAULT 0 CHECK (uniformed IN (0, 1)),"
    "  position INTEGER NOT NULL DEFAULT 0);"

    "CREATE TABLE camps ("
    "  id INTEGER PRIMARY KEY,"
    "  name TEXT NOT NULL UNIQUE,"
    "  region TEXT,"
    "  latitude REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),"
    "  longitude REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),"
    "  kind TEXT,"
    "  planned_closure TEXT,"
    "  handover_date TEXT,"
    "  handed_over_to TEXT,"
    "  env_status TEXT NOT NULL DEFAULT 'not-started'"
    "    CHECK (env_status IN ('not-started', 'in-progress', 'done')),"
    "  env_date TEXT,"
    "  notes TEXT);"

    "CREATE TABLE camp_aliases ("
    "  camp_id INTEGER NOT NULL REFERENCES camps (id) ON DELETE CASCADE,"
    "  alias TEXT NOT NULL UNIQUE);"
    "CREATE INDEX camp_aliases_camp ON camp_aliases (camp_id);"

    "CREATE TABLE camp_status ("
    "  id INTEGER PRIMARY KEY,"
    "  camp_id INTEGER NOT NULL REFERENCES camps (id) ON DELETE CASCADE,"
    "  date TEXT NOT NULL,"
    "  status TEXT NOT NULL"
    "    CHECK (status IN ('operational', 'drawing-down', 'closed', 'handed-over')),"
    "  note TEXT);"
    /* "Status as of D" is the latest row per camp with date <= D. */
    "CREATE INDEX camp_status_camp_date ON camp_status (camp_id, date, id);"

    "CREATE TABLE deployments ("
    "  id INTEGER PRIMARY KEY,"
    "  camp_id INTEGER NOT NULL REFERENCES camps (id) ON DELETE CASCADE,"
    "  category TEXT NOT NULL REFERENCES categories (code),"
    "  count INTEGER NOT NULL CHECK (count >= 0),"
    "  date TEXT,"
    "  source TEXT);"
    "CREATE INDEX deployments_camp ON deployments (camp_id);"

    "CREATE TABLE imports ("
    "  id INTEGER PRIMARY KEY,"
    "  file_name TEXT,"
    "  sha256 TEXT,"
    "  imported_at TEXT,"
    "  rows_accepted INTEGER,"
    "  rows_rejected INTEGER);"

    "CREATE TABLE personnel ("
    "  id INTEGER PRIMARY KEY,"
    "  personnel_id TEXT NOT NULL UNIQUE,"
    "  family_name TEXT,"
    "  given_name TEXT,"
    "  rank TEXT,"
    "  category TEXT NOT NULL REFERENCES categories (code),"
    "  country TEXT,"
    "  unit TEXT,"
    "  camp_id INTEGER NOT NULL REFERENCES camps (id),"
    "  planned_departure TEXT,"
    "  status TEXT,"
    "  departure_date TEXT,"
    "  import_id INTEGER REFERENCES imports (id) ON DELETE SET NULL,"
    "  import_line INTEGER);"
    /* Every index here is rebuilt by a large import (about 0.7 s per index per million
     * people), so each one must earn it. The four below served the figures (by category,
     * camp and date) and the roster's usual sort; schema v4 (mt-store-tally.c) drops them
     * all: the figures read personnel_tally, a few thousand counts kept exact by triggers,
     * and an import writes only the rows and the personnel_id UNIQUE index. Migrations are
     * history, so v1 still creates them for v4 to drop. */
    "CREATE INDEX personnel_family_name ON personnel (family_name, given_name);"
    "CREATE INDEX personnel_category ON personnel (category, departure_date);"
    "CREATE INDEX personnel_camp ON personnel (camp_id, departure_date);"
    /* Covers the figures' "departed by category up to a date" without touching rows. */
    "CREATE INDEX personnel_departure ON personnel (departure_date, category);"

    "CREATE TABLE movements ("
    "  id INTEGER PRIMARY KEY,"
    "  date TEXT NOT NULL,"
    "  camp_id INTEGER REFERENCES camps (id),"
    "  category TEXT NOT NULL REFERENCES categories (code),"
    "  contingent TEXT,"
    "  count INTEGER NOT NULL CHECK (count >= 0),"
    "  note TEXT);"
    "CREATE INDEX movements_date ON movements (date);"
    "CREATE INDEX movements_camp ON movements (camp_id, date);"

    "CREATE TABLE convoys ("
    "  id INTEGER PRIMARY KEY,"
    "  from_camp_id INTEGER NOT NULL REFERENCES camps (id),"
    "  to_camp_id INTEGER NOT NULL REFERENCES camps (id),"
    "  departed TEXT,"
    "  arrived TEXT,"
    "  personnel INTEGER CHECK (personnel IS NULL OR personnel >= 0),"
    "  vehicles INTEGER CHECK (vehicles IS NULL OR vehicles >= 0),"
    "  note TEXT,"
    "  CHECK (from_camp_id <> to_camp_id),"
    "  CHECK (arrived IS NULL OR departed IS NULL OR arrived >= departed));"
    "CREATE INDEX convoys_departed ON convoys (departed);"

    "CREATE TABLE assets ("
    "  id INTEGER PRIMARY KEY,"
    "  tag TEXT UNIQUE,"
    "  description TEXT,"
    "  owner TEXT CHECK (owner IN ('COE', 'UNOE')),"
    "  camp_id INTEGER REFERENCES camps (id),"
    "  quantity INTEGER CHECK (quantity IS NULL OR quantity >= 0),"
    "  decision TEXT,"
    "  value REAL,"
    "  decision_date TEXT);"
    "CREATE INDEX assets_camp ON assets (camp_id);"

    "CREATE TABLE events ("
    "  id INTEGER PRIMARY KEY,"
    "  camp_id INTEGER REFERENCES camps (id) ON DELETE CASCADE,"
    "  date TEXT NOT NULL,"
    "  kind TEXT,"
    "  title TEXT,"
    "  title_fr TEXT);"
    "CREATE INDEX events_date ON events (date);"
    "CREATE INDEX events_camp ON events (camp_id, date);";

  return _mt_store_exec_schema (db, sql, error);
}

static const MigrateFunc migrations[] = {
  migrate_to_1,
  _mt_store_migrate_to_2,
  _mt_store_migrate_to_3,
  _mt_store_migrate_to_4,
  _mt_store_migrate_to_5,
  _mt_store_migrate_to_6,
  _mt_store_migrate_plan,
  _mt_store_migrate_french_names,   /* MT_STORE_SCHEMA_FRENCH_NAMES */
  _mt_store_migrate_search_key,     /* MT_STORE_SCHEMA_SEARCH_KEY */
  _mt_store_migrate_meta,           /* MT_STORE_SCHEMA_SETTINGS */
  _mt_store_migrate_plan_tally,     /* MT_STORE_SCHEMA_PLAN_TALLY */
  _mt_store_migrate_scenarios,      /* MT_STORE_SCHEMA_SCENARIOS */
  _mt_store_migrate_roster_key_first, /* MT_STORE_SCHEMA_ROSTER_KEY_FIRST */
  _mt_store_migrate_region_fr,      /* MT_STORE_SCHEMA_REGION_FR */
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == MT_STORE_SCHEMA_VERSION);

static gboolean
migrate_one (MtStore  *self,
             int       target,
             GError  **error)
{
  g_autofree char *bump = NULL;
  gboolean keys_off = target == MT_STORE_SCHEMA_ROSTER_KEY_FIRST;
  gboolean ok;

  g_assert (MT_IS_STORE (self));
  g_assert (target >= 1 && target <= MT_STORE_SCHEMA_VERSION);

  /* Making a table again under the same name: the tables that refer to it keep their
   * references, checked by the step itself. SQLite only takes this outside a transaction. */
  if (keys_off && mt_db_exec (self->db, "PRAGMA foreign_keys = OFF") != MT_DB_OK)
    return _mt_store_fail (self, error, _("Could not open the database"));
  if (!_mt_store_begin (self, error))
    ok = FALSE;
  else
    {
      /* PRAGMA takes no bound parameters; the value is our own integer. */
      bump = g_strdup_printf ("PRAGMA user_version = %d", target);
      if (!migrations[target - 1] (self->db, error) ||
          !_mt_store_exec_schema (self->db, bump, error))
        {
          _mt_store_rollback (self);
          ok = FALSE;
        }
      else
        ok = _mt_store_commit (self, error);
    }
  if (keys_off && mt_db_exec (self->db, "PRAGMA foreign_keys = ON") != MT_DB_OK && ok)
    ok = _mt_store_fail (self, error, _("Could not open the database"));

  return ok;
}

/* A server database */

/* Generated by glib-compile-resources from data/mt-store.gresource.xml into libmt-store. */
GResource *mt_store_data_get_resource (void);

#define PG_SCHEMA_RESOURCE "/org/minusma/Tracker/data/schema-pg.sql"
/* The roster's tally, after the schema (and by the upgrade to MT_STORE_SCHEMA_PLAN_TALLY). */
#define PG_TALLY_RESOURCE "/org/minusma/Tracker/data/tally-pg.sql"
/* pg_advisory_xact_lock()'s key for creating and upgrading the schema: "MTschema". */
#define PG_SCHEMA_LOCK "5572518372567397741"

/* The oldest schema a server database was made at (the first with a server backend). */
#define PG_FIRST_VERSION 5

/* The upgrades of a server database, each to @target from the version before; run in the
 * transaction that holds the schema lock, then every missing folded key is filled (in C:
 * mt-store-keys.c). */
static const struct
{
  int         target;
  const char *sql;
  const char *resource;   /* then this script of the data's, when not NULL */
} server_steps[] = {
  { 6, "ALTER TABLE camps ADD COLUMN name_key TEXT COLLATE \"C\";"
       "ALTER TABLE camp_aliases ADD COLUMN alias_key TEXT COLLATE \"C\";"
       "ALTER TABLE assets ADD COLUMN description_key TEXT COLLATE \"C\";"
       "ALTER TABLE csv_presets ADD COLUMN name_key TEXT COLLATE \"C\";"
       "CREATE INDEX camps_by_key ON camps (name_key);"
       "CREATE INDEX camp_aliases_by_key ON camp_aliases (alias_key);"
       "DROP FUNCTION IF EXISTS mt_fold (TEXT);" },
  /* The plan (mt-store-plan-schema.c). */
  { 7, "ALTER TABLE camps ADD COLUMN planned_handover TEXT COLLATE \"C\";"
       "ALTER TABLE movements ADD COLUMN planned BIGINT NOT NULL DEFAULT 0"
       "  CHECK (planned IN (0, 1));"
       "CREATE TABLE baselines ("
       "  id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
       "  name TEXT COLLATE \"C\" NOT NULL UNIQUE,"
       "  data_date TEXT COLLATE \"C\" NOT NULL,"
       "  taken_at TEXT COLLATE \"C\" NOT NULL,"
       "  taken_by TEXT COLLATE \"C\","
       "  version BIGINT NOT NULL DEFAULT 1,"
       "  changed_by TEXT COLLATE \"C\","
       "  changed_at TEXT COLLATE \"C\");"
       "CREATE TABLE baseline_camps ("
       "  baseline_id BIGINT NOT NULL REFERENCES baselines (id) ON DELETE CASCADE,"
       "  camp_id BIGINT NOT NULL,"
       "  camp_name TEXT COLLATE \"C\" NOT NULL,"
       "  planned_closure TEXT COLLATE \"C\","
       "  planned_handover TEXT COLLATE \"C\","
       "  PRIMARY KEY (baseline_id, camp_id));"
       "CREATE TABLE baseline_plan ("
       "  baseline_id BIGINT NOT NULL REFERENCES baselines (id) ON DELETE CASCADE,"
       "  camp_id BIGINT NOT NULL,"
       "  category TEXT COLLATE \"C\" NOT NULL,"
       "  day TEXT COLLATE \"C\" NOT NULL,"
       "  n BIGINT NOT NULL CHECK (n > 0),"
       "  PRIMARY KEY (baseline_id, camp_id, category, day));"
       "CREATE TRIGGER mt_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON baselines"
       "  FOR EACH STATEMENT EXECUTE FUNCTION mt_notify_statement ();" },
  { MT_STORE_SCHEMA_FRENCH_NAMES,
    "ALTER TABLE camps ADD COLUMN name_fr TEXT COLLATE \"C\";"
    "ALTER TABLE camps ADD COLUMN name_fr_key TEXT COLLATE \"C\";"
    "CREATE INDEX camps_by_fr_key ON camps (name_fr_key);"
    "ALTER TABLE mission ADD COLUMN name_fr TEXT COLLATE \"C\";"
    "ALTER TABLE mission ADD COLUMN full_name_fr TEXT COLLATE \"C\";" },
  /* The roster's search key (mt-store-keys.c). */
  { MT_STORE_SCHEMA_SEARCH_KEY, "ALTER TABLE personnel ADD COLUMN name_key TEXT COLLATE \"C\";" },
  /* The database's settings (the current baseline) reach the other planners at once; run
   * again by a database told it is older than it is. */
  { MT_STORE_SCHEMA_SETTINGS,
    "DROP TRIGGER IF EXISTS mt_notify ON mt_meta;"
    "CREATE TRIGGER mt_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON mt_meta"
    "  FOR EACH STATEMENT EXECUTE FUNCTION mt_notify_statement ();" },
  /* The planned departure joins the tally's key: made again from the roster, whichever
   * tally the database had (tests tell a database it is older than it is). */
  { MT_STORE_SCHEMA_PLAN_TALLY,
    "DROP TRIGGER IF EXISTS personnel_tally_insert ON personnel;"
    "DROP TRIGGER IF EXISTS personnel_tally_delete ON personnel;"
    "DROP TRIGGER IF EXISTS personnel_tally_update ON personnel;"
    "DROP FUNCTION IF EXISTS personnel_tally_count ();"
    "DROP FUNCTION IF EXISTS personnel_tally_apply (BIGINT[], TEXT[], TEXT[], BIGINT[]);"
    "DROP FUNCTION IF EXISTS personnel_tally_apply (BIGINT[], TEXT[], TEXT[], TEXT[], BIGINT[]);"
    "DROP TABLE IF EXISTS personnel_tally;",
    PG_TALLY_RESOURCE },
  /* What-if scenarios (mt-store-plan-schema.c), heard by the other planners at once. */
  { MT_STORE_SCHEMA_SCENARIOS,
    "CREATE TABLE scenarios ("
    "  id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
    "  name TEXT COLLATE \"C\" NOT NULL UNIQUE,"
    "  note TEXT COLLATE \"C\","
    "  created_at TEXT COLLATE \"C\" NOT NULL,"
    "  created_by TEXT COLLATE \"C\","
    "  version BIGINT NOT NULL DEFAULT 1,"
    "  changed_by TEXT COLLATE \"C\","
    "  changed_at TEXT COLLATE \"C\");"
    "CREATE TABLE scenario_changes ("
    "  scenario_id BIGINT NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,"
    "  position BIGINT NOT NULL,"
    "  kind TEXT COLLATE \"C\" NOT NULL,"
    "  camp_id BIGINT,"
    "  to_camp_id BIGINT,"
    "  category TEXT COLLATE \"C\","
    "  convoy_id BIGINT,"
    "  date TEXT COLLATE \"C\","
    "  factor DOUBLE PRECISION,"
    "  days BIGINT,"
    "  n BIGINT,"
    "  PRIMARY KEY (scenario_id, position));"
    "CREATE TRIGGER mt_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON scenarios"
    "  FOR EACH STATEMENT EXECUTE FUNCTION mt_notify_statement ();"
    "CREATE TRIGGER mt_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON scenario_changes"
    "  FOR EACH STATEMENT EXECUTE FUNCTION mt_notify_statement ();" },
  /* The roster's key first: a SQLite file's row layout only; a server's stays. */
  { MT_STORE_SCHEMA_ROSTER_KEY_FIRST, "SELECT 1;" },
  { MT_STORE_SCHEMA_REGION_FR,
    "ALTER TABLE camps ADD COLUMN region_fr TEXT COLLATE \"C\";" MT_STORE_REGION_FR_MOVE_SQL },
};

G_STATIC_ASSERT (PG_FIRST_VERSION + G_N_ELEMENTS (server_steps) == MT_STORE_SCHEMA_VERSION);

/* Runs the data's script at @path (a resource of libmt-store). */
static gboolean
exec_resource (MtStore     *self,
               const char  *path,
               GError     **error)
{
  g_autoptr(GBytes) bytes = g_resource_lookup_data (mt_store_data_get_resource (), path,
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  g_autofree char *sql = NULL;

  if (bytes == NULL)
    return FALSE;
  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  return _mt_store_exec_schema (self->db, sql, error);
}

static gboolean
upgrade_server (MtStore  *self,
                int       version,
                GError  **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (server_steps); i++)
    {
      g_autofree char *bump = NULL;

      if (server_steps[i].target <= version)
        continue;
      bump = g_strdup_printf ("UPDATE mt_meta SET value = '%d' WHERE key = 'schema_version'",
                              server_steps[i].target);
      if (!_mt_store_exec_schema (self->db, server_steps[i].sql, error) ||
          (server_steps[i].resource != NULL &&
           !exec_resource (self, server_steps[i].resource, error)) ||
          !_mt_store_exec_schema (self->db, bump, error))
        return FALSE;
      g_debug ("Migrated %s to schema version %d", self->path, server_steps[i].target);
    }

  /* Once every column is there. */
  return _mt_store_refresh_keys (self->db, error);
}

/* The schema of a new server database, at its latest version, in one transaction under an
 * advisory lock: a second planner opening the same new database at the same moment waits,
 * then finds it made. An older one is upgraded the same way, once. A database that has the
 * current schema is only read: a role that may only read opens it too. */
static gboolean
migrate_server (MtStore  *self,
                GError  **error)
{
  int version = 0;

  if (_mt_store_read_version (self, &version) != MT_DB_OK)
    return _mt_store_fail (self, error, _("Could not read the database"));
  if (version == MT_STORE_SCHEMA_VERSION)
    return TRUE;
  if (version > MT_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_SCHEMA,
                   _("“%s” was saved by a newer version of this program (schema %d, this version reads up to %d)"),
                   self->path, version, MT_STORE_SCHEMA_VERSION);
      return FALSE;
    }

  if (!_mt_store_begin (self, error))
    return FALSE;
  if (mt_db_exec (self->db, "SELECT pg_advisory_xact_lock (" PG_SCHEMA_LOCK ")") != MT_DB_OK ||
      _mt_store_read_version (self, &version) != MT_DB_OK)
    {
      _mt_store_fail (self, error, _("Could not read the database"));
      _mt_store_rollback (self);
      return FALSE;
    }

  /* Made (or upgraded) by the other planner while this one waited. */
  if (version == MT_STORE_SCHEMA_VERSION)
    return _mt_store_commit (self, error);

  if (version >= PG_FIRST_VERSION)
    {
      if (!upgrade_server (self, version, error))
        {
          g_prefix_error (error, _("Could not update “%s” to schema version %d: "),
                          self->path, MT_STORE_SCHEMA_VERSION);
          _mt_store_rollback (self);
          return FALSE;
        }
      return _mt_store_commit (self, error);
    }

  if (version != 0 || !exec_resource (self, PG_SCHEMA_RESOURCE, error) ||
      !exec_resource (self, PG_TALLY_RESOURCE, error))
    {
      if (version != 0)
        g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_SCHEMA,
                     _("“%s” has schema version %d, which this version cannot upgrade"),
                     self->path, version);
      g_prefix_error (error, _("Could not create the tables in “%s”: "), self->path);
      _mt_store_rollback (self);
      return FALSE;
    }

  return _mt_store_commit (self, error);
}

/* Private API */

int
_mt_store_read_version (MtStore *self,
                        int     *version)
{
  MtDbStmt *stmt;
  int rc;

  g_assert (MT_IS_STORE (self));

  /* Not cached: a server database gains its table of versions in migrate_server(). */
  if (mt_db_kind (self->db) == MT_DB_POSTGRES)
    {
      gboolean has_table = FALSE;

      stmt = mt_db_prepare (self->db, "SELECT to_regclass ('mt_meta') IS NOT NULL");
      if (stmt == NULL)
        return MT_DB_FAIL;
      rc = mt_db_step (stmt);
      if (rc == MT_DB_ROW)
        has_table = mt_db_column_int (stmt, 0);
      mt_db_finalize (stmt);
      if (rc != MT_DB_ROW)
        return MT_DB_FAIL;
      if (!has_table)
        {
          *version = 0;
          return MT_DB_OK;
        }
      stmt = mt_db_prepare (self->db, "SELECT CAST (value AS INTEGER) FROM mt_meta"
                                      " WHERE key = 'schema_version'");
    }
  else
    stmt = mt_db_prepare (self->db, "PRAGMA user_version");
  if (stmt == NULL)
    return MT_DB_FAIL;

  *version = 0;
  rc = mt_db_step (stmt);
  if (rc == MT_DB_ROW)
    {
      *version = mt_db_column_int (stmt, 0);
      rc = MT_DB_OK;
    }
  mt_db_finalize (stmt);

  return rc;
}

gboolean
_mt_store_migrate (MtStore  *self,
                   GError  **error)
{
  int version;

  g_assert (MT_IS_STORE (self));

  if (mt_db_kind (self->db) == MT_DB_POSTGRES)
    return migrate_server (self, error);

  version = mt_store_get_schema_version (self);

  for (int target = version + 1; target <= MT_STORE_SCHEMA_VERSION; target++)
    {
      g_autoptr(GError) local_error = NULL;

      if (!migrate_one (self, target, &local_error))
        {
          g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_SCHEMA,
                       _("Could not update “%s” to schema version %d: %s"),
                       self->path, target, local_error->message);
          return FALSE;
        }

      g_debug ("Migrated %s to schema version %d", self->path, target);
    }

  return TRUE;
}
