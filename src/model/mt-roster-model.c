/* mt-roster-model.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-roster-model"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "mt-person.h"
#include "mt-roster-loader.h"
#include "mt-roster-model.h"
#include "mt-store-roster.h"

/* A list view shows a few dozen rows, so 8 pages of 256 keep scrolling back and
 * forth cheap while a million-row roster never has more than 2,048 objects. */
#define PAGE_SIZE 256
#define N_PAGES   8

typedef struct
{
  guint      index;     /* page number: rows index*PAGE_SIZE .. +PAGE_SIZE */
  guint64    last_use;  /* 0 = slot empty */
  GPtrArray *persons;   /* (element-type MtPerson) one per row of the page */
} Page;

struct _MtRosterModel
{
  GObject         parent_instance;

  MtStore        *store;
  char           *search;
  gint64          camp_id;
  char           *category;
  MtRosterColumn  sort_column;
  gboolean        descending;
  char           *as_of;

  GArray         *ids;      /* (element-type gint64) the query's rows, in order */
  Page            pages[N_PAGES];
  guint64         clock;    /* LRU stamp source */

  /* The id query of a database file runs on a worker thread (loader); a ":memory:"
   * store has no file another connection could read, so its queries stay here, in
   * the main thread (loader NULL). Each request bumps the generation: a result that
   * comes back with an older one is stale and dropped. */
  MtRosterLoader *loader;
  guint64         generation;
  gboolean        loading;
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_SEARCH,
  PROP_CAMP_ID,
  PROP_CATEGORY,
  PROP_SORT_COLUMN,
  PROP_DESCENDING,
  PROP_AS_OF,
  PROP_N_ITEMS,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MtRosterModel, mt_roster_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

/* Auxiliary methods */

static void
drop_pages (MtRosterModel *self)
{
  for (guint i = 0; i < N_PAGES; i++)
    {
      g_clear_pointer (&self->pages[i].persons, g_ptr_array_unref);
      self->pages[i].last_use = 0;
    }
}

/* Every change goes through here: one items-changed, and n-items only when the
 * count moved. */
static void
replace_rows (MtRosterModel *self,
              GArray        *ids)
{
  guint old_n = self->ids->len;
  guint new_n;

  g_assert (MT_IS_ROSTER_MODEL (self));
  g_assert (ids != NULL);

  drop_pages (self);
  g_array_unref (self->ids);
  self->ids = ids;
  new_n = ids->len;

  if (old_n == 0 && new_n == 0)
    return;

  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, new_n);
  if (old_n != new_n)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
set_loading (MtRosterModel *self,
             gboolean       loading)
{
  g_assert (MT_IS_ROSTER_MODEL (self));

  if (self->loading == loading)
    return;

  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static MtRosterQuery
current_query (MtRosterModel *self)
{
  MtRosterQuery query = {
    .search = self->search,
    .camp_id = self->camp_id,
    .category = self->category,
    .sort_column = self->sort_column,
    .descending = self->descending,
    .as_of = self->as_of,
  };

  return query;
}

/* A failed query shows an empty roster rather than stale rows. */
static GArray *
ids_or_empty (GArray       *ids,
              const GError *error)
{
  if (ids != NULL)
    return ids;

  g_warning ("Roster query failed: %s", error != NULL ? error->message : "?");
  return g_array_new (FALSE, FALSE, sizeof (gint64));
}

static GArray *
run_query (MtRosterModel *self)
{
  g_autoptr(GError) error = NULL;
  MtRosterQuery query = current_query (self);
  GArray *ids;

  g_assert (MT_IS_ROSTER_MODEL (self));

  /* A closed store has no rows to show, and that is no failure. */
  if (self->store == NULL || mt_store_is_closed (self->store))
    return g_array_new (FALSE, FALSE, sizeof (gint64));

  ids = mt_store_query_personnel_ids (self->store, &query, &error);
  return ids_or_empty (ids, error);
}

/* Main thread: the loader's answer. Only the answer to the latest request may
 * replace the rows; until it comes the old rows stay on screen. */
static void
loaded_cb (GArray       *ids,
           const GError *error,
           guint64       generation,
           gpointer      user_data)
{
  MtRosterModel *self = user_data;

  g_assert (MT_IS_ROSTER_MODEL (self));

  if (generation != self->generation)
    {
      g_clear_pointer (&ids, g_array_unref);
      return;
    }

  replace_rows (self, ids_or_empty (ids, error));
  set_loading (self, FALSE);
}

static void
requery (MtRosterModel *self)
{
  MtRosterQuery query;

  g_assert (MT_IS_ROSTER_MODEL (self));

  self->generation++;

  if (self->loader == NULL)
    {
      replace_rows (self, run_query (self));
      return;
    }

  query = current_query (self);
  mt_roster_loader_request (self->loader, &query, self->generation);
  set_loading (self, TRUE);
}

static Page *
load_page (MtRosterModel *self,
           guint          index)
{
  g_autoptr(GPtrArray) fetched = NULL;
  g_autoptr(GError) error = NULL;
  const gint64 *ids;
  Page *page = &self->pages[0];
  guint first = index * PAGE_SIZE;
  guint n = MIN (PAGE_SIZE, self->ids->len - first);
  guint j = 0;

  g_assert (first < self->ids->len);

  /* Evict the least recently used page (or take an empty slot). */
  for (guint i = 1; i < N_PAGES && page->last_use != 0; i++)
    {
      if (self->pages[i].last_use < page->last_use)
        page = &self->pages[i];
    }
  g_clear_pointer (&page->persons, g_ptr_array_unref);

  ids = &g_array_index (self->ids, gint64, first);
  fetched = mt_store_fetch_personnel (self->store, ids, n, self->as_of, &error);
  if (fetched == NULL)
    g_warning ("Could not read roster rows %u–%u: %s", first, first + n, error->message);

  /* The store skips rows deleted since the query; their reload is on its way
   * (personnel-changed), so stand in a bare person rather than shift the page. */
  page->persons = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      MtPerson *person = NULL;

      if (fetched != NULL && j < fetched->len &&
          mt_person_get_id (g_ptr_array_index (fetched, j)) == ids[i])
        person = g_object_ref (g_ptr_array_index (fetched, j++));
      else
        person = g_object_new (MT_TYPE_PERSON, "id", ids[i], NULL);

      g_ptr_array_add (page->persons, person);
    }

  page->index = index;
  return page;
}

static gboolean
set_string (char       **field,
            const char  *value)
{
  if (value != NULL && value[0] == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/* Callbacks */

static void
store_changed_cb (MtRosterModel *self)
{
  g_assert (MT_IS_ROSTER_MODEL (self));

  requery (self);
}

/* The store is closing and waits for every worker connection: the loader's goes now,
 * even while no query runs (the model may outlive the store's owner). */
static void
store_closing_cb (MtRosterModel *self)
{
  g_assert (MT_IS_ROSTER_MODEL (self));

  g_clear_pointer (&self->loader, mt_roster_loader_free);
  set_loading (self, FALSE);
}

/* GListModel */

static GType
mt_roster_model_get_item_type (GListModel *model)
{
  return MT_TYPE_PERSON;
}

static guint
mt_roster_model_get_n_items (GListModel *model)
{
  return MT_ROSTER_MODEL (model)->ids->len;
}

static gpointer
mt_roster_model_get_item (GListModel *model,
                          guint       position)
{
  MtRosterModel *self = MT_ROSTER_MODEL (model);
  guint index = position / PAGE_SIZE;
  Page *page = NULL;

  if (position >= self->ids->len)
    return NULL;

  for (guint i = 0; i < N_PAGES; i++)
    {
      if (self->pages[i].last_use != 0 && self->pages[i].index == index)
        {
          page = &self->pages[i];
          break;
        }
    }

  if (page == NULL)
    page = load_page (self, index);

  page->last_use = ++self->clock;
  return g_object_ref (g_ptr_array_index (page->persons, position % PAGE_SIZE));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = mt_roster_model_get_item_type;
  iface->get_n_items = mt_roster_model_get_n_items;
  iface->get_item = mt_roster_model_get_item;
}

/* GObject overrides */

static void
mt_roster_model_constructed (GObject *object)
{
  MtRosterModel *self = MT_ROSTER_MODEL (object);

  G_OBJECT_CLASS (mt_roster_model_parent_class)->constructed (object);

  if (self->store != NULL)
    {
      g_signal_connect_object (self->store, "personnel-changed",
                               G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->store, "reset",
                               G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
    }

  if (self->store != NULL && !mt_store_is_memory (self->store))
    {
      /* Even the first load: a million-row roster must not hold up the window. */
      self->loader = mt_roster_loader_new (self->store, loaded_cb, self);
      g_signal_connect_object (self->store, "closing",
                               G_CALLBACK (store_closing_cb), self, G_CONNECT_SWAPPED);
      requery (self);
      return;
    }

  /* Nobody listens yet: no items-changed for the first load. */
  g_array_unref (self->ids);
  self->ids = run_query (self);
}

static void
mt_roster_model_dispose (GObject *object)
{
  MtRosterModel *self = MT_ROSTER_MODEL (object);

  /* A query still running finishes on its thread, which then closes the worker's
   * connection; its result is never delivered. */
  g_clear_pointer (&self->loader, mt_roster_loader_free);
  drop_pages (self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mt_roster_model_parent_class)->dispose (object);
}

static void
mt_roster_model_finalize (GObject *object)
{
  MtRosterModel *self = MT_ROSTER_MODEL (object);

  g_clear_pointer (&self->ids, g_array_unref);
  g_free (self->search);
  g_free (self->category);
  g_free (self->as_of);

  G_OBJECT_CLASS (mt_roster_model_parent_class)->finalize (object);
}

static void
mt_roster_model_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MtRosterModel *self = MT_ROSTER_MODEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SEARCH:
      g_value_set_string (value, self->search);
      break;
    case PROP_CAMP_ID:
      g_value_set_int64 (value, self->camp_id);
      break;
    case PROP_CATEGORY:
      g_value_set_string (value, self->category);
      break;
    case PROP_SORT_COLUMN:
      g_value_set_int (value, self->sort_column);
      break;
    case PROP_DESCENDING:
      g_value_set_boolean (value, self->descending);
      break;
    case PROP_AS_OF:
      g_value_set_string (value, self->as_of);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->ids->len);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_roster_model_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MtRosterModel *self = MT_ROSTER_MODEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_SEARCH:
      mt_roster_model_set_search (self, g_value_get_string (value));
      break;
    case PROP_CAMP_ID:
      mt_roster_model_set_camp_id (self, g_value_get_int64 (value));
      break;
    case PROP_CATEGORY:
      mt_roster_model_set_category (self, g_value_get_string (value));
      break;
    case PROP_SORT_COLUMN:
      mt_roster_model_set_sort (self, g_value_get_int (value), self->descending);
      break;
    case PROP_DESCENDING:
      mt_roster_model_set_sort (self, self->sort_column, g_value_get_boolean (value));
      break;
    case PROP_AS_OF:
      mt_roster_model_set_as_of (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_roster_model_class_init (MtRosterModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = mt_roster_model_constructed;
  object_class->dispose = mt_roster_model_dispose;
  object_class->finalize = mt_roster_model_finalize;
  object_class->get_property = mt_roster_model_get_property;
  object_class->set_property = mt_roster_model_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH] =
    g_param_spec_string ("search", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAMP_ID] =
    g_param_spec_int64 ("camp-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CATEGORY] =
    g_param_spec_string ("category", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SORT_COLUMN] =
    g_param_spec_int ("sort-column", NULL, NULL,
                      MT_ROSTER_COLUMN_PERSONNEL_ID, MT_ROSTER_COLUMN_DEPARTURE_DATE,
                      MT_ROSTER_COLUMN_PERSONNEL_ID,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCENDING] =
    g_param_spec_boolean ("descending", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AS_OF] =
    g_param_spec_string ("as-of", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mt_roster_model_init (MtRosterModel *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/* Public API */

MtRosterModel *
mt_roster_model_new (MtStore *store)
{
  g_return_val_if_fail (MT_IS_STORE (store), NULL);

  return g_object_new (MT_TYPE_ROSTER_MODEL, "store", store, NULL);
}

void
mt_roster_model_set_search (MtRosterModel *self,
                            const char    *search)
{
  g_return_if_fail (MT_IS_ROSTER_MODEL (self));

  if (!set_string (&self->search, search))
    return;

  requery (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);
}

void
mt_roster_model_set_camp_id (MtRosterModel *self,
                             gint64         camp_id)
{
  g_return_if_fail (MT_IS_ROSTER_MODEL (self));
  g_return_if_fail (camp_id >= 0);

  if (self->camp_id == camp_id)
    return;

  self->camp_id = camp_id;
  requery (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAMP_ID]);
}

void
mt_roster_model_set_category (MtRosterModel *self,
                              const char    *category)
{
  g_return_if_fail (MT_IS_ROSTER_MODEL (self));

  if (!set_string (&self->category, category))
    return;

  requery (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
}

void
mt_roster_model_set_sort (MtRosterModel  *self,
                          MtRosterColumn  column,
                          gboolean        descending)
{
  gboolean column_changed;
  gboolean direction_changed;

  g_return_if_fail (MT_IS_ROSTER_MODEL (self));
  g_return_if_fail (column <= MT_ROSTER_COLUMN_DEPARTURE_DATE);

  descending = !!descending;
  column_changed = self->sort_column != column;
  direction_changed = self->descending != descending;
  if (!column_changed && !direction_changed)
    return;

  self->sort_column = column;
  self->descending = descending;
  requery (self);

  if (column_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_COLUMN]);
  if (direction_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCENDING]);
}

void
mt_roster_model_set_as_of (MtRosterModel *self,
                           const char    *as_of)
{
  g_return_if_fail (MT_IS_ROSTER_MODEL (self));

  if (!set_string (&self->as_of, as_of))
    return;

  /* The date only changes who counts as departed: the rows and their order stay
   * unless the roster is sorted by status, but every visible row must rebind. */
  if (self->sort_column == MT_ROSTER_COLUMN_STATUS)
    {
      requery (self);
    }
  else if (self->ids->len > 0)
    {
      drop_pages (self);
      g_list_model_items_changed (G_LIST_MODEL (self), 0, self->ids->len, self->ids->len);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AS_OF]);
}

void
mt_roster_model_reload (MtRosterModel *self)
{
  g_return_if_fail (MT_IS_ROSTER_MODEL (self));

  requery (self);
}

gboolean
mt_roster_model_get_loading (MtRosterModel *self)
{
  g_return_val_if_fail (MT_IS_ROSTER_MODEL (self), FALSE);

  return self->loading;
}
