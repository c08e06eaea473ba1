/* mt-recent-databases.h: the databases opened lately (files and servers), kept in GSettings
 * ("recent-databases") without any password, for the main menu's Open Recent.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MT_RECENT_DATABASES_MAX 8

/* @location as the list keeps it: a file's absolute path, or a server's URI rebuilt without a
 * password; NULL for what is not kept (an in-memory database, an unreadable URI). */
char  *mt_recent_databases_normalize (const char         *location);
/* A new list: @location first, not repeated, then @list, MT_RECENT_DATABASES_MAX at most. */
char **mt_recent_databases_add       (const char * const *list,
                                      const char         *location);
/* A new list without @location. */
char **mt_recent_databases_remove    (const char * const *list,
                                      const char         *location);
/* Puts @location first in @settings' list (nothing when @settings is NULL). */
void   mt_recent_databases_remember  (GSettings          *settings,
                                      const char         *location);
void   mt_recent_databases_forget    (GSettings          *settings,
                                      const char         *location);
/* Fills @menu with the databases of @settings' list but @current, each an item of action
 * @action_name with its location as the target; labels are mt_database_dup_label()'s, with
 * the folder added where two files share a name. */
void   mt_recent_databases_fill_menu (GMenu              *menu,
                                      GSettings          *settings,
                                      const char         *current,
                                      const char         *action_name);

G_END_DECLS
