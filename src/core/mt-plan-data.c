/* mt-plan-data.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-plan-data"

#include "config.h"

#include <string.h>

#include "mt-plan-data.h"

/* Camps and rows */

MtPlanCamp *
mt_plan_camp_new (gint64      id,
                  const char *name,
                  const char *planned_closure,
                  const char *planned_handover)
{
  MtPlanCamp *self = g_new0 (MtPlanCamp, 1);

  self->id = id;
  self->name = g_strdup (name);
  self->planned_closure = g_strdup (planned_closure);
  self->planned_handover = g_strdup (planned_handover);

  return self;
}

void
mt_plan_camp_free (MtPlanCamp *self)
{
  if (self == NULL)
    return;

  g_free (self->name);
  g_free (self->planned_closure);
  g_free (self->planned_handover);
  g_free (self);
}

MtPlanRow *
mt_plan_row_new (gint64      camp_id,
                 const char *category,
                 const char *day,
                 gint64      n)
{
  MtPlanRow *self = g_new0 (MtPlanRow, 1);

  self->camp_id = camp_id;
  self->category = g_strdup (category != NULL ? category : "");
  self->day = g_strdup (day != NULL ? day : "");
  self->n = n;

  return self;
}

MtPlanRow *
mt_plan_row_copy (const MtPlanRow *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return mt_plan_row_new (self->camp_id, self->category, self->day, self->n);
}

GPtrArray *
mt_plan_rows_copy (GPtrArray *rows)
{
  GPtrArray *copy;

  g_return_val_if_fail (rows != NULL, NULL);

  copy = g_ptr_array_new_full (rows->len, (GDestroyNotify) mt_plan_row_free);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (copy, mt_plan_row_copy (g_ptr_array_index (rows, i)));

  return copy;
}

void
mt_plan_row_free (MtPlanRow *self)
{
  if (self == NULL)
    return;

  g_free (self->category);
  g_free (self->day);
  g_free (self);
}

static gpointer
copy_camp (gconstpointer src,
           gpointer      user_data)
{
  const MtPlanCamp *camp = src;

  return mt_plan_camp_new (camp->id, camp->name, camp->planned_closure, camp->planned_handover);
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const MtPlanRow *x = *(const MtPlanRow * const *) a;
  const MtPlanRow *y = *(const MtPlanRow * const *) b;
  int c;

  if (x->camp_id != y->camp_id)
    return x->camp_id < y->camp_id ? -1 : 1;
  if ((c = strcmp (x->category, y->category)) != 0)
    return c;
  return strcmp (x->day, y->day);
}

void
mt_plan_data_merge_rows (MtPlanData *plan)
{
  g_return_if_fail (plan != NULL);

  GPtrArray *merged = g_ptr_array_new_with_free_func ((GDestroyNotify) mt_plan_row_free);

  g_ptr_array_sort (plan->rows, compare_rows);
  for (guint i = 0; i < plan->rows->len; i++)
    {
      MtPlanRow *row = g_ptr_array_index (plan->rows, i);
      MtPlanRow *last = merged->len > 0 ? g_ptr_array_index (merged, merged->len - 1) : NULL;

      if (row->n <= 0)
        continue;
      if (last != NULL && compare_rows (&last, &row) == 0)
        last->n += row->n;
      else
        g_ptr_array_add (merged, mt_plan_row_copy (row));
    }

  g_ptr_array_unref (plan->rows);
  plan->rows = merged;
}

/* Plans */

MtPlanData *
mt_plan_data_new (const char *data_date)
{
  MtPlanData *self = g_new0 (MtPlanData, 1);

  self->data_date = g_strdup (data_date);
  self->camps = g_ptr_array_new_with_free_func ((GDestroyNotify) mt_plan_camp_free);
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) mt_plan_row_free);

  return self;
}

MtPlanData *
mt_plan_data_copy (const MtPlanData *self)
{
  MtPlanData *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (MtPlanData, 1);
  copy->data_date = g_strdup (self->data_date);
  copy->camps = g_ptr_array_copy (self->camps, copy_camp, NULL);
  g_ptr_array_set_free_func (copy->camps, (GDestroyNotify) mt_plan_camp_free);
  copy->rows = mt_plan_rows_copy (self->rows);

  return copy;
}

void
mt_plan_data_free (MtPlanData *self)
{
  if (self == NULL)
    return;

  g_free (self->data_date);
  g_ptr_array_unref (self->camps);
  g_ptr_array_unref (self->rows);
  g_free (self);
}

MtPlanCamp *
mt_plan_data_find_camp (const MtPlanData *self,
                        gint64            id)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->camps->len; i++)
    {
      MtPlanCamp *camp = g_ptr_array_index (self->camps, i);

      if (camp->id == id)
        return camp;
    }

  return NULL;
}

gint64
mt_plan_data_count (const MtPlanData *self,
                    gint64            camp_id,
                    const char       *category,
                    const char       *day)
{
  gint64 n = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->rows->len; i++)
    {
      const MtPlanRow *row = g_ptr_array_index (self->rows, i);

      if ((camp_id < 0 || row->camp_id == camp_id) &&
          (category == NULL || strcmp (row->category, category) == 0) &&
          (day == NULL || strcmp (row->day, day) == 0))
        n += row->n;
    }

  return n;
}

/* The later of @a (owned, may be NULL) and @b (may be NULL). */
static char *
take_later (char       *a,
            const char *b)
{
  if (b == NULL || g_strcmp0 (a, b) >= 0)
    return a;
  g_free (a);
  return g_strdup (b);
}

void
mt_plan_data_get_ends (const MtPlanData *self,
                       MtPlanEnds       *ends)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (ends != NULL);

  memset (ends, 0, sizeof *ends);
  for (guint i = 0; i < self->rows->len; i++)
    {
      const MtPlanRow *row = g_ptr_array_index (self->rows, i);

      if (row->n <= 0)
        continue;
      if (*row->day == '\0')
        ends->unplanned += row->n;
      else
        ends->personnel_end = take_later (ends->personnel_end, row->day);
    }
  for (guint i = 0; i < self->camps->len; i++)
    {
      const MtPlanCamp *camp = g_ptr_array_index (self->camps, i);

      ends->camps_end = take_later (ends->camps_end, camp->planned_closure);
      ends->camps_end = take_later (ends->camps_end, camp->planned_handover);
    }
}

void
mt_plan_data_draw (const MtPlanData *self,
                   MtBurndown       *burndown,
                   const char       *name)
{
  g_autoptr(MtPlanData) days = NULL;
  double departed = 0;

  g_return_if_fail (self != NULL);
  g_return_if_fail (burndown != NULL && name != NULL);

  /* The departures by day alone, those before the start on it. */
  days = mt_plan_data_new (self->data_date);
  for (guint i = 0; i < self->rows->len; i++)
    {
      const MtPlanRow *row = g_ptr_array_index (self->rows, i);

      if (*row->day != '\0')
        g_ptr_array_add (days->rows,
                         mt_plan_row_new (0, "", strcmp (row->day, burndown->start) > 0
                                                 ? row->day : burndown->start, row->n));
    }
  mt_plan_data_merge_rows (days);

  mt_burndown_set_plan (burndown, name);
  burndown->plan_scenario = TRUE;
  mt_burndown_add_planned (burndown, burndown->start, burndown->baseline);
  for (guint i = 0; i < days->rows->len; i++)
    {
      const MtPlanRow *row = g_ptr_array_index (days->rows, i);

      departed += row->n;
      mt_burndown_add_planned (burndown, row->day, burndown->baseline - departed);
    }
}
