/* mt-report.c: the withdrawal report, as pages for a printer or a PDF file.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything is read from the store when the report is made, so the pages a print
 * preview shows are the pages that print even if the store changes meanwhile.
 */

#define G_LOG_DOMAIN "mt-report"

#include "config.h"

#include <cairo-pdf.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "mt-convoy.h"
#include "mt-mission.h"
#include "mt-report-private.h"
#include "mt-store.h"
#include "mt-store-plan.h"
#include "mt-store-report.h"
#include "mt-store-scenario.h"
#include "mt-store-series.h"

enum {
  PROP_0,
  PROP_AS_OF,
  PROP_FINGERPRINT,
  PROP_N_PAGES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MtReport, mt_report, G_TYPE_OBJECT)

typedef struct
{
  GOutputStream *stream;
  GError        *error;
} PdfSink;

/* Helpers */

static GDateTime *
default_generated_time (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");

  if (epoch != NULL && *epoch != '\0')
    {
      char *end = NULL;
      gint64 seconds = g_ascii_strtoll (epoch, &end, 10);

      if (end != NULL && *end == '\0' && seconds >= 0)
        return g_date_time_new_from_unix_utc (seconds);
    }

  return g_date_time_new_now_local ();
}

/* Convoys in the period: those that left on or after the withdrawal start. */
static void
keep_convoys_in_period (MtReport *self)
{
  const char *start = self->summary->withdrawal_start;

  g_assert (MT_IS_REPORT (self));

  if (start == NULL)
    return;

  for (guint i = self->convoys->len; i > 0; i--)
    {
      MtConvoy *convoy = g_ptr_array_index (self->convoys, i - 1);
      const char *departed = mt_convoy_get_departed (convoy);

      if (departed != NULL && g_strcmp0 (departed, start) < 0)
        g_ptr_array_remove_index (self->convoys, i - 1);
    }
}

static gboolean
load (MtReport    *self,
      MtStore     *store,
      const char  *as_of,
      GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(MtFigureSet) figures = NULL;

  g_assert (MT_IS_REPORT (self));

  figures = mt_store_report_figures (store, as_of, error);
  if (figures == NULL)
    return FALSE;
  self->summary = g_steal_pointer (&figures->summary);
  self->as_of = g_steal_pointer (&figures->as_of);
  self->camps = g_steal_pointer (&figures->camps);
  self->assets = g_steal_pointer (&figures->assets);
  self->fingerprint = g_steal_pointer (&figures->fingerprint);

  /* No mission recorded yet is not an error: the report says so. */
  self->mission = mt_store_get_mission (store, &local_error);
  if (self->mission == NULL && local_error != NULL &&
      !g_error_matches (local_error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  self->empty = mt_store_is_empty (store);
  if (self->as_of == NULL || self->empty)
    return TRUE;

  if (self->summary->withdrawal_start != NULL && self->summary->deadline != NULL)
    {
      self->burndown = mt_store_get_burndown (store, self->as_of, error);
      if (self->burndown == NULL)
        return FALSE;
      self->by_month = mt_store_get_departures_by_month (store, self->as_of, error);
      if (self->by_month == NULL)
        return FALSE;
    }

  self->convoys = mt_store_list_convoys (store, self->as_of, error);
  if (self->convoys == NULL)
    return FALSE;
  keep_convoys_in_period (self);
  self->events = mt_store_list_events (store, 0, self->as_of, error);

  return self->events != NULL;
}

static cairo_status_t
pdf_write_cb (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  PdfSink *sink = closure;

  if (sink->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;

  if (!g_output_stream_write_all (sink->stream, data, length, NULL, NULL, &sink->error))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

/* GObject overrides */

static void
mt_report_finalize (GObject *object)
{
  MtReport *self = MT_REPORT (object);

  g_clear_pointer (&self->layout, mt_report_layout_free);
  g_clear_pointer (&self->as_of, g_free);
  g_clear_pointer (&self->fingerprint, g_free);
  g_clear_pointer (&self->generated, g_date_time_unref);
  g_clear_object (&self->mission);
  g_clear_pointer (&self->summary, mt_summary_free);
  g_clear_pointer (&self->burndown, mt_burndown_free);
  g_clear_pointer (&self->by_month, mt_stacked_free);
  g_clear_pointer (&self->camps, g_ptr_array_unref);
  g_clear_pointer (&self->convoys, g_ptr_array_unref);
  g_clear_pointer (&self->events, g_ptr_array_unref);
  g_clear_pointer (&self->assets, g_ptr_array_unref);
  g_clear_pointer (&self->plan, mt_plan_variance_free);
  g_clear_pointer (&self->scenario, _mt_report_scenario_free);

  G_OBJECT_CLASS (mt_report_parent_class)->finalize (object);
}

static void
mt_report_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  MtReport *self = MT_REPORT (object);

  switch (prop_id)
    {
    case PROP_AS_OF:
      g_value_set_string (value, self->as_of);
      break;
    case PROP_FINGERPRINT:
      g_value_set_string (value, self->fingerprint);
      break;
    case PROP_N_PAGES:
      g_value_set_uint (value, mt_report_get_n_pages (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_report_class_init (MtReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mt_report_finalize;
  object_class->get_property = mt_report_get_property;

  properties[PROP_AS_OF] =
    g_param_spec_string ("as-of", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FINGERPRINT] =
    g_param_spec_string ("fingerprint", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_PAGES] =
    g_param_spec_uint ("n-pages", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mt_report_init (MtReport *self)
{
  self->generated = default_generated_time ();
}

/* Public API */

gboolean
mt_report_paper_from_name (const char    *name,
                           MtReportPaper *paper)
{
  g_return_val_if_fail (paper != NULL, FALSE);

  if (name != NULL && g_ascii_strcasecmp (name, "a4") == 0)
    *paper = MT_REPORT_PAPER_A4;
  else if (name != NULL && g_ascii_strcasecmp (name, "letter") == 0)
    *paper = MT_REPORT_PAPER_LETTER;
  else
    return FALSE;

  return TRUE;
}

void
mt_report_paper_get_size (MtReportPaper  paper,
                          double        *width,
                          double        *height)
{
  g_return_if_fail (width != NULL && height != NULL);

  if (paper == MT_REPORT_PAPER_LETTER)
    {
      *width = 612;   /* 8.5 × 11 in */
      *height = 792;
    }
  else
    {
      *width = 595.276;  /* 210 × 297 mm */
      *height = 841.89;
    }
}

MtReport *
mt_report_new (MtStore     *store,
               const char  *as_of,
               GError     **error)
{
  g_autoptr(MtReport) self = NULL;

  g_return_val_if_fail (MT_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (MT_TYPE_REPORT, NULL);
  if (!load (self, store, as_of, error))
    return NULL;

  return g_steal_pointer (&self);
}

gboolean
mt_report_add_baseline (MtReport     *self,
                        MtStore      *store,
                        const char   *name,
                        GError      **error)
{
  g_autoptr(MtBaseline) baseline = NULL;
  MtPlanVariance *plan;

  g_return_val_if_fail (MT_IS_REPORT (self), FALSE);
  g_return_val_if_fail (MT_IS_STORE (store), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  baseline = mt_store_find_baseline (store, name, error);
  if (baseline == NULL)
    return FALSE;
  plan = mt_store_get_plan_variance (store, baseline->id, self->as_of, error);
  if (plan == NULL)
    return FALSE;
  /* The chart draws the baseline's plan beside the data. */
  if (self->burndown != NULL &&
      !mt_store_add_baseline_curve (store, self->burndown, baseline->id, baseline->name, error))
    {
      mt_plan_variance_free (plan);
      return FALSE;
    }

  plan->current_ends.unplanned = mt_report_count_unplanned (store, self->summary,
                                                            &plan->current_ends);
  g_clear_pointer (&self->plan, mt_plan_variance_free);
  self->plan = plan;
  g_clear_pointer (&self->layout, mt_report_layout_free);

  return TRUE;
}

gboolean
mt_report_add_scenario (MtReport     *self,
                        MtStore      *store,
                        const char   *name,
                        GError      **error)
{
  g_autoptr(MtScenario) scenario = NULL;
  g_autoptr(MtPlanData) today = NULL;
  g_autoptr(MtPlanData) under = NULL;
  MtReportScenario *laid;

  g_return_val_if_fail (MT_IS_REPORT (self), FALSE);
  g_return_val_if_fail (MT_IS_STORE (store), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  scenario = mt_store_find_scenario (store, name, error);
  if (scenario == NULL)
    return FALSE;
  today = mt_store_read_plan (store, self->as_of, error);
  if (today == NULL)
    return FALSE;
  under = mt_store_read_scenario_plan (store, scenario, self->as_of, error);
  if (under == NULL)
    return FALSE;

  laid = g_new0 (MtReportScenario, 1);
  mt_plan_data_get_ends (today, &laid->today_ends);
  mt_plan_data_get_ends (under, &laid->under_ends);
  /* The chart draws the plan under the scenario beside the data. */
  if (self->burndown != NULL)
    mt_plan_data_draw (under, self->burndown, scenario->name);
  laid->scenario = g_steal_pointer (&scenario);
  laid->today = g_steal_pointer (&today);
  laid->under = g_steal_pointer (&under);

  g_clear_pointer (&self->scenario, _mt_report_scenario_free);
  self->scenario = laid;
  g_clear_pointer (&self->layout, mt_report_layout_free);

  return TRUE;
}

const char *
mt_report_get_as_of (MtReport *self)
{
  g_return_val_if_fail (MT_IS_REPORT (self), NULL);

  return self->as_of;
}

const char *
mt_report_get_fingerprint (MtReport *self)
{
  g_return_val_if_fail (MT_IS_REPORT (self), NULL);

  return self->fingerprint;
}

void
mt_report_set_generated (MtReport  *self,
                         GDateTime *time)
{
  g_return_if_fail (MT_IS_REPORT (self));
  g_return_if_fail (time != NULL);

  g_date_time_unref (self->generated);
  self->generated = g_date_time_ref (time);
  /* The time is printed on every page: lay the pages out again. */
  g_clear_pointer (&self->layout, mt_report_layout_free);
}

guint
mt_report_paginate (MtReport *self,
                    double    width,
                    double    height)
{
  guint n_pages;

  g_return_val_if_fail (MT_IS_REPORT (self), 0);

  if (self->layout == NULL)
    {
      self->layout = mt_report_layout_new ();
      _mt_report_build (self, self->layout);
    }

  n_pages = mt_report_layout_paginate (self->layout, width, height);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);

  return n_pages;
}

guint
mt_report_get_n_pages (MtReport *self)
{
  g_return_val_if_fail (MT_IS_REPORT (self), 0);

  return self->layout != NULL ? mt_report_layout_get_n_pages (self->layout) : 0;
}

void
mt_report_draw_page (MtReport *self,
                     cairo_t  *cr,
                     guint     page)
{
  g_return_if_fail (MT_IS_REPORT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < mt_report_get_n_pages (self));

  mt_report_layout_draw_page (self->layout, cr, page);
}

gboolean
mt_report_write_pdf (MtReport       *self,
                     const char     *path,
                     MtReportPaper   paper,
                     GError        **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autofree char *title = NULL;
  g_autofree char *created = NULL;
  PdfSink sink = { NULL, NULL };
  cairo_surface_t *surface;
  cairo_status_t status;
  double width, height;
  guint n_pages;

  g_return_val_if_fail (MT_IS_REPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  mt_report_paper_get_size (paper, &width, &height);
  n_pages = mt_report_paginate (self, width, height);

  /* Written beside the target and renamed over it when complete: a failed run never
   * leaves half a report where the last good one was. */
  file = g_file_new_for_path (path);
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, error);
  if (stream == NULL)
    return FALSE;

  sink.stream = G_OUTPUT_STREAM (stream);
  surface = cairo_pdf_surface_create_for_stream (pdf_write_cb, &sink, width, height);
  title = g_strdup_printf (_("Withdrawal report, %s"), self->as_of != NULL ? self->as_of : "");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, g_get_prgname ());
  created = g_date_time_format (self->generated, "%Y-%m-%dT%H:%M:%S");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);

  for (guint page = 0; page < n_pages; page++)
    {
      cairo_t *cr = cairo_create (surface);

      mt_report_draw_page (self, cr, page);
      cairo_destroy (cr);
      cairo_surface_show_page (surface);
    }

  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (sink.error != NULL || status != CAIRO_STATUS_SUCCESS)
    {
      g_autoptr(GCancellable) abandon = g_cancellable_new ();

      if (sink.error != NULL)
        g_propagate_error (error, sink.error);
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not draw the report: %s"),
                     cairo_status_to_string (status));
      /* Closing with a cancelled cancellable drops the new file and keeps the old one. */
      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);
      return FALSE;
    }

  return g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error);
}
