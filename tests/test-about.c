/* test-about.c: About shows the application's icon from the build tree, where
 * build-aux/run.sh starts it, with no icon installed anywhere.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "mt-application.h"
#include "mt-test-gui.h"
#include "mt-test-util.h"

typedef struct
{
  MtApplication *app;
  guint          polls;
  gboolean       about_shown;
  gboolean       icon_found;
  char          *icon_name;
} Probe;

/* Helpers */

static AdwAboutWindow *
find_about (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* (transfer none) */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_ABOUT_WINDOW (window))
        return ADW_ABOUT_WINDOW (window);
    }
  return NULL;
}

/* Links the first MIME database of the system's data directories into @dir. */
static void
link_mime_database (const char *dir)
{
  const char * const *dirs = g_get_system_data_dirs ();

  for (guint i = 0; dirs[i] != NULL; i++)
    {
      g_autofree char *mime = g_build_filename (dirs[i], "mime", NULL);
      g_autofree char *cache = g_build_filename (mime, "mime.cache", NULL);
      g_autofree char *link = g_build_filename (dir, "mime", NULL);

      if (g_file_test (cache, G_FILE_TEST_IS_REGULAR))
        {
          g_assert_cmpint (symlink (mime, link), ==, 0);
          return;
        }
    }
}

/* Callbacks */

/* Once the main window is up: app.about, then what the About window would draw. */
static gboolean
probe_cb (gpointer user_data)
{
  Probe *probe = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (probe->app));
  AdwAboutWindow *about;

  if (probe->polls++ > 200)
    {
      g_application_quit (G_APPLICATION (probe->app));
      return G_SOURCE_REMOVE;
    }
  if (window == NULL || !gtk_widget_get_mapped (GTK_WIDGET (window)))
    return G_SOURCE_CONTINUE;

  about = find_about ();
  if (about == NULL)
    {
      g_action_group_activate_action (G_ACTION_GROUP (probe->app), "about", NULL);
      return G_SOURCE_CONTINUE;
    }

  probe->about_shown = TRUE;
  probe->icon_name = g_strdup (adw_about_window_get_application_icon (about));
  probe->icon_found =
    gtk_icon_theme_has_icon (gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (about))),
                             probe->icon_name);
  mt_test_save_png (GTK_WIDGET (about), "about.png");
  gtk_window_destroy (GTK_WINDOW (about));
  g_application_quit (G_APPLICATION (probe->app));
  return G_SOURCE_REMOVE;
}

/* Tests */

static void
test_about_icon (void)
{
  g_autofree char *db_path = mt_test_tmp_path ("about.db");
  char *argv[] = { "minusma-tracker", "--db", db_path, NULL };
  Probe probe = { 0, };

  mt_test_remove_database (db_path);
  probe.app = mt_application_new ();
  g_timeout_add (50, probe_cb, &probe);
  g_assert_cmpint (g_application_run (G_APPLICATION (probe.app), G_N_ELEMENTS (argv) - 1, argv),
                   ==, 0);

  g_assert_true (probe.about_shown);
  g_assert_cmpstr (probe.icon_name, ==, APP_ID);
  g_assert_true (probe.icon_found);

  g_free (probe.icon_name);
  g_object_unref (probe.app);
  mt_test_remove_database (db_path);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* No icon installed anywhere the theme looks: only what the program carries counts. The
   * MIME database stays, GTK needs it to read an SVG. */
  mt_test_tmp_dir_make ();
  link_mime_database (mt_test_tmp_dir ());
  g_setenv ("XDG_DATA_HOME", mt_test_tmp_dir (), TRUE);
  g_setenv ("XDG_DATA_DIRS", mt_test_tmp_dir (), TRUE);
  g_setenv ("HOME", mt_test_tmp_dir (), TRUE);
  g_setenv ("GTK_A11Y", "none", FALSE);
  /* As main() does: under LANGUAGE=fr, MT_TEST_PNG_DIR shows the French About. */
  mt_application_init_i18n ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/mt/about/icon", test_about_icon);

  status = g_test_run ();
  mt_test_tmp_dir_remove ();
  return status;
}
