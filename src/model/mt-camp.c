/* mt-camp.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-camp"

#include "config.h"

#include "mt-enum-types.h"

#include "mt-camp.h"

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
};

G_DEFINE_FINAL_TYPE (MtCamp, mt_camp, G_TYPE_OBJECT)

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
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Setters: private, used by set_property, so every write notifies only on change. */

static void
mt_camp_set_id (MtCamp *self,
                gint64  id)
{
  g_assert (MT_IS_CAMP (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

static void
mt_camp_set_name (MtCamp     *self,
                  const char *name)
{
  g_assert (MT_IS_CAMP (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

static void
mt_camp_set_region (MtCamp     *self,
                    const char *region)
{
  g_assert (MT_IS_CAMP (self));

  if (g_strcmp0 (self->region, region) == 0)
    return;

  g_free (self->region);
  self->region = g_strdup (region);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGION]);
}

static void
mt_camp_set_kind (MtCamp     *self,
                  const char *kind)
{
  g_assert (MT_IS_CAMP (self));

  if (g_strcmp0 (self->kind, kind) == 0)
    return;

  g_free (self->kind);
  self->kind = g_strdup (kind);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

static void
mt_camp_set_latitude (MtCamp *self,
                      double  latitude)
{
  g_assert (MT_IS_CAMP (self));

  if (self->latitude == latitude)
    return;

  self->latitude = latitude;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LATITUDE]);
}

static void
mt_camp_set_longitude (MtCamp *self,
                       double  longitude)
{
  g_assert (MT_IS_CAMP (self));

  if (self->longitude == longitude)
    return;

  self->longitude = longitude;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LONGITUDE]);
}

static void
mt_camp_set_status (MtCamp       *self,
                    MtCampStatus  status)
{
  g_assert (MT_IS_CAMP (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS_LABEL]);
}

static void
mt_camp_set_status_since (MtCamp     *self,
                          const char *status_since)
{
  g_assert (MT_IS_CAMP (self));

  if (g_strcmp0 (self->status_since, status_since) == 0)
    return;

  g_free (self->status_since);
  self->status_since = g_strdup (status_since);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS_SINCE]);
}

static void
mt_camp_set_planned_closure (MtCamp     *self,
                             const char *planned_closure)
{
  g_assert (MT_IS_CAMP (self));

  if (g_strcmp0 (self->planned_closure, planned_closure) == 0)
    return;

  g_free (self->planned_closure);
  self->planned_closure = g_strdup (planned_closure);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLANNED_CLOSURE]);
}

static void
mt_camp_set_handover_date (MtCamp     *self,
                           const char *handover_date)
{
  g_assert (MT_IS_CAMP (self));

  if (g_strcmp0 (self->handover_date, handover_date) == 0)
    return;

  g_free (self->handover_date);
  self->handover_date = g_strdup (handover_date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HANDOVER_DATE]);
}

static void
mt_camp_set_handed_over_to (MtCamp     *self,
                            const char *handed_over_to)
{
  g_assert (MT_IS_CAMP (self));

  if (g_strcmp0 (self->handed_over_to, handed_over_to) == 0)
    return;

  g_free (self->handed_over_to);
  self->handed_over_to = g_strdup (handed_over_to);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HANDED_OVER_TO]);
}

static void
mt_camp_set_env_status (MtCamp      *self,
                        MtEnvStatus  env_status)
{
  g_assert (MT_IS_CAMP (self));

  if (self->env_status == env_status)
    return;

  self->env_status = env_status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENV_STATUS]);
}

static void
mt_camp_set_env_date (MtCamp     *self,
                      const char *env_date)
{
  g_assert (MT_IS_CAMP (self));

  if (g_strcmp0 (self->env_date, env_date) == 0)
    return;

  g_free (self->env_date);
  self->env_date = g_strdup (env_date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENV_DATE]);
}

static void
mt_camp_set_baseline_strength (MtCamp *self,
                               gint64  baseline_strength)
{
  g_assert (MT_IS_CAMP (self));

  if (self->baseline_strength == baseline_strength)
    return;

  self->baseline_strength = baseline_strength;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASELINE_STRENGTH]);
}

static void
mt_camp_set_departed (MtCamp *self,
                      gint64  departed)
{
  g_assert (MT_IS_CAMP (self));

  if (self->departed == departed)
    return;

  self->departed = departed;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEPARTED]);
}

static void
mt_camp_set_aliases (MtCamp     *self,
                     const char *aliases)
{
  g_assert (MT_IS_CAMP (self));

  if (g_strcmp0 (self->aliases, aliases) == 0)
    return;

  g_free (self->aliases);
  self->aliases = g_strdup (aliases);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALIASES]);
}

static void
mt_camp_set_notes (MtCamp *self,
                   const char *value)
{
  g_assert (MT_IS_CAMP (self));

  if (g_strcmp0 (self->notes, value) == 0)
    return;

  g_free (self->notes);
  self->notes = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

static void
mt_camp_set_env_findings (MtCamp *self,
                          const char *value)
{
  g_assert (MT_IS_CAMP (self));

  if (g_strcmp0 (self->env_findings, value) == 0)
    return;

  g_free (self->env_findings);
  self->env_findings = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENV_FINDINGS]);
}

static void
mt_camp_set_env_remediation (MtCamp *self,
                             const char *value)
{
  g_assert (MT_IS_CAMP (self));

  if (g_strcmp0 (self->env_remediation, value) == 0)
    return;

  g_free (self->env_remediation);
  self->env_remediation = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENV_REMEDIATION]);
}

/* GObject overrides */

static void
mt_camp_finalize (GObject *object)
{
  MtCamp *self = MT_CAMP (object);

  g_free (self->notes);
  g_free (self->env_findings);
  g_free (self->env_remediation);
  g_free (self->name);
  g_free (self->region);
  g_free (self->kind);
  g_free (self->status_since);
  g_free (self->planned_closure);
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
      mt_camp_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      mt_camp_set_name (self, g_value_get_string (value));
      break;

    case PROP_REGION:
      mt_camp_set_region (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      mt_camp_set_kind (self, g_value_get_string (value));
      break;

    case PROP_LATITUDE:
      mt_camp_set_latitude (self, g_value_get_double (value));
      break;

    case PROP_LONGITUDE:
      mt_camp_set_longitude (self, g_value_get_double (value));
      break;

    case PROP_STATUS:
      mt_camp_set_status (self, g_value_get_enum (value));
      break;

    case PROP_STATUS_SINCE:
      mt_camp_set_status_since (self, g_value_get_string (value));
      break;

    case PROP_PLANNED_CLOSURE:
      mt_camp_set_planned_closure (self, g_value_get_string (value));
      break;

    case PROP_HANDOVER_DATE:
      mt_camp_set_handover_date (self, g_value_get_string (value));
      break;

    case PROP_HANDED_OVER_TO:
      mt_camp_set_handed_over_to (self, g_value_get_string (value));
      break;

    case PROP_ENV_STATUS:
      mt_camp_set_env_status (self, g_value_get_enum (value));
      break;

    case PROP_ENV_DATE:
      mt_camp_set_env_date (self, g_value_get_string (value));
      break;

    case PROP_BASELINE_STRENGTH:
      mt_camp_set_baseline_strength (self, g_value_get_int64 (value));
      break;

    case PROP_DEPARTED:
      mt_camp_set_departed (self, g_value_get_int64 (value));
      break;

    case PROP_ALIASES:
      mt_camp_set_aliases (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      mt_camp_set_notes (self, g_value_get_string (value));
      break;

    case PROP_ENV_FINDINGS:
      mt_camp_set_env_findings (self, g_value_get_string (value));
      break;

    case PROP_ENV_REMEDIATION:
      mt_camp_set_env_remediation (self, g_value_get_string (value));
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

  /* One batch of notifications, so a row bound to several properties redraws once. */
  g_object_freeze_notify (G_OBJECT (self));
  mt_camp_set_id (self, other->id);
  mt_camp_set_name (self, other->name);
  mt_camp_set_region (self, other->region);
  mt_camp_set_kind (self, other->kind);
  mt_camp_set_latitude (self, other->latitude);
  mt_camp_set_longitude (self, other->longitude);
  mt_camp_set_status (self, other->status);
  mt_camp_set_status_since (self, other->status_since);
  mt_camp_set_planned_closure (self, other->planned_closure);
  mt_camp_set_handover_date (self, other->handover_date);
  mt_camp_set_handed_over_to (self, other->handed_over_to);
  mt_camp_set_env_status (self, other->env_status);
  mt_camp_set_env_date (self, other->env_date);
  mt_camp_set_baseline_strength (self, other->baseline_strength);
  mt_camp_set_departed (self, other->departed);
  mt_camp_set_aliases (self, other->aliases);
  mt_camp_set_notes (self, other->notes);
  mt_camp_set_env_findings (self, other->env_findings);
  mt_camp_set_env_remediation (self, other->env_remediation);
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
