/* mt-rejects-window.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-rejects-window"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-date.h"
#include "mt-rejects-window.h"
#include "mt-store-history.h"
#include "mt-store.h"
#include "mt-store-import.h"

struct _MtRejectsWindow
{
  AdwWindow parent_instance;
};

G_DEFINE_FINAL_TYPE (MtRejectsWindow, mt_rejects_window, ADW_TYPE_WINDOW)

/* What the toast's buttons need once the dialog is gone. */
typedef struct
{
  MtStore           *store;
  MtCsvImportResult *result;
  AdwToastOverlay   *overlay;   /* weak */
  char              *rejects_path;
} ToastData;

static void
toast_data_free (gpointer user_data)
{
  ToastData *data = user_data;

  g_clear_object (&data->store);
  g_clear_object (&data->result);
  g_clear_weak_pointer (&data->overlay);
  g_free (data->rejects_path);
  g_free (data);
}

/* Auxiliary methods */

static char *
format_count (guint64 n)
{
  return mt_format_count ((gint64) MIN (n, (guint64) G_MAXINT64));
}

static gulong
plural_n (guint64 n)
{
  return (gulong) MIN (n, G_MAXULONG);
}

/* Takes @part. */
static void
append_part (GString *text,
             char    *part)
{
  if (text->len > 0)
    /* Translators: separates the counts in "12 imported, 3 updated" */
    g_string_append (text, _(", "));
  g_string_append (text, part);
  g_free (part);
}

/* The toast's title as a label that wraps: a few counts and a date do not fit one line of an
 * 800 px window. */
static GtkWidget *
title_label_new (const char *title)
{
  GtkWidget *label = gtk_label_new (title);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "heading");
  return label;
}

/* Callbacks */

static void
show_rejects_clicked_cb (GtkButton *button,
                         ToastData *data)
{
  GtkRoot *root = data->overlay != NULL ? gtk_widget_get_root (GTK_WIDGET (data->overlay)) : NULL;
  MtRejectsWindow *window = mt_rejects_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                   data->result, data->rejects_path);

  gtk_window_present (GTK_WINDOW (window));
}

static void
undo_clicked_cb (AdwToast  *toast,
                 ToastData *data)
{
  g_autoptr(GError) error = NULL;
  gint64 import_id = mt_csv_import_result_get_import_id (data->result);
  AdwToast *done;

  /* Only this import, and only while it is the latest: undoing an older one would
   * also lose what came after it. */
  /* Through the undo stack when this import is its next step, so Ctrl+Z and the toast agree. */
  if (mt_store_peek_undo_import (data->store) == import_id
      ? !mt_store_undo (data->store, &error)
      : !mt_store_undo_import (data->store, import_id, &error))
    {
      g_autofree char *escaped = NULL;

      g_warning ("Could not undo import %" G_GINT64_FORMAT ": %s", import_id, error->message);
      if (g_error_matches (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND))
        escaped = g_markup_escape_text (_("Only the most recent import can be undone"), -1);
      else
        escaped = g_markup_escape_text (error->message, -1);
      done = adw_toast_new (escaped);
    }
  else
    done = adw_toast_new (_("Import undone: the roster is as it was before"));

  if (data->overlay != NULL)
    adw_toast_overlay_add_toast (data->overlay, done);
  else
    g_object_unref (g_object_ref_sink (done));
}

/* GObject overrides */

static void
mt_rejects_window_class_init (MtRejectsWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
mt_rejects_window_init (MtRejectsWindow *self)
{
  gtk_window_set_title (GTK_WINDOW (self), _("Rejected Rows"));
  gtk_window_set_default_size (GTK_WINDOW (self), 720, 480);
}

/* Public API */

MtRejectsWindow *
mt_rejects_window_new (GtkWindow         *parent,
                       MtCsvImportResult *result,
                       const char        *rejects_path)
{
  MtRejectsWindow *self;
  GtkWidget *box, *header, *title, *scrolled, *list, *label;
  g_autoptr(GtkStringList) texts = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = NULL;
  GListModel *messages;
  g_autofree char *summary = NULL;
  g_autoptr(GBytes) item_ui = NULL;
  static const char item_template[] =
    "<interface><template class=\"GtkListItem\"><property name=\"child\">"
    "<object class=\"GtkLabel\"><property name=\"xalign\">0</property>"
    "<property name=\"wrap\">True</property><property name=\"wrap-mode\">word-char</property>"
    "<property name=\"selectable\">True</property>"
    "<property name=\"margin-start\">12</property><property name=\"margin-end\">12</property>"
    "<property name=\"margin-top\">3</property><property name=\"margin-bottom\">3</property>"
    "<style><class name=\"monospace\"/></style>"
    "<binding name=\"label\"><lookup name=\"string\" type=\"GtkStringObject\">"
    "<lookup name=\"item\">GtkListItem</lookup></lookup></binding>"
    "</object></property></template></interface>";

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (MT_IS_CSV_IMPORT_RESULT (result), NULL);

  self = g_object_new (MT_TYPE_REJECTS_WINDOW, "transient-for", parent, NULL);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  summary = mt_csv_import_result_dup_summary (result);
  title = adw_window_title_new (_("Rejected Rows"), summary);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  gtk_box_append (GTK_BOX (box), header);

  if (rejects_path != NULL)
    {
      /* Translators: %s is a file path */
      g_autofree char *text = g_strdup_printf (_("The rejected rows, with a Reason column, were saved to %s"),
                                               rejects_path);

      label = gtk_label_new (text);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_set_margin_bottom (label, 6);
      gtk_box_append (GTK_BOX (box), label);
    }

  messages = mt_csv_import_result_get_messages (result);
  for (guint i = 0; messages != NULL && i < g_list_model_get_n_items (messages); i++)
    {
      g_autoptr(MtCsvMessage) message = g_list_model_get_item (messages, i);

      gtk_string_list_append (texts, mt_csv_message_get_text (message));
    }

  item_ui = g_bytes_new_static (item_template, sizeof item_template - 1);
  factory = gtk_builder_list_item_factory_new_from_bytes (NULL, item_ui);
  list = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&texts)))),
                            g_steal_pointer (&factory));
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Rejected rows and their reasons"), -1);
  scrolled = gtk_scrolled_window_new ();
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_box_append (GTK_BOX (box), scrolled);

  adw_window_set_content (ADW_WINDOW (self), box);
  return self;
}

char *
mt_import_dup_latest_moved (const char *before,
                            const char *after)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (after == NULL || g_strcmp0 (before, after) == 0)
    return NULL;

  to = mt_date_format_short (after);
  if (before == NULL)
    /* Translators: in the toast after an import into a database that had no dated record */
    return g_strdup_printf (_("latest data now %s"), to);

  from = mt_date_format_short (before);
  /* Translators: in the toast after an import that moved the date the window shows by
   * default, e.g. "latest data 16 Oct 2023 → 16 Nov 2023" */
  return g_strdup_printf (_("latest data %s → %s"), from, to);
}

char *
mt_import_dup_toast_title (MtCsvImportResult *result,
                           const char        *latest_before,
                           const char        *latest_after)
{
  g_autoptr(GString) counts = g_string_new (NULL);
  g_autofree char *moved = NULL;
  char *count;
  guint64 n;

  g_return_val_if_fail (MT_IS_CSV_IMPORT_RESULT (result), NULL);

  n = mt_csv_import_result_get_n_new (result);
  count = format_count (n);
  /* Translators: in the toast after an import, e.g. "1,204 imported" (new people) */
  append_part (counts, g_strdup_printf (ngettext ("%s imported", "%s imported", plural_n (n)), count));
  g_free (count);

  n = mt_csv_import_result_get_n_updated (result);
  count = format_count (n);
  /* Translators: in the toast after an import, e.g. "36 updated" (people) */
  append_part (counts, g_strdup_printf (ngettext ("%s updated", "%s updated", plural_n (n)), count));
  g_free (count);

  n = mt_csv_import_result_get_n_rejected (result);
  if (n > 0)
    {
      count = format_count (n);
      /* Translators: in the toast after an import, e.g. "3 rejected" (rows) */
      append_part (counts, g_strdup_printf (ngettext ("%s rejected", "%s rejected", plural_n (n)), count));
      g_free (count);
    }

  /* The window shows the latest data by default: a planner should not find the whole
   * picture a month later without being told why. */
  moved = mt_import_dup_latest_moved (latest_before, latest_after);
  if (moved != NULL)
    append_part (counts, g_steal_pointer (&moved));

  return g_string_free (g_steal_pointer (&counts), FALSE);
}

AdwToast *
mt_import_toast_show (AdwToastOverlay   *overlay,
                      MtStore           *store,
                      MtCsvImportResult *result,
                      const char        *rejects_path,
                      const char        *latest_before)
{
  g_autofree char *latest_after = NULL;
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
  ToastData *data;
  AdwToast *toast;
  GtkWidget *title_box;

  g_return_val_if_fail (ADW_IS_TOAST_OVERLAY (overlay), NULL);
  g_return_val_if_fail (MT_IS_STORE (store), NULL);
  g_return_val_if_fail (MT_IS_CSV_IMPORT_RESULT (result), NULL);

  data = g_new0 (ToastData, 1);
  data->store = g_object_ref (store);
  data->result = g_object_ref (result);
  g_set_weak_pointer (&data->overlay, overlay);
  data->rejects_path = g_strdup (rejects_path);

  latest_after = mt_store_dup_latest_date (store);
  title = mt_import_dup_toast_title (result, latest_before, latest_after);
  /* Toast titles are markup in libadwaita 1.2; counts have none, but keep it safe. */
  escaped = g_markup_escape_text (title, -1);
  toast = adw_toast_new (escaped);
  /* The counts make a long title: it wraps on a narrow window instead of being cut. */
  title_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (title_box), title_label_new (title));
  adw_toast_set_custom_title (toast, title_box);
  /* Long enough to reach Undo after reading the counts. */
  adw_toast_set_timeout (toast, 10);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_clicked_cb),
                         data, (GClosureNotify) (void (*) (void)) toast_data_free, 0);

  if (mt_csv_import_result_get_n_rejected (result) > 0 ||
      mt_csv_import_result_get_n_warnings (result) > 0)
    {
      /* A toast holds one button; the way to the rejected rows sits in its title. */
      GtkWidget *button = gtk_button_new_with_mnemonic (mt_csv_import_result_get_n_rejected (result) > 0
                                                        ? _("Show _Rejected Rows")
                                                        : _("Show _Warnings"));

      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      g_signal_connect (button, "clicked", G_CALLBACK (show_rejects_clicked_cb), data);
      gtk_box_append (GTK_BOX (title_box), button);
      /* Reading a list of reasons takes longer than a toast's usual few seconds. */
      adw_toast_set_timeout (toast, 0);
    }

  adw_toast_overlay_add_toast (overlay, toast);
  return toast;
}
