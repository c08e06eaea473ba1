/* main.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mt-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MtApplication) app = NULL;
  int status;

  mt_application_init_i18n ();
  app = mt_application_new ();
  status = g_application_run (G_APPLICATION (app), argc, argv);

  return status != 0 ? status : mt_application_get_exit_status (app);
}
