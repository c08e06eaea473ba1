/* mt-records-page.h
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A page listing one kind of record the planners keep by hand: "movements"
 * (repatriation movements), "convoys" or "assets", with search, a camp filter,
 * sortable columns, a footer of totals, and add / edit (Enter) / delete (Delete, with
 * a toast offering Undo). It follows the store live.
 * Properties: kind (string, construct-only), store (MtStore), as-of (string), editable
 * (boolean, TRUE: FALSE turns add, edit and delete off, for a login that may only read or a
 * connection lost). Actions: records.add, records.edit, records.delete.
 */

#pragma once

#include <adwaita.h>

#include "mt-types.h"

G_BEGIN_DECLS

#define MT_TYPE_RECORDS_PAGE (mt_records_page_get_type ())
G_DECLARE_FINAL_TYPE (MtRecordsPage, mt_records_page, MT, RECORDS_PAGE, AdwBin)

/* The selection over the filtered, sorted records (items: MtMovement, MtConvoy, MtAsset). */
GtkSelectionModel *mt_records_page_get_selection (MtRecordsPage *self);
/* The selected record, or NULL. */
GObject           *mt_records_page_get_selected  (MtRecordsPage *self);
void               mt_records_page_set_search    (MtRecordsPage *self,
                                                  const char    *text);
/* Reads the records again now (they follow the store by themselves). */
void               mt_records_page_reload        (MtRecordsPage *self);

G_END_DECLS
