/* test-text.c
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

#include "model/seeds-next-step.h"
#include "model/seeds-partner-type.h"
#include "model/seeds-score.h"
#include "model/seeds-text.h"
#include "seeds-test-tools.h"

static char *
clean_ok (const char *text,
          SeedsField  field)
{
  g_autoptr(GError) error = NULL;
  char *clean = seeds_text_clean (text, field, &error);

  g_assert_no_error (error);
  g_assert_nonnull (clean);

  return clean;
}

static void
assert_clean (const char *text,
              SeedsField  field,
              const char *expected)
{
  g_autofree char *clean = clean_ok (text, field);

  g_assert_cmpstr (clean, ==, expected);
}

static void
assert_refused (const char     *text,
                SeedsField      field,
                SeedsTextError  code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *clean = seeds_text_clean (text, field, &error);

  g_assert_error (error, SEEDS_TEXT_ERROR, (int) code);
  g_assert_null (clean);
  g_assert_cmpstr (error->message, !=, "");
}

static void
test_single_line (void)
{
  assert_clean ("Greenport West", SEEDS_FIELD_COMMUNITY_NAME, "Greenport West");
  assert_clean ("  Greenport\tWest \n", SEEDS_FIELD_COMMUNITY_NAME, "Greenport West");
  assert_clean ("Green\nport\r\nWest", SEEDS_FIELD_COMMUNITY_NAME, "Green port West");
  /* Nothing is collapsed: two spaces stay two spaces. */
  assert_clean ("a  b", SEEDS_FIELD_PARTICIPANT_NAME, "a  b");
  /* Other control characters, C0 and C1, go. */
  assert_clean ("a\001b\033c\177d\302\200e", SEEDS_FIELD_ORGANISATION, "abcde");
  /* Unicode line and paragraph separators are line breaks. */
  assert_clean ("a\342\200\250b\342\200\251c", SEEDS_FIELD_OWNER, "a b c");
  /* No-break spaces at the ends are trimmed too, inside ones kept. */
  assert_clean ("\302\240Jan\302\240Jansen\302\240", SEEDS_FIELD_PARTICIPANT_NAME,
                "Jan\302\240Jansen");
}

static void
test_multi_line (void)
{
  assert_clean ("line 1\nline 2", SEEDS_FIELD_MEETING_NOTES, "line 1\nline 2");
  assert_clean ("line 1\r\nline 2\r\n", SEEDS_FIELD_COMMENT, "line 1\nline 2");
  assert_clean ("\n\n  step\n\n", SEEDS_FIELD_NEXT_STEP, "step");
  assert_clean ("a\n\n\nb", SEEDS_FIELD_MEETING_NOTES, "a\n\n\nb");
  assert_clean ("a\tb", SEEDS_FIELD_MEETING_NOTES, "a b");
  assert_clean ("a\001b", SEEDS_FIELD_MEETING_NOTES, "ab");
}

static void
test_kept_as_typed (void)
{
  assert_clean ("<b>&amp;</b> 🌱🍅", SEEDS_FIELD_COMMUNITY_NAME, "<b>&amp;</b> 🌱🍅");
  assert_clean ("Ærø & Ĳsselmonde", SEEDS_FIELD_ORGANISATION, "Ærø & Ĳsselmonde");
  assert_clean ("'; DROP TABLE communities; --", SEEDS_FIELD_COMMENT,
                "'; DROP TABLE communities; --");
}

static void
test_invalid_utf8 (void)
{
  assert_refused ("abc\377", SEEDS_FIELD_COMMUNITY_NAME, SEEDS_TEXT_ERROR_INVALID);
  assert_refused ("\300\200", SEEDS_FIELD_COMMENT, SEEDS_TEXT_ERROR_INVALID);
  /* A UTF-16 surrogate encoded in UTF-8 */
  assert_refused ("\355\240\200", SEEDS_FIELD_OWNER, SEEDS_TEXT_ERROR_INVALID);
}

/* Invisible characters could make one name pass for another: typed into
 * a name they are dropped, and bidi controls that reorder what follows are
 * dropped from every field. */
static void
test_invisible (void)
{
  /* Zero-width space, joiners, word joiner, byte order mark, soft hyphen */
  assert_clean ("An\342\200\213na de Vries", SEEDS_FIELD_PARTICIPANT_NAME, "Anna de Vries");
  assert_clean ("Anna\342\200\215\342\201\240\357\273\277\302\255", SEEDS_FIELD_PARTICIPANT_NAME,
                "Anna");
  /* "Anna‮gnp.exe‬" would show as "Annaexe.png" */
  assert_clean ("Anna\342\200\256gnp.exe\342\200\254", SEEDS_FIELD_ORGANISATION, "Annagnp.exe");
  assert_clean ("ok\342\200\256 then", SEEDS_FIELD_COMMENT, "ok then");
  assert_clean ("a\342\201\246b\342\201\251", SEEDS_FIELD_MEETING_NOTES, "ab");
  /* Prose keeps the joiners that emoji and some scripts need. */
  assert_clean ("👩\342\200\215🌾", SEEDS_FIELD_COMMENT, "👩\342\200\215🌾");
  /* Only invisible characters: nothing left of a required name */
  assert_refused ("\342\200\213\342\200\214", SEEDS_FIELD_PARTICIPANT_NAME, SEEDS_TEXT_ERROR_EMPTY);

  for (guint f = SEEDS_FIELD_COMMUNITY_NAME; f <= SEEDS_FIELD_AGREED_BY; f++)
    {
      g_autofree char *clean = seeds_text_clean ("x\342\200\256y", (SeedsField) f, NULL);

      /* The address fields refuse "xy" or make an address of it. */
      g_assert_true (clean == NULL || g_str_has_suffix (clean, "xy"));
      g_assert_true (clean == NULL || strstr (clean, "\342\200\256") == NULL);
    }

  g_assert_true (seeds_text_is_invisible (0x200B));
  g_assert_true (seeds_text_is_invisible (0x061C));
  g_assert_true (seeds_text_is_invisible (0xFE0F));
  g_assert_true (seeds_text_is_invisible (0xE0041));
  g_assert_true (seeds_text_is_invisible (0x3164));
  g_assert_false (seeds_text_is_invisible ('a'));
  g_assert_false (seeds_text_is_invisible (' '));
  g_assert_false (seeds_text_is_invisible (0x00E9));
}

/* What looks the same is stored the same: NFC, and a name in one alphabet. */
static void
test_normalized (void)
{
  /* "é" as e and a combining acute accent */
  assert_clean ("Jose\314\201", SEEDS_FIELD_PARTICIPANT_NAME, "Jos\303\251");
  assert_clean ("Ren\303\251e", SEEDS_FIELD_PARTICIPANT_NAME, "Ren\303\251e");
  /* Whole names in another alphabet, or Latin with Chinese, are fine… */
  assert_clean ("\320\220\320\275\320\275\320\260", SEEDS_FIELD_PARTICIPANT_NAME,
                "\320\220\320\275\320\275\320\260");
  assert_clean ("Li \346\235\216", SEEDS_FIELD_OWNER, "Li \346\235\216");
  /* …one Cyrillic А among Latin letters is not. */
  assert_refused ("\320\220nna", SEEDS_FIELD_PARTICIPANT_NAME, SEEDS_TEXT_ERROR_INVALID);
  assert_refused ("J\316\277hn", SEEDS_FIELD_CONTACT_NAME, SEEDS_TEXT_ERROR_INVALID);
}

static void
assert_key (const char *name,
            const char *expected)
{
  g_autofree char *key = seeds_text_name_key (name);

  g_assert_cmpstr (key, ==, expected);
}

static void
assert_skeletons (const char *a,
                  const char *b,
                  gboolean    alike)
{
  g_autofree char *skeleton_a = seeds_text_name_skeleton (a);
  g_autofree char *skeleton_b = seeds_text_name_skeleton (b);

  g_assert_cmpint (g_str_equal (skeleton_a, skeleton_b), ==, alike);
}

/* A card finds its participant by the key of a name; the skeleton tells
 * names that only look alike. */
static void
test_name_key (void)
{
  assert_key ("Anna de Vries", "anna de vries");
  assert_key ("  ANNA \t de\302\240Vries ", "anna de vries");
  assert_key ("An\342\200\213na de Vries", "anna de vries");
  assert_key ("Jose\314\201", "jos\303\251");

  assert_skeletons ("Anna de Vries", "Anna de Vries", TRUE);
  assert_skeletons ("Anna de Vries", "\320\220nna de Vries", TRUE);
  assert_skeletons ("Anna de Vries", "\357\274\241nna de Vries", TRUE);
  assert_skeletons ("Ian", "lan", TRUE);
  assert_skeletons ("Bram", "Anna", FALSE);
  /* Case shows on screen: not a look-alike */
  assert_skeletons ("Anna", "ANNA", FALSE);
}

static void
test_make_visible (void)
{
  g_autofree char *bidi = seeds_text_make_visible ("Anna\342\200\256gnp.exe", -1, 40);
  g_autofree char *invalid = seeds_text_make_visible ("ab\377c", -1, 40);
  g_autofree char *control = seeds_text_make_visible ("a\nb\001", -1, 40);
  g_autofree char *selector = seeds_text_make_visible ("a\357\270\217\363\240\201\201", -1, 40);
  g_autofree char *shortened = seeds_text_make_visible ("abcdefghij", -1, 4);
  g_autofree char *counted = seeds_text_make_visible ("abc\0def", 7, 40);
  g_autofree char *none = seeds_text_make_visible (NULL, -1, 4);

  g_assert_cmpstr (bidi, ==, "Anna\\u202Egnp.exe");
  g_assert_true (g_utf8_validate (invalid, -1, NULL));
  g_assert_cmpstr (control, ==, "a\\u000Ab\\u0001");
  /* A variation selector and a tag */
  g_assert_cmpstr (selector, ==, "a\\uFE0F\\U000E0041");
  g_assert_cmpstr (shortened, ==, "abcd…");
  g_assert_true (g_utf8_validate (counted, -1, NULL));
  g_assert_cmpstr (none, ==, "");
}

static void
test_empty (void)
{
  static const SeedsField required[] = {
    SEEDS_FIELD_COMMUNITY_NAME,
    SEEDS_FIELD_MEETING_TITLE,
    SEEDS_FIELD_PARTICIPANT_NAME,
    SEEDS_FIELD_NEXT_STEP,
  };
  static const SeedsField optional[] = {
    SEEDS_FIELD_MEETING_NOTES,
    SEEDS_FIELD_ORGANISATION,
    SEEDS_FIELD_COMMENT,
    SEEDS_FIELD_OWNER,
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *clean = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    {
      assert_refused ("", required[i], SEEDS_TEXT_ERROR_EMPTY);
      assert_refused (NULL, required[i], SEEDS_TEXT_ERROR_EMPTY);
      assert_refused (" \t\n\r\001 ", required[i], SEEDS_TEXT_ERROR_EMPTY);
    }

  for (guint i = 0; i < G_N_ELEMENTS (optional); i++)
    {
      assert_clean ("", optional[i], "");
      assert_clean (NULL, optional[i], "");
      assert_clean ("  \n ", optional[i], "");
    }

  clean = seeds_text_clean ("   ", SEEDS_FIELD_COMMUNITY_NAME, &error);
  g_assert_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_EMPTY);
  g_assert_cmpstr (error->message, ==, "Enter a name for the learning community.");
}

/* A web address gains "https://" when typed without it; the limit holds
 * for what is stored. Found by fuzz-text. */
static void
test_website_limit (void)
{
  g_autofree char *host = g_strnfill (488, 'a');
  g_autofree char *fits = g_strconcat (host, ".org", NULL);
  g_autofree char *too_long = g_strconcat (host, "a.org", NULL);
  g_autofree char *clean = NULL;
  g_autoptr(GError) error = NULL;

  clean = seeds_text_clean (fits, SEEDS_FIELD_WEBSITE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_utf8_strlen (clean, -1), ==, 500);

  assert_refused (too_long, SEEDS_FIELD_WEBSITE, SEEDS_TEXT_ERROR_TOO_LONG);
}

static void
test_too_long (void)
{
  static const struct {
    SeedsField field;
    guint      max;
  } limits[] = {
    { SEEDS_FIELD_COMMUNITY_NAME, 120 },
    { SEEDS_FIELD_MEETING_TITLE, 120 },
    { SEEDS_FIELD_MEETING_NOTES, 10000 },
    { SEEDS_FIELD_PARTICIPANT_NAME, 80 },
    { SEEDS_FIELD_ORGANISATION, 120 },
    { SEEDS_FIELD_COMMENT, 1000 },
    { SEEDS_FIELD_NEXT_STEP, 1000 },
    { SEEDS_FIELD_OWNER, 80 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (limits); i++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *clean = NULL;
      g_autofree char *limit = g_strdup_printf ("%u", limits[i].max);

      g_assert_cmpuint (seeds_text_max_length (limits[i].field), ==, limits[i].max);

      /* Characters are counted, not bytes: "é" is two bytes. */
      for (guint j = 0; j < limits[i].max; j++)
        g_string_append (text, "é");
      g_free (clean_ok (text->str, limits[i].field));

      /* White space that is trimmed does not count. */
      g_string_append (text, "  ");
      g_free (clean_ok (text->str, limits[i].field));

      g_string_append (text, "x");
      clean = seeds_text_clean (text->str, limits[i].field, &error);
      g_assert_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_TOO_LONG);
      g_assert_null (clean);
      g_assert_nonnull (strstr (error->message, limit));
    }

  {
    g_autofree char *name = g_strnfill (81, 'a');
    g_autoptr(GError) error = NULL;
    g_autofree char *clean = seeds_text_clean (name, SEEDS_FIELD_PARTICIPANT_NAME, &error);

    g_assert_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_TOO_LONG);
    g_assert_cmpstr (error->message, ==, "A name can be at most 80 characters long.");
    g_assert_null (clean);
  }
}

static void
test_date_valid (void)
{
  static const char * const valid[] = {
    "2026-11-28", "2024-02-29", "2000-02-29", "1900-01-01", "9999-12-31", "2026-04-30",
  };
  static const char * const invalid[] = {
    "", "2026", "2026-11", "2026-11-28 ", " 2026-11-28", "2026-1-28", "2026-11-8",
    "26-11-28", "2026/11/28", "2026-11-28T00:00", "2026-00-10", "2026-13-01",
    "2026-04-31", "2026-02-29", "1900-02-29", "1899-12-31", "0000-01-01", "10000-01-01",
    "+026-11-28", "2026-+1-28", "２０２６-11-28", "2026-11-2\302\275",
  };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    g_assert_true (seeds_date_is_valid (valid[i]));

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      if (seeds_date_is_valid (invalid[i]))
        g_error ("“%s” should not be a valid date", invalid[i]);
    }

  g_assert_false (seeds_date_is_valid (NULL));
}

static void
test_date_today (void)
{
  g_autoptr(GDateTime) before = g_date_time_new_now_local ();
  g_autofree char *today = seeds_date_today ();
  g_autoptr(GDateTime) after = g_date_time_new_now_local ();
  g_autofree char *expected_before = g_date_time_format (before, "%Y-%m-%d");
  g_autofree char *expected_after = g_date_time_format (after, "%Y-%m-%d");

  g_assert_true (seeds_date_is_valid (today));
  /* Midnight may pass between the calls. */
  g_assert_true (g_str_equal (today, expected_before) || g_str_equal (today, expected_after));
}

static void
test_date_format (void)
{
  static const struct {
    const char *iso;
    const char *expected;
  } dates[] = {
    { "2026-11-28", "28 November 2026" },
    { "2026-01-05", "5 January 2026" },
    { "1900-02-01", "1 February 1900" },
    { "9999-12-31", "31 December 9999" },
    { "2026-13-01", "2026-13-01" },
    { "not a date", "not a date" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *formatted = seeds_date_format (dates[i].iso);

      g_assert_cmpstr (formatted, ==, dates[i].expected);
    }
}

static void
test_date_format_short (void)
{
  static const struct {
    const char *iso;
    const char *expected;
  } dates[] = {
    { "2026-11-28", "28 Nov 2026" },
    { "2026-05-04", "4 May 2026" },
    { "2026-09-30", "30 Sep 2026" },
    { "2026-02-30", "2026-02-30" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *formatted = seeds_date_format_short (dates[i].iso);

      g_assert_cmpstr (formatted, ==, dates[i].expected);
    }
}

/* Month names come from our catalogue, not from LC_TIME: with LC_TIME "C"
 * and a Dutch interface the date is Dutch. */
static void
test_date_format_translated (void)
{
  static const char po[] =
    "msgid \"\"\n"
    "msgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n"
    "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n"
    "\n"
    "msgctxt \"month name\"\n"
    "msgid \"November\"\n"
    "msgstr \"november\"\n"
    "\n"
    "msgctxt \"partner type\"\n"
    "msgid \"Government\"\n"
    "msgstr \"Overheid\"\n"
    "\n"
    "msgctxt \"next step status\"\n"
    "msgid \"Done\"\n"
    "msgstr \"Klaar\"\n"
    "\n"
    "msgid \"A name can be at most %u character long.\"\n"
    "msgid_plural \"A name can be at most %u characters long.\"\n"
    "msgstr[0] \"Een naam mag hoogstens %u teken lang zijn.\"\n"
    "msgstr[1] \"Een naam mag hoogstens %u tekens lang zijn.\"\n";
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("seeds-text-XXXXXX", &error);
  g_autofree char *messages = NULL;
  g_autofree char *po_path = NULL;
  g_autofree char *mo_path = NULL;
  g_autofree char *msgfmt = g_find_program_in_path ("msgfmt");
  g_autofree char *formatted = NULL;
  g_autofree char *clean = NULL;
  g_autofree char *old_language = g_strdup (g_getenv ("LANGUAGE"));
  const char *argv[] = { msgfmt, "-o", NULL, NULL, NULL };

  g_assert_no_error (error);

  if (msgfmt == NULL)
    {
      g_test_skip ("msgfmt is not installed");
      return;
    }

  messages = g_build_filename (dir, "nl", "LC_MESSAGES", NULL);
  g_assert_cmpint (g_mkdir_with_parents (messages, 0700), ==, 0);
  po_path = g_build_filename (dir, "nl.po", NULL);
  mo_path = g_build_filename (messages, GETTEXT_PACKAGE ".mo", NULL);
  g_file_set_contents (po_path, po, -1, &error);
  g_assert_no_error (error);

  argv[2] = mo_path;
  argv[3] = po_path;
  g_free (seeds_test_run (argv));

  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "nl", TRUE);
  bindtextdomain (GETTEXT_PACKAGE, dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  if (g_strcmp0 (g_dpgettext2 (GETTEXT_PACKAGE, "month name", "November"), "november") != 0)
    {
      g_test_skip ("gettext does not translate in the C.UTF-8 locale here");
    }
  else
    {
      formatted = seeds_date_format ("2026-11-28");
      g_assert_cmpstr (formatted, ==, "28 november 2026");
      g_assert_cmpstr (seeds_partner_type_get_label (SEEDS_PARTNER_GOVERNMENT), ==, "Overheid");
      g_assert_cmpstr (seeds_next_step_status_get_label (SEEDS_NEXT_STEP_DONE), ==, "Klaar");

      clean = seeds_text_clean ("Een heel erg lange naam die nooit op een kaartje past, ook niet "
                                "als je heel klein schrijft", SEEDS_FIELD_PARTICIPANT_NAME, &error);
      g_assert_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_TOO_LONG);
      g_assert_cmpstr (error->message, ==, "Een naam mag hoogstens 80 tekens lang zijn.");
      g_clear_error (&error);
    }

  if (old_language != NULL)
    g_setenv ("LANGUAGE", old_language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);

  g_remove (mo_path);
  g_remove (po_path);
  g_rmdir (messages);
  {
    g_autofree char *nl = g_build_filename (dir, "nl", NULL);
    g_rmdir (nl);
  }
  g_rmdir (dir);
}

static void
test_partner_types (void)
{
  static const char * const strings[] = {
    "company", "government", "education", "research", "other",
  };
  static const char * const labels[] = {
    "Company", "Government", "Education", "Research", "Other",
  };
  SeedsPartnerType type;

  for (guint i = 0; i < SEEDS_N_PARTNER_TYPES; i++)
    {
      g_assert_cmpstr (seeds_partner_type_to_string (i), ==, strings[i]);
      g_assert_cmpstr (seeds_partner_type_get_label (i), ==, labels[i]);
      g_assert_true (seeds_partner_type_from_string (strings[i], &type));
      g_assert_cmpint (type, ==, i);
      g_assert_true (seeds_partner_type_is_valid (i));
    }

  type = SEEDS_PARTNER_RESEARCH;
  g_assert_false (seeds_partner_type_from_string ("Company", &type));
  g_assert_false (seeds_partner_type_from_string ("", &type));
  g_assert_false (seeds_partner_type_from_string (NULL, &type));
  g_assert_cmpint (type, ==, SEEDS_PARTNER_RESEARCH);
  g_assert_false (seeds_partner_type_is_valid (-1));
  g_assert_false (seeds_partner_type_is_valid (SEEDS_N_PARTNER_TYPES));

  g_assert_true (G_TYPE_IS_ENUM (SEEDS_TYPE_PARTNER_TYPE));
}

static void
test_next_step_statuses (void)
{
  static const char * const strings[] = { "open", "done", "dropped" };
  static const char * const labels[] = { "Open", "Done", "Dropped" };
  SeedsNextStepStatus status;

  for (guint i = 0; i < SEEDS_N_NEXT_STEP_STATUSES; i++)
    {
      g_assert_cmpstr (seeds_next_step_status_to_string (i), ==, strings[i]);
      g_assert_cmpstr (seeds_next_step_status_get_label (i), ==, labels[i]);
      g_assert_true (seeds_next_step_status_from_string (strings[i], &status));
      g_assert_cmpint (status, ==, i);
    }

  g_assert_false (seeds_next_step_status_from_string ("closed", &status));
  g_assert_false (seeds_next_step_status_is_valid (SEEDS_N_NEXT_STEP_STATUSES));
}

static void
test_score_values (void)
{
  g_autoptr(SeedsScore) score = NULL;
  g_autoptr(SeedsScore) copy = NULL;

  g_assert_true (seeds_score_value_is_valid (SEEDS_SCORE_DONT_KNOW));
  for (int v = SEEDS_SCORE_MIN; v <= SEEDS_SCORE_MAX; v++)
    g_assert_true (seeds_score_value_is_valid (v));
  g_assert_false (seeds_score_value_is_valid (SEEDS_SCORE_NONE));
  g_assert_false (seeds_score_value_is_valid (6));
  g_assert_false (seeds_score_value_is_valid (-2));

  score = seeds_score_new ("p", "f", 3, NULL);
  g_assert_cmpstr (score->comment, ==, "");
  copy = seeds_score_copy (score);
  g_assert_cmpstr (copy->participant_id, ==, "p");
  g_assert_cmpstr (copy->factor_id, ==, "f");
  g_assert_cmpint (copy->value, ==, 3);
  g_assert_true (G_TYPE_IS_BOXED (SEEDS_TYPE_SCORE));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/clean/single-line", test_single_line);
  g_test_add_func ("/text/clean/multi-line", test_multi_line);
  g_test_add_func ("/text/clean/kept-as-typed", test_kept_as_typed);
  g_test_add_func ("/text/clean/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/text/clean/empty", test_empty);
  g_test_add_func ("/text/clean/invisible", test_invisible);
  g_test_add_func ("/text/clean/normalized", test_normalized);
  g_test_add_func ("/text/name-key", test_name_key);
  g_test_add_func ("/text/make-visible", test_make_visible);
  g_test_add_func ("/text/clean/too-long", test_too_long);
  g_test_add_func ("/text/clean/website-limit", test_website_limit);
  g_test_add_func ("/text/date/valid", test_date_valid);
  g_test_add_func ("/text/date/today", test_date_today);
  g_test_add_func ("/text/date/format", test_date_format);
  g_test_add_func ("/text/date/format-short", test_date_format_short);
  g_test_add_func ("/text/date/format-translated", test_date_format_translated);
  g_test_add_func ("/text/partner-types", test_partner_types);
  g_test_add_func ("/text/next-step-statuses", test_next_step_statuses);
  g_test_add_func ("/text/score-values", test_score_values);

  return g_test_run ();
}
