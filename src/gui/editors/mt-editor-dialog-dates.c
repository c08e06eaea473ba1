/* mt-editor-dialog-dates.c: MtEditorDialog asks before saving a date that passes one of
 * the mission's limits (before the withdrawal began, after its deadline, after the latest
 * data), naming the date in words and the limit: 03/04/2023 read as 4 March, months
 * before the withdrawal, is then seen before it is saved.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-editor-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-date.h"
#include "mt-date-input.h"
#include "mt-date-row.h"
#include "mt-editor-dialog-private.h"

/* Auxiliary methods */

/* One line saying which limit @iso, the value of the field titled @title, passes; NULL
 * when none. */
static char *
describe_date (MtEditorDialog *self,
               const char     *title,
               const char     *iso,
               gboolean        planned)
{
  g_autofree char *date = mt_date_format_long (iso);
  g_autofree char *limit = NULL;

  /* A plan may lie after the latest data; a fact recorded may not without a word. */
  switch (mt_date_check_limits (iso, self->limit_start, self->limit_deadline,
                                planned ? NULL : self->limit_latest))
    {
    case MT_DATE_LIMIT_BEFORE_START:
      limit = mt_date_format_long (self->limit_start);
      /* Translators: a field's title, the date typed, then the first day of the withdrawal */
      return g_strdup_printf (_("%s: %s is before the withdrawal began, on %s."),
                              title, date, limit);
    case MT_DATE_LIMIT_AFTER_DEADLINE:
      limit = mt_date_format_long (self->limit_deadline);
      /* Translators: a field's title, the date typed, then the mission's deadline */
      return g_strdup_printf (_("%s: %s is after the withdrawal deadline, %s."),
                              title, date, limit);
    case MT_DATE_LIMIT_AFTER_LATEST:
      limit = mt_date_format_long (self->limit_latest);
      /* Translators: a field's title, the date typed, then the latest date any record
       * carries */
      return g_strdup_printf (_("%s: %s is after the latest data, of %s."),
                              title, date, limit);
    case MT_DATE_LIMIT_NONE:
    default:
      return NULL;
    }
}

/* Callbacks */

static gboolean
save_later_cb (gpointer data)
{
  MtEditorDialog *self = data;

  /* Unless the editor went away meanwhile (its parent closed). */
  if (gtk_widget_get_visible (GTK_WIDGET (self)))
    _mt_editor_save_now (self);
  return G_SOURCE_REMOVE;
}

static void
on_response_cb (AdwMessageDialog *question,
                const char       *response,
                MtEditorDialog   *self)
{
  /* Once the question has gone: saving closes the editor, and the question with it,
   * while it is still answering. */
  if (g_str_equal (response, "save"))
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, save_later_cb, g_object_ref (self), g_object_unref);
}

/* Private API */

gboolean
_mt_editor_ask_about_dates (MtEditorDialog *self)
{
  g_autoptr(GString) body = g_string_new (NULL);
  guint n_dates = 0;
  GtkWidget *question;

  g_return_val_if_fail (MT_IS_EDITOR_DIALOG (self), FALSE);

  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);
      const char *iso;
      g_autofree char *line = NULL;

      if (field->kind != FIELD_DATE)
        continue;
      iso = mt_date_row_get_date (MT_DATE_ROW (field->input));
      /* A date the record already had was asked about when it was saved. */
      if (iso == NULL || g_strcmp0 (iso, field->opened_with) == 0)
        continue;

      line = describe_date (self, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (field->row)),
                            iso, (field->flags & MT_FIELD_PLANNED) != 0);
      if (line == NULL)
        continue;
      if (body->len > 0)
        g_string_append_c (body, '\n');
      g_string_append (body, line);
      n_dates++;
    }

  if (n_dates == 0)
    return FALSE;

  question = adw_message_dialog_new (GTK_WINDOW (self),
                                     g_dngettext (GETTEXT_PACKAGE, "Is This Date Right?",
                                                  "Are These Dates Right?", n_dates),
                                     body->str);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (question),
                                    /* Translators: back to the editor, to change a date */
                                    "change", _("C_hange"),
                                    /* Translators: keep it short: the question is
                                     * as narrow as the editor, and longer answers are
                                     * stacked, this one first */
                                    "save", _("_Save Anyway"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (question), "save",
                                              ADW_RESPONSE_SUGGESTED);
  /* Enter goes back to the date: saving past a limit is a choice made with the eyes open. */
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (question), "change");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (question), "change");
  g_signal_connect_object (question, "response", G_CALLBACK (on_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (question));

  return TRUE;
}

/* Public API */

void
mt_editor_dialog_set_date_limits (MtEditorDialog *self,
                                  const char     *start,
                                  const char     *deadline,
                                  const char     *latest)
{
  g_return_if_fail (MT_IS_EDITOR_DIALOG (self));

  g_free (self->limit_start);
  g_free (self->limit_deadline);
  g_free (self->limit_latest);
  self->limit_start = g_strdup (start);
  self->limit_deadline = g_strdup (deadline);
  self->limit_latest = g_strdup (latest);
}
