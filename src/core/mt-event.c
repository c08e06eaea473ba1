/* mt-event.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-event"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mt-event.h"
#include "mt-model-private.h"

struct _MtEvent
{
  GObject       parent_instance;

  gint64        id;
  gint64        camp_id;
  char         *camp_name;
  char         *date;
  char         *kind;
  char         *title;
  /* Schema v3 (editing) */
  char *title_en;
  char *title_fr;
};

G_DEFINE_FINAL_TYPE (MtEvent, mt_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CAMP_ID,
  PROP_CAMP_NAME,
  PROP_DATE,
  PROP_KIND,
  PROP_TITLE,
  PROP_TITLE_EN,
  PROP_TITLE_FR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* GObject overrides */

static void
mt_event_finalize (GObject *object)
{
  MtEvent *self = MT_EVENT (object);

  g_free (self->title_en);
  g_free (self->title_fr);
  g_free (self->camp_name);
  g_free (self->date);
  g_free (self->kind);
  g_free (self->title);

  G_OBJECT_CLASS (mt_event_parent_class)->finalize (object);
}

static void
mt_event_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  MtEvent *self = MT_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, mt_event_get_id (self));
      break;

    case PROP_CAMP_ID:
      g_value_set_int64 (value, mt_event_get_camp_id (self));
      break;

    case PROP_CAMP_NAME:
      g_value_set_string (value, mt_event_get_camp_name (self));
      break;

    case PROP_DATE:
      g_value_set_string (value, mt_event_get_date (self));
      break;

    case PROP_KIND:
      g_value_set_string (value, mt_event_get_kind (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, mt_event_get_title (self));
      break;

    case PROP_TITLE_EN:
      g_value_set_string (value, self->title_en);
      break;

    case PROP_TITLE_FR:
      g_value_set_string (value, self->title_fr);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_event_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  MtEvent *self = MT_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      _mt_model_set_int64 (object, &self->id, g_value_get_int64 (value), pspec);
      break;

    case PROP_CAMP_ID:
      _mt_model_set_int64 (object, &self->camp_id, g_value_get_int64 (value), pspec);
      break;

    case PROP_CAMP_NAME:
      _mt_model_set_string (object, &self->camp_name, g_value_get_string (value), pspec);
      break;

    case PROP_DATE:
      _mt_model_set_string (object, &self->date, g_value_get_string (value), pspec);
      break;

    case PROP_KIND:
      _mt_model_set_string (object, &self->kind, g_value_get_string (value), pspec);
      break;

    case PROP_TITLE:
      _mt_model_set_string (object, &self->title, g_value_get_string (value), pspec);
      break;

    case PROP_TITLE_EN:
      _mt_model_set_string (object, &self->title_en, g_value_get_string (value), pspec);
      break;

    case PROP_TITLE_FR:
      _mt_model_set_string (object, &self->title_fr, g_value_get_string (value), pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Class */

static void
mt_event_class_init (MtEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mt_event_finalize;
  object_class->get_property = mt_event_get_property;
  object_class->set_property = mt_event_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAMP_ID] =
    g_param_spec_int64 ("camp-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAMP_NAME] =
    g_param_spec_string ("camp-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TITLE_EN] =
    g_param_spec_string ("title-en", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE_FR] =
    g_param_spec_string ("title-fr", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mt_event_init (MtEvent *self)
{
}

/* Public API */

gint64
mt_event_get_id (MtEvent *self)
{
  g_return_val_if_fail (MT_IS_EVENT (self), 0);

  return self->id;
}

gint64
mt_event_get_camp_id (MtEvent *self)
{
  g_return_val_if_fail (MT_IS_EVENT (self), 0);

  return self->camp_id;
}

const char *
mt_event_get_camp_name (MtEvent *self)
{
  g_return_val_if_fail (MT_IS_EVENT (self), NULL);

  return self->camp_name;
}

const char *
mt_event_get_date (MtEvent *self)
{
  g_return_val_if_fail (MT_IS_EVENT (self), NULL);

  return self->date;
}

const char *
mt_event_get_kind (MtEvent *self)
{
  g_return_val_if_fail (MT_IS_EVENT (self), NULL);

  return self->kind;
}

const char *
mt_event_get_title (MtEvent *self)
{
  g_return_val_if_fail (MT_IS_EVENT (self), NULL);

  return self->title;
}

const char *
mt_event_get_title_en (MtEvent *self)
{
  g_return_val_if_fail (MT_IS_EVENT (self), NULL);

  return self->title_en;
}

const char *
mt_event_get_title_fr (MtEvent *self)
{
  g_return_val_if_fail (MT_IS_EVENT (self), NULL);

  return self->title_fr;
}

/* Kinds, in the order the editor offers them: a note, the default, first. */
static const char * const kind_keys[] = {
  "note", "status", "handover", "convoy", "repatriation", "assessment", "mandate", "security",
  NULL,
};
static const char * const kind_labels[] = {
  N_("Note"), N_("Status"), N_("Handover"), N_("Convoy"), N_("Repatriation"),
  N_("Environmental assessment"), N_("Mandate"), N_("Security"),
};

const char * const *
mt_event_kind_list (void)
{
  return kind_keys;
}

const char *
mt_event_kind_get_label (const char *kind)
{
  for (guint i = 0; kind_keys[i] != NULL; i++)
    if (g_strcmp0 (kind, kind_keys[i]) == 0)
      return _(kind_labels[i]);

  return kind;
}
