/* mt-scenario-editor.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-scenario-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-camp.h"
#include "mt-camp-choice.h"
#include "mt-category.h"
#include "mt-convoy.h"
#include "mt-date.h"
#include "mt-date-row.h"
#include "mt-scenario-editor.h"
#include "mt-store-edit.h"
#include "mt-store-scenario.h"
#include "mt-toast.h"

struct _MtScenarioEditor
{
  AdwWindow             parent_instance;

  MtStore              *store;
  gint64                scenario_id;    /* 0: a new scenario */
  char                 *original_name;
  GPtrArray            *changes;        /* (element-type MtScenarioChange) */
  GPtrArray            *change_rows;    /* (element-type AdwActionRow) in changes_group */
  GPtrArray            *categories;     /* (element-type MtCategory) as category_row lists them */
  GPtrArray            *convoys;        /* (element-type MtConvoy) as convoy_row lists them */
  gboolean              name_ok;

  /* Template widgets */
  GtkWidget            *save_button;
  AdwPreferencesGroup  *name_group;
  AdwEntryRow          *name_row;
  AdwEntryRow          *note_row;
  AdwPreferencesGroup  *changes_group;
  AdwComboRow          *kind_row;
  AdwComboRow          *camp_row;
  AdwComboRow          *category_row;
  AdwComboRow          *convoy_row;
  AdwActionRow         *people_row;
  GtkSpinButton        *people_spin;
  AdwComboRow          *to_camp_row;
  MtDateRow            *date_row;
  AdwActionRow         *factor_row;
  GtkSpinButton        *factor_spin;
  AdwActionRow         *days_row;
  GtkSpinButton        *days_spin;
  GtkLabel             *add_problem;
};

G_DEFINE_FINAL_TYPE (MtScenarioEditor, mt_scenario_editor, ADW_TYPE_WINDOW)

/* Auxiliary methods */

static MtScenarioChangeKind
chosen_kind (MtScenarioEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->kind_row);

  return selected < MT_SCENARIO_N_KINDS ? (MtScenarioChangeKind) selected
                                        : MT_SCENARIO_CAMP_CLOSURE;
}

/* The form asks only what the kind of change needs, each field titled for it. */
static void
update_form (MtScenarioEditor *self)
{
  MtScenarioChangeKind kind = chosen_kind (self);
  gboolean transfer = kind == MT_SCENARIO_TRANSFER;

  gtk_widget_set_visible (GTK_WIDGET (self->camp_row),
                          kind == MT_SCENARIO_CAMP_CLOSURE || transfer);
  gtk_widget_set_visible (GTK_WIDGET (self->date_row),
                          kind == MT_SCENARIO_CAMP_CLOSURE || transfer);
  gtk_widget_set_visible (GTK_WIDGET (self->category_row),
                          kind == MT_SCENARIO_CATEGORY_PACE || transfer);
  gtk_widget_set_visible (GTK_WIDGET (self->factor_row), kind == MT_SCENARIO_CATEGORY_PACE);
  gtk_widget_set_visible (GTK_WIDGET (self->convoy_row), kind == MT_SCENARIO_CONVOY_DELAY);
  gtk_widget_set_visible (GTK_WIDGET (self->days_row), kind == MT_SCENARIO_CONVOY_DELAY);
  gtk_widget_set_visible (GTK_WIDGET (self->people_row), transfer);
  gtk_widget_set_visible (GTK_WIDGET (self->to_camp_row), transfer);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->camp_row),
                                 transfer ? _("_From camp") : _("Ca_mp"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->date_row),
                                 transfer ? _("On _date") : _("Closes on _date"));
  gtk_widget_set_visible (GTK_WIDGET (self->add_problem), FALSE);
}

static void
set_add_problem (MtScenarioEditor *self,
                 const char       *problem)
{
  gtk_label_set_label (self->add_problem, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->add_problem), problem != NULL);
}

static void
update_save (MtScenarioEditor *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", self->name_ok);
}

static void
rebuild_change_rows (MtScenarioEditor *self)
{
  for (guint i = 0; i < self->change_rows->len; i++)
    adw_preferences_group_remove (self->changes_group, g_ptr_array_index (self->change_rows, i));
  g_ptr_array_set_size (self->change_rows, 0);

  for (guint i = 0; i < self->changes->len; i++)
    {
      g_autofree char *text = mt_scenario_change_describe (g_ptr_array_index (self->changes, i));
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove Change"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Remove Change"), -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "editor.remove-change");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "u", i);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      adw_preferences_group_add (self->changes_group, row);
      g_ptr_array_add (self->change_rows, row);
    }

  if (self->changes->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("No change yet: add one below"));
      gtk_widget_add_css_class (row, "dim-label");
      adw_preferences_group_add (self->changes_group, row);
      g_ptr_array_add (self->change_rows, row);
    }
}

/* Says why the form makes no change. */
static MtScenarioChange *
refuse (const char **problem,
        const char  *why)
{
  *problem = why;
  return NULL;
}

static MtCamp *
chosen_camp (AdwComboRow *row)
{
  return adw_combo_row_get_selected_item (row);
}

/* The change the form describes, its names filled for people to read; NULL with the
 * reason in @problem when something it needs is missing. */
static MtScenarioChange *
change_from_form (MtScenarioEditor  *self,
                  const char       **problem)
{
  MtScenarioChangeKind kind = chosen_kind (self);
  g_autoptr(MtScenarioChange) change = mt_scenario_change_new (kind);
  MtCamp *camp = chosen_camp (self->camp_row);
  MtCamp *to_camp = chosen_camp (self->to_camp_row);
  guint category = adw_combo_row_get_selected (self->category_row);
  guint convoy = adw_combo_row_get_selected (self->convoy_row);
  const char *date = mt_date_row_get_date (self->date_row);

  if (kind == MT_SCENARIO_CAMP_CLOSURE || kind == MT_SCENARIO_TRANSFER)
    {
      if (camp == NULL)
        return refuse (problem, _("Choose a camp"));
      if (date == NULL)
        return refuse (problem, _("Type or pick a date"));
      change->camp_id = mt_camp_get_id (camp);
      change->camp_name = g_strdup (mt_camp_get_display_name (camp));
      change->date = g_strdup (date);
    }
  if (kind == MT_SCENARIO_CATEGORY_PACE || kind == MT_SCENARIO_TRANSFER)
    {
      MtCategory *cat;

      if (category >= self->categories->len)
        return refuse (problem, _("Choose a category"));
      cat = g_ptr_array_index (self->categories, category);
      change->category = g_strdup (mt_category_get_code (cat));
      change->category_name = g_strdup (mt_category_get_name (cat));
    }

  switch (kind)
    {
    case MT_SCENARIO_CATEGORY_PACE:
      change->factor = gtk_spin_button_get_value (self->factor_spin);
      break;

    case MT_SCENARIO_CONVOY_DELAY:
      {
        MtConvoy *chosen;

        if (convoy >= self->convoys->len)
          return refuse (problem, _("Choose a convoy"));
        change->days = gtk_spin_button_get_value_as_int (self->days_spin);
        if (change->days == 0)
          return refuse (problem, _("A convoy held 0 days changes nothing: give the days late"));
        chosen = g_ptr_array_index (self->convoys, convoy);
        change->convoy_id = mt_convoy_get_id (chosen);
        change->convoy_label = g_strdup_printf ("%s → %s", mt_convoy_get_from_name (chosen),
                                                mt_convoy_get_to_name (chosen));
      }
      break;

    case MT_SCENARIO_TRANSFER:
      if (to_camp == NULL || mt_camp_get_id (to_camp) == change->camp_id)
        return refuse (problem, _("Choose another camp to move the people to"));
      change->to_camp_id = mt_camp_get_id (to_camp);
      change->to_camp_name = g_strdup (mt_camp_get_display_name (to_camp));
      change->n = gtk_spin_button_get_value_as_int (self->people_spin);
      break;

    case MT_SCENARIO_CAMP_CLOSURE:
    default:
      break;
    }

  return g_steal_pointer (&change);
}

static void
fill_categories (MtScenarioEditor *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;

  self->categories = mt_store_list_categories (self->store, &error);
  if (self->categories == NULL)
    {
      g_warning ("Could not read the categories: %s", error->message);
      self->categories = g_ptr_array_new ();
    }
  for (guint i = 0; i < self->categories->len; i++)
    gtk_string_list_append (names, mt_category_get_name (g_ptr_array_index (self->categories, i)));
  adw_combo_row_set_model (self->category_row, G_LIST_MODEL (names));
}

/* Every convoy, planned ones too: "12 · Gao → Bamako · 03/11/2023". */
static void
fill_convoys (MtScenarioEditor *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;

  self->convoys = mt_store_list_all_convoys (self->store, &error);
  if (self->convoys == NULL)
    {
      g_warning ("Could not read the convoys: %s", error->message);
      self->convoys = g_ptr_array_new ();
    }
  for (guint i = 0; i < self->convoys->len; i++)
    {
      MtConvoy *convoy = g_ptr_array_index (self->convoys, i);
      const char *day = mt_convoy_get_departed (convoy) != NULL
        ? mt_convoy_get_departed (convoy) : mt_convoy_get_planned_departure (convoy);
      g_autofree char *date = day != NULL ? mt_date_format_short (day) : g_strdup ("—");
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, mt_convoy_get_id (convoy));
      /* Translators: a convoy's number, its camps, its date: "12 · Gao → Bamako · 03/11/2023" */
      g_autofree char *label = g_strdup_printf (_("%s · %s → %s · %s"), number,
                                                mt_convoy_get_from_name (convoy),
                                                mt_convoy_get_to_name (convoy), date);

      gtk_string_list_append (labels, label);
    }
  adw_combo_row_set_model (self->convoy_row, G_LIST_MODEL (labels));
}

static void
bind_camps (AdwComboRow *row,
            MtCampList  *camps)
{
  g_autoptr(GListModel) model = mt_camp_choice_sorted_new (camps);

  adw_combo_row_set_expression (row, mt_camp_choice_expression_new ());
  adw_combo_row_set_model (row, model);
}

/* Callbacks */

static void
on_name_changed_cb (MtScenarioEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  const char *problem = NULL;

  if (*name == '\0')
    problem = _("A scenario needs a name");
  else if (g_strcmp0 (name, self->original_name) != 0 &&
           !mt_store_validate_scenario_name (self->store, name, &error))
    problem = error->message;

  /* Said under the name, where the planner looks, not only in a tooltip. */
  adw_preferences_group_set_description (self->name_group, problem);
  self->name_ok = problem == NULL;
  if (problem != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
  update_save (self);
}

/* Actions */

static void
add_change_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MtScenarioEditor *self = MT_SCENARIO_EDITOR (widget);
  const char *problem = NULL;
  MtScenarioChange *change = change_from_form (self, &problem);

  set_add_problem (self, problem);
  if (change == NULL)
    return;

  g_ptr_array_add (self->changes, change);
  rebuild_change_rows (self);
}

static void
remove_change_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MtScenarioEditor *self = MT_SCENARIO_EDITOR (widget);
  guint index = g_variant_get_uint32 (parameter);

  if (index >= self->changes->len)
    return;
  g_ptr_array_remove_index (self->changes, index);
  rebuild_change_rows (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MtScenarioEditor *self = MT_SCENARIO_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  const char *note = gtk_editable_get_text (GTK_EDITABLE (self->note_row));
  gboolean saved;

  if (!self->name_ok)
    return;

  if (self->scenario_id == 0)
    saved = mt_store_create_scenario (self->store, name, *note != '\0' ? note : NULL,
                                      self->changes, &error) != 0;
  else
    saved = (g_strcmp0 (name, self->original_name) == 0 ||
             mt_store_rename_scenario (self->store, self->scenario_id, name, &error)) &&
            mt_store_set_scenario_changes (self->store, self->scenario_id, self->changes, &error);

  if (!saved)
    {
      mt_show_message (GTK_WIDGET (self), _("Could Not Save the Scenario"), error->message);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

/* GObject overrides */

static void
mt_scenario_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MT_TYPE_SCENARIO_EDITOR);

  G_OBJECT_CLASS (mt_scenario_editor_parent_class)->dispose (object);
}

static void
mt_scenario_editor_finalize (GObject *object)
{
  MtScenarioEditor *self = MT_SCENARIO_EDITOR (object);

  g_clear_object (&self->store);
  g_free (self->original_name);
  g_ptr_array_unref (self->changes);
  g_ptr_array_unref (self->change_rows);
  g_clear_pointer (&self->categories, g_ptr_array_unref);
  g_clear_pointer (&self->convoys, g_ptr_array_unref);

  G_OBJECT_CLASS (mt_scenario_editor_parent_class)->finalize (object);
}

static void
mt_scenario_editor_class_init (MtScenarioEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mt_scenario_editor_dispose;
  object_class->finalize = mt_scenario_editor_finalize;

  g_type_ensure (MT_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/minusma/Tracker/ui/scenario/mt-scenario-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, MtScenarioEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, MtScenarioEditor, name_group);
  gtk_widget_class_bind_template_child (widget_class, MtScenarioEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, MtScenarioEditor, note_row);
  gtk_widget_class_bind_template_child (widget_class, MtScenarioEditor, changes_group);
  gtk_widget_class_bind_template_child (widget_class, MtScenarioEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, MtScenarioEditor, camp_row);
  gtk_widget_class_bind_template_child (widget_class, MtScenarioEditor, category_row);
  gtk_widget_class_bind_template_child (widget_class, MtScenarioEditor, convoy_row);
  gtk_widget_class_bind_template_child (widget_class, MtScenarioEditor, people_row);
  gtk_widget_class_bind_template_child (widget_class, MtScenarioEditor, people_spin);
  gtk_widget_class_bind_template_child (widget_class, MtScenarioEditor, to_camp_row);
  gtk_widget_class_bind_template_child (widget_class, MtScenarioEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, MtScenarioEditor, factor_row);
  gtk_widget_class_bind_template_child (widget_class, MtScenarioEditor, factor_spin);
  gtk_widget_class_bind_template_child (widget_class, MtScenarioEditor, days_row);
  gtk_widget_class_bind_template_child (widget_class, MtScenarioEditor, days_spin);
  gtk_widget_class_bind_template_child (widget_class, MtScenarioEditor, add_problem);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.add-change", NULL, add_change_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-change", "u",
                                   remove_change_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mt_scenario_editor_init (MtScenarioEditor *self)
{
  self->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) mt_scenario_change_free);
  self->change_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->kind_row, "notify::selected", G_CALLBACK (update_form), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->name_row, "changed", G_CALLBACK (on_name_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

/* Public API */

GtkWindow *
mt_scenario_editor_new (GtkWindow        *parent,
                        MtStore          *store,
                        MtCampList       *camps,
                        const char       *as_of,
                        const MtScenario *scenario)
{
  MtScenarioEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (MT_IS_STORE (store), NULL);
  g_return_val_if_fail (MT_IS_CAMP_LIST (camps), NULL);

  self = g_object_new (MT_TYPE_SCENARIO_EDITOR,
                       "transient-for", parent,
                       "title", scenario != NULL ? _("Edit Scenario") : _("New Scenario"),
                       NULL);
  self->store = g_object_ref (store);

  bind_camps (self->camp_row, camps);
  bind_camps (self->to_camp_row, camps);
  fill_categories (self);
  fill_convoys (self);
  if (as_of != NULL)
    mt_date_row_set_date (self->date_row, as_of);

  if (scenario != NULL)
    {
      self->scenario_id = scenario->id;
      self->original_name = g_strdup (scenario->name);
      for (guint i = 0; i < scenario->changes->len; i++)
        g_ptr_array_add (self->changes,
                         mt_scenario_change_copy (g_ptr_array_index (scenario->changes, i)));
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), scenario->name);
      gtk_editable_set_text (GTK_EDITABLE (self->note_row),
                             scenario->note != NULL ? scenario->note : "");
      /* The store keeps a note with the scenario as it was made. */
      gtk_widget_set_sensitive (GTK_WIDGET (self->note_row), FALSE);
    }

  on_name_changed_cb (self);
  /* Not a mistake yet: the planner has typed nothing. */
  gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
  rebuild_change_rows (self);
  update_form (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));

  return GTK_WINDOW (self);
}

GPtrArray *
mt_scenario_editor_get_changes (MtScenarioEditor *self)
{
  g_return_val_if_fail (MT_IS_SCENARIO_EDITOR (self), NULL);

  return self->changes;
}
