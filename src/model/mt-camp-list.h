/* mt-camp-list.h: every camp, as a GListModel of MtCamp that follows the store.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loads all camps eagerly (tens of rows) and keeps one MtCamp per row for its whole
 * life. Listens to the store's camp-added/-changed/-removed/reset signals and emits
 * items-changed at the right position: (pos,0,1) insert, (pos,1,0) delete, (pos,1,1)
 * update with the same object refreshed in place, (0,old,new) reset.
 * Properties: store (MtStore, construct-only), as-of (string, ISO date or NULL for the
 *   latest data; changing it refreshes every camp in place), n-items (uint).
 */

#pragma once

#include "mt-types.h"

G_BEGIN_DECLS

#define MT_TYPE_CAMP_LIST (mt_camp_list_get_type ())
G_DECLARE_FINAL_TYPE (MtCampList, mt_camp_list, MT, CAMP_LIST, GObject)

MtCampList *mt_camp_list_new            (MtStore    *store);
MtStore    *mt_camp_list_get_store      (MtCampList *self);
const char *mt_camp_list_get_as_of      (MtCampList *self);
void        mt_camp_list_set_as_of      (MtCampList *self,
                                         const char *as_of);
void        mt_camp_list_reload         (MtCampList *self);
/* Position of the camp with @camp_id, or G_MAXUINT. */
guint       mt_camp_list_find           (MtCampList *self,
                                         gint64      camp_id);

G_END_DECLS
