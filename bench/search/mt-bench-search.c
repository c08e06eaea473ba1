/* mt-bench-search.c: how long the roster takes to answer a search, as the window asks it.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: mt-bench-search DB RUNS SEARCH…   (run by bench/search/run)
 * Opens DB (a file or a server), makes the roster's model as the Roster page does (sorted by
 * family name, its worker thread and connection), waits for the whole roster, then for
 * each SEARCH sets it RUNS times, each after the empty search, and times the model from
 * mt_roster_model_set_search() until its worker's answer is in (loading goes FALSE).
 * Prints one line per SEARCH: "SEARCH<TAB>ROWS<TAB>MS MS MS…<TAB>CPU CPU CPU…", the wall
 * times and the CPU times of the process (all but nothing of it is the worker's query: the
 * main thread sleeps meanwhile), in milliseconds: on a shared, loaded machine the CPU time
 * is what the query costs, the wall time also what the others took.
 */

#include "config.h"

#include <stdlib.h>
#include <sys/resource.h>

#include "mt-roster-model.h"
#include "mt-store.h"

/* The CPU time of the process so far, in milliseconds. */
static double
cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);

  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

/* Milliseconds until @model has its answer to @search; the CPU time meanwhile in @cpu. */
static double
time_search (MtRosterModel *model,
             const char    *search,
             double        *cpu)
{
  gint64 start = g_get_monotonic_time ();
  double cpu_start = cpu_ms ();

  mt_roster_model_set_search (model, search);
  while (mt_roster_model_get_loading (model))
    g_main_context_iteration (NULL, TRUE);

  if (cpu != NULL)
    *cpu = cpu_ms () - cpu_start;
  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtStore) store = NULL;
  g_autoptr(MtRosterModel) model = NULL;
  int runs;

  if (argc < 4)
    {
      g_printerr ("Usage: %s DB RUNS SEARCH…\n", argv[0]);
      return 2;
    }
  runs = atoi (argv[2]);

  store = mt_store_open (argv[1], &error);
  if (store == NULL)
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return 1;
    }

  model = mt_roster_model_new (store);
  mt_roster_model_set_sort (model, MT_ROSTER_COLUMN_FAMILY_NAME, FALSE);
  {
    double cpu;
    double ms = time_search (model, NULL, &cpu);

    g_printerr ("whole roster sorted by family name: %.0f ms (CPU %.0f ms), %u people\n",
                ms, cpu, g_list_model_get_n_items (G_LIST_MODEL (model)));
  }

  for (int i = 3; i < argc; i++)
    {
      g_autoptr(GString) wall = g_string_new (NULL);
      g_autoptr(GString) cpu = g_string_new (NULL);
      guint found = 0;

      for (int run = 0; run < runs; run++)
        {
          double cpu_run;
          double ms;

          time_search (model, NULL, NULL);
          ms = time_search (model, argv[i], &cpu_run);
          found = g_list_model_get_n_items (G_LIST_MODEL (model));
          g_string_append_printf (wall, "%s%.1f", run > 0 ? " " : "", ms);
          g_string_append_printf (cpu, "%s%.1f", run > 0 ? " " : "", cpu_run);
        }
      g_print ("%s\t%u\t%s\t%s\n", argv[i], found, wall->str, cpu->str);
    }

  return 0;
}
