/* mt-store-series.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-store-series"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mt-date.h"
#include "mt-store-private.h"
#include "mt-store-series.h"

/* Departures per day up to ?1, with anything before the start (?2) on the start. */
static const char daily_departures_sql[] =
  "WITH d AS ("
  "  SELECT greatest (date, ?2) AS day, SUM (count) AS n FROM movements"
  "  WHERE date <= ?1 AND planned = 0 GROUP BY 1"
  "  UNION ALL"
  "  SELECT greatest (departure_date, ?2), SUM (n) FROM personnel_tally"
  "  WHERE departure_date <> '' AND departure_date <= ?1 GROUP BY 1)"
  " SELECT day, SUM (SUM (n)) OVER (ORDER BY day) FROM d"
  " GROUP BY day ORDER BY day";

static const char baseline_departures_sql[] =
  "WITH d AS ("
  "  SELECT greatest (day, ?2) AS day, n FROM baseline_plan"
  "  WHERE baseline_id = ?1 AND day <> '')"
  " SELECT day, SUM (SUM (n)) OVER (ORDER BY day) FROM d"
  " GROUP BY day ORDER BY day";

static const char monthly_departures_sql[] =
  "WITH d AS ("
  "  SELECT substr (greatest (date, ?2), 1, 7) AS month, category, SUM (count) AS n"
  "  FROM movements WHERE date <= ?1 AND planned = 0 GROUP BY 1, 2"
  "  UNION ALL"
  /* The roster's counts per camp, category and day (mt-store-tally.c): a few thousand
   * rows for a million people. */
  "  SELECT substr (greatest (departure_date, ?2), 1, 7), category, SUM (n) FROM personnel_tally"
  "  WHERE departure_date <> '' AND departure_date <= ?1 GROUP BY 1, 2)"
  " SELECT d.month || '-01', k.position, SUM (d.n)"
  " FROM d JOIN (SELECT code, ROW_NUMBER () OVER (ORDER BY position, code) - 1 AS position"
  "              FROM categories) k ON k.code = d.category"
  " GROUP BY 1, 2 ORDER BY 1, 2";

/* One sample day per bucket: its last day, or ?3 (as-of) in the bucket holding it.
 * A camp with no status row yet reads as operational, as in mt_store_list_camps(). */
static const char status_buckets_sql[] =
  "WITH RECURSIVE b (first, day) AS ("
  "  SELECT ?1, least (mt_date_add (?1, ?2 - 1), ?3)"
  "  UNION ALL"
  "  SELECT mt_date_add (first, ?2),"
  "         least (mt_date_add (first, 2 * ?2 - 1), ?3)"
  "  FROM b WHERE mt_date_add (first, ?2) <= ?3),"
  " cur AS ("
  "  SELECT b.first,"
  "         (SELECT s.status FROM camp_status s WHERE s.camp_id = c.id AND s.date <= b.day"
  "          ORDER BY s.date DESC, s.id DESC LIMIT 1) AS status"
  "  FROM b CROSS JOIN camps c)"
  " SELECT first, COALESCE (status, 'operational'), COUNT (*) FROM cur"
  " GROUP BY 1, 2 ORDER BY 1";

/* Helpers */

typedef struct
{
  char *start;
  char *deadline;
  char *as_of;
} Span;

static void
span_clear (Span *span)
{
  g_free (span->start);
  g_free (span->deadline);
  g_free (span->as_of);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Span, span_clear)

/* The mission's withdrawal start and deadline, with stand-ins so a database without a
 * mission still charts: the as-of date for both. */
static gboolean
read_span (MtStore     *self,
           const char  *as_of,
           Span        *span,
           GError     **error)
{
  MtDbStmt     *stmt;
  int rc;

  g_assert (MT_IS_STORE (self));

  span->as_of = _mt_store_resolve_as_of (self, as_of);
  if (span->as_of == NULL)
    span->as_of = mt_date_today ();

  stmt = _mt_store_prepare (self, "SELECT withdrawal_start, deadline FROM mission WHERE id = 1",
                            error);
  if (stmt == NULL)
    return FALSE;
  rc = mt_db_step (stmt);
  if (rc == MT_DB_ROW)
    {
      span->start = g_strdup (_mt_store_column_text (stmt, 0));
      span->deadline = g_strdup (_mt_store_column_text (stmt, 1));
    }
  mt_db_reset (stmt);
  if (rc != MT_DB_ROW && rc != MT_DB_DONE)
    return _mt_store_fail (self, error, _("Could not read the mission"));

  if (!mt_date_is_valid (span->start))
    {
      g_free (span->start);
      span->start = g_strdup (span->as_of);
    }
  if (!mt_date_is_valid (span->deadline) || g_strcmp0 (span->deadline, span->start) <= 0)
    {
      g_free (span->deadline);
      span->deadline = g_strcmp0 (span->as_of, span->start) > 0
                         ? g_strdup (span->as_of) : mt_date_add_days (span->start, 1);
    }

  return TRUE;
}

static gboolean
read_baseline (MtStore  *self,
               double   *baseline,
               GError  **error)
{
  MtDbStmt     *stmt;
  int rc;

  stmt = _mt_store_prepare (self, "SELECT COALESCE (SUM (count), 0) FROM deployments", error);
  if (stmt == NULL)
    return FALSE;
  rc = mt_db_step (stmt);
  if (rc == MT_DB_ROW)
    *baseline = mt_db_column_double (stmt, 0);
  mt_db_reset (stmt);
  if (rc != MT_DB_ROW)
    return _mt_store_fail (self, error, _("Could not add up the deployments"));

  return TRUE;
}

/* Public API */

MtBurndown *
mt_store_get_burndown (MtStore     *self,
                       const char  *as_of,
                       GError     **error)
{
  g_auto(Span) span = { NULL, };
  g_autoptr(MtBurndown) burndown = NULL;
  double baseline = 0;
  MtDbStmt     *stmt;
  int rc;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!read_span (self, as_of, &span, error) || !read_baseline (self, &baseline, error))
    return NULL;

  burndown = mt_burndown_new (span.start, span.deadline, span.as_of, baseline);
  if (g_strcmp0 (span.start, span.as_of) > 0)
    return g_steal_pointer (&burndown);

  stmt = _mt_store_prepare (self, daily_departures_sql, error);
  if (stmt == NULL)
    return NULL;
  _mt_store_bind_text (stmt, 1, span.as_of);
  _mt_store_bind_text (stmt, 2, span.start);

  mt_burndown_add (burndown, span.start, baseline);
  while ((rc = mt_db_step (stmt)) == MT_DB_ROW)
    mt_burndown_add (burndown, _mt_store_column_text (stmt, 0),
                     baseline - mt_db_column_double (stmt, 1));
  mt_db_reset (stmt);

  if (rc != MT_DB_DONE)
    {
      _mt_store_fail (self, error, _("Could not add up the departures"));
      return NULL;
    }

  return g_steal_pointer (&burndown);
}

gboolean
mt_store_add_baseline_curve (MtStore     *self,
                             MtBurndown  *burndown,
                             gint64       baseline_id,
                             const char  *name,
                             GError     **error)
{
  MtDbStmt *stmt;
  int rc;

  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (burndown != NULL && name != NULL, FALSE);

  stmt = _mt_store_prepare (self, baseline_departures_sql, error);
  if (stmt == NULL)
    return FALSE;
  mt_db_bind_int64 (stmt, 1, baseline_id);
  _mt_store_bind_text (stmt, 2, burndown->start);

  mt_burndown_set_plan (burndown, name);
  mt_burndown_add_planned (burndown, burndown->start, burndown->baseline);
  while ((rc = mt_db_step (stmt)) == MT_DB_ROW)
    mt_burndown_add_planned (burndown, _mt_store_column_text (stmt, 0),
                             burndown->baseline - mt_db_column_double (stmt, 1));
  mt_db_reset (stmt);

  if (rc != MT_DB_DONE)
    {
      mt_burndown_set_plan (burndown, NULL);
      return _mt_store_fail (self, error, _("Could not read the plan"));
    }

  return TRUE;
}

MtStacked *
mt_store_get_departures_by_month (MtStore     *self,
                                  const char  *as_of,
                                  GError     **error)
{
  g_auto(Span) span = { NULL, };
  g_autoptr(MtStacked) stacked = NULL;
  GDate month, end;
  MtDbStmt     *stmt;
  int rc;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!read_span (self, as_of, &span, error))
    return NULL;

  stmt = _mt_store_prepare (self,
                            "SELECT name, name_fr, short_name, short_name_fr FROM categories"
                            " ORDER BY position, code",
                            error);
  if (stmt == NULL)
    return NULL;

  g_date_clear (&month, 1);
  mt_date_parse (span.start, &month);
  g_date_set_day (&month, 1);
  mt_date_parse (g_strcmp0 (span.as_of, span.deadline) > 0 ? span.as_of : span.deadline, &end);
  g_date_add_months (&end, 1);
  g_date_set_day (&end, 1);
  {
    g_autofree char *first = mt_date_to_iso (&month);
    g_autofree char *last = mt_date_to_iso (&end);

    stacked = mt_stacked_new (first, last, span.as_of, 0);
  }

  while ((rc = mt_db_step (stmt)) == MT_DB_ROW)
    {
      const char *short_name = _mt_store_localize (_mt_store_column_text (stmt, 2),
                                                   _mt_store_column_text (stmt, 3));

      /* The legend has room for abbreviations ("MSO", "FPU"), not full names. */
      if (short_name == NULL || *short_name == '\0')
        short_name = _mt_store_localize (_mt_store_column_text (stmt, 0),
                                         _mt_store_column_text (stmt, 1));
      mt_stacked_add_name (stacked, short_name);
    }
  mt_db_reset (stmt);
  if (rc != MT_DB_DONE)
    {
      _mt_store_fail (self, error, _("Could not read the personnel categories"));
      return NULL;
    }

  while (g_date_compare (&month, &end) < 0)
    {
      g_autofree char *iso = mt_date_to_iso (&month);

      mt_stacked_add_bucket (stacked, iso);
      g_date_add_months (&month, 1);
    }

  stmt = _mt_store_prepare (self, monthly_departures_sql, error);
  if (stmt == NULL)
    return NULL;
  _mt_store_bind_text (stmt, 1, span.as_of);
  _mt_store_bind_text (stmt, 2, span.start);
  while ((rc = mt_db_step (stmt)) == MT_DB_ROW)
    {
      guint bucket = mt_stacked_find_bucket (stacked, _mt_store_column_text (stmt, 0));
      int series = mt_db_column_int (stmt, 1);

      if (bucket != G_MAXUINT && series >= 0 && (guint) series < stacked->names->len)
        mt_stacked_set (stacked, bucket, series, mt_db_column_double (stmt, 2));
    }
  mt_db_reset (stmt);
  if (rc != MT_DB_DONE)
    {
      _mt_store_fail (self, error, _("Could not add up the departures"));
      return NULL;
    }

  return g_steal_pointer (&stacked);
}

MtStacked *
mt_store_get_camps_by_status (MtStore     *self,
                              const char  *as_of,
                              int          bucket_days,
                              GError     **error)
{
  g_auto(Span) span = { NULL, };
  g_autoptr(MtStacked) stacked = NULL;
  g_autofree char *axis_end = NULL;
  const char *last;
  MtDbStmt     *stmt;
  int rc;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);
  g_return_val_if_fail (bucket_days > 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!read_span (self, as_of, &span, error))
    return NULL;

  /* Whole buckets up to the deadline (or as-of, when later). */
  last = g_strcmp0 (span.as_of, span.deadline) > 0 ? span.as_of : span.deadline;
  axis_end = mt_date_add_days (span.start,
                               (mt_date_days_between (span.start, last) / bucket_days + 1) *
                               bucket_days);
  stacked = mt_stacked_new (span.start, axis_end, span.as_of, bucket_days);
  for (MtCampStatus s = 0; s < MT_CAMP_N_STATUSES; s++)
    mt_stacked_add_name (stacked, mt_camp_status_get_label (s));
  for (int offset = 0; ; offset += bucket_days)
    {
      g_autofree char *day = mt_date_add_days (span.start, offset);

      if (g_strcmp0 (day, axis_end) >= 0)
        break;
      mt_stacked_add_bucket (stacked, day);
    }

  if (g_strcmp0 (span.start, span.as_of) > 0)
    return g_steal_pointer (&stacked);

  stmt = _mt_store_prepare (self, status_buckets_sql, error);
  if (stmt == NULL)
    return NULL;
  _mt_store_bind_text (stmt, 1, span.start);
  mt_db_bind_int (stmt, 2, bucket_days);
  _mt_store_bind_text (stmt, 3, span.as_of);
  while ((rc = mt_db_step (stmt)) == MT_DB_ROW)
    {
      guint bucket = mt_stacked_find_bucket (stacked, _mt_store_column_text (stmt, 0));
      MtCampStatus status;

      if (bucket != G_MAXUINT &&
          mt_camp_status_from_key (_mt_store_column_text (stmt, 1), &status))
        mt_stacked_set (stacked, bucket, status, mt_db_column_double (stmt, 2));
    }
  mt_db_reset (stmt);
  if (rc != MT_DB_DONE)
    {
      _mt_store_fail (self, error, _("Could not count the camps"));
      return NULL;
    }

  return g_steal_pointer (&stacked);
}
