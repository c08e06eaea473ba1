/* mt-test-connect.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mt-store.h"
#include "mt-test-connect.h"
#include "mt-test-gui.h"
#include "mt-test-util.h"

GSettings *
mt_test_settings_new (void)
{
  GSettings *settings = g_settings_new (APP_ID);

  g_settings_reset (settings, "recent-databases");
  return settings;
}

MtWindow *
mt_test_window_new (GSettings *settings)
{
  g_autoptr(MtStore) store = mt_test_store_new (TRUE);
  MtWindow *window = mt_window_new (NULL, store, settings);

  mt_test_present_window (GTK_WINDOW (window));
  return window;
}

MtWindow *
mt_test_find_main_window (MtWindow *except)
{
  MtWindow *window = mt_test_find_toplevel (MT_TYPE_WINDOW, except);

  return window != NULL && gtk_widget_get_visible (GTK_WIDGET (window)) ? window : NULL;
}

MtConnectDialog *
mt_test_find_connect_dialog (void)
{
  return mt_test_find_toplevel (MT_TYPE_CONNECT_DIALOG, NULL);
}

MtConnectDialog *
mt_test_open_connect_dialog (MtWindow *window)
{
  MtConnectDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.connect-server", NULL);
  dialog = mt_test_find_connect_dialog ();
  g_assert_nonnull (dialog);
  mt_test_present_window (GTK_WINDOW (dialog));
  return dialog;
}

void
mt_test_fill_connect_dialog (MtConnectDialog *dialog,
                             const char      *host,
                             const char      *database,
                             const char      *login,
                             const char      *password)
{
  gtk_editable_set_text (GTK_EDITABLE (dialog->host_row), host);
  gtk_editable_set_text (GTK_EDITABLE (dialog->port_row), "");
  gtk_editable_set_text (GTK_EDITABLE (dialog->database_row), database);
  gtk_editable_set_text (GTK_EDITABLE (dialog->login_row), login);
  gtk_editable_set_text (GTK_EDITABLE (dialog->password_row), password);
}

static gboolean
opened_or_asking (gpointer user_data)
{
  MtTestOpening *opening = user_data;
  MtConnectDialog *dialog = mt_test_find_connect_dialog ();

  /* Shown while busy is only the wait made visible (after 400 ms, which a loaded machine
   * takes): what counts is a dialog that waits for the planner. */
  if (dialog != NULL && gtk_widget_get_mapped (GTK_WIDGET (dialog)) &&
      !mt_connect_dialog_is_busy (dialog))
    {
      opening->dialog_shown = TRUE;
      return TRUE;
    }
  return mt_test_find_main_window (opening->old) != NULL;
}

void
mt_test_wait_for_opening (MtTestOpening *opening)
{
  g_assert_nonnull (opening->old);
  g_assert_true (mt_test_spin_until (opened_or_asking, opening, 30000));
  mt_test_spin (50);
}

MtWindow *
mt_test_open_recent (GSettings     *settings,
                     const char    *location,
                     MtTestOpening *opening)
{
  *opening = (MtTestOpening) { .old = mt_test_window_new (settings) };
  gtk_widget_activate_action (GTK_WIDGET (opening->old), "win.open-recent", "s", location);
  mt_test_wait_for_opening (opening);
  return mt_test_find_main_window (opening->old);
}
