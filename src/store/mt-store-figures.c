/* mt-store-figures.c: the figures planners brief from, aggregated in SQL as of a date.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Departed" for a category as of D = the movements dated on or before D plus the roster
 * entries whose departure date is on or before D; "on the roster" = entries not yet gone
 * on D. Figures are never stored, so a correction anywhere shows everywhere.
 */

#define G_LOG_DOMAIN "mt-store-figures"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mt-date.h"
#include "mt-stat-point.h"
#include "mt-store-private.h"

#define CATEGORY_COLUMNS \
  "SELECT k.code, k.name, k.name_fr, k.short_name, k.short_name_fr, k.component," \
  " k.component_fr, k.uniformed, COALESCE (mv.n, 0) + COALESCE (ps.gone, 0)," \
  " COALESCE (ps.here, 0)" \
  " FROM categories k" \
  " LEFT JOIN mv ON mv.category = k.code" \
  " LEFT JOIN ps ON ps.category = k.code" \
  " ORDER BY k.position, k.code"

/* The roster's share comes from personnel_tally (mt-store-tally.c): one row per camp,
 * category and departure day ('' = not departed), n people each. Two texts rather than
 * "?2 = 0 OR camp_id = ?2", so a camp's figures read only its rows of both tables. */
#define ROSTER_SUMS \
  " ps AS (SELECT category, SUM (CASE WHEN departure_date <> '' AND departure_date <= ?1" \
  "                                   THEN n END) AS gone," \
  "               SUM (CASE WHEN departure_date = '' OR departure_date > ?1" \
  "                         THEN n END) AS here" \
  "        FROM personnel_tally"

static const char mission_categories_sql[] =
  "WITH mv AS (SELECT category, SUM (count) AS n FROM movements"
  "            WHERE date <= ?1 AND planned = 0 GROUP BY category),"
  ROSTER_SUMS " GROUP BY category) "
  CATEGORY_COLUMNS;

static const char camp_categories_sql[] =
  "WITH mv AS (SELECT category, SUM (count) AS n FROM movements"
  "            WHERE camp_id = ?2 AND date <= ?1 AND planned = 0 GROUP BY category),"
  ROSTER_SUMS " WHERE camp_id = ?2 GROUP BY category) "
  CATEGORY_COLUMNS;

/* Helpers */

static gboolean
read_mission_dates (MtStore    *self,
                    MtSummary  *summary,
                    GError    **error)
{
  MtDbStmt     *stmt;
  int rc;

  g_assert (MT_IS_STORE (self));

  stmt = _mt_store_prepare (self, "SELECT withdrawal_start, deadline FROM mission WHERE id = 1",
                            error);
  if (stmt == NULL)
    return FALSE;

  rc = mt_db_step (stmt);
  if (rc == MT_DB_ROW)
    {
      summary->withdrawal_start = g_strdup (_mt_store_column_text (stmt, 0));
      summary->deadline = g_strdup (_mt_store_column_text (stmt, 1));
    }
  mt_db_reset (stmt);

  if (rc != MT_DB_ROW && rc != MT_DB_DONE)
    return _mt_store_fail (self, error, _("Could not read the mission"));

  return TRUE;
}

static gboolean
read_categories (MtStore    *self,
                 gint64      camp_id,
                 MtSummary  *summary,
                 GError    **error)
{
  MtDbStmt     *stmt;
  int rc;

  g_assert (MT_IS_STORE (self));

  stmt = _mt_store_prepare (self, camp_id != 0 ? camp_categories_sql : mission_categories_sql,
                            error);
  if (stmt == NULL)
    return FALSE;

  _mt_store_bind_text (stmt, 1, summary->as_of);
  if (camp_id != 0)
    mt_db_bind_int64 (stmt, 2, camp_id);

  while ((rc = mt_db_step (stmt)) == MT_DB_ROW)
    {
      MtCategoryTotal *total = mt_category_total_new ();

      total->code = g_strdup (_mt_store_column_text (stmt, 0));
      total->name = g_strdup (_mt_store_localize (_mt_store_column_text (stmt, 1),
                                                  _mt_store_column_text (stmt, 2)));
      total->short_name = g_strdup (_mt_store_localize (_mt_store_column_text (stmt, 3),
                                                        _mt_store_column_text (stmt, 4)));
      total->component = g_strdup (_mt_store_localize (_mt_store_column_text (stmt, 5),
                                                       _mt_store_column_text (stmt, 6)));
      total->uniformed = mt_db_column_int (stmt, 7) != 0;
      total->departed = mt_db_column_int64 (stmt, 8);
      total->on_roster = mt_db_column_int64 (stmt, 9);
      g_ptr_array_add (summary->categories, total);

      if (total->uniformed)
        summary->departed_uniformed += total->departed;
      else
        summary->departed_civilian += total->departed;
    }
  mt_db_reset (stmt);

  if (rc != MT_DB_DONE)
    return _mt_store_fail (self, error, _("Could not add up the departures"));

  summary->departed_total = summary->departed_uniformed + summary->departed_civilian;

  return TRUE;
}

static gboolean
read_baseline (MtStore    *self,
               gint64      camp_id,
               MtSummary  *summary,
               GError    **error)
{
  MtDbStmt     *stmt;
  int rc;

  g_assert (MT_IS_STORE (self));

  stmt = _mt_store_prepare (self,
                            "SELECT COALESCE (SUM (count), 0) FROM deployments"
                            " WHERE ?1 = 0 OR camp_id = ?1",
                            error);
  if (stmt == NULL)
    return FALSE;

  mt_db_bind_int64 (stmt, 1, camp_id);
  rc = mt_db_step (stmt);
  if (rc == MT_DB_ROW)
    summary->baseline_total = mt_db_column_int64 (stmt, 0);
  mt_db_reset (stmt);

  if (rc != MT_DB_ROW)
    return _mt_store_fail (self, error, _("Could not add up the deployments"));

  return TRUE;
}

static gboolean
read_camp_counts (MtStore    *self,
                  gint64      camp_id,
                  MtSummary  *summary,
                  GError    **error)
{
  MtDbStmt     *stmt;
  int rc;

  g_assert (MT_IS_STORE (self));

  /* Same reading of the status history as mt_store_list_camps(). */
  stmt = _mt_store_prepare (self,
                            "WITH current AS ("
                            "  SELECT camp_id, status,"
                            "         ROW_NUMBER () OVER (PARTITION BY camp_id"
                            "                             ORDER BY date DESC, id DESC) AS rn"
                            "  FROM camp_status WHERE date <= ?1)"
                            " SELECT COUNT (*),"
                            "        COALESCE (SUM (CAST (cur.status = 'drawing-down' AS INTEGER)), 0),"
                            "        COALESCE (SUM (CAST (cur.status = 'closed' AS INTEGER)), 0),"
                            "        COALESCE (SUM (CAST (cur.status = 'handed-over' AS INTEGER)), 0)"
                            " FROM camps c LEFT JOIN current cur ON cur.camp_id = c.id AND cur.rn = 1"
                            " WHERE ?2 = 0 OR c.id = ?2",
                            error);
  if (stmt == NULL)
    return FALSE;

  _mt_store_bind_text (stmt, 1, summary->as_of);
  mt_db_bind_int64 (stmt, 2, camp_id);
  rc = mt_db_step (stmt);
  if (rc == MT_DB_ROW)
    {
      summary->camps_total = mt_db_column_int (stmt, 0);
      summary->camps_drawing_down = mt_db_column_int (stmt, 1);
      summary->camps_closed = mt_db_column_int (stmt, 2);
      summary->camps_handed_over = mt_db_column_int (stmt, 3);
    }
  mt_db_reset (stmt);

  if (rc != MT_DB_ROW)
    return _mt_store_fail (self, error, _("Could not count the camps"));

  return TRUE;
}

/* Public API */

MtSummary *
mt_store_get_summary (MtStore     *self,
                      gint64       camp_id,
                      const char  *as_of,
                      GError     **error)
{
  g_autoptr(MtSummary) summary = NULL;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);
  g_return_val_if_fail (camp_id >= 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  summary = mt_summary_new ();
  summary->as_of = _mt_store_resolve_as_of (self, as_of);

  if (!read_mission_dates (self, summary, error) ||
      !read_categories (self, camp_id, summary, error) ||
      !read_baseline (self, camp_id, summary, error) ||
      !read_camp_counts (self, camp_id, summary, error))
    return NULL;

  if (mt_date_is_valid (summary->deadline) && mt_date_is_valid (summary->as_of))
    summary->days_left = mt_date_days_between (summary->as_of, summary->deadline);

  return g_steal_pointer (&summary);
}

GPtrArray *
mt_store_departure_series (MtStore     *self,
                           const char  *as_of,
                           GError     **error)
{
  g_autoptr(GPtrArray) points = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(MtSummary) dates = mt_summary_new ();
  g_autofree char *date = NULL;
  const char *start;
  double at_start = 0;
  MtDbStmt     *stmt;
  int rc;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  date = _mt_store_resolve_as_of (self, as_of);
  if (!read_mission_dates (self, dates, error))
    return NULL;
  start = dates->withdrawal_start;

  /* The running total per day is a window over the per-day sums. */
  stmt = _mt_store_prepare (self,
                            "WITH d AS ("
                            "  SELECT date AS day, SUM (count) AS n FROM movements"
                            "  WHERE date <= ?1 AND planned = 0 GROUP BY date"
                            "  UNION ALL"
                            "  SELECT departure_date, SUM (n) FROM personnel_tally"
                            "  WHERE departure_date <> '' AND departure_date <= ?1"
                            "  GROUP BY departure_date)"
                            " SELECT day, SUM (SUM (n)) OVER (ORDER BY day) FROM d"
                            " GROUP BY day ORDER BY day",
                            error);
  if (stmt == NULL)
    return NULL;

  _mt_store_bind_text (stmt, 1, date);
  while ((rc = mt_db_step (stmt)) == MT_DB_ROW)
    {
      const char *day = _mt_store_column_text (stmt, 0);
      double total = mt_db_column_double (stmt, 1);

      /* Anything dated before the start is folded into the starting point, so the
       * curve still begins at the withdrawal start and never goes back in time. */
      if (start != NULL && g_strcmp0 (day, start) <= 0)
        at_start = total;
      else
        g_ptr_array_add (points, mt_stat_point_new (day, total));
    }
  mt_db_reset (stmt);

  if (rc != MT_DB_DONE)
    {
      _mt_store_fail (self, error, _("Could not add up the departures"));
      return NULL;
    }

  if (start != NULL && g_strcmp0 (start, date) <= 0)
    g_ptr_array_insert (points, 0, mt_stat_point_new (start, at_start));

  return g_steal_pointer (&points);
}
