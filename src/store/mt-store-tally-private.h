/* mt-store-tally-private.h: the roster's aggregate table (schema v4), for the store's own
 * bulk writers and for tests.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * personnel_tally holds one row per (camp_id, category, departure_date, planned_departure)
 * with n > 0 people, '' for "not departed" and "none planned" (the planned departure joined
 * the key in v11, for the plan's sums). Triggers on personnel keep it exact, so it is a pure
 * function of personnel at every commit; every aggregate of the roster by camp, category or
 * day reads it instead of a million personnel rows.
 */

#pragma once

#include "mt-store.h"

G_BEGIN_DECLS

typedef struct _MtStoreTally MtStoreTally;

/* Inside an open transaction: drops the personnel tally triggers (their SQL kept from
 * sqlite_schema), so a bulk write costs no trigger per row. A rollback brings them back by
 * itself. NULL + @error on failure. */
MtStoreTally *_mt_store_tally_suspend (MtStore       *self,
                                       GError       **error);
/* Counts one row in (@delta +1) or out (-1), for the writer that suspended the triggers.
 * @departure_date NULL or "" = not departed, @planned_departure NULL or "" = none planned. Cheap: no allocation once the key was seen. */
void          _mt_store_tally_count   (MtStoreTally  *tally,
                                       gint64         camp_id,
                                       const char    *category,
                                       const char    *departure_date,
                                       const char    *planned_departure,
                                       int            delta);
/* Applies the counted deltas (one upsert per distinct key, rows reaching 0 deleted) and
 * re-creates the triggers; still inside the transaction. Frees @tally. */
gboolean      _mt_store_tally_resume  (MtStoreTally  *tally,
                                       GError       **error);
/* Forgets the counts: recomputes the table from personnel (GROUP BY), then re-creates the
 * triggers. For writes whose rows are not counted one by one (undo of an import deletes
 * and updates many rows in a few statements). Frees @tally. */
gboolean      _mt_store_tally_rebuild (MtStoreTally  *tally,
                                       GError       **error);
/* After a rollback (which has brought the triggers back already). */
void          _mt_store_tally_free    (MtStoreTally  *tally);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MtStoreTally, _mt_store_tally_free)

/* For tests only ------------------------------------------------------------------------ */

/* NULL when personnel_tally equals SELECT camp_id, category, COALESCE (departure_date, ''),
 * COALESCE (planned_departure, ''), COUNT (*) FROM personnel GROUP BY 1, 2, 3, 4 (and has no row with n <= 0); otherwise one
 * line per differing row ("tally: …" / "roster: …"). */
char         *_mt_store_tally_dup_mismatch (MtStore     *self);
/* Runs @sql (several statements allowed) outside any transaction of the store's. */
gboolean      _mt_store_test_exec          (MtStore     *self,
                                            const char  *sql,
                                            GError     **error);
/* The first column of the first row of @sql as an integer (0 when no row), or as text
 * (NULL when no row or NULL). Abort on an SQL error. */
gint64        _mt_store_test_int           (MtStore     *self,
                                            const char  *sql);
char         *_mt_store_test_dup_text      (MtStore     *self,
                                            const char  *sql);

G_END_DECLS
