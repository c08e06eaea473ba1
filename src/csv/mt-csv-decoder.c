/* mt-csv-decoder.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * UTF-8 is checked, not converted; UTF-16 goes through iconv, which keeps a code unit or a
 * surrogate pair cut by the chunk boundary for the next call; Windows-1252 is a table of our
 * own so that its five undefined bytes are refused instead of being passed on as C1 controls
 * (invalid bytes must never reach the database).
 */

#define G_LOG_DOMAIN "mt-csv-decoder"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "mt-csv-decoder.h"

struct _MtCsvDecoder
{
  MtCsvEncoding encoding;
  GIConv        iconv;
  guint8        carry[8];   /* an incomplete character from the previous chunk */
  gsize         n_carry;
};

/* 0x80..0x9F; 0 marks the bytes Windows-1252 leaves undefined. */
static const gunichar cp1252_high[32] = {
  0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
  0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

MtCsvEncoding
mt_csv_sniff_bom (const guint8 *data,
                  gsize         len,
                  gsize        *bom_len)
{
  *bom_len = 0;

  if (len >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
    {
      *bom_len = 3;
      return MT_CSV_ENCODING_UTF8_BOM;
    }
  if (len >= 2 && data[0] == 0xFF && data[1] == 0xFE)
    {
      *bom_len = 2;
      return MT_CSV_ENCODING_UTF16_LE;
    }
  if (len >= 2 && data[0] == 0xFE && data[1] == 0xFF)
    {
      *bom_len = 2;
      return MT_CSV_ENCODING_UTF16_BE;
    }

  return MT_CSV_ENCODING_AUTO;
}

gboolean
mt_csv_utf8_validate (const char  *text,
                      gsize        len,
                      const char **end)
{
  const guint64 high = 0x8080808080808080ull;
  const guint64 ones = 0x0101010101010101ull;
  const char *p = text;
  const char *stop = text + len;

  while (p < stop)
    {
      const char *next;

      /* Eight bytes at once while none has its high bit set and none is NUL. */
      while (stop - p >= 8)
        {
          guint64 word;

          memcpy (&word, p, sizeof word);
          if ((word & high) != 0 || ((word - ones) & ~word & high) != 0)
            break;
          p += 8;
        }
      if (p == stop)
        break;

      /* One character the slow way: GLib knows every rule (overlong forms, surrogates, NUL).
       * A window of four bytes holds it whole; if GLib stops at once, it is not valid. */
      g_utf8_validate_len (p, MIN (4, (gsize) (stop - p)), &next);
      if (next == p)
        {
          if (end != NULL)
            *end = p;
          return FALSE;
        }
      p = next;
    }

  if (end != NULL)
    *end = stop;

  return TRUE;
}

gsize
mt_csv_utf8_complete_len (const guint8 *data,
                          gsize         len)
{
  gsize lead = len;
  gsize need;

  /* Back over at most three continuation bytes to the sequence's lead byte. */
  while (lead > 0 && len - lead < 4 && (data[lead - 1] & 0xC0) == 0x80)
    lead--;
  if (lead == 0 || len - lead >= 4)
    return len;

  lead--;
  if (data[lead] < 0x80)
    return len;
  else if ((data[lead] & 0xE0) == 0xC0)
    need = 2;
  else if ((data[lead] & 0xF0) == 0xE0)
    need = 3;
  else if ((data[lead] & 0xF8) == 0xF0)
    need = 4;
  else
    return len;  /* not a lead byte: let validation refuse it */

  return len - lead < need ? lead : len;
}

MtCsvDecoder *
mt_csv_decoder_new (MtCsvEncoding encoding)
{
  MtCsvDecoder *self;

  g_return_val_if_fail (encoding != MT_CSV_ENCODING_AUTO, NULL);

  self = g_new0 (MtCsvDecoder, 1);
  self->encoding = encoding;
  self->iconv = (GIConv) -1;

  if (encoding == MT_CSV_ENCODING_UTF16_LE)
    self->iconv = g_iconv_open ("UTF-8", "UTF-16LE");
  else if (encoding == MT_CSV_ENCODING_UTF16_BE)
    self->iconv = g_iconv_open ("UTF-8", "UTF-16BE");

  return self;
}

void
mt_csv_decoder_free (MtCsvDecoder *self)
{
  if (self == NULL)
    return;

  if (self->iconv != (GIConv) -1)
    g_iconv_close (self->iconv);
  g_free (self);
}

static gboolean
feed_utf8 (MtCsvDecoder *self,
           const guint8 *data,
           gsize         len,
           gboolean      last,
           GString      *out,
           gsize        *bad_offset)
{
  const char *end = NULL;
  gsize complete;

  /* Finish a character the previous chunk cut. */
  while (self->n_carry > 0 && len > 0)
    {
      gsize have;

      self->carry[self->n_carry++] = *data++;
      len--;
      have = mt_csv_utf8_complete_len (self->carry, self->n_carry);
      if (have == self->n_carry)
        {
          if (!mt_csv_utf8_validate ((const char *) self->carry, self->n_carry, NULL))
            {
              *bad_offset = out->len;
              return FALSE;
            }
          g_string_append_len (out, (const char *) self->carry, self->n_carry);
          self->n_carry = 0;
        }
      else if (self->n_carry >= 4)
        {
          *bad_offset = out->len;
          return FALSE;
        }
    }

  complete = last ? len : mt_csv_utf8_complete_len (data, len);

  /* (A NUL is refused too, which we want: a NUL is no text.) */
  if (!mt_csv_utf8_validate ((const char *) data, complete, &end))
    {
      g_string_append_len (out, (const char *) data, end - (const char *) data);
      *bad_offset = out->len;
      return FALSE;
    }
  g_string_append_len (out, (const char *) data, complete);

  if (complete < len)
    {
      memcpy (self->carry, data + complete, len - complete);
      self->n_carry = len - complete;
    }
  else if (last && self->n_carry > 0)
    {
      *bad_offset = out->len;
      return FALSE;
    }

  return TRUE;
}

static gboolean
feed_cp1252 (MtCsvDecoder *self,
             const guint8 *data,
             gsize         len,
             GString      *out,
             gsize        *bad_offset)
{
  for (gsize i = 0; i < len; i++)
    {
      guint8 b = data[i];

      if (b == 0)
        {
          *bad_offset = out->len;
          return FALSE;
        }
      if (b < 0x80)
        g_string_append_c (out, b);
      else if (b >= 0xA0)
        g_string_append_unichar (out, b);
      else if (cp1252_high[b - 0x80] != 0)
        g_string_append_unichar (out, cp1252_high[b - 0x80]);
      else
        {
          *bad_offset = out->len;
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
feed_iconv (MtCsvDecoder *self,
            const guint8 *data,
            gsize         len,
            gboolean      last,
            GString      *out,
            gsize        *bad_offset)
{
  g_autofree guint8 *joined = NULL;
  char *in;
  gsize in_left;

  if (self->iconv == (GIConv) -1)
    {
      *bad_offset = out->len;
      return FALSE;
    }

  if (self->n_carry > 0)
    {
      joined = g_malloc (self->n_carry + len);
      memcpy (joined, self->carry, self->n_carry);
      memcpy (joined + self->n_carry, data, len);
      in = (char *) joined;
      in_left = self->n_carry + len;
      self->n_carry = 0;
    }
  else
    {
      in = (char *) data;
      in_left = len;
    }

  while (in_left > 0)
    {
      char buffer[16384];
      char *outp = buffer;
      gsize out_left = sizeof buffer;
      gsize rc = g_iconv (self->iconv, &in, &in_left, &outp, &out_left);
      gsize start = out->len;

      g_string_append_len (out, buffer, outp - buffer);
      if (memchr (out->str + start, '\0', out->len - start) != NULL)
        {
          *bad_offset = start + strlen (out->str + start);
          return FALSE;
        }

      if (rc == (gsize) -1)
        {
          if (errno == E2BIG)
            continue;
          if (errno == EINVAL && !last && in_left < sizeof self->carry)
            {
              /* A code unit or a surrogate pair continues in the next chunk. */
              memcpy (self->carry, in, in_left);
              self->n_carry = in_left;
              return TRUE;
            }
          *bad_offset = out->len;
          return FALSE;
        }
    }

  return TRUE;
}

gboolean
mt_csv_decoder_feed (MtCsvDecoder *self,
                     const guint8 *data,
                     gsize         len,
                     gboolean      last,
                     GString      *out,
                     gsize        *bad_offset)
{
  g_return_val_if_fail (self != NULL, FALSE);

  switch (self->encoding)
    {
    case MT_CSV_ENCODING_UTF8:
    case MT_CSV_ENCODING_UTF8_BOM:
      return feed_utf8 (self, data, len, last, out, bad_offset);
    case MT_CSV_ENCODING_WINDOWS_1252:
      return feed_cp1252 (self, data, len, out, bad_offset);
    case MT_CSV_ENCODING_UTF16_LE:
    case MT_CSV_ENCODING_UTF16_BE:
      return feed_iconv (self, data, len, last, out, bad_offset);
    case MT_CSV_ENCODING_AUTO:
    default:
      g_return_val_if_reached (FALSE);
    }
}

/* Names */

const char *
mt_csv_encoding_get_name (MtCsvEncoding encoding)
{
  switch (encoding)
    {
    case MT_CSV_ENCODING_UTF8:
      return "UTF-8";
    case MT_CSV_ENCODING_UTF8_BOM:
      return "UTF-8 (BOM)";
    case MT_CSV_ENCODING_UTF16_LE:
      return "UTF-16LE";
    case MT_CSV_ENCODING_UTF16_BE:
      return "UTF-16BE";
    case MT_CSV_ENCODING_WINDOWS_1252:
      return "Windows-1252";
    case MT_CSV_ENCODING_AUTO:
    default:
      return _("automatic");
    }
}

MtCsvEncoding
mt_csv_encoding_from_name (const char *name)
{
  static const struct { const char *name; MtCsvEncoding encoding; } names[] = {
    { "UTF-8", MT_CSV_ENCODING_UTF8 },
    { "UTF8", MT_CSV_ENCODING_UTF8 },
    { "UTF-8 (BOM)", MT_CSV_ENCODING_UTF8_BOM },
    { "UTF-16LE", MT_CSV_ENCODING_UTF16_LE },
    { "UTF-16BE", MT_CSV_ENCODING_UTF16_BE },
    { "Windows-1252", MT_CSV_ENCODING_WINDOWS_1252 },
    { "CP1252", MT_CSV_ENCODING_WINDOWS_1252 },
    { "latin1", MT_CSV_ENCODING_WINDOWS_1252 },
    { "ISO-8859-1", MT_CSV_ENCODING_WINDOWS_1252 },
  };

  if (name == NULL)
    return MT_CSV_ENCODING_AUTO;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (name, names[i].name) == 0)
      return names[i].encoding;

  return MT_CSV_ENCODING_AUTO;
}

const char *
mt_csv_separator_get_label (char separator)
{
  switch (separator)
    {
    case ',':
      return _("comma");
    case ';':
      return _("semicolon");
    case '\t':
      return _("tab");
    default:
      return _("automatic");
    }
}

/* Separator detection */

static const char separators[] = { ',', ';', '\t' };

char
mt_csv_sniff_separator (const char *text,
                        gsize       len)
{
  guint counts[G_N_ELEMENTS (separators)] = { 0, };
  guint first[G_N_ELEMENTS (separators)] = { 0, };
  gboolean consistent[G_N_ELEMENTS (separators)] = { TRUE, TRUE, TRUE };
  gboolean quoted = FALSE;
  guint n_lines = 0;
  int best = -1;

  /* Count each candidate outside quotes, per record, on up to 20 complete records; a
   * separator is the one every record has the same number of (a semicolon file with decimal
   * commas has varying comma counts, so ';' wins). The last, possibly cut, record is left out. */
  for (gsize i = 0; i < len && n_lines < 20; i++)
    {
      char c = text[i];

      if (c == '"')
        quoted = !quoted;
      else if (!quoted && c == '\n')
        {
          gboolean blank = TRUE;

          for (guint s = 0; s < G_N_ELEMENTS (separators); s++)
            blank = blank && counts[s] == 0;
          if (!blank || n_lines == 0)
            {
              for (guint s = 0; s < G_N_ELEMENTS (separators); s++)
                {
                  if (n_lines == 0)
                    first[s] = counts[s];
                  else if (counts[s] != first[s])
                    consistent[s] = FALSE;
                }
              n_lines++;
            }
          memset (counts, 0, sizeof counts);
        }
      else if (!quoted)
        {
          for (guint s = 0; s < G_N_ELEMENTS (separators); s++)
            if (c == separators[s])
              counts[s]++;
        }
    }

  /* A file of one line without a newline: that line is all there is. */
  if (n_lines == 0)
    {
      for (guint s = 0; s < G_N_ELEMENTS (separators); s++)
        first[s] = counts[s];
    }

  for (guint s = 0; s < G_N_ELEMENTS (separators); s++)
    if (consistent[s] && first[s] > 0 && (best < 0 || first[s] > first[best]))
      best = s;

  /* Nothing consistent (ragged rows): the header row's most frequent candidate. */
  if (best < 0)
    for (guint s = 0; s < G_N_ELEMENTS (separators); s++)
      if (first[s] > 0 && (best < 0 || first[s] > first[best]))
        best = s;

  return best < 0 ? ',' : separators[best];
}
