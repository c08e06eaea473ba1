/* mt-records-page.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-records-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-camp.h"
#include "mt-camp-choice.h"
#include "mt-camp-list.h"
#include "mt-convoy.h"
#include "mt-edit-forms.h"
#include "mt-movement.h"
#include "mt-record-list.h"
#include "mt-records-columns.h"
#include "mt-records-page.h"
#include "mt-resources.h"
#include "mt-store-edit.h"
#include "mt-store.h"
#include "mt-wrap-box.h"

struct _MtRecordsPage
{
  AdwBin              parent_instance;

  MtRecordsKind       kind;
  MtStore            *store;
  char               *as_of;
  MtRecordList       *records;      /* NULL without a store */
  MtCampList         *camps;        /* the camp filter's own, unfiltered */
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;
  GtkCustomFilter    *filter;
  gint64              keep_id;      /* the selected record, while the records change */
  gboolean            camp_first;   /* sorted by camp: rows without one first, either way */
  gboolean            editable;     /* FALSE: a login that may only read, or no connection */

  /* Template widgets */
  GtkWidget          *toolbar;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *camp_dropdown;
  GtkButton          *add_button;
  AdwButtonContent   *add_content;
  AdwButtonContent   *empty_add_content;
  GtkStack           *stack;
  GtkColumnView      *column_view;
  AdwStatusPage      *empty_page;
  AdwStatusPage      *error_page;
  GtkLabel           *footer_label;
};

G_DEFINE_FINAL_TYPE (MtRecordsPage, mt_records_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_KIND,
  PROP_STORE,
  PROP_AS_OF,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Auxiliary methods */

static gint64
selected_camp_id (MtRecordsPage *self)
{
  return mt_camp_choice_get_id (gtk_drop_down_get_selected_item (self->camp_dropdown));
}

static void
update_footer (MtRecordsPage *self)
{
  g_autofree char *text = _mt_records_dup_footer (self->kind, G_LIST_MODEL (self->filtered),
                                                  self->store, selected_camp_id (self));

  gtk_label_set_label (self->footer_label, text);
}

static void
update_state (MtRecordsPage *self)
{
  const GError *error = self->records != NULL ? mt_record_list_get_error (self->records) : NULL;
  guint n_all = self->records != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->records)) : 0;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  gboolean selected = gtk_single_selection_get_selected_item (self->selection) != NULL;

  if (error != NULL)
    {
      /* A failed read is not an empty list: say so in its place. */
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
    }
  else
    {
      /* The camp filter is the list's: none at a camp is a filter matching nothing. */
      gtk_stack_set_visible_child_name (self->stack,
                                        n > 0 ? "list"
                                        : n_all == 0 && selected_camp_id (self) == 0 ? "empty"
                                        : "no-matches");
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "records.edit", selected && self->editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "records.delete", selected && self->editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "records.add",
                                 self->store != NULL && self->editable);
  update_footer (self);
}

/* Callbacks */

static gboolean
record_matches (gpointer item,
                gpointer user_data)
{
  MtRecordsPage *self = user_data;
  GObject *record = item;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  /* The camp is the record list's filter; the search is the page's. */
  return _mt_records_match_search (record, self->kind, search);
}

static void
on_filter_changed_cb (MtRecordsPage *self)
{
  if (self->records != NULL)
    mt_record_list_set_camp_id (self->records, selected_camp_id (self));
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_state (self);
}

static void
on_activate_cb (MtRecordsPage *self,
                guint          position)
{
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "records.edit", NULL);
}

static void
on_records_changing_cb (MtRecordsPage *self)
{
  GObject *selected = gtk_single_selection_get_selected_item (self->selection);

  /* An edited record is a new object at its place: the selection follows it by id. */
  self->keep_id = selected != NULL ? mt_record_get_id (selected) : 0;
}

static void
on_records_changed_cb (MtRecordsPage *self)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  GObject *selected = gtk_single_selection_get_selected_item (self->selection);
  gint64 keep_id = self->keep_id;

  self->keep_id = 0;
  if (keep_id == 0 || (selected != NULL && mt_record_get_id (selected) == keep_id))
    return;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) record = g_list_model_get_item (model, i);

      if (mt_record_get_id (record) == keep_id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          break;
        }
    }
}

/* Opens the editor of the page's kind on @record, or on a new record at @camp_id
 * (0: none chosen) when @record is NULL. */
static void
open_editor (MtRecordsPage *self,
             GObject       *record,
             gint64         camp_id)
{
  GtkWidget *widget = GTK_WIDGET (self);

  g_assert (self->store != NULL);

  switch (self->kind)
    {
    case MT_RECORDS_KIND_CONVOYS:
      mt_edit_convoy (widget, self->store, record != NULL ? MT_CONVOY (record) : NULL, camp_id);
      break;
    case MT_RECORDS_KIND_ASSETS:
      mt_edit_asset (widget, self->store, record, camp_id);
      break;
    case MT_RECORDS_KIND_MOVEMENTS:
    default:
      mt_edit_movement (widget, self->store, record != NULL ? MT_MOVEMENT (record) : NULL, camp_id);
      break;
    }
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  MtRecordsPage *self = MT_RECORDS_PAGE (widget);

  if (self->store != NULL)
    open_editor (self, NULL, selected_camp_id (self));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  MtRecordsPage *self = MT_RECORDS_PAGE (widget);
  GObject *record = mt_records_page_get_selected (self);

  if (record != NULL && self->store != NULL)
    open_editor (self, record, 0);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  MtRecordsPage *self = MT_RECORDS_PAGE (widget);
  GObject *record = mt_records_page_get_selected (self);

  if (record == NULL || self->store == NULL)
    return;

  mt_delete_record (widget, self->store, record);
}

/* GObject overrides */

static void
set_store (MtRecordsPage *self,
           MtStore       *store)
{
  if (self->store == store)
    return;

  gtk_filter_list_model_set_model (self->filtered, NULL);
  if (self->records != NULL)
    g_signal_handlers_disconnect_by_data (self->records, self);
  g_clear_object (&self->records);
  gtk_drop_down_set_model (self->camp_dropdown, NULL);
  g_clear_object (&self->camps);
  g_set_object (&self->store, store);

  if (store != NULL)
    {
      self->camps = mt_camp_list_new (store);
      mt_camp_choice_bind (self->camp_dropdown, self->camps, _("All camps"));

      self->records = mt_record_list_new (store, self->kind);
      /* Around the filter model's own handler: before it, then after the views followed. */
      g_signal_connect_object (self->records, "items-changed",
                               G_CALLBACK (on_records_changing_cb), self, G_CONNECT_SWAPPED);
      gtk_filter_list_model_set_model (self->filtered, G_LIST_MODEL (self->records));
      g_signal_connect_object (self->records, "items-changed",
                               G_CALLBACK (on_records_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->records, "notify::error",
                               G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
    }

  update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/* What each kind of page shows around its table; indexed by MtRecordsKind. */
static const struct
{
  const char *name;               /* the "kind" property */
  const char *add_label;
  const char *icon;
  const char *empty_title;
  const char *empty_description;
  const char *placeholder;
  int         date_column;        /* sorted newest first until the user picks one; -1: none */
} kind_info[] = {
  [MT_RECORDS_KIND_MOVEMENTS] = {
    "movements", N_("_Add Movement"), "view-list-symbolic", N_("No Movements Recorded"),
    N_("Record the repatriation of personnel by date, camp, category and country."),
    N_("Search by camp, category or country"), 0,
  },
  [MT_RECORDS_KIND_CONVOYS] = {
    "convoys", N_("_Add Convoy"), "send-to-symbolic", N_("No Convoys Recorded"),
    N_("Record the convoys between camps: where from and to, when, and what they carry."),
    N_("Search by camp, status or date"), 4,
  },
  [MT_RECORDS_KIND_ASSETS] = {
    "assets", N_("_Add Asset"), "package-x-generic-symbolic", N_("No Assets Recorded"),
    N_("Record the equipment to be disposed of: contingent-owned or UN-owned, and what is to become of it."),
    N_("Search by tag, description, camp or decision"), -1,
  },
};

static void
setup_kind (MtRecordsPage *self)
{
  const char *add_label = _(kind_info[self->kind].add_label);
  const char *empty_title = _(kind_info[self->kind].empty_title);
  const char *placeholder = _(kind_info[self->kind].placeholder);

  _mt_records_append_columns (self->column_view, self->kind);

  adw_button_content_set_label (self->add_content, add_label);
  adw_button_content_set_label (self->empty_add_content, add_label);
  adw_status_page_set_icon_name (self->empty_page, kind_info[self->kind].icon);
  adw_status_page_set_title (self->empty_page, empty_title);
  adw_status_page_set_description (self->empty_page, _(kind_info[self->kind].empty_description));
  g_object_set (self->search_entry, "placeholder-text", placeholder, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, placeholder, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, empty_title, -1);

  if (kind_info[self->kind].date_column >= 0)
    {
      GListModel *cols = gtk_column_view_get_columns (self->column_view);
      g_autoptr(GtkColumnViewColumn) column =
        g_list_model_get_item (cols, kind_info[self->kind].date_column);

      gtk_column_view_sort_by_column (self->column_view, column, GTK_SORT_DESCENDING);
    }
}

static void
mt_records_page_constructed (GObject *object)
{
  MtRecordsPage *self = MT_RECORDS_PAGE (object);

  G_OBJECT_CLASS (mt_records_page_parent_class)->constructed (object);

  setup_kind (self);
  update_state (self);
}

static void
mt_records_page_dispose (GObject *object)
{
  MtRecordsPage *self = MT_RECORDS_PAGE (object);

  if (self->records != NULL)
    g_signal_handlers_disconnect_by_data (self->records, self);
  /* Tearing the column view down re-sorts what is selected: the page is not there to show it. */
  g_signal_handlers_disconnect_by_data (self->selection, self);
  g_signal_handlers_disconnect_by_data (self->filtered, self);
  g_clear_object (&self->store);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), MT_TYPE_RECORDS_PAGE);

  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->records);
  g_clear_object (&self->camps);

  G_OBJECT_CLASS (mt_records_page_parent_class)->dispose (object);
}

static void
mt_records_page_finalize (GObject *object)
{
  MtRecordsPage *self = MT_RECORDS_PAGE (object);

  g_free (self->as_of);

  G_OBJECT_CLASS (mt_records_page_parent_class)->finalize (object);
}

static void
mt_records_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MtRecordsPage *self = MT_RECORDS_PAGE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_string (value, kind_info[self->kind].name);
      break;
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_AS_OF:
      g_value_set_string (value, self->as_of);
      break;
    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_records_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MtRecordsPage *self = MT_RECORDS_PAGE (object);
  const char *kind;

  switch (prop_id)
    {
    case PROP_KIND:
      kind = g_value_get_string (value);
      self->kind = MT_RECORDS_KIND_MOVEMENTS;   /* also for anything unknown */
      for (guint i = 0; i < G_N_ELEMENTS (kind_info); i++)
        if (g_strcmp0 (kind, kind_info[i].name) == 0)
          self->kind = i;
      break;
    case PROP_STORE:
      set_store (self, g_value_get_object (value));
      break;
    case PROP_AS_OF:
      if (g_strcmp0 (self->as_of, g_value_get_string (value)) != 0)
        {
          g_free (self->as_of);
          self->as_of = g_value_dup_string (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_EDITABLE:
      if (self->editable != g_value_get_boolean (value))
        {
          self->editable = g_value_get_boolean (value);
          update_state (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_records_page_class_init (MtRecordsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mt_records_page_constructed;
  object_class->dispose = mt_records_page_dispose;
  object_class->finalize = mt_records_page_finalize;
  object_class->get_property = mt_records_page_get_property;
  object_class->set_property = mt_records_page_set_property;

  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, "movements",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AS_OF] =
    g_param_spec_string ("as-of", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The resources sit in a static library: referencing them is what links them in. */
  g_assert (mt_get_resource () != NULL);

  g_type_ensure (MT_TYPE_WRAP_BOX);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/minusma/Tracker/ui/records/mt-records-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MtRecordsPage, toolbar);
  gtk_widget_class_bind_template_child (widget_class, MtRecordsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MtRecordsPage, camp_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MtRecordsPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, MtRecordsPage, add_content);
  gtk_widget_class_bind_template_child (widget_class, MtRecordsPage, empty_add_content);
  gtk_widget_class_bind_template_child (widget_class, MtRecordsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MtRecordsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, MtRecordsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, MtRecordsPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, MtRecordsPage, footer_label);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_activate_cb);

  gtk_widget_class_install_action (widget_class, "records.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "records.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "records.delete", NULL, delete_action);
  /* Typing in the search entry keeps Delete for itself. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "records.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "records.delete", NULL);
  /* Ctrl+N is the window's win.new-record: it needs no focus inside the page. */
}

/* Rows without a camp are not one camp among others: sorted by camp, they come first
 * whichever way the camps go (the view's own sorter would put them last going down). */
static int
compare_camp_first (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  MtRecordsPage *self = user_data;

  if (!self->camp_first)
    return 0;
  return (int) _mt_records_has_camp (G_OBJECT (a)) - (int) _mt_records_has_camp (G_OBJECT (b));
}

static void
on_view_sorter_changed_cb (MtRecordsPage *self,
                           GtkSorterChange change,
                           GtkSorter     *view_sorter)
{
  self->camp_first = _mt_records_sorted_by_camp (view_sorter, self->kind);
}

static void
mt_records_page_init (MtRecordsPage *self)
{
  GtkSorter *view_sorter;
  GtkMultiSorter *sorter;

  self->editable = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = gtk_custom_filter_new (record_matches, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  view_sorter = gtk_column_view_get_sorter (self->column_view);
  /* Connected before the multi-sorter hears the change, so that it sorts again with the
   * rows without a camp placed. */
  g_signal_connect_object (view_sorter, "changed", G_CALLBACK (on_view_sorter_changed_cb),
                           self, G_CONNECT_SWAPPED);
  sorter = gtk_multi_sorter_new ();
  gtk_multi_sorter_append (sorter, GTK_SORTER (gtk_custom_sorter_new (compare_camp_first, self,
                                                                      NULL)));
  gtk_multi_sorter_append (sorter, g_object_ref (view_sorter));
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                                          GTK_SORTER (sorter));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (update_state),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (update_state),
                           self, G_CONNECT_SWAPPED);
}

/* Public API */

GtkSelectionModel *
mt_records_page_get_selection (MtRecordsPage *self)
{
  g_return_val_if_fail (MT_IS_RECORDS_PAGE (self), NULL);
  return GTK_SELECTION_MODEL (self->selection);
}

GObject *
mt_records_page_get_selected (MtRecordsPage *self)
{
  g_return_val_if_fail (MT_IS_RECORDS_PAGE (self), NULL);
  return gtk_single_selection_get_selected_item (self->selection);
}

void
mt_records_page_set_search (MtRecordsPage *self,
                            const char    *text)
{
  g_return_if_fail (MT_IS_RECORDS_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  on_filter_changed_cb (self);
}

void
mt_records_page_reload (MtRecordsPage *self)
{
  g_return_if_fail (MT_IS_RECORDS_PAGE (self));

  if (self->records != NULL)
    mt_record_list_reload (self->records);
  update_state (self);
}
