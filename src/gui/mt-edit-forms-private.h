/* mt-edit-forms-private.h: shared by mt-edit-records.c and mt-edit-camp.c.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-edit-forms.h"
#include "mt-store.h"

G_BEGIN_DECLS

/* What an editor needs between its validate and save calls. */
typedef struct
{
  MtStore   *store;
  GtkWidget *parent;      /* weak: where to show the toast */
  gint64     id;          /* the record, 0 = new */
  GObject   *record;      /* the record being edited, or NULL */
  GArray    *camp_ids;    /* (element-type gint64) parallel to the "camp" choices */
  GPtrArray *codes;       /* (element-type utf8) category or kind keys of a choice */
  GArray    *person_ids;  /* departures: the rows to mark; convoys: the people carried */
  gboolean   people_changed;  /* convoys: person_ids was chosen again in the picker */
  char      *saved_message;
  MtEditCreatedFunc created;  /* told the id of a record just created, when set */
  gconstpointer      kind;     /* mt-edit-records.c: how to read and save this kind */
} MtForm;

MtForm  *_mt_form_new           (GtkWidget   *parent,
                                 MtStore     *store,
                                 gint64       id,
                                 GObject     *record);
void     _mt_form_free          (gpointer     data);
/* Camp names as choices (after @none_label when not NULL, standing for id 0); fills
 * form->camp_ids. Returns the labels (free with g_strfreev) and the position of
 * @camp_id in *@selected. */
char   **_mt_form_camp_choices  (MtForm      *form,
                                 const char  *none_label,
                                 gint64       camp_id,
                                 guint       *selected);
gint64   _mt_form_camp_id_at    (MtForm      *form,
                                 guint        position);
/* A number field as the store wants it: @unknown when empty. */
gint64   _mt_form_get_int       (MtEditorDialog *dialog,
                                 const char     *key,
                                 gint64          unknown);
/* Shows the saved toast (form->saved_message) around the parent and, for a record
 * just created (@created_id != 0), tells form->created. */
void     _mt_form_saved         (MtForm      *form,
                                 gint64       created_id);

G_END_DECLS
