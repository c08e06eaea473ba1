/* fuzz-csv.c: libFuzzer target for the CSV reader and the importer.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Build: CC=clang meson setup build-fuzz -Dfuzzing=true -Db_sanitize=address
 *        ninja -C build-fuzz tests/fuzz-csv
 * Run:   build-fuzz/tests/fuzz-csv -max_total_time=60 tests/data/   (the corpus as seeds)
 *
 * Every input goes through the reader (every field, every position) and then through the
 * importer as a dry run against a seeded in-memory store: whatever the bytes, no crash, no
 * leak, no invalid UTF-8 out, and the database unchanged.
 */

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "mt-csv-import.h"
#include "mt-csv-reader.h"
#include "mt-store.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static MtStore *store;

static void
read_all (GBytes        *bytes,
          MtCsvEncoding  encoding,
          char           separator)
{
  g_autoptr(MtCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;

  reader = mt_csv_reader_new_for_bytes (bytes, "fuzz.csv", encoding, separator, &error);
  if (reader == NULL)
    return;

  while (mt_csv_reader_next (reader, &error))
    {
      guint n = mt_csv_reader_get_n_fields (reader);

      for (guint i = 0; i <= n; i++)
        {
          guint line, column;

          if (i < n)
            g_assert (g_utf8_validate (mt_csv_reader_get_field (reader, i), -1, NULL));
          mt_csv_reader_get_position (reader, i, &line, &column);
          g_assert (line >= mt_csv_reader_get_line (reader));
        }
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(MtCsvImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  if (store == NULL)
    {
      store = mt_store_open (":memory:", NULL);
      g_assert (store != NULL);
      g_assert (mt_store_load_seed (store, NULL));
    }

  read_all (bytes, MT_CSV_ENCODING_AUTO, 0);
  read_all (bytes, MT_CSV_ENCODING_UTF16_LE, ';');

  stream = g_memory_input_stream_new_from_bytes (bytes);
  result = mt_csv_import_stream (store, stream, "fuzz.csv", NULL, TRUE, NULL, NULL, NULL, NULL,
                                 &error);
  g_assert (mt_store_count_personnel (store) == 0);

  return 0;
}
