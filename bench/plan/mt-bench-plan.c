/* mt-bench-plan.c: how long the Overview takes to have its figures when the baseline
 * changes, as the window asks them.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: mt-bench-plan DB RUNS   (run by bench/plan/run)
 * Opens DB (a file or a server) and, for every baseline it holds, RUNS times, times what the
 * Overview reads when that baseline becomes the current one: the mission's figures, the
 * plan against the baseline (both plans' ends, per camp, per category) and the burn-down
 * chart with the baseline's planned curve. Prints one line per baseline:
 * "NAME<TAB>MS MS MS…<TAB>CPU CPU CPU…", wall and process CPU times in milliseconds.
 */

#include "config.h"

#include <stdlib.h>
#include <sys/resource.h>

#include "mt-store.h"
#include "mt-store-plan.h"
#include "mt-store-series.h"

static double
cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);

  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

/* The Overview's reads with @baseline current; FALSE + @error when one fails. */
static gboolean
read_figures (MtStore           *store,
              const MtBaseline  *baseline,
              GError           **error)
{
  g_autoptr(MtSummary) summary = NULL;
  g_autoptr(MtPlanVariance) plan = NULL;
  g_autoptr(MtBurndown) burndown = NULL;

  if (!mt_store_set_current_baseline (store, baseline->id, error) ||
      (summary = mt_store_get_summary (store, 0, NULL, error)) == NULL ||
      (plan = mt_store_get_plan_variance (store, baseline->id, NULL, error)) == NULL ||
      (burndown = mt_store_get_burndown (store, NULL, error)) == NULL)
    return FALSE;

  return mt_store_add_baseline_curve (store, burndown, baseline->id, baseline->name, error);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtStore) store = NULL;
  g_autoptr(GPtrArray) baselines = NULL;
  int runs;

  if (argc != 3)
    {
      g_printerr ("Usage: %s DB RUNS\n", argv[0]);
      return 2;
    }
  runs = atoi (argv[2]);

  store = mt_store_open (argv[1], &error);
  if (store == NULL || (baselines = mt_store_list_baselines (store, &error)) == NULL)
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return 1;
    }
  if (baselines->len == 0)
    {
      g_printerr ("%s: no baseline to switch to\n", argv[1]);
      return 1;
    }

  for (guint i = 0; i < baselines->len; i++)
    {
      const MtBaseline *baseline = g_ptr_array_index (baselines, i);
      g_autoptr(GString) wall = g_string_new (NULL);
      g_autoptr(GString) cpu = g_string_new (NULL);

      for (int run = 0; run < runs; run++)
        {
          gint64 start = g_get_monotonic_time ();
          double cpu_start = cpu_ms ();

          if (!read_figures (store, baseline, &error))
            {
              g_printerr ("%s: %s\n", baseline->name, error->message);
              return 1;
            }
          g_string_append_printf (wall, "%s%.1f", run > 0 ? " " : "",
                                  (g_get_monotonic_time () - start) / 1000.0);
          g_string_append_printf (cpu, "%s%.1f", run > 0 ? " " : "", cpu_ms () - cpu_start);
        }
      g_print ("%s\t%s\t%s\n", baseline->name, wall->str, cpu->str);
    }
  /* Back to the latest, as a new database has it. */
  if (!mt_store_set_current_baseline (store, 0, &error))
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return 1;
    }

  return 0;
}
