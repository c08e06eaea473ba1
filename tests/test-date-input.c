/* test-date-input.c: dates typed in the locale's own order (mt-date-input.h).
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <locale.h>

#include "mt-date-input.h"
#include "mt-test-util.h"

/* What each locale makes of the same figures: the bug of issue #13 was 03/04/2023 typed
 * in en_US stored as 3 April. */
typedef struct
{
  const char *locale;
  const char *language;
  MtDateOrder order;
  const char *typed_03_04;    /* what 03/04/2023 is there */
  const char *pattern;
  const char *shown;          /* 2023-12-31 written back */
} LocaleCase;

static const LocaleCase locale_cases[] = {
  { "en_US.UTF-8", "en", MT_DATE_ORDER_MDY, "2023-03-04", "MM/DD/YYYY", "12/31/2023" },
  { "en_GB.UTF-8", "en", MT_DATE_ORDER_DMY, "2023-04-03", "DD/MM/YYYY", "31/12/2023" },
  { "fr_FR.UTF-8", "fr", MT_DATE_ORDER_DMY, "2023-04-03", "JJ/MM/AAAA", "31/12/2023" },
  { "C.UTF-8",     "en", MT_DATE_ORDER_MDY, "2023-03-04", "MM/DD/YYYY", "12/31/2023" },
};

static void
test_locale_order (gconstpointer data)
{
  const LocaleCase *c = data;
  MtDateStyle style;
  g_autofree char *typed = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *pattern = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *again = NULL;

  if (!mt_test_use_locale (c->locale, c->language))
    return;

  mt_date_style_init_for_locale (&style);
  typed = mt_date_style_parse (&style, "03/04/2023");
  iso = mt_date_style_parse (&style, "2023-03-04");
  pattern = mt_date_style_pattern (&style);
  shown = mt_date_style_format (&style, "2023-12-31");
  again = mt_date_style_parse (&style, shown);
  mt_test_restore_locale ();

  g_assert_cmpint (style.order, ==, c->order);
  g_assert_cmpint (style.separator, ==, '/');
  g_assert_cmpstr (typed, ==, c->typed_03_04);
  /* ISO is the same date everywhere. */
  g_assert_cmpstr (iso, ==, "2023-03-04");
  g_assert_cmpstr (pattern, ==, c->pattern);
  g_assert_cmpstr (shown, ==, c->shown);
  /* What the field writes, it reads back. */
  g_assert_cmpstr (again, ==, "2023-12-31");
}

static void
test_parse_day_first (void)
{
  const MtDateStyle style = { MT_DATE_ORDER_DMY, '/' };
  struct {
    const char *text;
    const char *expected;
  } cases[] = {
    { " 31/12/2023 ", "2023-12-31" },
    { "1.8.2023", "2023-08-01" },       /* dots and single figures, as Europeans write */
    { "1-8-2023", "2023-08-01" },
    { "1 8 2023", "2023-08-01" },
    { "2023-8-1", "2023-08-01" },       /* a year first is ISO */
    { "29/02/2024", "2024-02-29" },
    { "29/02/2023", NULL },             /* not a leap year */
    { "31/04/2023", NULL },
    { "12/31/2023", NULL },             /* month first: not in this locale */
    { "31/12/23", NULL },               /* which century? not guessed */
    { "31/12-2023", NULL },             /* two different separators */
    { "31//12/2023", NULL },
    { "31/12/2023x", NULL },
    { "2023-12-311", NULL },
    { "tomorrow", NULL },
    { "", NULL },
    { NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *iso = mt_date_style_parse (&style, cases[i].text);

      g_assert_cmpstr (iso, ==, cases[i].expected);
    }
}

static void
test_parse_month_first (void)
{
  const MtDateStyle style = { MT_DATE_ORDER_MDY, '/' };
  g_autofree char *march = mt_date_style_parse (&style, "3/4/2023");
  g_autofree char *day_first = mt_date_style_parse (&style, "15/11/2023");

  g_assert_cmpstr (march, ==, "2023-03-04");
  /* 15 is no month: refused rather than read day first behind the user's back. */
  g_assert_null (day_first);
}

static void
test_parse_year_first (void)
{
  const MtDateStyle style = { MT_DATE_ORDER_YMD, '-' };
  g_autofree char *iso = mt_date_style_parse (&style, "2023/03/04");
  g_autofree char *figures = mt_date_style_parse (&style, "03/04/2023");
  g_autofree char *shown = mt_date_style_format (&style, "2023-03-04");
  g_autofree char *pattern = mt_date_style_pattern (&style);
  g_autofree char *not_a_date = mt_date_style_format (&style, "soon");

  g_assert_cmpstr (iso, ==, "2023-03-04");
  g_assert_null (figures);
  g_assert_cmpstr (shown, ==, "2023-03-04");
  g_assert_cmpstr (pattern, ==, "YYYY-MM-DD");
  g_assert_null (not_a_date);
}

/* A German date is written with dots: the field writes it so and the hint says so. */
static void
test_separator_kept (void)
{
  const MtDateStyle style = { MT_DATE_ORDER_DMY, '.' };
  g_autofree char *shown = mt_date_style_format (&style, "2023-08-01");
  g_autofree char *pattern = mt_date_style_pattern (&style);

  g_assert_cmpstr (shown, ==, "01.08.2023");
  g_assert_cmpstr (pattern, ==, "DD.MM.YYYY");
}

static void
test_limits (void)
{
  const char *start = "2023-07-01";
  const char *deadline = "2023-12-31";
  const char *latest = "2023-10-16";

  g_assert_cmpint (mt_date_check_limits ("2023-03-04", start, deadline, latest), ==,
                   MT_DATE_LIMIT_BEFORE_START);
  g_assert_cmpint (mt_date_check_limits ("2023-07-01", start, deadline, latest), ==,
                   MT_DATE_LIMIT_NONE);
  g_assert_cmpint (mt_date_check_limits ("2023-10-16", start, deadline, latest), ==,
                   MT_DATE_LIMIT_NONE);
  g_assert_cmpint (mt_date_check_limits ("2023-10-17", start, deadline, latest), ==,
                   MT_DATE_LIMIT_AFTER_LATEST);
  /* Past the deadline says so, though it is past the latest data too. */
  g_assert_cmpint (mt_date_check_limits ("2024-01-01", start, deadline, latest), ==,
                   MT_DATE_LIMIT_AFTER_DEADLINE);
  /* A plan may lie after the latest data: no latest limit given. */
  g_assert_cmpint (mt_date_check_limits ("2023-11-30", start, deadline, NULL), ==,
                   MT_DATE_LIMIT_NONE);
  /* Limits not known check nothing. */
  g_assert_cmpint (mt_date_check_limits ("1999-01-01", NULL, NULL, NULL), ==,
                   MT_DATE_LIMIT_NONE);
  g_assert_cmpint (mt_date_check_limits ("not a date", start, deadline, latest), ==,
                   MT_DATE_LIMIT_NONE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (locale_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/mt/date-input/locale/%s", locale_cases[i].locale);

      g_test_add_data_func (path, &locale_cases[i], test_locale_order);
    }
  g_test_add_func ("/mt/date-input/day-first", test_parse_day_first);
  g_test_add_func ("/mt/date-input/month-first", test_parse_month_first);
  g_test_add_func ("/mt/date-input/year-first", test_parse_year_first);
  g_test_add_func ("/mt/date-input/separator", test_separator_kept);
  g_test_add_func ("/mt/date-input/limits", test_limits);

  return g_test_run ();
}
