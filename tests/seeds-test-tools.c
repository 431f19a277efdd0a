/* seeds-test-tools.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "model/seeds-framework.h"
#include "seeds-test-tools.h"

/**
 * seeds_test_init_gettext:
 *
 * Uses the translations built in the build tree, as the app starts: call
 * it first in main().
 */
void
seeds_test_init_gettext (void)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, SEEDS_BUILD_ROOT "/po");
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/**
 * seeds_test_find_tool:
 * @name: a program, as "pdftotext"
 *
 * Returns: (transfer full): where @name is; a missing tool is an error
 */
char *
seeds_test_find_tool (const char *name)
{
  char *path = g_find_program_in_path (name);

  if (path == NULL)
    g_error ("%s is not installed: install poppler-utils and zbar-tools "
             "(see build-aux/dependencies.txt)", name);

  return path;
}

/**
 * seeds_test_run:
 * @argv: a program and its arguments
 *
 * Runs a program that must succeed; what it says on stderr is shown when
 * it does not.
 *
 * Returns: (transfer full): what it wrote to stdout
 */
char *
seeds_test_run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **)argv, NULL, SEEDS_TEST_SPAWN_FLAGS, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  if (error != NULL)
    g_printerr ("%s: %s\n", argv[0], err);
  g_assert_no_error (error);

  return out;
}

/**
 * seeds_test_squeeze:
 * @text: text as pdftotext gives it
 *
 * pdftotext may break lines anywhere and hyphenate words: compare texts
 * with every space and hyphen taken out.
 *
 * Returns: (transfer full): @text without white space and hyphens
 */
char *
seeds_test_squeeze (const char *text)
{
  GString *squeezed = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == '-' || c == 0x2010 || c == 0x00AD)
        continue;
      g_string_append_unichar (squeezed, c);
    }

  return g_string_free (squeezed, FALSE);
}

/**
 * seeds_test_assert_has:
 * @squeezed_text: a document's text, from seeds_test_squeeze()
 * @expected: text that must be in it, as it was printed
 * @document: how to name the document when it is not
 */
void
seeds_test_assert_has (const char *squeezed_text,
                       const char *expected,
                       const char *document)
{
  g_autofree char *squeezed = seeds_test_squeeze (expected);

  if (strstr (squeezed_text, squeezed) == NULL)
    g_error ("%s does not have “%s”", document, expected);
}

/**
 * seeds_test_pdf_text:
 * @pdf: a PDF file
 *
 * Returns: (transfer full): its text, from pdftotext, squeezed with
 *   seeds_test_squeeze()
 */
char *
seeds_test_pdf_text (const char *pdf)
{
  g_autofree char *pdftotext = seeds_test_find_tool ("pdftotext");
  const char *argv[] = { pdftotext, "-raw", "-enc", "UTF-8", pdf, "-", NULL };
  g_autofree char *text = seeds_test_run (argv);

  return seeds_test_squeeze (text);
}

/**
 * seeds_test_pdf_info:
 * @pdf: a PDF file
 * @n_pages: (out): how many pages it has
 * @width: (out): the width of its first page, in points
 * @height: (out): the height
 *
 * What pdfinfo says of @pdf, which must be a PDF.
 */
void
seeds_test_pdf_info (const char *pdf,
                     guint      *n_pages,
                     double     *width,
                     double     *height)
{
  g_autofree char *pdfinfo = seeds_test_find_tool ("pdfinfo");
  const char *argv[] = { pdfinfo, pdf, NULL };
  g_autofree char *info = seeds_test_run (argv);
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);

  *n_pages = 0;
  *width = *height = 0;
  for (guint i = 0; lines[i] != NULL; i++)
    {
      sscanf (lines[i], "Pages: %u", n_pages);
      sscanf (lines[i], "Page size: %lf x %lf pts", width, height);
    }

  g_test_message ("%s: %u pages of %.2f × %.2f points", pdf, *n_pages, *width, *height);
}

/**
 * seeds_test_assert_page:
 * @pdf: a PDF file
 * @width: the width its page must have, in points
 * @height: the height
 *
 * Fails unless pdfinfo says that @pdf has one page, of this size.
 */
void
seeds_test_assert_page (const char *pdf,
                        double      width,
                        double      height)
{
  double page_width, page_height;
  guint n_pages;

  seeds_test_pdf_info (pdf, &n_pages, &page_width, &page_height);
  g_assert_cmpuint (n_pages, ==, 1);
  g_assert_cmpfloat_with_epsilon (page_width, width, 0.5);
  g_assert_cmpfloat_with_epsilon (page_height, height, 0.5);
}

/**
 * seeds_test_assert_titles:
 * @pdf: a printed poster or report
 * @language: its language
 *
 * Fails unless the text of @pdf has the titles of all twelve factors of
 * the shipped framework in @language.
 */
void
seeds_test_assert_titles (const char *pdf,
                          const char *language)
{
  g_autoptr(SeedsFramework) framework = seeds_framework_new_default (language);
  g_autofree char *text = seeds_test_pdf_text (pdf);

  g_assert_cmpuint (seeds_framework_get_n_factors (framework), ==, 12);
  for (guint i = 0; i < seeds_framework_get_n_factors (framework); i++)
    seeds_test_assert_has (text, seeds_factor_get_title (seeds_framework_get_factor (framework, i)), pdf);
}

/**
 * seeds_test_remove_tree:
 * @path: a folder
 *
 * Removes @path and everything in it.
 */
void
seeds_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        seeds_test_remove_tree (child);
      else
        g_assert_cmpint (g_remove (child), ==, 0);
    }

  g_assert_cmpint (g_rmdir (path), ==, 0);
}
