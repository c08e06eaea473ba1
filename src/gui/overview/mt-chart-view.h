/* mt-chart-view.h
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One drawdown chart, drawn with mt_chart_render_* (report/mt-chart-render.h) so the
 * printed report draws the same. Properties: store (MtStore), as-of (string, NULL =
 * latest), kind ("burndown", "categories" or "statuses"), scenario (string, the name of the
 * what-if scenario whose plan the burn-down draws too; NULL for none). Reloads when the store
 * changes (debounced), follows AdwStyleManager:dark, and shows the values at the
 * pointer's date.
 */

#pragma once

#include <adwaita.h>

#include "mt-types.h"

G_BEGIN_DECLS

#define MT_TYPE_CHART_VIEW (mt_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (MtChartView, mt_chart_view, MT, CHART_VIEW, GtkWidget)

/* What the hover read-out says at @x (widget coordinates); NULL outside the plot.
 * Valid once the view has been drawn. */
char *mt_chart_view_describe_at (MtChartView *self,
                                 double       x);

/* The theme's text colour and font for drawing with cairo: shared by the chart and
 * map views so both follow the desktop's font and the light or dark style. */
void  mt_widget_get_text_style  (GtkWidget   *widget,
                                 double       foreground[4],
                                 const char **font_family,
                                 double      *font_size);

G_END_DECLS
