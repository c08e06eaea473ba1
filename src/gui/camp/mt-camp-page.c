/* mt-camp-page.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-camp-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-camp-imports.h"
#include "mt-camp-page-private.h"
#include "mt-camp.h"
#include "mt-date.h"
#include "mt-editor-dialog.h"
#include "mt-event.h"
#include "mt-resources.h"
#include "mt-status-pill.h"
#include "mt-store.h"
#include "mt-store-scenario.h"
#include "mt-store-report.h"
#include "mt-summary.h"
#include "mt-toast.h"
#include "mt-wrap-box.h"

G_DEFINE_FINAL_TYPE (MtCampPage, mt_camp_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CAMP,
  PROP_AS_OF,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Auxiliary methods */

static void
set_date_or_not_recorded (GtkLabel   *label,
                          const char *iso)
{
  g_autofree char *text = iso != NULL ? mt_date_format_long (iso) : NULL;

  gtk_label_set_label (label, text != NULL ? text : _("Not recorded"));
  gtk_widget_set_opacity (GTK_WIDGET (label), text != NULL ? 1.0 : 0.55);
}

static GtkWidget *
add_row (AdwPreferencesGroup *group,
         GPtrArray           *rows,
         const char          *title,
         const char          *subtitle,
         const char          *value)
{
  GtkWidget *row = adw_action_row_new ();

  /* Titles are data (camp and event names): never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (value != NULL)
    {
      GtkWidget *label = gtk_label_new (value);

      gtk_widget_add_css_class (label, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  adw_preferences_group_add (group, row);
  g_ptr_array_add (rows, row);

  return row;
}

/* "9,977 people still on the roster", leading to them: the Roster page, filtered to the
 * camp (win.show-roster-for-camp), where they can be marked as departed. */
static void
add_roster_row (MtCampPage *self,
                MtCamp     *camp,
                gint64      on_roster)
{
  g_autofree char *count = mt_format_count (on_roster);
  g_autofree char *title = g_strdup_printf (ngettext ("%s person still on the roster",
                                                      "%s people still on the roster",
                                                      on_roster),
                                            count);
  /* Translators: what a screen reader says of a camp page's roster row: the row's title
   * ("3 people still on the roster"), then the camp's name */
  g_autofree char *label = g_strdup_printf (_("%s at %s: show them on the Roster page"),
                                            title, mt_camp_get_display_name (camp));
  GtkWidget *row = add_row (self->personnel_group, self->personnel_rows, title,
                            _("Show them on the Roster page"), NULL);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  /* The target first: the action takes an "x", a row without one would be disabled. */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row),
                                          g_variant_new_int64 (mt_camp_get_id (camp)));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-roster-for-camp");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static void
fill_header (MtCampPage *self,
             MtCamp     *camp)
{
  const char *region = mt_camp_get_display_region (camp);
  const char *kind = mt_camp_kind_get_label (mt_camp_get_kind (camp));
  g_autofree char *place = NULL;
  g_autofree char *since_date = mt_date_format_long (mt_camp_get_status_since (camp));
  g_autofree char *since = NULL;

  if (region != NULL && kind != NULL)
    /* Translators: region and kind of camp, e.g. "Gao · Sector headquarters" */
    place = g_strdup_printf (C_("camp place", "%s · %s"), region, kind);
  else
    place = g_strdup (region != NULL ? region : kind);

  if (mt_camp_get_status_since (camp) != NULL)
    /* Translators: the date the camp's current status started */
    since = g_strdup_printf (_("since %s"), since_date);

  gtk_label_set_label (self->name_label, mt_camp_get_display_name (camp));
  gtk_label_set_label (self->place_label, place != NULL ? place : "");
  mt_status_pill_set_status (self->status_pill, mt_camp_get_status (camp));
  gtk_label_set_label (self->since_label, since != NULL ? since : "");
}

/* The planned closure, or the one the what-if scenario shown gives the camp, said so. */
static void
fill_planned (MtCampPage *self,
              MtCamp     *camp)
{
  const char *planned = mt_camp_get_planned_closure (camp);
  MtStore *store = _mt_camp_page_store (self);
  g_autoptr(MtScenario) scenario = NULL;
  g_autofree char *subtitle = NULL;
  const char *moved = NULL;

  if (self->scenario != NULL && store != NULL)
    scenario = mt_store_find_scenario (store, self->scenario, NULL);
  if (scenario != NULL)
    moved = mt_scenario_get_closure (scenario, mt_camp_get_id (camp));
  if (moved != NULL)
    {
      g_autofree char *today = planned != NULL ? mt_date_format_long (planned)
                                               : g_strdup (C_("plan end", "none"));

      /* Translators: the scenario's name, the closure in today's plan */
      subtitle = g_strdup_printf (_("Under scenario “%s”; in today’s plan: %s"),
                                  scenario->name, today);
    }

  set_date_or_not_recorded (self->planned_value, moved != NULL ? moved : planned);
  adw_action_row_set_subtitle (self->planned_row, subtitle != NULL ? subtitle : "");
  if (moved != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->planned_value), "mt-scenario-moved");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->planned_value), "mt-scenario-moved");
}

static void
fill_closure (MtCampPage *self,
              MtCamp     *camp)
{
  const char *handover = mt_camp_get_handover_date (camp);
  const char *handed_to = mt_camp_get_handed_over_to (camp);
  const char *env_label = mt_env_status_get_label (mt_camp_get_env_status (camp));

  /* Looking back at an earlier date, a later handover has not happened yet. */
  if (handover != NULL && self->as_of != NULL && g_strcmp0 (handover, self->as_of) > 0)
    handover = handed_to = NULL;

  fill_planned (self, camp);
  set_date_or_not_recorded (self->handover_value, handover);

  gtk_label_set_label (self->handed_to_value, handed_to != NULL ? handed_to : _("Not recorded"));
  gtk_widget_set_opacity (GTK_WIDGET (self->handed_to_value), handed_to != NULL ? 1.0 : 0.55);

  if (mt_camp_get_env_date (camp) != NULL)
    {
      g_autofree char *date = mt_date_format_long (mt_camp_get_env_date (camp));
      /* Translators: environmental assessment status and its date, e.g. "Done, 25 August 2023" */
      g_autofree char *text = g_strdup_printf (C_("assessment", "%s, %s"), env_label, date);

      gtk_label_set_label (self->env_value, text);
    }
  else
    {
      gtk_label_set_label (self->env_value, env_label);
    }
}

static void
fill_personnel (MtCampPage *self,
                MtCamp     *camp)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtSummary) summary = NULL;
  g_autoptr(MtCampFigures) figures = NULL;
  gint64 baseline = mt_camp_get_baseline_strength (camp);

  clear_rows (self->personnel_group, self->personnel_rows);

  if (baseline > 0)
    {
      g_autofree char *count = mt_format_count (baseline);
      g_autofree char *value = g_strdup_printf (C_("estimate", "~%s"), count);

      add_row (self->personnel_group, self->personnel_rows,
               _("Strength before the withdrawal"),
               _("Estimate from UN deployment maps (Geo-PKO)"), value);
    }

  summary = mt_store_get_summary (_mt_camp_page_store (self),
                                  mt_camp_get_id (camp), self->as_of, &error);
  if (summary == NULL)
    {
      mt_show_read_error (GTK_WIDGET (self), _("Could not read the camp’s figures"), error);
      return;
    }

  {
    g_autofree char *total = mt_format_count (summary->departed_total);

    add_row (self->personnel_group, self->personnel_rows,
             _("Departed from this camp"), NULL, total);
  }

  /* The store's figure, the one the handover check counts: the two never disagree. */
  figures = mt_store_get_camp_figures (_mt_camp_page_store (self),
                                       mt_camp_get_id (camp), self->as_of, &error);
  if (figures == NULL)
    {
      mt_show_read_error (GTK_WIDGET (self), _("Could not read the camp’s figures"), error);
      return;
    }
  if (baseline > 0 || figures->on_roster > 0)
    {
      gint64 left = mt_camp_figures_get_left (figures);
      g_autofree char *count = mt_format_count (left);
      g_autofree char *value = NULL;

      /* An estimate unless the roster alone says who is there. */
      if (left > figures->on_roster)
        value = g_strdup_printf (C_("estimate", "~%s"), count);
      add_row (self->personnel_group, self->personnel_rows, _("Still at the camp"),
               _("On the roster, or the strength before the withdrawal less the departures recorded"),
               value != NULL ? value : count);
    }
  if (figures->on_roster > 0)
    add_roster_row (self, camp, figures->on_roster);

  /* Only the categories with someone to count: six rows of zeros hide the news. */
  for (guint i = 0; i < summary->categories->len; i++)
    {
      const MtCategoryTotal *cat = g_ptr_array_index (summary->categories, i);
      g_autofree char *departed = mt_format_count (cat->departed);
      g_autofree char *value = NULL;

      if (cat->departed == 0 && cat->on_roster == 0)
        continue;

      if (cat->on_roster > 0)
        {
          g_autofree char *on_roster = mt_format_count (cat->on_roster);

          /* Translators: departed and still on the roster, for one category */
          value = g_strdup_printf (_("%s departed · %s on roster"), departed, on_roster);
        }
      else
        {
          value = g_strdup_printf (_("%s departed"), departed);
        }
      add_row (self->personnel_group, self->personnel_rows, cat->name, cat->component, value);
    }
}

static void
fill_events (MtCampPage *self,
             MtCamp     *camp)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) statuses = NULL;

  clear_rows (self->events_group, self->event_rows);
  clear_rows (self->history_group, self->history_rows);

  events = mt_store_list_events (_mt_camp_page_store (self),
                                 mt_camp_get_id (camp), self->as_of, &error);
  if (events == NULL)
    add_row (self->events_group, self->event_rows, _("Could not read the events"),
             error->message, NULL);
  g_clear_error (&error);

  /* The store lists by date, oldest first; a planner wants the latest news on top. */
  for (guint i = events != NULL ? events->len : 0; i > 0; i--)
    {
      MtEvent *event = g_ptr_array_index (events, i - 1);
      g_autofree char *date = mt_date_format_long (mt_event_get_date (event));
      /* Translators: an event's date and kind, e.g. "3 August 2023 · Handover" */
      g_autofree char *subtitle = g_strdup_printf (C_("event", "%s · %s"), date,
                                                   mt_event_kind_get_label (mt_event_get_kind (event)));

      GtkWidget *row = add_row (self->events_group, self->event_rows,
                                mt_event_get_title (event), subtitle, NULL);

      _mt_camp_page_decorate_event (self, row, event);
    }
  if (events != NULL && events->len == 0)
    add_row (self->events_group, self->event_rows, _("No events recorded"), NULL, NULL);

  statuses = mt_store_list_camp_statuses (_mt_camp_page_store (self),
                                          mt_camp_get_id (camp), &error);
  if (statuses == NULL)
    add_row (self->history_group, self->history_rows, _("Could not read the status history"),
             error->message, NULL);

  for (guint i = 0; statuses != NULL && i < statuses->len; i++)
    {
      MtEvent *event = g_ptr_array_index (statuses, i);
      g_autofree char *date = mt_date_format_long (mt_event_get_date (event));

      /* Later records than the date shown are not history yet. */
      if (self->as_of != NULL && g_strcmp0 (mt_event_get_date (event), self->as_of) > 0)
        continue;
      add_row (self->history_group, self->history_rows, mt_event_get_title (event), date, NULL);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->history_group), self->history_rows->len > 0);
}


/* Provenance: which roster files brought the people now at this camp. */
static void
fill_imports (MtCampPage *self,
              MtCamp     *camp)
{
  GtkWidget *child;
  GtkWidget *group = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->imports_box))) != NULL)
    gtk_box_remove (self->imports_box, child);

  if (_mt_camp_page_store (self) != NULL)
    {
      g_autoptr(GError) error = NULL;

      group = mt_camp_imports_group_new (_mt_camp_page_store (self), mt_camp_get_id (camp),
                                         &error);
      if (error != NULL)
        mt_show_read_error (GTK_WIDGET (self), _("Could not list the camp’s imports"), error);
    }
  if (group != NULL)
    gtk_box_append (self->imports_box, group);
  gtk_widget_set_visible (GTK_WIDGET (self->imports_box), group != NULL);
}

static void
reload (MtCampPage *self)
{
  MtStore *store = _mt_camp_page_store (self);
  g_autoptr(MtCamp) camp = NULL;

  g_assert (MT_IS_CAMP_PAGE (self));

  mt_store_watch_cancel (self->watch);

  if (self->camp == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  /* Read the camp again as of our date: the object we were given may be for another. */
  if (store != NULL)
    {
      g_autoptr(GError) error = NULL;

      camp = mt_store_get_camp (store, mt_camp_get_id (self->camp), self->as_of, &error);
      if (camp == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("Could not read the camp: %s"),
                                                      error->message);

          /* The page shows the camp as it was given, and says it could not read it. */
          mt_show_toast (GTK_WIDGET (self), message);
        }
    }
  if (camp == NULL)
    camp = g_object_ref (self->camp);

  fill_header (self, camp);
  fill_closure (self, camp);
  if (store != NULL)
    {
      fill_personnel (self, camp);
      fill_events (self, camp);
      _mt_camp_page_fill_edit (self, camp);
    }
  else
    {
      clear_rows (self->personnel_group, self->personnel_rows);
      clear_rows (self->events_group, self->event_rows);
      clear_rows (self->history_group, self->history_rows);
      clear_rows (self->changes_group, self->change_rows);
    }
  fill_imports (self, camp);
  gtk_widget_set_visible (GTK_WIDGET (self->personnel_group), store != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->events_group), store != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->history_group), self->history_rows->len > 0);

  gtk_stack_set_visible_child_name (self->stack, "camp");
}

/* Callbacks */

static void
reload_cb (gpointer user_data)
{
  reload (user_data);
}

static void
schedule_reload (MtCampPage *self)
{
  g_assert (MT_IS_CAMP_PAGE (self));

  mt_store_watch_queue (self->watch);
}

/* GObject overrides */

static void
set_store (MtCampPage *self,
           MtStore    *store)
{
  if (_mt_camp_page_store (self) == store)
    return;

  mt_store_watch_set_store (self->watch, store);

  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
set_camp (MtCampPage *self,
          MtCamp     *camp)
{
  if (self->camp == camp)
    return;

  /* The camp list refreshes its objects in place: follow them. */
  if (self->camp != NULL)
    g_signal_handlers_disconnect_by_func (self->camp, schedule_reload, self);
  g_set_object (&self->camp, camp);
  if (camp != NULL)
    g_signal_connect_swapped (camp, "notify", G_CALLBACK (schedule_reload), self);

  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAMP]);
}

static void
mt_camp_page_dispose (GObject *object)
{
  MtCampPage *self = MT_CAMP_PAGE (object);

  g_clear_pointer (&self->watch, mt_store_watch_free);
  if (self->camp != NULL)
    g_signal_handlers_disconnect_by_func (self->camp, schedule_reload, self);
  g_clear_object (&self->camp);

  /* The stack is both AdwBin's child and a template child: let AdwBin drop it first,
   * or both would unparent it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), MT_TYPE_CAMP_PAGE);

  G_OBJECT_CLASS (mt_camp_page_parent_class)->dispose (object);
}

static void
mt_camp_page_finalize (GObject *object)
{
  MtCampPage *self = MT_CAMP_PAGE (object);

  g_free (self->scenario);
  g_free (self->as_of);
  g_ptr_array_unref (self->personnel_rows);
  g_ptr_array_unref (self->event_rows);
  g_ptr_array_unref (self->history_rows);
  g_ptr_array_unref (self->change_rows);

  G_OBJECT_CLASS (mt_camp_page_parent_class)->finalize (object);
}

static void
mt_camp_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MtCampPage *self = MT_CAMP_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, _mt_camp_page_store (self));
      break;

    case PROP_CAMP:
      g_value_set_object (value, self->camp);
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
mt_camp_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  MtCampPage *self = MT_CAMP_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      set_store (self, g_value_get_object (value));
      break;

    case PROP_CAMP:
      set_camp (self, g_value_get_object (value));
      break;

    case PROP_AS_OF:
      if (g_strcmp0 (self->as_of, g_value_get_string (value)) != 0)
        {
          g_free (self->as_of);
          self->as_of = g_value_dup_string (value);
          reload (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_EDITABLE:
      if (self->editable != g_value_get_boolean (value))
        {
          self->editable = g_value_get_boolean (value);
          _mt_camp_page_update_editable (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_camp_page_class_init (MtCampPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mt_camp_page_dispose;
  object_class->finalize = mt_camp_page_finalize;
  object_class->get_property = mt_camp_page_get_property;
  object_class->set_property = mt_camp_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         MT_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CAMP] =
    g_param_spec_object ("camp", NULL, NULL,
                         MT_TYPE_CAMP,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_AS_OF] =
    g_param_spec_string ("as-of", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MT_TYPE_STATUS_PILL);
  g_type_ensure (MT_TYPE_WRAP_BOX);

  /* The resources sit in a static library: referencing them is what links them in. */
  g_assert (mt_get_resource () != NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/minusma/Tracker/ui/camp/mt-camp-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MtCampPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MtCampPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, MtCampPage, place_label);
  gtk_widget_class_bind_template_child (widget_class, MtCampPage, status_pill);
  gtk_widget_class_bind_template_child (widget_class, MtCampPage, since_label);
  gtk_widget_class_bind_template_child (widget_class, MtCampPage, planned_row);
  gtk_widget_class_bind_template_child (widget_class, MtCampPage, planned_value);
  gtk_widget_class_bind_template_child (widget_class, MtCampPage, handover_value);
  gtk_widget_class_bind_template_child (widget_class, MtCampPage, handed_to_value);
  gtk_widget_class_bind_template_child (widget_class, MtCampPage, env_value);
  gtk_widget_class_bind_template_child (widget_class, MtCampPage, personnel_group);
  gtk_widget_class_bind_template_child (widget_class, MtCampPage, imports_box);
  gtk_widget_class_bind_template_child (widget_class, MtCampPage, events_group);
  gtk_widget_class_bind_template_child (widget_class, MtCampPage, history_group);
  _mt_camp_page_class_init_edit (widget_class);
}

static void
mt_camp_page_init (MtCampPage *self)
{
  self->personnel_rows = g_ptr_array_new ();
  self->event_rows = g_ptr_array_new ();
  self->history_rows = g_ptr_array_new ();
  self->change_rows = g_ptr_array_new ();
  self->watch = mt_store_watch_new (reload_cb, self);
  self->editable = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/* Public API */

void
mt_camp_page_set_scenario (MtCampPage *self,
                           const char *name)
{
  g_return_if_fail (MT_IS_CAMP_PAGE (self));

  if (g_strcmp0 (self->scenario, name) == 0)
    return;
  g_free (self->scenario);
  self->scenario = g_strdup (name);
  if (self->camp != NULL)
    reload (self);
}
