/* mt-category.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-category"

#include "config.h"

#include "mt-category.h"

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

/* Setters: private, used by set_property, so every write notifies only on change. */

static void
mt_category_set_code (MtCategory *self,
                      const char *code)
{
  g_assert (MT_IS_CATEGORY (self));

  if (g_strcmp0 (self->code, code) == 0)
    return;

  g_free (self->code);
  self->code = g_strdup (code);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODE]);
}

static void
mt_category_set_name (MtCategory *self,
                      const char *name)
{
  g_assert (MT_IS_CATEGORY (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

static void
mt_category_set_short_name (MtCategory *self,
                            const char *short_name)
{
  g_assert (MT_IS_CATEGORY (self));

  if (g_strcmp0 (self->short_name, short_name) == 0)
    return;

  g_free (self->short_name);
  self->short_name = g_strdup (short_name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHORT_NAME]);
}

static void
mt_category_set_component (MtCategory *self,
                           const char *component)
{
  g_assert (MT_IS_CATEGORY (self));

  if (g_strcmp0 (self->component, component) == 0)
    return;

  g_free (self->component);
  self->component = g_strdup (component);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPONENT]);
}

static void
mt_category_set_uniformed (MtCategory *self,
                           gboolean    uniformed)
{
  g_assert (MT_IS_CATEGORY (self));

  uniformed = !!uniformed;
  if (self->uniformed == uniformed)
    return;

  self->uniformed = uniformed;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIFORMED]);
}

static void
mt_category_set_position (MtCategory *self,
                          int         position)
{
  g_assert (MT_IS_CATEGORY (self));

  if (self->position == position)
    return;

  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

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
      mt_category_set_code (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      mt_category_set_name (self, g_value_get_string (value));
      break;

    case PROP_SHORT_NAME:
      mt_category_set_short_name (self, g_value_get_string (value));
      break;

    case PROP_COMPONENT:
      mt_category_set_component (self, g_value_get_string (value));
      break;

    case PROP_UNIFORMED:
      mt_category_set_uniformed (self, g_value_get_boolean (value));
      break;

    case PROP_POSITION:
      mt_category_set_position (self, g_value_get_int (value));
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
