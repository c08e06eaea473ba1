/* mt-import-dialog-values.c: the import dialog's unknown values, each mapped once.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A contingent's file may name a category, a camp or a status its own way
 * ("international civilian", "Tombouctou aéroport"). The dry run lists the values the
 * tracker does not know; here each gets a row where the planner says once which known value
 * it means. The choice goes into the settings (every spelling that folds alike follows it)
 * and, when a preset reads the file, into that preset at once: the next file of that
 * contingent, in the window or on the command line, needs nothing more.
 */

#define G_LOG_DOMAIN "mt-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-camp.h"
#include "mt-category.h"
#include "mt-date.h"
#include "mt-import-dialog-private.h"
#include "mt-person.h"
#include "mt-store.h"

/* The fields whose values are checked, in the order the group lists them. */
static const MtCsvField value_fields[] = {
  MT_CSV_FIELD_CATEGORY, MT_CSV_FIELD_CAMP, MT_CSV_FIELD_STATUS,
};

static void value_selected_cb (MtImportDialog *self, GParamSpec *pspec, AdwComboRow *row);

/* Auxiliary methods */

/* The known values of @field a value can be mapped to: @labels as the window shows them,
 * @values as the import writes them. The first choice is "no mapping" (value NULL). */
static void
list_choices (MtImportDialog *self,
              MtCsvField      field,
              GtkStringList  *labels,
              GPtrArray      *values)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;

  /* An unknown status is kept as written; an unknown category or camp refuses its row. */
  gtk_string_list_append (labels, field == MT_CSV_FIELD_STATUS ? _("Keep as written")
                                                              : _("Unknown: rows refused"));
  g_ptr_array_add (values, NULL);

  switch (field)
    {
    case MT_CSV_FIELD_CATEGORY:
      items = mt_store_list_categories (self->store, &error);
      for (guint i = 0; items != NULL && i < items->len; i++)
        {
          MtCategory *category = g_ptr_array_index (items, i);

          gtk_string_list_append (labels, mt_category_get_name (category));
          g_ptr_array_add (values, g_strdup (mt_category_get_code (category)));
        }
      break;
    case MT_CSV_FIELD_CAMP:
      items = mt_store_list_camps (self->store, NULL, &error);
      for (guint i = 0; items != NULL && i < items->len; i++)
        {
          const char *name = mt_camp_get_name (g_ptr_array_index (items, i));

          gtk_string_list_append (labels, name);
          g_ptr_array_add (values, g_strdup (name));
        }
      break;
    case MT_CSV_FIELD_STATUS:
    default:
      for (guint i = 0; i < 2; i++)
        {
          const char *key = i == 0 ? "deployed" : "departed";

          gtk_string_list_append (labels, mt_person_status_get_label (key));
          g_ptr_array_add (values, g_strdup (key));
        }
      break;
    }

  if (error != NULL)
    g_warning ("Could not list the known values: %s", error->message);
}

/* "Category — 12 rows": under a value, what it is and how much of the file has it. */
static char *
dup_value_subtitle (MtCsvField field,
                    guint64    n_rows)
{
  g_autofree char *count = mt_format_count ((gint64) MIN (n_rows, (guint64) G_MAXINT64));
  g_autofree char *rows = NULL;

  /* Translators: how many rows of the file have an unknown value, e.g. "12 rows" */
  rows = g_strdup_printf (ngettext ("%s row", "%s rows", (gulong) MIN (n_rows, G_MAXULONG)), count);
  /* Translators: under an unknown value of the file: the field, then "12 rows" */
  return g_strdup_printf (_("%s — %s"), mt_csv_field_get_label (field), rows);
}

/* The known values by their whole names where the row has the room ("Policiers hors unités
 * constituées"): the combo row's own labels stop at 20 characters. */
static GtkListItemFactory *
choice_factory_new (void)
{
  static const char ui[] =
    "<interface><template class=\"GtkListItem\"><property name=\"child\">"
    "<object class=\"GtkLabel\"><property name=\"xalign\">0</property>"
    "<property name=\"ellipsize\">end</property><property name=\"max-width-chars\">36</property>"
    "<binding name=\"label\"><lookup name=\"string\" type=\"GtkStringObject\">"
    "<lookup name=\"item\">GtkListItem</lookup></lookup></binding>"
    "</object></property></template></interface>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (ui, sizeof ui - 1);

  return gtk_builder_list_item_factory_new_from_bytes (NULL, bytes);
}

static GtkWidget *
value_row_new (MtImportDialog *self,
               MtCsvField      field,
               const char     *text)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = choice_factory_new ();
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

  list_choices (self, field, labels, values);
  /* The file's text, not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_combo_row_set_factory (row, factory);
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
  g_object_set_data (G_OBJECT (row), "mt-field", GINT_TO_POINTER (field));
  g_object_set_data_full (G_OBJECT (row), "mt-text", g_strdup (text), g_free);
  g_object_set_data_full (G_OBJECT (row), "mt-values", values, (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (value_selected_cb), self,
                           G_CONNECT_SWAPPED);

  return GTK_WIDGET (row);
}

/* Shows on @row how many rows have its value and what the settings map it to. */
static void
sync_row (MtImportDialog *self,
          AdwComboRow    *row,
          guint64         n_rows)
{
  MtCsvField field = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "mt-field"));
  const char *text = g_object_get_data (G_OBJECT (row), "mt-text");
  GPtrArray *values = g_object_get_data (G_OBJECT (row), "mt-values");
  const char *mapped = mt_csv_import_settings_get_mapped_value (self->settings, field, text);
  g_autofree char *subtitle = dup_value_subtitle (field, n_rows);
  guint selected = 0;

  for (guint i = 1; mapped != NULL && i < values->len; i++)
    if (g_strcmp0 (g_ptr_array_index (values, i), mapped) == 0)
      selected = i;

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_combo_row_set_selected (row, selected);
}

/* The name of the preset that reads the file now, or NULL. */
static const char *
preset_in_use (MtImportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->preset_row);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return NULL;

  return gtk_string_list_get_string (self->preset_names, selected);
}

static void
update_description (MtImportDialog *self)
{
  const char *preset = preset_in_use (self);
  g_autofree char *description = NULL;

  if (preset != NULL)
    /* Translators: %s is an import preset's name, e.g. "Chad" */
    description = g_strdup_printf (_("The file has values the tracker does not know. Choose once what each one means: the choice is kept with the preset “%s”."),
                                   preset);
  else
    description = g_strdup (_("The file has values the tracker does not know. Choose once what each one means for every row; save a preset to keep the choices for the next file."));
  adw_preferences_group_set_description (self->values_group, description);
}

/* Whether the rows shown are those of @result, in its order: then only their counts change,
 * and a row the planner is choosing in stays where it is. */
static gboolean
rows_match (MtImportDialog    *self,
            MtCsvImportResult *result)
{
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (value_fields); i++)
    {
      MtCsvField field = value_fields[i];
      guint n_values = mt_csv_import_result_get_n_unknown_values (result, field);

      for (guint v = 0; v < n_values; v++, n++)
        {
          GObject *row;

          if (n >= self->value_rows->len)
            return FALSE;
          row = g_ptr_array_index (self->value_rows, n);
          if (GPOINTER_TO_INT (g_object_get_data (row, "mt-field")) != (int) field ||
              g_strcmp0 (g_object_get_data (row, "mt-text"),
                         mt_csv_import_result_get_unknown_value (result, field, v, NULL)) != 0)
            return FALSE;
        }
    }

  return n == self->value_rows->len;
}

/* Callbacks */

static void
value_selected_cb (MtImportDialog *self,
                   GParamSpec     *pspec,
                   AdwComboRow    *row)
{
  MtCsvField field = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "mt-field"));
  const char *text = g_object_get_data (G_OBJECT (row), "mt-text");
  GPtrArray *values = g_object_get_data (G_OBJECT (row), "mt-values");
  guint selected = adw_combo_row_get_selected (row);
  const char *preset = preset_in_use (self);
  g_autoptr(GError) error = NULL;

  if (self->syncing || self->settings == NULL || selected >= values->len)
    return;

  mt_csv_import_settings_map_value (self->settings, field, text,
                                    g_ptr_array_index (values, selected));

  /* Mapped once: the preset that reads these files keeps it for the next one. */
  if (preset != NULL && !mt_csv_preset_save_value_maps (self->store, preset, self->settings, &error))
    {
      _mt_import_dialog_show_problem (self, error->message);
      return;
    }

  _mt_import_dialog_queue_dry_run (self, TRUE);
}

/* Private API */

void
_mt_import_dialog_clear_values (MtImportDialog *self)
{
  g_assert (MT_IS_IMPORT_DIALOG (self));

  for (guint i = 0; i < self->value_rows->len; i++)
    adw_preferences_group_remove (self->values_group, g_ptr_array_index (self->value_rows, i));
  g_ptr_array_set_size (self->value_rows, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->values_group), FALSE);
}

gboolean
_mt_import_dialog_has_refused_values (MtImportDialog *self)
{
  g_assert (MT_IS_IMPORT_DIALOG (self));

  for (guint i = 0; i < self->value_rows->len; i++)
    {
      AdwComboRow *row = g_ptr_array_index (self->value_rows, i);

      if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "mt-field")) != MT_CSV_FIELD_STATUS &&
          adw_combo_row_get_selected (row) == 0)
        return TRUE;
    }

  return FALSE;
}

void
_mt_import_dialog_fill_values (MtImportDialog    *self,
                               MtCsvImportResult *result)
{
  guint n = 0;

  g_assert (MT_IS_IMPORT_DIALOG (self));
  g_assert (MT_IS_CSV_IMPORT_RESULT (result));

  self->syncing = TRUE;
  if (!rows_match (self, result))
    {
      _mt_import_dialog_clear_values (self);
      for (guint i = 0; i < G_N_ELEMENTS (value_fields); i++)
        for (guint v = 0; v < mt_csv_import_result_get_n_unknown_values (result, value_fields[i]); v++)
          {
            const char *text = mt_csv_import_result_get_unknown_value (result, value_fields[i], v,
                                                                       NULL);
            GtkWidget *row = value_row_new (self, value_fields[i], text);

            adw_preferences_group_add (self->values_group, row);
            g_ptr_array_add (self->value_rows, row);
          }
    }

  for (guint i = 0; i < G_N_ELEMENTS (value_fields); i++)
    for (guint v = 0; v < mt_csv_import_result_get_n_unknown_values (result, value_fields[i]); v++, n++)
      {
        guint64 n_rows = 0;

        mt_csv_import_result_get_unknown_value (result, value_fields[i], v, &n_rows);
        sync_row (self, g_ptr_array_index (self->value_rows, n), n_rows);
      }
  self->syncing = FALSE;

  update_description (self);
  gtk_widget_set_visible (GTK_WIDGET (self->values_group), self->value_rows->len > 0);
}
