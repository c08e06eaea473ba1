/* mt-edit-plan.c: taking a baseline of the plan, and choosing the current one.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A baseline freezes the plan as the data stands on the window's date; the store refuses
 * an empty name or one a baseline has already, and says so under the name as it is typed.
 * The current baseline is the one the Overview and the burn-down chart compare with.
 */

#define G_LOG_DOMAIN "mt-edit-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-date.h"
#include "mt-edit-forms-private.h"
#include "mt-report-baselines.h"
#include "mt-store-plan.h"
#include "mt-toast.h"

typedef struct
{
  MtForm    *form;
  char      *as_of;      /* the baseline's data date */
  GPtrArray *baselines;  /* (element-type MtBaseline) the choices after "the latest taken",
                          * oldest first */
} PlanForm;

/* Helpers */

static PlanForm *
plan_form_new (GtkWidget  *parent,
               MtStore    *store,
               const char *as_of)
{
  PlanForm *plan = g_new0 (PlanForm, 1);

  plan->form = _mt_form_new (parent, store, 0, NULL);
  plan->as_of = g_strdup (as_of);

  return plan;
}

static void
plan_form_free (gpointer data)
{
  PlanForm *plan = data;

  _mt_form_free (plan->form);
  g_free (plan->as_of);
  g_clear_pointer (&plan->baselines, g_ptr_array_unref);
  g_free (plan);
}

/* Take Baseline */

static gboolean
validate_take (MtEditorDialog *dialog, char **out_field, GError **error, gpointer data)
{
  PlanForm *plan = data;
  g_autofree char *name = mt_editor_dialog_dup_text (dialog, "name");

  *out_field = g_strdup ("name");
  return mt_store_validate_baseline_name (plan->form->store, name, error);
}

static gboolean
save_take (MtEditorDialog *dialog, GError **error, gpointer data)
{
  PlanForm *plan = data;
  g_autofree char *name = mt_editor_dialog_dup_text (dialog, "name");
  g_autofree char *toast = NULL;

  if (mt_store_take_baseline (plan->form->store, name, plan->as_of, error) == 0)
    return FALSE;
  /* Translators: a toast; %s is the baseline's name */
  toast = g_strdup_printf (_("Baseline “%s” taken"), name);
  if (plan->form->parent != NULL)
    mt_show_toast (plan->form->parent, toast);
  return TRUE;
}

/* Current Baseline */

static gboolean
save_current (MtEditorDialog *dialog, GError **error, gpointer data)
{
  PlanForm *plan = data;
  guint selected = mt_editor_dialog_get_selected (dialog, "baseline");
  const MtBaseline *baseline = NULL;
  g_autofree char *toast = NULL;

  /* Choice 0 is the latest taken, whichever it will be. */
  if (selected > 0)
    baseline = g_ptr_array_index (plan->baselines, selected - 1);
  if (!mt_store_set_current_baseline (plan->form->store, baseline != NULL ? baseline->id : 0,
                                      error))
    return FALSE;
  if (baseline != NULL)
    /* Translators: a toast; %s is the baseline's name */
    toast = g_strdup_printf (_("The charts now compare with “%s”"), baseline->name);
  else
    toast = g_strdup (_("The charts now compare with the latest baseline taken"));
  if (plan->form->parent != NULL)
    mt_show_toast (plan->form->parent, toast);
  return TRUE;
}

/* Public API */

MtEditorDialog *
mt_edit_take_baseline (GtkWidget  *parent,
                       MtStore    *store,
                       const char *as_of)
{
  MtEditorDialog *dialog;
  AdwPreferencesGroup *group;
  g_autofree char *date = NULL;
  g_autofree char *description = NULL;

  g_return_val_if_fail (MT_IS_STORE (store), NULL);
  g_return_val_if_fail (as_of != NULL, NULL);

  date = mt_date_format_long (as_of);
  /* Translators: %s is the date the window shows, e.g. "16 October 2023" */
  description = g_strdup_printf (_("Freezes the plan as the data stands on %s: the camps’ "
                                   "planned closures and handovers, the planned departures "
                                   "and movements. A baseline is never changed afterwards."),
                                 date);
  dialog = mt_editor_dialog_new (parent, _("Take Baseline"), _("_Take"));
  group = mt_editor_dialog_add_group (dialog, NULL, description);
  mt_editor_dialog_add_entry (dialog, group, "name", _("Name"), NULL, MT_FIELD_REQUIRED);
  mt_editor_dialog_set_handlers (dialog, validate_take, save_take,
                                 plan_form_new (parent, store, as_of), plan_form_free);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

MtEditorDialog *
mt_edit_current_baseline (GtkWidget *parent,
                          MtStore   *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) baselines = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  MtEditorDialog *dialog;
  AdwPreferencesGroup *group;
  PlanForm *plan;
  gint64 chosen = 0;
  guint selected = 0;

  g_return_val_if_fail (MT_IS_STORE (store), NULL);

  baselines = mt_store_list_baselines (store, &error);
  if (baselines != NULL)
    chosen = mt_store_get_chosen_baseline (store, &error);
  g_ptr_array_add (labels, g_strdup (_("The latest taken")));
  dialog = mt_editor_dialog_new (parent, _("Current Baseline"), _("_Choose"));
  group = mt_editor_dialog_add_group (dialog, NULL,
                                      _("The Overview and the chart of personnel still deployed "
                                        "compare the plan with this baseline, for everyone "
                                        "who opens this database."));
  plan = plan_form_new (parent, store, NULL);
  if (baselines != NULL)
    for (guint i = 0; i < baselines->len; i++)
      {
        const MtBaseline *baseline = g_ptr_array_index (baselines, i);

        g_ptr_array_add (labels, mt_report_baselines_format_label (baseline));
        if (chosen == baseline->id)
          selected = i + 1;
      }
  g_ptr_array_add (labels, NULL);
  mt_editor_dialog_add_choice (dialog, group, "baseline", _("Baseline"),
                               (const char * const *) labels->pdata, selected);
  plan->baselines = g_steal_pointer (&baselines);
  mt_editor_dialog_set_handlers (dialog, NULL, save_current, plan, plan_form_free);
  if (error != NULL)
    mt_editor_dialog_show_error (dialog, error->message);
  else if (plan->baselines->len == 0)
    mt_editor_dialog_set_blocked (dialog, _("No baseline yet: take one from the main menu"),
                                  NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
