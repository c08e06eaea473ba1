/* mt-csv-decoder.h: bytes in a file's encoding to UTF-8, chunk by chunk (private to src/csv).
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-csv-reader.h"

G_BEGIN_DECLS

typedef struct _MtCsvDecoder MtCsvDecoder;

/* @encoding must not be AUTO. */
MtCsvDecoder *mt_csv_decoder_new       (MtCsvEncoding  encoding);
void          mt_csv_decoder_free      (MtCsvDecoder  *self);
/* Appends the UTF-8 text of @data to @out, keeping an incomplete character for the next call
 * (@last: none may remain). FALSE + @bad_offset (byte offset in @out where the bad input would
 * have gone) on bytes that are not text in the encoding, or on NUL. */
gboolean      mt_csv_decoder_feed      (MtCsvDecoder  *self,
                                        const guint8  *data,
                                        gsize          len,
                                        gboolean       last,
                                        GString       *out,
                                        gsize         *bad_offset);

/* The BOM's encoding and length, or AUTO and 0. */
MtCsvEncoding mt_csv_sniff_bom         (const guint8  *data,
                                        gsize          len,
                                        gsize         *bom_len);
/* How many leading bytes of @data form complete UTF-8 sequences (the rest may be the start of
 * one that continues in the next chunk). */
gsize         mt_csv_utf8_complete_len (const guint8  *data,
                                        gsize          len);
/* g_utf8_validate_len(): whether @len bytes of @text are UTF-8 with no NUL, @end (if not NULL)
 * set to the first byte that is not. Runs of ASCII, most of any roster, go eight bytes at a
 * time: twice GLib's speed on a 100 MB file, which is read this way twice. */
gboolean      mt_csv_utf8_validate     (const char    *text,
                                        gsize          len,
                                        const char   **end);
/* The separator of decoded @text (its first lines): ',', ';' or '\t' — the one found the same
 * number of times, outside quotes, on every line; ',' when nothing tells. */
char          mt_csv_sniff_separator   (const char    *text,
                                        gsize          len);

G_END_DECLS
