/* mt-csv-provenance.h: where roster rows came from, in words a planner reads.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-store.h"

G_BEGIN_DECLS

/* "Imported from “roster-chad.csv”, line 12, on 16 October 2023 · SHA-256 ab12cd34…" (no
 * line part when @line <= 0). NULL when @import_id is 0 (entered by hand) or no longer
 * recorded. */
char *mt_csv_describe_import        (MtStore *store,
                                     gint64   import_id,
                                     int      line);
/* "16 October 2023 · 120 people · SHA-256 ab12cd34…": one import of a camp's list, without
 * the file name (a row title carries it). @file_name (may be NULL) gets the file name. NULL
 * when no longer recorded. */
char *mt_csv_describe_camp_import   (MtStore *store,
                                     gint64   import_id,
                                     gint64   n_people,
                                     char   **file_name);

G_END_DECLS
