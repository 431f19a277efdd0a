/* test-language.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "stats/seeds-factor-stats.h"
#include "model/seeds-language.h"
#include "model/seeds-text.h"

/* A string the app's Dutch catalogue translates. */
#define OVERVIEW    "Overview"
#define OVERVIEW_NL "Overzicht"

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

static void
test_invalid_refused (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsLanguageScope) scope = NULL;

  scope = seeds_language_push ("nl:de", &error);
  g_assert_error (error, SEEDS_LANGUAGE_ERROR, SEEDS_LANGUAGE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "nl:de"));
  g_assert_null (scope);

  /* Nothing changed. */
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "en");
  g_assert_cmpstr (_(OVERVIEW), ==, OVERVIEW);
}

static void
push (const char *language,
      SeedsLanguageScope **scope)
{
  g_autoptr(GError) error = NULL;

  *scope = seeds_language_push (language, &error);
  g_assert_no_error (error);
  g_assert_nonnull (*scope);
}

/* Dutch for a moment, nested English inside it, and back each time. */
static void
test_push_pop (void)
{
  SeedsLanguageScope *dutch = NULL;
  SeedsLanguageScope *english = NULL;
  SeedsFactorStats stats;
  g_autofree char *date = NULL;
  g_autofree char *mean = NULL;

  g_assert_cmpstr (_(OVERVIEW), ==, OVERVIEW);

  push ("nl", &dutch);
  g_assert_cmpstr (_(OVERVIEW), ==, OVERVIEW_NL);
  /* what the core translates: dates, numbers and labels */
  date = seeds_date_format ("2026-11-28");
  g_assert_cmpstr (date, ==, "28 november 2026");
  seeds_factor_stats_init (&stats);
  seeds_factor_stats_add (&stats, 3);
  seeds_factor_stats_add (&stats, 4);
  seeds_factor_stats_finish (&stats);
  mean = seeds_factor_stats_format_mean (&stats);
  g_assert_cmpstr (mean, ==, "3,5");
  g_assert_cmpstr (seeds_band_get_label (SEEDS_BAND_STRENGTH), ==, "Sterk punt");

  push ("en", &english);
  g_assert_cmpstr (_(OVERVIEW), ==, OVERVIEW);
  seeds_language_pop (english);
  g_assert_cmpstr (_(OVERVIEW), ==, OVERVIEW_NL);

  seeds_language_pop (dutch);
  g_assert_cmpstr (_(OVERVIEW), ==, OVERVIEW);
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "en");
}

/* As g_autoptr, and a country falls back to its language. */
static void
test_scope (void)
{
  {
    g_autoptr(SeedsLanguageScope) scope = NULL;

    push ("nl_BE", &scope);
    g_assert_cmpstr (_(OVERVIEW), ==, OVERVIEW_NL);
  }

  g_assert_cmpstr (_(OVERVIEW), ==, OVERVIEW);
}

/* NULL keeps the session's language. */
static void
test_null_keeps (void)
{
  g_autoptr(SeedsLanguageScope) scope = NULL;

  push (NULL, &scope);
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "en");
  g_assert_cmpstr (_(OVERVIEW), ==, OVERVIEW);
}

/* An unset LANGUAGE is unset again afterwards. */
static void
test_unset_restored (void)
{
  SeedsLanguageScope *scope = NULL;

  g_unsetenv ("LANGUAGE");
  push ("nl", &scope);
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "nl");
  g_assert_cmpstr (_(OVERVIEW), ==, OVERVIEW_NL);
  seeds_language_pop (scope);
  g_assert_null (g_getenv ("LANGUAGE"));
  g_assert_cmpstr (_(OVERVIEW), ==, OVERVIEW);

  g_setenv ("LANGUAGE", "en", TRUE);
}

/* gettext ignores LANGUAGE in the "C" locale: the push switches
 * LC_MESSAGES to C.UTF-8 for the moment. */
static void
test_c_locale (void)
{
  g_autofree char *before = g_strdup (setlocale (LC_MESSAGES, NULL));
  SeedsLanguageScope *scope = NULL;

  g_assert_nonnull (setlocale (LC_MESSAGES, "C"));

  push ("nl", &scope);
  g_assert_cmpstr (_(OVERVIEW), ==, OVERVIEW_NL);
  seeds_language_pop (scope);
  g_assert_cmpstr (setlocale (LC_MESSAGES, NULL), ==, "C");
  g_assert_cmpstr (_(OVERVIEW), ==, OVERVIEW);

  /* English needs no locale and leaves it alone. */
  push ("en", &scope);
  g_assert_cmpstr (setlocale (LC_MESSAGES, NULL), ==, "C");
  seeds_language_pop (scope);

  setlocale (LC_MESSAGES, before);
}

/* Without seeds_language_init(), GLib decides at its first lookup in an
 * untranslated C.UTF-8 session never to translate, and the push says so. */
static void
test_without_init (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(SeedsLanguageScope) scope = NULL;

      g_assert_cmpstr (_(OVERVIEW), ==, OVERVIEW);
      scope = seeds_language_push ("nl", NULL);
      g_assert_cmpstr (_(OVERVIEW), ==, OVERVIEW);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*call seeds_language_init() at start-up*");
}

static gboolean
is_subprocess_of (int         argc,
                  char       *argv[],
                  const char *path)
{
  gboolean subprocess = FALSE;
  gboolean test = FALSE;

  for (int i = 0; i < argc; i++)
    {
      subprocess |= g_str_equal (argv[i], "--GTestSubprocess");
      test |= g_str_equal (argv[i], path);
    }

  return subprocess && test;
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, SEEDS_BUILD_ROOT "/po");
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  /* As the app starts, with its own text domain; the subprocess shows what
   * happens without seeds_language_init(). */
  if (!is_subprocess_of (argc, argv, "/language/without-init"))
    seeds_language_init ();
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/language/valid", test_valid);
  g_test_add_func ("/language/invalid-refused", test_invalid_refused);
  g_test_add_func ("/language/push-pop", test_push_pop);
  g_test_add_func ("/language/scope", test_scope);
  g_test_add_func ("/language/null-keeps", test_null_keeps);
  g_test_add_func ("/language/unset-restored", test_unset_restored);
  g_test_add_func ("/language/c-locale", test_c_locale);
  g_test_add_func ("/language/without-init", test_without_init);

  return g_test_run ();
}
