/* mt-date-row.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-date-row"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-date.h"
#include "mt-date-input.h"
#include "mt-date-row.h"

struct _MtDateRow
{
  AdwEntryRow  parent_instance;

  char        *date;      /* ISO, or NULL */
  gboolean     valid;
  gboolean     syncing;   /* set_date() writing the text: not the user typing */
  MtDateStyle  style;     /* the locale's: what is typed is read so, dates written so */
  char        *problem;   /* why a text is not a date, naming the format expected */

  GtkCalendar *calendar;
  GtkPopover  *popover;
};

G_DEFINE_FINAL_TYPE (MtDateRow, mt_date_row, ADW_TYPE_ENTRY_ROW)

enum {
  PROP_0,
  PROP_DATE,
  PROP_VALID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Auxiliary methods */

static void
set_parsed (MtDateRow  *self,
            const char *iso,
            gboolean    valid)
{
  g_assert (MT_IS_DATE_ROW (self));

  if (g_strcmp0 (self->date, iso) != 0)
    {
      g_free (self->date);
      self->date = g_strdup (iso);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
    }
  if (self->valid != valid)
    {
      self->valid = valid;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
    }
}

/* Callbacks */

static void
on_text_changed_cb (MtDateRow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autofree char *iso = NULL;

  if (self->syncing)
    return;

  if (stripped[0] == '\0')
    {
      set_parsed (self, NULL, TRUE);
      return;
    }

  iso = mt_date_style_parse (&self->style, stripped);
  set_parsed (self, iso, iso != NULL);
}

static void
on_popover_show_cb (MtDateRow *self)
{
  GDate date;
  g_autoptr(GDateTime) dt = NULL;

  if (self->date == NULL || !mt_date_parse (self->date, &date))
    return;

  dt = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                              g_date_get_day (&date), 12, 0, 0);
  gtk_calendar_select_day (self->calendar, dt);
}

static void
on_day_selected_cb (MtDateRow *self)
{
  g_autoptr(GDateTime) dt = gtk_calendar_get_date (self->calendar);
  g_autofree char *iso = g_date_time_format (dt, "%Y-%m-%d");

  /* Opening the popover selects the current date: not a choice. */
  if (g_strcmp0 (iso, self->date) == 0)
    return;

  mt_date_row_set_date (self, iso);
  gtk_popover_popdown (self->popover);
}

/* GObject overrides */

static void
mt_date_row_finalize (GObject *object)
{
  MtDateRow *self = MT_DATE_ROW (object);

  g_free (self->date);
  g_free (self->problem);

  G_OBJECT_CLASS (mt_date_row_parent_class)->finalize (object);
}

static void
mt_date_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  MtDateRow *self = MT_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_VALID:
      g_value_set_boolean (value, self->valid);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_date_row_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  MtDateRow *self = MT_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      mt_date_row_set_date (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_date_row_class_init (MtDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mt_date_row_finalize;
  object_class->get_property = mt_date_row_get_property;
  object_class->set_property = mt_date_row_set_property;

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mt_date_row_init (MtDateRow *self)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *format;
  const MtDateStyle iso_style = { MT_DATE_ORDER_YMD, '-' };
  g_autofree char *pattern = NULL;
  g_autofree char *iso_pattern = NULL;

  self->valid = TRUE;

  /* The order the locale writes dates in, shown beside the text: 03/04/2023 is not the
   * same day everywhere. */
  mt_date_style_init_for_locale (&self->style);
  pattern = mt_date_style_pattern (&self->style);
  iso_pattern = mt_date_style_pattern (&iso_style);
  if (g_str_equal (pattern, iso_pattern))
    /* Translators: under a date field; %s is the format expected, e.g. YYYY-MM-DD */
    self->problem = g_strdup_printf (_("Not a date: write it as %s"), pattern);
  else
    /* Translators: under a date field; the format of the user's locale (e.g. MM/DD/YYYY),
     * then the ISO one (YYYY-MM-DD), which is read too */
    self->problem = g_strdup_printf (_("Not a date: write it as %s or %s"), pattern, iso_pattern);

  format = gtk_label_new (pattern);
  gtk_widget_add_css_class (format, "dim-label");
  gtk_widget_add_css_class (format, "caption");
  gtk_widget_set_valign (format, GTK_ALIGN_CENTER);
  /* Screen readers hear the format with the field (the row describes itself from it). */
  gtk_accessible_update_property (GTK_ACCESSIBLE (format), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  pattern, -1);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), format);

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  self->popover = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_child (self->popover, GTK_WIDGET (self->calendar));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->calendar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Choose a date"), -1);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), GTK_WIDGET (self->popover));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Choose a date"));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), button);

  gtk_editable_set_max_width_chars (GTK_EDITABLE (self), 12);

  g_signal_connect (self, "changed", G_CALLBACK (on_text_changed_cb), NULL);
  g_signal_connect_swapped (self->popover, "show", G_CALLBACK (on_popover_show_cb), self);
  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (on_day_selected_cb), self);
}

/* Public API */

GtkWidget *
mt_date_row_new (void)
{
  return g_object_new (MT_TYPE_DATE_ROW, NULL);
}

const char *
mt_date_row_get_date (MtDateRow *self)
{
  g_return_val_if_fail (MT_IS_DATE_ROW (self), NULL);
  return self->date;
}

void
mt_date_row_set_date (MtDateRow  *self,
                      const char *iso)
{
  g_autofree char *shown = NULL;

  g_return_if_fail (MT_IS_DATE_ROW (self));

  /* Written as the user would type it, so what they read is what they edit. */
  shown = mt_date_style_format (&self->style, iso);
  self->syncing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self), shown != NULL ? shown : iso != NULL ? iso : "");
  self->syncing = FALSE;
  set_parsed (self, mt_date_is_valid (iso) ? iso : NULL, iso == NULL || mt_date_is_valid (iso));
}

gboolean
mt_date_row_get_valid (MtDateRow *self)
{
  g_return_val_if_fail (MT_IS_DATE_ROW (self), FALSE);
  return self->valid;
}

const char *
mt_date_row_get_problem (MtDateRow *self)
{
  g_return_val_if_fail (MT_IS_DATE_ROW (self), NULL);
  return self->valid ? NULL : self->problem;
}

gboolean
mt_date_row_is_empty (MtDateRow *self)
{
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (MT_IS_DATE_ROW (self), TRUE);

  stripped = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self))));
  return stripped[0] == '\0';
}
