/* mt-store-camps.c: camps, their aliases and their dated status history.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-store-camps"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mt-camp.h"
#include "mt-date.h"
#include "mt-event.h"
#include "mt-record.h"
#include "mt-fold.h"
#include "mt-store-private.h"

/* One query for a list and for a single camp (?2 = 0 means every camp), so both agree.
 * A camp's status as of ?1 is its latest status row dated on or before ?1 (ties: the
 * later row); a camp with none did not exist yet and reads as operational. Its departures
 * are the movements recorded against it plus its roster entries that had left by ?1
 * (counted in personnel_tally, '' = not departed: see mt-store-tally.c).
 * Names sort folded, so "Ménaka" sits between "Kidal" and "Mopti" whatever the locale. */
static const char camps_sql[] =
  "WITH current AS ("
  "  SELECT camp_id, status, date,"
  "         ROW_NUMBER () OVER (PARTITION BY camp_id ORDER BY date DESC, id DESC) AS rn"
  "  FROM camp_status WHERE date <= ?1),"
  " departed AS ("
  "  SELECT camp_id, SUM (n) AS n FROM ("
  "    SELECT camp_id, SUM (count) AS n FROM movements"
  "    WHERE date <= ?1 AND planned = 0 AND camp_id IS NOT NULL GROUP BY camp_id"
  "    UNION ALL"
  "    SELECT camp_id, SUM (n) FROM personnel_tally"
  "    WHERE departure_date <> '' AND departure_date <= ?1 GROUP BY camp_id) AS u"
  "  GROUP BY camp_id),"
  " baseline AS (SELECT camp_id, SUM (count) AS n FROM deployments GROUP BY camp_id),"
  " names AS (SELECT camp_id, string_agg (alias, ', ') AS aliases"
  "           FROM camp_aliases GROUP BY camp_id)"
  " SELECT c.id, c.name, c.region, c.latitude, c.longitude, c.kind, cur.status, cur.date,"
  "        c.planned_closure, c.handover_date, c.handed_over_to, c.env_status, c.env_date,"
  "        COALESCE (b.n, 0), COALESCE (d.n, 0), names.aliases,"
  "        c.notes, c.env_findings, c.env_remediation, c.version, c.planned_handover, c.name_fr,"
  "        c.region_fr"
  " FROM camps c"
  " LEFT JOIN current cur ON cur.camp_id = c.id AND cur.rn = 1"
  " LEFT JOIN departed d ON d.camp_id = c.id"
  " LEFT JOIN baseline b ON b.camp_id = c.id"
  " LEFT JOIN names ON names.camp_id = c.id"
  " WHERE ?2 = 0 OR c.id = ?2"
  " ORDER BY c.name_key, c.name";

/* Helpers */

static MtCamp *
camp_from_row (MtDbStmt     *stmt)
{
  MtCampStatus status = MT_CAMP_STATUS_OPERATIONAL;
  MtEnvStatus env_status = MT_ENV_STATUS_NOT_STARTED;
  MtCamp *camp;

  g_assert (stmt != NULL);

  mt_camp_status_from_key (_mt_store_column_text (stmt, 6), &status);
  mt_env_status_from_key (_mt_store_column_text (stmt, 11), &env_status);

  camp = g_object_new (MT_TYPE_CAMP,
                       "id", (gint64) mt_db_column_int64 (stmt, 0),
                       "name", _mt_store_column_text (stmt, 1),
                       "region", _mt_store_column_text (stmt, 2),
                       "latitude", mt_db_column_double (stmt, 3),
                       "longitude", mt_db_column_double (stmt, 4),
                       "kind", _mt_store_column_text (stmt, 5),
                       "status", status,
                       "status-since", _mt_store_column_text (stmt, 7),
                       "planned-closure", _mt_store_column_text (stmt, 8),
                       "handover-date", _mt_store_column_text (stmt, 9),
                       "handed-over-to", _mt_store_column_text (stmt, 10),
                       "env-status", env_status,
                       "env-date", _mt_store_column_text (stmt, 12),
                       "baseline-strength", (gint64) mt_db_column_int64 (stmt, 13),
                       "departed", (gint64) mt_db_column_int64 (stmt, 14),
                       "aliases", _mt_store_column_text (stmt, 15),
                       /* Schema v3 (editing) */
                       "notes", _mt_store_column_text (stmt, 16),
                       "env-findings", _mt_store_column_text (stmt, 17),
                       "env-remediation", _mt_store_column_text (stmt, 18),
                       /* The plan */
                       "planned-handover", _mt_store_column_text (stmt, 20),
                       /* The French names schema step */
                       "name-fr", _mt_store_column_text (stmt, 21),
                       /* MT_STORE_SCHEMA_REGION_FR */
                       "region-fr", _mt_store_column_text (stmt, 22),
                       NULL);
  mt_record_set_version (camp, mt_db_column_int64 (stmt, 19));

  return camp;
}

static GPtrArray *
query_camps (MtStore     *self,
             gint64       camp_id,
             const char  *as_of,
             GError     **error)
{
  g_autoptr(GPtrArray) camps = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *date = NULL;
  MtDbStmt     *stmt;
  int rc;

  g_assert (MT_IS_STORE (self));

  date = _mt_store_resolve_as_of (self, as_of);
  stmt = _mt_store_prepare (self, camps_sql, error);
  if (stmt == NULL)
    return NULL;

  _mt_store_bind_text (stmt, 1, date);
  mt_db_bind_int64 (stmt, 2, camp_id);

  while ((rc = mt_db_step (stmt)) == MT_DB_ROW)
    g_ptr_array_add (camps, camp_from_row (stmt));

  if (rc != MT_DB_DONE)
    {
      _mt_store_fail (self, error, _("Could not read the camps"));
      mt_db_reset (stmt);
      return NULL;
    }

  mt_db_reset (stmt);

  return g_steal_pointer (&camps);
}

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text = g_utf8_next_char (text))
    {
      if (!g_unichar_isspace (g_utf8_get_char (text)))
        return FALSE;
    }

  return TRUE;
}

static gboolean
camp_exists (MtStore *self,
             gint64   camp_id)
{
  return _mt_store_row_found (self, "SELECT 1 FROM camps WHERE id = ?1", camp_id, NULL);
}

static gboolean
insert_status (MtStore       *self,
               gint64         camp_id,
               MtCampStatus   status,
               const char    *date,
               const char    *note,
               GError       **error)
{
  MtDbStmt     *stmt;
  int rc;

  g_assert (MT_IS_STORE (self));
  g_assert (self->in_transaction);

  stmt = _mt_store_prepare (self,
                            "INSERT INTO camp_status (camp_id, date, status, note)"
                            " VALUES (?1, ?2, ?3, ?4)",
                            error);
  if (stmt == NULL)
    return FALSE;

  mt_db_bind_int64 (stmt, 1, camp_id);
  _mt_store_bind_text (stmt, 2, date);
  _mt_store_bind_text (stmt, 3, mt_camp_status_to_key (status));
  _mt_store_bind_text (stmt, 4, note);
  rc = mt_db_step (stmt);
  mt_db_reset (stmt);
  if (rc != MT_DB_DONE)
    return _mt_store_fail (self, error, _("Could not record the camp’s status"));

  if (status == MT_CAMP_STATUS_HANDED_OVER)
    {
      /* The first handover recorded is the camp's handover date. */
      stmt = _mt_store_prepare (self,
                                "UPDATE camps SET handover_date = COALESCE (handover_date, ?2)"
                                " WHERE id = ?1",
                                error);
      if (stmt == NULL)
        return FALSE;

      mt_db_bind_int64 (stmt, 1, camp_id);
      _mt_store_bind_text (stmt, 2, date);
      rc = mt_db_step (stmt);
      mt_db_reset (stmt);
      if (rc != MT_DB_DONE)
        return _mt_store_fail (self, error, _("Could not record the camp’s status"));
    }

  return TRUE;
}

/* Public API */

GPtrArray *
mt_store_list_camps (MtStore     *self,
                     const char  *as_of,
                     GError     **error)
{
  g_return_val_if_fail (MT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return query_camps (self, 0, as_of, error);
}

MtCamp *
mt_store_get_camp (MtStore     *self,
                   gint64       camp_id,
                   const char  *as_of,
                   GError     **error)
{
  g_autoptr(GPtrArray) camps = NULL;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);
  g_return_val_if_fail (camp_id > 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  camps = query_camps (self, camp_id, as_of, error);
  if (camps == NULL)
    return NULL;

  if (camps->len == 0)
    {
      g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND,
                   _("No camp has the number %lld"), (long long) camp_id);
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (camps, 0));
}

gint64
mt_store_find_camp (MtStore    *self,
                    const char *name)
{
  g_autofree char *wanted = NULL;
  MtDbStmt     *stmt;
  gint64 camp_id = 0;

  g_return_val_if_fail (MT_IS_STORE (self), 0);

  if (name == NULL)
    return 0;

  /* Imported files often carry stray spaces around names. */
  wanted = g_strstrip (g_strdup (name));
  if (wanted[0] == '\0')
    return 0;

  /* A camp's own name wins over another camp's French name, and both over an alias. */
  stmt = _mt_store_prepare (self,
                            "SELECT id, 0 AS pass FROM camps WHERE name_key = ?1"
                            " UNION ALL"
                            " SELECT id, 1 FROM camps WHERE name_fr_key = ?1"
                            " UNION ALL"
                            " SELECT camp_id, 2 FROM camp_aliases WHERE alias_key = ?1"
                            " ORDER BY pass LIMIT 1",
                            NULL);
  if (stmt == NULL)
    return 0;

  {
    g_autofree char *key = mt_fold_text (wanted);

    _mt_store_bind_text (stmt, 1, key);
  }
  if (mt_db_step (stmt) == MT_DB_ROW)
    camp_id = mt_db_column_int64 (stmt, 0);
  mt_db_reset (stmt);

  return camp_id;
}

gint64
mt_store_add_camp (MtStore       *self,
                   const char    *name,
                   const char    *region,
                   double         latitude,
                   double         longitude,
                   const char    *kind,
                   MtCampStatus   status,
                   const char    *status_date,
                   GError       **error)
{
  MtDbStmt     *stmt;
  gint64 camp_id;
  int rc;

  g_return_val_if_fail (MT_IS_STORE (self), 0);
  g_return_val_if_fail (status < MT_CAMP_N_STATUSES, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (is_blank (name))
    {
      g_set_error_literal (error, MT_STORE_ERROR, MT_STORE_ERROR_INVALID,
                           _("A camp needs a name"));
      return 0;
    }

  if (!mt_date_is_valid (status_date))
    {
      g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_INVALID,
                   _("“%s” is not a date (expected YYYY-MM-DD)"),
                   status_date != NULL ? status_date : "");
      return 0;
    }

  if (!_mt_store_begin (self, error))
    return 0;

  stmt = _mt_store_prepare (self,
                            "INSERT INTO camps (name, region, latitude, longitude, kind)"
                            " VALUES (?1, ?2, ?3, ?4, ?5)",
                            error);
  if (stmt == NULL)
    goto failed;

  _mt_store_bind_text (stmt, 1, name);
  _mt_store_bind_text (stmt, 2, region);
  mt_db_bind_double (stmt, 3, latitude);
  mt_db_bind_double (stmt, 4, longitude);
  _mt_store_bind_text (stmt, 5, kind);
  rc = mt_db_step (stmt);
  mt_db_reset (stmt);

  if (rc != MT_DB_DONE)
    {
      if (mt_db_errcode (self->db) == MT_DB_ERR_UNIQUE)
        g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_CONSTRAINT,
                     _("A camp named “%s” already exists"), name);
      else
        _mt_store_fail (self, error, _("Could not add the camp"));
      goto failed;
    }

  camp_id = mt_db_last_insert_id (self->db);

  if (!_mt_store_refresh_row_keys (self, "camps", camp_id, error) ||
      !insert_status (self, camp_id, status, status_date, NULL, error) ||
      !_mt_store_commit (self, error))
    goto failed;

  g_signal_emit (self, _mt_store_signals[MT_STORE_SIGNAL_CAMP_ADDED], 0, camp_id);
  g_signal_emit (self, _mt_store_signals[MT_STORE_SIGNAL_CHANGED], 0);

  return camp_id;

failed:
  _mt_store_rollback (self);
  return 0;
}

gboolean
mt_store_set_camp_status (MtStore       *self,
                          gint64         camp_id,
                          MtCampStatus   status,
                          const char    *date,
                          const char    *note,
                          GError       **error)
{
  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (status < MT_CAMP_N_STATUSES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mt_date_is_valid (date))
    {
      g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_INVALID,
                   _("“%s” is not a date (expected YYYY-MM-DD)"), date != NULL ? date : "");
      return FALSE;
    }

  if (!camp_exists (self, camp_id))
    {
      g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND,
                   _("No camp has the number %lld"), (long long) camp_id);
      return FALSE;
    }

  if (!_mt_store_begin (self, error))
    return FALSE;

  if (!insert_status (self, camp_id, status, date, note, error) ||
      !_mt_store_commit (self, error))
    {
      _mt_store_rollback (self);
      return FALSE;
    }

  g_signal_emit (self, _mt_store_signals[MT_STORE_SIGNAL_CAMP_CHANGED], 0, camp_id);
  g_signal_emit (self, _mt_store_signals[MT_STORE_SIGNAL_CHANGED], 0);

  return TRUE;
}

GPtrArray *
mt_store_list_camp_statuses (MtStore     *self,
                             gint64       camp_id,
                             GError     **error)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  MtDbStmt     *stmt;
  int rc;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _mt_store_prepare (self,
                            "SELECT s.id, s.camp_id, c.name, s.date, s.status, s.note, c.name_fr"
                            " FROM camp_status s JOIN camps c ON c.id = s.camp_id"
                            " WHERE s.camp_id = ?1 ORDER BY s.date, s.id",
                            error);
  if (stmt == NULL)
    return NULL;

  mt_db_bind_int64 (stmt, 1, camp_id);
  while ((rc = mt_db_step (stmt)) == MT_DB_ROW)
    {
      MtCampStatus status = MT_CAMP_STATUS_OPERATIONAL;
      const char *note = _mt_store_column_text (stmt, 5);
      g_autofree char *title = NULL;

      mt_camp_status_from_key (_mt_store_column_text (stmt, 4), &status);
      if (note != NULL)
        /* Translators: a camp status, then the note recorded with it */
        title = g_strdup_printf (_("%s: %s"), mt_camp_status_get_label (status), note);
      else
        title = g_strdup (mt_camp_status_get_label (status));

      g_ptr_array_add (events, g_object_new (MT_TYPE_EVENT,
                                             "id", (gint64) mt_db_column_int64 (stmt, 0),
                                             "camp-id", (gint64) mt_db_column_int64 (stmt, 1),
                                             "camp-name",
                                             _mt_store_localize (_mt_store_column_text (stmt, 2),
                                                                 _mt_store_column_text (stmt, 6)),
                                             "date", _mt_store_column_text (stmt, 3),
                                             "kind", "status",
                                             "title", title,
                                             NULL));
    }

  if (rc != MT_DB_DONE)
    {
      _mt_store_fail (self, error, _("Could not read the camp’s history"));
      mt_db_reset (stmt);
      return NULL;
    }

  mt_db_reset (stmt);

  return g_steal_pointer (&events);
}
