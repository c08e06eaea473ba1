/* mt-csv-reader-sha256.c: the file's SHA-256 on a helper thread.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GLib's SHA-256 runs at about 170 MB/s here: 0.6 s of a million-row import, as long as
 * reading and parsing the file. The reader copies each chunk into one of a few pooled
 * blocks and goes on; the thread hashes them in order and hands them back. The pool bounds
 * memory (BLOCKS × BLOCK_SIZE) and makes the reader wait if the thread falls behind.
 */

#define G_LOG_DOMAIN "mt-csv-reader"

#include "config.h"

#include <string.h>

#include "mt-csv-reader-private.h"

#define BLOCKS 8
#define BLOCK_SIZE (64 * 1024)

typedef struct
{
  gsize  len;
  guint8 data[BLOCK_SIZE];
} Block;

struct _MtCsvHasher
{
  GThread     *thread;
  GAsyncQueue *full;    /* Block* to hash, in order; &end_of_data ends */
  GAsyncQueue *free;    /* Block* to fill */
  GChecksum   *checksum;
  gboolean     finished;
};

/* The marker that ends the stream (never freed, never filled). */
static Block end_of_data;

static gpointer
hash_thread (gpointer data)
{
  MtCsvHasher *self = data;

  for (;;)
    {
      Block *block = g_async_queue_pop (self->full);

      if (block == &end_of_data)
        break;
      g_checksum_update (self->checksum, block->data, block->len);
      g_async_queue_push (self->free, block);
    }

  return NULL;
}

MtCsvHasher *
_mt_csv_hasher_new (void)
{
  MtCsvHasher *self = g_new0 (MtCsvHasher, 1);

  self->full = g_async_queue_new ();
  self->free = g_async_queue_new_full (g_free);
  for (guint i = 0; i < BLOCKS; i++)
    g_async_queue_push (self->free, g_new (Block, 1));
  self->checksum = g_checksum_new (G_CHECKSUM_SHA256);
  self->thread = g_thread_new ("mt-csv-sha256", hash_thread, self);

  return self;
}

void
_mt_csv_hasher_update (MtCsvHasher  *self,
                       const guint8 *data,
                       gsize         len)
{
  g_assert (self != NULL);
  g_assert (!self->finished);

  while (len > 0)
    {
      Block *block = g_async_queue_pop (self->free);

      block->len = MIN (len, BLOCK_SIZE);
      memcpy (block->data, data, block->len);
      g_async_queue_push (self->full, block);
      data += block->len;
      len -= block->len;
    }
}

static void
stop (MtCsvHasher *self)
{
  if (self->thread == NULL)
    return;

  g_async_queue_push (self->full, &end_of_data);
  g_thread_join (g_steal_pointer (&self->thread));
}

char *
_mt_csv_hasher_finish (MtCsvHasher *self)
{
  g_assert (self != NULL);

  if (self->finished)
    return NULL;

  stop (self);
  self->finished = TRUE;

  return g_strdup (g_checksum_get_string (self->checksum));
}

void
_mt_csv_hasher_free (MtCsvHasher *self)
{
  if (self == NULL)
    return;

  /* The thread hashes what it was given up to the marker, so every block is back in the
   * pool (and freed with it) once it has stopped. */
  stop (self);
  g_async_queue_unref (self->full);
  g_async_queue_unref (self->free);
  g_checksum_free (self->checksum);
  g_free (self);
}
