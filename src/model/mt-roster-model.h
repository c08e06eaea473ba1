/* mt-roster-model.h: the roster as a GListModel of MtPerson that pages from SQL.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rosters reach a million rows. The model holds only the ordered row ids of the current
 * query (sorting and filtering run in SQL) and creates MtPerson objects in get_item()
 * from a small LRU cache of pages. Changing the query or a store write sends one
 * items-changed (0, old, new).
 * Over a database file the id query runs on a worker thread: the setters return at
 * once, "loading" turns TRUE, the old rows stay until the new ids arrive, then one
 * items-changed and "loading" FALSE. Over a ":memory:" store (tests) everything
 * happens inside the setter, as before.
 * Properties: store (construct-only), search (string), camp-id (int64), category
 *   (string), sort-column (MtRosterColumn as int), descending (boolean),
 *   as-of (string), n-items (uint), loading (boolean, read-only).
 */

#pragma once

#include "mt-types.h"

G_BEGIN_DECLS

#define MT_TYPE_ROSTER_MODEL (mt_roster_model_get_type ())
G_DECLARE_FINAL_TYPE (MtRosterModel, mt_roster_model, MT, ROSTER_MODEL, GObject)

MtRosterModel *mt_roster_model_new            (MtStore        *store);
void           mt_roster_model_set_search     (MtRosterModel  *self,
                                               const char     *search);
void           mt_roster_model_set_camp_id    (MtRosterModel  *self,
                                               gint64          camp_id);
void           mt_roster_model_set_category   (MtRosterModel  *self,
                                               const char     *category);
void           mt_roster_model_set_sort       (MtRosterModel  *self,
                                               MtRosterColumn  column,
                                               gboolean        descending);
void           mt_roster_model_set_as_of      (MtRosterModel  *self,
                                               const char     *as_of);
/* Re-runs the query now (normally done on the store's personnel-changed/reset). */
void           mt_roster_model_reload         (MtRosterModel  *self);
/* TRUE while a query runs on the worker thread: the rows shown are the previous ones. */
gboolean       mt_roster_model_get_loading    (MtRosterModel  *self);

G_END_DECLS
