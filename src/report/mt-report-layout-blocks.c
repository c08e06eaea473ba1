/* mt-report-layout-blocks.c: what goes into a report, in reading order.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The content API (texts, facts, key figures, charts, tables, page furniture) only
 * records blocks; nothing is laid out until mt_report_layout_paginate() in
 * mt-report-layout.c flows them onto pages, so this part is kept apart from the
 * pagination and drawing.
 */

#define G_LOG_DOMAIN "mt-report-layout"

#include "config.h"

#include <pango/pangocairo.h>

#include "mt-report-layout-private.h"

/* Helpers */

static void
block_free (gpointer data)
{
  Block *block = data;

  g_free (block->text);
  g_free (block->value);
  if (block->figures != NULL)
    g_ptr_array_unref (block->figures);
  if (block->destroy != NULL)
    block->destroy (block->user_data);
  if (block->table != NULL)
    _mt_report_table_free (block->table);
  g_clear_object (&block->layout);
  g_clear_object (&block->value_layout);
  g_free (block);
}

static Block *
add_block (MtReportLayout *self,
           BlockKind       kind)
{
  Block *block = g_new0 (Block, 1);

  g_assert (self != NULL);

  block->kind = kind;
  g_ptr_array_add (self->blocks, block);

  return block;
}

/* Public API */

MtReportLayout *
mt_report_layout_new (void)
{
  MtReportLayout *self = g_new0 (MtReportLayout, 1);
  cairo_font_options_t *options = cairo_font_options_create ();

  self->blocks = g_ptr_array_new_with_free_func (block_free);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) _mt_report_page_free);

  /* Hinting off: the same glyph advances on paper, on screen and in the PDF. */
  self->pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->pango, options);
  pango_cairo_context_set_resolution (self->pango, 72);
  cairo_font_options_destroy (options);

  return self;
}

void
mt_report_layout_free (MtReportLayout *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->pages);
  g_ptr_array_unref (self->blocks);
  g_object_unref (self->pango);
  g_free (self->header_left);
  g_free (self->header_right);
  g_free (self->footer_left);
  g_free (self->mark);
  g_free (self);
}

void
mt_report_layout_add_text (MtReportLayout    *self,
                           MtReportTextStyle  style,
                           const char        *markup)
{
  Block *block;

  g_return_if_fail (self != NULL);
  g_return_if_fail (markup != NULL);

  block = add_block (self, BLOCK_TEXT);
  block->style = style;
  block->text = g_strdup (markup);
}

void
mt_report_layout_add_fact (MtReportLayout *self,
                           const char     *label,
                           const char     *value_markup)
{
  g_autofree char *escaped = NULL;
  Block *block;

  g_return_if_fail (self != NULL);
  g_return_if_fail (label != NULL);

  escaped = g_markup_escape_text (label, -1);
  block = add_block (self, BLOCK_FACT);
  block->text = g_strdup (escaped);
  block->value = g_strdup (value_markup != NULL ? value_markup : "");
}

void
mt_report_layout_add_figure (MtReportLayout *self,
                             const char     *value,
                             const char     *label)
{
  Block *block = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (value != NULL && label != NULL);

  if (self->blocks->len > 0)
    block = g_ptr_array_index (self->blocks, self->blocks->len - 1);
  if (block == NULL || block->kind != BLOCK_FIGURES)
    {
      block = add_block (self, BLOCK_FIGURES);
      block->figures = g_ptr_array_new_with_free_func (g_free);
    }

  g_ptr_array_add (block->figures, g_markup_escape_text (value, -1));
  g_ptr_array_add (block->figures, g_markup_escape_text (label, -1));
}

void
mt_report_layout_add_chart (MtReportLayout   *self,
                            double            height,
                            MtReportDrawFunc  func,
                            gpointer          user_data,
                            GDestroyNotify    destroy)
{
  Block *block;

  g_return_if_fail (self != NULL);
  g_return_if_fail (height > 0);
  g_return_if_fail (func != NULL);

  block = add_block (self, BLOCK_CHART);
  block->height = height;
  block->func = func;
  block->user_data = user_data;
  block->destroy = destroy;
}

MtReportTable *
mt_report_layout_add_table (MtReportLayout      *self,
                            guint                n_columns,
                            const char *const   *headers,
                            const MtReportAlign *aligns,
                            int                  expand)
{
  Block *block;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_columns > 0, NULL);
  g_return_val_if_fail (headers != NULL && aligns != NULL, NULL);
  g_return_val_if_fail (expand < (int) n_columns, NULL);

  block = add_block (self, BLOCK_TABLE);
  block->table = _mt_report_table_new (n_columns, headers, aligns, expand);

  return block->table;
}

void
mt_report_layout_set_furniture (MtReportLayout *self,
                                const char     *header_left,
                                const char     *header_right,
                                const char     *footer_left)
{
  g_return_if_fail (self != NULL);

  g_free (self->header_left);
  g_free (self->header_right);
  g_free (self->footer_left);
  self->header_left = g_markup_escape_text (header_left != NULL ? header_left : "", -1);
  self->header_right = g_markup_escape_text (header_right != NULL ? header_right : "", -1);
  self->footer_left = g_markup_escape_text (footer_left != NULL ? footer_left : "", -1);
}

void
mt_report_layout_set_mark (MtReportLayout *self,
                           const char     *text)
{
  g_return_if_fail (self != NULL);

  g_free (self->mark);
  self->mark = NULL;
  if (text != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (text, -1);

      self->mark = g_strdup_printf ("<b>%s</b>", escaped);
    }
}
