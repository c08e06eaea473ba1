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
/* Reads @stream from where it is to its end, @chunk bytes at a time, giving every byte to
 * @hasher (may be NULL) and telling whether all of it is UTF-8 (@utf8); without a hasher it
 * stops at the first byte that is not. FALSE + @error when it cannot be read. */
gboolean     _mt_csv_read_through  (GInputStream  *stream,
                                    gsize          chunk,
                                    MtCsvHasher   *hasher,
                                    gboolean      *utf8,
                                    GCancellable  *cancellable,
                                    GError       **error);

/* Text of an overlong cell left out of a record's raw text, at @offset: what the walk that
 * finds the columns must add there. */
typedef struct
{
  gsize   offset;
  guint   lines;      /* line ends skipped */
  guint   column;     /* characters skipped after the last of them (or in all, when none) */
  guint   quotes;     /* quote characters skipped (their parity matters) */
} MtCsvSkip;

/* One record as parsed (mt-csv-reader-parse.c); the reader keeps a spare to recycle. */
typedef struct
{
  GString *data;      /* the fields, each followed by NUL */
  guint   *offsets;   /* start of each field in data: n_fields of them, room for more */
  guint    n_fields;
  guint    n_allocated;
  GString *raw;       /* the record's text as in the file (decoded), from its first line */
  GArray  *skips;     /* MtCsvSkip, in raw order: overlong cells' text, counted not kept */
  GArray  *positions; /* guint line, column of each field's start, then of the end; built by
                       * the first message that needs one (one walk for the whole record) */
  guint    line;
  int      too_long;  /* index of the first overlong cell, or -1 */
  guint64  too_long_chars;
  guint64  n_dropped; /* cells past MT_CSV_MAX_COLUMNS */
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
  /* Inside a cell too long for libcsv's buffer: the rest of it is counted, not kept. */
  gboolean       skipping;
  gboolean       skip_ended;   /* the next field libcsv gives is that cell */
  gboolean       skip_quoted;
  gboolean       skip_pending; /* a quote seen: the end of the cell, or half of "" */
  guint64        skip_chars;   /* characters of the cell's value */
  guint64        skip_spaces;  /* trailing spaces, which libcsv would have trimmed */
  MtCsvSkip      skip;         /* the text left out, for the record's columns */
  MtCsvHasher   *hasher;      /* SHA-256 of the raw bytes, in order */
  char          *sha256;
};

/* mt-csv-reader-parse.c: a fresh or recycled record; frees one (a GDestroyNotify, NULL-safe). */
MtCsvRecord *_mt_csv_reader_take_record (MtCsvReader  *self);
void         _mt_csv_record_free        (gpointer      data);
/* libcsv's realloc hook: refuses to grow a field's buffer past one cell's limit. */
void        *_mt_csv_cell_realloc       (void         *buffer,
                                         size_t        size);
/* mt-csv-reader.c: reads and decodes one more chunk into self->text; FALSE on error. */
gboolean     _mt_csv_reader_fill_text   (MtCsvReader  *self,
                                         GError      **error);

G_END_DECLS
