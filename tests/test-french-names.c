/* test-french-names.c: a camp's name in the user's language, wherever the window shows it,
 * and either name wherever a planner types one. Run twice (tests/meson.build): in English,
 * and under LC_ALL=fr_FR.UTF-8 LANGUAGE=fr, where the seed's Timbuktu is Tombouctou.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "mt-application.h"
#include "mt-camp.h"
#include "mt-camp-page-private.h"
#include "mt-store.h"
#include "mt-test-gui.h"
#include "mt-test-util.h"
#include "mt-window-private.h"

typedef struct
{
  MtStore    *store;
  MtWindow   *window;
  const char *shown;   /* the name the window shows in this run's language */
  const char *other;   /* the name in the other language */
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

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->shown = is_french () ? "Tombouctou" : "Timbuktu";
  f->other = is_french () ? "Timbuktu" : "Tombouctou";
  f->store = mt_test_store_new (TRUE);
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

  return g_test_run ();
}
