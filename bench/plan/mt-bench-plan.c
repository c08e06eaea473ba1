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
 * chart with the baseline's planned curve; then for every what-if scenario, the same as the
 * Overview reads it under the scenario: the mission's figures, today's plan's ends, the plan
 * under the scenario (the convoys' people read from the roster) with its ends, and the
 * burn-down chart with its planned curve. Prints one line per baseline or scenario:
 * "KIND NAME<TAB>MS MS MS…<TAB>CPU CPU CPU…", wall and process CPU times in milliseconds.
 */

#include "config.h"

#include <stdlib.h>
#include <sys/resource.h>

#include "mt-store.h"
#include "mt-store-plan.h"
#include "mt-store-scenario.h"
#include "mt-store-series.h"

static double
cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);

  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

typedef gboolean (*ReadFunc) (MtStore       *store,
                               gconstpointer  item,
                               GError       **error);

/* The Overview's reads with @baseline current; FALSE + @error when one fails. */
static gboolean
read_figures (MtStore        *store,
              gconstpointer   item,
              GError        **error)
{
  const MtBaseline *baseline = item;
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

/* The Overview's reads under @scenario (an MtScenario); FALSE + @error when one fails. */
static gboolean
read_scenario_figures (MtStore        *store,
                       gconstpointer   item,
                       GError        **error)
{
  const MtScenario *scenario = item;
  g_autoptr(MtSummary) summary = NULL;
  g_autoptr(MtPlanData) plan = NULL;
  g_autoptr(MtBurndown) burndown = NULL;
  MtPlanEnds today = { 0 };
  MtPlanEnds ends = { 0 };
  gboolean ok;

  ok = (summary = mt_store_get_summary (store, 0, NULL, error)) != NULL &&
       mt_store_get_plan_ends (store, NULL, &today, error) &&
       (plan = mt_store_read_scenario_plan (store, scenario, NULL, error)) != NULL &&
       (burndown = mt_store_get_burndown (store, NULL, error)) != NULL;
  if (ok)
    {
      mt_plan_data_get_ends (plan, &ends);
      mt_plan_data_draw (plan, burndown, scenario->name);
    }
  mt_plan_ends_clear (&today);
  mt_plan_ends_clear (&ends);

  return ok;
}

/* Times @read on @item @runs times and prints the line; FALSE + @error when one fails. */
static gboolean
time_reads (MtStore        *store,
            const char     *label,
            ReadFunc        read,
            gconstpointer   item,
            int             runs,
            GError        **error)
{
  g_autoptr(GString) wall = g_string_new (NULL);
  g_autoptr(GString) cpu = g_string_new (NULL);

  for (int run = 0; run < runs; run++)
    {
      gint64 start = g_get_monotonic_time ();
      double cpu_start = cpu_ms ();

      if (!read (store, item, error))
        return FALSE;
      g_string_append_printf (wall, "%s%.1f", run > 0 ? " " : "",
                              (g_get_monotonic_time () - start) / 1000.0);
      g_string_append_printf (cpu, "%s%.1f", run > 0 ? " " : "", cpu_ms () - cpu_start);
    }
  g_print ("%s\t%s\t%s\n", label, wall->str, cpu->str);

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtStore) store = NULL;
  g_autoptr(GPtrArray) baselines = NULL;
  g_autoptr(GPtrArray) scenarios = NULL;
  int runs;

  if (argc != 3)
    {
      g_printerr ("Usage: %s DB RUNS\n", argv[0]);
      return 2;
    }
  runs = atoi (argv[2]);

  store = mt_store_open (argv[1], &error);
  if (store == NULL || (baselines = mt_store_list_baselines (store, &error)) == NULL ||
      (scenarios = mt_store_list_scenarios (store, &error)) == NULL)
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
      g_autofree char *label = g_strdup_printf ("baseline %s", baseline->name);

      if (!time_reads (store, label, read_figures, baseline, runs, &error))
        {
          g_printerr ("%s: %s\n", baseline->name, error->message);
          return 1;
        }
    }
  /* Back to the latest, as a new database has it, before the scenarios (laid over it). */
  if (!mt_store_set_current_baseline (store, 0, &error))
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return 1;
    }
  for (guint i = 0; i < scenarios->len; i++)
    {
      const MtScenario *scenario = g_ptr_array_index (scenarios, i);
      g_autofree char *label = g_strdup_printf ("scenario %s", scenario->name);

      if (!time_reads (store, label, read_scenario_figures, scenario, runs, &error))
        {
          g_printerr ("%s: %s\n", scenario->name, error->message);
          return 1;
        }
    }

  return 0;
}
