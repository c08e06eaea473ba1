/* mt-records-columns.h: the columns of each kind of MtRecordsPage.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mt-types.h"

G_BEGIN_DECLS

typedef enum
{
  KIND_MOVEMENTS,
  KIND_CONVOYS,
  KIND_ASSETS,
} Kind;

typedef enum
{
  CELL_TEXT,
  CELL_DATE,
  CELL_COUNT,      /* int64; negative = unknown */
  CELL_MONEY,      /* double; NAN = unknown */
  CELL_CONVOY_STATUS,
  CELL_OWNER,
  CELL_DECISION,
  CELL_CAMP,       /* text; NULL reads "Mission-wide" */
} CellType;

typedef struct
{
  const char *title;
  const char *property;
  CellType    type;
  gboolean    expand;
} Column;

/* The columns of @kind, ended by one with a NULL title. */
const Column *_mt_records_kind_columns  (Kind          kind);
/* The cell as shown (translated, formatted); NULL for nothing. */
char         *_mt_records_format_cell   (GObject      *record,
                                         const Column *column);
int           _mt_records_compare_cells (GObject      *a,
                                         GObject      *b,
                                         const Column *column);
/* Whether one of the record's cells, as shown, matches @search (any record for none). */
gboolean      _mt_records_match_search  (GObject      *record,
                                         Kind          kind,
                                         const char   *search);
/* Appends the columns of @kind to @view, each sortable, its cells formatted. */
void          _mt_records_append_columns (GtkColumnView *view,
                                          Kind           kind);
/* The footer line(s) for the records in @model (totals by decision and owner for
 * assets, at @camp_id, 0 = all). */
char         *_mt_records_dup_footer    (Kind          kind,
                                         GListModel   *model,
                                         MtStore      *store,
                                         gint64        camp_id);

G_END_DECLS
