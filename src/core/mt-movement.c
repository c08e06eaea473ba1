/* mt-movement.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-movement"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mt-movement.h"
#include "mt-model-private.h"

struct _MtMovement
{
  GObject       parent_instance;

  gint64        id;
  char         *date;
  gint64        camp_id;
  char         *camp_name;
  char         *category;
  char         *category_name;
  char         *contingent;
  gint64        count;
  char         *note;
  gboolean      planned;
};

G_DEFINE_FINAL_TYPE (MtMovement, mt_movement, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_DATE,
  PROP_CAMP_ID,
  PROP_CAMP_NAME,
  PROP_CATEGORY,
  PROP_CATEGORY_NAME,
  PROP_CONTINGENT,
  PROP_COUNT,
  PROP_NOTE,
  PROP_PLANNED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* GObject overrides */

static void
mt_movement_finalize (GObject *object)
{
  MtMovement *self = MT_MOVEMENT (object);

  g_free (self->date);
  g_free (self->camp_name);
  g_free (self->category);
  g_free (self->category_name);
  g_free (self->contingent);
  g_free (self->note);

  G_OBJECT_CLASS (mt_movement_parent_class)->finalize (object);
}

static void
mt_movement_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  MtMovement *self = MT_MOVEMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, mt_movement_get_id (self));
      break;

    case PROP_DATE:
      g_value_set_string (value, mt_movement_get_date (self));
      break;

    case PROP_CAMP_ID:
      g_value_set_int64 (value, mt_movement_get_camp_id (self));
      break;

    case PROP_CAMP_NAME:
      g_value_set_string (value, mt_movement_get_camp_name (self));
      break;

    case PROP_CATEGORY:
      g_value_set_string (value, mt_movement_get_category (self));
      break;

    case PROP_CATEGORY_NAME:
      g_value_set_string (value, mt_movement_get_category_name (self));
      break;

    case PROP_CONTINGENT:
      g_value_set_string (value, mt_movement_get_contingent (self));
      break;

    case PROP_COUNT:
      g_value_set_int64 (value, mt_movement_get_count (self));
      break;

    case PROP_NOTE:
      g_value_set_string (value, mt_movement_get_note (self));
      break;

    case PROP_PLANNED:
      g_value_set_boolean (value, mt_movement_get_planned (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_movement_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  MtMovement *self = MT_MOVEMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      _mt_model_set_int64 (object, &self->id, g_value_get_int64 (value), pspec);
      break;

    case PROP_DATE:
      _mt_model_set_string (object, &self->date, g_value_get_string (value), pspec);
      break;

    case PROP_CAMP_ID:
      _mt_model_set_int64 (object, &self->camp_id, g_value_get_int64 (value), pspec);
      break;

    case PROP_CAMP_NAME:
      _mt_model_set_string (object, &self->camp_name, g_value_get_string (value), pspec);
      break;

    case PROP_CATEGORY:
      _mt_model_set_string (object, &self->category, g_value_get_string (value), pspec);
      break;

    case PROP_CATEGORY_NAME:
      _mt_model_set_string (object, &self->category_name, g_value_get_string (value), pspec);
      break;

    case PROP_CONTINGENT:
      _mt_model_set_string (object, &self->contingent, g_value_get_string (value), pspec);
      break;

    case PROP_COUNT:
      _mt_model_set_int64 (object, &self->count, g_value_get_int64 (value), pspec);
      break;

    case PROP_NOTE:
      _mt_model_set_string (object, &self->note, g_value_get_string (value), pspec);
      break;

    case PROP_PLANNED:
      _mt_model_set_boolean (object, &self->planned, g_value_get_boolean (value), pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Class */

static void
mt_movement_class_init (MtMovementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mt_movement_finalize;
  object_class->get_property = mt_movement_get_property;
  object_class->set_property = mt_movement_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAMP_ID] =
    g_param_spec_int64 ("camp-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAMP_NAME] =
    g_param_spec_string ("camp-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CATEGORY] =
    g_param_spec_string ("category", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CATEGORY_NAME] =
    g_param_spec_string ("category-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONTINGENT] =
    g_param_spec_string ("contingent", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COUNT] =
    g_param_spec_int64 ("count", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLANNED] =
    g_param_spec_boolean ("planned", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mt_movement_init (MtMovement *self)
{
}

/* Public API */

gint64
mt_movement_get_id (MtMovement *self)
{
  g_return_val_if_fail (MT_IS_MOVEMENT (self), 0);

  return self->id;
}

const char *
mt_movement_get_date (MtMovement *self)
{
  g_return_val_if_fail (MT_IS_MOVEMENT (self), NULL);

  return self->date;
}

gint64
mt_movement_get_camp_id (MtMovement *self)
{
  g_return_val_if_fail (MT_IS_MOVEMENT (self), 0);

  return self->camp_id;
}

const char *
mt_movement_get_camp_name (MtMovement *self)
{
  g_return_val_if_fail (MT_IS_MOVEMENT (self), NULL);

  return self->camp_name;
}

const char *
mt_movement_get_category (MtMovement *self)
{
  g_return_val_if_fail (MT_IS_MOVEMENT (self), NULL);

  return self->category;
}

const char *
mt_movement_get_category_name (MtMovement *self)
{
  g_return_val_if_fail (MT_IS_MOVEMENT (self), NULL);

  return self->category_name;
}

const char *
mt_movement_get_contingent (MtMovement *self)
{
  g_return_val_if_fail (MT_IS_MOVEMENT (self), NULL);

  return self->contingent;
}

gint64
mt_movement_get_count (MtMovement *self)
{
  g_return_val_if_fail (MT_IS_MOVEMENT (self), 0);

  return self->count;
}

const char *
mt_movement_get_note (MtMovement *self)
{
  g_return_val_if_fail (MT_IS_MOVEMENT (self), NULL);

  return self->note;
}

gboolean
mt_movement_get_planned (MtMovement *self)
{
  g_return_val_if_fail (MT_IS_MOVEMENT (self), FALSE);

  return self->planned;
}

const char *
mt_movement_get_status_label (MtMovement *self)
{
  g_return_val_if_fail (MT_IS_MOVEMENT (self), NULL);

  /* Translators: a movement's status: part of the plan, not made yet; or made */
  return self->planned ? C_("movement", "Planned") : C_("movement", "Made");
}
