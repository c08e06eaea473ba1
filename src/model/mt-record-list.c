/* mt-record-list.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-record-list"

#include "config.h"

#include <math.h>

#include <gio/gio.h>

#include "mt-asset.h"
#include "mt-convoy.h"
#include "mt-history-entry.h"
#include "mt-movement.h"
#include "mt-record-list.h"
#include "mt-store-edit.h"
#include "mt-store-history.h"
#include "mt-store.h"

struct _MtRecordList
{
  GObject        parent_instance;

  MtStore       *store;     /* owned; the single source of truth */
  MtRecordsKind  kind;
  gint64         camp_id;   /* 0 = every camp */
  char          *as_of;     /* NULL = every record */
  GError        *error;     /* why the last read failed */
  GPtrArray     *records;   /* (element-type GObject), in the store's order */
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_KIND,
  PROP_CAMP_ID,
  PROP_AS_OF,
  PROP_ERROR,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_ENUM_TYPE (MtRecordsKind, mt_records_kind,
                    G_DEFINE_ENUM_VALUE (MT_RECORDS_KIND_MOVEMENTS, "movements"),
                    G_DEFINE_ENUM_VALUE (MT_RECORDS_KIND_CONVOYS, "convoys"),
                    G_DEFINE_ENUM_VALUE (MT_RECORDS_KIND_ASSETS, "assets"),
                    G_DEFINE_ENUM_VALUE (MT_RECORDS_KIND_HISTORY, "history"))

/* GListModel */

static GType
item_type_of (MtRecordsKind kind)
{
  switch (kind)
    {
    case MT_RECORDS_KIND_MOVEMENTS: return MT_TYPE_MOVEMENT;
    case MT_RECORDS_KIND_CONVOYS:   return MT_TYPE_CONVOY;
    case MT_RECORDS_KIND_ASSETS:    return MT_TYPE_ASSET;
    case MT_RECORDS_KIND_HISTORY:   return MT_TYPE_HISTORY_ENTRY;
    default:                        g_return_val_if_reached (G_TYPE_OBJECT);
    }
}

static GType
mt_record_list_get_item_type (GListModel *model)
{
  return item_type_of (MT_RECORD_LIST (model)->kind);
}

static guint
mt_record_list_get_n_items (GListModel *model)
{
  return MT_RECORD_LIST (model)->records->len;
}

static gpointer
mt_record_list_get_item (GListModel *model,
                         guint       position)
{
  MtRecordList *self = MT_RECORD_LIST (model);

  if (position >= self->records->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->records, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = mt_record_list_get_item_type;
  iface->get_n_items = mt_record_list_get_n_items;
  iface->get_item = mt_record_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (MtRecordList, mt_record_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

/* Helpers */

static gboolean
at_camp (MtRecordList *self,
         GObject      *record)
{
  g_assert (MT_IS_RECORD_LIST (self));

  if (self->camp_id == 0)
    return TRUE;

  switch (self->kind)
    {
    case MT_RECORDS_KIND_MOVEMENTS:
      return mt_movement_get_camp_id (MT_MOVEMENT (record)) == self->camp_id;
    case MT_RECORDS_KIND_CONVOYS:
      return mt_convoy_get_from_camp_id (MT_CONVOY (record)) == self->camp_id ||
             mt_convoy_get_to_camp_id (MT_CONVOY (record)) == self->camp_id;
    case MT_RECORDS_KIND_ASSETS:
    case MT_RECORDS_KIND_HISTORY:
    default:
      /* The store reads these for one camp already. */
      return TRUE;
    }
}

static GPtrArray *
fetch_records (MtRecordList  *self,
               GError       **error)
{
  GPtrArray *records = NULL;

  g_assert (MT_IS_RECORD_LIST (self));

  switch (self->kind)
    {
    case MT_RECORDS_KIND_MOVEMENTS:
      records = mt_store_list_movements (self->store, self->as_of, error);
      break;
    case MT_RECORDS_KIND_CONVOYS:
      /* Planned convoys have not departed: only a date leaves them out. */
      if (self->as_of == NULL)
        records = mt_store_list_all_convoys (self->store, error);
      else
        records = mt_store_list_convoys (self->store, self->as_of, error);
      break;
    case MT_RECORDS_KIND_ASSETS:
      records = mt_store_list_assets (self->store, self->camp_id, error);
      break;
    case MT_RECORDS_KIND_HISTORY:
      records = mt_store_list_history (self->store, self->camp_id, 0, error);
      break;
    default:
      g_assert_not_reached ();
    }

  if (records == NULL)
    return NULL;

  for (guint i = records->len; i > 0; i--)
    {
      if (!at_camp (self, g_ptr_array_index (records, i - 1)))
        g_ptr_array_remove_index (records, i - 1);
    }

  return records;
}

static gboolean
values_equal (const GValue *a,
              const GValue *b,
              GParamSpec   *pspec)
{
  /* g_param_values_cmp() finds NAN (an unknown value) equal to any number. */
  if (G_VALUE_HOLDS_DOUBLE (a))
    {
      double x = g_value_get_double (a);
      double y = g_value_get_double (b);

      return x == y || (isnan (x) && isnan (y));
    }

  return g_param_values_cmp (pspec, a, b) == 0;
}

/* Whether two readings of a record differ in any property a view can show. */
static gboolean
records_differ (GObject     *a,
                GObject     *b,
                GParamSpec **pspecs,
                guint        n_pspecs)
{
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) va = G_VALUE_INIT;
      g_auto(GValue) vb = G_VALUE_INIT;

      if (!(pspecs[i]->flags & G_PARAM_READABLE))
        continue;

      g_value_init (&va, pspecs[i]->value_type);
      g_value_init (&vb, pspecs[i]->value_type);
      g_object_get_property (a, pspecs[i]->name, &va);
      g_object_get_property (b, pspecs[i]->name, &vb);
      if (!values_equal (&va, &vb, pspecs[i]))
        return TRUE;
    }

  return FALSE;
}

static gpointer
copy_ref (gconstpointer object,
          gpointer      user_data)
{
  return g_object_ref ((gpointer) object);
}

/* id -> 1 + index in @records. The keys point into @ids. */
static GHashTable *
index_ids (GPtrArray *records,
           GArray    *ids)
{
  GHashTable *index = g_hash_table_new (g_int64_hash, g_int64_equal);

  g_array_set_size (ids, records->len);
  for (guint i = 0; i < records->len; i++)
    {
      g_array_index (ids, gint64, i) = mt_record_get_id (g_ptr_array_index (records, i));
      g_hash_table_insert (index, &g_array_index (ids, gint64, i), GUINT_TO_POINTER (i + 1));
    }

  return index;
}

/* The records of @fresh from @new_start to @new_end replace @n_removed rows at @position. */
static void
splice_records (MtRecordList *self,
                GPtrArray    *fresh,
                guint         position,
                guint         n_removed,
                guint         new_start,
                guint         new_end)
{
  guint n_added = new_end - new_start;

  g_assert (MT_IS_RECORD_LIST (self));

  if (n_removed == 0 && n_added == 0)
    return;

  g_ptr_array_remove_range (self->records, position, n_removed);
  for (guint k = 0; k < n_added; k++)
    g_ptr_array_insert (self->records, position + k,
                        g_object_ref (g_ptr_array_index (fresh, new_start + k)));

  g_list_model_items_changed (G_LIST_MODEL (self), position, n_removed, n_added);
  if (n_removed != n_added)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

/* Walks the rows held and the rows read side by side. A row read again unchanged keeps
 * its object; every run of rows in between (gone, new, changed or moved) is one splice,
 * applied and announced before the next, so each position is right when announced. */
static void
apply_fresh (MtRecordList *self,
             GPtrArray    *fresh)
{
  g_autoptr(GArray) old_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) new_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) old_index = NULL;
  g_autoptr(GHashTable) new_index = NULL;
  g_autoptr(GPtrArray) old = NULL;
  g_autoptr(GTypeClass) klass = NULL;
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs = 0;
  guint n_old = self->records->len;
  guint i = 0, j = 0;
  guint run_old = 0, run_new = 0;
  gboolean in_run = FALSE;

  g_assert (MT_IS_RECORD_LIST (self));

  klass = g_type_class_ref (item_type_of (self->kind));
  pspecs = g_object_class_list_properties (G_OBJECT_CLASS (klass), &n_pspecs);
  /* The rows held, as they were: the splices below change self->records as they go. */
  old = g_ptr_array_copy (self->records, copy_ref, NULL);
  g_ptr_array_set_free_func (old, g_object_unref);
  old_index = index_ids (old, old_ids);
  new_index = index_ids (fresh, new_ids);

  while (i < n_old || j < fresh->len)
    {
      gint64 old_id = i < n_old ? g_array_index (old_ids, gint64, i) : 0;
      gint64 new_id = j < fresh->len ? g_array_index (new_ids, gint64, j) : 0;
      guint old_in_new = i < n_old ? GPOINTER_TO_UINT (g_hash_table_lookup (new_index, &old_id)) : 0;
      guint new_in_old = j < fresh->len ? GPOINTER_TO_UINT (g_hash_table_lookup (old_index, &new_id)) : 0;

      if (i < n_old && j < fresh->len && old_id == new_id &&
          !records_differ (g_ptr_array_index (old, i), g_ptr_array_index (fresh, j),
                           pspecs, n_pspecs))
        {
          if (in_run)
            {
              splice_records (self, fresh, run_new, i - run_old, run_new, j);
              in_run = FALSE;
            }
          i++;
          j++;
          continue;
        }

      if (!in_run)
        {
          in_run = TRUE;
          run_old = i;
          run_new = j;
        }

      if (i < n_old && j < fresh->len && old_id == new_id)
        {
          /* Changed: a new reading in its place. */
          i++;
          j++;
        }
      else if (i < n_old && (old_in_new == 0 || old_in_new - 1 < j))
        i++;      /* gone, or already taken up earlier */
      else if (j < fresh->len && (new_in_old == 0 || new_in_old - 1 < i))
        j++;      /* new, or held further up */
      else
        i++;      /* moved down: dropped here, taken up where it now stands */
    }

  if (in_run)
    splice_records (self, fresh, run_new, i - run_old, run_new, j);
}

static void
set_error (MtRecordList *self,
           GError       *error)   /* (transfer full) (nullable) */
{
  gboolean same;

  g_assert (MT_IS_RECORD_LIST (self));

  same = (self->error == NULL && error == NULL) ||
         (self->error != NULL && error != NULL &&
          g_error_matches (self->error, error->domain, error->code) &&
          g_strcmp0 (self->error->message, error->message) == 0);

  g_clear_error (&self->error);
  self->error = error;

  if (!same)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

/* Callbacks */

static void
on_store_changed_cb (MtStore      *store,
                     MtRecordList *self)
{
  /* Every commit: records, camps (their names show in the rows) and resets. */
  mt_record_list_reload (self);
}

/* GObject overrides */

static void
mt_record_list_constructed (GObject *object)
{
  MtRecordList *self = MT_RECORD_LIST (object);

  G_OBJECT_CLASS (mt_record_list_parent_class)->constructed (object);

  g_assert (MT_IS_STORE (self->store));

  g_signal_connect (self->store, "changed", G_CALLBACK (on_store_changed_cb), self);
  mt_record_list_reload (self);
}

static void
mt_record_list_dispose (GObject *object)
{
  MtRecordList *self = MT_RECORD_LIST (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mt_record_list_parent_class)->dispose (object);
}

static void
mt_record_list_finalize (GObject *object)
{
  MtRecordList *self = MT_RECORD_LIST (object);

  g_clear_pointer (&self->records, g_ptr_array_unref);
  g_clear_error (&self->error);
  g_free (self->as_of);

  G_OBJECT_CLASS (mt_record_list_parent_class)->finalize (object);
}

static void
mt_record_list_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MtRecordList *self = MT_RECORD_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_CAMP_ID:
      g_value_set_int64 (value, self->camp_id);
      break;

    case PROP_AS_OF:
      g_value_set_string (value, self->as_of);
      break;

    case PROP_ERROR:
      g_value_set_boxed (value, self->error);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->records->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_record_list_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  MtRecordList *self = MT_RECORD_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;

    case PROP_CAMP_ID:
      mt_record_list_set_camp_id (self, g_value_get_int64 (value));
      break;

    case PROP_AS_OF:
      mt_record_list_set_as_of (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_record_list_class_init (MtRecordListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = mt_record_list_constructed;
  object_class->dispose = mt_record_list_dispose;
  object_class->finalize = mt_record_list_finalize;
  object_class->get_property = mt_record_list_get_property;
  object_class->set_property = mt_record_list_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, MT_TYPE_RECORDS_KIND, MT_RECORDS_KIND_MOVEMENTS,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAMP_ID] =
    g_param_spec_int64 ("camp-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AS_OF] =
    g_param_spec_string ("as-of", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ERROR] =
    g_param_spec_boxed ("error", NULL, NULL, G_TYPE_ERROR,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mt_record_list_init (MtRecordList *self)
{
  self->records = g_ptr_array_new_with_free_func (g_object_unref);
}

/* Public API */

MtRecordList *
mt_record_list_new (MtStore       *store,
                    MtRecordsKind  kind)
{
  g_return_val_if_fail (MT_IS_STORE (store), NULL);
  g_return_val_if_fail (kind <= MT_RECORDS_KIND_HISTORY, NULL);

  return g_object_new (MT_TYPE_RECORD_LIST,
                       "store", store,
                       "kind", kind,
                       NULL);
}

MtStore *
mt_record_list_get_store (MtRecordList *self)
{
  g_return_val_if_fail (MT_IS_RECORD_LIST (self), NULL);

  return self->store;
}

MtRecordsKind
mt_record_list_get_kind (MtRecordList *self)
{
  g_return_val_if_fail (MT_IS_RECORD_LIST (self), MT_RECORDS_KIND_MOVEMENTS);

  return self->kind;
}

gint64
mt_record_list_get_camp_id (MtRecordList *self)
{
  g_return_val_if_fail (MT_IS_RECORD_LIST (self), 0);

  return self->camp_id;
}

void
mt_record_list_set_camp_id (MtRecordList *self,
                            gint64        camp_id)
{
  g_return_if_fail (MT_IS_RECORD_LIST (self));

  if (self->camp_id == camp_id)
    return;

  self->camp_id = camp_id;
  /* Set before construction finishes (from g_object_new): constructed() loads. */
  if (self->store != NULL)
    mt_record_list_reload (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAMP_ID]);
}

const char *
mt_record_list_get_as_of (MtRecordList *self)
{
  g_return_val_if_fail (MT_IS_RECORD_LIST (self), NULL);

  return self->as_of;
}

void
mt_record_list_set_as_of (MtRecordList *self,
                          const char   *as_of)
{
  g_return_if_fail (MT_IS_RECORD_LIST (self));

  if (g_strcmp0 (self->as_of, as_of) == 0)
    return;

  g_free (self->as_of);
  self->as_of = g_strdup (as_of);
  if (self->store != NULL)
    mt_record_list_reload (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AS_OF]);
}

const GError *
mt_record_list_get_error (MtRecordList *self)
{
  g_return_val_if_fail (MT_IS_RECORD_LIST (self), NULL);

  return self->error;
}

void
mt_record_list_reload (MtRecordList *self)
{
  g_autoptr(GPtrArray) fresh = NULL;
  GError *error = NULL;

  g_return_if_fail (MT_IS_RECORD_LIST (self));
  g_return_if_fail (self->store != NULL);

  fresh = fetch_records (self, &error);
  if (fresh == NULL)
    {
      /* No stale rows under an error: the view shows why instead. */
      fresh = g_ptr_array_new_with_free_func (g_object_unref);
    }

  apply_fresh (self, fresh);
  set_error (self, error);
}

gint64
mt_record_get_id (GObject *record)
{
  if (MT_IS_MOVEMENT (record))
    return mt_movement_get_id (MT_MOVEMENT (record));
  if (MT_IS_CONVOY (record))
    return mt_convoy_get_id (MT_CONVOY (record));
  if (MT_IS_ASSET (record))
    return mt_asset_get_id (MT_ASSET (record));
  if (MT_IS_HISTORY_ENTRY (record))
    return mt_history_entry_get_id (MT_HISTORY_ENTRY (record));

  g_return_val_if_reached (0);
}
