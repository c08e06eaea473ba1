/* mt-date-input.h: dates as people type them, in their locale's own order.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "03/04/2023" is 4 March in en_US and 3 April in en_GB or French: a date field reads
 * what is typed in the order of the user's locale (LC_TIME), shows that order beside the
 * field ("MM/DD/YYYY", "JJ/MM/AAAA") and writes dates back the same way. ISO 8601
 * (2023-03-04) is read in every locale. Nothing here guesses: "15/11/2023" is not a date
 * in a month-first locale.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  MT_DATE_ORDER_DMY,   /* 31/12/2023: en_GB, fr_FR, de_DE… */
  MT_DATE_ORDER_MDY,   /* 12/31/2023: en_US, C */
  MT_DATE_ORDER_YMD,   /* 2023-12-31: sv_SE, ja_JP… */
} MtDateOrder;

/* How a locale writes a date in figures. */
typedef struct
{
  MtDateOrder order;
  char        separator;   /* '/', '.' or '-' */
} MtDateStyle;

/* The style of the current LC_TIME locale, read from how it writes a known date ("%x"). */
void      mt_date_style_init_for_locale (MtDateStyle       *style);
/* Reads @text (blanks around it ignored): ISO "YYYY-MM-DD" always, otherwise day, month
 * and a four-digit year in @style's order, separated by the same '/', '.', '-' or blank.
 * Returns the ISO form, or NULL. */
char     *mt_date_style_parse           (const MtDateStyle *style,
                                         const char        *text);
/* @iso written in @style ("03/04/2023"); NULL when @iso is not a date. */
char     *mt_date_style_format          (const MtDateStyle *style,
                                         const char        *iso);
/* What @style expects, in the user's language: "MM/DD/YYYY", "JJ/MM/AAAA". */
char     *mt_date_style_pattern         (const MtDateStyle *style);

/* Which limit of the mission's time a date passes (checked in this order). */
typedef enum
{
  MT_DATE_LIMIT_NONE,
  MT_DATE_LIMIT_BEFORE_START,    /* before the withdrawal began */
  MT_DATE_LIMIT_AFTER_DEADLINE,  /* after the withdrawal deadline */
  MT_DATE_LIMIT_AFTER_LATEST,    /* after the latest data recorded */
} MtDateLimit;

/* The limit @iso passes; any limit may be NULL (not known, or not to check). */
MtDateLimit mt_date_check_limits        (const char        *iso,
                                         const char        *start,
                                         const char        *deadline,
                                         const char        *latest);

G_END_DECLS
