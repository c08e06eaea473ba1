/* mt-model-private.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-model"

#include "config.h"

#include <math.h>

#include "mt-model-private.h"

/* Callers are the models' own set_property and copy functions, never outside code, so
 * a wrong argument is a bug in src/model: g_assert rather than g_return_val_if_fail. */

gboolean
_mt_model_set_string (GObject     *object,
                      char       **field,
                      const char  *value,
                      GParamSpec  *pspec)
{
  char *old;

  g_assert (G_IS_OBJECT (object));
  g_assert (field != NULL);
  g_assert (G_IS_PARAM_SPEC (pspec));

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  /* Copy before freeing: @value may be (part of) the old string. */
  old = *field;
  *field = g_strdup (value);
  g_free (old);
  g_object_notify_by_pspec (object, pspec);

  return TRUE;
}

/* The numbers differ only in their C type and in what counts as equal, so one body
 * serves them all and each field keeps its own type (no casts at the callers). */
#define MT_MODEL_DEFINE_SET_NUMBER(suffix, ctype, same)                       \
gboolean                                                                      \
_mt_model_set_##suffix (GObject    *object,                                   \
                        ctype      *field,                                    \
                        ctype       value,                                    \
                        GParamSpec *pspec)                                    \
{                                                                             \
  g_assert (G_IS_OBJECT (object));                                            \
  g_assert (field != NULL);                                                   \
  g_assert (G_IS_PARAM_SPEC (pspec));                                         \
                                                                              \
  if (same)                                                                   \
    return FALSE;                                                             \
                                                                              \
  *field = value;                                                             \
  g_object_notify_by_pspec (object, pspec);                                   \
                                                                              \
  return TRUE;                                                                \
}

MT_MODEL_DEFINE_SET_NUMBER (int, int, *field == value)
MT_MODEL_DEFINE_SET_NUMBER (uint, guint, *field == value)
MT_MODEL_DEFINE_SET_NUMBER (int64, gint64, *field == value)
/* NaN stands for "not known" (an asset's value); it never equals itself, which would
 * notify on every reload of an unvalued asset. */
MT_MODEL_DEFINE_SET_NUMBER (double, double,
                            *field == value || (isnan (*field) && isnan (value)))

gboolean
_mt_model_set_boolean (GObject    *object,
                       gboolean   *field,
                       gboolean    value,
                       GParamSpec *pspec)
{
  /* A GValue may carry any non-zero int as TRUE: 1 and 2 must not count as a change. */
  return _mt_model_set_int (object, field, value != FALSE, pspec);
}
