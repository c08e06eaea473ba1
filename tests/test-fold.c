/* test-fold.c: the folded form names are searched and sorted by.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "mt-fold.h"

static void
assert_fold (const char *text,
             const char *expected)
{
  g_autofree char *folded = mt_fold_text (text);

  g_assert_cmpstr (folded, ==, expected);
}

/* Case and marks go, in every script; what has no case or mark stays. */
static void
test_scripts (void)
{
  assert_fold ("Keïta", "keita");
  assert_fold ("KEÏTA", "keita");
  assert_fold ("Kéita", "keita");
  assert_fold ("Ouédraogo", "ouedraogo");
  assert_fold ("Müller", "muller");
  assert_fold ("Straße", "strasse");
  assert_fold ("Côte d'Ivoire", "cote d'ivoire");
  assert_fold ("ŁÓDŹ", "łodz");
  assert_fold ("Σωκράτης", "σωκρατησ");
  assert_fold ("ΣΩΚΡΑΤΗΣ", "σωκρατησ");
  assert_fold ("Ёлкин Пётр", "елкин петр");
  assert_fold ("Ke\xcc\x81ita", "keita");          /* e + combining acute */
  assert_fold ("Tombouctou 50% Coy_1", "tombouctou 50% coy_1");
  assert_fold ("محمد", "محمد");
  assert_fold ("", "");
  assert_fold (NULL, NULL);
  /* Not UTF-8: kept as it is. */
  assert_fold ("Ke\xefta", "Ke\xefta");
}

/* A character folds alike alone (the table of Latin letters) and beside one of another
 * script (the full fold of the whole text): the fast path changes no key. */
static void
test_table_matches_full_fold (void)
{
  g_autofree char *cyrillic = mt_fold_text ("Ж");

  for (gunichar c = 0x41; c < 0x300; c++)
    {
      char utf8[8] = { 0 };
      g_autofree char *alone = NULL;
      g_autofree char *beside = NULL;
      g_autofree char *text = NULL;

      if (!g_unichar_validate (c) || g_unichar_type (c) == G_UNICODE_CONTROL)
        continue;
      g_unichar_to_utf8 (c, utf8);
      alone = mt_fold_text (utf8);
      text = g_strconcat (utf8, "Ж", NULL);
      beside = mt_fold_text (text);
      g_assert_true (g_str_has_suffix (beside, cyrillic));
      beside[strlen (beside) - strlen (cyrillic)] = '\0';
      if (g_strcmp0 (alone, beside) != 0)
        g_error ("U+%04X folds to “%s” alone, “%s” in a text", c, alone, beside);
    }
}

static void
test_append (void)
{
  g_autoptr(GString) key = g_string_new ("x|");

  mt_fold_append (key, "Ménaka");
  mt_fold_append (key, NULL);
  mt_fold_append (key, "|GAO");
  g_assert_cmpstr (key->str, ==, "x|menaka|gao");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mt/fold/scripts", test_scripts);
  g_test_add_func ("/mt/fold/table-matches-full-fold", test_table_matches_full_fold);
  g_test_add_func ("/mt/fold/append", test_append);

  return g_test_run ();
}
