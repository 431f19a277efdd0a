/* test-framework-id.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "model/seeds-framework-draft.h"
#include "model/seeds-framework-id.h"
#include "model/seeds-framework.h"

/* The id made from the name a facilitator gives an adapted framework:
 * one the framework reader takes, and none the database has already. */

static void
assert_id (const char         *name,
           const char * const *taken,
           const char         *expected)
{
  g_autofree char *id = seeds_framework_id_from_name (name, taken);

  g_assert_cmpstr (id, ==, expected);
}

static void
test_words (void)
{
  assert_id ("Our Greenhouse", NULL, "our-greenhouse");
  assert_id ("  Studenten & docenten: 2026!  ", NULL, "studenten-docenten-2026");
  assert_id ("Coöperatie Café Zeeland", NULL, "cooperatie-cafe-zeeland");
  assert_id ("Ærø — ÉÉN", NULL, "aeroe-een");
}

static void
test_nothing_left (void)
{
  assert_id ("", NULL, "framework");
  assert_id ("!!! ???", NULL, "framework");
  assert_id ("学习社区", NULL, "framework");
}

static void
test_long_name (void)
{
  g_autofree char *name = g_strnfill (100, 'a');
  g_autofree char *id = seeds_framework_id_from_name (name, NULL);
  g_autofree char *words = seeds_framework_id_from_name ("Learning together in the greenhouse of tomorrow",
                                                          NULL);

  g_assert_cmpuint (strlen (id), ==, SEEDS_FRAMEWORK_ID_MAX);
  /* Cut at a hyphen, it does not end with one */
  g_assert_cmpstr (words, ==, "learning-together-in-the-greenho");
  g_assert_false (g_str_has_suffix (words, "-"));
}

static void
test_clash (void)
{
  const char *taken[] = { "greenport-2020", "greenport-2020-2", NULL };
  const char *long_taken[] = { "learning-together-in-the-greenho", NULL };
  g_autofree char *id = NULL;

  assert_id ("Greenport 2020", taken, "greenport-2020-3");
  assert_id ("Greenport 2020", (const char *[]) { "greenport-2020", NULL }, "greenport-2020-2");
  assert_id ("", (const char *[]) { "framework", NULL }, "framework-2");

  id = seeds_framework_id_from_name ("Learning together in the greenhouse of tomorrow", long_taken);
  g_assert_cmpstr (id, ==, "learning-together-in-the-green-2");
  g_assert_cmpuint (strlen (id), <=, SEEDS_FRAMEWORK_ID_MAX);
}

/* The id makes a framework file that the reader takes */
static void
test_readable (void)
{
  g_autoptr(GBytes) source = seeds_framework_get_builtin_bytes (SEEDS_FRAMEWORK_DEFAULT_ID);
  g_autofree char *name = g_strnfill (100, 'z');
  g_autofree char *id = seeds_framework_id_from_name (name, NULL);
  g_autoptr(SeedsFrameworkDraft) draft = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(SeedsFramework) framework = NULL;
  g_autoptr(GError) error = NULL;

  draft = seeds_framework_draft_new_adapted (source, "greenport-2020", id, name, &error);
  g_assert_no_error (error);
  bytes = seeds_framework_draft_to_bytes (draft, &error);
  g_assert_no_error (error);
  framework = seeds_framework_new_from_bytes (bytes, "adapted", "en", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_framework_get_id (framework), ==, id);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/framework-id/words", test_words);
  g_test_add_func ("/framework-id/nothing-left", test_nothing_left);
  g_test_add_func ("/framework-id/long-name", test_long_name);
  g_test_add_func ("/framework-id/clash", test_clash);
  g_test_add_func ("/framework-id/readable", test_readable);

  return g_test_run ();
}
