/* mt-records-columns.h: the columns of each kind of MtRecordsPage.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mt-record-list.h"
#include "mt-types.h"

G_BEGIN_DECLS

typedef enum
{
  MT_RECORDS_CELL_TEXT,
  MT_RECORDS_CELL_DATE,
  MT_RECORDS_CELL_COUNT,      /* int64; negative = unknown */
  MT_RECORDS_CELL_MONEY,      /* double; NAN = unknown */
  MT_RECORDS_CELL_CONVOY_STATUS,
  MT_RECORDS_CELL_OWNER,
  MT_RECORDS_CELL_DECISION,
  MT_RECORDS_CELL_CAMP,       /* text; NULL reads "Mission-wide" */
  MT_RECORDS_CELL_PLANNED,    /* boolean: a movement planned, or made */
} MtRecordsCellType;

typedef struct
{
  const char        *title;
  const char        *property;
  MtRecordsCellType  type;
  gboolean           expand;
  /* The width of its usual values in characters (a camp, a category, a date): the column
   * never gets narrower, the table scrolls sideways instead of cutting them. */
  int                chars;
} MtRecordsColumn;

/* The columns of @kind (not MT_RECORDS_KIND_HISTORY), ended by one with a NULL title. */
const MtRecordsColumn *_mt_records_kind_columns   (MtRecordsKind          kind);
/* The cell as shown (translated, formatted); NULL for nothing. */
char                  *_mt_records_format_cell    (GObject               *record,
                                                   const MtRecordsColumn *column);
int                    _mt_records_compare_cells  (GObject               *a,
                                                   GObject               *b,
                                                   const MtRecordsColumn *column);
/* Whether @record (a movement or an asset) is at a camp. */
gboolean               _mt_records_has_camp       (GObject               *record);
/* Whether @view_sorter, a GtkColumnView's of @kind, sorts by the camp column first, either
 * way: rows without a camp then come first (they are not one camp among others). */
gboolean               _mt_records_sorted_by_camp (GtkSorter             *view_sorter,
                                                   MtRecordsKind          kind);
/* Whether one of the record's cells, as shown, matches @search (any record for none). */
gboolean               _mt_records_match_search   (GObject               *record,
                                                   MtRecordsKind          kind,
                                                   const char            *search);
/* Appends the columns of @kind to @view, each sortable, its cells formatted. */
void                   _mt_records_append_columns (GtkColumnView         *view,
                                                   MtRecordsKind          kind);
/* The footer line(s) for the records in @model (totals by decision and owner for
 * assets, at @camp_id, 0 = all; a line saying why when they cannot be read). */
char                  *_mt_records_dup_footer     (MtRecordsKind          kind,
                                                   GListModel            *model,
                                                   MtStore               *store,
                                                   gint64                 camp_id);

G_END_DECLS
