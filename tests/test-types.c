/* test-types.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The keys are what the database stores, so they must round-trip and agree with the
 * nicks of the generated GTypes (which .ui files and GSettings use).
 */

#include "config.h"

#include <glib-object.h>

#include "mt-enum-types.h"
#include "mt-types.h"

static void
test_camp_status_keys (void)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (MT_TYPE_CAMP_STATUS);
  g_autoptr(GHashTable) labels = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (klass->n_values, ==, MT_CAMP_N_STATUSES);

  for (MtCampStatus status = 0; status < MT_CAMP_N_STATUSES; status++)
    {
      const char *key = mt_camp_status_to_key (status);
      const char *label = mt_camp_status_get_label (status);
      MtCampStatus parsed = G_MAXINT;

      g_assert_nonnull (key);
      g_assert_true (mt_camp_status_from_key (key, &parsed));
      g_assert_cmpint (parsed, ==, status);
      g_assert_cmpstr (g_enum_get_value (klass, status)->value_nick, ==, key);

      /* Every status reads differently in the UI. */
      g_assert_nonnull (label);
      g_assert_cmpstr (label, !=, "");
      g_assert_false (g_hash_table_contains (labels, label));
      g_hash_table_add (labels, (gpointer) label);
    }
}

static void
test_camp_status_unknown (void)
{
  MtCampStatus status = MT_CAMP_STATUS_CLOSED;

  g_assert_false (mt_camp_status_from_key ("abandoned", &status));
  g_assert_false (mt_camp_status_from_key ("Operational", &status));
  g_assert_false (mt_camp_status_from_key (NULL, &status));
  /* A failed parse leaves the caller's value alone. */
  g_assert_cmpint (status, ==, MT_CAMP_STATUS_CLOSED);
}

static void
test_env_status_keys (void)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (MT_TYPE_ENV_STATUS);

  for (guint i = 0; i < klass->n_values; i++)
    {
      MtEnvStatus status = klass->values[i].value;
      const char *key = mt_env_status_to_key (status);
      MtEnvStatus parsed = G_MAXINT;

      g_assert_cmpstr (key, ==, klass->values[i].value_nick);
      g_assert_true (mt_env_status_from_key (key, &parsed));
      g_assert_cmpint (parsed, ==, status);
      g_assert_nonnull (mt_env_status_get_label (status));
    }

  g_assert_false (mt_env_status_from_key ("finished", &(MtEnvStatus) { 0 }));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mt/types/camp-status/keys", test_camp_status_keys);
  g_test_add_func ("/mt/types/camp-status/unknown", test_camp_status_unknown);
  g_test_add_func ("/mt/types/env-status/keys", test_env_status_keys);

  return g_test_run ();
}
