/* test-french-names.c: a camp's name in the user's language, wherever the window shows it,
 * and either name wherever a planner types one. Run twice (tests/meson.build): in English,
 * and under LC_ALL=fr_FR.UTF-8 LANGUAGE=fr, where the seed's Timbuktu is Tombouctou.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "mt-application.h"
#include "mt-camp.h"
#include "mt-camp-choice.h"
#include "mt-camp-page-private.h"
#include "mt-convoy.h"
#include "mt-event.h"
#include "mt-movement.h"
#include "mt-records-columns.h"
#include "mt-records-page.h"
#include "mt-store.h"
#include "mt-store-edit.h"
#include "mt-test-gui.h"
#include "mt-test-util.h"
#include "mt-window-private.h"

typedef struct
{
  MtStore    *store;
  MtWindow   *window;
  const char *shown;   /* the name the window shows in this run's language */
  const char *other;   /* the name in the other language */
  gint64      timbuktu;
  gint64      etoile;  /* a camp named "Zed Camp", "Étoile" in French */
} Fixture;

/* Helpers */

static gboolean
is_french (void)
{
  return g_str_has_prefix (g_get_language_names ()[0], "fr");
}

static gboolean
label_is (GtkWidget *widget,
          gpointer   text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
}

/* A camp whose French name starts with É, and a record of each kind at Timbuktu and at it. */
static void
add_records (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  MtCampFields camp = { .name = "Zed Camp", .name_fr = "Étoile", .region = "Gao",
                        .latitude = NAN, .longitude = NAN, .kind = "camp" };
  gint64 camps[2];

  f->timbuktu = mt_store_find_camp (f->store, "Timbuktu");
  g_assert_cmpint (f->timbuktu, >, 0);
  f->etoile = mt_store_create_camp (f->store, &camp, MT_CAMP_STATUS_OPERATIONAL,
                                    "2023-01-01", &error);
  g_assert_no_error (error);
  camps[0] = f->timbuktu;
  camps[1] = f->etoile;
  for (guint i = 0; i < G_N_ELEMENTS (camps); i++)
    {
      MtConvoyFields convoy = { .from_camp_id = camps[i], .to_camp_id = camps[1 - i],
                                .departed = "2023-10-01", .arrived = "2023-10-03",
                                .personnel = -1, .vehicles = -1,
                                .status = MT_CONVOY_STATUS_ARRIVED };
      MtAssetFields asset = { .description = "Generator", .quantity = 1, .value = NAN,
                              .camp_id = camps[i] };
      MtEventFields event = { .camp_id = camps[i], .date = "2023-10-02", .kind = "milestone",
                              .title = "Milestone" };

      g_assert_cmpint (mt_store_add_movement (f->store, "2023-10-01", camps[i], "troops",
                                              NULL, 10, &error), >, 0);
      g_assert_no_error (error);
      g_assert_cmpint (mt_store_create_convoy (f->store, &convoy, &error), >, 0);
      g_assert_no_error (error);
      g_assert_cmpint (mt_store_create_asset (f->store, &asset, &error), >, 0);
      g_assert_no_error (error);
      g_assert_cmpint (mt_store_create_event (f->store, &event, &error), >, 0);
      g_assert_no_error (error);
    }
}

/* The texts @property takes over @model's items. */
static GPtrArray *
dup_texts (GListModel *model,
           const char *property)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      char *text = NULL;

      g_object_get (item, property, &text, NULL);
      if (text != NULL)
        g_ptr_array_add (texts, text);
    }
  return texts;
}

static gboolean
has_text (GPtrArray  *texts,
          const char *text)
{
  return g_ptr_array_find_with_equal_func (texts, text, g_str_equal, NULL);
}

/* @texts name Timbuktu in this run's language only. */
static void
assert_names_shown (Fixture   *f,
                    GPtrArray *texts)
{
  g_assert_true (has_text (texts, f->shown));
  g_assert_false (has_text (texts, f->other));
  g_assert_true (has_text (texts, is_french () ? "Étoile" : "Zed Camp"));
}

static gboolean
page_has_items (gpointer page)
{
  return g_list_model_get_n_items (G_LIST_MODEL (mt_records_page_get_selection (page))) > 0;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->shown = is_french () ? "Tombouctou" : "Timbuktu";
  f->other = is_french () ? "Timbuktu" : "Tombouctou";
  f->store = mt_test_store_new (TRUE);
  add_records (f);
  f->window = mt_window_new (NULL, f->store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 1600);
  mt_test_present_window (GTK_WINDOW (f->window));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  mt_test_spin (20);
  g_clear_object (&f->store);
}

/* Tests */

/* The camp list names the camp in the UI's language; a search finds it by either name. */
static void
test_camp_list (Fixture       *f,
                gconstpointer  data)
{
  GListModel *shown = G_LIST_MODEL (f->window->filtered);
  g_autoptr(MtCamp) found = NULL;

  g_assert_nonnull (mt_test_find_widget_matching (GTK_WIDGET (f->window->camp_list_view),
                                                  label_is, (gpointer) f->shown));
  if (is_french ())
    g_assert_null (mt_test_find_widget_matching (GTK_WIDGET (f->window->camp_list_view),
                                                 label_is, (gpointer) f->other));

  /* "Tombouctou" is a region too (Ber, Goundam are listed with it). */
  gtk_editable_set_text (GTK_EDITABLE (f->window->search_entry), f->other);
  mt_test_spin (300);
  g_assert_cmpuint (g_list_model_get_n_items (shown), >=, 1);
  for (guint i = 0; i < g_list_model_get_n_items (shown) && found == NULL; i++)
    {
      g_autoptr(MtCamp) camp = g_list_model_get_item (shown, i);

      if (g_strcmp0 (mt_camp_get_name (camp), "Timbuktu") == 0)
        found = g_steal_pointer (&camp);
    }
  g_assert_nonnull (found);
  g_assert_cmpstr (mt_camp_get_display_name (found), ==, f->shown);
}

/* The camp at @name in the window's list (as filtered now), or NULL. */
static MtCamp *
listed_camp (Fixture    *f,
             const char *name)
{
  GListModel *shown = G_LIST_MODEL (f->window->filtered);

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(MtCamp) camp = g_list_model_get_item (shown, i);

      if (g_strcmp0 (mt_camp_get_name (camp), name) == 0)
        return g_steal_pointer (&camp);
    }
  return NULL;
}

/* Regions have a French name of their own: the list, the camp's page and an edit follow
 * the UI's language, and a search finds a camp by its region in either language. */
static void
test_regions (Fixture       *f,
              gconstpointer  data)
{
  const char *region = is_french () ? "Tombouctou" : "Timbuktu";
  g_autoptr(MtCamp) ber = listed_camp (f, "Ber");
  g_autoptr(MtCamp) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *place = NULL;
  MtCampFields fields = { .name = "Ber", .region = "Timbuktu", .region_fr = "Région de Tombouctou",
                          .latitude = NAN, .longitude = NAN, .kind = "camp" };

  g_assert_nonnull (ber);
  g_assert_cmpstr (mt_camp_get_region (ber), ==, "Timbuktu");
  g_assert_cmpstr (mt_camp_get_region_fr (ber), ==, "Tombouctou");
  g_assert_cmpstr (mt_camp_get_display_region (ber), ==, region);

  g_assert_true (mt_window_show_page (f->window, "camp:Ber"));
  mt_test_spin (50);
  place = g_strdup (gtk_label_get_label (f->window->camp_page->place_label));
  g_assert_true (g_str_has_prefix (place, region));

  for (guint i = 0; i < 2; i++)
    {
      gtk_editable_set_text (GTK_EDITABLE (f->window->search_entry),
                             i == 0 ? "tombouctou" : "TIMBUKTU");
      mt_test_spin (300);
      g_clear_object (&found);
      found = listed_camp (f, "Ber");
      g_assert_nonnull (found);
    }
  gtk_editable_set_text (GTK_EDITABLE (f->window->search_entry), "");

  /* An edit of the French region shows at once in French, and not in English. */
  g_assert_true (mt_store_update_camp (f->store, mt_camp_get_id (ber), &fields, &error));
  g_assert_no_error (error);
  mt_test_spin (300);
  g_clear_object (&found);
  found = listed_camp (f, "Ber");
  g_assert_cmpstr (mt_camp_get_region_fr (found), ==, "Région de Tombouctou");
  g_assert_cmpstr (mt_camp_get_display_region (found), ==,
                   is_french () ? "Région de Tombouctou" : "Timbuktu");
}

/* `--page camp:NAME` takes either name; the page and its header say the one of the UI. */
static void
test_camp_page (Fixture       *f,
                gconstpointer  data)
{
  g_assert_true (mt_window_show_page (f->window, "camp:TOMBOUCTOU"));
  mt_test_spin (50);
  g_assert_cmpstr (gtk_label_get_label (f->window->camp_page->name_label), ==, f->shown);
  g_assert_cmpstr (adw_window_title_get_title (f->window->camp_title), ==, f->shown);

  g_assert_true (mt_window_show_page (f->window, "camp:timbuktu"));
  mt_test_spin (50);
  g_assert_cmpstr (gtk_label_get_label (f->window->camp_page->name_label), ==, f->shown);
}

/* Movements, convoys (both ends) and assets name the camp in the UI's language. */
static void
test_records_pages (Fixture       *f,
                    gconstpointer  data)
{
  struct { MtRecordsPage *page; const char *property; } lists[] = {
    { f->window->movements_page, "camp-name" },
    { f->window->convoys_page, "from-name" },
    { f->window->convoys_page, "to-name" },
    { f->window->assets_page, "camp-name" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      GListModel *model;
      g_autoptr(GPtrArray) texts = NULL;

      mt_records_page_reload (lists[i].page);
      g_assert_true (mt_test_spin_until (page_has_items, lists[i].page, 10000));
      model = G_LIST_MODEL (mt_records_page_get_selection (lists[i].page));
      texts = dup_texts (model, lists[i].property);
      assert_names_shown (f, texts);
    }
}

/* A column sorted by camp sorts by the name shown, as the locale collates it: in French
 * Étoile sorts with the E's (before Tombouctou), in English Zed Camp after Timbuktu. */
static void
test_records_sort (Fixture       *f,
                   gconstpointer  data)
{
  const MtRecordsColumn *columns = _mt_records_kind_columns (MT_RECORDS_KIND_MOVEMENTS);
  const MtRecordsColumn *camp = NULL;
  g_autoptr(GPtrArray) movements = mt_store_list_movements (f->store, "2023-12-31", NULL);
  GObject *at_timbuktu = NULL, *at_etoile = NULL;

  for (guint i = 0; columns[i].title != NULL; i++)
    if (g_strcmp0 (columns[i].property, "camp-name") == 0)
      camp = &columns[i];
  g_assert_nonnull (camp);
  for (guint i = 0; i < movements->len; i++)
    {
      MtMovement *movement = g_ptr_array_index (movements, i);

      if (mt_movement_get_camp_id (movement) == f->timbuktu)
        at_timbuktu = G_OBJECT (movement);
      else if (mt_movement_get_camp_id (movement) == f->etoile)
        at_etoile = G_OBJECT (movement);
    }
  g_assert_nonnull (at_timbuktu);
  g_assert_nonnull (at_etoile);
  if (is_french ())
    g_assert_cmpint (_mt_records_compare_cells (at_etoile, at_timbuktu, camp), <, 0);
  else
    g_assert_cmpint (_mt_records_compare_cells (at_etoile, at_timbuktu, camp), >, 0);
}

/* The rows of @page: those without a camp first, then the camps one way (@order 1) or the
 * other (-1) as the locale collates the names shown. */
static void
assert_no_camp_first (MtRecordsPage *page,
                      int            order)
{
  GListModel *model = G_LIST_MODEL (mt_records_page_get_selection (page));
  g_autofree char *previous_key = NULL;
  gboolean seen_camp = FALSE;
  guint n_without = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) record = g_list_model_get_item (model, i);
      g_autofree char *name = NULL;
      g_autofree char *key = NULL;

      g_object_get (record, "camp-name", &name, NULL);
      if (name == NULL)
        {
          g_assert_false (seen_camp);
          n_without++;
          continue;
        }
      seen_camp = TRUE;
      key = g_utf8_collate_key (name, -1);
      if (previous_key != NULL)
        g_assert_cmpint (strcmp (key, previous_key) * order, >=, 0);
      g_free (previous_key);
      previous_key = g_steal_pointer (&key);
    }
  g_assert_cmpuint (n_without, >, 0);
  g_assert_true (seen_camp);
}

/* Sorted by camp, the rows without one (“Mission-wide”, “Not at a camp”) come first either
 * way, whatever their name in the UI's language; sorted by another column, they sort as
 * any row. */
static void
test_no_camp_first (Fixture       *f,
                    gconstpointer  data)
{
  MtAssetFields asset = { .description = "Tent", .quantity = 4, .value = NAN };
  MtRecordsPage *pages[] = { f->window->movements_page, f->window->assets_page };
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (mt_store_add_movement (f->store, "2023-10-05", 0, "troops", NULL, 7, &error),
                   >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (mt_store_create_asset (f->store, &asset, &error), >, 0);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkColumnView *view = mt_test_find_widget (GTK_WIDGET (pages[i]), GTK_TYPE_COLUMN_VIEW);
      GtkColumnViewColumn *camp = mt_test_find_column (view, _("Camp"));
      GtkColumnViewColumn *other = mt_test_find_column (view, i == 0 ? _("Date") : _("Tag"));
      MtRecordsKind kind = i == 0 ? MT_RECORDS_KIND_MOVEMENTS : MT_RECORDS_KIND_ASSETS;

      mt_records_page_reload (pages[i]);
      g_assert_true (mt_test_spin_until (page_has_items, pages[i], 10000));
      gtk_column_view_sort_by_column (view, camp, GTK_SORT_ASCENDING);
      assert_no_camp_first (pages[i], 1);
      gtk_column_view_sort_by_column (view, camp, GTK_SORT_DESCENDING);
      assert_no_camp_first (pages[i], -1);
      g_assert_true (_mt_records_sorted_by_camp (gtk_column_view_get_sorter (view), kind));

      gtk_column_view_sort_by_column (view, other, GTK_SORT_DESCENDING);
      g_assert_false (_mt_records_sorted_by_camp (gtk_column_view_get_sorter (view), kind));
      gtk_column_view_sort_by_column (view, other, GTK_SORT_ASCENDING);
      g_assert_false (_mt_records_sorted_by_camp (gtk_column_view_get_sorter (view), kind));
    }
}

/* The camp's events and its status history name it in the UI's language. */
static void
test_events_and_history (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = mt_store_list_events (f->store, 0, "2023-12-31", &error);
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(GPtrArray) texts = NULL;

  g_assert_no_error (error);
  g_assert_true (mt_store_set_camp_status (f->store, f->timbuktu, MT_CAMP_STATUS_DRAWING_DOWN,
                                           "2023-10-05", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (mt_store_set_camp_status (f->store, f->etoile, MT_CAMP_STATUS_DRAWING_DOWN,
                                           "2023-10-05", NULL, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < events->len; i++)
    g_list_store_append (store, g_ptr_array_index (events, i));
  for (guint c = 0; c < 2; c++)
    {
      history = mt_store_list_camp_statuses (f->store, c == 0 ? f->timbuktu : f->etoile, &error);
      g_assert_no_error (error);
      for (guint i = 0; i < history->len; i++)
        g_list_store_append (store, g_ptr_array_index (history, i));
      g_clear_pointer (&history, g_ptr_array_unref);
    }
  texts = dup_texts (G_LIST_MODEL (store), "camp-name");
  assert_names_shown (f, texts);
}

/* The camp list and the camp drop-downs follow the name shown, collated: in French
 * Étoile comes before Gao (not after every plain letter, as bytes would put it). */
static void
test_camp_order (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GListModel) choice = mt_camp_choice_model_new (f->window->camps, "All camps");
  GListModel *lists[] = { G_LIST_MODEL (f->window->filtered), choice };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      g_autoptr(GPtrArray) names = dup_texts (lists[l], "display-name");
      guint etoile = 0, gao = 0, tessalit = 0;

      g_assert_true (g_ptr_array_find_with_equal_func (names, "Gao", g_str_equal, &gao));
      g_assert_true (g_ptr_array_find_with_equal_func (names, "Tessalit", g_str_equal, &tessalit));
      g_assert_true (g_ptr_array_find_with_equal_func (names, is_french () ? "Étoile" : "Zed Camp",
                                                       g_str_equal, &etoile));
      if (is_french ())
        g_assert_cmpuint (etoile, <, gao);
      else
        g_assert_cmpuint (etoile, >, tessalit);
    }
}

int
main (int   argc,
      char *argv[])
{
  /* gtk_test_init() makes warnings fatal; a bare xvfb-run has no accessibility bus. */
  g_setenv ("GTK_A11Y", "none", FALSE);
  /* The language of the run comes from the environment (tests/meson.build). */
  mt_application_init_i18n ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/mt/french-names/camp-list", test_camp_list);
  ADD ("/mt/french-names/camp-page", test_camp_page);
  ADD ("/mt/french-names/regions", test_regions);
  ADD ("/mt/french-names/records-pages", test_records_pages);
  ADD ("/mt/french-names/records-sort", test_records_sort);
  ADD ("/mt/french-names/no-camp-first", test_no_camp_first);
  ADD ("/mt/french-names/events-and-history", test_events_and_history);
  ADD ("/mt/french-names/camp-order", test_camp_order);

  return g_test_run ();
}
