/* test-date-field.c: the date fields of the editors as planners type in them: in their
 * locale's order with the format shown, a calendar to pick from, and a question before a
 * date past the mission's limits is saved (issue #13: 03/04/2023 typed in en_US was stored
 * as 3 April, three months before the withdrawal began, without a word).
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "mt-camp.h"
#include "mt-date.h"
#include "mt-mission.h"
#include "mt-edit-forms.h"
#include "mt-movement.h"
#include "mt-store.h"
#include "mt-test-gui.h"
#include "mt-test-util.h"
#include "mt-window-private.h"

/* One locale of the test, and what it makes of the same figures. */
typedef struct
{
  const char *locale;
  const char *language;
  const char *pattern;       /* the format shown beside the field */
  const char *stored;        /* what 03/04/2023 is */
  const char *in_words;      /* that date as the question names it */
  const char *start;         /* the withdrawal's first day, as the question names it */
} Language;

static const Language en_us = {
  "en_US.UTF-8", "en", "MM/DD/YYYY", "2023-03-04", "4 March 2023", "1 July 2023",
};
static const Language fr_fr = {
  "fr_FR.UTF-8", "fr", "JJ/MM/AAAA", "2023-04-03", "3 avril 2023", "1er juillet 2023",
};

typedef struct
{
  MtStore  *store;
  MtWindow *window;
  gint64    gao;
} Fixture;

/* Helpers */

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  const Language *language = data;

  if (!mt_test_use_locale (language->locale, language->language))
    return;

  f->store = mt_test_store_new (TRUE);
  f->window = mt_window_new (NULL, f->store, NULL);
  mt_test_present_window (GTK_WINDOW (f->window));
  f->gao = mt_store_find_camp (f->store, "Gao");
  g_assert_cmpint (f->gao, >, 0);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  mt_test_spin (20);
  g_clear_object (&f->store);
  mt_test_restore_locale ();
}

/* A new movement of 12 people from Gao, on the date typed as @typed. */
static MtEditorDialog *
new_movement (Fixture    *f,
              const char *typed)
{
  MtEditorDialog *dialog = mt_edit_movement (GTK_WIDGET (f->window->movements_page), f->store,
                                             NULL, f->gao);

  mt_test_type_into (dialog, "date", typed);
  mt_test_type_into (dialog, "contingent", "Tchad");
  mt_test_type_into (dialog, "count", "12");
  return dialog;
}

static guint
n_movements_on (MtStore    *store,
                const char *iso)
{
  g_autoptr(GPtrArray) all = mt_store_list_movements (store, NULL, NULL);
  guint n = 0;

  for (guint i = 0; all != NULL && i < all->len; i++)
    if (g_strcmp0 (mt_movement_get_date (g_ptr_array_index (all, i)), iso) == 0)
      n++;
  return n;
}

static gboolean
is_label_with_text (GtkWidget *widget,
                    gpointer   text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
}

/* Tests */

/* 03/04/2023 is 4 March in en_US and 3 April in French: read so, named so in the question
 * (before the withdrawal began), saved only when the planner says so. */
static void
test_typed_in_locale_order (Fixture       *f,
                            gconstpointer  data)
{
  const Language *language = data;
  MtEditorDialog *dialog;
  GtkWidget *date;
  AdwMessageDialog *question;
  const char *body;

  if (f->store == NULL)
    return;

  dialog = new_movement (f, "03/04/2023");
  date = mt_editor_dialog_get_field (dialog, "date");
  /* The format expected reads beside the text. */
  g_assert_nonnull (mt_test_find_widget_matching (date, is_label_with_text, (gpointer) language->pattern));
  g_assert_cmpstr (mt_editor_dialog_get_date (dialog, "date"), ==, language->stored);
  g_assert_true (mt_editor_dialog_get_can_save (dialog));

  /* Months before the withdrawal: a question naming the date and the limit, not a save. */
  g_assert_false (mt_editor_dialog_save (dialog));
  mt_test_spin (50);
  question = mt_test_find_question ();
  g_assert_nonnull (question);
  body = adw_message_dialog_get_body (question);
  g_test_message ("%s", body);
  g_assert_nonnull (strstr (body, language->in_words));
  g_assert_nonnull (strstr (body, language->start));
  g_assert_cmpuint (n_movements_on (f->store, language->stored), ==, 0);

  /* Back to the editor: nothing saved, the date still there to change. */
  g_assert_true (mt_test_answer_question ("change"));
  g_assert_true (mt_test_find_editor () == dialog);
  g_assert_cmpuint (n_movements_on (f->store, language->stored), ==, 0);

  /* Saved when the planner confirms it. */
  g_assert_false (mt_editor_dialog_save (dialog));
  mt_test_spin (50);
  g_assert_true (mt_test_answer_question ("save"));
  g_assert_true (mt_test_wait_editor_gone ());
  g_assert_cmpuint (n_movements_on (f->store, language->stored), ==, 1);
}

/* A date inside the withdrawal and the data saves at once; one the locale cannot read is
 * refused under the field, naming the format. */
static void
test_within_limits_and_refused (Fixture       *f,
                                gconstpointer  data)
{
  const Language *language = data;
  MtEditorDialog *dialog;
  const char *error;

  if (f->store == NULL)
    return;

  dialog = new_movement (f, "2023-10-03");
  g_assert_true (mt_editor_dialog_save (dialog));
  mt_test_spin (50);
  g_assert_null (mt_test_find_question ());
  g_assert_cmpuint (n_movements_on (f->store, "2023-10-03"), ==, 1);

  dialog = new_movement (f, "13/25/2023");
  g_assert_false (mt_editor_dialog_get_can_save (dialog));
  error = mt_editor_dialog_get_error (dialog, "date");
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error, language->pattern));
  g_assert_false (mt_editor_dialog_save (dialog));
  g_assert_null (mt_test_find_question ());
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Picking a day in the calendar writes it in the locale's order. */
static void
test_calendar_writes_locale_order (Fixture       *f,
                                   gconstpointer  data)
{
  const Language *language = data;
  MtEditorDialog *dialog;
  GtkWidget *date;
  GtkCalendar *calendar;
  g_autoptr(GDateTime) day = g_date_time_new_local (2023, 3, 4, 12, 0, 0);

  if (f->store == NULL)
    return;

  dialog = new_movement (f, "");
  date = mt_editor_dialog_get_field (dialog, "date");
  calendar = mt_test_find_widget (date, GTK_TYPE_CALENDAR);
  g_assert_nonnull (calendar);
  gtk_calendar_select_day (calendar, day);
  g_signal_emit_by_name (calendar, "day-selected");

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date)), ==,
                   g_str_equal (language->language, "fr") ? "04/03/2023" : "03/04/2023");
  g_assert_cmpstr (mt_editor_dialog_get_date (dialog, "date"), ==, "2023-03-04");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The question body of the editor @dialog saved now, or NULL when it saved at once;
 * the question is answered "change". */
static char *
save_and_read_question (MtEditorDialog *dialog)
{
  AdwMessageDialog *question;
  char *body;

  if (mt_editor_dialog_save (dialog))
    return NULL;
  mt_test_spin (50);
  question = mt_test_find_question ();
  g_assert_nonnull (question);
  body = g_strdup (adw_message_dialog_get_body (question));
  g_assert_true (mt_test_answer_question ("change"));
  return body;
}

/* After the latest data: a fact is asked about, a plan is not; past the deadline both are.
 * The limits are the store's, not the seed's dates written here. */
static void
test_latest_data_and_deadline (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(MtMission) mission = NULL;
  g_autofree char *latest = NULL;
  g_autofree char *day_after = NULL;
  g_autofree char *latest_words = NULL;
  g_autofree char *after_deadline = NULL;
  g_autofree char *deadline_words = NULL;
  g_autofree char *body = NULL;
  MtEditorDialog *dialog;

  if (f->store == NULL)
    return;

  mission = mt_store_get_mission (f->store, NULL);
  latest = mt_store_dup_latest_date (f->store);
  day_after = mt_date_add_days (latest, 1);
  latest_words = mt_date_format_long (latest);
  after_deadline = mt_date_add_days (mt_mission_get_deadline (mission), 1);
  deadline_words = mt_date_format_long (mt_mission_get_deadline (mission));

  /* A movement is a fact: the day after the latest data is asked about. */
  dialog = new_movement (f, day_after);
  body = save_and_read_question (dialog);
  g_assert_nonnull (body);
  g_assert_nonnull (strstr (body, latest_words));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_clear_pointer (&body, g_free);

  /* A convoy's planned departure is a plan: after the latest data is what plans are. */
  dialog = mt_edit_convoy (GTK_WIDGET (f->window->convoys_page), f->store, NULL, f->gao);
  mt_editor_dialog_set_selected (dialog, "to_camp_id",
                                 mt_editor_dialog_get_selected (dialog, "from_camp_id") == 0 ? 1 : 0);
  mt_test_type_into (dialog, "planned_departure", day_after);
  g_assert_true (mt_editor_dialog_get_can_save (dialog));
  body = save_and_read_question (dialog);
  g_assert_null (body);
  mt_test_spin (50);

  /* Past the deadline, a plan too. */
  dialog = mt_edit_convoy (GTK_WIDGET (f->window->convoys_page), f->store, NULL, f->gao);
  mt_editor_dialog_set_selected (dialog, "to_camp_id",
                                 mt_editor_dialog_get_selected (dialog, "from_camp_id") == 0 ? 1 : 0);
  mt_test_type_into (dialog, "planned_departure", after_deadline);
  body = save_and_read_question (dialog);
  g_assert_nonnull (body);
  g_assert_nonnull (strstr (body, deadline_words));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GTK_A11Y", "none", FALSE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/date-field/typed-in-locale-order/en_US", Fixture, &en_us, fixture_setup,
              test_typed_in_locale_order, fixture_teardown);
  g_test_add ("/date-field/typed-in-locale-order/fr", Fixture, &fr_fr, fixture_setup,
              test_typed_in_locale_order, fixture_teardown);
  g_test_add ("/date-field/within-limits-and-refused/en_US", Fixture, &en_us, fixture_setup,
              test_within_limits_and_refused, fixture_teardown);
  g_test_add ("/date-field/within-limits-and-refused/fr", Fixture, &fr_fr, fixture_setup,
              test_within_limits_and_refused, fixture_teardown);
  g_test_add ("/date-field/calendar/en_US", Fixture, &en_us, fixture_setup,
              test_calendar_writes_locale_order, fixture_teardown);
  g_test_add ("/date-field/calendar/fr", Fixture, &fr_fr, fixture_setup,
              test_calendar_writes_locale_order, fixture_teardown);
  g_test_add ("/date-field/latest-data-and-deadline", Fixture, &en_us, fixture_setup,
              test_latest_data_and_deadline, fixture_teardown);

  return g_test_run ();
}
