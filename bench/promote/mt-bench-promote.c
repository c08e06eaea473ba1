/* mt-bench-promote.c: how long promoting a what-if scenario takes, and undoing it.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: mt-bench-promote DB SCENARIO [AS_OF]   (run by bench/promote/run)
 * Opens DB (a file or a server; it is changed, then changed back), promotes SCENARIO as of
 * AS_OF (the latest data when absent), undoes it, redoes it and undoes it again, and
 * prints one line per step: "STEP<TAB>MS<TAB>PEOPLE", wall milliseconds.
 */

#include "config.h"

#include "mt-store.h"
#include "mt-store-history.h"
#include "mt-store-scenario.h"

static gint64 start;

static void
done (const char *step,
      gint64      people)
{
  g_print ("%s\t%.0f\t%" G_GINT64_FORMAT "\n", step,
           (g_get_monotonic_time () - start) / 1000.0, people);
  start = g_get_monotonic_time ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtStore) store = NULL;
  g_autoptr(MtScenario) scenario = NULL;
  gint64 moved = 0;

  if (argc < 3)
    {
      g_printerr ("Usage: %s DB SCENARIO [AS_OF]\n", argv[0]);
      return 2;
    }
  store = mt_store_open (argv[1], &error);
  if (store != NULL)
    scenario = mt_store_find_scenario (store, argv[2], &error);
  if (scenario == NULL)
    {
      g_printerr ("%s: %s\n", argv[1], error != NULL ? error->message : "no such scenario");
      return 1;
    }

  start = g_get_monotonic_time ();
  if (!mt_store_promote_scenario (store, scenario, argc > 3 ? argv[3] : NULL, &moved, &error))
    goto fail;
  done ("promote", moved);
  if (!mt_store_undo (store, &error))
    goto fail;
  done ("undo", moved);
  if (!mt_store_redo (store, &error))
    goto fail;
  done ("redo", moved);
  if (!mt_store_undo (store, &error))
    goto fail;
  done ("undo", moved);

  return 0;

fail:
  g_printerr ("%s: %s\n", argv[1], error->message);
  return 1;
}
