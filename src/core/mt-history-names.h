/* mt-history-names.h: what the ids and codes a recorded change holds are called.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The history keeps a change as the rows held it: camp ids, category codes, person ids.
 * The store that reads it back resolves them (as it resolves a movement's camp-name), into
 * one of these, shared by the entries of one reading; mt-history-format.h words the change
 * with it. Names are data in the user's language (a category's French name in French).
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _MtHistoryNames MtHistoryNames;

#define MT_TYPE_HISTORY_NAMES (mt_history_names_get_type ())

GType           mt_history_names_get_type     (void) G_GNUC_CONST;
MtHistoryNames *mt_history_names_new          (void);
MtHistoryNames *mt_history_names_ref          (MtHistoryNames *self);
void            mt_history_names_unref        (MtHistoryNames *self);

/* A camp's name (a name already set for @camp_id stays when @replace is FALSE: a camp now
 * in the database goes before the name of one deleted since). */
void            mt_history_names_set_camp     (MtHistoryNames *self,
                                               gint64          camp_id,
                                               const char     *name,
                                               gboolean        replace);
void            mt_history_names_set_category (MtHistoryNames *self,
                                               const char     *code,
                                               const char     *name);
/* A roster person as a planner knows them ("T-004 Keïta"). */
void            mt_history_names_set_person   (MtHistoryNames *self,
                                               gint64          person_id,
                                               const char     *label);

/* NULL when unknown (or @self NULL). */
const char     *mt_history_names_get_camp     (MtHistoryNames *self,
                                               gint64          camp_id);
const char     *mt_history_names_get_category (MtHistoryNames *self,
                                               const char     *code);
const char     *mt_history_names_get_person   (MtHistoryNames *self,
                                               gint64          person_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MtHistoryNames, mt_history_names_unref)

G_END_DECLS
