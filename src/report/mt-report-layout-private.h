/* mt-report-layout-private.h: shared by mt-report-layout.c, mt-report-layout-blocks.c
 * and mt-report-table.c.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pango.h>

#include "mt-report-layout.h"

G_BEGIN_DECLS

/* DejaVu Sans has tabular figures, so numbers line up in right-aligned columns. */
#define MT_REPORT_FONT "DejaVu Sans, Cantarell, Sans"

typedef enum
{
  BLOCK_TEXT,
  BLOCK_FACT,
  BLOCK_FIGURES,
  BLOCK_CHART,
  BLOCK_TABLE,
} BlockKind;

typedef struct
{
  BlockKind          kind;
  MtReportTextStyle  style;
  char              *text;        /* TEXT: markup; FACT: the label */
  char              *value;       /* FACT: markup */
  GPtrArray         *figures;     /* FIGURES: value, label, value, label... */
  double             height;      /* CHART */
  MtReportDrawFunc   func;
  gpointer           user_data;
  GDestroyNotify     destroy;
  MtReportTable     *table;
  PangoLayout       *layout;      /* laid out by the last pagination */
  PangoLayout       *value_layout;
} Block;

typedef enum
{
  OP_TEXT,
  OP_LINE,
  OP_FILL,
  OP_CHART,
} OpKind;

/* One drawing operation on a page. OP_LINE goes from (x, y) to (x + w, y + h). */
typedef struct
{
  OpKind        kind;
  double        x, y, w, h;
  PangoLayout  *layout;      /* OP_TEXT, owned */
  const double *rgba;        /* static colours */
  double        line_width;
  Block        *block;       /* OP_CHART */
} Op;

struct _MtReportLayout
{
  GPtrArray    *blocks;      /* (element-type Block) */
  GPtrArray    *pages;       /* (element-type GArray of Op) */
  PangoContext *pango;
  char         *header_left; /* markup */
  char         *header_right;
  char         *footer_left;
  char         *mark;        /* markup; NULL: none */

  /* The flow, during pagination */
  double        left, right, top, bottom;
  double        y;
  double        fact_label_width;
};

PangoLayout   *_mt_report_layout_text          (MtReportLayout    *self,
                                                MtReportTextStyle  style,
                                                const char        *markup,
                                                double             width,
                                                PangoAlignment     align);
GArray        *_mt_report_layout_current_page  (MtReportLayout    *self);
void           _mt_report_layout_add_text_op   (MtReportLayout    *self,
                                                PangoLayout       *layout,
                                                double             x,
                                                double             y,
                                                const double      *rgba);
void           _mt_report_layout_add_line      (MtReportLayout    *self,
                                                double             x1,
                                                double             y1,
                                                double             x2,
                                                double             y2,
                                                double             line_width,
                                                const double      *rgba);
void           _mt_report_layout_add_fill      (MtReportLayout    *self,
                                                double             x,
                                                double             y,
                                                double             width,
                                                double             height,
                                                const double      *rgba);
/* "ink", "muted", "rule", "dark-rule", "tint", "alarm" */
const double  *_mt_report_layout_color         (const char        *name);
/* The height the start of @block needs (a table: its header and first row). */
double         _mt_report_layout_first_height  (MtReportLayout    *self,
                                                const Block       *block);
void           _mt_report_page_free            (GArray            *ops);

/* mt-report-table.c */
MtReportTable *_mt_report_table_new            (guint                n_columns,
                                                const char *const   *headers,
                                                const MtReportAlign *aligns,
                                                int                  expand);
void           _mt_report_table_free           (MtReportTable     *table);
/* Forgets the last pagination's layout (the page size may change). */
void           _mt_report_table_reset          (MtReportTable     *table);
double         _mt_report_table_first_height   (MtReportLayout    *self,
                                                MtReportTable     *table);
/* Places the table from the current position, breaking it across pages between rows
 * and repeating the header row at the top of each new page. */
void           _mt_report_table_flow           (MtReportLayout    *self,
                                                MtReportTable     *table);

G_END_DECLS
