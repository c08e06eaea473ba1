/* mt-banner.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-banner"

#include "config.h"

#include "mt-banner.h"

struct _MtBanner
{
  AdwBin       parent_instance;

  GtkRevealer *revealer;
  GtkLabel    *title_label;
  GtkButton   *button;
};

G_DEFINE_FINAL_TYPE (MtBanner, mt_banner, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_BUTTON_LABEL,
  PROP_REVEALED,
  N_PROPS
};

enum {
  SIGNAL_BUTTON_CLICKED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Callbacks */

static void
on_button_clicked_cb (MtBanner *self)
{
  g_signal_emit (self, signals[SIGNAL_BUTTON_CLICKED], 0);
}

/* GObject overrides */

static void
mt_banner_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  MtBanner *self = MT_BANNER (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, mt_banner_get_title (self));
      break;
    case PROP_BUTTON_LABEL:
      g_value_set_string (value, mt_banner_get_button_label (self));
      break;
    case PROP_REVEALED:
      g_value_set_boolean (value, mt_banner_get_revealed (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_banner_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  MtBanner *self = MT_BANNER (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      mt_banner_set_title (self, g_value_get_string (value));
      break;
    case PROP_BUTTON_LABEL:
      mt_banner_set_button_label (self, g_value_get_string (value));
      break;
    case PROP_REVEALED:
      mt_banner_set_revealed (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_banner_class_init (MtBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = mt_banner_get_property;
  object_class->set_property = mt_banner_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUTTON_LABEL] =
    g_param_spec_string ("button-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REVEALED] =
    g_param_spec_boolean ("revealed", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_BUTTON_CLICKED] =
    g_signal_new ("button-clicked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mt_banner_init (MtBanner *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  self->title_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->title_label, TRUE);
  gtk_label_set_wrap_mode (self->title_label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_justify (self->title_label, GTK_JUSTIFY_CENTER);
  gtk_widget_set_hexpand (GTK_WIDGET (self->title_label), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->title_label));

  self->button = GTK_BUTTON (gtk_button_new ());
  gtk_button_set_use_underline (self->button, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);
  gtk_widget_set_visible (GTK_WIDGET (self->button), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->button));
  g_signal_connect_object (self->button, "clicked", G_CALLBACK (on_button_clicked_cb), self,
                           G_CONNECT_SWAPPED);

  gtk_widget_add_css_class (box, "mt-banner");
  self->revealer = GTK_REVEALER (gtk_revealer_new ());
  gtk_revealer_set_transition_type (self->revealer, GTK_REVEALER_TRANSITION_TYPE_SLIDE_DOWN);
  gtk_revealer_set_child (self->revealer, box);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->revealer));
}

/* Public API */

GtkWidget *
mt_banner_new (const char *title)
{
  return g_object_new (MT_TYPE_BANNER, "title", title, NULL);
}

const char *
mt_banner_get_title (MtBanner *self)
{
  g_return_val_if_fail (MT_IS_BANNER (self), NULL);

  return gtk_label_get_label (self->title_label);
}

void
mt_banner_set_title (MtBanner   *self,
                     const char *title)
{
  g_return_if_fail (MT_IS_BANNER (self));

  if (g_strcmp0 (title, gtk_label_get_label (self->title_label)) == 0)
    return;

  gtk_label_set_label (self->title_label, title != NULL ? title : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
mt_banner_get_button_label (MtBanner *self)
{
  g_return_val_if_fail (MT_IS_BANNER (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->button)) ? gtk_button_get_label (self->button)
                                                            : NULL;
}

void
mt_banner_set_button_label (MtBanner   *self,
                            const char *label)
{
  gboolean shown = label != NULL && label[0] != '\0';

  g_return_if_fail (MT_IS_BANNER (self));

  if (g_strcmp0 (mt_banner_get_button_label (self), shown ? label : NULL) == 0)
    return;

  gtk_button_set_label (self->button, shown ? label : "");
  gtk_widget_set_visible (GTK_WIDGET (self->button), shown);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUTTON_LABEL]);
}

gboolean
mt_banner_get_revealed (MtBanner *self)
{
  g_return_val_if_fail (MT_IS_BANNER (self), FALSE);

  return gtk_revealer_get_reveal_child (self->revealer);
}

void
mt_banner_set_revealed (MtBanner *self,
                        gboolean  revealed)
{
  g_return_if_fail (MT_IS_BANNER (self));

  revealed = !!revealed;
  if (revealed == gtk_revealer_get_reveal_child (self->revealer))
    return;

  gtk_revealer_set_reveal_child (self->revealer, revealed);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVEALED]);
}
