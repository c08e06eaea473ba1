/* mt-camp-list.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-camp-list"

#include "config.h"

#include <gio/gio.h>

#include "mt-camp.h"
#include "mt-camp-list.h"
#include "mt-store.h"

struct _MtCampList
{
  GObject    parent_instance;

  MtStore   *store;  /* owned; the single source of truth */
  char      *as_of;  /* NULL = the latest data */
  GPtrArray *camps;  /* (element-type MtCamp), in the store's order */
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_AS_OF,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* GListModel */

static GType
mt_camp_list_get_item_type (GListModel *model)
{
  return MT_TYPE_CAMP;
}

static guint
mt_camp_list_get_n_items (GListModel *model)
{
  return MT_CAMP_LIST (model)->camps->len;
}

static gpointer
mt_camp_list_get_item (GListModel *model,
                       guint       position)
{
  MtCampList *self = MT_CAMP_LIST (model);

  if (position >= self->camps->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->camps, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = mt_camp_list_get_item_type;
  iface->get_n_items = mt_camp_list_get_n_items;
  iface->get_item = mt_camp_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (MtCampList, mt_camp_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

/* Helpers */

/* Every mutation goes through here so n-items never drifts. */
static void
items_changed (MtCampList *self,
               guint       position,
               guint       removed,
               guint       added)
{
  g_assert (MT_IS_CAMP_LIST (self));

  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
  if (removed != added)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static guint
find_in (GPtrArray *camps,
         gint64     camp_id)
{
  for (guint i = 0; i < camps->len; i++)
    {
      if (mt_camp_get_id (g_ptr_array_index (camps, i)) == camp_id)
        return i;
    }

  return G_MAXUINT;
}

static GPtrArray *
fetch_camps (MtCampList *self)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *camps;

  g_assert (MT_IS_CAMP_LIST (self));

  camps = mt_store_list_camps (self->store, self->as_of, &error);
  if (camps == NULL)
    {
      g_warning ("Could not list the camps: %s", error->message);
      return g_ptr_array_new_with_free_func (g_object_unref);
    }

  return camps;
}

static gboolean
camps_differ (MtCamp *a,
              MtCamp *b)
{
  g_assert (MT_IS_CAMP (a));
  g_assert (MT_IS_CAMP (b));

  return mt_camp_get_id (a) != mt_camp_get_id (b) ||
         g_strcmp0 (mt_camp_get_name (a), mt_camp_get_name (b)) != 0 ||
         g_strcmp0 (mt_camp_get_name_fr (a), mt_camp_get_name_fr (b)) != 0 ||
         g_strcmp0 (mt_camp_get_region (a), mt_camp_get_region (b)) != 0 ||
         g_strcmp0 (mt_camp_get_region_fr (a), mt_camp_get_region_fr (b)) != 0 ||
         g_strcmp0 (mt_camp_get_kind (a), mt_camp_get_kind (b)) != 0 ||
         mt_camp_get_latitude (a) != mt_camp_get_latitude (b) ||
         mt_camp_get_longitude (a) != mt_camp_get_longitude (b) ||
         mt_camp_get_status (a) != mt_camp_get_status (b) ||
         g_strcmp0 (mt_camp_get_status_since (a), mt_camp_get_status_since (b)) != 0 ||
         g_strcmp0 (mt_camp_get_planned_closure (a), mt_camp_get_planned_closure (b)) != 0 ||
         g_strcmp0 (mt_camp_get_planned_handover (a), mt_camp_get_planned_handover (b)) != 0 ||
         g_strcmp0 (mt_camp_get_handover_date (a), mt_camp_get_handover_date (b)) != 0 ||
         g_strcmp0 (mt_camp_get_handed_over_to (a), mt_camp_get_handed_over_to (b)) != 0 ||
         mt_camp_get_env_status (a) != mt_camp_get_env_status (b) ||
         g_strcmp0 (mt_camp_get_env_date (a), mt_camp_get_env_date (b)) != 0 ||
         mt_camp_get_baseline_strength (a) != mt_camp_get_baseline_strength (b) ||
         mt_camp_get_departed (a) != mt_camp_get_departed (b) ||
         g_strcmp0 (mt_camp_get_aliases (a), mt_camp_get_aliases (b)) != 0;
}

static gboolean
same_rows (GPtrArray *a,
           GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    {
      if (mt_camp_get_id (g_ptr_array_index (a, i)) != mt_camp_get_id (g_ptr_array_index (b, i)))
        return FALSE;
    }

  return TRUE;
}

/* Only the rows whose figures or status moved are announced, so a date scrubber
 * does not rebuild the whole list. */
static void
refresh_in_place (MtCampList *self)
{
  g_autoptr(GPtrArray) fresh = NULL;

  g_assert (MT_IS_CAMP_LIST (self));

  fresh = fetch_camps (self);
  if (!same_rows (self->camps, fresh))
    {
      mt_camp_list_reload (self);
      return;
    }

  for (guint i = 0; i < fresh->len; i++)
    {
      MtCamp *camp = g_ptr_array_index (self->camps, i);
      MtCamp *now = g_ptr_array_index (fresh, i);

      if (camps_differ (camp, now))
        {
          mt_camp_update_from (camp, now);
          items_changed (self, i, 1, 1);
        }
    }
}

/* Callbacks */

static void
on_store_camp_added_cb (MtStore    *store,
                        gint64      camp_id,
                        MtCampList *self)
{
  g_autoptr(GPtrArray) fresh = NULL;
  guint position;

  g_assert (MT_IS_CAMP_LIST (self));

  if (find_in (self->camps, camp_id) != G_MAXUINT)
    return;

  /* The store decides the order; take the new camp's place from its list. */
  fresh = fetch_camps (self);
  position = find_in (fresh, camp_id);
  if (position == G_MAXUINT || position > self->camps->len)
    return;

  g_ptr_array_insert (self->camps, position, g_object_ref (g_ptr_array_index (fresh, position)));
  items_changed (self, position, 0, 1);
}

static void
on_store_camp_changed_cb (MtStore    *store,
                          gint64      camp_id,
                          MtCampList *self)
{
  g_autoptr(MtCamp) fresh = NULL;
  g_autoptr(GError) error = NULL;
  guint position;

  g_assert (MT_IS_CAMP_LIST (self));

  position = find_in (self->camps, camp_id);
  if (position == G_MAXUINT)
    return;

  fresh = mt_store_get_camp (self->store, camp_id, self->as_of, &error);
  if (fresh == NULL)
    {
      g_warning ("Could not read camp %" G_GINT64_FORMAT ": %s", camp_id, error->message);
      return;
    }

  /* Same object, refreshed: bindings stay attached; sorters see the row change. */
  mt_camp_update_from (g_ptr_array_index (self->camps, position), fresh);
  items_changed (self, position, 1, 1);
}

static void
on_store_camp_removed_cb (MtStore    *store,
                          gint64      camp_id,
                          MtCampList *self)
{
  guint position;

  g_assert (MT_IS_CAMP_LIST (self));

  position = find_in (self->camps, camp_id);
  if (position == G_MAXUINT)
    return;

  g_ptr_array_remove_index (self->camps, position);
  items_changed (self, position, 1, 0);
}

static void
on_store_reset_cb (MtStore    *store,
                   MtCampList *self)
{
  mt_camp_list_reload (self);
}

static void
on_store_personnel_changed_cb (MtStore    *store,
                               MtCampList *self)
{
  /* Roster departures move the camps' departed figures. */
  refresh_in_place (self);
}

/* GObject overrides */

static void
mt_camp_list_constructed (GObject *object)
{
  MtCampList *self = MT_CAMP_LIST (object);

  G_OBJECT_CLASS (mt_camp_list_parent_class)->constructed (object);

  g_assert (MT_IS_STORE (self->store));

  g_signal_connect (self->store, "camp-added", G_CALLBACK (on_store_camp_added_cb), self);
  g_signal_connect (self->store, "camp-changed", G_CALLBACK (on_store_camp_changed_cb), self);
  g_signal_connect (self->store, "camp-removed", G_CALLBACK (on_store_camp_removed_cb), self);
  g_signal_connect (self->store, "reset", G_CALLBACK (on_store_reset_cb), self);
  g_signal_connect (self->store, "personnel-changed",
                    G_CALLBACK (on_store_personnel_changed_cb), self);

  g_ptr_array_unref (self->camps);
  self->camps = fetch_camps (self);
}

static void
mt_camp_list_dispose (GObject *object)
{
  MtCampList *self = MT_CAMP_LIST (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mt_camp_list_parent_class)->dispose (object);
}

static void
mt_camp_list_finalize (GObject *object)
{
  MtCampList *self = MT_CAMP_LIST (object);

  g_clear_pointer (&self->camps, g_ptr_array_unref);
  g_free (self->as_of);

  G_OBJECT_CLASS (mt_camp_list_parent_class)->finalize (object);
}

static void
mt_camp_list_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MtCampList *self = MT_CAMP_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_AS_OF:
      g_value_set_string (value, self->as_of);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->camps->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_camp_list_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  MtCampList *self = MT_CAMP_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_AS_OF:
      mt_camp_list_set_as_of (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_camp_list_class_init (MtCampListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = mt_camp_list_constructed;
  object_class->dispose = mt_camp_list_dispose;
  object_class->finalize = mt_camp_list_finalize;
  object_class->get_property = mt_camp_list_get_property;
  object_class->set_property = mt_camp_list_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AS_OF] =
    g_param_spec_string ("as-of", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mt_camp_list_init (MtCampList *self)
{
  self->camps = g_ptr_array_new_with_free_func (g_object_unref);
}

/* Public API */

MtCampList *
mt_camp_list_new (MtStore *store)
{
  g_return_val_if_fail (MT_IS_STORE (store), NULL);

  return g_object_new (MT_TYPE_CAMP_LIST,
                       "store", store,
                       NULL);
}

MtStore *
mt_camp_list_get_store (MtCampList *self)
{
  g_return_val_if_fail (MT_IS_CAMP_LIST (self), NULL);

  return self->store;
}

const char *
mt_camp_list_get_as_of (MtCampList *self)
{
  g_return_val_if_fail (MT_IS_CAMP_LIST (self), NULL);

  return self->as_of;
}

void
mt_camp_list_set_as_of (MtCampList *self,
                        const char *as_of)
{
  g_return_if_fail (MT_IS_CAMP_LIST (self));

  if (g_strcmp0 (self->as_of, as_of) == 0)
    return;

  g_free (self->as_of);
  self->as_of = g_strdup (as_of);

  /* Set before construction finishes (from g_object_new): constructed() loads. */
  if (self->store != NULL && self->camps->len > 0)
    refresh_in_place (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AS_OF]);
}

void
mt_camp_list_reload (MtCampList *self)
{
  g_autoptr(GPtrArray) fresh = NULL;
  g_autoptr(GPtrArray) old = NULL;

  g_return_if_fail (MT_IS_CAMP_LIST (self));

  fresh = fetch_camps (self);

  /* Keep the object of every camp that survives, so selections and bindings hold. */
  for (guint i = 0; i < fresh->len; i++)
    {
      MtCamp *now = g_ptr_array_index (fresh, i);
      guint was = find_in (self->camps, mt_camp_get_id (now));

      if (was != G_MAXUINT)
        {
          MtCamp *kept = g_ptr_array_index (self->camps, was);

          mt_camp_update_from (kept, now);
          g_ptr_array_index (fresh, i) = g_object_ref (kept);
          g_object_unref (now);
        }
    }

  old = g_steal_pointer (&self->camps);
  self->camps = g_steal_pointer (&fresh);
  items_changed (self, 0, old->len, self->camps->len);
}

guint
mt_camp_list_find (MtCampList *self,
                   gint64      camp_id)
{
  g_return_val_if_fail (MT_IS_CAMP_LIST (self), G_MAXUINT);

  return find_in (self->camps, camp_id);
}
