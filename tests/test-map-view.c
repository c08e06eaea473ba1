/* test-map-view.c: the map widget over the seed database: markers, clicks, keyboard.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "mt-camp.h"
#include "mt-camp-list.h"
#include "mt-map-page.h"
#include "mt-map-view.h"
#include "mt-screenshot.h"
#include "mt-store.h"
#include "mt-test-gui.h"
#include "mt-test-util.h"

typedef struct
{
  MtStore            *store;
  MtCampList         *list;
  GtkSingleSelection *selection;
  GtkWindow          *window;
  MtMapView          *view;
} Fixture;

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  f->store = mt_test_store_new (TRUE);
  f->list = mt_camp_list_new (f->store);
  f->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (f->list)));
  gtk_single_selection_set_autoselect (f->selection, FALSE);
  gtk_single_selection_set_can_unselect (f->selection, TRUE);
  gtk_single_selection_set_selected (f->selection, GTK_INVALID_LIST_POSITION);

  f->view = g_object_new (MT_TYPE_MAP_VIEW, "model", f->selection, NULL);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 900, 700);
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
  gtk_window_present (f->window);
  while (!gtk_widget_get_mapped (GTK_WIDGET (f->view)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  spin (50);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->view)));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  spin (20);
  g_object_unref (f->selection);
  g_object_unref (f->list);
  g_object_unref (f->store);
}

static void
marker_position (Fixture *f,
                 MtCamp  *camp,
                 double  *x,
                 double  *y)
{
  mt_map_view_project (f->view, mt_camp_get_longitude (camp), mt_camp_get_latitude (camp), x, y);
}

static void
test_marker_for_every_camp (Fixture       *f,
                            gconstpointer  data)
{
  GListModel *model = G_LIST_MODEL (f->selection);
  double width = gtk_widget_get_width (GTK_WIDGET (f->view));
  double height = gtk_widget_get_height (GTK_WIDGET (f->view));

  g_assert_cmpuint (g_list_model_get_n_items (model), >=, 12);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MtCamp) camp = g_list_model_get_item (model, i);
      g_autoptr(MtCamp) hit = NULL;
      double x, y;

      marker_position (f, camp, &x, &y);
      g_assert_cmpfloat (x, >, 0);
      g_assert_cmpfloat (x, <, width);
      g_assert_cmpfloat (y, >, 0);
      g_assert_cmpfloat (y, <, height);
      hit = mt_map_view_camp_at (f->view, x, y);
      if (hit == NULL || mt_camp_get_id (hit) != mt_camp_get_id (camp))
        g_error ("the marker of %s does not hit-test to it", mt_camp_get_name (camp));
    }
  g_assert_null (mt_map_view_camp_at (f->view, 3, 3));
}

static void
record_activated_cb (MtMapView *view,
                     MtCamp    *camp,
                     GPtrArray *activated)
{
  g_ptr_array_add (activated, g_object_ref (camp));
}

/* A click on a marker selects the camp in the window's selection model and activates it
 * (the window opens its page). */
static void
test_click_selects (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) activated = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *model = G_LIST_MODEL (f->selection);
  GtkEventController *click = NULL;
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (f->view));
  g_autoptr(MtCamp) camp = g_list_model_get_item (model, 5);
  gint64 selected_id = 0;
  double x, y;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && click == NULL; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        click = controller;
    }
  g_assert_nonnull (click);
  g_signal_connect (f->view, "camp-activated", G_CALLBACK (record_activated_cb), activated);

  marker_position (f, camp, &x, &y);
  g_signal_emit_by_name (click, "pressed", 1, x, y);
  g_signal_emit_by_name (click, "released", 1, x, y);
  g_assert_cmpuint (activated->len, ==, 1);
  g_assert_true (g_ptr_array_index (activated, 0) == camp);

  g_assert_cmpuint (gtk_single_selection_get_selected (f->selection), ==, 5);
  g_object_get (f->view, "selected-id", &selected_id, NULL);
  g_assert_cmpint (selected_id, ==, mt_camp_get_id (camp));

  /* A click on empty ground leaves the selection alone. */
  g_signal_emit_by_name (click, "pressed", 1, 3.0, 3.0);
  g_signal_emit_by_name (click, "released", 1, 3.0, 3.0);
  g_assert_cmpuint (gtk_single_selection_get_selected (f->selection), ==, 5);
  g_assert_cmpuint (activated->len, ==, 1);

  /* Selecting in the list highlights on the map. */
  gtk_single_selection_set_selected (f->selection, 2);
  {
    g_autoptr(MtCamp) other = g_list_model_get_item (model, 2);

    g_object_get (f->view, "selected-id", &selected_id, NULL);
    g_assert_cmpint (selected_id, ==, mt_camp_get_id (other));
  }
}

/* Zooming keeps the camps hit-testable where they are drawn; reset brings it back. */
static void
test_zoom_and_reset (Fixture       *f,
                     gconstpointer  data)
{
  GListModel *model = G_LIST_MODEL (f->selection);
  g_autoptr(MtCamp) gao = NULL;
  double x0, y0, x1, y1;

  for (guint i = 0; i < g_list_model_get_n_items (model) && gao == NULL; i++)
    {
      g_autoptr(MtCamp) camp = g_list_model_get_item (model, i);

      if (g_str_equal (mt_camp_get_name (camp), "Gao"))
        gao = g_object_ref (camp);
    }
  g_assert_nonnull (gao);

  marker_position (f, gao, &x0, &y0);
  mt_map_view_zoom (f->view, 2.0);
  g_assert_cmpfloat (mt_map_view_get_zoom (f->view), ==, 2.0);
  marker_position (f, gao, &x1, &y1);
  g_assert_cmpfloat (fabs (x1 - x0) + fabs (y1 - y0), >, 1);
  {
    g_autoptr(MtCamp) hit = mt_map_view_camp_at (f->view, x1, y1);

    g_assert_nonnull (hit);
    g_assert_cmpint (mt_camp_get_id (hit), ==, mt_camp_get_id (gao));
  }

  /* Zooming out past the whole country stops at the whole country. */
  mt_map_view_zoom (f->view, 0.1);
  g_assert_cmpfloat (mt_map_view_get_zoom (f->view), ==, 1.0);
  mt_map_view_zoom (f->view, 3.0);
  mt_map_view_reset_view (f->view);
  marker_position (f, gao, &x1, &y1);
  g_assert_cmpfloat_with_epsilon (x1, x0, 1e-6);
  g_assert_cmpfloat_with_epsilon (y1, y0, 1e-6);
}

/* The keyboard reaches the camps: focus moves through them, Enter activates. */
static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) activated = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(MtCamp) second = g_list_model_get_item (G_LIST_MODEL (f->selection), 1);
  GtkWidget *view = GTK_WIDGET (f->view);

  g_signal_connect (f->view, "camp-activated", G_CALLBACK (record_activated_cb), activated);
  g_assert_true (gtk_widget_get_focusable (view));
  /* Coming in with Tab lands on the first camp. */
  gtk_window_set_focus (f->window, NULL);
  g_assert_false (gtk_widget_has_focus (view));
  g_assert_true (gtk_widget_child_focus (view, GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_widget_has_focus (view));
  /* The second Tab moves to the second camp, still inside the map. */
  g_assert_true (gtk_widget_child_focus (view, GTK_DIR_TAB_FORWARD));
  /* Enter selects and activates the camp the keyboard is on: the second. */
  {
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (view);
    gboolean handled = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
          g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_Return, 0, 0, &handled);
      }
    g_assert_true (handled);
    g_assert_cmpuint (gtk_single_selection_get_selected (f->selection), ==, 1);
    g_assert_cmpuint (activated->len, ==, 1);
    g_assert_true (g_ptr_array_index (activated, 0) == second);
  }

  /* Walking past the last camp leaves the map. */
  for (guint i = 2; i < g_list_model_get_n_items (G_LIST_MODEL (f->selection)); i++)
    g_assert_true (gtk_widget_child_focus (view, GTK_DIR_TAB_FORWARD));
  g_assert_false (gtk_widget_child_focus (view, GTK_DIR_TAB_FORWARD));
}

/* How many pixels differ between @a and @b in the rectangle (@x, @y, @w, @h). */
static guint
count_changed (GdkTexture *a,
               GdkTexture *b,
               int         x,
               int         y,
               int         w,
               int         h)
{
  int width = gdk_texture_get_width (a);
  int height = gdk_texture_get_height (a);
  g_autofree guchar *pa = g_malloc ((gsize) width * height * 4);
  g_autofree guchar *pb = g_malloc ((gsize) width * height * 4);
  guint changed = 0;

  g_assert_cmpint (gdk_texture_get_width (b), ==, width);
  g_assert_cmpint (gdk_texture_get_height (b), ==, height);
  gdk_texture_download (a, pa, (gsize) width * 4);
  gdk_texture_download (b, pb, (gsize) width * 4);
  for (int row = MAX (y, 0); row < MIN (y + h, height); row++)
    for (int col = MAX (x, 0); col < MIN (x + w, width); col++)
      if (memcmp (pa + ((gsize) row * width + col) * 4, pb + ((gsize) row * width + col) * 4, 4) != 0)
        changed++;

  return changed;
}

/* The view drawn now, by its own snapshot, without a turn of the main loop: two pictures
 * taken this way differ only by what the test changed in between, never by an event that
 * reached the window meanwhile (focus, pointer, a late resize under load). */
static GdkTexture *
draw_now (GtkWidget *view)
{
  int width = gtk_widget_get_width (view);
  int height = gtk_widget_get_height (view);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);
  GTK_WIDGET_GET_CLASS (view)->snapshot (view, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);

  return gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (view)),
                                      node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

/* Folded, the legend is gone from the map's lower right corner, and nothing else moves. */
static void
test_legend_folds (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GdkTexture) shown = NULL;
  g_autoptr(GdkTexture) folded = NULL;
  int width;
  int height;
  gboolean show_legend = FALSE;

  g_object_get (f->view, "show-legend", &show_legend, NULL);
  g_assert_true (show_legend);
  shown = draw_now (GTK_WIDGET (f->view));
  width = gdk_texture_get_width (shown);
  height = gdk_texture_get_height (shown);

  g_object_set (f->view, "show-legend", FALSE, NULL);
  folded = draw_now (GTK_WIDGET (f->view));

  /* The legend box is about 200 × 150 px in the corner. */
  g_assert_cmpuint (count_changed (shown, folded, width - 220, height - 170, 220, 170), >, 2000);
  g_assert_cmpuint (count_changed (shown, folded, 0, 0, width - 260, height), ==, 0);
}

static void
test_page_buttons (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(MtCampList) list = mt_camp_list_new (store);
  g_autoptr(GtkSingleSelection) selection =
    gtk_single_selection_new (g_object_ref (G_LIST_MODEL (list)));
  GtkWidget *page = g_object_new (MT_TYPE_MAP_PAGE, "model", selection, NULL);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = NULL;

  gtk_window_set_child (GTK_WINDOW (window), page);
  for (GtkWidget *w = gtk_widget_get_first_child (page); w != NULL && view == NULL;)
    {
      if (MT_IS_MAP_VIEW (w))
        view = w;
      else if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && gtk_widget_get_next_sibling (w) == NULL && w != page)
            w = gtk_widget_get_parent (w);
          w = w != NULL && w != page ? gtk_widget_get_next_sibling (w) : NULL;
        }
    }
  g_assert_nonnull (view);

  gtk_widget_activate_action (page, "map.zoom-in", NULL);
  g_assert_cmpfloat (mt_map_view_get_zoom (MT_MAP_VIEW (view)), >, 1.0);
  gtk_widget_activate_action (page, "map.reset-view", NULL);
  g_assert_cmpfloat (mt_map_view_get_zoom (MT_MAP_VIEW (view)), ==, 1.0);

  /* The legend button, or L, folds the legend and unfolds it. */
  {
    gboolean page_legend = FALSE, view_legend = FALSE;

    g_object_get (page, "show-legend", &page_legend, NULL);
    g_assert_true (page_legend);
    gtk_widget_activate_action (page, "map.toggle-legend", NULL);
    g_object_get (page, "show-legend", &page_legend, NULL);
    g_object_get (view, "show-legend", &view_legend, NULL);
    g_assert_false (page_legend);
    g_assert_false (view_legend);
    g_assert_true (mt_test_activate_shortcut (page, "l"));
    g_object_get (view, "show-legend", &view_legend, NULL);
    g_assert_true (view_legend);
    g_object_set (page, "show-legend", FALSE, NULL);
    g_object_get (view, "show-legend", &view_legend, NULL);
    g_assert_false (view_legend);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GTK_A11Y", "none", FALSE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/mt/map-view/marker-for-every-camp", Fixture, NULL,
              fixture_set_up, test_marker_for_every_camp, fixture_tear_down);
  g_test_add ("/mt/map-view/click-selects", Fixture, NULL,
              fixture_set_up, test_click_selects, fixture_tear_down);
  g_test_add ("/mt/map-view/zoom-and-reset", Fixture, NULL,
              fixture_set_up, test_zoom_and_reset, fixture_tear_down);
  g_test_add ("/mt/map-view/keyboard", Fixture, NULL,
              fixture_set_up, test_keyboard, fixture_tear_down);
  g_test_add ("/mt/map-view/legend-folds", Fixture, NULL,
              fixture_set_up, test_legend_folds, fixture_tear_down);
  g_test_add_func ("/mt/map-view/page-buttons", test_page_buttons);

  return g_test_run ();
}
