/* mt-category.h: a personnel category (troops, staff officers, police, civilians…) with its
 * labels.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-types.h"

G_BEGIN_DECLS

#define MT_TYPE_CATEGORY (mt_category_get_type ())
G_DECLARE_FINAL_TYPE (MtCategory, mt_category, MT, CATEGORY, GObject)

/* A personnel category (data, not an enum: the next mission may have others).
 * Properties: code (string, e.g. "troops", "mso", "ipo", "fpu", "intl-staff", "unv"),
 *   name (string, localised), short-name (string, localised abbreviation, e.g. "MSO"),
 *   component (string, localised: "Force", "UN Police", "Civilian"),
 *   uniformed (boolean), position (int, display order). */
const char *mt_category_get_code       (MtCategory *self);
const char *mt_category_get_name       (MtCategory *self);
const char *mt_category_get_short_name (MtCategory *self);
const char *mt_category_get_component  (MtCategory *self);
gboolean    mt_category_get_uniformed  (MtCategory *self);
int         mt_category_get_position   (MtCategory *self);

G_END_DECLS
