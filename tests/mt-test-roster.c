/* mt-test-roster.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "mt-fold.h"
#include "mt-store.h"
#include "mt-test-roster.h"

static void
row_clear (gpointer data)
{
  MtTestRow *row = data;

  g_assert (row != NULL);

  g_free (row->personnel_id);
  g_free (row->family_name);
  g_free (row->given_name);
  g_free (row->rank);
  g_free (row->category);
  g_free (row->country);
  g_free (row->unit);
  g_free (row->planned_departure);
  g_free (row->departure_date);
}

GArray *
mt_test_rows_new (void)
{
  GArray *rows = g_array_new (FALSE, TRUE, sizeof (MtTestRow));

  g_array_set_clear_func (rows, row_clear);
  return rows;
}

MtPerson *
mt_test_row_to_person (const MtTestRow *row)
{
  return g_object_new (MT_TYPE_PERSON,
                       "personnel-id", row->personnel_id,
                       "family-name", row->family_name,
                       "given-name", row->given_name,
                       "rank", row->rank,
                       "category", row->category,
                       "country", row->country,
                       "unit", row->unit,
                       "camp-id", row->camp_id,
                       "planned-departure", row->planned_departure,
                       "departure-date", row->departure_date,
                       NULL);
}

void
mt_test_store_add_rows (MtStore         *store,
                        const MtTestRow *rows,
                        guint            n_rows)
{
  g_autoptr(GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n_rows; i++)
    g_ptr_array_add (persons, mt_test_row_to_person (&rows[i]));

  mt_store_add_personnel (store, persons, &error);
  g_assert_no_error (error);
}

static int
compare_rows_cb (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  MtTestRowCompare *compare = data;
  const MtTestRow *row_a = *(MtTestRow * const *) a;
  const MtTestRow *row_b = *(MtTestRow * const *) b;
  int cmp;

  g_assert (compare != NULL && *compare != NULL);

  cmp = (*compare) (row_a, row_b);
  /* Ties keep insertion order, i.e. row id order (ORDER BY x, p.id). */
  return cmp != 0 ? cmp : (int) row_a->index - (int) row_b->index;
}

GPtrArray *
mt_test_rows_expect_ids (GArray           *rows,
                         MtTestRowFilter   filter,
                         gconstpointer     filter_data,
                         MtTestRowCompare  compare,
                         gboolean          descending)
{
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < rows->len; i++)
    {
      MtTestRow *row = &g_array_index (rows, MtTestRow, i);

      if (filter == NULL || filter (row, filter_data))
        g_ptr_array_add (kept, row);
    }

  g_ptr_array_sort_with_data (kept, compare_rows_cb, &compare);

  /* Descending order reverses the whole order, ties included (ORDER BY x DESC, id DESC). */
  for (guint i = 0; i < kept->len; i++)
    {
      guint at = descending ? kept->len - 1 - i : i;

      g_ptr_array_add (ids, ((MtTestRow *) g_ptr_array_index (kept, at))->personnel_id);
    }

  return ids;
}

int
mt_test_rows_by_insertion (const MtTestRow *a,
                               const MtTestRow *b)
{
  return (int) a->index - (int) b->index;
}

int
mt_test_rows_by_personnel_id (const MtTestRow *a,
                                  const MtTestRow *b)
{
  return strcmp (a->personnel_id, b->personnel_id);
}

/* The roster's key as the store keeps it: family name, given name, personnel id, country
 * and unit, each folded (case, accents), one after the other apart by U+001F. */
static char *
name_key (const MtTestRow *row)
{
  const char *texts[] = { row->family_name, row->given_name, row->personnel_id, row->country,
                          row->unit };
  g_autoptr(GString) key = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *folded = mt_fold_text (texts[i] != NULL ? texts[i] : "");

      if (i > 0)
        g_string_append_c (key, '\x1f');
      g_string_append (key, folded);
    }

  return g_string_free (g_steal_pointer (&key), FALSE);
}

int
mt_test_rows_by_family_name (const MtTestRow *a,
                                 const MtTestRow *b)
{
  g_autofree char *key_a = name_key (a);
  g_autofree char *key_b = name_key (b);

  return strcmp (key_a, key_b);
}

int
mt_test_rows_by_given_name (const MtTestRow *a,
                                const MtTestRow *b)
{
  return strcmp (a->given_name, b->given_name);
}

int
mt_test_rows_by_rank (const MtTestRow *a,
                          const MtTestRow *b)
{
  return strcmp (a->rank, b->rank);
}

void
mt_test_assert_model_ids (GListModel *model,
                          GPtrArray  *expected)
{
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, expected->len);

  for (guint i = 0; i < expected->len; i++)
    {
      g_autoptr(MtPerson) person = g_list_model_get_item (model, i);

      g_assert_true (MT_IS_PERSON (person));
      g_assert_cmpstr (mt_person_get_personnel_id (person), ==, g_ptr_array_index (expected, i));
    }
}

char *
mt_test_dup_personnel_id_at (GListModel *model,
                             guint       position)
{
  g_autoptr(MtPerson) person = g_list_model_get_item (model, position);

  g_assert_nonnull (person);
  return g_strdup (mt_person_get_personnel_id (person));
}
