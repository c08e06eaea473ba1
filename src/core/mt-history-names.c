/* mt-history-names.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-history-names"

#include "config.h"

#include "mt-history-names.h"

struct _MtHistoryNames
{
  GHashTable *camps;        /* gint64* -> name */
  GHashTable *categories;   /* code -> name */
  GHashTable *people;       /* gint64* -> label */
};

G_DEFINE_BOXED_TYPE (MtHistoryNames, mt_history_names, mt_history_names_ref, mt_history_names_unref)

static GHashTable *
new_id_table (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
}

static void
set_id (GHashTable *table,
        gint64      id,
        const char *name,
        gboolean    replace)
{
  if (name == NULL || (!replace && g_hash_table_contains (table, &id)))
    return;

  g_hash_table_insert (table, g_memdup2 (&id, sizeof id), g_strdup (name));
}

static void
clear_names (MtHistoryNames *self)
{
  g_hash_table_unref (self->camps);
  g_hash_table_unref (self->categories);
  g_hash_table_unref (self->people);
}

MtHistoryNames *
mt_history_names_new (void)
{
  MtHistoryNames *self = g_atomic_rc_box_new0 (MtHistoryNames);

  self->camps = new_id_table ();
  self->categories = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->people = new_id_table ();

  return self;
}

MtHistoryNames *
mt_history_names_ref (MtHistoryNames *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

void
mt_history_names_unref (MtHistoryNames *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, (GDestroyNotify) clear_names);
}

void
mt_history_names_set_camp (MtHistoryNames *self,
                           gint64          camp_id,
                           const char     *name,
                           gboolean        replace)
{
  g_return_if_fail (self != NULL);

  set_id (self->camps, camp_id, name, replace);
}

void
mt_history_names_set_category (MtHistoryNames *self,
                               const char     *code,
                               const char     *name)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (code != NULL);

  if (name != NULL)
    g_hash_table_insert (self->categories, g_strdup (code), g_strdup (name));
}

void
mt_history_names_set_person (MtHistoryNames *self,
                             gint64          person_id,
                             const char     *label)
{
  g_return_if_fail (self != NULL);

  set_id (self->people, person_id, label, TRUE);
}

const char *
mt_history_names_get_camp (MtHistoryNames *self,
                           gint64          camp_id)
{
  return self != NULL ? g_hash_table_lookup (self->camps, &camp_id) : NULL;
}

const char *
mt_history_names_get_category (MtHistoryNames *self,
                               const char     *code)
{
  return self != NULL && code != NULL ? g_hash_table_lookup (self->categories, code) : NULL;
}

const char *
mt_history_names_get_person (MtHistoryNames *self,
                             gint64          person_id)
{
  return self != NULL ? g_hash_table_lookup (self->people, &person_id) : NULL;
}
