/* mt-model-private.h: the setter rule shared by the entities.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one write rule of the entities in src/core: compare the new value with the
 * field, store it only when it differs, and notify only then. Their properties are
 * G_PARAM_EXPLICIT_NOTIFY, so a list row bound to a camp or a person redraws when the
 * store reloads it with something new, not on every reload.
 *
 * Each setter returns whether the field changed, so a caller can notify a property
 * that is derived from it (a status and its label). Not installed: model-private.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Stores a copy of @value (NULL allowed); *@field is freed when replaced. */
gboolean _mt_model_set_string  (GObject     *object,
                                char       **field,
                                const char  *value,
                                GParamSpec  *pspec);
gboolean _mt_model_set_int     (GObject     *object,
                                int         *field,
                                int          value,
                                GParamSpec  *pspec);
gboolean _mt_model_set_uint    (GObject     *object,
                                guint       *field,
                                guint        value,
                                GParamSpec  *pspec);
gboolean _mt_model_set_int64   (GObject     *object,
                                gint64      *field,
                                gint64       value,
                                GParamSpec  *pspec);
/* NaN (an unknown value) counts as equal to NaN. */
gboolean _mt_model_set_double  (GObject     *object,
                                double      *field,
                                double       value,
                                GParamSpec  *pspec);
/* Any non-zero @value is stored as TRUE. */
gboolean _mt_model_set_boolean (GObject     *object,
                                gboolean    *field,
                                gboolean     value,
                                GParamSpec  *pspec);

G_END_DECLS
