/* mt-status-pill.h
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A camp status as a small coloured pill (label + CSS class status-*).
 * Properties: status (MtCampStatus).
 */

#pragma once

#include <adwaita.h>

#include "mt-types.h"

G_BEGIN_DECLS

#define MT_TYPE_STATUS_PILL (mt_status_pill_get_type ())
G_DECLARE_FINAL_TYPE (MtStatusPill, mt_status_pill, MT, STATUS_PILL, GtkWidget)

void        mt_status_pill_set_status    (MtStatusPill *self,
                                          MtCampStatus  status);
/* The style class of @status ("status-closed"…), which ui/style.css colours. */
const char *mt_status_pill_get_css_class (MtCampStatus  status);

G_END_DECLS
