/* mt-connect-dialog-private.h: the dialog's rows, for the tests that fill them.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-connect-dialog.h"

G_BEGIN_DECLS

struct _MtConnectDialog
{
  AdwMessageDialog     parent_instance;

  char                *extra;          /* the URI's other parameters, kept as they were */
  GCancellable        *cancellable;    /* the opening under way, or NULL */
  guint                present_id;     /* mt_connect_dialog_reopen(): shown after a while */
  gboolean             may_close;
  gboolean             in_close_request;
  gboolean             port_refused;    /* the message under the rows is about the port */

  /* Template widgets */
  GtkWidget           *rows;
  AdwEntryRow         *host_row;
  AdwEntryRow         *port_row;
  AdwEntryRow         *database_row;
  AdwEntryRow         *login_row;
  AdwPasswordEntryRow *password_row;
  AdwActionRow        *remember_row;
  GtkSwitch           *remember_switch;
  GtkWidget           *status_box;
  GtkSpinner          *spinner;
  GtkLabel            *status_label;
};

G_END_DECLS
