/* mt-edit-camp.c: the editors of a camp (details, status, environmental assessment)
 * and of roster departures.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-edit-camp"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "mt-camp.h"
#include "mt-date.h"
#include "mt-edit-forms-private.h"
#include "mt-store-edit.h"
#include "mt-toast.h"

/* Camp details */

static void
read_camp (MtEditorDialog *dialog,
           MtForm         *form,
           MtCampFields   *fields,
           char          **name,
           char          **name_fr,
           char          **region,
           char          **region_fr,
           char          **notes)
{
  guint kind = mt_editor_dialog_get_selected (dialog, "kind");
  double value;

  *name = mt_editor_dialog_dup_text (dialog, "name");
  *name_fr = mt_editor_dialog_dup_text (dialog, "name_fr");
  fields->name_fr = *name_fr;
  *region = mt_editor_dialog_dup_text (dialog, "region");
  *region_fr = mt_editor_dialog_dup_text (dialog, "region_fr");
  fields->region_fr = *region_fr;
  *notes = mt_editor_dialog_dup_text (dialog, "notes");
  fields->name = *name;
  fields->region = *region;
  fields->notes = *notes;
  fields->latitude = mt_editor_dialog_get_number (dialog, "latitude", &value) ? value : NAN;
  fields->longitude = mt_editor_dialog_get_number (dialog, "longitude", &value) ? value : NAN;
  fields->kind = kind < form->codes->len ? g_ptr_array_index (form->codes, kind) : NULL;
  fields->planned_closure = mt_editor_dialog_get_date (dialog, "planned_closure");
  fields->planned_handover = mt_editor_dialog_get_date (dialog, "planned_handover");
}

static gboolean
validate_camp (MtEditorDialog *dialog, char **out_field, GError **error, gpointer data)
{
  MtForm *form = data;
  MtCampFields fields = { 0 };
  g_autofree char *name = NULL, *name_fr = NULL, *region = NULL, *region_fr = NULL;
  g_autofree char *notes = NULL;

  read_camp (dialog, form, &fields, &name, &name_fr, &region, &region_fr, &notes);
  return mt_store_validate_camp (form->store, form->id, &fields, out_field, error);
}

static gboolean
save_camp (MtEditorDialog *dialog, GError **error, gpointer data)
{
  MtForm *form = data;
  MtCampFields fields = { 0 };
  g_autofree char *name = NULL, *name_fr = NULL, *region = NULL, *region_fr = NULL;
  g_autofree char *notes = NULL;
  gboolean ok;

  gint64 created_id = 0;

  read_camp (dialog, form, &fields, &name, &name_fr, &region, &region_fr, &notes);
  fields.version = form->version;
  if (form->id == 0)
    {
      g_autofree char *today = mt_date_today ();
      const char *date = mt_editor_dialog_get_date (dialog, "status_date");

      created_id = mt_store_create_camp (form->store, &fields,
                                         mt_editor_dialog_get_selected (dialog, "status"),
                                         date != NULL ? date : today, error);
      ok = created_id != 0;
    }
  else
    {
      ok = mt_store_update_camp (form->store, form->id, &fields, error);
    }
  if (ok)
    _mt_form_saved (form, created_id);
  else
    _mt_form_save_failed (form, dialog, *error);
  return ok;
}

static MtEditorDialog *
edit_camp (GtkWidget         *parent,
           MtStore           *store,
           MtCamp            *camp,
           MtEditCreatedFunc  created)
{
  MtEditorDialog *dialog;
  MtForm *form;
  AdwPreferencesGroup *group;
  g_autoptr(GStrvBuilder) kinds = g_strv_builder_new ();
  g_auto(GStrv) kind_labels = NULL;
  guint kind_pos = 0;
  gboolean has_position;

  g_assert (MT_IS_STORE (store));
  g_assert (camp == NULL || MT_IS_CAMP (camp));

  form = _mt_form_new (parent, store, camp != NULL ? mt_camp_get_id (camp) : 0, (GObject *) camp);
  form->saved_message = g_strdup (camp != NULL ? _("Camp details saved") : _("Camp added"));
  form->created = created;

  for (guint i = 0; mt_camp_kind_list ()[i] != NULL; i++)
    {
      const char *key = mt_camp_kind_list ()[i];

      if (camp != NULL && g_strcmp0 (mt_camp_get_kind (camp), key) == 0)
        kind_pos = i;
      g_strv_builder_add (kinds, mt_camp_kind_get_label (key));
      g_ptr_array_add (form->codes, g_strdup (key));
    }
  kind_labels = g_strv_builder_end (kinds);

  dialog = mt_editor_dialog_new (parent,
                                 camp != NULL ? _("Camp Details") : _("New Camp"),
                                 camp != NULL ? _("_Save") : _("_Add"));

  group = mt_editor_dialog_add_group (dialog, _("Camp"), NULL);
  mt_editor_dialog_add_entry (dialog, group, "name", _("Name"),
                              camp != NULL ? mt_camp_get_name (camp) : NULL, MT_FIELD_REQUIRED);
  /* Its own name in French ("Tombouctou"), shown in the French UI; empty when the same. */
  mt_editor_dialog_add_entry (dialog, group, "name_fr", _("French name"),
                              camp != NULL ? mt_camp_get_name_fr (camp) : NULL, MT_FIELD_OPTIONAL);
  mt_editor_dialog_add_entry (dialog, group, "region", _("Region"),
                              camp != NULL ? mt_camp_get_region (camp) : NULL, MT_FIELD_OPTIONAL);
  /* The region in French ("Tombouctou"), shown in the French UI; empty when the same. */
  mt_editor_dialog_add_entry (dialog, group, "region_fr", _("Region in French"),
                              camp != NULL ? mt_camp_get_region_fr (camp) : NULL,
                              MT_FIELD_OPTIONAL);
  mt_editor_dialog_add_choice (dialog, group, "kind", _("Kind"),
                               (const char * const *) kind_labels, kind_pos);
  if (camp == NULL)
    {
      /* A camp recorded late may already be drawing down or closed; a handover needs
       * its own checks, so it is a status change made afterwards. */
      const char *statuses[] = {
        mt_camp_status_get_label (MT_CAMP_STATUS_OPERATIONAL),
        mt_camp_status_get_label (MT_CAMP_STATUS_DRAWING_DOWN),
        mt_camp_status_get_label (MT_CAMP_STATUS_CLOSED),
        NULL
      };

      mt_editor_dialog_add_choice (dialog, group, "status", _("Status"), statuses, 0);
      mt_editor_dialog_add_date (dialog, group, "status_date", _("Status since"), NULL,
                                 MT_FIELD_REQUIRED);
    }

  has_position = camp != NULL && !isnan (mt_camp_get_latitude (camp));
  group = mt_editor_dialog_add_group (dialog, _("Position"),
                                      _("Decimal degrees, e.g. 16.27 and -0.04 for Gao"));
  mt_editor_dialog_add_number (dialog, group, "latitude", _("Latitude"),
                               camp != NULL ? mt_camp_get_latitude (camp) : 0, has_position,
                               MT_FIELD_DECIMAL);
  mt_editor_dialog_add_number (dialog, group, "longitude", _("Longitude"),
                               camp != NULL ? mt_camp_get_longitude (camp) : 0, has_position,
                               MT_FIELD_DECIMAL);

  group = mt_editor_dialog_add_group (dialog, _("Closure"), NULL);
  mt_editor_dialog_add_date (dialog, group, "planned_closure", _("Planned closure"),
                             camp != NULL ? mt_camp_get_planned_closure (camp) : NULL,
                             MT_FIELD_PLANNED);
  mt_editor_dialog_add_date (dialog, group, "planned_handover", _("Planned handover"),
                             camp != NULL ? mt_camp_get_planned_handover (camp) : NULL,
                             MT_FIELD_PLANNED);
  mt_editor_dialog_add_text_area (dialog, "notes", _("Notes"),
                                  camp != NULL ? mt_camp_get_notes (camp) : NULL);

  _mt_form_limit_dates (form, dialog);
  mt_editor_dialog_set_handlers (dialog, validate_camp, save_camp, form, _mt_form_free);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

MtEditorDialog *
mt_edit_camp (GtkWidget *parent,
              MtStore   *store,
              MtCamp    *camp)
{
  g_return_val_if_fail (MT_IS_STORE (store), NULL);
  g_return_val_if_fail (camp == NULL || MT_IS_CAMP (camp), NULL);

  return edit_camp (parent, store, camp, NULL);
}

MtEditorDialog *
mt_edit_new_camp (GtkWidget         *parent,
                  MtStore           *store,
                  MtEditCreatedFunc  created)
{
  g_return_val_if_fail (MT_IS_STORE (store), NULL);

  return edit_camp (parent, store, NULL, created);
}

/* Status changes */

typedef struct
{
  MtCampStatusChange change;
  char              *reason;
  char              *handed_over_to;
} StatusValues;

static void
read_status (MtEditorDialog *dialog,
             StatusValues   *values)
{
  values->reason = mt_editor_dialog_dup_text (dialog, "reason");
  values->handed_over_to = mt_editor_dialog_dup_text (dialog, "handed_over_to");
  values->change.status = mt_editor_dialog_get_selected (dialog, "status");
  values->change.date = mt_editor_dialog_get_date (dialog, "date");
  values->change.reason = values->reason;
  values->change.handed_over_to = values->handed_over_to;
  values->change.confirmed = mt_editor_dialog_get_active (dialog, "confirm");
}

static void
clear_status (StatusValues *values)
{
  g_free (values->reason);
  g_free (values->handed_over_to);
}

/* Says what still stands in the way of handover on the chosen date, before the user
 * tries; the group's rows are rebuilt on every change of date. */
static void
update_blockers (MtEditorDialog *dialog,
                 MtForm         *form,
                 const char     *date)
{
  AdwPreferencesGroup *group = g_object_get_data (G_OBJECT (dialog), "blockers-group");
  GPtrArray *rows = g_object_get_data (G_OBJECT (dialog), "blockers-rows");
  g_auto(GStrv) blockers = NULL;
  g_autoptr(GError) error = NULL;

  if (group == NULL)
    return;

  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);

  blockers = mt_store_dup_handover_blockers (form->store, form->id, date, &error);
  if (blockers == NULL)
    {
      mt_show_read_error (GTK_WIDGET (group), _("Could not tell what blocks the handover"), error);
      return;
    }

  for (guint i = 0; blockers[i] != NULL; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, "warning");
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), blockers[i]);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_preferences_group_add (group, row);
      g_ptr_array_add (rows, row);
    }

  if (blockers[0] == NULL)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("emblem-ok-symbolic");

      gtk_widget_add_css_class (icon, "success");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("Nothing stands in the way of handover"));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_preferences_group_add (group, row);
      g_ptr_array_add (rows, row);
    }
}

static gboolean
validate_status (MtEditorDialog *dialog, char **out_field, GError **error, gpointer data)
{
  MtForm *form = data;
  MtCamp *camp = MT_CAMP (form->record);
  StatusValues values = { { 0 } };
  gboolean ok;
  gboolean step_back;
  gboolean skip;
  GtkWidget *confirm;
  const char *date = mt_editor_dialog_get_date (dialog, "date");

  read_status (dialog, &values);

  /* Show only the fields this change needs. A step back and a skip forwards are both
   * out of the lifecycle's order: the same confirmation, worded for each. */
  step_back = values.change.status < mt_camp_get_status (camp);
  skip = values.change.status > mt_camp_get_status (camp) + 1;
  confirm = mt_editor_dialog_get_field (dialog, "confirm");
  gtk_widget_set_visible (confirm, step_back || skip);
  if (skip)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (confirm), _("Skip steps of the lifecycle"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (confirm),
                                   _("The camp passes over drawing down or closed; give the reason"));
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (confirm), _("Go back in the lifecycle"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (confirm),
                                   _("The camp returns to an earlier status; give the reason"));
    }
  gtk_widget_set_visible (mt_editor_dialog_get_field (dialog, "handed_over_to"),
                          values.change.status == MT_CAMP_STATUS_HANDED_OVER);

  /* Asking the store is not free: only when the date changes. */
  if (g_strcmp0 (g_object_get_data (G_OBJECT (dialog), "blockers-date"),
                 date != NULL ? date : "") != 0)
    {
      g_object_set_data_full (G_OBJECT (dialog), "blockers-date",
                              g_strdup (date != NULL ? date : ""), g_free);
      update_blockers (dialog, form, date);
    }

  ok = mt_store_validate_camp_status (form->store, form->id, &values.change, out_field, error);
  clear_status (&values);
  return ok;
}

static gboolean
save_status (MtEditorDialog *dialog, GError **error, gpointer data)
{
  MtForm *form = data;
  StatusValues values = { { 0 } };
  gboolean ok;

  read_status (dialog, &values);
  ok = mt_store_change_camp_status (form->store, form->id, &values.change, error);
  clear_status (&values);
  if (ok)
    _mt_form_saved (form, 0);
  return ok;
}

MtEditorDialog *
mt_edit_camp_status (GtkWidget  *parent,
                     MtStore    *store,
                     MtCamp     *camp,
                     const char *date)
{
  MtEditorDialog *dialog;
  MtForm *form;
  AdwPreferencesGroup *group;
  const char *statuses[MT_CAMP_N_STATUSES + 1] = { NULL };
  guint next;
  g_autofree char *title = NULL;

  g_return_val_if_fail (MT_IS_STORE (store), NULL);
  g_return_val_if_fail (MT_IS_CAMP (camp), NULL);

  form = _mt_form_new (parent, store, mt_camp_get_id (camp), G_OBJECT (camp));
  /* Translators: %s is a camp name */
  form->saved_message = g_strdup_printf (_("Status of %s changed"), mt_camp_get_display_name (camp));

  for (guint i = 0; i < MT_CAMP_N_STATUSES; i++)
    statuses[i] = mt_camp_status_get_label (i);
  /* Most changes are the next step of the lifecycle. */
  next = MIN (mt_camp_get_status (camp) + 1, MT_CAMP_STATUS_HANDED_OVER);

  /* Translators: dialog title, %s is a camp name */
  title = g_strdup_printf (_("Change Status of %s"), mt_camp_get_display_name (camp));
  dialog = mt_editor_dialog_new (parent, title, _("C_hange"));

  group = mt_editor_dialog_add_group (dialog, _("New Status"),
                                      _("Operational → drawing down → closed → handed over"));
  mt_editor_dialog_add_choice (dialog, group, "status", _("Status"), statuses, next);
  mt_editor_dialog_add_date (dialog, group, "date", _("Date"), date, MT_FIELD_REQUIRED);
  mt_editor_dialog_add_entry (dialog, group, "handed_over_to", _("Handed over to"),
                              mt_camp_get_handed_over_to (camp), MT_FIELD_OPTIONAL);
  /* Worded for a step back or a skip by validate_status(). */
  mt_editor_dialog_add_switch (dialog, group, "confirm", _("Go back in the lifecycle"),
                               _("The camp returns to an earlier status; give the reason"),
                               FALSE);
  mt_editor_dialog_add_entry (dialog, group, "reason", _("Reason"), NULL, MT_FIELD_OPTIONAL);

  if (mt_camp_get_status (camp) != MT_CAMP_STATUS_HANDED_OVER)
    {
      group = mt_editor_dialog_add_group (dialog, _("Before Handover"),
                                          _("A camp is handed over only when no one is left there, on its roster or by the estimate less the departures recorded, and its environmental assessment is done"));
      g_object_set_data (G_OBJECT (dialog), "blockers-group", group);
      g_object_set_data_full (G_OBJECT (dialog), "blockers-rows", g_ptr_array_new (),
                              (GDestroyNotify) g_ptr_array_unref);
    }

  _mt_form_limit_dates (form, dialog);
  mt_editor_dialog_set_handlers (dialog, validate_status, save_status, form, _mt_form_free);
  /* The proposed step may already be refused (a handover with people left): say so. */
  mt_editor_dialog_show_all_errors (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/* Environmental assessment */

static void
read_env (MtEditorDialog        *dialog,
          MtEnvAssessmentFields *fields,
          char                 **findings,
          char                 **remediation)
{
  *findings = mt_editor_dialog_dup_text (dialog, "findings");
  *remediation = mt_editor_dialog_dup_text (dialog, "remediation");
  fields->status = mt_editor_dialog_get_selected (dialog, "status");
  fields->date = mt_editor_dialog_get_date (dialog, "date");
  fields->findings = *findings;
  fields->remediation = *remediation;
}

static gboolean
validate_env (MtEditorDialog *dialog, char **out_field, GError **error, gpointer data)
{
  MtForm *form = data;
  MtEnvAssessmentFields fields = { 0 };
  g_autofree char *findings = NULL, *remediation = NULL;

  read_env (dialog, &fields, &findings, &remediation);
  return mt_store_validate_env_assessment (form->store, form->id, &fields, out_field, error);
}

static gboolean
save_env (MtEditorDialog *dialog, GError **error, gpointer data)
{
  MtForm *form = data;
  MtEnvAssessmentFields fields = { 0 };
  g_autofree char *findings = NULL, *remediation = NULL;
  gboolean ok;

  read_env (dialog, &fields, &findings, &remediation);
  fields.version = form->version;
  ok = mt_store_set_env_assessment (form->store, form->id, &fields, error);
  if (ok)
    _mt_form_saved (form, 0);
  return ok;
}

MtEditorDialog *
mt_edit_env_assessment (GtkWidget *parent,
                        MtStore   *store,
                        MtCamp    *camp)
{
  MtEditorDialog *dialog;
  MtForm *form;
  AdwPreferencesGroup *group;
  const char *statuses[] = {
    mt_env_status_get_label (MT_ENV_STATUS_NOT_STARTED),
    mt_env_status_get_label (MT_ENV_STATUS_IN_PROGRESS),
    mt_env_status_get_label (MT_ENV_STATUS_DONE),
    NULL
  };
  g_autofree char *title = NULL;

  g_return_val_if_fail (MT_IS_STORE (store), NULL);
  g_return_val_if_fail (MT_IS_CAMP (camp), NULL);

  form = _mt_form_new (parent, store, mt_camp_get_id (camp), G_OBJECT (camp));
  form->saved_message = g_strdup (_("Environmental assessment saved"));

  /* Translators: dialog title, %s is a camp name */
  title = g_strdup_printf (_("Environmental Assessment of %s"), mt_camp_get_display_name (camp));
  dialog = mt_editor_dialog_new (parent, title, NULL);

  group = mt_editor_dialog_add_group (dialog, _("Assessment"),
                                      _("Required before the camp is handed over"));
  mt_editor_dialog_add_choice (dialog, group, "status", _("Status"), statuses,
                               mt_camp_get_env_status (camp));
  mt_editor_dialog_add_date (dialog, group, "date", _("Date"), mt_camp_get_env_date (camp),
                             MT_FIELD_OPTIONAL);
  mt_editor_dialog_add_text_area (dialog, "findings", _("Findings"),
                                  mt_camp_get_env_findings (camp));
  mt_editor_dialog_add_text_area (dialog, "remediation", _("Remediation"),
                                  mt_camp_get_env_remediation (camp));

  _mt_form_limit_dates (form, dialog);
  mt_editor_dialog_set_handlers (dialog, validate_env, save_env, form, _mt_form_free);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/* Roster departures */

static gboolean
validate_departures (MtEditorDialog *dialog, char **out_field, GError **error, gpointer data)
{
  MtForm *form = data;
  const char *date = mt_editor_dialog_get_date (dialog, "date");
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  /* No store check without writing for this one: the date window is the rule. */
  if (date != NULL && mt_store_get_date_window (form->store, &first, &last) &&
      (g_strcmp0 (date, first) < 0 || g_strcmp0 (date, last) > 0))
    {
      g_autofree char *a = mt_date_format_long (first);
      g_autofree char *b = mt_date_format_long (last);

      *out_field = g_strdup ("date");
      g_set_error (error, MT_STORE_ERROR, MT_STORE_ERROR_INVALID,
                   /* Translators: the dates a record may carry, e.g. "1 January 2013" */
                   _("The date must fall between %s and %s"), a, b);
      return FALSE;
    }
  return TRUE;
}

static gboolean
save_departures (MtEditorDialog *dialog, GError **error, gpointer data)
{
  MtForm *form = data;
  const char *date = mt_editor_dialog_get_date (dialog, "date");

  if (!mt_store_mark_departed (form->store, (const gint64 *) form->person_ids->data,
                               form->person_ids->len, date, error))
    return FALSE;
  _mt_form_saved (form, 0);
  return TRUE;
}

MtEditorDialog *
mt_edit_departures (GtkWidget  *parent,
                    MtStore    *store,
                    GArray     *ids,
                    const char *date)
{
  MtEditorDialog *dialog;
  MtForm *form;
  AdwPreferencesGroup *group;
  g_autofree char *count = NULL;
  g_autofree char *description = NULL;

  g_return_val_if_fail (MT_IS_STORE (store), NULL);
  g_return_val_if_fail (ids != NULL && ids->len > 0, NULL);

  form = _mt_form_new (parent, store, 0, NULL);
  form->person_ids = g_array_ref (ids);
  count = mt_format_count (ids->len);
  /* Translators: toast after marking people as departed, %s is a number */
  form->saved_message = g_strdup_printf (ngettext ("%s person marked as departed",
                                                   "%s people marked as departed", ids->len),
                                         count);

  /* One date to choose: the button says the verb, the title the rest, and the window stays
   * as small as what it holds. */
  dialog = mt_editor_dialog_new (parent, _("Mark as Departed"), C_("mark as departed", "_Mark"));
  /* Translators: %s is a number of selected people */
  description = g_strdup_printf (ngettext ("%s selected person leaves the mission area on this date",
                                           "%s selected people leave the mission area on this date",
                                           ids->len),
                                 count);
  group = mt_editor_dialog_add_group (dialog, NULL, description);
  mt_editor_dialog_add_date (dialog, group, "date", _("Departure date"), date, MT_FIELD_REQUIRED);

  _mt_form_limit_dates (form, dialog);
  mt_editor_dialog_set_handlers (dialog, validate_departures, save_departures, form, _mt_form_free);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
