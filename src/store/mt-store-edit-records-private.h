/* mt-store-edit-records-private.h: helpers shared by mt-store-edit-records.c and
 * mt-store-edit-convoys.c.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Defined in mt-store-edit-records.c. They were static there until convoys moved to a
 * file of their own.
 */

#pragma once

#include "mt-store-edit-private.h"

G_BEGIN_DECLS

/* TRUE when @table has a row with rowid @id; @table is spliced into the SQL, so it must
 * be one of ours, never user text. */
gboolean    _mt_edit_row_exists    (MtStore      *self,
                                    const char   *table,
                                    gint64        id);
/* @sql selects one text column of the row whose id is ?1 (newly allocated), or NULL. */
char       *_mt_edit_dup_text      (MtStore      *self,
                                    const char   *sql,
                                    gint64        id);
/* A count must be 0 or more, or -1 (unknown) when @unknown_allowed. */
gboolean    _mt_edit_check_count   (gint64        value,
                                    gboolean      unknown_allowed,
                                    const char   *field,
                                    const char   *label,
                                    char        **out_field,
                                    GError      **error);

G_END_DECLS
