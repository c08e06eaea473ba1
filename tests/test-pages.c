/* test-pages.c: the Overview, Camp and Map pages over the seed database.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>

#include "mt-camp.h"
#include "mt-camp-list.h"
#include "mt-camp-page.h"
#include "mt-date.h"
#include "mt-event.h"
#include "mt-map-page.h"
#include "mt-map-view.h"
#include "mt-overview-page.h"
#include "mt-status-pill.h"
#include "mt-store.h"
#include "mt-store-plan.h"
#include "mt-test-gui.h"
#include "mt-test-util.h"

#define AS_OF "2023-09-27"

/* Helpers */

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* Shows @child in a window of the size the main window gives a page. */
static GtkWindow *
show_in_window (GtkWidget *child,
                int        width,
                int        height)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  gtk_window_set_default_size (window, width, height);
  gtk_window_set_child (window, child);
  gtk_window_present (window);
  while (!gtk_widget_get_mapped (child) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  spin (50);
  g_assert_true (gtk_widget_get_mapped (child));

  return window;
}

static void
destroy_window (GtkWindow *window)
{
  gtk_window_destroy (window);
  spin (20);
}

/* Every label the user can see (visible, in the shown stack page). */
static void
collect_labels (GtkWidget *widget,
                GPtrArray *texts)
{
  if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget))
    return;

  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (texts, g_strdup (gtk_label_get_text (GTK_LABEL (widget))));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, texts);
}

static GPtrArray *
visible_labels (GtkWidget *widget)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  collect_labels (widget, texts);
  return texts;
}

static gboolean
has_label (GPtrArray  *texts,
           const char *exact)
{
  for (guint i = 0; i < texts->len; i++)
    if (g_strcmp0 (g_ptr_array_index (texts, i), exact) == 0)
      return TRUE;
  return FALSE;
}

/* A label holding every one of the NULL-terminated needles. */
static gboolean
has_label_with (GPtrArray  *texts,
                const char *first,
                ...)
{
  for (guint i = 0; i < texts->len; i++)
    {
      const char *text = g_ptr_array_index (texts, i);
      gboolean all = TRUE;
      va_list args;

      va_start (args, first);
      for (const char *needle = first; needle != NULL; needle = va_arg (args, const char *))
        all = all && strstr (text, needle) != NULL;
      va_end (args);
      if (all)
        return TRUE;
    }
  return FALSE;
}

static void
assert_has_count (GPtrArray *texts,
                  gint64     value)
{
  g_autofree char *count = mt_format_count (value);

  if (!has_label (texts, count))
    g_error ("no label shows %s", count);
}

static gboolean
has_visible_status_page (GtkWidget *widget)
{
  if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget))
    return FALSE;
  if (ADW_IS_STATUS_PAGE (widget))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_visible_status_page (child))
      return TRUE;
  return FALSE;
}

/* Overview */

static void
test_overview_figures (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  GtkWidget *page = g_object_new (MT_TYPE_OVERVIEW_PAGE, "store", store, "as-of", AS_OF, NULL);
  GtkWindow *window = show_in_window (page, 980, 740);
  g_autoptr(GPtrArray) texts = visible_labels (page);
  g_autofree char *force = mt_format_count (2680);
  g_autofree char *police = mt_format_count (596);
  g_autofree char *date = mt_date_format_long (AS_OF);

  mt_test_save_png (page, "mt-overview-page.png");

  /* The 27 September briefing: grand total, uniformed, civilian. */
  assert_has_count (texts, 3367);
  assert_has_count (texts, 3276);
  assert_has_count (texts, 91);
  /* Component subtotals come from the categories. */
  g_assert_true (has_label_with (texts, force, police, NULL));
  /* 27 September to 31 December. */
  g_assert_true (has_label_with (texts, "95 ", NULL));
  g_assert_true (has_label_with (texts, date, NULL));
  /* One row per category, with its count. */
  assert_has_count (texts, 2583);
  assert_has_count (texts, 412);
  g_assert_false (has_visible_status_page (page));

  destroy_window (window);
}

typedef struct
{
  GtkWidget  *page;
  const char *needle;
} LabelWait;

static gboolean
shows_label_with (gpointer user_data)
{
  LabelWait *wait = user_data;
  g_autoptr(GPtrArray) texts = visible_labels (wait->page);

  return has_label_with (texts, wait->needle, NULL);
}

/* One line under the heading: where the plan ends against the deadline and the current
 * baseline; none while the database has no baseline. */
static void
test_overview_plan_line (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  GtkWidget *page = g_object_new (MT_TYPE_OVERVIEW_PAGE, "store", store, "as-of", AS_OF, NULL);
  GtkWindow *window = show_in_window (page, 980, 740);
  g_autoptr(GPtrArray) before = visible_labels (page);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *end = mt_date_format_long ("2024-01-20");
  LabelWait wait = { page, "“August plan”" };
  g_autofree char *count = NULL;
  g_autofree char *unplanned = NULL;
  gint64 august;

  g_assert_false (has_label_with (before, "plan", NULL));

  /* The plan as taken: it ends where it ended. */
  august = mt_store_take_baseline (store, "August plan", "2023-08-01", &error);
  g_assert_no_error (error);
  g_assert_true (mt_test_spin_until (shows_label_with, &wait, 5000));
  wait.needle = "the same day as in “August plan”";
  g_assert_true (shows_label_with (&wait));

  /* 40 people planned to leave Kidal on 20 January: 20 days after the deadline, 115 after
   * the plan's last departure (27 September). */
  g_assert_true (mt_store_load_sql (store,
                                    "INSERT INTO movements (date, camp_id, category, count, planned)"
                                    " SELECT '2024-01-20', id, 'troops', 40, 1 FROM camps"
                                    " WHERE name = 'Kidal'", &error));
  g_assert_no_error (error);
  g_assert_true (mt_store_set_current_baseline (store, august, &error));
  g_assert_no_error (error);
  wait.needle = "115 days later than in “August plan”";
  g_assert_true (mt_test_spin_until (shows_label_with, &wait, 5000));
  after = visible_labels (page);
  g_assert_true (has_label_with (after, "The personnel plan now ends ", end,
                                 "20 days after the deadline", NULL));
  /* The seed has no roster: of the ~18,675 before the withdrawal, 3,367 had left by 27
   * September and 40 are planned to leave in January; the line says the other 15,268 have
   * no planned departure, so the plan's end does not read as everyone gone by then. */
  count = mt_format_count (18675 - 3367 - 40);
  unplanned = g_strdup_printf (". %s people still deployed have no planned departure yet.",
                               count);
  g_assert_true (has_label_with (after, "The personnel plan now ends ", unplanned, NULL));
  mt_test_save_png (page, "mt-overview-plan.png");

  destroy_window (window);
}

static void
test_overview_follows_store_and_date (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  GtkWidget *page = g_object_new (MT_TYPE_OVERVIEW_PAGE, NULL);
  GtkWindow *window = show_in_window (page, 980, 740);
  g_autoptr(GPtrArray) empty = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) earlier = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *briefed = mt_format_count (3367);

  /* No store: an empty state, no figures. */
  g_assert_true (has_visible_status_page (page));
  empty = visible_labels (page);
  g_assert_false (has_label_with (empty, "0", NULL));

  /* Properties in any order: the date first, then the store. */
  g_object_set (page, "as-of", AS_OF, NULL);
  g_object_set (page, "store", store, NULL);
  g_assert_false (has_visible_status_page (page));
  before = visible_labels (page);
  assert_has_count (before, 3367);

  /* A new movement on the as-of date shows up after the store's "changed". */
  mt_store_add_movement (store, AS_OF, 0, "troops", NULL, 100, &error);
  g_assert_no_error (error);
  {
    g_autofree char *expected = mt_format_count (3467);
    gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

    /* Reloads are debounced: wait for it (a loaded machine can take a while). */
    do
      {
        spin (50);
        g_clear_pointer (&after, g_ptr_array_unref);
        after = visible_labels (page);
      }
    while (!has_label (after, expected) && g_get_monotonic_time () < deadline);
  }
  assert_has_count (after, 3467);

  /* Before the 27 September report only the Mopti repatriation had left. */
  g_object_set (page, "as-of", "2023-09-21", NULL);
  earlier = visible_labels (page);
  assert_has_count (earlier, 116);
  g_assert_false (has_label (earlier, briefed));

  destroy_window (window);
}

/* A read that fails says so in a toast, instead of showing empty figures as if they were
 * the database's. */
static void
test_overview_read_error_shown (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *page = g_object_new (MT_TYPE_OVERVIEW_PAGE, "as-of", AS_OF, "store", store, NULL);
  GtkWindow *window = NULL;
  g_autoptr(GPtrArray) labels = NULL;
  g_autoptr(GError) error = NULL;
  gint64 deadline;

  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), page);
  window = show_in_window (overlay, 980, 740);
  labels = visible_labels (overlay);
  g_assert_false (has_label_with (labels, "Could not read", NULL));

  /* The figures can no longer be read: the next reload (after the store's "changed") fails. */
  g_assert_true (mt_store_load_sql (store, "DROP TABLE movements;", &error));
  g_assert_no_error (error);
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  do
    {
      spin (50);
      g_clear_pointer (&labels, g_ptr_array_unref);
      labels = visible_labels (overlay);
    }
  while (!has_label_with (labels, "Could not read the figures: ", "movements", NULL) &&
         g_get_monotonic_time () < deadline);
  g_assert_true (has_label_with (labels, "Could not read the figures: ", "movements", NULL));

  destroy_window (window);
}

static void
test_overview_grouped_locale (void)
{
  static const char *locales[] = { "en_US.UTF-8", "en_GB.UTF-8", "fr_FR.UTF-8", "de_DE.UTF-8" };
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  g_autoptr(MtStore) store = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  g_autofree char *total = NULL;
  g_autofree char *force = NULL;
  const char *locale = NULL;
  GtkWidget *page;
  GtkWindow *window;

  for (guint i = 0; locale == NULL && i < G_N_ELEMENTS (locales); i++)
    if (setlocale (LC_ALL, locales[i]) != NULL)
      locale = locales[i];
  if (locale == NULL)
    {
      g_test_skip ("no locale that groups digits is installed");
      return;
    }
  g_test_message ("grouping under %s", locale);

  total = mt_format_count (3367);
  force = mt_format_count (2680);
  /* Planners read grouped digits: 3,367 (en) or 3 367 (fr), never 3367. */
  g_assert_cmpstr (total, !=, "3367");
  if (g_str_has_prefix (locale, "en_"))
    g_assert_cmpstr (total, ==, "3,367");

  store = mt_test_store_new (TRUE);
  page = g_object_new (MT_TYPE_OVERVIEW_PAGE, "store", store, "as-of", AS_OF, NULL);
  window = show_in_window (page, 980, 740);
  texts = visible_labels (page);

  g_assert_true (has_label (texts, total));
  g_assert_true (has_label_with (texts, force, NULL));

  destroy_window (window);
  setlocale (LC_ALL, saved);
}

/* Camp page */

/* The title of the camp's first event of @kind, from the store. */
static char *
dup_event_title (MtStore    *store,
                 gint64      camp_id,
                 const char *kind,
                 char      **date)
{
  g_autoptr(GPtrArray) events = mt_store_list_events (store, camp_id, NULL, NULL);

  g_assert_nonnull (events);
  for (guint i = 0; i < events->len; i++)
    {
      MtEvent *event = g_ptr_array_index (events, i);

      if (g_strcmp0 (mt_event_get_kind (event), kind) == 0)
        {
          *date = g_strdup (mt_event_get_date (event));
          return g_strdup (mt_event_get_title (event));
        }
    }
  g_error ("camp %" G_GINT64_FORMAT " has no %s event", camp_id, kind);
  return NULL;
}

static void
test_camp_page_handed_over (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  gint64 id = mt_store_find_camp (store, "Ogossagou");
  g_autoptr(MtCamp) camp = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  g_autofree char *event_date = NULL;
  g_autofree char *event_title = NULL;
  g_autofree char *handover = NULL;
  GtkWidget *page;
  GtkWindow *window;

  g_assert_cmpint (id, >, 0);
  camp = mt_store_get_camp (store, id, NULL, NULL);
  g_assert_nonnull (camp);
  event_title = dup_event_title (store, id, "handover", &event_date);
  g_assert_cmpstr (event_date, ==, "2023-08-03");
  handover = mt_date_format_long (event_date);

  page = g_object_new (MT_TYPE_CAMP_PAGE, "camp", camp, "store", store, NULL);
  window = show_in_window (page, 980, 740);
  texts = visible_labels (page);
  mt_test_save_png (page, "mt-camp-page.png");

  g_assert_false (has_visible_status_page (page));
  g_assert_true (has_label (texts, "Ogossagou"));
  g_assert_true (has_label (texts, mt_camp_status_get_label (MT_CAMP_STATUS_HANDED_OVER)));
  /* The handover appears as a dated event. */
  g_assert_true (has_label (texts, event_title));
  g_assert_true (has_label_with (texts, handover, NULL));

  /* Before the handover, the same camp was still operational and the event is to come. */
  g_object_set (page, "as-of", "2023-07-15", NULL);
  g_clear_pointer (&texts, g_ptr_array_unref);
  texts = visible_labels (page);
  g_assert_true (has_label (texts, mt_camp_status_get_label (MT_CAMP_STATUS_OPERATIONAL)));
  g_assert_false (has_label (texts, mt_camp_status_get_label (MT_CAMP_STATUS_HANDED_OVER)));
  g_assert_false (has_label (texts, event_title));

  destroy_window (window);
}

static void
test_camp_page_empty (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  gint64 id = mt_store_find_camp (store, "Gao");
  g_autoptr(MtCamp) camp = mt_store_get_camp (store, id, NULL, NULL);
  GtkWidget *page = g_object_new (MT_TYPE_CAMP_PAGE, "store", store, NULL);
  GtkWindow *window = show_in_window (page, 980, 740);
  g_autoptr(GPtrArray) texts = NULL;

  g_assert_true (has_visible_status_page (page));

  g_object_set (page, "camp", camp, NULL);
  g_assert_false (has_visible_status_page (page));
  texts = visible_labels (page);
  g_assert_true (has_label (texts, "Gao"));

  g_object_set (page, "camp", NULL, NULL);
  g_assert_true (has_visible_status_page (page));
  g_clear_pointer (&texts, g_ptr_array_unref);
  texts = visible_labels (page);
  g_assert_false (has_label (texts, "Gao"));

  destroy_window (window);
}

/* Map */

static MtCamp *
find_camp (GListModel *model,
           const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MtCamp) camp = g_list_model_get_item (model, i);

      if (g_strcmp0 (mt_camp_get_name (camp), name) == 0)
        return camp;
    }
  g_error ("no camp named %s", name);
  return NULL;
}

static void
project_camp (MtMapView  *view,
              GListModel *model,
              const char *name,
              double     *x,
              double     *y)
{
  MtCamp *camp = find_camp (model, name);

  mt_map_view_project (view, mt_camp_get_longitude (camp), mt_camp_get_latitude (camp), x, y);
}

static void
test_map_projection (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(MtCampList) list = mt_camp_list_new (store);
  g_autoptr(GtkSingleSelection) selection =
    gtk_single_selection_new (g_object_ref (G_LIST_MODEL (list)));
  GListModel *model = G_LIST_MODEL (selection);
  GtkWidget *view = g_object_new (MT_TYPE_MAP_VIEW, "model", selection, NULL);
  GtkWindow *window = show_in_window (view, 980, 740);
  double width = gtk_widget_get_width (view), height = gtk_widget_get_height (view);
  double x_bamako, y_bamako, x_gao, y_gao, x_kidal, y_kidal;
  g_autoptr(MtCamp) selected = NULL;
  gint64 selected_id = 0;

  g_assert_cmpuint (g_list_model_get_n_items (model), >=, 12);
  project_camp (MT_MAP_VIEW (view), model, "Bamako", &x_bamako, &y_bamako);
  project_camp (MT_MAP_VIEW (view), model, "Gao", &x_gao, &y_gao);
  project_camp (MT_MAP_VIEW (view), model, "Kidal", &x_kidal, &y_kidal);

  /* North up, east right. */
  g_assert_cmpfloat (x_bamako, <, x_gao);
  g_assert_cmpfloat (y_kidal, <, y_bamako);
  /* The country keeps its shape: Bamako–Gao is wider than tall (about 9° east, 4° north). */
  g_assert_cmpfloat (x_gao - x_bamako, >, y_bamako - y_gao);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MtCamp) camp = g_list_model_get_item (model, i);
      double x, y;

      mt_map_view_project (MT_MAP_VIEW (view), mt_camp_get_longitude (camp),
                           mt_camp_get_latitude (camp), &x, &y);
      if (x < 0 || y < 0 || x > width || y > height)
        g_error ("%s is drawn outside the map (%.0f, %.0f)", mt_camp_get_name (camp), x, y);
    }

  /* The map follows the sidebar's selection. */
  gtk_single_selection_set_selected (selection, 2);
  selected = g_list_model_get_item (model, 2);
  g_object_get (view, "selected-id", &selected_id, NULL);
  g_assert_cmpint (selected_id, ==, mt_camp_get_id (selected));

  mt_test_save_png (view, "mt-map-view.png");
  destroy_window (window);
}

static void
test_map_page (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(MtCampList) list = mt_camp_list_new (store);
  g_autoptr(GtkSingleSelection) selection =
    gtk_single_selection_new (g_object_ref (G_LIST_MODEL (list)));
  GtkWidget *page = g_object_new (MT_TYPE_MAP_PAGE, "model", selection, NULL);
  GtkWindow *window = show_in_window (page, 980, 740);
  g_autoptr(GPtrArray) texts = visible_labels (page);
  GListModel *model = NULL;

  g_object_get (page, "model", &model, NULL);
  g_assert_true (model == G_LIST_MODEL (selection));
  g_object_unref (model);
  /* The caption says where the markers' sizes come from. */
  g_assert_true (has_label_with (texts, "Geo-PKO", NULL));

  mt_test_save_png (page, "mt-map-page.png");
  destroy_window (window);
}

/* Status pill */

static void
test_status_pill (void)
{
  MtStatusPill *pill = g_object_ref_sink (g_object_new (MT_TYPE_STATUS_PILL, NULL));
  GtkWidget *label = gtk_widget_get_first_child (GTK_WIDGET (pill));

  for (MtCampStatus s = 0; s < MT_CAMP_N_STATUSES; s++)
    {
      mt_status_pill_set_status (pill, s);
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, mt_camp_status_get_label (s));
      g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (pill), "pill"));
      /* Exactly one status class, so the colour is never mixed. */
      g_assert_nonnull (mt_status_pill_get_css_class (s));
      for (MtCampStatus o = 0; o < MT_CAMP_N_STATUSES; o++)
        g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (pill), mt_status_pill_get_css_class (o))
                       == (o == s));
    }

  g_object_unref (pill);
}

int
main (int   argc,
      char *argv[])
{
  /* gtk_test_init() makes warnings fatal; a bare xvfb-run has no accessibility bus. */
  g_setenv ("GTK_A11Y", "none", FALSE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* Stack crossfades would show both pages for a moment. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  /* MT_TEST_DARK=1 with MT_TEST_PNG_DIR: look at the pages in the dark style. */
  if (g_getenv ("MT_TEST_DARK") != NULL)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                        ADW_COLOR_SCHEME_FORCE_DARK);
  /* What AdwApplication loads for the app, so the pages are measured as users see them. */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, "/org/minusma/Tracker/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  g_test_add_func ("/mt/pages/overview/figures", test_overview_figures);
  g_test_add_func ("/mt/pages/overview/plan-line", test_overview_plan_line);
  g_test_add_func ("/mt/pages/overview/follows-store-and-date", test_overview_follows_store_and_date);
  g_test_add_func ("/mt/pages/overview/grouped-locale", test_overview_grouped_locale);
  g_test_add_func ("/mt/pages/overview/read-error-shown", test_overview_read_error_shown);
  g_test_add_func ("/mt/pages/camp/handed-over", test_camp_page_handed_over);
  g_test_add_func ("/mt/pages/camp/empty", test_camp_page_empty);
  g_test_add_func ("/mt/pages/map/projection", test_map_projection);
  g_test_add_func ("/mt/pages/map/page", test_map_page);
  g_test_add_func ("/mt/pages/status-pill", test_status_pill);

  return g_test_run ();
}
