/* mt-csv-mapping.h: the roster's columns and how file headers map onto them.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The roster fields a CSV column can fill. */
typedef enum
{
  MT_CSV_FIELD_IGNORE = 0,        /* the column is not imported */
  MT_CSV_FIELD_PERSONNEL_ID,      /* required */
  MT_CSV_FIELD_FAMILY_NAME,
  MT_CSV_FIELD_GIVEN_NAME,
  MT_CSV_FIELD_RANK,
  MT_CSV_FIELD_CATEGORY,          /* required */
  MT_CSV_FIELD_COUNTRY,           /* "contingent": required */
  MT_CSV_FIELD_UNIT,
  MT_CSV_FIELD_CAMP,              /* required */
  MT_CSV_FIELD_PLANNED_DEPARTURE,
  MT_CSV_FIELD_STATUS,
  MT_CSV_FIELD_DEPARTURE_DATE,
  MT_CSV_N_FIELDS
} MtCsvField;

/* The field's canonical name ("Personnel ID", "Family name", ... "Departed on"), never
 * translated; NULL for IGNORE. An export writes the label (below), which the importer reads
 * back in English, in French, and in the language of the UI. */
const char *mt_csv_field_get_name        (MtCsvField  field);
/* The field's name for people, translated ("Personnel ID" / "Matricule"); "Ignore" for IGNORE. */
const char *mt_csv_field_get_label       (MtCsvField  field);
/* A stable key for presets: "personnel_id", "family_name", ...; "ignore". */
const char *mt_csv_field_get_key         (MtCsvField  field);
MtCsvField  mt_csv_field_from_key        (const char *key);
gboolean    mt_csv_field_is_required     (MtCsvField  field);
/* TRUE for the fields whose values the tracker knows a list of (category, camp, status): an
 * import can map a value it does not know to one of them. */
gboolean    mt_csv_field_has_known_values (MtCsvField field);

/* Header text folded for matching: lowercase, accents dropped, every run of spaces and
 * punctuation made one space, trimmed ("  Date de départ-prévue " -> "date de depart prevue"). */
char       *mt_csv_fold_header           (const char *header);
/* The field a header names, by English and French synonyms (personnel id / ID / matricule /
 * index number, nom, prénom, grade, catégorie, pays, unité, base, statut...) or by its label
 * in the UI's language; IGNORE when unknown. */
MtCsvField  mt_csv_field_from_header     (const char *header);

/* A header row's signature for presets: its folded names joined by '|'. */
char       *mt_csv_header_signature      (const char * const *headers,
                                          guint               n_headers);
/* The same one header at a time (@index 0 first), so a wide header row need not be kept. */
void        mt_csv_header_signature_append (GString    *signature,
                                            guint       index,
                                            const char *header);

G_END_DECLS
