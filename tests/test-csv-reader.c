/* test-csv-reader.c: encodings, separators, line ends, quoting and line numbers.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "mt-csv-decoder.h"
#include "mt-csv-reader.h"
#include "mt-test-util.h"

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

static MtCsvReader *
open_data (const char    *name,
           MtCsvEncoding  encoding,
           char           separator)
{
  g_autofree char *path = data_path (name);
  g_autoptr(GError) error = NULL;
  MtCsvReader *reader = mt_csv_reader_new_for_path (path, encoding, separator, &error);

  g_assert_no_error (error);
  g_assert_nonnull (reader);

  return reader;
}

static MtCsvReader *
open_text (const char    *text,
           gsize          len,
           MtCsvEncoding  encoding,
           char           separator,
           GError       **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, len);

  return mt_csv_reader_new_for_bytes (bytes, "test.csv", encoding, separator, error);
}

/* Every record as "a|b|c" lines, for comparing whole files. */
static char *
dump (MtCsvReader *reader)
{
  g_autoptr(GError) error = NULL;
  GString *out = g_string_new (NULL);

  while (mt_csv_reader_next (reader, &error))
    {
      for (guint i = 0; i < mt_csv_reader_get_n_fields (reader); i++)
        g_string_append_printf (out, "%s%s", i > 0 ? "|" : "", mt_csv_reader_get_field (reader, i));
      g_string_append_c (out, '\n');
    }
  g_assert_no_error (error);

  return g_string_free (out, FALSE);
}

static void
test_encodings (void)
{
  static const struct
  {
    const char    *file;
    MtCsvEncoding  encoding;
    char           separator;
    gboolean       fell_back;
  } cases[] = {
    { "csv-utf8.csv", MT_CSV_ENCODING_UTF8, ',', FALSE },
    { "csv-utf8-bom.csv", MT_CSV_ENCODING_UTF8_BOM, ',', FALSE },
    { "csv-utf16le.csv", MT_CSV_ENCODING_UTF16_LE, ',', FALSE },
    { "csv-utf16be.csv", MT_CSV_ENCODING_UTF16_BE, ',', FALSE },
    { "csv-cp1252.csv", MT_CSV_ENCODING_WINDOWS_1252, ';', TRUE },
  };
  g_autoptr(MtCsvReader) reference = open_data ("csv-utf8.csv", MT_CSV_ENCODING_AUTO, 0);
  g_autofree char *expected = dump (reference);

  /* The same roster saved five ways reads back as the same text. */
  g_assert_nonnull (strstr (expected, "T-001|Traoré|Awa|Captain|MSO|Senegal"));
  g_assert_nonnull (strstr (expected, "T-005|Müller|Anna||UNV"));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MtCsvReader) reader = open_data (cases[i].file, MT_CSV_ENCODING_AUTO, 0);
      g_autofree char *text = NULL;

      g_test_message ("%s", cases[i].file);
      g_assert_cmpint (mt_csv_reader_get_encoding (reader), ==, cases[i].encoding);
      g_assert_cmpint (mt_csv_reader_get_separator (reader), ==, cases[i].separator);
      g_assert_cmpint (mt_csv_reader_get_encoding_fell_back (reader), ==, cases[i].fell_back);
      text = dump (reader);
      g_assert_cmpstr (text, ==, expected);
    }
}

static void
test_encoding_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = data_path ("csv-cp1252-undefined.csv");
  g_autoptr(MtCsvReader) reader = NULL;
  g_autoptr(MtCsvReader) forced = NULL;
  static const char latin[] = "a,b\nd\xe9j\xe0,x\n";

  /* 0x81 is no character in Windows-1252 either: refused, with the line. */
  reader = mt_csv_reader_new_for_path (path, MT_CSV_ENCODING_AUTO, 0, &error);
  if (reader != NULL)
    while (mt_csv_reader_next (reader, &error))
      ;
  g_assert_error (error, MT_CSV_ERROR, MT_CSV_ERROR_ENCODING);
  g_assert_nonnull (strstr (error->message, ":2:"));
  g_clear_error (&error);

  /* Forced UTF-8 on Latin bytes: an error, never a mangled value. */
  forced = open_text (latin, sizeof latin - 1, MT_CSV_ENCODING_UTF8, 0, &error);
  if (forced != NULL)
    while (mt_csv_reader_next (forced, &error))
      ;
  g_assert_error (error, MT_CSV_ERROR, MT_CSV_ERROR_ENCODING);
  g_clear_error (&error);

  /* A NUL byte is not text. */
  g_clear_object (&forced);
  forced = open_text ("a,b\nc\0d,e\n", 10, MT_CSV_ENCODING_AUTO, 0, &error);
  if (forced != NULL)
    while (mt_csv_reader_next (forced, &error))
      ;
  g_assert_error (error, MT_CSV_ERROR, MT_CSV_ERROR_ENCODING);
}

static void
test_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = data_path ("csv-empty.csv");
  g_autoptr(MtCsvReader) reader = mt_csv_reader_new_for_path (path, MT_CSV_ENCODING_AUTO, 0, &error);

  g_assert_error (error, MT_CSV_ERROR, MT_CSV_ERROR_EMPTY);
  g_assert_null (reader);
  g_clear_error (&error);

  reader = mt_csv_reader_new_for_path ("/nonexistent/roster.csv", MT_CSV_ENCODING_AUTO, 0, &error);
  g_assert_error (error, MT_CSV_ERROR, MT_CSV_ERROR_FILE);
  g_clear_error (&error);

  reader = mt_csv_reader_new_for_path (g_get_tmp_dir (), MT_CSV_ENCODING_AUTO, 0, &error);
  g_assert_error (error, MT_CSV_ERROR, MT_CSV_ERROR_FILE);
}

static void
test_separators (void)
{
  static const struct { const char *text; char separator; } cases[] = {
    { "a,b,c\n1,2,3\n", ',' },
    { "a;b;c\n1;2;3\n", ';' },
    { "a\tb\tc\n1\t2\t3\n", '\t' },
    /* Decimal commas vary per line, the semicolons do not. */
    { "name;weight;height\nA;72,5;1,80\nB;80;1,75\n", ';' },
    /* Separators inside quotes do not count. */
    { "\"a;b\",c\n\"x;y;z\",d\n", ',' },
    { "only\n", ',' },
    { "a;b", ';' },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (mt_csv_sniff_separator (cases[i].text, strlen (cases[i].text)), ==,
                     cases[i].separator);

  /* The decimal-comma file of the corpus, and a forced separator. */
  {
    g_autoptr(MtCsvReader) reader = open_data ("csv-semicolon-decimal.csv", MT_CSV_ENCODING_AUTO, 0);
    g_autoptr(MtCsvReader) forced = open_data ("csv-semicolon-decimal.csv", MT_CSV_ENCODING_AUTO, ',');
    g_autoptr(GError) error = NULL;

    g_assert_cmpint (mt_csv_reader_get_separator (reader), ==, ';');
    g_assert_true (mt_csv_reader_next (reader, &error));
    g_assert_cmpuint (mt_csv_reader_get_n_fields (reader), ==, 10);
    g_assert_true (mt_csv_reader_next (reader, &error));
    g_assert_cmpstr (mt_csv_reader_get_field (reader, 9), ==, "60,5");

    g_assert_cmpint (mt_csv_reader_get_separator (forced), ==, ',');
    g_assert_true (mt_csv_reader_next (forced, &error));
    g_assert_cmpuint (mt_csv_reader_get_n_fields (forced), ==, 1);
  }

  /* Blanks around a field go, blanks inside quotes stay; with tabs as separators a tab is a
   * separator, never a blank: two in a row make an empty field. */
  {
    static const struct { const char *text; const char *fields[4]; } rows[] = {
      { "id\tname\tunit\tcamp\n  7 \t\t\" a\tb \"\tGao\n", { "7", "", " a\tb ", "Gao" } },
      { "id,name,unit,camp\n\t7 ,, \" a,b \" ,\tGao\t\n", { "7", "", " a,b ", "Gao" } },
    };

    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      {
        g_autoptr(GBytes) bytes = g_bytes_new_static (rows[i].text, strlen (rows[i].text));
        g_autoptr(GError) error = NULL;
        g_autoptr(MtCsvReader) reader = mt_csv_reader_new_for_bytes (bytes, "blanks.csv",
                                                                     MT_CSV_ENCODING_AUTO, 0,
                                                                     &error);

        g_assert_no_error (error);
        g_assert_true (mt_csv_reader_next (reader, &error));   /* header */
        g_assert_true (mt_csv_reader_next (reader, &error));
        g_assert_cmpuint (mt_csv_reader_get_n_fields (reader), ==, 4);
        for (guint f = 0; f < 4; f++)
          g_assert_cmpstr (mt_csv_reader_get_field (reader, f), ==, rows[i].fields[f]);
      }
  }
}

static void
test_line_ends (void)
{
  const char *files[] = { "csv-crlf.csv", "csv-no-final-newline.csv", "csv-tab.csv" };
  g_autoptr(MtCsvReader) reference = open_data ("csv-utf8.csv", MT_CSV_ENCODING_AUTO, 0);
  g_autofree char *expected = dump (reference);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(MtCsvReader) reader = open_data (files[i], MT_CSV_ENCODING_AUTO, 0);
      g_autofree char *text = dump (reader);

      g_test_message ("%s", files[i]);
      /* No CR left at the end of a last field. */
      g_assert_null (strchr (text, '\r'));
      g_assert_cmpstr (text, ==, expected);
    }
}

static void
test_quoting_and_lines (void)
{
  g_autoptr(MtCsvReader) reader = open_data ("csv-quoted.csv", MT_CSV_ENCODING_AUTO, 0);
  g_autoptr(GError) error = NULL;
  guint line, column;

  g_assert_true (mt_csv_reader_next (reader, &error));
  g_assert_cmpuint (mt_csv_reader_get_line (reader), ==, 1);

  g_assert_true (mt_csv_reader_next (reader, &error));
  g_assert_cmpuint (mt_csv_reader_get_line (reader), ==, 2);
  g_assert_cmpstr (mt_csv_reader_get_field (reader, 1), ==, "Smith, Jr.");
  g_assert_cmpstr (mt_csv_reader_get_field (reader, 6), ==, "Unit \"Alpha\"");

  g_assert_true (mt_csv_reader_next (reader, &error));
  g_assert_cmpuint (mt_csv_reader_get_line (reader), ==, 3);
  g_assert_cmpstr (mt_csv_reader_get_field (reader, 6), ==, "Line one\nline two");
  /* The camp of this record is on the second physical line, after the quoted newline. */
  mt_csv_reader_get_position (reader, 7, &line, &column);
  g_assert_cmpuint (line, ==, 4);
  g_assert_cmpuint (column, ==, 11);

  /* Lines as an editor counts them: the record after the two-line one starts on line 5. */
  g_assert_true (mt_csv_reader_next (reader, &error));
  g_assert_cmpuint (mt_csv_reader_get_line (reader), ==, 5);
  g_assert_cmpstr (mt_csv_reader_get_field (reader, 7), ==, "Gaoo");
  mt_csv_reader_get_position (reader, 7, &line, &column);
  g_assert_cmpuint (line, ==, 5);
  g_assert_cmpuint (column, ==, 60);

  g_assert_false (mt_csv_reader_next (reader, &error));
  g_assert_no_error (error);
  g_assert_nonnull (mt_csv_reader_get_sha256 (reader));
}

static void
test_blank_lines (void)
{
  g_autoptr(MtCsvReader) reader = open_data ("csv-blank-lines.csv", MT_CSV_ENCODING_AUTO, 0);
  g_autoptr(GError) error = NULL;
  guint lines[] = { 1, 3, 6, 7 };
  guint n = 0;

  while (mt_csv_reader_next (reader, &error))
    {
      g_assert_cmpuint (n, <, G_N_ELEMENTS (lines));
      g_assert_cmpuint (mt_csv_reader_get_line (reader), ==, lines[n]);
      n++;
    }
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (lines));
}

/* Old Mac files end lines with a bare CR: lines still count, and a CR that the chunk boundary
 * separates from its LF is still one line end. */
static void
test_cr_only (void)
{
  static const char text[] = "id,name\r1,\"two\rlines\"\r2,b\r\r3,c";
  g_autoptr(GError) error = NULL;
  g_autoptr(MtCsvReader) reader = open_text (text, sizeof text - 1, MT_CSV_ENCODING_AUTO, 0, &error);
  g_autoptr(GString) big = g_string_new ("id,name\r\n");
  g_autoptr(MtCsvReader) crlf = NULL;
  guint lines[] = { 1, 2, 4, 6 };
  guint n = 0;

  while (mt_csv_reader_next (reader, &error))
    g_assert_cmpuint (mt_csv_reader_get_line (reader), ==, lines[n++]);
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 4);

  /* CRLF cut between its CR and LF by the 64 KiB chunk: still one line end. */
  while (big->len < 64 * 1024 - 1)
    g_string_append_c (big, 'x');
  g_string_append (big, "\r\n2,b\r\n");
  crlf = open_text (big->str, big->len, MT_CSV_ENCODING_AUTO, ',', &error);
  g_assert_no_error (error);
  n = 0;
  while (mt_csv_reader_next (crlf, &error))
    {
      n++;
      g_assert_cmpuint (mt_csv_reader_get_line (crlf), ==, n);
    }
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 3);
}

static void
test_unclosed_quote (void)
{
  static const char text[] = "a,b\n1,\"never closed\n2,3\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(MtCsvReader) reader = open_text (text, sizeof text - 1, MT_CSV_ENCODING_AUTO, 0, &error);

  g_assert_no_error (error);
  g_assert_true (mt_csv_reader_next (reader, &error));
  g_assert_false (mt_csv_reader_next (reader, &error));
  g_assert_error (error, MT_CSV_ERROR, MT_CSV_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, ":2:"));
}

/* Multi-byte characters cut by the 64 KiB chunk boundary, in UTF-8 and in UTF-16 (surrogate
 * pairs too), come out whole; line numbers stay right over many chunks. */
static void
test_chunk_boundaries (void)
{
  g_autoptr(GString) text = g_string_new ("id,name\n");
  guint n_rows = 0;

  while (text->len < 200 * 1024)
    {
      n_rows++;
      g_string_append_printf (text, "%u,Ménaka 🇲🇱 é%u\n", n_rows, n_rows);
    }

  for (int pass = 0; pass < 3; pass++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MtCsvReader) reader = NULL;
      g_autofree char *bytes = NULL;
      gsize len = 0;
      guint seen = 0;

      if (pass == 0)
        {
          bytes = g_memdup2 (text->str, text->len);
          len = text->len;
        }
      else
        {
          g_autofree char *body = g_convert (text->str, text->len, pass == 1 ? "UTF-16LE" : "UTF-16BE",
                                             "UTF-8", NULL, &len, &error);
          g_assert_no_error (error);
          bytes = g_malloc (len + 2);
          bytes[0] = pass == 1 ? '\xff' : '\xfe';
          bytes[1] = pass == 1 ? '\xfe' : '\xff';
          memcpy (bytes + 2, body, len);
          len += 2;
        }

      reader = open_text (bytes, len, MT_CSV_ENCODING_AUTO, 0, &error);
      g_assert_no_error (error);
      g_assert_true (mt_csv_reader_next (reader, &error));
      while (mt_csv_reader_next (reader, &error))
        {
          g_autofree char *expected = NULL;

          seen++;
          expected = g_strdup_printf ("Ménaka 🇲🇱 é%u", seen);
          g_assert_cmpstr (mt_csv_reader_get_field (reader, 1), ==, expected);
          g_assert_cmpuint (mt_csv_reader_get_line (reader), ==, seen + 1);
        }
      g_assert_no_error (error);
      g_assert_cmpuint (seen, ==, n_rows);
    }
}

/* A long file that is UTF-8 except for one Latin byte near its end: the whole file is read as
 * Windows-1252, not just the part after the byte. */
static void
test_late_fallback (void)
{
  g_autoptr(GString) text = g_string_new ("id,name\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(MtCsvReader) reader = NULL;
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;

  for (guint i = 0; i < 10000; i++)
    g_string_append_printf (text, "%u,plain ascii\n", i);
  g_string_append (text, "last,caf\xe9\n");

  dir = g_dir_make_tmp ("csv-reader-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "late.csv", NULL);
  g_file_set_contents (path, text->str, text->len, &error);
  g_assert_no_error (error);

  reader = mt_csv_reader_new_for_path (path, MT_CSV_ENCODING_AUTO, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mt_csv_reader_get_encoding (reader), ==, MT_CSV_ENCODING_WINDOWS_1252);
  g_assert_true (mt_csv_reader_get_encoding_fell_back (reader));
  while (mt_csv_reader_next (reader, &error))
    {
      if (g_strcmp0 (mt_csv_reader_get_field (reader, 0), "last") == 0)
        g_assert_cmpstr (mt_csv_reader_get_field (reader, 1), ==, "café");
      else if (g_strcmp0 (mt_csv_reader_get_field (reader, 0), "id") != 0)
        g_assert_cmpstr (mt_csv_reader_get_field (reader, 1), ==, "plain ascii");
    }
  g_assert_no_error (error);

  /* The fingerprint is of the bytes as on disk, over every chunk the reader read. */
  {
    g_autofree char *expected = g_compute_checksum_for_data (G_CHECKSUM_SHA256,
                                                             (const guchar *) text->str,
                                                             text->len);

    g_assert_cmpstr (mt_csv_reader_get_sha256 (reader), ==, expected);
  }

  g_unlink (path);
  g_rmdir (dir);
}

/* Writes @text to a new file in @dir; the caller frees the path. */
static char *
write_file (const char *dir,
            const char *name,
            GString    *text)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_file_set_contents (path, text->str, text->len, &error);
  g_assert_no_error (error);

  return path;
}

/* The pass that hashes a file before an import also tells whether it is all UTF-8: a
 * character cut by the end of a read is whole, a Windows-1252 byte past the first read makes
 * it not, and the fingerprint is of every byte either way (the hashing goes on after it). */
static void
test_file_sha256_utf8 (void)
{
  const gsize chunk = 1 << 20;
  const char *tails[] = { "caf\xc3\xa9,ok\n", "caf\xe9,latin\n" };
  const gboolean expect_utf8[] = { TRUE, FALSE };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("csv-sha-XXXXXX", &error);

  g_assert_no_error (error);
  for (guint t = 0; t < G_N_ELEMENTS (tails); t++)
    for (guint where = 0; where < 2; where++)
      {
        g_autoptr(GString) text = g_string_new ("id,name\n");
        g_autofree char *name = g_strdup_printf ("file-%u-%u.csv", t, where);
        g_autofree char *path = NULL;
        g_autofree char *expected = NULL;
        g_autofree char *sha256 = NULL;
        gboolean utf8 = !expect_utf8[t];

        /* The tail's accent starts on the first read's last byte ("caf" ends at chunk - 2),
         * or two reads later, with more reads after it. */
        while (text->len < chunk)
          g_string_append (text, "1,plain ascii\n");
        g_string_truncate (text, chunk - 5);
        g_string_append_c (text, '\n');
        if (where == 1)
          while (text->len < 2 * chunk + 100)
            g_string_append (text, "3,more ascii\n");
        g_string_append (text, tails[t]);
        if (where == 0)
          g_assert_cmpint ((guchar) text->str[chunk - 1], ==, t == 0 ? 0xc3 : 0xe9);
        for (guint i = 0; i < 5000; i++)
          g_string_append (text, "4,after\n");

        path = write_file (dir, name, text);
        expected = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) text->str,
                                                text->len);
        sha256 = mt_csv_file_sha256 (path, &utf8, NULL);
        g_assert_cmpstr (sha256, ==, expected);
        g_assert_cmpint (utf8, ==, expect_utf8[t]);
        g_unlink (path);
      }

  g_assert_null (mt_csv_file_sha256 ("/no/such/file.csv", NULL, NULL));
  g_rmdir (dir);
}

/* The fast validator says what GLib says, about every kind of byte at every offset of the
 * eight-byte words it reads: text made of ASCII, NUL, valid sequences of 2–4 bytes, stray
 * continuation bytes, overlong forms, surrogates and truncated sequences. */
static void
test_utf8_validate (void)
{
  static const char *const pieces[] = {
    "a", "plain ascii ", "\0", "\xc3\xa9", "\xe2\x80\x99", "\xf0\x9f\x98\x80", "\x80",
    "\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe2\x80", "\xff", "Ségou",
  };
  static const gsize lengths[] = { 1, 12, 1, 2, 3, 4, 1, 2, 3, 4, 2, 1, 6 };
  GRand *rand = g_rand_new_with_seed (2690);

  for (guint round = 0; round < 20000; round++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      guint n = g_rand_int_range (rand, 0, 12);
      const char *ours_end = NULL, *glib_end = NULL;
      gboolean ours, glib;

      for (guint i = 0; i < n; i++)
        {
          /* Mostly text that is fine, so the invalid byte lands anywhere in a word. */
          guint k = g_rand_int_range (rand, 0, 100) < 85 ? g_rand_int_range (rand, 0, 2) * 12
                                                       : g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces));

          g_string_append_len (text, pieces[k], lengths[k]);
        }

      ours = mt_csv_utf8_validate (text->str, text->len, &ours_end);
      glib = g_utf8_validate_len (text->str, text->len, &glib_end);
      g_assert_cmpint (ours, ==, glib);
      g_assert_true (ours_end == glib_end);
    }

  g_rand_free (rand);
}

/* A cell longer than MT_CSV_MAX_CELL_CHARS characters is counted, not kept: the reader says
 * which one and how long it is exactly, and the records after it read as before, at the
 * right lines and columns. Exactly the limit is kept, in bytes up to four times it. */
static void
test_too_long (void)
{
  const guint m = MT_CSV_MAX_CELL_CHARS;
  g_autoptr(GString) text = g_string_new ("a,b,c\n");
  g_autoptr(GString) exact = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MtCsvReader) reader = NULL;
  guint index, line, column;
  guint64 n_chars;

  /* Line 2: M + 1 ASCII characters, short enough for libcsv's buffer. */
  g_string_append (text, "1,");
  for (guint i = 0; i < m + 1; i++)
    g_string_append_c (text, 'x');
  g_string_append (text, ",z\n");
  /* Lines 3-4: 5,000,000 two-byte characters, quoted, a line end inside. */
  g_string_append (text, "2,\"");
  for (guint i = 0; i < 2500000; i++)
    g_string_append (text, "é");
  g_string_append (text, "\n");
  for (guint i = 0; i < 2499999; i++)
    g_string_append (text, "é");
  g_string_append (text, "\",z\n");
  /* Line 5: exactly M characters of four bytes, kept. */
  for (guint i = 0; i < m; i++)
    g_string_append (exact, "😀");
  g_string_append_printf (text, "3,%s,z\n", exact->str);
  /* Line 6: 5,000,000 ASCII characters, unquoted, the last cell of the file. */
  g_string_append (text, "4,y,");
  for (guint i = 0; i < 5000000; i++)
    g_string_append_c (text, 'x');
  g_string_append (text, "\n5,\"ok\",z\n");

  reader = open_text (text->str, text->len, MT_CSV_ENCODING_AUTO, 0, &error);
  g_assert_no_error (error);
  g_assert_true (mt_csv_reader_next (reader, &error));
  g_assert_false (mt_csv_reader_get_too_long (reader, NULL, NULL));

  g_assert_true (mt_csv_reader_next (reader, &error));
  g_assert_true (mt_csv_reader_get_too_long (reader, &index, &n_chars));
  g_assert_cmpuint (index, ==, 1);
  g_assert_cmpuint (n_chars, ==, m + 1);
  g_assert_cmpstr (mt_csv_reader_get_field (reader, 1), ==, "");
  g_assert_cmpstr (mt_csv_reader_get_field (reader, 2), ==, "z");
  mt_csv_reader_get_position (reader, 2, &line, &column);
  g_assert_cmpuint (line, ==, 2);
  g_assert_cmpuint (column, ==, m + 5);

  g_assert_true (mt_csv_reader_next (reader, &error));
  g_assert_cmpuint (mt_csv_reader_get_line (reader), ==, 3);
  g_assert_true (mt_csv_reader_get_too_long (reader, &index, &n_chars));
  g_assert_cmpuint (index, ==, 1);
  g_assert_cmpuint (n_chars, ==, 5000000);
  g_assert_cmpuint (mt_csv_reader_get_n_fields (reader), ==, 3);
  g_assert_cmpstr (mt_csv_reader_get_field (reader, 2), ==, "z");
  mt_csv_reader_get_position (reader, 1, &line, &column);
  g_assert_cmpuint (line, ==, 3);
  g_assert_cmpuint (column, ==, 3);
  mt_csv_reader_get_position (reader, 2, &line, &column);
  g_assert_cmpuint (line, ==, 4);
  g_assert_cmpuint (column, ==, 2499999 + 3);

  g_assert_true (mt_csv_reader_next (reader, &error));
  g_assert_cmpuint (mt_csv_reader_get_line (reader), ==, 5);
  g_assert_false (mt_csv_reader_get_too_long (reader, NULL, NULL));
  g_assert_cmpstr (mt_csv_reader_get_field (reader, 1), ==, exact->str);

  g_assert_true (mt_csv_reader_next (reader, &error));
  g_assert_cmpuint (mt_csv_reader_get_line (reader), ==, 6);
  g_assert_true (mt_csv_reader_get_too_long (reader, &index, &n_chars));
  g_assert_cmpuint (index, ==, 2);
  g_assert_cmpuint (n_chars, ==, 5000000);
  mt_csv_reader_get_position (reader, 2, &line, &column);
  g_assert_cmpuint (column, ==, 5);

  g_assert_true (mt_csv_reader_next (reader, &error));
  g_assert_cmpuint (mt_csv_reader_get_line (reader), ==, 7);
  g_assert_cmpstr (mt_csv_reader_get_field (reader, 1), ==, "ok");
  g_assert_false (mt_csv_reader_next (reader, &error));
  g_assert_no_error (error);
}

/* A header row of 100,000 columns: every position is found in one walk of the row. Past
 * MT_CSV_MAX_COLUMNS cells are counted, not kept, and the header row is refused. */
static void
test_many_columns (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MtCsvReader) reader = NULL;
  g_autoptr(MtCsvReader) wider = NULL;
  guint line, column;

  for (guint i = 0; i < MT_CSV_MAX_COLUMNS; i++)
    g_string_append_printf (text, "%sc%u", i > 0 ? "," : "", i);
  g_string_append_c (text, '\n');
  reader = open_text (text->str, text->len, MT_CSV_ENCODING_AUTO, 0, &error);
  g_assert_true (mt_csv_reader_next (reader, &error));
  g_assert_cmpuint (mt_csv_reader_get_n_fields (reader), ==, MT_CSV_MAX_COLUMNS);
  g_assert_true (mt_csv_reader_check_header (reader, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < MT_CSV_MAX_COLUMNS; i++)
    mt_csv_reader_get_position (reader, i, &line, &column);
  g_assert_cmpuint (column, ==, text->len - 6);

  g_string_insert (text, 0, "c,");
  wider = open_text (text->str, text->len, MT_CSV_ENCODING_AUTO, 0, &error);
  g_assert_true (mt_csv_reader_next (wider, &error));
  g_assert_cmpuint (mt_csv_reader_get_n_fields (wider), ==, MT_CSV_MAX_COLUMNS);
  g_assert_cmpuint (mt_csv_reader_get_n_dropped (wider), ==, 1);
  g_assert_false (mt_csv_reader_check_header (wider, &error));
  g_assert_error (error, MT_CSV_ERROR, MT_CSV_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "test.csv:1: more than"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv-reader/encodings", test_encodings);
  g_test_add_func ("/csv-reader/encoding-errors", test_encoding_errors);
  g_test_add_func ("/csv-reader/empty", test_empty);
  g_test_add_func ("/csv-reader/separators", test_separators);
  g_test_add_func ("/csv-reader/line-ends", test_line_ends);
  g_test_add_func ("/csv-reader/quoting-and-lines", test_quoting_and_lines);
  g_test_add_func ("/csv-reader/blank-lines", test_blank_lines);
  g_test_add_func ("/csv-reader/cr-only", test_cr_only);
  g_test_add_func ("/csv-reader/unclosed-quote", test_unclosed_quote);
  g_test_add_func ("/csv-reader/chunk-boundaries", test_chunk_boundaries);
  g_test_add_func ("/csv-reader/late-fallback", test_late_fallback);
  g_test_add_func ("/csv-reader/file-sha256-utf8", test_file_sha256_utf8);
  g_test_add_func ("/csv-reader/utf8-validate", test_utf8_validate);
  g_test_add_func ("/csv-reader/too-long", test_too_long);
  g_test_add_func ("/csv-reader/many-columns", test_many_columns);

  return g_test_run ();
}
