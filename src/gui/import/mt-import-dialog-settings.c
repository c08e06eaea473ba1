/* mt-import-dialog-settings.c: the import dialog's file preview and settings.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * This file reads the chosen file's header and first rows and keeps the settings
 * (encoding, separator, columns, fixed values, mode) in step with the widgets. It is
 * apart from mt-import-dialog.c (the window, its buttons and the file chooser) because
 * it is the part that changes with the importer's settings; mt-import-dialog-presets.c
 * handles the presets and mt-import-dialog-run.c runs the importer with these settings.
 */

#define G_LOG_DOMAIN "mt-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-date.h"
#include "mt-import-dialog-private.h"

#define PREVIEW_ROWS 6

/* The encoding drop-down lists MtCsvEncoding from UTF-8 on (AUTO is never shown: the
 * drop-down shows what was detected); the separator one these characters. */
#define ENCODING_FIRST MT_CSV_ENCODING_UTF8
static const char separators[] = { ',', ';', '\t' };

static void update_mode_subtitle (MtImportDialog *self);

/* Auxiliary methods */

static void
clear_group (AdwPreferencesGroup *group,
             GPtrArray           *rows)
{
  g_assert (ADW_IS_PREFERENCES_GROUP (group));

  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static guint
separator_index (char separator)
{
  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    if (separators[i] == separator)
      return i;
  return 0;
}

/* Whether some column of the file fills @field. */
static gboolean
field_has_column (MtImportDialog *self,
                  MtCsvField      field)
{
  guint n = mt_csv_preview_get_n_columns (self->preview);

  for (guint i = 0; i < n; i++)
    if (mt_csv_import_settings_get_column (self->settings, i) == field)
      return TRUE;
  return FALSE;
}

static void
show_error_page (MtImportDialog *self,
                 const GError   *error)
{
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  _mt_import_dialog_cancel_runs (self);
  g_clear_object (&self->preview);
  adw_status_page_set_description (self->error_page, escaped);
  gtk_stack_set_visible_child_name (self->stack, "error");
  _mt_import_dialog_update_import_button (self);
}

static void
fill_file_row (MtImportDialog *self)
{
  g_autofree char *name = g_file_get_basename (self->file);
  g_autofree char *parent = NULL;
  g_autoptr(GFile) dir = g_file_get_parent (self->file);
  guint n_columns = mt_csv_preview_get_n_columns (self->preview);
  g_autofree char *count = NULL;
  g_autofree char *columns = NULL;
  g_autofree char *subtitle = NULL;

  if (dir != NULL)
    parent = g_file_get_parse_name (dir);

  count = mt_format_count (n_columns);
  /* Translators: the file row of the import dialog, e.g. "12 columns — /home/ana/Rosters" */
  columns = g_strdup_printf (ngettext ("%s column", "%s columns", n_columns), count);
  subtitle = parent != NULL ? g_strdup_printf ("%s — %s", columns, parent) : g_strdup (columns);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->file_row), name);
  adw_action_row_set_subtitle (self->file_row, subtitle);
  adw_window_title_set_subtitle (self->window_title, name);
}

static void
fill_encoding_and_separator (MtImportDialog *self,
                             gboolean        forced)
{
  MtCsvEncoding encoding = mt_csv_preview_get_encoding (self->preview);
  const char *how;

  adw_combo_row_set_selected (self->encoding_row, encoding >= ENCODING_FIRST ? encoding - ENCODING_FIRST : 0);
  if (mt_csv_preview_get_encoding_fell_back (self->preview))
    how = _("Not valid UTF-8: read as Windows-1252, as older spreadsheet programs save it");
  else if (forced)
    how = _("Chosen by you");
  else
    how = _("Detected from the file");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->encoding_row), how);

  adw_combo_row_set_selected (self->separator_row,
                              separator_index (mt_csv_preview_get_separator (self->preview)));
}

/* A cell of the preview: long values are cut, but every column keeps enough width to
 * be read; the grid scrolls sideways instead of squeezing them all. */
static GtkWidget *
preview_label_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_label_set_width_chars (GTK_LABEL (label), MIN ((int) g_utf8_strlen (text, -1), 12));
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  return label;
}

/* The indexes of the columns to show, those the preview kept (see MT_CSV_PREVIEW_MAX_COLUMNS):
 * the first ones, and after them every column that fills a field, so each mapping can be
 * checked and changed. Taken when the file is read: a column set to "Ignore" later stays in
 * the list. */
static GArray *
dup_shown_columns (MtImportDialog *self)
{
  guint n_columns = mt_csv_preview_get_n_columns (self->preview);
  GArray *shown = g_array_sized_new (FALSE, FALSE, sizeof (guint),
                                     mt_csv_preview_get_n_kept_columns (self->preview));

  for (guint c = 0; c < n_columns; c++)
    if (c < MT_CSV_PREVIEW_MAX_COLUMNS || mt_csv_preview_get_header (self->preview, c) != NULL)
      g_array_append_val (shown, c);
  return shown;
}

/* The line that stands for the columns not shown, or NULL when every column is. */
static char *
dup_more_columns_text (MtImportDialog *self,
                       GArray         *shown)
{
  guint n_more = mt_csv_preview_get_n_columns (self->preview) - shown->len;
  g_autofree char *count = NULL;

  if (n_more == 0)
    return NULL;

  count = mt_format_count (n_more);
  /* Translators: after the columns the import dialog lists, e.g.
   * "… and 99,950 more columns, ignored" */
  return g_strdup_printf (ngettext ("… and %s more column, ignored",
                                    "… and %s more columns, ignored", n_more), count);
}

static void
fill_preview_grid (MtImportDialog *self,
                   GArray         *shown)
{
  GtkWidget *child;
  guint n_rows = mt_csv_preview_get_n_rows (self->preview);
  g_autofree char *more = dup_more_columns_text (self, shown);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->preview_grid))) != NULL)
    gtk_grid_remove (self->preview_grid, child);

  for (guint i = 0; i < shown->len; i++)
    {
      guint c = g_array_index (shown, guint, i);
      GtkWidget *label = preview_label_new (mt_csv_preview_get_header (self->preview, c));

      gtk_widget_add_css_class (label, "heading");
      gtk_grid_attach (self->preview_grid, label, i, 0, 1, 1);

      for (guint r = 0; r < MIN (n_rows, PREVIEW_ROWS); r++)
        {
          label = preview_label_new (mt_csv_preview_get_cell (self->preview, r, c));
          gtk_grid_attach (self->preview_grid, label, i, r + 1, 1, 1);
        }
    }

  if (more != NULL)
    {
      GtkWidget *label = gtk_label_new (more);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_valign (label, GTK_ALIGN_START);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_grid_attach (self->preview_grid, label, shown->len, 0, 1, 1);
    }
}

static void column_selected_cb (MtImportDialog *self, GParamSpec *pspec, AdwComboRow *row);
static void constant_changed_cb (MtImportDialog *self, GtkEditable *editable);

/* Under a column of the file: its value in the first row and, past the first columns, where
 * it is (the columns between are not listed). */
static char *
dup_column_subtitle (MtImportDialog *self,
                     guint           column)
{
  const char *sample = mt_csv_preview_get_n_rows (self->preview) > 0
                       ? mt_csv_preview_get_cell (self->preview, 0, column) : "";
  g_autofree char *number = NULL;

  if (column < MT_CSV_PREVIEW_MAX_COLUMNS)
    /* Translators: under a column of the file, its value in the first row */
    return sample[0] != '\0' ? g_strdup_printf (_("First row: %s"), sample) : NULL;

  number = mt_format_count (column + 1);
  if (sample[0] == '\0')
    /* Translators: under a column of the file listed after the first fifty, e.g. "Column 4,000" */
    return g_strdup_printf (_("Column %s"), number);
  /* Translators: under a column of the file listed after the first fifty, e.g.
   * "Column 4,000 — first row: Diallo" */
  return g_strdup_printf (_("Column %s — first row: %s"), number, sample);
}

static void
fill_columns (MtImportDialog *self,
              GArray         *shown)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autofree char *more = dup_more_columns_text (self, shown);

  for (int f = MT_CSV_FIELD_IGNORE; f < MT_CSV_N_FIELDS; f++)
    gtk_string_list_append (labels, mt_csv_field_get_label (f));

  clear_group (self->columns_group, self->column_rows);
  if (self->more_columns_row != NULL)
    adw_preferences_group_remove (self->columns_group, g_steal_pointer (&self->more_columns_row));

  for (guint i = 0; i < shown->len; i++)
    {
      guint c = g_array_index (shown, guint, i);
      AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
      const char *header = mt_csv_preview_get_header (self->preview, c);
      g_autofree char *subtitle = dup_column_subtitle (self, c);

      /* Headers and cells are the file's text, not markup. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     header[0] != '\0' ? header : _("(no name)"));
      if (subtitle != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_combo_row_set_model (row, G_LIST_MODEL (labels));
      adw_combo_row_set_selected (row, mt_csv_import_settings_get_column (self->settings, c));
      g_object_set_data (G_OBJECT (row), "mt-column", GUINT_TO_POINTER (c));
      g_signal_connect_object (row, "notify::selected", G_CALLBACK (column_selected_cb),
                               self, G_CONNECT_SWAPPED);
      adw_preferences_group_add (self->columns_group, GTK_WIDGET (row));
      g_ptr_array_add (self->column_rows, row);
    }

  if (more != NULL)
    {
      self->more_columns_row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->more_columns_row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->more_columns_row), more);
      gtk_widget_add_css_class (self->more_columns_row, "dim-label");
      adw_preferences_group_add (self->columns_group, self->more_columns_row);
    }
}

/* One entry per field no column fills, required ones first: a roster from one
 * contingent often has no contingent column at all. */
static void
fill_constants (MtImportDialog *self)
{
  clear_group (self->constants_group, self->constant_rows);

  for (int pass = 0; pass < 2; pass++)
    for (int f = MT_CSV_FIELD_IGNORE + 1; f < MT_CSV_N_FIELDS; f++)
      {
        gboolean required = mt_csv_field_is_required (f);
        GtkWidget *row;
        g_autofree char *title = NULL;

        if (required != (pass == 0) || field_has_column (self, f))
          continue;

        if (required)
          /* Translators: a field the file lacks and the import needs, e.g. "Contingent (required)" */
          title = g_strdup_printf (_("%s (required)"), mt_csv_field_get_label (f));
        else
          title = g_strdup (mt_csv_field_get_label (f));

        row = adw_entry_row_new ();
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
        adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
        if (self->settings->constants[f] != NULL)
          gtk_editable_set_text (GTK_EDITABLE (row), self->settings->constants[f]);
        g_object_set_data (G_OBJECT (row), "mt-field", GINT_TO_POINTER (f));
        g_signal_connect_object (row, "changed", G_CALLBACK (constant_changed_cb),
                                 self, G_CONNECT_SWAPPED);
        adw_preferences_group_add (self->constants_group, row);
        g_ptr_array_add (self->constant_rows, row);
      }

  gtk_widget_set_visible (GTK_WIDGET (self->constants_group), self->constant_rows->len > 0);
}

/* Fills every widget from self->preview and self->settings. */
static void
sync_widgets (MtImportDialog *self,
              gboolean        encoding_forced)
{
  g_autoptr(GArray) shown = dup_shown_columns (self);

  self->syncing = TRUE;
  fill_file_row (self);
  fill_encoding_and_separator (self, encoding_forced);
  adw_combo_row_set_selected (self->mode_row, self->settings->mode);
  update_mode_subtitle (self);
  _mt_import_dialog_fill_presets (self);
  fill_preview_grid (self, shown);
  fill_columns (self, shown);
  fill_constants (self);
  self->syncing = FALSE;
}

/* Reads the file again with @settings (NULL: detect everything) and keeps what the
 * user chose that still applies: the mode and the fixed values. */
gboolean
_mt_import_dialog_load_preview (MtImportDialog            *self,
                                const MtCsvImportSettings *settings)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtCsvPreview) preview = NULL;
  g_autofree char *path = g_file_get_path (self->file);
  MtCsvImportSettings *effective;

  g_assert (MT_IS_IMPORT_DIALOG (self));

  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (self->file);

      error = g_error_new (MT_CSV_ERROR, MT_CSV_ERROR_FILE,
                           _("%s: only files on this computer can be imported"), uri);
      show_error_page (self, error);
      return FALSE;
    }

  preview = mt_csv_preview_load (self->store, path, settings, PREVIEW_ROWS, &error);
  if (preview == NULL)
    {
      show_error_page (self, error);
      return FALSE;
    }

  effective = mt_csv_preview_dup_settings (preview);
  if (settings != NULL)
    {
      effective->mode = settings->mode;
      for (guint f = 0; f < MT_CSV_N_FIELDS; f++)
        if (settings->constants[f] != NULL)
          mt_csv_import_settings_set_constant (effective, f, settings->constants[f]);
    }

  g_set_object (&self->preview, preview);
  /* Another file, or the same read another way: its unknown values come with its check. */
  _mt_import_dialog_clear_values (self);
  g_clear_pointer (&self->settings, mt_csv_import_settings_free);
  self->settings = effective;
  self->encoding_forced = settings != NULL && settings->encoding != MT_CSV_ENCODING_AUTO;
  sync_widgets (self, self->encoding_forced);

  _mt_import_dialog_show_problem (self, NULL);
  gtk_stack_set_visible_child_name (self->stack, "preview");
  _mt_import_dialog_queue_dry_run (self, TRUE);
  return TRUE;
}

/* Re-reads the file with a changed encoding or separator: the columns may differ, so
 * the mapping is guessed again (or taken from a preset with that header). */
static void
reload_with (MtImportDialog *self,
             MtCsvEncoding   encoding,
             char            separator)
{
  g_autoptr(MtCsvImportSettings) settings = mt_csv_import_settings_copy (self->settings);

  settings->encoding = encoding;
  settings->separator = separator;
  g_clear_pointer (&settings->columns, g_array_unref);
  _mt_import_dialog_load_preview (self, settings);
}

/* Callbacks */

static void
column_selected_cb (MtImportDialog *self,
                    GParamSpec     *pspec,
                    AdwComboRow    *row)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "mt-column"));
  guint selected = adw_combo_row_get_selected (row);

  if (self->syncing || selected == GTK_INVALID_LIST_POSITION)
    return;

  mt_csv_import_settings_set_column (self->settings, column, selected);
  self->syncing = TRUE;
  fill_constants (self);
  self->syncing = FALSE;
  _mt_import_dialog_queue_dry_run (self, TRUE);
}

static void
constant_changed_cb (MtImportDialog *self,
                     GtkEditable    *editable)
{
  MtCsvField field = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (editable), "mt-field"));
  g_autofree char *value = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  if (self->syncing)
    return;

  mt_csv_import_settings_set_constant (self->settings, field, value);
  _mt_import_dialog_queue_dry_run (self, FALSE);
}

static void
encoding_selected_cb (MtImportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->encoding_row);

  if (self->syncing || self->preview == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  if (selected + ENCODING_FIRST == mt_csv_preview_get_encoding (self->preview))
    return;

  reload_with (self, selected + ENCODING_FIRST, self->settings->separator);
}

static void
separator_selected_cb (MtImportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->separator_row);

  if (self->syncing || self->preview == NULL || selected >= G_N_ELEMENTS (separators))
    return;
  if (separators[selected] == mt_csv_preview_get_separator (self->preview))
    return;

  reload_with (self, self->encoding_forced ? self->settings->encoding : MT_CSV_ENCODING_AUTO,
               separators[selected]);
}

static void
update_mode_subtitle (MtImportDialog *self)
{
  g_autofree char *rejects = NULL;

  if (self->settings->mode == MT_CSV_IMPORT_SKIP_INVALID &&
      (rejects = _mt_import_dialog_dup_rejects_path (self)) != NULL)
    {
      g_autofree char *base = g_path_get_basename (rejects);
      /* Translators: %s is a file name */
      g_autofree char *subtitle = g_strdup_printf (_("Rejected rows are saved to “%s”, beside the file"), base);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->mode_row), subtitle);
    }
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->mode_row),
                                 _("The roster stays exactly as it was"));
}

static void
mode_selected_cb (MtImportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->mode_row);

  if (self->syncing || self->settings == NULL)
    return;

  self->settings->mode = selected == 1 ? MT_CSV_IMPORT_SKIP_INVALID : MT_CSV_IMPORT_ALL_OR_NOTHING;
  update_mode_subtitle (self);
  /* The counts do not depend on the mode; only what Import may do does. */
  _mt_import_dialog_update_import_button (self);
}

/* Private API */

/* Fills the encoding and separator drop-downs and follows the rows that change the
 * settings; called from mt_import_dialog_init() once the template is built. */
void
_mt_import_dialog_init_settings (MtImportDialog *self)
{
  g_assert (MT_IS_IMPORT_DIALOG (self));

  for (MtCsvEncoding e = ENCODING_FIRST; e <= MT_CSV_ENCODING_WINDOWS_1252; e++)
    gtk_string_list_append (self->encoding_names, mt_csv_encoding_get_name (e));
  gtk_string_list_append (self->separator_names, _("Comma ( , )"));
  gtk_string_list_append (self->separator_names, _("Semicolon ( ; )"));
  gtk_string_list_append (self->separator_names, _("Tab"));

  g_signal_connect_object (self->encoding_row, "notify::selected",
                           G_CALLBACK (encoding_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->separator_row, "notify::selected",
                           G_CALLBACK (separator_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->mode_row, "notify::selected",
                           G_CALLBACK (mode_selected_cb), self, G_CONNECT_SWAPPED);
}
