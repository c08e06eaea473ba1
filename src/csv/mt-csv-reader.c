/* mt-csv-reader.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pipeline: raw chunk (64 KiB) -> decoder -> UTF-8 text -> libcsv, fed one physical line at a
 * time. Feeding whole lines is what lets us count lines as an editor does: when libcsv ends a
 * record, the line counter is exactly where the record ends, quoted newlines included. The
 * text of the record being parsed is kept (one record, not the file) so that a message can
 * point at the column where a field starts, found again only when a message needs it.
 *
 * This file opens the stream, picks the encoding and the separator and decodes chunks;
 * cutting the text into lines and records is in mt-csv-reader-parse.c.
 */

#define G_LOG_DOMAIN "mt-csv-reader"

#include "config.h"

#include <csv.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "mt-csv-decoder.h"
#include "mt-csv-reader.h"
#include "mt-csv-reader-private.h"

#define CHUNK_SIZE (64 * 1024)

G_DEFINE_FINAL_TYPE (MtCsvReader, mt_csv_reader, G_TYPE_OBJECT)

G_DEFINE_QUARK (mt-csv-error-quark, mt_csv_error)

/* Helpers */

static guint
count_lines (const char *text,
             gsize       len)
{
  guint n = 0;

  for (const char *p = text; (p = memchr (p, '\n', text + len - p)) != NULL; p++)
    n++;

  return n;
}

static gboolean
read_raw (MtCsvReader  *self,
          guint8       *buffer,
          gsize        *n_read,
          GError      **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!g_input_stream_read_all (self->stream, buffer, CHUNK_SIZE, n_read, NULL, &local_error))
    {
      g_set_error (error, MT_CSV_ERROR, MT_CSV_ERROR_FILE, _("%s: could not read the file: %s"),
                   self->display_name, local_error->message);
      return FALSE;
    }

  self->offset += *n_read;
  if (self->hasher != NULL)
    _mt_csv_hasher_update (self->hasher, buffer, *n_read);
  if (*n_read < CHUNK_SIZE)
    self->eof = TRUE;

  return TRUE;
}

static void
set_encoding_error (MtCsvReader  *self,
                    GError      **error)
{
  guint line = self->line + count_lines (self->text->str + self->text_pos,
                                         self->text->len - self->text_pos);

  g_set_error (error, MT_CSV_ERROR, MT_CSV_ERROR_ENCODING,
               _("%s:%u: bytes that are not %s text (is this a spreadsheet saved as CSV?)"),
               self->display_name, line, mt_csv_encoding_get_name (self->encoding));
}

/* Reads and decodes one more chunk into self->text; FALSE on error. */
gboolean
_mt_csv_reader_fill_text (MtCsvReader  *self,
                          GError      **error)
{
  g_autofree guint8 *buffer = g_malloc (CHUNK_SIZE);
  gsize n_read = 0;
  gsize bad = 0;

  /* Drop what was parsed already, so the text buffer stays one chunk or so. */
  if (self->text_pos > 0)
    {
      g_string_erase (self->text, 0, self->text_pos);
      self->text_pos = 0;
    }

  if (!read_raw (self, buffer, &n_read, error))
    return FALSE;

  if (!mt_csv_decoder_feed (self->decoder, buffer, n_read, self->eof, self->text, &bad))
    {
      g_string_truncate (self->text, bad);
      set_encoding_error (self, error);
      return FALSE;
    }

  return TRUE;
}

gboolean
_mt_csv_read_through (GInputStream  *stream,
                      gsize          chunk,
                      MtCsvHasher   *hasher,
                      gboolean      *utf8,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autofree guint8 *buffer = g_malloc (chunk + 4);
  gsize carry = 0;
  gboolean valid = TRUE;
  gsize n_read;

  do
    {
      gsize len;
      gsize complete;

      if (!g_input_stream_read_all (stream, buffer + carry, chunk, &n_read, cancellable, error))
        return FALSE;
      if (hasher != NULL)
        _mt_csv_hasher_update (hasher, buffer + carry, n_read);
      if (!valid)
        continue;

      /* A character cut by the chunk's end is validated whole with the next chunk. */
      len = carry + n_read;
      complete = n_read < chunk ? len : mt_csv_utf8_complete_len (buffer, len);
      valid = mt_csv_utf8_validate ((const char *) buffer, complete, NULL);
      carry = valid ? len - complete : 0;
      memmove (buffer, buffer + complete, carry);
    }
  while (n_read == chunk && (valid || hasher != NULL));

  *utf8 = valid;
  return TRUE;
}

/* Whether all of the stream is valid UTF-8: the pre-pass that picks UTF-8 or Windows-1252 for
 * the whole file, reading it once without keeping it. */
static gboolean
stream_is_utf8 (MtCsvReader  *self,
                goffset       resume,
                GError      **error)
{
  gboolean valid = FALSE;

  if (!g_seekable_seek (G_SEEKABLE (self->stream), 0, G_SEEK_SET, NULL, error) ||
      !_mt_csv_read_through (self->stream, CHUNK_SIZE, NULL, &valid, NULL, error) ||
      !g_seekable_seek (G_SEEKABLE (self->stream), resume, G_SEEK_SET, NULL, error))
    return FALSE;

  return valid;
}

/* GObject overrides */

static void
mt_csv_reader_finalize (GObject *object)
{
  MtCsvReader *self = MT_CSV_READER (object);

  if (self->parser_ready)
    csv_free (&self->parser);
  g_queue_clear_full (&self->ready, _mt_csv_record_free);
  _mt_csv_record_free (self->building);
  _mt_csv_record_free (self->current);
  _mt_csv_record_free (self->spare);
  mt_csv_decoder_free (self->decoder);
  if (self->text != NULL)
    g_string_free (self->text, TRUE);
  g_clear_object (&self->stream);
  g_free (self->display_name);
  _mt_csv_hasher_free (self->hasher);
  g_free (self->sha256);

  G_OBJECT_CLASS (mt_csv_reader_parent_class)->finalize (object);
}

static void
mt_csv_reader_class_init (MtCsvReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mt_csv_reader_finalize;
}

static void
mt_csv_reader_init (MtCsvReader *self)
{
  self->size = -1;
  self->line = 1;
  g_queue_init (&self->ready);
  self->text = g_string_sized_new (CHUNK_SIZE * 2);
  self->hasher = _mt_csv_hasher_new ();
}

/* Public API */

MtCsvReader *
mt_csv_reader_new (GInputStream  *stream,
                   const char    *display_name,
                   MtCsvEncoding  encoding,
                   char           separator,
                   GError       **error)
{
  g_autoptr(MtCsvReader) self = NULL;
  g_autofree guint8 *head = NULL;
  gsize n_head = 0;
  gsize bom_len = 0;
  MtCsvEncoding bom;
  gsize bad = 0;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (separator == 0 || separator == ',' || separator == ';' ||
                        separator == '\t', NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (MT_TYPE_CSV_READER, NULL);
  self->stream = g_object_ref (stream);
  self->display_name = g_strdup (display_name != NULL ? display_name : "-");

  head = g_malloc (CHUNK_SIZE);
  if (!read_raw (self, head, &n_head, error))
    return NULL;
  if (n_head == 0)
    {
      g_set_error (error, MT_CSV_ERROR, MT_CSV_ERROR_EMPTY, _("%s: the file is empty"),
                   self->display_name);
      return NULL;
    }

  bom = mt_csv_sniff_bom (head, n_head, &bom_len);
  if (encoding == MT_CSV_ENCODING_AUTO && bom != MT_CSV_ENCODING_AUTO)
    encoding = bom;
  else if (encoding == MT_CSV_ENCODING_AUTO)
    {
      gboolean utf8;

      if (self->eof)
        utf8 = mt_csv_utf8_validate ((const char *) head, n_head, NULL);
      else if (G_IS_SEEKABLE (stream) && g_seekable_can_seek (G_SEEKABLE (stream)))
        {
          g_autoptr(GError) local_error = NULL;

          utf8 = stream_is_utf8 (self, n_head, &local_error);
          if (local_error != NULL)
            {
              g_set_error (error, MT_CSV_ERROR, MT_CSV_ERROR_FILE,
                           _("%s: could not read the file: %s"), self->display_name,
                           local_error->message);
              return NULL;
            }
        }
      else
        utf8 = TRUE;

      /* A NUL byte is no Windows-1252 text either; UTF-8 then reports it. */
      if (!utf8 && memchr (head, '\0', n_head) == NULL)
        {
          encoding = MT_CSV_ENCODING_WINDOWS_1252;
          self->fell_back = TRUE;
        }
      else
        encoding = MT_CSV_ENCODING_UTF8;
    }

  /* A BOM of the forced encoding is not text. */
  if (encoding != bom)
    bom_len = 0;

  self->encoding = encoding;
  self->decoder = mt_csv_decoder_new (encoding);
  if (!mt_csv_decoder_feed (self->decoder, head + bom_len, n_head - bom_len, self->eof,
                            self->text, &bad))
    {
      g_string_truncate (self->text, bad);
      set_encoding_error (self, error);
      return NULL;
    }

  /* Sniff the separator on the first chunk, reading more if it holds no whole line. */
  while (memchr (self->text->str, '\n', self->text->len) == NULL && !self->eof &&
         self->text->len < 4 * CHUNK_SIZE)
    if (!_mt_csv_reader_fill_text (self, error))
      return NULL;

  self->separator = separator != 0 ? separator
                                   : mt_csv_sniff_separator (self->text->str, self->text->len);

  if (csv_init (&self->parser, 0) != 0)
    g_error ("Out of memory");
  self->parser_ready = TRUE;
  csv_set_delim (&self->parser, self->separator);
  /* One cell never takes more than its limit (see mt-csv-reader-parse.c). */
  csv_set_realloc_func (&self->parser, _mt_csv_cell_realloc);
  /* No space function: libcsv's own test (space or tab) is inline, where a function of ours
   * would be an indirect call for nearly every byte of the file. It checks the separator
   * first, so with tabs as separators a tab still ends a field and is never trimmed. */
  self->building = _mt_csv_reader_take_record (self);
  self->building->line = 1;

  if (self->size < 0 && G_IS_FILE_INPUT_STREAM (stream))
    {
      g_autoptr(GFileInfo) info = g_file_input_stream_query_info (G_FILE_INPUT_STREAM (stream),
                                                                  G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                                  NULL, NULL);
      if (info != NULL)
        self->size = g_file_info_get_size (info);
    }

  return g_steal_pointer (&self);
}

MtCsvReader *
mt_csv_reader_new_for_bytes (GBytes        *bytes,
                             const char    *display_name,
                             MtCsvEncoding  encoding,
                             char           separator,
                             GError       **error)
{
  g_autoptr(GInputStream) stream = NULL;
  MtCsvReader *self;

  g_return_val_if_fail (bytes != NULL, NULL);

  stream = g_memory_input_stream_new_from_bytes (bytes);
  self = mt_csv_reader_new (stream, display_name, encoding, separator, error);
  if (self != NULL)
    self->size = g_bytes_get_size (bytes);

  return self;
}

MtCsvReader *
mt_csv_reader_new_for_path (const char    *path,
                            MtCsvEncoding  encoding,
                            char           separator,
                            GError       **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display_name = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  file = g_file_new_for_path (path);
  display_name = g_strdup (path);
  stream = g_file_read (file, NULL, &local_error);
  if (stream == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, MT_CSV_ERROR, MT_CSV_ERROR_FILE, _("%s: no such file"), path);
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
        g_set_error (error, MT_CSV_ERROR, MT_CSV_ERROR_FILE,
                     _("%s: is a folder, not a CSV file"), path);
      else
        g_set_error (error, MT_CSV_ERROR, MT_CSV_ERROR_FILE, _("%s: cannot be read: %s"),
                     path, local_error->message);
      return NULL;
    }

  return mt_csv_reader_new (G_INPUT_STREAM (stream), display_name, encoding, separator, error);
}

MtCsvEncoding
mt_csv_reader_get_encoding (MtCsvReader *self)
{
  g_return_val_if_fail (MT_IS_CSV_READER (self), MT_CSV_ENCODING_AUTO);

  return self->encoding;
}

gboolean
mt_csv_reader_get_encoding_fell_back (MtCsvReader *self)
{
  g_return_val_if_fail (MT_IS_CSV_READER (self), FALSE);

  return self->fell_back;
}

char
mt_csv_reader_get_separator (MtCsvReader *self)
{
  g_return_val_if_fail (MT_IS_CSV_READER (self), ',');

  return self->separator;
}

const char *
mt_csv_reader_get_display_name (MtCsvReader *self)
{
  g_return_val_if_fail (MT_IS_CSV_READER (self), NULL);

  return self->display_name;
}

goffset
mt_csv_reader_get_offset (MtCsvReader *self)
{
  g_return_val_if_fail (MT_IS_CSV_READER (self), 0);

  return self->offset;
}

goffset
mt_csv_reader_get_size (MtCsvReader *self)
{
  g_return_val_if_fail (MT_IS_CSV_READER (self), -1);

  return self->size;
}

void
mt_csv_reader_set_sha256 (MtCsvReader *self,
                          const char  *sha256)
{
  g_return_if_fail (MT_IS_CSV_READER (self));
  g_return_if_fail (sha256 != NULL);

  g_clear_pointer (&self->hasher, _mt_csv_hasher_free);
  g_free (self->sha256);
  self->sha256 = g_strdup (sha256);
}

const char *
mt_csv_reader_get_sha256 (MtCsvReader *self)
{
  g_return_val_if_fail (MT_IS_CSV_READER (self), NULL);

  return g_queue_is_empty (&self->ready) ? self->sha256 : NULL;
}
