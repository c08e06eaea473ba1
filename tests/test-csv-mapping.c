/* test-csv-mapping.c: header names to roster fields, in English and French.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include "mt-csv-mapping.h"
#include "mt-test-util.h"

static void
test_fold (void)
{
  static const struct { const char *in; const char *out; } cases[] = {
    { "Personnel ID", "personnel id" },
    { "  Date de départ-prévue ", "date de depart prevue" },
    { "PRÉNOM", "prenom" },
    { "personnel_id", "personnel id" },
    { "N° matricule", "n matricule" },
    { "Lieu d'affectation", "lieu d affectation" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = mt_csv_fold_header (cases[i].in);

      g_assert_cmpstr (folded, ==, cases[i].out);
    }
}

static void
test_synonyms (void)
{
  static const struct { const char *header; MtCsvField field; } cases[] = {
    { "Personnel ID", MT_CSV_FIELD_PERSONNEL_ID },
    { "ID", MT_CSV_FIELD_PERSONNEL_ID },
    { "Matricule", MT_CSV_FIELD_PERSONNEL_ID },
    { "Index Number", MT_CSV_FIELD_PERSONNEL_ID },
    { "index_number", MT_CSV_FIELD_PERSONNEL_ID },
    { "Family name", MT_CSV_FIELD_FAMILY_NAME },
    { "NOM", MT_CSV_FIELD_FAMILY_NAME },
    { "Surname", MT_CSV_FIELD_FAMILY_NAME },
    { "Given name", MT_CSV_FIELD_GIVEN_NAME },
    { "Prénom", MT_CSV_FIELD_GIVEN_NAME },
    { "prenom", MT_CSV_FIELD_GIVEN_NAME },
    { "Rank", MT_CSV_FIELD_RANK },
    { "Grade", MT_CSV_FIELD_RANK },
    { "Category", MT_CSV_FIELD_CATEGORY },
    { "Catégorie", MT_CSV_FIELD_CATEGORY },
    { "Contingent", MT_CSV_FIELD_COUNTRY },
    { "Country", MT_CSV_FIELD_COUNTRY },
    { "Pays", MT_CSV_FIELD_COUNTRY },
    { "Unit", MT_CSV_FIELD_UNIT },
    { "Unité", MT_CSV_FIELD_UNIT },
    { "Camp", MT_CSV_FIELD_CAMP },
    { "Base", MT_CSV_FIELD_CAMP },
    { "Location", MT_CSV_FIELD_CAMP },
    { "Planned departure", MT_CSV_FIELD_PLANNED_DEPARTURE },
    { "Date de départ prévue", MT_CSV_FIELD_PLANNED_DEPARTURE },
    { "Status", MT_CSV_FIELD_STATUS },
    { "Statut", MT_CSV_FIELD_STATUS },
    { "Departed on", MT_CSV_FIELD_DEPARTURE_DATE },
    { "Date de départ", MT_CSV_FIELD_DEPARTURE_DATE },
    { "Blood type", MT_CSV_FIELD_IGNORE },
    { "Remarques", MT_CSV_FIELD_IGNORE },
    { "", MT_CSV_FIELD_IGNORE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].header);
      g_assert_cmpint (mt_csv_field_from_header (cases[i].header), ==, cases[i].field);
    }
}

static void
test_fields (void)
{
  guint n_required = 0;

  for (guint f = 1; f < MT_CSV_N_FIELDS; f++)
    {
      /* Every canonical name reads back as its own field: exports import. */
      g_assert_cmpint (mt_csv_field_from_header (mt_csv_field_get_name (f)), ==, f);
      g_assert_cmpint (mt_csv_field_from_key (mt_csv_field_get_key (f)), ==, f);
      g_assert_nonnull (mt_csv_field_get_label (f));
      n_required += mt_csv_field_is_required (f);
    }

  g_assert_true (mt_csv_field_is_required (MT_CSV_FIELD_PERSONNEL_ID));
  g_assert_true (mt_csv_field_is_required (MT_CSV_FIELD_CATEGORY));
  g_assert_true (mt_csv_field_is_required (MT_CSV_FIELD_COUNTRY));
  g_assert_true (mt_csv_field_is_required (MT_CSV_FIELD_CAMP));
  g_assert_cmpuint (n_required, ==, 4);
  g_assert_cmpint (mt_csv_field_from_key ("nonsense"), ==, MT_CSV_FIELD_IGNORE);
}

static void
test_signature (void)
{
  const char *a[] = { "Matricule", "Nom", "Prénom" };
  const char *b[] = { " MATRICULE", "nom", "prenom " };
  const char *c[] = { "Matricule", "Prénom", "Nom" };
  g_autofree char *sa = mt_csv_header_signature (a, 3);
  g_autofree char *sb = mt_csv_header_signature (b, 3);
  g_autofree char *sc = mt_csv_header_signature (c, 3);

  /* The same header written differently is the same format; another order is not. */
  g_assert_cmpstr (sa, ==, sb);
  g_assert_cmpstr (sa, !=, sc);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv-mapping/fold", test_fold);
  g_test_add_func ("/csv-mapping/synonyms", test_synonyms);
  g_test_add_func ("/csv-mapping/fields", test_fields);
  g_test_add_func ("/csv-mapping/signature", test_signature);

  return g_test_run ();
}
