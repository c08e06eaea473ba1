/* mt-store-records.c: the mission, categories, roster writes, movements, convoys, events.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-store-records"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mt-asset.h"
#include "mt-camp.h"
#include "mt-category.h"
#include "mt-convoy.h"
#include "mt-date.h"
#include "mt-event.h"
#include "mt-mission.h"
#include "mt-movement.h"
#include "mt-person.h"
#include "mt-record.h"
#include "mt-store-edit-private.h"
#include "mt-store-private.h"

/* Reading rows */

gboolean
_mt_store_each_row (MtStore         *self,
                    MtDbStmt        *stmt,
                    MtStoreStmtFunc  func,
                    gpointer         user_data,
                    const char      *doing,
                    GError         **error)
{
  int rc;

  g_assert (MT_IS_STORE (self));
  g_assert (stmt != NULL);
  g_assert (func != NULL);

  while ((rc = mt_db_step (stmt)) == MT_DB_ROW)
    func (stmt, user_data);

  /* The failure is read before the reset, next to the step that caused it. */
  if (rc != MT_DB_DONE)
    _mt_store_fail (self, error, doing);
  mt_db_reset (stmt);

  return rc == MT_DB_DONE;
}

typedef struct
{
  GPtrArray           *items;
  MtStoreStmtMakeFunc  make;
  int                  version_column;   /* -2: not looked for yet, -1: none */
} ListObjects;

int
_mt_store_version_column (MtDbStmt *stmt)
{
  for (int col = mt_db_column_count (stmt) - 1; col >= 0; col--)
    if (g_strcmp0 (mt_db_column_name (stmt, col), "version") == 0)
      return col;

  return -1;
}

static void
add_made_row (MtDbStmt     *stmt,
              gpointer      user_data)
{
  ListObjects *list = user_data;
  gpointer item = list->make (stmt);

  if (list->version_column == -2)
    list->version_column = _mt_store_version_column (stmt);
  if (list->version_column >= 0)
    mt_record_set_version (item, mt_db_column_int64 (stmt, list->version_column));
  g_ptr_array_add (list->items, item);
}

GPtrArray *
_mt_store_list_objects (MtStore              *self,
                        MtDbStmt             *stmt,
                        MtStoreStmtMakeFunc   make,
                        const char           *doing,
                        GError              **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  ListObjects list = { items, make, -2 };

  g_assert (make != NULL);

  if (!_mt_store_each_row (self, stmt, add_made_row, &list, doing, error))
    return NULL;

  return g_steal_pointer (&items);
}

gpointer
_mt_store_object_by_id (MtStore              *self,
                        const char           *sql,
                        gint64                id,
                        MtStoreStmtMakeFunc   make,
                        const char           *doing,
                        GError              **error)
{
  g_autoptr(GPtrArray) found = NULL;
  MtDbStmt *stmt;

  stmt = _mt_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  mt_db_bind_int64 (stmt, 1, id);
  found = _mt_store_list_objects (self, stmt, make, doing, error);
  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      g_set_error_literal (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND,
                           _("Someone else has deleted it in the meantime"));
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (found, 0));
}

/* The objects @make made of the rows of @sql, whose ?1 is the date @as_of (the latest
 * date when NULL). */
static GPtrArray *
list_as_of (MtStore              *self,
            const char           *as_of,
            const char           *sql,
            MtStoreStmtMakeFunc   make,
            const char           *doing,
            GError              **error)
{
  g_autofree char *date = _mt_store_resolve_as_of (self, as_of);
  MtDbStmt     *stmt;

  stmt = _mt_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  _mt_store_bind_text (stmt, 1, date);

  return _mt_store_list_objects (self, stmt, make, doing, error);
}

/* Helpers */

static gboolean
camp_exists (MtStore *self,
             gint64   camp_id)
{
  return _mt_store_row_found (self, "SELECT 1 FROM camps WHERE id = ?1", camp_id, NULL);
}

static gboolean
category_exists (MtStore    *self,
                 const char *code)
{
  return code != NULL &&
         _mt_store_row_found (self, "SELECT 1 FROM categories WHERE code = ?1", 0, code);
}

static gboolean
check_optional_date (const char  *date,
                     const char  *personnel_id,
                     GError     **error)
{
  if (date == NULL || date[0] == '\0' || mt_date_is_valid (date))
    return TRUE;

  g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_INVALID,
               _("Personnel %s: “%s” is not a date (expected YYYY-MM-DD)"), personnel_id, date);
  return FALSE;
}

/* SQLite says "FOREIGN KEY constraint failed" without saying which key, so look; a server
 * names the constraint (and its transaction answers no more questions until rolled back). */
static void
explain_person_failure (MtStore   *self,
                        MtPerson  *person,
                        GError   **error)
{
  const char *id = mt_person_get_personnel_id (person);
  const char *category = mt_person_get_category (person);
  int rc = mt_db_errcode (self->db);
  const char *constraint = mt_db_errconstraint (self->db);

  g_assert (MT_IS_STORE (self));

  if (rc == MT_DB_ERR_UNIQUE)
    g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_CONSTRAINT,
                 _("Personnel %s: this personnel id is already on the roster"), id);
  else if (constraint != NULL ? g_str_has_suffix (constraint, "_camp_id_fkey")
                              : !camp_exists (self, mt_person_get_camp_id (person)))
    g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_CONSTRAINT,
                 _("Personnel %s: there is no camp number %lld"),
                 id, (long long) mt_person_get_camp_id (person));
  else if (constraint != NULL ? g_str_has_suffix (constraint, "_category_fkey")
                              : !category_exists (self, category))
    g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_CONSTRAINT,
                 _("Personnel %s: “%s” is not a personnel category"),
                 id, category != NULL ? category : "");
  else
    g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_CONSTRAINT,
                 _("Personnel %s: %s"), id, mt_db_errmsg (self->db));
}

#define PERSON_COLUMNS 14
/* Rows per INSERT: one statement per row costs a round trip each on a server (3,000 people
 * took three seconds); 128 rows stay far below both backends' limits on parameters. */
#define PERSONS_PER_INSERT 128

static gboolean
check_person (MtPerson  *person,
              GError   **error)
{
  const char *id = mt_person_get_personnel_id (person);

  if (id == NULL || id[0] == '\0')
    {
      g_set_error_literal (error, MT_STORE_ERROR, MT_STORE_ERROR_INVALID,
                           _("A roster entry has no personnel id"));
      return FALSE;
    }

  return check_optional_date (mt_person_get_planned_departure (person), id, error) &&
         check_optional_date (mt_person_get_departure_date (person), id, error);
}

static void
bind_person (MtDbStmt *stmt,
             int       first,
             MtPerson *person)
{
  const char *texts[] = {
    mt_person_get_family_name (person), mt_person_get_given_name (person),
    mt_person_get_personnel_id (person), mt_person_get_country (person),
    mt_person_get_unit (person),
  };
  g_autoptr(GString) key = g_string_new (NULL);

  G_STATIC_ASSERT (G_N_ELEMENTS (texts) == MT_STORE_PERSON_KEY_N);

  _mt_store_bind_text (stmt, first, mt_person_get_personnel_id (person));
  _mt_store_bind_text (stmt, first + 1, mt_person_get_family_name (person));
  _mt_store_bind_text (stmt, first + 2, mt_person_get_given_name (person));
  _mt_store_bind_text (stmt, first + 3, mt_person_get_rank (person));
  _mt_store_bind_text (stmt, first + 4, mt_person_get_category (person));
  _mt_store_bind_text (stmt, first + 5, mt_person_get_country (person));
  _mt_store_bind_text (stmt, first + 6, mt_person_get_unit (person));
  mt_db_bind_int64 (stmt, first + 7, mt_person_get_camp_id (person));
  _mt_store_bind_text (stmt, first + 8, mt_person_get_planned_departure (person));
  _mt_store_bind_text (stmt, first + 9, mt_person_get_status (person));
  _mt_store_bind_text (stmt, first + 10, mt_person_get_departure_date (person));
  if (mt_person_get_import_id (person) > 0)
    mt_db_bind_int64 (stmt, first + 11, mt_person_get_import_id (person));
  if (mt_person_get_import_line (person) > 0)
    mt_db_bind_int (stmt, first + 12, mt_person_get_import_line (person));
  _mt_store_fold_key (key, texts, G_N_ELEMENTS (texts));
  mt_db_bind_text (stmt, first + 13, key->str);
}

/* Inserts @n_persons of @persons from @first in one statement. FALSE leaves the database's
 * error for explain_person_failure(). */
static gboolean
insert_persons (MtStore    *self,
                GPtrArray  *persons,
                guint       first,
                guint       n_persons,
                GError    **error)
{
  g_autoptr(GString) sql = g_string_new ("INSERT INTO personnel (personnel_id, family_name,"
                                         " given_name, rank, category, country, unit, camp_id,"
                                         " planned_departure, status, departure_date,"
                                         " import_id, import_line, name_key) VALUES ");
  MtDbStmt     *stmt;
  int rc;

  g_assert (MT_IS_STORE (self));
  g_assert (self->in_transaction);

  for (guint i = 0; i < n_persons; i++)
    {
      g_string_append (sql, i > 0 ? ", (" : "(");
      for (guint p = 0; p < PERSON_COLUMNS; p++)
        g_string_append (sql, p > 0 ? ", ?" : "?");
      g_string_append_c (sql, ')');
    }

  stmt = _mt_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < n_persons; i++)
    bind_person (stmt, 1 + i * PERSON_COLUMNS, g_ptr_array_index (persons, first + i));

  rc = mt_db_step (stmt);
  mt_db_reset (stmt);
  return rc == MT_DB_DONE;
}

/* Every person of @persons, PERSONS_PER_INSERT at a time, or one at a time when @one_by_one
 * (to say which person the database refused). */
static gboolean
insert_all_persons (MtStore    *self,
                    GPtrArray  *persons,
                    gboolean    one_by_one,
                    GError    **error)
{
  guint step = one_by_one ? 1 : PERSONS_PER_INSERT;

  for (guint i = 0; i < persons->len; i += step)
    {
      guint n = MIN (step, persons->len - i);

      if (!insert_persons (self, persons, i, n, error))
        {
          if (one_by_one && (error == NULL || *error == NULL))
            explain_person_failure (self, g_ptr_array_index (persons, i), error);
          return FALSE;
        }
    }

  return TRUE;
}

/* Public API */

MtMission *
mt_store_get_mission (MtStore  *self,
                      GError  **error)
{
  MtDbStmt     *stmt;
  MtMission *mission = NULL;
  int rc;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _mt_store_prepare (self,
                            "SELECT name, full_name, resolution, resolution_date,"
                            " withdrawal_start, deadline, headquarters, name_fr, full_name_fr"
                            " FROM mission WHERE id = 1",
                            error);
  if (stmt == NULL)
    return NULL;

  rc = mt_db_step (stmt);
  if (rc == MT_DB_ROW)
    mission = g_object_new (MT_TYPE_MISSION,
                            /* Shown, never edited: the names in the user's language. */
                            "name", _mt_store_localize (_mt_store_column_text (stmt, 0),
                                                        _mt_store_column_text (stmt, 7)),
                            "full-name", _mt_store_localize (_mt_store_column_text (stmt, 1),
                                                             _mt_store_column_text (stmt, 8)),
                            "resolution", _mt_store_column_text (stmt, 2),
                            "resolution-date", _mt_store_column_text (stmt, 3),
                            "withdrawal-start", _mt_store_column_text (stmt, 4),
                            "deadline", _mt_store_column_text (stmt, 5),
                            "headquarters", _mt_store_column_text (stmt, 6),
                            NULL);
  else if (rc == MT_DB_DONE)
    g_set_error_literal (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND,
                         _("No mission has been recorded yet"));
  else
    _mt_store_fail (self, error, _("Could not read the mission"));

  mt_db_reset (stmt);

  return mission;
}

static gpointer
make_category (MtDbStmt     *stmt)
{
  return g_object_new (MT_TYPE_CATEGORY,
                       "code", _mt_store_column_text (stmt, 0),
                       "name", _mt_store_localize (_mt_store_column_text (stmt, 1),
                                                   _mt_store_column_text (stmt, 2)),
                       "short-name", _mt_store_localize (_mt_store_column_text (stmt, 3),
                                                         _mt_store_column_text (stmt, 4)),
                       "component", _mt_store_localize (_mt_store_column_text (stmt, 5),
                                                        _mt_store_column_text (stmt, 6)),
                       "uniformed", mt_db_column_int (stmt, 7) != 0,
                       "position", mt_db_column_int (stmt, 8),
                       NULL);
}

GPtrArray *
mt_store_list_categories (MtStore  *self,
                          GError  **error)
{
  MtDbStmt     *stmt;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _mt_store_prepare (self,
                            "SELECT code, name, name_fr, short_name, short_name_fr, component,"
                            " component_fr, uniformed, position FROM categories"
                            " ORDER BY position, code",
                            error);
  if (stmt == NULL)
    return NULL;

  return _mt_store_list_objects (self, stmt, make_category,
                                 _("Could not read the personnel categories"), error);
}

gboolean
mt_store_add_personnel (MtStore    *self,
                        GPtrArray  *persons,
                        GError    **error)
{
  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (persons != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (persons->len == 0)
    return TRUE;

  for (guint i = 0; i < persons->len; i++)
    if (!check_person (g_ptr_array_index (persons, i), error))
      return FALSE;

  if (!_mt_store_begin (self, error))
    return FALSE;

  if (!insert_all_persons (self, persons, FALSE, NULL))
    {
      gboolean found;

      /* All or nothing: a half-imported roster would skew every figure. Some row was refused:
       * again one by one, to name it. */
      _mt_store_rollback (self);
      if (!_mt_store_begin (self, error))
        return FALSE;
      found = !insert_all_persons (self, persons, TRUE, error);
      _mt_store_rollback (self);
      if (!found)
        g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_CONSTRAINT,
                     _("Could not write the roster: %s"), mt_db_errmsg (self->db));
      return FALSE;
    }

  if (!_mt_store_commit (self, error))
    return FALSE;

  g_signal_emit (self, _mt_store_signals[MT_STORE_SIGNAL_PERSONNEL_CHANGED], 0);
  g_signal_emit (self, _mt_store_signals[MT_STORE_SIGNAL_CHANGED], 0);

  return TRUE;
}

gint64
mt_store_count_personnel (MtStore *self)
{
  MtDbStmt     *stmt;
  gint64 count = 0;

  g_return_val_if_fail (MT_IS_STORE (self), 0);

  /* The tally's few thousand rows rather than a million personnel rows. */
  stmt = _mt_store_prepare (self, "SELECT COALESCE (SUM (n), 0) FROM personnel_tally", NULL);
  if (stmt == NULL)
    return 0;

  if (mt_db_step (stmt) == MT_DB_ROW)
    count = mt_db_column_int64 (stmt, 0);
  mt_db_reset (stmt);

  return count;
}

gint64
mt_store_add_movement (MtStore     *self,
                       const char  *date,
                       gint64       camp_id,
                       const char  *category,
                       const char  *contingent,
                       gint64       count,
                       GError     **error)
{
  MtDbStmt     *stmt;
  gint64 movement_id;
  int rc;

  g_return_val_if_fail (MT_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!mt_date_is_valid (date))
    {
      g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_INVALID,
                   _("“%s” is not a date (expected YYYY-MM-DD)"), date != NULL ? date : "");
      return 0;
    }

  if (count < 0)
    {
      g_set_error_literal (error, MT_STORE_ERROR, MT_STORE_ERROR_INVALID,
                           _("A number of departures cannot be negative"));
      return 0;
    }

  if (!category_exists (self, category))
    {
      g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_CONSTRAINT,
                   _("“%s” is not a personnel category"), category != NULL ? category : "");
      return 0;
    }

  if (camp_id != 0 && !camp_exists (self, camp_id))
    {
      g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_CONSTRAINT,
                   _("No camp has the number %lld"), (long long) camp_id);
      return 0;
    }

  if (!_mt_store_begin (self, error))
    return 0;

  stmt = _mt_store_prepare (self,
                            "INSERT INTO movements (date, camp_id, category, contingent, count)"
                            " VALUES (?1, ?2, ?3, ?4, ?5)",
                            error);
  if (stmt == NULL)
    {
      _mt_store_rollback (self);
      return 0;
    }

  _mt_store_bind_text (stmt, 1, date);
  if (camp_id != 0)
    mt_db_bind_int64 (stmt, 2, camp_id);
  _mt_store_bind_text (stmt, 3, category);
  _mt_store_bind_text (stmt, 4, contingent);
  mt_db_bind_int64 (stmt, 5, count);
  rc = mt_db_step (stmt);
  mt_db_reset (stmt);
  if (rc != MT_DB_DONE)
    {
      _mt_store_fail (self, error, _("Could not record the departures"));
      _mt_store_rollback (self);
      return 0;
    }

  movement_id = mt_db_last_insert_id (self->db);
  if (!_mt_store_commit (self, error))
    return 0;

  /* The camp's departed figure changed; mission-wide movements only move the totals. */
  if (camp_id != 0)
    g_signal_emit (self, _mt_store_signals[MT_STORE_SIGNAL_CAMP_CHANGED], 0, camp_id);
  g_signal_emit (self, _mt_store_signals[MT_STORE_SIGNAL_CHANGED], 0);

  return movement_id;
}

#define MOVEMENT_SELECT \
  "SELECT m.id, m.date, m.camp_id, c.name, m.category, k.name, k.name_fr," \
  " m.contingent, m.count, m.note, m.version, m.planned, c.name_fr" \
  " FROM movements m" \
  " LEFT JOIN camps c ON c.id = m.camp_id" \
  " LEFT JOIN categories k ON k.code = m.category"

static gpointer
make_movement (MtDbStmt     *stmt)
{
  return g_object_new (MT_TYPE_MOVEMENT,
                       "id", (gint64) mt_db_column_int64 (stmt, 0),
                       "date", _mt_store_column_text (stmt, 1),
                       "camp-id", (gint64) mt_db_column_int64 (stmt, 2),
                       "camp-name", _mt_store_localize (_mt_store_column_text (stmt, 3),
                                                        _mt_store_column_text (stmt, 12)),
                       "category", _mt_store_column_text (stmt, 4),
                       "category-name", _mt_store_localize (_mt_store_column_text (stmt, 5),
                                                            _mt_store_column_text (stmt, 6)),
                       "contingent", _mt_store_column_text (stmt, 7),
                       "count", (gint64) mt_db_column_int64 (stmt, 8),
                       "note", _mt_store_column_text (stmt, 9),
                       "planned", mt_db_column_int (stmt, 11) != 0,
                       NULL);
}

GPtrArray *
mt_store_list_movements (MtStore     *self,
                         const char  *as_of,
                         GError     **error)
{
  g_return_val_if_fail (MT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* A planned movement is part of the plan whatever its date: the list shows what is still
   * to come beside what was made. */
  return list_as_of (self, as_of,
                     MOVEMENT_SELECT " WHERE m.date <= ?1 OR m.planned <> 0 ORDER BY m.date, m.id",
                     make_movement, _("Could not read the departures"), error);
}

static gpointer
make_convoy (MtDbStmt     *stmt)
{
  return g_object_new (MT_TYPE_CONVOY,
                       "id", (gint64) mt_db_column_int64 (stmt, 0),
                       "from-camp-id", (gint64) mt_db_column_int64 (stmt, 1),
                       "to-camp-id", (gint64) mt_db_column_int64 (stmt, 2),
                       "from-name", _mt_store_localize (_mt_store_column_text (stmt, 3),
                                                        _mt_store_column_text (stmt, 11)),
                       "to-name", _mt_store_localize (_mt_store_column_text (stmt, 4),
                                                      _mt_store_column_text (stmt, 12)),
                       "departed", _mt_store_column_text (stmt, 5),
                       "arrived", _mt_store_column_text (stmt, 6),
                       "personnel", (gint64) mt_db_column_int64 (stmt, 7),
                       "vehicles", (gint64) mt_db_column_int64 (stmt, 8),
                       "note", _mt_store_column_text (stmt, 9),
                       NULL);
}

GPtrArray *
mt_store_list_convoys (MtStore     *self,
                       const char  *as_of,
                       GError     **error)
{
  g_return_val_if_fail (MT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* A convoy still under way on @as_of shows without its arrival. */
  return list_as_of (self, as_of,
                     "SELECT v.id, v.from_camp_id, v.to_camp_id, f.name, t.name, v.departed,"
                     " CASE WHEN v.arrived <= ?1 THEN v.arrived END,"
                     " v.personnel, v.vehicles, v.note, v.version, f.name_fr, t.name_fr"
                     " FROM convoys v"
                     " JOIN camps f ON f.id = v.from_camp_id"
                     " JOIN camps t ON t.id = v.to_camp_id"
                     " WHERE COALESCE (v.departed, v.arrived) <= ?1"
                     " ORDER BY COALESCE (v.departed, v.arrived), v.id",
                     make_convoy, _("Could not read the convoys"), error);
}

#define EVENT_SELECT \
  "SELECT e.id, e.camp_id, c.name, e.date, e.kind, e.title, e.title_fr, e.version," \
  " c.name_fr" \
  " FROM events e LEFT JOIN camps c ON c.id = e.camp_id"

static gpointer
make_event (MtDbStmt     *stmt)
{
  return g_object_new (MT_TYPE_EVENT,
                       "id", (gint64) mt_db_column_int64 (stmt, 0),
                       "camp-id", (gint64) mt_db_column_int64 (stmt, 1),
                       "camp-name", _mt_store_localize (_mt_store_column_text (stmt, 2),
                                                        _mt_store_column_text (stmt, 8)),
                       "date", _mt_store_column_text (stmt, 3),
                       "kind", _mt_store_column_text (stmt, 4),
                       "title", _mt_store_localize (_mt_store_column_text (stmt, 5),
                                                    _mt_store_column_text (stmt, 6)),
                       "title-en", _mt_store_column_text (stmt, 5),
                       "title-fr", _mt_store_column_text (stmt, 6),
                       NULL);
}

GPtrArray *
mt_store_list_events (MtStore     *self,
                      gint64       camp_id,
                      const char  *as_of,
                      GError     **error)
{
  g_autofree char *date = NULL;
  MtDbStmt     *stmt;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  date = _mt_store_resolve_as_of (self, as_of);
  stmt = _mt_store_prepare (self,
                            EVENT_SELECT
                            " WHERE e.date <= ?1 AND (?2 = 0 OR e.camp_id = ?2)"
                            " ORDER BY e.date, e.id",
                            error);
  if (stmt == NULL)
    return NULL;

  _mt_store_bind_text (stmt, 1, date);
  mt_db_bind_int64 (stmt, 2, camp_id);

  return _mt_store_list_objects (self, stmt, make_event,
                                 _("Could not read the events"), error);
}

GObject *
mt_store_reread_record (MtStore  *self,
                        GObject  *record,
                        GError  **error)
{
  g_return_val_if_fail (MT_IS_STORE (self), NULL);
  g_return_val_if_fail (G_IS_OBJECT (record), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (MT_IS_MOVEMENT (record))
    return _mt_store_object_by_id (self, MOVEMENT_SELECT " WHERE m.id = ?1",
                                   mt_movement_get_id (MT_MOVEMENT (record)), make_movement,
                                   _("Could not read the departures"), error);
  if (MT_IS_EVENT (record))
    return _mt_store_object_by_id (self, EVENT_SELECT " WHERE e.id = ?1",
                                   mt_event_get_id (MT_EVENT (record)), make_event,
                                   _("Could not read the events"), error);
  if (MT_IS_CONVOY (record))
    return _mt_store_get_convoy (self, mt_convoy_get_id (MT_CONVOY (record)), error);
  if (MT_IS_ASSET (record))
    return _mt_store_get_asset (self, mt_asset_get_id (MT_ASSET (record)), error);
  if (MT_IS_CAMP (record))
    {
      MtCamp *camp = mt_store_get_camp (self, mt_camp_get_id (MT_CAMP (record)), NULL, error);

      if (camp == NULL && error != NULL &&
          g_error_matches (*error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND))
        {
          g_clear_error (error);
          g_set_error_literal (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND,
                               _("Someone else has deleted it in the meantime"));
        }
      return (GObject *) camp;
    }

  g_return_val_if_reached (NULL);
}
