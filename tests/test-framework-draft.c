/* test-framework-draft.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "model/seeds-framework.h"
#include "model/seeds-framework-draft.h"

/* A framework adapted from the research's: a draft of it, changed as a
 * facilitator would in the editor, written and read back by the reader
 * every other part of the app uses. */

#define ADAPTED_ID "our-greenhouse"

/* Quotes, markup, an ampersand, a right-to-left override and a
 * zero-width space: all text, none of it markup or a way to hide text. */
#define HOSTILE "Say \"<b>hi</b>\" & 'bye' ]]> \u202Egnp.exe\u202C zero\u200Bwidth"

static SeedsFrameworkDraft *
adapt_greenport (void)
{
  g_autoptr(GBytes) source = seeds_framework_get_builtin_bytes (SEEDS_FRAMEWORK_DEFAULT_ID);
  g_autoptr(GError) error = NULL;
  SeedsFrameworkDraft *draft;

  draft = seeds_framework_draft_new_adapted (source, "greenport-2020.framework.xml", ADAPTED_ID,
                                             "Our greenhouse's factors", &error);
  g_assert_no_error (error);
  g_assert_nonnull (draft);
  return draft;
}

static GBytes *
write_draft (SeedsFrameworkDraft *draft)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = seeds_framework_draft_to_bytes (draft, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

static SeedsFramework *
read_back (GBytes     *bytes,
           const char *language)
{
  g_autoptr(GError) error = NULL;
  SeedsFramework *framework = seeds_framework_new_from_bytes (bytes, "adapted", language, &error);

  g_assert_no_error (error);
  g_assert_nonnull (framework);
  return framework;
}

static void
count_changes (SeedsFrameworkDraft *draft,
               gpointer             user_data)
{
  (*(guint *)user_data)++;
}

/* The changes an editor makes to an adaptation, made through the draft */
static char *
make_changes (SeedsFrameworkDraft *draft)
{
  char *new_id;

  g_assert_true (seeds_framework_draft_set_text (draft, SEEDS_DRAFT_FIELD_FACTOR_TITLE, "4", 0,
                                                 SEEDS_DRAFT_ORIGINAL, "Sharing what we can share"));
  g_assert_true (seeds_framework_draft_set_text (draft, SEEDS_DRAFT_FIELD_FACTOR_TITLE, "4", 0,
                                                 SEEDS_DRAFT_DUTCH, "Delen wat we kunnen delen"));
  seeds_framework_draft_set_factor_hidden (draft, "7", TRUE);

  new_id = seeds_framework_draft_add_factor (draft, "outcomes", "Students learn from growers");
  seeds_framework_draft_set_text (draft, SEEDS_DRAFT_FIELD_FACTOR_DEFINITION, new_id, 0,
                                  SEEDS_DRAFT_ORIGINAL, "Our students learn in the greenhouse.");
  g_assert_cmpuint (seeds_framework_draft_add_item (draft, SEEDS_DRAFT_FIELD_FINDING, new_id,
                                                    "Growers explain more than books."), ==, 0);
  g_assert_cmpuint (seeds_framework_draft_add_item (draft, SEEDS_DRAFT_FIELD_TIP, new_id,
                                                    "Visit one greenhouse each term."), ==, 0);

  g_assert_true (seeds_framework_draft_set_text (draft, SEEDS_DRAFT_FIELD_GROUP_NAME, "person", 0,
                                                 SEEDS_DRAFT_ORIGINAL, "People"));
  g_assert_true (seeds_framework_draft_set_text (draft, SEEDS_DRAFT_FIELD_GROUP_NAME, "person", 0,
                                                 SEEDS_DRAFT_DUTCH, "Mensen"));
  return new_id;
}

static void
check_adapted (SeedsFramework *framework,
               const char     *new_id,
               gboolean        dutch)
{
  SeedsFactor *reworded = seeds_framework_lookup_factor (framework, "4");
  SeedsFactor *added = seeds_framework_lookup_factor (framework, new_id);
  g_autoptr(SeedsFactorGroup) people = g_list_model_get_item (seeds_framework_get_groups (framework), 0);
  g_autofree char *own_origin = g_strconcat (ADAPTED_ID ":", new_id, NULL);

  g_assert_cmpstr (seeds_framework_get_id (framework), ==, ADAPTED_ID);
  g_assert_cmpuint (seeds_framework_get_edition (framework), ==, 1);
  g_assert_cmpstr (seeds_framework_get_based_on (framework), ==, SEEDS_FRAMEWORK_DEFAULT_ID);
  g_assert_cmpstr (seeds_framework_get_name (framework), ==, "Our greenhouse's factors");

  g_assert_cmpstr (seeds_factor_get_title (reworded), ==,
                   dutch ? "Delen wat we kunnen delen" : "Sharing what we can share");
  g_assert_cmpstr (seeds_factor_get_origin (reworded), ==, "greenport-2020:4");
  g_assert_cmpstr (seeds_factor_group_get_name (people), ==, dutch ? "Mensen" : "People");

  g_assert_null (seeds_framework_lookup_factor (framework, "7"));
  g_assert_cmpuint (seeds_framework_get_n_factors (framework), ==, 12);

  g_assert_nonnull (added);
  g_assert_cmpstr (seeds_factor_get_origin (added), ==, own_origin);
  /* Untranslated, the Dutch reader shows the original */
  g_assert_cmpstr (seeds_factor_get_title (added), ==, "Students learn from growers");
  g_assert_cmpstr (seeds_factor_get_group_id (added), ==, "outcomes");
  g_assert_cmpstr (seeds_factor_get_findings (added)[0], ==, "Growers explain more than books.");
  g_assert_cmpstr (seeds_factor_get_tips (added)[0], ==, "Visit one greenhouse each term.");
}

static void
test_adapt (void)
{
  g_autoptr(SeedsFrameworkDraft) draft = adapt_greenport ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(SeedsFramework) english = NULL;
  g_autoptr(SeedsFramework) dutch = NULL;
  g_autofree char *new_id = NULL;
  const char *role_factors[] = { "1", "8", NULL };
  SeedsRole *role;
  guint changes = 0;

  g_signal_connect (draft, "changed", G_CALLBACK (count_changes), &changes);
  g_assert_cmpstr (seeds_framework_draft_get_factor_origin (draft, "4"), ==, "greenport-2020:4");

  new_id = make_changes (draft);
  g_assert_cmpstr (new_id, ==, "13");
  g_assert_cmpuint (changes, >=, 8);

  /* A role edited: its name in both languages and its factors */
  seeds_framework_draft_set_text (draft, SEEDS_DRAFT_FIELD_ROLE_NAME, "funder", 0, SEEDS_DRAFT_ORIGINAL,
                                  "Sponsor");
  seeds_framework_draft_set_text (draft, SEEDS_DRAFT_FIELD_ROLE_NAME, "funder", 0, SEEDS_DRAFT_DUTCH,
                                  "Sponsor (nl)");
  seeds_framework_draft_set_role_factors (draft, "funder", role_factors);

  bytes = write_draft (draft);
  english = read_back (bytes, "en");
  dutch = read_back (bytes, "nl");
  check_adapted (english, new_id, FALSE);
  check_adapted (dutch, new_id, TRUE);

  role = seeds_framework_lookup_role (dutch, "funder");
  g_assert_nonnull (role);
  g_assert_cmpstr (seeds_role_get_name (role), ==, "Sponsor (nl)");
  g_assert_cmpstrv (seeds_role_get_factor_ids (role), role_factors);
}

/* An adaptation of an adaptation still names the research's factor */
static void
test_adapt_again (void)
{
  g_autoptr(SeedsFrameworkDraft) draft = adapt_greenport ();
  g_autoptr(GBytes) bytes = write_draft (draft);
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsFrameworkDraft) again = NULL;
  g_autoptr(GBytes) again_bytes = NULL;
  g_autoptr(SeedsFramework) framework = NULL;

  again = seeds_framework_draft_new_adapted (bytes, "adapted", "second-go", "Second", &error);
  g_assert_no_error (error);
  again_bytes = write_draft (again);
  framework = read_back (again_bytes, "en");
  g_assert_cmpstr (seeds_framework_get_based_on (framework), ==, ADAPTED_ID);
  g_assert_cmpstr (seeds_factor_get_origin (seeds_framework_lookup_factor (framework, "3")), ==,
                   "greenport-2020:3");
}

static void
test_round_trip (void)
{
  g_autoptr(SeedsFrameworkDraft) draft = adapt_greenport ();
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(SeedsFrameworkDraft) reread = NULL;
  g_autoptr(GError) error = NULL;

  g_free (make_changes (draft));
  seeds_framework_draft_set_edition (draft, 3);
  first = write_draft (draft);
  reread = seeds_framework_draft_new_from_bytes (first, "first", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (seeds_framework_draft_get_edition (reread), ==, 3);
  g_assert_cmpstr (seeds_framework_draft_get_based_on (reread), ==, SEEDS_FRAMEWORK_DEFAULT_ID);
  second = write_draft (reread);

  g_assert_true (g_bytes_equal (first, second));
}

static void
test_hostile_text (void)
{
  g_autoptr(SeedsFrameworkDraft) draft = adapt_greenport ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(SeedsFramework) english = NULL;
  g_autoptr(SeedsFramework) dutch = NULL;
  SeedsFactor *factor;

  seeds_framework_draft_set_text (draft, SEEDS_DRAFT_FIELD_FACTOR_TITLE, "2", 0, SEEDS_DRAFT_ORIGINAL, HOSTILE);
  seeds_framework_draft_set_text (draft, SEEDS_DRAFT_FIELD_FACTOR_TITLE, "2", 0, SEEDS_DRAFT_DUTCH,
                                  "nl " HOSTILE);
  seeds_framework_draft_set_text (draft, SEEDS_DRAFT_FIELD_TIP, "2", 1, SEEDS_DRAFT_ORIGINAL,
                                  "A bell\a and\ttab </tip><tip>");
  seeds_framework_draft_set_text (draft, SEEDS_DRAFT_FIELD_NAME, NULL, 0, SEEDS_DRAFT_ORIGINAL, HOSTILE);

  bytes = write_draft (draft);
  g_assert_null (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "<b>"));
  english = read_back (bytes, "en");
  dutch = read_back (bytes, "nl");

  factor = seeds_framework_lookup_factor (english, "2");
  g_assert_cmpstr (seeds_factor_get_title (factor), ==, HOSTILE);
  g_assert_cmpstr (seeds_factor_get_tips (factor)[1], ==, "A bell and tab </tip><tip>");
  g_assert_cmpstr (seeds_framework_get_name (english), ==, HOSTILE);
  g_assert_cmpstr (seeds_factor_get_title (seeds_framework_lookup_factor (dutch, "2")), ==, "nl " HOSTILE);
}

/* Text that is not UTF-8 is a programming error: the editor's widgets
 * only ever give UTF-8. It changes nothing. */
static void
test_invalid_utf8 (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(SeedsFrameworkDraft) draft = adapt_greenport ();

      seeds_framework_draft_set_text (draft, SEEDS_DRAFT_FIELD_FACTOR_TITLE, "1", 0,
                                      SEEDS_DRAFT_ORIGINAL, "bad \xed\xa0\x80 surrogate");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*g_utf8_validate*");
}

static gboolean
lists_place (GPtrArray       *places,
             SeedsDraftField  field,
             const char      *owner,
             guint            index)
{
  for (guint i = 0; i < places->len; i++)
    {
      SeedsDraftPlace *place = g_ptr_array_index (places, i);

      if (place->field == field && g_strcmp0 (place->owner, owner) == 0 && place->index == index)
        return TRUE;
    }

  return FALSE;
}

static void
test_untranslated (void)
{
  g_autoptr(SeedsFrameworkDraft) draft = adapt_greenport ();
  g_autoptr(GPtrArray) before = seeds_framework_draft_list_untranslated (draft, SEEDS_DRAFT_DUTCH);
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *new_id = NULL;

  /* The research's wording is all in Dutch; the new name is not yet */
  g_assert_cmpuint (before->len, ==, 1);
  g_assert_true (lists_place (before, SEEDS_DRAFT_FIELD_NAME, NULL, 0));

  new_id = make_changes (draft);
  seeds_framework_draft_set_text (draft, SEEDS_DRAFT_FIELD_NAME, NULL, 0, SEEDS_DRAFT_DUTCH, "Onze kas");
  after = seeds_framework_draft_list_untranslated (draft, SEEDS_DRAFT_DUTCH);
  g_assert_true (lists_place (after, SEEDS_DRAFT_FIELD_FACTOR_TITLE, new_id, 0));
  g_assert_true (lists_place (after, SEEDS_DRAFT_FIELD_FACTOR_DEFINITION, new_id, 0));
  g_assert_true (lists_place (after, SEEDS_DRAFT_FIELD_FINDING, new_id, 0));
  g_assert_true (lists_place (after, SEEDS_DRAFT_FIELD_TIP, new_id, 0));
  g_assert_false (lists_place (after, SEEDS_DRAFT_FIELD_NAME, NULL, 0));
  g_assert_cmpuint (after->len, ==, 4);
}

/* A required text left empty is refused with the reader's reason */
static void
test_empty_title_refused (void)
{
  g_autoptr(SeedsFrameworkDraft) draft = adapt_greenport ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  seeds_framework_draft_set_text (draft, SEEDS_DRAFT_FIELD_FACTOR_TITLE, "5", 0, SEEDS_DRAFT_ORIGINAL, "  ");
  bytes = seeds_framework_draft_to_bytes (draft, &error);
  g_assert_null (bytes);
  g_assert_error (error, SEEDS_FRAMEWORK_ERROR, SEEDS_FRAMEWORK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“5” has no <title>"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/framework-draft/adapt", test_adapt);
  g_test_add_func ("/framework-draft/adapt-again", test_adapt_again);
  g_test_add_func ("/framework-draft/round-trip", test_round_trip);
  g_test_add_func ("/framework-draft/hostile-text", test_hostile_text);
  g_test_add_func ("/framework-draft/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/framework-draft/untranslated", test_untranslated);
  g_test_add_func ("/framework-draft/empty-title-refused", test_empty_title_refused);

  return g_test_run ();
}
