/* test-store-edit.c: the editing rules, and undo/redo of each kind of change.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "mt-asset.h"
#include "mt-camp.h"
#include "mt-convoy.h"
#include "mt-person.h"
#include "mt-store.h"
#include "mt-store-edit.h"
#include "mt-store-history.h"
#include "mt-test-util.h"

static const char * const tables[] = {
  "mission", "camps", "camp_aliases", "camp_status", "deployments", "personnel",
  "movements", "convoys", "convoy_personnel", "assets", "events",
};

/* Every editable table, row by row, as one string. */
static char *
dump (MtStore *store)
{
  GString *all = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = mt_store_dump_table (store, tables[i], &error);

      g_assert_no_error (error);
      g_string_append_printf (all, "[%s]\n%s", tables[i], text);
    }

  return g_string_free (all, FALSE);
}

/* Undo restores the database exactly; redo gives back exactly the changed state. */
static void
assert_undo_redo (MtStore    *store,
                  const char *before)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *after = dump (store);
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;

  g_assert_cmpstr (before, !=, after);
  g_assert_true (mt_store_can_undo (store));
  g_assert_true (mt_store_undo (store, &error));
  g_assert_no_error (error);
  undone = dump (store);
  g_assert_cmpstr (undone, ==, before);

  g_assert_true (mt_store_can_redo (store));
  g_assert_true (mt_store_redo (store, &error));
  g_assert_no_error (error);
  redone = dump (store);
  g_assert_cmpstr (redone, ==, after);
}

static gint64
add_person (MtStore    *store,
            const char *personnel_id,
            gint64      camp_id)
{
  g_autoptr(GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  MtRosterQuery query = { .search = personnel_id, .sort_column = MT_ROSTER_COLUMN_PERSONNEL_ID };

  g_ptr_array_add (persons, g_object_new (MT_TYPE_PERSON,
                                          "personnel-id", personnel_id,
                                          "family-name", "Diallo",
                                          "category", "troops",
                                          "country", "Senegal",
                                          "camp-id", camp_id,
                                          NULL));
  g_assert_true (mt_store_add_personnel (store, persons, &error));
  g_assert_no_error (error);

  ids = mt_store_query_personnel_ids (store, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);

  return g_array_index (ids, gint64, 0);
}

static gint64
person_camp (MtStore *store,
             gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = mt_store_fetch_personnel (store, &id, 1, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 1);

  return mt_person_get_camp_id (g_ptr_array_index (rows, 0));
}

/* @error is read after @ok is computed: C leaves the order of arguments open. */
static void
assert_refused (gboolean     ok,
                GError     **error,
                const char  *message_part)
{
  g_assert_false (ok);
  g_assert_error (*error, MT_STORE_ERROR, MT_STORE_ERROR_INVALID);
  if (strstr ((*error)->message, message_part) == NULL)
    g_error ("“%s” does not say “%s”", (*error)->message, message_part);
}

/* Camps */

static void
test_camp_create_update_delete (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(MtCamp) camp = NULL;
  g_autofree char *before = dump (store);
  g_autofree char *field = NULL;
  MtCampFields fields = { .name = "Léré", .region = "Timbuktu", .region_fr = " Tombouctou ",
                          .latitude = 15.72, .longitude = -4.91, .kind = "camp",
                          .planned_closure = "2023-08-31", .notes = "Handed over early" };
  gint64 id;

  id = mt_store_create_camp (store, &fields, MT_CAMP_STATUS_OPERATIONAL, "2023-06-30", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  camp = mt_store_get_camp (store, id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mt_camp_get_name (camp), ==, "Léré");
  g_assert_cmpstr (mt_camp_get_notes (camp), ==, "Handed over early");
  /* The region in French, a column of its own (trimmed). */
  g_assert_cmpstr (mt_camp_get_region (camp), ==, "Timbuktu");
  g_assert_cmpstr (mt_camp_get_region_fr (camp), ==, "Tombouctou");
  assert_undo_redo (store, before);

  /* A second camp by the same name, whatever the accents and case, is refused. */
  fields.name = "LERE";
  g_assert_false (mt_store_validate_camp (store, 0, &fields, &field, &error));
  g_assert_cmpstr (field, ==, "name");
  g_clear_error (&error);

  /* ...but renaming the camp itself to another spelling is fine. */
  g_free (before);
  before = dump (store);
  g_assert_true (mt_store_update_camp (store, id, &fields, &error));
  g_assert_no_error (error);
  assert_undo_redo (store, before);

  fields.latitude = 95;
  g_clear_pointer (&field, g_free);
  g_assert_false (mt_store_validate_camp (store, id, &fields, &field, &error));
  g_assert_cmpstr (field, ==, "latitude");
  g_clear_error (&error);

  g_free (before);
  before = dump (store);
  g_assert_true (mt_store_delete_camp (store, id, &error));
  g_assert_no_error (error);
  assert_undo_redo (store, before);
}

static void
test_camp_delete_refused_when_used (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  gint64 gao = mt_store_find_camp (store, "Gao");

  add_person (store, "SN-0001", gao);
  /* Gao has a convoy (from Ménaka) and a person on the roster. */
  assert_refused (mt_store_delete_camp (store, gao, &error), &error, "1 person on the roster");
  g_assert_nonnull (strstr (error->message, "1 convoy"));
  g_assert_cmpint (mt_store_find_camp (store, "Gao"), ==, gao);
}

static void
test_status_lifecycle (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *field = NULL;
  gint64 kidal = mt_store_find_camp (store, "Kidal");
  MtCampStatusChange change = { .status = MT_CAMP_STATUS_CLOSED, .date = "2023-11-01" };
  g_autofree char *label = NULL;

  before = dump (store);
  g_assert_true (mt_store_change_camp_status (store, kidal, &change, &error));
  g_assert_no_error (error);
  label = mt_store_dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Undo Change of Status of Kidal");
  assert_undo_redo (store, before);

  /* Back to operational: refused without confirmation, then without a reason. */
  change.status = MT_CAMP_STATUS_OPERATIONAL;
  change.date = "2023-11-02";
  g_assert_false (mt_store_validate_camp_status (store, kidal, &change, &field, &error));
  g_assert_cmpstr (field, ==, "status");
  g_assert_nonnull (strstr (error->message, "step back"));
  g_clear_error (&error);

  change.confirmed = TRUE;
  assert_refused (mt_store_change_camp_status (store, kidal, &change, &error), &error, "reason");
  g_clear_error (&error);

  change.reason = "Closure postponed";
  before = (g_free (before), dump (store));
  g_assert_true (mt_store_change_camp_status (store, kidal, &change, &error));
  g_assert_no_error (error);
  assert_undo_redo (store, before);

  /* A date before the status in force is refused too. */
  change.status = MT_CAMP_STATUS_CLOSED;
  change.date = "2023-10-01";
  assert_refused (mt_store_change_camp_status (store, kidal, &change, &error), &error, "Date");
}

static void
test_handover_blockers (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) blockers = NULL;
  g_autofree char *before = NULL;
  g_autoptr(MtCamp) camp = NULL;
  gint64 kidal = mt_store_find_camp (store, "Kidal");
  gint64 people[3];
  /* Drawing down to handed over skips "closed": confirmed, with a reason. */
  MtCampStatusChange change = { .status = MT_CAMP_STATUS_HANDED_OVER, .date = "2023-11-10",
                                .handed_over_to = "Malian authorities", .confirmed = TRUE,
                                .reason = "Handed over the day the last troops left" };
  MtEnvAssessmentFields env = { .status = MT_ENV_STATUS_IN_PROGRESS, .date = "2023-10-20",
                                .findings = "Fuel spill near the generators" };
  /* Kidal's estimated 2,380 recorded as gone, so the roster alone is what is left. */
  MtMovementFields out = { .date = "2023-10-30", .camp_id = kidal, .category = "troops",
                           .count = 2380 };

  g_assert_cmpint (mt_store_create_movement (store, &out, &error), >, 0);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autofree char *pid = g_strdup_printf ("SN-%04u", i + 1);
      people[i] = add_person (store, pid, kidal);
    }
  g_assert_true (mt_store_set_env_assessment (store, kidal, &env, &error));
  g_assert_no_error (error);

  blockers = mt_store_dup_handover_blockers (store, kidal, "2023-11-10", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (blockers), ==, 2);
  g_assert_cmpstr (blockers[0], ==, "3 people still on the roster");
  g_assert_cmpstr (blockers[1], ==, "environmental assessment in progress");
  assert_refused (mt_store_change_camp_status (store, kidal, &change, &error), &error,
                  "3 people still on the roster; environmental assessment in progress");
  g_clear_error (&error);

  /* Everyone leaves (one step), the assessment is done: the handover goes through. */
  before = dump (store);
  g_assert_true (mt_store_mark_departed (store, people, G_N_ELEMENTS (people), "2023-11-05", &error));
  g_assert_no_error (error);
  assert_undo_redo (store, before);

  env.status = MT_ENV_STATUS_DONE;
  env.date = "2023-11-06";
  env.remediation = "Soil removed";
  before = (g_free (before), dump (store));
  g_assert_true (mt_store_set_env_assessment (store, kidal, &env, &error));
  g_assert_no_error (error);
  assert_undo_redo (store, before);

  g_clear_pointer (&blockers, g_strfreev);
  blockers = mt_store_dup_handover_blockers (store, kidal, "2023-11-10", &error);
  g_assert_cmpuint (g_strv_length (blockers), ==, 0);

  change.handed_over_to = NULL;
  assert_refused (mt_store_change_camp_status (store, kidal, &change, &error), &error, "Handed over to");
  g_clear_error (&error);

  change.handed_over_to = "Malian authorities";
  before = (g_free (before), dump (store));
  g_assert_true (mt_store_change_camp_status (store, kidal, &change, &error));
  g_assert_no_error (error);
  camp = mt_store_get_camp (store, kidal, NULL, &error);
  g_assert_cmpint (mt_camp_get_status (camp), ==, MT_CAMP_STATUS_HANDED_OVER);
  g_assert_cmpstr (mt_camp_get_handover_date (camp), ==, "2023-11-10");
  g_assert_cmpstr (mt_camp_get_handed_over_to (camp), ==, "Malian authorities");
  g_assert_cmpstr (mt_camp_get_env_findings (camp), ==, "Fuel spill near the generators");
  assert_undo_redo (store, before);
}

static void
test_bulk_departures_one_step (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after_first = NULL;
  gint64 gao = mt_store_find_camp (store, "Gao");
  gint64 ids[4];
  MtCampStatusChange change = { .status = MT_CAMP_STATUS_DRAWING_DOWN, .date = "2023-10-20" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *pid = g_strdup_printf ("BD-%04u", i);
      ids[i] = add_person (store, pid, gao);
    }

  g_assert_true (mt_store_change_camp_status (store, gao, &change, &error));
  after_first = dump (store);
  before = dump (store);
  g_assert_true (mt_store_mark_departed (store, ids, G_N_ELEMENTS (ids), "2023-10-25", &error));
  g_assert_no_error (error);

  /* One undo takes back all four departures, and only them. */
  g_assert_true (mt_store_undo (store, &error));
  {
    g_autofree char *now = dump (store);
    g_assert_cmpstr (now, ==, after_first);
  }
  g_assert_true (mt_store_redo (store, &error));
  assert_undo_redo (store, before);

  assert_refused (mt_store_mark_departed (store, ids, 1, "2031-01-01", &error), &error,
                  "Departure date");
}

/* Movements */

static void
test_movements (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = dump (store);
  g_autofree char *field = NULL;
  MtMovementFields fields = { .date = "2023-10-02", .camp_id = mt_store_find_camp (store, "Gao"),
                              .category = "fpu", .contingent = "Togo", .count = 140 };
  gint64 id;

  id = mt_store_create_movement (store, &fields, &error);
  g_assert_no_error (error);
  assert_undo_redo (store, before);

  before = (g_free (before), dump (store));
  fields.count = 160;
  g_assert_true (mt_store_update_movement (store, id, &fields, &error));
  assert_undo_redo (store, before);

  before = (g_free (before), dump (store));
  g_assert_true (mt_store_delete_movement (store, id, &error));
  assert_undo_redo (store, before);

  before = (g_free (before), dump (store));
  fields.count = -1;
  g_assert_null (mt_store_create_movement (store, &fields, NULL) ? "saved" : NULL);
  fields.count = -1;
  g_assert_false (mt_store_validate_movement (store, &fields, &field, &error));
  g_assert_cmpstr (field, ==, "count");
  g_assert_cmpstr (error->message, ==, "Count cannot be negative");
  g_clear_error (&error);

  /* The window: 2013–2024 for this mission. */
  fields.count = 1;
  fields.date = "2012-12-31";
  g_clear_pointer (&field, g_free);
  g_assert_false (mt_store_validate_movement (store, &fields, &field, &error));
  g_assert_cmpstr (field, ==, "date");
  g_assert_nonnull (strstr (error->message, "2013"));
  g_clear_error (&error);
  fields.date = "2025-01-01";
  assert_refused (mt_store_create_movement (store, &fields, &error) != 0, &error, "2024");
  g_clear_error (&error);
  fields.date = "2024-12-31";
  g_assert_true (mt_store_validate_movement (store, &fields, NULL, &error));

  /* Nothing half-saved: the refused writes left no trace. */
  {
    g_autofree char *now = dump (store);
    g_assert_cmpstr (now, ==, before);
  }
}

/* Convoys */

static void
test_convoys (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *field = NULL;
  gint64 tessalit = mt_store_find_camp (store, "Tessalit");
  gint64 gao = mt_store_find_camp (store, "Gao");
  gint64 people[2];
  MtConvoyFields fields = { .from_camp_id = tessalit, .to_camp_id = tessalit,
                            .planned_departure = "2023-10-21", .planned_arrival = "2023-10-25",
                            .personnel = 2, .vehicles = 40, .status = MT_CONVOY_STATUS_PLANNED };
  gint64 id;

  people[0] = add_person (store, "CV-1", tessalit);
  people[1] = add_person (store, "CV-2", tessalit);

  /* To itself. */
  g_assert_false (mt_store_validate_convoy (store, 0, &fields, &field, &error));
  g_assert_cmpstr (field, ==, "to_camp_id");
  g_clear_error (&error);
  fields.to_camp_id = gao;

  /* Arrival before departure. */
  fields.departed = "2023-10-21";
  fields.arrived = "2023-10-20";
  g_clear_pointer (&field, g_free);
  g_assert_false (mt_store_validate_convoy (store, 0, &fields, &field, &error));
  g_assert_cmpstr (field, ==, "arrived");
  g_assert_cmpstr (error->message, ==, "Arrival cannot be before the departure");
  g_clear_error (&error);
  fields.arrived = NULL;
  fields.departed = NULL;

  fields.vehicles = -3;
  assert_refused (mt_store_create_convoy (store, &fields, &error) != 0, &error, "Vehicles");
  g_clear_error (&error);
  fields.vehicles = 40;

  fields.person_ids = people;
  fields.n_person_ids = G_N_ELEMENTS (people);
  before = dump (store);
  id = mt_store_create_convoy (store, &fields, &error);
  g_assert_no_error (error);
  g_assert_cmpint (person_camp (store, people[0]), ==, tessalit);
  assert_undo_redo (store, before);

  /* Arriving moves the people it carries to the destination; undo puts them back. */
  fields.person_ids = NULL;
  fields.n_person_ids = 0;
  fields.departed = "2023-10-21";
  fields.status = MT_CONVOY_STATUS_ARRIVED;
  g_clear_pointer (&field, g_free);
  g_assert_false (mt_store_validate_convoy (store, id, &fields, &field, &error));
  g_assert_cmpstr (field, ==, "arrived");
  g_clear_error (&error);
  fields.arrived = "2023-10-26";
  before = (g_free (before), dump (store));
  g_assert_true (mt_store_update_convoy (store, id, &fields, &error));
  g_assert_no_error (error);
  g_assert_cmpint (person_camp (store, people[0]), ==, gao);
  g_assert_cmpint (person_camp (store, people[1]), ==, gao);
  assert_undo_redo (store, before);

  before = (g_free (before), dump (store));
  g_assert_true (mt_store_delete_convoy (store, id, &error));
  assert_undo_redo (store, before);
}

/* Assets */

static void
test_assets (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) totals = NULL;
  g_autofree char *before = dump (store);
  g_autofree char *field = NULL;
  gint64 gao = mt_store_find_camp (store, "Gao");
  MtAssetFields a = { .tag = "GEN-001", .description = "Generator 500 kVA",
                      .owner = MT_ASSET_OWNER_UNOE, .quantity = 3, .value = 90000,
                      .camp_id = gao, .decision = MT_DISPOSAL_DONATE,
                      .decision_date = "2023-11-01" };
  MtAssetFields b = { .description = "Armoured personnel carrier", .owner = MT_ASSET_OWNER_COE,
                      .quantity = 12, .value = NAN, .camp_id = gao,
                      .decision = MT_DISPOSAL_REPATRIATE, .decision_date = "2023-10-01" };
  MtAssetFields c = { .description = "Prefabricated offices", .owner = MT_ASSET_OWNER_UNOE,
                      .quantity = 20, .value = 1000, .camp_id = gao,
                      .decision = MT_DISPOSAL_DONATE, .decision_date = "2023-11-02" };
  gint64 id;

  id = mt_store_create_asset (store, &a, &error);
  g_assert_no_error (error);
  assert_undo_redo (store, before);
  g_assert_cmpint (mt_store_create_asset (store, &b, &error), >, 0);
  g_assert_cmpint (mt_store_create_asset (store, &c, &error), >, 0);

  totals = mt_store_asset_totals (store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (totals->len, ==, 2);
  /* repatriate/COE first (enum order), then donate/UNOE summing both entries. */
  g_assert_cmpint (g_array_index (totals, MtAssetTotal, 0).decision, ==, MT_DISPOSAL_REPATRIATE);
  g_assert_cmpint (g_array_index (totals, MtAssetTotal, 0).quantity, ==, 12);
  g_assert_cmpint (g_array_index (totals, MtAssetTotal, 1).decision, ==, MT_DISPOSAL_DONATE);
  g_assert_cmpint (g_array_index (totals, MtAssetTotal, 1).owner, ==, MT_ASSET_OWNER_UNOE);
  g_assert_cmpint (g_array_index (totals, MtAssetTotal, 1).n_records, ==, 2);
  g_assert_cmpint (g_array_index (totals, MtAssetTotal, 1).quantity, ==, 23);
  g_assert_cmpfloat (g_array_index (totals, MtAssetTotal, 1).value, ==, 91000);

  before = (g_free (before), dump (store));
  a.decision = MT_DISPOSAL_SELL;
  g_assert_true (mt_store_update_asset (store, id, &a, &error));
  assert_undo_redo (store, before);

  /* The same tag twice; a negative quantity; a decision without a date. */
  b.tag = "GEN-001";
  g_assert_false (mt_store_validate_asset (store, 0, &b, &field, &error));
  g_assert_cmpstr (field, ==, "tag");
  g_clear_error (&error);
  b.tag = NULL;
  b.quantity = -1;
  assert_refused (mt_store_create_asset (store, &b, &error) != 0, &error, "Quantity");
  g_clear_error (&error);
  b.quantity = 1;
  b.decision_date = NULL;
  assert_refused (mt_store_create_asset (store, &b, &error) != 0, &error, "Decision date");
  g_clear_error (&error);

  before = (g_free (before), dump (store));
  g_assert_true (mt_store_delete_asset (store, id, &error));
  assert_undo_redo (store, before);
}

/* Events */

static void
test_events (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = dump (store);
  MtEventFields fields = { .camp_id = mt_store_find_camp (store, "Kidal"), .date = "2023-10-31",
                           .kind = "handover", .title = "Camp handed over",
                           .title_fr = "Camp rétrocédé" };
  gint64 id;

  id = mt_store_create_event (store, &fields, &error);
  g_assert_no_error (error);
  assert_undo_redo (store, before);

  before = (g_free (before), dump (store));
  fields.date = "2023-11-01";
  g_assert_true (mt_store_update_event (store, id, &fields, &error));
  assert_undo_redo (store, before);

  before = (g_free (before), dump (store));
  g_assert_true (mt_store_delete_event (store, id, &error));
  assert_undo_redo (store, before);

  fields.title = "  ";
  assert_refused (mt_store_create_event (store, &fields, &error) != 0, &error, "Title");
}

/* Undo stack */

static void
count_call (guint *count)
{
  (*count)++;
}

static void
test_undo_stack (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  guint notified = 0;
  MtEventFields fields = { .date = "2023-10-31", .title = "One" };

  g_signal_connect_swapped (store, "undo-changed", G_CALLBACK (count_call), &notified);

  g_assert_false (mt_store_can_undo (store));
  g_assert_null (mt_store_dup_undo_label (store));
  g_assert_false (mt_store_undo (store, &error));
  g_assert_error (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  mt_store_create_event (store, &fields, &error);
  g_assert_cmpuint (notified, ==, 1);
  fields.title = "Two";
  mt_store_create_event (store, &fields, &error);
  g_assert_true (mt_store_undo (store, &error));
  g_assert_true (mt_store_can_redo (store));

  /* A new change drops what was undone. */
  fields.title = "Three";
  mt_store_create_event (store, &fields, &error);
  g_assert_false (mt_store_can_redo (store));
  g_assert_cmpuint (notified, ==, 4);
}

static gboolean
external_undo (MtStore  *store,
               gpointer  data,
               GError  **error)
{
  (*(guint *) data)++;
  return TRUE;
}

/* An import's undo lives in the importer: the stack calls it, and offers no redo. */
static void
test_external_step (void)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  guint calls = 0;

  mt_store_push_external_step (store, "Import of roster.csv", external_undo, NULL, &calls, NULL);
  label = mt_store_dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Undo Import of roster.csv");
  g_assert_true (mt_store_undo (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (calls, ==, 1);
  g_assert_false (mt_store_can_undo (store));
  g_assert_false (mt_store_can_redo (store));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store-edit/camp/create-update-delete", test_camp_create_update_delete);
  g_test_add_func ("/store-edit/camp/delete-refused", test_camp_delete_refused_when_used);
  g_test_add_func ("/store-edit/camp/status-lifecycle", test_status_lifecycle);
  g_test_add_func ("/store-edit/camp/handover-blockers", test_handover_blockers);
  g_test_add_func ("/store-edit/roster/bulk-departures", test_bulk_departures_one_step);
  g_test_add_func ("/store-edit/movements", test_movements);
  g_test_add_func ("/store-edit/convoys", test_convoys);
  g_test_add_func ("/store-edit/assets", test_assets);
  g_test_add_func ("/store-edit/events", test_events);
  g_test_add_func ("/store-edit/undo-stack", test_undo_stack);
  g_test_add_func ("/store-edit/external-step", test_external_step);

  return g_test_run ();
}
