/* test-chart-view.c: the Overview charts as widgets: data from the store, hover values,
 * following the store and the date.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "mt-chart-view.h"
#include "mt-date.h"
#include "mt-store.h"
#include "mt-test-util.h"

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static GtkWindow *
show (GtkWidget *child)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  gtk_window_set_default_size (window, 700, 340);
  gtk_window_set_child (window, child);
  gtk_window_present (window);
  while (!gtk_widget_get_mapped (child) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  spin (100);
  return window;
}

/* The x of the middle of the plot: found by scanning for where the read-out starts. */
static double
first_x_with_text (MtChartView *view)
{
  for (double x = 0; x < gtk_widget_get_width (GTK_WIDGET (view)); x += 1)
    {
      g_autofree char *text = mt_chart_view_describe_at (view, x);

      if (text != NULL)
        return x;
    }
  return -1;
}

static void
test_burndown_hover (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  MtChartView *view = g_object_new (MT_TYPE_CHART_VIEW, "store", store, "as-of", "2023-10-16",
                                    "kind", "burndown", NULL);
  GtkWindow *window = show (GTK_WIDGET (view));
  g_autoptr(MtSummary) summary = mt_store_get_summary (store, 0, "2023-10-16", NULL);
  g_autofree char *left = mt_format_count (summary->baseline_total - summary->departed_total);
  g_autofree char *start_text = NULL;
  g_autofree char *text = NULL;
  g_autofree char *kind = NULL;
  double x0;

  g_object_get (view, "kind", &kind, NULL);
  g_assert_cmpstr (kind, ==, "burndown");

  /* Nothing outside the plot; the left edge of the plot is the withdrawal start. */
  g_assert_null (mt_chart_view_describe_at (view, 0));
  x0 = first_x_with_text (view);
  g_assert_cmpfloat (x0, >, 0);
  start_text = mt_chart_view_describe_at (view, x0);
  g_assert_nonnull (strstr (start_text, "1 July 2023"));

  /* Further right, at the as-of date, the read-out is what is still deployed then. */
  for (double x = x0; x < gtk_widget_get_width (GTK_WIDGET (view)) && text == NULL; x += 1)
    {
      g_autofree char *candidate = mt_chart_view_describe_at (view, x);

      if (candidate != NULL && strstr (candidate, "16 October 2023") != NULL)
        text = g_steal_pointer (&candidate);
    }
  g_assert_nonnull (text);
  g_assert_nonnull (strstr (text, left));

  gtk_window_destroy (window);
  spin (20);
}

static void
test_follows_store_and_date (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  MtChartView *view = g_object_new (MT_TYPE_CHART_VIEW, "store", store, "as-of", "2023-12-31",
                                    "kind", "categories", NULL);
  GtkWindow *window = show (GTK_WIDGET (view));
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  double x;

  /* The read-out for November: nothing departed yet. */
  for (x = first_x_with_text (view); x < gtk_widget_get_width (GTK_WIDGET (view)); x += 2)
    {
      g_autofree char *text = mt_chart_view_describe_at (view, x);

      if (text != NULL && strstr (text, "November") != NULL)
        {
          before = g_steal_pointer (&text);
          break;
        }
    }
  g_assert_nonnull (before);
  g_assert_nonnull (strstr (before, "Total: 0"));

  /* A commit redraws (debounced), with no manual refresh. */
  mt_store_add_movement (store, "2023-11-10", 0, "troops", "Test", 1234, &error);
  g_assert_no_error (error);
  {
    g_autofree char *count = mt_format_count (1234);
    gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

    /* Debounced: wait for the reload (a loaded machine can take a while). */
    do
      {
        spin (50);
        g_clear_pointer (&after, g_free);
        after = mt_chart_view_describe_at (view, x);
      }
    while ((after == NULL || strstr (after, count) == NULL) && g_get_monotonic_time () < deadline);
    g_assert_nonnull (after);
    g_assert_nonnull (strstr (after, count));
  }

  /* An earlier date hides it again. */
  g_object_set (view, "as-of", "2023-10-31", NULL);
  {
    g_autofree char *early = NULL;
    gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

    /* The read-out comes back once the view has drawn the new data. */
    while (early == NULL && g_get_monotonic_time () < deadline)
      {
        spin (50);
        early = mt_chart_view_describe_at (view, x);
      }

    g_assert_nonnull (early);
    g_autofree char *count = mt_format_count (1234);

    g_assert_null (strstr (early, count));
  }

  gtk_window_destroy (window);
  spin (20);
}

static void
test_statuses (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  MtChartView *view = g_object_new (MT_TYPE_CHART_VIEW, "store", store, "as-of", "2023-10-16",
                                    "kind", "statuses", NULL);
  GtkWindow *window = show (GTK_WIDGET (view));
  double x = first_x_with_text (view);
  g_autofree char *text = mt_chart_view_describe_at (view, x);

  /* The first week (to 7 July): every camp running, Ménaka already drawing down. */
  g_assert_nonnull (text);
  g_assert_nonnull (strstr (text, "Operational: 12"));
  g_assert_nonnull (strstr (text, "Drawing down: 1"));
  g_assert_nonnull (strstr (text, "Total: 13"));

  gtk_window_destroy (window);
  spin (20);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GTK_A11Y", "none", FALSE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/mt/chart-view/burndown-hover", test_burndown_hover);
  g_test_add_func ("/mt/chart-view/follows-store-and-date", test_follows_store_and_date);
  g_test_add_func ("/mt/chart-view/statuses", test_statuses);

  return g_test_run ();
}
