/* mt-mission.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-mission"

#include "config.h"

#include "mt-mission.h"
#include "mt-model-private.h"

struct _MtMission
{
  GObject       parent_instance;

  char         *name;
  char         *full_name;
  char         *resolution;
  char         *resolution_date;
  char         *withdrawal_start;
  char         *deadline;
  char         *headquarters;
};

G_DEFINE_FINAL_TYPE (MtMission, mt_mission, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_FULL_NAME,
  PROP_RESOLUTION,
  PROP_RESOLUTION_DATE,
  PROP_WITHDRAWAL_START,
  PROP_DEADLINE,
  PROP_HEADQUARTERS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* GObject overrides */

static void
mt_mission_finalize (GObject *object)
{
  MtMission *self = MT_MISSION (object);

  g_free (self->name);
  g_free (self->full_name);
  g_free (self->resolution);
  g_free (self->resolution_date);
  g_free (self->withdrawal_start);
  g_free (self->deadline);
  g_free (self->headquarters);

  G_OBJECT_CLASS (mt_mission_parent_class)->finalize (object);
}

static void
mt_mission_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  MtMission *self = MT_MISSION (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, mt_mission_get_name (self));
      break;

    case PROP_FULL_NAME:
      g_value_set_string (value, mt_mission_get_full_name (self));
      break;

    case PROP_RESOLUTION:
      g_value_set_string (value, mt_mission_get_resolution (self));
      break;

    case PROP_RESOLUTION_DATE:
      g_value_set_string (value, mt_mission_get_resolution_date (self));
      break;

    case PROP_WITHDRAWAL_START:
      g_value_set_string (value, mt_mission_get_withdrawal_start (self));
      break;

    case PROP_DEADLINE:
      g_value_set_string (value, mt_mission_get_deadline (self));
      break;

    case PROP_HEADQUARTERS:
      g_value_set_string (value, mt_mission_get_headquarters (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_mission_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  MtMission *self = MT_MISSION (object);

  switch (prop_id)
    {
    case PROP_NAME:
      _mt_model_set_string (object, &self->name, g_value_get_string (value), pspec);
      break;

    case PROP_FULL_NAME:
      _mt_model_set_string (object, &self->full_name, g_value_get_string (value), pspec);
      break;

    case PROP_RESOLUTION:
      _mt_model_set_string (object, &self->resolution, g_value_get_string (value), pspec);
      break;

    case PROP_RESOLUTION_DATE:
      _mt_model_set_string (object, &self->resolution_date, g_value_get_string (value), pspec);
      break;

    case PROP_WITHDRAWAL_START:
      _mt_model_set_string (object, &self->withdrawal_start, g_value_get_string (value), pspec);
      break;

    case PROP_DEADLINE:
      _mt_model_set_string (object, &self->deadline, g_value_get_string (value), pspec);
      break;

    case PROP_HEADQUARTERS:
      _mt_model_set_string (object, &self->headquarters, g_value_get_string (value), pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Class */

static void
mt_mission_class_init (MtMissionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mt_mission_finalize;
  object_class->get_property = mt_mission_get_property;
  object_class->set_property = mt_mission_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FULL_NAME] =
    g_param_spec_string ("full-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RESOLUTION] =
    g_param_spec_string ("resolution", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RESOLUTION_DATE] =
    g_param_spec_string ("resolution-date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WITHDRAWAL_START] =
    g_param_spec_string ("withdrawal-start", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEADLINE] =
    g_param_spec_string ("deadline", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HEADQUARTERS] =
    g_param_spec_string ("headquarters", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mt_mission_init (MtMission *self)
{
}

/* Public API */

const char *
mt_mission_get_name (MtMission *self)
{
  g_return_val_if_fail (MT_IS_MISSION (self), NULL);

  return self->name;
}

const char *
mt_mission_get_full_name (MtMission *self)
{
  g_return_val_if_fail (MT_IS_MISSION (self), NULL);

  return self->full_name;
}

const char *
mt_mission_get_resolution (MtMission *self)
{
  g_return_val_if_fail (MT_IS_MISSION (self), NULL);

  return self->resolution;
}

const char *
mt_mission_get_resolution_date (MtMission *self)
{
  g_return_val_if_fail (MT_IS_MISSION (self), NULL);

  return self->resolution_date;
}

const char *
mt_mission_get_withdrawal_start (MtMission *self)
{
  g_return_val_if_fail (MT_IS_MISSION (self), NULL);

  return self->withdrawal_start;
}

const char *
mt_mission_get_deadline (MtMission *self)
{
  g_return_val_if_fail (MT_IS_MISSION (self), NULL);

  return self->deadline;
}

const char *
mt_mission_get_headquarters (MtMission *self)
{
  g_return_val_if_fail (MT_IS_MISSION (self), NULL);

  return self->headquarters;
}
