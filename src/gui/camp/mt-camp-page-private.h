/* mt-camp-page-private.h: shared by mt-camp-page.c and mt-camp-page-edit.c.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-camp-page.h"
#include "mt-status-pill.h"
#include "mt-store-watch.h"
#include "mt-store.h"

G_BEGIN_DECLS

struct _MtCampPage
{
  AdwBin               parent_instance;

  MtStoreWatch        *watch;   /* holds the store; reloads after it changes */
  MtCamp              *camp;
  char                *as_of;
  gboolean             editable;   /* FALSE: nothing may be changed from the page */
  char                *scenario;   /* the what-if scenario the window shows, or NULL */

  /* Rows added from C, per group, so a refresh can remove them. */
  GPtrArray           *personnel_rows;
  GPtrArray           *event_rows;
  GPtrArray           *history_rows;

  /* Template widgets */
  GtkStack            *stack;
  GtkLabel            *name_label;
  GtkLabel            *place_label;
  MtStatusPill        *status_pill;
  GtkLabel            *since_label;
  AdwActionRow        *planned_row;
  GtkLabel            *planned_value;
  GtkLabel            *handover_value;
  GtkLabel            *handed_to_value;
  GtkLabel            *env_value;
  AdwPreferencesGroup *personnel_group;
  GtkBox              *imports_box;
  AdwPreferencesGroup *events_group;
  AdwPreferencesGroup *history_group;
  /* Editing (mt-camp-page-edit.c) */
  AdwActionRow        *handover_row;
  GtkButton           *status_button;
  AdwPreferencesGroup *changes_group;
  GPtrArray           *change_rows;
};

/* The store the page reads from, or NULL. */
static inline MtStore *
_mt_camp_page_store (MtCampPage *self)
{
  return self->watch != NULL ? mt_store_watch_get_store (self->watch) : NULL;
}

/* Installs the camp.* editing actions (class_init). */
void _mt_camp_page_class_init_edit (GtkWidgetClass *widget_class);
/* Fills what the editing adds: handover blockers, the change history. */
void _mt_camp_page_fill_edit       (MtCampPage     *self,
                                    MtCamp         *camp);
/* Turns the camp.* editing actions on or off after the editable property. */
void _mt_camp_page_update_editable (MtCampPage     *self);
/* Makes an event row open its editor and offer deletion (while the page is editable). */
void _mt_camp_page_decorate_event  (MtCampPage     *self,
                                    GtkWidget      *row,
                                    MtEvent        *event);

G_END_DECLS
