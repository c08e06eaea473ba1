/* test-window-nav.c: moving around the main window at every width, from a phone's 360 px
 * to a wide screen: the pages stay in view, the camp list folds over them only when it must,
 * Alt+number and the main menu work everywhere, a camp's page opens from the list, the map
 * and links, and its back button returns where the planner came from.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "mt-camp.h"
#include "mt-camp-list.h"
#include "mt-map-view.h"
#include "mt-screenshot.h"
#include "mt-store.h"
#include "mt-store-edit.h"
#include "mt-test-gui.h"
#include "mt-test-util.h"
#include "mt-window-private.h"
#include "mt-wrap-box.h"

/* The pages of the view switcher, in the order of Alt+1…6. */
static const char *pages[] = { "overview", "map", "roster", "movements", "convoys", "assets" };

typedef struct
{
  MtStore  *store;
  MtWindow *window;
} Fixture;

/* Helpers */

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->store = mt_test_store_new (TRUE);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  mt_test_spin (20);
  g_clear_object (&f->store);
}

/* A new window, @width wide, shown and laid out. */
static void
open_window (Fixture *f,
             int      width)
{
  gint64 deadline;

  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  f->window = mt_window_new (NULL, f->store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (f->window), width, 720);
  mt_test_present_window (GTK_WINDOW (f->window));

  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (gtk_widget_get_width (adw_flap_get_content (f->window->flap)) == 0 &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  mt_test_spin (100);
  g_test_message ("window %d px wide: the pages get %d px, the camp list is %s", width,
                  gtk_widget_get_width (adw_flap_get_content (f->window->flap)),
                  adw_flap_get_folded (f->window->flap) ? "over them" : "beside them");
}

/* Seen: mapped, and not under the camp list folded over the pages. */
static gboolean
in_view (Fixture   *f,
         GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  return !(adw_flap_get_folded (f->window->flap) && adw_flap_get_reveal_flap (f->window->flap));
}

/* A main menu button is shown, and F10 opens it: the pages' own, or the camp list's beside
 * the pages. */
static gboolean
menu_reachable (Fixture *f)
{
  GtkMenuButton *buttons[] = { f->window->content_menu_button, f->window->sidebar_menu_button };

  g_assert_true (gtk_menu_button_get_menu_model (buttons[0]) ==
                 gtk_menu_button_get_menu_model (buttons[1]));
  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      gboolean in_view = gtk_widget_get_mapped (GTK_WIDGET (buttons[i])) &&
                         (i == 0 || !adw_flap_get_folded (f->window->flap));

      if (in_view && gtk_menu_button_get_primary (buttons[i]))
        return TRUE;
    }
  return FALSE;
}

static MtCamp *
find_camp (Fixture    *f,
           const char *name)
{
  guint position = mt_camp_list_find (f->window->camps, mt_store_find_camp (f->store, name));

  g_assert_cmpuint (position, !=, G_MAXUINT);
  return g_list_model_get_item (G_LIST_MODEL (f->window->camps), position);
}

static MtCamp *
shown_camp (Fixture *f)
{
  MtCamp *camp = NULL;

  g_object_get (f->window->camp_page, "camp", &camp, NULL);
  return camp;
}

/* Tests */

/* A toolbar row goes on over more rows when the width runs out, and the row's room left
 * goes to what expands. */
static void
test_toolbar_wraps (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = mt_wrap_box_new ();
  GtkWidget *items[3];
  graphene_rect_t bounds[3];
  int min, nat, one_row, three_rows;

  g_object_set (box, "spacing", 6, "row-spacing", 4, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      items[i] = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      gtk_widget_set_size_request (items[i], 100, 30);
      mt_wrap_box_append (MT_WRAP_BOX (box), items[i]);
    }
  gtk_widget_set_hexpand (items[0], TRUE);

  gtk_widget_measure (box, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  g_assert_cmpint (min, ==, 100);
  g_assert_cmpint (nat, ==, 3 * 100 + 2 * 6);
  gtk_widget_measure (box, GTK_ORIENTATION_VERTICAL, 312, &one_row, NULL, NULL, NULL);
  g_assert_cmpint (one_row, ==, 30);
  gtk_widget_measure (box, GTK_ORIENTATION_VERTICAL, 250, &min, NULL, NULL, NULL);
  g_assert_cmpint (min, ==, 2 * 30 + 4);
  gtk_widget_measure (box, GTK_ORIENTATION_VERTICAL, 100, &three_rows, NULL, NULL, NULL);
  g_assert_cmpint (three_rows, ==, 3 * 30 + 2 * 4);

  /* At 250 px: two items on the first row, the first taking what is left; the third
   * starts the second row. */
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_decorated (GTK_WINDOW (window), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (window), 250, 200);
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  mt_test_present_window (GTK_WINDOW (window));
  g_assert_cmpint (gtk_widget_get_width (box), ==, 250);
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    g_assert_true (gtk_widget_compute_bounds (items[i], box, &bounds[i]));
  g_assert_cmpfloat (bounds[0].size.width, ==, 250 - 6 - 100);
  g_assert_cmpfloat (bounds[1].origin.x, ==, 250 - 100);
  g_assert_cmpfloat (bounds[1].origin.y, ==, 0);
  g_assert_cmpfloat (bounds[2].origin.x, ==, 0);
  g_assert_cmpfloat (bounds[2].origin.y, ==, 30 + 4);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every page, and the window, can be as narrow as a phone. */
static void
test_narrowest (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *widgets[G_N_ELEMENTS (pages) + 2];
  int min, nat;

  open_window (f, 1280);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    widgets[i] = adw_view_stack_get_child_by_name (f->window->view_stack, pages[i]);
  widgets[G_N_ELEMENTS (pages)] = GTK_WIDGET (f->window->camp_page);
  widgets[G_N_ELEMENTS (pages) + 1] = adw_flap_get_content (f->window->flap);
  g_object_set (f->window->camp_page, "camp", find_camp (f, "Gao"), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (widgets); i++)
    {
      gtk_widget_measure (widgets[i], GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
      g_test_message ("%s: at least %d px", G_OBJECT_TYPE_NAME (widgets[i]), min);
      g_assert_cmpint (min, <=, 360);
    }
  gtk_widget_measure (GTK_WIDGET (f->window->flap), GTK_ORIENTATION_HORIZONTAL, -1,
                      &min, &nat, NULL, NULL);
  g_assert_cmpint (min, <=, 360);
}

typedef struct
{
  gboolean  done;
  GError   *error;
} Outcome;

static void
screenshot_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  Outcome *outcome = user_data;

  mt_screenshot_finish (result, &outcome->error);
  outcome->done = TRUE;
}

/* The window drawn at 360×640 is 360 px wide, not wider. */
static void
test_phone_screenshot (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *path = mt_test_tmp_path ("phone.png");
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  Outcome outcome = { 0 };

  f->window = mt_window_new (NULL, f->store, NULL);
  g_assert_true (mt_window_show_page (f->window, "roster"));
  mt_screenshot_window_async (GTK_WINDOW (f->window), path, 360, 640, NULL,
                              screenshot_done_cb, &outcome);
  while (!outcome.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (outcome.error);

  texture = gdk_texture_new_from_filename (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 360);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 640);
  /* The camp list is not what a phone shows first: the page asked for is. */
  g_assert_true (adw_flap_get_folded (f->window->flap));
  g_assert_true (in_view (f, GTK_WIDGET (f->window->roster_page)));
}

/* Wide and at 800 px the camp list stands beside the page; narrower it folds over the page,
 * hidden until asked for, and the page stays. The main menu is always within reach. */
static void
test_fold_only_when_needed (Fixture       *f,
                            gconstpointer  data)
{
  static const int widths[] = { 1280, 800, 360 };

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      gboolean narrow = widths[i] < 600;

      open_window (f, widths[i]);
      g_assert_true (mt_window_show_page (f->window, "map"));
      mt_test_spin (50);
      g_assert_cmpint (adw_flap_get_folded (f->window->flap), ==, narrow);
      g_assert_true (in_view (f, GTK_WIDGET (f->window->map_page)));
      /* The list is there beside the page, or one button away. */
      g_assert_cmpint (gtk_widget_get_mapped (GTK_WIDGET (f->window->camp_list_view)), ==, !narrow);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->window->sidebar_button)));
      g_assert_true (menu_reachable (f));

      /* F9 shows the list (over the page when narrow) and hides it again. */
      g_assert_true (mt_test_activate_shortcut (GTK_WIDGET (f->window), "F9"));
      mt_test_spin (50);
      g_assert_cmpint (gtk_widget_get_mapped (GTK_WIDGET (f->window->camp_list_view)), ==, narrow);
      g_assert_true (menu_reachable (f));
      /* Over the page, the list has the keyboard; gone, the page has it back. */
      if (narrow)
        g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)),
                                               adw_flap_get_flap (f->window->flap)));
      g_assert_true (mt_test_activate_shortcut (GTK_WIDGET (f->window), "F9"));
      mt_test_spin (50);
      g_assert_cmpint (adw_flap_get_reveal_flap (f->window->flap), ==, !narrow);
      g_assert_true (menu_reachable (f));
      if (narrow)
        g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)),
                                               GTK_WIDGET (f->window->map_page)));
      g_assert_cmpstr (mt_window_get_page (f->window), ==, "map");
    }
}

/* Alt+1…6 bring each page into view at every width, from wherever the planner is: the camp
 * list over the pages, a camp's page. */
static void
test_alt_numbers (Fixture       *f,
                  gconstpointer  data)
{
  static const int widths[] = { 1280, 800, 360 };

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      open_window (f, widths[w]);
      for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
        {
          g_autofree char *accel = g_strdup_printf ("<Alt>%u", i + 1);
          GtkWidget *page = adw_view_stack_get_child_by_name (f->window->view_stack, pages[i]);

          /* Start from the other side each time: a camp's page, or the camp list shown. */
          if (i % 2 == 0)
            g_assert_true (mt_window_show_page (f->window, "camp:Kidal"));
          else
            adw_flap_set_reveal_flap (f->window->flap, TRUE);
          mt_test_spin (50);

          g_assert_true (mt_test_activate_shortcut (GTK_WIDGET (f->window), accel));
          mt_test_spin (50);
          g_assert_cmpstr (mt_window_get_page (f->window), ==, pages[i]);
          if (!in_view (f, page))
            g_error ("%u px: %s does not show %s", widths[w], accel, pages[i]);
        }
    }
}

/* No tab for "the camp", empty until one is picked. */
static void
test_no_camp_tab (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GtkSelectionModel) tabs = NULL;

  open_window (f, 1280);
  tabs = adw_view_stack_get_pages (f->window->view_stack);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tabs)), ==, G_N_ELEMENTS (pages));
  g_assert_null (adw_view_stack_get_child_by_name (f->window->view_stack, "camp"));
  g_assert_false (mt_window_show_page (f->window, "camp"));
}

/* From the camp list: the camp's page, and back to the page the planner was on; in a narrow
 * window, back to the list it came from. */
static void
test_camp_from_list (Fixture       *f,
                     gconstpointer  data)
{
  static const int widths[] = { 1280, 360 };

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      gboolean narrow = widths[w] < 600;
      g_autoptr(MtCamp) gao = NULL;
      g_autoptr(MtCamp) shown = NULL;
      guint position;

      open_window (f, widths[w]);
      gao = find_camp (f, "Gao");
      g_assert_true (mt_window_show_page (f->window, "convoys"));
      adw_flap_set_reveal_flap (f->window->flap, TRUE);
      mt_test_spin (50);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->window->camp_list_view)));

      position = mt_camp_list_find (f->window->camps, mt_camp_get_id (gao));
      g_signal_emit_by_name (f->window->camp_list_view, "activate", position);
      mt_test_spin (50);
      g_assert_cmpstr (mt_window_get_page (f->window), ==, "camp");
      shown = shown_camp (f);
      g_assert_true (shown == gao);
      g_assert_true (in_view (f, GTK_WIDGET (f->window->camp_page)));
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->window->back_button)));
      g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (f->window->back_button)), ==,
                       narrow ? "Back to Camps" : "Back to the Convoys");
      g_assert_true (menu_reachable (f));

      g_assert_true (mt_test_activate_shortcut (GTK_WIDGET (f->window), "<Alt>Left"));
      mt_test_spin (50);
      g_assert_cmpstr (mt_window_get_page (f->window), ==, "convoys");
      g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->window->back_button)));
      g_assert_cmpint (adw_flap_get_reveal_flap (f->window->flap), ==, TRUE);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->window->camp_list_view)));
      if (!narrow)
        g_assert_true (in_view (f, GTK_WIDGET (f->window->convoys_page)));
    }
}

/* A click on a map marker opens the camp's page; back is the map. */
static void
test_camp_from_map (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(MtCamp) kidal = NULL;
  g_autoptr(MtCamp) shown = NULL;
  g_autoptr(GListModel) controllers = NULL;
  GtkEventController *click = NULL;
  MtMapView *view;
  double x, y;

  open_window (f, 800);
  kidal = find_camp (f, "Kidal");
  g_assert_true (mt_window_show_page (f->window, "map"));
  mt_test_spin (50);
  view = MT_MAP_VIEW (mt_test_find_widget (GTK_WIDGET (f->window->map_page), MT_TYPE_MAP_VIEW));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));

  controllers = gtk_widget_observe_controllers (GTK_WIDGET (view));
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && click == NULL; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        click = controller;
    }
  g_assert_nonnull (click);
  mt_map_view_project (view, mt_camp_get_longitude (kidal), mt_camp_get_latitude (kidal), &x, &y);
  g_signal_emit_by_name (click, "pressed", 1, x, y);
  g_signal_emit_by_name (click, "released", 1, x, y);
  mt_test_spin (50);

  g_assert_cmpstr (mt_window_get_page (f->window), ==, "camp");
  shown = shown_camp (f);
  g_assert_true (shown == kidal);
  g_assert_true (in_view (f, GTK_WIDGET (f->window->camp_page)));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (f->window->back_button)), ==,
                   "Back to the Map");

  /* A button activated from the keyboard shows itself pressed for 250 ms, then clicks. */
  gtk_widget_activate (GTK_WIDGET (f->window->back_button));
  mt_test_spin (400);
  g_assert_cmpstr (mt_window_get_page (f->window), ==, "map");
  g_assert_true (in_view (f, GTK_WIDGET (view)));
}

/* Links (win.show-camp) and --page camp:NAME open a camp's page; a camp deleted while its
 * page is shown takes the planner back. */
static void
test_camp_from_link (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(MtCamp) mopti = NULL;
  g_autoptr(MtCamp) shown = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  open_window (f, 1280);
  mopti = find_camp (f, "Mopti");
  g_assert_true (mt_window_show_page (f->window, "overview"));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-camp", "x",
                              mt_camp_get_id (mopti));
  mt_test_spin (50);
  g_assert_cmpstr (mt_window_get_page (f->window), ==, "camp");
  shown = shown_camp (f);
  g_assert_true (shown == mopti);
  g_clear_object (&shown);

  g_assert_true (mt_window_show_page (f->window, "camp:timbuktu"));
  mt_test_spin (50);
  shown = shown_camp (f);
  g_assert_cmpstr (mt_camp_get_name (shown), ==, "Timbuktu");
  g_assert_cmpstr (adw_window_title_get_title (f->window->camp_title), ==, "Timbuktu");
  /* From camp to camp, the way back still leads where the first came from. */
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (f->window->back_button)), ==,
                   "Back to the Overview");

  /* A new camp, with nothing referring to it, shown and then deleted. */
  id = mt_store_add_camp (f->store, "Kati", "Koulikoro", 12.74, -8.07, "camp",
                          MT_CAMP_STATUS_OPERATIONAL, "2023-10-01", &error);
  g_assert_no_error (error);
  mt_test_spin (50);
  g_assert_true (mt_window_show_page (f->window, "camp:Kati"));
  g_assert_true (mt_store_delete_camp (f->store, id, &error));
  g_assert_no_error (error);
  mt_test_spin (200);
  g_assert_cmpstr (mt_window_get_page (f->window), ==, "overview");
}

/* The legend folded on the map stays folded in the next window. */
static void
test_legend_remembered (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  MtWindow *window;
  gboolean shown = TRUE;

  g_settings_reset (settings, "map-legend-folded");
  window = mt_window_new (NULL, f->store, settings);
  g_object_get (window->map_page, "show-legend", &shown, NULL);
  g_assert_true (shown);
  g_assert_true (mt_window_show_page (window, "map"));
  gtk_widget_activate_action (GTK_WIDGET (window->map_page), "map.toggle-legend", NULL);
  g_assert_true (g_settings_get_boolean (settings, "map-legend-folded"));
  gtk_window_destroy (GTK_WINDOW (window));
  mt_test_spin (20);

  f->window = mt_window_new (NULL, f->store, settings);
  g_object_get (f->window->map_page, "show-legend", &shown, NULL);
  g_assert_false (shown);
}

/* The shortcuts window lists the pages under the keys that show them. */
static void
test_shortcuts_window (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/org/minusma/Tracker/gtk/help-overlay.ui");
  g_autoptr(GSList) objects = gtk_builder_get_objects (builder);
  guint found = 0;
  gboolean back = FALSE;

  open_window (f, 1280);
  for (GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *title = NULL;
      g_autofree char *accelerator = NULL;
      guint key;
      GdkModifierType mods;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      g_object_get (l->data, "title", &title, "accelerator", &accelerator, NULL);
      g_assert_true (gtk_accelerator_parse (accelerator, &key, &mods));
      if (mods == GDK_ALT_MASK && key >= GDK_KEY_1 && key <= GDK_KEY_9)
        {
          guint i = key - GDK_KEY_1;
          GtkWidget *page;

          g_assert_cmpuint (i, <, G_N_ELEMENTS (pages));
          page = adw_view_stack_get_child_by_name (f->window->view_stack, pages[i]);
          g_assert_cmpstr (title, ==,
                           adw_view_stack_page_get_title (adw_view_stack_get_page (f->window->view_stack, page)));
          found++;
        }
      if (mods == GDK_ALT_MASK && key == GDK_KEY_Left)
        back = TRUE;
    }
  g_assert_cmpuint (found, ==, G_N_ELEMENTS (pages));
  g_assert_true (back);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* What is asserted is where the planner ends up, not the slide getting there. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add ("/mt/window-nav/toolbar-wraps", Fixture, NULL, fixture_setup, test_toolbar_wraps,
              fixture_teardown);
  g_test_add ("/mt/window-nav/narrowest", Fixture, NULL, fixture_setup, test_narrowest,
              fixture_teardown);
  g_test_add ("/mt/window-nav/phone-screenshot", Fixture, NULL, fixture_setup,
              test_phone_screenshot, fixture_teardown);
  g_test_add ("/mt/window-nav/fold-only-when-needed", Fixture, NULL, fixture_setup,
              test_fold_only_when_needed, fixture_teardown);
  g_test_add ("/mt/window-nav/alt-numbers", Fixture, NULL, fixture_setup, test_alt_numbers,
              fixture_teardown);
  g_test_add ("/mt/window-nav/no-camp-tab", Fixture, NULL, fixture_setup, test_no_camp_tab,
              fixture_teardown);
  g_test_add ("/mt/window-nav/camp-from-list", Fixture, NULL, fixture_setup,
              test_camp_from_list, fixture_teardown);
  g_test_add ("/mt/window-nav/camp-from-map", Fixture, NULL, fixture_setup,
              test_camp_from_map, fixture_teardown);
  g_test_add ("/mt/window-nav/camp-from-link", Fixture, NULL, fixture_setup,
              test_camp_from_link, fixture_teardown);
  g_test_add ("/mt/window-nav/legend-remembered", Fixture, NULL, fixture_setup,
              test_legend_remembered, fixture_teardown);
  g_test_add ("/mt/window-nav/shortcuts-window", Fixture, NULL, fixture_setup,
              test_shortcuts_window, fixture_teardown);

  return mt_test_run_in_tmp_dir ();
}
