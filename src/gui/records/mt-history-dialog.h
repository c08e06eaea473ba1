/* mt-history-dialog.h
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The history of changes (whole database or one camp), newest first, with search
 * and export to CSV. Follows the store live.
 */

#pragma once

#include <adwaita.h>

#include "mt-types.h"

G_BEGIN_DECLS

#define MT_TYPE_HISTORY_DIALOG (mt_history_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MtHistoryDialog, mt_history_dialog, MT, HISTORY_DIALOG, AdwWindow)

/* @camp_id 0: every change. */
MtHistoryDialog *mt_history_dialog_new       (GtkWindow       *parent,
                                              MtStore         *store,
                                              gint64           camp_id);
/* The entries shown (MtHistoryEntry), after the search. */
GListModel      *mt_history_dialog_get_model (MtHistoryDialog *self);
/* What Export… writes once a file is chosen: the history of the camp chosen in the
 * dialog (every change when none) as CSV. */
gboolean         mt_history_dialog_export    (MtHistoryDialog *self,
                                              GFile           *file,
                                              GError         **error);

G_END_DECLS
