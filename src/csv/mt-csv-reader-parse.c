/* mt-csv-reader-parse.c: the records of an MtCsvReader: libcsv, lines, fields, positions.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader's other half (mt-csv-reader.c opens and decodes): here the decoded text is fed
 * to libcsv one physical line at a time, complete records are queued, and the current one
 * answers for its fields and for where each field starts in the file.
 */

#define G_LOG_DOMAIN "mt-csv-reader"

#include "config.h"

#include <csv.h>
#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "mt-csv-reader.h"
#include "mt-csv-reader-private.h"
#include "mt-date.h"

/* libcsv's buffer for one field holds at most this: MT_CSV_MAX_CELL_CHARS characters of up
 * to 4 bytes, the closing quote and a few spaces after it. A longer cell stops csv_parse()
 * (its realloc hook says no), and the reader counts the rest of it without keeping it. */
#define MAX_CELL_BYTES (4 * MT_CSV_MAX_CELL_CHARS + 64)

/* A line longer than this is fed to libcsv in pieces as it is read, so that the decoded text
 * never holds more than a chunk or two of it. */
#define PIECE_SIZE (64 * 1024)

/* libcsv's parser states (libcsv.c keeps them private). */
enum { FIELD_BEGUN = 2, FIELD_MIGHT_HAVE_ENDED = 3 };

/* Records */

static MtCsvRecord *
record_new (void)
{
  MtCsvRecord *record = g_new0 (MtCsvRecord, 1);

  record->data = g_string_sized_new (256);
  record->n_allocated = 16;
  record->offsets = g_new (guint, record->n_allocated);
  record->raw = g_string_sized_new (256);
  record->skips = g_array_new (FALSE, FALSE, sizeof (MtCsvSkip));
  record->positions = g_array_new (FALSE, FALSE, sizeof (guint));
  record->too_long = -1;

  return record;
}

void
_mt_csv_record_free (gpointer data)
{
  MtCsvRecord *record = data;

  if (record == NULL)
    return;

  g_string_free (record->data, TRUE);
  g_free (record->offsets);
  g_string_free (record->raw, TRUE);
  g_array_unref (record->skips);
  g_array_unref (record->positions);
  g_free (record);
}

MtCsvRecord *
_mt_csv_reader_take_record (MtCsvReader *self)
{
  MtCsvRecord *record = self->spare;

  if (record != NULL)
    {
      self->spare = NULL;
      g_string_truncate (record->data, 0);
      record->n_fields = 0;
      g_string_truncate (record->raw, 0);
      g_array_set_size (record->skips, 0);
      g_array_set_size (record->positions, 0);
      record->line = 0;
      record->too_long = -1;
      record->too_long_chars = 0;
      record->n_dropped = 0;
      return record;
    }

  return record_new ();
}

static void
recycle_record (MtCsvReader *self,
                MtCsvRecord *record)
{
  if (record == NULL)
    return;
  if (self->spare == NULL)
    self->spare = record;
  else
    _mt_csv_record_free (record);
}

/* Characters (code points) in @len bytes of UTF-8. */
static guint64
count_chars (const guchar *text,
             gsize         len)
{
  guint64 n = 0;

  for (gsize i = 0; i < len; i++)
    n += (text[i] & 0xc0) != 0x80;

  return n;
}

static void
mark_too_long (MtCsvRecord *record,
               guint64      n_chars)
{
  if (record->too_long < 0)
    {
      record->too_long = record->n_fields;
      record->too_long_chars = n_chars;
    }
}

/* libcsv callbacks */

/* libcsv's realloc hook: its one field buffer never grows past MAX_CELL_BYTES. */
void *
_mt_csv_cell_realloc (void   *buffer,
                      size_t  size)
{
  return size <= MAX_CELL_BYTES ? realloc (buffer, size) : NULL;
}

static void
on_field (void   *field,
          size_t  len,
          void   *data)
{
  MtCsvReader *self = data;
  MtCsvRecord *record;
  GString *text;
  guint offset;

  g_assert (self->building != NULL);

  if (G_UNLIKELY (self->building->n_fields >= MT_CSV_MAX_COLUMNS))
    {
      self->building->n_dropped++;
      self->skip_ended = FALSE;
      return;
    }
  /* Only a cell longer in bytes than the limit in characters can be too long: the count
   * costs nothing on ordinary cells. Too long, the field reads "". */
  if (G_UNLIKELY (self->skip_ended))
    {
      mark_too_long (self->building, self->skip_chars);
      self->skip_ended = FALSE;
      len = 0;
    }
  else if (G_UNLIKELY (len > MT_CSV_MAX_CELL_CHARS))
    {
      guint64 n_chars = count_chars (field, len);

      if (n_chars > MT_CSV_MAX_CELL_CHARS)
        {
          mark_too_long (self->building, n_chars);
          len = 0;
        }
    }

  /* Eleven million calls for a million rows: one resize and one copy each, rather than
   * GString's general insert, and the field's start stored without a call. */
  record = self->building;
  text = record->data;
  offset = text->len;
  if (G_UNLIKELY (record->n_fields == record->n_allocated))
    {
      record->n_allocated *= 2;
      record->offsets = g_renew (guint, record->offsets, record->n_allocated);
    }
  record->offsets[record->n_fields++] = offset;
  g_string_set_size (text, offset + len + 1);
  if (len > 0)
    memcpy (text->str + offset, field, len);
  text->str[offset + len] = '\0';
}

static void
on_record (int   c,
           void *data)
{
  MtCsvReader *self = data;
  MtCsvRecord *record = self->building;

  g_assert (record != NULL);

  /* The record's text goes on to the next one if libcsv ended this one in the middle of a
   * line (a bare CR): keep what follows for it. */
  g_queue_push_tail (&self->ready, record);
  self->building = _mt_csv_reader_take_record (self);
  self->building->line = self->line;
}

/* Overlong cells */

/* libcsv stopped inside a cell that outgrew its buffer: take over, counting the cell's
 * characters from what libcsv holds of it. */
static void
start_skip (MtCsvReader *self)
{
  struct csv_parser *parser = &self->parser;

  self->skipping = TRUE;
  self->skip_quoted = parser->quoted;
  self->skip_pending = parser->pstate == FIELD_MIGHT_HAVE_ENDED;
  self->skip_chars = count_chars (parser->entry_buf, parser->entry_pos);
  self->skip_spaces = parser->spaces;
  memset (&self->skip, 0, sizeof self->skip);
}

/* The cell ends here: libcsv goes on from its end with nothing in its buffer, as after an
 * empty cell, and gives that field (on_field() knows it for the overlong one). */
static void
end_skip (MtCsvReader *self)
{
  struct csv_parser *parser = &self->parser;
  MtCsvRecord *record = self->building;

  self->skip.offset = record->raw->len;
  if (record->n_fields < MT_CSV_MAX_COLUMNS)
    g_array_append_val (record->skips, self->skip);
  self->skipping = FALSE;
  self->skip_ended = TRUE;
  parser->spaces = 0;
  if (self->skip_quoted)
    {
      /* Just after a closing quote, which libcsv keeps until it sees what follows. */
      parser->entry_buf[0] = '"';
      parser->entry_pos = 1;
      parser->pstate = FIELD_MIGHT_HAVE_ENDED;
    }
  else
    {
      parser->entry_pos = 0;
      parser->pstate = FIELD_BEGUN;
    }
}

/* Counts the overlong cell's characters in @text, as libcsv would have read them, up to the
 * separator or line end that ends it (not consumed); the bytes used. */
static gsize
skip_cell (MtCsvReader *self,
           const char  *text,
           gsize        len)
{
  const guchar *p = (const guchar *) text;
  guchar separator = self->separator;
  gsize i;

  for (i = 0; i < len; i++)
    {
      guchar c = p[i];
      gboolean ends = c == separator || c == '\n' || c == '\r';

      if (self->skip_pending)
        {
          /* The quote seen (counted) closed the cell, or was the first of "". */
          if (ends)
            {
              self->skip_chars -= 1 + self->skip_spaces;
              break;
            }
          if (c == '"')
            {
              self->skip_pending = FALSE;
              self->skip.quotes++;
              self->skip.column++;
              continue;
            }
          if (c == ' ' || c == '\t')
            self->skip_spaces++;
          else
            self->skip_pending = FALSE;
        }
      else if (self->skip_quoted)
        {
          if (c == '"')
            {
              self->skip_pending = TRUE;
              self->skip_spaces = 0;
              self->skip.quotes++;
            }
        }
      else if (ends)
        {
          self->skip_chars -= self->skip_spaces;
          break;
        }
      else
        self->skip_spaces = c == ' ' || c == '\t' ? self->skip_spaces + 1 : 0;

      if ((c & 0xc0) == 0x80)
        continue;
      self->skip_chars++;
      /* Line ends inside quotes, as the record's walk counts them (CRLF is one). */
      if (c == '\n' || (c == '\r' && (i + 1 == len || p[i + 1] != '\n')))
        {
          self->skip.lines++;
          self->skip.column = 0;
        }
      else if (c != '\r')
        self->skip.column++;
    }

  if (i < len)
    end_skip (self);

  return i;
}

/* Parses a piece of text: one physical line (up to and including its '\n'), the rest at the
 * end of the file, or part of a line longer than PIECE_SIZE. */
static void
parse_text (MtCsvReader *self,
            const char  *text,
            gsize        len)
{
  while (len > 0)
    {
      MtCsvRecord *building = self->building;
      gboolean keep_raw;
      gsize done;

      if (self->skipping)
        {
          done = skip_cell (self, text, len);
          text += done;
          len -= done;
          continue;
        }

      /* A record starts on the first line that is not blank since the last one ended. */
      if (self->parser.pstate == 0 && building->raw->len == 0)
        building->line = self->line;
      /* Past the cells it keeps, a record's text serves no message. */
      keep_raw = building->n_fields < MT_CSV_MAX_COLUMNS;
      if (keep_raw)
        g_string_append_len (building->raw, text, len);

      done = csv_parse (&self->parser, text, len, on_field, on_record, self);

      if (done < len)
        {
          /* Only the realloc hook stops libcsv (no CSV_STRICT): a cell too long. Records
           * end only at a piece's end, so @building is the record still. */
          g_assert (self->building == building);
          self->parser.status = 0;
          if (keep_raw)
            g_string_truncate (building->raw, building->raw->len - (len - done));
          start_skip (self);
        }
      /* Blank lines leave no record: don't let their text shift the next record's columns. */
      else if (self->parser.pstate == 0 && self->building == building)
        g_string_truncate (building->raw, 0);

      text += done;
      len -= done;
    }
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

          parse_text (self, start, len);
          self->text_pos += len;
          self->line++;
        }
      else if (!self->eof)
        {
          /* No line end yet in a long stretch: parse it now rather than keep it (a CR at
           * its end waits, an LF may follow). */
          if (avail >= PIECE_SIZE)
            {
              gsize piece = avail - (start[avail - 1] == '\r');

              parse_text (self, start, piece);
              self->text_pos += piece;
            }
          if (!_mt_csv_reader_fill_text (self, error))
            return FALSE;
        }
      else
        {
          /* The last line, without a final newline. */
          if (self->text->len > self->text_pos)
            parse_text (self, start, self->text->len - self->text_pos);
          self->text_pos = self->text->len;
          /* The end of the file ends an overlong cell, unless a quote is still open. */
          if (self->skipping && (self->skip_pending || !self->skip_quoted))
            end_skip (self);
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
          if (self->hasher != NULL)
            self->sha256 = _mt_csv_hasher_finish (self->hasher);
        }
    }

  self->current = g_queue_pop_head (&self->ready);

  return TRUE;
}

guint
mt_csv_reader_get_n_fields (MtCsvReader *self)
{
  g_return_val_if_fail (MT_IS_CSV_READER (self), 0);

  return self->current != NULL ? self->current->n_fields : 0;
}

const char *
mt_csv_reader_get_field (MtCsvReader *self,
                         guint        index)
{
  g_return_val_if_fail (MT_IS_CSV_READER (self), NULL);

  if (self->current == NULL || index >= self->current->n_fields)
    return NULL;

  return self->current->data->str + self->current->offsets[index];
}

guint
mt_csv_reader_get_line (MtCsvReader *self)
{
  g_return_val_if_fail (MT_IS_CSV_READER (self), 0);

  return self->current != NULL ? self->current->line : 0;
}

/* Walks the record's text once, quote-aware, to where each field starts (leading spaces
 * skipped, as libcsv skips them) and to its end: every message about the record then finds
 * its column at once, however many columns it has. Only messages come here. */
static void
build_positions (MtCsvReader *self,
                 MtCsvRecord *record)
{
  const char *start = record->raw->str;
  const char *end = start + record->raw->len;
  const char *p = start;
  const MtCsvSkip *skips = (const MtCsvSkip *) (gpointer) record->skips->data;
  guint n_skips = record->skips->len;
  guint k = 0;
  guint l = record->line;
  guint c = 1;
  guint field = 0;
  gboolean quoted = FALSE;
  gboolean at_start = TRUE;

  g_array_set_size (record->positions, 0);
  for (;;)
    {
      /* An overlong cell's text, left out of raw (a character may be cut there). */
      for (; k < n_skips && skips[k].offset <= (gsize) (p - start); k++)
        {
          if (skips[k].lines > 0)
            {
              l += skips[k].lines;
              c = 1 + skips[k].column;
            }
          else
            c += skips[k].column;
          quoted ^= skips[k].quotes & 1;
          at_start = FALSE;
        }
      if (p >= end)
        break;

      if (at_start && record->positions->len == 2 * field && *p != ' ')
        {
          g_array_append_val (record->positions, l);
          g_array_append_val (record->positions, c);
        }
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && *p == self->separator)
        {
          field++;
          at_start = TRUE;
          c++;
          p++;
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
      p = g_utf8_next_char (p);
    }

  /* Then the end, where a field past the last one is said to start. */
  g_array_append_val (record->positions, l);
  g_array_append_val (record->positions, c);
}

void
mt_csv_reader_get_position (MtCsvReader *self,
                            guint        index,
                            guint       *line,
                            guint       *column)
{
  MtCsvRecord *record;
  const guint *positions;
  guint n;

  g_return_if_fail (MT_IS_CSV_READER (self));

  record = self->current;
  if (record == NULL)
    {
      *line = 0;
      *column = 0;
      return;
    }

  if (record->positions->len == 0)
    build_positions (self, record);
  positions = (const guint *) (gpointer) record->positions->data;
  n = record->positions->len / 2 - 1;   /* fields found; the last pair is the end */
  index = MIN (index, n);
  *line = positions[2 * index];
  *column = positions[2 * index + 1];
}

gboolean
mt_csv_reader_get_too_long (MtCsvReader *self,
                            guint       *index,
                            guint64     *n_chars)
{
  g_return_val_if_fail (MT_IS_CSV_READER (self), FALSE);

  if (self->current == NULL || self->current->too_long < 0)
    return FALSE;

  if (index != NULL)
    *index = self->current->too_long;
  if (n_chars != NULL)
    *n_chars = self->current->too_long_chars;

  return TRUE;
}

gboolean
mt_csv_reader_check_header (MtCsvReader  *self,
                            GError      **error)
{
  guint index, line, column;
  guint64 n_chars;

  g_return_val_if_fail (MT_IS_CSV_READER (self), FALSE);

  if (mt_csv_reader_get_too_long (self, &index, &n_chars))
    {
      g_autofree char *reason = mt_csv_dup_too_long_reason (n_chars);

      mt_csv_reader_get_position (self, index, &line, &column);
      /* Translators: "roster.csv:1:5: value too long (…) in the header row: …" */
      g_set_error (error, MT_CSV_ERROR, MT_CSV_ERROR_PARSE,
                   _("%s:%u:%u: %s in the header row: nothing was imported"),
                   self->display_name, line, column, reason);
      return FALSE;
    }

  if (mt_csv_reader_get_n_dropped (self) > 0)
    {
      g_autofree char *limit = mt_format_count (MT_CSV_MAX_COLUMNS);

      g_set_error (error, MT_CSV_ERROR, MT_CSV_ERROR_PARSE,
                   _("%s:%u: more than %s columns in the header row: nothing was imported"),
                   self->display_name, mt_csv_reader_get_line (self), limit);
      return FALSE;
    }

  return TRUE;
}

guint64
mt_csv_reader_get_n_dropped (MtCsvReader *self)
{
  g_return_val_if_fail (MT_IS_CSV_READER (self), 0);

  return self->current != NULL ? self->current->n_dropped : 0;
}

char *
mt_csv_dup_too_long_reason (guint64 n_chars)
{
  g_autofree char *count = mt_format_count ((gint64) MIN (n_chars, (guint64) G_MAXINT64));
  g_autofree char *limit = mt_format_count (MT_CSV_MAX_CELL_CHARS);

  /* Translators: a cell refused; the first %s is its length, the second the limit */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "value too long (%s character, at most %s)",
                                       "value too long (%s characters, at most %s)",
                                       (gulong) MIN (n_chars, G_MAXULONG)),
                          count, limit);
}
