/* mt-history-format.h: a recorded change in words, as the window shows it.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store hands the history over as data (mt-history-entry.h: action keys, labels, the
 * changed columns with their values and the names of the ids among them). This words it in
 * the reader's language, as the rest of the window words the same things: camp and category
 * names, status labels, dates and counts as the locale writes them. The history window, the
 * camp page, the undo toasts and the history export all word changes here.
 */

#pragma once

#include "mt-history-entry.h"

G_BEGIN_DECLS

/* A label that is worded when shown, not when written: a record known by its values, so a
 * movement reads "20 Sep 2023, Mopti, 1,200 military staff officers" in English and
 * "20 sept. 2023, Mopti, 1 200 officiers d’état-major" in French, whoever wrote it.
 * @date NULL, @category NULL, @count < 0 and @camp_id < 0 leave that part out; @camp_id 0
 * is the whole mission; @camp_name is the camp's name when written, shown if the names a
 * reading resolved do not know the camp. A @count without @category counts people. */
char *mt_history_label_new      (const char     *date,
                                 gint64          camp_id,
                                 const char     *camp_name,
                                 const char     *category,
                                 gint64          count);
/* A stored label in words: plain text ("Kidal", "Ménaka → Gao") as it is, one of
 * mt_history_label_new() worded with @names (may be NULL). */
char *mt_history_format_label   (const char     *label,
                                 MtHistoryNames *names);
/* A change by its action key and label ("camp-status", "Kidal"): "Change of Status of
 * Kidal"; with @step "undo" or "redo", "Undo …" or "Redo …". */
char *mt_history_describe       (const char     *action,
                                 const char     *label,
                                 const char     *step,
                                 MtHistoryNames *names);

/* The history window's columns for @entry. */
/* The whole change it is part of: "Undo New Movement 20 Sep 2023, Mopti, …". */
char *mt_history_format_action  (MtHistoryEntry *entry);
/* The record: "Kidal", "T-004 Keïta". */
char *mt_history_format_record  (MtHistoryEntry *entry);
/* Its values: "Status: Operational → Closed; Date: 16 Oct 2023" for an update, the values
 * it was given (or had) for an insert (or a delete). */
char *mt_history_format_changes (MtHistoryEntry *entry);

G_END_DECLS
