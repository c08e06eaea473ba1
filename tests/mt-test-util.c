/* mt-test-util.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include "mt-store.h"
#include "mt-test-util.h"

MtStore *
mt_test_store_new (gboolean seeded)
{
  g_autoptr(GError) error = NULL;
  MtStore *store = mt_store_open (":memory:", &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  if (seeded)
    {
      mt_store_load_seed (store, &error);
      g_assert_no_error (error);
    }
  return store;
}

static void
items_changed_cb (GListModel     *model,
                  guint           position,
                  guint           removed,
                  guint           added,
                  MtTestRecorder *rec)
{
  guint triple[3] = { position, removed, added };

  g_array_append_vals (rec->changes, triple, 3);
}

void
mt_test_recorder_init (MtTestRecorder *rec,
                       GListModel     *model)
{
  rec->model = model;
  rec->changes = g_array_new (FALSE, FALSE, sizeof (guint));
  rec->handler = g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), rec);
}

void
mt_test_recorder_clear (MtTestRecorder *rec)
{
  g_array_set_size (rec->changes, 0);
}

guint
mt_test_recorder_count (MtTestRecorder *rec)
{
  return rec->changes->len / 3;
}

void
mt_test_recorder_assert (MtTestRecorder *rec,
                         guint           index,
                         guint           position,
                         guint           removed,
                         guint           added)
{
  g_assert_cmpuint (index, <, mt_test_recorder_count (rec));
  g_assert_cmpuint (g_array_index (rec->changes, guint, index * 3), ==, position);
  g_assert_cmpuint (g_array_index (rec->changes, guint, index * 3 + 1), ==, removed);
  g_assert_cmpuint (g_array_index (rec->changes, guint, index * 3 + 2), ==, added);
}

void
mt_test_recorder_finish (MtTestRecorder *rec)
{
  g_signal_handler_disconnect (rec->model, rec->handler);
  g_array_unref (rec->changes);
}
