/* mt-store-plan.c: baselines of the plan, and the variance against one.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A baseline is written once, in one transaction, and never changed: its camps' dates and
 * its departures by camp, category and day are copied from the data by two INSERT …
 * SELECT, so a million people become a few thousand rows without leaving the database.
 * The history tells of it in one entry, as it tells of an import; there is nothing to undo
 * (a new baseline is taken instead).
 */

#define G_LOG_DOMAIN "mt-store-plan"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mt-date.h"
#include "mt-store-edit-private.h"
#include "mt-store-plan.h"

/* The plan's departures as the data stands on ?1, by camp (0: the mission as a whole),
 * category and day ('' for people still there with no planned departure): each person on
 * the day they left when that is on or before ?1, else on their planned day. A sum over the
 * roster's tally (mt-store-tally.c, '' = not departed / none planned), never over its rows. */
#define PLAN_ROWS \
  "SELECT camp_id, category, day, SUM (n) AS n FROM (" \
  " SELECT camp_id, category," \
  "        CASE WHEN departure_date <> '' AND departure_date <= ?1 THEN departure_date" \
  "             ELSE planned_departure END AS day," \
  "        SUM (n) AS n" \
  " FROM personnel_tally GROUP BY 1, 2, 3" \
  " UNION ALL" \
  " SELECT COALESCE (camp_id, 0), category, date, SUM (count) FROM movements" \
  " GROUP BY 1, 2, 3) AS p" \
  " GROUP BY 1, 2, 3 HAVING SUM (n) > 0"

#define BASELINE_COLUMNS "SELECT id, name, data_date, taken_at, taken_by FROM baselines"

/* The current baseline is a key of mt_meta, so choosing one needs no schema step: the id
 * chosen, or '' (or no key) for the latest taken. */
#define CURRENT_KEY "current_baseline"

/* Helpers */

static char *
now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

static gpointer
make_baseline (MtDbStmt *stmt)
{
  MtBaseline *baseline = mt_baseline_new ();

  baseline->id = mt_db_column_int64 (stmt, 0);
  baseline->name = g_strdup (_mt_store_column_text (stmt, 1));
  baseline->data_date = g_strdup (_mt_store_column_text (stmt, 2));
  baseline->taken_at = g_strdup (_mt_store_column_text (stmt, 3));
  baseline->taken_by = g_strdup (_mt_store_column_text (stmt, 4));

  return baseline;
}

static void
add_baseline_cb (MtDbStmt *stmt,
                 gpointer  user_data)
{
  g_ptr_array_add (user_data, make_baseline (stmt));
}

/* Binds ?1: @text when not NULL, else @id. */
static MtDbStmt *
prepare_bound (MtStore     *self,
               const char  *sql,
               gint64       id,
               const char  *text,
               GError     **error)
{
  MtDbStmt *stmt = _mt_store_prepare (self, sql, error);

  if (stmt == NULL)
    return NULL;
  if (text != NULL)
    _mt_store_bind_text (stmt, 1, text);
  else
    mt_db_bind_int64 (stmt, 1, id);

  return stmt;
}

/* Runs @sql, ?1 bound as prepare_bound() binds it, to its end. */
static gboolean
run (MtStore     *self,
     const char  *sql,
     gint64       id,
     const char  *text,
     const char  *doing,
     GError     **error)
{
  MtDbStmt *stmt = prepare_bound (self, sql, id, text, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = mt_db_step (stmt);
  mt_db_reset (stmt);

  return rc == MT_DB_DONE || _mt_store_fail (self, error, doing);
}

/* The first row's integer of @sql, ?1 bound as prepare_bound() binds it; -1 + @error on
 * failure. */
static gint64
count (MtStore     *self,
       const char  *sql,
       gint64       id,
       const char  *text,
       GError     **error)
{
  MtDbStmt *stmt = prepare_bound (self, sql, id, text, error);
  gint64 n = -1;

  if (stmt == NULL)
    return -1;
  if (mt_db_step (stmt) == MT_DB_ROW)
    n = mt_db_column_int64 (stmt, 0);
  else
    _mt_store_fail (self, error, _("Could not read the plan"));
  mt_db_reset (stmt);

  return n;
}

/* The later of two ISO dates, either may be NULL. */
static char *
dup_later (const char *a,
           const char *b)
{
  return g_strdup (g_strcmp0 (a, b) >= 0 ? a : b);
}

/* Fills @ends from @sql's one row: the last day, the people with none, the last planned
 * closure and the last planned handover. */
static gboolean
read_ends (MtStore     *self,
           const char  *sql,
           gint64       id,
           const char  *date,
           MtPlanEnds  *ends,
           GError     **error)
{
  MtDbStmt *stmt = prepare_bound (self, sql, id, date, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = mt_db_step (stmt);
  if (rc == MT_DB_ROW)
    {
      ends->personnel_end = g_strdup (_mt_store_column_text (stmt, 0));
      ends->unplanned = mt_db_column_int64 (stmt, 1);
      ends->camps_end = dup_later (_mt_store_column_text (stmt, 2),
                                   _mt_store_column_text (stmt, 3));
    }
  mt_db_reset (stmt);

  return rc == MT_DB_ROW || _mt_store_fail (self, error, _("Could not read the plan"));
}

/* One pass over the roster. */
static const char current_ends_sql[] =
  "SELECT MAX (NULLIF (p.day, '')), COALESCE (SUM (CASE WHEN p.day = '' THEN p.n ELSE 0 END), 0),"
  " (SELECT MAX (planned_closure) FROM camps), (SELECT MAX (planned_handover) FROM camps)"
  " FROM (" PLAN_ROWS ") AS p";

static const char baseline_ends_sql[] =
  "SELECT (SELECT MAX (NULLIF (day, '')) FROM baseline_plan WHERE baseline_id = ?1),"
  " (SELECT COALESCE (SUM (CASE WHEN day = '' THEN n ELSE 0 END), 0) FROM baseline_plan"
  "  WHERE baseline_id = ?1),"
  " (SELECT MAX (planned_closure) FROM baseline_camps WHERE baseline_id = ?1),"
  " (SELECT MAX (planned_handover) FROM baseline_camps WHERE baseline_id = ?1)";

/* Camps in the data, by name, then those only the baseline knows (deleted since). The
 * closure done is the first day the camp was closed or handed over, up to ?2. */
static const char camps_sql[] =
  "SELECT id, name, closure_then, closure_now, closed_on FROM ("
  " SELECT c.id, c.name, b.planned_closure AS closure_then, c.planned_closure AS closure_now,"
  "        x.closed_on, 0 AS gone, c.name_key AS sort_key"
  " FROM camps c"
  " LEFT JOIN baseline_camps b ON b.baseline_id = ?1 AND b.camp_id = c.id"
  " LEFT JOIN (SELECT camp_id, MIN (date) AS closed_on FROM camp_status"
  "            WHERE status IN ('closed', 'handed-over') AND date <= ?2"
  "            GROUP BY camp_id) x ON x.camp_id = c.id"
  " UNION ALL"
  " SELECT b.camp_id, b.camp_name, b.planned_closure, NULL, NULL, 1, b.camp_name"
  " FROM baseline_camps b"
  " WHERE b.baseline_id = ?1 AND NOT EXISTS (SELECT 1 FROM camps c WHERE c.id = b.camp_id)"
  ") AS v ORDER BY gone, sort_key, name";

static void
add_camp_cb (MtDbStmt *stmt,
             gpointer  user_data)
{
  MtCampVariance *camp = mt_camp_variance_new ();

  camp->camp_id = mt_db_column_int64 (stmt, 0);
  camp->camp_name = g_strdup (_mt_store_column_text (stmt, 1));
  camp->baseline_closure = g_strdup (_mt_store_column_text (stmt, 2));
  camp->planned_closure = g_strdup (_mt_store_column_text (stmt, 3));
  camp->closed_on = g_strdup (_mt_store_column_text (stmt, 4));
  g_ptr_array_add (user_data, camp);
}

static const char planned_by_category_sql[] =
  "SELECT category, SUM (n) FROM baseline_plan"
  " WHERE baseline_id = ?1 AND day <> '' AND day <= ?2 GROUP BY category";

static void
add_planned_cb (MtDbStmt *stmt,
                gpointer  user_data)
{
  g_hash_table_insert (user_data, g_strdup (_mt_store_column_text (stmt, 0)),
                       g_memdup2 (&(gint64) { mt_db_column_int64 (stmt, 1) }, sizeof (gint64)));
}

/* Per category: the baseline's departures up to the date against the recorded ones, in
 * the order the figures show the categories; a category only the baseline knows after. */
static gboolean
read_categories (MtStore         *self,
                 MtPlanVariance  *variance,
                 MtSummary       *summary,
                 GError         **error)
{
  g_autoptr(GHashTable) planned = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  MtDbStmt *stmt;
  GHashTableIter iter;
  gpointer key, value;

  stmt = _mt_store_prepare (self, planned_by_category_sql, error);
  if (stmt == NULL)
    return FALSE;
  mt_db_bind_int64 (stmt, 1, variance->baseline->id);
  _mt_store_bind_text (stmt, 2, variance->as_of);
  if (!_mt_store_each_row (self, stmt, add_planned_cb, planned, _("Could not read the plan"),
                           error))
    return FALSE;

  for (guint i = 0; i < summary->categories->len; i++)
    {
      const MtCategoryTotal *total = g_ptr_array_index (summary->categories, i);
      MtCategoryVariance *category = mt_category_variance_new ();
      gint64 *n = g_hash_table_lookup (planned, total->code);

      category->code = g_strdup (total->code);
      category->name = g_strdup (total->name);
      category->recorded = total->departed;
      category->planned = n != NULL ? *n : 0;
      g_hash_table_remove (planned, total->code);
      g_ptr_array_add (variance->categories, category);
    }

  g_hash_table_iter_init (&iter, planned);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      MtCategoryVariance *category = mt_category_variance_new ();

      category->code = g_strdup (key);
      category->name = g_strdup (key);
      category->planned = *(gint64 *) value;
      g_ptr_array_add (variance->categories, category);
    }

  return TRUE;
}

/* The history's entry: what the baseline holds, in one insert of its row. */
static gboolean
record_baseline (MtStore     *self,
                 gint64       id,
                 const char  *name,
                 const char  *data_date,
                 GError     **error)
{
  g_autoptr(JsonObject) values = json_object_new ();
  gint64 camps, departures;
  MtBatch *batch;
  gboolean ok;

  camps = count (self, "SELECT COUNT (*) FROM baseline_camps WHERE baseline_id = ?1", id, NULL,
                 error);
  if (camps < 0)
    return FALSE;
  departures = count (self, "SELECT COALESCE (SUM (n), 0) FROM baseline_plan"
                            " WHERE baseline_id = ?1 AND day <> ''", id, NULL, error);
  if (departures < 0)
    return FALSE;

  _mt_json_set_text (values, "name", name);
  _mt_json_set_text (values, "data_date", data_date);
  _mt_json_set_int (values, "camps", camps);
  _mt_json_set_int (values, "departures", departures);

  batch = _mt_batch_join (self, "baseline", name, MT_BATCH_DO, 0, error);
  if (batch == NULL)
    return FALSE;
  ok = _mt_batch_record (batch, "insert", "baselines", id, name, NULL, values, 1, error);
  _mt_batch_leave (batch);

  return ok;
}

/* @name, trimmed already, is not empty. */
static gboolean
check_name (const char  *name,
            GError     **error)
{
  if (*name != '\0')
    return TRUE;
  g_set_error_literal (error, MT_STORE_ERROR, MT_STORE_ERROR_INVALID,
                       _("A baseline needs a name, e.g. “August plan”"));
  return FALSE;
}

/* No baseline is called @name (trimmed) yet. */
static gboolean
check_name_free (MtStore     *self,
                 const char  *name,
                 GError     **error)
{
  gint64 n = count (self, "SELECT COUNT (*) FROM baselines WHERE name = ?1", 0, name, error);

  if (n == 0)
    return TRUE;
  if (n > 0)
    g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_CONSTRAINT,
                 _("There is already a baseline called “%s”: give this one another name"), name);
  return FALSE;
}

/* Inside the transaction: the baseline's row and its copy of the plan. */
static gint64
write_baseline (MtStore     *self,
                const char  *name,
                const char  *data_date,
                GError     **error)
{
  g_autofree char *now = now_utc ();
  MtDbStmt *stmt;
  gint64 id;
  int rc;

  if (!check_name_free (self, name, error))
    return 0;

  stmt = _mt_store_prepare (self,
                            "INSERT INTO baselines (name, data_date, taken_at, taken_by,"
                            " changed_by, changed_at) VALUES (?1, ?2, ?3, ?4, ?4, ?3)",
                            error);
  if (stmt == NULL)
    return 0;
  _mt_store_bind_text (stmt, 1, name);
  _mt_store_bind_text (stmt, 2, data_date);
  _mt_store_bind_text (stmt, 3, now);
  _mt_store_bind_text (stmt, 4, mt_store_get_login (self));
  rc = mt_db_step (stmt);
  mt_db_reset (stmt);
  if (rc != MT_DB_DONE)
    return _mt_store_fail (self, error, _("Could not take the baseline"));
  id = mt_db_last_insert_id (self->db);

  /* ?1 is the plan's date in PLAN_ROWS, so the baseline's id is ?2 in both. */
  if (!run (self, "INSERT INTO baseline_camps (baseline_id, camp_id, camp_name, planned_closure,"
                  " planned_handover) SELECT ?1, id, name, planned_closure, planned_handover"
                  " FROM camps", id, NULL, _("Could not take the baseline"), error))
    return 0;
  stmt = _mt_store_prepare (self,
                            "INSERT INTO baseline_plan (baseline_id, camp_id, category, day, n)"
                            " SELECT ?2, camp_id, category, day, n FROM (" PLAN_ROWS ") AS r",
                            error);
  if (stmt == NULL)
    return 0;
  _mt_store_bind_text (stmt, 1, data_date);
  mt_db_bind_int64 (stmt, 2, id);
  rc = mt_db_step (stmt);
  mt_db_reset (stmt);
  if (rc != MT_DB_DONE)
    return _mt_store_fail (self, error, _("Could not take the baseline"));

  return record_baseline (self, id, name, data_date, error) ? id : 0;
}

/* The views that compare with the current baseline follow "changed". */
static void
baselines_changed (MtStore *self)
{
  g_signal_emit (self, _mt_store_signals[MT_STORE_SIGNAL_RECORDS_CHANGED],
                 g_quark_from_static_string ("baselines"), "baselines");
  g_signal_emit (self, _mt_store_signals[MT_STORE_SIGNAL_CHANGED], 0);
}

/* Public API */

gint64
mt_store_take_baseline (MtStore     *self,
                        const char  *name,
                        const char  *data_date,
                        GError     **error)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *date = NULL;
  gint64 id;

  g_return_val_if_fail (MT_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  trimmed = g_strstrip (g_strdup (name != NULL ? name : ""));
  if (!check_name (trimmed, error))
    return 0;
  if (data_date != NULL && !mt_date_is_valid (data_date))
    {
      g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_INVALID,
                   _("“%s” is not a date; write it as YYYY-MM-DD"), data_date);
      return 0;
    }
  if (!_mt_store_check_open (self, error))
    return 0;

  date = _mt_store_resolve_as_of (self, data_date);
  if (!_mt_store_begin (self, error))
    return 0;
  id = write_baseline (self, trimmed, date, error);
  if (id == 0)
    {
      _mt_store_rollback (self);
      return 0;
    }
  if (!_mt_store_commit (self, error))
    return 0;

  baselines_changed (self);

  return id;
}

gboolean
mt_store_validate_baseline_name (MtStore     *self,
                                 const char  *name,
                                 GError     **error)
{
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (MT_IS_STORE (self), FALSE);

  trimmed = g_strstrip (g_strdup (name != NULL ? name : ""));

  return check_name (trimmed, error) &&
         _mt_store_check_open (self, error) &&
         check_name_free (self, trimmed, error);
}

GPtrArray *
mt_store_list_baselines (MtStore  *self,
                         GError  **error)
{
  g_autoptr(GPtrArray) baselines = g_ptr_array_new_with_free_func ((GDestroyNotify) mt_baseline_free);
  MtDbStmt *stmt;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);

  stmt = _mt_store_prepare (self, BASELINE_COLUMNS " ORDER BY taken_at, id", error);
  if (stmt == NULL ||
      !_mt_store_each_row (self, stmt, add_baseline_cb, baselines,
                           _("Could not read the baselines"), error))
    return NULL;

  return g_steal_pointer (&baselines);
}

MtBaseline *
mt_store_find_baseline (MtStore     *self,
                        const char  *name,
                        GError     **error)
{
  g_autofree char *trimmed = NULL;
  MtBaseline *baseline = NULL;
  MtDbStmt *stmt;
  int rc;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  trimmed = g_strstrip (g_strdup (name));
  stmt = _mt_store_prepare (self, BASELINE_COLUMNS " WHERE name = ?1", error);
  if (stmt == NULL)
    return NULL;
  _mt_store_bind_text (stmt, 1, trimmed);
  rc = mt_db_step (stmt);
  if (rc == MT_DB_ROW)
    baseline = make_baseline (stmt);
  mt_db_reset (stmt);

  if (rc == MT_DB_DONE)
    g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND,
                 _("There is no baseline called “%s”"), trimmed);
  else if (rc != MT_DB_ROW)
    _mt_store_fail (self, error, _("Could not read the baselines"));

  return baseline;
}

MtBaseline *
mt_store_get_current_baseline (MtStore  *self,
                               GError  **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) mt_baseline_free);
  MtDbStmt *stmt;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);

  if (!_mt_store_check_open (self, error))
    return NULL;
  /* A chosen baseline that is gone (the key outlives it) leaves the latest current. */
  stmt = _mt_store_prepare (self, BASELINE_COLUMNS " ORDER BY CASE WHEN CAST (id AS TEXT) ="
                                  " (SELECT value FROM mt_meta WHERE key = '" CURRENT_KEY "')"
                                  " THEN 0 ELSE 1 END, taken_at DESC, id DESC LIMIT 1",
                            error);
  if (stmt == NULL ||
      !_mt_store_each_row (self, stmt, add_baseline_cb, found,
                           _("Could not read the baselines"), error))
    return NULL;

  return found->len > 0 ? g_ptr_array_steal_index (found, 0) : NULL;
}

gint64
mt_store_get_chosen_baseline (MtStore  *self,
                              GError  **error)
{
  g_return_val_if_fail (MT_IS_STORE (self), -1);

  if (!_mt_store_check_open (self, error))
    return -1;
  /* A chosen baseline that is gone counts as none chosen, as for the current one. */
  return count (self, "SELECT COALESCE (MAX (id), 0) FROM baselines WHERE CAST (id AS TEXT) ="
                      " (SELECT value FROM mt_meta WHERE key = ?1)",
                0, CURRENT_KEY, error);
}

gboolean
mt_store_set_current_baseline (MtStore  *self,
                               gint64    baseline_id,
                               GError  **error)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_mt_store_check_open (self, error))
    return FALSE;
  if (baseline_id != 0 &&
      count (self, "SELECT COUNT (*) FROM baselines WHERE id = ?1", baseline_id, NULL, error) != 1)
    {
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND,
                             _("The baseline was not found; it may have been deleted meanwhile"));
      return FALSE;
    }

  /* '' (no id's text): the latest taken. */
  value = baseline_id != 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, baseline_id) : g_strdup ("");
  if (!run (self, "INSERT INTO mt_meta (key, value) VALUES ('" CURRENT_KEY "', COALESCE (?1, ''))"
                  " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            0, value, _("Could not choose the baseline"), error))
    return FALSE;

  baselines_changed (self);

  return TRUE;
}

gboolean
mt_store_get_plan_ends (MtStore     *self,
                        const char  *as_of,
                        MtPlanEnds  *ends,
                        GError     **error)
{
  g_autofree char *date = NULL;

  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (ends != NULL, FALSE);

  if (!_mt_store_check_open (self, error))
    return FALSE;
  date = _mt_store_resolve_as_of (self, as_of);

  return read_ends (self, current_ends_sql, 0, date, ends, error);
}

gint64
mt_store_count_planned_after (MtStore     *self,
                              const char  *as_of,
                              GError     **error)
{
  g_autofree char *date = NULL;

  g_return_val_if_fail (MT_IS_STORE (self), -1);

  if (!_mt_store_check_open (self, error))
    return -1;
  date = _mt_store_resolve_as_of (self, as_of);

  return count (self, "SELECT COALESCE (SUM (p.n), 0) FROM (" PLAN_ROWS ") AS p WHERE p.day > ?1",
                0, date, error);
}

static void
add_plan_camp_cb (MtDbStmt *stmt,
                  gpointer  user_data)
{
  g_ptr_array_add (user_data, mt_plan_camp_new (mt_db_column_int64 (stmt, 0),
                                                _mt_store_column_text (stmt, 1),
                                                _mt_store_column_text (stmt, 2),
                                                _mt_store_column_text (stmt, 3)));
}

void
_mt_store_add_plan_row (MtDbStmt *stmt,
                        gpointer  rows)
{
  g_ptr_array_add (rows, mt_plan_row_new (mt_db_column_int64 (stmt, 0),
                                          _mt_store_column_text (stmt, 1),
                                          _mt_store_column_text (stmt, 2),
                                          mt_db_column_int64 (stmt, 3)));
}

MtPlanData *
mt_store_read_plan (MtStore     *self,
                    const char  *as_of,
                    GError     **error)
{
  g_autofree char *date = NULL;
  g_autoptr(MtPlanData) plan = NULL;
  MtDbStmt *stmt;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);

  if (as_of != NULL && !mt_date_is_valid (as_of))
    {
      g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_INVALID,
                   _("“%s” is not a date; write it as YYYY-MM-DD"), as_of);
      return NULL;
    }
  if (!_mt_store_check_open (self, error))
    return NULL;
  date = _mt_store_resolve_as_of (self, as_of);
  plan = mt_plan_data_new (date);

  stmt = _mt_store_prepare (self, "SELECT id, name, planned_closure, planned_handover FROM camps"
                                  " ORDER BY id", error);
  if (stmt == NULL ||
      !_mt_store_each_row (self, stmt, add_plan_camp_cb, plan->camps,
                           _("Could not read the plan"), error))
    return NULL;

  stmt = _mt_store_prepare (self, PLAN_ROWS " ORDER BY 1, 2, 3", error);
  if (stmt == NULL)
    return NULL;
  _mt_store_bind_text (stmt, 1, date);
  if (!_mt_store_each_row (self, stmt, _mt_store_add_plan_row, plan->rows,
                           _("Could not read the plan"), error))
    return NULL;

  return g_steal_pointer (&plan);
}

MtPlanVariance *
mt_store_get_plan_variance (MtStore     *self,
                            gint64       baseline_id,
                            const char  *as_of,
                            GError     **error)
{
  g_autoptr(MtPlanVariance) variance = mt_plan_variance_new ();
  g_autoptr(MtSummary) summary = NULL;
  MtDbStmt *stmt;
  int rc;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);

  if (!_mt_store_check_open (self, error))
    return NULL;
  variance->as_of = _mt_store_resolve_as_of (self, as_of);

  stmt = _mt_store_prepare (self, BASELINE_COLUMNS " WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  mt_db_bind_int64 (stmt, 1, baseline_id);
  rc = mt_db_step (stmt);
  if (rc == MT_DB_ROW)
    variance->baseline = make_baseline (stmt);
  mt_db_reset (stmt);
  if (rc == MT_DB_DONE)
    g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND,
                 _("The baseline was not found; it may have been deleted meanwhile"));
  if (rc != MT_DB_ROW)
    return rc == MT_DB_DONE ? NULL : (_mt_store_fail (self, error, _("Could not read the baselines")),
                                      NULL);

  summary = mt_store_get_summary (self, 0, variance->as_of, error);
  if (summary == NULL)
    return NULL;
  variance->deadline = g_strdup (summary->deadline);

  if (!read_ends (self, baseline_ends_sql, baseline_id, NULL, &variance->baseline_ends, error) ||
      !read_ends (self, current_ends_sql, 0, variance->as_of, &variance->current_ends, error))
    return NULL;

  stmt = _mt_store_prepare (self, camps_sql, error);
  if (stmt == NULL)
    return NULL;
  mt_db_bind_int64 (stmt, 1, baseline_id);
  _mt_store_bind_text (stmt, 2, variance->as_of);
  if (!_mt_store_each_row (self, stmt, add_camp_cb, variance->camps,
                           _("Could not read the plan"), error))
    return NULL;

  if (!read_categories (self, variance, summary, error))
    return NULL;

  return g_steal_pointer (&variance);
}

int
mt_store_baseline_cli (MtStore    *self,
                       const char *name,
                       const char *as_of)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtBaseline) baseline = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (MT_IS_STORE (self), 2);

  if (mt_store_take_baseline (self, name, as_of, &error) == 0 ||
      (baseline = mt_store_find_baseline (self, name, &error)) == NULL)
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return 2;
    }

  date = mt_date_format_long (baseline->data_date);
  /* Translators: --baseline-save's confirmation; the baseline's name, the date of its data */
  g_print (_("Took baseline “%s”: the plan as the data stood on %s\n"), baseline->name, date);

  return 0;
}
