/* mt-report-preview.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-report-preview"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-report-preview.h"

#define SHEET_MARGIN 24.0

struct _MtReportPreview
{
  AdwWindow       parent_instance;

  MtReport       *report;
  double          sheet_width;   /* points */
  double          sheet_height;
  guint           page;
  guint           n_pages;
  guint8         *drawn;         /* n_pages flags: the page was on screen at least once */
  guint           n_drawn;

  /* The print operation this window is the preview of: ended when the window goes. */
  GtkPrintOperationPreview *operation;

  GtkDrawingArea *area;
  GtkLabel       *position;
  GtkButton      *previous;
  GtkButton      *next;
};

G_DEFINE_FINAL_TYPE (MtReportPreview, mt_report_preview, ADW_TYPE_WINDOW)

/* Auxiliary methods */

static void
update_controls (MtReportPreview *self)
{
  g_autofree char *text = NULL;

  /* Translators: the print preview's position, e.g. "Page 2 of 4" */
  text = g_strdup_printf (_("Page %u of %u"), self->page + 1, MAX (self->n_pages, 1));
  gtk_label_set_label (self->position, text);
  gtk_widget_set_sensitive (GTK_WIDGET (self->previous), self->page > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->next), self->page + 1 < self->n_pages);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
}

/* Callbacks */

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        user_data)
{
  MtReportPreview *self = MT_REPORT_PREVIEW (user_data);
  double scale, x, y;

  if (self->n_pages == 0)
    return;

  /* The whole sheet, as large as fits, centred on a dim background like a desk. */
  scale = MIN ((width - 2 * SHEET_MARGIN) / self->sheet_width,
               (height - 2 * SHEET_MARGIN) / self->sheet_height);
  if (scale <= 0)
    return;
  x = (width - self->sheet_width * scale) / 2;
  y = (height - self->sheet_height * scale) / 2;

  cairo_set_source_rgba (cr, 0, 0, 0, 0.25);
  cairo_rectangle (cr, x + 2, y + 3, self->sheet_width * scale, self->sheet_height * scale);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, y, self->sheet_width * scale, self->sheet_height * scale);
  cairo_fill (cr);

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  cairo_rectangle (cr, 0, 0, self->sheet_width, self->sheet_height);
  cairo_clip (cr);
  mt_report_draw_page (self->report, cr, self->page);
  cairo_restore (cr);

  if (!self->drawn[self->page])
    {
      self->drawn[self->page] = TRUE;
      self->n_drawn++;
    }
}

static void
previous_clicked_cb (MtReportPreview *self)
{
  if (self->page > 0)
    mt_report_preview_set_page (self, self->page - 1);
}

static void
next_clicked_cb (MtReportPreview *self)
{
  mt_report_preview_set_page (self, self->page + 1);
}

static void
page_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  MtReportPreview *self = MT_REPORT_PREVIEW (widget);
  int delta = g_variant_get_int32 (param);

  if (delta < 0)
    previous_clicked_cb (self);
  else
    next_clicked_cb (self);
}

/* GObject overrides */

static void
mt_report_preview_dispose (GObject *object)
{
  MtReportPreview *self = MT_REPORT_PREVIEW (object);
  g_autoptr(GtkPrintOperationPreview) operation = g_steal_pointer (&self->operation);

  /* Only now: ending the preview ends the print operation, which stops waiting for us. */
  if (operation != NULL)
    gtk_print_operation_preview_end_preview (operation);

  g_clear_object (&self->report);

  G_OBJECT_CLASS (mt_report_preview_parent_class)->dispose (object);
}

static void
mt_report_preview_finalize (GObject *object)
{
  MtReportPreview *self = MT_REPORT_PREVIEW (object);

  g_free (self->drawn);

  G_OBJECT_CLASS (mt_report_preview_parent_class)->finalize (object);
}

static void
mt_report_preview_class_init (MtReportPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mt_report_preview_dispose;
  object_class->finalize = mt_report_preview_finalize;

  gtk_widget_class_install_action (widget_class, "preview.page", "i", page_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "preview.page", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "preview.page", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "preview.page", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "preview.page", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
mt_report_preview_init (MtReportPreview *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *title = adw_window_title_new (_("Print Preview"), NULL);
  GtkWidget *nav = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_window_set_title (GTK_WINDOW (self), _("Print Preview"));
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 820);

  self->previous = GTK_BUTTON (gtk_button_new_from_icon_name ("go-previous-symbolic"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->previous), _("Previous Page"));
  self->next = GTK_BUTTON (gtk_button_new_from_icon_name ("go-next-symbolic"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->next), _("Next Page"));
  gtk_widget_add_css_class (nav, "linked");
  gtk_box_append (GTK_BOX (nav), GTK_WIDGET (self->previous));
  gtk_box_append (GTK_BOX (nav), GTK_WIDGET (self->next));
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), nav);

  self->position = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->position), "numeric");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->position));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);

  self->area = GTK_DRAWING_AREA (gtk_drawing_area_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->area), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->area), TRUE);
  gtk_drawing_area_set_draw_func (self->area, draw_cb, self, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->area), "view");

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->area));
  adw_window_set_content (ADW_WINDOW (self), box);

  g_signal_connect_object (self->previous, "clicked", G_CALLBACK (previous_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->next, "clicked", G_CALLBACK (next_clicked_cb), self,
                           G_CONNECT_SWAPPED);
}

/* Public API */

MtReportPreview *
mt_report_preview_new (GtkWindow *parent,
                       MtReport  *report,
                       double     width,
                       double     height)
{
  MtReportPreview *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (MT_IS_REPORT (report), NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  self = g_object_new (MT_TYPE_REPORT_PREVIEW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
  self->report = g_object_ref (report);
  self->sheet_width = width;
  self->sheet_height = height;
  self->n_pages = mt_report_paginate (report, width, height);
  self->drawn = g_new0 (guint8, MAX (self->n_pages, 1));
  update_controls (self);

  return self;
}

guint
mt_report_preview_get_page (MtReportPreview *self)
{
  g_return_val_if_fail (MT_IS_REPORT_PREVIEW (self), 0);
  return self->page;
}

guint
mt_report_preview_get_n_pages (MtReportPreview *self)
{
  g_return_val_if_fail (MT_IS_REPORT_PREVIEW (self), 0);
  return self->n_pages;
}

void
mt_report_preview_set_page (MtReportPreview *self,
                            guint            page)
{
  g_return_if_fail (MT_IS_REPORT_PREVIEW (self));

  if (self->n_pages == 0 || page >= self->n_pages || page == self->page)
    return;

  self->page = page;
  update_controls (self);
}

guint
mt_report_preview_get_n_pages_drawn (MtReportPreview *self)
{
  g_return_val_if_fail (MT_IS_REPORT_PREVIEW (self), 0);
  return self->n_drawn;
}

void
mt_report_preview_set_operation (MtReportPreview          *self,
                                 GtkPrintOperationPreview *operation)
{
  g_return_if_fail (MT_IS_REPORT_PREVIEW (self));
  g_return_if_fail (operation == NULL || GTK_IS_PRINT_OPERATION_PREVIEW (operation));

  g_set_object (&self->operation, operation);
}

const char *
mt_report_preview_get_position (MtReportPreview *self)
{
  g_return_val_if_fail (MT_IS_REPORT_PREVIEW (self), NULL);
  return gtk_label_get_label (self->position);
}
