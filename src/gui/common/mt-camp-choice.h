/* mt-camp-choice.h: choosing a camp in a drop-down, from a camp list.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The drop-downs that choose a camp (the filters of the records pages and of the history,
 * the editors' camp fields) list the MtCamp objects of an MtCampList, shown through an
 * expression on the camp's name, so the selected item is the camp itself. A leading row
 * ("All camps", "Mission-wide"…) stands for no camp: an MtCamp of id 0.
 */

#pragma once

#include <gtk/gtk.h>

#include "mt-camp-list.h"

G_BEGIN_DECLS

/* The camps sorted by the name shown (display-name), collation-aware. */
GListModel    *mt_camp_choice_sorted_new     (MtCampList  *camps);
/* The camps of @camps so sorted, after a row labelled @leading_label when not NULL. */
GListModel    *mt_camp_choice_model_new      (MtCampList  *camps,
                                              const char  *leading_label);
/* What a camp row shows: the camp's name. */
GtkExpression *mt_camp_choice_expression_new (void);
/* Sets @dropdown's model (mt_camp_choice_model_new()) and expression. */
void           mt_camp_choice_bind           (GtkDropDown *dropdown,
                                              MtCampList  *camps,
                                              const char  *leading_label);
/* The id of the camp @item (an MtCamp or NULL), 0 for the leading row or none. */
gint64         mt_camp_choice_get_id         (gpointer     item);
/* The position of the camp @camp_id in @model (0: the leading row, or the first camp). */
guint          mt_camp_choice_find           (GListModel  *model,
                                              gint64       camp_id);

G_END_DECLS
