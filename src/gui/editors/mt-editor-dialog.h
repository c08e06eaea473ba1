/* mt-editor-dialog.h
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one editor window every kind of record uses, so they all behave alike: a header
 * bar with Cancel and Save, groups of rows (AdwPreferencesWindow style), and a message
 * under any field whose value is refused, shown as the user types. Save stays disabled
 * while anything is refused, and the first reason why always reads under its field (dimmed
 * until the user has touched it), never only in a tooltip; Enter in a field saves, Escape
 * cancels.
 *
 * The caller adds fields under keys (the store's field keys, see mt-store-edit.h), then
 * sets a validate function (asks the store, without writing) and a save function.
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MT_TYPE_EDITOR_DIALOG (mt_editor_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MtEditorDialog, mt_editor_dialog, MT, EDITOR_DIALOG, AdwWindow)

typedef enum
{
  MT_FIELD_OPTIONAL = 0,
  MT_FIELD_REQUIRED = 1 << 0,
  MT_FIELD_DECIMAL  = 1 << 1,   /* numbers: allow a fraction */
  MT_FIELD_PLANNED  = 1 << 2,   /* dates: a plan, not a fact: may lie after the latest data */
} MtFieldFlags;

/* Returns FALSE with @error (and the key of the refused field in @out_field, or NULL
 * when the message concerns the whole record) when the values cannot be saved. */
typedef gboolean (*MtEditorValidateFunc) (MtEditorDialog  *dialog,
                                          char           **out_field,
                                          GError         **error,
                                          gpointer         user_data);
typedef gboolean (*MtEditorSaveFunc)     (MtEditorDialog  *dialog,
                                          GError         **error,
                                          gpointer         user_data);

MtEditorDialog      *mt_editor_dialog_new           (GtkWidget            *parent,
                                                     const char           *title,
                                                     const char           *save_label);
void                 mt_editor_dialog_set_handlers  (MtEditorDialog       *self,
                                                     MtEditorValidateFunc  validate,
                                                     MtEditorSaveFunc      save,
                                                     gpointer              user_data,
                                                     GDestroyNotify        destroy);

AdwPreferencesGroup *mt_editor_dialog_add_group     (MtEditorDialog       *self,
                                                     const char           *title,
                                                     const char           *description);
GtkWidget           *mt_editor_dialog_add_entry     (MtEditorDialog       *self,
                                                     AdwPreferencesGroup  *group,
                                                     const char           *key,
                                                     const char           *title,
                                                     const char           *text,
                                                     MtFieldFlags          flags);
GtkWidget           *mt_editor_dialog_add_date      (MtEditorDialog       *self,
                                                     AdwPreferencesGroup  *group,
                                                     const char           *key,
                                                     const char           *title,
                                                     const char           *iso,
                                                     MtFieldFlags          flags);
/* A number typed in an entry, so a refused value (a negative count) can be shown and
 * explained rather than silently clamped. @known FALSE leaves it empty. */
GtkWidget           *mt_editor_dialog_add_number    (MtEditorDialog       *self,
                                                     AdwPreferencesGroup  *group,
                                                     const char           *key,
                                                     const char           *title,
                                                     double                value,
                                                     gboolean              known,
                                                     MtFieldFlags          flags);
GtkWidget           *mt_editor_dialog_add_choice    (MtEditorDialog       *self,
                                                     AdwPreferencesGroup  *group,
                                                     const char           *key,
                                                     const char           *title,
                                                     const char * const   *labels,
                                                     guint                 selected);
/* A choice among the items of @model, each shown as @expression evaluates on it. */
GtkWidget           *mt_editor_dialog_add_item_choice (MtEditorDialog     *self,
                                                     AdwPreferencesGroup  *group,
                                                     const char           *key,
                                                     const char           *title,
                                                     GListModel           *model,
                                                     GtkExpression        *expression,
                                                     guint                 selected);
GtkWidget           *mt_editor_dialog_add_switch    (MtEditorDialog       *self,
                                                     AdwPreferencesGroup  *group,
                                                     const char           *key,
                                                     const char           *title,
                                                     const char           *subtitle,
                                                     gboolean              active);
/* A row of the caller's (e.g. one that opens a picker): the refusals for @key show
 * under it. Call mt_editor_dialog_field_changed() when what it stands for changes. */
GtkWidget           *mt_editor_dialog_add_row       (MtEditorDialog       *self,
                                                     AdwPreferencesGroup  *group,
                                                     const char           *key,
                                                     GtkWidget            *row);
/* The user changed the value of @key: its message may speak up; the checks run again. */
void                 mt_editor_dialog_field_changed (MtEditorDialog       *self,
                                                     const char           *key);
/* Several lines of text (findings, notes), in a group of its own. */
GtkWidget           *mt_editor_dialog_add_text_area (MtEditorDialog       *self,
                                                     const char           *key,
                                                     const char           *title,
                                                     const char           *text);

GtkWidget           *mt_editor_dialog_get_field     (MtEditorDialog       *self,
                                                     const char           *key);
/* The text without surrounding blanks; NULL when empty. */
char                *mt_editor_dialog_dup_text      (MtEditorDialog       *self,
                                                     const char           *key);
/* ISO, or NULL when empty or not a date. */
const char          *mt_editor_dialog_get_date      (MtEditorDialog       *self,
                                                     const char           *key);
/* FALSE when empty or not a number. */
gboolean             mt_editor_dialog_get_number    (MtEditorDialog       *self,
                                                     const char           *key,
                                                     double               *value);
guint                mt_editor_dialog_get_selected  (MtEditorDialog       *self,
                                                     const char           *key);
/* The item chosen in a choice (transfer none), or NULL. */
gpointer             mt_editor_dialog_get_selected_item (MtEditorDialog   *self,
                                                     const char           *key);
gboolean             mt_editor_dialog_get_active    (MtEditorDialog       *self,
                                                     const char           *key);
void                 mt_editor_dialog_set_text      (MtEditorDialog       *self,
                                                     const char           *key,
                                                     const char           *text);
void                 mt_editor_dialog_set_selected  (MtEditorDialog       *self,
                                                     const char           *key,
                                                     guint                 position);
void                 mt_editor_dialog_set_active    (MtEditorDialog       *self,
                                                     const char           *key,
                                                     gboolean              active);

/* The message shown under @key (NULL when none). */
const char          *mt_editor_dialog_get_error     (MtEditorDialog       *self,
                                                     const char           *key);
/* Runs the checks again now (they also run on every edit). */
void                 mt_editor_dialog_revalidate    (MtEditorDialog       *self);
/* While @reason is not NULL, Save is off whatever the values, and @reason shows at the top of
 * the form with a button @button_label (none when NULL) that emits "blocked-action" (): the
 * connection to the server lost, with Reconnect. The values stay as they are. */
void                 mt_editor_dialog_set_blocked   (MtEditorDialog       *self,
                                                     const char           *reason,
                                                     const char           *button_label);
/* Called by a save handler that fails because someone else changed the record since the
 * editor opened: the refusal shows with a Reload button, which emits "reload" (). */
void                 mt_editor_dialog_offer_reload  (MtEditorDialog       *self);
/* Shows @message (NULL: nothing) above the form, as a refused save does. */
void                 mt_editor_dialog_show_error    (MtEditorDialog       *self,
                                                     const char           *message);
gboolean             mt_editor_dialog_get_can_save  (MtEditorDialog       *self);
/* Shows every message now, not only those of fields the user has edited. */
void                 mt_editor_dialog_show_all_errors (MtEditorDialog     *self);
/* The mission's limits for dates (ISO; any may be NULL): a date the user sets before
 * @start, after @deadline or (unless MT_FIELD_PLANNED) after @latest, the latest data, is
 * asked about before saving. */
void                 mt_editor_dialog_set_date_limits (MtEditorDialog     *self,
                                                     const char           *start,
                                                     const char           *deadline,
                                                     const char           *latest);
/* What the Save button does: saves and closes, or shows why not. TRUE when saved; FALSE
 * too while asking whether a date past the mission's limits is right (the answer saves). */
gboolean             mt_editor_dialog_save          (MtEditorDialog       *self);

G_END_DECLS
