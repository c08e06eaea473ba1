/* mt-csv-import.c: import settings, messages and results.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-csv-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mt-csv-export.h"
#include "mt-csv-import-private.h"
#include "mt-date.h"

/* Settings */

G_DEFINE_BOXED_TYPE (MtCsvImportSettings, mt_csv_import_settings,
                     mt_csv_import_settings_copy, mt_csv_import_settings_free)

MtCsvImportSettings *
mt_csv_import_settings_new (void)
{
  return g_new0 (MtCsvImportSettings, 1);
}

MtCsvImportSettings *
mt_csv_import_settings_copy (const MtCsvImportSettings *settings)
{
  MtCsvImportSettings *copy;

  g_return_val_if_fail (settings != NULL, NULL);

  copy = g_new0 (MtCsvImportSettings, 1);
  copy->encoding = settings->encoding;
  copy->separator = settings->separator;
  copy->mode = settings->mode;
  copy->force = settings->force;
  copy->rejects_path = g_strdup (settings->rejects_path);
  if (settings->columns != NULL)
    {
      copy->columns = g_array_sized_new (FALSE, TRUE, sizeof (int), settings->columns->len);
      g_array_append_vals (copy->columns, settings->columns->data, settings->columns->len);
    }
  for (guint f = 0; f < MT_CSV_N_FIELDS; f++)
    {
      GHashTableIter iter;
      gpointer text, value;

      copy->constants[f] = g_strdup (settings->constants[f]);
      if (settings->value_maps[f] == NULL)
        continue;
      g_hash_table_iter_init (&iter, settings->value_maps[f]);
      while (g_hash_table_iter_next (&iter, &text, &value))
        mt_csv_import_settings_map_value (copy, f, text, value);
    }

  return copy;
}

void
mt_csv_import_settings_free (MtCsvImportSettings *settings)
{
  if (settings == NULL)
    return;

  g_clear_pointer (&settings->columns, g_array_unref);
  for (guint f = 0; f < MT_CSV_N_FIELDS; f++)
    {
      g_free (settings->constants[f]);
      g_clear_pointer (&settings->value_maps[f], g_hash_table_unref);
    }
  g_free (settings->rejects_path);
  g_free (settings);
}

void
mt_csv_import_settings_set_column (MtCsvImportSettings *settings,
                                   guint                column,
                                   MtCsvField           field)
{
  int value = field;

  g_return_if_fail (settings != NULL);
  g_return_if_fail (field < MT_CSV_N_FIELDS);

  if (settings->columns == NULL)
    settings->columns = g_array_new (FALSE, TRUE, sizeof (int));
  if (column >= settings->columns->len)
    {
      guint old = settings->columns->len;

      /* Columns before this one that nobody set keep the header's guess: -1. */
      g_array_set_size (settings->columns, column + 1);
      for (guint i = old; i < column; i++)
        g_array_index (settings->columns, int, i) = -1;
    }
  g_array_index (settings->columns, int, column) = value;
}

MtCsvField
mt_csv_import_settings_get_column (const MtCsvImportSettings *settings,
                                   guint                      column)
{
  int value;

  g_return_val_if_fail (settings != NULL, MT_CSV_FIELD_IGNORE);

  if (settings->columns == NULL || column >= settings->columns->len)
    return MT_CSV_FIELD_IGNORE;

  value = g_array_index (settings->columns, int, column);

  return value > 0 && value < MT_CSV_N_FIELDS ? (MtCsvField) value : MT_CSV_FIELD_IGNORE;
}

void
mt_csv_import_settings_set_constant (MtCsvImportSettings *settings,
                                     MtCsvField           field,
                                     const char          *value)
{
  g_return_if_fail (settings != NULL);
  g_return_if_fail (field > MT_CSV_FIELD_IGNORE && field < MT_CSV_N_FIELDS);

  g_clear_pointer (&settings->constants[field], g_free);
  if (value != NULL && value[0] != '\0')
    settings->constants[field] = g_strstrip (g_strdup (value));
}

void
mt_csv_import_settings_map_value (MtCsvImportSettings *settings,
                                  MtCsvField           field,
                                  const char          *text,
                                  const char          *value)
{
  char *folded;

  g_return_if_fail (settings != NULL);
  g_return_if_fail (mt_csv_field_has_known_values (field));
  g_return_if_fail (text != NULL);

  folded = mt_csv_fold_header (text);
  if (folded[0] == '\0' || value == NULL || value[0] == '\0')
    {
      if (settings->value_maps[field] != NULL)
        g_hash_table_remove (settings->value_maps[field], folded);
      g_free (folded);
      return;
    }

  if (settings->value_maps[field] == NULL)
    settings->value_maps[field] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_hash_table_replace (settings->value_maps[field], folded, g_strdup (value));
}

const char *
mt_csv_import_settings_get_mapped_value (const MtCsvImportSettings *settings,
                                         MtCsvField                 field,
                                         const char                *text)
{
  g_autofree char *folded = NULL;

  g_return_val_if_fail (settings != NULL, NULL);
  g_return_val_if_fail (field < MT_CSV_N_FIELDS, NULL);

  if (text == NULL || settings->value_maps[field] == NULL)
    return NULL;

  folded = mt_csv_fold_header (text);

  return g_hash_table_lookup (settings->value_maps[field], folded);
}

char *
_mt_csv_clean_cell (char *value)
{
  gsize len;

  while (*value == ' ')
    value++;
  len = strlen (value);
  while (len > 0 && (value[len - 1] == ' ' || value[len - 1] == '\r'))
    value[--len] = '\0';

  return (char *) mt_csv_unescape_cell (value);
}

/* Messages */

struct _MtCsvMessage
{
  GObject        parent_instance;
  MtCsvSeverity  severity;
  guint          line;
  guint          column;
  MtCsvField     field;
  char          *reason;
  char          *text;
};

enum {
  MESSAGE_PROP_0,
  MESSAGE_PROP_SEVERITY,
  MESSAGE_PROP_LINE,
  MESSAGE_PROP_COLUMN,
  MESSAGE_PROP_FIELD,
  MESSAGE_PROP_REASON,
  MESSAGE_PROP_TEXT,
  MESSAGE_N_PROPS
};

static GParamSpec *message_properties[MESSAGE_N_PROPS];

G_DEFINE_FINAL_TYPE (MtCsvMessage, mt_csv_message, G_TYPE_OBJECT)

static void
mt_csv_message_finalize (GObject *object)
{
  MtCsvMessage *self = MT_CSV_MESSAGE (object);

  g_free (self->reason);
  g_free (self->text);

  G_OBJECT_CLASS (mt_csv_message_parent_class)->finalize (object);
}

static void
mt_csv_message_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MtCsvMessage *self = MT_CSV_MESSAGE (object);

  switch (prop_id)
    {
    case MESSAGE_PROP_SEVERITY:
      g_value_set_int (value, self->severity);
      break;
    case MESSAGE_PROP_LINE:
      g_value_set_uint (value, self->line);
      break;
    case MESSAGE_PROP_COLUMN:
      g_value_set_uint (value, self->column);
      break;
    case MESSAGE_PROP_FIELD:
      g_value_set_int (value, self->field);
      break;
    case MESSAGE_PROP_REASON:
      g_value_set_string (value, self->reason);
      break;
    case MESSAGE_PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_csv_message_class_init (MtCsvMessageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = mt_csv_message_finalize;
  object_class->get_property = mt_csv_message_get_property;

  message_properties[MESSAGE_PROP_SEVERITY] =
    g_param_spec_int ("severity", NULL, NULL, 0, MT_CSV_SEVERITY_ERROR, 0, flags);
  message_properties[MESSAGE_PROP_LINE] =
    g_param_spec_uint ("line", NULL, NULL, 0, G_MAXUINT, 0, flags);
  message_properties[MESSAGE_PROP_COLUMN] =
    g_param_spec_uint ("column", NULL, NULL, 0, G_MAXUINT, 0, flags);
  message_properties[MESSAGE_PROP_FIELD] =
    g_param_spec_int ("field", NULL, NULL, 0, MT_CSV_N_FIELDS - 1, 0, flags);
  message_properties[MESSAGE_PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL, NULL, flags);
  message_properties[MESSAGE_PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, MESSAGE_N_PROPS, message_properties);
}

static void
mt_csv_message_init (MtCsvMessage *self)
{
}

MtCsvMessage *
_mt_csv_message_new (const char    *display_name,
                     MtCsvSeverity  severity,
                     guint          line,
                     guint          column,
                     MtCsvField     field,
                     const char    *reason)
{
  MtCsvMessage *self = g_object_new (MT_TYPE_CSV_MESSAGE, NULL);

  self->severity = severity;
  self->line = line;
  self->column = column;
  self->field = field;
  self->reason = g_strdup (reason);
  /* The compiler's format, so editors and terminals can jump to the cell; line 0 is about
   * the whole file. */
  if (line == 0)
    self->text = g_strdup_printf (_("%s: warning: %s"), display_name, reason);
  else if (severity == MT_CSV_SEVERITY_WARNING)
    self->text = g_strdup_printf (_("%s:%u:%u: warning: %s"), display_name, line, column, reason);
  else
    self->text = g_strdup_printf ("%s:%u:%u: %s", display_name, line, column, reason);

  return self;
}

MtCsvSeverity
mt_csv_message_get_severity (MtCsvMessage *self)
{
  g_return_val_if_fail (MT_IS_CSV_MESSAGE (self), MT_CSV_SEVERITY_ERROR);
  return self->severity;
}

guint
mt_csv_message_get_line (MtCsvMessage *self)
{
  g_return_val_if_fail (MT_IS_CSV_MESSAGE (self), 0);
  return self->line;
}

guint
mt_csv_message_get_column (MtCsvMessage *self)
{
  g_return_val_if_fail (MT_IS_CSV_MESSAGE (self), 0);
  return self->column;
}

MtCsvField
mt_csv_message_get_field (MtCsvMessage *self)
{
  g_return_val_if_fail (MT_IS_CSV_MESSAGE (self), MT_CSV_FIELD_IGNORE);
  return self->field;
}

const char *
mt_csv_message_get_reason (MtCsvMessage *self)
{
  g_return_val_if_fail (MT_IS_CSV_MESSAGE (self), NULL);
  return self->reason;
}

const char *
mt_csv_message_get_text (MtCsvMessage *self)
{
  g_return_val_if_fail (MT_IS_CSV_MESSAGE (self), NULL);
  return self->text;
}

/* Result */

/* Distinct cell texts looked up by their raw text before folding: a cap keeps a hostile file
 * of unique values from growing the table without end. */
#define MAX_UNKNOWN_TEXTS 4096

typedef struct
{
  char    *text;     /* as the file first wrote it */
  guint64  n_rows;
} UnknownValue;

static void
unknown_value_free (gpointer data)
{
  UnknownValue *value = data;

  g_free (value->text);
  g_free (value);
}

G_DEFINE_FINAL_TYPE (MtCsvImportResult, mt_csv_import_result, G_TYPE_OBJECT)

static void
mt_csv_import_result_finalize (GObject *object)
{
  MtCsvImportResult *self = MT_CSV_IMPORT_RESULT (object);

  g_free (self->display_name);
  g_free (self->sha256);
  g_ptr_array_unref (self->unknown_columns);
  g_object_unref (self->messages);
  for (guint f = 0; f < MT_CSV_N_FIELDS; f++)
    {
      g_clear_pointer (&self->unknown_by_text[f], g_hash_table_unref);
      g_clear_pointer (&self->unknown_by_folded[f], g_hash_table_unref);
      g_clear_pointer (&self->unknown_values[f], g_ptr_array_unref);
    }

  G_OBJECT_CLASS (mt_csv_import_result_parent_class)->finalize (object);
}

static void
mt_csv_import_result_class_init (MtCsvImportResultClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mt_csv_import_result_finalize;
}

static void
mt_csv_import_result_init (MtCsvImportResult *self)
{
  self->unknown_columns = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->unknown_columns, NULL);
  self->messages = g_list_store_new (MT_TYPE_CSV_MESSAGE);
}

MtCsvImportResult *
_mt_csv_import_result_new (const char *display_name,
                           gboolean    dry_run)
{
  MtCsvImportResult *self = g_object_new (MT_TYPE_CSV_IMPORT_RESULT, NULL);

  self->display_name = g_strdup (display_name);
  self->dry_run = dry_run;

  return self;
}

MtCsvImportResult *
_mt_csv_import_result_new_known (const char *display_name,
                                 gboolean    dry_run,
                                 const char *sha256,
                                 gint64      earlier_import_id)
{
  MtCsvImportResult *self = _mt_csv_import_result_new (display_name, dry_run);

  self->sha256 = g_strdup (sha256);
  self->already_imported = TRUE;
  self->earlier_import_id = earlier_import_id;

  return self;
}

void
_mt_csv_import_result_add (MtCsvImportResult *self,
                           MtCsvMessage      *message)
{
  if (self->n_messages++ < MT_CSV_MAX_KEPT_MESSAGES)
    g_list_store_append (self->messages, message);
}

void
_mt_csv_import_result_note_unknown (MtCsvImportResult *self,
                                    MtCsvField         field,
                                    const char        *text)
{
  UnknownValue *value;
  g_autofree char *folded = NULL;

  g_assert (field < MT_CSV_N_FIELDS);

  if (self->unknown_values[field] == NULL)
    {
      self->unknown_values[field] = g_ptr_array_new_with_free_func (unknown_value_free);
      self->unknown_by_text[field] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      self->unknown_by_folded[field] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    }

  /* A million rows may name the same unknown camp: one lookup, no folding, for each. */
  value = g_hash_table_lookup (self->unknown_by_text[field], text);
  if (value == NULL)
    {
      folded = mt_csv_fold_header (text);
      value = g_hash_table_lookup (self->unknown_by_folded[field], folded);
      if (value == NULL)
        {
          if (self->unknown_values[field]->len >= MT_CSV_KEPT_UNKNOWN_VALUES)
            return;
          value = g_new0 (UnknownValue, 1);
          value->text = g_strdup (text);
          g_ptr_array_add (self->unknown_values[field], value);
          g_hash_table_insert (self->unknown_by_folded[field], g_steal_pointer (&folded), value);
        }
      if (g_hash_table_size (self->unknown_by_text[field]) < MAX_UNKNOWN_TEXTS)
        g_hash_table_insert (self->unknown_by_text[field], g_strdup (text), value);
    }
  value->n_rows++;
}

#define RESULT_GETTER(type, name, field, fallback) \
  type \
  mt_csv_import_result_get_##name (MtCsvImportResult *self) \
  { \
    g_return_val_if_fail (MT_IS_CSV_IMPORT_RESULT (self), fallback); \
    return self->field; \
  }

RESULT_GETTER (gboolean, dry_run, dry_run, FALSE)
RESULT_GETTER (gboolean, committed, committed, FALSE)
RESULT_GETTER (gboolean, already_imported, already_imported, FALSE)
RESULT_GETTER (gint64, earlier_import_id, earlier_import_id, 0)
RESULT_GETTER (gint64, import_id, import_id, 0)
RESULT_GETTER (const char *, sha256, sha256, NULL)
RESULT_GETTER (MtCsvEncoding, encoding, encoding, MT_CSV_ENCODING_AUTO)
RESULT_GETTER (gboolean, encoding_fell_back, fell_back, FALSE)
RESULT_GETTER (char, separator, separator, ',')
RESULT_GETTER (guint64, n_rows, n_rows, 0)
RESULT_GETTER (guint64, n_new, n_new, 0)
RESULT_GETTER (guint64, n_updated, n_updated, 0)
RESULT_GETTER (guint64, n_unchanged, n_unchanged, 0)
RESULT_GETTER (guint64, n_rejected, n_rejected, 0)
RESULT_GETTER (guint64, n_warnings, n_warnings, 0)
RESULT_GETTER (guint64, n_messages, n_messages, 0)
RESULT_GETTER (guint64, n_unknown_columns, n_unknown_columns, 0)

guint64
mt_csv_import_result_get_n_changed (MtCsvImportResult *self,
                                    MtCsvField         field)
{
  g_return_val_if_fail (MT_IS_CSV_IMPORT_RESULT (self), 0);
  g_return_val_if_fail (field < MT_CSV_N_FIELDS, 0);

  return self->n_changed[field];
}

const char * const *
mt_csv_import_result_get_unknown_columns (MtCsvImportResult *self)
{
  g_return_val_if_fail (MT_IS_CSV_IMPORT_RESULT (self), NULL);

  return (const char * const *) self->unknown_columns->pdata;
}

guint
mt_csv_import_result_get_n_unknown_values (MtCsvImportResult *self,
                                           MtCsvField         field)
{
  g_return_val_if_fail (MT_IS_CSV_IMPORT_RESULT (self), 0);
  g_return_val_if_fail (field < MT_CSV_N_FIELDS, 0);

  return self->unknown_values[field] != NULL ? self->unknown_values[field]->len : 0;
}

const char *
mt_csv_import_result_get_unknown_value (MtCsvImportResult *self,
                                        MtCsvField         field,
                                        guint              index,
                                        guint64           *n_rows)
{
  UnknownValue *value;

  g_return_val_if_fail (MT_IS_CSV_IMPORT_RESULT (self), NULL);
  g_return_val_if_fail (index < mt_csv_import_result_get_n_unknown_values (self, field), NULL);

  value = g_ptr_array_index (self->unknown_values[field], index);
  if (n_rows != NULL)
    *n_rows = value->n_rows;

  return value->text;
}

GListModel *
mt_csv_import_result_get_messages (MtCsvImportResult *self)
{
  g_return_val_if_fail (MT_IS_CSV_IMPORT_RESULT (self), NULL);

  return G_LIST_MODEL (self->messages);
}

char *
mt_csv_import_result_dup_summary (MtCsvImportResult *self)
{
  g_autofree char *n_new = NULL;
  g_autofree char *n_updated = NULL;
  g_autofree char *n_unchanged = NULL;
  g_autofree char *n_rejected = NULL;
  g_autofree char *counts = NULL;
  g_autofree char *rows = NULL;
  const char *encoding;

  g_return_val_if_fail (MT_IS_CSV_IMPORT_RESULT (self), NULL);

  if (self->already_imported)
    return g_strdup_printf (_("%s: this file was imported already; nothing changed"),
                            self->display_name);

  if (self->n_rows == 0)
    return g_strdup_printf (_("%s: a header row but no data: nothing to import"),
                            self->display_name);

  n_new = mt_format_count (self->n_new);
  n_updated = mt_format_count (self->n_updated);
  n_unchanged = mt_format_count (self->n_unchanged);
  n_rejected = mt_format_count (self->n_rejected);
  /* Translators: the counts of an import; each %s is a number. */
  counts = g_strdup_printf (_("%s new, %s updated, %s unchanged, %s rejected"),
                            n_new, n_updated, n_unchanged, n_rejected);
  encoding = mt_csv_encoding_get_name (self->encoding);

  if (self->committed)
    /* Translators: "roster.csv: imported: 3 new, … (UTF-8, semicolon)" */
    return g_strdup_printf (_("%s: imported: %s (%s, %s)"), self->display_name, counts,
                            encoding, mt_csv_separator_get_label (self->separator));

  if (self->dry_run)
    return g_strdup_printf (_("%s: would import: %s (%s, %s)"), self->display_name, counts,
                            encoding, mt_csv_separator_get_label (self->separator));

  rows = mt_format_count (self->n_rows);
  if (self->n_rejected > 0 && self->mode == MT_CSV_IMPORT_ALL_OR_NOTHING)
    /* Translators: "roster.csv: nothing imported: 2 rows of 1,000 rejected" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%s: nothing imported: %s row of %s rejected",
                                         "%s: nothing imported: %s rows of %s rejected",
                                         self->n_rejected),
                            self->display_name, n_rejected, rows);

  return g_strdup_printf (_("%s: nothing imported: no valid row (%s)"), self->display_name, counts);
}
