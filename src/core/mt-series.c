/* mt-series.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-series"

#include "config.h"

#include <math.h>

#include "mt-series.h"
#include "mt-date.h"

/* Auxiliary methods */

static void
dated_value_clear (gpointer data)
{
  MtDatedValue *value = data;

  g_free (value->date);
}

/* MtBurndown */

MtBurndown *
mt_burndown_new (const char *start,
                 const char *deadline,
                 const char *as_of,
                 double      baseline)
{
  MtBurndown *self = g_new0 (MtBurndown, 1);

  self->start = g_strdup (start);
  self->deadline = g_strdup (deadline);
  self->as_of = g_strdup (as_of);
  self->baseline = baseline;
  self->points = g_array_new (FALSE, FALSE, sizeof (MtDatedValue));
  g_array_set_clear_func (self->points, dated_value_clear);
  self->plan_points = g_array_new (FALSE, FALSE, sizeof (MtDatedValue));
  g_array_set_clear_func (self->plan_points, dated_value_clear);

  return self;
}

void
mt_burndown_free (MtBurndown *self)
{
  if (self == NULL)
    return;

  g_free (self->start);
  g_free (self->deadline);
  g_free (self->as_of);
  g_array_unref (self->points);
  g_free (self->plan_name);
  g_array_unref (self->plan_points);
  g_free (self);
}

/* Appends to a step line: dates must not go back, a second figure for one day is the
 * day's end. */
static void
add_point (GArray     *points,
           const char *date,
           double      deployed)
{
  MtDatedValue point;

  /* An estimate: more departures than the estimated strength leaves nobody, not fewer. */
  deployed = MAX (deployed, 0);

  if (points->len > 0)
    {
      MtDatedValue *last = &g_array_index (points, MtDatedValue, points->len - 1);

      g_return_if_fail (g_strcmp0 (last->date, date) <= 0);
      if (g_str_equal (last->date, date))
        {
          last->value = deployed;
          return;
        }
    }

  point.date = g_strdup (date);
  point.value = deployed;
  g_array_append_val (points, point);
}

void
mt_burndown_add (MtBurndown *self,
                 const char *date,
                 double      deployed)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (mt_date_is_valid (date));

  add_point (self->points, date, deployed);
}

void
mt_burndown_set_plan (MtBurndown *self,
                      const char *name)
{
  g_return_if_fail (self != NULL);

  g_free (self->plan_name);
  self->plan_name = g_strdup (name);
  self->plan_scenario = FALSE;
  g_array_set_size (self->plan_points, 0);
}

void
mt_burndown_add_planned (MtBurndown *self,
                         const char *date,
                         double      deployed)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (mt_date_is_valid (date));

  add_point (self->plan_points, date, deployed);
}

/* A step line's value at the end of @date: @before its first point. */
static double
step_at (const GArray *points,
         const char   *date,
         double        before)
{
  double value = before;

  for (guint i = 0; i < points->len; i++)
    {
      const MtDatedValue *point = &g_array_index (points, MtDatedValue, i);

      if (g_strcmp0 (point->date, date) > 0)
        break;
      value = point->value;
    }

  return value;
}

double
mt_burndown_value_at (const MtBurndown *self,
                      const char       *date)
{
  g_return_val_if_fail (self != NULL, 0);

  return step_at (self->points, date, self->baseline);
}

gboolean
mt_burndown_planned_at (const MtBurndown *self,
                        const char       *date,
                        double           *deployed)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (deployed != NULL, FALSE);

  if (self->plan_name == NULL || self->plan_points->len == 0)
    return FALSE;
  *deployed = step_at (self->plan_points, date, self->baseline);

  return TRUE;
}

double
mt_burndown_plan_at (const MtBurndown *self,
                     const char       *date)
{
  int span, done;

  g_return_val_if_fail (self != NULL, 0);

  if (!mt_date_is_valid (self->start) || !mt_date_is_valid (self->deadline) ||
      !mt_date_is_valid (date))
    return 0;

  span = mt_date_days_between (self->start, self->deadline);
  done = mt_date_days_between (self->start, date);
  if (span <= 0 || done >= span)
    return 0;
  if (done <= 0)
    return self->baseline;

  return self->baseline * (span - done) / (double) span;
}

double
mt_burndown_recent_rate (const MtBurndown *self)
{
  g_autofree char *from = NULL;
  int days;

  g_return_val_if_fail (self != NULL, 0);

  if (!mt_date_is_valid (self->as_of))
    return 0;

  /* The window starts MT_BURNDOWN_RATE_DAYS before as-of, but not before the
   * withdrawal: a week-old withdrawal is judged on its week. The value "at" a day is
   * its end, so the window's departures are those of the days after @from. */
  from = mt_date_add_days (self->as_of, -MT_BURNDOWN_RATE_DAYS);
  if (mt_date_is_valid (self->start) && g_strcmp0 (from, self->start) < 0)
    {
      g_free (from);
      from = mt_date_add_days (self->start, -1);
    }
  days = mt_date_days_between (from, self->as_of);
  if (days <= 0)
    return 0;

  return MAX (0, mt_burndown_value_at (self, from) - mt_burndown_value_at (self, self->as_of)) /
         days;
}

char *
mt_burndown_projected_end (const MtBurndown *self)
{
  double left, rate;

  g_return_val_if_fail (self != NULL, NULL);

  if (!mt_date_is_valid (self->as_of))
    return NULL;

  left = mt_burndown_value_at (self, self->as_of);
  if (left <= 0)
    return g_strdup (self->as_of);

  rate = mt_burndown_recent_rate (self);
  /* Beyond ~27 years the date is meaningless (and GDate's range is finite). */
  if (rate <= 0 || left / rate > 10000)
    return NULL;

  return mt_date_add_days (self->as_of, (int) ceil (left / rate - 1e-9));
}

double
mt_burndown_projection_at (const MtBurndown *self,
                           const char       *date)
{
  double left;
  int days;

  g_return_val_if_fail (self != NULL, 0);

  if (!mt_date_is_valid (self->as_of) || !mt_date_is_valid (date) ||
      g_strcmp0 (date, self->as_of) <= 0)
    return mt_burndown_value_at (self, date);

  left = mt_burndown_value_at (self, self->as_of);
  days = mt_date_days_between (self->as_of, date);

  return MAX (0, left - mt_burndown_recent_rate (self) * days);
}

gboolean
mt_burndown_is_late (const MtBurndown *self)
{
  g_autofree char *end = NULL;

  g_return_val_if_fail (self != NULL, FALSE);

  end = mt_burndown_projected_end (self);
  if (end == NULL)
    return TRUE;

  return self->deadline != NULL && g_strcmp0 (end, self->deadline) > 0;
}

/* MtStacked */

MtStacked *
mt_stacked_new (const char *start,
                const char *end,
                const char *as_of,
                int         bucket_days)
{
  MtStacked *self = g_new0 (MtStacked, 1);

  self->start = g_strdup (start);
  self->end = g_strdup (end);
  self->as_of = g_strdup (as_of);
  self->bucket_days = MAX (bucket_days, 0);
  self->names = g_ptr_array_new_with_free_func (g_free);
  self->buckets = g_ptr_array_new_with_free_func (g_free);
  self->counts = g_array_new (FALSE, TRUE, sizeof (double));

  return self;
}

void
mt_stacked_free (MtStacked *self)
{
  if (self == NULL)
    return;

  g_free (self->start);
  g_free (self->end);
  g_free (self->as_of);
  g_ptr_array_unref (self->names);
  g_ptr_array_unref (self->buckets);
  g_array_unref (self->counts);
  g_free (self);
}

void
mt_stacked_add_name (MtStacked  *self,
                     const char *name)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (self->buckets->len == 0);

  g_ptr_array_add (self->names, g_strdup (name != NULL ? name : ""));
}

guint
mt_stacked_add_bucket (MtStacked  *self,
                       const char *first_day)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (mt_date_is_valid (first_day), 0);

  g_ptr_array_add (self->buckets, g_strdup (first_day));
  g_array_set_size (self->counts, self->buckets->len * self->names->len);

  return self->buckets->len - 1;
}

double
mt_stacked_get (const MtStacked *self,
                guint            bucket,
                guint            series)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (bucket < self->buckets->len && series < self->names->len, 0);

  return g_array_index (self->counts, double, bucket * self->names->len + series);
}

void
mt_stacked_set (MtStacked *self,
                guint      bucket,
                guint      series,
                double     value)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (bucket < self->buckets->len && series < self->names->len);

  g_array_index (self->counts, double, bucket * self->names->len + series) = value;
}

double
mt_stacked_bucket_total (const MtStacked *self,
                         guint            bucket)
{
  double total = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint s = 0; s < self->names->len; s++)
    total += mt_stacked_get (self, bucket, s);

  return total;
}

char *
mt_stacked_bucket_end (const MtStacked *self,
                       guint            bucket)
{
  GDate date;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (bucket < self->buckets->len, NULL);

  if (!mt_date_parse (g_ptr_array_index (self->buckets, bucket), &date))
    return NULL;
  if (self->bucket_days > 0)
    g_date_add_days (&date, self->bucket_days);
  else
    g_date_add_months (&date, 1);

  return mt_date_to_iso (&date);
}

guint
mt_stacked_find_bucket (const MtStacked *self,
                        const char      *date)
{
  g_return_val_if_fail (self != NULL, G_MAXUINT);

  for (guint i = 0; date != NULL && i < self->buckets->len; i++)
    {
      g_autofree char *end = mt_stacked_bucket_end (self, i);

      if (g_strcmp0 (g_ptr_array_index (self->buckets, i), date) <= 0 &&
          g_strcmp0 (date, end) < 0)
        return i;
    }

  return G_MAXUINT;
}

/* Axes */

char *
mt_chart_x_to_date (double      x,
                    const char *start,
                    const char *end,
                    double      left,
                    double      right)
{
  int span, day;

  g_return_val_if_fail (mt_date_is_valid (start) && mt_date_is_valid (end), NULL);

  span = mt_date_days_between (start, end);
  if (span <= 0 || right <= left)
    return g_strdup (start);

  day = (int) round ((x - left) / (right - left) * span);
  day = CLAMP (day, 0, span);

  return mt_date_add_days (start, day);
}
