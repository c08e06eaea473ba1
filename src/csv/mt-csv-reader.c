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
/* A field this long is a quote never closed, not data: stop before it eats the memory. */
#define MAX_FIELD_SIZE (1024 * 1024)

typedef struct
{
  GString *data;      /* the fields, each followed by NUL */
  GArray  *offsets;   /* guint: start of each field in data */
  GString *raw;       /* the record's text as in the file (decoded), from its first line */
  guint    line;
} Record;

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
  Record        *building;    /* the record libcsv is filling */
  GQueue         ready;       /* Record*: complete, not yet returned */
  Record        *current;     /* the one returned by next() */
  Record        *spare;       /* recycled */
  gboolean       field_too_long;
  MtCsvHasher   *hasher;      /* SHA-256 of the raw bytes, in order */
  char          *sha256;
};

G_DEFINE_FINAL_TYPE (MtCsvReader, mt_csv_reader, G_TYPE_OBJECT)

G_DEFINE_QUARK (mt-csv-error-quark, mt_csv_error)

/* Records */

static Record *
record_new (void)
{
  Record *record = g_new0 (Record, 1);

  record->data = g_string_sized_new (256);
  record->offsets = g_array_sized_new (FALSE, FALSE, sizeof (guint), 16);
  record->raw = g_string_sized_new (256);

  return record;
}

static void
record_free (gpointer data)
{
  Record *record = data;

  if (record == NULL)
    return;

  g_string_free (record->data, TRUE);
  g_array_unref (record->offsets);
  g_string_free (record->raw, TRUE);
  g_free (record);
}

static Record *
take_record (MtCsvReader *self)
{
  Record *record = self->spare;

  if (record != NULL)
    {
      self->spare = NULL;
      g_string_truncate (record->data, 0);
      g_array_set_size (record->offsets, 0);
      g_string_truncate (record->raw, 0);
      record->line = 0;
      return record;
    }

  return record_new ();
}

static void
recycle_record (MtCsvReader *self,
                Record      *record)
{
  if (record == NULL)
    return;
  if (self->spare == NULL)
    self->spare = record;
  else
    record_free (record);
}

/* libcsv callbacks */

static void
on_field (void   *field,
          size_t  len,
          void   *data)
{
  MtCsvReader *self = data;
  guint offset;

  g_assert (self->building != NULL);

  offset = self->building->data->len;
  g_array_append_val (self->building->offsets, offset);
  if (len > 0)
    g_string_append_len (self->building->data, field, len);
  g_string_append_c (self->building->data, '\0');
}

static void
on_record (int   c,
           void *data)
{
  MtCsvReader *self = data;
  Record *record = self->building;

  g_assert (record != NULL);

  /* The record's text goes on to the next one if libcsv ended this one in the middle of a
   * line (a bare CR): keep what follows for it. */
  g_queue_push_tail (&self->ready, record);
  self->building = take_record (self);
  self->building->line = self->line;
}

/* Helpers */

static int
is_space_char (unsigned char c)
{
  return c == ' ';
}

static int
is_space_or_tab (unsigned char c)
{
  return c == ' ' || c == '\t';
}

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
static gboolean
fill_text (MtCsvReader  *self,
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

/* Whether all of @text is valid UTF-8: the pre-pass that picks UTF-8 or Windows-1252 for the
 * whole file, reading it once without keeping it. */
static gboolean
stream_is_utf8 (MtCsvReader  *self,
                goffset       resume,
                GError      **error)
{
  g_autofree guint8 *buffer = g_malloc (CHUNK_SIZE + 4);
  gsize carry = 0;
  gboolean valid = TRUE;

  if (!g_seekable_seek (G_SEEKABLE (self->stream), 0, G_SEEK_SET, NULL, error))
    return FALSE;

  while (valid)
    {
      gsize n_read = 0;
      gsize complete;

      if (!g_input_stream_read_all (self->stream, buffer + carry, CHUNK_SIZE, &n_read, NULL, error))
        return FALSE;
      n_read += carry;
      complete = n_read < CHUNK_SIZE + carry ? n_read : mt_csv_utf8_complete_len (buffer, n_read);
      valid = mt_csv_utf8_validate ((const char *) buffer, complete, NULL);
      if (n_read < CHUNK_SIZE + carry)
        break;
      carry = n_read - complete;
      memmove (buffer, buffer + complete, carry);
    }

  if (!g_seekable_seek (G_SEEKABLE (self->stream), resume, G_SEEK_SET, NULL, error))
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
  g_queue_clear_full (&self->ready, record_free);
  record_free (self->building);
  record_free (self->current);
  record_free (self->spare);
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
    if (!fill_text (self, error))
      return NULL;

  self->separator = separator != 0 ? separator
                                   : mt_csv_sniff_separator (self->text->str, self->text->len);

  if (csv_init (&self->parser, 0) != 0)
    g_error ("Out of memory");
  self->parser_ready = TRUE;
  csv_set_delim (&self->parser, self->separator);
  csv_set_space_func (&self->parser, self->separator == '\t' ? is_space_char : is_space_or_tab);
  self->building = take_record (self);
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

/* Parses one physical line (up to and including its '\n', or the rest at the end). */
static void
parse_line (MtCsvReader *self,
            const char  *line,
            gsize        len)
{
  Record *building = self->building;

  /* A record starts on the first line that is not blank since the last one ended. */
  if (self->parser.pstate == 0 && building->raw->len == 0)
    building->line = self->line;
  g_string_append_len (building->raw, line, len);

  csv_parse (&self->parser, line, len, on_field, on_record, self);

  /* Blank lines leave no record: don't let their text shift the next record's columns. */
  if (self->parser.pstate == 0 && self->building == building)
    g_string_truncate (building->raw, 0);

  if (self->parser.entry_pos > MAX_FIELD_SIZE)
    self->field_too_long = TRUE;
}

gboolean
mt_csv_reader_next (MtCsvReader  *self,
                    GError      **error)
{
  g_return_val_if_fail (MT_IS_CSV_READER (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  recycle_record (self, g_steal_pointer (&self->current));

  while (g_queue_is_empty (&self->ready))
    {
      const char *start;
      const char *newline;
      const char *cr;
      gsize avail;

      if (self->finished)
        return FALSE;

      start = self->text->str + self->text_pos;
      avail = self->text->len - self->text_pos;
      newline = memchr (start, '\n', avail);
      /* A CR alone ends a line too (old Mac files), as in any editor; CRLF is one end. */
      cr = memchr (start, '\r', newline != NULL ? (gsize) (newline - start) : avail);
      if (cr != NULL && cr + 1 == start + avail && !self->eof)
        newline = NULL;   /* CR at the end of the buffer: an LF may follow in the next chunk */
      else if (cr != NULL && cr + 1 != newline)
        newline = cr;
      if (newline != NULL)
        {
          gsize len = newline - start + 1;

          parse_line (self, start, len);
          self->text_pos += len;
          self->line++;
        }
      else if (!self->eof)
        {
          if (!fill_text (self, error))
            return FALSE;
        }
      else
        {
          /* The last line, without a final newline. */
          if (self->text->len > self->text_pos)
            parse_line (self, start, self->text->len - self->text_pos);
          self->text_pos = self->text->len;
          if (self->parser.pstate == 2 && self->parser.quoted)
            {
              g_set_error (error, MT_CSV_ERROR, MT_CSV_ERROR_PARSE,
                           _("%s:%u: a quoted field is never closed"), self->display_name,
                           self->building->line);
              self->finished = TRUE;
              return FALSE;
            }
          csv_fini (&self->parser, on_field, on_record, self);
          self->finished = TRUE;
          self->sha256 = _mt_csv_hasher_finish (self->hasher);
        }

      if (self->field_too_long)
        {
          g_set_error (error, MT_CSV_ERROR, MT_CSV_ERROR_PARSE,
                       _("%s:%u: a field longer than 1 MB: a quote is probably never closed"),
                       self->display_name, self->building->line);
          self->finished = TRUE;
          return FALSE;
        }
    }

  self->current = g_queue_pop_head (&self->ready);

  return TRUE;
}

guint
mt_csv_reader_get_n_fields (MtCsvReader *self)
{
  g_return_val_if_fail (MT_IS_CSV_READER (self), 0);

  return self->current != NULL ? self->current->offsets->len : 0;
}

const char *
mt_csv_reader_get_field (MtCsvReader *self,
                         guint        index)
{
  g_return_val_if_fail (MT_IS_CSV_READER (self), NULL);

  if (self->current == NULL || index >= self->current->offsets->len)
    return NULL;

  return self->current->data->str + g_array_index (self->current->offsets, guint, index);
}

guint
mt_csv_reader_get_line (MtCsvReader *self)
{
  g_return_val_if_fail (MT_IS_CSV_READER (self), 0);

  return self->current != NULL ? self->current->line : 0;
}

void
mt_csv_reader_get_position (MtCsvReader *self,
                            guint        index,
                            guint       *line,
                            guint       *column)
{
  const char *p;
  const char *end;
  guint l, c;
  guint field = 0;
  gboolean quoted = FALSE;
  gboolean at_start = TRUE;

  g_return_if_fail (MT_IS_CSV_READER (self));

  if (self->current == NULL)
    {
      *line = 0;
      *column = 0;
      return;
    }

  /* Walk the record's text again, quote-aware, to where field @index starts (leading
   * spaces skipped, as libcsv skips them). Only messages come here, never the fast path. */
  p = self->current->raw->str;
  end = p + self->current->raw->len;
  l = self->current->line;
  c = 1;
  for (; p < end; p = g_utf8_next_char (p))
    {
      if (at_start && field == index && *p != ' ')
        break;
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && *p == self->separator)
        {
          field++;
          at_start = TRUE;
          c++;
          continue;
        }
      else if (!quoted && (*p == '\n' || *p == '\r'))
        break;

      if (*p != ' ')
        at_start = FALSE;
      if (*p == '\n' || (*p == '\r' && p[1] != '\n'))
        {
          l++;
          c = 1;
        }
      else
        c++;
    }

  *line = l;
  *column = c;
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

const char *
mt_csv_reader_get_sha256 (MtCsvReader *self)
{
  g_return_val_if_fail (MT_IS_CSV_READER (self), NULL);

  return g_queue_is_empty (&self->ready) ? self->sha256 : NULL;
}
