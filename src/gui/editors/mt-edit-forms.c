/* mt-edit-forms.c: what the editors share, and deleting a record with its Undo toast.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-edit-forms"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-asset.h"
#include "mt-camp.h"
#include "mt-camp-choice.h"
#include "mt-convoy.h"
#include "mt-edit-forms-private.h"
#include "mt-record.h"
#include "mt-event.h"
#include "mt-mission.h"
#include "mt-movement.h"
#include "mt-store-edit.h"
#include "mt-toast.h"

/* Form helpers */

MtForm *
_mt_form_new (GtkWidget *parent,
              MtStore   *store,
              gint64     id,
              GObject   *record)
{
  MtForm *form = g_new0 (MtForm, 1);

  form->store = g_object_ref (store);
  form->parent = parent;
  if (parent != NULL)
    g_object_add_weak_pointer (G_OBJECT (parent), (gpointer *) &form->parent);
  form->id = id;
  form->record = record != NULL ? g_object_ref (record) : NULL;
  /* Now, not at saving: a list kept live may refresh the record meanwhile. */
  form->version = record != NULL ? mt_record_get_version (record) : 0;
  form->codes = g_ptr_array_new_with_free_func (g_free);

  return form;
}

void
_mt_form_free (gpointer data)
{
  MtForm *form = data;

  if (form->parent != NULL)
    g_object_remove_weak_pointer (G_OBJECT (form->parent), (gpointer *) &form->parent);
  g_clear_object (&form->store);
  g_clear_object (&form->record);
  g_clear_object (&form->camps);
  g_ptr_array_unref (form->codes);
  g_clear_pointer (&form->person_ids, g_array_unref);
  g_free (form->saved_message);
  g_free (form);
}

GListModel *
_mt_form_camp_model (MtForm     *form,
                     const char *none_label)
{
  /* The editor's own list of every camp, not a view's filtered one; it follows the store
   * while the editor is open. */
  if (form->camps == NULL)
    form->camps = mt_camp_list_new (form->store);

  return mt_camp_choice_model_new (form->camps, none_label);
}

GtkWidget *
_mt_form_add_camp_choice (MtForm              *form,
                          MtEditorDialog      *dialog,
                          AdwPreferencesGroup *group,
                          const char          *key,
                          const char          *title,
                          GListModel          *camps,
                          gint64               camp_id)
{
  g_autoptr(GtkExpression) expression = mt_camp_choice_expression_new ();

  return mt_editor_dialog_add_item_choice (dialog, group, key, title, camps, expression,
                                           mt_camp_choice_find (camps, camp_id));
}

gint64
_mt_form_get_camp_id (MtEditorDialog *dialog,
                      const char     *key)
{
  return mt_camp_choice_get_id (mt_editor_dialog_get_selected_item (dialog, key));
}

gint64
_mt_form_get_int (MtEditorDialog *dialog,
                  const char     *key,
                  gint64          unknown)
{
  double value;

  if (!mt_editor_dialog_get_number (dialog, key, &value))
    return unknown;
  return (gint64) value;
}

void
_mt_form_limit_dates (MtForm         *form,
                      MtEditorDialog *dialog)
{
  g_autoptr(MtMission) mission = mt_store_get_mission (form->store, NULL);
  g_autofree char *latest = mt_store_dup_latest_date (form->store);

  mt_editor_dialog_set_date_limits (dialog,
                                    mission != NULL ? mt_mission_get_withdrawal_start (mission) : NULL,
                                    mission != NULL ? mt_mission_get_deadline (mission) : NULL,
                                    latest);
}

void
_mt_form_saved (MtForm *form,
                gint64  created_id)
{
  if (form->parent == NULL)
    return;
  if (form->saved_message != NULL)
    mt_show_undo_toast (form->parent, form->saved_message);
  if (created_id != 0 && form->created != NULL)
    form->created (form->parent, created_id);
}

/* Reloading after a conflict */

/* The editor of @record's kind, on @record. */
static MtEditorDialog *
edit_again (GtkWidget *parent,
            MtStore   *store,
            GObject   *record)
{
  if (MT_IS_MOVEMENT (record))
    return mt_edit_movement (parent, store, MT_MOVEMENT (record), 0);
  if (MT_IS_CONVOY (record))
    return mt_edit_convoy (parent, store, MT_CONVOY (record), 0);
  if (MT_IS_ASSET (record))
    return mt_edit_asset (parent, store, record, 0);
  if (MT_IS_EVENT (record))
    return mt_edit_event (parent, store, MT_EVENT (record), 0);
  if (MT_IS_CAMP (record))
    return mt_edit_camp (parent, store, MT_CAMP (record));
  g_return_val_if_reached (NULL);
}

static void
on_reload_cb (MtEditorDialog *dialog,
              MtForm         *form)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) fresh = mt_store_reread_record (form->store, form->record, &error);
  GtkWidget *parent = form->parent;

  if (fresh == NULL)
    {
      mt_editor_dialog_show_error (dialog, error->message);
      return;
    }

  if (parent == NULL)
    parent = GTK_WIDGET (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  edit_again (parent, form->store, fresh);
  /* Frees @form with the dialog. */
  gtk_window_destroy (GTK_WINDOW (dialog));
}

void
_mt_form_save_failed (MtForm         *form,
                      MtEditorDialog *dialog,
                      const GError   *error)
{
  g_return_if_fail (form != NULL);

  if (form->record == NULL ||
      !g_error_matches (error, MT_STORE_ERROR, MT_STORE_ERROR_CONFLICT))
    return;

  if (!form->reload_watched)
    g_signal_connect (dialog, "reload", G_CALLBACK (on_reload_cb), form);
  form->reload_watched = TRUE;
  mt_editor_dialog_offer_reload (dialog);
}

/* Deleting */

gboolean
mt_delete_record (GtkWidget *parent,
                  MtStore   *store,
                  GObject   *record)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean ok;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), FALSE);
  g_return_val_if_fail (MT_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (record), FALSE);

  if (MT_IS_MOVEMENT (record))
    {
      ok = mt_store_delete_movement (store, mt_movement_get_id (MT_MOVEMENT (record)), &error);
      message = g_strdup (_("Movement deleted"));
    }
  else if (MT_IS_CONVOY (record))
    {
      MtConvoy *convoy = MT_CONVOY (record);

      ok = mt_store_delete_convoy (store, mt_convoy_get_id (convoy), &error);
      /* Translators: a deleted convoy, e.g. "Convoy Ménaka → Gao deleted" */
      message = g_strdup_printf (_("Convoy %s → %s deleted"),
                                 mt_convoy_get_from_name (convoy), mt_convoy_get_to_name (convoy));
    }
  else if (MT_IS_ASSET (record))
    {
      MtAsset *asset = MT_ASSET (record);

      ok = mt_store_delete_asset (store, mt_asset_get_id (asset), &error);
      /* Translators: %s is the asset's description */
      message = g_strdup_printf (_("“%s” deleted"), mt_asset_get_description (asset));
    }
  else if (MT_IS_CAMP (record))
    {
      MtCamp *camp = MT_CAMP (record);

      ok = mt_store_delete_camp (store, mt_camp_get_id (camp), &error);
      /* Translators: %s is the camp's name */
      message = g_strdup_printf (_("Camp %s deleted"), mt_camp_get_display_name (camp));
    }
  else if (MT_IS_EVENT (record))
    {
      MtEvent *event = MT_EVENT (record);

      ok = mt_store_delete_event (store, mt_event_get_id (event), &error);
      /* Translators: %s is the event's title */
      message = g_strdup_printf (_("“%s” deleted"), mt_event_get_title (event));
    }
  else
    {
      g_return_val_if_reached (FALSE);
    }

  if (!ok)
    {
      mt_show_message (parent, _("Cannot Delete"), error->message);
      return FALSE;
    }

  mt_show_undo_toast (parent, message);
  return TRUE;
}
