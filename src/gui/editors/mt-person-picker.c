/* mt-person-picker.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-person-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-date.h"
#include "mt-person.h"
#include "mt-person-picker.h"
#include "mt-roster-model.h"
#include "mt-store.h"

/* "Select All Shown" reads every row listed: beyond this, narrow the search first. */
#define MAX_SELECT_ALL 20000

struct _MtPersonPicker
{
  AdwWindow       parent_instance;

  MtRosterModel  *model;
  GHashTable     *chosen;        /* gint64 * → NULL: personnel row ids */
  GPtrArray      *checks;        /* the check buttons on screen, to follow bulk changes */
  AdwWindowTitle *title;
  GtkSearchEntry *search_entry;
  GtkStack       *stack;
  GtkButton      *all_button;
};

G_DEFINE_FINAL_TYPE (MtPersonPicker, mt_person_picker, ADW_TYPE_WINDOW)

enum {
  SIGNAL_DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Auxiliary methods */

static void
update_counts (MtPersonPicker *self)
{
  guint n_chosen = g_hash_table_size (self->chosen);
  guint n_listed = g_list_model_get_n_items (G_LIST_MODEL (self->model));
  g_autofree char *count = mt_format_count (n_chosen);
  /* Translators: how many people are chosen to travel, %s is a number */
  g_autofree char *subtitle = g_strdup_printf (ngettext ("%s person chosen", "%s people chosen",
                                                         n_chosen),
                                               count);

  adw_window_title_set_subtitle (self->title, subtitle);
  gtk_stack_set_visible_child_name (self->stack, n_listed > 0 ? "list" : "empty");
  gtk_widget_set_sensitive (GTK_WIDGET (self->all_button),
                            n_listed > 0 && n_listed <= MAX_SELECT_ALL);
}

static void
sync_check (MtPersonPicker *self,
            GtkCheckButton *check)
{
  gint64 *id = g_object_get_data (G_OBJECT (check), "person-id");
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (check), "toggled-handler"));

  g_signal_handler_block (check, handler);
  gtk_check_button_set_active (check, id != NULL && g_hash_table_contains (self->chosen, id));
  g_signal_handler_unblock (check, handler);
}

static void
sync_checks (MtPersonPicker *self)
{
  for (guint i = 0; i < self->checks->len; i++)
    sync_check (self, g_ptr_array_index (self->checks, i));
  update_counts (self);
}

/* Callbacks */

static void
on_check_toggled_cb (GtkCheckButton *check,
                     MtPersonPicker *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (check), "person-id");

  if (id != NULL)
    mt_person_picker_set_chosen (self, *id, gtk_check_button_get_active (check));
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              MtPersonPicker           *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *details = gtk_label_new (NULL);
  gulong handler;

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_xalign (GTK_LABEL (details), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_ellipsize (GTK_LABEL (details), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (details, "dim-label");
  gtk_widget_add_css_class (details, "caption");
  gtk_box_append (GTK_BOX (labels), name);
  gtk_box_append (GTK_BOX (labels), details);
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), labels);

  handler = g_signal_connect_object (check, "toggled", G_CALLBACK (on_check_toggled_cb), self, 0);
  g_object_set_data (G_OBJECT (check), "toggled-handler", GSIZE_TO_POINTER (handler));
  g_object_set_data (G_OBJECT (box), "check", check);
  g_object_set_data (G_OBJECT (box), "name", name);
  g_object_set_data (G_OBJECT (box), "details", details);
  gtk_list_item_set_child (item, box);
  /* Activating the row (Enter, a click on the name) toggles the person. */
  gtk_list_item_set_activatable (item, TRUE);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             MtPersonPicker           *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  MtPerson *person = gtk_list_item_get_item (item);
  GtkCheckButton *check = g_object_get_data (G_OBJECT (box), "check");
  g_autofree char *name = NULL;
  g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  g_autofree char *details = NULL;
  const char *values[] = {
    mt_person_get_rank (person), mt_person_get_unit (person),
    mt_person_get_country (person), mt_person_get_personnel_id (person),
  };
  gint64 *id = g_new (gint64, 1);

  *id = mt_person_get_id (person);
  g_object_set_data_full (G_OBJECT (check), "person-id", id, g_free);

  if (mt_person_get_given_name (person) != NULL && *mt_person_get_given_name (person) != '\0')
    /* Translators: a person in a list, family name then given name */
    name = g_strdup_printf (C_("person", "%s, %s"), mt_person_get_family_name (person),
                            mt_person_get_given_name (person));
  else
    name = g_strdup (mt_person_get_family_name (person));
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    if (values[i] != NULL && *values[i] != '\0')
      g_strv_builder_add (parts, values[i]);
  strv = g_strv_builder_end (parts);
  details = g_strjoinv (" · ", strv);

  gtk_label_set_label (g_object_get_data (G_OBJECT (box), "name"), name);
  gtk_label_set_label (g_object_get_data (G_OBJECT (box), "details"), details);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  sync_check (self, check);
  g_ptr_array_add (self->checks, check);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               MtPersonPicker           *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *check = g_object_get_data (G_OBJECT (box), "check");

  g_ptr_array_remove_fast (self->checks, check);
  g_object_set_data (G_OBJECT (check), "person-id", NULL);
}

static void
on_row_activated_cb (GtkListView    *view,
                     guint           position,
                     MtPersonPicker *self)
{
  g_autoptr(MtPerson) person = g_list_model_get_item (G_LIST_MODEL (self->model), position);

  if (person != NULL)
    {
      gint64 id = mt_person_get_id (person);

      mt_person_picker_set_chosen (self, id, !mt_person_picker_get_chosen (self, id));
    }
}

static void
on_search_changed_cb (MtPersonPicker *self)
{
  mt_roster_model_set_search (self->model, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_select_all_clicked_cb (MtPersonPicker *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->model));

  for (guint i = 0; i < n && n <= MAX_SELECT_ALL; i++)
    {
      g_autoptr(MtPerson) person = g_list_model_get_item (G_LIST_MODEL (self->model), i);
      gint64 *id = g_new (gint64, 1);

      *id = mt_person_get_id (person);
      g_hash_table_add (self->chosen, id);
    }
  sync_checks (self);
}

static void
on_clear_clicked_cb (MtPersonPicker *self)
{
  g_hash_table_remove_all (self->chosen);
  sync_checks (self);
}

/* GObject overrides */

static void
mt_person_picker_dispose (GObject *object)
{
  MtPersonPicker *self = MT_PERSON_PICKER (object);

  g_clear_object (&self->model);
  G_OBJECT_CLASS (mt_person_picker_parent_class)->dispose (object);
}

static void
mt_person_picker_finalize (GObject *object)
{
  MtPersonPicker *self = MT_PERSON_PICKER (object);

  g_hash_table_unref (self->chosen);
  g_ptr_array_unref (self->checks);
  G_OBJECT_CLASS (mt_person_picker_parent_class)->finalize (object);
}

static void
mt_person_picker_class_init (MtPersonPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mt_person_picker_dispose;
  object_class->finalize = mt_person_picker_finalize;

  signals[SIGNAL_DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mt_person_picker_init (MtPersonPicker *self)
{
  self->chosen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->checks = g_ptr_array_new ();
}

/* Public API */

static GtkWidget *
build_content (MtPersonPicker *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *done = gtk_button_new_with_mnemonic (_("_Done"));
  GtkWidget *tools = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *clear = gtk_button_new_with_mnemonic (_("C_lear"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *empty = adw_status_page_new ();
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *view;

  self->title = ADW_WINDOW_TITLE (adw_window_title_new (_("Personnel Carried"), NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_widget_add_css_class (done, "suggested-action");
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_close), self);
  g_signal_connect_swapped (done, "clicked", G_CALLBACK (mt_person_picker_done), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), done);
  gtk_box_append (GTK_BOX (box), header);

  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search_entry, "placeholder-text", _("Search by name, unit or ID"), NULL);
  gtk_widget_set_hexpand (GTK_WIDGET (self->search_entry), TRUE);
  g_signal_connect_swapped (self->search_entry, "search-changed",
                            G_CALLBACK (on_search_changed_cb), self);
  self->all_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("Select _All Shown")));
  g_signal_connect_swapped (self->all_button, "clicked", G_CALLBACK (on_select_all_clicked_cb), self);
  g_signal_connect_swapped (clear, "clicked", G_CALLBACK (on_clear_clicked_cb), self);
  gtk_widget_set_margin_start (tools, 12);
  gtk_widget_set_margin_end (tools, 12);
  gtk_widget_set_margin_top (tools, 6);
  gtk_widget_set_margin_bottom (tools, 6);
  gtk_box_append (GTK_BOX (tools), GTK_WIDGET (self->search_entry));
  gtk_box_append (GTK_BOX (tools), GTK_WIDGET (self->all_button));
  gtk_box_append (GTK_BOX (tools), clear);
  gtk_box_append (GTK_BOX (box), tools);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
  view = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->model)))),
                            factory);
  gtk_widget_add_css_class (view, "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("People on the roster of the convoy’s origin"), -1);
  g_signal_connect_object (view, "activate", G_CALLBACK (on_row_activated_cb), self, 0);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "system-users-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No One Found"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("No one on the roster of this camp matches"));
  gtk_widget_add_css_class (empty, "compact");

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_stack_add_named (self->stack, scrolled, "list");
  gtk_stack_add_named (self->stack, empty, "empty");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));

  return box;
}

MtPersonPicker *
mt_person_picker_new (GtkWindow *parent,
                      MtStore   *store,
                      gint64     camp_id,
                      GArray    *chosen)
{
  MtPersonPicker *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (MT_IS_STORE (store), NULL);

  self = g_object_new (MT_TYPE_PERSON_PICKER,
                       "transient-for", parent,
                       "modal", TRUE,
                       "default-width", 520,
                       "default-height", 600,
                       "title", _("Personnel Carried"),
                       NULL);

  for (guint i = 0; chosen != NULL && i < chosen->len; i++)
    mt_person_picker_set_chosen (self, g_array_index (chosen, gint64, i), TRUE);

  self->model = mt_roster_model_new (store);
  mt_roster_model_set_camp_id (self->model, camp_id);
  adw_window_set_content (ADW_WINDOW (self), build_content (self));
  g_signal_connect_object (self->model, "items-changed", G_CALLBACK (update_counts), self,
                           G_CONNECT_SWAPPED);
  update_counts (self);

  return self;
}

GListModel *
mt_person_picker_get_model (MtPersonPicker *self)
{
  g_return_val_if_fail (MT_IS_PERSON_PICKER (self), NULL);
  return G_LIST_MODEL (self->model);
}

void
mt_person_picker_set_search (MtPersonPicker *self,
                             const char     *text)
{
  g_return_if_fail (MT_IS_PERSON_PICKER (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  on_search_changed_cb (self);
}

void
mt_person_picker_set_chosen (MtPersonPicker *self,
                             gint64          person_id,
                             gboolean        chosen)
{
  g_return_if_fail (MT_IS_PERSON_PICKER (self));

  if (chosen == g_hash_table_contains (self->chosen, &person_id))
    return;

  if (chosen)
    g_hash_table_add (self->chosen, g_memdup2 (&person_id, sizeof person_id));
  else
    g_hash_table_remove (self->chosen, &person_id);

  /* During construction there is nothing on screen yet. */
  if (self->model != NULL)
    sync_checks (self);
}

gboolean
mt_person_picker_get_chosen (MtPersonPicker *self,
                             gint64          person_id)
{
  g_return_val_if_fail (MT_IS_PERSON_PICKER (self), FALSE);
  return g_hash_table_contains (self->chosen, &person_id);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

GArray *
mt_person_picker_dup_chosen (MtPersonPicker *self)
{
  GArray *ids;
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (MT_IS_PERSON_PICKER (self), NULL);

  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), g_hash_table_size (self->chosen));
  g_hash_table_iter_init (&iter, self->chosen);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_array_append_val (ids, *(gint64 *) key);
  g_array_sort (ids, compare_ids);

  return ids;
}

void
mt_person_picker_done (MtPersonPicker *self)
{
  g_return_if_fail (MT_IS_PERSON_PICKER (self));

  g_signal_emit (self, signals[SIGNAL_DONE], 0);
  gtk_window_close (GTK_WINDOW (self));
}
