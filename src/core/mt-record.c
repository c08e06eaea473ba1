/* mt-record.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mt-record.h"

/* Kept beside the object rather than as a property of each class: it is bookkeeping of the
 * store's, the same for every kind of record. */
G_DEFINE_QUARK (mt-record-version, mt_record_version)

gint64
mt_record_get_version (gpointer record)
{
  gint64 *version;

  g_return_val_if_fail (G_IS_OBJECT (record), 0);

  version = g_object_get_qdata (G_OBJECT (record), mt_record_version_quark ());

  return version != NULL ? *version : 0;
}

void
mt_record_set_version (gpointer record,
                       gint64   version)
{
  g_return_if_fail (G_IS_OBJECT (record));

  g_object_set_qdata_full (G_OBJECT (record), mt_record_version_quark (),
                           g_memdup2 (&version, sizeof version), g_free);
}
