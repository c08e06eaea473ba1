/* mt-summary.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-summary"

#include "config.h"

#include "mt-summary.h"

G_DEFINE_BOXED_TYPE (MtSummary, mt_summary, mt_summary_copy, mt_summary_free)

/* Helpers */

static MtCategoryTotal *
category_total_copy (const MtCategoryTotal *other)
{
  MtCategoryTotal *self = mt_category_total_new ();

  g_assert (other != NULL);

  self->code = g_strdup (other->code);
  self->name = g_strdup (other->name);
  self->short_name = g_strdup (other->short_name);
  self->component = g_strdup (other->component);
  self->uniformed = other->uniformed;
  self->departed = other->departed;
  self->on_roster = other->on_roster;

  return self;
}

/* Public API */

MtCategoryTotal *
mt_category_total_new (void)
{
  return g_new0 (MtCategoryTotal, 1);
}

void
mt_category_total_free (MtCategoryTotal *self)
{
  if (self == NULL)
    return;

  g_free (self->code);
  g_free (self->name);
  g_free (self->short_name);
  g_free (self->component);
  g_free (self);
}

MtSummary *
mt_summary_new (void)
{
  MtSummary *self = g_new0 (MtSummary, 1);

  self->categories = g_ptr_array_new_with_free_func ((GDestroyNotify) mt_category_total_free);

  return self;
}

MtSummary *
mt_summary_copy (const MtSummary *self)
{
  MtSummary *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = mt_summary_new ();
  copy->as_of = g_strdup (self->as_of);
  copy->withdrawal_start = g_strdup (self->withdrawal_start);
  copy->deadline = g_strdup (self->deadline);
  for (guint i = 0; self->categories != NULL && i < self->categories->len; i++)
    g_ptr_array_add (copy->categories, category_total_copy (g_ptr_array_index (self->categories, i)));
  copy->departed_uniformed = self->departed_uniformed;
  copy->departed_civilian = self->departed_civilian;
  copy->departed_total = self->departed_total;
  copy->baseline_total = self->baseline_total;
  copy->days_left = self->days_left;
  copy->camps_total = self->camps_total;
  copy->camps_drawing_down = self->camps_drawing_down;
  copy->camps_closed = self->camps_closed;
  copy->camps_handed_over = self->camps_handed_over;

  return copy;
}

void
mt_summary_free (MtSummary *self)
{
  if (self == NULL)
    return;

  g_free (self->as_of);
  g_free (self->withdrawal_start);
  g_free (self->deadline);
  g_clear_pointer (&self->categories, g_ptr_array_unref);
  g_free (self);
}

const MtCategoryTotal *
mt_summary_find_category (const MtSummary *self,
                          const char      *code)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (code != NULL, NULL);

  for (guint i = 0; i < self->categories->len; i++)
    {
      const MtCategoryTotal *total = g_ptr_array_index (self->categories, i);

      if (g_strcmp0 (total->code, code) == 0)
        return total;
    }

  return NULL;
}
