/* mt-edit-forms.h
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editors of each kind of record, all built on MtEditorDialog so they look and
 * behave alike. Each opens the dialog (transient for @parent's window) and returns it
 * (owned by GTK; tests drive it). A NULL record means "a new one"; @camp_id preselects
 * the camp of a new record (0 = none). On save a toast offering Undo is shown in the
 * toast overlay around @parent.
 */

#pragma once

#include "mt-editor-dialog.h"
#include "mt-types.h"

G_BEGIN_DECLS

/* Told the id of the record an editor has just created; @parent is the editor's parent
 * (only called while it exists). */
typedef void (*MtEditCreatedFunc) (GtkWidget *parent,
                                   gint64     id);

/* Take Baseline: a name for the plan as the data stands on @as_of (mt-edit-plan.c). */
MtEditorDialog *mt_edit_take_baseline  (GtkWidget  *parent,
                                        MtStore    *store,
                                        const char *as_of);
/* The baseline the Overview and the charts compare with, chosen among those taken. */
MtEditorDialog *mt_edit_current_baseline (GtkWidget *parent,
                                        MtStore    *store);
MtEditorDialog *mt_edit_movement       (GtkWidget  *parent,
                                        MtStore    *store,
                                        MtMovement *movement,
                                        gint64      camp_id);
MtEditorDialog *mt_edit_convoy         (GtkWidget  *parent,
                                        MtStore    *store,
                                        MtConvoy   *convoy,
                                        gint64      camp_id);
MtEditorDialog *mt_edit_asset          (GtkWidget  *parent,
                                        MtStore    *store,
                                        GObject    *asset,
                                        gint64      camp_id);
MtEditorDialog *mt_edit_event          (GtkWidget  *parent,
                                        MtStore    *store,
                                        MtEvent    *event,
                                        gint64      camp_id);
MtEditorDialog *mt_edit_camp           (GtkWidget  *parent,
                                        MtStore    *store,
                                        MtCamp     *camp);
/* A new camp: name, region, kind, position, planned closure and its first status with
 * its date. @created (may be NULL) is told the new camp's id. */
MtEditorDialog *mt_edit_new_camp       (GtkWidget         *parent,
                                        MtStore           *store,
                                        MtEditCreatedFunc  created);
/* @date: the date proposed for the change (e.g. the date the window shows). */
MtEditorDialog *mt_edit_camp_status    (GtkWidget  *parent,
                                        MtStore    *store,
                                        MtCamp     *camp,
                                        const char *date);
MtEditorDialog *mt_edit_env_assessment (GtkWidget  *parent,
                                        MtStore    *store,
                                        MtCamp     *camp);
/* Marks the personnel rows @ids as departed on a date chosen in the dialog. */
MtEditorDialog *mt_edit_departures     (GtkWidget  *parent,
                                        MtStore    *store,
                                        GArray     *ids,
                                        const char *date);

/* Deletes @record (an MtMovement, MtConvoy, MtAsset, MtEvent or MtCamp) and shows a toast
 * offering Undo around @parent; on refusal shows the reason. TRUE when deleted. */
gboolean        mt_delete_record       (GtkWidget  *parent,
                                        MtStore    *store,
                                        GObject    *record);

G_END_DECLS
