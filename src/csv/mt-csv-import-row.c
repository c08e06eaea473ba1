/* mt-csv-import-row.c: one row of an import — mapping, validation, messages, upsert.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-csv-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mt-csv-export.h"
#include "mt-csv-import-run-private.h"
#include "mt-date.h"

/* Ids */

static guint64
hash_id (const char *id)
{
  /* FNV-1a with a final avalanche (splitmix64), good enough spread for sequential ids. */
  guint64 h = 0xcbf29ce484222325ull;

  for (const guint8 *p = (const guint8 *) id; *p != '\0'; p++)
    h = (h ^ *p) * 0x100000001b3ull;
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebull;
  h ^= h >> 31;

  return h != 0 ? h : 1;
}

G_STATIC_ASSERT (sizeof (IdEntry) == 12);

/* At most this share of the slots in use: probes stay short. */
#define ID_SET_LOAD 0.6

/* The slot a hash starts at: its high bits scaled to the table's size, which need not be a
 * power of two, so the table can be sized to the file rather than to the next power. */
static inline gsize
id_set_home (const IdSet *set,
             guint64      hash)
{
  return (gsize) (((unsigned __int128) hash * set->size) >> 64);
}

/* Makes room for @n ids in all, moving the ones there. */
static void
id_set_resize (IdSet *set,
               gsize  n)
{
  gsize size = MAX ((gsize) (n / ID_SET_LOAD) + 1, 1024);
  IdSet bigger = { g_new0 (IdEntry, size), size, set->n_used };

  for (gsize j = 0; j < set->size; j++)
    {
      gsize i;

      if (set->entries[j].hash == 0)
        continue;
      for (i = id_set_home (&bigger, set->entries[j].hash); bigger.entries[i].hash != 0;
           i = i + 1 == size ? 0 : i + 1)
        ;
      bigger.entries[i] = set->entries[j];
    }

  g_free (set->entries);
  *set = bigger;
}

/* Starts fetching @id's slot while the rest of the row is checked. */
static inline guint64
id_set_prefetch (const IdSet *set,
                 const char  *id)
{
  guint64 hash = hash_id (id);

  if (set->entries != NULL)
    __builtin_prefetch (&set->entries[id_set_home (set, hash)], 1);

  return hash;
}

/* Adds the id of @hash, first seen on @line; FALSE when it was there already, with *@first
 * its line. */
static gboolean
id_set_add (IdSet   *set,
            guint64  hash,
            guint    line,
            guint   *first)
{
  gsize i;

  if (set->n_used + 1 > set->size * ID_SET_LOAD)
    id_set_resize (set, MAX (set->n_used * 2, 1024));

  for (i = id_set_home (set, hash); set->entries[i].hash != 0; i = i + 1 == set->size ? 0 : i + 1)
    {
      if (set->entries[i].hash == hash)
        {
          *first = set->entries[i].line;
          return FALSE;
        }
    }

  set->entries[i].hash = hash;
  set->entries[i].line = line;
  set->n_used++;

  return TRUE;
}

void
_mt_csv_run_reserve_ids (Run     *run,
                         guint64  n)
{
  /* Sized once for the whole file, the table is never copied into a bigger one: the copy
   * would hold both at once, half as much memory again at the peak. */
  if (n > run->ids.size * ID_SET_LOAD)
    id_set_resize (&run->ids, n);
}

/* Messages */

static void
add_message (Run          *run,
             MtCsvMessage *message)
{
  _mt_csv_import_result_add (run->result, message);
  if (run->on_message != NULL)
    run->on_message (message, run->user_data);
}

static void
emit_message (Run           *run,
              MtCsvSeverity  severity,
              guint          line,
              guint          column,
              MtCsvField     field,
              const char    *reason)
{
  g_autoptr(MtCsvMessage) message = _mt_csv_message_new (run->display_name, severity, line,
                                                         column, field, reason);

  if (severity == MT_CSV_SEVERITY_WARNING)
    run->result->n_warnings++;
  add_message (run, message);
}

/* Counts a warning of @kind; FALSE when ten of its kind were said already (counted, not said:
 * the sum-up tells how many). */
static gboolean
warning_shown (Run         *run,
               WarningKind  kind)
{
  if (++run->n_kind[kind] <= WARNINGS_SHOWN)
    return TRUE;

  run->result->n_warnings++;
  return FALSE;
}

void
_mt_csv_run_sum_up_warnings (Run *run)
{
  for (guint kind = 0; kind < N_WARNING_KINDS; kind++)
    {
      g_autoptr(MtCsvMessage) message = NULL;
      g_autofree char *count = NULL;
      g_autofree char *reason = NULL;
      guint64 more;
      gulong n;

      if (run->n_kind[kind] <= WARNINGS_SHOWN)
        continue;
      more = run->n_kind[kind] - WARNINGS_SHOWN;
      run->n_kind[kind] = 0;
      n = (gulong) MIN (more, G_MAXULONG);
      count = mt_format_count ((gint64) MIN (more, (guint64) G_MAXINT64));
      switch (kind)
        {
        case WARNING_UNKNOWN_COLUMN:
          /* Translators: after ten warnings of one kind, e.g. "… and 99,990 more unknown
           * columns ignored" */
          reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "… and %s more unknown column ignored",
                                                 "… and %s more unknown columns ignored", n),
                                    count);
          break;
        case WARNING_SECOND_COLUMN:
          reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "… and %s more second column ignored",
                                                 "… and %s more second columns ignored", n),
                                    count);
          break;
        default:
          reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "… and %s more row at a closed or handed-over camp imported",
                                                 "… and %s more rows at closed or handed-over camps imported",
                                                 n),
                                    count);
          break;
        }
      /* About the file, not one cell: no line, and not one more warning. */
      message = _mt_csv_message_new (run->display_name, MT_CSV_SEVERITY_WARNING, 0, 0,
                                     MT_CSV_FIELD_IGNORE, reason);
      add_message (run, message);
    }
}

/* A message about cell @index of the current row (-1: the row, for a field that came from a
 * constant); an error also becomes part of the row's reason in the rejects file. */
static void
cell_message (Run           *run,
              MtCsvSeverity  severity,
              int            index,
              MtCsvField     field,
              const char    *reason)
{
  guint line, column;

  if (index >= 0)
    mt_csv_reader_get_position (run->reader, index, &line, &column);
  else
    {
      line = mt_csv_reader_get_line (run->reader);
      column = 1;
    }

  emit_message (run, severity, line, column, field, reason);

  if (severity == MT_CSV_SEVERITY_ERROR)
    {
      if (run->reasons->len > 0)
        g_string_append (run->reasons, "; ");
      g_string_append (run->reasons, reason);
    }
}

/* A message about @field of the current row, pointing at its cell. */
G_GNUC_PRINTF (4, 5)
static void
row_message (Run           *run,
             MtCsvSeverity  severity,
             MtCsvField     field,
             const char    *format,
             ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);

  cell_message (run, severity, field != MT_CSV_FIELD_IGNORE ? run->field_column[field] : -1,
                field, reason);
}

/* Header */

gboolean
_mt_csv_run_map_header (Run     *run,
                        GError **error)
{
  g_autoptr(GString) missing = g_string_new (NULL);
  guint n = mt_csv_reader_get_n_fields (run->reader);

  run->n_columns = n;
  if (run->settings->mode == MT_CSV_IMPORT_SKIP_INVALID && run->settings->rejects_path != NULL &&
      !run->result->dry_run)
    run->rejects_header = g_string_new (NULL);
  run->column_field = g_array_sized_new (FALSE, TRUE, sizeof (int), n);
  for (guint f = 0; f < MT_CSV_N_FIELDS; f++)
    run->field_column[f] = -1;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *copy = g_strdup (mt_csv_reader_get_field (run->reader, i));
      char *header = _mt_csv_clean_cell (copy);
      int field = -1;
      guint line, column;

      if (run->settings->columns != NULL && i < run->settings->columns->len)
        field = g_array_index (run->settings->columns, int, i);
      if (field < 0 || field >= MT_CSV_N_FIELDS)
        field = mt_csv_field_from_header (header);

      if (run->rejects_header != NULL)
        {
          mt_csv_escape_cell (run->rejects_header, header);
          g_string_append_c (run->rejects_header, ',');
        }

      if (field != MT_CSV_FIELD_IGNORE && run->field_column[field] >= 0)
        {
          if (warning_shown (run, WARNING_SECOND_COLUMN))
            {
              g_autofree char *reason =
                g_strdup_printf (_("column “%s” is a second %s column: ignored"), header,
                                 mt_csv_field_get_label (field));

              mt_csv_reader_get_position (run->reader, i, &line, &column);
              emit_message (run, MT_CSV_SEVERITY_WARNING, line, column, field, reason);
            }
          field = MT_CSV_FIELD_IGNORE;
        }
      else if (field == MT_CSV_FIELD_IGNORE && header[0] != '\0' &&
               (run->settings->columns == NULL || i >= run->settings->columns->len ||
                g_array_index (run->settings->columns, int, i) < 0))
        {
          if (warning_shown (run, WARNING_UNKNOWN_COLUMN))
            {
              g_autofree char *reason = g_strdup_printf (_("unknown column “%s”: ignored"), header);

              mt_csv_reader_get_position (run->reader, i, &line, &column);
              emit_message (run, MT_CSV_SEVERITY_WARNING, line, column, MT_CSV_FIELD_IGNORE,
                            reason);
            }
          if (run->result->n_unknown_columns++ < MT_CSV_KEPT_UNKNOWN_COLUMNS)
            g_ptr_array_insert (run->result->unknown_columns,
                                run->result->unknown_columns->len - 1, g_strdup (header));
        }

      g_array_append_val (run->column_field, field);
      if (field != MT_CSV_FIELD_IGNORE)
        run->field_column[field] = i;
    }

  _mt_csv_run_sum_up_warnings (run);

  for (guint f = 1; f < MT_CSV_N_FIELDS; f++)
    {
      if (!mt_csv_field_is_required (f) || run->field_column[f] >= 0 ||
          run->settings->constants[f] != NULL)
        continue;
      if (missing->len > 0)
        g_string_append (missing, ", ");
      g_string_append (missing, mt_csv_field_get_label (f));
    }

  if (missing->len > 0)
    {
      g_set_error (error, MT_CSV_ERROR, MT_CSV_ERROR_MAPPING,
                   _("%s:%u: no column for %s: name the column in the header row, or give a "
                     "value for the whole file; nothing was imported"),
                   run->display_name, mt_csv_reader_get_line (run->reader), missing->str);
      return FALSE;
    }

  return TRUE;
}

/* Rejects file */

static gboolean
write_reject (Run     *run,
              GError **error)
{
  g_autoptr(GString) line = g_string_new (NULL);
  guint n = mt_csv_reader_get_n_fields (run->reader);

  if (run->rejects == NULL)
    {
      g_autofree char *part = g_strconcat (run->settings->rejects_path, ".part", NULL);

      run->rejects_file = g_file_new_for_path (run->settings->rejects_path);
      run->rejects_part = g_file_new_for_path (part);
      run->rejects = G_OUTPUT_STREAM (g_file_replace (run->rejects_part, NULL, FALSE,
                                                      G_FILE_CREATE_NONE, NULL, error));
      if (run->rejects == NULL)
        return FALSE;

      g_string_append_len (line, run->rejects_header->str, run->rejects_header->len);
      g_string_append (line, _("Reason"));
      g_string_append (line, "\r\n");
    }

  /* The row as read (the cells unchanged), then why it was refused. */
  for (guint i = 0; i < MAX (n, run->n_columns); i++)
    {
      mt_csv_escape_cell (line, i < n ? mt_csv_reader_get_field (run->reader, i) : "");
      g_string_append_c (line, ',');
    }
  mt_csv_escape_cell (line, run->reasons->str);
  g_string_append (line, "\r\n");

  return g_output_stream_write_all (run->rejects, line->str, line->len, NULL, NULL, error);
}

/* Counts the current row rejected and, when asked, writes it to the rejects file. */
static gboolean
reject_row (Run     *run,
            GError **error)
{
  run->result->n_rejected++;
  if (run->settings->mode == MT_CSV_IMPORT_SKIP_INVALID && run->settings->rejects_path != NULL &&
      !run->result->dry_run)
    return write_reject (run, error);

  return TRUE;
}

/* Values */

/* Counts the current row's @text of @field as a value the tracker does not know, and returns
 * what the settings map it to, or NULL. */
static const char *
note_unknown (Run        *run,
              MtCsvField  field,
              const char *text)
{
  _mt_csv_import_result_note_unknown (run->result, field, text);

  return mt_csv_values_lookup_mapped (run->values, field, text);
}

/* What the status column keeps of @text. The roster reads a person without a status as
 * deployed, and one whose departure date has passed as departed: "deployed", and "departed"
 * beside a departure date, say nothing more and are not kept, so that an exported roster
 * (whose status column is always filled) imports back unchanged, and a person does not show
 * as departed before the day they left. Another word is kept as written, or as mapped. */
static const char *
store_status (Run        *run,
              const char *text,
              const char *departure_date)
{
  const char *status = mt_csv_normalize_status (text);

  if (status == NULL)
    return NULL;

  if (strcmp (status, "deployed") != 0 && strcmp (status, "departed") != 0)
    {
      const char *mapped = note_unknown (run, MT_CSV_FIELD_STATUS, text);

      if (mapped == NULL)
        return status;
      status = mt_csv_normalize_status (mapped);
    }

  if (strcmp (status, "deployed") == 0 ||
      (strcmp (status, "departed") == 0 && departure_date != NULL))
    return NULL;

  return status;
}

/* Rows */

gboolean
_mt_csv_row_is_blank (MtCsvReader *reader)
{
  guint n = mt_csv_reader_get_n_fields (reader);

  for (guint i = 0; i < n; i++)
    {
      const char *cell = mt_csv_reader_get_field (reader, i);

      for (; *cell != '\0'; cell++)
        if (*cell != ' ' && *cell != '\t' && *cell != '\r')
          return FALSE;
    }

  return TRUE;
}

gboolean
_mt_csv_run_import_row (Run     *run,
                        GError **error)
{
  const char *cells[MT_CSV_N_FIELDS] = { NULL, };
  char planned[11], departed[11];
  MtStorePersonRow row = { NULL, };
  guint n = mt_csv_reader_get_n_fields (run->reader);
  guint line = mt_csv_reader_get_line (run->reader);
  gboolean closed = FALSE;
  const char *camp_text = NULL;
  const int *column_field = (const int *) run->column_field->data;
  guint64 id_hash = 0;
  guint too_long;
  guint64 n_chars;

  g_string_truncate (run->reasons, 0);

  /* A cell too long to keep: that is what to say about the row, and all (its value is gone,
   * so the other checks would only add confusion). */
  if (G_UNLIKELY (mt_csv_reader_get_too_long (run->reader, &too_long, &n_chars)))
    {
      g_autofree char *reason = mt_csv_dup_too_long_reason (n_chars);

      cell_message (run, MT_CSV_SEVERITY_ERROR, too_long,
                    too_long < run->column_field->len ? column_field[too_long]
                                                      : MT_CSV_FIELD_IGNORE,
                    reason);
      return reject_row (run, error);
    }

  for (guint i = 0; i < n && i < run->column_field->len; i++)
    {
      if (column_field[i] != MT_CSV_FIELD_IGNORE)
        {
          /* The reader's buffer is ours to trim in place: no copy per cell. */
          char *cell = _mt_csv_clean_cell ((char *) mt_csv_reader_get_field (run->reader, i));

          cells[column_field[i]] = cell[0] != '\0' ? cell : NULL;
          /* Usually the first column: the table is read while the other cells are cleaned. */
          if (column_field[i] == MT_CSV_FIELD_PERSONNEL_ID && cell[0] != '\0')
            id_hash = id_set_prefetch (&run->ids, cell);
        }
    }
  for (guint f = 1; f < MT_CSV_N_FIELDS; f++)
    if (cells[f] == NULL)
      cells[f] = run->settings->constants[f];

  for (guint i = run->column_field->len; i <= n; i++)
    {
      const char *extra = i < n ? mt_csv_reader_get_field (run->reader, i) : NULL;

      /* Past the cells the reader keeps (never blank, as far as we know) or not blank. */
      if (extra == NULL ? mt_csv_reader_get_n_dropped (run->reader) > 0
                        : extra[strspn (extra, " \t\r")] != '\0')
        {
          g_autofree char *reason =
            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "more cells than the header row's %u column",
                                          "more cells than the header row's %u columns",
                                          run->column_field->len),
                             run->column_field->len);

          cell_message (run, MT_CSV_SEVERITY_ERROR, i, MT_CSV_FIELD_IGNORE, reason);
          break;
        }
    }

  row.personnel_id = cells[MT_CSV_FIELD_PERSONNEL_ID];
  if (row.personnel_id == NULL)
    row_message (run, MT_CSV_SEVERITY_ERROR, MT_CSV_FIELD_PERSONNEL_ID, _("no personnel ID"));
  else
    {
      guint first = 0;

      if (id_hash == 0)   /* the id came from a constant */
        id_hash = hash_id (row.personnel_id);
      if (!id_set_add (&run->ids, id_hash, line, &first))
        row_message (run, MT_CSV_SEVERITY_ERROR, MT_CSV_FIELD_PERSONNEL_ID,
                     _("personnel ID “%s” is already on line %u"), row.personnel_id, first);
    }

  if (cells[MT_CSV_FIELD_CATEGORY] == NULL)
    row_message (run, MT_CSV_SEVERITY_ERROR, MT_CSV_FIELD_CATEGORY, _("no category"));
  else
    {
      row.values[MT_STORE_PERSON_CATEGORY] =
        mt_csv_values_lookup_category (run->values, cells[MT_CSV_FIELD_CATEGORY]);
      if (G_UNLIKELY (row.values[MT_STORE_PERSON_CATEGORY] == NULL))
        {
          const char *mapped = note_unknown (run, MT_CSV_FIELD_CATEGORY,
                                             cells[MT_CSV_FIELD_CATEGORY]);

          if (mapped != NULL)
            row.values[MT_STORE_PERSON_CATEGORY] = mt_csv_values_lookup_category (run->values, mapped);
        }
      if (row.values[MT_STORE_PERSON_CATEGORY] == NULL)
        row_message (run, MT_CSV_SEVERITY_ERROR, MT_CSV_FIELD_CATEGORY,
                     _("unknown category “%s” (use a category’s name or code, e.g. MSO, IPO, "
                       "FPU, UNV, troops)"),
                     cells[MT_CSV_FIELD_CATEGORY]);
    }

  if (cells[MT_CSV_FIELD_COUNTRY] == NULL)
    row_message (run, MT_CSV_SEVERITY_ERROR, MT_CSV_FIELD_COUNTRY, _("no contingent"));

  camp_text = cells[MT_CSV_FIELD_CAMP];
  if (camp_text == NULL)
    row_message (run, MT_CSV_SEVERITY_ERROR, MT_CSV_FIELD_CAMP, _("no camp"));
  else
    {
      row.camp_id = mt_csv_values_lookup_camp (run->values, camp_text, &closed);
      if (G_UNLIKELY (row.camp_id == 0))
        {
          const char *mapped = note_unknown (run, MT_CSV_FIELD_CAMP, camp_text);

          if (mapped != NULL)
            row.camp_id = mt_csv_values_lookup_camp (run->values, mapped, &closed);
        }
      if (row.camp_id == 0)
        {
          const char *nearest = mt_csv_values_suggest_camp (run->values, camp_text);

          if (nearest != NULL)
            row_message (run, MT_CSV_SEVERITY_ERROR, MT_CSV_FIELD_CAMP,
                         _("unknown camp “%s”; did you mean “%s”?"), camp_text, nearest);
          else
            row_message (run, MT_CSV_SEVERITY_ERROR, MT_CSV_FIELD_CAMP,
                         _("unknown camp “%s”"), camp_text);
        }
    }

  if (cells[MT_CSV_FIELD_PLANNED_DEPARTURE] != NULL)
    {
      if (mt_csv_parse_date (cells[MT_CSV_FIELD_PLANNED_DEPARTURE], planned))
        row.values[MT_STORE_PERSON_PLANNED_DEPARTURE] = planned;
      else
        row_message (run, MT_CSV_SEVERITY_ERROR, MT_CSV_FIELD_PLANNED_DEPARTURE,
                     _("“%s” is not a date: write YYYY-MM-DD or DD/MM/YYYY"),
                     cells[MT_CSV_FIELD_PLANNED_DEPARTURE]);
    }
  if (cells[MT_CSV_FIELD_DEPARTURE_DATE] != NULL)
    {
      if (mt_csv_parse_date (cells[MT_CSV_FIELD_DEPARTURE_DATE], departed))
        row.values[MT_STORE_PERSON_DEPARTURE_DATE] = departed;
      else
        row_message (run, MT_CSV_SEVERITY_ERROR, MT_CSV_FIELD_DEPARTURE_DATE,
                     _("“%s” is not a date: write YYYY-MM-DD or DD/MM/YYYY"),
                     cells[MT_CSV_FIELD_DEPARTURE_DATE]);
    }
  row.values[MT_STORE_PERSON_STATUS] = store_status (run, cells[MT_CSV_FIELD_STATUS],
                                                    row.values[MT_STORE_PERSON_DEPARTURE_DATE]);

  if (run->reasons->len > 0)
    return reject_row (run, error);

  /* Rosters carry history: a row at a camp closed since is kept, and said so. */
  if (closed && warning_shown (run, WARNING_CLOSED_CAMP))
    row_message (run, MT_CSV_SEVERITY_WARNING, MT_CSV_FIELD_CAMP,
                 _("camp “%s” is closed or handed over; row imported"),
                 mt_csv_values_get_camp_name (run->values, row.camp_id));

  row.values[MT_STORE_PERSON_FAMILY_NAME] = cells[MT_CSV_FIELD_FAMILY_NAME];
  row.values[MT_STORE_PERSON_GIVEN_NAME] = cells[MT_CSV_FIELD_GIVEN_NAME];
  row.values[MT_STORE_PERSON_RANK] = cells[MT_CSV_FIELD_RANK];
  row.values[MT_STORE_PERSON_COUNTRY] = cells[MT_CSV_FIELD_COUNTRY];
  row.values[MT_STORE_PERSON_UNIT] = cells[MT_CSV_FIELD_UNIT];

  return _mt_csv_pipe_push (run->pipe, &row, line, error);
}

G_STATIC_ASSERT (MT_STORE_PERSON_DEPARTURE_DATE + MT_CSV_FIELD_FAMILY_NAME == MT_CSV_FIELD_DEPARTURE_DATE);
G_STATIC_ASSERT (MT_STORE_PERSON_CAMP + MT_CSV_FIELD_FAMILY_NAME == MT_CSV_FIELD_CAMP);
