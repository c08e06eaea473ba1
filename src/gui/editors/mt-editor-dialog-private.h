/* mt-editor-dialog-private.h: shared by mt-editor-dialog.c and mt-editor-dialog-fields.c.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-banner.h"
#include "mt-editor-dialog.h"

G_BEGIN_DECLS

typedef enum
{
  FIELD_ENTRY,
  FIELD_DATE,
  FIELD_NUMBER,
  FIELD_CHOICE,
  FIELD_SWITCH,
  FIELD_TEXT_AREA,
  FIELD_ROW,        /* the caller's row: its value lives elsewhere, only its message here */
} FieldKind;

typedef struct
{
  char         *key;
  FieldKind     kind;
  MtFieldFlags  flags;
  GtkWidget    *row;          /* the row (or the text view) */
  GtkWidget    *input;        /* the widget that holds the value */
  GtkWidget    *error_row;    /* under @row, shown with the message; NULL for text areas */
  GtkLabel     *error_label;
  char         *error;
  gboolean      touched;      /* edited by the user: only then speak up */
  char         *opened_with;  /* dates: the value the editor opened with (ISO or NULL) */
} Field;

struct _MtEditorDialog
{
  AdwWindow             parent_instance;

  GPtrArray            *fields;       /* (element-type Field) in order of addition */
  MtEditorValidateFunc  validate;
  MtEditorSaveFunc      save;
  gpointer              user_data;
  GDestroyNotify        destroy;
  gboolean              can_save;
  gboolean              tried_save;   /* after a Save attempt every message shows */
  gboolean              blocked;      /* mt_editor_dialog_set_blocked(): Save is off */
  gboolean              offer_reload; /* mt_editor_dialog_offer_reload() during a save */
  char                 *limit_start;     /* the mission's limits for dates (ISO), or NULL: */
  char                 *limit_deadline;  /* dates past them are asked about before saving */
  char                 *limit_latest;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  GtkButton            *save_button;
  MtBanner             *blocked_banner;
  GtkRevealer          *error_revealer;
  GtkLabel             *error_label;
  GtkButton            *reload_button;
  GtkBox               *page;         /* the groups, one under the other */
};

Field    *_mt_editor_find_field          (MtEditorDialog      *self,
                                         const char          *key);
/* The field's text without surrounding blanks; NULL when empty. */
char     *_mt_editor_dup_field_text      (Field               *field);
/* Reads numbers as planners type them: "1 250", "1,250", "12.5", "12,5". */
gboolean  _mt_editor_parse_number        (const char          *text,
                                         gboolean             decimal,
                                         double              *out);
/* Registers a field; with @group, adds @row and the message row under it. */
Field    *_mt_editor_add_field           (MtEditorDialog      *self,
                                         AdwPreferencesGroup *group,
                                         const char          *key,
                                         FieldKind            kind,
                                         MtFieldFlags         flags,
                                         GtkWidget           *row,
                                         GtkWidget           *input);
void      _mt_editor_field_changed_cb    (GtkWidget           *widget,
                                         MtEditorDialog      *self);
void      _mt_editor_field_notify_cb     (GtkWidget           *widget,
                                         GParamSpec          *pspec,
                                         MtEditorDialog      *self);
void      _mt_editor_entry_activated_cb  (MtEditorDialog      *self);
/* Saves (the save function), then closes; or shows why not. TRUE when saved. */
gboolean  _mt_editor_save_now            (MtEditorDialog      *self);
/* When a date of the form passes one of the mission's limits, asks whether it is right
 * (mt-editor-dialog-dates.c), the answer saving or not, and returns TRUE. */
gboolean  _mt_editor_ask_about_dates     (MtEditorDialog      *self);

G_END_DECLS
