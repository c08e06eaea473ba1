/* mt-report-baselines.c: the baseline the printed or saved report compares with.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file chooser knows a choice by its id and its options by theirs: the options' ids
 * are the choices' indexes ("0" for no baseline), since a baseline's name may hold anything.
 */

#define G_LOG_DOMAIN "mt-report-baselines"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-date.h"
#include "mt-report-baselines.h"
#include "mt-store-plan.h"

#define CHOICE_ID "baseline"

struct _MtReportBaselines
{
  GPtrArray *names;   /* (element-type utf8) NULL first: no baseline */
  GPtrArray *ids;     /* (element-type utf8) "0", "1"…, NULL-terminated */
  GPtrArray *labels;  /* (element-type utf8) NULL-terminated */
  guint      selected;
};

typedef struct
{
  MtReportBaselines          *choices;
  MtReport                   *report;
  MtStore                    *store;
  MtReportBaselinesErrorFunc  on_error;
  gpointer                    user_data;
} PrintChoice;

/* Helpers */

static void
add (MtReportBaselines *self,
     const char        *name,
     char              *label)
{
  g_ptr_array_add (self->ids, g_strdup_printf ("%u", self->names->len));
  g_ptr_array_add (self->names, g_strdup (name));
  g_ptr_array_add (self->labels, label);
}

static void
print_choice_free (gpointer data)
{
  PrintChoice *print = data;

  mt_report_baselines_free (print->choices);
  g_object_unref (print->report);
  g_object_unref (print->store);
  g_free (print);
}

/* Callbacks */

static GObject *
create_widget_cb (GtkPrintOperation *operation,
                  PrintChoice       *print)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new_with_mnemonic (_("Compare with _baseline"));
  GtkWidget *drop_down;

  drop_down = gtk_drop_down_new_from_strings ((const char * const *) print->choices->labels->pdata);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), print->choices->selected);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), drop_down);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), drop_down);
  /* The print dialog stretches its tab's widget: keep the row at the top, its own size. */
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_widget_set_halign (box, GTK_ALIGN_START);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  g_object_set_data (G_OBJECT (box), "mt-drop-down", drop_down);
  /* Translators: a tab of the print dialog */
  gtk_print_operation_set_custom_tab_label (operation, _("Baseline"));

  return G_OBJECT (box);
}

static void
apply_widget_cb (GtkPrintOperation *operation,
                 GtkWidget         *widget,
                 PrintChoice       *print)
{
  GtkDropDown *drop_down = g_object_get_data (G_OBJECT (widget), "mt-drop-down");
  const char *name = mt_report_baselines_get_name (print->choices,
                                                   gtk_drop_down_get_selected (drop_down));
  g_autoptr(GError) error = NULL;

  if (name != NULL && !mt_report_add_baseline (print->report, print->store, name, &error) &&
      print->on_error != NULL)
    print->on_error (error, print->user_data);
}

/* Public API */

MtReportBaselines *
mt_report_baselines_new (MtStore  *store,
                         GError  **error)
{
  g_autoptr(MtReportBaselines) self = g_new0 (MtReportBaselines, 1);
  g_autoptr(GPtrArray) baselines = NULL;
  g_autoptr(MtBaseline) current = NULL;

  g_return_val_if_fail (MT_IS_STORE (store), NULL);

  self->names = g_ptr_array_new_with_free_func (g_free);
  self->ids = g_ptr_array_new_null_terminated (4, g_free, TRUE);
  self->labels = g_ptr_array_new_null_terminated (4, g_free, TRUE);
  add (self, NULL, g_strdup (_("No baseline")));

  baselines = mt_store_list_baselines (store, error);
  if (baselines == NULL)
    return NULL;
  current = mt_store_get_current_baseline (store, error);
  if (current == NULL && error != NULL && *error != NULL)
    return NULL;

  for (guint i = 0; i < baselines->len; i++)
    {
      const MtBaseline *baseline = g_ptr_array_index (baselines, i);

      if (current != NULL && current->id == baseline->id)
        self->selected = self->names->len;
      add (self, baseline->name, mt_report_baselines_format_label (baseline));
    }

  return g_steal_pointer (&self);
}

char *
mt_report_baselines_format_label (const MtBaseline *baseline)
{
  g_autofree char *date = NULL;

  g_return_val_if_fail (baseline != NULL, NULL);

  date = mt_date_format_long (baseline->data_date);
  /* Translators: a baseline's name, then the date of its data */
  return g_strdup_printf (_("%s (data as of %s)"), baseline->name, date);
}

void
mt_report_baselines_free (MtReportBaselines *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->names, g_ptr_array_unref);
  g_clear_pointer (&self->ids, g_ptr_array_unref);
  g_clear_pointer (&self->labels, g_ptr_array_unref);
  g_free (self);
}

guint
mt_report_baselines_get_n (MtReportBaselines *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->names->len;
}

guint
mt_report_baselines_get_default (MtReportBaselines *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->selected;
}

const char *
mt_report_baselines_get_label (MtReportBaselines *self,
                               guint              index)
{
  g_return_val_if_fail (self != NULL, NULL);

  return index < self->names->len ? g_ptr_array_index (self->labels, index) : NULL;
}

const char *
mt_report_baselines_get_name (MtReportBaselines *self,
                              guint              index)
{
  g_return_val_if_fail (self != NULL, NULL);

  return index < self->names->len ? g_ptr_array_index (self->names, index) : NULL;
}

void
mt_report_baselines_add_to_chooser (MtReportBaselines *self,
                                    GtkFileChooser    *chooser)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_null_terminated (self->names->len, NULL, TRUE);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_null_terminated (self->names->len, NULL, TRUE);

  g_return_if_fail (self != NULL);
  g_return_if_fail (GTK_IS_FILE_CHOOSER (chooser));

  /* The default first: GTK 4.8's own file chooser ignores gtk_file_chooser_set_choice() for
   * a choice with options and shows the first one chosen. */
  for (guint i = 0; i < self->names->len; i++)
    {
      guint index = i == 0 ? self->selected : i <= self->selected ? i - 1 : i;

      g_ptr_array_add (ids, g_ptr_array_index (self->ids, index));
      g_ptr_array_add (labels, g_ptr_array_index (self->labels, index));
    }
  gtk_file_chooser_add_choice (chooser, CHOICE_ID, _("Compare with baseline"),
                               (const char **) ids->pdata, (const char **) labels->pdata);
  gtk_file_chooser_set_choice (chooser, CHOICE_ID, g_ptr_array_index (self->ids, self->selected));
}

const char *
mt_report_baselines_get_chosen (MtReportBaselines *self,
                                GtkFileChooser    *chooser)
{
  const char *id;
  guint64 index = 0;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (GTK_IS_FILE_CHOOSER (chooser), NULL);

  id = gtk_file_chooser_get_choice (chooser, CHOICE_ID);
  if (id == NULL || !g_ascii_string_to_unsigned (id, 10, 0, G_MAXUINT, &index, NULL))
    return NULL;

  return mt_report_baselines_get_name (self, (guint) index);
}

void
mt_report_baselines_attach_print (MtReportBaselines          *self,
                                  GtkPrintOperation          *operation,
                                  MtReport                   *report,
                                  MtStore                    *store,
                                  MtReportBaselinesErrorFunc  on_error,
                                  gpointer                    user_data)
{
  PrintChoice *print;

  g_return_if_fail (self != NULL);
  g_return_if_fail (GTK_IS_PRINT_OPERATION (operation));
  g_return_if_fail (MT_IS_REPORT (report));
  g_return_if_fail (MT_IS_STORE (store));

  print = g_new0 (PrintChoice, 1);
  print->choices = self;
  print->report = g_object_ref (report);
  print->store = g_object_ref (store);
  print->on_error = on_error;
  print->user_data = user_data;
  g_object_set_data_full (G_OBJECT (operation), "mt-report-baselines", print, print_choice_free);
  g_signal_connect (operation, "create-custom-widget", G_CALLBACK (create_widget_cb), print);
  g_signal_connect (operation, "custom-widget-apply", G_CALLBACK (apply_widget_cb), print);
}
