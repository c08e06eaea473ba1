/* mt-convoy.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-convoy"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mt-convoy.h"
#include "mt-model-private.h"

struct _MtConvoy
{
  GObject       parent_instance;

  gint64        id;
  gint64        from_camp_id;
  gint64        to_camp_id;
  char         *from_name;
  char         *to_name;
  char         *departed;
  char         *arrived;
  gint64        personnel;
  gint64        vehicles;
  char         *note;
  /* Schema v3 (editing) */
  char *planned_departure;
  char *planned_arrival;
  guint status;
};

G_DEFINE_FINAL_TYPE (MtConvoy, mt_convoy, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_FROM_CAMP_ID,
  PROP_TO_CAMP_ID,
  PROP_FROM_NAME,
  PROP_TO_NAME,
  PROP_DEPARTED,
  PROP_ARRIVED,
  PROP_PERSONNEL,
  PROP_VEHICLES,
  PROP_NOTE,
  PROP_PLANNED_DEPARTURE,
  PROP_PLANNED_ARRIVAL,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* GObject overrides */

static void
mt_convoy_finalize (GObject *object)
{
  MtConvoy *self = MT_CONVOY (object);

  g_free (self->planned_departure);
  g_free (self->planned_arrival);
  g_free (self->from_name);
  g_free (self->to_name);
  g_free (self->departed);
  g_free (self->arrived);
  g_free (self->note);

  G_OBJECT_CLASS (mt_convoy_parent_class)->finalize (object);
}

static void
mt_convoy_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  MtConvoy *self = MT_CONVOY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, mt_convoy_get_id (self));
      break;

    case PROP_FROM_CAMP_ID:
      g_value_set_int64 (value, mt_convoy_get_from_camp_id (self));
      break;

    case PROP_TO_CAMP_ID:
      g_value_set_int64 (value, mt_convoy_get_to_camp_id (self));
      break;

    case PROP_FROM_NAME:
      g_value_set_string (value, mt_convoy_get_from_name (self));
      break;

    case PROP_TO_NAME:
      g_value_set_string (value, mt_convoy_get_to_name (self));
      break;

    case PROP_DEPARTED:
      g_value_set_string (value, mt_convoy_get_departed (self));
      break;

    case PROP_ARRIVED:
      g_value_set_string (value, mt_convoy_get_arrived (self));
      break;

    case PROP_PERSONNEL:
      g_value_set_int64 (value, mt_convoy_get_personnel (self));
      break;

    case PROP_VEHICLES:
      g_value_set_int64 (value, mt_convoy_get_vehicles (self));
      break;

    case PROP_NOTE:
      g_value_set_string (value, mt_convoy_get_note (self));
      break;

    case PROP_PLANNED_DEPARTURE:
      g_value_set_string (value, self->planned_departure);
      break;

    case PROP_PLANNED_ARRIVAL:
      g_value_set_string (value, self->planned_arrival);
      break;

    case PROP_STATUS:
      g_value_set_uint (value, self->status);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_convoy_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  MtConvoy *self = MT_CONVOY (object);

  switch (prop_id)
    {
    case PROP_ID:
      _mt_model_set_int64 (object, &self->id, g_value_get_int64 (value), pspec);
      break;

    case PROP_FROM_CAMP_ID:
      _mt_model_set_int64 (object, &self->from_camp_id, g_value_get_int64 (value), pspec);
      break;

    case PROP_TO_CAMP_ID:
      _mt_model_set_int64 (object, &self->to_camp_id, g_value_get_int64 (value), pspec);
      break;

    case PROP_FROM_NAME:
      _mt_model_set_string (object, &self->from_name, g_value_get_string (value), pspec);
      break;

    case PROP_TO_NAME:
      _mt_model_set_string (object, &self->to_name, g_value_get_string (value), pspec);
      break;

    case PROP_DEPARTED:
      _mt_model_set_string (object, &self->departed, g_value_get_string (value), pspec);
      break;

    case PROP_ARRIVED:
      _mt_model_set_string (object, &self->arrived, g_value_get_string (value), pspec);
      break;

    case PROP_PERSONNEL:
      _mt_model_set_int64 (object, &self->personnel, g_value_get_int64 (value), pspec);
      break;

    case PROP_VEHICLES:
      _mt_model_set_int64 (object, &self->vehicles, g_value_get_int64 (value), pspec);
      break;

    case PROP_NOTE:
      _mt_model_set_string (object, &self->note, g_value_get_string (value), pspec);
      break;

    case PROP_PLANNED_DEPARTURE:
      _mt_model_set_string (object, &self->planned_departure, g_value_get_string (value), pspec);
      break;

    case PROP_PLANNED_ARRIVAL:
      _mt_model_set_string (object, &self->planned_arrival, g_value_get_string (value), pspec);
      break;

    case PROP_STATUS:
      _mt_model_set_uint (object, &self->status, g_value_get_uint (value), pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Class */

static void
mt_convoy_class_init (MtConvoyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mt_convoy_finalize;
  object_class->get_property = mt_convoy_get_property;
  object_class->set_property = mt_convoy_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FROM_CAMP_ID] =
    g_param_spec_int64 ("from-camp-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TO_CAMP_ID] =
    g_param_spec_int64 ("to-camp-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FROM_NAME] =
    g_param_spec_string ("from-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TO_NAME] =
    g_param_spec_string ("to-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEPARTED] =
    g_param_spec_string ("departed", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ARRIVED] =
    g_param_spec_string ("arrived", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERSONNEL] =
    g_param_spec_int64 ("personnel", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VEHICLES] =
    g_param_spec_int64 ("vehicles", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PLANNED_DEPARTURE] =
    g_param_spec_string ("planned-departure", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLANNED_ARRIVAL] =
    g_param_spec_string ("planned-arrival", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_uint ("status", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mt_convoy_init (MtConvoy *self)
{
}

/* Public API */

gint64
mt_convoy_get_id (MtConvoy *self)
{
  g_return_val_if_fail (MT_IS_CONVOY (self), 0);

  return self->id;
}

gint64
mt_convoy_get_from_camp_id (MtConvoy *self)
{
  g_return_val_if_fail (MT_IS_CONVOY (self), 0);

  return self->from_camp_id;
}

gint64
mt_convoy_get_to_camp_id (MtConvoy *self)
{
  g_return_val_if_fail (MT_IS_CONVOY (self), 0);

  return self->to_camp_id;
}

const char *
mt_convoy_get_from_name (MtConvoy *self)
{
  g_return_val_if_fail (MT_IS_CONVOY (self), NULL);

  return self->from_name;
}

const char *
mt_convoy_get_to_name (MtConvoy *self)
{
  g_return_val_if_fail (MT_IS_CONVOY (self), NULL);

  return self->to_name;
}

const char *
mt_convoy_get_departed (MtConvoy *self)
{
  g_return_val_if_fail (MT_IS_CONVOY (self), NULL);

  return self->departed;
}

const char *
mt_convoy_get_arrived (MtConvoy *self)
{
  g_return_val_if_fail (MT_IS_CONVOY (self), NULL);

  return self->arrived;
}

gint64
mt_convoy_get_personnel (MtConvoy *self)
{
  g_return_val_if_fail (MT_IS_CONVOY (self), 0);

  return self->personnel;
}

gint64
mt_convoy_get_vehicles (MtConvoy *self)
{
  g_return_val_if_fail (MT_IS_CONVOY (self), 0);

  return self->vehicles;
}

const char *
mt_convoy_get_note (MtConvoy *self)
{
  g_return_val_if_fail (MT_IS_CONVOY (self), NULL);

  return self->note;
}

const char *
mt_convoy_get_planned_departure (MtConvoy *self)
{
  g_return_val_if_fail (MT_IS_CONVOY (self), NULL);

  return self->planned_departure;
}

const char *
mt_convoy_get_planned_arrival (MtConvoy *self)
{
  g_return_val_if_fail (MT_IS_CONVOY (self), NULL);

  return self->planned_arrival;
}

MtConvoyStatus
mt_convoy_get_status (MtConvoy *self)
{
  g_return_val_if_fail (MT_IS_CONVOY (self), MT_CONVOY_STATUS_PLANNED);

  return self->status;
}

static const struct {
  const char *key;
  const char *label;
} statuses[] = {
  { "planned", N_("Planned") },
  { "under-way", N_("Under way") },
  { "arrived", N_("Arrived") },
  { "cancelled", N_("Cancelled") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (statuses) == MT_CONVOY_N_STATUSES);

const char *
mt_convoy_status_to_key (MtConvoyStatus status)
{
  g_return_val_if_fail (status < MT_CONVOY_N_STATUSES, NULL);

  return statuses[status].key;
}

gboolean
mt_convoy_status_from_key (const char     *key,
                           MtConvoyStatus *status)
{
  g_return_val_if_fail (status != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    if (g_strcmp0 (statuses[i].key, key) == 0)
      {
        *status = i;
        return TRUE;
      }

  return FALSE;
}

const char *
mt_convoy_status_get_label (MtConvoyStatus status)
{
  g_return_val_if_fail (status < MT_CONVOY_N_STATUSES, NULL);

  return _(statuses[status].label);
}
