/* mt-wrap-box.h: a row of widgets that goes on over more rows when the width runs out.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A toolbar (search, filters, buttons) laid out as a GtkBox would while it fits, so a page
 * keeps working down to a phone's 360 px without a breakpoint (libadwaita 1.4): its minimum
 * width is that of its widest child. Children take their natural width; the row's room left
 * goes to those that expand horizontally. Properties: spacing (between children of a row),
 * row-spacing. In .ui files children are added with <child>.
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MT_TYPE_WRAP_BOX (mt_wrap_box_get_type ())
G_DECLARE_FINAL_TYPE (MtWrapBox, mt_wrap_box, MT, WRAP_BOX, GtkWidget)

GtkWidget *mt_wrap_box_new    (void);
void       mt_wrap_box_append (MtWrapBox *self,
                               GtkWidget *child);

G_END_DECLS
