/* mt-history-entry.h: one recorded change: who, when, what record, old and new values.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-history-names.h"
#include "mt-types.h"

G_BEGIN_DECLS

typedef struct _MtHistoryEntry MtHistoryEntry;

#define MT_TYPE_HISTORY_ENTRY (mt_history_entry_get_type ())
G_DECLARE_FINAL_TYPE (MtHistoryEntry, mt_history_entry, MT, HISTORY_ENTRY, GObject)

/* One row of the history: one record inserted, updated or deleted by one change, as data;
 * mt-history-format.h words it. Properties (read-write): id, batch-id, camp-id (int64, 0 =
 * not tied to a camp), time (ISO 8601 date and time, UTC, "2023-10-16T09:30:00Z"), user
 * (login name), kind ("insert", "update", "delete"), table ("camps", "convoys"...),
 * record-id (int64), record-label (as stored: "Kidal", "Ménaka → Gao", or a label of
 * mt_history_label_new()), action-key (the whole change's key: "camp-status", "import"...),
 * action-label (the label of the whole change, as stored), step ("do", "undo", "redo"),
 * changes (GVariant a(smvmv): each changed column with its value before and after, nothing
 * for none: an insert has no before, a delete no after), names (MtHistoryNames: what the
 * camp, category and person ids of the values are called), old-values, new-values (the
 * JSON objects the history keeps, or NULL: for the export). */
gint64      mt_history_entry_get_id           (MtHistoryEntry *self);
gint64      mt_history_entry_get_batch_id     (MtHistoryEntry *self);
gint64      mt_history_entry_get_camp_id      (MtHistoryEntry *self);
const char *mt_history_entry_get_time         (MtHistoryEntry *self);
const char *mt_history_entry_get_user         (MtHistoryEntry *self);
const char *mt_history_entry_get_kind         (MtHistoryEntry *self);
const char *mt_history_entry_get_table        (MtHistoryEntry *self);
gint64      mt_history_entry_get_record_id    (MtHistoryEntry *self);
const char *mt_history_entry_get_record_label (MtHistoryEntry *self);
const char *mt_history_entry_get_action_key   (MtHistoryEntry *self);
const char *mt_history_entry_get_action_label (MtHistoryEntry *self);
const char *mt_history_entry_get_step         (MtHistoryEntry *self);
GVariant   *mt_history_entry_get_changes      (MtHistoryEntry *self);
MtHistoryNames *mt_history_entry_get_names    (MtHistoryEntry *self);
const char *mt_history_entry_get_old_values   (MtHistoryEntry *self);
const char *mt_history_entry_get_new_values   (MtHistoryEntry *self);

G_END_DECLS
