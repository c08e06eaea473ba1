/* mt-screenshot.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-screenshot"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-screenshot.h"

/* Pages load their figures after a short debounce (about 100 ms); wait well past it, and for
 * a few frames, so the picture shows the finished layout rather than the first pass. */
#define SETTLE_USEC  (700 * G_USEC_PER_SEC / 1000)
#define MIN_FRAMES   4
#define GIVE_UP_USEC (20 * G_USEC_PER_SEC)

typedef struct
{
  GtkWindow *window;
  char      *filename;
  int        width;
  int        height;
  gint64     started;
  guint      frames;
  guint      tick_id;
  gboolean   resized;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  if (job->tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (job->window), job->tick_id);
  g_clear_object (&job->window);
  g_free (job->filename);
  g_free (job);
}

GdkTexture *
mt_screenshot_widget (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  GtkSnapshot *snapshot;
  GskRenderer *renderer;
  GtkNative *native;
  int width, height;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  native = gtk_widget_get_native (widget);
  if (native == NULL || !gtk_widget_get_realized (widget))
    return NULL;

  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  if (width <= 0 || height <= 0)
    return NULL;

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    return NULL;

  renderer = gtk_native_get_renderer (native);
  return gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  GTask *task = G_TASK (user_data);
  Job *job = g_task_get_task_data (task);
  g_autoptr(GdkTexture) texture = NULL;
  gint64 elapsed = g_get_monotonic_time () - job->started;

  if (gtk_widget_get_mapped (widget))
    job->frames++;

  if (elapsed > GIVE_UP_USEC)
    {
      job->tick_id = 0;
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                               _("The window could not be shown and drawn in time; is there a "
                                 "display?"));
      g_object_unref (task);
      return G_SOURCE_REMOVE;
    }

  if (job->frames < MIN_FRAMES || elapsed < SETTLE_USEC)
    return G_SOURCE_CONTINUE;

  /* The surface carries a margin for resize handles and shadows around the window proper:
   * grow the request by it once, so the window itself has the asked size. */
  if (!job->resized && (gtk_widget_get_width (widget) != job->width ||
                        gtk_widget_get_height (widget) != job->height))
    {
      job->resized = TRUE;
      job->frames = 0;
      gtk_widget_set_size_request (widget,
                                   2 * job->width - gtk_widget_get_width (widget),
                                   2 * job->height - gtk_widget_get_height (widget));
      gtk_window_set_default_size (GTK_WINDOW (widget),
                                   2 * job->width - gtk_widget_get_width (widget),
                                   2 * job->height - gtk_widget_get_height (widget));
      return G_SOURCE_CONTINUE;
    }

  /* Between a resize and the next frame there may be nothing to draw yet: try again on a
   * later frame rather than fail (the give-up time above still bounds the wait). */
  texture = mt_screenshot_widget (widget);
  if (texture == NULL)
    return G_SOURCE_CONTINUE;

  job->tick_id = 0;
  /* A window whose content needs more room than asked is drawn larger: say so rather than
   * hand back a picture of another size. */
  if (gdk_texture_get_width (texture) != job->width ||
      gdk_texture_get_height (texture) != job->height)
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED,
                             /* Translators: --screenshot --size; the sizes are in pixels */
                             _("The window cannot be drawn at %d×%d: it took %d×%d"),
                             job->width, job->height,
                             gdk_texture_get_width (texture), gdk_texture_get_height (texture));
  else if (!gdk_texture_save_to_png (texture, job->filename))
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED,
                             _("Could not write the screenshot to “%s”"), job->filename);
  else
    g_task_return_boolean (task, TRUE);

  g_object_unref (task);
  return G_SOURCE_REMOVE;
}

void
mt_screenshot_window_async (GtkWindow           *window,
                            const char          *filename,
                            int                  width,
                            int                  height,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  GTask *task;
  Job *job;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (filename != NULL);

  task = g_task_new (window, cancellable, callback, user_data);
  g_task_set_source_tag (task, mt_screenshot_window_async);

  job = g_new0 (Job, 1);
  job->window = g_object_ref (window);
  job->filename = g_strdup (filename);
  job->width = width;
  job->height = height;
  job->started = g_get_monotonic_time ();
  g_task_set_task_data (task, job, job_free);

  gtk_window_unmaximize (window);
  gtk_window_set_default_size (window, width, height);
  gtk_widget_set_size_request (GTK_WIDGET (window), width, height);
  gtk_window_set_resizable (window, FALSE);
  gtk_window_present (window);

  /* The tick callback holds the task's reference until it returns a result. */
  job->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (window), tick_cb, task, NULL);
}

gboolean
mt_screenshot_finish (GAsyncResult  *result,
                      GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
