/* test-date.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gi18n-lib.h>
#include <locale.h>

#include "mt-date.h"

static void
test_date_valid (void)
{
  g_assert_true (mt_date_is_valid ("2023-06-30"));
  g_assert_true (mt_date_is_valid ("2024-02-29"));   /* leap year */
  g_assert_false (mt_date_is_valid ("2023-02-29"));  /* not a leap year */
  g_assert_false (mt_date_is_valid ("2023-13-01"));
  g_assert_false (mt_date_is_valid ("2023-00-10"));
  g_assert_false (mt_date_is_valid ("2023-9-27"));   /* planners type this; we refuse it */
  g_assert_false (mt_date_is_valid ("27/09/2023"));
  g_assert_false (mt_date_is_valid ("2023-09-27x"));
  g_assert_false (mt_date_is_valid ("2023-09-2"));
  g_assert_false (mt_date_is_valid (""));
  g_assert_false (mt_date_is_valid (NULL));
}

static void
test_date_parse (void)
{
  g_autofree char *iso = NULL;
  GDate date;

  g_assert_true (mt_date_parse ("2023-10-16", &date));
  g_assert_cmpint (g_date_get_year (&date), ==, 2023);
  g_assert_cmpint (g_date_get_month (&date), ==, G_DATE_OCTOBER);
  g_assert_cmpint (g_date_get_day (&date), ==, 16);

  iso = mt_date_to_iso (&date);
  g_assert_cmpstr (iso, ==, "2023-10-16");

  g_assert_false (mt_date_parse ("2023-02-30", &date));
  g_assert_false (g_date_valid (&date));
}

static void
test_date_days_between (void)
{
  /* The countdown the overview shows on the day of the 27 September release. */
  g_assert_cmpint (mt_date_days_between ("2023-09-27", "2023-12-31"), ==, 95);
  g_assert_cmpint (mt_date_days_between ("2023-12-31", "2023-09-27"), ==, -95);
  g_assert_cmpint (mt_date_days_between ("2023-07-01", "2023-07-01"), ==, 0);
  g_assert_cmpint (mt_date_days_between ("2024-02-28", "2024-03-01"), ==, 2);
  g_assert_cmpint (mt_date_days_between ("2023-02-28", "2023-03-01"), ==, 1);
  g_assert_cmpint (mt_date_days_between ("2023-06-30", "2023-12-31"), ==, 184);
}

static void
test_date_add_days (void)
{
  struct {
    const char *from;
    int         days;
    const char *expected;
  } cases[] = {
    { "2023-12-31", 1, "2024-01-01" },
    { "2024-01-01", -1, "2023-12-31" },
    { "2024-02-28", 1, "2024-02-29" },
    { "2023-02-28", 1, "2023-03-01" },
    { "2023-09-27", 95, "2023-12-31" },
    { "2023-10-16", 0, "2023-10-16" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *result = mt_date_add_days (cases[i].from, cases[i].days);

      g_assert_cmpstr (result, ==, cases[i].expected);
      g_assert_cmpint (mt_date_days_between (cases[i].from, result), ==, cases[i].days);
    }
}

static void
test_date_format (void)
{
  g_autofree char *long_form = mt_date_format_long ("2023-10-16");
  g_autofree char *short_form = mt_date_format_short ("2023-08-03");
  g_autofree char *not_a_date = mt_date_format_long ("soon");

  /* The tests run in the C locale: English month names, day first (UN style). */
  g_assert_cmpstr (long_form, ==, "16 October 2023");
  g_assert_cmpstr (short_form, ==, "3 Aug 2023");
  /* Text that is not a date is shown as typed rather than dropped. */
  g_assert_cmpstr (not_a_date, ==, "soon");
}

/* French writes the first day of a month "1er": "1er juillet 2023", never "1 juillet". */
static void
test_date_format_french (void)
{
  g_autofree char *first = NULL;
  g_autofree char *first_short = NULL;
  g_autofree char *other = NULL;
  g_autofree char *english = NULL;

  english = mt_date_format_long ("2023-07-01");
  g_assert_cmpstr (english, ==, "1 July 2023");

  if (setlocale (LC_ALL, "fr_FR.UTF-8") == NULL)
    {
      g_test_skip ("the fr_FR.UTF-8 locale is not installed");
      return;
    }
  bindtextdomain (GETTEXT_PACKAGE, MT_BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  first = mt_date_format_long ("2023-07-01");
  first_short = mt_date_format_short ("2023-10-01");
  other = mt_date_format_long ("2023-12-31");
  setlocale (LC_ALL, "C.UTF-8");

  g_assert_cmpstr (first, ==, "1er juillet 2023");
  g_assert_cmpstr (first_short, ==, "1er oct. 2023");
  g_assert_cmpstr (other, ==, "31 décembre 2023");
}

/* Percentages as each language writes them: "17%" in English, "17 %" (a narrow no-break
 * space) and a decimal comma in French. */
static void
test_format_percent (void)
{
  g_autofree char *whole = mt_format_percent (17, 0);
  g_autofree char *tenths = mt_format_percent (12.5, 1);
  g_autofree char *fr_whole = NULL;
  g_autofree char *fr_tenths = NULL;

  g_assert_cmpstr (whole, ==, "17%");
  g_assert_cmpstr (tenths, ==, "12.5%");

  if (setlocale (LC_ALL, "fr_FR.UTF-8") == NULL)
    {
      g_test_skip ("the fr_FR.UTF-8 locale is not installed");
      return;
    }
  bindtextdomain (GETTEXT_PACKAGE, MT_BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  fr_whole = mt_format_percent (17, 0);
  fr_tenths = mt_format_percent (12.5, 1);
  setlocale (LC_ALL, "C.UTF-8");

  g_assert_cmpstr (fr_whole, ==, "17\u202f%");
  g_assert_cmpstr (fr_tenths, ==, "12,5\u202f%");
}

/* A moment in full, in local time (the tests run with TZ=UTC): the short date and the time
 * of day, as each language writes them. */
static void
test_format_time (void)
{
  g_autofree char *english = mt_date_format_time ("2026-12-04T14:05:00Z");
  g_autofree char *not_a_moment = mt_date_format_time ("yesterday");
  g_autofree char *french = NULL;
  g_autofree char *french_first = NULL;

  g_assert_cmpstr (english, ==, "4 Dec 2026, 14:05");
  g_assert_cmpstr (not_a_moment, ==, "yesterday");

  if (setlocale (LC_ALL, "fr_FR.UTF-8") == NULL)
    {
      g_test_skip ("the fr_FR.UTF-8 locale is not installed");
      return;
    }
  bindtextdomain (GETTEXT_PACKAGE, MT_BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  french = mt_date_format_time ("2026-12-04T14:05:00Z");
  french_first = mt_date_format_time ("2026-12-01T09:30:00Z");
  setlocale (LC_ALL, "C.UTF-8");

  g_assert_cmpstr (french, ==, "4 déc. 2026, 14:05");
  g_assert_cmpstr (french_first, ==, "1er déc. 2026, 09:30");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mt/date/valid", test_date_valid);
  g_test_add_func ("/mt/date/parse", test_date_parse);
  g_test_add_func ("/mt/date/days-between", test_date_days_between);
  g_test_add_func ("/mt/date/add-days", test_date_add_days);
  g_test_add_func ("/mt/date/format", test_date_format);
  g_test_add_func ("/mt/date/format-french", test_date_format_french);
  g_test_add_func ("/mt/date/format-percent", test_format_percent);
  g_test_add_func ("/mt/date/format-time", test_format_time);

  return g_test_run ();
}
