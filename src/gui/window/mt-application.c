/* mt-application.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-application"

#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <locale.h>
#include <signal.h>

#include "mt-application.h"
#include "mt-csv-cli.h"
#include "mt-database.h"
#include "mt-date.h"
#include "mt-report-cli.h"
#include "mt-screenshot.h"
#include "mt-store.h"
#include "mt-store-backup.h"
#include "mt-store-plan.h"
#include "mt-store-scenario.h"
#include "mt-window.h"

struct _MtApplication
{
  AdwApplication  parent_instance;

  MtStore        *store;
  GSettings      *settings;
  guint           signal_sources[3];  /* SIGTERM, SIGINT, SIGHUP: quit */

  /* Command-line options, kept for activate */
  char           *db_path;
  char           *as_of;
  char           *screenshot;
  char           *size;
  char           *style;
  char           *page;
  char           *import_path;
  char           *rejects_path;
  char           *export_kind;
  char           *report_path;
  char           *paper;
  char           *backup_path;
  char           *baseline_save;
  char           *baseline;
  char           *scenario_save;
  char           *scenario_promote;
  char           *scenario;
  char          **changes;
  gboolean        scenario_list;
  char          **remaining;
  gboolean        skip_invalid;

  int             exit_status;
};

G_DEFINE_FINAL_TYPE (MtApplication, mt_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use the database FILE instead of the default one"), N_("FILE") },
  { "as-of", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Show the mission as it stood on DATE"), N_("YYYY-MM-DD") },
  { "screenshot", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Render the main window (1280×800 unless --size) to a PNG file and exit"), N_("FILE.png") },
  { "size", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --screenshot: the size of the window, e.g. 360x640"), N_("WIDTHxHEIGHT") },
  { "style", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --screenshot: light or dark style"), N_("STYLE") },
  { "page", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Page to show: overview, map, roster, movements, convoys, assets or camp:NAME"), N_("PAGE") },
  { "import", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Import a personnel roster from a CSV file, print a summary and exit"), N_("FILE.csv") },
  { "skip-invalid", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --import: write the valid rows and skip the invalid ones"), NULL },
  { "rejects", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("With --skip-invalid: write the rejected rows, with the reason, to this CSV file"),
    N_("FILE.csv") },
  { "export", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Export roster, camps, movements, convoys or assets to OUT.csv (- for standard output) "
       "and exit"), N_("LIST OUT.csv") },
  { "report", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the withdrawal report as a PDF file and exit"), N_("FILE.pdf") },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Paper size of the report: a4 (default) or letter"), N_("SIZE") },
  { "backup", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write a whole copy of the database to FILE (a database file may also go onto an empty server database, postgresql://…) and exit"), N_("FILE") },
  { "baseline-save", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Freeze the plan as the data stands (--as-of, else the latest) as baseline NAME and exit"),
    N_("NAME") },
  { "baseline", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --report: add the plan against baseline NAME"), N_("NAME") },
  { "scenario", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Show the window (or print the --report) under what-if scenario NAME"), N_("NAME") },
  { "scenario-save", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Save what-if scenario NAME made of the --change options and exit"), N_("NAME") },
  { "change", 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL,
    N_("With --scenario-save, once per change: closure:CAMP:DATE, pace:CATEGORY:FACTOR, "
       "convoy:ID:DAYS or transfer:CATEGORY:N:FROM:TO:DATE"), N_("SPEC") },
  { "scenario-promote", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Write the planned dates what-if scenario NAME implies into the plan (as of --as-of, "
       "else the latest data) and exit"),
    N_("NAME") },
  { "scenario-list", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the what-if scenarios, their changes and where the plan ends under each, and exit"),
    NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[OUT.csv]") },
  { NULL }
};

/* Auxiliary methods */

static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchemaSource) build_source = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);

  /* Run from the build tree without installing: use the schema compiled there. */
  if (schema == NULL)
    {
      build_source = g_settings_schema_source_new_from_directory (MT_BUILD_SCHEMADIR, source,
                                                                  FALSE, NULL);
      if (build_source != NULL)
        schema = g_settings_schema_source_lookup (build_source, APP_ID, FALSE);
    }

  if (schema == NULL)
    {
      g_warning ("Settings schema %s not found; the window size will not be remembered", APP_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

static gboolean
page_is_valid (const char *page)
{
  static const char *pages[] = { "overview", "map", "roster", "movements", "convoys", "assets",
                                  NULL };

  return g_strv_contains (pages, page) || g_str_has_prefix (page, "camp:");
}

/* "WIDTHxHEIGHT", no smaller than the window can be. */
static gboolean
parse_size (const char *text,
            int        *width,
            int        *height)
{
  g_auto(GStrv) parts = g_strsplit (text, "x", -1);
  guint64 w, h;

  if (g_strv_length (parts) != 2 ||
      !g_ascii_string_to_unsigned (parts[0], 10, MT_SCREENSHOT_MIN_WIDTH,
                                   MT_SCREENSHOT_MAX_SIZE, &w, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, MT_SCREENSHOT_MIN_HEIGHT,
                                   MT_SCREENSHOT_MAX_SIZE, &h, NULL))
    return FALSE;

  if (width != NULL)
    *width = (int) w;
  if (height != NULL)
    *height = (int) h;
  return TRUE;
}

static int
usage_error (const char *message)
{
  g_printerr ("%s: %s\n", g_get_prgname (), message);
  g_printerr (_("Run “%s --help” to see the options.\n"), g_get_prgname ());
  return 2;
}

/* The scheme of "scheme://…" (RFC 3986: a letter, then letters, digits, "+", "." or "-"),
 * lower-cased; NULL for a file path. */
static char *
dup_uri_scheme (const char *path)
{
  const char *end = path;

  if (!g_ascii_isalpha (*end))
    return NULL;
  for (end++; g_ascii_isalnum (*end) || *end == '+' || *end == '.' || *end == '-'; end++)
    ;
  if (!g_str_has_prefix (end, "://"))
    return NULL;

  return g_ascii_strdown (path, end - path);
}

/* Why @path cannot be --db's value, or NULL. It takes a file or a PostgreSQL server's URI:
 * SQLite would make "foo://bar" a folder "foo:" with a file "bar" in it. */
static char *
dup_db_path_problem (const char *path)
{
  g_autofree char *scheme = dup_uri_scheme (path);

  if (scheme == NULL)
    return NULL;

  /* libpq's URIs: a database on a PostgreSQL server. */
  if (g_str_equal (scheme, "postgresql") || g_str_equal (scheme, "postgres"))
    return NULL;

  return g_strdup_printf (_("“%s” is an address, not a file: --db takes the path of a "
                            "database file"), path);
}

/* Callbacks */

static void
screenshot_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  MtApplication *self = MT_APPLICATION (user_data);
  g_autoptr(GError) error = NULL;

  if (!mt_screenshot_finish (result, &error))
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      self->exit_status = 2;
    }

  g_application_quit (G_APPLICATION (self));
  g_application_release (G_APPLICATION (self));
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

/* SIGTERM (the session logging out, `kill`), SIGINT (Ctrl+C in a terminal), SIGHUP (the
 * terminal closed): leave the way app.quit does, so the database is closed whole. */
static gboolean
quit_signal_cb (gpointer user_data)
{
  g_application_quit (G_APPLICATION (user_data));
  return G_SOURCE_CONTINUE;
}

/* SIGTERM, SIGINT and SIGHUP quit as app.quit does, from the moment the database is opened
 * (before GTK starts, which takes a while): the main loop then closes it whole. */
static void
watch_quit_signals (MtApplication *self)
{
  const int signals[G_N_ELEMENTS (self->signal_sources)] = { SIGTERM, SIGINT, SIGHUP };

  for (guint i = 0; i < G_N_ELEMENTS (self->signal_sources); i++)
    if (self->signal_sources[i] == 0)
      self->signal_sources[i] = g_unix_signal_add (signals[i], quit_signal_cb, self);
}

/* A job without a window runs no main loop: the signals do what they do by default (the
 * job's transaction is not committed, the database stays as it was). */
static void
unwatch_quit_signals (MtApplication *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->signal_sources); i++)
    g_clear_handle_id (&self->signal_sources[i], g_source_remove);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  const char *developers[] = { _("The MINUSMA Tracker authors"), NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("MINUSMA Withdrawal Tracker"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developers", developers,
                         "comments", _("Plan and follow the withdrawal of a peacekeeping "
                                       "mission: camps, personnel, convoys and the figures "
                                       "to brief from, as of any date."),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
};

/* GApplication overrides */

static int
mt_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  MtApplication *self = MT_APPLICATION (app);
  g_autoptr(GError) error = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("minusma-tracker %s\n", PACKAGE_VERSION);
      return 0;
    }

  g_variant_dict_lookup (options, "db", "^ay", &self->db_path);
  g_variant_dict_lookup (options, "as-of", "s", &self->as_of);
  g_variant_dict_lookup (options, "screenshot", "^ay", &self->screenshot);
  g_variant_dict_lookup (options, "size", "s", &self->size);
  g_variant_dict_lookup (options, "style", "s", &self->style);
  g_variant_dict_lookup (options, "page", "s", &self->page);
  g_variant_dict_lookup (options, "import", "^ay", &self->import_path);
  g_variant_dict_lookup (options, "rejects", "^ay", &self->rejects_path);
  g_variant_dict_lookup (options, "export", "s", &self->export_kind);
  g_variant_dict_lookup (options, "report", "^ay", &self->report_path);
  g_variant_dict_lookup (options, "paper", "s", &self->paper);
  g_variant_dict_lookup (options, "backup", "^ay", &self->backup_path);
  g_variant_dict_lookup (options, "baseline-save", "s", &self->baseline_save);
  g_variant_dict_lookup (options, "baseline", "s", &self->baseline);
  g_variant_dict_lookup (options, "scenario-save", "s", &self->scenario_save);
  g_variant_dict_lookup (options, "scenario-promote", "s", &self->scenario_promote);
  g_variant_dict_lookup (options, "scenario", "s", &self->scenario);
  g_variant_dict_lookup (options, "change", "^as", &self->changes);
  self->scenario_list = g_variant_dict_contains (options, "scenario-list");
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^aay", &self->remaining);
  self->skip_invalid = g_variant_dict_contains (options, "skip-invalid");

  if (self->rejects_path != NULL && !self->skip_invalid)
    return usage_error (_("--rejects goes with --skip-invalid"));
  if (self->skip_invalid && self->import_path == NULL)
    return usage_error (_("--skip-invalid goes with --import"));
  if (self->export_kind != NULL &&
      (self->remaining == NULL || g_strv_length (self->remaining) != 1))
    return usage_error (_("--export takes a list and one output file, e.g. --export roster "
                          "roster.csv"));
  if (self->export_kind == NULL && self->remaining != NULL && self->remaining[0] != NULL)
    {
      g_autofree char *msg = g_strdup_printf (_("Unexpected argument “%s”"), self->remaining[0]);
      return usage_error (msg);
    }
  if (self->paper != NULL && self->report_path == NULL)
    return usage_error (_("--paper goes with --report"));
  if (self->baseline != NULL && self->report_path == NULL)
    return usage_error (_("--baseline goes with --report"));
  if (self->scenario != NULL && self->baseline != NULL)
    return usage_error (_("--scenario and --baseline make two different reports: write one "
                          "with each"));
  if (self->changes != NULL && self->scenario_save == NULL)
    return usage_error (_("--change goes with --scenario-save"));
  if (self->db_path != NULL)
    {
      g_autofree char *msg = dup_db_path_problem (self->db_path);

      if (msg != NULL)
        return usage_error (msg);
    }

  if (self->as_of != NULL && !mt_date_is_valid (self->as_of))
    {
      g_autofree char *msg = g_strdup_printf (_("“%s” is not a date; write it as YYYY-MM-DD"),
                                              self->as_of);
      return usage_error (msg);
    }

  if (self->page != NULL && !page_is_valid (self->page))
    {
      g_autofree char *msg = g_strdup_printf (_("Unknown page “%s”"), self->page);
      return usage_error (msg);
    }

  if (self->screenshot != NULL && !g_str_has_suffix (self->screenshot, ".png"))
    return usage_error (_("The screenshot file name must end in .png"));
  if ((self->size != NULL || self->style != NULL) && self->screenshot == NULL)
    return usage_error (_("--size and --style go with --screenshot"));
  if (self->size != NULL && !parse_size (self->size, NULL, NULL))
    {
      g_autofree char *msg = g_strdup_printf (_("“%s” is not a size; write it as WIDTHxHEIGHT, "
                                                "at least %dx%d, e.g. 360x640"),
                                              self->size, MT_SCREENSHOT_MIN_WIDTH,
                                              MT_SCREENSHOT_MIN_HEIGHT);
      return usage_error (msg);
    }
  if (self->style != NULL && !g_str_equal (self->style, "light") &&
      !g_str_equal (self->style, "dark"))
    {
      g_autofree char *msg = g_strdup_printf (_("Unknown style “%s”: light or dark"),
                                              self->style);
      return usage_error (msg);
    }

  /* A given database or a screenshot is a job of its own: don't hand it to a running window. */
  if (self->db_path != NULL || self->screenshot != NULL)
    g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);

  if (self->db_path == NULL)
    self->db_path = mt_application_default_db_path ();

  watch_quit_signals (self);
  /* A server's password: libpq's sources, then the keyring when the session has one. */
  self->store = mt_database_open (self->db_path, NULL, &error);
  if (self->store == NULL)
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      if (g_error_matches (error, MT_STORE_ERROR, MT_STORE_ERROR_PASSWORD) ||
          g_error_matches (error, MT_STORE_ERROR, MT_STORE_ERROR_PASSWORD_REFUSED))
        g_printerr ("%s\n", mt_database_password_advice ());
      return 2;
    }

  if (self->page != NULL && g_str_has_prefix (self->page, "camp:") &&
      mt_store_find_camp (self->store, self->page + strlen ("camp:")) == 0)
    {
      g_autofree char *msg = g_strdup_printf (_("No camp named “%s” in %s"),
                                              self->page + strlen ("camp:"), self->db_path);
      return usage_error (msg);
    }
  if (self->scenario != NULL && self->report_path == NULL)
    {
      g_autoptr(MtScenario) scenario = mt_store_find_scenario (self->store, self->scenario,
                                                               &error);

      if (scenario == NULL)
        {
          g_printerr ("%s: %s\n", g_get_prgname (), error->message);
          return 2;
        }
    }

  /* Jobs that need no display run here, before GTK starts, and end the program. */
  if (self->import_path != NULL || self->export_kind != NULL || self->report_path != NULL ||
      self->backup_path != NULL || self->baseline_save != NULL || self->scenario_save != NULL ||
      self->scenario_promote != NULL || self->scenario_list)
    unwatch_quit_signals (self);
  if (self->import_path != NULL)
    return mt_csv_cli_import (self->store, self->import_path, self->skip_invalid,
                              self->rejects_path);
  if (self->export_kind != NULL)
    return mt_csv_cli_export (self->store, self->export_kind, self->as_of, self->remaining[0]);
  if (self->report_path != NULL)
    return mt_report_cli_run (self->store, self->report_path, self->as_of, self->paper,
                              self->baseline, self->scenario);
  if (self->backup_path != NULL)
    return mt_store_backup_cli (self->store, self->backup_path);
  if (self->baseline_save != NULL)
    return mt_store_baseline_cli (self->store, self->baseline_save, self->as_of);
  if (self->scenario_save != NULL)
    return mt_store_scenario_save_cli (self->store, self->scenario_save, self->changes);
  if (self->scenario_promote != NULL)
    return mt_store_scenario_promote_cli (self->store, self->scenario_promote, self->as_of);
  if (self->scenario_list)
    return mt_store_scenario_list_cli (self->store, self->as_of);

  return -1;
}

static void
mt_application_startup (GApplication *app)
{
  MtApplication *self = MT_APPLICATION (app);

  G_APPLICATION_CLASS (mt_application_parent_class)->startup (app);

  self->settings = create_settings ();

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  /* The shortcuts window shows the keys of its actions from here (gtk/help-overlay.ui). */
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close",
                                         (const char *[]) { "<Control>w", NULL });

  watch_quit_signals (self);
}

static void
mt_application_activate (GApplication *app)
{
  MtApplication *self = MT_APPLICATION (app);
  GtkWindow *window;
  gboolean screenshot = self->screenshot != NULL;

  /* Forced before the window exists, so it is drawn in that style from the first frame. */
  if (self->style != NULL)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                        g_str_equal (self->style, "dark")
                                          ? ADW_COLOR_SCHEME_FORCE_DARK
                                          : ADW_COLOR_SCHEME_FORCE_LIGHT);

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window == NULL)
    {
      window = GTK_WINDOW (mt_window_new (self, self->store, screenshot ? NULL : self->settings));
      if (self->as_of != NULL)
        mt_window_set_as_of (MT_WINDOW (window), self->as_of);
      if (self->page != NULL)
        mt_window_show_page (MT_WINDOW (window), self->page);
      if (self->scenario != NULL)
        mt_window_show_scenario (MT_WINDOW (window), self->scenario, NULL);
    }

  if (screenshot)
    {
      int width = 1280, height = 800;

      if (self->size != NULL)
        parse_size (self->size, &width, &height);
      /* Held until the PNG is written: the window alone must not end the run early. */
      g_application_hold (app);
      mt_screenshot_window_async (window, self->screenshot, width, height, NULL,
                                  screenshot_done_cb, self);
      return;
    }

  gtk_window_present (window);
}

/* Every way out of the window ends here: app.quit, Ctrl+Q, the last window closed, a
 * --screenshot job done. The windows go first (their models hold the store and a roster
 * worker's connection), then the store closes: it cancels what still runs on worker
 * connections, waits for them to close and closes its own, the last one, so SQLite moves
 * the write-ahead log into the database file and removes it. */
static void
mt_application_shutdown (GApplication *app)
{
  MtApplication *self = MT_APPLICATION (app);
  g_autoptr(GError) error = NULL;
  GList *windows;

  unwatch_quit_signals (self);

  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (GTK_WINDOW (l->data));
  g_list_free (windows);

  if (self->store != NULL && !mt_store_close (self->store, &error))
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      self->exit_status = 2;
    }

  G_APPLICATION_CLASS (mt_application_parent_class)->shutdown (app);
}

static void
mt_application_finalize (GObject *object)
{
  MtApplication *self = MT_APPLICATION (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->db_path, g_free);
  g_clear_pointer (&self->as_of, g_free);
  g_clear_pointer (&self->screenshot, g_free);
  g_clear_pointer (&self->size, g_free);
  g_clear_pointer (&self->style, g_free);
  g_clear_pointer (&self->page, g_free);
  g_clear_pointer (&self->import_path, g_free);
  g_clear_pointer (&self->rejects_path, g_free);
  g_clear_pointer (&self->export_kind, g_free);
  g_clear_pointer (&self->report_path, g_free);
  g_clear_pointer (&self->paper, g_free);
  g_clear_pointer (&self->backup_path, g_free);
  g_clear_pointer (&self->baseline_save, g_free);
  g_clear_pointer (&self->baseline, g_free);
  g_clear_pointer (&self->scenario_save, g_free);
  g_clear_pointer (&self->scenario_promote, g_free);
  g_clear_pointer (&self->scenario, g_free);
  g_clear_pointer (&self->changes, g_strfreev);
  g_clear_pointer (&self->remaining, g_strfreev);

  G_OBJECT_CLASS (mt_application_parent_class)->finalize (object);
}

static void
mt_application_class_init (MtApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = mt_application_finalize;
  app_class->handle_local_options = mt_application_handle_local_options;
  app_class->startup = mt_application_startup;
  app_class->activate = mt_application_activate;
  app_class->shutdown = mt_application_shutdown;
}

static void
mt_application_init (MtApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Plan and follow the withdrawal of a peacekeeping "
                                              "mission: camps, personnel, convoys."));
}

/* Public API */

void
mt_application_init_i18n (void)
{
  const char *localedir = g_getenv ("MT_LOCALEDIR");
  g_autofree char *probe = NULL;

  setlocale (LC_ALL, "");

  /* Uninstalled runs find the catalogues the build compiled under build/po. */
  if (localedir == NULL)
    {
      probe = g_build_filename (LOCALEDIR, "fr", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
      localedir = g_file_test (probe, G_FILE_TEST_EXISTS) ? LOCALEDIR : MT_BUILD_LOCALEDIR;
    }

  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

MtApplication *
mt_application_new (void)
{
  return g_object_new (MT_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", "/org/minusma/Tracker",
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       NULL);
}

MtStore *
mt_application_get_store (MtApplication *self)
{
  g_return_val_if_fail (MT_IS_APPLICATION (self), NULL);
  return self->store;
}

int
mt_application_get_exit_status (MtApplication *self)
{
  g_return_val_if_fail (MT_IS_APPLICATION (self), 1);
  return self->exit_status;
}

GSettings *
mt_application_get_settings (MtApplication *self)
{
  g_return_val_if_fail (MT_IS_APPLICATION (self), NULL);
  return self->settings;
}

char *
mt_application_default_db_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "minusma-tracker", "tracker.db", NULL);
}

void
mt_application_set_store (MtApplication *self,
                          MtStore       *store)
{
  g_autoptr(MtStore) old = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (MT_IS_APPLICATION (self));
  g_return_if_fail (MT_IS_STORE (store));

  if (self->store == store)
    return;

  old = g_steal_pointer (&self->store);
  self->store = g_object_ref (store);
  /* Its window is gone: what still runs on it is cancelled, and a file is left whole. */
  if (old != NULL && !mt_store_close (old, &error))
    g_printerr ("%s: %s\n", g_get_prgname (), error->message);
}
