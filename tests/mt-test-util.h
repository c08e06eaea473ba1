/* mt-test-util.h: shared by the tests.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-types.h"

G_BEGIN_DECLS

/* A fresh in-memory store with the schema, and the seed when @seeded. Aborts on error. */
MtStore *mt_test_store_new (gboolean seeded);

/* Records every items-changed of a GListModel as (position, removed, added). */
typedef struct
{
  GListModel *model;
  GArray     *changes;   /* of guint[3] triples, flattened */
  gulong      handler;
} MtTestRecorder;

void  mt_test_recorder_init   (MtTestRecorder *rec,
                               GListModel     *model);
void  mt_test_recorder_clear  (MtTestRecorder *rec);
guint mt_test_recorder_count  (MtTestRecorder *rec);
/* Asserts change @index was (@position, @removed, @added). */
void  mt_test_recorder_assert (MtTestRecorder *rec,
                               guint           index,
                               guint           position,
                               guint           removed,
                               guint           added);
void  mt_test_recorder_finish (MtTestRecorder *rec);

G_END_DECLS
