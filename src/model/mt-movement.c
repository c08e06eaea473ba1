/* mt-movement.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-movement"

#include "config.h"

#include "mt-movement.h"

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
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Setters: private, used by set_property, so every write notifies only on change. */

static void
mt_movement_set_id (MtMovement *self,
                    gint64      id)
{
  g_assert (MT_IS_MOVEMENT (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

static void
mt_movement_set_date (MtMovement *self,
                      const char *date)
{
  g_assert (MT_IS_MOVEMENT (self));

  if (g_strcmp0 (self->date, date) == 0)
    return;

  g_free (self->date);
  self->date = g_strdup (date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

static void
mt_movement_set_camp_id (MtMovement *self,
                         gint64      camp_id)
{
  g_assert (MT_IS_MOVEMENT (self));

  if (self->camp_id == camp_id)
    return;

  self->camp_id = camp_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAMP_ID]);
}

static void
mt_movement_set_camp_name (MtMovement *self,
                           const char *camp_name)
{
  g_assert (MT_IS_MOVEMENT (self));

  if (g_strcmp0 (self->camp_name, camp_name) == 0)
    return;

  g_free (self->camp_name);
  self->camp_name = g_strdup (camp_name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAMP_NAME]);
}

static void
mt_movement_set_category (MtMovement *self,
                          const char *category)
{
  g_assert (MT_IS_MOVEMENT (self));

  if (g_strcmp0 (self->category, category) == 0)
    return;

  g_free (self->category);
  self->category = g_strdup (category);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
}

static void
mt_movement_set_category_name (MtMovement *self,
                               const char *category_name)
{
  g_assert (MT_IS_MOVEMENT (self));

  if (g_strcmp0 (self->category_name, category_name) == 0)
    return;

  g_free (self->category_name);
  self->category_name = g_strdup (category_name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY_NAME]);
}

static void
mt_movement_set_contingent (MtMovement *self,
                            const char *contingent)
{
  g_assert (MT_IS_MOVEMENT (self));

  if (g_strcmp0 (self->contingent, contingent) == 0)
    return;

  g_free (self->contingent);
  self->contingent = g_strdup (contingent);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTINGENT]);
}

static void
mt_movement_set_count (MtMovement *self,
                       gint64      count)
{
  g_assert (MT_IS_MOVEMENT (self));

  if (self->count == count)
    return;

  self->count = count;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT]);
}

static void
mt_movement_set_note (MtMovement *self,
                      const char *note)
{
  g_assert (MT_IS_MOVEMENT (self));

  if (g_strcmp0 (self->note, note) == 0)
    return;

  g_free (self->note);
  self->note = g_strdup (note);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

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
      mt_movement_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_DATE:
      mt_movement_set_date (self, g_value_get_string (value));
      break;

    case PROP_CAMP_ID:
      mt_movement_set_camp_id (self, g_value_get_int64 (value));
      break;

    case PROP_CAMP_NAME:
      mt_movement_set_camp_name (self, g_value_get_string (value));
      break;

    case PROP_CATEGORY:
      mt_movement_set_category (self, g_value_get_string (value));
      break;

    case PROP_CATEGORY_NAME:
      mt_movement_set_category_name (self, g_value_get_string (value));
      break;

    case PROP_CONTINGENT:
      mt_movement_set_contingent (self, g_value_get_string (value));
      break;

    case PROP_COUNT:
      mt_movement_set_count (self, g_value_get_int64 (value));
      break;

    case PROP_NOTE:
      mt_movement_set_note (self, g_value_get_string (value));
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
