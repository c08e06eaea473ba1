/* mt-date-row.h
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An entry row for a date, typed in the order of the user's locale (08/31/2023 in en_US,
 * 31/08/2023 in en_GB or French; see mt-date-input.h) or ISO (2023-08-31), with the
 * format expected beside the text and a calendar in a popover.
 * Properties: date (ISO string or NULL when empty or not a date), valid (FALSE while
 * the text is not a date; an empty row is valid, the editor decides whether a date
 * is required).
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MT_TYPE_DATE_ROW (mt_date_row_get_type ())
G_DECLARE_FINAL_TYPE (MtDateRow, mt_date_row, MT, DATE_ROW, AdwEntryRow)

GtkWidget  *mt_date_row_new       (void);
const char *mt_date_row_get_date  (MtDateRow  *self);
void        mt_date_row_set_date  (MtDateRow  *self,
                                   const char *iso);
gboolean    mt_date_row_get_valid (MtDateRow  *self);
/* Why the text is not a date, naming the format expected; NULL while valid. */
const char *mt_date_row_get_problem (MtDateRow *self);
gboolean    mt_date_row_is_empty  (MtDateRow  *self);

G_END_DECLS
