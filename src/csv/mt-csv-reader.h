/* mt-csv-reader.h: streaming CSV reader (libcsv) with encoding and separator detection.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader never holds the whole file: it decodes and parses 64 KiB at a time. Every field
 * it returns is valid UTF-8, whatever the file's encoding was. Line numbers are physical lines
 * as a text editor counts them (newlines inside quoted fields count), 1-based; columns are
 * characters from the start of that line, 1-based.
 */

#pragma once

#include <gio/gio.h>

#include "mt-types.h"

G_BEGIN_DECLS

#define MT_CSV_ERROR (mt_csv_error_quark ())

typedef enum
{
  MT_CSV_ERROR_FILE,      /* missing, a directory, unreadable */
  MT_CSV_ERROR_EMPTY,     /* no bytes, or no header row */
  MT_CSV_ERROR_ENCODING,  /* bytes that are not text in the file's encoding (NUL, undefined) */
  MT_CSV_ERROR_PARSE,     /* malformed CSV, e.g. a quote never closed */
  MT_CSV_ERROR_MAPPING,   /* a required column is missing: no row was read */
  MT_CSV_ERROR_INVALID,   /* rows were rejected (all-or-nothing: nothing written) */
} MtCsvError;

typedef enum
{
  MT_CSV_ENCODING_AUTO = 0,      /* detect: BOM, else UTF-8, else Windows-1252 */
  MT_CSV_ENCODING_UTF8,
  MT_CSV_ENCODING_UTF8_BOM,
  MT_CSV_ENCODING_UTF16_LE,      /* with BOM */
  MT_CSV_ENCODING_UTF16_BE,      /* with BOM */
  MT_CSV_ENCODING_WINDOWS_1252,
} MtCsvEncoding;

/* The longest cell the reader takes, in characters (code points), header cells and ignored
 * columns included: names, units and remarks are far shorter. A longer cell is counted, not
 * kept (see mt_csv_reader_get_too_long()), so memory stays bounded whatever the file. */
#define MT_CSV_MAX_CELL_CHARS 4096
/* The most cells a record keeps; the reader counts those past it (mt_csv_reader_get_n_dropped()). */
#define MT_CSV_MAX_COLUMNS    100000

GQuark        mt_csv_error_quark           (void);

/* "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "Windows-1252": technical names, not
 * translated; "automatic" (translated) for AUTO. Also the value stored in presets. */
const char   *mt_csv_encoding_get_name     (MtCsvEncoding  encoding);
/* Parses a name from mt_csv_encoding_get_name() (case-insensitive; "cp1252", "latin1",
 * "utf8" accepted too); AUTO when unknown. */
MtCsvEncoding mt_csv_encoding_from_name    (const char    *name);
/* The separator as people name it, translated: "comma", "semicolon", "tab"; "automatic"
 * for 0. */
const char   *mt_csv_separator_get_label   (char           separator);

#define MT_TYPE_CSV_READER (mt_csv_reader_get_type ())
G_DECLARE_FINAL_TYPE (MtCsvReader, mt_csv_reader, MT, CSV_READER, GObject)

/* Opens @path. @encoding AUTO detects it (BOM; else UTF-8 when every byte of the file is valid
 * UTF-8, else Windows-1252 for the whole file: a pre-pass reads the file once without keeping
 * it). @separator 0 detects ',' ';' or '\t' from the first lines. Errors: MT_CSV_ERROR_FILE
 * (missing, directory, unreadable), MT_CSV_ERROR_EMPTY (zero bytes), MT_CSV_ERROR_ENCODING. */
MtCsvReader  *mt_csv_reader_new_for_path   (const char    *path,
                                            MtCsvEncoding  encoding,
                                            char           separator,
                                            GError       **error);
/* The same over any stream (seekable for the Windows-1252 pre-pass; a stream that cannot
 * seek is read as UTF-8 and fails on invalid bytes). @display_name is used in messages. */
MtCsvReader  *mt_csv_reader_new            (GInputStream  *stream,
                                            const char    *display_name,
                                            MtCsvEncoding  encoding,
                                            char           separator,
                                            GError       **error);
/* Over bytes in memory (tests, fuzzing). */
MtCsvReader  *mt_csv_reader_new_for_bytes  (GBytes        *bytes,
                                            const char    *display_name,
                                            MtCsvEncoding  encoding,
                                            char           separator,
                                            GError       **error);

/* The encoding used (detected or forced; never AUTO). */
MtCsvEncoding mt_csv_reader_get_encoding   (MtCsvReader   *self);
/* TRUE when detection fell back to Windows-1252 because the file is not valid UTF-8. */
gboolean      mt_csv_reader_get_encoding_fell_back (MtCsvReader *self);
/* The separator used (detected or forced): ',', ';' or '\t'. */
char          mt_csv_reader_get_separator  (MtCsvReader   *self);
const char   *mt_csv_reader_get_display_name (MtCsvReader *self);

/* Advances to the next record. FALSE at the end of the file (@error unset) or on an error
 * (MT_CSV_ERROR_ENCODING / _PARSE / _FILE with the line in the message). Blank lines are
 * skipped. */
gboolean      mt_csv_reader_next           (MtCsvReader   *self,
                                            GError       **error);
/* The current record's fields (valid UTF-8, never NULL below n_fields). */
guint         mt_csv_reader_get_n_fields   (MtCsvReader   *self);
const char   *mt_csv_reader_get_field      (MtCsvReader   *self,
                                            guint          index);
/* The physical line where the current record starts. */
guint         mt_csv_reader_get_line       (MtCsvReader   *self);
/* Where field @index of the current record starts (line and character column, 1-based); for
 * an index past the last field, just after the record's last character. */
void          mt_csv_reader_get_position   (MtCsvReader   *self,
                                            guint          index,
                                            guint         *line,
                                            guint         *column);
/* TRUE when a cell of the current record is longer than MT_CSV_MAX_CELL_CHARS, with the first
 * such cell's index and its exact length in characters; that field reads "". */
gboolean      mt_csv_reader_get_too_long   (MtCsvReader   *self,
                                            guint         *index,
                                            guint64       *n_chars);
/* Cells of the current record past MT_CSV_MAX_COLUMNS, counted but not kept. */
guint64       mt_csv_reader_get_n_dropped  (MtCsvReader   *self);
/* For a header row: fails (MT_CSV_ERROR_PARSE, naming the file, line and column) when the
 * current record has a cell too long or more than MT_CSV_MAX_COLUMNS cells. */
gboolean      mt_csv_reader_check_header   (MtCsvReader   *self,
                                            GError       **error);
/* "value too long (N characters, at most M)", translated, numbers formatted for the locale. */
char         *mt_csv_dup_too_long_reason   (guint64        n_chars);

/* Bytes of the file consumed so far, and the file's size (-1 when unknown): for progress. */
goffset       mt_csv_reader_get_offset     (MtCsvReader   *self);
goffset       mt_csv_reader_get_size       (MtCsvReader   *self);
/* The SHA-256 (hex) of every byte of the file, once next() has returned FALSE at its end;
 * NULL before. */
const char   *mt_csv_reader_get_sha256     (MtCsvReader   *self);
/* The file's SHA-256 is known already (mt_csv_file_sha256() of its path, just before): the
 * reader gives it at the end instead of hashing every byte a second time. */
void          mt_csv_reader_set_sha256     (MtCsvReader   *self,
                                            const char    *sha256);

/* The hex SHA-256 of the whole file at @path, as a reader of it would give it at its end;
 * NULL when it cannot be read (a reader then says why). @utf8 (may be NULL): whether all of
 * it is UTF-8, found in the same reading (a reader with MT_CSV_ENCODING_AUTO would read the
 * whole file once more to know). */
char          *mt_csv_file_sha256 (const char   *path,
                                   gboolean     *utf8,
                                   GCancellable *cancellable);

G_END_DECLS
