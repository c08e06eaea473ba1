/* test-roster-page.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Roster page in a window: which status page shows when, and that a click on
 * a column header (gtk_column_view_sort_by_column) re-sorts the rows in SQL
 * through the MtColumnSorter probe; the search, category and camp filters.
 */

#include "config.h"

#include <adwaita.h>

#include "mt-camp-choice.h"
#include "mt-camp.h"
#include "mt-category.h"
#include "mt-column-sorter.h"
#include "mt-date.h"
#include "mt-person.h"
#include "mt-roster-model.h"
#include "mt-roster-page.h"
#include "mt-store.h"
#include "mt-test-gui.h"
#include "mt-test-util.h"

typedef struct
{
  const char *personnel_id;
  const char *family_name;
  const char *category;
} Person;

/* Deliberately not in any column's order. */
static const Person people[] = {
  { "SN-0413", "Ndiaye",    "troops" },
  { "BD-0077", "Rahman",    "troops" },
  { "TD-1200", "Abakar",    "fpu" },
  { "BF-0950", "Zongo",     "ipo" },
  { "EG-0031", "Mansour",   "mso" },
  { "DE-2100", "Becker",    "intl-staff" },
  { "GH-0815", "Owusu",     "fpu" },
};

typedef struct
{
  MtStore    *store;
  GtkWindow  *window;
  MtRosterPage *page;
} Fixture;

/* Helpers */

/* The page's own stack (widgets like GtkDropDown hold stacks too). */
static GtkStack *
find_page_stack (GtkWidget *widget)
{
  if (GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), "roster") != NULL)
    return GTK_STACK (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkStack *found = find_page_stack (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
has_inscription (GtkWidget  *widget,
                 const char *text)
{
  if (GTK_IS_INSCRIPTION (widget) &&
      g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (widget)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (has_inscription (child, text))
        return TRUE;
    }

  return FALSE;
}

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (has_label (child, text))
        return TRUE;
    }

  return FALSE;
}

static const char *
first_family_name (GtkColumnView *view)
{
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (view));
  g_autoptr(MtPerson) person = g_list_model_get_item (model, 0);

  g_assert_nonnull (person);
  /* The person is owned by the model's cache; the string outlives this call. */
  return mt_person_get_family_name (person);
}

static AdwStatusPage *
visible_status_page (Fixture *fixture)
{
  GtkStack *stack = find_page_stack (GTK_WIDGET (fixture->page));
  GtkWidget *child;

  g_assert_nonnull (stack);
  child = gtk_stack_get_visible_child (stack);

  return ADW_IS_STATUS_PAGE (child) ? ADW_STATUS_PAGE (child) : NULL;
}

static void
add_people (Fixture *fixture)
{
  g_autoptr(GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  gint64 gao = mt_store_find_camp (fixture->store, "Gao");

  g_assert_cmpint (gao, >, 0);
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    g_ptr_array_add (persons, g_object_new (MT_TYPE_PERSON,
                                            "personnel-id", people[i].personnel_id,
                                            "family-name", people[i].family_name,
                                            "category", people[i].category,
                                            "camp-id", gao,
                                            "planned-departure", i == 0 ? "2023-10-16" : NULL,
                                            NULL));
  mt_store_add_personnel (fixture->store, persons, &error);
  g_assert_no_error (error);
}

/* The camp filter: the drop-down whose rows are camps. */
static gboolean
is_camp_dropdown (GtkWidget *widget,
                  gpointer   user_data)
{
  g_autoptr(GObject) first = NULL;

  if (!GTK_IS_DROP_DOWN (widget) || gtk_drop_down_get_model (GTK_DROP_DOWN (widget)) == NULL)
    return FALSE;
  first = g_list_model_get_item (gtk_drop_down_get_model (GTK_DROP_DOWN (widget)), 0);

  return MT_IS_CAMP (first);
}

/* The people still on the roster of @camp_id, as the store counts them for the camp page. */
static gint64
count_on_roster (MtStore *store,
                 gint64   camp_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtSummary) summary = mt_store_get_summary (store, camp_id, NULL, &error);
  gint64 n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < summary->categories->len; i++)
    n += ((MtCategoryTotal *) g_ptr_array_index (summary->categories, i))->on_roster;

  return n;
}

static void
wait_for_n_items (GListModel *model,
                  guint       n_items)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  /* The search entry debounces: its search-changed comes from a timeout. */
  while (g_list_model_get_n_items (model) != n_items && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_items);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = mt_test_store_new (TRUE);
  fixture->page = g_object_ref_sink (g_object_new (MT_TYPE_ROSTER_PAGE, NULL));
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->page);
  g_clear_object (&fixture->store);
}

/* Tests */

static void
test_no_store (Fixture       *fixture,
               gconstpointer  data)
{
  GtkColumnView *view = mt_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_COLUMN_VIEW);
  AdwStatusPage *status = visible_status_page (fixture);

  /* The window sets the store after construction: until then, nothing to show. */
  g_assert_null (gtk_column_view_get_model (view));
  g_assert_nonnull (status);
  g_assert_cmpstr (adw_status_page_get_title (status), ==, "No Roster Loaded");
}

static void
test_empty_roster (Fixture       *fixture,
                   gconstpointer  data)
{
  AdwStatusPage *status;

  g_object_set (fixture->page, "store", fixture->store, NULL);
  status = visible_status_page (fixture);
  g_assert_nonnull (status);
  g_assert_cmpstr (adw_status_page_get_title (status), ==, "No Roster Loaded");
  g_assert_cmpstr (adw_status_page_get_icon_name (status), ==, "system-users-symbolic");

  /* Importing people shows them. */
  add_people (fixture);
  g_assert_null (visible_status_page (fixture));
  g_assert_true (has_label (GTK_WIDGET (fixture->page), "7 people"));
}

static void
test_rows (Fixture       *fixture,
           gconstpointer  data)
{
  GtkColumnView *view = mt_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_COLUMN_VIEW);
  GListModel *model;

  add_people (fixture);
  g_object_set (fixture->page, "store", fixture->store, NULL);

  g_assert_null (visible_status_page (fixture));
  model = G_LIST_MODEL (gtk_column_view_get_model (view));
  g_assert_nonnull (model);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, G_N_ELEMENTS (people));
  g_assert_true (has_label (GTK_WIDGET (fixture->page), "7 people"));

  /* The cells show the people, dates in the short human form. */
  {
    g_autofree char *date = mt_date_format_short ("2023-10-16");
    gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

    while (!has_inscription (GTK_WIDGET (view), people[0].family_name) &&
           g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, FALSE);

    for (guint i = 0; i < G_N_ELEMENTS (people); i++)
      {
        g_assert_true (has_inscription (GTK_WIDGET (view), people[i].family_name));
        g_assert_true (has_inscription (GTK_WIDGET (view), people[i].personnel_id));
      }
    g_assert_true (has_inscription (GTK_WIDGET (view), date));
    g_assert_false (has_inscription (GTK_WIDGET (view), "2023-10-16"));
  }

  /* Every column has a title (the accessible name of its header) and a sorter. */
  for (guint i = 0; i < g_list_model_get_n_items (gtk_column_view_get_columns (view)); i++)
    {
      g_autoptr(GtkColumnViewColumn) column =
        g_list_model_get_item (gtk_column_view_get_columns (view), i);

      g_assert_nonnull (gtk_column_view_column_get_title (column));
      g_assert_true (MT_IS_COLUMN_SORTER (gtk_column_view_column_get_sorter (column)));
    }
}

static void
test_sort_by_header (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkColumnView *view = mt_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_COLUMN_VIEW);
  const char *first = NULL;
  const char *last = NULL;
  const char *first_id = NULL;
  MtRosterColumn column;
  gboolean descending;

  add_people (fixture);
  g_object_set (fixture->page, "store", fixture->store, NULL);

  /* The alphabetical extremes of the names and IDs inserted above. */
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      if (first == NULL || strcmp (people[i].family_name, first) < 0)
        first = people[i].family_name;
      if (last == NULL || strcmp (people[i].family_name, last) > 0)
        last = people[i].family_name;
      if (first_id == NULL || strcmp (people[i].personnel_id, first_id) < 0)
        first_id = people[i].personnel_id;
    }

  gtk_column_view_sort_by_column (view, mt_test_find_column (view, "Family name"), GTK_SORT_ASCENDING);
  g_assert_cmpstr (first_family_name (view), ==, first);
  g_assert_true (mt_column_sorter_probe (gtk_column_view_get_sorter (view), &column, &descending));
  g_assert_cmpint (column, ==, MT_ROSTER_COLUMN_FAMILY_NAME);
  g_assert_false (descending);

  gtk_column_view_sort_by_column (view, mt_test_find_column (view, "Family name"), GTK_SORT_DESCENDING);
  g_assert_cmpstr (first_family_name (view), ==, last);
  g_assert_true (mt_column_sorter_probe (gtk_column_view_get_sorter (view), &column, &descending));
  g_assert_cmpint (column, ==, MT_ROSTER_COLUMN_FAMILY_NAME);
  g_assert_true (descending);

  /* Another column becomes the primary one. */
  gtk_column_view_sort_by_column (view, mt_test_find_column (view, "Personnel ID"), GTK_SORT_DESCENDING);
  g_assert_true (mt_column_sorter_probe (gtk_column_view_get_sorter (view), &column, &descending));
  g_assert_cmpint (column, ==, MT_ROSTER_COLUMN_PERSONNEL_ID);
  g_assert_true (descending);
  gtk_column_view_sort_by_column (view, mt_test_find_column (view, "Personnel ID"), GTK_SORT_ASCENDING);
  {
    GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (view));
    g_autoptr(MtPerson) person = g_list_model_get_item (model, 0);

    g_assert_cmpstr (mt_person_get_personnel_id (person), ==, first_id);
  }

  /* Unsorting: nothing to probe, back to the natural (ID) order. */
  gtk_column_view_sort_by_column (view, NULL, GTK_SORT_ASCENDING);
  g_assert_false (mt_column_sorter_probe (gtk_column_view_get_sorter (view), NULL, NULL));
}

static gboolean
spinner_shown (GtkSpinner *spinner)
{
  /* The stack around it hides it (child-visible FALSE) when idle. */
  return gtk_spinner_get_spinning (spinner) && gtk_widget_get_child_visible (GTK_WIDGET (spinner));
}

static void
wait_loaded (MtRosterModel *model)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (mt_roster_model_get_loading (model) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);

  g_assert_false (mt_roster_model_get_loading (model));
}

/* Over a database file the queries run on a worker thread: the page shows a spinner
 * meanwhile, keeps the rows it has, and updates when the new ones come. */
static void
test_loading (Fixture       *fixture,
              gconstpointer  data)
{
  GtkColumnView *view = mt_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_COLUMN_VIEW);
  GtkSpinner *spinner = mt_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_SPINNER);
  g_autofree char *path = mt_test_tmp_path ("roster-page.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *first_before = NULL;
  const char *first = NULL;
  const char *last = NULL;
  MtRosterModel *model;

  g_clear_object (&fixture->store);
  fixture->store = mt_store_open (path, &error);
  g_assert_no_error (error);
  mt_store_load_seed (fixture->store, &error);
  g_assert_no_error (error);
  add_people (fixture);
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      if (first == NULL || strcmp (people[i].family_name, first) < 0)
        first = people[i].family_name;
      if (last == NULL || strcmp (people[i].family_name, last) > 0)
        last = people[i].family_name;
    }

  g_assert_nonnull (spinner);
  g_assert_false (spinner_shown (spinner));

  /* The first load: a spinner, and not the "no roster" page before the rows come. */
  g_object_set (fixture->page, "store", fixture->store, NULL);
  model = mt_roster_page_get_model (fixture->page);
  g_assert_true (mt_roster_model_get_loading (model));
  g_assert_true (spinner_shown (spinner));
  g_assert_null (visible_status_page (fixture));

  wait_loaded (model);
  g_assert_false (spinner_shown (spinner));
  g_assert_null (visible_status_page (fixture));
  g_assert_true (has_label (GTK_WIDGET (fixture->page), "7 people"));

  /* A click on a header: the old order stays, usable, until the new one is in. */
  gtk_column_view_sort_by_column (view, mt_test_find_column (view, "Family name"), GTK_SORT_DESCENDING);
  g_assert_true (spinner_shown (spinner));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (view)));
  first_before = g_strdup (first_family_name (view));
  g_assert_cmpstr (first_before, !=, last);
  wait_loaded (model);
  g_assert_false (spinner_shown (spinner));
  g_assert_cmpstr (first_family_name (view), ==, last);

  /* A search: the count follows the rows when they arrive. */
  gtk_column_view_sort_by_column (view, mt_test_find_column (view, "Family name"), GTK_SORT_ASCENDING);
  mt_roster_model_set_search (model, "fpu-nobody");
  wait_loaded (model);
  g_assert_nonnull (visible_status_page (fixture));
  mt_roster_model_set_search (model, NULL);
  g_assert_true (spinner_shown (spinner));
  wait_loaded (model);
  g_assert_true (has_label (GTK_WIDGET (fixture->page), "7 people"));
  g_assert_cmpstr (first_family_name (view), ==, first);
}

static void
test_probe_without_view (void)
{
  g_autoptr(GtkMultiSorter) multi = gtk_multi_sorter_new ();
  MtRosterColumn column = MT_ROSTER_COLUMN_UNIT;
  gboolean descending = TRUE;

  g_assert_false (mt_column_sorter_probe (GTK_SORTER (multi), &column, &descending));

  /* The first sorter in the chain decides; the others are never asked. */
  gtk_multi_sorter_append (multi, mt_column_sorter_new (MT_ROSTER_COLUMN_CAMP));
  gtk_multi_sorter_append (multi, mt_column_sorter_new (MT_ROSTER_COLUMN_RANK));
  g_assert_true (mt_column_sorter_probe (GTK_SORTER (multi), &column, &descending));
  g_assert_cmpint (column, ==, MT_ROSTER_COLUMN_CAMP);
  g_assert_false (descending);
}

static void
test_search_no_matches (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkColumnView *view = mt_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_COLUMN_VIEW);
  GtkEditable *entry = mt_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_SEARCH_ENTRY);
  GListModel *model;
  AdwStatusPage *status;

  add_people (fixture);
  g_object_set (fixture->page, "store", fixture->store, NULL);
  model = G_LIST_MODEL (gtk_column_view_get_model (view));

  gtk_editable_set_text (entry, "owusu");
  wait_for_n_items (model, 1);
  g_assert_cmpstr (first_family_name (view), ==, "Owusu");
  g_assert_true (has_label (GTK_WIDGET (fixture->page), "1 person"));

  gtk_editable_set_text (entry, "Nobody Here");
  wait_for_n_items (model, 0);
  status = visible_status_page (fixture);
  g_assert_nonnull (status);
  g_assert_cmpstr (adw_status_page_get_title (status), ==, "No Matches");
  g_assert_nonnull (strstr (adw_status_page_get_description (status), "Nobody Here"));

  gtk_editable_set_text (entry, "");
  wait_for_n_items (model, G_N_ELEMENTS (people));
  g_assert_null (visible_status_page (fixture));
}

/* What a planner types finds the name however it is written: "keita" finds every Keïta,
 * KEITA and Kéita, and only them. */
static void
test_search_folded (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkColumnView *view = mt_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_COLUMN_VIEW);
  GtkEditable *entry = mt_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_SEARCH_ENTRY);
  g_autoptr(GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  const char *names[] = { "Keïta", "Traoré", "KEITA", "Kéita" };
  GListModel *model;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *id = g_strdup_printf ("ML-%04u", i);

      g_ptr_array_add (persons, g_object_new (MT_TYPE_PERSON, "personnel-id", id,
                                              "family-name", names[i], "category", "troops",
                                              "camp-id", mt_store_find_camp (fixture->store, "Gao"),
                                              NULL));
    }
  g_assert_true (mt_store_add_personnel (fixture->store, persons, &error));
  g_assert_no_error (error);
  g_object_set (fixture->page, "store", fixture->store, NULL);
  model = G_LIST_MODEL (gtk_column_view_get_model (view));

  gtk_editable_set_text (entry, "keita");
  wait_for_n_items (model, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(MtPerson) person = g_list_model_get_item (model, i);

      g_assert_cmpstr (mt_person_get_family_name (person), !=, "Traoré");
    }
  g_assert_true (has_label (GTK_WIDGET (fixture->page), "3 people"));

  gtk_editable_set_text (entry, "TRAORE");
  wait_for_n_items (model, 1);
  g_assert_cmpstr (first_family_name (view), ==, "Traoré");
}

static void
test_category_filter (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkColumnView *view = mt_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_COLUMN_VIEW);
  GtkDropDown *dropdown = mt_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_DROP_DOWN);
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *names = gtk_drop_down_get_model (dropdown);
  GListModel *model;
  const char *fpu_name = NULL;
  guint expected = 0;

  add_people (fixture);
  g_object_set (fixture->page, "store", fixture->store, NULL);
  model = G_LIST_MODEL (gtk_column_view_get_model (view));

  categories = mt_store_list_categories (fixture->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < categories->len; i++)
    if (g_str_equal (mt_category_get_code (g_ptr_array_index (categories, i)), "fpu"))
      fpu_name = mt_category_get_name (g_ptr_array_index (categories, i));
  g_assert_nonnull (fpu_name);
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    expected += g_str_equal (people[i].category, "fpu");

  /* "All categories", then one entry per category. */
  g_assert_cmpuint (g_list_model_get_n_items (names), ==, categories->len + 1);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 0);
  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (names), i), fpu_name) == 0)
      gtk_drop_down_set_selected (dropdown, i);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, expected);

  gtk_drop_down_set_selected (dropdown, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, G_N_ELEMENTS (people));
}

static void
test_camp_filter (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkColumnView *view = mt_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_COLUMN_VIEW);
  GtkEditable *entry = mt_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_SEARCH_ENTRY);
  g_autoptr(GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  gint64 gao = mt_store_find_camp (fixture->store, "Gao");
  gint64 timbuktu = mt_store_find_camp (fixture->store, "Timbuktu");
  MtRosterModel *roster;
  GtkDropDown *camps;
  GListModel *model;
  AdwStatusPage *status;
  gint64 camp_id = -1;

  /* Everyone of people[] at Gao, two more at Timbuktu. */
  add_people (fixture);
  g_assert_cmpint (timbuktu, >, 0);
  g_ptr_array_add (persons, g_object_new (MT_TYPE_PERSON, "personnel-id", "BD-3301",
                                          "family-name", "Hossain", "category", "troops",
                                          "camp-id", timbuktu, NULL));
  g_ptr_array_add (persons, g_object_new (MT_TYPE_PERSON, "personnel-id", "SN-3302",
                                          "family-name", "Diop", "category", "fpu",
                                          "camp-id", timbuktu, NULL));
  mt_store_add_personnel (fixture->store, persons, &error);
  g_assert_no_error (error);

  g_object_set (fixture->page, "store", fixture->store, NULL);
  model = G_LIST_MODEL (gtk_column_view_get_model (view));
  roster = mt_roster_page_get_model (fixture->page);
  camps = GTK_DROP_DOWN (mt_test_find_widget_matching (GTK_WIDGET (fixture->page), is_camp_dropdown, NULL));
  g_assert_nonnull (camps);

  /* "All camps" first, selected: everyone. */
  g_assert_cmpuint (gtk_drop_down_get_selected (camps), ==, 0);
  g_assert_cmpint (mt_camp_choice_get_id (gtk_drop_down_get_selected_item (camps)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, G_N_ELEMENTS (people) + 2);

  gtk_drop_down_set_selected (camps, mt_camp_choice_find (gtk_drop_down_get_model (camps), timbuktu));
  wait_for_n_items (model, count_on_roster (fixture->store, timbuktu));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MtPerson) person = g_list_model_get_item (model, i);

      g_assert_cmpint (mt_person_get_camp_id (person), ==, timbuktu);
    }
  g_assert_cmpint (mt_roster_page_get_camp_id (fixture->page), ==, timbuktu);
  /* The list export reads the page's query from its model. */
  g_object_get (roster, "camp-id", &camp_id, NULL);
  g_assert_cmpint (camp_id, ==, timbuktu);
  g_assert_true (has_label (GTK_WIDGET (fixture->page), "2 people"));

  /* With the search: both must hold. */
  gtk_editable_set_text (entry, "diop");
  wait_for_n_items (model, 1);
  g_assert_cmpstr (first_family_name (view), ==, "Diop");
  gtk_editable_set_text (entry, "owusu");  /* at Gao */
  wait_for_n_items (model, 0);
  status = visible_status_page (fixture);
  g_assert_nonnull (status);
  g_assert_cmpstr (adw_status_page_get_description (status), ==, "No one at this camp matches “owusu”.");

  /* Back to all camps, the search still applies. */
  gtk_drop_down_set_selected (camps, 0);
  wait_for_n_items (model, 1);
  g_assert_cmpstr (first_family_name (view), ==, "Owusu");

  /* What a camp page's link does: clears the other filters, shows the camp. */
  g_assert_true (mt_roster_page_show_camp (fixture->page, gao));
  wait_for_n_items (model, count_on_roster (fixture->store, gao));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, G_N_ELEMENTS (people));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  g_assert_cmpint (mt_camp_choice_get_id (gtk_drop_down_get_selected_item (camps)), ==, gao);
}

int
main (int   argc,
      char *argv[])
{
  /* gtk_test_init() makes warnings fatal, and without a session bus (a bare
   * xvfb-run) GTK warns that it cannot reach the accessibility bus. */
  g_setenv ("GTK_A11Y", "none", FALSE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/mt/roster-page/no-store", test_no_store);
  ADD ("/mt/roster-page/empty-roster", test_empty_roster);
  ADD ("/mt/roster-page/rows", test_rows);
  ADD ("/mt/roster-page/sort-by-header", test_sort_by_header);
  ADD ("/mt/roster-page/search-no-matches", test_search_no_matches);
  ADD ("/mt/roster-page/search-folded", test_search_folded);
  ADD ("/mt/roster-page/category-filter", test_category_filter);
  ADD ("/mt/roster-page/camp-filter", test_camp_filter);
  ADD ("/mt/roster-page/loading", test_loading);
  g_test_add_func ("/mt/roster-page/probe-without-view", test_probe_without_view);

#undef ADD

  return mt_test_run_in_tmp_dir ();
}
