/* mt-fold.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Folding is done character by character (a decomposition, the marks dropped, a case
 * fold), so the fold of a text is the folds of its characters one after the other; marks
 * only reorder among themselves, and they are dropped. That lets most names, in Latin
 * letters, take a fast path: ASCII folds to its lower case, and the other letters up to
 * U+024F (Latin-1 and Latin Extended-A and -B: "Keïta", "Ouédraogo", "Müller") are looked
 * up in a table made once by the full fold itself. Anything else (other scripts, a
 * combining mark, invalid UTF-8) takes the full fold for the whole text.
 */

#include "config.h"

#include <string.h>

#include "mt-fold.h"

/* The characters of the table: U+0080 up to (not including) this one. */
#define TABLE_END 0x250
/* A fold in the table, NUL-terminated (the longest, "ŉ" to "ʼn", takes 3 bytes). */
#define TABLE_WIDTH 8

static char table[TABLE_END - 0x80][TABLE_WIDTH];

/* The full fold of @text (@len bytes) appended to @out. */
static void
fold_full (GString    *out,
           const char *text,
           gssize      len)
{
  g_autofree char *nfd = NULL;
  g_autofree char *folded = NULL;
  g_autoptr(GString) bare = NULL;

  /* Unlike g_str_to_ascii(), which depends on the locale and drops what it cannot spell. */
  nfd = g_utf8_normalize (text, len, G_NORMALIZE_NFD);
  if (nfd == NULL)
    {
      g_string_append_len (out, text, len);
      return;
    }

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

  folded = g_utf8_casefold (bare->str, bare->len);
  g_string_append (out, folded);
}

static void
fill_table (void)
{
  for (gunichar c = 0x80; c < TABLE_END; c++)
    {
      char utf8[8] = { 0 };
      g_autoptr(GString) folded = g_string_new (NULL);

      g_unichar_to_utf8 (c, utf8);
      fold_full (folded, utf8, -1);
      g_assert (folded->len < TABLE_WIDTH);
      memcpy (table[c - 0x80], folded->str, folded->len + 1);
    }
}

/* Public API */

void
mt_fold_append (GString    *out,
                const char *text)
{
  static gsize table_made = 0;
  gsize start;

  g_return_if_fail (out != NULL);

  if (text == NULL)
    return;

  if (g_once_init_enter (&table_made))
    {
      fill_table ();
      g_once_init_leave (&table_made, 1);
    }

  start = out->len;
  for (const guchar *p = (const guchar *) text; *p != '\0';)
    {
      const guchar *run = p;
      gunichar c;

      /* A run of ASCII, copied at once, then put in lower case where it is. */
      while (*p != '\0' && *p < 0x80)
        p++;
      if (p > run)
        {
          gsize at = out->len;

          g_string_append_len (out, (const char *) run, p - run);
          for (char *q = out->str + at; *q != '\0'; q++)
            if (*q >= 'A' && *q <= 'Z')
              *q += 'a' - 'A';
          if (*p == '\0')
            break;
        }

      c = g_utf8_get_char_validated ((const char *) p, -1);
      if (c >= TABLE_END)   /* including (gunichar) -1 and -2: not valid UTF-8 */
        {
          g_string_truncate (out, start);
          fold_full (out, text, -1);
          return;
        }
      g_string_append (out, table[c - 0x80]);
      p = (const guchar *) g_utf8_next_char (p);
    }
}

char *
mt_fold_text (const char *text)
{
  GString *folded;

  if (text == NULL)
    return NULL;

  folded = g_string_sized_new (strlen (text));
  mt_fold_append (folded, text);

  return g_string_free (folded, FALSE);
}
