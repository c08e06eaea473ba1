/* mt-test-pdf.h: reading back the PDF files the report tests write (poppler-utils).
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Header-only so each test program that needs it includes it, and the others don't.
 */

#pragma once

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "mt-test-util.h"

/* Skips the test (returns FALSE) when poppler-utils is not installed. */
static inline gboolean
mt_test_pdf_tools_available (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  if (pdftotext == NULL || pdfinfo == NULL)
    {
      g_test_skip ("pdftotext and pdfinfo (poppler-utils) are not installed");
      return FALSE;
    }

  return TRUE;
}

/* Not inlined: GCC 12 takes the spawned output for a dangling local once it is. */
G_GNUC_NO_INLINE static char *
mt_test_pdf_run (const char *tool,
                 const char *option,
                 const char *path)
{
  const char *argv[] = { tool, option, path, option != NULL ? "-" : NULL, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  if (option == NULL)
    argv[1] = path, argv[2] = NULL;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return out;
}

/* The text of every page, pages separated by form feeds; @layout keeps the columns. */
static inline char *
mt_test_pdf_text (const char *path,
                  gboolean    layout)
{
  return mt_test_pdf_run ("pdftotext", layout ? "-layout" : "-raw", path);
}

/* @text with every line break turned into a space, for phrases a table cell may wrap. */
static inline char *
mt_test_pdf_flatten (const char *text)
{
  char *flat = g_strdup (text);

  g_strdelimit (flat, "\n", ' ');
  return flat;
}

/* pdfinfo's "Pages:" line. */
static inline guint
mt_test_pdf_n_pages (const char *path)
{
  char *info = mt_test_pdf_run ("pdfinfo", NULL, path);
  const char *line = strstr (info, "Pages:");
  guint n_pages;

  g_assert_nonnull (line);
  n_pages = (guint) g_ascii_strtoull (line + strlen ("Pages:"), NULL, 10);
  g_free (info);

  return n_pages;
}

/* Asserts that every page of @text (mt_test_pdf_text()) holds @needle, and that there are
 * as many as the file at @path has; returns that count. */
static inline guint
mt_test_pdf_assert_every_page (const char *path,
                               const char *text,
                               const char *needle)
{
  char **pages = g_strsplit (text, "\f", -1);
  guint n_pages = 0;

  for (guint i = 0; pages[i] != NULL; i++)
    {
      if (*g_strstrip (pages[i]) == '\0')
        continue;  /* after the last form feed */
      if (strstr (pages[i], needle) == NULL)
        g_error ("“%s” not on page %u:\n%s", needle, i + 1, pages[i]);
      n_pages++;
    }
  g_strfreev (pages);
  g_assert_cmpuint (n_pages, ==, mt_test_pdf_n_pages (path));

  return n_pages;
}

/* pdfinfo's "Page size:" value, e.g. "612 x 792 pts (letter)". */
static inline char *
mt_test_pdf_page_size (const char *path)
{
  char *info = mt_test_pdf_run ("pdfinfo", NULL, path);
  const char *line = strstr (info, "Page size:");
  const char *end;
  char *size;

  g_assert_nonnull (line);
  line += strlen ("Page size:");
  while (*line == ' ')
    line++;
  end = strchr (line, '\n');
  size = g_strndup (line, end != NULL ? (gsize) (end - line) : strlen (line));
  g_free (info);

  return size;
}

/* A fresh file name for a PDF, in the test's temporary directory (mt_test_run_in_tmp_dir()
 * removes it with everything in it). */
static inline char *
mt_test_pdf_path (const char *name)
{
  static guint n;
  g_autofree char *unique = g_strdup_printf ("%u-%s", ++n, name);

  return mt_test_tmp_path (unique);
}