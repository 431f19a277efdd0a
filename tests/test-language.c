/* test-language.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "model/seeds-language.h"

static void
test_valid (void)
{
  const char *valid[] = { "en", "nl", "fy", "nds", "nl_BE", "en_GB", "pt_BR" };
  const char *invalid[] = { "", "e", "nederlands", "NL", "nl-BE", "nl_be", "nl_BEL",
                            "nl_BE.UTF-8", "nl:en", "../nl", "nl ", "C", "en_", "nl_B" };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    g_assert_true (seeds_language_is_valid (valid[i]));
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    g_assert_false (seeds_language_is_valid (invalid[i]));
  g_assert_false (seeds_language_is_valid (NULL));
}

/* What is not a language code is refused, and the error names it. */
static void
test_check (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (seeds_language_check ("nl_BE", &error));
  g_assert_no_error (error);

  g_assert_false (seeds_language_check ("nl:de", &error));
  g_assert_error (error, SEEDS_LANGUAGE_ERROR, SEEDS_LANGUAGE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“nl:de”"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/language/valid", test_valid);
  g_test_add_func ("/language/check", test_check);

  return g_test_run ();
}
