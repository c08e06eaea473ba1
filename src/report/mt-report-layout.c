/* mt-report-layout.c: flowing blocks of text, tables and charts onto printed pages.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pagination lays every block out once and records what goes on each page as a list
 * of drawing operations (a laid-out text, a rule, a tint, a chart); drawing a page only
 * replays its list, so the print preview, the printer and the PDF file show the very
 * same pages, and the page count is known before the first page is drawn.
 * mt-report-layout-blocks.c holds the content API that records the blocks, and
 * mt-report-table.c the tables.
 */

#define G_LOG_DOMAIN "mt-report-layout"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "mt-report-layout-private.h"

static const double ink[4]       = { 0.10, 0.10, 0.11, 1.0 };
static const double muted[4]     = { 0.37, 0.36, 0.39, 1.0 };
static const double rule[4]      = { 0.78, 0.77, 0.76, 1.0 };
static const double dark_rule[4] = { 0.30, 0.30, 0.32, 1.0 };
static const double tint[4]      = { 0.99, 0.91, 0.89, 1.0 };
static const double alarm[4]     = { 0.75, 0.11, 0.16, 1.0 };
static const double box[4]       = { 0.96, 0.96, 0.95, 1.0 };

/* Helpers */

static void
new_page (MtReportLayout *self)
{
  g_assert (self != NULL);

  g_ptr_array_add (self->pages, g_array_new (FALSE, TRUE, sizeof (Op)));
  self->y = self->top;
}

/* Starts a new page unless @height fits below the current position (or the page is
 * still empty: a block taller than a page is placed anyway, rather than looping). */
static void
ensure_room (MtReportLayout *self,
             double          height)
{
  g_assert (self != NULL);

  if (self->y + height > self->bottom + 0.01 && self->y > self->top)
    new_page (self);
}

static void
skip (MtReportLayout *self,
      double          space)
{
  /* Space above a block is dropped at the top of a page, so pages line up. */
  if (self->y > self->top)
    self->y = MIN (self->y + space, self->bottom);
}

static double
text_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);

  return h / (double) PANGO_SCALE;
}

static void
flow_text (MtReportLayout *self,
           Block          *block,
           const Block    *next)
{
  double height;
  double space_before = 0, space_after = 4;

  g_assert (self != NULL);

  block->layout = _mt_report_layout_text (self, block->style, block->text,
                                          self->right - self->left, PANGO_ALIGN_LEFT);
  height = text_height (block->layout);

  switch (block->style)
    {
    case MT_REPORT_TEXT_HEADING:
      space_before = 18;
      space_after = 6;
      break;
    case MT_REPORT_TEXT_TITLE:
      space_before = 2;
      space_after = 2;
      break;
    case MT_REPORT_TEXT_SUBTITLE:
      space_after = 12;
      break;
    case MT_REPORT_TEXT_NOTE:
      space_before = 2;
      space_after = 6;
      break;
    case MT_REPORT_TEXT_BODY:
    case MT_REPORT_TEXT_KICKER:
    default:
      break;
    }

  skip (self, space_before);
  /* A heading never ends a page: it goes with the start of what it introduces. */
  if (block->style == MT_REPORT_TEXT_HEADING && next != NULL)
    ensure_room (self, height + space_after + _mt_report_layout_first_height (self, next));
  else
    ensure_room (self, height);

  _mt_report_layout_add_text_op (self, block->layout, self->left, self->y,
                                 block->style == MT_REPORT_TEXT_NOTE ||
                                 block->style == MT_REPORT_TEXT_KICKER ||
                                 block->style == MT_REPORT_TEXT_SUBTITLE ? muted : ink);
  self->y += height;
  if (block->style == MT_REPORT_TEXT_HEADING)
    _mt_report_layout_add_line (self, self->left, self->y + 2, self->right, self->y + 2,
                                0.8, dark_rule);
  self->y += space_after;
}

static void
flow_fact (MtReportLayout *self,
           Block          *block)
{
  double label_width = self->fact_label_width;
  double height;

  g_assert (self != NULL);

  g_clear_object (&block->layout);
  g_clear_object (&block->value_layout);
  block->layout = _mt_report_layout_text (self, MT_REPORT_TEXT_BODY, block->text,
                                          label_width - 8, PANGO_ALIGN_LEFT);
  block->value_layout = _mt_report_layout_text (self, MT_REPORT_TEXT_BODY, block->value,
                                                self->right - self->left - label_width,
                                                PANGO_ALIGN_LEFT);
  height = MAX (text_height (block->layout), text_height (block->value_layout));

  ensure_room (self, height);
  _mt_report_layout_add_text_op (self, block->layout, self->left, self->y, muted);
  _mt_report_layout_add_text_op (self, block->value_layout, self->left + label_width, self->y,
                                 ink);
  self->y += height + 3;
}

static void
flow_figures (MtReportLayout *self,
              Block          *block)
{
  guint n = block->figures->len / 2;
  double gap = 8;
  double width = (self->right - self->left - gap * (n - 1)) / n;
  double height = 0;
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert (self != NULL);
  g_assert (n > 0);

  for (guint i = 0; i < n; i++)
    {
      const char *value = g_ptr_array_index (block->figures, 2 * i);
      const char *label = g_ptr_array_index (block->figures, 2 * i + 1);
      PangoLayout *v = _mt_report_layout_text (self, MT_REPORT_TEXT_TITLE, value,
                                               width - 16, PANGO_ALIGN_LEFT);
      PangoLayout *l = _mt_report_layout_text (self, MT_REPORT_TEXT_NOTE, label,
                                               width - 16, PANGO_ALIGN_LEFT);

      height = MAX (height, text_height (v) + text_height (l) + 2);
      g_ptr_array_add (layouts, v);
      g_ptr_array_add (layouts, l);
    }
  height += 16;

  skip (self, 6);
  ensure_room (self, height);
  for (guint i = 0; i < n; i++)
    {
      double x = self->left + i * (width + gap);
      PangoLayout *v = g_ptr_array_index (layouts, 2 * i);
      PangoLayout *l = g_ptr_array_index (layouts, 2 * i + 1);

      _mt_report_layout_add_fill (self, x, self->y, width, height, box);
      _mt_report_layout_add_text_op (self, v, x + 8, self->y + 8, ink);
      _mt_report_layout_add_text_op (self, l, x + 8, self->y + 10 + text_height (v), muted);
    }
  self->y += height + 8;
}

static void
flow_chart (MtReportLayout *self,
            Block          *block)
{
  Op op = { OP_CHART, };

  g_assert (self != NULL);

  skip (self, 6);
  ensure_room (self, block->height);
  op.x = self->left;
  op.y = self->y;
  op.w = self->right - self->left;
  op.h = block->height;
  op.block = block;
  g_array_append_val (_mt_report_layout_current_page (self), op);
  self->y += block->height + 8;
}

static void
draw_op (cairo_t  *cr,
         const Op *op)
{
  g_assert (cr != NULL);
  g_assert (op != NULL);

  cairo_save (cr);
  switch (op->kind)
    {
    case OP_TEXT:
      cairo_set_source_rgba (cr, op->rgba[0], op->rgba[1], op->rgba[2], op->rgba[3]);
      cairo_move_to (cr, op->x, op->y);
      pango_cairo_show_layout (cr, op->layout);
      break;
    case OP_LINE:
      cairo_set_source_rgba (cr, op->rgba[0], op->rgba[1], op->rgba[2], op->rgba[3]);
      cairo_set_line_width (cr, op->line_width);
      cairo_move_to (cr, op->x, op->y);
      cairo_line_to (cr, op->x + op->w, op->y + op->h);
      cairo_stroke (cr);
      break;
    case OP_FILL:
      cairo_set_source_rgba (cr, op->rgba[0], op->rgba[1], op->rgba[2], op->rgba[3]);
      cairo_rectangle (cr, op->x, op->y, op->w, op->h);
      cairo_fill (cr);
      break;
    case OP_CHART:
      cairo_rectangle (cr, op->x, op->y, op->w, op->h);
      cairo_clip (cr);
      cairo_translate (cr, op->x, op->y);
      op->block->func (cr, op->w, op->h, op->block->user_data);
      break;
    default:
      g_assert_not_reached ();
    }
  cairo_restore (cr);
}

static void
draw_furniture (MtReportLayout *self,
                cairo_t        *cr,
                guint           page)
{
  double width = self->right - self->left;
  g_autofree char *page_text = NULL;
  g_autoptr(PangoLayout) header_left = NULL;
  g_autoptr(PangoLayout) header_right = NULL;
  g_autoptr(PangoLayout) footer_left = NULL;
  g_autoptr(PangoLayout) footer_right = NULL;
  Op op = { OP_TEXT, };
  double header_y = self->top - 30;
  double footer_y = self->bottom + 16;

  g_assert (self != NULL);

  /* Translators: the page number and the page count, in the report's footer */
  page_text = g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len);
  header_left = _mt_report_layout_text (self, MT_REPORT_TEXT_NOTE, self->header_left,
                                        width * 0.6, PANGO_ALIGN_LEFT);
  header_right = _mt_report_layout_text (self, MT_REPORT_TEXT_NOTE, self->header_right,
                                         width * 0.4, PANGO_ALIGN_RIGHT);
  footer_left = _mt_report_layout_text (self, MT_REPORT_TEXT_NOTE, self->footer_left,
                                        width * 0.78, PANGO_ALIGN_LEFT);
  footer_right = _mt_report_layout_text (self, MT_REPORT_TEXT_NOTE, page_text,
                                         width * 0.22, PANGO_ALIGN_RIGHT);

  op.rgba = muted;
  op.x = self->left, op.y = header_y, op.layout = header_left;
  draw_op (cr, &op);
  op.x = self->left + width * 0.6, op.layout = header_right;
  draw_op (cr, &op);
  op.x = self->left, op.y = footer_y, op.layout = footer_left;
  draw_op (cr, &op);
  op.x = self->left + width * 0.78, op.layout = footer_right;
  draw_op (cr, &op);

  if (self->mark != NULL)
    {
      /* Above the header, in the alarm colour: the mark cannot be missed on any page. */
      op.rgba = alarm;
      op.x = self->left, op.y = header_y - 16;
      op.layout = _mt_report_layout_text (self, MT_REPORT_TEXT_NOTE, self->mark, width,
                                          PANGO_ALIGN_LEFT);
      draw_op (cr, &op);
      g_object_unref (op.layout);
    }

  op = (Op) { OP_LINE, self->left, header_y + text_height (header_left) + 4, width, 0 };
  op.rgba = rule;
  op.line_width = 0.5;
  draw_op (cr, &op);
  op.y = footer_y - 5;
  draw_op (cr, &op);
}

/* Private API */

void
_mt_report_page_free (GArray *ops)
{
  for (guint i = 0; i < ops->len; i++)
    g_clear_object (&g_array_index (ops, Op, i).layout);
  g_array_unref (ops);
}

PangoLayout *
_mt_report_layout_text (MtReportLayout    *self,
                        MtReportTextStyle  style,
                        const char        *markup,
                        double             width,
                        PangoAlignment     align)
{
  PangoLayout *layout = pango_layout_new (self->pango);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (MT_REPORT_FONT);
  double size = 9;

  switch (style)
    {
    case MT_REPORT_TEXT_NOTE:
      size = 7.5;
      break;
    case MT_REPORT_TEXT_HEADING:
      size = 12.5;
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case MT_REPORT_TEXT_KICKER:
      size = 8;
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case MT_REPORT_TEXT_TITLE:
      size = 18;
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case MT_REPORT_TEXT_SUBTITLE:
      size = 10.5;
      break;
    case MT_REPORT_TEXT_BODY:
    default:
      break;
    }

  pango_font_description_set_size (font, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, MAX (width, 1) * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, align);
  pango_layout_set_markup (layout, markup != NULL ? markup : "", -1);

  return layout;
}

GArray *
_mt_report_layout_current_page (MtReportLayout *self)
{
  return g_ptr_array_index (self->pages, self->pages->len - 1);
}

void
_mt_report_layout_add_text_op (MtReportLayout *self,
                               PangoLayout    *layout,
                               double          x,
                               double          y,
                               const double   *rgba)
{
  Op op = { OP_TEXT, x, y, 0, 0, g_object_ref (layout), rgba };

  g_array_append_val (_mt_report_layout_current_page (self), op);
}

void
_mt_report_layout_add_line (MtReportLayout *self,
                            double          x1,
                            double          y1,
                            double          x2,
                            double          y2,
                            double          line_width,
                            const double   *rgba)
{
  Op op = { OP_LINE, x1, y1, x2 - x1, y2 - y1, NULL, rgba, line_width };

  g_array_append_val (_mt_report_layout_current_page (self), op);
}

void
_mt_report_layout_add_fill (MtReportLayout *self,
                            double          x,
                            double          y,
                            double          width,
                            double          height,
                            const double   *rgba)
{
  Op op = { OP_FILL, x, y, width, height, NULL, rgba };

  g_array_append_val (_mt_report_layout_current_page (self), op);
}

const double *
_mt_report_layout_color (const char *name)
{
  if (g_str_equal (name, "muted"))
    return muted;
  if (g_str_equal (name, "rule"))
    return rule;
  if (g_str_equal (name, "dark-rule"))
    return dark_rule;
  if (g_str_equal (name, "tint"))
    return tint;
  if (g_str_equal (name, "alarm"))
    return alarm;
  return ink;
}

double
_mt_report_layout_first_height (MtReportLayout *self,
                                const Block    *block)
{
  switch (block->kind)
    {
    case BLOCK_TABLE:
      return _mt_report_table_first_height (self, block->table);
    case BLOCK_CHART:
      return block->height + 6;
    case BLOCK_FIGURES:
      return 50;
    case BLOCK_TEXT:
    case BLOCK_FACT:
    default:
      return 24;
    }
}

/* Public API */

guint
mt_report_layout_paginate (MtReportLayout *self,
                           double          width,
                           double          height)
{
  double margin = width > 600 ? 54 : 50;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (width > 200 && height > 200, 0);

  g_ptr_array_set_size (self->pages, 0);
  self->left = margin;
  self->right = width - margin;
  self->top = 66;
  self->bottom = height - 58;
  self->fact_label_width = 0;
  new_page (self);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      if (block->kind == BLOCK_TABLE)
        _mt_report_table_reset (block->table);
    }

  /* Fact labels share one column, as wide as the widest label. */
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);
      g_autoptr(PangoLayout) probe = NULL;
      PangoRectangle extents;

      if (block->kind != BLOCK_FACT)
        continue;
      probe = _mt_report_layout_text (self, MT_REPORT_TEXT_BODY, block->text, -1,
                                      PANGO_ALIGN_LEFT);
      pango_layout_set_width (probe, -1);
      pango_layout_get_pixel_extents (probe, NULL, &extents);
      self->fact_label_width = MAX (self->fact_label_width, extents.width + 16);
    }
  self->fact_label_width = MIN (self->fact_label_width, (self->right - self->left) * 0.4);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);
      const Block *next = i + 1 < self->blocks->len ? g_ptr_array_index (self->blocks, i + 1)
                                                   : NULL;

      switch (block->kind)
        {
        case BLOCK_TEXT:
          g_clear_object (&block->layout);
          flow_text (self, block, next);
          break;
        case BLOCK_FACT:
          flow_fact (self, block);
          break;
        case BLOCK_FIGURES:
          flow_figures (self, block);
          break;
        case BLOCK_CHART:
          flow_chart (self, block);
          break;
        case BLOCK_TABLE:
          _mt_report_table_flow (self, block->table);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  return self->pages->len;
}

guint
mt_report_layout_get_n_pages (MtReportLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->pages->len;
}

void
mt_report_layout_draw_page (MtReportLayout *self,
                            cairo_t        *cr,
                            guint           page)
{
  GArray *ops;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->pages->len);

  ops = g_ptr_array_index (self->pages, page);
  for (guint i = 0; i < ops->len; i++)
    draw_op (cr, &g_array_index (ops, Op, i));

  draw_furniture (self, cr, page);
}
