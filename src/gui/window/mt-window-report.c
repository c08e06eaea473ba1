/* mt-window-report.c: the window's report actions, Print (Ctrl+P) and Save as PDF
 * (Ctrl+Shift+S), both for the date the window shows.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-window-report"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-report-baselines.h"
#include "mt-report-print.h"
#include "mt-window-private.h"
#include "mt-window-report.h"

/* Helpers */

static void
show_toast (MtWindow   *self,
            const char *text)
{
  AdwToast *toast = adw_toast_new (text);

  g_assert (MT_IS_WINDOW (self));

  adw_toast_set_timeout (toast, 5);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Reads the figures as of the window's date now, so what prints is what was asked for:
 * under the what-if scenario shown, if any. */
static MtReport *
make_report (MtWindow *self)
{
  g_autoptr(GError) error = NULL;
  MtReport *report;

  g_assert (MT_IS_WINDOW (self));

  report = mt_report_new (self->store, mt_window_get_as_of (self), &error);
  if (report != NULL && self->scenario != NULL &&
      !mt_report_add_scenario (report, self->store, self->scenario, &error))
    g_clear_object (&report);
  if (report == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Could not make the report: %s"), error->message);

      show_toast (self, text);
    }

  return report;
}

/* The choices of baseline the dialogs offer; NULL (with a toast) when they cannot be read,
 * and the report goes without. None under a scenario: its report compares it with today's
 * plan. */
static MtReportBaselines *
make_baselines (MtWindow *self)
{
  g_autoptr(GError) error = NULL;
  MtReportBaselines *baselines;

  if (self->scenario != NULL)
    return NULL;

  baselines = mt_report_baselines_new (self->store, &error);

  if (baselines == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Could not read the baselines: %s"),
                                               error->message);

      show_toast (self, text);
    }

  return baselines;
}

static void
report_error (MtWindow     *self,
              const GError *error)
{
  g_autofree char *text = g_strdup_printf (_("Could not make the report: %s"), error->message);

  show_toast (self, text);
}

/* Writes @report, with the section on @baseline unless NULL, to @path; a toast tells. */
static gboolean
save_report (MtWindow   *self,
             MtReport   *report,
             const char *path,
             const char *baseline)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *text = NULL;

  if (baseline != NULL && !mt_report_add_baseline (report, self->store, baseline, &error))
    {
      report_error (self, error);
      return FALSE;
    }
  if (mt_report_write_pdf (report, path, mt_report_print_default_paper (), &error))
    text = g_strdup_printf (_("Report saved to %s"), name);
  else
    text = g_strdup_printf (_("Could not save the report: %s"), error->message);
  show_toast (self, text);

  return error == NULL;
}

/* Callbacks */

static void
print_baseline_error_cb (const GError *error,
                         gpointer      user_data)
{
  report_error (MT_WINDOW (user_data), error);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               MtWindow                *self)
{
  g_autoptr(GError) error = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;

  gtk_print_operation_get_error (operation, &error);
  if (error != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Could not print the report: %s"),
                                               error->message);

      show_toast (self, text);
    }
}

static void
save_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  MtWindow        *self)
{
  MtReport *report = g_object_get_data (G_OBJECT (chooser), "mt-report");
  MtReportBaselines *baselines = g_object_get_data (G_OBJECT (chooser), "mt-baselines");
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  g_assert (MT_IS_WINDOW (self));

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);

  if (path != NULL)
    save_report (self, report, path,
                 baselines != NULL ? mt_report_baselines_get_chosen (baselines,
                                                                     GTK_FILE_CHOOSER (chooser))
                                   : NULL);

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
print_report_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MtWindow *self = MT_WINDOW (widget);
  g_autoptr(MtReport) report = make_report (self);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  MtReportBaselines *baselines;

  if (report == NULL)
    return;

  operation = mt_report_print_operation_new (report);
  gtk_print_operation_set_allow_async (operation, TRUE);
  baselines = make_baselines (self);
  if (baselines != NULL)
    mt_report_baselines_attach_print (baselines, operation, report, self->store,
                                      print_baseline_error_cb, self);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autofree char *text = g_strdup_printf (_("Could not print the report: %s"),
                                               error->message);

      show_toast (self, text);
    }
}

static void
save_report_pdf_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  MtWindow *self = MT_WINDOW (widget);
  g_autoptr(MtReport) report = make_report (self);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  MtReportBaselines *baselines;
  GtkFileChooserNative *chooser;

  if (report == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Save Report as PDF"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  /* Translators: the suggested file name; %s is the date of the data (YYYY-MM-DD) */
  name = g_strdup_printf (_("withdrawal-report-%s.pdf"), mt_report_get_as_of (report));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  baselines = make_baselines (self);
  if (baselines != NULL)
    {
      mt_report_baselines_add_to_chooser (baselines, GTK_FILE_CHOOSER (chooser));
      g_object_set_data_full (G_OBJECT (chooser), "mt-baselines", baselines,
                              (GDestroyNotify) mt_report_baselines_free);
    }

  g_object_set_data_full (G_OBJECT (chooser), "mt-report", g_steal_pointer (&report),
                          g_object_unref);
  g_signal_connect_object (chooser, "response", G_CALLBACK (save_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Public API */

gboolean
mt_window_save_report_to_path (MtWindow   *self,
                               const char *path,
                               const char *baseline)
{
  g_autoptr(MtReport) report = NULL;

  g_return_val_if_fail (MT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  report = make_report (self);
  return report != NULL && save_report (self, report, path, baseline);
}

/* Private API */

void
_mt_window_class_install_report_actions (MtWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.print-report", NULL, print_report_action);
  gtk_widget_class_install_action (widget_class, "win.save-report-pdf", NULL,
                                   save_report_pdf_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.print-report", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-report-pdf", NULL);
}

void
_mt_window_init_report (MtWindow *self)
{
}
