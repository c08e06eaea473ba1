/* mt-date.h: ISO 8601 calendar dates ("YYYY-MM-DD") as the store keeps them.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE if @iso is a valid calendar date written YYYY-MM-DD. */
gboolean  mt_date_is_valid      (const char *iso);
/* Parses YYYY-MM-DD into a GDate (invalid on failure). */
gboolean  mt_date_parse         (const char *iso,
                                 GDate      *out);
char     *mt_date_to_iso        (const GDate *date);
/* Days from @from to @to (positive when @to is later). Both must be valid. */
int       mt_date_days_between  (const char *from,
                                 const char *to);
/* Adds @days to @iso, returns a new ISO string. */
char     *mt_date_add_days      (const char *iso,
                                 int         days);
/* Today's date in local time, ISO. */
char     *mt_date_today         (void);
/* Locale-aware long form for people ("16 October 2023" / "16 octobre 2023"). */
char     *mt_date_format_long   (const char *iso);
/* Locale-aware short form ("16 Oct 2023"). */
char     *mt_date_format_short  (const char *iso);
/* A moment written ISO 8601 ("2026-12-04T14:05:00Z"), in local time, in full: the short
 * date and the time of day ("4 Dec 2026, 14:05" / "4 déc. 2026, 14:05"). @iso itself when
 * it is not such a moment. */
char     *mt_date_format_time   (const char *iso);
/* An integer with the locale's thousands separator ("3,367" / "3 367"). */
char     *mt_format_count       (gint64      value);
/* A percentage as the locale writes it, with @decimals digits after its decimal mark
 * ("17%" / "17 %", "12.5%" / "12,5 %"): every percentage shown goes through here, so a
 * progress bar and the text beside it agree. */
char     *mt_format_percent     (double      percent,
                                 guint       decimals);

G_END_DECLS
