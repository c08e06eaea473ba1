/* mt-category.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-category"

#include "config.h"

#include "mt-category.h"
#include "mt-model-private.h"

struct _MtCategory
{
  GObject       parent_instance;

  char         *code;
  char         *name;
  char         *short_name;
  char         *component;
  gboolean      uniformed;
  int           position;
};

G_DEFINE_FINAL_TYPE (MtCategory, mt_category, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_NAME,
  PROP_SHORT_NAME,
  PROP_COMPONENT,
  PROP_UNIFORMED,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* GObject overrides */

static void
mt_category_finalize (GObject *object)
{
  MtCategory *self = MT_CATEGORY (object);

  g_free (self->code);
  g_free (self->name);
  g_free (self->short_name);
  g_free (self->component);

  G_OBJECT_CLASS (mt_category_parent_class)->finalize (object);
}

static void
mt_category_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  MtCategory *self = MT_CATEGORY (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, mt_category_get_code (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, mt_category_get_name (self));
      break;

    case PROP_SHORT_NAME:
      g_value_set_string (value, mt_category_get_short_name (self));
      break;

    case PROP_COMPONENT:
      g_value_set_string (value, mt_category_get_component (self));
      break;

    case PROP_UNIFORMED:
      g_value_set_boolean (value, mt_category_get_uniformed (self));
      break;

    case PROP_POSITION:
      g_value_set_int (value, mt_category_get_position (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_category_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  MtCategory *self = MT_CATEGORY (object);

  switch (prop_id)
    {
    case PROP_CODE:
      _mt_model_set_string (object, &self->code, g_value_get_string (value), pspec);
      break;

    case PROP_NAME:
      _mt_model_set_string (object, &self->name, g_value_get_string (value), pspec);
      break;

    case PROP_SHORT_NAME:
      _mt_model_set_string (object, &self->short_name, g_value_get_string (value), pspec);
      break;

    case PROP_COMPONENT:
      _mt_model_set_string (object, &self->component, g_value_get_string (value), pspec);
      break;

    case PROP_UNIFORMED:
      _mt_model_set_boolean (object, &self->uniformed, g_value_get_boolean (value), pspec);
      break;

    case PROP_POSITION:
      _mt_model_set_int (object, &self->position, g_value_get_int (value), pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Class */

static void
mt_category_class_init (MtCategoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mt_category_finalize;
  object_class->get_property = mt_category_get_property;
  object_class->set_property = mt_category_set_property;

  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHORT_NAME] =
    g_param_spec_string ("short-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPONENT] =
    g_param_spec_string ("component", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNIFORMED] =
    g_param_spec_boolean ("uniformed", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mt_category_init (MtCategory *self)
{
}

/* Public API */

const char *
mt_category_get_code (MtCategory *self)
{
  g_return_val_if_fail (MT_IS_CATEGORY (self), NULL);

  return self->code;
}

const char *
mt_category_get_name (MtCategory *self)
{
  g_return_val_if_fail (MT_IS_CATEGORY (self), NULL);

  return self->name;
}

const char *
mt_category_get_short_name (MtCategory *self)
{
  g_return_val_if_fail (MT_IS_CATEGORY (self), NULL);

  return self->short_name;
}

const char *
mt_category_get_component (MtCategory *self)
{
  g_return_val_if_fail (MT_IS_CATEGORY (self), NULL);

  return self->component;
}

gboolean
mt_category_get_uniformed (MtCategory *self)
{
  g_return_val_if_fail (MT_IS_CATEGORY (self), FALSE);

  return self->uniformed;
}

int
mt_category_get_position (MtCategory *self)
{
  g_return_val_if_fail (MT_IS_CATEGORY (self), 0);

  return self->position;
}
