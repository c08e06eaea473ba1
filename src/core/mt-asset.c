/* mt-asset.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An item of equipment at a camp and the decision on what becomes of it.
 */

#define G_LOG_DOMAIN "mt-asset"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "mt-asset.h"
#include "mt-model-private.h"

struct _MtAsset
{
  GObject parent_instance;
  gint64 id;
  gint64 camp_id;
  char *camp_name;
  char *tag;
  char *description;
  guint owner;
  gint64 quantity;
  double value;
  guint decision;
  char *decision_date;
};

G_DEFINE_FINAL_TYPE (MtAsset, mt_asset, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CAMP_ID,
  PROP_CAMP_NAME,
  PROP_TAG,
  PROP_DESCRIPTION,
  PROP_OWNER,
  PROP_QUANTITY,
  PROP_VALUE,
  PROP_DECISION,
  PROP_DECISION_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct {
  const char *key;
  const char *label;
} owners[] = {
  { "COE", N_("Contingent-owned (COE)") },
  { "UNOE", N_("UN-owned (UNOE)") },
};

static const struct {
  const char *key;
  const char *label;
} disposals[] = {
  { "pending", N_("Pending") },
  { "repatriate", N_("Repatriate") },
  { "transfer", N_("Transfer to another mission") },
  { "donate", N_("Donate to the host authorities") },
  { "sell", N_("Sell") },
  { "write-off", N_("Write off") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (owners) == MT_ASSET_N_OWNERS);
G_STATIC_ASSERT (G_N_ELEMENTS (disposals) == MT_N_DISPOSALS);

/* GObject overrides */

static void
mt_asset_finalize (GObject *object)
{
  MtAsset *self = MT_ASSET (object);

  g_free (self->camp_name);
  g_free (self->tag);
  g_free (self->description);
  g_free (self->decision_date);

  G_OBJECT_CLASS (mt_asset_parent_class)->finalize (object);
}

static void
mt_asset_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  MtAsset *self = MT_ASSET (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_CAMP_ID:
      g_value_set_int64 (value, self->camp_id);
      break;

    case PROP_CAMP_NAME:
      g_value_set_string (value, self->camp_name);
      break;

    case PROP_TAG:
      g_value_set_string (value, self->tag);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_OWNER:
      g_value_set_uint (value, self->owner);
      break;

    case PROP_QUANTITY:
      g_value_set_int64 (value, self->quantity);
      break;

    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;

    case PROP_DECISION:
      g_value_set_uint (value, self->decision);
      break;

    case PROP_DECISION_DATE:
      g_value_set_string (value, self->decision_date);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_asset_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  MtAsset *self = MT_ASSET (object);

  switch (prop_id)
    {
    case PROP_ID:
      _mt_model_set_int64 (object, &self->id, g_value_get_int64 (value), pspec);
      break;

    case PROP_CAMP_ID:
      _mt_model_set_int64 (object, &self->camp_id, g_value_get_int64 (value), pspec);
      break;

    case PROP_CAMP_NAME:
      _mt_model_set_string (object, &self->camp_name, g_value_get_string (value), pspec);
      break;

    case PROP_TAG:
      _mt_model_set_string (object, &self->tag, g_value_get_string (value), pspec);
      break;

    case PROP_DESCRIPTION:
      _mt_model_set_string (object, &self->description, g_value_get_string (value), pspec);
      break;

    case PROP_OWNER:
      _mt_model_set_uint (object, &self->owner, g_value_get_uint (value), pspec);
      break;

    case PROP_QUANTITY:
      _mt_model_set_int64 (object, &self->quantity, g_value_get_int64 (value), pspec);
      break;

    case PROP_VALUE:
      _mt_model_set_double (object, &self->value, g_value_get_double (value), pspec);
      break;

    case PROP_DECISION:
      _mt_model_set_uint (object, &self->decision, g_value_get_uint (value), pspec);
      break;

    case PROP_DECISION_DATE:
      _mt_model_set_string (object, &self->decision_date, g_value_get_string (value), pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Class */

static void
mt_asset_class_init (MtAssetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mt_asset_finalize;
  object_class->get_property = mt_asset_get_property;
  object_class->set_property = mt_asset_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAMP_ID] =
    g_param_spec_int64 ("camp-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAMP_NAME] =
    g_param_spec_string ("camp-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TAG] =
    g_param_spec_string ("tag", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OWNER] =
    g_param_spec_uint ("owner", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUANTITY] =
    g_param_spec_int64 ("quantity", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DECISION] =
    g_param_spec_uint ("decision", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DECISION_DATE] =
    g_param_spec_string ("decision-date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mt_asset_init (MtAsset *self)
{
  self->value = NAN;
}

/* Public API */

gint64
mt_asset_get_id (MtAsset *self)
{
  g_return_val_if_fail (MT_IS_ASSET (self), 0);

  return self->id;
}

gint64
mt_asset_get_camp_id (MtAsset *self)
{
  g_return_val_if_fail (MT_IS_ASSET (self), 0);

  return self->camp_id;
}

const char *
mt_asset_get_camp_name (MtAsset *self)
{
  g_return_val_if_fail (MT_IS_ASSET (self), NULL);

  return self->camp_name;
}

const char *
mt_asset_get_tag (MtAsset *self)
{
  g_return_val_if_fail (MT_IS_ASSET (self), NULL);

  return self->tag;
}

const char *
mt_asset_get_description (MtAsset *self)
{
  g_return_val_if_fail (MT_IS_ASSET (self), NULL);

  return self->description;
}

MtAssetOwner
mt_asset_get_owner (MtAsset *self)
{
  g_return_val_if_fail (MT_IS_ASSET (self), 0);

  return self->owner;
}

gint64
mt_asset_get_quantity (MtAsset *self)
{
  g_return_val_if_fail (MT_IS_ASSET (self), 0);

  return self->quantity;
}

double
mt_asset_get_value (MtAsset *self)
{
  g_return_val_if_fail (MT_IS_ASSET (self), 0);

  return self->value;
}

MtDisposal
mt_asset_get_decision (MtAsset *self)
{
  g_return_val_if_fail (MT_IS_ASSET (self), 0);

  return self->decision;
}

const char *
mt_asset_get_decision_date (MtAsset *self)
{
  g_return_val_if_fail (MT_IS_ASSET (self), NULL);

  return self->decision_date;
}

const char *
mt_asset_owner_to_key (MtAssetOwner owner)
{
  g_return_val_if_fail (owner < MT_ASSET_N_OWNERS, NULL);

  return owners[owner].key;
}

gboolean
mt_asset_owner_from_key (const char   *key,
                         MtAssetOwner *owner)
{
  g_return_val_if_fail (owner != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (owners); i++)
    if (g_strcmp0 (owners[i].key, key) == 0)
      {
        *owner = i;
        return TRUE;
      }

  return FALSE;
}

const char *
mt_asset_owner_get_label (MtAssetOwner owner)
{
  g_return_val_if_fail (owner < MT_ASSET_N_OWNERS, NULL);

  return _(owners[owner].label);
}

const char *
mt_disposal_to_key (MtDisposal decision)
{
  g_return_val_if_fail (decision < MT_N_DISPOSALS, NULL);

  return disposals[decision].key;
}

gboolean
mt_disposal_from_key (const char *key,
                      MtDisposal *decision)
{
  g_return_val_if_fail (decision != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (disposals); i++)
    if (g_strcmp0 (disposals[i].key, key) == 0)
      {
        *decision = i;
        return TRUE;
      }

  return FALSE;
}

const char *
mt_disposal_get_label (MtDisposal decision)
{
  g_return_val_if_fail (decision < MT_N_DISPOSALS, NULL);

  return _(disposals[decision].label);
}
