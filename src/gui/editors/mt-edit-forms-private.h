/* mt-edit-forms-private.h: shared by mt-edit-records.c and mt-edit-camp.c.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-camp-list.h"
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
  gint64     version;     /* the record's version when the editor opened (mt-record.h) */
  MtCampList *camps;      /* every camp, for the camp choices; made on first use */
  GPtrArray *codes;       /* (element-type utf8) category or kind keys of a choice */
  GArray    *person_ids;  /* departures: the rows to mark; convoys: the people carried */
  gboolean   people_changed;  /* convoys: person_ids was chosen again in the picker */
  gboolean   reload_watched;  /* _mt_form_save_failed() connected the dialog's "reload" */
  char      *saved_message;
  MtEditCreatedFunc created;  /* told the id of a record just created, when set */
  gconstpointer      kind;     /* mt-edit-records.c: how to read and save this kind */
} MtForm;

MtForm  *_mt_form_new           (GtkWidget   *parent,
                                 MtStore     *store,
                                 gint64       id,
                                 GObject     *record);
void     _mt_form_free          (gpointer     data);
/* The camps as choices (MtCamp items, after a row labelled @none_label standing for no
 * camp when not NULL), from the form's own list of every camp. */
GListModel *_mt_form_camp_model     (MtForm              *form,
                                     const char          *none_label);
/* Adds a choice of the camps of @camps (from _mt_form_camp_model()) under @key, on
 * @camp_id. */
GtkWidget  *_mt_form_add_camp_choice (MtForm             *form,
                                      MtEditorDialog     *dialog,
                                      AdwPreferencesGroup *group,
                                      const char         *key,
                                      const char         *title,
                                      GListModel         *camps,
                                      gint64              camp_id);
/* The id of the camp chosen under @key, 0 for none. */
gint64      _mt_form_get_camp_id    (MtEditorDialog      *dialog,
                                     const char          *key);
/* A number field as the store wants it: @unknown when empty. */
gint64   _mt_form_get_int       (MtEditorDialog *dialog,
                                 const char     *key,
                                 gint64          unknown);
/* After a save of @form in @dialog failed with @error: when someone else changed the record
 * since the editor opened (MT_STORE_ERROR_CONFLICT), the refusal offers Reload, which opens
 * the editor again on the record as saved now and closes this one. */
void     _mt_form_save_failed   (MtForm         *form,
                                 MtEditorDialog *dialog,
                                 const GError   *error);
/* Gives @dialog the mission's limits for dates: withdrawal start, deadline, latest data. */
void     _mt_form_limit_dates   (MtForm         *form,
                                 MtEditorDialog *dialog);
/* Shows the saved toast (form->saved_message) around the parent and, for a record
 * just created (@created_id != 0), tells form->created. */
void     _mt_form_saved         (MtForm      *form,
                                 gint64       created_id);

G_END_DECLS
