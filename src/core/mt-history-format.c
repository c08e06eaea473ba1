/* mt-history-format.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything here is worded when read, in the reader's language: the history keeps keys,
 * codes, ids and ISO dates, never words of the language its writer used.
 */

#define G_LOG_DOMAIN "mt-history-format"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mt-asset.h"
#include "mt-camp.h"
#include "mt-convoy.h"
#include "mt-date.h"
#include "mt-event.h"
#include "mt-history-format.h"
#include "mt-person.h"

/* Action keys and their descriptions. */
static const struct {
  const char *key;
  const char *format;
} actions[] = {
  { "camp-create", N_("Creation of Camp %s") },
  { "camp-update", N_("Changes to Camp %s") },
  { "camp-delete", N_("Deletion of Camp %s") },
  { "camp-status", N_("Change of Status of %s") },
  { "env-assessment", N_("Environmental Assessment of %s") },
  { "movement-create", N_("New Movement %s") },
  { "movement-update", N_("Changes to Movement %s") },
  { "movement-delete", N_("Deletion of Movement %s") },
  { "departures", N_("Departures: %s") },
  { "convoy-create", N_("New Convoy %s") },
  { "convoy-update", N_("Changes to Convoy %s") },
  { "convoy-delete", N_("Deletion of Convoy %s") },
  { "asset-create", N_("New Asset %s") },
  { "asset-update", N_("Changes to Asset %s") },
  { "asset-delete", N_("Deletion of Asset %s") },
  { "event-create", N_("New Event %s") },
  { "event-update", N_("Changes to Event %s") },
  { "event-delete", N_("Deletion of Event %s") },
  /* Translators: %s is a file name */
  { "import", N_("Import of %s") },
  /* Translators: %s is the name a planner gave the baseline, e.g. "August plan" */
  { "baseline", N_("Baseline %s taken") },
  /* Translators: %s is the name a planner gave the what-if scenario, e.g. "Kidal late" */
  { "scenario-create", N_("New Scenario %s") },
  /* Translators: %s is the name a planner gave the what-if scenario, e.g. "Kidal late" */
  { "scenario-update", N_("Changes to Scenario %s") },
  /* Translators: %s is the name a planner gave the what-if scenario, e.g. "Kidal late" */
  { "scenario-delete", N_("Deletion of Scenario %s") },
  /* Translators: %s is the name a planner gave the what-if scenario, e.g. "Kidal late" */
  { "scenario-promote", N_("Scenario %s Promoted into the Plan") },
};

typedef enum
{
  VALUE_TEXT,
  VALUE_DATE,
  VALUE_COUNT,
  VALUE_NUMBER,
  VALUE_MONEY,
  VALUE_CAMP,
  VALUE_CATEGORY,
  VALUE_PERSON,
  VALUE_STATUS,       /* of a camp, a convoy or a person, by the table */
  VALUE_ENV_STATUS,
  VALUE_KIND,         /* of a camp or an event, by the table */
  VALUE_OWNER,
  VALUE_DECISION,
  VALUE_HIDDEN,       /* said by the record column already */
  VALUE_FLAG,         /* 0 or 1 */
} ValueType;

/* Columns by the names the editors and lists give them; others show as stored. */
static const struct {
  const char *column;
  const char *label;
  ValueType   type;
} columns[] = {
  { "name", N_("Name"), VALUE_TEXT },
  { "name_fr", N_("French name"), VALUE_TEXT },
  { "region", N_("Region"), VALUE_TEXT },
  { "region_fr", N_("Region in French"), VALUE_TEXT },
  { "latitude", N_("Latitude"), VALUE_NUMBER },
  { "longitude", N_("Longitude"), VALUE_NUMBER },
  { "kind", N_("Kind"), VALUE_KIND },
  { "planned_closure", N_("Planned closure"), VALUE_DATE },
  { "handover_date", N_("Handover date"), VALUE_DATE },
  { "planned_handover", N_("Planned handover"), VALUE_DATE },
  { "planned", N_("Planned"), VALUE_FLAG },
  { "handed_over_to", N_("Handed over to"), VALUE_TEXT },
  { "env_status", N_("Environmental assessment"), VALUE_ENV_STATUS },
  { "env_date", N_("Assessment date"), VALUE_DATE },
  { "env_findings", N_("Findings"), VALUE_TEXT },
  { "env_remediation", N_("Remediation"), VALUE_TEXT },
  { "notes", N_("Notes"), VALUE_TEXT },
  { "note", N_("Note"), VALUE_TEXT },
  { "alias", N_("Other name"), VALUE_TEXT },
  { "status", N_("Status"), VALUE_STATUS },
  { "date", N_("Date"), VALUE_DATE },
  { "camp_id", N_("Camp"), VALUE_CAMP },
  { "category", N_("Category"), VALUE_CATEGORY },
  { "contingent", N_("Contributing country"), VALUE_TEXT },
  { "count", N_("People"), VALUE_COUNT },
  { "source", N_("Source"), VALUE_TEXT },
  { "from_camp_id", N_("From"), VALUE_CAMP },
  { "to_camp_id", N_("To"), VALUE_CAMP },
  { "planned_departure", N_("Planned departure"), VALUE_DATE },
  { "planned_arrival", N_("Planned arrival"), VALUE_DATE },
  { "departed", N_("Departure"), VALUE_DATE },
  { "arrived", N_("Arrival"), VALUE_DATE },
  { "personnel", N_("Personnel"), VALUE_COUNT },
  /* Translators: how many changes a what-if scenario lays over the plan */
  { "changes", N_("Changes"), VALUE_COUNT },
  { "vehicles", N_("Vehicles"), VALUE_COUNT },
  { "tag", N_("Tag"), VALUE_TEXT },
  { "description", N_("Description"), VALUE_TEXT },
  { "owner", N_("Owner"), VALUE_OWNER },
  { "quantity", N_("Quantity"), VALUE_COUNT },
  { "value", N_("Value (US$)"), VALUE_MONEY },
  { "decision", N_("Decision"), VALUE_DECISION },
  { "decision_date", N_("Decision date"), VALUE_DATE },
  { "title", N_("Title"), VALUE_TEXT },
  { "title_fr", N_("Title in French"), VALUE_TEXT },
  { "personnel_id", N_("Personnel ID"), VALUE_TEXT },
  { "family_name", N_("Family name"), VALUE_TEXT },
  { "given_name", N_("Given name"), VALUE_TEXT },
  { "rank", N_("Rank"), VALUE_TEXT },
  { "country", N_("Country"), VALUE_TEXT },
  { "unit", N_("Unit"), VALUE_TEXT },
  { "departure_date", N_("Departure date"), VALUE_DATE },
  { "person_id", N_("Person"), VALUE_PERSON },
  { "convoy_id", NULL, VALUE_HIDDEN },
  { "file_name", NULL, VALUE_HIDDEN },
  { "rows_accepted", N_("Rows accepted"), VALUE_COUNT },
  { "rows_updated", N_("Rows updated"), VALUE_COUNT },
  { "rows_rejected", N_("Rows rejected"), VALUE_COUNT },
  { "data_date", N_("Data as of"), VALUE_DATE },
  { "camps", N_("Camps"), VALUE_COUNT },
  { "departures", N_("Departures in the plan"), VALUE_COUNT },
};

/* Auxiliary methods */

static gint64
variant_int (GVariant *value)
{
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    return g_variant_get_int64 (value);
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
    return (gint64) g_variant_get_double (value);
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN))
    return g_variant_get_boolean (value);

  return 0;
}

static double
variant_double (GVariant *value)
{
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
    return g_variant_get_double (value);

  return (double) variant_int (value);
}

/* A value as stored, unworded: a string as it is, a number in the locale's digits. */
static char *
variant_text (GVariant *value)
{
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    return g_variant_dup_string (value, NULL);
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
    return g_strdup_printf ("%g", g_variant_get_double (value));

  return g_strdup_printf ("%" G_GINT64_FORMAT, variant_int (value));
}

static const char *
variant_string (GVariant *value)
{
  return g_variant_is_of_type (value, G_VARIANT_TYPE_STRING) ? g_variant_get_string (value, NULL)
                                                               : NULL;
}

static const char *
status_label (const char *table,
              const char *key)
{
  MtCampStatus camp_status;
  MtConvoyStatus convoy_status;

  if (g_strcmp0 (table, "convoys") == 0)
    return mt_convoy_status_from_key (key, &convoy_status)
           ? mt_convoy_status_get_label (convoy_status) : key;
  if (g_strcmp0 (table, "personnel") == 0)
    return mt_person_status_get_label (key);

  return mt_camp_status_from_key (key, &camp_status) ? mt_camp_status_get_label (camp_status)
                                                      : key;
}

static const char *
keyed_label (ValueType   type,
             const char *table,
             const char *key)
{
  MtEnvStatus env_status;
  MtAssetOwner owner;
  MtDisposal decision;

  switch (type)
    {
    case VALUE_STATUS:
      return status_label (table, key);
    case VALUE_ENV_STATUS:
      return mt_env_status_from_key (key, &env_status) ? mt_env_status_get_label (env_status) : key;
    case VALUE_KIND:
      return g_strcmp0 (table, "events") == 0 ? mt_event_kind_get_label (key)
                                              : mt_camp_kind_get_label (key);
    case VALUE_OWNER:
      return mt_asset_owner_from_key (key, &owner) ? mt_asset_owner_get_label (owner) : key;
    case VALUE_DECISION:
      return mt_disposal_from_key (key, &decision) ? mt_disposal_get_label (decision) : key;
    default:
      return key;
    }
}

/* A camp, category or person by the name the reading resolved, else by what is known. */
static char *
named (ValueType       type,
       GVariant       *value,
       MtHistoryNames *names)
{
  const char *name = NULL;

  if (type == VALUE_CAMP)
    name = mt_history_names_get_camp (names, variant_int (value));
  else if (type == VALUE_CATEGORY)
    name = mt_history_names_get_category (names, variant_string (value));
  else if (type == VALUE_PERSON)
    name = mt_history_names_get_person (names, variant_int (value));

  return name != NULL ? g_strdup (name) : variant_text (value);
}

static char *
format_value (ValueType       type,
              const char     *table,
              GVariant       *value,
              MtHistoryNames *names)
{
  if (value == NULL)
    return g_strdup ("—");

  switch (type)
    {
    case VALUE_DATE:
      return variant_string (value) != NULL ? mt_date_format_short (variant_string (value))
                                            : variant_text (value);
    case VALUE_COUNT:
      return mt_format_count (variant_int (value));
    case VALUE_FLAG:
      return g_strdup (variant_int (value) != 0 ? C_("flag", "yes") : C_("flag", "no"));
    case VALUE_MONEY:
      /* As the Assets list writes it: whole dollars, the locale's grouping. */
      return g_strdup_printf ("%'.0f", variant_double (value));
    case VALUE_CAMP:
    case VALUE_CATEGORY:
    case VALUE_PERSON:
      return named (type, value, names);
    case VALUE_STATUS:
    case VALUE_ENV_STATUS:
    case VALUE_KIND:
    case VALUE_OWNER:
    case VALUE_DECISION:
      if (variant_string (value) != NULL)
        return g_strdup (keyed_label (type, table, variant_string (value)));
      return variant_text (value);
    case VALUE_NUMBER:
    case VALUE_TEXT:
    case VALUE_HIDDEN:
    default:
      return variant_text (value);
    }
}

static gboolean
find_column (const char  *column,
             const char **label,
             ValueType   *type)
{
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    if (strcmp (columns[i].column, column) == 0)
      {
        *label = columns[i].label != NULL ? _(columns[i].label) : NULL;
        *type = columns[i].type;
        return TRUE;
      }

  *label = column;
  *type = VALUE_TEXT;
  return FALSE;
}

/* "Military staff officers" counted: "1,200 military staff officers". A name that starts
 * with an abbreviation ("UN Volunteers") keeps its capitals. */
static char *
lower_initial (const char *name)
{
  const char *second = g_utf8_next_char (name);
  gunichar first = g_utf8_get_char (name);
  char buffer[8];

  if (!g_unichar_isupper (first) || *second == '\0' || g_unichar_isupper (g_utf8_get_char (second)))
    return g_strdup (name);

  buffer[g_unichar_to_utf8 (g_unichar_tolower (first), buffer)] = '\0';
  return g_strconcat (buffer, second, NULL);
}

static char *
format_count_of (GVariantDict   *values,
                 MtHistoryNames *names)
{
  gint64 count;
  const char *category = NULL;
  const char *name;
  g_autofree char *number = NULL;
  g_autofree char *lowered = NULL;

  if (!g_variant_dict_lookup (values, "count", "x", &count))
    return NULL;
  number = mt_format_count (count);

  if (!g_variant_dict_lookup (values, "category", "&s", &category))
    /* Translators: a number of people, e.g. "4 people" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s person", "%s people", count), number);

  name = mt_history_names_get_category (names, category);
  lowered = lower_initial (name != NULL ? name : category);
  /* Translators: a number of people of a category, e.g. "1,200 military staff officers" */
  return g_strdup_printf (C_("people of a category", "%s %s"), number, lowered);
}

static char *
format_structured_label (GVariant       *label,
                         MtHistoryNames *names)
{
  g_auto(GVariantDict) values = G_VARIANT_DICT_INIT (label);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *text;
  gint64 camp_id;
  char *count;

  if (g_variant_dict_lookup (&values, "date", "&s", &text))
    g_ptr_array_add (parts, mt_date_format_short (text));

  if (g_variant_dict_lookup (&values, "camp_id", "x", &camp_id))
    {
      const char *camp = mt_history_names_get_camp (names, camp_id);

      if (camp == NULL && g_variant_dict_lookup (&values, "camp", "&s", &text))
        camp = text;
      if (camp_id == 0)
        g_ptr_array_add (parts, g_strdup (_("mission-wide")));
      else if (camp != NULL)
        g_ptr_array_add (parts, g_strdup (camp));
    }

  count = format_count_of (&values, names);
  if (count != NULL)
    g_ptr_array_add (parts, count);

  g_ptr_array_add (parts, NULL);
  /* Translators: between the parts of a record's description, "20 Sep 2023, Mopti, …" */
  return g_strjoinv (C_("record description", ", "), (char **) parts->pdata);
}

/* Public API */

char *
mt_history_label_new (const char *date,
                      gint64      camp_id,
                      const char *camp_name,
                      const char *category,
                      gint64      count)
{
  g_auto(GVariantDict) values = G_VARIANT_DICT_INIT (NULL);
  g_autoptr(GVariant) label = NULL;

  if (date != NULL)
    g_variant_dict_insert (&values, "date", "s", date);
  if (camp_id >= 0)
    g_variant_dict_insert (&values, "camp_id", "x", camp_id);
  if (camp_id > 0 && camp_name != NULL)
    g_variant_dict_insert (&values, "camp", "s", camp_name);
  if (category != NULL)
    g_variant_dict_insert (&values, "category", "s", category);
  if (count >= 0)
    g_variant_dict_insert (&values, "count", "x", count);

  label = g_variant_ref_sink (g_variant_dict_end (&values));

  /* GVariant text with its types, so it reads back as written. */
  return g_variant_print (label, TRUE);
}

char *
mt_history_format_label (const char     *label,
                         MtHistoryNames *names)
{
  g_autoptr(GVariant) values = NULL;

  if (label == NULL)
    return NULL;

  if (label[0] == '{')
    values = g_variant_parse (G_VARIANT_TYPE_VARDICT, label, NULL, NULL, NULL);
  if (values == NULL)
    return g_strdup (label);

  return format_structured_label (values, names);
}

char *
mt_history_describe (const char     *action,
                     const char     *label,
                     const char     *step,
                     MtHistoryNames *names)
{
  g_autofree char *text = mt_history_format_label (label, names);
  g_autofree char *description = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (actions) && description == NULL; i++)
    if (g_strcmp0 (actions[i].key, action) == 0)
      description = g_strdup_printf (_(actions[i].format), text != NULL ? text : "");

  /* Unknown key (a newer program wrote it): show what there is. */
  if (description == NULL)
    description = g_strdup (text != NULL ? text : action);

  /* Translators: %s is a change, e.g. "Change of Status of Kidal" */
  if (g_strcmp0 (step, "undo") == 0)
    return g_strdup_printf (_("Undo %s"), description);
  /* Translators: %s is a change, e.g. "Change of Status of Kidal" */
  if (g_strcmp0 (step, "redo") == 0)
    return g_strdup_printf (_("Redo %s"), description);

  return g_steal_pointer (&description);
}

char *
mt_history_format_action (MtHistoryEntry *entry)
{
  g_return_val_if_fail (MT_IS_HISTORY_ENTRY (entry), NULL);

  return mt_history_describe (mt_history_entry_get_action_key (entry),
                              mt_history_entry_get_action_label (entry),
                              mt_history_entry_get_step (entry),
                              mt_history_entry_get_names (entry));
}

char *
mt_history_format_record (MtHistoryEntry *entry)
{
  g_return_val_if_fail (MT_IS_HISTORY_ENTRY (entry), NULL);

  return mt_history_format_label (mt_history_entry_get_record_label (entry),
                                  mt_history_entry_get_names (entry));
}

char *
mt_history_format_changes (MtHistoryEntry *entry)
{
  g_autoptr(GString) text = g_string_new (NULL);
  GVariant *changes;
  GVariantIter iter;
  const char *column;
  GVariant *before, *after;
  const char *table;
  gboolean update;

  g_return_val_if_fail (MT_IS_HISTORY_ENTRY (entry), NULL);

  changes = mt_history_entry_get_changes (entry);
  if (changes == NULL)
    return g_strdup ("");

  table = mt_history_entry_get_table (entry);
  update = g_strcmp0 (mt_history_entry_get_kind (entry), "update") == 0;

  g_variant_iter_init (&iter, changes);
  while (g_variant_iter_loop (&iter, "(&smvmv)", &column, &before, &after))
    {
      const char *label;
      ValueType type;
      g_autofree char *shown = NULL;

      find_column (column, &label, &type);
      /* An insert or a delete lists the values the record had, not the empty ones. */
      if (type == VALUE_HIDDEN || (!update && (after != NULL ? after : before) == NULL))
        continue;

      if (text->len > 0)
        /* Translators: between two changed values, "Status: …; Date: …" */
        g_string_append (text, C_("history changes", "; "));

      shown = format_value (type, table, update || after != NULL ? after : before,
                            mt_history_entry_get_names (entry));
      if (update)
        {
          g_autofree char *was = format_value (type, table, before, mt_history_entry_get_names (entry));

          /* Translators: a changed value, e.g. "Status: Operational → Closed" */
          g_string_append_printf (text, C_("history changes", "%s: %s → %s"), label, was, shown);
        }
      else
        /* Translators: a value, e.g. "Status: Closed" */
        g_string_append_printf (text, C_("history changes", "%s: %s"), label, shown);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
