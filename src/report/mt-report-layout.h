/* mt-report-layout.h: flowing blocks of text, tables and charts onto printed pages.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pango and cairo only, so the same pages go to a PDF file, a GTK print context or a
 * test. Units are points (1/72 in): text is laid out once at 72 dpi with hinting off,
 * so the pagination does not depend on the surface the pages are drawn on.
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  MT_REPORT_TEXT_BODY,
  MT_REPORT_TEXT_NOTE,     /* small, muted: explanations under a table */
  MT_REPORT_TEXT_HEADING,  /* section heading, kept with what follows */
  MT_REPORT_TEXT_KICKER,   /* small capitals above the title */
  MT_REPORT_TEXT_TITLE,
  MT_REPORT_TEXT_SUBTITLE,
} MtReportTextStyle;

typedef enum
{
  MT_REPORT_ALIGN_START,
  MT_REPORT_ALIGN_END,     /* numbers */
} MtReportAlign;

typedef enum
{
  MT_REPORT_ROW_NORMAL    = 0,
  MT_REPORT_ROW_STRONG    = 1 << 0,  /* subtotals and totals, bold */
  MT_REPORT_ROW_RULE      = 1 << 1,  /* a rule above: totals */
  MT_REPORT_ROW_HIGHLIGHT = 1 << 2,  /* needs attention: tinted, with a bar in the margin */
} MtReportRowFlags;

/* Draws a chart into (0,0)-(@width,@height) of @cr's user space, in points. */
typedef void (*MtReportDrawFunc) (cairo_t  *cr,
                                  double    width,
                                  double    height,
                                  gpointer  user_data);

typedef struct _MtReportLayout MtReportLayout;
typedef struct _MtReportTable  MtReportTable;

MtReportLayout *mt_report_layout_new            (void);
void            mt_report_layout_free           (MtReportLayout    *self);

/* Content, in reading order. Text is Pango markup: escape data with g_markup_escape_text. */
void            mt_report_layout_add_text       (MtReportLayout    *self,
                                                 MtReportTextStyle  style,
                                                 const char        *markup);
/* Label: value lines, labels in a column of their own. */
void            mt_report_layout_add_fact       (MtReportLayout    *self,
                                                 const char        *label,
                                                 const char        *value_markup);
/* A row of key figures in boxes; call once per figure, consecutive calls share a row. */
void            mt_report_layout_add_figure     (MtReportLayout    *self,
                                                 const char        *value,
                                                 const char        *label);
void            mt_report_layout_add_chart      (MtReportLayout    *self,
                                                 double             height,
                                                 MtReportDrawFunc   func,
                                                 gpointer           user_data,
                                                 GDestroyNotify     destroy);
/* A table with @n_columns; @headers and @aligns have @n_columns entries. @expand names
 * the column that takes the spare width (-1: none). Header rows repeat on every page. */
MtReportTable  *mt_report_layout_add_table      (MtReportLayout    *self,
                                                 guint              n_columns,
                                                 const char *const *headers,
                                                 const MtReportAlign *aligns,
                                                 int                expand);
/* @cells: n_columns strings of markup (NULL: empty). */
void            mt_report_table_add_row         (MtReportTable     *table,
                                                 MtReportRowFlags   flags,
                                                 const char *const *cells);

/* Header and footer texts on every page; the footer's right side reads "Page X of Y". */
void            mt_report_layout_set_furniture  (MtReportLayout    *self,
                                                 const char        *header_left,
                                                 const char        *header_right,
                                                 const char        *footer_left);

/* A warning line above the header of every page (plain text; NULL: none), e.g. that the
 * pages show a what-if scenario rather than the recorded plan. */
void            mt_report_layout_set_mark       (MtReportLayout    *self,
                                                 const char        *text);
/* Flows the content onto pages of @width × @height points; returns the page count (≥ 1). */
guint           mt_report_layout_paginate       (MtReportLayout    *self,
                                                 double             width,
                                                 double             height);
guint           mt_report_layout_get_n_pages    (MtReportLayout    *self);
/* Draws page @page (from 0) of the last pagination, in points from the page's top left. */
void            mt_report_layout_draw_page      (MtReportLayout    *self,
                                                 cairo_t           *cr,
                                                 guint              page);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MtReportLayout, mt_report_layout_free)

G_END_DECLS
