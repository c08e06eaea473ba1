/* mt-plan.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-plan"

#include "config.h"

#include "mt-date.h"
#include "mt-plan.h"

/* Baselines */

MtBaseline *
mt_baseline_new (void)
{
  return g_new0 (MtBaseline, 1);
}

MtBaseline *
mt_baseline_copy (const MtBaseline *self)
{
  MtBaseline *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = mt_baseline_new ();
  copy->id = self->id;
  copy->name = g_strdup (self->name);
  copy->data_date = g_strdup (self->data_date);
  copy->taken_at = g_strdup (self->taken_at);
  copy->taken_by = g_strdup (self->taken_by);

  return copy;
}

void
mt_baseline_free (MtBaseline *self)
{
  if (self == NULL)
    return;

  g_free (self->name);
  g_free (self->data_date);
  g_free (self->taken_at);
  g_free (self->taken_by);
  g_free (self);
}

void
mt_plan_ends_clear (MtPlanEnds *self)
{
  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->personnel_end, g_free);
  g_clear_pointer (&self->camps_end, g_free);
  self->unplanned = 0;
}

const char *
mt_plan_ends_get (const MtPlanEnds *self,
                  MtPlanKind        kind)
{
  g_return_val_if_fail (self != NULL, NULL);

  return kind == MT_PLAN_PERSONNEL ? self->personnel_end : self->camps_end;
}

/* Camps */

MtCampVariance *
mt_camp_variance_new (void)
{
  return g_new0 (MtCampVariance, 1);
}

void
mt_camp_variance_free (MtCampVariance *self)
{
  if (self == NULL)
    return;

  g_free (self->camp_name);
  g_free (self->baseline_closure);
  g_free (self->planned_closure);
  g_free (self->closed_on);
  g_free (self);
}

gboolean
mt_camp_variance_get_slip (const MtCampVariance *self,
                           int                  *days)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return mt_plan_days_moved (self->baseline_closure,
                             self->closed_on != NULL ? self->closed_on : self->planned_closure,
                             days);
}

/* Categories */

MtCategoryVariance *
mt_category_variance_new (void)
{
  return g_new0 (MtCategoryVariance, 1);
}

void
mt_category_variance_free (MtCategoryVariance *self)
{
  if (self == NULL)
    return;

  g_free (self->code);
  g_free (self->name);
  g_free (self);
}

gint64
mt_category_variance_get_behind (const MtCategoryVariance *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return MAX (self->planned - self->recorded, 0);
}

/* The whole */

MtPlanVariance *
mt_plan_variance_new (void)
{
  MtPlanVariance *self = g_new0 (MtPlanVariance, 1);

  self->camps = g_ptr_array_new_with_free_func ((GDestroyNotify) mt_camp_variance_free);
  self->categories = g_ptr_array_new_with_free_func ((GDestroyNotify) mt_category_variance_free);

  return self;
}

void
mt_plan_variance_free (MtPlanVariance *self)
{
  if (self == NULL)
    return;

  g_free (self->as_of);
  g_free (self->deadline);
  mt_baseline_free (self->baseline);
  mt_plan_ends_clear (&self->baseline_ends);
  mt_plan_ends_clear (&self->current_ends);
  g_ptr_array_unref (self->camps);
  g_ptr_array_unref (self->categories);
  g_free (self);
}

gboolean
mt_plan_days_moved (const char *from,
                    const char *to,
                    int        *days)
{
  if (from == NULL || to == NULL || !mt_date_is_valid (from) || !mt_date_is_valid (to))
    return FALSE;

  if (days != NULL)
    *days = mt_date_days_between (from, to);

  return TRUE;
}
