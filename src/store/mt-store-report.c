/* mt-store-report.c: the aggregates the withdrawal report is made from.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The roster can hold a million rows: its counts come from personnel_tally (one row per
 * camp, category and departure day, kept by triggers: mt-store-tally.c), never from the
 * personnel rows themselves.
 */

#define G_LOG_DOMAIN "mt-store-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mt-store-private.h"
#include "mt-store-report.h"

/* Same reading of the status history and of departures as mt-store-camps.c; the roster's
 * share comes from roster_sql, read once for the camps and the fingerprint. */
static const char camps_sql[] =
  "WITH current AS ("
  "  SELECT camp_id, status, date,"
  "         ROW_NUMBER () OVER (PARTITION BY camp_id ORDER BY date DESC, id DESC) AS rn"
  "  FROM camp_status WHERE date <= ?1),"
  " mv AS (SELECT camp_id, SUM (count) AS n FROM movements"
  "        WHERE date <= ?1 AND planned = 0 AND camp_id IS NOT NULL GROUP BY camp_id),"
  " baseline AS (SELECT camp_id, SUM (count) AS n FROM deployments GROUP BY camp_id)"
  " SELECT c.id, c.name, cur.status, cur.date, c.planned_closure,"
  "        CASE WHEN c.handover_date <= ?1 THEN c.handover_date END,"
  "        CASE WHEN c.handover_date <= ?1 OR cur.status = 'handed-over'"
  "             THEN c.handed_over_to END,"
  "        c.env_status, c.env_date, COALESCE (b.n, 0), COALESCE (mv.n, 0), c.name_fr"
  " FROM camps c"
  " LEFT JOIN current cur ON cur.camp_id = c.id AND cur.rn = 1"
  " LEFT JOIN mv ON mv.camp_id = c.id"
  " LEFT JOIN baseline b ON b.camp_id = c.id"
  " WHERE ?2 = 0 OR c.id = ?2"
  " ORDER BY c.name_key, c.name";

/* The roster per camp and departure day (NULL = not departed, as in personnel), summed
 * over the tally's categories: a few thousand rows for a million people, read in the
 * order of its primary key's first column. ?1 = 0: every camp. */
static const char roster_sql[] =
  "SELECT camp_id, NULLIF (departure_date, ''), SUM (n) FROM personnel_tally"
  " WHERE ?1 = 0 OR camp_id = ?1"
  " GROUP BY camp_id, departure_date ORDER BY camp_id, departure_date";

/* An asset whose decision is dated after the report's date was still pending then. */
static const char assets_sql[] =
  "SELECT CASE WHEN decision IS NULL OR decision = '' OR decision_date > ?1"
  "            THEN 'pending' ELSE decision END AS d,"
  "       COALESCE (owner, '') AS o, COUNT (*), SUM (COALESCE (quantity, 1)),"
  "       COALESCE (SUM (value), 0)"
  " FROM assets GROUP BY d, o ORDER BY d, o";

/* What the fingerprint reads, in this order: the data a report is made of, column by column
 * (not SELECT *: neither a row's version nor its author, and the same columns on every
 * backend), ordered by a key so the digest does not depend on the plan. A column a later
 * schema adds to the report is added here. */
static const char *const fingerprint_sql[] = {
  "SELECT id, name, full_name, resolution, resolution_date, withdrawal_start, deadline,"
  " headquarters, first_date, last_date, name_fr, full_name_fr FROM mission ORDER BY id",
  "SELECT code, name, name_fr, short_name, short_name_fr, component, component_fr, uniformed,"
  " position FROM categories ORDER BY code",
  "SELECT id, name, region, latitude, longitude, kind, planned_closure, handover_date,"
  " handed_over_to, env_status, env_date, notes, env_findings, env_remediation, planned_handover,"
  " name_fr"
  " FROM camps ORDER BY id",
  "SELECT id, camp_id, category, count, date, source FROM deployments ORDER BY id",
  "SELECT id, camp_id, date, status, note FROM camp_status WHERE date <= ?1 ORDER BY id",
  "SELECT id, date, camp_id, category, contingent, count, note, planned FROM movements"
  " WHERE date <= ?1 ORDER BY id",
  "SELECT id, from_camp_id, to_camp_id, departed, arrived, personnel, vehicles, note,"
  " planned_departure, planned_arrival, status FROM convoys"
  " WHERE COALESCE (departed, arrived) <= ?1 ORDER BY id",
  "SELECT id, camp_id, date, kind, title, title_fr FROM events WHERE date <= ?1 ORDER BY id",
  "SELECT id, tag, description, owner, camp_id, quantity, decision, value, decision_date"
  " FROM assets ORDER BY id",
};

/* One canonical text per value, whatever the backend wrote it as: integers in decimal,
 * reals with the 17 digits that give the same double back, text as it is. */
static void
digest_value (GChecksum *checksum,
              MtDbStmt  *stmt,
              int        col)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  switch (mt_db_column_type (stmt, col))
    {
    case MT_DB_NULL:
      g_checksum_update (checksum, (const guchar *) "\x01", 1);
      break;
    case MT_DB_INTEGER:
      g_snprintf (buffer, sizeof buffer, "%" G_GINT64_FORMAT, mt_db_column_int64 (stmt, col));
      g_checksum_update (checksum, (const guchar *) buffer, -1);
      break;
    case MT_DB_FLOAT:
      g_ascii_formatd (buffer, sizeof buffer, "%.17g", mt_db_column_double (stmt, col));
      g_checksum_update (checksum, (const guchar *) buffer, -1);
      break;
    default:
      g_checksum_update (checksum, (const guchar *) mt_db_column_text (stmt, col),
                         mt_db_column_bytes (stmt, col));
    }
}

typedef struct
{
  gint64 gone;  /* roster entries departed on or before the date */
  gint64 here;  /* not departed by then */
} RosterCount;

/* Helpers */

static MtCampFigures *
camp_from_row (MtDbStmt     *stmt,
               const char   *as_of,
               GHashTable   *roster)
{
  const RosterCount *counts;
  MtCampFigures *camp = g_new0 (MtCampFigures, 1);

  g_assert (stmt != NULL);

  camp->id = mt_db_column_int64 (stmt, 0);
  camp->name = g_strdup (_mt_store_localize (_mt_store_column_text (stmt, 1),
                                             _mt_store_column_text (stmt, 11)));
  camp->status = MT_CAMP_STATUS_OPERATIONAL;
  mt_camp_status_from_key (_mt_store_column_text (stmt, 2), &camp->status);
  camp->status_since = g_strdup (_mt_store_column_text (stmt, 3));
  camp->planned_closure = g_strdup (_mt_store_column_text (stmt, 4));
  camp->handover_date = g_strdup (_mt_store_column_text (stmt, 5));
  camp->handed_over_to = g_strdup (_mt_store_column_text (stmt, 6));
  camp->env_status = MT_ENV_STATUS_NOT_STARTED;
  mt_env_status_from_key (_mt_store_column_text (stmt, 7), &camp->env_status);
  camp->env_date = g_strdup (_mt_store_column_text (stmt, 8));
  camp->baseline = mt_db_column_int64 (stmt, 9);
  camp->departed = mt_db_column_int64 (stmt, 10);
  counts = g_hash_table_lookup (roster, &camp->id);
  if (counts != NULL)
    {
      camp->departed += counts->gone;
      camp->on_roster = counts->here;
    }

  /* Late against plan: due to close before the date and still open on it. */
  camp->late = camp->planned_closure != NULL &&
               g_strcmp0 (camp->planned_closure, as_of) < 0 &&
               camp->status != MT_CAMP_STATUS_CLOSED &&
               camp->status != MT_CAMP_STATUS_HANDED_OVER;

  return camp;
}

/* Feeds every row of @sql to @checksum: fields end with US (0x1f), rows with RS (0x1e),
 * NULL is distinct from the empty text, and the query ends with GS (0x1d). */
static gboolean
digest_query (MtStore     *self,
              GChecksum   *checksum,
              const char  *sql,
              const char  *as_of,
              GError     **error)
{
  MtDbStmt     *stmt;
  int rc;

  g_assert (MT_IS_STORE (self));
  g_assert (checksum != NULL);

  stmt = _mt_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  if (mt_db_bind_parameter_count (stmt) > 0)
    _mt_store_bind_text (stmt, 1, as_of);

  while ((rc = mt_db_step (stmt)) == MT_DB_ROW)
    {
      int n = mt_db_column_count (stmt);

      for (int i = 0; i < n; i++)
        {
          digest_value (checksum, stmt, i);
          g_checksum_update (checksum, (const guchar *) "\x1f", 1);
        }
      g_checksum_update (checksum, (const guchar *) "\x1e", 1);
    }
  mt_db_reset (stmt);

  if (rc != MT_DB_DONE)
    return _mt_store_fail (self, error, _("Could not read the data for the report"));

  g_checksum_update (checksum, (const guchar *) "\x1d", 1);

  return TRUE;
}

/* Counts the roster per camp (@camp_id, or every camp for 0) into @roster (gint64 camp
 * id -> RosterCount) and feeds @checksum, if any, the departures per camp and day up to
 * @as_of. */
static gboolean
read_roster (MtStore     *self,
             gint64       camp_id,
             const char  *as_of,
             GHashTable  *roster,
             GChecksum   *checksum,
             GError     **error)
{
  MtDbStmt     *stmt;
  int rc;

  g_assert (MT_IS_STORE (self));

  stmt = _mt_store_prepare (self, roster_sql, error);
  if (stmt == NULL)
    return FALSE;

  mt_db_bind_int64 (stmt, 1, camp_id);
  while ((rc = mt_db_step (stmt)) == MT_DB_ROW)
    {
      gint64 row_camp = mt_db_column_int64 (stmt, 0);
      const char *day = _mt_store_column_text (stmt, 1);
      gint64 n = mt_db_column_int64 (stmt, 2);
      RosterCount *counts = g_hash_table_lookup (roster, &row_camp);

      if (counts == NULL)
        {
          gint64 *key = g_memdup2 (&row_camp, sizeof row_camp);

          counts = g_new0 (RosterCount, 1);
          g_hash_table_insert (roster, key, counts);
        }

      if (day != NULL && g_strcmp0 (day, as_of) <= 0)
        {
          counts->gone += n;
          if (checksum != NULL)
            {
              g_autofree char *line = g_strdup_printf ("%" G_GINT64_FORMAT "\x1f%s\x1f%"
                                                       G_GINT64_FORMAT "\x1e", row_camp, day, n);

              g_checksum_update (checksum, (const guchar *) line, -1);
            }
        }
      else
        {
          counts->here += n;
        }
    }
  mt_db_reset (stmt);

  if (rc != MT_DB_DONE)
    return _mt_store_fail (self, error, _("Could not count the roster"));

  return TRUE;
}

/* The figures of @camp_id, or of every camp for 0; @checksum, if any, is fed each
 * camp's roster count. */
static GPtrArray *
read_camps (MtStore     *self,
            gint64       camp_id,
            const char  *as_of,
            GHashTable  *roster,
            GChecksum   *checksum,
            GError     **error)
{
  g_autoptr(GPtrArray) camps = NULL;
  MtDbStmt     *stmt;
  int rc;

  g_assert (MT_IS_STORE (self));

  camps = g_ptr_array_new_with_free_func ((GDestroyNotify) mt_camp_figures_free);
  stmt = _mt_store_prepare (self, camps_sql, error);
  if (stmt == NULL)
    return NULL;

  _mt_store_bind_text (stmt, 1, as_of);
  mt_db_bind_int64 (stmt, 2, camp_id);
  while ((rc = mt_db_step (stmt)) == MT_DB_ROW)
    {
      MtCampFigures *camp = camp_from_row (stmt, as_of, roster);

      if (checksum != NULL)
        {
          g_autofree char *line = g_strdup_printf ("%" G_GINT64_FORMAT "\x1f%" G_GINT64_FORMAT
                                                   "\x1e", camp->id, camp->on_roster);

          g_checksum_update (checksum, (const guchar *) line, -1);
        }
      g_ptr_array_add (camps, camp);
    }
  mt_db_reset (stmt);

  if (rc != MT_DB_DONE)
    {
      _mt_store_fail (self, error, _("Could not read the camps"));
      return NULL;
    }

  return g_steal_pointer (&camps);
}

static GPtrArray *
read_assets (MtStore     *self,
             const char  *as_of,
             GError     **error)
{
  g_autoptr(GPtrArray) totals = NULL;
  MtDbStmt     *stmt;
  int rc;

  g_assert (MT_IS_STORE (self));

  totals = g_ptr_array_new_with_free_func ((GDestroyNotify) mt_disposal_total_free);
  stmt = _mt_store_prepare (self, assets_sql, error);
  if (stmt == NULL)
    return NULL;

  _mt_store_bind_text (stmt, 1, as_of);
  while ((rc = mt_db_step (stmt)) == MT_DB_ROW)
    {
      MtDisposalTotal *total = g_new0 (MtDisposalTotal, 1);

      total->decision = g_strdup (_mt_store_column_text (stmt, 0));
      total->owner = g_strdup (mt_db_column_type (stmt, 1) == MT_DB_NULL
                               ? "" : (const char *) mt_db_column_text (stmt, 1));
      total->records = mt_db_column_int64 (stmt, 2);
      total->quantity = mt_db_column_int64 (stmt, 3);
      total->value = mt_db_column_double (stmt, 4);
      g_ptr_array_add (totals, total);
    }
  mt_db_reset (stmt);

  if (rc != MT_DB_DONE)
    {
      _mt_store_fail (self, error, _("Could not add up the assets"));
      return NULL;
    }

  return g_steal_pointer (&totals);
}

/* Public API */

void
mt_camp_figures_free (MtCampFigures *camp)
{
  if (camp == NULL)
    return;

  g_free (camp->name);
  g_free (camp->status_since);
  g_free (camp->planned_closure);
  g_free (camp->handover_date);
  g_free (camp->handed_over_to);
  g_free (camp->env_date);
  g_free (camp);
}

void
mt_disposal_total_free (MtDisposalTotal *total)
{
  if (total == NULL)
    return;

  g_free (total->decision);
  g_free (total->owner);
  g_free (total);
}

gint64
mt_camp_figures_get_left (const MtCampFigures *camp)
{
  g_return_val_if_fail (camp != NULL, 0);

  /* A closed camp has nobody left but whoever the roster still places there. */
  if (camp->status == MT_CAMP_STATUS_CLOSED || camp->status == MT_CAMP_STATUS_HANDED_OVER)
    return camp->on_roster;

  return MAX (camp->on_roster, MAX (camp->baseline - camp->departed, 0));
}

void
mt_figure_set_free (MtFigureSet *figures)
{
  if (figures == NULL)
    return;

  g_free (figures->as_of);
  g_clear_pointer (&figures->summary, mt_summary_free);
  g_clear_pointer (&figures->camps, g_ptr_array_unref);
  g_clear_pointer (&figures->assets, g_ptr_array_unref);
  g_free (figures->fingerprint);
  g_free (figures);
}

MtFigureSet *
mt_store_report_figures (MtStore     *self,
                         const char  *as_of,
                         GError     **error)
{
  g_autoptr(MtFigureSet) figures = NULL;
  g_autoptr(GChecksum) checksum = NULL;
  g_autoptr(GHashTable) roster = NULL;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  figures = g_new0 (MtFigureSet, 1);
  figures->summary = mt_store_get_summary (self, 0, as_of, error);
  if (figures->summary == NULL)
    return NULL;
  figures->as_of = g_strdup (figures->summary->as_of);

  checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_checksum_update (checksum, (const guchar *) (figures->as_of ? figures->as_of : ""), -1);
  g_checksum_update (checksum, (const guchar *) "\x1d", 1);
  for (guint i = 0; i < G_N_ELEMENTS (fingerprint_sql); i++)
    {
      if (!digest_query (self, checksum, fingerprint_sql[i], figures->as_of, error))
        return NULL;
    }

  roster = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  if (!read_roster (self, 0, figures->as_of, roster, checksum, error))
    return NULL;
  figures->camps = read_camps (self, 0, figures->as_of, roster, checksum, error);
  if (figures->camps == NULL)
    return NULL;
  figures->assets = read_assets (self, figures->as_of, error);
  if (figures->assets == NULL)
    return NULL;

  /* Per category: catches a roster entry moved from one category to another. */
  for (guint i = 0; i < figures->summary->categories->len; i++)
    {
      const MtCategoryTotal *total = g_ptr_array_index (figures->summary->categories, i);
      g_autofree char *line = g_strdup_printf ("%s\x1f%" G_GINT64_FORMAT "\x1f%" G_GINT64_FORMAT
                                               "\x1e", total->code, total->departed,
                                               total->on_roster);

      g_checksum_update (checksum, (const guchar *) line, -1);
    }

  figures->fingerprint = g_strndup (g_checksum_get_string (checksum), 8);

  return g_steal_pointer (&figures);
}

MtCampFigures *
mt_store_get_camp_figures (MtStore     *self,
                           gint64       camp_id,
                           const char  *as_of,
                           GError     **error)
{
  g_autoptr(GHashTable) roster = NULL;
  g_autoptr(GPtrArray) camps = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);
  g_return_val_if_fail (camp_id > 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_mt_store_check_open (self, error))
    return NULL;

  date = _mt_store_resolve_as_of (self, as_of);
  roster = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  if (!read_roster (self, camp_id, date, roster, NULL, error))
    return NULL;
  camps = read_camps (self, camp_id, date, roster, NULL, error);
  if (camps == NULL)
    return NULL;
  if (camps->len == 0)
    {
      g_set_error_literal (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND,
                           _("This camp no longer exists"));
      return NULL;
    }

  return g_ptr_array_steal_index (camps, 0);
}

char *
mt_store_report_fingerprint (MtStore     *self,
                             const char  *as_of,
                             GError     **error)
{
  g_autoptr(MtFigureSet) figures = NULL;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  figures = mt_store_report_figures (self, as_of, error);
  if (figures == NULL)
    return NULL;

  return g_steal_pointer (&figures->fingerprint);
}
