/* mt-csv-import-pipe.c: the import's writer thread.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A fixed set of batches goes round between two queues: the reading thread fills an empty one
 * and queues it as full; the writer writes a full one and queues it as empty again. So memory
 * stays a few hundred kilobytes whatever the file's size, and a reader faster than the writer
 * simply waits for a batch to come back. Where the store says a thread would not help
 * (mt_store_import_wants_writer_thread()), the reading thread writes each full batch itself.
 */

#define G_LOG_DOMAIN "mt-csv-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mt-csv-import-pipe-private.h"

#define BATCH_ROWS 1024
#define N_BATCHES 4
#define NO_VALUE G_MAXUINT

/* One row of a batch: its strings are offsets into the batch's text. */
typedef struct
{
  gint64 camp_id;
  guint  line;
  guint  id;                                   /* personnel id */
  guint  values[MT_STORE_PERSON_N_FIELDS];
  guint  key;                                  /* the search key, folded here */
} Slot;

typedef struct
{
  GString *text;
  guint    n;
  Slot     slots[BATCH_ROWS];
} Batch;

struct _MtCsvPipe
{
  MtStoreImport   *import;
  GThread         *thread;
  GAsyncQueue     *full;      /* Batch*, then &end_of_rows */
  GAsyncQueue     *empty;     /* Batch* */
  Batch           *filling;
  Batch           *batches[N_BATCHES];
  GString         *key;       /* the reading thread's: a row's search key */

  /* Set by the writer once; read by the reading thread after it sees @failed. */
  GError          *error;
  int              failed;    /* atomic */
  int              stop;      /* atomic: the reader gave up; skip what is queued */

  MtCsvPipeCounts  counts;    /* the writer's until it is joined */
};

static Batch end_of_rows;

/* Writer thread */

static const char *
slot_text (const Batch *batch,
           guint        offset)
{
  return offset == NO_VALUE ? NULL : batch->text->str + offset;
}

static gboolean
write_batch (MtCsvPipe  *pipe,
             Batch      *batch,
             GError    **error)
{
  MtStorePersonRow rows[BATCH_ROWS];
  guint lines[BATCH_ROWS];
  MtStoreUpsert outcomes[BATCH_ROWS];
  guint changed[BATCH_ROWS];

  for (guint i = 0; i < batch->n; i++)
    {
      const Slot *slot = &batch->slots[i];

      rows[i].personnel_id = slot_text (batch, slot->id);
      rows[i].camp_id = slot->camp_id;
      for (guint f = 0; f < MT_STORE_PERSON_N_FIELDS; f++)
        rows[i].values[f] = slot_text (batch, slot->values[f]);
      rows[i].name_key = slot_text (batch, slot->key);
      lines[i] = slot->line;
    }

  if (!mt_store_import_upsert_many (pipe->import, rows, lines, batch->n, outcomes, changed,
                                    error))
    return FALSE;

  for (guint i = 0; i < batch->n; i++)
    {
      switch (outcomes[i])
        {
        case MT_STORE_UPSERT_NEW:
          pipe->counts.n_new++;
          break;
        case MT_STORE_UPSERT_UPDATED:
          pipe->counts.n_updated++;
          for (guint f = 0; f < MT_STORE_PERSON_N_FIELDS; f++)
            if (changed[i] & (1u << f))
              pipe->counts.n_changed[f]++;
          break;
        case MT_STORE_UPSERT_STAGED:
          /* Counted when applied, at the end (_mt_csv_pipe_finish()). */
          break;
        case MT_STORE_UPSERT_UNCHANGED:
        default:
          pipe->counts.n_unchanged++;
          break;
        }
    }

  return TRUE;
}

/* Writes @batch unless the import has failed or stopped, then gives it back empty. */
static void
take_batch (MtCsvPipe *pipe,
            Batch     *batch)
{
  if (!g_atomic_int_get (&pipe->failed) && !g_atomic_int_get (&pipe->stop))
    {
      GError *error = NULL;

      if (!write_batch (pipe, batch, &error))
        {
          pipe->error = error;
          g_atomic_int_set (&pipe->failed, TRUE);
        }
    }
  batch->n = 0;
  g_string_truncate (batch->text, 0);
  g_async_queue_push (pipe->empty, batch);
}

static gpointer
writer_thread (gpointer data)
{
  MtCsvPipe *pipe = data;
  Batch *batch;

  while ((batch = g_async_queue_pop (pipe->full)) != &end_of_rows)
    take_batch (pipe, batch);

  return NULL;
}

/* A full batch (or the last one) to the writer, or written now when there is none. */
static void
hand_over (MtCsvPipe *pipe)
{
  Batch *batch = g_steal_pointer (&pipe->filling);

  if (pipe->thread != NULL)
    g_async_queue_push (pipe->full, batch);
  else
    take_batch (pipe, batch);
}

/* Reading thread */

/* Copies the row's strings (NULL ones are NO_VALUE) behind each other into @batch's text:
 * one resize for the row, then plain copies. */
static void
copy_texts (Batch             *batch,
            const char * const texts[],
            guint              n,
            guint              offsets[])
{
  gsize lengths[2 + MT_STORE_PERSON_N_FIELDS];
  gsize at = batch->text->len;
  gsize total = 0;

  g_assert (n <= G_N_ELEMENTS (lengths));

  for (guint i = 0; i < n; i++)
    total += lengths[i] = texts[i] != NULL ? strlen (texts[i]) + 1 : 0;
  g_string_set_size (batch->text, at + total);

  for (guint i = 0; i < n; i++)
    {
      offsets[i] = texts[i] != NULL ? at : NO_VALUE;
      if (lengths[i] > 0)
        memcpy (batch->text->str + at, texts[i], lengths[i]);
      at += lengths[i];
    }
}

static gboolean
check_writer (MtCsvPipe  *pipe,
              GError    **error)
{
  if (!g_atomic_int_get (&pipe->failed))
    return TRUE;

  g_set_error_literal (error, pipe->error->domain, pipe->error->code, pipe->error->message);

  return FALSE;
}

/* Stops the writer and waits for it; what it wrote is left to the caller's transaction. */
static void
join_writer (MtCsvPipe *pipe)
{
  if (pipe->filling != NULL && pipe->filling->n > 0)
    hand_over (pipe);
  if (pipe->thread == NULL)
    return;
  g_async_queue_push (pipe->full, &end_of_rows);
  g_thread_join (g_steal_pointer (&pipe->thread));
}

static void
pipe_free (MtCsvPipe *pipe)
{
  g_assert (pipe->thread == NULL);

  for (guint i = 0; i < N_BATCHES; i++)
    {
      g_string_free (pipe->batches[i]->text, TRUE);
      g_free (pipe->batches[i]);
    }
  g_async_queue_unref (pipe->full);
  g_async_queue_unref (pipe->empty);
  g_string_free (pipe->key, TRUE);
  g_clear_error (&pipe->error);
  g_free (pipe);
}

/* Private API */

MtCsvPipe *
_mt_csv_pipe_new (MtStoreImport *import)
{
  MtCsvPipe *pipe = g_new0 (MtCsvPipe, 1);

  g_assert (import != NULL);

  pipe->import = import;
  pipe->key = g_string_new (NULL);
  pipe->full = g_async_queue_new ();
  pipe->empty = g_async_queue_new ();
  for (guint i = 0; i < N_BATCHES; i++)
    {
      pipe->batches[i] = g_new0 (Batch, 1);
      pipe->batches[i]->text = g_string_sized_new (BATCH_ROWS * 192);
      g_async_queue_push (pipe->empty, pipe->batches[i]);
    }
  if (mt_store_import_wants_writer_thread (import))
    pipe->thread = g_thread_new ("mt-csv-writer", writer_thread, pipe);

  return pipe;
}

gboolean
_mt_csv_pipe_push (MtCsvPipe               *pipe,
                   const MtStorePersonRow  *row,
                   guint                    line,
                   GError                 **error)
{
  Slot *slot;

  g_assert (pipe != NULL);
  g_assert (row != NULL);

  if (!check_writer (pipe, error))
    return FALSE;

  if (pipe->filling == NULL)
    pipe->filling = g_async_queue_pop (pipe->empty);

  slot = &pipe->filling->slots[pipe->filling->n++];
  slot->camp_id = row->camp_id;
  slot->line = line;
  /* The key is folded here, beside the parsing: the writer is the import's slower thread. */
  mt_store_person_row_fold_key (row, pipe->key);
  {
    const char *texts[2 + MT_STORE_PERSON_N_FIELDS] = { row->personnel_id, };
    guint offsets[2 + MT_STORE_PERSON_N_FIELDS];

    memcpy (texts + 1, row->values, sizeof row->values);
    texts[1 + MT_STORE_PERSON_N_FIELDS] = pipe->key->str;
    copy_texts (pipe->filling, texts, G_N_ELEMENTS (texts), offsets);
    slot->id = offsets[0];
    memcpy (slot->values, offsets + 1, sizeof slot->values);
    slot->key = offsets[1 + MT_STORE_PERSON_N_FIELDS];
  }

  if (pipe->filling->n == BATCH_ROWS)
    {
      hand_over (pipe);
      if (pipe->thread == NULL)
        return check_writer (pipe, error);
    }

  return TRUE;
}

gboolean
_mt_csv_pipe_finish (MtCsvPipe        *pipe,
                     MtCsvPipeCounts  *counts,
                     GError          **error)
{
  gboolean ok;

  g_assert (pipe != NULL);

  join_writer (pipe);
  ok = check_writer (pipe, error) && mt_store_import_apply (pipe->import, &pipe->counts, error);
  if (ok && counts != NULL)
    *counts = pipe->counts;
  pipe_free (pipe);

  return ok;
}

void
_mt_csv_pipe_abort (MtCsvPipe *pipe)
{
  g_assert (pipe != NULL);

  g_atomic_int_set (&pipe->stop, TRUE);
  join_writer (pipe);
  pipe_free (pipe);
}
