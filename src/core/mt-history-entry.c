/* mt-history-entry.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row of the history of changes, as the history view shows it.
 */

#define G_LOG_DOMAIN "mt-history-entry"

#include "config.h"

#include "mt-history-entry.h"
#include "mt-model-private.h"

struct _MtHistoryEntry
{
  GObject parent_instance;
  gint64 id;
  gint64 batch_id;
  gint64 camp_id;
  char *time;
  char *user;
  char *kind;
  char *table;
  gint64 record_id;
  char *record_label;
  char *action_key;
  char *action_label;
  char *step;
  GVariant *changes;
  MtHistoryNames *names;
  char *old_values;
  char *new_values;
};

G_DEFINE_FINAL_TYPE (MtHistoryEntry, mt_history_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_BATCH_ID,
  PROP_CAMP_ID,
  PROP_TIME,
  PROP_USER,
  PROP_KIND,
  PROP_TABLE,
  PROP_RECORD_ID,
  PROP_RECORD_LABEL,
  PROP_ACTION_KEY,
  PROP_ACTION_LABEL,
  PROP_STEP,
  PROP_CHANGES,
  PROP_NAMES,
  PROP_OLD_VALUES,
  PROP_NEW_VALUES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* GObject overrides */

static void
mt_history_entry_finalize (GObject *object)
{
  MtHistoryEntry *self = MT_HISTORY_ENTRY (object);

  g_free (self->time);
  g_free (self->user);
  g_free (self->kind);
  g_free (self->table);
  g_free (self->record_label);
  g_free (self->action_key);
  g_free (self->action_label);
  g_free (self->step);
  g_clear_pointer (&self->changes, g_variant_unref);
  g_clear_pointer (&self->names, mt_history_names_unref);
  g_free (self->old_values);
  g_free (self->new_values);

  G_OBJECT_CLASS (mt_history_entry_parent_class)->finalize (object);
}

static void
mt_history_entry_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MtHistoryEntry *self = MT_HISTORY_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_BATCH_ID:
      g_value_set_int64 (value, self->batch_id);
      break;

    case PROP_CAMP_ID:
      g_value_set_int64 (value, self->camp_id);
      break;

    case PROP_TIME:
      g_value_set_string (value, self->time);
      break;

    case PROP_USER:
      g_value_set_string (value, self->user);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    case PROP_TABLE:
      g_value_set_string (value, self->table);
      break;

    case PROP_RECORD_ID:
      g_value_set_int64 (value, self->record_id);
      break;

    case PROP_RECORD_LABEL:
      g_value_set_string (value, self->record_label);
      break;

    case PROP_ACTION_KEY:
      g_value_set_string (value, self->action_key);
      break;

    case PROP_ACTION_LABEL:
      g_value_set_string (value, self->action_label);
      break;

    case PROP_STEP:
      g_value_set_string (value, self->step);
      break;

    case PROP_CHANGES:
      g_value_set_variant (value, self->changes);
      break;

    case PROP_NAMES:
      g_value_set_boxed (value, self->names);
      break;

    case PROP_OLD_VALUES:
      g_value_set_string (value, self->old_values);
      break;

    case PROP_NEW_VALUES:
      g_value_set_string (value, self->new_values);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_history_entry_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  MtHistoryEntry *self = MT_HISTORY_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      _mt_model_set_int64 (object, &self->id, g_value_get_int64 (value), pspec);
      break;

    case PROP_BATCH_ID:
      _mt_model_set_int64 (object, &self->batch_id, g_value_get_int64 (value), pspec);
      break;

    case PROP_CAMP_ID:
      _mt_model_set_int64 (object, &self->camp_id, g_value_get_int64 (value), pspec);
      break;

    case PROP_TIME:
      _mt_model_set_string (object, &self->time, g_value_get_string (value), pspec);
      break;

    case PROP_USER:
      _mt_model_set_string (object, &self->user, g_value_get_string (value), pspec);
      break;

    case PROP_KIND:
      _mt_model_set_string (object, &self->kind, g_value_get_string (value), pspec);
      break;

    case PROP_TABLE:
      _mt_model_set_string (object, &self->table, g_value_get_string (value), pspec);
      break;

    case PROP_RECORD_ID:
      _mt_model_set_int64 (object, &self->record_id, g_value_get_int64 (value), pspec);
      break;

    case PROP_RECORD_LABEL:
      _mt_model_set_string (object, &self->record_label, g_value_get_string (value), pspec);
      break;

    case PROP_ACTION_KEY:
      _mt_model_set_string (object, &self->action_key, g_value_get_string (value), pspec);
      break;

    case PROP_ACTION_LABEL:
      _mt_model_set_string (object, &self->action_label, g_value_get_string (value), pspec);
      break;

    case PROP_STEP:
      _mt_model_set_string (object, &self->step, g_value_get_string (value), pspec);
      break;

    case PROP_CHANGES:
      if (self->changes != g_value_get_variant (value))
        {
          g_clear_pointer (&self->changes, g_variant_unref);
          self->changes = g_value_dup_variant (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_NAMES:
      if (self->names != g_value_get_boxed (value))
        {
          g_clear_pointer (&self->names, mt_history_names_unref);
          self->names = g_value_dup_boxed (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_OLD_VALUES:
      _mt_model_set_string (object, &self->old_values, g_value_get_string (value), pspec);
      break;

    case PROP_NEW_VALUES:
      _mt_model_set_string (object, &self->new_values, g_value_get_string (value), pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Class */

static void
mt_history_entry_class_init (MtHistoryEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mt_history_entry_finalize;
  object_class->get_property = mt_history_entry_get_property;
  object_class->set_property = mt_history_entry_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BATCH_ID] =
    g_param_spec_int64 ("batch-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAMP_ID] =
    g_param_spec_int64 ("camp-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TIME] =
    g_param_spec_string ("time", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_USER] =
    g_param_spec_string ("user", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TABLE] =
    g_param_spec_string ("table", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECORD_ID] =
    g_param_spec_int64 ("record-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECORD_LABEL] =
    g_param_spec_string ("record-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTION_KEY] =
    g_param_spec_string ("action-key", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTION_LABEL] =
    g_param_spec_string ("action-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STEP] =
    g_param_spec_string ("step", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHANGES] =
    g_param_spec_variant ("changes", NULL, NULL, G_VARIANT_TYPE ("a(smvmv)"), NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAMES] =
    g_param_spec_boxed ("names", NULL, NULL, MT_TYPE_HISTORY_NAMES,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OLD_VALUES] =
    g_param_spec_string ("old-values", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NEW_VALUES] =
    g_param_spec_string ("new-values", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mt_history_entry_init (MtHistoryEntry *self)
{
}

/* Public API */

gint64
mt_history_entry_get_id (MtHistoryEntry *self)
{
  g_return_val_if_fail (MT_IS_HISTORY_ENTRY (self), 0);

  return self->id;
}

gint64
mt_history_entry_get_batch_id (MtHistoryEntry *self)
{
  g_return_val_if_fail (MT_IS_HISTORY_ENTRY (self), 0);

  return self->batch_id;
}

gint64
mt_history_entry_get_camp_id (MtHistoryEntry *self)
{
  g_return_val_if_fail (MT_IS_HISTORY_ENTRY (self), 0);

  return self->camp_id;
}

const char *
mt_history_entry_get_time (MtHistoryEntry *self)
{
  g_return_val_if_fail (MT_IS_HISTORY_ENTRY (self), NULL);

  return self->time;
}

const char *
mt_history_entry_get_user (MtHistoryEntry *self)
{
  g_return_val_if_fail (MT_IS_HISTORY_ENTRY (self), NULL);

  return self->user;
}

const char *
mt_history_entry_get_kind (MtHistoryEntry *self)
{
  g_return_val_if_fail (MT_IS_HISTORY_ENTRY (self), NULL);

  return self->kind;
}

const char *
mt_history_entry_get_table (MtHistoryEntry *self)
{
  g_return_val_if_fail (MT_IS_HISTORY_ENTRY (self), NULL);

  return self->table;
}

gint64
mt_history_entry_get_record_id (MtHistoryEntry *self)
{
  g_return_val_if_fail (MT_IS_HISTORY_ENTRY (self), 0);

  return self->record_id;
}

const char *
mt_history_entry_get_record_label (MtHistoryEntry *self)
{
  g_return_val_if_fail (MT_IS_HISTORY_ENTRY (self), NULL);

  return self->record_label;
}

const char *
mt_history_entry_get_action_key (MtHistoryEntry *self)
{
  g_return_val_if_fail (MT_IS_HISTORY_ENTRY (self), NULL);

  return self->action_key;
}

const char *
mt_history_entry_get_action_label (MtHistoryEntry *self)
{
  g_return_val_if_fail (MT_IS_HISTORY_ENTRY (self), NULL);

  return self->action_label;
}

const char *
mt_history_entry_get_step (MtHistoryEntry *self)
{
  g_return_val_if_fail (MT_IS_HISTORY_ENTRY (self), NULL);

  return self->step;
}

GVariant *
mt_history_entry_get_changes (MtHistoryEntry *self)
{
  g_return_val_if_fail (MT_IS_HISTORY_ENTRY (self), NULL);

  return self->changes;
}

MtHistoryNames *
mt_history_entry_get_names (MtHistoryEntry *self)
{
  g_return_val_if_fail (MT_IS_HISTORY_ENTRY (self), NULL);

  return self->names;
}

const char *
mt_history_entry_get_old_values (MtHistoryEntry *self)
{
  g_return_val_if_fail (MT_IS_HISTORY_ENTRY (self), NULL);

  return self->old_values;
}

const char *
mt_history_entry_get_new_values (MtHistoryEntry *self)
{
  g_return_val_if_fail (MT_IS_HISTORY_ENTRY (self), NULL);

  return self->new_values;
}
