/* mt-editor-dialog.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-editor-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "mt-date-row.h"
#include "mt-editor-dialog-private.h"
#include "mt-resources.h"

G_DEFINE_FINAL_TYPE (MtEditorDialog, mt_editor_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_BLOCKED_ACTION,
  SIGNAL_RELOAD,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Auxiliary methods */

static void
field_free (gpointer data)
{
  Field *field = data;

  g_free (field->key);
  g_free (field->error);
  g_free (field->opened_with);
  g_free (field);
}

Field *
_mt_editor_find_field (MtEditorDialog *self,
            const char     *key)
{
  g_assert (MT_IS_EDITOR_DIALOG (self));

  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      if (g_strcmp0 (field->key, key) == 0)
        return field;
    }
  return NULL;
}

char *
_mt_editor_dup_field_text (Field *field)
{
  g_autofree char *text = NULL;

  if (field->kind == FIELD_TEXT_AREA)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->input));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }
  else
    {
      text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (field->input)));
    }

  g_strstrip (text);
  if (text[0] == '\0')
    return NULL;
  return g_steal_pointer (&text);
}

/* Reads numbers as planners type them: "1 250", "1,250", "12.5" and the French "12,5". */
gboolean
_mt_editor_parse_number (const char *text,
              gboolean    decimal,
              double     *out)
{
  g_autoptr(GString) clean = g_string_new (NULL);
  gboolean has_dot = strchr (text, '.') != NULL;
  char *end = NULL;
  double value;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F || c == '\'')
        continue;
      if (c == ',')
        {
          /* "1,250" groups thousands unless it reads as a French decimal "12,5". */
          const char *rest = p + 1;
          gboolean three_digits = strlen (rest) >= 3 && g_ascii_isdigit (rest[0]) &&
                                  g_ascii_isdigit (rest[1]) && g_ascii_isdigit (rest[2]) &&
                                  !g_ascii_isdigit (rest[3]);

          if (has_dot || three_digits || !decimal)
            continue;
          g_string_append_c (clean, '.');
          continue;
        }
      g_string_append_unichar (clean, c);
    }

  if (clean->len == 0)
    return FALSE;

  value = g_ascii_strtod (clean->str, &end);
  if (end == NULL || *end != '\0' || !isfinite (value))
    return FALSE;
  if (!decimal && value != floor (value))
    return FALSE;

  *out = value;
  return TRUE;
}

/* @hint: the message is shown although the user has not touched the field yet, because it
 * is why Save is disabled; it reads as a note (dimmed), not as a fault (red). */
static void
show_field_error (MtEditorDialog *self,
                  Field          *field,
                  const char     *message,
                  gboolean        hint)
{
  gboolean fault = message != NULL && (field->touched || self->tried_save);
  char *copy = g_strdup (message);   /* @message may be field->error itself */

  g_free (field->error);
  field->error = copy;
  message = copy;

  if (fault)
    gtk_widget_add_css_class (field->row, "error");
  else
    gtk_widget_remove_css_class (field->row, "error");

  if (field->error_row != NULL)
    {
      GtkWidget *label = GTK_WIDGET (field->error_label);

      gtk_label_set_label (field->error_label, message != NULL ? message : "");
      gtk_widget_set_visible (field->error_row, fault || (hint && message != NULL));
      if (fault)
        {
          gtk_widget_remove_css_class (label, "dim-label");
          gtk_widget_add_css_class (label, "error");
        }
      else
        {
          gtk_widget_remove_css_class (label, "error");
          gtk_widget_add_css_class (label, "dim-label");
        }
    }

  /* Screen readers hear why the value is refused. */
  if (message != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (field->input),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (field->input),
                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  gtk_accessible_update_state (GTK_ACCESSIBLE (field->input),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               message != NULL ? GTK_ACCESSIBLE_INVALID_TRUE
                                               : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

static void
show_general_error (MtEditorDialog *self,
                    const char     *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->reload_button),
                          message != NULL && self->offer_reload);
}

/* The checks a field can make alone: required, a date, a number. */
static const char *
check_field (Field *field)
{
  g_autofree char *text = NULL;
  double value;

  switch (field->kind)
    {
    case FIELD_CHOICE:
    case FIELD_SWITCH:
    case FIELD_ROW:
      return NULL;

    case FIELD_DATE:
      if (!mt_date_row_get_valid (MT_DATE_ROW (field->input)))
        return mt_date_row_get_problem (MT_DATE_ROW (field->input));
      break;

    case FIELD_NUMBER:
      text = _mt_editor_dup_field_text (field);
      if (text != NULL && !_mt_editor_parse_number (text, (field->flags & MT_FIELD_DECIMAL) != 0, &value))
        return (field->flags & MT_FIELD_DECIMAL) ? _("Not a number")
                                                 : _("Not a whole number");
      break;

    case FIELD_ENTRY:
    case FIELD_TEXT_AREA:
    default:
      break;
    }

  if (field->flags & MT_FIELD_REQUIRED)
    {
      g_clear_pointer (&text, g_free);
      text = _mt_editor_dup_field_text (field);
      if (text == NULL)
        return _("Required");
    }

  return NULL;
}

/* Callbacks */

void
_mt_editor_field_changed_cb (GtkWidget      *widget,
                     MtEditorDialog *self)
{
  g_assert (MT_IS_EDITOR_DIALOG (self));

  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      if (field->input == widget || field->row == widget)
        field->touched = TRUE;
    }

  mt_editor_dialog_revalidate (self);
}

void
_mt_editor_field_notify_cb (GtkWidget      *widget,
                    GParamSpec     *pspec,
                    MtEditorDialog *self)
{
  _mt_editor_field_changed_cb (widget, self);
}

void
_mt_editor_entry_activated_cb (MtEditorDialog *self)
{
  if (self->can_save)
    mt_editor_dialog_save (self);
}

static void
on_save_clicked_cb (MtEditorDialog *self)
{
  mt_editor_dialog_save (self);
}

static void
on_blocked_button_clicked_cb (MtEditorDialog *self)
{
  g_signal_emit (self, signals[SIGNAL_BLOCKED_ACTION], 0);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_signal_emit (widget, signals[SIGNAL_RELOAD], 0);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  mt_editor_dialog_save (MT_EDITOR_DIALOG (widget));
}

Field *
_mt_editor_add_field (MtEditorDialog      *self,
           AdwPreferencesGroup *group,
           const char          *key,
           FieldKind            kind,
           MtFieldFlags         flags,
           GtkWidget           *row,
           GtkWidget           *input)
{
  Field *field = g_new0 (Field, 1);

  field->key = g_strdup (key);
  field->kind = kind;
  field->flags = flags;
  field->row = row;
  field->input = input;

  if (group != NULL)
    {
      GtkWidget *label = gtk_label_new (NULL);

      adw_preferences_group_add (group, row);

      /* A row of its own right under the field: the message sits next to what it is about. */
      field->error_label = GTK_LABEL (label);
      gtk_label_set_wrap (field->error_label, TRUE);
      gtk_label_set_xalign (field->error_label, 0);
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_set_margin_bottom (label, 6);
      gtk_widget_add_css_class (label, "error");
      gtk_widget_add_css_class (label, "caption");
      field->error_row = adw_preferences_row_new ();
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (field->error_row), label);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (field->error_row), FALSE);
      gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (field->error_row), FALSE);
      /* Focusable like any row: the list box gives up Tab at a row that cannot take the
       * focus, and every field after a shown message would be out of reach. */
      gtk_widget_set_visible (field->error_row, FALSE);
      adw_preferences_group_add (group, field->error_row);
    }

  g_ptr_array_add (self->fields, field);
  return field;
}

/* GtkWidget overrides */

/* The window would give the focus to the first focusable widget, Cancel in the header bar:
 * the form starts at its first field instead, ready to type in. */
static void
mt_editor_dialog_map (GtkWidget *widget)
{
  MtEditorDialog *self = MT_EDITOR_DIALOG (widget);

  GTK_WIDGET_CLASS (mt_editor_dialog_parent_class)->map (widget);

  if (gtk_window_get_focus (GTK_WINDOW (self)) != NULL)
    return;

  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      if (field->row == NULL || !gtk_widget_is_visible (field->row))
        continue;
      if ((field->input != NULL && gtk_widget_grab_focus (field->input)) ||
          gtk_widget_grab_focus (field->row))
        return;
    }
}

/* GObject overrides */

static void
mt_editor_dialog_dispose (GObject *object)
{
  MtEditorDialog *self = MT_EDITOR_DIALOG (object);
  gpointer user_data = g_steal_pointer (&self->user_data);

  /* Rows torn down below may still say they changed: nothing must reach the form. */
  self->validate = NULL;
  self->save = NULL;
  if (self->destroy != NULL && user_data != NULL)
    self->destroy (user_data);
  self->destroy = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (self), MT_TYPE_EDITOR_DIALOG);

  G_OBJECT_CLASS (mt_editor_dialog_parent_class)->dispose (object);
}

static void
mt_editor_dialog_finalize (GObject *object)
{
  MtEditorDialog *self = MT_EDITOR_DIALOG (object);

  g_ptr_array_unref (self->fields);
  g_free (self->limit_start);
  g_free (self->limit_deadline);
  g_free (self->limit_latest);

  G_OBJECT_CLASS (mt_editor_dialog_parent_class)->finalize (object);
}

static void
mt_editor_dialog_class_init (MtEditorDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mt_editor_dialog_dispose;
  object_class->finalize = mt_editor_dialog_finalize;

  widget_class->map = mt_editor_dialog_map;

  /* The resources sit in a static library: referencing them is what links them in. */
  g_assert (mt_get_resource () != NULL);

  g_type_ensure (MT_TYPE_BANNER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/minusma/Tracker/ui/editors/mt-editor-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MtEditorDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, MtEditorDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, MtEditorDialog, blocked_banner);
  gtk_widget_class_bind_template_child (widget_class, MtEditorDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, MtEditorDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, MtEditorDialog, reload_button);
  gtk_widget_class_bind_template_child (widget_class, MtEditorDialog, page);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.reload", NULL, reload_action);

  signals[SIGNAL_BLOCKED_ACTION] =
    g_signal_new ("blocked-action", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* The planner asked for the record as saved now (after mt_editor_dialog_offer_reload()). */
  signals[SIGNAL_RELOAD] =
    g_signal_new ("reload", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  /* Enter in a one-line field saves too (_mt_editor_entry_activated_cb); Ctrl+Enter also
   * from a choice, a switch or a text area, where Enter does something else. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
}

static void
mt_editor_dialog_init (MtEditorDialog *self)
{
  self->fields = g_ptr_array_new_with_free_func (field_free);
  self->can_save = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->blocked_banner, "button-clicked",
                           G_CALLBACK (on_blocked_button_clicked_cb), self, G_CONNECT_SWAPPED);
}

/* Public API */

MtEditorDialog *
mt_editor_dialog_new (GtkWidget  *parent,
                      const char *title,
                      const char *save_label)
{
  MtEditorDialog *self;
  GtkRoot *root = parent != NULL ? gtk_widget_get_root (parent) : NULL;

  self = g_object_new (MT_TYPE_EDITOR_DIALOG,
                       "title", title,
                       "transient-for", GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                       NULL);
  adw_window_title_set_title (self->window_title, title);
  if (save_label != NULL)
    gtk_button_set_label (self->save_button, save_label);

  return self;
}

void
mt_editor_dialog_set_handlers (MtEditorDialog       *self,
                               MtEditorValidateFunc  validate,
                               MtEditorSaveFunc      save,
                               gpointer              user_data,
                               GDestroyNotify        destroy)
{
  g_return_if_fail (MT_IS_EDITOR_DIALOG (self));

  if (self->destroy != NULL && self->user_data != NULL)
    self->destroy (self->user_data);

  self->validate = validate;
  self->save = save;
  self->user_data = user_data;
  self->destroy = destroy;

  mt_editor_dialog_revalidate (self);
}

const char *
mt_editor_dialog_get_error (MtEditorDialog *self,
                            const char     *key)
{
  Field *field;

  g_return_val_if_fail (MT_IS_EDITOR_DIALOG (self), NULL);

  field = _mt_editor_find_field (self, key);
  return field != NULL ? field->error : NULL;
}

/* Whether a message is in sight: under a field the user touched, or above the form. */
static gboolean
any_fault_shown (MtEditorDialog *self)
{
  if (gtk_revealer_get_reveal_child (self->error_revealer))
    return TRUE;

  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      if (field->error != NULL && (field->touched || self->tried_save))
        return TRUE;
    }
  return FALSE;
}

void
mt_editor_dialog_revalidate (MtEditorDialog *self)
{
  gboolean ok = TRUE;
  Field *first_field = NULL;
  const char *first_message = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *bad_field = NULL;

  g_return_if_fail (MT_IS_EDITOR_DIALOG (self));

  /* Nothing can be saved now: the store is not asked (it may not answer). */
  if (self->blocked)
    {
      self->can_save = FALSE;
      gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), FALSE);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->save_button),
                                   mt_banner_get_title (self->blocked_banner));
      return;
    }

  show_general_error (self, NULL);

  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);
      const char *message = check_field (field);

      show_field_error (self, field, message, FALSE);
      if (message != NULL)
        {
          ok = FALSE;
          if (first_field == NULL)
            first_field = field;
        }
    }

  /* The store's checks need every value readable. */
  if (ok && self->validate != NULL &&
      !self->validate (self, &bad_field, &error, self->user_data))
    {
      const char *message = error != NULL ? error->message : _("These values cannot be saved");

      ok = FALSE;
      first_field = bad_field != NULL ? _mt_editor_find_field (self, bad_field) : NULL;
      if (first_field != NULL)
        show_field_error (self, first_field, message, FALSE);
      else
        show_general_error (self, message);
      first_message = message;
    }

  /* Save disabled and nothing in sight says why (the fields at fault are not touched yet):
   * the first reason shows under its field, or above the form for a field without a row
   * for messages, so no one has to hover the button to learn it. */
  if (first_field != NULL)
    {
      if (!any_fault_shown (self))
        {
          /* A copy: showing the message replaces the field's own, which it is. */
          g_autofree char *reason = g_strdup (first_field->error);

          if (first_field->error_row != NULL)
            show_field_error (self, first_field, reason, TRUE);
          else
            show_general_error (self, reason);
        }
      /* Read after showing it: the field's message may be a new string now. */
      first_message = first_field->error;
    }

  self->can_save = ok;
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), ok);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->save_button), ok ? NULL : first_message);
}

void
mt_editor_dialog_show_all_errors (MtEditorDialog *self)
{
  g_return_if_fail (MT_IS_EDITOR_DIALOG (self));

  self->tried_save = TRUE;
  mt_editor_dialog_revalidate (self);
}

gboolean
mt_editor_dialog_get_can_save (MtEditorDialog *self)
{
  g_return_val_if_fail (MT_IS_EDITOR_DIALOG (self), FALSE);
  return self->can_save;
}

gboolean
mt_editor_dialog_save (MtEditorDialog *self)
{
  g_return_val_if_fail (MT_IS_EDITOR_DIALOG (self), FALSE);

  self->tried_save = TRUE;
  mt_editor_dialog_revalidate (self);
  if (!self->can_save)
    return FALSE;

  /* A date past one of the mission's limits is asked about: the answer saves. */
  if (_mt_editor_ask_about_dates (self))
    return FALSE;

  return _mt_editor_save_now (self);
}

gboolean
_mt_editor_save_now (MtEditorDialog *self)
{
  g_autoptr(GError) error = NULL;

  g_assert (MT_IS_EDITOR_DIALOG (self));

  self->offer_reload = FALSE;
  if (self->save != NULL && !self->save (self, &error, self->user_data))
    {
      show_general_error (self, error != NULL ? error->message : _("Could not save"));
      if (self->offer_reload)
        gtk_widget_grab_focus (GTK_WIDGET (self->reload_button));
      return FALSE;
    }

  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

void
mt_editor_dialog_set_blocked (MtEditorDialog *self,
                              const char     *reason,
                              const char     *button_label)
{
  g_return_if_fail (MT_IS_EDITOR_DIALOG (self));

  self->blocked = reason != NULL;
  if (reason != NULL)
    mt_banner_set_title (self->blocked_banner, reason);
  mt_banner_set_button_label (self->blocked_banner, button_label);
  mt_banner_set_revealed (self->blocked_banner, self->blocked);
  mt_editor_dialog_revalidate (self);
}

void
mt_editor_dialog_offer_reload (MtEditorDialog *self)
{
  g_return_if_fail (MT_IS_EDITOR_DIALOG (self));

  self->offer_reload = TRUE;
}

void
mt_editor_dialog_show_error (MtEditorDialog *self,
                             const char     *message)
{
  g_return_if_fail (MT_IS_EDITOR_DIALOG (self));

  self->offer_reload = FALSE;
  show_general_error (self, message);
}
