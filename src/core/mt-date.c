/* mt-date.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-date"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "mt-date.h"

gboolean
mt_date_parse (const char *iso,
               GDate      *out)
{
  unsigned y, m, d;
  char tail;

  g_date_clear (out, 1);
  if (iso == NULL || strlen (iso) != 10 || iso[4] != '-' || iso[7] != '-')
    return FALSE;
  if (sscanf (iso, "%4u-%2u-%2u%c", &y, &m, &d, &tail) != 3)
    return FALSE;
  if (!g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (out, d, m, y);
  return TRUE;
}

gboolean
mt_date_is_valid (const char *iso)
{
  GDate date;

  return mt_date_parse (iso, &date);
}

char *
mt_date_to_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u",
                          g_date_get_year (date),
                          g_date_get_month (date),
                          g_date_get_day (date));
}

int
mt_date_days_between (const char *from,
                      const char *to)
{
  GDate a, b;

  g_return_val_if_fail (mt_date_parse (from, &a), 0);
  g_return_val_if_fail (mt_date_parse (to, &b), 0);

  return g_date_days_between (&a, &b);
}

char *
mt_date_add_days (const char *iso,
                  int         days)
{
  GDate date;

  g_return_val_if_fail (mt_date_parse (iso, &date), NULL);

  if (days >= 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);

  return mt_date_to_iso (&date);
}

char *
mt_date_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static char *
format_with (const char *iso,
             const char *format)
{
  g_autoptr(GDateTime) dt = NULL;
  GDate date;

  if (!mt_date_parse (iso, &date))
    return g_strdup (iso != NULL ? iso : "");

  dt = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                              g_date_get_day (&date), 12, 0, 0);
  return g_date_time_format (dt, format);
}

/* Some languages write the first day of a month with a form of its own ("1er juillet"). */
static gboolean
is_first_of_month (const char *iso)
{
  GDate date;

  return mt_date_parse (iso, &date) && g_date_get_day (&date) == 1;
}

char *
mt_date_format_long (const char *iso)
{
  if (is_first_of_month (iso))
    /* Translators: a long date on the first day of a month, see g_date_time_format();
     * French writes it "1er %B %Y" */
    return format_with (iso, C_("first of the month", "%-d %B %Y"));

  /* Translators: a long date, see g_date_time_format(); UN style is day month year */
  return format_with (iso, _("%-d %B %Y"));
}

char *
mt_date_format_short (const char *iso)
{
  if (is_first_of_month (iso))
    /* Translators: a short date on the first day of a month, see g_date_time_format();
     * French writes it "1er %b %Y" */
    return format_with (iso, C_("first of the month", "%-d %b %Y"));

  /* Translators: a short date, see g_date_time_format() */
  return format_with (iso, _("%-d %b %Y"));
}

char *
mt_date_format_time (const char *iso)
{
  g_autoptr(GDateTime) moment = iso != NULL ? g_date_time_new_from_iso8601 (iso, NULL) : NULL;
  g_autoptr(GDateTime) local = moment != NULL ? g_date_time_to_local (moment) : NULL;
  g_autofree char *day = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;

  if (local == NULL)
    return g_strdup (iso != NULL ? iso : "");

  /* The date as every other date is written (the first of the month included). */
  day = g_date_time_format (local, "%Y-%m-%d");
  date = mt_date_format_short (day);
  /* Translators: a time of day, see g_date_time_format() */
  time = g_date_time_format (local, C_("time of day", "%H:%M"));

  /* Translators: a date and a time of day, e.g. "4 Dec 2026, 14:05" */
  return g_strdup_printf (C_("date and time", "%s, %s"), date, time);
}

char *
mt_format_count (gint64 value)
{
  /* The ' flag groups digits with the locale's thousands separator. */
  return g_strdup_printf ("%'" G_GINT64_FORMAT, value);
}

char *
mt_format_percent (double percent,
                   guint  decimals)
{
  g_autofree char *number = g_strdup_printf ("%.*f", (int) decimals, percent);

  /* Translators: a percentage; French puts a narrow no-break space before % */
  return g_strdup_printf (C_("percentage", "%s%%"), number);
}
