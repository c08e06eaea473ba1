/* mt-records-columns.c: what each kind of MtRecordsPage shows, how it reads and sorts.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-records-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "mt-asset.h"
#include "mt-convoy.h"
#include "mt-date.h"
#include "mt-movement.h"
#include "mt-records-columns.h"
#include "mt-store-edit.h"

/* Widths: camps up to "Toute la Mission"; categories up to "Policiers hors unités
 * constituées"; dates up to "30 sept. 2023"; decisions up to "Donate to the host
 * authorities". */
static const MtRecordsColumn movement_columns[] = {
  { N_("Date"), "date", MT_RECORDS_CELL_DATE, FALSE, 13 },
  { N_("Camp"), "camp-name", MT_RECORDS_CELL_CAMP, TRUE, 16 },
  { N_("Category"), "category-name", MT_RECORDS_CELL_TEXT, TRUE, 33 },
  { N_("Country"), "contingent", MT_RECORDS_CELL_TEXT, TRUE, 14 },
  { N_("People"), "count", MT_RECORDS_CELL_COUNT, FALSE, 8 },
  { N_("Status"), "planned", MT_RECORDS_CELL_PLANNED, FALSE, 9 },
  { NULL }
};

static const MtRecordsColumn convoy_columns[] = {
  { N_("From"), "from-name", MT_RECORDS_CELL_TEXT, TRUE, 14 },
  { N_("To"), "to-name", MT_RECORDS_CELL_TEXT, TRUE, 14 },
  { N_("Status"), "status", MT_RECORDS_CELL_CONVOY_STATUS, FALSE, 12 },
  { N_("Planned"), "planned-departure", MT_RECORDS_CELL_DATE, FALSE, 13 },
  { N_("Departed"), "departed", MT_RECORDS_CELL_DATE, FALSE, 13 },
  { N_("Due"), "planned-arrival", MT_RECORDS_CELL_DATE, FALSE, 13 },
  { N_("Arrived"), "arrived", MT_RECORDS_CELL_DATE, FALSE, 13 },
  { N_("Personnel"), "personnel", MT_RECORDS_CELL_COUNT, FALSE, 9 },
  { N_("Vehicles"), "vehicles", MT_RECORDS_CELL_COUNT, FALSE, 9 },
  { NULL }
};

static const MtRecordsColumn asset_columns[] = {
  { N_("Tag"), "tag", MT_RECORDS_CELL_TEXT, FALSE, 10 },
  { N_("Description"), "description", MT_RECORDS_CELL_TEXT, TRUE, 20 },
  { N_("Owner"), "owner", MT_RECORDS_CELL_OWNER, FALSE, 6 },
  { N_("Quantity"), "quantity", MT_RECORDS_CELL_COUNT, FALSE, 8 },
  { N_("Value (US$)"), "value", MT_RECORDS_CELL_MONEY, FALSE, 12 },
  { N_("Camp"), "camp-name", MT_RECORDS_CELL_CAMP, TRUE, 16 },
  { N_("Decision"), "decision", MT_RECORDS_CELL_DECISION, TRUE, 31 },
  { N_("Decided"), "decision-date", MT_RECORDS_CELL_DATE, FALSE, 13 },
  { NULL }
};

const MtRecordsColumn *
_mt_records_kind_columns (MtRecordsKind kind)
{
  switch (kind)
    {
    case MT_RECORDS_KIND_CONVOYS:
      return convoy_columns;
    case MT_RECORDS_KIND_ASSETS:
      return asset_columns;
    case MT_RECORDS_KIND_MOVEMENTS:
    default:
      return movement_columns;
    }
}

char *
_mt_records_format_cell (GObject               *record,
                         const MtRecordsColumn *column)
{
  g_autofree char *text = NULL;
  gint64 count;
  double value;
  guint e;

  switch (column->type)
    {
    case MT_RECORDS_CELL_TEXT:
    case MT_RECORDS_CELL_CAMP:
      g_object_get (record, column->property, &text, NULL);
      /* Said as the editors say it: a movement without a camp was reported for the
       * whole mission, an asset without one is not at a camp. */
      if (text == NULL && column->type == MT_RECORDS_CELL_CAMP)
        return g_strdup (MT_IS_MOVEMENT (record) ? _("Mission-wide") : _("Not at a camp"));
      return g_steal_pointer (&text);

    case MT_RECORDS_CELL_DATE:
      g_object_get (record, column->property, &text, NULL);
      return text != NULL ? mt_date_format_short (text) : NULL;

    case MT_RECORDS_CELL_COUNT:
      g_object_get (record, column->property, &count, NULL);
      return count >= 0 ? mt_format_count (count) : g_strdup (_("unknown"));

    case MT_RECORDS_CELL_MONEY:
      g_object_get (record, column->property, &value, NULL);
      return isnan (value) ? NULL : g_strdup_printf ("%'.0f", value);

    case MT_RECORDS_CELL_CONVOY_STATUS:
      g_object_get (record, column->property, &e, NULL);
      return g_strdup (mt_convoy_status_get_label (e));

    case MT_RECORDS_CELL_OWNER:
      g_object_get (record, column->property, &e, NULL);
      return g_strdup (mt_asset_owner_to_key (e));

    case MT_RECORDS_CELL_DECISION:
      g_object_get (record, column->property, &e, NULL);
      return g_strdup (mt_disposal_get_label (e));

    case MT_RECORDS_CELL_PLANNED:
      return g_strdup (mt_movement_get_status_label (MT_MOVEMENT (record)));

    default:
      g_assert_not_reached ();
    }
}

int
_mt_records_compare_cells (GObject               *a,
                           GObject               *b,
                           const MtRecordsColumn *column)
{
  switch (column->type)
    {
    case MT_RECORDS_CELL_COUNT:
      {
        gint64 x, y;

        g_object_get (a, column->property, &x, NULL);
        g_object_get (b, column->property, &y, NULL);
        return (x > y) - (x < y);
      }
    case MT_RECORDS_CELL_MONEY:
      {
        double x, y;

        g_object_get (a, column->property, &x, NULL);
        g_object_get (b, column->property, &y, NULL);
        if (isnan (x) || isnan (y))
          return isnan (x) - isnan (y);
        return (x > y) - (x < y);
      }
    case MT_RECORDS_CELL_CONVOY_STATUS:
    case MT_RECORDS_CELL_OWNER:
    case MT_RECORDS_CELL_DECISION:
    case MT_RECORDS_CELL_PLANNED:
      {
        guint x, y;

        g_object_get (a, column->property, &x, NULL);
        g_object_get (b, column->property, &y, NULL);
        return (x > y) - (x < y);
      }
    case MT_RECORDS_CELL_DATE:
      {
        g_autofree char *x = NULL, *y = NULL;

        g_object_get (a, column->property, &x, NULL);
        g_object_get (b, column->property, &y, NULL);
        /* Not set sorts last: a planned convoy without a date is still to come. */
        if (x == NULL || y == NULL)
          return (x == NULL) - (y == NULL);
        return strcmp (x, y);
      }
    case MT_RECORDS_CELL_TEXT:
    case MT_RECORDS_CELL_CAMP:
    default:
      {
        g_autofree char *x = NULL, *y = NULL;
        g_autofree char *kx = NULL, *ky = NULL;

        g_object_get (a, column->property, &x, NULL);
        g_object_get (b, column->property, &y, NULL);
        kx = g_utf8_collate_key (x != NULL ? x : "", -1);
        ky = g_utf8_collate_key (y != NULL ? y : "", -1);
        return strcmp (kx, ky);
      }
    }
}

/* Rows without a camp (a mission-wide movement, an asset not at a camp) */

gboolean
_mt_records_has_camp (GObject *record)
{
  g_autofree char *camp = NULL;

  g_object_get (record, "camp-name", &camp, NULL);
  return camp != NULL;
}

/* A record of @kind whose every column holds its lower (@high FALSE) or higher value, with
 * or without a camp. */
static GObject *
probe_new (MtRecordsKind  kind,
           gboolean       with_camp,
           gboolean       high)
{
  const MtRecordsColumn *columns = _mt_records_kind_columns (kind);
  GObject *probe = g_object_new (kind == MT_RECORDS_KIND_ASSETS ? MT_TYPE_ASSET : MT_TYPE_MOVEMENT,
                                 NULL);

  for (guint i = 0; columns[i].title != NULL; i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (probe),
                                                        columns[i].property);
      g_auto(GValue) value = G_VALUE_INIT;
      g_auto(GValue) number = G_VALUE_INIT;

      g_value_init (&value, pspec->value_type);
      if (columns[i].type == MT_RECORDS_CELL_CAMP)
        g_value_set_string (&value, with_camp ? "x" : NULL);
      else if (G_VALUE_HOLDS_STRING (&value))
        /* Sorts the same as a date and as a text. */
        g_value_set_string (&value, high ? "2000-01-02" : "2000-01-01");
      else
        {
          g_value_init (&number, G_TYPE_INT);
          g_value_set_int (&number, high ? 1 : 0);
          g_value_transform (&number, &value);
        }
      g_object_set_property (probe, columns[i].property, &value);
    }
  return probe;
}

/* GTK 4.8 does not say which column a GtkColumnView sorts by first
 * (gtk_column_view_sorter_get_primary_sort_column() is 4.10), so the view's sorter is asked
 * about records that differ in their camp only, then in every column: the camp column sorts
 * first when it decides both, whichever way the other columns go. */
gboolean
_mt_records_sorted_by_camp (GtkSorter     *view_sorter,
                            MtRecordsKind  kind)
{
  g_autoptr(GObject) none_low = NULL, none_high = NULL, camp_low = NULL, camp_high = NULL;
  GtkOrdering by_camp;

  if (kind != MT_RECORDS_KIND_MOVEMENTS && kind != MT_RECORDS_KIND_ASSETS)
    return FALSE;

  none_low = probe_new (kind, FALSE, FALSE);
  none_high = probe_new (kind, FALSE, TRUE);
  camp_low = probe_new (kind, TRUE, FALSE);
  camp_high = probe_new (kind, TRUE, TRUE);
  by_camp = gtk_sorter_compare (view_sorter, none_low, camp_low);
  return by_camp != GTK_ORDERING_EQUAL &&
         gtk_sorter_compare (view_sorter, none_low, camp_high) == by_camp &&
         gtk_sorter_compare (view_sorter, none_high, camp_low) == by_camp;
}

/* The footer: how many, and the totals that matter for the kind. */
gboolean
_mt_records_match_search (GObject       *record,
                          MtRecordsKind  kind,
                          const char    *search)
{
  const MtRecordsColumn *columns = _mt_records_kind_columns (kind);

  if (search == NULL || search[0] == '\0')
    return TRUE;

  /* Every column as shown: "arrived", "COE", "Gao" and "15 Dec" all find rows. */
  for (guint i = 0; columns[i].title != NULL; i++)
    {
      g_autofree char *text = _mt_records_format_cell (record, &columns[i]);

      if (text != NULL && g_str_match_string (search, text, TRUE))
        return TRUE;
    }
  return FALSE;
}

/* Column view */

static int
compare_cb (gconstpointer a,
            gconstpointer b,
            gpointer      user_data)
{
  return _mt_records_compare_cells (G_OBJECT (a), G_OBJECT (b), user_data);
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               const MtRecordsColumn    *column)
{
  GtkWidget *label = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (label),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (label), column->chars);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (label), column->chars);
  if (column->type == MT_RECORDS_CELL_COUNT || column->type == MT_RECORDS_CELL_MONEY)
    {
      gtk_inscription_set_xalign (GTK_INSCRIPTION (label), 1.0);
      gtk_widget_add_css_class (label, "numeric");
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              const MtRecordsColumn    *column)
{
  GObject *record = gtk_list_item_get_item (item);
  g_autofree char *text = _mt_records_format_cell (record, column);

  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_list_item_get_child (item)), text);
}

void
_mt_records_append_columns (GtkColumnView *view,
                            MtRecordsKind  kind)
{
  const MtRecordsColumn *columns = _mt_records_kind_columns (kind);

  for (guint i = 0; columns[i].title != NULL; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;
      GtkSorter *sorter;

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), (gpointer) &columns[i]);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), (gpointer) &columns[i]);
      column = gtk_column_view_column_new (_(columns[i].title), factory);
      sorter = GTK_SORTER (gtk_custom_sorter_new (compare_cb, (gpointer) &columns[i], NULL));
      gtk_column_view_column_set_sorter (column, sorter);
      gtk_column_view_column_set_expand (column, columns[i].expand);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_append_column (view, column);
      g_object_unref (sorter);
      g_object_unref (column);
    }
}

char *
_mt_records_dup_footer (MtRecordsKind  kind,
                        GListModel    *model,
                        MtStore       *store,
                        gint64         camp_id)
{
  guint n = g_list_model_get_n_items (model);
  g_autofree char *count = mt_format_count (n);
  g_autoptr(GString) text = g_string_new (NULL);

  switch (kind)
    {
    case MT_RECORDS_KIND_MOVEMENTS:
      {
        gint64 people = 0, planned = 0;
        g_autofree char *total = NULL;

        /* A planned movement is not made: its people have not left. */
        for (guint i = 0; i < n; i++)
          {
            g_autoptr(MtMovement) movement = g_list_model_get_item (model, i);

            if (mt_movement_get_planned (movement))
              planned += MAX (mt_movement_get_count (movement), 0);
            else
              people += MAX (mt_movement_get_count (movement), 0);
          }
        total = mt_format_count (people);
        /* Translators: footer of the movements list; %s are numbers */
        g_string_append_printf (text, ngettext ("%s movement", "%s movements", n), count);
        g_string_append (text, " · ");
        g_string_append_printf (text, ngettext ("%s person repatriated", "%s people repatriated",
                                                people), total);
        if (planned > 0)
          {
            g_autofree char *to_come = mt_format_count (planned);

            g_string_append (text, " · ");
            /* Translators: footer of the movements list, after the people repatriated */
            g_string_append_printf (text, ngettext ("%s more planned to leave",
                                                    "%s more planned to leave", planned),
                                    to_come);
          }
      }
      break;

    case MT_RECORDS_KIND_CONVOYS:
      g_string_append_printf (text, ngettext ("%s convoy", "%s convoys", n), count);
      break;

    case MT_RECORDS_KIND_ASSETS:
      {
        g_autoptr(GArray) totals = NULL;
        g_autoptr(GError) error = NULL;
        MtDisposal last = MT_N_DISPOSALS;

        g_string_append_printf (text, ngettext ("%s asset record", "%s asset records", n), count);
        if (store != NULL)
          totals = mt_store_asset_totals (store, camp_id, &error);
        if (error != NULL)
          /* The totals could not be read: say why where they would be. */
          g_string_append_printf (text, "\n%s", error->message);
        /* By decision, then owner: "Repatriate — COE 12 (US$ 40,000) · UNOE 3". */
        for (guint i = 0; totals != NULL && i < totals->len; i++)
          {
            const MtAssetTotal *t = &g_array_index (totals, MtAssetTotal, i);
            g_autofree char *quantity = mt_format_count (t->quantity);

            if (t->decision != last)
              {
                g_string_append_printf (text, "\n%s — ", mt_disposal_get_label (t->decision));
                last = t->decision;
              }
            else
              {
                g_string_append (text, " · ");
              }
            g_string_append_printf (text, "%s %s", mt_asset_owner_to_key (t->owner), quantity);
            if (t->value > 0)
              /* Translators: a total value in US dollars, e.g. "(US$ 40,000)" */
              g_string_append_printf (text, _(" (US$ %'.0f)"), t->value);
          }
      }
      break;

    default:
      g_assert_not_reached ();
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
