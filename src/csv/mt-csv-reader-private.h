/* mt-csv-reader-private.h: pieces of the reader in their own files.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <csv.h>
#include <glib.h>

#include "mt-csv-decoder.h"
#include "mt-csv-reader.h"

G_BEGIN_DECLS

/* SHA-256 of the bytes read, computed on a helper thread: hashing 100 MB costs about as
 * much as parsing it, and the import must not wait for it row by row. */
typedef struct _MtCsvHasher MtCsvHasher;

MtCsvHasher *_mt_csv_hasher_new    (void);
/* Hands a copy of @data to the thread (waits only when the thread is several blocks behind). */
void         _mt_csv_hasher_update (MtCsvHasher  *self,
                                    const guint8 *data,
                                    gsize         len);
/* Waits for the thread; the hex digest of everything given, or NULL if finished already. */
char        *_mt_csv_hasher_finish (MtCsvHasher  *self);
/* Stops the thread (whatever it still had is dropped) and frees. */
void         _mt_csv_hasher_free   (MtCsvHasher  *self);

/* One record as parsed (mt-csv-reader-parse.c); the reader keeps a spare to recycle. */
typedef struct
{
  GString *data;      /* the fields, each followed by NUL */
  GArray  *offsets;   /* guint: start of each field in data */
  GString *raw;       /* the record's text as in the file (decoded), from its first line */
  guint    line;
} MtCsvRecord;

struct _MtCsvReader
{
  GObject        parent_instance;

  GInputStream  *stream;
  char          *display_name;
  MtCsvEncoding  encoding;
  gboolean       fell_back;
  char           separator;
  goffset        size;
  goffset        offset;      /* raw bytes read */
  gboolean       eof;
  gboolean       finished;    /* csv_fini done */

  MtCsvDecoder  *decoder;
  GString       *text;        /* decoded, not yet parsed */
  gsize          text_pos;
  guint          line;        /* physical line of text[text_pos] */

  struct csv_parser parser;
  gboolean       parser_ready;
  MtCsvRecord   *building;    /* the record libcsv is filling */
  GQueue         ready;       /* MtCsvRecord*: complete, not yet returned */
  MtCsvRecord   *current;     /* the one returned by next() */
  MtCsvRecord   *spare;       /* recycled */
  gboolean       field_too_long;
  MtCsvHasher   *hasher;      /* SHA-256 of the raw bytes, in order */
  char          *sha256;
};

/* mt-csv-reader-parse.c: a fresh or recycled record; frees one (a GDestroyNotify, NULL-safe). */
MtCsvRecord *_mt_csv_reader_take_record (MtCsvReader  *self);
void         _mt_csv_record_free        (gpointer      data);
/* mt-csv-reader.c: reads and decodes one more chunk into self->text; FALSE on error. */
gboolean     _mt_csv_reader_fill_text   (MtCsvReader  *self,
                                         GError      **error);

G_END_DECLS
