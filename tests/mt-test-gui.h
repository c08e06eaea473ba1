/* mt-test-gui.h: shared by the GUI tests.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mt-editor-dialog.h"
#include "mt-store.h"
#include "mt-window.h"

G_BEGIN_DECLS

/* The fixture of a test that works in the main window of a new database with the seed. */
typedef struct
{
  MtStore  *store;
  MtWindow *window;
} MtTestWindow;

/* g_test_add()'s set-up and tear-down for MtTestWindow: the window shown (mapped), then
 * destroyed and the store closed. */
void            mt_test_window_set_up        (MtTestWindow      *f,
                                              gconstpointer      data);
void            mt_test_window_tear_down     (MtTestWindow      *f,
                                              gconstpointer      data);
/* Adds the test @func (taking an MtTestWindow) at @path with the set-up and tear-down above. */
#define MT_TEST_ADD_WINDOW(path, func) \
  g_test_add ((path), MtTestWindow, NULL, mt_test_window_set_up, (func), mt_test_window_tear_down)

typedef gboolean (*MtTestWidgetMatch) (GtkWidget *widget,
                                       gpointer   user_data);

typedef gboolean (*MtTestCondition) (gpointer user_data);

/* A GUI test's start: gtk_test_init() (which runs g_test_init() and makes warnings fatal)
 * and libadwaita's, with no accessibility bus (a bare xvfb-run has none). */
void            mt_test_gui_init             (int               *argc,
                                              char            ***argv);
/* Runs the main context for @ms milliseconds without blocking. */
void            mt_test_spin                 (guint              ms);
/* Runs the main context until @condition holds, @timeout_ms at most; whether it held. */
gboolean        mt_test_spin_until           (MtTestCondition    condition,
                                              gpointer           user_data,
                                              guint              timeout_ms);
/* Presents @window and waits (10 s at most) until it is mapped, then a little more. */
void            mt_test_present_window       (GtkWindow         *window);
/* The editor dialog shown, if any. */
MtEditorDialog *mt_test_find_editor          (void);
/* Waits (10 s at most) until no editor is shown: a save that closes it has run. */
gboolean        mt_test_wait_editor_gone     (void);
/* The question (an AdwMessageDialog) shown, if any. */
AdwMessageDialog *mt_test_find_question      (void);
/* Types @text into the field @key of @dialog, as the user does: the checks run as for them. */
void            mt_test_type_into            (MtEditorDialog    *dialog,
                                              const char        *key,
                                              const char        *text);
/* Gives the question shown the answer @response; FALSE when none is shown. */
gboolean        mt_test_answer_question      (const char        *response);
/* Runs what @accel does on @widget itself (its class's key bindings), as a key press that
 * reaches @widget would; FALSE when @widget has no such shortcut or it did nothing. */
gboolean        mt_test_activate_shortcut    (GtkWidget         *widget,
                                              const char        *accel);
/* The first widget under @root (itself included, depth first) that @match accepts, or NULL. */
GtkWidget      *mt_test_find_widget_matching (GtkWidget         *root,
                                              MtTestWidgetMatch  match,
                                              gpointer           user_data);
/* Every widget under @root (itself included, depth first) that @match accepts. */
GPtrArray      *mt_test_collect_widgets      (GtkWidget         *root,
                                              MtTestWidgetMatch  match,
                                              gpointer           user_data);
/* The first widget of @type under @root (itself included, depth first), or NULL. */
gpointer        mt_test_find_widget          (GtkWidget         *root,
                                              GType              type);
/* The column of @view titled @title (as shown, so translated); fails the test without one. */
GtkColumnViewColumn *mt_test_find_column     (GtkColumnView     *view,
                                              const char        *title);
/* The first toplevel window of @type other than @except (may be NULL), or NULL. */
gpointer        mt_test_find_toplevel        (GType              type,
                                              gpointer           except);
/* The same among the windows shown (a closed dialog may linger hidden a moment). */
gpointer        mt_test_find_shown_toplevel  (GType              type,
                                              gpointer           except);
/* Destroys every toplevel window and lets the main loop settle. */
void            mt_test_destroy_toplevels    (void);
/* The first button labelled @label (its mnemonic included) under @root, or NULL. */
GtkWidget      *mt_test_find_button          (GtkWidget         *root,
                                              const char        *label);
/* Looking at what a test shows: with MT_TEST_PNG_DIR set, saves the window of @widget there
 * as @name; does nothing otherwise. */
void            mt_test_save_png             (GtkWidget         *widget,
                                              const char        *name);

G_END_DECLS
