/* mt-edit-records.c: the editors of movements, convoys, assets and events.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-edit-records"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "mt-asset.h"
#include "mt-camp.h"
#include "mt-camp-choice.h"
#include "mt-category.h"
#include "mt-convoy.h"
#include "mt-edit-forms-private.h"
#include "mt-event.h"
#include "mt-date.h"
#include "mt-movement.h"
#include "mt-person-picker.h"
#include "mt-store-edit.h"
#include "mt-store-history.h"
#include "mt-toast.h"

static const char *
code_at (MtForm *form,
         guint   position)
{
  if (position >= form->codes->len)
    return NULL;
  return g_ptr_array_index (form->codes, position);
}

/* What differs between the kinds of record: how the form is read and what the store is
 * asked. The store's functions take their own *Fields struct; they are called through
 * these generic pointers as GLib calls callbacks. */
typedef struct
{
  void     (*read)     (MtEditorDialog  *dialog,
                        MtForm          *form,
                        gpointer         fields,
                        GPtrArray       *texts);
  gboolean (*validate) (MtStore         *store,
                        gint64           id,
                        gconstpointer    fields,
                        char           **out_field,
                        GError         **error);
  gint64   (*create)   (MtStore         *store,
                        gconstpointer    fields,
                        GError         **error);
  gboolean (*update)   (MtStore         *store,
                        gint64           id,
                        gconstpointer    fields,
                        GError         **error);
  /* where the fields struct keeps the version the planner read */
  gsize       version_offset;
  /* (not translated here: N_) the dialog's title and the toast after saving */
  const char *edit_title;
  const char *new_title;
  const char *saved;
  const char *added;
} RecordKind;

typedef union
{
  MtMovementFields movement;
  MtConvoyFields   convoy;
  MtAssetFields    asset;
  MtEventFields    event;
} AnyFields;

/* The text of a field, kept in @texts until the fields are no longer needed. */
static const char *
keep_text (MtEditorDialog *dialog,
           const char     *key,
           GPtrArray      *texts)
{
  char *text = mt_editor_dialog_dup_text (dialog, key);

  if (text != NULL)
    g_ptr_array_add (texts, text);
  return text;
}

static gboolean
validate_record (MtEditorDialog *dialog, char **out_field, GError **error, gpointer data)
{
  MtForm *form = data;
  const RecordKind *kind = form->kind;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  AnyFields fields = { { 0 } };

  kind->read (dialog, form, &fields, texts);
  return kind->validate (form->store, form->id, &fields, out_field, error);
}

static gboolean
save_record (MtEditorDialog *dialog, GError **error, gpointer data)
{
  MtForm *form = data;
  const RecordKind *kind = form->kind;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  AnyFields fields = { { 0 } };
  gboolean ok;

  kind->read (dialog, form, &fields, texts);
  G_STRUCT_MEMBER (gint64, &fields, kind->version_offset) = form->version;
  if (form->id == 0)
    ok = kind->create (form->store, &fields, error) != 0;
  else
    ok = kind->update (form->store, form->id, &fields, error);
  if (ok)
    _mt_form_saved (form, 0);
  else
    _mt_form_save_failed (form, dialog, *error);
  return ok;
}

/* The form and the dialog every editor starts with; @record is NULL for a new one. */
static MtEditorDialog *
record_dialog_new (GtkWidget         *parent,
                   MtStore           *store,
                   const RecordKind  *kind,
                   GObject           *record,
                   gint64             id,
                   MtForm           **out_form)
{
  MtForm *form = _mt_form_new (parent, store, id, record);

  form->kind = kind;
  form->saved_message = g_strdup (record != NULL ? _(kind->saved) : _(kind->added));
  *out_form = form;
  return mt_editor_dialog_new (parent,
                               record != NULL ? _(kind->edit_title) : _(kind->new_title),
                               record != NULL ? _("_Save") : _("_Add"));
}

/* Hands @form to @dialog, which frees it, and shows the dialog. */
static MtEditorDialog *
record_dialog_present (MtEditorDialog *dialog,
                       MtForm         *form)
{
  _mt_form_limit_dates (form, dialog);
  mt_editor_dialog_set_handlers (dialog, validate_record, save_record, form, _mt_form_free);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/* Movements and events are checked without their id: nothing about them is unique. */
static gboolean
validate_movement (MtStore *store, gint64 id, gconstpointer fields, char **out_field, GError **error)
{
  return mt_store_validate_movement (store, fields, out_field, error);
}

static gboolean
validate_event (MtStore *store, gint64 id, gconstpointer fields, char **out_field, GError **error)
{
  return mt_store_validate_event (store, fields, out_field, error);
}

/* Movements */

static void
read_movement (MtEditorDialog *dialog,
               MtForm         *form,
               gpointer        data,
               GPtrArray      *texts)
{
  MtMovementFields *fields = data;

  fields->date = mt_editor_dialog_get_date (dialog, "date");
  fields->camp_id = _mt_form_get_camp_id (dialog, "camp_id");
  fields->category = code_at (form, mt_editor_dialog_get_selected (dialog, "category"));
  fields->contingent = keep_text (dialog, "contingent", texts);
  fields->count = _mt_form_get_int (dialog, "count", 0);
  fields->note = keep_text (dialog, "note", texts);
  fields->planned = mt_editor_dialog_get_active (dialog, "planned");
}

static const RecordKind movement_kind = {
  read_movement,
  validate_movement,
  (gint64 (*) (MtStore *, gconstpointer, GError **)) mt_store_create_movement,
  (gboolean (*) (MtStore *, gint64, gconstpointer, GError **)) mt_store_update_movement,
  G_STRUCT_OFFSET (MtMovementFields, version),
  N_("Edit Movement"), N_("New Movement"), N_("Movement saved"), N_("Movement added"),
};

MtEditorDialog *
mt_edit_movement (GtkWidget  *parent,
                  MtStore    *store,
                  MtMovement *movement,
                  gint64      camp_id)
{
  MtEditorDialog *dialog;
  MtForm *form;
  AdwPreferencesGroup *group;
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(GListModel) camps = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) category_labels = NULL;
  guint category_pos = 0;

  g_return_val_if_fail (MT_IS_STORE (store), NULL);
  g_return_val_if_fail (movement == NULL || MT_IS_MOVEMENT (movement), NULL);

  dialog = record_dialog_new (parent, store, &movement_kind, (GObject *) movement,
                              movement != NULL ? mt_movement_get_id (movement) : 0, &form);
  if (movement != NULL)
    camp_id = mt_movement_get_camp_id (movement);

  camps = _mt_form_camp_model (form, _("Mission-wide"));
  categories = mt_store_list_categories (store, &error);
  if (categories == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not read the categories: %s"),
                                                  error->message);

      mt_show_toast (parent, message);
    }
  for (guint i = 0; categories != NULL && i < categories->len; i++)
    {
      MtCategory *category = g_ptr_array_index (categories, i);

      if (movement != NULL &&
          g_strcmp0 (mt_category_get_code (category), mt_movement_get_category (movement)) == 0)
        category_pos = i;
      g_strv_builder_add (names, mt_category_get_name (category));
      g_ptr_array_add (form->codes, g_strdup (mt_category_get_code (category)));
    }
  category_labels = g_strv_builder_end (names);

  group = mt_editor_dialog_add_group (dialog, _("Repatriation"),
                                      _("People of one category who left the mission area"));
  mt_editor_dialog_add_date (dialog, group, "date", _("Date"),
                             movement != NULL ? mt_movement_get_date (movement) : NULL,
                             MT_FIELD_REQUIRED);
  _mt_form_add_camp_choice (form, dialog, group, "camp_id", _("Camp"), camps, camp_id);
  mt_editor_dialog_add_choice (dialog, group, "category", _("Category"),
                               (const char * const *) category_labels, category_pos);
  mt_editor_dialog_add_entry (dialog, group, "contingent", _("Contributing country"),
                              movement != NULL ? mt_movement_get_contingent (movement) : NULL,
                              MT_FIELD_OPTIONAL);
  mt_editor_dialog_add_number (dialog, group, "count", _("Number of people"),
                               movement != NULL ? mt_movement_get_count (movement) : 0,
                               movement != NULL, MT_FIELD_REQUIRED);
  mt_editor_dialog_add_entry (dialog, group, "note", _("Note"),
                              movement != NULL ? mt_movement_get_note (movement) : NULL,
                              MT_FIELD_OPTIONAL);
  mt_editor_dialog_add_switch (dialog, group, "planned", _("Planned"),
                               _("Not made yet: counted in the plan, not in the departures"),
                               movement != NULL && mt_movement_get_planned (movement));

  return record_dialog_present (dialog, form);
}

/* Convoys */

static void
read_convoy (MtEditorDialog *dialog,
             MtForm         *form,
             gpointer        data,
             GPtrArray      *texts)
{
  MtConvoyFields *fields = data;

  fields->from_camp_id = _mt_form_get_camp_id (dialog, "from_camp_id");
  fields->to_camp_id = _mt_form_get_camp_id (dialog, "to_camp_id");
  fields->status = mt_editor_dialog_get_selected (dialog, "status");
  fields->planned_departure = mt_editor_dialog_get_date (dialog, "planned_departure");
  fields->planned_arrival = mt_editor_dialog_get_date (dialog, "planned_arrival");
  fields->departed = mt_editor_dialog_get_date (dialog, "departed");
  fields->arrived = mt_editor_dialog_get_date (dialog, "arrived");
  fields->personnel = _mt_form_get_int (dialog, "personnel", -1);
  fields->vehicles = _mt_form_get_int (dialog, "vehicles", -1);
  fields->note = keep_text (dialog, "note", texts);
  /* Who it carries is kept as it is unless chosen again; a non-NULL array (even empty)
   * tells the store to replace the list. */
  if (form->people_changed)
    {
      static const gint64 nobody[1] = { 0 };

      fields->person_ids = form->person_ids->len > 0 ? (const gint64 *) form->person_ids->data
                                                     : nobody;
      fields->n_person_ids = form->person_ids->len;
    }
  else
    {
      fields->person_ids = NULL;
      fields->n_person_ids = 0;
    }
}

static const RecordKind convoy_kind = {
  read_convoy,
  (gboolean (*) (MtStore *, gint64, gconstpointer, char **, GError **)) mt_store_validate_convoy,
  (gint64 (*) (MtStore *, gconstpointer, GError **)) mt_store_create_convoy,
  (gboolean (*) (MtStore *, gint64, gconstpointer, GError **)) mt_store_update_convoy,
  G_STRUCT_OFFSET (MtConvoyFields, version),
  N_("Edit Convoy"), N_("New Convoy"), N_("Convoy saved"), N_("Convoy added"),
};

static void
update_people_row (AdwActionRow *row,
                   GArray       *ids)
{
  g_autofree char *count = mt_format_count (ids->len);
  g_autofree char *text = NULL;

  if (ids->len == 0)
    text = g_strdup (_("No one chosen from the roster"));
  else
    /* Translators: people chosen to travel with a convoy, %s is a number */
    text = g_strdup_printf (ngettext ("%s person", "%s people", ids->len), count);
  adw_action_row_set_subtitle (row, text);
}

static void
on_people_chosen_cb (MtPersonPicker *picker,
                     MtEditorDialog *dialog)
{
  MtForm *form = g_object_get_data (G_OBJECT (dialog), "mt-form");
  GtkWidget *row = mt_editor_dialog_get_field (dialog, "person_ids");
  double personnel;

  g_clear_pointer (&form->person_ids, g_array_unref);
  form->person_ids = mt_person_picker_dup_chosen (picker);
  form->people_changed = TRUE;
  update_people_row (ADW_ACTION_ROW (row), form->person_ids);

  /* The headcount may include people not on the roster: only fill it when unknown. */
  if (!mt_editor_dialog_get_number (dialog, "personnel", &personnel) && form->person_ids->len > 0)
    {
      g_autofree char *text = g_strdup_printf ("%u", form->person_ids->len);

      mt_editor_dialog_set_text (dialog, "personnel", text);
    }
  mt_editor_dialog_field_changed (dialog, "person_ids");
}

static void
on_people_row_activated_cb (AdwActionRow   *row,
                            MtEditorDialog *dialog)
{
  MtForm *form = g_object_get_data (G_OBJECT (dialog), "mt-form");
  gint64 from_id = _mt_form_get_camp_id (dialog, "from_camp_id");
  MtPersonPicker *picker;

  /* People travel from the roster of the convoy's origin. */
  picker = mt_person_picker_new (GTK_WINDOW (dialog), form->store, from_id, form->person_ids);
  g_signal_connect_object (picker, "done", G_CALLBACK (on_people_chosen_cb), dialog, 0);
  gtk_window_present (GTK_WINDOW (picker));
}

MtEditorDialog *
mt_edit_convoy (GtkWidget *parent,
                MtStore   *store,
                MtConvoy  *convoy,
                gint64     camp_id)
{
  MtEditorDialog *dialog;
  MtForm *form;
  AdwPreferencesGroup *group;
  g_autoptr(GListModel) camps = NULL;
  g_autoptr(GtkExpression) camp_name = mt_camp_choice_expression_new ();
  const char *statuses[MT_CONVOY_N_STATUSES + 1] = { NULL };
  guint from_pos, to_pos;
  gint64 to_id = 0;
  GtkWidget *people_row;

  g_return_val_if_fail (MT_IS_STORE (store), NULL);
  g_return_val_if_fail (convoy == NULL || MT_IS_CONVOY (convoy), NULL);

  dialog = record_dialog_new (parent, store, &convoy_kind, (GObject *) convoy,
                              convoy != NULL ? mt_convoy_get_id (convoy) : 0, &form);
  if (convoy != NULL)
    {
      camp_id = mt_convoy_get_from_camp_id (convoy);
      to_id = mt_convoy_get_to_camp_id (convoy);
      g_autoptr(GError) error = NULL;

      form->person_ids = mt_store_list_convoy_personnel (store, form->id, &error);
      if (form->person_ids == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("Could not read who the convoy carries: %s"),
                                                      error->message);

          mt_show_toast (parent, message);
        }
    }
  if (form->person_ids == NULL)
    form->person_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  /* Both lists hold the same camps: one model serves both. */
  camps = _mt_form_camp_model (form, NULL);
  to_pos = mt_camp_choice_find (camps, to_id);
  from_pos = mt_camp_choice_find (camps, camp_id);
  if (convoy == NULL && to_pos == from_pos && g_list_model_get_n_items (camps) > 1)
    to_pos = from_pos == 0 ? 1 : 0;
  for (guint i = 0; i < MT_CONVOY_N_STATUSES; i++)
    statuses[i] = mt_convoy_status_get_label (i);

  group = mt_editor_dialog_add_group (dialog, _("Route"), NULL);
  mt_editor_dialog_add_item_choice (dialog, group, "from_camp_id", _("From"), camps,
                                    camp_name, from_pos);
  mt_editor_dialog_add_item_choice (dialog, group, "to_camp_id", _("To"), camps,
                                    camp_name, to_pos);
  mt_editor_dialog_add_choice (dialog, group, "status", _("Status"), statuses,
                               convoy != NULL ? mt_convoy_get_status (convoy)
                                              : MT_CONVOY_STATUS_PLANNED);

  group = mt_editor_dialog_add_group (dialog, _("Dates"),
                                      _("Arrival is refused before departure"));
  mt_editor_dialog_add_date (dialog, group, "planned_departure", _("Planned departure"),
                             convoy != NULL ? mt_convoy_get_planned_departure (convoy) : NULL,
                             MT_FIELD_PLANNED);
  mt_editor_dialog_add_date (dialog, group, "planned_arrival", _("Planned arrival"),
                             convoy != NULL ? mt_convoy_get_planned_arrival (convoy) : NULL,
                             MT_FIELD_PLANNED);
  mt_editor_dialog_add_date (dialog, group, "departed", _("Departed"),
                             convoy != NULL ? mt_convoy_get_departed (convoy) : NULL,
                             MT_FIELD_OPTIONAL);
  mt_editor_dialog_add_date (dialog, group, "arrived", _("Arrived"),
                             convoy != NULL ? mt_convoy_get_arrived (convoy) : NULL,
                             MT_FIELD_OPTIONAL);

  group = mt_editor_dialog_add_group (dialog, _("Load"), _("Leave empty when not known"));
  mt_editor_dialog_add_number (dialog, group, "personnel", _("Personnel"),
                               convoy != NULL ? mt_convoy_get_personnel (convoy) : 0,
                               convoy != NULL && mt_convoy_get_personnel (convoy) >= 0,
                               MT_FIELD_OPTIONAL);
  mt_editor_dialog_add_number (dialog, group, "vehicles", _("Vehicles"),
                               convoy != NULL ? mt_convoy_get_vehicles (convoy) : 0,
                               convoy != NULL && mt_convoy_get_vehicles (convoy) >= 0,
                               MT_FIELD_OPTIONAL);
  people_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (people_row), _("Personnel _carried…"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (people_row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (people_row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (people_row), TRUE);
  update_people_row (ADW_ACTION_ROW (people_row), form->person_ids);
  g_signal_connect_object (people_row, "activated", G_CALLBACK (on_people_row_activated_cb),
                           dialog, 0);
  mt_editor_dialog_add_row (dialog, group, "person_ids", people_row);
  mt_editor_dialog_add_entry (dialog, group, "note", _("Note"),
                              convoy != NULL ? mt_convoy_get_note (convoy) : NULL,
                              MT_FIELD_OPTIONAL);

  g_object_set_data (G_OBJECT (dialog), "mt-form", form);
  return record_dialog_present (dialog, form);
}

/* Assets */

static void
read_asset (MtEditorDialog *dialog,
            MtForm         *form,
            gpointer        data,
            GPtrArray      *texts)
{
  MtAssetFields *fields = data;
  double value;

  fields->tag = keep_text (dialog, "tag", texts);
  fields->description = keep_text (dialog, "description", texts);
  fields->owner = mt_editor_dialog_get_selected (dialog, "owner");
  fields->quantity = _mt_form_get_int (dialog, "quantity", 0);
  fields->value = mt_editor_dialog_get_number (dialog, "value", &value) ? value : NAN;
  fields->camp_id = _mt_form_get_camp_id (dialog, "camp_id");
  fields->decision = mt_editor_dialog_get_selected (dialog, "decision");
  fields->decision_date = mt_editor_dialog_get_date (dialog, "decision_date");
}

static const RecordKind asset_kind = {
  read_asset,
  (gboolean (*) (MtStore *, gint64, gconstpointer, char **, GError **)) mt_store_validate_asset,
  (gint64 (*) (MtStore *, gconstpointer, GError **)) mt_store_create_asset,
  (gboolean (*) (MtStore *, gint64, gconstpointer, GError **)) mt_store_update_asset,
  G_STRUCT_OFFSET (MtAssetFields, version),
  N_("Edit Asset"), N_("New Asset"), N_("Asset saved"), N_("Asset added"),
};

MtEditorDialog *
mt_edit_asset (GtkWidget *parent,
               MtStore   *store,
               GObject   *record,
               gint64     camp_id)
{
  MtAsset *asset = (MtAsset *) record;
  MtEditorDialog *dialog;
  MtForm *form;
  AdwPreferencesGroup *group;
  g_autoptr(GListModel) camps = NULL;
  const char *owners[MT_ASSET_N_OWNERS + 1] = { NULL };
  const char *decisions[MT_N_DISPOSALS + 1] = { NULL };

  g_return_val_if_fail (MT_IS_STORE (store), NULL);
  g_return_val_if_fail (asset == NULL || MT_IS_ASSET (asset), NULL);

  dialog = record_dialog_new (parent, store, &asset_kind, record,
                              asset != NULL ? mt_asset_get_id (asset) : 0, &form);
  if (asset != NULL)
    camp_id = mt_asset_get_camp_id (asset);

  camps = _mt_form_camp_model (form, _("Not at a camp"));
  for (guint i = 0; i < MT_ASSET_N_OWNERS; i++)
    owners[i] = mt_asset_owner_get_label (i);
  for (guint i = 0; i < MT_N_DISPOSALS; i++)
    decisions[i] = mt_disposal_get_label (i);

  group = mt_editor_dialog_add_group (dialog, _("Equipment"), NULL);
  mt_editor_dialog_add_entry (dialog, group, "description", _("Description"),
                              asset != NULL ? mt_asset_get_description (asset) : NULL,
                              MT_FIELD_REQUIRED);
  mt_editor_dialog_add_entry (dialog, group, "tag", _("Tag"),
                              asset != NULL ? mt_asset_get_tag (asset) : NULL,
                              MT_FIELD_OPTIONAL);
  mt_editor_dialog_add_choice (dialog, group, "owner", _("Owner"), owners,
                               asset != NULL ? mt_asset_get_owner (asset) : MT_ASSET_OWNER_COE);
  mt_editor_dialog_add_number (dialog, group, "quantity", _("Quantity"),
                               asset != NULL ? mt_asset_get_quantity (asset) : 1,
                               TRUE, MT_FIELD_REQUIRED);
  mt_editor_dialog_add_number (dialog, group, "value", _("Value (US$)"),
                               asset != NULL ? mt_asset_get_value (asset) : 0,
                               asset != NULL && !isnan (mt_asset_get_value (asset)),
                               MT_FIELD_DECIMAL);
  _mt_form_add_camp_choice (form, dialog, group, "camp_id", _("Camp"), camps, camp_id);

  group = mt_editor_dialog_add_group (dialog, _("Disposal"), NULL);
  mt_editor_dialog_add_choice (dialog, group, "decision", _("Decision"), decisions,
                               asset != NULL ? mt_asset_get_decision (asset) : MT_DISPOSAL_PENDING);
  mt_editor_dialog_add_date (dialog, group, "decision_date", _("Decision date"),
                             asset != NULL ? mt_asset_get_decision_date (asset) : NULL,
                             MT_FIELD_OPTIONAL);

  return record_dialog_present (dialog, form);
}

/* Events */

static void
read_event (MtEditorDialog *dialog,
            MtForm         *form,
            gpointer        data,
            GPtrArray      *texts)
{
  MtEventFields *fields = data;

  fields->camp_id = _mt_form_get_camp_id (dialog, "camp_id");
  fields->date = mt_editor_dialog_get_date (dialog, "date");
  fields->kind = code_at (form, mt_editor_dialog_get_selected (dialog, "kind"));
  fields->title = keep_text (dialog, "title", texts);
  fields->title_fr = keep_text (dialog, "title_fr", texts);
}

static const RecordKind event_kind = {
  read_event,
  validate_event,
  (gint64 (*) (MtStore *, gconstpointer, GError **)) mt_store_create_event,
  (gboolean (*) (MtStore *, gint64, gconstpointer, GError **)) mt_store_update_event,
  G_STRUCT_OFFSET (MtEventFields, version),
  N_("Edit Event"), N_("New Event"), N_("Event saved"), N_("Event added"),
};

MtEditorDialog *
mt_edit_event (GtkWidget *parent,
               MtStore   *store,
               MtEvent   *event,
               gint64     camp_id)
{
  MtEditorDialog *dialog;
  MtForm *form;
  AdwPreferencesGroup *group;
  g_autoptr(GListModel) camps = NULL;
  g_autoptr(GStrvBuilder) kinds = g_strv_builder_new ();
  g_auto(GStrv) kind_labels = NULL;
  guint kind_pos = 0;

  g_return_val_if_fail (MT_IS_STORE (store), NULL);
  g_return_val_if_fail (event == NULL || MT_IS_EVENT (event), NULL);

  dialog = record_dialog_new (parent, store, &event_kind, (GObject *) event,
                              event != NULL ? mt_event_get_id (event) : 0, &form);
  if (event != NULL)
    camp_id = mt_event_get_camp_id (event);

  camps = _mt_form_camp_model (form, _("Mission-wide"));
  for (guint i = 0; mt_event_kind_list ()[i] != NULL; i++)
    {
      const char *key = mt_event_kind_list ()[i];

      if (event != NULL && g_strcmp0 (mt_event_get_kind (event), key) == 0)
        kind_pos = i;
      g_strv_builder_add (kinds, mt_event_kind_get_label (key));
      g_ptr_array_add (form->codes, g_strdup (key));
    }
  /* A kind from elsewhere (an import) stays as it is. */
  if (event != NULL && kind_pos == 0 && g_strcmp0 (mt_event_get_kind (event), "note") != 0 &&
      mt_event_get_kind (event) != NULL)
    {
      kind_pos = form->codes->len;
      g_strv_builder_add (kinds, mt_event_get_kind (event));
      g_ptr_array_add (form->codes, g_strdup (mt_event_get_kind (event)));
    }
  kind_labels = g_strv_builder_end (kinds);

  group = mt_editor_dialog_add_group (dialog, _("Milestone"), NULL);
  mt_editor_dialog_add_date (dialog, group, "date", _("Date"),
                             event != NULL ? mt_event_get_date (event) : NULL, MT_FIELD_REQUIRED);
  _mt_form_add_camp_choice (form, dialog, group, "camp_id", _("Camp"), camps, camp_id);
  mt_editor_dialog_add_choice (dialog, group, "kind", _("Kind"),
                               (const char * const *) kind_labels, kind_pos);

  group = mt_editor_dialog_add_group (dialog, _("Title"),
                                      _("Shown in French to French-speaking users when given"));
  mt_editor_dialog_add_entry (dialog, group, "title", _("Title in English"),
                              event != NULL ? mt_event_get_title_en (event) : NULL,
                              MT_FIELD_REQUIRED);
  mt_editor_dialog_add_entry (dialog, group, "title_fr", _("Title in French"),
                              event != NULL ? mt_event_get_title_fr (event) : NULL,
                              MT_FIELD_OPTIONAL);

  return record_dialog_present (dialog, form);
}
