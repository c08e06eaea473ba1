/* mt-store-plan-schema.c: the plan's schema step (planned handovers, planned movements,
 * baselines).
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan is what the data holds about the future: the camps' planned closure and
 * handover dates, the roster's planned departures, the movements marked planned and the
 * convoys' planned dates. A baseline freezes it under a name: the camps' dates, and the
 * departures by camp, category and day (a few thousand rows for a million people). A
 * baseline is never changed once taken; a new one is taken instead.
 */

#define G_LOG_DOMAIN "mt-store-plan"

#include "config.h"

#include "mt-store-private.h"

/* Both backends: the same tables, SQLite's types here, the server's in data/schema-pg.sql
 * and the server step in mt-store-schema.c. */
static const char plan_schema[] =
  "ALTER TABLE camps ADD COLUMN planned_handover TEXT;"
  /* A movement not yet made: part of the plan, never of the departures recorded. */
  "ALTER TABLE movements ADD COLUMN planned INTEGER NOT NULL DEFAULT 0"
  "  CHECK (planned IN (0, 1));"

  "CREATE TABLE baselines ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL UNIQUE,"
  "  data_date TEXT NOT NULL,"
  "  taken_at TEXT NOT NULL,"
  "  taken_by TEXT,"
  "  version INTEGER NOT NULL DEFAULT 1,"
  "  changed_by TEXT,"
  "  changed_at TEXT);"

  /* No foreign key to camps: a baseline outlives a camp deleted later, by its name. */
  "CREATE TABLE baseline_camps ("
  "  baseline_id INTEGER NOT NULL REFERENCES baselines (id) ON DELETE CASCADE,"
  "  camp_id INTEGER NOT NULL,"
  "  camp_name TEXT NOT NULL,"
  "  planned_closure TEXT,"
  "  planned_handover TEXT,"
  "  PRIMARY KEY (baseline_id, camp_id));"

  /* Departures by camp (0: reported for the mission as a whole), category and day ('' for
   * people with no planned departure); n people each. */
  "CREATE TABLE baseline_plan ("
  "  baseline_id INTEGER NOT NULL REFERENCES baselines (id) ON DELETE CASCADE,"
  "  camp_id INTEGER NOT NULL,"
  "  category TEXT NOT NULL,"
  "  day TEXT NOT NULL,"
  "  n INTEGER NOT NULL CHECK (n > 0),"
  "  PRIMARY KEY (baseline_id, camp_id, category, day));";

gboolean
_mt_store_migrate_plan (MtDb     *db,
                        GError  **error)
{
  return _mt_store_exec_schema (db, plan_schema, error);
}

/* What-if scenarios: a name, a note, and the changes laid over the plan in order. No
 * foreign key to camps, categories or convoys: a scenario outlives what it names, and a
 * change whose camp or convoy has gone changes nothing. */
static const char scenario_schema[] =
  "CREATE TABLE scenarios ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL UNIQUE,"
  "  note TEXT,"
  "  created_at TEXT NOT NULL,"
  "  created_by TEXT,"
  "  version INTEGER NOT NULL DEFAULT 1,"
  "  changed_by TEXT,"
  "  changed_at TEXT);"

  /* kind: "closure", "pace", "convoy", "transfer" (mt-scenario.h); the columns each uses. */
  "CREATE TABLE scenario_changes ("
  "  scenario_id INTEGER NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  kind TEXT NOT NULL,"
  "  camp_id INTEGER,"
  "  to_camp_id INTEGER,"
  "  category TEXT,"
  "  convoy_id INTEGER,"
  "  date TEXT,"
  "  factor REAL,"
  "  days INTEGER,"
  "  n INTEGER,"
  "  PRIMARY KEY (scenario_id, position));";

gboolean
_mt_store_migrate_scenarios (MtDb     *db,
                             GError  **error)
{
  return _mt_store_exec_schema (db, scenario_schema, error);
}

/* The database's own settings, by key: the current baseline (mt-store-plan.c). A server
 * database has had this table from the start (data/schema-pg.sql). IF NOT EXISTS: a file
 * told it is older than it is (tests) upgrades again. */
gboolean
_mt_store_migrate_meta (MtDb     *db,
                        GError  **error)
{
  return _mt_store_exec_schema (db, "CREATE TABLE IF NOT EXISTS mt_meta (key TEXT PRIMARY KEY, value TEXT);",
                                error);
}
