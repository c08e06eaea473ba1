/* mt-report-table.c: tables in the report, sized to their content, broken between rows.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-report-table"

#include "config.h"

#include <pango/pangocairo.h>

#include "mt-report-layout-private.h"

#define CELL_PAD_X 5.0
#define CELL_PAD_Y 3.2

typedef struct
{
  MtReportRowFlags  flags;
  char            **cells;
} Row;

struct _MtReportTable
{
  guint          n_columns;
  char         **headers;
  MtReportAlign *aligns;
  int            expand;
  GPtrArray     *rows;      /* (element-type Row) */

  /* Laid out by the last pagination; row 0 is the header */
  double        *widths;
  GPtrArray     *layouts;   /* (element-type PangoLayout), n_columns per row */
  GArray        *heights;   /* double per row */
};

/* Helpers */

static void
row_free (gpointer data)
{
  Row *row = data;

  g_strfreev (row->cells);
  g_free (row);
}

/* The width @markup takes on one line (@natural) and its widest word (@minimum). */
static void
measure (MtReportLayout *layout,
         const char     *markup,
         gboolean        header,
         double         *natural,
         double         *minimum)
{
  g_autoptr(PangoLayout) probe = NULL;
  PangoRectangle extents;

  probe = _mt_report_layout_text (layout, header ? MT_REPORT_TEXT_NOTE : MT_REPORT_TEXT_BODY,
                                  markup, 1, PANGO_ALIGN_LEFT);
  pango_layout_set_wrap (probe, PANGO_WRAP_WORD);
  pango_layout_get_extents (probe, NULL, &extents);
  *minimum = MAX (*minimum, extents.width / (double) PANGO_SCALE);

  pango_layout_set_width (probe, -1);
  pango_layout_get_extents (probe, NULL, &extents);
  *natural = MAX (*natural, extents.width / (double) PANGO_SCALE);
}

/* Columns get their natural width when everything fits, the spare width going to the
 * expanding column. Otherwise the expanding column gives up width first, down to its
 * widest word, then the others in proportion to what they can spare: no word is ever
 * broken, and dates and numbers (written with no-break spaces) stay on one line. */
static void
allocate_widths (MtReportLayout *layout,
                 MtReportTable  *table,
                 double          available)
{
  g_autofree double *natural = g_new0 (double, table->n_columns);
  g_autofree double *minimum = g_new0 (double, table->n_columns);
  double total = 0, slack = 0, sum_minimum = 0, deficit;

  for (guint c = 0; c < table->n_columns; c++)
    {
      g_autofree char *header = g_strdup_printf ("<b>%s</b>", table->headers[c]);

      measure (layout, header, TRUE, &natural[c], &minimum[c]);
      for (guint r = 0; r < table->rows->len; r++)
        {
          Row *row = g_ptr_array_index (table->rows, r);
          const char *cell = row->cells[c];
          g_autofree char *markup = NULL;

          if (cell == NULL || *cell == '\0')
            continue;
          if (row->flags & MT_REPORT_ROW_STRONG)
            markup = g_strdup_printf ("<b>%s</b>", cell);
          measure (layout, markup != NULL ? markup : cell, FALSE, &natural[c], &minimum[c]);
        }
      natural[c] += 2 * CELL_PAD_X + 0.5;
      minimum[c] += 2 * CELL_PAD_X + 0.5;
      total += natural[c];
      table->widths[c] = natural[c];
    }

  if (total <= available)
    {
      if (table->expand >= 0)
        table->widths[table->expand] += available - total;
      else
        for (guint c = 0; c < table->n_columns; c++)
          table->widths[c] += (available - total) * natural[c] / total;
      return;
    }

  deficit = total - available;
  if (table->expand >= 0)
    {
      double give = MIN (deficit, natural[table->expand] - minimum[table->expand]);

      table->widths[table->expand] -= give;
      deficit -= give;
    }

  for (guint c = 0; c < table->n_columns; c++)
    {
      slack += table->widths[c] - minimum[c];
      sum_minimum += minimum[c];
    }

  for (guint c = 0; c < table->n_columns && deficit > 0; c++)
    {
      if (slack > deficit)
        table->widths[c] -= deficit * (table->widths[c] - minimum[c]) / slack;
      else
        /* Even the widest words do not fit side by side: squeeze them evenly. */
        table->widths[c] = minimum[c] * available / sum_minimum;
    }
}

static void
lay_out_row (MtReportLayout    *layout,
             MtReportTable     *table,
             const char *const *cells,
             MtReportRowFlags   flags,
             gboolean           header)
{
  double height = 0;

  for (guint c = 0; c < table->n_columns; c++)
    {
      g_autofree char *markup = NULL;
      PangoLayout *text;
      int w, h;

      if (header || (flags & MT_REPORT_ROW_STRONG))
        markup = g_strdup_printf ("<b>%s</b>", cells[c] != NULL ? cells[c] : "");
      else
        markup = g_strdup (cells[c] != NULL ? cells[c] : "");

      text = _mt_report_layout_text (layout, header ? MT_REPORT_TEXT_NOTE : MT_REPORT_TEXT_BODY,
                                     markup, table->widths[c] - 2 * CELL_PAD_X,
                                     table->aligns[c] == MT_REPORT_ALIGN_END ? PANGO_ALIGN_RIGHT
                                                                             : PANGO_ALIGN_LEFT);
      pango_layout_get_size (text, &w, &h);
      height = MAX (height, h / (double) PANGO_SCALE);
      g_ptr_array_add (table->layouts, text);
    }

  height += 2 * CELL_PAD_Y;
  g_array_append_val (table->heights, height);
}

static void
lay_out (MtReportLayout *layout,
         MtReportTable  *table)
{
  g_clear_pointer (&table->layouts, g_ptr_array_unref);
  g_clear_pointer (&table->heights, g_array_unref);
  table->layouts = g_ptr_array_new_with_free_func (g_object_unref);
  table->heights = g_array_new (FALSE, FALSE, sizeof (double));

  allocate_widths (layout, table, layout->right - layout->left);
  lay_out_row (layout, table, (const char *const *) table->headers, 0, TRUE);
  for (guint r = 0; r < table->rows->len; r++)
    {
      Row *row = g_ptr_array_index (table->rows, r);

      lay_out_row (layout, table, (const char *const *) row->cells, row->flags, FALSE);
    }
}

/* Places row @r (0: the header) at the current position. */
static void
place_row (MtReportLayout *layout,
           MtReportTable  *table,
           guint           r)
{
  double height = g_array_index (table->heights, double, r);
  MtReportRowFlags flags = r > 0 ? ((Row *) g_ptr_array_index (table->rows, r - 1))->flags : 0;
  double x = layout->left;

  if (flags & MT_REPORT_ROW_HIGHLIGHT)
    {
      _mt_report_layout_add_fill (layout, layout->left, layout->y, layout->right - layout->left,
                                  height, _mt_report_layout_color ("tint"));
      /* A bar in the margin still marks the row on a black and white printout. */
      _mt_report_layout_add_fill (layout, layout->left - 6, layout->y, 2.5, height,
                                  _mt_report_layout_color ("alarm"));
    }
  if (flags & MT_REPORT_ROW_RULE)
    _mt_report_layout_add_line (layout, layout->left, layout->y, layout->right, layout->y,
                                0.8, _mt_report_layout_color ("dark-rule"));

  for (guint c = 0; c < table->n_columns; c++)
    {
      PangoLayout *text = g_ptr_array_index (table->layouts, r * table->n_columns + c);

      _mt_report_layout_add_text_op (layout, text, x + CELL_PAD_X, layout->y + CELL_PAD_Y,
                                     r == 0 ? _mt_report_layout_color ("muted")
                                            : _mt_report_layout_color ("ink"));
      x += table->widths[c];
    }

  layout->y += height;
  if (r == 0)
    _mt_report_layout_add_line (layout, layout->left, layout->y, layout->right, layout->y,
                                0.8, _mt_report_layout_color ("dark-rule"));
  else
    _mt_report_layout_add_line (layout, layout->left, layout->y, layout->right, layout->y,
                                0.35, _mt_report_layout_color ("rule"));
}

/* Private API */

MtReportTable *
_mt_report_table_new (guint                n_columns,
                      const char *const   *headers,
                      const MtReportAlign *aligns,
                      int                  expand)
{
  MtReportTable *table = g_new0 (MtReportTable, 1);

  table->n_columns = n_columns;
  table->headers = g_new0 (char *, n_columns + 1);
  for (guint c = 0; c < n_columns; c++)
    table->headers[c] = g_markup_escape_text (headers[c] != NULL ? headers[c] : "", -1);
  table->aligns = g_memdup2 (aligns, sizeof (MtReportAlign) * n_columns);
  table->expand = expand;
  table->rows = g_ptr_array_new_with_free_func (row_free);
  table->widths = g_new0 (double, n_columns);

  return table;
}

void
_mt_report_table_free (MtReportTable *table)
{
  g_strfreev (table->headers);
  g_free (table->aligns);
  g_ptr_array_unref (table->rows);
  g_free (table->widths);
  g_clear_pointer (&table->layouts, g_ptr_array_unref);
  g_clear_pointer (&table->heights, g_array_unref);
  g_free (table);
}

void
_mt_report_table_reset (MtReportTable *table)
{
  g_clear_pointer (&table->layouts, g_ptr_array_unref);
  g_clear_pointer (&table->heights, g_array_unref);
}

double
_mt_report_table_first_height (MtReportLayout *self,
                               MtReportTable  *table)
{
  if (table->layouts == NULL)
    lay_out (self, table);

  return g_array_index (table->heights, double, 0) +
         (table->heights->len > 1 ? g_array_index (table->heights, double, 1) : 0) + 8;
}

void
_mt_report_table_flow (MtReportLayout *self,
                       MtReportTable  *table)
{
  if (self->y > self->top)
    self->y += 4;

  /* Never a header alone at the foot of a page. */
  if (self->y + _mt_report_table_first_height (self, table) - 8 > self->bottom &&
      self->y > self->top)
    {
      g_ptr_array_add (self->pages, g_array_new (FALSE, TRUE, sizeof (Op)));
      self->y = self->top;
    }

  place_row (self, table, 0);
  for (guint r = 1; r < table->heights->len; r++)
    {
      double height = g_array_index (table->heights, double, r);

      if (self->y + height > self->bottom + 0.01)
        {
          g_ptr_array_add (self->pages, g_array_new (FALSE, TRUE, sizeof (Op)));
          self->y = self->top;
          place_row (self, table, 0);
        }
      place_row (self, table, r);
    }

  self->y += 8;
}

/* Public API */

void
mt_report_table_add_row (MtReportTable     *table,
                         MtReportRowFlags   flags,
                         const char *const *cells)
{
  Row *row;

  g_return_if_fail (table != NULL);
  g_return_if_fail (cells != NULL);

  row = g_new0 (Row, 1);
  row->flags = flags;
  row->cells = g_new0 (char *, table->n_columns + 1);
  for (guint c = 0; c < table->n_columns; c++)
    row->cells[c] = g_strdup (cells[c] != NULL ? cells[c] : "");
  g_ptr_array_add (table->rows, row);
}
