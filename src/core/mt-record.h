/* mt-record.h: what every record read from the store carries besides its fields.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The version of @record (an MtCamp, MtMovement, MtConvoy, MtAsset or MtEvent) as it was
 * read: an editor hands it back in the fields it saves (MtCampFields.version, …), so a
 * save based on what someone else has changed since is refused. 0 when unknown. */
gint64 mt_record_get_version (gpointer record);
void   mt_record_set_version (gpointer record,
                              gint64   version);

G_END_DECLS
