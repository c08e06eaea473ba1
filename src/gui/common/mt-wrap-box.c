/* mt-wrap-box.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-wrap-box"

#include "config.h"

#include "mt-wrap-box.h"

struct _MtWrapBox
{
  GtkWidget parent_instance;

  int       spacing;
  int       row_spacing;
};

enum {
  PROP_0,
  PROP_SPACING,
  PROP_ROW_SPACING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void buildable_iface_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MtWrapBox, mt_wrap_box, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, buildable_iface_init))

static GtkBuildableIface *parent_buildable_iface;

/* One visible child, placed for a given width. */
typedef struct
{
  GtkWidget *widget;
  int        min_width;
  int        nat_width;
  int        width;
  guint      row;
} Item;

typedef struct
{
  int min_height;
  int nat_height;
} Row;

/* Auxiliary methods */

static GArray *
measure_children (MtWrapBox *self)
{
  GArray *items = g_array_new (FALSE, TRUE, sizeof (Item));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      Item item = { child, 0, 0, 0, 0 };

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1,
                          &item.min_width, &item.nat_width, NULL, NULL);
      g_array_append_val (items, item);
    }

  return items;
}

/* Gives the children of one row, items[first..last), their widths in @width: natural
 * widths as far as they fit, then what is left to the children that expand. */
static void
share_row (MtWrapBox *self,
           Item      *items,
           guint      n,
           int        width)
{
  g_autofree GtkRequestedSize *sizes = g_new0 (GtkRequestedSize, n);
  int extra = width - (int) (n - 1) * self->spacing;
  guint n_expand = 0;

  for (guint i = 0; i < n; i++)
    {
      sizes[i].minimum_size = items[i].min_width;
      sizes[i].natural_size = items[i].nat_width;
      extra -= items[i].min_width;
      if (gtk_widget_compute_expand (items[i].widget, GTK_ORIENTATION_HORIZONTAL))
        n_expand++;
    }
  if (extra > 0)
    extra = gtk_distribute_natural_allocation (extra, n, sizes);

  for (guint i = 0; i < n; i++)
    {
      items[i].width = sizes[i].minimum_size;
      if (extra > 0 && n_expand > 0 &&
          gtk_widget_compute_expand (items[i].widget, GTK_ORIENTATION_HORIZONTAL))
        {
          int share = extra / n_expand;

          items[i].width += share;
          extra -= share;
          n_expand--;
        }
    }
}

/* Breaks @items into rows for @width (a new row when the next child would not fit at its
 * natural width), shares each row's width and returns the rows' heights. */
static GArray *
lay_out (MtWrapBox *self,
         GArray    *items,
         int        width)
{
  GArray *rows = g_array_new (FALSE, TRUE, sizeof (Row));
  guint first = 0;
  int used = 0;

  for (guint i = 0; i <= items->len; i++)
    {
      Item *item = i < items->len ? &g_array_index (items, Item, i) : NULL;

      if (i > first && (item == NULL || used + self->spacing + item->nat_width > width))
        {
          Row row = { 0, 0 };

          share_row (self, &g_array_index (items, Item, first), i - first, width);
          for (guint j = first; j < i; j++)
            {
              Item *placed = &g_array_index (items, Item, j);
              int min, nat;

              placed->row = rows->len;
              gtk_widget_measure (placed->widget, GTK_ORIENTATION_VERTICAL, placed->width,
                                  &min, &nat, NULL, NULL);
              row.min_height = MAX (row.min_height, min);
              row.nat_height = MAX (row.nat_height, nat);
            }
          g_array_append_val (rows, row);
          first = i;
          used = 0;
        }
      if (item != NULL)
        used += (i > first ? self->spacing : 0) + item->nat_width;
    }

  return rows;
}

static void
measure_width (MtWrapBox *self,
               GArray    *items,
               int       *minimum,
               int       *natural)
{
  *minimum = *natural = 0;
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);

      *minimum = MAX (*minimum, item->min_width);
      *natural += (i > 0 ? self->spacing : 0) + item->nat_width;
    }
}

static void
measure_height (MtWrapBox *self,
                GArray    *items,
                int        width,
                int       *minimum,
                int       *natural)
{
  g_autoptr(GArray) rows = lay_out (self, items, width);

  *minimum = *natural = 0;
  for (guint i = 0; i < rows->len; i++)
    {
      *minimum += (i > 0 ? self->row_spacing : 0) + g_array_index (rows, Row, i).min_height;
      *natural += (i > 0 ? self->row_spacing : 0) + g_array_index (rows, Row, i).nat_height;
    }
}

/* GtkBuildable */

static void
mt_wrap_box_add_child (GtkBuildable *buildable,
                       GtkBuilder   *builder,
                       GObject      *child,
                       const char   *type)
{
  if (GTK_IS_WIDGET (child) && type == NULL)
    mt_wrap_box_append (MT_WRAP_BOX (buildable), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
buildable_iface_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = mt_wrap_box_add_child;
}

/* GtkWidget overrides */

static GtkSizeRequestMode
mt_wrap_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
mt_wrap_box_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  MtWrapBox *self = MT_WRAP_BOX (widget);
  g_autoptr(GArray) items = measure_children (self);
  int min_width, nat_width;

  measure_width (self, items, &min_width, &nat_width);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = min_width;
      *natural = nat_width;
    }
  else if (for_size >= 0)
    {
      measure_height (self, items, MAX (for_size, min_width), minimum, natural);
    }
  else
    {
      /* Without a width (a parent that does not ask height-for-width): one row, at the
       * natural width. */
      measure_height (self, items, nat_width, minimum, natural);
    }
}

static void
mt_wrap_box_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  MtWrapBox *self = MT_WRAP_BOX (widget);
  g_autoptr(GArray) items = measure_children (self);
  g_autoptr(GArray) rows = lay_out (self, items, width);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  guint row = G_MAXUINT;
  int x = 0, y = 0, row_height = 0;

  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);

      if (item->row != row)
        {
          y += row != G_MAXUINT ? row_height + self->row_spacing : 0;
          row = item->row;
          row_height = g_array_index (rows, Row, row).nat_height;
          x = 0;
        }
      gtk_widget_size_allocate (item->widget,
                                &(GtkAllocation) { rtl ? width - x - item->width : x, y,
                                                   item->width, row_height },
                                -1);
      x += item->width + self->spacing;
    }
}

/* GObject overrides */

static void
mt_wrap_box_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (mt_wrap_box_parent_class)->dispose (object);
}

static void
mt_wrap_box_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  MtWrapBox *self = MT_WRAP_BOX (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;

    case PROP_ROW_SPACING:
      g_value_set_int (value, self->row_spacing);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_wrap_box_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  MtWrapBox *self = MT_WRAP_BOX (object);
  int *field;

  switch (prop_id)
    {
    case PROP_SPACING:
      field = &self->spacing;
      break;

    case PROP_ROW_SPACING:
      field = &self->row_spacing;
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (*field == g_value_get_int (value))
    return;
  *field = g_value_get_int (value);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (object, pspec);
}

static void
mt_wrap_box_class_init (MtWrapBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mt_wrap_box_dispose;
  object_class->get_property = mt_wrap_box_get_property;
  object_class->set_property = mt_wrap_box_set_property;

  widget_class->get_request_mode = mt_wrap_box_get_request_mode;
  widget_class->measure = mt_wrap_box_measure;
  widget_class->size_allocate = mt_wrap_box_size_allocate;

  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROW_SPACING] =
    g_param_spec_int ("row-spacing", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "mt-wrap-box");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
mt_wrap_box_init (MtWrapBox *self)
{
}

/* Public API */

GtkWidget *
mt_wrap_box_new (void)
{
  return g_object_new (MT_TYPE_WRAP_BOX, NULL);
}

void
mt_wrap_box_append (MtWrapBox *self,
                    GtkWidget *child)
{
  g_return_if_fail (MT_IS_WRAP_BOX (self));
  g_return_if_fail (GTK_IS_WIDGET (child));
  g_return_if_fail (gtk_widget_get_parent (child) == NULL);

  gtk_widget_insert_before (child, GTK_WIDGET (self), NULL);
}
