/* mt-db.c: what every driver shares.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mt-db.h"

guint
mt_db_lock_wait_ms (void)
{
  const char *test_wait = g_getenv ("MT_TEST_LOCK_WAIT_MS");
  guint64 ms = 0;

  if (test_wait != NULL && g_ascii_string_to_unsigned (test_wait, 10, 1, 60000, &ms, NULL))
    return (guint) ms;
  return 5000;
}

int
mt_db_set_error (MtDb       *db,
                 MtDbErr     code,
                 const char *message)
{
  g_assert (db != NULL);

  db->errcode = code;
  g_free (db->errmsg);
  db->errmsg = g_strdup (message);
  g_clear_pointer (&db->errconstraint, g_free);

  return MT_DB_FAIL;
}

void
mt_db_clear_error (MtDb *db)
{
  g_assert (db != NULL);

  db->errcode = MT_DB_ERR_NONE;
  g_clear_pointer (&db->errmsg, g_free);
  g_clear_pointer (&db->errconstraint, g_free);
}

void
mt_db_close (MtDb *db)
{
  if (db == NULL)
    return;

  g_free (db->errmsg);
  g_free (db->errconstraint);
  db->klass->close (db);
}
