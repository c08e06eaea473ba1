/* mt-fold.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "mt-fold.h"

char *
mt_fold_text (const char *text)
{
  g_autofree char *nfd = NULL;
  g_autoptr(GString) bare = NULL;

  if (text == NULL)
    return NULL;

  /* Unlike g_str_to_ascii(), which depends on the locale and drops what it cannot spell. */
  nfd = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  if (nfd == NULL)
    return g_strdup (text);

  bare = g_string_sized_new (strlen (nfd));
  for (const char *p = nfd; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (g_unichar_type (c))
        {
        case G_UNICODE_NON_SPACING_MARK:
        case G_UNICODE_SPACING_MARK:
        case G_UNICODE_ENCLOSING_MARK:
          break;
        default:
          g_string_append_unichar (bare, c);
        }
    }

  return g_utf8_casefold (bare->str, bare->len);
}
