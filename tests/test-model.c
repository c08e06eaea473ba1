/* test-model.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The models' properties notify only when a value really changes: a camp row or a roster
 * row bound to them must not redraw when the store reloads the same data, and must redraw
 * once when it reloads something new.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "mt-camp.h"
#include "mt-enum-types.h"
#include "mt-person.h"

/* The names of the properties notified, in order, space separated. */
static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           GString    *log)
{
  if (log->len > 0)
    g_string_append_c (log, ' ');
  g_string_append (log, pspec->name);
}

static GString *
watch (gpointer object)
{
  GString *log = g_string_new (NULL);

  g_signal_connect (object, "notify", G_CALLBACK (on_notify), log);
  return log;
}

static int
compare_names (const void *a,
               const void *b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* Sets @name to the value given in the varargs and returns what was notified, sorted:
 * g_object_set() queues notifications, and the order it sends them in is not ours. */
static char *
set_and_log (gpointer    object,
             GString    *log,
             const char *name,
             ...)
{
  g_auto(GStrv) names = NULL;
  va_list args;

  g_string_truncate (log, 0);
  va_start (args, name);
  g_object_set_valist (object, name, args);
  va_end (args);

  names = g_strsplit (log->str, " ", -1);
  qsort (names, g_strv_length (names), sizeof (char *), compare_names);
  return g_strjoinv (" ", names);
}

static void
assert_notifies (char       *got,
                 const char *expected)
{
  g_assert_cmpstr (got, ==, expected);
  g_free (got);
}

static void
test_camp_string (void)
{
  g_autoptr(MtCamp) camp = g_object_new (MT_TYPE_CAMP, "name", "Gao", NULL);
  g_autoptr(GString) log = watch (camp);

  assert_notifies (set_and_log (camp, log, "name", "Gao", NULL), "");
  /* The name shown follows the name (no French name here). */
  assert_notifies (set_and_log (camp, log, "name", "Kidal", NULL), "display-name name");
  g_assert_cmpstr (mt_camp_get_name (camp), ==, "Kidal");
  g_assert_cmpstr (mt_camp_get_display_name (camp), ==, "Kidal");

  /* Clearing a field is a change too, and clearing it again is not. */
  assert_notifies (set_and_log (camp, log, "handed-over-to", "FAMa", NULL), "handed-over-to");
  assert_notifies (set_and_log (camp, log, "handed-over-to", NULL, NULL), "handed-over-to");
  g_assert_null (mt_camp_get_handed_over_to (camp));
  assert_notifies (set_and_log (camp, log, "handed-over-to", NULL, NULL), "");
}

static void
test_camp_numbers (void)
{
  g_autoptr(MtCamp) camp = g_object_new (MT_TYPE_CAMP,
                                         "baseline-strength", (gint64) 1200,
                                         "latitude", 16.27,
                                         NULL);
  g_autoptr(GString) log = watch (camp);

  assert_notifies (set_and_log (camp, log, "baseline-strength", (gint64) 1200, NULL), "");
  assert_notifies (set_and_log (camp, log, "baseline-strength", (gint64) 1150, NULL),
                   "baseline-strength");
  g_assert_cmpint (mt_camp_get_baseline_strength (camp), ==, 1150);

  assert_notifies (set_and_log (camp, log, "latitude", 16.27, NULL), "");
  assert_notifies (set_and_log (camp, log, "latitude", 18.44, NULL), "latitude");
  g_assert_cmpfloat (mt_camp_get_latitude (camp), ==, 18.44);
}

/* The label a list shows follows the status, and only when the status moves. */
static void
test_camp_status (void)
{
  g_autoptr(MtCamp) camp = g_object_new (MT_TYPE_CAMP, NULL);
  g_autoptr(GString) log = watch (camp);
  g_autofree char *before = g_strdup (mt_camp_get_status_label (camp));

  assert_notifies (set_and_log (camp, log, "status", MT_CAMP_STATUS_OPERATIONAL, NULL), "");
  assert_notifies (set_and_log (camp, log, "status", MT_CAMP_STATUS_CLOSED, NULL),
                   "status status-label");
  g_assert_cmpint (mt_camp_get_status (camp), ==, MT_CAMP_STATUS_CLOSED);
  g_assert_cmpstr (mt_camp_get_status_label (camp), !=, before);

  assert_notifies (set_and_log (camp, log, "env-status", MT_ENV_STATUS_NOT_STARTED, NULL), "");
  assert_notifies (set_and_log (camp, log, "env-status", MT_ENV_STATUS_DONE, NULL),
                   "env-status");
}

/* A reload copies a whole camp into the row's object: only what differs is notified. */
static void
test_camp_update_from (void)
{
  g_autoptr(MtCamp) camp = g_object_new (MT_TYPE_CAMP,
                                         "id", (gint64) 3, "name", "Ber",
                                         "departed", (gint64) 40, NULL);
  g_autoptr(MtCamp) same = g_object_new (MT_TYPE_CAMP,
                                         "id", (gint64) 3, "name", "Ber",
                                         "departed", (gint64) 40, NULL);
  g_autoptr(MtCamp) newer = g_object_new (MT_TYPE_CAMP,
                                          "id", (gint64) 3, "name", "Ber",
                                          "departed", (gint64) 95,
                                          "status", MT_CAMP_STATUS_HANDED_OVER,
                                          "notes", "Handed over early", NULL);
  g_autoptr(GString) log = watch (camp);
  g_auto(GStrv) notified = NULL;

  mt_camp_update_from (camp, same);
  g_assert_cmpstr (log->str, ==, "");

  mt_camp_update_from (camp, newer);
  notified = g_strsplit (log->str, " ", -1);
  g_assert_cmpuint (g_strv_length (notified), ==, 4);
  g_assert_true (g_strv_contains ((const char * const *) notified, "departed"));
  g_assert_true (g_strv_contains ((const char * const *) notified, "status"));
  g_assert_true (g_strv_contains ((const char * const *) notified, "status-label"));
  g_assert_true (g_strv_contains ((const char * const *) notified, "notes"));
  g_assert_cmpint (mt_camp_get_departed (camp), ==, 95);
  g_assert_cmpint (mt_camp_get_status (camp), ==, MT_CAMP_STATUS_HANDED_OVER);
  g_assert_cmpstr (mt_camp_get_notes (camp), ==, "Handed over early");
}

static void
test_person (void)
{
  g_autoptr(MtPerson) person = g_object_new (MT_TYPE_PERSON,
                                             "family-name", "Diallo",
                                             "camp-id", (gint64) 2,
                                             "import-line", 17,
                                             "status", "deployed",
                                             NULL);
  g_autoptr(GString) log = watch (person);

  assert_notifies (set_and_log (person, log, "family-name", "Diallo", NULL), "");
  assert_notifies (set_and_log (person, log, "family-name", "Traoré", NULL), "family-name");
  g_assert_cmpstr (mt_person_get_family_name (person), ==, "Traoré");

  assert_notifies (set_and_log (person, log, "camp-id", (gint64) 2, NULL), "");
  assert_notifies (set_and_log (person, log, "camp-id", (gint64) 5, NULL), "camp-id");
  g_assert_cmpint (mt_person_get_camp_id (person), ==, 5);

  assert_notifies (set_and_log (person, log, "import-line", 17, NULL), "");
  assert_notifies (set_and_log (person, log, "import-line", 18, NULL), "import-line");
  g_assert_cmpint (mt_person_get_import_line (person), ==, 18);

  assert_notifies (set_and_log (person, log, "status", "deployed", NULL), "");
  assert_notifies (set_and_log (person, log, "status", "departed", NULL),
                   "status status-label");
  g_assert_cmpstr (mt_person_get_status (person), ==, "departed");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/camp/string", test_camp_string);
  g_test_add_func ("/model/camp/numbers", test_camp_numbers);
  g_test_add_func ("/model/camp/status", test_camp_status);
  g_test_add_func ("/model/camp/update-from", test_camp_update_from);
  g_test_add_func ("/model/person", test_person);

  return g_test_run ();
}
