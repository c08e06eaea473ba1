/* mt-camp-page.h
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Camp page: the selected camp's status, dates, personnel by category and events.
 * Properties: store (MtStore), camp (MtCamp or NULL: shows an AdwStatusPage),
 * as-of (string), editable (boolean, TRUE: FALSE turns every change off, for a login that
 * may only read or a connection lost; the history still shows).
 */

#pragma once

#include <adwaita.h>

#include "mt-types.h"

G_BEGIN_DECLS

#define MT_TYPE_CAMP_PAGE (mt_camp_page_get_type ())
G_DECLARE_FINAL_TYPE (MtCampPage, mt_camp_page, MT, CAMP_PAGE, AdwBin)

/* The camp's planned closure follows what-if scenario @name (NULL: the data's). */
void mt_camp_page_set_scenario (MtCampPage *self,
                                const char *name);

G_END_DECLS
