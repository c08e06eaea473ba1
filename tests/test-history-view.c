/* test-history-view.c: the history as a planner reads it, in English and in French: when
 * in full at any width, the changes and the undo toast in the window's own words (camp and
 * category names, status labels), an import among them.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "mt-csv-import.h"
#include "mt-date.h"
#include "mt-history-dialog.h"
#include "mt-history-entry.h"
#include "mt-store.h"
#include "mt-store-edit.h"
#include "mt-store-history.h"
#include "mt-test-gui.h"
#include "mt-test-util.h"
#include "mt-window-private.h"

typedef struct
{
  char     *saved_locale;
  MtStore  *store;
  MtWindow *window;
} Fixture;

/* Helpers */

/* The test's language: "en" (en_US) or "fr" (fr_FR); FALSE when that locale is missing. */
static gboolean
use_language (Fixture    *f,
              const char *language)
{
  const char *locale = g_str_equal (language, "fr") ? "fr_FR.UTF-8" : "en_US.UTF-8";

  f->saved_locale = g_strdup (setlocale (LC_ALL, NULL));
  if (setlocale (LC_ALL, locale) == NULL)
    {
      g_test_skip_printf ("the %s locale is not installed", locale);
      return FALSE;
    }
  /* The store picks a category's name by the user's first language. */
  g_setenv ("LANGUAGE", language, TRUE);
  bindtextdomain (GETTEXT_PACKAGE, MT_BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  return TRUE;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  language)
{
  if (!use_language (f, language))
    return;

  f->store = mt_test_store_new (TRUE);
  f->window = mt_window_new (NULL, f->store, NULL);
  mt_test_present_window (GTK_WINDOW (f->window));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  language)
{
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  mt_test_spin (20);
  g_clear_object (&f->store);
  setlocale (LC_ALL, f->saved_locale);
  g_unsetenv ("LANGUAGE");
  g_free (f->saved_locale);
}

/* A day of changes: a camp closed, 1,200 staff officers left Mopti, a roster imported, four
 * of its people departed. */
static void
make_changes (MtStore *store)
{
  g_autofree char *path = mt_test_data_path ("csv-utf8.csv");
  g_autoptr(MtCsvImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  MtCampStatusChange closed = { .status = MT_CAMP_STATUS_CLOSED, .date = "2023-10-31",
                                .reason = "Last convoy gone" };
  MtMovementFields movement = { .date = "2023-09-20", .camp_id = mt_store_find_camp (store, "Mopti"),
                                .category = "mso", .count = 1200 };
  gint64 people[] = { 1, 2, 3, 4 };

  g_assert_true (mt_store_change_camp_status (store, mt_store_find_camp (store, "Kidal"), &closed,
                                              &error));
  g_assert_no_error (error);
  g_assert_cmpint (mt_store_create_movement (store, &movement, &error), >, 0);
  result = mt_csv_import_file (store, path, NULL, FALSE, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (mt_csv_import_result_get_committed (result));
  g_assert_true (mt_store_mark_departed (store, people, G_N_ELEMENTS (people), "2023-10-10",
                                         &error));
  g_assert_no_error (error);
}

static gboolean
is_shown_cell (GtkWidget *widget,
               gpointer   user_data)
{
  return GTK_IS_INSCRIPTION (widget) && gtk_widget_get_mapped (widget);
}

/* Every cell the history window shows, one text a line. */
static char *
shown_text (MtHistoryDialog *dialog)
{
  g_autoptr(GPtrArray) cells = mt_test_collect_widgets (GTK_WIDGET (dialog), is_shown_cell, NULL);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < cells->len; i++)
    g_string_append_printf (text, "%s\n", gtk_inscription_get_text (g_ptr_array_index (cells, i)));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
is_filled_cell (GtkWidget *widget,
                gpointer   user_data)
{
  return is_shown_cell (widget, user_data) && gtk_inscription_get_text (GTK_INSCRIPTION (widget)) != NULL;
}

/* Opens the history and waits (10 s at most, for a loaded machine) until each of its rows
 * shows its five cells. */
static MtHistoryDialog *
open_history (Fixture *f,
              int      width)
{
  MtHistoryDialog *dialog = mt_history_dialog_new (GTK_WINDOW (f->window), f->store, 0);
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  guint n_rows = g_list_model_get_n_items (mt_history_dialog_get_model (dialog));

  g_assert_cmpuint (n_rows, >, 0);
  gtk_window_set_default_size (GTK_WINDOW (dialog), width, 600);
  mt_test_present_window (GTK_WINDOW (dialog));
  while (g_get_monotonic_time () < deadline)
    {
      g_autoptr(GPtrArray) cells = mt_test_collect_widgets (GTK_WIDGET (dialog), is_filled_cell, NULL);

      gboolean laid_out = cells->len >= 5 * n_rows;

      /* Filled is not yet laid out: a loaded machine draws a frame later. */
      for (guint i = 0; laid_out && i < cells->len; i++)
        laid_out = gtk_widget_get_width (g_ptr_array_index (cells, i)) > 0;
      if (laid_out)
        break;
      g_main_context_iteration (NULL, FALSE);
    }
  mt_test_spin (50);

  return dialog;
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” is not shown; the history shows:\n%s", part, text);
}

static void
assert_lacks (const char *text,
              const char *part)
{
  if (strstr (text, part) != NULL)
    g_error ("“%s” is shown; the history shows:\n%s", part, text);
}

static gboolean
is_toast_label (GtkWidget *widget,
                gpointer   prefix)
{
  return GTK_IS_LABEL (widget) &&
         g_str_has_prefix (gtk_label_get_label (GTK_LABEL (widget)), prefix);
}

/* Tests */

/* The When column shows the whole moment ("4 Dec 2026, 14:05"), not "4 D…", whether the
 * window is wide or narrow (the table then scrolls). */
static void
test_when_in_full (Fixture       *f,
                   gconstpointer  language)
{
  static const int widths[] = { 800, 360 };
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *when = NULL;

  if (f->store == NULL)
    return;

  make_changes (f->store);
  entries = mt_store_list_history (f->store, 0, 1, NULL);
  when = mt_date_format_time (mt_history_entry_get_time (g_ptr_array_index (entries, 0)));
  /* The date and the time of day. */
  g_assert_nonnull (strstr (when, "2"));
  g_assert_nonnull (strstr (when, ":"));

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      MtHistoryDialog *dialog = open_history (f, widths[w]);
      g_autoptr(GPtrArray) cells = mt_test_collect_widgets (GTK_WIDGET (dialog), is_shown_cell, NULL);
      guint n_when = 0;

      for (guint i = 0; i < cells->len; i++)
        {
          GtkWidget *cell = g_ptr_array_index (cells, i);
          g_autoptr(PangoLayout) layout = NULL;
          int text_width;

          if (g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (cell)), when) != 0)
            continue;
          n_when++;
          layout = gtk_widget_create_pango_layout (cell, when);
          pango_layout_get_pixel_size (layout, &text_width, NULL);
          if (gtk_widget_get_width (cell) < text_width)
            g_error ("At %d px the When cell is %d px wide for “%s”, %d px of text",
                     widths[w], gtk_widget_get_width (cell), when, text_width);
        }
      g_assert_cmpuint (n_when, >, 0);
      {
        g_autofree char *png = g_strdup_printf ("history-%d-%s.png", widths[w],
                                                (const char *) language);

        mt_test_save_png (GTK_WIDGET (dialog), png);
      }
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
}

/* The changes read as the window reads: camp names, status labels, category names in the
 * user's language, counts and dates as the locale writes them; the import is there. */
static void
test_words (Fixture       *f,
            gconstpointer  language)
{
  gboolean french;
  MtHistoryDialog *dialog;
  g_autofree char *text = NULL;
  g_autofree char *count = NULL;
  g_autofree char *movement = NULL;

  if (f->store == NULL)
    return;

  french = g_str_equal (language, "fr");
  make_changes (f->store);
  dialog = open_history (f, 1280);
  mt_test_save_png (GTK_WIDGET (dialog), french ? "history-fr.png" : "history-en.png");
  text = shown_text (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));

  count = mt_format_count (1200);
  if (french)
    {
      movement = g_strdup_printf ("Nouveau mouvement 20 sept. 2023, Mopti, %s officiers d", count);
      assert_contains (text, movement);
      assert_contains (text, "Statut : Fermé");
      assert_contains (text, "Camp : Kidal");
      assert_contains (text, "Catégorie : Officiers d");
      assert_contains (text, "Départs : 4 personnes");
      assert_contains (text, "Date de départ : — → 10 oct. 2023");
      assert_contains (text, "Importation de ");
      assert_contains (text, "Lignes acceptées : 5");
      /* No English left, no key. */
      assert_lacks (text, "people");
      assert_lacks (text, "Status");
      assert_lacks (text, "statut:");
      assert_lacks (text, "Import of");
    }
  else
    {
      g_assert_cmpstr (count, ==, "1,200");
      assert_contains (text, "New Movement 20 Sep 2023, Mopti, 1,200 military staff officers");
      assert_contains (text, "Status: Closed");
      assert_contains (text, "Camp: Kidal");
      assert_contains (text, "Category: Military staff officers");
      assert_contains (text, "Departures: 4 people");
      assert_contains (text, "Departure date: — → 10 Oct 2023");
      assert_contains (text, "Import of ");
      assert_contains (text, "Rows accepted: 5; Rows updated: 0; Rows rejected: 0");
    }
  /* Never the stored keys. */
  assert_lacks (text, "mso");
  assert_lacks (text, "closed");
  assert_lacks (text, "camp: ");
  assert_lacks (text, "camp_id");
}

/* Ctrl+Z's toast names the change as the history does. */
static void
test_undo_toast (Fixture       *f,
                 gconstpointer  language)
{
  MtMovementFields movement = { .date = "2023-09-20", .camp_id = 0, .category = "mso", .count = 1200 };
  g_autoptr(GError) error = NULL;
  g_autofree char *count = mt_format_count (1200);
  g_autofree char *expected = NULL;
  const char *undone;
  GtkWidget *label = NULL;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  if (f->store == NULL)
    return;

  if (g_str_equal (language, "fr"))
    {
      undone = "Annulé : ";
      expected = g_strdup_printf ("Annulé : Nouveau mouvement 20 sept. 2023, Mopti, %s officiers d", count);
    }
  else
    {
      undone = "Undone: ";
      expected = g_strdup ("Undone: New Movement 20 Sep 2023, Mopti, 1,200 military staff officers");
    }

  movement.camp_id = mt_store_find_camp (f->store, "Mopti");
  g_assert_cmpint (mt_store_create_movement (f->store, &movement, &error), >, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  while (label == NULL && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      label = mt_test_find_widget_matching (GTK_WIDGET (f->window->toast_overlay), is_toast_label,
                                            (gpointer) undone);
    }

  g_assert_nonnull (label);
  g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (label)), expected));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GTK_A11Y", "none", FALSE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/history-view/when-in-full/en", Fixture, "en", fixture_setup, test_when_in_full,
              fixture_teardown);
  g_test_add ("/history-view/when-in-full/fr", Fixture, "fr", fixture_setup, test_when_in_full,
              fixture_teardown);
  g_test_add ("/history-view/words/en", Fixture, "en", fixture_setup, test_words, fixture_teardown);
  g_test_add ("/history-view/words/fr", Fixture, "fr", fixture_setup, test_words, fixture_teardown);
  g_test_add ("/history-view/undo-toast/en", Fixture, "en", fixture_setup, test_undo_toast,
              fixture_teardown);
  g_test_add ("/history-view/undo-toast/fr", Fixture, "fr", fixture_setup, test_undo_toast,
              fixture_teardown);

  return g_test_run ();
}
