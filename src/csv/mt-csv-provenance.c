/* mt-csv-provenance.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-csv-provenance"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mt-csv-provenance.h"
#include "mt-date.h"
#include "mt-store-import.h"

/* The first eight hex digits tell two files apart at a glance; the full hash is in the
 * imports table. */
#define SHORT_HASH 8

/* The day of an ISO 8601 time, "2023-10-16T09:12:00Z" → "16 October 2023". */
static char *
format_day (const char *imported_at)
{
  g_autofree char *day = NULL;

  if (imported_at == NULL || imported_at[0] == '\0')
    return g_strdup ("");
  day = g_strndup (imported_at, 10);
  return mt_date_format_long (day);
}

static char *
short_hash (const char *sha256)
{
  if (sha256 == NULL || sha256[0] == '\0')
    return NULL;
  return g_strdup_printf ("%.*s…", SHORT_HASH, sha256);
}

char *
mt_csv_describe_import (MtStore *store,
                        gint64   import_id,
                        int      line)
{
  g_autofree char *file_name = NULL;
  g_autofree char *sha256 = NULL;
  g_autofree char *imported_at = NULL;
  g_autofree char *day = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *from = NULL;

  g_return_val_if_fail (MT_IS_STORE (store), NULL);

  if (import_id <= 0 ||
      !mt_store_get_import_info (store, import_id, &file_name, &sha256, &imported_at, NULL, NULL))
    return NULL;

  day = format_day (imported_at);
  hash = short_hash (sha256);
  if (line > 0)
    /* Translators: "Imported from “roster-chad.csv”, line 12, on 16 October 2023" */
    from = g_strdup_printf (_("Imported from “%s”, line %d, on %s"), file_name, line, day);
  else
    /* Translators: "Imported from “roster-chad.csv” on 16 October 2023" */
    from = g_strdup_printf (_("Imported from “%s” on %s"), file_name, day);

  if (hash == NULL)
    return g_steal_pointer (&from);
  /* Translators: "Imported from … on 16 October 2023 · SHA-256 ab12cd34…" */
  return g_strdup_printf (_("%s · SHA-256 %s"), from, hash);
}

char *
mt_csv_describe_camp_import (MtStore  *store,
                             gint64    import_id,
                             gint64    n_people,
                             char    **file_name)
{
  g_autofree char *name = NULL;
  g_autofree char *sha256 = NULL;
  g_autofree char *imported_at = NULL;
  g_autofree char *day = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *count = NULL;
  g_autofree char *people = NULL;

  g_return_val_if_fail (MT_IS_STORE (store), NULL);

  if (!mt_store_get_import_info (store, import_id, &name, &sha256, &imported_at, NULL, NULL))
    return NULL;

  day = format_day (imported_at);
  hash = short_hash (sha256);
  count = mt_format_count (n_people);
  /* Translators: how many of a camp's personnel an import brought, "120 people" */
  people = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s person", "%s people",
                                         (gulong) n_people),
                            count);
  if (file_name != NULL)
    *file_name = g_steal_pointer (&name);

  if (hash == NULL)
    /* Translators: "16 October 2023 · 120 people" */
    return g_strdup_printf (_("%s · %s"), day, people);
  /* Translators: "16 October 2023 · 120 people · SHA-256 ab12cd34…" */
  return g_strdup_printf (_("%s · %s · SHA-256 %s"), day, people, hash);
}
