/* test-columns.c: the lists' columns at the width a page has in an 800 px window: short
 * values (a camp, a category, a status) read whole, never "Bam…" or "Troops (contingen…";
 * the table scrolls sideways rather than cut them.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "mt-date.h"
#include "mt-movement.h"
#include "mt-person.h"
#include "mt-records-columns.h"
#include "mt-records-page.h"
#include "mt-roster-page.h"
#include "mt-store.h"
#include "mt-store-edit.h"
#include "mt-test-gui.h"
#include "mt-test-util.h"

/* What is left for a page in an 800 px window beside the camp list. */
#define PAGE_WIDTH 530

typedef struct
{
  MtStore   *store;
  GtkWindow *window;
} Fixture;

/* Helpers */

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->store = mt_test_store_new (TRUE);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, PAGE_WIDTH, 600);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (f->window);
  mt_test_spin (20);
  g_clear_object (&f->store);
}

static GtkColumnView *
show_page (Fixture   *f,
           GtkWidget *page)
{
  GtkColumnView *view;
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  gtk_window_set_child (f->window, page);
  mt_test_present_window (f->window);
  view = mt_test_find_widget (page, GTK_TYPE_COLUMN_VIEW);
  g_assert_nonnull (view);
  /* The roster loads on a worker. */
  while (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))) == 0 &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))), >, 0);
  mt_test_spin (200);
  /* No narrower than the page's toolbar allows. */
  g_test_message ("page %d px wide", gtk_widget_get_width (GTK_WIDGET (f->window)));

  return view;
}

/* The position of the column titled @title among the shown ones. */
static guint
column_position (GtkColumnView *view,
                 const char    *title)
{
  GListModel *columns = gtk_column_view_get_columns (view);
  guint shown = 0;

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        return shown;
      if (gtk_column_view_column_get_visible (column))
        shown++;
    }
  g_error ("No column “%s”", title);
}

static guint
sibling_position (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *w = gtk_widget_get_prev_sibling (widget); w != NULL; w = gtk_widget_get_prev_sibling (w))
    n++;
  return n;
}

typedef struct
{
  guint    position;
  guint    n_cells;
  GString *clipped;
} Check;

/* A cell is a row's child holding the inscription; the row's children go in column order. */
static void
check_cells (GtkWidget *widget,
             Check     *check)
{
  if (GTK_IS_INSCRIPTION (widget) && gtk_widget_get_mapped (widget) &&
      sibling_position (gtk_widget_get_parent (widget)) == check->position)
    {
      const char *text = gtk_inscription_get_text (GTK_INSCRIPTION (widget));
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
      int needed;

      pango_layout_get_pixel_size (layout, &needed, NULL);
      check->n_cells++;
      if (text != NULL && needed > gtk_widget_get_width (widget))
        g_string_append_printf (check->clipped, "“%s” (%d px in %d); ", text, needed,
                                gtk_widget_get_width (widget));
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_cells (child, check);
}

/* Asserts that every cell of each column named reads whole. */
static void
assert_columns_whole (GtkColumnView      *view,
                      const char * const *titles)
{
  for (guint i = 0; titles[i] != NULL; i++)
    {
      Check check = { column_position (view, titles[i]), 0, g_string_new (NULL) };

      check_cells (GTK_WIDGET (view), &check);
      g_test_message ("%s: %u cells", titles[i], check.n_cells);
      g_assert_cmpuint (check.n_cells, >, 0);
      if (check.clipped->len > 0)
        g_error ("Column “%s” cuts %s", titles[i], check.clipped->str);
      g_string_free (check.clipped, TRUE);
    }
}

/* Whether a mapped cell of @widget reads @text. */
static gboolean
has_cell (GtkWidget  *widget,
          const char *text)
{
  if (GTK_IS_INSCRIPTION (widget))
    return gtk_widget_get_mapped (widget) &&
           g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (widget)), text) == 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_cell (child, text))
      return TRUE;

  return FALSE;
}

static GtkWidget *
records_page (Fixture    *f,
              const char *kind)
{
  return g_object_new (MT_TYPE_RECORDS_PAGE, "kind", kind, "store", f->store, NULL);
}

/* Tests */

static void
test_movements (Fixture       *f,
                gconstpointer  data)
{
  static const char * const titles[] = { "Date", "Camp", "Category", "Country", "People",
                                         "Status", NULL };
  MtMovementFields planned = { .date = "2023-07-02", .category = "troops", .count = 120,
                               .planned = TRUE };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) movements = NULL;
  g_autoptr(GListStore) model = g_list_store_new (MT_TYPE_MOVEMENT);
  g_autofree char *made_text = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *footer = NULL;
  gint64 made = 0;
  GtkColumnView *view;

  /* A planned movement says so, the others read as made. */
  g_assert_cmpint (mt_store_create_movement (f->store, &planned, &error), >, 0);
  g_assert_no_error (error);
  view = show_page (f, records_page (f, "movements"));
  mt_test_save_png (GTK_WIDGET (view), "columns-movements.png");
  assert_columns_whole (view, titles);
  g_assert_true (has_cell (GTK_WIDGET (view), "Planned"));
  g_assert_true (has_cell (GTK_WIDGET (view), "Made"));

  /* The footer does not count them as repatriated. */
  movements = mt_store_list_movements (f->store, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < movements->len; i++)
    {
      MtMovement *movement = g_ptr_array_index (movements, i);

      g_list_store_append (model, movement);
      if (!mt_movement_get_planned (movement))
        made += mt_movement_get_count (movement);
    }
  made_text = mt_format_count (made);
  expected = g_strdup_printf ("%u movements · %s people repatriated · 120 more planned to leave",
                              movements->len, made_text);
  footer = _mt_records_dup_footer (MT_RECORDS_KIND_MOVEMENTS, G_LIST_MODEL (model), f->store, 0);
  g_assert_cmpstr (footer, ==, expected);
}

static void
test_convoys (Fixture       *f,
              gconstpointer  data)
{
  static const char * const titles[] = { "From", "To", "Status", "Planned", "Personnel",
                                         "Vehicles", NULL };
  MtConvoyFields convoy = { .from_camp_id = mt_store_find_camp (f->store, "Bamako"),
                            .to_camp_id = mt_store_find_camp (f->store, "Tessalit"),
                            .planned_departure = "2023-10-21", .planned_arrival = "2023-10-25",
                            .personnel = 1200, .vehicles = 140,
                            .status = MT_CONVOY_STATUS_UNDER_WAY, .departed = "2023-10-21" };
  g_autoptr(GError) error = NULL;
  GtkColumnView *view;

  g_assert_cmpint (mt_store_create_convoy (f->store, &convoy, &error), >, 0);
  g_assert_no_error (error);
  view = show_page (f, records_page (f, "convoys"));
  mt_test_save_png (GTK_WIDGET (view), "columns-convoys.png");
  assert_columns_whole (view, titles);
}

static void
test_assets (Fixture       *f,
             gconstpointer  data)
{
  static const char * const titles[] = { "Tag", "Owner", "Quantity", "Value (US$)", "Camp",
                                         "Decision", NULL };
  MtAssetFields asset = { .tag = "GEN-001", .description = "Generator 500 kVA",
                          .owner = MT_ASSET_OWNER_UNOE, .quantity = 3, .value = 90000,
                          .camp_id = mt_store_find_camp (f->store, "Bamako"),
                          .decision = MT_DISPOSAL_DONATE, .decision_date = "2023-11-01" };
  g_autoptr(GError) error = NULL;
  GtkColumnView *view;

  g_assert_cmpint (mt_store_create_asset (f->store, &asset, &error), >, 0);
  g_assert_no_error (error);
  view = show_page (f, records_page (f, "assets"));
  mt_test_save_png (GTK_WIDGET (view), "columns-assets.png");
  assert_columns_whole (view, titles);
}

static void
test_roster (Fixture       *f,
             gconstpointer  data)
{
  static const char * const titles[] = { "Personnel ID", "Rank", "Category", "Contingent",
                                         "Camp", "Planned departure", "Status", NULL };
  g_autoptr(GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  GtkWidget *page;
  GtkColumnView *view;

  g_ptr_array_add (persons, g_object_new (MT_TYPE_PERSON, "personnel-id", "MT-0000001",
                                          "family-name", "Ouédraogo", "given-name", "Aminata",
                                          "rank", "Lieutenant", "category", "troops",
                                          "country", "Côte d’Ivoire", "unit", "Formed unit",
                                          "camp-id", mt_store_find_camp (f->store, "Bamako"),
                                          "planned-departure", "2023-12-30", NULL));
  g_ptr_array_add (persons, g_object_new (MT_TYPE_PERSON, "personnel-id", "MT-0000002",
                                          "family-name", "Diallo", "category", "intl-staff",
                                          "camp-id", mt_store_find_camp (f->store, "Timbuktu"),
                                          NULL));
  mt_store_add_personnel (f->store, persons, &error);
  g_assert_no_error (error);

  page = g_object_new (MT_TYPE_ROSTER_PAGE, NULL);
  g_object_set (page, "store", f->store, NULL);
  view = show_page (f, page);
  mt_test_save_png (GTK_WIDGET (view), "columns-roster.png");
  assert_columns_whole (view, titles);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GTK_A11Y", "none", FALSE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/columns/movements", Fixture, NULL, fixture_setup, test_movements, fixture_teardown);
  g_test_add ("/columns/convoys", Fixture, NULL, fixture_setup, test_convoys, fixture_teardown);
  g_test_add ("/columns/assets", Fixture, NULL, fixture_setup, test_assets, fixture_teardown);
  g_test_add ("/columns/roster", Fixture, NULL, fixture_setup, test_roster, fixture_teardown);

  return g_test_run ();
}
