/* mt-record-list.h: one kind of record kept by hand, as a GListModel that follows the store.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Movements (MtMovement), convoys (MtConvoy), assets (MtAsset) or the history
 * (MtHistoryEntry), read eagerly through the store's API (hundreds of rows). After every
 * commit the list is read again and compared with what it holds by record id: rows that
 * did not change keep their object, and only the ranges that changed are announced,
 * (pos,0,n) inserts, (pos,n,0) deletes, (pos,n,n) updates, with the position each has
 * once the earlier ranges are applied.
 *
 * Properties: store (MtStore, construct-only), kind (MtRecordsKind, construct-only),
 *   camp-id (int64: only the records of this camp, convoys from or to it; 0 = all),
 *   as-of (string: movements and convoys on or before this ISO date; NULL = every
 *   record, planned convoys too; assets and the history have no date),
 *   error (GError, read-only: why the last read failed, NULL when it did not; the list
 *   is then empty), n-items (uint).
 */

#pragma once

#include "mt-types.h"

G_BEGIN_DECLS

typedef enum
{
  MT_RECORDS_KIND_MOVEMENTS,
  MT_RECORDS_KIND_CONVOYS,
  MT_RECORDS_KIND_ASSETS,
  MT_RECORDS_KIND_HISTORY,
} MtRecordsKind;

#define MT_TYPE_RECORDS_KIND (mt_records_kind_get_type ())
GType mt_records_kind_get_type (void) G_GNUC_CONST;

#define MT_TYPE_RECORD_LIST (mt_record_list_get_type ())
G_DECLARE_FINAL_TYPE (MtRecordList, mt_record_list, MT, RECORD_LIST, GObject)

MtRecordList  *mt_record_list_new         (MtStore       *store,
                                           MtRecordsKind  kind);
MtStore       *mt_record_list_get_store   (MtRecordList  *self);
MtRecordsKind  mt_record_list_get_kind    (MtRecordList  *self);
gint64         mt_record_list_get_camp_id (MtRecordList  *self);
void           mt_record_list_set_camp_id (MtRecordList  *self,
                                           gint64         camp_id);
const char    *mt_record_list_get_as_of   (MtRecordList  *self);
void           mt_record_list_set_as_of   (MtRecordList  *self,
                                           const char    *as_of);
/* Why the last read failed, or NULL. */
const GError  *mt_record_list_get_error   (MtRecordList  *self);
/* Reads the records again now and announces what changed. */
void           mt_record_list_reload      (MtRecordList  *self);
/* The id of @record (an item of any kind of list). */
gint64         mt_record_get_id           (GObject       *record);

G_END_DECLS
