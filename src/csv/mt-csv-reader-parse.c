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
#include <string.h>

#include "mt-csv-reader.h"
#include "mt-csv-reader-private.h"

/* A field this long is a quote never closed, not data: stop before it eats the memory. */
#define MAX_FIELD_SIZE (1024 * 1024)

/* Records */

static MtCsvRecord *
record_new (void)
{
  MtCsvRecord *record = g_new0 (MtCsvRecord, 1);

  record->data = g_string_sized_new (256);
  record->offsets = g_array_sized_new (FALSE, FALSE, sizeof (guint), 16);
  record->raw = g_string_sized_new (256);

  return record;
}

void
_mt_csv_record_free (gpointer data)
{
  MtCsvRecord *record = data;

  if (record == NULL)
    return;

  g_string_free (record->data, TRUE);
  g_array_unref (record->offsets);
  g_string_free (record->raw, TRUE);
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
      g_array_set_size (record->offsets, 0);
      g_string_truncate (record->raw, 0);
      record->line = 0;
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

/* libcsv callbacks */

static void
on_field (void   *field,
          size_t  len,
          void   *data)
{
  MtCsvReader *self = data;
  GString *text;
  guint offset;

  g_assert (self->building != NULL);

  /* Eleven million calls for a million rows: one resize and one copy each, rather than
   * GString's general insert (GArray's append stays: it is a memcpy of four bytes). */
  text = self->building->data;
  offset = text->len;
  g_array_append_val (self->building->offsets, offset);
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

/* Parses one physical line (up to and including its '\n', or the rest at the end). */
static void
parse_line (MtCsvReader *self,
            const char  *line,
            gsize        len)
{
  MtCsvRecord *building = self->building;

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
          if (!_mt_csv_reader_fill_text (self, error))
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
