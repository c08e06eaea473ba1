/* mt-fold.h: the folded form of a text, for searching and sorting names.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Case and accents removed so "MÉNAKA", "Ménaka" and "menaka" give the same key:
 * decomposed, combining marks dropped, case folded. Locale-independent, for every
 * script; compare keys byte by byte. NULL for NULL. */
char *mt_fold_text   (const char *text);

/* mt_fold_text() of @text appended to @out (nothing for NULL): for keys made of several
 * texts, a million rows at a time, without a string per text. */
void  mt_fold_append (GString    *out,
                      const char *text);

G_END_DECLS
