/* mt-window-private.h: shared by mt-window.c and mt-window-actions.c.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-banner.h"
#include "mt-camp-page.h"
#include "mt-map-page.h"
#include "mt-overview-page.h"
#include "mt-records-page.h"
#include "mt-roster-page.h"
#include "mt-store-watch.h"
#include "mt-window.h"

G_BEGIN_DECLS

struct _MtWindow
{
  AdwApplicationWindow  parent_instance;

  MtStore              *store;
  GSettings            *settings;
  MtCampList           *camps;
  GtkFilterListModel   *filtered;
  GtkSingleSelection   *selection;
  GtkCustomFilter      *filter;
  char                 *as_of;       /* NULL: the latest data */
  char                 *page;        /* the page last notified (mt_window_get_page()) */
  gboolean              camp_from_sidebar; /* the camp's page came from the list over the pages */

  /* Template children */
  gboolean              reconnecting;   /* mt_store_reconnect_async() under way */
  AdwToastOverlay      *toast_overlay;
  AdwFlap              *flap;
  AdwWindowTitle       *sidebar_title;
  GtkSearchEntry       *search_entry;
  GtkDropDown          *status_dropdown;
  GtkStack             *sidebar_stack;
  GtkListView          *camp_list_view;
  AdwViewSwitcherTitle *switcher_title;
  GtkMenuButton        *as_of_button;
  GtkLabel             *as_of_label;
  GtkPopover           *as_of_popover;
  GtkCalendar          *calendar;
  AdwViewStack         *view_stack;
  /* Navigation (mt-window-nav.c) */
  AdwHeaderBar         *content_header;
  GtkToggleButton      *sidebar_button;
  GtkButton            *back_button;
  GtkStack             *title_stack;
  AdwWindowTitle       *camp_title;
  GtkMenuButton        *content_menu_button;
  GtkMenuButton        *sidebar_menu_button;
  GtkStack             *main_stack;
  AdwViewSwitcherBar   *switcher_bar;
  MtOverviewPage       *overview_page;
  MtMapPage            *map_page;
  MtCampPage           *camp_page;
  MtRosterPage         *roster_page;
  /* Editing (mt-window-edit.c) */
  MtRecordsPage        *movements_page;
  MtRecordsPage        *convoys_page;
  MtRecordsPage        *assets_page;
  /* The database (mt-window-database.c) */
  GMenu                *database_section;
  /* What may be changed (mt-window-connection.c) */
  MtBanner             *read_only_banner;
  MtBanner             *connection_banner;
  /* The what-if scenario shown (mt-window-scenario.c) */
  char                 *scenario;       /* its name, or NULL: the data */
  MtBanner             *scenario_banner;
  MtStoreWatch         *scenario_watch;
};

void _mt_window_class_install_actions (MtWindowClass *klass);
/* Notifies the page property when mt_window_get_page() changed. */
void _mt_window_notify_page (MtWindow *self);
/* Clears the sidebar's search and filter and selects the camp; FALSE when not listed. */
gboolean _mt_window_select_camp (MtWindow *self,
                                 gint64    camp_id);

/* Each feature installs its actions (class) and wires its widgets (instance) from its own file. */
void _mt_window_class_install_edit_actions   (MtWindowClass *klass);
void _mt_window_class_install_import_actions (MtWindowClass *klass);
void _mt_window_class_install_report_actions (MtWindowClass *klass);
void _mt_window_class_install_backup_actions (MtWindowClass *klass);
void _mt_window_class_install_nav            (MtWindowClass *klass);
void _mt_window_class_install_database       (MtWindowClass *klass);
void _mt_window_class_install_connection     (MtWindowClass *klass);
void _mt_window_class_install_scenario       (MtWindowClass *klass);
void _mt_window_init_nav                     (MtWindow      *self);
void _mt_window_init_edit                    (MtWindow      *self);
void _mt_window_init_import                  (MtWindow      *self);
void _mt_window_init_report                  (MtWindow      *self);
void _mt_window_init_database                (MtWindow      *self);
void _mt_window_init_connection              (MtWindow      *self);
void _mt_window_init_scenario                (MtWindow      *self);
void _mt_window_dispose_scenario             (MtWindow      *self);

/* mt-window.c */
/* Keeps the window's size and state in its settings (when it has them). */
void       _mt_window_save_size        (MtWindow *self);

/* mt-window-edit.c */
/* Turns the edit and import actions on or off: undo and redo (as the store allows),
 * new camp, new record (on a page of records), import. */
void       _mt_window_update_edit_actions (MtWindow *self);

/* mt-window-connection.c */
/* TRUE when the database may be changed now: the login may write and the connection is up. */
gboolean   _mt_window_is_editable      (MtWindow *self);

/* mt-window-database.c */
/* Replaces this window with one on @store (the database just opened), on the same page,
 * and hands @store to the application, which closes the one before; @notice (may be NULL)
 * shows in the new window. */
void       _mt_window_switch_store     (MtWindow   *self,
                                        MtStore    *store,
                                        const char *notice);

/* mt-window-nav.c */
/* Shows the page of the camp with @camp_id, with a way back to where the planner was: the
 * camp list when @from_sidebar and the list was over the pages, else the page shown.
 * FALSE when there is no such camp. */
gboolean   _mt_window_open_camp        (MtWindow *self,
                                        gint64    camp_id,
                                        gboolean  from_sidebar);
/* The page in view: a camp's page or the view switcher's. */
GtkWidget *_mt_window_get_visible_page (MtWindow *self);

G_END_DECLS
