/* mt-csv-export.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-csv-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "mt-asset.h"
#include "mt-camp.h"
#include "mt-convoy.h"
#include "mt-csv-export.h"
#include "mt-csv-mapping.h"
#include "mt-movement.h"
#include "mt-person.h"
#include "mt-store-edit.h"
#include "mt-store-import.h"

/* Rows are gathered into a buffer this big before each write, not the whole file. */
#define FLUSH_SIZE (64 * 1024)

static const struct
{
  MtCsvExportKind  kind;
  const char      *name;
} kinds[] = {
  { MT_CSV_EXPORT_ROSTER, "roster" },
  { MT_CSV_EXPORT_CAMPS, "camps" },
  { MT_CSV_EXPORT_MOVEMENTS, "movements" },
  { MT_CSV_EXPORT_CONVOYS, "convoys" },
  { MT_CSV_EXPORT_ASSETS, "assets" },
};

typedef struct
{
  GOutputStream *out;
  GCancellable  *cancellable;
  GString       *buffer;
} Writer;

gboolean
mt_csv_export_kind_from_string (const char      *name,
                                MtCsvExportKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (kinds); i++)
    if (g_ascii_strcasecmp (name, kinds[i].name) == 0)
      {
        *kind = kinds[i].kind;
        return TRUE;
      }

  return FALSE;
}

const char *
mt_csv_export_kind_to_string (MtCsvExportKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (kinds[i].kind == kind)
      return kinds[i].name;

  g_return_val_if_reached (NULL);
}

/* "-8.5", "+12": a spreadsheet reads these as numbers, never as formulas, so they need no
 * escape (and a longitude of "'-8" would be text to a planner's spreadsheet). */
static gboolean
is_plain_number (const char *value)
{
  const char *p = value;
  gboolean digits = FALSE;

  if (*p == '-' || *p == '+')
    p++;
  for (; g_ascii_isdigit (*p); p++)
    digits = TRUE;
  if (*p == '.')
    for (p++; g_ascii_isdigit (*p); p++)
      digits = TRUE;

  return digits && *p == '\0';
}

void
mt_csv_escape_cell (GString    *out,
                    const char *value)
{
  gboolean formula;
  gboolean quote;

  g_return_if_fail (out != NULL);

  if (value == NULL || value[0] == '\0')
    return;

  /* OWASP: a spreadsheet runs a cell that starts with one of these as a formula. A leading
   * apostrophe makes it text, and the importer takes it away again. A cell that already
   * starts with an apostrophe gets one more, so the importer's one removal round-trips it. */
  formula = strchr ("=+-@\t\r'", value[0]) != NULL && !is_plain_number (value);
  quote = formula || strpbrk (value, ",;\"\r\n\t") != NULL || value[0] == ' ' ||
          value[strlen (value) - 1] == ' ';

  if (quote)
    g_string_append_c (out, '"');
  if (formula)
    g_string_append_c (out, '\'');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  if (quote)
    g_string_append_c (out, '"');
}

const char *
mt_csv_unescape_cell (const char *value)
{
  g_return_val_if_fail (value != NULL, NULL);

  if (value[0] == '\'' && value[1] != '\0' && strchr ("=+-@\t\r'", value[1]) != NULL)
    return value + 1;

  return value;
}

/* Writing */

static gboolean
writer_flush (Writer  *writer,
              GError **error)
{
  gboolean ok;

  if (writer->buffer->len == 0)
    return TRUE;

  ok = g_output_stream_write_all (writer->out, writer->buffer->str, writer->buffer->len, NULL,
                                  writer->cancellable, error);
  g_string_truncate (writer->buffer, 0);

  return ok;
}

static gboolean
writer_row (Writer              *writer,
            const char * const  *cells,
            guint                n_cells,
            GError             **error)
{
  for (guint i = 0; i < n_cells; i++)
    {
      if (i > 0)
        g_string_append_c (writer->buffer, ',');
      mt_csv_escape_cell (writer->buffer, cells[i]);
    }
  g_string_append (writer->buffer, "\r\n");

  if (writer->buffer->len >= FLUSH_SIZE)
    return !g_cancellable_set_error_if_cancelled (writer->cancellable, error) &&
           writer_flush (writer, error);

  return TRUE;
}

/* Rows fetched from the store at a time: a page of objects, never the whole roster. */
#define ROSTER_PAGE 2048

/* One person as the roster page shows them: the category's name in the UI's language, the
 * status as of the page's date; dates stay ISO 8601, which every spreadsheet reads. */
static gboolean
write_person (Writer    *writer,
              MtPerson  *person,
              GError   **error)
{
  const char *category = mt_person_get_category_name (person);
  const char *cells[] = {
    mt_person_get_personnel_id (person),
    mt_person_get_family_name (person),
    mt_person_get_given_name (person),
    mt_person_get_rank (person),
    category != NULL && category[0] != '\0' ? category : mt_person_get_category (person),
    mt_person_get_country (person),
    mt_person_get_unit (person),
    mt_person_get_camp_name (person),
    mt_person_get_planned_departure (person),
    mt_person_get_status_label (person),
    mt_person_get_departure_date (person),
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (cells) == MT_CSV_N_FIELDS - 1);

  return writer_row (writer, cells, G_N_ELEMENTS (cells), error);
}

static gboolean
write_roster (Writer         *writer,
              MtStore        *store,
              GArray         *ids,
              const char     *as_of,
              GError        **error)
{
  for (guint start = 0; start < ids->len; start += ROSTER_PAGE)
    {
      g_autoptr(GPtrArray) persons = NULL;

      persons = mt_store_fetch_personnel (store, &g_array_index (ids, gint64, start),
                                          MIN (ROSTER_PAGE, ids->len - start), as_of, error);
      if (persons == NULL)
        return FALSE;
      for (guint i = 0; i < persons->len; i++)
        if (!write_person (writer, g_ptr_array_index (persons, i), error))
          return FALSE;
    }

  return TRUE;
}

static char *
dup_int (gint64 value)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

/* A list's header row: its column titles in the UI's language. */
static gboolean
writer_header (Writer              *writer,
               const char * const  *titles,
               guint                n_titles,
               GError             **error)
{
  const char *translated[16];

  g_assert (n_titles <= G_N_ELEMENTS (translated));

  for (guint i = 0; i < n_titles; i++)
    translated[i] = g_dpgettext2 (GETTEXT_PACKAGE, "export column", titles[i]);

  return writer_row (writer, translated, n_titles, error);
}

static gboolean
export_camps (Writer     *writer,
              GPtrArray  *camps,
              GError    **error)
{
  static const char * const header[] = {
    NC_("export column", "Camp"), NC_("export column", "Other names"),
    NC_("export column", "Region"), NC_("export column", "Latitude"),
    NC_("export column", "Longitude"), NC_("export column", "Kind"),
    NC_("export column", "Status"), NC_("export column", "Status since"),
    NC_("export column", "Planned closure"), NC_("export column", "Planned handover"),
    NC_("export column", "Handover date"), NC_("export column", "Handed over to"),
  };
  if (!writer_header (writer, header, G_N_ELEMENTS (header), error))
    return FALSE;

  for (guint i = 0; i < camps->len; i++)
    {
      MtCamp *camp = g_ptr_array_index (camps, i);
      char latitude[G_ASCII_DTOSTR_BUF_SIZE], longitude[G_ASCII_DTOSTR_BUF_SIZE];
      const char *cells[G_N_ELEMENTS (header)];

      /* The C locale's decimal point: "16.27", never "16,27", whatever the user's locale;
       * ten significant digits, not the binary noise of a shortest round trip. */
      g_ascii_formatd (latitude, sizeof latitude, "%.10g", mt_camp_get_latitude (camp));
      g_ascii_formatd (longitude, sizeof longitude, "%.10g", mt_camp_get_longitude (camp));
      cells[0] = mt_camp_get_name (camp);
      cells[1] = mt_camp_get_aliases (camp);
      /* As the list shows it: in French in a French session. */
      cells[2] = mt_camp_get_display_region (camp);
      cells[3] = latitude;
      cells[4] = longitude;
      cells[5] = mt_camp_kind_get_label (mt_camp_get_kind (camp));
      cells[6] = mt_camp_status_get_label (mt_camp_get_status (camp));
      cells[7] = mt_camp_get_status_since (camp);
      cells[8] = mt_camp_get_planned_closure (camp);
      cells[9] = mt_camp_get_planned_handover (camp);
      cells[10] = mt_camp_get_handover_date (camp);
      cells[11] = mt_camp_get_handed_over_to (camp);
      if (!writer_row (writer, cells, G_N_ELEMENTS (cells), error))
        return FALSE;
    }

  return TRUE;
}

/* The movement's category as the list shows it: its name, or the code of one the table
 * no longer has. */
static const char *
category_name (MtMovement *movement)
{
  const char *name = mt_movement_get_category_name (movement);

  return name != NULL && name[0] != '\0' ? name : mt_movement_get_category (movement);
}

static gboolean
export_movements (Writer     *writer,
                  GPtrArray  *movements,
                  GError    **error)
{
  static const char * const header[] = {
    NC_("export column", "Date"), NC_("export column", "Camp"),
    NC_("export column", "Category"), NC_("export column", "Contingent"),
    NC_("export column", "Count"), NC_("export column", "Note"),
    NC_("export column", "Status"),
  };
  if (!writer_header (writer, header, G_N_ELEMENTS (header), error))
    return FALSE;

  for (guint i = 0; i < movements->len; i++)
    {
      MtMovement *movement = g_ptr_array_index (movements, i);
      g_autofree char *count = dup_int (mt_movement_get_count (movement));
      const char *cells[] = {
        mt_movement_get_date (movement), mt_movement_get_camp_name (movement),
        category_name (movement), mt_movement_get_contingent (movement), count,
        mt_movement_get_note (movement), mt_movement_get_status_label (movement),
      };

      if (!writer_row (writer, cells, G_N_ELEMENTS (cells), error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
export_convoys (Writer     *writer,
                GPtrArray  *convoys,
                GError    **error)
{
  /* The convoy's number first: what a scenario's convoy:ID names (--scenario-save). */
  static const char * const header[] = {
    NC_("export column", "Convoy"),
    NC_("export column", "From"), NC_("export column", "To"),
    NC_("export column", "Status"), NC_("export column", "Planned departure"),
    NC_("export column", "Departed"), NC_("export column", "Planned arrival"),
    NC_("export column", "Arrived"), NC_("export column", "Personnel"),
    NC_("export column", "Vehicles"), NC_("export column", "Note"),
  };
  if (!writer_header (writer, header, G_N_ELEMENTS (header), error))
    return FALSE;

  for (guint i = 0; i < convoys->len; i++)
    {
      MtConvoy *convoy = g_ptr_array_index (convoys, i);
      g_autofree char *number = dup_int (mt_convoy_get_id (convoy));
      g_autofree char *personnel = NULL;
      g_autofree char *vehicles = NULL;

      /* (negative: not reported) */
      if (mt_convoy_get_personnel (convoy) >= 0)
        personnel = dup_int (mt_convoy_get_personnel (convoy));
      if (mt_convoy_get_vehicles (convoy) >= 0)
        vehicles = dup_int (mt_convoy_get_vehicles (convoy));

      {
        const char *cells[] = {
          number, mt_convoy_get_from_name (convoy), mt_convoy_get_to_name (convoy),
          mt_convoy_status_get_label (mt_convoy_get_status (convoy)),
          mt_convoy_get_planned_departure (convoy), mt_convoy_get_departed (convoy),
          mt_convoy_get_planned_arrival (convoy), mt_convoy_get_arrived (convoy),
          personnel, vehicles, mt_convoy_get_note (convoy),
        };

        if (!writer_row (writer, cells, G_N_ELEMENTS (cells), error))
          return FALSE;
      }
    }

  return TRUE;
}

static gboolean
export_assets (Writer     *writer,
               GPtrArray  *assets,
               GError    **error)
{
  static const char * const header[] = {
    NC_("export column", "Tag"), NC_("export column", "Description"),
    NC_("export column", "Owner"), NC_("export column", "Camp"),
    NC_("export column", "Quantity"), NC_("export column", "Value (USD)"),
    NC_("export column", "Decision"), NC_("export column", "Decision date"),
  };
  if (!writer_header (writer, header, G_N_ELEMENTS (header), error))
    return FALSE;

  for (guint i = 0; i < assets->len; i++)
    {
      MtAsset *asset = g_ptr_array_index (assets, i);
      g_autofree char *quantity = dup_int (mt_asset_get_quantity (asset));
      char value[G_ASCII_DTOSTR_BUF_SIZE] = "";
      const char *cells[8];

      if (!isnan (mt_asset_get_value (asset)))
        g_ascii_formatd (value, sizeof value, "%.15g", mt_asset_get_value (asset));
      cells[0] = mt_asset_get_tag (asset);
      cells[1] = mt_asset_get_description (asset);
      cells[2] = mt_asset_owner_get_label (mt_asset_get_owner (asset));
      cells[3] = mt_asset_get_camp_name (asset);
      cells[4] = quantity;
      cells[5] = value;
      cells[6] = mt_disposal_get_label (mt_asset_get_decision (asset));
      cells[7] = mt_asset_get_decision_date (asset);
      if (!writer_row (writer, cells, G_N_ELEMENTS (cells), error))
        return FALSE;
    }

  return TRUE;
}

/* The rows of @kind, or with @ids only those, in the order of @ids (ids no longer in the
 * store are skipped: the list may have changed since). */
static GPtrArray *
list_rows (MtStore          *store,
           MtCsvExportKind   kind,
           const char       *as_of,
           const gint64     *ids,
           guint             n_ids,
           GError          **error)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  g_autoptr(GArray) row_ids = NULL;
  GPtrArray *picked;

  switch (kind)
    {
    case MT_CSV_EXPORT_CAMPS:
      all = mt_store_list_camps (store, as_of, error);
      break;
    case MT_CSV_EXPORT_MOVEMENTS:
      all = mt_store_list_movements (store, ids != NULL ? NULL : as_of, error);
      break;
    case MT_CSV_EXPORT_CONVOYS:
      all = mt_store_list_all_convoys (store, error);
      break;
    case MT_CSV_EXPORT_ASSETS:
      all = mt_store_list_assets (store, 0, error);
      break;
    case MT_CSV_EXPORT_ROSTER:
    default:
      g_assert_not_reached ();
    }

  if (all == NULL || ids == NULL)
    return g_steal_pointer (&all);

  /* Every model class of these lists has an "id" property. The keys point into @row_ids,
   * sized once so they never move. */
  by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  row_ids = g_array_sized_new (FALSE, TRUE, sizeof (gint64), all->len);
  g_array_set_size (row_ids, all->len);
  for (guint i = 0; i < all->len; i++)
    {
      GObject *row = g_ptr_array_index (all, i);
      gint64 *id = &g_array_index (row_ids, gint64, i);

      g_object_get (row, "id", id, NULL);
      g_hash_table_insert (by_id, id, row);
    }

  picked = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_ids; i++)
    {
      GObject *row = g_hash_table_lookup (by_id, &ids[i]);

      if (row != NULL)
        g_ptr_array_add (picked, g_object_ref (row));
    }

  return picked;
}

/* Public API */

gboolean
mt_csv_export_roster (MtStore              *store,
                      const MtRosterQuery  *query,
                      GOutputStream        *out,
                      GCancellable         *cancellable,
                      GError              **error)
{
  const MtRosterQuery every_row = { .sort_column = MT_ROSTER_COLUMN_PERSONNEL_ID };
  g_autoptr(GArray) ids = NULL;
  const char *header[MT_CSV_N_FIELDS - 1];
  Writer writer = { out, cancellable, NULL };
  gboolean ok;

  g_return_val_if_fail (MT_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);

  if (query == NULL)
    query = &every_row;
  ids = mt_store_query_personnel_ids (store, query, error);
  if (ids == NULL)
    return FALSE;

  /* The roster page's column titles, which the importer reads back (mt-csv-mapping.c). */
  for (guint f = 1; f < MT_CSV_N_FIELDS; f++)
    header[f - 1] = mt_csv_field_get_label (f);

  writer.buffer = g_string_sized_new (FLUSH_SIZE + 4096);
  ok = writer_row (&writer, header, G_N_ELEMENTS (header), error) &&
       write_roster (&writer, store, ids, query->as_of, error) &&
       writer_flush (&writer, error);
  g_string_free (writer.buffer, TRUE);

  return ok;
}

gboolean
mt_csv_export_list (MtStore          *store,
                    MtCsvExportKind   kind,
                    const char       *as_of,
                    GOutputStream    *out,
                    GCancellable     *cancellable,
                    GError          **error)
{
  return mt_csv_export_list_ids (store, kind, as_of, NULL, 0, out, cancellable, error);
}

gboolean
mt_csv_export_list_ids (MtStore          *store,
                        MtCsvExportKind   kind,
                        const char       *as_of,
                        const gint64     *ids,
                        guint             n_ids,
                        GOutputStream    *out,
                        GCancellable     *cancellable,
                        GError          **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  Writer writer = { out, cancellable, NULL };
  gboolean ok = FALSE;

  g_return_val_if_fail (MT_IS_STORE (store), FALSE);
  g_return_val_if_fail (ids != NULL || n_ids == 0, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);

  if (kind == MT_CSV_EXPORT_ROSTER)
    return mt_csv_export_roster (store, NULL, out, cancellable, error);

  rows = list_rows (store, kind, as_of, ids, n_ids, error);
  if (rows == NULL)
    return FALSE;

  writer.buffer = g_string_sized_new (FLUSH_SIZE + 4096);
  switch (kind)
    {
    case MT_CSV_EXPORT_CAMPS:
      ok = export_camps (&writer, rows, error);
      break;
    case MT_CSV_EXPORT_MOVEMENTS:
      ok = export_movements (&writer, rows, error);
      break;
    case MT_CSV_EXPORT_CONVOYS:
      ok = export_convoys (&writer, rows, error);
      break;
    case MT_CSV_EXPORT_ASSETS:
      ok = export_assets (&writer, rows, error);
      break;
    case MT_CSV_EXPORT_ROSTER:
    default:
      g_assert_not_reached ();
    }
  ok = ok && writer_flush (&writer, error);
  g_string_free (writer.buffer, TRUE);

  return ok;
}

gboolean
mt_csv_export_to_path (MtStore              *store,
                       MtCsvExportKind       kind,
                       const MtRosterQuery  *query,
                       const char           *as_of,
                       const char           *path,
                       GError              **error)
{
  return mt_csv_export_ids_to_path (store, kind, query, as_of, NULL, 0, path, error);
}

gboolean
mt_csv_export_ids_to_path (MtStore              *store,
                           MtCsvExportKind       kind,
                           const MtRosterQuery  *query,
                           const char           *as_of,
                           const gint64         *ids,
                           guint                 n_ids,
                           const char           *path,
                           GError              **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GCancellable) abort = g_cancellable_new ();
  gboolean ok;

  g_return_val_if_fail (MT_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* g_file_replace() writes beside the file and renames on close: a failed export leaves
   * the old file as it was. */
  file = g_file_new_for_path (path);
  if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_SPECIAL)
    /* /dev/stdout, a pipe: nothing to replace, just write. */
    out = g_file_append_to (file, G_FILE_CREATE_NONE, NULL, error);
  else
    out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, error);
  if (out == NULL)
    return FALSE;

  if (kind == MT_CSV_EXPORT_ROSTER)
    ok = mt_csv_export_roster (store, query, G_OUTPUT_STREAM (out), NULL, error);
  else
    ok = mt_csv_export_list_ids (store, kind, as_of, ids, n_ids, G_OUTPUT_STREAM (out), NULL,
                                 error);

  if (!ok)
    {
      /* Closing with a cancelled cancellable drops the temporary file. */
      g_cancellable_cancel (abort);
      g_output_stream_close (G_OUTPUT_STREAM (out), abort, NULL);
      return FALSE;
    }

  return g_output_stream_close (G_OUTPUT_STREAM (out), NULL, error);
}
