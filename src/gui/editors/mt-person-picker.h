/* mt-person-picker.h
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A small window to choose people from the roster of one camp (a convoy's passengers).
 * The list pages from MtRosterModel, so a camp of any size costs only the rows on
 * screen; what is chosen is a set of personnel row ids. "done" (no arguments) is
 * emitted when the user confirms; closing otherwise discards the changes.
 */

#pragma once

#include <adwaita.h>

#include "mt-types.h"

G_BEGIN_DECLS

#define MT_TYPE_PERSON_PICKER (mt_person_picker_get_type ())
G_DECLARE_FINAL_TYPE (MtPersonPicker, mt_person_picker, MT, PERSON_PICKER, AdwWindow)

/* @chosen: (element-type gint64) (nullable) the ids chosen so far; copied. */
MtPersonPicker *mt_person_picker_new         (GtkWindow      *parent,
                                              MtStore        *store,
                                              gint64          camp_id,
                                              GArray         *chosen);
/* (element-type MtPerson) the people listed (after the search). */
GListModel     *mt_person_picker_get_model   (MtPersonPicker *self);
void            mt_person_picker_set_search  (MtPersonPicker *self,
                                              const char     *text);
void            mt_person_picker_set_chosen  (MtPersonPicker *self,
                                              gint64          person_id,
                                              gboolean        chosen);
gboolean        mt_person_picker_get_chosen  (MtPersonPicker *self,
                                              gint64          person_id);
/* (element-type gint64) the chosen ids, in increasing order. */
GArray         *mt_person_picker_dup_chosen  (MtPersonPicker *self);
/* What the Done button does: emits "done" and closes. */
void            mt_person_picker_done        (MtPersonPicker *self);

G_END_DECLS
