/* mt-application.h
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Owns the database (MtStore), the camp list model and the settings; windows get them
 * from here (like GcalContext), so tests can build a window over a :memory: store.
 */

#pragma once

#include <adwaita.h>

#include "mt-types.h"

G_BEGIN_DECLS

#define MT_TYPE_APPLICATION (mt_application_get_type ())
G_DECLARE_FINAL_TYPE (MtApplication, mt_application, MT, APPLICATION, AdwApplication)

/* Binds the gettext domain (installed or build tree) and sets the locale. */
void           mt_application_init_i18n     (void);
MtApplication *mt_application_new           (void);
MtStore       *mt_application_get_store     (MtApplication *self);
/* Non-zero when a job run from the command line (a screenshot) failed. */
int            mt_application_get_exit_status (MtApplication *self);
/* The settings, or NULL when the schema is not installed (window size is then not kept). */
GSettings     *mt_application_get_settings  (MtApplication *self);
/* The default database: $XDG_DATA_HOME/minusma-tracker/tracker.db. */
char          *mt_application_default_db_path (void);
/* Makes @store the application's database (its window shows it now) and closes the one
 * before, whose window is gone. */
void           mt_application_set_store     (MtApplication *self,
                                             MtStore       *store);

G_END_DECLS
