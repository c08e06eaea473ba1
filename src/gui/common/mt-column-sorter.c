/* mt-column-sorter.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How the probe works: a GtkColumnViewSorter compares two items by asking the
 * sorter of its primary column first, inverting the answer when that column is
 * descending, and asks the next column only on a tie. So we hand it two marked
 * dummy objects: the first MtColumnSorter asked writes itself on the first dummy
 * and answers "smaller", which ends the chain. The result tells the direction
 * ("larger" means the view inverted it), the mark tells the column, and "equal"
 * with no mark means nothing is sorted.
 */

#define G_LOG_DOMAIN "mt-column-sorter"

#include "config.h"

#include "mt-column-sorter.h"
#include "mt-enum-types.h"

struct _MtColumnSorter
{
  GtkSorter       parent_instance;
  MtRosterColumn  column;
};

enum {
  PROP_0,
  PROP_COLUMN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MtColumnSorter, mt_column_sorter, GTK_TYPE_SORTER)

G_DEFINE_QUARK (mt-column-sorter-probe, probe)

/* GtkSorter overrides */

static GtkOrdering
mt_column_sorter_compare (GtkSorter *sorter,
                          gpointer   item1,
                          gpointer   item2)
{
  GObject *probe = item1;

  /* Real rows are never compared here (they are sorted in SQL); should someone
   * put the view's sorter in a GtkSortListModel, leave their order alone. */
  if (!g_object_get_qdata (probe, probe_quark ()))
    return GTK_ORDERING_EQUAL;

  g_object_set_qdata_full (probe, probe_quark (), g_object_ref (sorter), g_object_unref);
  return GTK_ORDERING_SMALLER;
}

static GtkSorterOrder
mt_column_sorter_get_order (GtkSorter *sorter)
{
  return GTK_SORTER_ORDER_PARTIAL;
}

/* GObject overrides */

static void
mt_column_sorter_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MtColumnSorter *self = MT_COLUMN_SORTER (object);

  switch (prop_id)
    {
    case PROP_COLUMN:
      g_value_set_enum (value, self->column);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_column_sorter_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  MtColumnSorter *self = MT_COLUMN_SORTER (object);

  switch (prop_id)
    {
    case PROP_COLUMN:
      mt_column_sorter_set_column (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_column_sorter_class_init (MtColumnSorterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkSorterClass *sorter_class = GTK_SORTER_CLASS (klass);

  object_class->get_property = mt_column_sorter_get_property;
  object_class->set_property = mt_column_sorter_set_property;

  sorter_class->compare = mt_column_sorter_compare;
  sorter_class->get_order = mt_column_sorter_get_order;

  properties[PROP_COLUMN] =
    g_param_spec_enum ("column", NULL, NULL,
                       MT_TYPE_ROSTER_COLUMN, MT_ROSTER_COLUMN_PERSONNEL_ID,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mt_column_sorter_init (MtColumnSorter *self)
{
}

/* Public API */

GtkSorter *
mt_column_sorter_new (MtRosterColumn column)
{
  return g_object_new (MT_TYPE_COLUMN_SORTER, "column", column, NULL);
}

MtRosterColumn
mt_column_sorter_get_column (MtColumnSorter *self)
{
  g_return_val_if_fail (MT_IS_COLUMN_SORTER (self), 0);

  return self->column;
}

void
mt_column_sorter_set_column (MtColumnSorter *self,
                             MtRosterColumn  column)
{
  g_return_if_fail (MT_IS_COLUMN_SORTER (self));

  if (self->column == column)
    return;

  self->column = column;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLUMN]);
  gtk_sorter_changed (GTK_SORTER (self), GTK_SORTER_CHANGE_DIFFERENT);
}

gboolean
mt_column_sorter_probe (GtkSorter      *sorter,
                        MtRosterColumn *column,
                        gboolean       *descending)
{
  g_autoptr(GObject) first = NULL;
  g_autoptr(GObject) second = NULL;
  MtColumnSorter *asked;
  GtkOrdering ordering;

  g_return_val_if_fail (GTK_IS_SORTER (sorter), FALSE);

  first = g_object_new (G_TYPE_OBJECT, NULL);
  second = g_object_new (G_TYPE_OBJECT, NULL);
  /* Any non-NULL mark: replaced by the sorter that answers. */
  g_object_set_qdata (first, probe_quark (), first);

  ordering = gtk_sorter_compare (sorter, first, second);
  asked = g_object_get_qdata (first, probe_quark ());

  if (ordering == GTK_ORDERING_EQUAL || !MT_IS_COLUMN_SORTER (asked))
    return FALSE;

  if (column != NULL)
    *column = asked->column;
  if (descending != NULL)
    *descending = ordering == GTK_ORDERING_LARGER;

  return TRUE;
}
