/* mt-chart-view.h
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cumulative departures against the straight line to the deadline, drawn with
 * mt_chart_render_* (report/mt-chart-render.h), so the report can reuse the drawing.
 * Properties: store (MtStore), as-of (string). Follows AdwStyleManager:dark.
 */

#pragma once

#include <adwaita.h>

#include "mt-types.h"

G_BEGIN_DECLS

#define MT_TYPE_CHART_VIEW (mt_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (MtChartView, mt_chart_view, MT, CHART_VIEW, GtkWidget)

G_END_DECLS
