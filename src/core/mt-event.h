/* mt-event.h: a dated milestone on the timeline (a camp closed, a resolution adopted).
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-types.h"

G_BEGIN_DECLS

#define MT_TYPE_EVENT (mt_event_get_type ())
G_DECLARE_FINAL_TYPE (MtEvent, mt_event, MT, EVENT, GObject)

/* A dated milestone, optionally tied to a camp. Properties (read-write):
 *   id (int64), camp-id (int64, 0 for mission-wide), camp-name, date (ISO),
 *   kind (string key: "status", "handover", "convoy", "repatriation", "assessment",
 *   "mandate", "security", "note"), title (string, the product's own words). */
gint64      mt_event_get_id        (MtEvent *self);
gint64      mt_event_get_camp_id   (MtEvent *self);
const char *mt_event_get_camp_name (MtEvent *self);
const char *mt_event_get_date      (MtEvent *self);
const char *mt_event_get_kind      (MtEvent *self);
/* The kind keys, NULL-ended, in the order an editor offers them ("note" first). */
const char * const *mt_event_kind_list (void);
/* A kind key in words ("Handover"); a key of no known kind as it is. */
const char *mt_event_kind_get_label (const char *kind);
const char *mt_event_get_title     (MtEvent *self);
/* Added for editing: the stored English and French titles (title-en, title-fr; the
 * French one may be NULL). "title" is the one shown in the user's language. */
const char *mt_event_get_title_en  (MtEvent *self);
const char *mt_event_get_title_fr  (MtEvent *self);

G_END_DECLS
