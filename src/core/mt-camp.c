/* mt-camp.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-camp"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mt-enum-types.h"

#include "mt-camp.h"
#include "mt-record.h"
#include "mt-model-private.h"

struct _MtCamp
{
  GObject       parent_instance;

  gint64        id;
  char         *name;
  char         *region;
  char         *kind;
  double        latitude;
  double        longitude;
  MtCampStatus  status;
  char         *status_since;
  char         *planned_closure;
  char         *planned_handover;
  char         *handover_date;
  char         *handed_over_to;
  MtEnvStatus   env_status;
  char         *env_date;
  gint64        baseline_strength;
  gint64        departed;
  char         *aliases;
  /* Schema v3 (editing) */
  char *notes;
  char *env_findings;
  char *env_remediation;
  /* The French names schema step */
  char *name_fr;
  /* MT_STORE_SCHEMA_REGION_FR */
  char *region_fr;
};

G_DEFINE_FINAL_TYPE (MtCamp, mt_camp, G_TYPE_OBJECT)

/* set_property stores the two enums through int pointers (_mt_model_set_int). */
G_STATIC_ASSERT (sizeof (MtCampStatus) == sizeof (int));
G_STATIC_ASSERT (sizeof (MtEnvStatus) == sizeof (int));

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_REGION,
  PROP_KIND,
  PROP_LATITUDE,
  PROP_LONGITUDE,
  PROP_STATUS,
  PROP_STATUS_SINCE,
  PROP_PLANNED_CLOSURE,
  PROP_PLANNED_HANDOVER,
  PROP_HANDOVER_DATE,
  PROP_HANDED_OVER_TO,
  PROP_ENV_STATUS,
  PROP_ENV_DATE,
  PROP_BASELINE_STRENGTH,
  PROP_DEPARTED,
  PROP_ALIASES,
  PROP_STATUS_LABEL,
  PROP_NOTES,
  PROP_ENV_FINDINGS,
  PROP_ENV_REMEDIATION,
  PROP_NAME_FR,
  PROP_DISPLAY_NAME,
  PROP_REGION_FR,
  PROP_DISPLAY_REGION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* GObject overrides */

static void
mt_camp_finalize (GObject *object)
{
  MtCamp *self = MT_CAMP (object);

  g_free (self->notes);
  g_free (self->env_findings);
  g_free (self->env_remediation);
  g_free (self->name_fr);
  g_free (self->region_fr);
  g_free (self->name);
  g_free (self->region);
  g_free (self->kind);
  g_free (self->status_since);
  g_free (self->planned_closure);
  g_free (self->planned_handover);
  g_free (self->handover_date);
  g_free (self->handed_over_to);
  g_free (self->env_date);
  g_free (self->aliases);

  G_OBJECT_CLASS (mt_camp_parent_class)->finalize (object);
}

static void
mt_camp_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  MtCamp *self = MT_CAMP (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, mt_camp_get_id (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, mt_camp_get_name (self));
      break;

    case PROP_REGION:
      g_value_set_string (value, mt_camp_get_region (self));
      break;

    case PROP_KIND:
      g_value_set_string (value, mt_camp_get_kind (self));
      break;

    case PROP_LATITUDE:
      g_value_set_double (value, mt_camp_get_latitude (self));
      break;

    case PROP_LONGITUDE:
      g_value_set_double (value, mt_camp_get_longitude (self));
      break;

    case PROP_STATUS:
      g_value_set_enum (value, mt_camp_get_status (self));
      break;

    case PROP_STATUS_SINCE:
      g_value_set_string (value, mt_camp_get_status_since (self));
      break;

    case PROP_PLANNED_CLOSURE:
      g_value_set_string (value, mt_camp_get_planned_closure (self));
      break;

    case PROP_PLANNED_HANDOVER:
      g_value_set_string (value, mt_camp_get_planned_handover (self));
      break;

    case PROP_HANDOVER_DATE:
      g_value_set_string (value, mt_camp_get_handover_date (self));
      break;

    case PROP_HANDED_OVER_TO:
      g_value_set_string (value, mt_camp_get_handed_over_to (self));
      break;

    case PROP_ENV_STATUS:
      g_value_set_enum (value, mt_camp_get_env_status (self));
      break;

    case PROP_ENV_DATE:
      g_value_set_string (value, mt_camp_get_env_date (self));
      break;

    case PROP_BASELINE_STRENGTH:
      g_value_set_int64 (value, mt_camp_get_baseline_strength (self));
      break;

    case PROP_DEPARTED:
      g_value_set_int64 (value, mt_camp_get_departed (self));
      break;

    case PROP_ALIASES:
      g_value_set_string (value, mt_camp_get_aliases (self));
      break;

    case PROP_STATUS_LABEL:
      g_value_set_string (value, mt_camp_get_status_label (self));
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_ENV_FINDINGS:
      g_value_set_string (value, self->env_findings);
      break;

    case PROP_ENV_REMEDIATION:
      g_value_set_string (value, self->env_remediation);
      break;

    case PROP_NAME_FR:
      g_value_set_string (value, self->name_fr);
      break;

    case PROP_DISPLAY_NAME:
      g_value_set_string (value, mt_camp_get_display_name (self));
      break;

    case PROP_REGION_FR:
      g_value_set_string (value, self->region_fr);
      break;

    case PROP_DISPLAY_REGION:
      g_value_set_string (value, mt_camp_get_display_region (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_camp_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  MtCamp *self = MT_CAMP (object);

  switch (prop_id)
    {
    case PROP_ID:
      _mt_model_set_int64 (object, &self->id, g_value_get_int64 (value), pspec);
      break;

    case PROP_NAME:
      if (_mt_model_set_string (object, &self->name, g_value_get_string (value), pspec))
        g_object_notify_by_pspec (object, properties[PROP_DISPLAY_NAME]);
      break;

    case PROP_NAME_FR:
      if (_mt_model_set_string (object, &self->name_fr, g_value_get_string (value), pspec))
        g_object_notify_by_pspec (object, properties[PROP_DISPLAY_NAME]);
      break;

    case PROP_REGION:
      if (_mt_model_set_string (object, &self->region, g_value_get_string (value), pspec))
        g_object_notify_by_pspec (object, properties[PROP_DISPLAY_REGION]);
      break;

    case PROP_REGION_FR:
      if (_mt_model_set_string (object, &self->region_fr, g_value_get_string (value), pspec))
        g_object_notify_by_pspec (object, properties[PROP_DISPLAY_REGION]);
      break;

    case PROP_KIND:
      _mt_model_set_string (object, &self->kind, g_value_get_string (value), pspec);
      break;

    case PROP_LATITUDE:
      _mt_model_set_double (object, &self->latitude, g_value_get_double (value), pspec);
      break;

    case PROP_LONGITUDE:
      _mt_model_set_double (object, &self->longitude, g_value_get_double (value), pspec);
      break;

    case PROP_STATUS:
      if (_mt_model_set_int (object, (int *) &self->status, g_value_get_enum (value), pspec))
        g_object_notify_by_pspec (object, properties[PROP_STATUS_LABEL]);
      break;

    case PROP_STATUS_SINCE:
      _mt_model_set_string (object, &self->status_since, g_value_get_string (value), pspec);
      break;

    case PROP_PLANNED_CLOSURE:
      _mt_model_set_string (object, &self->planned_closure, g_value_get_string (value), pspec);
      break;

    case PROP_PLANNED_HANDOVER:
      _mt_model_set_string (object, &self->planned_handover, g_value_get_string (value), pspec);
      break;

    case PROP_HANDOVER_DATE:
      _mt_model_set_string (object, &self->handover_date, g_value_get_string (value), pspec);
      break;

    case PROP_HANDED_OVER_TO:
      _mt_model_set_string (object, &self->handed_over_to, g_value_get_string (value), pspec);
      break;

    case PROP_ENV_STATUS:
      _mt_model_set_int (object, (int *) &self->env_status, g_value_get_enum (value), pspec);
      break;

    case PROP_ENV_DATE:
      _mt_model_set_string (object, &self->env_date, g_value_get_string (value), pspec);
      break;

    case PROP_BASELINE_STRENGTH:
      _mt_model_set_int64 (object, &self->baseline_strength, g_value_get_int64 (value), pspec);
      break;

    case PROP_DEPARTED:
      _mt_model_set_int64 (object, &self->departed, g_value_get_int64 (value), pspec);
      break;

    case PROP_ALIASES:
      _mt_model_set_string (object, &self->aliases, g_value_get_string (value), pspec);
      break;

    case PROP_NOTES:
      _mt_model_set_string (object, &self->notes, g_value_get_string (value), pspec);
      break;

    case PROP_ENV_FINDINGS:
      _mt_model_set_string (object, &self->env_findings, g_value_get_string (value), pspec);
      break;

    case PROP_ENV_REMEDIATION:
      _mt_model_set_string (object, &self->env_remediation, g_value_get_string (value), pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Class */

static void
mt_camp_class_init (MtCampClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mt_camp_finalize;
  object_class->get_property = mt_camp_get_property;
  object_class->set_property = mt_camp_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REGION] =
    g_param_spec_string ("region", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LATITUDE] =
    g_param_spec_double ("latitude", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LONGITUDE] =
    g_param_spec_double ("longitude", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, MT_TYPE_CAMP_STATUS, MT_CAMP_STATUS_OPERATIONAL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS_SINCE] =
    g_param_spec_string ("status-since", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLANNED_CLOSURE] =
    g_param_spec_string ("planned-closure", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLANNED_HANDOVER] =
    g_param_spec_string ("planned-handover", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HANDOVER_DATE] =
    g_param_spec_string ("handover-date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HANDED_OVER_TO] =
    g_param_spec_string ("handed-over-to", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENV_STATUS] =
    g_param_spec_enum ("env-status", NULL, NULL, MT_TYPE_ENV_STATUS, MT_ENV_STATUS_NOT_STARTED,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENV_DATE] =
    g_param_spec_string ("env-date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BASELINE_STRENGTH] =
    g_param_spec_int64 ("baseline-strength", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEPARTED] =
    g_param_spec_int64 ("departed", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ALIASES] =
    g_param_spec_string ("aliases", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS_LABEL] =
    g_param_spec_string ("status-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENV_FINDINGS] =
    g_param_spec_string ("env-findings", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENV_REMEDIATION] =
    g_param_spec_string ("env-remediation", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NAME_FR] =
    g_param_spec_string ("name-fr", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DISPLAY_NAME] =
    g_param_spec_string ("display-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REGION_FR] =
    g_param_spec_string ("region-fr", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DISPLAY_REGION] =
    g_param_spec_string ("display-region", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mt_camp_init (MtCamp *self)
{
  self->status = MT_CAMP_STATUS_OPERATIONAL;
  self->env_status = MT_ENV_STATUS_NOT_STARTED;
}

/* Public API */

gint64
mt_camp_get_id (MtCamp *self)
{
  g_return_val_if_fail (MT_IS_CAMP (self), 0);

  return self->id;
}

const char *
mt_camp_get_name (MtCamp *self)
{
  g_return_val_if_fail (MT_IS_CAMP (self), NULL);

  return self->name;
}

const char *
mt_camp_get_region (MtCamp *self)
{
  g_return_val_if_fail (MT_IS_CAMP (self), NULL);

  return self->region;
}

const char *
mt_camp_get_kind (MtCamp *self)
{
  g_return_val_if_fail (MT_IS_CAMP (self), NULL);

  return self->kind;
}

double
mt_camp_get_latitude (MtCamp *self)
{
  g_return_val_if_fail (MT_IS_CAMP (self), 0.0);

  return self->latitude;
}

double
mt_camp_get_longitude (MtCamp *self)
{
  g_return_val_if_fail (MT_IS_CAMP (self), 0.0);

  return self->longitude;
}

MtCampStatus
mt_camp_get_status (MtCamp *self)
{
  g_return_val_if_fail (MT_IS_CAMP (self), 0);

  return self->status;
}

const char *
mt_camp_get_status_since (MtCamp *self)
{
  g_return_val_if_fail (MT_IS_CAMP (self), NULL);

  return self->status_since;
}

const char *
mt_camp_get_planned_closure (MtCamp *self)
{
  g_return_val_if_fail (MT_IS_CAMP (self), NULL);

  return self->planned_closure;
}

const char *
mt_camp_get_planned_handover (MtCamp *self)
{
  g_return_val_if_fail (MT_IS_CAMP (self), NULL);

  return self->planned_handover;
}

const char *
mt_camp_get_handover_date (MtCamp *self)
{
  g_return_val_if_fail (MT_IS_CAMP (self), NULL);

  return self->handover_date;
}

const char *
mt_camp_get_handed_over_to (MtCamp *self)
{
  g_return_val_if_fail (MT_IS_CAMP (self), NULL);

  return self->handed_over_to;
}

MtEnvStatus
mt_camp_get_env_status (MtCamp *self)
{
  g_return_val_if_fail (MT_IS_CAMP (self), 0);

  return self->env_status;
}

const char *
mt_camp_get_env_date (MtCamp *self)
{
  g_return_val_if_fail (MT_IS_CAMP (self), NULL);

  return self->env_date;
}

gint64
mt_camp_get_baseline_strength (MtCamp *self)
{
  g_return_val_if_fail (MT_IS_CAMP (self), 0);

  return self->baseline_strength;
}

gint64
mt_camp_get_departed (MtCamp *self)
{
  g_return_val_if_fail (MT_IS_CAMP (self), 0);

  return self->departed;
}

const char *
mt_camp_get_aliases (MtCamp *self)
{
  g_return_val_if_fail (MT_IS_CAMP (self), NULL);

  return self->aliases;
}

const char *
mt_camp_get_status_label (MtCamp *self)
{
  g_return_val_if_fail (MT_IS_CAMP (self), NULL);

  return mt_camp_status_get_label (self->status);
}

void
mt_camp_update_from (MtCamp *self,
                     MtCamp *other)
{
  g_return_if_fail (MT_IS_CAMP (self));
  g_return_if_fail (MT_IS_CAMP (other));

  if (self == other)
    return;

  /* One batch of notifications, so a row bound to several properties redraws once.
   * Copying through set_property notifies only what differs (status-label with
   * status) and cannot miss a property added later. */
  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = PROP_0 + 1; i < N_PROPS; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if ((properties[i]->flags & G_PARAM_WRITABLE) == 0)
        continue;

      g_value_init (&value, properties[i]->value_type);
      mt_camp_get_property (G_OBJECT (other), i, &value, properties[i]);
      mt_camp_set_property (G_OBJECT (self), i, &value, properties[i]);
    }
  /* What an editor opened on @self hands back: the version of the data it now shows. */
  mt_record_set_version (self, mt_record_get_version (other));
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
mt_camp_get_notes (MtCamp *self)
{
  g_return_val_if_fail (MT_IS_CAMP (self), NULL);

  return self->notes;
}

const char *
mt_camp_get_env_findings (MtCamp *self)
{
  g_return_val_if_fail (MT_IS_CAMP (self), NULL);

  return self->env_findings;
}

const char *
mt_camp_get_env_remediation (MtCamp *self)
{
  g_return_val_if_fail (MT_IS_CAMP (self), NULL);

  return self->env_remediation;
}

/* Kinds, in the order the editor offers them. */
static const char * const kind_keys[] = {
  "camp", "headquarters", "sector-headquarters", "temporary-operating-base", NULL,
};
static const char * const kind_labels[] = {
  N_("Camp"), N_("Mission headquarters"), N_("Sector headquarters"),
  N_("Temporary operating base"),
};

const char * const *
mt_camp_kind_list (void)
{
  return kind_keys;
}

const char *
mt_camp_kind_get_label (const char *kind)
{
  for (guint i = 0; kind_keys[i] != NULL; i++)
    if (g_strcmp0 (kind, kind_keys[i]) == 0)
      return _(kind_labels[i]);

  return kind;
}

const char *
mt_camp_get_name_fr (MtCamp *self)
{
  g_return_val_if_fail (MT_IS_CAMP (self), NULL);

  return self->name_fr;
}

const char *
mt_camp_get_display_name (MtCamp *self)
{
  g_return_val_if_fail (MT_IS_CAMP (self), NULL);

  return mt_localize (self->name, self->name_fr);
}

const char *
mt_camp_get_region_fr (MtCamp *self)
{
  g_return_val_if_fail (MT_IS_CAMP (self), NULL);

  return self->region_fr;
}

const char *
mt_camp_get_display_region (MtCamp *self)
{
  g_return_val_if_fail (MT_IS_CAMP (self), NULL);

  return mt_localize (self->region, self->region_fr);
}
