/* mt-types.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-types"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mt-types.h"

static const char *camp_status_keys[] = {
  "operational", "drawing-down", "closed", "handed-over",
};

static const char *env_status_keys[] = {
  "not-started", "in-progress", "done",
};

const char *
mt_camp_status_to_key (MtCampStatus status)
{
  g_return_val_if_fail (status < G_N_ELEMENTS (camp_status_keys), NULL);
  return camp_status_keys[status];
}

gboolean
mt_camp_status_from_key (const char   *key,
                         MtCampStatus *status)
{
  for (guint i = 0; key != NULL && i < G_N_ELEMENTS (camp_status_keys); i++)
    {
      if (g_strcmp0 (key, camp_status_keys[i]) == 0)
        {
          *status = i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
mt_camp_status_get_label (MtCampStatus status)
{
  switch (status)
    {
    case MT_CAMP_STATUS_OPERATIONAL:  return _("Operational");
    case MT_CAMP_STATUS_DRAWING_DOWN: return _("Drawing down");
    case MT_CAMP_STATUS_CLOSED:       return _("Closed");
    case MT_CAMP_STATUS_HANDED_OVER:  return _("Handed over");
    default:                          g_return_val_if_reached (NULL);
    }
}

const char *
mt_env_status_to_key (MtEnvStatus status)
{
  g_return_val_if_fail (status < G_N_ELEMENTS (env_status_keys), NULL);
  return env_status_keys[status];
}

gboolean
mt_env_status_from_key (const char  *key,
                        MtEnvStatus *status)
{
  for (guint i = 0; key != NULL && i < G_N_ELEMENTS (env_status_keys); i++)
    {
      if (g_strcmp0 (key, env_status_keys[i]) == 0)
        {
          *status = i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
mt_env_status_get_label (MtEnvStatus status)
{
  switch (status)
    {
    case MT_ENV_STATUS_NOT_STARTED: return _("Not started");
    case MT_ENV_STATUS_IN_PROGRESS: return _("In progress");
    case MT_ENV_STATUS_DONE:        return _("Done");
    default:                        g_return_val_if_reached (NULL);
    }
}

const char *
mt_localize (const char *en,
             const char *fr)
{
  const char * const *languages = g_get_language_names ();

  if (fr != NULL && fr[0] != '\0' && languages[0] != NULL && g_str_has_prefix (languages[0], "fr"))
    return fr;

  return en;
}
