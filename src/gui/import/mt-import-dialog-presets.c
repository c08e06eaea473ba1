/* mt-import-dialog-presets.c: the import dialog's saved presets.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A preset is one contributing country's way of writing rosters: encoding,
 * separator, column targets, fixed values and the values it writes its own way, offered again when a file with the
 * same header comes in (the importer finds it; this file lets the user pick,
 * drop or save one).
 */

#define G_LOG_DOMAIN "mt-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-import-dialog-private.h"

/* Whether the drop-down lists "None" and then @names already. */
static gboolean
lists_names (MtImportDialog     *self,
             const char * const *names)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->preset_names));

  if (n != g_strv_length ((char **) names) + 1)
    return FALSE;
  for (guint i = 1; i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (self->preset_names, i), names[i - 1]) != 0)
      return FALSE;

  return TRUE;
}

void
_mt_import_dialog_fill_presets (MtImportDialog *self)
{
  g_auto(GStrv) names = mt_csv_preset_list (self->store);
  const char *current = mt_csv_preview_get_preset_name (self->preview);
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->preset_names));
  guint selected = 0;

  /* Called again while the drop-down reports a choice (the file read with the chosen
   * preset): the list it reports from is left alone then, or the drop-down would report the
   * choice again, for ever. */
  if (!lists_names (self, (const char * const *) names))
    {
      gtk_string_list_splice (self->preset_names, 0, n_old, NULL);
      gtk_string_list_append (self->preset_names, _("None"));
      for (guint i = 0; names[i] != NULL; i++)
        gtk_string_list_append (self->preset_names, names[i]);
    }
  for (guint i = 0; names[i] != NULL; i++)
    if (g_strcmp0 (names[i], current) == 0)
      selected = i + 1;
  adw_combo_row_set_selected (self->preset_row, selected);

  if (current != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->preset_row),
                                 _("Chosen because this file has the same columns"));
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->preset_row), NULL);
}

void
_mt_import_dialog_preset_selected_cb (MtImportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->preset_row);
  g_autoptr(MtCsvImportSettings) settings = NULL;
  g_autoptr(GError) error = NULL;

  if (self->syncing || self->preview == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  if (selected == 0)
    {
      /* "None": the columns as their names say, not as the matching preset would. */
      settings = mt_csv_import_settings_copy (self->settings);
      for (guint c = 0; c < mt_csv_preview_get_n_columns (self->preview); c++)
        mt_csv_import_settings_set_column (settings, c,
                                           mt_csv_preview_get_header_field (self->preview, c));
      for (guint f = MT_CSV_FIELD_IGNORE + 1; f < MT_CSV_N_FIELDS; f++)
        {
          mt_csv_import_settings_set_constant (settings, f, NULL);
          g_clear_pointer (&settings->value_maps[f], g_hash_table_unref);
        }
    }
  else
    {
      const char *name = gtk_string_list_get_string (self->preset_names, selected);

      settings = mt_csv_preset_load (self->store, name, &error);
      if (settings == NULL)
        {
          _mt_import_dialog_show_problem (self, error->message);
          return;
        }
      settings->mode = self->settings->mode;
    }

  if (_mt_import_dialog_load_preview (self, settings) && selected > 0)
    {
      /* The preview only names a preset it found by header; keep the chosen one shown. */
      self->syncing = TRUE;
      adw_combo_row_set_selected (self->preset_row, selected);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->preset_row), NULL);
      self->syncing = FALSE;
    }
}

static void
save_preset_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         MtImportDialog   *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "save") != 0 || name[0] == '\0' || self->preview == NULL)
    return;

  if (!mt_csv_preset_save (self->store, name, self->preview, self->settings, &error))
    {
      _mt_import_dialog_show_problem (self, error->message);
      return;
    }

  self->syncing = TRUE;
  _mt_import_dialog_fill_presets (self);
  for (guint i = 1; i < g_list_model_get_n_items (G_LIST_MODEL (self->preset_names)); i++)
    if (g_strcmp0 (gtk_string_list_get_string (self->preset_names, i), name) == 0)
      adw_combo_row_set_selected (self->preset_row, i);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->preset_row),
                               _("Saved: offered again for files with these columns"));
  self->syncing = FALSE;
}

void
_mt_import_dialog_save_preset_clicked_cb (MtImportDialog *self)
{
  GtkWidget *dialog;
  GtkWidget *entry;
  const char *country;

  if (self->preview == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save as Preset"),
                                   _("Files with the same columns will be read this way: encoding, separator, columns, fixed values and the meaning of unknown values."));
  entry = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Preset name"), -1);
  /* A preset usually serves one contributing country's format. */
  country = self->settings->constants[MT_CSV_FIELD_COUNTRY];
  if (country == NULL && self->preset_row != NULL &&
      adw_combo_row_get_selected (self->preset_row) > 0)
    country = gtk_string_list_get_string (self->preset_names,
                                          adw_combo_row_get_selected (self->preset_row));
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("For example, the contingent’s country"));
  if (country != NULL)
    gtk_editable_set_text (GTK_EDITABLE (entry), country);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (save_preset_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}
