/* mt-store-roster.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The roster queries behind MtRosterModel. Rosters reach a million rows, so the
 * model asks for the ordered row ids of a query first (one indexed SELECT), then
 * fetches the rows of one page at a time.
 */

#define G_LOG_DOMAIN "mt-store-roster"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mt-person.h"
#include "mt-store-private.h"
#include "mt-store-roster.h"

/* Auxiliary methods */

/* The personnel status as of :as_of. A person whose departure date is on or
 * before the day is gone whatever the status column says; otherwise the stored
 * status stands, and a person with none is still deployed. */
#define STATUS_AS_OF_SQL \
  "CASE WHEN p.departure_date IS NOT NULL AND p.departure_date <= :as_of" \
  " THEN 'departed' ELSE COALESCE (p.status, 'deployed') END"

/* ORDER BY cannot take a bound column name, so each sortable column maps to a
 * fixed SQL expression here and user text never reaches the statement text. Names sort by
 * their folded keys (byte by byte, computed in C: mt-store-keys.c), the rest as stored and
 * through COALESCE (…, ''), so an empty value sorts first going up on both backends
 * (PostgreSQL puts NULL last, SQLite first); a key is never NULL (every write sets it), and
 * bare, an index on it, if a database has one, gives the order. */
static const struct
{
  MtRosterColumn  column;
  const char     *expression;
  const char     *join;  /* the table the expression needs, or NULL */
} sort_columns[] = {
  { MT_ROSTER_COLUMN_PERSONNEL_ID,      "p.personnel_id",      NULL },
  /* (the roster's key: family name, then given name, then the rest) */
  { MT_ROSTER_COLUMN_FAMILY_NAME,       "p.name_key",          NULL },
  { MT_ROSTER_COLUMN_GIVEN_NAME,        "p.given_name",        NULL },
  { MT_ROSTER_COLUMN_RANK,              "p.rank",              NULL },
  /* (the category's and the camp's expressions are replaced by the French names' when the
   * UI is in French) */
  { MT_ROSTER_COLUMN_CATEGORY,          "k.name",              " LEFT JOIN categories k ON k.code = p.category" },
  { MT_ROSTER_COLUMN_COUNTRY,           "p.country",           NULL },
  { MT_ROSTER_COLUMN_UNIT,              "p.unit",              NULL },
  { MT_ROSTER_COLUMN_CAMP,              "c.name_key",          " LEFT JOIN camps c ON c.id = p.camp_id" },
  { MT_ROSTER_COLUMN_PLANNED_DEPARTURE, "p.planned_departure", NULL },
  { MT_ROSTER_COLUMN_STATUS,            STATUS_AS_OF_SQL,      NULL },
  { MT_ROSTER_COLUMN_DEPARTURE_DATE,    "p.departure_date",    NULL },
};

/* Sorting by category or camp follows the names as shown, in the user's language. */
#define CATEGORY_NAME_FR_SQL "COALESCE (NULLIF (k.name_fr, ''), k.name)"
#define CAMP_NAME_FR_SQL "COALESCE (NULLIF (c.name_fr, ''), c.name)"

/* The user's text, folded as the keys are (_mt_store_fold_search()), anywhere in the key of
 * the person (personnel id, names, country, unit): a substring compared byte by byte, so
 * "keita" finds "Keïta" and "50%" is just those three characters. strpos() is PostgreSQL's;
 * the SQLite driver has one of its own. */
#define SEARCH_SQL "strpos (p.name_key, :search) > 0"

static void
bind_named_text (MtDbStmt     *stmt,
                 const char   *name,
                 const char   *value)
{
  int index = mt_db_bind_parameter_index (stmt, name);

  if (index > 0)
    _mt_store_bind_text (stmt, index, value);
}

static const char *
sort_expression (guint sort)
{
  g_assert (sort < G_N_ELEMENTS (sort_columns));

  /* _mt_store_localize() is the one place that picks a language; asking it to
   * choose between two fixed fragments keeps the choice there. */
  if (sort_columns[sort].column == MT_ROSTER_COLUMN_CATEGORY)
    return _mt_store_localize (sort_columns[sort].expression, CATEGORY_NAME_FR_SQL);
  if (sort_columns[sort].column == MT_ROSTER_COLUMN_CAMP)
    return _mt_store_localize (sort_columns[sort].expression, CAMP_NAME_FR_SQL);

  return sort_columns[sort].expression;
}

static MtPerson *
person_from_row (MtDbStmt     *stmt)
{
  return g_object_new (MT_TYPE_PERSON,
                       "id", (gint64) mt_db_column_int64 (stmt, 0),
                       "personnel-id", _mt_store_column_text (stmt, 1),
                       "family-name", _mt_store_column_text (stmt, 2),
                       "given-name", _mt_store_column_text (stmt, 3),
                       "rank", _mt_store_column_text (stmt, 4),
                       "category", _mt_store_column_text (stmt, 5),
                       "category-name", _mt_store_localize (_mt_store_column_text (stmt, 6),
                                                            _mt_store_column_text (stmt, 16)),
                       "country", _mt_store_column_text (stmt, 7),
                       "unit", _mt_store_column_text (stmt, 8),
                       "camp-id", (gint64) mt_db_column_int64 (stmt, 9),
                       "camp-name", _mt_store_localize (_mt_store_column_text (stmt, 10),
                                                        _mt_store_column_text (stmt, 17)),
                       "planned-departure", _mt_store_column_text (stmt, 11),
                       "status", _mt_store_column_text (stmt, 12),
                       "departure-date", _mt_store_column_text (stmt, 13),
                       "import-id", (gint64) mt_db_column_int64 (stmt, 14),
                       "import-line", mt_db_column_int (stmt, 15),
                       NULL);
}

/* Public API */

GArray *
mt_store_query_personnel_ids (MtStore             *self,
                              const MtRosterQuery *query,
                              GError             **error)
{
  g_autoptr(GString) sql = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *search = NULL;
  g_autofree char *as_of = NULL;
  const char *where = " WHERE ";
  const char *direction = query->descending ? "DESC" : "ASC";
  MtDbStmt     *stmt;
  guint sort = 0;
  int rc;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (sort_columns); i++)
    {
      if (sort_columns[i].column == query->sort_column)
        {
          sort = i;
          break;
        }
    }

  search = _mt_store_fold_search (query->search);

  /* Only fixed fragments go into the text: at most 11 × 2 × 8 distinct
   * statements, each prepared once by the store's cache. */
  sql = g_string_new ("SELECT p.id FROM personnel p");
  if (sort_columns[sort].join != NULL)
    g_string_append (sql, sort_columns[sort].join);
  if (search != NULL)
    {
      g_string_append_printf (sql, "%s" SEARCH_SQL, where);
      where = " AND ";
    }
  if (query->camp_id != 0)
    {
      g_string_append_printf (sql, "%sp.camp_id = :camp", where);
      where = " AND ";
    }
  if (query->category != NULL && query->category[0] != '\0')
    g_string_append_printf (sql, "%sp.category = :category", where);
  if (g_str_has_suffix (sort_expression (sort), "_key"))
    g_string_append_printf (sql, " ORDER BY %s %s", sort_expression (sort), direction);
  else
    g_string_append_printf (sql, " ORDER BY COALESCE (%s, '') %s", sort_expression (sort),
                            direction);
  /* Ties in row order, so the order is total and the same on every run. */
  g_string_append_printf (sql, ", p.id %s", direction);

  stmt = _mt_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return NULL;

  bind_named_text (stmt, ":search", search);
  if (query->camp_id != 0)
    mt_db_bind_int64 (stmt, mt_db_bind_parameter_index (stmt, ":camp"), query->camp_id);
  bind_named_text (stmt, ":category", query->category);
  if (mt_db_bind_parameter_index (stmt, ":as_of") > 0)
    {
      as_of = _mt_store_resolve_as_of (self, query->as_of);
      bind_named_text (stmt, ":as_of", as_of);
    }

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  while ((rc = mt_db_step (stmt)) == MT_DB_ROW)
    {
      gint64 id = mt_db_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }

  if (rc != MT_DB_DONE)
    {
      _mt_store_fail (self, error, _("Could not query the roster"));
      mt_db_reset (stmt);
      return NULL;
    }

  mt_db_reset (stmt);
  return g_steal_pointer (&ids);
}

/* Runs in the thread that cancels, while the query runs on this connection: it stops with
 * MT_DB_ERR_INTERRUPT. The connection stays open meanwhile: g_cancellable_disconnect()
 * waits for a handler that is running. */
static void
cancelled_cb (GCancellable *cancellable,
              gpointer      data)
{
  /* In the thread that cancels: the query running on the worker's connection stops. */
  mt_db_interrupt (data);
}

GArray *
mt_store_query_personnel_ids_cancellable (MtStore             *self,
                                          const MtRosterQuery *query,
                                          GCancellable        *cancellable,
                                          GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  gulong handler;
  GArray *ids;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !_mt_store_check_open (self, error))
    return NULL;

  handler = cancellable != NULL
            ? g_cancellable_connect (cancellable, G_CALLBACK (cancelled_cb), self->db, NULL)
            : 0;
  ids = mt_store_query_personnel_ids (self, query, &local_error);
  if (cancellable != NULL)
    g_cancellable_disconnect (cancellable, handler);

  /* Cancelled: whatever came back (an interrupt error or even the whole result) is
   * not wanted any more. */
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_clear_pointer (&ids, g_array_unref);
      return NULL;
    }

  if (ids == NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return ids;
}

GPtrArray *
mt_store_fetch_personnel (MtStore       *self,
                          const gint64  *ids,
                          guint          n_ids,
                          const char    *as_of,
                          GError       **error)
{
  g_autoptr(GHashTable) by_id = NULL;
  g_autoptr(GPtrArray) persons = NULL;
  g_autoptr(GString) json = NULL;
  g_autofree char *resolved = NULL;
  MtDbStmt     *stmt;
  int rc;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);
  g_return_val_if_fail (ids != NULL || n_ids == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  persons = g_ptr_array_new_full (n_ids, g_object_unref);
  if (n_ids == 0)
    return g_steal_pointer (&persons);

  /* One statement for the whole page: the ids travel as one JSON array rather
   * than as n bound parameters, which would mean one prepared statement per
   * page size. */
  json = g_string_sized_new (n_ids * 8 + 2);
  g_string_append_c (json, '[');
  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", ids[i]);
  g_string_append_c (json, ']');

  stmt = _mt_store_prepare (self,
                            "SELECT p.id, p.personnel_id, p.family_name, p.given_name,"
                            " p.rank, p.category, k.name, p.country, p.unit, p.camp_id,"
                            " c.name, p.planned_departure, " STATUS_AS_OF_SQL ","
                            " p.departure_date, p.import_id, p.import_line, k.name_fr, c.name_fr"
                            " FROM personnel p"
                            " LEFT JOIN categories k ON k.code = p.category"
                            " LEFT JOIN camps c ON c.id = p.camp_id"
                            " WHERE p.id IN (SELECT value FROM json_each (CAST (:ids AS TEXT)))",
                            error);
  if (stmt == NULL)
    return NULL;

  resolved = _mt_store_resolve_as_of (self, as_of);
  bind_named_text (stmt, ":as_of", resolved);
  bind_named_text (stmt, ":ids", json->str);

  /* SQLite returns the rows in its own order; @ids carries the query's. */
  by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  while ((rc = mt_db_step (stmt)) == MT_DB_ROW)
    {
      gint64 id = mt_db_column_int64 (stmt, 0);

      g_hash_table_insert (by_id, g_memdup2 (&id, sizeof id), person_from_row (stmt));
    }

  if (rc != MT_DB_DONE)
    {
      _mt_store_fail (self, error, _("Could not read the roster"));
      mt_db_reset (stmt);
      return NULL;
    }
  mt_db_reset (stmt);

  for (guint i = 0; i < n_ids; i++)
    {
      MtPerson *person = g_hash_table_lookup (by_id, &ids[i]);

      /* A row deleted since the ids were read is skipped: the caller reloads
       * on the store's personnel-changed anyway. */
      if (person != NULL)
        g_ptr_array_add (persons, g_object_ref (person));
    }

  return g_steal_pointer (&persons);
}
