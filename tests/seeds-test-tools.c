/* seeds-test-tools.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "seeds-language.h"
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
  seeds_language_init ();
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

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
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
