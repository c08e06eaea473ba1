/* mt-column-sorter.h
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sorter of one roster column. It never sorts anything itself (the roster
 * sorts in SQL); it lets the page find out which column a GtkColumnView sorts by
 * and in which direction, which GTK 4.8 has no public getter for
 * (gtk_column_view_sorter_get_primary_sort_column() is 4.10).
 * Property: column (MtRosterColumn).
 */

#pragma once

#include <gtk/gtk.h>

#include "mt-types.h"

G_BEGIN_DECLS

#define MT_TYPE_COLUMN_SORTER (mt_column_sorter_get_type ())
G_DECLARE_FINAL_TYPE (MtColumnSorter, mt_column_sorter, MT, COLUMN_SORTER, GtkSorter)

GtkSorter      *mt_column_sorter_new        (MtRosterColumn  column);
MtRosterColumn  mt_column_sorter_get_column (MtColumnSorter *self);
void            mt_column_sorter_set_column (MtColumnSorter *self,
                                             MtRosterColumn  column);
/* Asks @sorter (a GtkColumnView's sorter, or any sorter chaining MtColumnSorters
 * that may invert them) which MtColumnSorter it consults first and whether it
 * inverts it. Returns FALSE when no MtColumnSorter takes part (nothing sorted). */
gboolean        mt_column_sorter_probe      (GtkSorter      *sorter,
                                             MtRosterColumn *column,
                                             gboolean       *descending);

G_END_DECLS
