/* mt-stat-point.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-stat-point"

#include "config.h"

#include "mt-stat-point.h"
#include "mt-model-private.h"

struct _MtStatPoint
{
  GObject       parent_instance;

  char         *date;
  double        value;
  char         *label;
};

G_DEFINE_FINAL_TYPE (MtStatPoint, mt_stat_point, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATE,
  PROP_VALUE,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* GObject overrides */

static void
mt_stat_point_finalize (GObject *object)
{
  MtStatPoint *self = MT_STAT_POINT (object);

  g_free (self->date);
  g_free (self->label);

  G_OBJECT_CLASS (mt_stat_point_parent_class)->finalize (object);
}

static void
mt_stat_point_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MtStatPoint *self = MT_STAT_POINT (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, mt_stat_point_get_date (self));
      break;

    case PROP_VALUE:
      g_value_set_double (value, mt_stat_point_get_value (self));
      break;

    case PROP_LABEL:
      g_value_set_string (value, mt_stat_point_get_label (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_stat_point_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  MtStatPoint *self = MT_STAT_POINT (object);

  switch (prop_id)
    {
    case PROP_DATE:
      _mt_model_set_string (object, &self->date, g_value_get_string (value), pspec);
      break;

    case PROP_VALUE:
      _mt_model_set_double (object, &self->value, g_value_get_double (value), pspec);
      break;

    case PROP_LABEL:
      _mt_model_set_string (object, &self->label, g_value_get_string (value), pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Class */

static void
mt_stat_point_class_init (MtStatPointClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mt_stat_point_finalize;
  object_class->get_property = mt_stat_point_get_property;
  object_class->set_property = mt_stat_point_set_property;

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mt_stat_point_init (MtStatPoint *self)
{
}

/* Public API */

const char *
mt_stat_point_get_date (MtStatPoint *self)
{
  g_return_val_if_fail (MT_IS_STAT_POINT (self), NULL);

  return self->date;
}

double
mt_stat_point_get_value (MtStatPoint *self)
{
  g_return_val_if_fail (MT_IS_STAT_POINT (self), 0.0);

  return self->value;
}

const char *
mt_stat_point_get_label (MtStatPoint *self)
{
  g_return_val_if_fail (MT_IS_STAT_POINT (self), NULL);

  return self->label;
}

MtStatPoint *
mt_stat_point_new (const char *date,
                   double      value)
{
  return g_object_new (MT_TYPE_STAT_POINT,
                       "date", date,
                       "value", value,
                       NULL);
}
