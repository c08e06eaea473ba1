/* mt-csv-preview.c: the first rows of a file as the import will read them, and the preset
 * saved for its header (mt-csv-preset.c).
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-csv-preview"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mt-csv-export.h"
#include "mt-csv-import-private.h"
#include "mt-store-import.h"

struct _MtCsvPreview
{
  GObject              parent_instance;
  MtCsvImportSettings *settings;   /* effective: encoding, separator, every column set */
  gboolean             fell_back;
  guint                n_columns;
  /* A byte per column, not a string: what the whole header needs (see
   * MT_CSV_PREVIEW_MAX_COLUMNS); the names and cells are kept for a few columns only. */
  GByteArray          *header_fields; /* MtCsvField each header names by itself */
  GArray              *kept;       /* guint: the columns whose name and cells are kept, ascending */
  GPtrArray           *headers;    /* char*, one per kept column */
  GPtrArray           *rows;       /* GStrv, one cell per kept column */
  char                *signature;  /* the header row's, for presets */
  char                *preset_name;
};

G_DEFINE_FINAL_TYPE (MtCsvPreview, mt_csv_preview, G_TYPE_OBJECT)

/* Where @column is among the kept ones. */
static gboolean
find_kept (MtCsvPreview *self,
           guint         column,
           guint        *index)
{
  guint lo = 0, hi = self->kept->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      guint kept = g_array_index (self->kept, guint, mid);

      if (kept == column)
        {
          *index = mid;
          return TRUE;
        }
      if (kept < column)
        lo = mid + 1;
      else
        hi = mid;
    }

  return FALSE;
}

/* Reads the header row (the reader's current record) a cell at a time: its signature and
 * the field each header names, without keeping the names. */
static void
read_header (MtCsvPreview *self,
             MtCsvReader  *reader,
             GString      *signature)
{
  self->n_columns = mt_csv_reader_get_n_fields (reader);
  g_byte_array_set_size (self->header_fields, self->n_columns);
  for (guint i = 0; i < self->n_columns; i++)
    {
      g_autofree char *copy = g_strdup (mt_csv_reader_get_field (reader, i));
      const char *header = _mt_csv_clean_cell (copy);

      mt_csv_header_signature_append (signature, i, header);
      self->header_fields->data[i] = mt_csv_field_from_header (header);
    }
}

/* The first columns and those that fill a field: what the dialog shows. */
static void
keep_columns (MtCsvPreview *self,
              MtCsvReader  *reader)
{
  for (guint i = 0; i < self->n_columns; i++)
    {
      g_autofree char *copy = NULL;

      if (i >= MT_CSV_PREVIEW_MAX_COLUMNS &&
          mt_csv_import_settings_get_column (self->settings, i) == MT_CSV_FIELD_IGNORE)
        continue;
      copy = g_strdup (mt_csv_reader_get_field (reader, i));
      g_array_append_val (self->kept, i);
      g_ptr_array_add (self->headers, g_strdup (_mt_csv_clean_cell (copy)));
    }
}

/* GObject overrides */

static void
mt_csv_preview_finalize (GObject *object)
{
  MtCsvPreview *self = MT_CSV_PREVIEW (object);

  mt_csv_import_settings_free (self->settings);
  g_byte_array_unref (self->header_fields);
  g_array_unref (self->kept);
  g_ptr_array_unref (self->headers);
  g_ptr_array_unref (self->rows);
  g_free (self->signature);
  g_free (self->preset_name);

  G_OBJECT_CLASS (mt_csv_preview_parent_class)->finalize (object);
}

static void
mt_csv_preview_class_init (MtCsvPreviewClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mt_csv_preview_finalize;
}

static void
mt_csv_preview_init (MtCsvPreview *self)
{
  self->header_fields = g_byte_array_new ();
  self->kept = g_array_new (FALSE, FALSE, sizeof (guint));
  self->headers = g_ptr_array_new_with_free_func (g_free);
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
}

/* Public API */

MtCsvPreview *
mt_csv_preview_load (MtStore                   *store,
                     const char                *path,
                     const MtCsvImportSettings *settings,
                     guint                      max_rows,
                     GError                   **error)
{
  g_autoptr(MtCsvPreview) self = NULL;
  g_autoptr(MtCsvReader) reader = NULL;
  g_autoptr(MtCsvImportSettings) preset = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GString) signature = g_string_new (NULL);
  gboolean explicit_columns;
  gsize signature_len;
  guint n;

  g_return_val_if_fail (store == NULL || MT_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (MT_TYPE_CSV_PREVIEW, NULL);
  self->settings = settings != NULL ? mt_csv_import_settings_copy (settings)
                                    : mt_csv_import_settings_new ();
  explicit_columns = self->settings->columns != NULL && self->settings->columns->len > 0;

  reader = mt_csv_reader_new_for_path (path, self->settings->encoding, self->settings->separator,
                                       error);
  if (reader == NULL)
    return NULL;

  if (!mt_csv_reader_next (reader, &local_error))
    {
      if (local_error == NULL)
        g_set_error (&local_error, MT_CSV_ERROR, MT_CSV_ERROR_EMPTY, _("%s: no header row"), path);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (!mt_csv_reader_check_header (reader, error))
    return NULL;

  read_header (self, reader, signature);
  n = self->n_columns;

  /* A preset saved for this header fills what the caller did not choose. */
  if (store != NULL && !explicit_columns)
    {
      g_autofree char *name = NULL;
      g_autofree char *mapping = NULL;
      g_autofree char *encoding = NULL;
      g_autofree char *separator = NULL;
      g_autofree char *constants = NULL;

      if (mt_store_find_csv_preset (store, signature->str, &name, &mapping, &encoding, &separator,
                                    &constants))
        {
          preset = _mt_csv_preset_parse (mapping, encoding, separator, constants);
          self->preset_name = g_steal_pointer (&name);
          /* Encoding and separator: a preset was saved from a file like this one; reread
           * with its choices only if they differ from what detection found. */
          if ((preset->encoding != MT_CSV_ENCODING_AUTO &&
               preset->encoding != mt_csv_reader_get_encoding (reader) &&
               self->settings->encoding == MT_CSV_ENCODING_AUTO) ||
              (preset->separator != 0 && preset->separator != mt_csv_reader_get_separator (reader) &&
               self->settings->separator == 0))
            {
              g_autoptr(MtCsvImportSettings) merged = mt_csv_import_settings_copy (preset);
              MtCsvPreview *again;

              merged->mode = self->settings->mode;
              merged->force = self->settings->force;
              merged->rejects_path = g_strdup (self->settings->rejects_path);
              again = mt_csv_preview_load (NULL, path, merged, max_rows, error);
              if (again != NULL)
                {
                  g_free (again->preset_name);
                  again->preset_name = g_strdup (self->preset_name);
                }
              return again;
            }
          g_clear_pointer (&self->settings->columns, g_array_unref);
          if (preset->columns != NULL)
            self->settings->columns = g_array_ref (preset->columns);
          for (guint f = 1; f < MT_CSV_N_FIELDS; f++)
            {
              if (self->settings->constants[f] == NULL && preset->constants[f] != NULL)
                self->settings->constants[f] = g_strdup (preset->constants[f]);
              if (self->settings->value_maps[f] == NULL)
                self->settings->value_maps[f] = g_steal_pointer (&preset->value_maps[f]);
            }
        }
    }

  /* Every column's target made explicit: the run then reads exactly what the preview showed. */
  {
    gboolean taken[MT_CSV_N_FIELDS] = { FALSE, };

    for (guint i = 0; i < n; i++)
      {
        int field = -1;

        if (self->settings->columns != NULL && i < self->settings->columns->len)
          field = g_array_index (self->settings->columns, int, i);
        if (field < 0 || field >= MT_CSV_N_FIELDS)
          field = self->header_fields->data[i];
        if (field != MT_CSV_FIELD_IGNORE && taken[field])
          field = MT_CSV_FIELD_IGNORE;
        taken[field] = TRUE;
        mt_csv_import_settings_set_column (self->settings, i, field);
      }
    if (self->settings->columns != NULL && self->settings->columns->len > n)
      g_array_set_size (self->settings->columns, n);
  }
  keep_columns (self, reader);
  signature_len = signature->len;
  /* Kept for presets at its length, not at the GString's doubled size. */
  self->signature = g_realloc (g_string_free (g_steal_pointer (&signature), FALSE),
                               signature_len + 1);

  self->settings->encoding = mt_csv_reader_get_encoding (reader);
  self->settings->separator = mt_csv_reader_get_separator (reader);
  self->fell_back = mt_csv_reader_get_encoding_fell_back (reader);

  while (self->rows->len < max_rows && mt_csv_reader_next (reader, &local_error))
    {
      guint m = mt_csv_reader_get_n_fields (reader);
      GStrv cells = g_new0 (char *, self->kept->len + 1);

      for (guint k = 0; k < self->kept->len; k++)
        {
          guint i = g_array_index (self->kept, guint, k);

          cells[k] = g_strdup (i < m ? mt_csv_unescape_cell (mt_csv_reader_get_field (reader, i))
                                     : "");
        }
      g_ptr_array_add (self->rows, cells);
    }

  /* A bad byte further on is the import's business; the rows read so far still show. */
  return g_steal_pointer (&self);
}

MtCsvEncoding
mt_csv_preview_get_encoding (MtCsvPreview *self)
{
  g_return_val_if_fail (MT_IS_CSV_PREVIEW (self), MT_CSV_ENCODING_AUTO);
  return self->settings->encoding;
}

gboolean
mt_csv_preview_get_encoding_fell_back (MtCsvPreview *self)
{
  g_return_val_if_fail (MT_IS_CSV_PREVIEW (self), FALSE);
  return self->fell_back;
}

char
mt_csv_preview_get_separator (MtCsvPreview *self)
{
  g_return_val_if_fail (MT_IS_CSV_PREVIEW (self), ',');
  return self->settings->separator;
}

guint
mt_csv_preview_get_n_columns (MtCsvPreview *self)
{
  g_return_val_if_fail (MT_IS_CSV_PREVIEW (self), 0);
  return self->n_columns;
}

guint
mt_csv_preview_get_n_kept_columns (MtCsvPreview *self)
{
  g_return_val_if_fail (MT_IS_CSV_PREVIEW (self), 0);
  return self->kept->len;
}

const char *
mt_csv_preview_get_header (MtCsvPreview *self,
                           guint         column)
{
  guint k;

  g_return_val_if_fail (MT_IS_CSV_PREVIEW (self), NULL);
  g_return_val_if_fail (column < self->n_columns, NULL);

  return find_kept (self, column, &k) ? g_ptr_array_index (self->headers, k) : NULL;
}

MtCsvField
mt_csv_preview_get_header_field (MtCsvPreview *self,
                                 guint         column)
{
  g_return_val_if_fail (MT_IS_CSV_PREVIEW (self), MT_CSV_FIELD_IGNORE);
  g_return_val_if_fail (column < self->n_columns, MT_CSV_FIELD_IGNORE);

  return self->header_fields->data[column];
}

MtCsvField
mt_csv_preview_get_column_field (MtCsvPreview *self,
                                 guint         column)
{
  g_return_val_if_fail (MT_IS_CSV_PREVIEW (self), MT_CSV_FIELD_IGNORE);
  return mt_csv_import_settings_get_column (self->settings, column);
}

guint
mt_csv_preview_get_n_rows (MtCsvPreview *self)
{
  g_return_val_if_fail (MT_IS_CSV_PREVIEW (self), 0);
  return self->rows->len;
}

const char *
mt_csv_preview_get_cell (MtCsvPreview *self,
                         guint         row,
                         guint         column)
{
  GStrv cells;
  guint k;

  g_return_val_if_fail (MT_IS_CSV_PREVIEW (self), "");
  g_return_val_if_fail (row < self->rows->len, "");

  cells = g_ptr_array_index (self->rows, row);

  return find_kept (self, column, &k) ? cells[k] : "";
}

GArray *
mt_csv_preview_get_missing_fields (MtCsvPreview *self)
{
  GArray *missing;

  g_return_val_if_fail (MT_IS_CSV_PREVIEW (self), NULL);

  missing = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint f = 1; f < MT_CSV_N_FIELDS; f++)
    {
      gboolean filled = self->settings->constants[f] != NULL;

      for (guint i = 0; i < self->n_columns && !filled; i++)
        filled = mt_csv_import_settings_get_column (self->settings, i) == (MtCsvField) f;
      if (mt_csv_field_is_required (f) && !filled)
        g_array_append_val (missing, f);
    }

  return missing;
}

const char *
mt_csv_preview_get_preset_name (MtCsvPreview *self)
{
  g_return_val_if_fail (MT_IS_CSV_PREVIEW (self), NULL);
  return self->preset_name;
}

const char *
_mt_csv_preview_get_signature (MtCsvPreview *self)
{
  g_return_val_if_fail (MT_IS_CSV_PREVIEW (self), NULL);
  return self->signature;
}

MtCsvImportSettings *
mt_csv_preview_dup_settings (MtCsvPreview *self)
{
  g_return_val_if_fail (MT_IS_CSV_PREVIEW (self), NULL);
  return mt_csv_import_settings_copy (self->settings);
}
