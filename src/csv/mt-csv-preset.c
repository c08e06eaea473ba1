/* mt-csv-preset.c: saved ways of reading one contingent's files (table csv_presets).
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store keeps a preset's parts as text; this file gives them their meaning, as JSON:
 *   mapping    {"columns": ["personnel_id", "ignore", ...],
 *               "values": {"category": {"international civilian": "intl-staff"},
 *                          "camp": {"tombouctou aeroport": "Timbuktu"},
 *                          "status": {"en conge": "deployed"}}}
 *   constants  {"contingent": "Chad"}
 * "values" (the values mapped once in the import dialog) came after the table: a preset saved
 * before has none, and an older program reading a newer preset passes over it.
 */

#define G_LOG_DOMAIN "mt-csv-preset"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "mt-csv-import-private.h"
#include "mt-store-import.h"

/* Auxiliary methods */

static void
add_value_maps (JsonBuilder               *builder,
                const MtCsvImportSettings *settings)
{
  json_builder_set_member_name (builder, "values");
  json_builder_begin_object (builder);
  for (guint f = 1; f < MT_CSV_N_FIELDS; f++)
    {
      g_autoptr(GList) texts = NULL;

      if (settings->value_maps[f] == NULL || g_hash_table_size (settings->value_maps[f]) == 0)
        continue;
      /* Sorted: the same maps give the same text. */
      texts = g_list_sort (g_hash_table_get_keys (settings->value_maps[f]), (GCompareFunc) strcmp);
      json_builder_set_member_name (builder, mt_csv_field_get_key (f));
      json_builder_begin_object (builder);
      for (GList *l = texts; l != NULL; l = l->next)
        {
          json_builder_set_member_name (builder, l->data);
          json_builder_add_string_value (builder,
                                         g_hash_table_lookup (settings->value_maps[f], l->data));
        }
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
}

static char *
mapping_to_json (const MtCsvImportSettings *settings,
                 guint                      n_columns)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "columns");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_columns; i++)
    json_builder_add_string_value (builder,
                                   mt_csv_field_get_key (mt_csv_import_settings_get_column (settings, i)));
  json_builder_end_array (builder);
  add_value_maps (builder, settings);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);

  return json_to_string (root, FALSE);
}

static char *
constants_to_json (const MtCsvImportSettings *settings)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  for (guint f = 1; f < MT_CSV_N_FIELDS; f++)
    {
      if (settings->constants[f] == NULL)
        continue;
      json_builder_set_member_name (builder, mt_csv_field_get_key (f));
      json_builder_add_string_value (builder, settings->constants[f]);
    }
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);

  return json_to_string (root, FALSE);
}

/* The root object of @text, or NULL when @text is not a JSON object. */
static JsonObject *
parse_object (JsonParser *parser,
              const char *text)
{
  if (text == NULL || !json_parser_load_from_data (parser, text, -1, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return NULL;

  return json_node_get_object (json_parser_get_root (parser));
}

static void
read_value_maps (MtCsvImportSettings *settings,
                 JsonObject          *mapping)
{
  JsonNode *node = json_object_get_member (mapping, "values");
  JsonObject *values;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return;

  values = json_node_get_object (node);
  for (guint f = 1; f < MT_CSV_N_FIELDS; f++)
    {
      JsonNode *field_node = json_object_get_member (values, mt_csv_field_get_key (f));
      JsonObjectIter iter;
      const char *text;
      JsonNode *value;

      if (!mt_csv_field_has_known_values (f) || field_node == NULL ||
          !JSON_NODE_HOLDS_OBJECT (field_node))
        continue;
      json_object_iter_init (&iter, json_node_get_object (field_node));
      while (json_object_iter_next (&iter, &text, &value))
        if (JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_STRING)
          mt_csv_import_settings_map_value (settings, f, text, json_node_get_string (value));
    }
}

/* The preset @name's texts, or FALSE + MT_STORE_ERROR_NOT_FOUND. */
static gboolean
read_preset (MtStore     *store,
             const char  *name,
             char       **signature,
             char       **mapping,
             char       **encoding,
             char       **separator,
             char       **constants,
             GError     **error)
{
  if (mt_store_get_csv_preset (store, name, signature, mapping, encoding, separator, constants))
    return TRUE;

  g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND, _("No preset named “%s”"), name);
  return FALSE;
}

/* Private API */

MtCsvImportSettings *
_mt_csv_preset_parse (const char *mapping,
                      const char *encoding,
                      const char *separator,
                      const char *constants)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  MtCsvImportSettings *settings = mt_csv_import_settings_new ();
  JsonObject *object;

  settings->encoding = mt_csv_encoding_from_name (encoding);
  if (separator != NULL && strlen (separator) == 1 && strchr (",;\t", separator[0]) != NULL)
    settings->separator = separator[0];

  if ((object = parse_object (parser, mapping)) != NULL)
    {
      if (json_object_has_member (object, "columns"))
        {
          JsonArray *columns = json_object_get_array_member (object, "columns");

          for (guint i = 0; columns != NULL && i < json_array_get_length (columns); i++)
            mt_csv_import_settings_set_column (settings, i,
                                               mt_csv_field_from_key (json_array_get_string_element (columns, i)));
        }
      read_value_maps (settings, object);
    }

  if ((object = parse_object (parser, constants)) != NULL)
    for (guint f = 1; f < MT_CSV_N_FIELDS; f++)
      if (json_object_has_member (object, mt_csv_field_get_key (f)))
        mt_csv_import_settings_set_constant (settings, f,
                                             json_object_get_string_member (object, mt_csv_field_get_key (f)));

  return settings;
}

/* Public API */

gboolean
mt_csv_preset_save (MtStore                   *store,
                    const char                *name,
                    MtCsvPreview              *preview,
                    const MtCsvImportSettings *settings,
                    GError                   **error)
{
  g_autofree char *mapping = NULL;
  g_autofree char *constants = NULL;
  char separator[2] = { 0, 0 };

  g_return_val_if_fail (MT_IS_STORE (store), FALSE);
  g_return_val_if_fail (name != NULL && name[0] != '\0', FALSE);
  g_return_val_if_fail (MT_IS_CSV_PREVIEW (preview), FALSE);
  g_return_val_if_fail (settings != NULL, FALSE);

  mapping = mapping_to_json (settings, mt_csv_preview_get_n_columns (preview));
  constants = constants_to_json (settings);
  separator[0] = settings->separator;

  return mt_store_save_csv_preset (store, name, _mt_csv_preview_get_signature (preview), mapping,
                                   settings->encoding != MT_CSV_ENCODING_AUTO
                                     ? mt_csv_encoding_get_name (settings->encoding) : NULL,
                                   separator, constants, error);
}

gboolean
mt_csv_preset_save_value_maps (MtStore                   *store,
                               const char                *name,
                               const MtCsvImportSettings *settings,
                               GError                   **error)
{
  g_autofree char *signature = NULL;
  g_autofree char *mapping = NULL;
  g_autofree char *encoding = NULL;
  g_autofree char *separator = NULL;
  g_autofree char *constants = NULL;
  g_autofree char *new_mapping = NULL;
  g_autoptr(MtCsvImportSettings) saved = NULL;
  guint n_columns;

  g_return_val_if_fail (MT_IS_STORE (store), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (settings != NULL, FALSE);

  if (!read_preset (store, name, &signature, &mapping, &encoding, &separator, &constants, error))
    return FALSE;

  /* The preset as saved, with the new maps: its columns are its own, not the file's. */
  saved = _mt_csv_preset_parse (mapping, encoding, separator, constants);
  for (guint f = 0; f < MT_CSV_N_FIELDS; f++)
    {
      g_clear_pointer (&saved->value_maps[f], g_hash_table_unref);
      if (settings->value_maps[f] != NULL)
        saved->value_maps[f] = g_hash_table_ref (settings->value_maps[f]);
    }
  n_columns = saved->columns != NULL ? saved->columns->len : 0;
  new_mapping = mapping_to_json (saved, n_columns);

  return mt_store_save_csv_preset (store, name, signature, new_mapping, encoding, separator,
                                   constants, error);
}

MtCsvImportSettings *
mt_csv_preset_find_for_file (MtStore                   *store,
                             const char                *path,
                             const MtCsvImportSettings *settings,
                             char                     **name)
{
  g_autoptr(MtCsvPreview) preview = NULL;
  g_autoptr(MtCsvImportSettings) plain = NULL;
  g_auto(GStrv) presets = NULL;
  MtCsvImportSettings *found;

  g_return_val_if_fail (MT_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (name != NULL)
    *name = NULL;

  /* Only a file can be read twice: a pipe's rows would be gone for the import. */
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return NULL;

  /* No preset saved: nothing to look for, and the file is not read an extra time (its
   * encoding is told by reading all of it: a tenth of a second for a million rows). */
  presets = mt_store_list_csv_presets (store);
  if (presets == NULL || presets[0] == NULL)
    return NULL;

  plain = settings != NULL ? mt_csv_import_settings_copy (settings) : mt_csv_import_settings_new ();
  g_clear_pointer (&plain->columns, g_array_unref);
  preview = mt_csv_preview_load (store, path, plain, 0, NULL);
  if (preview == NULL || mt_csv_preview_get_preset_name (preview) == NULL)
    return NULL;

  found = mt_csv_preview_dup_settings (preview);
  found->mode = plain->mode;
  found->force = plain->force;
  g_free (found->rejects_path);
  found->rejects_path = g_strdup (plain->rejects_path);
  if (name != NULL)
    *name = g_strdup (mt_csv_preview_get_preset_name (preview));

  return found;
}

GStrv
mt_csv_preset_list (MtStore *store)
{
  g_return_val_if_fail (MT_IS_STORE (store), NULL);

  return mt_store_list_csv_presets (store);
}

MtCsvImportSettings *
mt_csv_preset_load (MtStore     *store,
                    const char  *name,
                    GError     **error)
{
  g_autofree char *mapping = NULL;
  g_autofree char *encoding = NULL;
  g_autofree char *separator = NULL;
  g_autofree char *constants = NULL;

  g_return_val_if_fail (MT_IS_STORE (store), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (!read_preset (store, name, NULL, &mapping, &encoding, &separator, &constants, error))
    return NULL;

  return _mt_csv_preset_parse (mapping, encoding, separator, constants);
}

gboolean
mt_csv_preset_delete (MtStore     *store,
                      const char  *name,
                      GError     **error)
{
  g_return_val_if_fail (MT_IS_STORE (store), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  return mt_store_delete_csv_preset (store, name, error);
}
