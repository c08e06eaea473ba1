/* mt-store-edit-assets.c: assets and their disposal, and the editing lists.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-store-edit"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "mt-store-edit-private.h"

/* Helpers */

static gboolean
asset_exists (MtStore *self,
              gint64   asset_id)
{
  return _mt_store_row_found (self, "SELECT 1 FROM assets WHERE id = ?1", asset_id, NULL);
}

static JsonObject *
asset_values (const MtAssetFields *fields)
{
  JsonObject *values = json_object_new ();
  g_autofree char *tag = fields->tag != NULL ? g_strstrip (g_strdup (fields->tag)) : NULL;

  _mt_json_set_text (values, "tag", tag);
  _mt_json_set_text (values, "description", fields->description);
  _mt_json_set_text (values, "owner", mt_asset_owner_to_key (fields->owner));
  _mt_json_set_id (values, "camp_id", fields->camp_id);
  _mt_json_set_int (values, "quantity", fields->quantity);
  _mt_json_set_text (values, "decision", mt_disposal_to_key (fields->decision));
  _mt_json_set_double (values, "value", fields->value);
  _mt_json_set_text (values, "decision_date", fields->decision_date);

  return values;
}

static const char *
asset_label (const MtAssetFields *fields)
{
  return !_mt_edit_is_blank (fields->tag) ? fields->tag : fields->description;
}

/* @fields NULL deletes. Returns the asset's id, 0 on error. */
static gint64
write_asset (MtStore              *self,
             const char           *action,
             gint64                asset_id,
             const MtAssetFields  *fields,
             const char           *label,
             GError              **error)
{
  g_autoptr(JsonObject) values = fields != NULL ? asset_values (fields) : NULL;

  return _mt_edit_write_row (self, action, "assets", asset_id,
                             fields != NULL ? fields->version : 0, values, label, error);
}

/* Assets */

gboolean
mt_store_validate_asset (MtStore              *self,
                         gint64                asset_id,
                         const MtAssetFields  *fields,
                         char                **out_field,
                         GError              **error)
{
  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);

  if (!_mt_store_check_open (self, error))
    return FALSE;

  if (asset_id != 0 && !asset_exists (self, asset_id))
    return _mt_edit_fail (out_field, error, "description", _("This asset no longer exists"));
  if (_mt_edit_is_blank (fields->description))
    return _mt_edit_fail (out_field, error, "description",
                          _("Description: say what the asset is"));
  if (fields->owner >= MT_ASSET_N_OWNERS)
    return _mt_edit_fail (out_field, error, "owner", _("Owner: choose COE or UNOE"));
  if (fields->decision >= MT_N_DISPOSALS)
    return _mt_edit_fail (out_field, error, "decision", _("Decision: unknown decision"));
  if (fields->quantity < 0)
    return _mt_edit_fail (out_field, error, "quantity", _("%s cannot be negative"), _("Quantity"));
  if (!isnan (fields->value) && fields->value < 0)
    return _mt_edit_fail (out_field, error, "value", _("%s cannot be negative"), _("Value"));
  if (fields->camp_id != 0 && !_mt_edit_camp_exists (self, fields->camp_id))
    return _mt_edit_fail (out_field, error, "camp_id", _("Camp: this camp no longer exists"));

  if (!_mt_edit_is_blank (fields->tag))
    {
      g_autofree char *tag = g_strstrip (g_strdup (fields->tag));
      MtDbStmt     *stmt = _mt_store_prepare (self, "SELECT id FROM assets WHERE tag = ?1", NULL);
      gint64 other = 0;

      if (stmt != NULL)
        {
          _mt_store_bind_text (stmt, 1, tag);
          if (mt_db_step (stmt) == MT_DB_ROW)
            other = mt_db_column_int64 (stmt, 0);
          mt_db_reset (stmt);
        }
      if (other != 0 && other != asset_id)
        return _mt_edit_fail (out_field, error, "tag",
                              _("Tag: another asset already has the tag “%s”"), tag);
    }

  return _mt_edit_check_date (self, fields->decision_date,
                              fields->decision != MT_DISPOSAL_PENDING,
                              "decision_date", _("Decision date"), out_field, error);
}

gint64
mt_store_create_asset (MtStore              *self,
                       const MtAssetFields  *fields,
                       GError              **error)
{
  g_return_val_if_fail (MT_IS_STORE (self), 0);
  g_return_val_if_fail (fields != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!mt_store_validate_asset (self, 0, fields, NULL, error))
    return 0;

  return write_asset (self, "asset-create", 0, fields, asset_label (fields), error);
}

gboolean
mt_store_update_asset (MtStore              *self,
                       gint64                asset_id,
                       const MtAssetFields  *fields,
                       GError              **error)
{
  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);
  g_return_val_if_fail (asset_id > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mt_store_validate_asset (self, asset_id, fields, NULL, error))
    return FALSE;

  return write_asset (self, "asset-update", asset_id, fields, asset_label (fields), error) != 0;
}

gboolean
mt_store_delete_asset (MtStore  *self,
                       gint64    asset_id,
                       GError  **error)
{
  g_autofree char *label = NULL;
  MtDbStmt     *stmt;

  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!asset_exists (self, asset_id))
    {
      g_set_error_literal (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND,
                           _("This asset no longer exists"));
      return FALSE;
    }

  stmt = _mt_store_prepare (self, "SELECT COALESCE (tag, description) FROM assets WHERE id = ?1", NULL);
  if (stmt != NULL)
    {
      mt_db_bind_int64 (stmt, 1, asset_id);
      if (mt_db_step (stmt) == MT_DB_ROW)
        label = g_strdup (_mt_store_column_text (stmt, 0));
      mt_db_reset (stmt);
    }

  return write_asset (self, "asset-delete", asset_id, NULL, label, error) != 0;
}

static gpointer
make_asset (MtDbStmt     *stmt)
{
  MtAssetOwner owner = MT_ASSET_OWNER_COE;
  MtDisposal decision = MT_DISPOSAL_PENDING;
  MtAsset *asset;

  mt_asset_owner_from_key (_mt_store_column_text (stmt, 5), &owner);
  mt_disposal_from_key (_mt_store_column_text (stmt, 8), &decision);
  asset = g_object_new (MT_TYPE_ASSET,
                        "id", (gint64) mt_db_column_int64 (stmt, 0),
                        "camp-id", (gint64) mt_db_column_int64 (stmt, 1),
                        "camp-name", _mt_store_localize (_mt_store_column_text (stmt, 2),
                                                         _mt_store_column_text (stmt, 11)),
                        "tag", _mt_store_column_text (stmt, 3),
                        "description", _mt_store_column_text (stmt, 4),
                        "owner", (guint) owner,
                        "quantity", (gint64) mt_db_column_int64 (stmt, 6),
                        "decision", (guint) decision,
                        "decision-date", _mt_store_column_text (stmt, 9),
                        NULL);

  /* An unknown value stays the object's NaN: GParamSpecDouble refuses NaN itself. */
  if (mt_db_column_type (stmt, 7) != MT_DB_NULL)
    g_object_set (asset, "value", mt_db_column_double (stmt, 7), NULL);

  return asset;
}

#define ASSET_SELECT \
  "SELECT a.id, a.camp_id, c.name, a.tag, a.description, a.owner," \
  " a.quantity, a.value, a.decision, a.decision_date, a.version, c.name_fr" \
  " FROM assets a LEFT JOIN camps c ON c.id = a.camp_id"

GObject *
_mt_store_get_asset (MtStore  *self,
                     gint64    asset_id,
                     GError  **error)
{
  return _mt_store_object_by_id (self, ASSET_SELECT " WHERE a.id = ?1", asset_id, make_asset,
                                 _("Could not read the assets"), error);
}

GPtrArray *
mt_store_list_assets (MtStore  *self,
                      gint64    camp_id,
                      GError  **error)
{
  MtDbStmt     *stmt;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);

  stmt = _mt_store_prepare (self,
                            ASSET_SELECT
                            " WHERE ?1 = 0 OR a.camp_id = ?1"
                            " ORDER BY c.name_key, a.description_key, a.id",
                            error);
  if (stmt == NULL)
    return NULL;

  mt_db_bind_int64 (stmt, 1, camp_id);

  return _mt_store_list_objects (self, stmt, make_asset,
                                 _("Could not read the assets"), error);
}

static void
add_asset_total (MtDbStmt     *stmt,
                 gpointer      user_data)
{
  GArray *totals = user_data;
  MtAssetTotal total = { 0, };

  mt_disposal_from_key (_mt_store_column_text (stmt, 0), &total.decision);
  mt_asset_owner_from_key (_mt_store_column_text (stmt, 1), &total.owner);
  total.n_records = mt_db_column_int64 (stmt, 2);
  total.quantity = mt_db_column_int64 (stmt, 3);
  total.value = mt_db_column_double (stmt, 4);
  g_array_append_val (totals, total);
}

GArray *
mt_store_asset_totals (MtStore  *self,
                       gint64    camp_id,
                       GError  **error)
{
  g_autoptr(GArray) totals = g_array_new (FALSE, TRUE, sizeof (MtAssetTotal));
  MtDbStmt     *stmt;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);

  stmt = _mt_store_prepare (self,
                            "SELECT COALESCE (decision, 'pending') AS d, owner, COUNT (*),"
                            " COALESCE (SUM (quantity), 0), COALESCE (SUM (value), 0)"
                            " FROM assets WHERE ?1 = 0 OR camp_id = ?1"
                            " GROUP BY d, owner",
                            error);
  if (stmt == NULL)
    return NULL;

  mt_db_bind_int64 (stmt, 1, camp_id);
  if (!_mt_store_each_row (self, stmt, add_asset_total, totals,
                           _("Could not read the assets"), error))
    return NULL;

  /* The enum order (pending first), not the keys' alphabetical order. */
  for (guint i = 1; i < totals->len; i++)
    for (guint j = i; j > 0; j--)
      {
        MtAssetTotal *a = &g_array_index (totals, MtAssetTotal, j - 1);
        MtAssetTotal *b = &g_array_index (totals, MtAssetTotal, j);
        MtAssetTotal tmp;

        if (a->decision < b->decision || (a->decision == b->decision && a->owner <= b->owner))
          break;
        tmp = *a;
        *a = *b;
        *b = tmp;
      }

  return g_steal_pointer (&totals);
}

/* Convoys, for editing: all of them, planned ones too. */

static gpointer
make_convoy (MtDbStmt     *stmt)
{
  MtConvoyStatus status = MT_CONVOY_STATUS_PLANNED;

  mt_convoy_status_from_key (_mt_store_column_text (stmt, 12), &status);

  return g_object_new (MT_TYPE_CONVOY,
                       "id", (gint64) mt_db_column_int64 (stmt, 0),
                       "from-camp-id", (gint64) mt_db_column_int64 (stmt, 1),
                       "to-camp-id", (gint64) mt_db_column_int64 (stmt, 2),
                       "from-name", _mt_store_localize (_mt_store_column_text (stmt, 3),
                                                        _mt_store_column_text (stmt, 14)),
                       "to-name", _mt_store_localize (_mt_store_column_text (stmt, 4),
                                                      _mt_store_column_text (stmt, 15)),
                       "departed", _mt_store_column_text (stmt, 5),
                       "arrived", _mt_store_column_text (stmt, 6),
                       /* -1: not recorded, as MtConvoyFields takes it */
                       "personnel", mt_db_column_type (stmt, 7) == MT_DB_NULL
                                      ? (gint64) -1 : (gint64) mt_db_column_int64 (stmt, 7),
                       "vehicles", mt_db_column_type (stmt, 8) == MT_DB_NULL
                                     ? (gint64) -1 : (gint64) mt_db_column_int64 (stmt, 8),
                       "note", _mt_store_column_text (stmt, 9),
                       "planned-departure", _mt_store_column_text (stmt, 10),
                       "planned-arrival", _mt_store_column_text (stmt, 11),
                       "status", (guint) status,
                       NULL);
}

#define CONVOY_SELECT \
  "SELECT v.id, v.from_camp_id, v.to_camp_id, f.name, t.name, v.departed," \
  " v.arrived, v.personnel, v.vehicles, v.note, v.planned_departure," \
  " v.planned_arrival," \
  " COALESCE (v.status, CASE WHEN v.arrived IS NOT NULL THEN 'arrived'" \
  "   WHEN v.departed IS NOT NULL THEN 'under-way' ELSE 'planned' END)," \
  " v.version, f.name_fr, t.name_fr" \
  " FROM convoys v" \
  " JOIN camps f ON f.id = v.from_camp_id" \
  " JOIN camps t ON t.id = v.to_camp_id"

GObject *
_mt_store_get_convoy (MtStore  *self,
                      gint64    convoy_id,
                      GError  **error)
{
  return _mt_store_object_by_id (self, CONVOY_SELECT " WHERE v.id = ?1", convoy_id,
                                 make_convoy, _("Could not read the convoys"), error);
}

GPtrArray *
mt_store_list_all_convoys (MtStore  *self,
                           GError  **error)
{
  MtDbStmt     *stmt;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);

  stmt = _mt_store_prepare (self,
                            CONVOY_SELECT
                            " ORDER BY COALESCE (v.departed, v.planned_departure, v.arrived), v.id",
                            error);
  if (stmt == NULL)
    return NULL;

  return _mt_store_list_objects (self, stmt, make_convoy,
                                 _("Could not read the convoys"), error);
}
