/* mt-scenario-compare.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-scenario-compare"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-camp.h"
#include "mt-date.h"
#include "mt-mission.h"
#include "mt-report.h"
#include "mt-scenario-compare.h"
#include "mt-store-plan.h"
#include "mt-store-scenario.h"
#include "mt-toast.h"

typedef enum
{
  CELL_NORMAL,
  CELL_HEADING,
  CELL_MOVED,      /* differs from today's plan */
} CellKind;

struct _MtScenarioCompare
{
  AdwWindow   parent_instance;

  GtkGrid    *grid;
  GPtrArray  *cells;   /* (element-type GPtrArray of utf8) by row, then column */
};

G_DEFINE_FINAL_TYPE (MtScenarioCompare, mt_scenario_compare, ADW_TYPE_WINDOW)

/* Auxiliary methods */

static void
add_cell (MtScenarioCompare *self,
          guint              row,
          guint              column,
          const char        *text,
          CellKind           kind,
          gboolean           late)
{
  GtkWidget *label = gtk_label_new (text);
  GPtrArray *cells;

  while (self->cells->len <= row)
    g_ptr_array_add (self->cells, g_ptr_array_new_with_free_func (g_free));
  cells = g_ptr_array_index (self->cells, row);
  while (cells->len <= column)
    g_ptr_array_add (cells, NULL);
  g_free (g_ptr_array_index (cells, column));
  g_ptr_array_index (cells, column) = g_strdup (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), column == 0 || row == 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  if (kind == CELL_HEADING)
    gtk_widget_add_css_class (label, "heading");
  if (kind == CELL_MOVED)
    gtk_widget_add_css_class (label, "mt-scenario-moved");
  if (late)
    gtk_widget_add_css_class (label, "error");
  gtk_grid_attach (self->grid, label, column, row, 1, 1);
}

/* A date and, on a line of its own, how far it is from the deadline. */
static void
add_end (MtScenarioCompare *self,
         guint              row,
         guint              column,
         const char        *end,
         const char        *today_end,
         const char        *deadline)
{
  g_autofree char *date = end != NULL ? mt_date_format_long (end) : g_strdup ("—");
  g_autofree char *against = NULL;
  g_autofree char *text = NULL;
  int days = 0;

  if (mt_plan_days_moved (deadline, end, &days))
    against = mt_report_deadline_clause (days);
  text = against != NULL ? g_strdup_printf ("%s\n%s", date, against) : g_strdup (date);
  add_cell (self, row, column, text,
            column > 1 && g_strcmp0 (end, today_end) != 0 ? CELL_MOVED : CELL_NORMAL, days > 0);
}

/* Each camp's name as the window shows it (French in a French session), by id. */
static GHashTable *
camp_names (MtStore     *store,
            const char  *as_of,
            GError     **error)
{
  g_autoptr(GPtrArray) camps = mt_store_list_camps (store, as_of, error);
  GHashTable *names;

  if (camps == NULL)
    return NULL;
  names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint i = 0; i < camps->len; i++)
    {
      MtCamp *camp = g_ptr_array_index (camps, i);
      gint64 id = mt_camp_get_id (camp);

      g_hash_table_insert (names, g_memdup2 (&id, sizeof id),
                           g_strdup (mt_camp_get_display_name (camp)));
    }

  return names;
}

static void
fill (MtScenarioCompare *self,
      const char        *deadline,
      GHashTable        *camp_names,
      GPtrArray         *names,
      GPtrArray         *plans)
{
  const MtPlanData *today = g_ptr_array_index (plans, 0);
  g_autofree MtPlanEnds *ends = g_new0 (MtPlanEnds, plans->len);
  guint row;

  add_cell (self, 0, 0, "", CELL_HEADING, FALSE);
  for (guint c = 0; c < plans->len; c++)
    {
      add_cell (self, 0, c + 1, g_ptr_array_index (names, c), CELL_HEADING, FALSE);
      mt_plan_data_get_ends (g_ptr_array_index (plans, c), &ends[c]);
    }

  add_cell (self, 1, 0, _("Personnel plan ends"), CELL_HEADING, FALSE);
  add_cell (self, 2, 0, _("Camps plan ends"), CELL_HEADING, FALSE);
  for (guint c = 0; c < plans->len; c++)
    {
      add_end (self, 1, c + 1, ends[c].personnel_end, ends[0].personnel_end, deadline);
      add_end (self, 2, c + 1, ends[c].camps_end, ends[0].camps_end, deadline);
    }

  /* Each camp with a closure in one of the plans, in today's plan's order. */
  row = 3;
  for (guint i = 0; i < today->camps->len; i++)
    {
      const MtPlanCamp *camp = g_ptr_array_index (today->camps, i);
      gboolean any = FALSE;

      for (guint c = 0; c < plans->len && !any; c++)
        {
          const MtPlanCamp *there = mt_plan_data_find_camp (g_ptr_array_index (plans, c), camp->id);

          any = there != NULL && there->planned_closure != NULL;
        }
      if (!any)
        continue;

      {
        const char *name = g_hash_table_lookup (camp_names, &camp->id);
        /* Translators: a row of the comparison: a camp's planned closure */
        g_autofree char *title = g_strdup_printf (_("%s closes"),
                                                  name != NULL ? name : camp->name);

        add_cell (self, row, 0, title, CELL_HEADING, FALSE);
      }
      for (guint c = 0; c < plans->len; c++)
        {
          const MtPlanCamp *there = mt_plan_data_find_camp (g_ptr_array_index (plans, c), camp->id);
          const char *closure = there != NULL ? there->planned_closure : NULL;
          g_autofree char *date = closure != NULL ? mt_date_format_long (closure) : g_strdup ("—");
          int days = 0;

          mt_plan_days_moved (deadline, closure, &days);
          add_cell (self, row, c + 1, date,
                    c > 0 && g_strcmp0 (closure, camp->planned_closure) != 0 ? CELL_MOVED
                                                                              : CELL_NORMAL,
                    days > 0);
        }
      row++;
    }

  for (guint c = 0; c < plans->len; c++)
    mt_plan_ends_clear (&ends[c]);
}

/* Reads today's plan and every scenario's; FALSE with @error when one cannot be read. */
static gboolean
load (MtScenarioCompare  *self,
      MtStore            *store,
      const char         *as_of,
      GError            **error)
{
  g_autoptr(MtMission) mission = mt_store_get_mission (store, error);
  g_autoptr(GPtrArray) scenarios = NULL;
  g_autoptr(GHashTable) camps = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GPtrArray) plans = g_ptr_array_new_with_free_func ((GDestroyNotify) mt_plan_data_free);
  MtPlanData *today;

  if (mission == NULL)
    return FALSE;
  scenarios = mt_store_list_scenarios (store, error);
  if (scenarios == NULL)
    return FALSE;
  camps = camp_names (store, as_of, error);
  if (camps == NULL)
    return FALSE;
  today = mt_store_read_plan (store, as_of, error);
  if (today == NULL)
    return FALSE;
  g_ptr_array_add (plans, today);
  g_ptr_array_add (names, _("Today’s plan"));

  for (guint i = 0; i < scenarios->len; i++)
    {
      MtScenario *scenario = g_ptr_array_index (scenarios, i);
      MtPlanData *plan = mt_store_read_scenario_plan (store, scenario, as_of, error);

      if (plan == NULL)
        return FALSE;
      g_ptr_array_add (plans, plan);
      g_ptr_array_add (names, scenario->name);
    }

  fill (self, mt_mission_get_deadline (mission), camps, names, plans);

  return TRUE;
}

/* GObject overrides */

static void
mt_scenario_compare_finalize (GObject *object)
{
  MtScenarioCompare *self = MT_SCENARIO_COMPARE (object);

  g_ptr_array_unref (self->cells);

  G_OBJECT_CLASS (mt_scenario_compare_parent_class)->finalize (object);
}

static void
mt_scenario_compare_class_init (MtScenarioCompareClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = mt_scenario_compare_finalize;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mt_scenario_compare_init (MtScenarioCompare *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *grid = gtk_grid_new ();

  self->cells = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->grid = GTK_GRID (grid);

  gtk_grid_set_column_spacing (self->grid, 24);
  gtk_grid_set_row_spacing (self->grid, 12);
  gtk_widget_set_margin_top (grid, 18);
  gtk_widget_set_margin_bottom (grid, 18);
  gtk_widget_set_margin_start (grid, 18);
  gtk_widget_set_margin_end (grid, 18);
  gtk_accessible_update_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Today’s plan and the scenarios side by side"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), grid);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (self), box);

  gtk_window_set_title (GTK_WINDOW (self), _("Compare Scenarios"));
  gtk_window_set_default_size (GTK_WINDOW (self), 860, 560);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
}

/* Public API */

GtkWindow *
mt_scenario_compare_new (GtkWindow  *parent,
                         MtStore    *store,
                         const char *as_of)
{
  MtScenarioCompare *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (MT_IS_STORE (store), NULL);

  self = g_object_new (MT_TYPE_SCENARIO_COMPARE, "transient-for", parent, NULL);
  if (!load (self, store, as_of, &error))
    {
      g_autofree char *text = g_strdup_printf (_("Could not compare the scenarios: %s"),
                                               error->message);

      add_cell (self, 0, 0, text, CELL_NORMAL, FALSE);
    }

  return GTK_WINDOW (self);
}

const char *
mt_scenario_compare_get_cell (MtScenarioCompare *self,
                              guint              row,
                              guint              column)
{
  GPtrArray *cells;

  g_return_val_if_fail (MT_IS_SCENARIO_COMPARE (self), NULL);

  if (row >= self->cells->len)
    return NULL;
  cells = g_ptr_array_index (self->cells, row);

  return column < cells->len ? g_ptr_array_index (cells, column) : NULL;
}
