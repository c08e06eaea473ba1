/* mt-store-edit.c: the mission's date window and the checks every edit shares.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-store-edit"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mt-date.h"
#include "mt-store-edit-private.h"
#include "mt-store-edit-records-private.h"

/* Private API */

gboolean
_mt_edit_fail (char       **out_field,
               GError     **error,
               const char  *field,
               const char  *format,
               ...)
{
  va_list args;

  if (out_field != NULL)
    {
      g_free (*out_field);
      *out_field = g_strdup (field);
    }

  va_start (args, format);
  if (error != NULL)
    *error = g_error_new_valist (MT_STORE_ERROR, MT_STORE_ERROR_INVALID, format, args);
  va_end (args);

  return FALSE;
}

gboolean
_mt_edit_is_blank (const char *value)
{
  if (value == NULL)
    return TRUE;

  for (const char *p = value; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

gboolean
_mt_edit_check_date (MtStore     *self,
                     const char  *value,
                     gboolean     required,
                     const char  *field,
                     const char  *label,
                     char       **out_field,
                     GError     **error)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  if (value == NULL || value[0] == '\0')
    {
      if (!required)
        return TRUE;
      /* Translators: %s is a field name, e.g. "Departure" */
      return _mt_edit_fail (out_field, error, field, _("%s: a date is required"), label);
    }

  if (!mt_date_is_valid (value))
    /* Translators: %s is a field name, then the text typed */
    return _mt_edit_fail (out_field, error, field,
                          _("%s: “%s” is not a date (use YYYY-MM-DD)"), label, value);

  if (mt_store_get_date_window (self, &first, &last) &&
      (g_strcmp0 (value, first) < 0 || g_strcmp0 (value, last) > 0))
    {
      g_autofree char *first_text = mt_date_format_long (first);
      g_autofree char *last_text = mt_date_format_long (last);

      /* Translators: a field name, then the first and last dates of the mission's window */
      return _mt_edit_fail (out_field, error, field,
                            _("%s must be between %s and %s, the mission’s dates"),
                            label, first_text, last_text);
    }

  return TRUE;
}

gboolean
_mt_edit_camp_exists (MtStore *self,
                      gint64   camp_id)
{
  return _mt_edit_row_exists (self, "camps", camp_id);
}

char *
_mt_edit_dup_camp_name (MtStore *self,
                        gint64   camp_id)
{
  MtDbStmt     *stmt;
  char *name = NULL;

  stmt = _mt_store_prepare (self, "SELECT name FROM camps WHERE id = ?1", NULL);
  if (stmt == NULL)
    return NULL;

  mt_db_bind_int64 (stmt, 1, camp_id);
  if (mt_db_step (stmt) == MT_DB_ROW)
    name = g_strdup (_mt_store_column_text (stmt, 0));
  mt_db_reset (stmt);

  return name;
}

/* Public API */

gboolean
mt_store_get_date_window (MtStore  *self,
                          char    **first_date,
                          char    **last_date)
{
  MtDbStmt     *stmt;
  gboolean found = FALSE;

  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (first_date != NULL && last_date != NULL, FALSE);

  *first_date = NULL;
  *last_date = NULL;

  stmt = _mt_store_prepare (self,
                            "SELECT first_date, last_date, resolution_date, deadline"
                            " FROM mission WHERE id = 1",
                            NULL);
  if (stmt == NULL)
    return FALSE;

  if (mt_db_step (stmt) == MT_DB_ROW)
    {
      const char *first = _mt_store_column_text (stmt, 0);
      const char *last = _mt_store_column_text (stmt, 1);
      const char *resolution = _mt_store_column_text (stmt, 2);
      const char *deadline = _mt_store_column_text (stmt, 3);

      /* A mission loaded after schema v3 (the seed) may not say: the same default as
       * the migration gives existing missions. */
      if (first != NULL)
        *first_date = g_strdup (first);
      else if (resolution != NULL && mt_date_is_valid (resolution))
        *first_date = g_strdup_printf ("%04d-01-01", (int) g_ascii_strtoll (resolution, NULL, 10) - 10);
      else
        *first_date = g_strdup ("0001-01-01");

      if (last != NULL)
        *last_date = g_strdup (last);
      else if (deadline != NULL && mt_date_is_valid (deadline))
        *last_date = g_strdup_printf ("%04d-12-31", (int) g_ascii_strtoll (deadline, NULL, 10) + 1);
      else
        *last_date = g_strdup ("9999-12-31");

      found = TRUE;
    }
  mt_db_reset (stmt);

  return found;
}

gboolean
mt_store_set_date_window (MtStore     *self,
                          const char  *first_date,
                          const char  *last_date,
                          GError     **error)
{
  MtDbStmt     *stmt;

  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mt_date_is_valid (first_date))
    return _mt_edit_fail (NULL, error, "first_date",
                          _("%s: “%s” is not a date (use YYYY-MM-DD)"), _("First date"),
                          first_date != NULL ? first_date : "");
  if (!mt_date_is_valid (last_date))
    return _mt_edit_fail (NULL, error, "last_date",
                          _("%s: “%s” is not a date (use YYYY-MM-DD)"), _("Last date"),
                          last_date != NULL ? last_date : "");
  if (g_strcmp0 (first_date, last_date) > 0)
    return _mt_edit_fail (NULL, error, "last_date",
                          _("The last date cannot be before the first date"));

  if (!_mt_store_begin (self, error))
    return FALSE;

  stmt = _mt_store_prepare (self, "UPDATE mission SET first_date = ?1, last_date = ?2 WHERE id = 1",
                            error);
  if (stmt == NULL)
    {
      _mt_store_rollback (self);
      return FALSE;
    }

  _mt_store_bind_text (stmt, 1, first_date);
  _mt_store_bind_text (stmt, 2, last_date);
  if (mt_db_step (stmt) != MT_DB_DONE)
    {
      mt_db_reset (stmt);
      _mt_store_fail (self, error, _("Could not save the mission’s dates"));
      _mt_store_rollback (self);
      return FALSE;
    }
  mt_db_reset (stmt);

  if (!_mt_store_commit (self, error))
    return FALSE;

  g_signal_emit (self, _mt_store_signals[MT_STORE_SIGNAL_RECORDS_CHANGED],
                 g_quark_from_static_string ("mission"), "mission");
  g_signal_emit (self, _mt_store_signals[MT_STORE_SIGNAL_CHANGED], 0);

  return TRUE;
}
