/* mt-status-pill.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-status-pill"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-enum-types.h"
#include "mt-status-pill.h"

struct _MtStatusPill
{
  GtkWidget     parent_instance;

  GtkWidget    *label;
  MtCampStatus  status;
};

G_DEFINE_FINAL_TYPE (MtStatusPill, mt_status_pill, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Auxiliary methods */

static void
update (MtStatusPill *self)
{
  g_assert (MT_IS_STATUS_PILL (self));

  for (MtCampStatus s = 0; s < MT_CAMP_N_STATUSES; s++)
    gtk_widget_remove_css_class (GTK_WIDGET (self), mt_status_pill_get_css_class (s));
  gtk_widget_add_css_class (GTK_WIDGET (self), mt_status_pill_get_css_class (self->status));
  gtk_label_set_label (GTK_LABEL (self->label), mt_camp_status_get_label (self->status));
}

/* GObject overrides */

static void
mt_status_pill_dispose (GObject *object)
{
  MtStatusPill *self = MT_STATUS_PILL (object);

  g_clear_pointer (&self->label, gtk_widget_unparent);

  G_OBJECT_CLASS (mt_status_pill_parent_class)->dispose (object);
}

static void
mt_status_pill_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MtStatusPill *self = MT_STATUS_PILL (object);

  switch (prop_id)
    {
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_status_pill_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  MtStatusPill *self = MT_STATUS_PILL (object);

  switch (prop_id)
    {
    case PROP_STATUS:
      mt_status_pill_set_status (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_status_pill_class_init (MtStatusPillClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mt_status_pill_dispose;
  object_class->get_property = mt_status_pill_get_property;
  object_class->set_property = mt_status_pill_set_property;

  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       MT_TYPE_CAMP_STATUS, MT_CAMP_STATUS_OPERATIONAL,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "mt-status-pill");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_STATUS);
}

static void
mt_status_pill_init (MtStatusPill *self)
{
  self->status = MT_CAMP_STATUS_OPERATIONAL;
  self->label = gtk_label_new (NULL);
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));

  /* A pill hugs its text: never stretch it to fill a row or a box. */
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_START);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self), "pill");
  update (self);
}

/* Public API */

void
mt_status_pill_set_status (MtStatusPill *self,
                           MtCampStatus  status)
{
  g_return_if_fail (MT_IS_STATUS_PILL (self));
  g_return_if_fail (status < MT_CAMP_N_STATUSES);

  if (self->status == status)
    return;

  self->status = status;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
mt_status_pill_get_css_class (MtCampStatus status)
{
  static const char *classes[] = {
    "status-operational", "status-drawing-down", "status-closed", "status-handed-over",
  };

  g_return_val_if_fail (status < G_N_ELEMENTS (classes), NULL);
  return classes[status];
}
