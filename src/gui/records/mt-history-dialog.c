/* mt-history-dialog.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-history-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-camp.h"
#include "mt-camp-choice.h"
#include "mt-camp-list.h"
#include "mt-csv-history.h"
#include "mt-date.h"
#include "mt-history-dialog.h"
#include "mt-history-format.h"
#include "mt-record-list.h"
#include "mt-resources.h"
#include "mt-store.h"

struct _MtHistoryDialog
{
  AdwWindow           parent_instance;

  MtStore            *store;
  MtRecordList       *entries;    /* the history of the chosen camp, following the store */
  MtCampList         *camps;      /* the camp drop-down's own, unfiltered */
  GtkFilterListModel *filtered;
  GtkCustomFilter    *filter;

  /* Template widgets */
  AdwWindowTitle     *window_title;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *camp_dropdown;
  GtkStack           *stack;
  AdwStatusPage      *error_page;
  GtkColumnView      *column_view;
};

G_DEFINE_FINAL_TYPE (MtHistoryDialog, mt_history_dialog, ADW_TYPE_WINDOW)

typedef enum { COL_TIME, COL_USER, COL_ACTION, COL_RECORD, COL_CHANGES } ColumnId;

/* Widths in characters: a moment up to "30 sept. 2023, 14:05" in full; the others take
 * what is left, cut with the whole text in their tooltip. */
static const struct { const char *title; gboolean expand; int min_chars; int nat_chars; } columns[] = {
  { N_("When"), FALSE, 21, 21 },
  { N_("Who"), FALSE, 8, 12 },
  { N_("Change"), TRUE, 16, 40 },
  { N_("Record"), FALSE, 12, 24 },
  { N_("Old → New"), TRUE, 16, 48 },
};

/* Auxiliary methods */

static gint64
selected_camp_id (MtHistoryDialog *self)
{
  return mt_camp_choice_get_id (gtk_drop_down_get_selected_item (self->camp_dropdown));
}

static char *
cell_text (MtHistoryEntry *entry,
           ColumnId        column)
{
  switch (column)
    {
    case COL_TIME:
      return mt_date_format_time (mt_history_entry_get_time (entry));
    case COL_USER:
      return g_strdup (mt_history_entry_get_user (entry));
    case COL_ACTION:
      return mt_history_format_action (entry);
    case COL_RECORD:
      return mt_history_format_record (entry);
    case COL_CHANGES:
      return mt_history_format_changes (entry);
    default:
      g_assert_not_reached ();
    }
}

static void
update_state (MtHistoryDialog *self)
{
  const GError *error = mt_record_list_get_error (self->entries);

  if (error != NULL)
    {
      /* A failed read is not an empty history: say so in its place. */
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }

  /* A search matching nothing leaves the (empty) list in place. */
  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->entries)) > 0
                                    ? "list" : "empty");
}

/* Callbacks */

static gboolean
entry_matches (gpointer item,
               gpointer user_data)
{
  MtHistoryDialog *self = user_data;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (search == NULL || search[0] == '\0')
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_autofree char *text = cell_text (item, i);

      if (text != NULL && g_str_match_string (search, text, TRUE))
        return TRUE;
    }
  return FALSE;
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  column)
{
  GtkWidget *label = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (label),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  /* An inscription asks for no width of its own: without these a column stays as narrow
   * as its title ("4 D…"), however wide the window. */
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (label), columns[GPOINTER_TO_UINT (column)].min_chars);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (label), columns[GPOINTER_TO_UINT (column)].nat_chars);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  column)
{
  MtHistoryEntry *entry = gtk_list_item_get_item (item);
  g_autofree char *text = cell_text (entry, GPOINTER_TO_UINT (column));
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_inscription_set_text (GTK_INSCRIPTION (label), text);
  /* Long summaries are cut in the cell: the tooltip has all of it. */
  gtk_widget_set_tooltip_text (label, text);
}

static void
on_search_changed_cb (MtHistoryDialog *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_camp_changed_cb (MtHistoryDialog *self)
{
  if (self->entries != NULL)
    mt_record_list_set_camp_id (self->entries, selected_camp_id (self));
}

static void
on_export_response_cb (GtkNativeDialog *native,
                       int              response,
                       MtHistoryDialog *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

  if (file != NULL &&
      !mt_history_dialog_export (self, file, &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Export"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
  g_object_unref (self);
}

static void
on_export_clicked_cb (MtHistoryDialog *self)
{
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Export History"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), _("history.csv"));
  g_signal_connect (native, "response", G_CALLBACK (on_export_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* GObject overrides */

static void
mt_history_dialog_dispose (GObject *object)
{
  MtHistoryDialog *self = MT_HISTORY_DIALOG (object);

  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), MT_TYPE_HISTORY_DIALOG);

  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->entries);
  g_clear_object (&self->camps);

  G_OBJECT_CLASS (mt_history_dialog_parent_class)->dispose (object);
}

static void
mt_history_dialog_class_init (MtHistoryDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mt_history_dialog_dispose;

  /* The resources sit in a static library: referencing them is what links them in. */
  g_assert (mt_get_resource () != NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/minusma/Tracker/ui/records/mt-history-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MtHistoryDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, MtHistoryDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MtHistoryDialog, camp_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MtHistoryDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, MtHistoryDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, MtHistoryDialog, column_view);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_camp_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
mt_history_dialog_init (MtHistoryDialog *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = gtk_custom_filter_new (entry_matches, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GUINT_TO_POINTER (i));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GUINT_TO_POINTER (i));
      column = gtk_column_view_column_new (_(columns[i].title), factory);
      gtk_column_view_column_set_expand (column, columns[i].expand);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_append_column (self->column_view, column);
    }
}

/* Public API */

MtHistoryDialog *
mt_history_dialog_new (GtkWindow *parent,
                       MtStore   *store,
                       gint64     camp_id)
{
  MtHistoryDialog *self;

  g_return_val_if_fail (MT_IS_STORE (store), NULL);

  self = g_object_new (MT_TYPE_HISTORY_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);

  self->camps = mt_camp_list_new (store);
  g_signal_handlers_block_by_func (self->camp_dropdown, on_camp_changed_cb, self);
  mt_camp_choice_bind (self->camp_dropdown, self->camps, _("Whole database"));
  gtk_drop_down_set_selected (self->camp_dropdown,
                              mt_camp_choice_find (gtk_drop_down_get_model (self->camp_dropdown),
                                                   camp_id));
  g_signal_handlers_unblock_by_func (self->camp_dropdown, on_camp_changed_cb, self);

  self->entries = mt_record_list_new (store, MT_RECORDS_KIND_HISTORY);
  mt_record_list_set_camp_id (self->entries, selected_camp_id (self));
  gtk_filter_list_model_set_model (self->filtered, G_LIST_MODEL (self->entries));
  g_signal_connect_object (self->entries, "items-changed", G_CALLBACK (update_state), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->entries, "notify::error", G_CALLBACK (update_state), self,
                           G_CONNECT_SWAPPED);
  update_state (self);

  return self;
}

gboolean
mt_history_dialog_export (MtHistoryDialog  *self,
                          GFile            *file,
                          GError          **error)
{
  g_return_val_if_fail (MT_IS_HISTORY_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return mt_csv_export_history (self->store, selected_camp_id (self), file, NULL, error);
}

GListModel *
mt_history_dialog_get_model (MtHistoryDialog *self)
{
  g_return_val_if_fail (MT_IS_HISTORY_DIALOG (self), NULL);
  return G_LIST_MODEL (self->filtered);
}
