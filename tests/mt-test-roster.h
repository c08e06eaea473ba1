/* mt-test-roster.h: rows of people the roster model tests insert, and what they
 * expect back from the model.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mt-person.h"
#include "mt-types.h"

G_BEGIN_DECLS

/* One person as a test inserted it; the expectations are computed from these, never by
 * asking the database the same question twice. */
typedef struct
{
  guint  index;            /* insertion order, which is also row-id order */
  char  *personnel_id;
  char  *family_name;
  char  *given_name;
  char  *rank;
  char  *category;
  char  *country;
  char  *unit;
  gint64 camp_id;
  char  *planned_departure;
  char  *departure_date;
} MtTestRow;

typedef gboolean (*MtTestRowFilter)  (const MtTestRow *row,
                                      gconstpointer    data);
typedef int      (*MtTestRowCompare) (const MtTestRow *a,
                                      const MtTestRow *b);

/* An empty GArray of MtTestRow that frees the strings of its rows. */
GArray    *mt_test_rows_new            (void);
MtPerson  *mt_test_row_to_person       (const MtTestRow  *row);
/* Adds the people of @rows to @store in one write. Aborts on error. */
void       mt_test_store_add_rows      (MtStore          *store,
                                        const MtTestRow  *rows,
                                        guint             n_rows);

/* The personnel IDs of the rows @filter keeps (all when NULL), ordered by @compare,
 * ties in insertion order (ORDER BY x, p.id); the whole order reversed when
 * @descending (ORDER BY x DESC, p.id DESC). The IDs belong to @rows. */
GPtrArray *mt_test_rows_expect_ids     (GArray           *rows,
                                        MtTestRowFilter   filter,
                                        gconstpointer     filter_data,
                                        MtTestRowCompare  compare,
                                        gboolean          descending);

/* Orders for mt_test_rows_expect_ids(). */
int        mt_test_rows_by_insertion    (const MtTestRow *a,
                                         const MtTestRow *b);
int        mt_test_rows_by_personnel_id (const MtTestRow *a,
                                         const MtTestRow *b);
/* Same family name: by given name, as in a printed roster. */
int        mt_test_rows_by_family_name  (const MtTestRow *a,
                                         const MtTestRow *b);
int        mt_test_rows_by_given_name   (const MtTestRow *a,
                                         const MtTestRow *b);
int        mt_test_rows_by_rank         (const MtTestRow *a,
                                         const MtTestRow *b);

/* Asserts @model holds exactly the people of @expected (personnel IDs), in that order. */
void       mt_test_assert_model_ids    (GListModel      *model,
                                        GPtrArray       *expected);
/* The personnel ID of the person at @position, which must exist. */
char      *mt_test_dup_personnel_id_at (GListModel      *model,
                                        guint            position);

G_END_DECLS
