/* mt-editor-dialog-fields.c: the fields of MtEditorDialog — adding them, reading and
 * setting their values.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-editor-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-date-row.h"
#include "mt-editor-dialog-private.h"

AdwPreferencesGroup *
mt_editor_dialog_add_group (MtEditorDialog *self,
                            const char     *title,
                            const char     *description)
{
  GtkWidget *group;

  g_return_val_if_fail (MT_IS_EDITOR_DIALOG (self), NULL);

  group = adw_preferences_group_new ();
  if (title != NULL)
    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_box_append (self->page, group);

  return ADW_PREFERENCES_GROUP (group);
}

/* Titles the row of @field, just added, and follows the changes of its value. */
static GtkWidget *
title_field (MtEditorDialog *self,
             Field          *field,
             const char     *title)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field->row), title);

  switch (field->kind)
    {
    case FIELD_CHOICE:
      g_signal_connect_object (field->input, "notify::selected",
                               G_CALLBACK (_mt_editor_field_notify_cb), self, 0);
      break;
    case FIELD_SWITCH:
      g_signal_connect_object (field->input, "notify::active",
                               G_CALLBACK (_mt_editor_field_notify_cb), self, 0);
      break;
    case FIELD_ENTRY:
    case FIELD_DATE:
    case FIELD_NUMBER:
      g_signal_connect_object (field->input, "changed",
                               G_CALLBACK (_mt_editor_field_changed_cb), self, 0);
      g_signal_connect_object (field->input, "entry-activated",
                               G_CALLBACK (_mt_editor_entry_activated_cb), self, G_CONNECT_SWAPPED);
      break;
    default:          /* text areas and callers' rows are wired by their own functions */
      g_assert_not_reached ();
    }

  return field->row;
}

GtkWidget *
mt_editor_dialog_add_entry (MtEditorDialog      *self,
                            AdwPreferencesGroup *group,
                            const char          *key,
                            const char          *title,
                            const char          *text,
                            MtFieldFlags         flags)
{
  GtkWidget *row;

  g_return_val_if_fail (MT_IS_EDITOR_DIALOG (self), NULL);
  g_return_val_if_fail (ADW_IS_PREFERENCES_GROUP (group), NULL);

  row = adw_entry_row_new ();
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  return title_field (self, _mt_editor_add_field (self, group, key, FIELD_ENTRY, flags, row, row),
                      title);
}

GtkWidget *
mt_editor_dialog_add_row (MtEditorDialog      *self,
                          AdwPreferencesGroup *group,
                          const char          *key,
                          GtkWidget           *row)
{
  g_return_val_if_fail (MT_IS_EDITOR_DIALOG (self), NULL);
  g_return_val_if_fail (ADW_IS_PREFERENCES_GROUP (group), NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (row), NULL);

  _mt_editor_add_field (self, group, key, FIELD_ROW, MT_FIELD_OPTIONAL, row, row);
  return row;
}

void
mt_editor_dialog_field_changed (MtEditorDialog *self,
                                const char     *key)
{
  Field *field;

  g_return_if_fail (MT_IS_EDITOR_DIALOG (self));

  field = _mt_editor_find_field (self, key);
  g_return_if_fail (field != NULL);

  _mt_editor_field_changed_cb (field->row, self);
}

GtkWidget *
mt_editor_dialog_add_date (MtEditorDialog      *self,
                           AdwPreferencesGroup *group,
                           const char          *key,
                           const char          *title,
                           const char          *iso,
                           MtFieldFlags         flags)
{
  GtkWidget *row;
  Field *field;

  g_return_val_if_fail (MT_IS_EDITOR_DIALOG (self), NULL);
  g_return_val_if_fail (ADW_IS_PREFERENCES_GROUP (group), NULL);

  row = mt_date_row_new ();
  mt_date_row_set_date (MT_DATE_ROW (row), iso);
  field = _mt_editor_add_field (self, group, key, FIELD_DATE, flags, row, row);
  field->opened_with = g_strdup (mt_date_row_get_date (MT_DATE_ROW (row)));
  return title_field (self, field, title);
}

GtkWidget *
mt_editor_dialog_add_number (MtEditorDialog      *self,
                             AdwPreferencesGroup *group,
                             const char          *key,
                             const char          *title,
                             double               value,
                             gboolean             known,
                             MtFieldFlags         flags)
{
  GtkWidget *row;

  g_return_val_if_fail (MT_IS_EDITOR_DIALOG (self), NULL);
  g_return_val_if_fail (ADW_IS_PREFERENCES_GROUP (group), NULL);

  row = adw_entry_row_new ();
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row),
                                   (flags & MT_FIELD_DECIMAL) ? GTK_INPUT_PURPOSE_NUMBER
                                                              : GTK_INPUT_PURPOSE_DIGITS);
  if (known)
    {
      g_autofree char *text = NULL;

      if (flags & MT_FIELD_DECIMAL)
        {
          char buf[G_ASCII_DTOSTR_BUF_SIZE];

          text = g_strdup (g_ascii_formatd (buf, sizeof buf, "%.2f", value));
        }
      else
        {
          text = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) value);
        }
      gtk_editable_set_text (GTK_EDITABLE (row), text);
    }
  return title_field (self, _mt_editor_add_field (self, group, key, FIELD_NUMBER, flags, row, row),
                      title);
}

GtkWidget *
mt_editor_dialog_add_choice (MtEditorDialog      *self,
                             AdwPreferencesGroup *group,
                             const char          *key,
                             const char          *title,
                             const char * const  *labels,
                             guint                selected)
{
  GtkWidget *row;
  g_autoptr(GtkStringList) model = NULL;

  g_return_val_if_fail (MT_IS_EDITOR_DIALOG (self), NULL);
  g_return_val_if_fail (ADW_IS_PREFERENCES_GROUP (group), NULL);

  model = gtk_string_list_new (labels);
  row = adw_combo_row_new ();
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  if (selected < g_list_model_get_n_items (G_LIST_MODEL (model)))
    adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  return title_field (self, _mt_editor_add_field (self, group, key, FIELD_CHOICE, MT_FIELD_OPTIONAL,
                                                  row, row),
                      title);
}

GtkWidget *
mt_editor_dialog_add_item_choice (MtEditorDialog      *self,
                                  AdwPreferencesGroup *group,
                                  const char          *key,
                                  const char          *title,
                                  GListModel          *model,
                                  GtkExpression       *expression,
                                  guint                selected)
{
  GtkWidget *row;

  g_return_val_if_fail (MT_IS_EDITOR_DIALOG (self), NULL);
  g_return_val_if_fail (ADW_IS_PREFERENCES_GROUP (group), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);
  g_return_val_if_fail (GTK_IS_EXPRESSION (expression), NULL);

  row = adw_combo_row_new ();
  adw_combo_row_set_expression (ADW_COMBO_ROW (row), expression);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), model);
  if (selected < g_list_model_get_n_items (model))
    adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  return title_field (self, _mt_editor_add_field (self, group, key, FIELD_CHOICE, MT_FIELD_OPTIONAL,
                                                  row, row),
                      title);
}

GtkWidget *
mt_editor_dialog_add_switch (MtEditorDialog      *self,
                             AdwPreferencesGroup *group,
                             const char          *key,
                             const char          *title,
                             const char          *subtitle,
                             gboolean             active)
{
  GtkWidget *row;
  GtkWidget *sw;

  g_return_val_if_fail (MT_IS_EDITOR_DIALOG (self), NULL);
  g_return_val_if_fail (ADW_IS_PREFERENCES_GROUP (group), NULL);

  row = adw_action_row_new ();
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  sw = gtk_switch_new ();
  gtk_switch_set_active (GTK_SWITCH (sw), active);
  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
  return title_field (self, _mt_editor_add_field (self, group, key, FIELD_SWITCH, MT_FIELD_OPTIONAL,
                                                  row, sw),
                      title);
}

GtkWidget *
mt_editor_dialog_add_text_area (MtEditorDialog *self,
                                const char     *key,
                                const char     *title,
                                const char     *text)
{
  AdwPreferencesGroup *group;
  GtkWidget *frame;
  GtkWidget *view;
  GtkTextBuffer *buffer;

  g_return_val_if_fail (MT_IS_EDITOR_DIALOG (self), NULL);

  group = mt_editor_dialog_add_group (self, title, NULL);
  view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_widget_set_size_request (view, -1, 80);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);

  frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_widget_add_css_class (frame, "view");
  adw_preferences_group_add (group, frame);

  _mt_editor_add_field (self, NULL, key, FIELD_TEXT_AREA, MT_FIELD_OPTIONAL, frame, view);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (mt_editor_dialog_revalidate),
                           self, G_CONNECT_SWAPPED);

  return view;
}

GtkWidget *
mt_editor_dialog_get_field (MtEditorDialog *self,
                            const char     *key)
{
  Field *field;

  g_return_val_if_fail (MT_IS_EDITOR_DIALOG (self), NULL);

  field = _mt_editor_find_field (self, key);
  return field != NULL ? field->row : NULL;
}

char *
mt_editor_dialog_dup_text (MtEditorDialog *self,
                           const char     *key)
{
  Field *field;

  g_return_val_if_fail (MT_IS_EDITOR_DIALOG (self), NULL);

  field = _mt_editor_find_field (self, key);
  g_return_val_if_fail (field != NULL, NULL);
  g_return_val_if_fail (field->kind != FIELD_CHOICE && field->kind != FIELD_SWITCH &&
                        field->kind != FIELD_ROW, NULL);

  return _mt_editor_dup_field_text (field);
}

/* The field @key, which must be of @kind: anything else is a programming error. */
static Field *
field_of_kind (MtEditorDialog *self,
               const char     *key,
               FieldKind       kind)
{
  Field *field = _mt_editor_find_field (self, key);

  if (field == NULL || field->kind != kind)
    {
      g_critical ("The editor has no field “%s” of kind %d", key, kind);
      return NULL;
    }
  return field;
}

/* The widget holding the value of the field @key of @kind, or NULL (after a critical). */
static GtkWidget *
input_of_kind (MtEditorDialog *self,
               const char     *key,
               FieldKind       kind)
{
  Field *field = field_of_kind (self, key, kind);

  return field != NULL ? field->input : NULL;
}

const char *
mt_editor_dialog_get_date (MtEditorDialog *self,
                           const char     *key)
{
  GtkWidget *input;

  g_return_val_if_fail (MT_IS_EDITOR_DIALOG (self), NULL);

  input = input_of_kind (self, key, FIELD_DATE);
  return input != NULL ? mt_date_row_get_date (MT_DATE_ROW (input)) : NULL;
}

gboolean
mt_editor_dialog_get_number (MtEditorDialog *self,
                             const char     *key,
                             double         *value)
{
  g_autofree char *text = NULL;
  Field *field;
  double parsed;

  g_return_val_if_fail (MT_IS_EDITOR_DIALOG (self), FALSE);

  field = field_of_kind (self, key, FIELD_NUMBER);
  if (field == NULL)
    return FALSE;

  text = _mt_editor_dup_field_text (field);
  if (text == NULL || !_mt_editor_parse_number (text, (field->flags & MT_FIELD_DECIMAL) != 0, &parsed))
    return FALSE;
  if (value != NULL)
    *value = parsed;
  return TRUE;
}

guint
mt_editor_dialog_get_selected (MtEditorDialog *self,
                               const char     *key)
{
  GtkWidget *input;

  g_return_val_if_fail (MT_IS_EDITOR_DIALOG (self), GTK_INVALID_LIST_POSITION);

  input = input_of_kind (self, key, FIELD_CHOICE);
  return input != NULL ? adw_combo_row_get_selected (ADW_COMBO_ROW (input))
                       : GTK_INVALID_LIST_POSITION;
}

gpointer
mt_editor_dialog_get_selected_item (MtEditorDialog *self,
                                    const char     *key)
{
  GtkWidget *input;

  g_return_val_if_fail (MT_IS_EDITOR_DIALOG (self), NULL);

  input = input_of_kind (self, key, FIELD_CHOICE);
  return input != NULL ? adw_combo_row_get_selected_item (ADW_COMBO_ROW (input)) : NULL;
}

gboolean
mt_editor_dialog_get_active (MtEditorDialog *self,
                             const char     *key)
{
  GtkWidget *input;

  g_return_val_if_fail (MT_IS_EDITOR_DIALOG (self), FALSE);

  input = input_of_kind (self, key, FIELD_SWITCH);
  return input != NULL && gtk_switch_get_active (GTK_SWITCH (input));
}

void
mt_editor_dialog_set_text (MtEditorDialog *self,
                           const char     *key,
                           const char     *text)
{
  Field *field;

  g_return_if_fail (MT_IS_EDITOR_DIALOG (self));

  field = _mt_editor_find_field (self, key);
  g_return_if_fail (field != NULL);

  if (field->kind == FIELD_TEXT_AREA)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->input)),
                              text != NULL ? text : "", -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (field->input), text != NULL ? text : "");
}

void
mt_editor_dialog_set_selected (MtEditorDialog *self,
                               const char     *key,
                               guint           position)
{
  GtkWidget *input;

  g_return_if_fail (MT_IS_EDITOR_DIALOG (self));

  input = input_of_kind (self, key, FIELD_CHOICE);
  if (input != NULL)
    adw_combo_row_set_selected (ADW_COMBO_ROW (input), position);
}

void
mt_editor_dialog_set_active (MtEditorDialog *self,
                             const char     *key,
                             gboolean        active)
{
  GtkWidget *input;

  g_return_if_fail (MT_IS_EDITOR_DIALOG (self));

  input = input_of_kind (self, key, FIELD_SWITCH);
  if (input != NULL)
    gtk_switch_set_active (GTK_SWITCH (input), active);
}
