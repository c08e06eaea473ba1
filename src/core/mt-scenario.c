/* mt-scenario.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every change works on a copy of the plan's rows: it moves people between days or camps,
 * leaving rows that repeat a camp, category and day, or hold nobody;
 * mt_plan_data_merge_rows() then folds them back into one row each.
 */

#define G_LOG_DOMAIN "mt-scenario"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "mt-date.h"
#include "mt-scenario.h"

static const char * const kind_keys[] = { "closure", "pace", "convoy", "transfer" };

G_STATIC_ASSERT (G_N_ELEMENTS (kind_keys) == MT_SCENARIO_N_KINDS);

/* Changes */

const char *
mt_scenario_change_kind_to_key (MtScenarioChangeKind kind)
{
  g_return_val_if_fail (kind < MT_SCENARIO_N_KINDS, NULL);

  return kind_keys[kind];
}

gboolean
mt_scenario_change_kind_from_key (const char           *key,
                                  MtScenarioChangeKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_keys); i++)
    if (g_strcmp0 (key, kind_keys[i]) == 0)
      {
        *kind = i;
        return TRUE;
      }

  return FALSE;
}

MtScenarioChange *
mt_scenario_change_new (MtScenarioChangeKind kind)
{
  MtScenarioChange *self = g_new0 (MtScenarioChange, 1);

  self->kind = kind;
  self->factor = 1.0;

  return self;
}

MtScenarioChange *
mt_scenario_change_copy (const MtScenarioChange *self)
{
  MtScenarioChange *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->category = g_strdup (self->category);
  copy->date = g_strdup (self->date);
  copy->camp_name = g_strdup (self->camp_name);
  copy->to_camp_name = g_strdup (self->to_camp_name);
  copy->category_name = g_strdup (self->category_name);
  copy->convoy_label = g_strdup (self->convoy_label);
  if (self->people != NULL)
    copy->people = mt_plan_rows_copy (self->people);

  return copy;
}

void
mt_scenario_change_free (MtScenarioChange *self)
{
  if (self == NULL)
    return;

  g_free (self->category);
  g_free (self->date);
  g_free (self->camp_name);
  g_free (self->to_camp_name);
  g_free (self->category_name);
  g_free (self->convoy_label);
  g_clear_pointer (&self->people, g_ptr_array_unref);
  g_free (self);
}

/* @name, else "#@id". */
static char *
dup_name (const char *name,
          gint64      id)
{
  return name != NULL ? g_strdup (name) : g_strdup_printf ("#%" G_GINT64_FORMAT, id);
}

/* A factor as the locale writes it, with at most two decimals ("1.5", "2", "1,25"). */
static char *
format_factor (double factor)
{
  char *text = g_strdup_printf ("%.2f", factor);
  gsize len = strlen (text);

  while (len > 0 && text[len - 1] == '0')
    text[--len] = '\0';
  if (len > 0 && !g_ascii_isdigit (text[len - 1]))
    text[--len] = '\0';

  return text;
}

char *
mt_scenario_change_describe (const MtScenarioChange *self)
{
  g_autofree char *camp = NULL;
  g_autofree char *to_camp = NULL;
  g_autofree char *date = NULL;
  g_autofree char *factor = NULL;
  g_autofree char *count = NULL;
  const char *category;

  g_return_val_if_fail (self != NULL, NULL);

  category = self->category_name != NULL ? self->category_name : self->category;
  if (self->date != NULL && mt_date_is_valid (self->date))
    date = mt_date_format_short (self->date);

  switch (self->kind)
    {
    case MT_SCENARIO_CAMP_CLOSURE:
      camp = dup_name (self->camp_name, self->camp_id);
      /* Translators: a what-if scenario's change; a camp, a date ("Kidal closes on 15 Dec 2023") */
      return g_strdup_printf (_("%s closes on %s"), camp, date != NULL ? date : "?");

    case MT_SCENARIO_CATEGORY_PACE:
      if (self->factor > 1.0)
        {
          factor = format_factor (self->factor);
          /* Translators: a what-if scenario's change; a personnel category, a factor
           * ("Troops leave 1.5× slower") */
          return g_strdup_printf (_("%s leave %s× slower"), category, factor);
        }
      if (self->factor < 1.0 && self->factor > 0.0)
        {
          factor = format_factor (1.0 / self->factor);
          /* Translators: a what-if scenario's change; a personnel category, a factor
           * ("Troops leave 2× faster") */
          return g_strdup_printf (_("%s leave %s× faster"), category, factor);
        }
      /* Translators: a what-if scenario's change; a personnel category */
      return g_strdup_printf (_("%s leave at the planned pace"), category);

    case MT_SCENARIO_CONVOY_DELAY:
      camp = self->convoy_label != NULL
        ? g_strdup_printf ("%" G_GINT64_FORMAT " (%s)", self->convoy_id, self->convoy_label)
        : g_strdup_printf ("%" G_GINT64_FORMAT, self->convoy_id);
      if (self->days < 0)
        /* Translators: a what-if scenario's change; a convoy ("12 (Gao → Bamako)"), days */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Convoy %s leaves %d day early",
                                             "Convoy %s leaves %d days early", -self->days),
                                camp, -self->days);
      /* Translators: a what-if scenario's change; a convoy ("12 (Gao → Bamako)"), days */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Convoy %s leaves %d day late",
                                           "Convoy %s leaves %d days late", self->days),
                              camp, self->days);

    case MT_SCENARIO_TRANSFER:
      camp = dup_name (self->camp_name, self->camp_id);
      to_camp = dup_name (self->to_camp_name, self->to_camp_id);
      count = mt_format_count (self->n);
      /* Translators: a what-if scenario's change; a number of people, their category, two
       * camps and a date ("50 Troops move from Kidal to Gao on 1 Oct 2023") */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s %s moves from %s to %s on %s",
                                           "%s %s move from %s to %s on %s", self->n),
                              count, category, camp, to_camp, date != NULL ? date : "?");

    default:
      g_return_val_if_reached (NULL);
    }
}

char *
mt_scenario_describe_moved (const char *from,
                            const char *to)
{
  int days;

  if (from == NULL || to == NULL)
    return g_strdup ("—");
  days = mt_date_days_between (from, to);
  if (days > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day later than today’s plan",
                                         "%d days later than today’s plan", days), days);
  if (days < 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day earlier than today’s plan",
                                         "%d days earlier than today’s plan", -days), -days);
  return g_strdup (_("as in today’s plan"));
}

/* Applying changes */

/* Days from the data date to @day; FALSE when it is not a remaining planned departure (no
 * day, or on or before the data date). */
static gboolean
remaining_offset (const MtPlanData *plan,
                  const char       *day,
                  int              *offset)
{
  if (day == NULL || *day == '\0' || strcmp (day, plan->data_date) <= 0)
    return FALSE;
  *offset = mt_date_days_between (plan->data_date, day);
  return TRUE;
}

/* Where a closure moved to @change->date takes the offsets of @camp's remaining days:
 * in proportion (@ratio > 0) when the camp had a planned closure after the data date, and
 * never past the new closure (@limit). */
static void
closure_scale (const MtScenarioChange *change,
               const MtPlanData       *plan,
               const MtPlanCamp       *camp,
               double                 *ratio,
               int                    *limit)
{
  /* People leave one day after the data date at the soonest. */
  *limit = MAX (mt_date_days_between (plan->data_date, change->date), 1);
  *ratio = 0;
  if (camp->planned_closure != NULL && strcmp (camp->planned_closure, plan->data_date) > 0)
    *ratio = (double) *limit / mt_date_days_between (plan->data_date, camp->planned_closure);
}

char *
mt_scenario_change_move_day (const MtScenarioChange *self,
                             const MtPlanData       *plan,
                             gint64                  camp_id,
                             const char             *category,
                             const char             *day)
{
  int offset;

  g_return_val_if_fail (self != NULL && plan != NULL, NULL);

  if (!remaining_offset (plan, day, &offset))
    return NULL;

  switch (self->kind)
    {
    case MT_SCENARIO_CAMP_CLOSURE:
      {
        MtPlanCamp *camp = mt_plan_data_find_camp (plan, self->camp_id);
        double ratio;
        int limit;

        if (camp == NULL || camp_id != self->camp_id || !mt_date_is_valid (self->date))
          return NULL;
        closure_scale (self, plan, camp, &ratio, &limit);
        if (ratio > 0)
          offset = MAX ((int) lround (offset * ratio), 1);
        offset = MIN (offset, limit);
      }
      break;

    case MT_SCENARIO_CATEGORY_PACE:
      if (self->factor <= 0 || g_strcmp0 (category, self->category) != 0)
        return NULL;
      offset = MAX ((int) lround (offset * self->factor), 1);
      break;

    case MT_SCENARIO_CONVOY_DELAY:
      if (self->days == 0)
        return NULL;
      offset = MAX (offset + self->days, 1);
      break;

    case MT_SCENARIO_TRANSFER:
    default:
      return NULL;
    }

  return mt_date_add_days (plan->data_date, offset);
}

/* Every row's day where @change moves it (a closure, a pace). */
static void
move_days (const MtScenarioChange *change,
           MtPlanData             *plan)
{
  for (guint i = 0; i < plan->rows->len; i++)
    {
      MtPlanRow *row = g_ptr_array_index (plan->rows, i);
      char *day = mt_scenario_change_move_day (change, plan, row->camp_id, row->category,
                                               row->day);

      if (day != NULL)
        {
          g_free (row->day);
          row->day = day;
        }
    }
}

static void
apply_closure (const MtScenarioChange *change,
               MtPlanData             *plan)
{
  MtPlanCamp *camp = mt_plan_data_find_camp (plan, change->camp_id);

  if (camp == NULL || !mt_date_is_valid (change->date))
    return;

  move_days (change, plan);
  g_free (camp->planned_closure);
  camp->planned_closure = g_strdup (change->date);
}

/* The row of @plan for @camp_id, @category and @day, or NULL. */
static MtPlanRow *
find_row (MtPlanData *plan,
          gint64      camp_id,
          const char *category,
          const char *day)
{
  for (guint i = 0; i < plan->rows->len; i++)
    {
      MtPlanRow *row = g_ptr_array_index (plan->rows, i);

      if (row->camp_id == camp_id && strcmp (row->category, category) == 0 &&
          strcmp (row->day, day) == 0)
        return row;
    }

  return NULL;
}

/* Moves up to @n people of @row to camp @camp_id on day @day (NULL: theirs); returns how
 * many moved. */
static gint64
move_people (MtPlanData *plan,
             MtPlanRow  *row,
             gint64      n,
             gint64      camp_id,
             const char *day)
{
  gint64 k = MIN (n, row->n);

  if (k <= 0)
    return 0;
  row->n -= k;
  g_ptr_array_add (plan->rows, mt_plan_row_new (camp_id, row->category,
                                                day != NULL ? day : row->day, k));
  return k;
}

static void
apply_convoy_delay (const MtScenarioChange *change,
                    MtPlanData             *plan)
{
  if (change->people == NULL || change->days == 0)
    return;

  for (guint i = 0; i < change->people->len; i++)
    {
      const MtPlanRow *person = g_ptr_array_index (change->people, i);
      g_autofree char *later = mt_scenario_change_move_day (change, plan, person->camp_id,
                                                             person->category, person->day);
      MtPlanRow *row;

      if (later == NULL)
        continue;
      row = find_row (plan, person->camp_id, person->category, person->day);
      if (row == NULL)
        continue;
      move_people (plan, row, person->n, row->camp_id, later);
    }
}

/* Latest planned day first, those with none last. */
static int
compare_latest_first (gconstpointer a,
                      gconstpointer b)
{
  const MtPlanRow *x = *(const MtPlanRow * const *) a;
  const MtPlanRow *y = *(const MtPlanRow * const *) b;

  if ((*x->day == '\0') != (*y->day == '\0'))
    return *x->day == '\0' ? 1 : -1;
  return strcmp (y->day, x->day);
}

static void
apply_transfer (const MtScenarioChange *change,
                MtPlanData             *plan)
{
  g_autoptr(GPtrArray) there = g_ptr_array_new ();
  const char *after;
  gint64 left = change->n;

  if (change->category == NULL || change->date == NULL || change->camp_id == change->to_camp_id)
    return;

  /* Those still at the camp on the day: leaving after it (and after the data date). */
  after = strcmp (change->date, plan->data_date) > 0 ? change->date : plan->data_date;
  for (guint i = 0; i < plan->rows->len; i++)
    {
      MtPlanRow *row = g_ptr_array_index (plan->rows, i);

      if (row->camp_id == change->camp_id && strcmp (row->category, change->category) == 0 &&
          (*row->day == '\0' || strcmp (row->day, after) > 0))
        g_ptr_array_add (there, row);
    }
  g_ptr_array_sort (there, compare_latest_first);

  for (guint i = 0; i < there->len && left > 0; i++)
    left -= move_people (plan, g_ptr_array_index (there, i), left, change->to_camp_id, NULL);
}

static void
apply_in_place (const MtScenarioChange *change,
                MtPlanData             *plan)
{
  switch (change->kind)
    {
    case MT_SCENARIO_CAMP_CLOSURE:
      apply_closure (change, plan);
      break;
    case MT_SCENARIO_CATEGORY_PACE:
      move_days (change, plan);
      break;
    case MT_SCENARIO_CONVOY_DELAY:
      apply_convoy_delay (change, plan);
      break;
    case MT_SCENARIO_TRANSFER:
      apply_transfer (change, plan);
      break;
    default:
      g_return_if_reached ();
    }
  mt_plan_data_merge_rows (plan);
}

MtPlanData *
mt_scenario_change_apply (const MtScenarioChange *self,
                          const MtPlanData       *plan)
{
  MtPlanData *result;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (plan != NULL && mt_date_is_valid (plan->data_date), NULL);

  result = mt_plan_data_copy (plan);
  apply_in_place (self, result);

  return result;
}

/* Scenarios */

MtScenario *
mt_scenario_new (void)
{
  MtScenario *self = g_new0 (MtScenario, 1);

  self->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) mt_scenario_change_free);

  return self;
}

void
mt_scenario_free (MtScenario *self)
{
  if (self == NULL)
    return;

  g_free (self->name);
  g_free (self->note);
  g_free (self->created_at);
  g_free (self->created_by);
  g_ptr_array_unref (self->changes);
  g_free (self);
}

MtPlanData *
mt_scenario_apply (const MtScenario *self,
                   const MtPlanData *plan)
{
  MtPlanData *result;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (plan != NULL && mt_date_is_valid (plan->data_date), NULL);

  result = mt_plan_data_copy (plan);
  mt_plan_data_merge_rows (result);
  for (guint i = 0; i < self->changes->len; i++)
    apply_in_place (g_ptr_array_index (self->changes, i), result);

  return result;
}

const char *
mt_scenario_get_closure (const MtScenario *self,
                         gint64            camp_id)
{
  const char *closure = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->changes->len; i++)
    {
      const MtScenarioChange *change = g_ptr_array_index (self->changes, i);

      if (change->kind == MT_SCENARIO_CAMP_CLOSURE && change->camp_id == camp_id)
        closure = change->date;
    }

  return closure;
}
