/* mt-roster-page.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-roster-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-camp-choice.h"
#include "mt-camp-list.h"
#include "mt-category.h"
#include "mt-column-sorter.h"
#include "mt-csv-provenance.h"
#include "mt-date.h"
#include "mt-edit-forms.h"
#include "mt-person.h"
#include "mt-resources.h"
#include "mt-roster-model.h"
#include "mt-roster-page.h"
#include "mt-store.h"
#include "mt-toast.h"
#include "mt-wrap-box.h"

struct _MtRosterPage
{
  AdwBin          parent_instance;

  MtStore        *store;
  char           *as_of;
  MtRosterModel  *model;
  MtCampList     *camps;           /* the camp filter's own */
  GPtrArray      *category_codes;  /* (element-type utf8) parallel to the drop-down, after "All" */
  gboolean        editable;        /* FALSE: departures cannot be recorded from here */

  /* Template widgets */
  GtkWidget      *toolbar;
  GtkSearchEntry *search_entry;
  GtkDropDown    *category_dropdown;
  GtkStringList  *category_names;
  GtkDropDown    *camp_dropdown;
  GtkLabel       *count_label;
  GtkStack       *loading_stack;
  GtkSpinner     *loading_spinner;
  GtkStack       *stack;
  GtkColumnView  *column_view;
  AdwStatusPage  *no_matches_page;
  GtkWidget      *departed_button;
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_AS_OF,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MtRosterPage, mt_roster_page, ADW_TYPE_BIN)

/* Auxiliary methods */

/* The camp the filter shows, 0 for "All camps". */
static gint64
selected_camp_id (MtRosterPage *self)
{
  return mt_camp_choice_get_id (gtk_drop_down_get_selected_item (self->camp_dropdown));
}

static void
update_state (MtRosterPage *self)
{
  g_autofree char *count = NULL;
  g_autofree char *text = NULL;
  gboolean roster_empty;
  gboolean loading = FALSE;
  guint n_items = 0;

  g_assert (MT_IS_ROSTER_PAGE (self));

  if (self->model != NULL)
    {
      n_items = g_list_model_get_n_items (G_LIST_MODEL (self->model));
      loading = mt_roster_model_get_loading (self->model);
    }

  /* The list stays usable while a query runs: only the spinner tells. */
  gtk_spinner_set_spinning (self->loading_spinner, loading);
  gtk_stack_set_visible_child_name (self->loading_stack, loading ? "loading" : "idle");

  /* The rows, count and status pages of the previous query stay until the new rows
   * arrive (items-changed, then "loading" turns FALSE, each calling back here). Only
   * the very first query has nothing to keep: no count then, and not the "no roster"
   * page, which would flash before the rows come. */
  if (loading)
    {
      if (n_items == 0 &&
          g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "empty") == 0)
        {
          gtk_label_set_label (self->count_label, "");
          gtk_stack_set_visible_child_name (self->stack, "roster");
        }
      return;
    }

  count = mt_format_count (n_items);
  /* Translators: the number of people listed, e.g. "12,345 people" */
  text = g_strdup_printf (ngettext ("%s person", "%s people", n_items), count);
  gtk_label_set_label (self->count_label, text);

  if (n_items > 0)
    roster_empty = FALSE;
  else
    roster_empty = self->store == NULL || mt_store_count_personnel (self->store) == 0;

  if (n_items > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "roster");
    }
  else if (roster_empty)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  else
    {
      const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
      gboolean any_category = gtk_drop_down_get_selected (self->category_dropdown) == 0;
      gboolean any_camp = selected_camp_id (self) == 0;
      g_autofree char *description = NULL;

      if (search[0] != '\0' && any_category && any_camp)
        /* Translators: %s is what the user typed in the roster's search entry */
        description = g_strdup_printf (_("No one on the roster matches “%s”."), search);
      else if (search[0] != '\0' && any_camp)
        /* Translators: %s is what the user typed in the roster's search entry */
        description = g_strdup_printf (_("No one in this category matches “%s”."), search);
      else if (search[0] != '\0')
        /* Translators: %s is what the user typed in the roster's search entry */
        description = g_strdup_printf (_("No one at this camp matches “%s”."), search);
      else if (any_camp)
        description = g_strdup (_("No one on the roster is in this category."));
      else if (any_category)
        description = g_strdup (_("No one on the roster is at this camp."));
      else
        description = g_strdup (_("No one at this camp is in this category."));

      adw_status_page_set_description (self->no_matches_page, description);
      gtk_stack_set_visible_child_name (self->stack, "no-matches");
    }

  /* Nothing to search or filter in an empty roster. */
  gtk_widget_set_sensitive (self->toolbar, !roster_empty);
}

static void
fill_categories (MtRosterPage *self)
{
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GError) error = NULL;
  guint n_old;

  g_assert (MT_IS_ROSTER_PAGE (self));

  n_old = g_list_model_get_n_items (G_LIST_MODEL (self->category_names));
  g_ptr_array_set_size (self->category_codes, 0);

  if (self->store != NULL)
    categories = mt_store_list_categories (self->store, &error);
  if (error != NULL)
    mt_show_read_error (GTK_WIDGET (self), _("Could not list the personnel categories"), error);

  {
    g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
    g_auto(GStrv) strv = NULL;

    g_strv_builder_add (names, _("All categories"));
    for (guint i = 0; categories != NULL && i < categories->len; i++)
      {
        MtCategory *category = g_ptr_array_index (categories, i);

        g_strv_builder_add (names, mt_category_get_name (category));
        g_ptr_array_add (self->category_codes, g_strdup (mt_category_get_code (category)));
      }

    strv = g_strv_builder_end (names);
    gtk_string_list_splice (self->category_names, 0, n_old, (const char * const *) strv);
  }

  gtk_drop_down_set_selected (self->category_dropdown, 0);
}

static void
update_departed_action (MtRosterPage *self)
{
  GtkSelectionModel *selection = gtk_column_view_get_model (self->column_view);
  g_autoptr(GtkBitset) selected = selection != NULL ? gtk_selection_model_get_selection (selection) : NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.mark-departed",
                                 self->editable && selected != NULL &&
                                 !gtk_bitset_is_empty (selected));
}

static void
forget_selection (MtRosterPage *self)
{
  GtkSelectionModel *selection = gtk_column_view_get_model (self->column_view);

  if (selection != NULL)
    gtk_selection_model_unselect_all (selection);
}

static void
mark_departed_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  MtRosterPage *self = MT_ROSTER_PAGE (widget);
  GtkSelectionModel *selection = gtk_column_view_get_model (self->column_view);
  g_autoptr(GtkBitset) selected = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *date = NULL;
  GtkBitsetIter iter;
  guint position;

  if (selection == NULL || self->store == NULL)
    return;

  /* Only the selected rows are created. */
  selected = gtk_selection_model_get_selection (selection);
  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position); ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      g_autoptr(MtPerson) person = g_list_model_get_item (G_LIST_MODEL (selection), position);
      gint64 id = mt_person_get_id (person);

      g_array_append_val (ids, id);
    }
  if (ids->len == 0)
    return;

  date = self->as_of != NULL ? g_strdup (self->as_of) : mt_store_dup_latest_date (self->store);
  mt_edit_departures (widget, self->store, ids, date);
}

static void
rebuild_model (MtRosterPage *self)
{
  g_autoptr(GtkSelectionModel) selection = NULL;
  MtRosterColumn column = MT_ROSTER_COLUMN_PERSONNEL_ID;
  gboolean descending = FALSE;

  g_assert (MT_IS_ROSTER_PAGE (self));

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);

  /* Filters first: resetting the drop-downs must not query a model. */
  fill_categories (self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_model (self->camp_dropdown, NULL);
  g_clear_object (&self->camps);
  if (self->store != NULL)
    {
      self->camps = mt_camp_list_new (self->store);
      mt_camp_choice_bind (self->camp_dropdown, self->camps, _("All camps"));
      gtk_drop_down_set_selected (self->camp_dropdown, 0);
    }

  if (self->store != NULL)
    {
      self->model = g_object_new (MT_TYPE_ROSTER_MODEL,
                                  "store", self->store,
                                  "as-of", self->as_of,
                                  NULL);
      mt_column_sorter_probe (gtk_column_view_get_sorter (self->column_view), &column, &descending);
      mt_roster_model_set_sort (self->model, column, descending);
      g_signal_connect_object (self->model, "items-changed",
                               G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->model, "notify::loading",
                               G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);

      /* A GtkMultiSelection looks for its selected items among all the rows after
       * each re-sort or reload, creating a million objects: the page forgets the
       * selection before it changes the model (forget_selection()). */
      selection = GTK_SELECTION_MODEL (gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->model))));
      g_signal_connect_object (selection, "selection-changed",
                               G_CALLBACK (update_departed_action), self, G_CONNECT_SWAPPED);
    }

  gtk_column_view_set_model (self->column_view, selection);
  update_state (self);
  update_departed_action (self);
}

/* Callbacks */

static char *
format_date_cb (GtkListItem *item,
                const char  *iso)
{
  if (iso == NULL || iso[0] == '\0')
    return NULL;

  return mt_date_format_short (iso);
}

/* Hovering a personnel id tells which import (file, line, day, hash) last wrote the row. */
static gboolean
person_tooltip_cb (GtkWidget   *widget,
                   int          x,
                   int          y,
                   gboolean     keyboard_mode,
                   GtkTooltip  *tooltip,
                   GtkListItem *item)
{
  MtPerson *person = gtk_list_item_get_item (item);
  GtkWidget *page = gtk_widget_get_ancestor (widget, MT_TYPE_ROSTER_PAGE);
  g_autofree char *text = NULL;

  if (person == NULL || page == NULL || MT_ROSTER_PAGE (page)->store == NULL)
    return FALSE;

  text = mt_csv_describe_import (MT_ROSTER_PAGE (page)->store, mt_person_get_import_id (person),
                                 mt_person_get_import_line (person));
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
search_changed_cb (MtRosterPage *self)
{
  g_assert (MT_IS_ROSTER_PAGE (self));

  if (self->model == NULL)
    return;

  forget_selection (self);
  mt_roster_model_set_search (self->model,
                              gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  update_state (self);
}

static void
category_selected_cb (MtRosterPage *self)
{
  guint selected;

  g_assert (MT_IS_ROSTER_PAGE (self));

  if (self->model == NULL)
    return;

  forget_selection (self);
  selected = gtk_drop_down_get_selected (self->category_dropdown);
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > self->category_codes->len)
    mt_roster_model_set_category (self->model, NULL);
  else
    mt_roster_model_set_category (self->model, g_ptr_array_index (self->category_codes, selected - 1));
  update_state (self);
}

static void
camp_selected_cb (MtRosterPage *self)
{
  g_assert (MT_IS_ROSTER_PAGE (self));

  if (self->model == NULL)
    return;

  forget_selection (self);
  mt_roster_model_set_camp_id (self->model, selected_camp_id (self));
  update_state (self);
}

static void
view_sorter_changed_cb (MtRosterPage *self)
{
  MtRosterColumn column = MT_ROSTER_COLUMN_PERSONNEL_ID;
  gboolean descending = FALSE;

  g_assert (MT_IS_ROSTER_PAGE (self));

  if (self->model == NULL)
    return;

  forget_selection (self);
  /* Unsorted (EQUAL) falls back to the personnel ID, the roster's natural order. */
  mt_column_sorter_probe (gtk_column_view_get_sorter (self->column_view), &column, &descending);
  mt_roster_model_set_sort (self->model, column, descending);
}

static void
store_reset_cb (MtRosterPage *self)
{
  g_assert (MT_IS_ROSTER_PAGE (self));

  /* A new database may bring other categories and camps; the model reloads itself.
   * The camp list follows the reset: the filter starts again from "All camps". */
  fill_categories (self);
  gtk_drop_down_set_selected (self->camp_dropdown, 0);
  update_state (self);
}

/* GObject overrides */

static void
mt_roster_page_dispose (GObject *object)
{
  MtRosterPage *self = MT_ROSTER_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MT_TYPE_ROSTER_PAGE);
  g_clear_object (&self->model);
  g_clear_object (&self->camps);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mt_roster_page_parent_class)->dispose (object);
}

static void
mt_roster_page_finalize (GObject *object)
{
  MtRosterPage *self = MT_ROSTER_PAGE (object);

  g_free (self->as_of);
  g_ptr_array_unref (self->category_codes);

  G_OBJECT_CLASS (mt_roster_page_parent_class)->finalize (object);
}

static void
mt_roster_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MtRosterPage *self = MT_ROSTER_PAGE (object);

  switch (prop_id)
    {
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
mt_roster_page_set_store (MtRosterPage *self,
                          MtStore      *store)
{
  g_assert (MT_IS_ROSTER_PAGE (self));
  g_assert (store == NULL || MT_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    {
      g_signal_connect_object (store, "reset", G_CALLBACK (store_reset_cb), self, G_CONNECT_SWAPPED);
      /* Connected before the model is: runs before it reloads. */
      g_signal_connect_object (store, "personnel-changed", G_CALLBACK (forget_selection), self,
                               G_CONNECT_SWAPPED);
    }

  rebuild_model (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
mt_roster_page_set_as_of (MtRosterPage *self,
                          const char   *as_of)
{
  g_assert (MT_IS_ROSTER_PAGE (self));

  if (g_strcmp0 (self->as_of, as_of) == 0)
    return;

  g_free (self->as_of);
  self->as_of = g_strdup (as_of);
  forget_selection (self);
  if (self->model != NULL)
    mt_roster_model_set_as_of (self->model, as_of);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AS_OF]);
}

static void
mt_roster_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  MtRosterPage *self = MT_ROSTER_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      mt_roster_page_set_store (self, g_value_get_object (value));
      break;
    case PROP_AS_OF:
      mt_roster_page_set_as_of (self, g_value_get_string (value));
      break;
    case PROP_EDITABLE:
      if (self->editable != g_value_get_boolean (value))
        {
          self->editable = g_value_get_boolean (value);
          update_departed_action (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_roster_page_class_init (MtRosterPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mt_roster_page_dispose;
  object_class->finalize = mt_roster_page_finalize;
  object_class->get_property = mt_roster_page_get_property;
  object_class->set_property = mt_roster_page_set_property;

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

  /* The template and its inline cell factories name these types; the builder
   * cannot find them by symbol in a binary without exported symbols. */
  g_type_ensure (MT_TYPE_COLUMN_SORTER);
  g_type_ensure (MT_TYPE_PERSON);
  g_type_ensure (MT_TYPE_WRAP_BOX);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/minusma/Tracker/ui/roster/mt-roster-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MtRosterPage, toolbar);
  gtk_widget_class_bind_template_child (widget_class, MtRosterPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MtRosterPage, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MtRosterPage, category_names);
  gtk_widget_class_bind_template_child (widget_class, MtRosterPage, camp_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MtRosterPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, MtRosterPage, loading_stack);
  gtk_widget_class_bind_template_child (widget_class, MtRosterPage, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, MtRosterPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MtRosterPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, MtRosterPage, no_matches_page);
  gtk_widget_class_bind_template_child (widget_class, MtRosterPage, departed_button);
  gtk_widget_class_install_action (widget_class, "roster.mark-departed", NULL, mark_departed_action);
  gtk_widget_class_bind_template_callback (widget_class, format_date_cb);
  gtk_widget_class_bind_template_callback (widget_class, person_tooltip_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, category_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, camp_selected_cb);
}

static void
mt_roster_page_init (MtRosterPage *self)
{
  self->category_codes = g_ptr_array_new_with_free_func (g_free);
  self->editable = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (view_sorter_changed_cb), self, G_CONNECT_SWAPPED);
  update_state (self);
}

/* Public API */

MtRosterModel *
mt_roster_page_get_model (MtRosterPage *self)
{
  g_return_val_if_fail (MT_IS_ROSTER_PAGE (self), NULL);

  return self->model;
}

gint64
mt_roster_page_get_camp_id (MtRosterPage *self)
{
  g_return_val_if_fail (MT_IS_ROSTER_PAGE (self), 0);

  return selected_camp_id (self);
}

gboolean
mt_roster_page_show_camp (MtRosterPage *self,
                          gint64        camp_id)
{
  GListModel *camps;
  guint position;

  g_return_val_if_fail (MT_IS_ROSTER_PAGE (self), FALSE);
  g_return_val_if_fail (camp_id >= 0, FALSE);

  camps = gtk_drop_down_get_model (self->camp_dropdown);
  if (camps == NULL)
    return FALSE;

  /* All of the camp's people: the other filters would hide some. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->category_dropdown, 0);

  position = mt_camp_choice_find (camps, camp_id);
  gtk_drop_down_set_selected (self->camp_dropdown, position);

  return selected_camp_id (self) == camp_id;
}
