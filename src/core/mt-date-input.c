/* mt-date-input.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-date-input"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mt-date.h"
#include "mt-date-input.h"

#define SEPARATORS "/.- "

/* Auxiliary methods */

/* Where @figures first occurs in @text, or G_MAXSIZE. */
static gsize
position_of (const char *text,
             const char *figures)
{
  const char *found = strstr (text, figures);

  return found != NULL ? (gsize) (found - text) : G_MAXSIZE;
}

/* Splits "a/b/c" into three runs of one to four digits joined by the same separator. */
static gboolean
split_three (const char *text,
             guint       values[3],
             guint       digits[3])
{
  const char *p = text;
  char separator = '\0';

  for (guint i = 0; i < 3; i++)
    {
      values[i] = 0;
      digits[i] = 0;
      while (g_ascii_isdigit (*p) && digits[i] < 4)
        {
          values[i] = values[i] * 10 + (guint) (*p - '0');
          digits[i]++;
          p++;
        }
      if (digits[i] == 0)
        return FALSE;
      if (i == 2)
        break;
      if (*p == '\0' || strchr (SEPARATORS, *p) == NULL)
        return FALSE;
      if (separator != '\0' && *p != separator)
        return FALSE;
      separator = *p++;
    }
  return *p == '\0';
}

/* @day, @month and @year joined in @style's order by its separator. */
static char *
join_in_order (const MtDateStyle *style,
               const char        *day,
               const char        *month,
               const char        *year)
{
  const char *parts[3];

  switch (style->order)
    {
    case MT_DATE_ORDER_DMY:
      parts[0] = day, parts[1] = month, parts[2] = year;
      break;
    case MT_DATE_ORDER_MDY:
      parts[0] = month, parts[1] = day, parts[2] = year;
      break;
    case MT_DATE_ORDER_YMD:
    default:
      parts[0] = year, parts[1] = month, parts[2] = day;
      break;
    }
  return g_strdup_printf ("%s%c%s%c%s", parts[0], style->separator, parts[1],
                          style->separator, parts[2]);
}

static char *
iso_of (guint day,
        guint month,
        guint year)
{
  if (!g_date_valid_dmy (day, month, year))
    return NULL;
  return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
}

/* Public API */

void
mt_date_style_init_for_locale (MtDateStyle *style)
{
  g_autoptr(GDateTime) probe = g_date_time_new_utc (2033, 11, 22, 12, 0, 0);
  g_autofree char *text = g_date_time_format (probe, "%x");
  gsize day, month, year, first_end;

  g_return_if_fail (style != NULL);

  /* Figures no other part of that date contains: 22 the day, 11 the month, 33 the year. */
  style->order = MT_DATE_ORDER_YMD;
  style->separator = '-';
  if (text == NULL)
    return;

  day = position_of (text, "22");
  month = position_of (text, "11");
  year = position_of (text, "33");
  if (day == G_MAXSIZE || month == G_MAXSIZE || year == G_MAXSIZE)
    return;

  if (year < month && month < day)
    {
      style->order = MT_DATE_ORDER_YMD;
      first_end = year + 2;
    }
  else if (month < day && day < year)
    {
      style->order = MT_DATE_ORDER_MDY;
      first_end = month + 2;
    }
  else if (day < month && month < year)
    {
      style->order = MT_DATE_ORDER_DMY;
      first_end = day + 2;
    }
  else
    {
      return;
    }

  /* The mark after the first figures, when it is one people type ("2033年" is not). */
  if (text[first_end] != '\0' && strchr ("/.-", text[first_end]) != NULL)
    style->separator = text[first_end];
  else
    style->separator = style->order == MT_DATE_ORDER_YMD ? '-' : '/';
}

char *
mt_date_style_parse (const MtDateStyle *style,
                     const char        *text)
{
  g_autofree char *stripped = NULL;
  guint values[3], digits[3];

  g_return_val_if_fail (style != NULL, NULL);

  if (text == NULL)
    return NULL;

  stripped = g_strstrip (g_strdup (text));
  if (!split_three (stripped, values, digits) || digits[1] > 2)
    return NULL;

  /* A year first reads as ISO whatever the locale. */
  if (digits[0] == 4)
    return digits[2] <= 2 ? iso_of (values[2], values[1], values[0]) : NULL;

  if (digits[0] > 2 || digits[2] != 4)
    return NULL;

  switch (style->order)
    {
    case MT_DATE_ORDER_DMY:
      return iso_of (values[0], values[1], values[2]);
    case MT_DATE_ORDER_MDY:
      return iso_of (values[1], values[0], values[2]);
    case MT_DATE_ORDER_YMD:
    default:
      return NULL;
    }
}

char *
mt_date_style_format (const MtDateStyle *style,
                      const char        *iso)
{
  GDate date;
  char day[4], month[4], year[8];

  g_return_val_if_fail (style != NULL, NULL);

  if (!mt_date_parse (iso, &date))
    return NULL;

  g_snprintf (day, sizeof day, "%02u", g_date_get_day (&date));
  g_snprintf (month, sizeof month, "%02u", g_date_get_month (&date));
  g_snprintf (year, sizeof year, "%04u", g_date_get_year (&date));
  return join_in_order (style, day, month, year);
}

char *
mt_date_style_pattern (const MtDateStyle *style)
{
  g_return_val_if_fail (style != NULL, NULL);

  /* Translators: how a day is shown in a date's expected format ("DD/MM/YYYY"); French
   * writes JJ */
  return join_in_order (style, C_("date format", "DD"),
                        /* Translators: how a month is shown in a date's expected format */
                        C_("date format", "MM"),
                        /* Translators: how a year is shown in a date's expected format
                         * ("DD/MM/YYYY"); French writes AAAA */
                        C_("date format", "YYYY"));
}

MtDateLimit
mt_date_check_limits (const char *iso,
                      const char *start,
                      const char *deadline,
                      const char *latest)
{
  /* ISO dates compare as strings. */
  if (!mt_date_is_valid (iso))
    return MT_DATE_LIMIT_NONE;
  if (mt_date_is_valid (start) && strcmp (iso, start) < 0)
    return MT_DATE_LIMIT_BEFORE_START;
  if (mt_date_is_valid (deadline) && strcmp (iso, deadline) > 0)
    return MT_DATE_LIMIT_AFTER_DEADLINE;
  if (mt_date_is_valid (latest) && strcmp (iso, latest) > 0)
    return MT_DATE_LIMIT_AFTER_LATEST;
  return MT_DATE_LIMIT_NONE;
}
