/* mt-csv-mapping.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-csv-mapping"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mt-csv-mapping.h"

static const struct
{
  const char *key;
  const char *name;      /* canonical header, never translated */
  const char *label;     /* N_() */
  gboolean    required;
} fields[MT_CSV_N_FIELDS] = {
  [MT_CSV_FIELD_IGNORE] = { "ignore", NULL, N_("Ignore"), FALSE },
  [MT_CSV_FIELD_PERSONNEL_ID] = { "personnel_id", "Personnel ID", N_("Personnel ID"), TRUE },
  [MT_CSV_FIELD_FAMILY_NAME] = { "family_name", "Family name", N_("Family name"), FALSE },
  [MT_CSV_FIELD_GIVEN_NAME] = { "given_name", "Given name", N_("Given name"), FALSE },
  [MT_CSV_FIELD_RANK] = { "rank", "Rank", N_("Rank"), FALSE },
  [MT_CSV_FIELD_CATEGORY] = { "category", "Category", N_("Category"), TRUE },
  [MT_CSV_FIELD_COUNTRY] = { "contingent", "Contingent", N_("Contingent"), TRUE },
  [MT_CSV_FIELD_UNIT] = { "unit", "Unit", N_("Unit"), FALSE },
  [MT_CSV_FIELD_CAMP] = { "camp", "Camp", N_("Camp"), TRUE },
  [MT_CSV_FIELD_PLANNED_DEPARTURE] = { "planned_departure", "Planned departure",
                                       N_("Planned departure"), FALSE },
  [MT_CSV_FIELD_STATUS] = { "status", "Status", N_("Status"), FALSE },
  [MT_CSV_FIELD_DEPARTURE_DATE] = { "departed_on", "Departed on", N_("Departed on"), FALSE },
};

/* Header synonyms, already folded (see mt_csv_fold_header()): what contingents' spreadsheets
 * call these columns, in English and French (UN usage, see GLOSSARY.md). */
static const struct
{
  const char *folded;
  MtCsvField  field;
} synonyms[] = {
  { "personnel id", MT_CSV_FIELD_PERSONNEL_ID },
  { "personnel number", MT_CSV_FIELD_PERSONNEL_ID },
  { "personnel no", MT_CSV_FIELD_PERSONNEL_ID },
  { "id", MT_CSV_FIELD_PERSONNEL_ID },
  { "index number", MT_CSV_FIELD_PERSONNEL_ID },
  { "index no", MT_CSV_FIELD_PERSONNEL_ID },
  { "un index number", MT_CSV_FIELD_PERSONNEL_ID },
  { "staff id", MT_CSV_FIELD_PERSONNEL_ID },
  { "service number", MT_CSV_FIELD_PERSONNEL_ID },
  { "matricule", MT_CSV_FIELD_PERSONNEL_ID },
  { "numero matricule", MT_CSV_FIELD_PERSONNEL_ID },
  { "no matricule", MT_CSV_FIELD_PERSONNEL_ID },
  { "n matricule", MT_CSV_FIELD_PERSONNEL_ID },
  { "numero de matricule", MT_CSV_FIELD_PERSONNEL_ID },
  { "identifiant", MT_CSV_FIELD_PERSONNEL_ID },

  { "family name", MT_CSV_FIELD_FAMILY_NAME },
  { "surname", MT_CSV_FIELD_FAMILY_NAME },
  { "last name", MT_CSV_FIELD_FAMILY_NAME },
  { "nom", MT_CSV_FIELD_FAMILY_NAME },
  { "nom de famille", MT_CSV_FIELD_FAMILY_NAME },

  { "given name", MT_CSV_FIELD_GIVEN_NAME },
  { "given names", MT_CSV_FIELD_GIVEN_NAME },
  { "first name", MT_CSV_FIELD_GIVEN_NAME },
  { "forename", MT_CSV_FIELD_GIVEN_NAME },
  { "prenom", MT_CSV_FIELD_GIVEN_NAME },
  { "prenoms", MT_CSV_FIELD_GIVEN_NAME },

  { "rank", MT_CSV_FIELD_RANK },
  { "grade", MT_CSV_FIELD_RANK },

  { "category", MT_CSV_FIELD_CATEGORY },
  { "personnel category", MT_CSV_FIELD_CATEGORY },
  { "categorie", MT_CSV_FIELD_CATEGORY },
  { "categorie de personnel", MT_CSV_FIELD_CATEGORY },

  { "contingent", MT_CSV_FIELD_COUNTRY },
  { "country", MT_CSV_FIELD_COUNTRY },
  { "contributing country", MT_CSV_FIELD_COUNTRY },
  { "tcc", MT_CSV_FIELD_COUNTRY },
  { "pcc", MT_CSV_FIELD_COUNTRY },
  { "nationality", MT_CSV_FIELD_COUNTRY },
  { "pays", MT_CSV_FIELD_COUNTRY },
  { "pays contributeur", MT_CSV_FIELD_COUNTRY },
  { "pays fournisseur de contingents", MT_CSV_FIELD_COUNTRY },
  { "nationalite", MT_CSV_FIELD_COUNTRY },

  { "unit", MT_CSV_FIELD_UNIT },
  { "unite", MT_CSV_FIELD_UNIT },
  { "formation", MT_CSV_FIELD_UNIT },

  { "camp", MT_CSV_FIELD_CAMP },
  { "base", MT_CSV_FIELD_CAMP },
  { "location", MT_CSV_FIELD_CAMP },
  { "duty station", MT_CSV_FIELD_CAMP },
  { "site", MT_CSV_FIELD_CAMP },
  { "lieu", MT_CSV_FIELD_CAMP },
  { "lieu d affectation", MT_CSV_FIELD_CAMP },
  { "emplacement", MT_CSV_FIELD_CAMP },

  { "planned departure", MT_CSV_FIELD_PLANNED_DEPARTURE },
  { "planned departure date", MT_CSV_FIELD_PLANNED_DEPARTURE },
  { "planned repatriation", MT_CSV_FIELD_PLANNED_DEPARTURE },
  { "date de depart prevue", MT_CSV_FIELD_PLANNED_DEPARTURE },
  { "depart prevu", MT_CSV_FIELD_PLANNED_DEPARTURE },
  { "date prevue de depart", MT_CSV_FIELD_PLANNED_DEPARTURE },

  { "status", MT_CSV_FIELD_STATUS },
  { "statut", MT_CSV_FIELD_STATUS },
  { "etat", MT_CSV_FIELD_STATUS },

  { "departed on", MT_CSV_FIELD_DEPARTURE_DATE },
  { "departure date", MT_CSV_FIELD_DEPARTURE_DATE },
  { "date of departure", MT_CSV_FIELD_DEPARTURE_DATE },
  { "repatriated on", MT_CSV_FIELD_DEPARTURE_DATE },
  { "date de depart", MT_CSV_FIELD_DEPARTURE_DATE },
  { "parti le", MT_CSV_FIELD_DEPARTURE_DATE },
  { "date de rapatriement", MT_CSV_FIELD_DEPARTURE_DATE },
  { "rapatrie le", MT_CSV_FIELD_DEPARTURE_DATE },
};

const char *
mt_csv_field_get_name (MtCsvField field)
{
  g_return_val_if_fail (field < MT_CSV_N_FIELDS, NULL);

  return fields[field].name;
}

const char *
mt_csv_field_get_label (MtCsvField field)
{
  g_return_val_if_fail (field < MT_CSV_N_FIELDS, NULL);

  return _(fields[field].label);
}

const char *
mt_csv_field_get_key (MtCsvField field)
{
  g_return_val_if_fail (field < MT_CSV_N_FIELDS, NULL);

  return fields[field].key;
}

MtCsvField
mt_csv_field_from_key (const char *key)
{
  if (key == NULL)
    return MT_CSV_FIELD_IGNORE;

  for (guint i = 0; i < MT_CSV_N_FIELDS; i++)
    if (strcmp (key, fields[i].key) == 0)
      return i;

  return MT_CSV_FIELD_IGNORE;
}

gboolean
mt_csv_field_is_required (MtCsvField field)
{
  g_return_val_if_fail (field < MT_CSV_N_FIELDS, FALSE);

  return fields[field].required;
}

gboolean
mt_csv_field_has_known_values (MtCsvField field)
{
  return field == MT_CSV_FIELD_CATEGORY || field == MT_CSV_FIELD_CAMP ||
         field == MT_CSV_FIELD_STATUS;
}

char *
mt_csv_fold_header (const char *header)
{
  g_autofree char *nfd = NULL;
  g_autofree char *folded = NULL;
  GString *out;
  gboolean pending_space = FALSE;

  g_return_val_if_fail (header != NULL, NULL);

  nfd = g_utf8_normalize (header, -1, G_NORMALIZE_NFD);
  if (nfd == NULL)
    return g_strdup ("");
  folded = g_utf8_casefold (nfd, -1);

  /* Letters and digits stay; marks go; anything else (spaces, _, -, ., ', °, /) separates. */
  out = g_string_sized_new (strlen (folded));
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK ||
          type == G_UNICODE_ENCLOSING_MARK)
        continue;

      if (g_unichar_isalnum (c))
        {
          if (pending_space && out->len > 0)
            g_string_append_c (out, ' ');
          pending_space = FALSE;
          g_string_append_unichar (out, c);
        }
      else
        pending_space = TRUE;
    }

  return g_string_free (out, FALSE);
}

/* Whether @folded is @field's label in the UI's language, folded. The folded labels are kept
 * (a header of 100,000 columns is checked against them all) and made again when gettext
 * gives another label, in another language. Importers run on worker threads: a lock. */
static gboolean
label_matches (MtCsvField  field,
               const char *folded)
{
  static GMutex lock;
  static const char *labels[MT_CSV_N_FIELDS];
  static char *folded_labels[MT_CSV_N_FIELDS];
  const char *label = mt_csv_field_get_label (field);
  gboolean matches;

  g_mutex_lock (&lock);
  if (labels[field] != label)
    {
      g_free (folded_labels[field]);
      folded_labels[field] = mt_csv_fold_header (label);
      labels[field] = label;
    }
  matches = strcmp (folded, folded_labels[field]) == 0;
  g_mutex_unlock (&lock);

  return matches;
}

MtCsvField
mt_csv_field_from_header (const char *header)
{
  g_autofree char *folded = NULL;

  if (header == NULL)
    return MT_CSV_FIELD_IGNORE;

  folded = mt_csv_fold_header (header);
  for (guint i = 0; i < G_N_ELEMENTS (synonyms); i++)
    if (strcmp (folded, synonyms[i].folded) == 0)
      return synonyms[i].field;

  /* The headers an export writes, in the language of the UI that wrote it: a roster exported
   * in any language the tracker speaks reads back in that language. */
  for (guint f = MT_CSV_FIELD_IGNORE + 1; f < MT_CSV_N_FIELDS; f++)
    if (label_matches (f, folded))
      return f;

  return MT_CSV_FIELD_IGNORE;
}

void
mt_csv_header_signature_append (GString    *signature,
                                guint       index,
                                const char *header)
{
  g_autofree char *folded = mt_csv_fold_header (header != NULL ? header : "");

  g_return_if_fail (signature != NULL);

  if (index > 0)
    g_string_append_c (signature, '|');
  g_string_append (signature, folded);
}

char *
mt_csv_header_signature (const char * const *headers,
                         guint               n_headers)
{
  GString *signature = g_string_new (NULL);

  for (guint i = 0; i < n_headers; i++)
    mt_csv_header_signature_append (signature, i, headers[i]);

  return g_string_free (signature, FALSE);
}
