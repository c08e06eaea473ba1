/* mt-csv-import-run.c: the import itself — one pass over the file, one transaction.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dry run and the import are this same function: the dry run ends in ROLLBACK, so the
 * counts the dialog shows are the counts the import will have.
 */

#define G_LOG_DOMAIN "mt-csv-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mt-csv-import-run-private.h"

#define PROGRESS_INTERVAL_US (100 * 1000)
/* Above this size the roster of an empty database gets its indexes built once, at the end. */
#define BULK_SIZE (4 * 1024 * 1024)

static void
report_progress (Run *run)
{
  if (run->progress != NULL)
    run->progress (mt_csv_reader_get_offset (run->reader), mt_csv_reader_get_size (run->reader),
                   run->rows_done, run->user_data);
}

/* After this many rows, the file's size tells how many there will be. */
#define ESTIMATE_AFTER_ROWS 8192

static void
reserve_ids (Run *run)
{
  goffset size = mt_csv_reader_get_size (run->reader);
  goffset offset = mt_csv_reader_get_offset (run->reader);

  /* The reader is ahead of the rows by at most a chunk: a tenth more covers it. */
  if (size > 0 && offset > 0 && size > offset)
    _mt_csv_run_reserve_ids (run, (guint64) ((double) size / offset * run->rows_done * 1.1));
}

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->values, mt_csv_values_free);
  if (run->rejects_header != NULL)
    g_string_free (run->rejects_header, TRUE);
  g_clear_pointer (&run->column_field, g_array_unref);
  g_clear_pointer (&run->ids.entries, g_free);
  if (run->reasons != NULL)
    g_string_free (run->reasons, TRUE);
  if (run->rejects != NULL)
    {
      /* Not committed: the partial file goes. */
      g_output_stream_close (run->rejects, NULL, NULL);
      g_file_delete (run->rejects_part, NULL, NULL);
    }
  g_clear_object (&run->rejects);
  g_clear_object (&run->rejects_file);
  g_clear_object (&run->rejects_part);
}

static gboolean
finish_rejects (Run     *run,
                GError **error)
{
  gboolean ok;

  if (run->rejects == NULL)
    return TRUE;

  ok = g_output_stream_close (run->rejects, NULL, error) &&
       g_file_move (run->rejects_part, run->rejects_file, G_FILE_COPY_OVERWRITE, NULL, NULL,
                    NULL, error);
  g_clear_object (&run->rejects);

  return ok;
}

/* Waits for the writer's last rows; the import is the caller's again. */
static gboolean
finish_writing (Run     *run,
                GError **error)
{
  MtCsvImportResult *result = run->result;
  MtCsvPipeCounts counts;

  if (!_mt_csv_pipe_finish (g_steal_pointer (&run->pipe), &counts, error))
    return FALSE;

  result->n_new = counts.n_new;
  result->n_updated = counts.n_updated;
  result->n_unchanged = counts.n_unchanged;
  /* Store fields follow the CSV fields from family name on, camp included. */
  for (guint f = 0; f < MT_STORE_PERSON_N_FIELDS; f++)
    result->n_changed[f + MT_CSV_FIELD_FAMILY_NAME] = counts.n_changed[f];

  return TRUE;
}

static MtCsvImportResult *
run_import (Run      *run,
            gboolean  dry_run,
            GError  **error)
{
  g_autoptr(MtCsvImportResult) result = NULL;
  g_autoptr(GError) local_error = NULL;
  MtCsvReader *reader = run->reader;
  const char *sha256;
  gint64 earlier;
  gboolean commit;

  result = _mt_csv_import_result_new (run->display_name, dry_run);
  run->result = result;
  result->encoding = mt_csv_reader_get_encoding (reader);
  result->fell_back = mt_csv_reader_get_encoding_fell_back (reader);
  result->separator = mt_csv_reader_get_separator (reader);
  result->mode = run->settings->mode;
  run->reasons = g_string_new (NULL);

  if (!mt_csv_reader_next (reader, &local_error))
    {
      if (local_error == NULL)
        g_set_error (&local_error, MT_CSV_ERROR, MT_CSV_ERROR_EMPTY,
                     _("%s: no header row: the file holds no text"), run->display_name);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (_mt_csv_row_is_blank (reader))
    {
      g_set_error (error, MT_CSV_ERROR, MT_CSV_ERROR_EMPTY, _("%s: no header row"),
                   run->display_name);
      return NULL;
    }

  if (!mt_csv_reader_check_header (reader, error) || !_mt_csv_run_map_header (run, error))
    return NULL;

  run->import = mt_store_import_begin (run->store, run->display_name, NULL,
                                       mt_csv_reader_get_size (reader) > BULK_SIZE, error);
  if (run->import == NULL)
    return NULL;

  /* Read inside the transaction: the rows are checked against what they are written beside. */
  run->values = mt_csv_values_new (run->store, error);
  if (run->values == NULL)
    {
      mt_store_import_end (g_steal_pointer (&run->import), FALSE, 0, 0, NULL);
      return NULL;
    }
  mt_csv_values_set_maps (run->values, run->settings);

  run->pipe = _mt_csv_pipe_new (run->import);
  run->started = g_get_monotonic_time ();
  run->next_progress = run->started + PROGRESS_INTERVAL_US;
  report_progress (run);

  while (mt_csv_reader_next (reader, &local_error))
    {
      if (_mt_csv_row_is_blank (reader))
        continue;

      result->n_rows++;
      run->rows_done++;
      if (run->rows_done == ESTIMATE_AFTER_ROWS)
        reserve_ids (run);
      if (!_mt_csv_run_import_row (run, &local_error))
        break;

      /* The clock is cheap, but not free: look at it every 256 rows. */
      if ((run->rows_done & 0xff) == 0 && g_get_monotonic_time () >= run->next_progress)
        {
          report_progress (run);
          run->next_progress = g_get_monotonic_time () + PROGRESS_INTERVAL_US;
          if (g_cancellable_set_error_if_cancelled (run->cancellable, &local_error))
            break;
        }
    }

  if (local_error == NULL)
    g_cancellable_set_error_if_cancelled (run->cancellable, &local_error);
  _mt_csv_run_sum_up_warnings (run);

  if (local_error != NULL)
    {
      _mt_csv_pipe_abort (g_steal_pointer (&run->pipe));
      mt_store_import_end (g_steal_pointer (&run->import), FALSE, 0, 0, NULL);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (!finish_writing (run, error))
    {
      mt_store_import_end (g_steal_pointer (&run->import), FALSE, 0, 0, NULL);
      return NULL;
    }

  report_progress (run);
  /* Cancelled up to the last moment before the commit: nothing is written. */
  if (g_cancellable_set_error_if_cancelled (run->cancellable, error))
    {
      mt_store_import_end (g_steal_pointer (&run->import), FALSE, 0, 0, NULL);
      return NULL;
    }
  g_debug ("%s: %" G_GUINT64_FORMAT " rows read and written in %.2f s", run->display_name,
           result->n_rows, (g_get_monotonic_time () - run->started) / 1e6);

  sha256 = mt_csv_reader_get_sha256 (reader);
  result->sha256 = g_strdup (sha256);
  earlier = sha256 != NULL ? mt_store_find_import_by_sha256 (run->store, sha256) : 0;
  result->already_imported = earlier != 0 && !run->settings->force;
  result->earlier_import_id = result->already_imported ? earlier : 0;

  commit = !dry_run && !result->already_imported &&
           result->n_new + result->n_updated + result->n_unchanged > 0 &&
           (result->n_rejected == 0 || run->settings->mode == MT_CSV_IMPORT_SKIP_INVALID);

  if (commit)
    {
      gint64 id = mt_store_import_get_id (run->import);

      if (!mt_store_import_set_sha256 (run->import, sha256, error) ||
          !finish_rejects (run, error))
        {
          mt_store_import_end (g_steal_pointer (&run->import), FALSE, 0, 0, NULL);
          return NULL;
        }
      if (!mt_store_import_end (g_steal_pointer (&run->import), TRUE,
                                result->n_new + result->n_updated + result->n_unchanged,
                                result->n_rejected, error))
        return NULL;
      result->committed = TRUE;
      result->import_id = id;
      g_debug ("%s: committed after %.2f s", run->display_name,
               (g_get_monotonic_time () - run->started) / 1e6);
    }
  else
    {
      mt_store_import_end (g_steal_pointer (&run->import), FALSE, 0, 0, NULL);
      /* Nothing was written, so neither is a rejects file that would describe it. */
    }

  return g_steal_pointer (&result);
}

/* Public API */


/* The stream and file entry points differ only in how the reader is made. */
static MtCsvImportResult *
import_with_reader (MtStore                   *store,
                    MtCsvReader               *reader,
                    const MtCsvImportSettings *settings,
                    gboolean                   dry_run,
                    MtCsvProgressFunc          progress,
                    MtCsvMessageFunc           on_message,
                    gpointer                   user_data,
                    GCancellable              *cancellable,
                    GError                   **error)
{
  g_autoptr(GError) local_error = NULL;
  MtCsvImportResult *result;
  Run run = { NULL, };

  run.store = store;
  run.reader = reader;
  run.settings = settings;
  run.progress = progress;
  run.on_message = on_message;
  run.user_data = user_data;
  run.cancellable = cancellable;
  run.display_name = mt_csv_reader_get_display_name (reader);

  result = run_import (&run, dry_run, &local_error);
  run_clear (&run);

  /* The reader's and the mapping's errors name the file; a store or rejects-file error (disk
   * full, database locked) is said about this file too, with what it means for the data. */
  if (g_error_matches (local_error, MT_STORE_ERROR, MT_STORE_ERROR_FULL))
    {
      /* Says already which database file got nothing. */
      g_autofree char *message = g_steal_pointer (&local_error->message);

      local_error->message = g_strdup_printf ("%s: %s", run.display_name, message);
    }
  else if (local_error != NULL && local_error->domain != MT_CSV_ERROR &&
           !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *message = g_steal_pointer (&local_error->message);

      local_error->message = g_strdup_printf (_("%s: %s; nothing was imported, the database is as "
                                                "it was"),
                                              run.display_name, message);
    }
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));

  return result;
}

MtCsvImportResult *
mt_csv_import_stream (MtStore                   *store,
                      GInputStream              *stream,
                      const char                *display_name,
                      const MtCsvImportSettings *settings,
                      gboolean                   dry_run,
                      MtCsvProgressFunc          progress,
                      MtCsvMessageFunc           on_message,
                      gpointer                   user_data,
                      GCancellable              *cancellable,
                      GError                   **error)
{
  g_autoptr(MtCsvImportSettings) defaults = NULL;
  g_autoptr(MtCsvReader) reader = NULL;

  g_return_val_if_fail (MT_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (settings == NULL)
    settings = defaults = mt_csv_import_settings_new ();

  reader = mt_csv_reader_new (stream, display_name, settings->encoding, settings->separator, error);
  if (reader == NULL)
    return NULL;

  return import_with_reader (store, reader, settings, dry_run, progress, on_message, user_data,
                             cancellable, error);
}

MtCsvImportResult *
mt_csv_import_file (MtStore                   *store,
                    const char                *path,
                    const MtCsvImportSettings *settings,
                    gboolean                   dry_run,
                    MtCsvProgressFunc          progress,
                    MtCsvMessageFunc           on_message,
                    gpointer                   user_data,
                    GCancellable              *cancellable,
                    GError                   **error)
{
  g_autoptr(MtCsvImportSettings) defaults = NULL;
  g_autoptr(MtCsvReader) reader = NULL;
  g_autofree char *sha256 = NULL;
  gboolean utf8 = FALSE;

  g_return_val_if_fail (MT_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (settings == NULL)
    settings = defaults = mt_csv_import_settings_new ();

  /* The weekly roster sent again unchanged: known by its SHA-256 before any row is parsed
   * (hashing 100 MB takes a tenth of a second; reading and comparing a million rows, ten
   * times that). The same reading tells whether the file is UTF-8, which the reader would
   * otherwise read it all to know. A stream can be read only once, so it is told at the end
   * instead. */
  if (!settings->force)
    sha256 = mt_csv_file_sha256 (path, &utf8, cancellable);

  reader = mt_csv_reader_new_for_path (path,
                                       settings->encoding == MT_CSV_ENCODING_AUTO && utf8
                                       ? MT_CSV_ENCODING_UTF8 : settings->encoding,
                                       settings->separator, error);
  if (reader == NULL)
    return NULL;

  if (sha256 != NULL)
    {
      gint64 earlier = mt_store_find_import_by_sha256 (store, sha256);

      if (earlier != 0)
        return _mt_csv_import_result_new_known (mt_csv_reader_get_display_name (reader),
                                                dry_run, sha256, earlier);
      mt_csv_reader_set_sha256 (reader, sha256);
    }

  return import_with_reader (store, reader, settings, dry_run, progress, on_message, user_data,
                             cancellable, error);
}
