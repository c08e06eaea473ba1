/* mt-store-scenario-cli.c: what-if scenarios on the command line.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * --scenario-save NAME with one --change SPEC per change, and --scenario-list. Every change
 * is read and checked before anything is written: a camp, category or convoy the database
 * does not know, or a spec that is not one, leaves the database as it was.
 */

#define G_LOG_DOMAIN "mt-store-scenario"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "mt-date.h"
#include "mt-fold.h"
#include "mt-store-plan.h"
#include "mt-store-private.h"
#include "mt-store-scenario.h"

/* Helpers */

static gboolean
fail (GError     **error,
      const char  *format,
      const char  *value)
{
  g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_INVALID, format, value);
  return FALSE;
}

static gboolean
parse_camp (MtStore     *self,
            const char  *name,
            gint64      *id,
            GError     **error)
{
  *id = mt_store_find_camp (self, name);
  return *id != 0 || fail (error, _("No camp named “%s”"), name);
}

static gboolean
parse_date (const char  *text,
            char       **date,
            GError     **error)
{
  if (!mt_date_is_valid (text))
    return fail (error, _("“%s” is not a date; write it as YYYY-MM-DD"), text);
  *date = g_strdup (text);
  return TRUE;
}

/* A category by its code, or its name or short name in either language, case and accents
 * aside. */
static gboolean
parse_category (MtStore     *self,
                const char  *text,
                char       **code,
                GError     **error)
{
  g_autofree char *key = mt_fold_text (text);
  MtDbStmt *stmt;

  stmt = _mt_store_prepare (self, "SELECT code, name, name_fr, short_name, short_name_fr"
                                  " FROM categories ORDER BY position, code", error);
  if (stmt == NULL)
    return FALSE;
  while (*code == NULL && mt_db_step (stmt) == MT_DB_ROW)
    for (int col = 0; col < 5 && *code == NULL; col++)
      {
        const char *value = _mt_store_column_text (stmt, col);
        g_autofree char *folded = value != NULL ? mt_fold_text (value) : NULL;

        if (g_strcmp0 (folded, key) == 0)
          *code = g_strdup (_mt_store_column_text (stmt, 0));
      }
  mt_db_reset (stmt);

  return *code != NULL || fail (error, _("No personnel category “%s”"), text);
}

static gboolean
parse_int (const char  *text,
           gint64       min,
           gint64      *value,
           const char  *format,
           GError     **error)
{
  if (!g_ascii_string_to_signed (text, 10, min, G_MAXINT, value, NULL) ||
      (min < 0 && *value == 0))
    return fail (error, format, text);
  return TRUE;
}

static gboolean
parse_factor (const char  *text,
              double      *factor,
              GError     **error)
{
  g_autofree char *dotted = g_strdelimit (g_strdup (text), ",", '.');
  char *end = NULL;

  *factor = g_ascii_strtod (dotted, &end);
  if (end == dotted || *end != '\0' || !isfinite (*factor) || *factor <= 0 || *factor > 100)
    return fail (error, _("“%s” is not a factor; write a number above 0, e.g. 1.5"), text);
  return TRUE;
}

static gboolean
parse_convoy (MtStore     *self,
              const char  *text,
              gint64      *id,
              GError     **error)
{
  MtDbStmt *stmt;
  gboolean found = FALSE;

  if (!g_ascii_string_to_signed (text, 10, 1, G_MAXINT64, id, NULL))
    return fail (error, _("No convoy %s"), text);
  stmt = _mt_store_prepare (self, "SELECT 1 FROM convoys WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  mt_db_bind_int64 (stmt, 1, *id);
  found = mt_db_step (stmt) == MT_DB_ROW;
  mt_db_reset (stmt);

  return found || fail (error, _("No convoy %s"), text);
}

/* "closure", "pace"… and how many fields follow each. */
static gboolean
parse_fields (MtStore           *self,
              MtScenarioChange  *change,
              char             **f,
              GError           **error)
{
  gint64 value = 0;

  switch (change->kind)
    {
    case MT_SCENARIO_CAMP_CLOSURE:
      return parse_camp (self, f[1], &change->camp_id, error) &&
             parse_date (f[2], &change->date, error);

    case MT_SCENARIO_CATEGORY_PACE:
      return parse_category (self, f[1], &change->category, error) &&
             parse_factor (f[2], &change->factor, error);

    case MT_SCENARIO_CONVOY_DELAY:
      if (!parse_convoy (self, f[1], &change->convoy_id, error) ||
          !parse_int (f[2], -G_MAXINT, &value,
                      _("“%s” is not a number of days; write a whole number other than 0, "
                        "e.g. 10"), error))
        return FALSE;
      change->days = (int) value;
      return TRUE;

    case MT_SCENARIO_TRANSFER:
      if (!parse_category (self, f[1], &change->category, error) ||
          !parse_int (f[2], 1, &change->n,
                      _("“%s” is not a number of people; write a whole number above 0, "
                        "e.g. 50"), error) ||
          !parse_camp (self, f[3], &change->camp_id, error) ||
          !parse_camp (self, f[4], &change->to_camp_id, error) ||
          !parse_date (f[5], &change->date, error))
        return FALSE;
      if (change->camp_id == change->to_camp_id)
        return fail (error, _("People move between two different camps, not from %s to itself"),
                     f[3]);
      return TRUE;

    default:
      g_return_val_if_reached (FALSE);
    }
}

static char *
format_end (const char *iso)
{
  /* Translators: where a plan ends when it holds no date */
  return iso != NULL ? mt_date_format_long (iso) : g_strdup (_("no date"));
}

/* "Today's plan, as the data stands on DATE: the personnel plan ends …; the camps plan
 * ends …" */
static void
print_today (const char       *data_date,
             const MtPlanEnds *today)
{
  g_autofree char *date = mt_date_format_long (data_date);
  g_autofree char *personnel = format_end (today->personnel_end);
  g_autofree char *camps = format_end (today->camps_end);

  /* Translators: --scenario-list's first line; the data date, then where the plan ends */
  g_print (_("Today’s plan, as the data stands on %s: the personnel plan ends %s; the camps "
             "plan ends %s\n"), date, personnel, camps);
}

static void
print_scenario (const MtScenario *scenario,
                const MtPlanEnds *today,
                const MtPlanEnds *ends)
{
  g_autofree char *personnel = format_end (ends->personnel_end);
  g_autofree char *camps = format_end (ends->camps_end);
  g_autofree char *personnel_moved = mt_scenario_describe_moved (today->personnel_end, ends->personnel_end);
  g_autofree char *camps_moved = mt_scenario_describe_moved (today->camps_end, ends->camps_end);

  g_print ("%s\n", scenario->name);
  if (scenario->note != NULL)
    g_print ("  %s\n", scenario->note);
  for (guint i = 0; i < scenario->changes->len; i++)
    {
      const MtScenarioChange *change = g_ptr_array_index (scenario->changes, i);
      g_autofree char *line = mt_scenario_change_describe (change);

      g_print ("  • %s\n", line);
    }
  /* Translators: --scenario-list, under a scenario; dates, then how far each moved
   * ("3 days later than today’s plan") */
  g_print (_("  The personnel plan ends %s (%s); the camps plan ends %s (%s)\n"),
           personnel, personnel_moved, camps, camps_moved);
}

/* Public API */

MtScenarioChange *
mt_store_parse_scenario_change (MtStore     *self,
                                const char  *spec,
                                GError     **error)
{
  static const guint n_fields[] = { 3, 3, 3, 6 };
  g_autoptr(MtScenarioChange) change = NULL;
  g_auto(GStrv) fields = NULL;
  MtScenarioChangeKind kind;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);
  g_return_val_if_fail (spec != NULL, NULL);

  fields = g_strsplit (spec, ":", -1);
  for (guint i = 0; fields[i] != NULL; i++)
    g_strstrip (fields[i]);
  if (fields[0] == NULL || !mt_scenario_change_kind_from_key (fields[0], &kind) ||
      g_strv_length (fields) != n_fields[kind])
    {
      fail (error, _("“%s” is not a change; write closure:CAMP:YYYY-MM-DD, "
                     "pace:CATEGORY:FACTOR, convoy:ID:DAYS or "
                     "transfer:CATEGORY:N:FROM:TO:YYYY-MM-DD"), spec);
      return NULL;
    }
  if (!_mt_store_check_open (self, error))
    return NULL;

  change = mt_scenario_change_new (kind);
  if (!parse_fields (self, change, fields, error))
    return NULL;

  return g_steal_pointer (&change);
}

int
mt_store_scenario_save_cli (MtStore     *self,
                            const char  *name,
                            char       **specs)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MtScenario) scenario = NULL;

  g_return_val_if_fail (MT_IS_STORE (self), 2);

  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) mt_scenario_change_free);
  for (guint i = 0; specs != NULL && specs[i] != NULL; i++)
    {
      MtScenarioChange *change = mt_store_parse_scenario_change (self, specs[i], &error);

      if (change == NULL)
        {
          g_printerr ("%s: --change %s: %s\n", g_get_prgname (), specs[i], error->message);
          return 2;
        }
      g_ptr_array_add (changes, change);
    }

  if (mt_store_create_scenario (self, name, NULL, changes, &error) == 0 ||
      (scenario = mt_store_find_scenario (self, name, &error)) == NULL)
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return 2;
    }

  /* Translators: --scenario-save's confirmation; the scenario's name, then its changes */
  g_print (g_dngettext (GETTEXT_PACKAGE, "Saved scenario “%s” with %u change\n",
                        "Saved scenario “%s” with %u changes\n", scenario->changes->len),
           scenario->name, scenario->changes->len);
  for (guint i = 0; i < scenario->changes->len; i++)
    {
      const MtScenarioChange *change = g_ptr_array_index (scenario->changes, i);
      g_autofree char *line = mt_scenario_change_describe (change);

      g_print ("  • %s\n", line);
    }

  return 0;
}

int
mt_store_scenario_list_cli (MtStore    *self,
                            const char *as_of)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) scenarios = NULL;
  g_autoptr(MtPlanData) plan = NULL;
  MtPlanEnds today;

  g_return_val_if_fail (MT_IS_STORE (self), 2);

  if (as_of != NULL && !mt_date_is_valid (as_of))
    {
      g_printerr ("%s: ", g_get_prgname ());
      g_printerr (_("“%s” is not a date; write it as YYYY-MM-DD"), as_of);
      g_printerr ("\n");
      return 2;
    }
  if ((scenarios = mt_store_list_scenarios (self, &error)) == NULL ||
      (plan = mt_store_read_plan (self, as_of, &error)) == NULL)
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return 2;
    }

  mt_plan_data_get_ends (plan, &today);
  print_today (plan->data_date, &today);
  if (scenarios->len == 0)
    g_print (_("No scenarios yet: make one with --scenario-save NAME --change SPEC\n"));

  for (guint i = 0; i < scenarios->len; i++)
    {
      const MtScenario *scenario = g_ptr_array_index (scenarios, i);
      g_autoptr(MtPlanData) laid = mt_store_read_scenario_plan (self, scenario, as_of, &error);
      MtPlanEnds ends;

      if (laid == NULL)
        {
          g_printerr ("%s: %s\n", g_get_prgname (), error->message);
          mt_plan_ends_clear (&today);
          return 2;
        }
      mt_plan_data_get_ends (laid, &ends);
      g_print ("\n");
      print_scenario (scenario, &today, &ends);
      mt_plan_ends_clear (&ends);
    }
  mt_plan_ends_clear (&today);

  return 0;
}

int
mt_store_scenario_promote_cli (MtStore    *self,
                               const char *name,
                               const char *as_of)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtScenario) scenario = NULL;
  g_autoptr(MtPlanData) plan = NULL;
  g_auto(MtPlanEnds) ends = { 0 };
  g_autofree char *count = NULL;
  gint64 moved = 0;

  g_return_val_if_fail (MT_IS_STORE (self), 2);

  scenario = mt_store_find_scenario (self, name, &error);
  if (scenario == NULL || !mt_store_promote_scenario (self, scenario, as_of, &moved, &error) ||
      (plan = mt_store_read_plan (self, as_of, &error)) == NULL)
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return 2;
    }

  count = mt_format_count (moved);
  /* Translators: --scenario-promote's confirmation: the scenario's name, how many people's
   * plan it moved */
  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "Promoted scenario “%s” into the plan: %s person’s plan changed\n",
                        "Promoted scenario “%s” into the plan: %s people’s plans changed\n",
                        moved),
           scenario->name, count);
  mt_plan_data_get_ends (plan, &ends);
  print_today (plan->data_date, &ends);

  return 0;
}
