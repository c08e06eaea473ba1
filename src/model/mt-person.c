/* mt-person.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-person"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mt-person.h"

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

/* Setters: private, used by set_property, so every write notifies only on change. */

static void
mt_person_set_id (MtPerson *self,
                  gint64    id)
{
  g_assert (MT_IS_PERSON (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

static void
mt_person_set_personnel_id (MtPerson   *self,
                            const char *personnel_id)
{
  g_assert (MT_IS_PERSON (self));

  if (g_strcmp0 (self->personnel_id, personnel_id) == 0)
    return;

  g_free (self->personnel_id);
  self->personnel_id = g_strdup (personnel_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSONNEL_ID]);
}

static void
mt_person_set_family_name (MtPerson   *self,
                           const char *family_name)
{
  g_assert (MT_IS_PERSON (self));

  if (g_strcmp0 (self->family_name, family_name) == 0)
    return;

  g_free (self->family_name);
  self->family_name = g_strdup (family_name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILY_NAME]);
}

static void
mt_person_set_given_name (MtPerson   *self,
                          const char *given_name)
{
  g_assert (MT_IS_PERSON (self));

  if (g_strcmp0 (self->given_name, given_name) == 0)
    return;

  g_free (self->given_name);
  self->given_name = g_strdup (given_name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GIVEN_NAME]);
}

static void
mt_person_set_rank (MtPerson   *self,
                    const char *rank)
{
  g_assert (MT_IS_PERSON (self));

  if (g_strcmp0 (self->rank, rank) == 0)
    return;

  g_free (self->rank);
  self->rank = g_strdup (rank);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANK]);
}

static void
mt_person_set_category (MtPerson   *self,
                        const char *category)
{
  g_assert (MT_IS_PERSON (self));

  if (g_strcmp0 (self->category, category) == 0)
    return;

  g_free (self->category);
  self->category = g_strdup (category);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
}

static void
mt_person_set_category_name (MtPerson   *self,
                             const char *category_name)
{
  g_assert (MT_IS_PERSON (self));

  if (g_strcmp0 (self->category_name, category_name) == 0)
    return;

  g_free (self->category_name);
  self->category_name = g_strdup (category_name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY_NAME]);
}

static void
mt_person_set_country (MtPerson   *self,
                       const char *country)
{
  g_assert (MT_IS_PERSON (self));

  if (g_strcmp0 (self->country, country) == 0)
    return;

  g_free (self->country);
  self->country = g_strdup (country);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTRY]);
}

static void
mt_person_set_unit (MtPerson   *self,
                    const char *unit)
{
  g_assert (MT_IS_PERSON (self));

  if (g_strcmp0 (self->unit, unit) == 0)
    return;

  g_free (self->unit);
  self->unit = g_strdup (unit);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}

static void
mt_person_set_camp_id (MtPerson *self,
                       gint64    camp_id)
{
  g_assert (MT_IS_PERSON (self));

  if (self->camp_id == camp_id)
    return;

  self->camp_id = camp_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAMP_ID]);
}

static void
mt_person_set_camp_name (MtPerson   *self,
                         const char *camp_name)
{
  g_assert (MT_IS_PERSON (self));

  if (g_strcmp0 (self->camp_name, camp_name) == 0)
    return;

  g_free (self->camp_name);
  self->camp_name = g_strdup (camp_name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAMP_NAME]);
}

static void
mt_person_set_planned_departure (MtPerson   *self,
                                 const char *planned_departure)
{
  g_assert (MT_IS_PERSON (self));

  if (g_strcmp0 (self->planned_departure, planned_departure) == 0)
    return;

  g_free (self->planned_departure);
  self->planned_departure = g_strdup (planned_departure);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLANNED_DEPARTURE]);
}

static void
mt_person_set_status (MtPerson   *self,
                      const char *status)
{
  g_assert (MT_IS_PERSON (self));

  if (g_strcmp0 (self->status, status) == 0)
    return;

  g_free (self->status);
  self->status = g_strdup (status);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS_LABEL]);
}

static void
mt_person_set_departure_date (MtPerson   *self,
                              const char *departure_date)
{
  g_assert (MT_IS_PERSON (self));

  if (g_strcmp0 (self->departure_date, departure_date) == 0)
    return;

  g_free (self->departure_date);
  self->departure_date = g_strdup (departure_date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEPARTURE_DATE]);
}

static void
mt_person_set_import_id (MtPerson *self,
                         gint64    import_id)
{
  g_assert (MT_IS_PERSON (self));

  if (self->import_id == import_id)
    return;

  self->import_id = import_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMPORT_ID]);
}

static void
mt_person_set_import_line (MtPerson *self,
                           int       import_line)
{
  g_assert (MT_IS_PERSON (self));

  if (self->import_line == import_line)
    return;

  self->import_line = import_line;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMPORT_LINE]);
}

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
      mt_person_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_PERSONNEL_ID:
      mt_person_set_personnel_id (self, g_value_get_string (value));
      break;

    case PROP_FAMILY_NAME:
      mt_person_set_family_name (self, g_value_get_string (value));
      break;

    case PROP_GIVEN_NAME:
      mt_person_set_given_name (self, g_value_get_string (value));
      break;

    case PROP_RANK:
      mt_person_set_rank (self, g_value_get_string (value));
      break;

    case PROP_CATEGORY:
      mt_person_set_category (self, g_value_get_string (value));
      break;

    case PROP_CATEGORY_NAME:
      mt_person_set_category_name (self, g_value_get_string (value));
      break;

    case PROP_COUNTRY:
      mt_person_set_country (self, g_value_get_string (value));
      break;

    case PROP_UNIT:
      mt_person_set_unit (self, g_value_get_string (value));
      break;

    case PROP_CAMP_ID:
      mt_person_set_camp_id (self, g_value_get_int64 (value));
      break;

    case PROP_CAMP_NAME:
      mt_person_set_camp_name (self, g_value_get_string (value));
      break;

    case PROP_PLANNED_DEPARTURE:
      mt_person_set_planned_departure (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      mt_person_set_status (self, g_value_get_string (value));
      break;

    case PROP_DEPARTURE_DATE:
      mt_person_set_departure_date (self, g_value_get_string (value));
      break;

    case PROP_IMPORT_ID:
      mt_person_set_import_id (self, g_value_get_int64 (value));
      break;

    case PROP_IMPORT_LINE:
      mt_person_set_import_line (self, g_value_get_int (value));
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

/* The two keys the app writes are translated; anything else came from an
 * imported file in the planners' own words and is shown as it is. */
const char *
mt_person_get_status_label (MtPerson *self)
{
  g_return_val_if_fail (MT_IS_PERSON (self), NULL);

  if (g_strcmp0 (self->status, "deployed") == 0)
    return _("Deployed");
  if (g_strcmp0 (self->status, "departed") == 0)
    return _("Departed");
  return self->status;
}
