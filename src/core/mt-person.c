/* mt-person.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-person"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mt-person.h"
#include "mt-model-private.h"

struct _MtPerson
{
  GObject       parent_instance;

  gint64        id;
  char         *personnel_id;
  char         *family_name;
  char         *given_name;
  char         *rank;
  char         *category;
  char         *category_name;
  char         *country;
  char         *unit;
  gint64        camp_id;
  char         *camp_name;
  char         *planned_departure;
  char         *status;
  char         *departure_date;
  gint64        import_id;
  int           import_line;
};

G_DEFINE_FINAL_TYPE (MtPerson, mt_person, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PERSONNEL_ID,
  PROP_FAMILY_NAME,
  PROP_GIVEN_NAME,
  PROP_RANK,
  PROP_CATEGORY,
  PROP_CATEGORY_NAME,
  PROP_COUNTRY,
  PROP_UNIT,
  PROP_CAMP_ID,
  PROP_CAMP_NAME,
  PROP_PLANNED_DEPARTURE,
  PROP_STATUS,
  PROP_DEPARTURE_DATE,
  PROP_IMPORT_ID,
  PROP_IMPORT_LINE,
  PROP_STATUS_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* GObject overrides */

static void
mt_person_finalize (GObject *object)
{
  MtPerson *self = MT_PERSON (object);

  g_free (self->personnel_id);
  g_free (self->family_name);
  g_free (self->given_name);
  g_free (self->rank);
  g_free (self->category);
  g_free (self->category_name);
  g_free (self->country);
  g_free (self->unit);
  g_free (self->camp_name);
  g_free (self->planned_departure);
  g_free (self->status);
  g_free (self->departure_date);

  G_OBJECT_CLASS (mt_person_parent_class)->finalize (object);
}

static void
mt_person_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  MtPerson *self = MT_PERSON (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, mt_person_get_id (self));
      break;

    case PROP_PERSONNEL_ID:
      g_value_set_string (value, mt_person_get_personnel_id (self));
      break;

    case PROP_FAMILY_NAME:
      g_value_set_string (value, mt_person_get_family_name (self));
      break;

    case PROP_GIVEN_NAME:
      g_value_set_string (value, mt_person_get_given_name (self));
      break;

    case PROP_RANK:
      g_value_set_string (value, mt_person_get_rank (self));
      break;

    case PROP_CATEGORY:
      g_value_set_string (value, mt_person_get_category (self));
      break;

    case PROP_CATEGORY_NAME:
      g_value_set_string (value, mt_person_get_category_name (self));
      break;

    case PROP_COUNTRY:
      g_value_set_string (value, mt_person_get_country (self));
      break;

    case PROP_UNIT:
      g_value_set_string (value, mt_person_get_unit (self));
      break;

    case PROP_CAMP_ID:
      g_value_set_int64 (value, mt_person_get_camp_id (self));
      break;

    case PROP_CAMP_NAME:
      g_value_set_string (value, mt_person_get_camp_name (self));
      break;

    case PROP_PLANNED_DEPARTURE:
      g_value_set_string (value, mt_person_get_planned_departure (self));
      break;

    case PROP_STATUS:
      g_value_set_string (value, mt_person_get_status (self));
      break;

    case PROP_DEPARTURE_DATE:
      g_value_set_string (value, mt_person_get_departure_date (self));
      break;

    case PROP_IMPORT_ID:
      g_value_set_int64 (value, mt_person_get_import_id (self));
      break;

    case PROP_IMPORT_LINE:
      g_value_set_int (value, mt_person_get_import_line (self));
      break;

    case PROP_STATUS_LABEL:
      g_value_set_string (value, mt_person_get_status_label (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_person_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  MtPerson *self = MT_PERSON (object);

  switch (prop_id)
    {
    case PROP_ID:
      _mt_model_set_int64 (object, &self->id, g_value_get_int64 (value), pspec);
      break;

    case PROP_PERSONNEL_ID:
      _mt_model_set_string (object, &self->personnel_id, g_value_get_string (value), pspec);
      break;

    case PROP_FAMILY_NAME:
      _mt_model_set_string (object, &self->family_name, g_value_get_string (value), pspec);
      break;

    case PROP_GIVEN_NAME:
      _mt_model_set_string (object, &self->given_name, g_value_get_string (value), pspec);
      break;

    case PROP_RANK:
      _mt_model_set_string (object, &self->rank, g_value_get_string (value), pspec);
      break;

    case PROP_CATEGORY:
      _mt_model_set_string (object, &self->category, g_value_get_string (value), pspec);
      break;

    case PROP_CATEGORY_NAME:
      _mt_model_set_string (object, &self->category_name, g_value_get_string (value), pspec);
      break;

    case PROP_COUNTRY:
      _mt_model_set_string (object, &self->country, g_value_get_string (value), pspec);
      break;

    case PROP_UNIT:
      _mt_model_set_string (object, &self->unit, g_value_get_string (value), pspec);
      break;

    case PROP_CAMP_ID:
      _mt_model_set_int64 (object, &self->camp_id, g_value_get_int64 (value), pspec);
      break;

    case PROP_CAMP_NAME:
      _mt_model_set_string (object, &self->camp_name, g_value_get_string (value), pspec);
      break;

    case PROP_PLANNED_DEPARTURE:
      _mt_model_set_string (object, &self->planned_departure, g_value_get_string (value), pspec);
      break;

    case PROP_STATUS:
      if (_mt_model_set_string (object, &self->status, g_value_get_string (value), pspec))
        g_object_notify_by_pspec (object, properties[PROP_STATUS_LABEL]);
      break;

    case PROP_DEPARTURE_DATE:
      _mt_model_set_string (object, &self->departure_date, g_value_get_string (value), pspec);
      break;

    case PROP_IMPORT_ID:
      _mt_model_set_int64 (object, &self->import_id, g_value_get_int64 (value), pspec);
      break;

    case PROP_IMPORT_LINE:
      _mt_model_set_int (object, &self->import_line, g_value_get_int (value), pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Class */

static void
mt_person_class_init (MtPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mt_person_finalize;
  object_class->get_property = mt_person_get_property;
  object_class->set_property = mt_person_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERSONNEL_ID] =
    g_param_spec_string ("personnel-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FAMILY_NAME] =
    g_param_spec_string ("family-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GIVEN_NAME] =
    g_param_spec_string ("given-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RANK] =
    g_param_spec_string ("rank", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CATEGORY] =
    g_param_spec_string ("category", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CATEGORY_NAME] =
    g_param_spec_string ("category-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COUNTRY] =
    g_param_spec_string ("country", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAMP_ID] =
    g_param_spec_int64 ("camp-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAMP_NAME] =
    g_param_spec_string ("camp-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLANNED_DEPARTURE] =
    g_param_spec_string ("planned-departure", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEPARTURE_DATE] =
    g_param_spec_string ("departure-date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_IMPORT_ID] =
    g_param_spec_int64 ("import-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_IMPORT_LINE] =
    g_param_spec_int ("import-line", NULL, NULL, G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS_LABEL] =
    g_param_spec_string ("status-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mt_person_init (MtPerson *self)
{
}

/* Public API */

gint64
mt_person_get_id (MtPerson *self)
{
  g_return_val_if_fail (MT_IS_PERSON (self), 0);

  return self->id;
}

const char *
mt_person_get_personnel_id (MtPerson *self)
{
  g_return_val_if_fail (MT_IS_PERSON (self), NULL);

  return self->personnel_id;
}

const char *
mt_person_get_family_name (MtPerson *self)
{
  g_return_val_if_fail (MT_IS_PERSON (self), NULL);

  return self->family_name;
}

const char *
mt_person_get_given_name (MtPerson *self)
{
  g_return_val_if_fail (MT_IS_PERSON (self), NULL);

  return self->given_name;
}

const char *
mt_person_get_rank (MtPerson *self)
{
  g_return_val_if_fail (MT_IS_PERSON (self), NULL);

  return self->rank;
}

const char *
mt_person_get_category (MtPerson *self)
{
  g_return_val_if_fail (MT_IS_PERSON (self), NULL);

  return self->category;
}

const char *
mt_person_get_category_name (MtPerson *self)
{
  g_return_val_if_fail (MT_IS_PERSON (self), NULL);

  return self->category_name;
}

const char *
mt_person_get_country (MtPerson *self)
{
  g_return_val_if_fail (MT_IS_PERSON (self), NULL);

  return self->country;
}

const char *
mt_person_get_unit (MtPerson *self)
{
  g_return_val_if_fail (MT_IS_PERSON (self), NULL);

  return self->unit;
}

gint64
mt_person_get_camp_id (MtPerson *self)
{
  g_return_val_if_fail (MT_IS_PERSON (self), 0);

  return self->camp_id;
}

const char *
mt_person_get_camp_name (MtPerson *self)
{
  g_return_val_if_fail (MT_IS_PERSON (self), NULL);

  return self->camp_name;
}

const char *
mt_person_get_planned_departure (MtPerson *self)
{
  g_return_val_if_fail (MT_IS_PERSON (self), NULL);

  return self->planned_departure;
}

const char *
mt_person_get_status (MtPerson *self)
{
  g_return_val_if_fail (MT_IS_PERSON (self), NULL);

  return self->status;
}

const char *
mt_person_get_departure_date (MtPerson *self)
{
  g_return_val_if_fail (MT_IS_PERSON (self), NULL);

  return self->departure_date;
}

gint64
mt_person_get_import_id (MtPerson *self)
{
  g_return_val_if_fail (MT_IS_PERSON (self), 0);

  return self->import_id;
}

int
mt_person_get_import_line (MtPerson *self)
{
  g_return_val_if_fail (MT_IS_PERSON (self), 0);

  return self->import_line;
}

const char *
mt_person_get_status_label (MtPerson *self)
{
  g_return_val_if_fail (MT_IS_PERSON (self), NULL);

  return mt_person_status_get_label (self->status);
}

/* The two keys the app writes are translated; anything else came from an
 * imported file in the planners' own words and is shown as it is. One person's
 * status: in French "Rapatrié", not the "Partis" of a column of counts. */
const char *
mt_person_status_get_label (const char *status)
{
  if (g_strcmp0 (status, "deployed") == 0)
    return C_("personnel status", "Deployed");
  if (g_strcmp0 (status, "departed") == 0)
    return C_("personnel status", "Departed");
  return status;
}
