/* mt-csv-values.h: turning the text of CSV cells into roster values (private to src/csv and
 * its tests).
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-csv-import.h"
#include "mt-types.h"

G_BEGIN_DECLS

/* The store's categories and camps (with their other names), read once per import and
 * looked up from hash tables: a million rows never query the store for them. */
typedef struct _MtCsvValues MtCsvValues;

MtCsvValues *mt_csv_values_new             (MtStore      *store,
                                            GError      **error);
void         mt_csv_values_free            (MtCsvValues  *self);
/* The category code that @text names: a code, an English or French name or abbreviation from
 * the categories table, or a common synonym ("contingent member", "civilian", "UNPOL"...)
 * of a category the table has. NULL when none. */
const char  *mt_csv_values_lookup_category (MtCsvValues  *self,
                                            const char   *text);
/* The camp named @text (name or other name, case-, accent- and punctuation-insensitively),
 * or 0. @closed (may be NULL): the camp is closed or handed over by the latest data. */
gint64       mt_csv_values_lookup_camp     (MtCsvValues  *self,
                                            const char   *text,
                                            gboolean     *closed);
const char  *mt_csv_values_get_camp_name   (MtCsvValues  *self,
                                            gint64        camp_id);
/* The known camp name nearest to @text (edit distance on folded names), or NULL when the
 * store has no camp. */
const char  *mt_csv_values_suggest_camp    (MtCsvValues  *self,
                                            const char   *text);

/* Takes @settings' value maps (copied), for mt_csv_values_lookup_mapped(). */
void         mt_csv_values_set_maps        (MtCsvValues               *self,
                                            const MtCsvImportSettings *settings);
/* The value the settings map @text of @field to (a category code, a camp's name, a status
 * key), or NULL. Looked up by the raw text first, like the tables. */
const char  *mt_csv_values_lookup_mapped   (MtCsvValues  *self,
                                            MtCsvField    field,
                                            const char   *text);

/* Parses "YYYY-MM-DD" (ISO 8601) or "DD/MM/YYYY" (also D/M/YYYY, DD.MM.YYYY) into @iso
 * ("YYYY-MM-DD" + NUL). FALSE for anything else or a day that does not exist. */
gboolean     mt_csv_parse_date             (const char   *text,
                                            char          iso[11]);
/* "deployed" / "departed" for the words that mean them in English or French (déployé,
 * rapatrié, parti...), else @text itself. */
const char  *mt_csv_normalize_status       (const char   *text);
/* Edit distance between two UTF-8 strings, in characters. */
guint        mt_csv_edit_distance          (const char   *a,
                                            const char   *b);

G_END_DECLS
