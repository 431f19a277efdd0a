/* test-json-check.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "exchange/seeds-community-export.h"
#include "exchange/seeds-exchange.h"
#include "exchange/seeds-invitation.h"
#include "exchange/seeds-json-check.h"
#include "exchange/seeds-profile.h"
#include "exchange/seeds-scorecard.h"
#include "seeds-test-util.h"

/* The strict check that every JSON file from outside passes before
 * json-glib reads it: what it takes, what it refuses and how it says so,
 * and how fast. */

#define COMMUNITY_ID "0b8f3c1e-5a8e-4d7b-9d6a-1c2b3a4d5e6f"
#define MEETING_ID   "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b"
#define PERSON_ID    "11111111-2222-4333-8444-555555555555"

/* In seconds, for a megabyte. The check takes a few milliseconds, tens
 * with the sanitizers. json-glib takes most of the rest; the bound on it
 * is against quadratic time, such as the 16 s that a megabyte of names
 * made to collide took before objects were limited to 256 members. */
#define MAX_CHECK_TIME 0.5
#define MAX_PARSE_TIME 2.0

static void
assert_accepted (const char *json,
                 gssize      length,
                 guint       max_depth)
{
  gsize size = length < 0 ? strlen (json) : (gsize) length;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;

  g_assert_true (seeds_json_check (json, size, max_depth, &error));
  g_assert_no_error (error);

  root = seeds_json_parse_strict (json, size, max_depth, &error);
  g_assert_no_error (error);
  g_assert_nonnull (root);
}

/* Refused, with a message that is valid UTF-8 and holds @fragment; by
 * seeds_json_parse_strict() too. */
static void
assert_refused (const char *json,
                gssize      length,
                guint       max_depth,
                const char *fragment)
{
  gsize size = length < 0 ? strlen (json) : (gsize) length;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(JsonNode) root = NULL;

  g_assert_false (seeds_json_check (json, size, max_depth, &error));
  g_assert_error (error, SEEDS_EXCHANGE_ERROR, SEEDS_EXCHANGE_ERROR_NOT_JSON);
  g_test_message ("%s", error->message);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_true (g_str_has_prefix (error->message, "The file is not valid JSON: line "));
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not hold “%s”", error->message, fragment);

  root = seeds_json_parse_strict (json, size, max_depth, &parse_error);
  g_assert_null (root);
  g_assert_error (parse_error, SEEDS_EXCHANGE_ERROR, SEEDS_EXCHANGE_ERROR_NOT_JSON);
  g_assert_cmpstr (parse_error->message, ==, error->message);

  /* Without a place for the error, only the answer */
  g_assert_false (seeds_json_check (json, size, max_depth, NULL));
}

static const char * const valid[] = {
  "{}",
  "[]",
  "0",
  "-0",
  "\"\"",
  "true",
  "false",
  "null",
  " \t\r\n{\"a\" : [ 1 , 2 , { \"b\" : null } ] , \"c\" : { } }\r\n ",
  "[0, -0, 1, -1, 0.5, -0.5, 10, 1e5, 1E5, 1e+5, 1e-5, 1.25E-3, 0e0, 123456789]",
  "[9223372036854775807, -9223372036854775808]",
  "[1.7976931348623157e308, 1e-400, 12345678901234567890.5]",
  "[\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\u20AC \\uFFFF\"]",
  "[\"Zoë “de Kas” <b>&amp;</b> 🌱\", \"\x7f\", \"\xe2\x80\xa8\"]",
  "{\"a\": {\"a\": {\"a\": 1}}, \"b\": [{\"a\": 1}, {\"a\": 2}]}",
  "{\"a\": 1, \"ab\": 2, \"b\": 3, \"\": 4, \"A\": 5, \"é\": 6, \"e\\u0301\": 7}",
  "{\"\\ud83d\\ude00\": \"\\ud83d\\ude00\", \"\\uD83D\\uDE01\": \"\\udbff\\udfff\"}",
};

static void
test_valid (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_test_message ("%s", valid[i]);
      assert_accepted (valid[i], -1, SEEDS_JSON_MAX_DEPTH);
    }
}

/* What json-glib makes of escapes, once they passed the check */
static void
test_escapes_read (void)
{
  static const char json[] = "{\"\\u0061\\ud83d\\ude00\": \"A\\u00e9\\ud83c\\udf31\\n\"}";
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;

  root = seeds_json_parse_strict (json, strlen (json), SEEDS_JSON_MAX_DEPTH, &error);
  g_assert_no_error (error);
  object = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (object, "a😀"), ==, "Aé🌱\n");
}

/* json-glib never gets the input without a NUL at its end. */
static void
test_not_nul_terminated (void)
{
  const char json[] = { '[', '1', '2', ']', '5' };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;

  root = seeds_json_parse_strict (json, 4, SEEDS_JSON_MAX_DEPTH, &error);
  g_assert_no_error (error);
  g_assert_cmpint (json_array_get_int_element (json_node_get_array (root), 0), ==, 12);

  g_clear_pointer (&root, json_node_unref);
  root = seeds_json_parse_strict (json, 2, SEEDS_JSON_MAX_DEPTH, &error);
  g_assert_null (root);
  g_assert_error (error, SEEDS_EXCHANGE_ERROR, SEEDS_EXCHANGE_ERROR_NOT_JSON);
  g_assert_cmpstr (error->message, ==,
                   "The file is not valid JSON: line 1, column 3: unexpected end of the file.");
}

static void
assert_written_accepted (GBytes *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autoptr(GError) error = NULL;

  g_assert_true (seeds_json_check (data, length, SEEDS_JSON_MAX_DEPTH, &error));
  g_assert_no_error (error);
}

/* Every kind of file the app writes, with text that needs escapes */
static void
test_written (SeedsTestDatabase *fixture,
              gconstpointer      data)
{
  g_autoptr(SeedsInvitation) invitation = NULL;
  g_autoptr(SeedsScorecard) card = NULL;
  g_autoptr(SeedsCommunityProfile) details = seeds_test_full_profile ();
  g_autoptr(SeedsSharedResults) results = NULL;
  g_autoptr(SeedsProfile) profile = NULL;
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  invitation = seeds_invitation_new (SEEDS_FRAMEWORK_DEFAULT_ID, COMMUNITY_ID,
                                     "Zoë “de Kas” \\ <b>&amp;</b> 🌱", MEETING_ID,
                                     "2026-03-12", "Spring \"round\"\tone");
  bytes = seeds_invitation_to_bytes (invitation);
  assert_written_accepted (bytes);
  g_clear_pointer (&bytes, g_bytes_unref);

  card = seeds_scorecard_new (SEEDS_FRAMEWORK_DEFAULT_ID, MEETING_ID, PERSON_ID, "Zoë 🌱",
                              "Kas & Co", SEEDS_PARTNER_GOVERNMENT);
  seeds_scorecard_set_score (card, "1", 5, "Line one\nline two 🍅 \"quoted\"");
  seeds_scorecard_set_score (card, "2", SEEDS_SCORE_DONT_KNOW, NULL);
  seeds_scorecard_set_score (card, "12", 3, "<i>no markup</i>");
  bytes = seeds_scorecard_to_bytes (card);
  assert_written_accepted (bytes);
  g_clear_pointer (&bytes, g_bytes_unref);

  results = seeds_shared_results_new (SEEDS_FRAMEWORK_DEFAULT_ID, "2026-03-01", 6);
  seeds_shared_results_add (results, "2", 5, 44, 50);
  seeds_shared_results_add (results, "7", 6, 23, 80);
  profile = seeds_profile_new (COMMUNITY_ID, "Zuid lab 🌱", g_get_real_time () / G_USEC_PER_SEC,
                               details, TRUE, results);
  bytes = seeds_profile_to_bytes (profile);
  assert_written_accepted (bytes);
  g_clear_pointer (&bytes, g_bytes_unref);

  community = seeds_test_add_shared_community (fixture->store);
  bytes = seeds_community_export_json (fixture->store, seeds_community_get_id (community),
                                       &error);
  g_assert_no_error (error);
  assert_written_accepted (bytes);
}

typedef struct
{
  const char *name;
  const char *json;
  const char *fragment;  /* of the message, with the line and column */
} Refusal;

static const Refusal refusals[] = {
  /* JSON5 and JavaScript, which json-glib takes in part */
  { "block-comment", "/* x */ {}", "line 1, column 1: comments are not allowed." },
  { "line-comment", "{\"a\": 1 // x\n}", "line 1, column 9: comments are not allowed." },
  { "comment-after", "{}\n// x", "line 2, column 1: comments are not allowed." },
  { "comment-for-colon", "{\"a\" /* x */ : 1}", "column 6: comments are not allowed." },
  { "single-quoted-value", "{\"a\": 'x'}", "line 1, column 7: text must be in double quotes." },
  { "single-quoted-name", "{'a': 1}", "line 1, column 2: text must be in double quotes." },
  { "unquoted-name", "{a: 1}", "line 1, column 2: member names must be in double quotes." },
  { "trailing-comma-array", "[1, 2,]",
    "line 1, column 7: a comma must be followed by another member or value." },
  { "trailing-comma-object", "{\"a\": 1,}",
    "line 1, column 9: a comma must be followed by another member or value." },
  { "nan", "[NaN]", "line 1, column 2: NaN and Infinity are not numbers in JSON." },
  { "infinity", "[1, Infinity]", "column 5: NaN and Infinity are not numbers in JSON." },
  { "minus-infinity", "[-Infinity]", "column 2: NaN and Infinity are not numbers in JSON." },
  { "bare-word", "[undefined]", "column 2: only true, false and null may stand without quotes." },
  { "capital-true", "[True]", "column 2: only true, false and null may stand without quotes." },
  { "longer-word", "[nullx]", "column 2: only true, false and null may stand without quotes." },

  /* Numbers */
  { "leading-zero", "[01]",
    "column 2: a number may not start with a zero followed by other digits." },
  { "negative-leading-zero", "[-007]",
    "column 2: a number may not start with a zero followed by other digits." },
  { "point-without-digits", "[1.]", "column 2: this is not a valid number." },
  { "point-first", "[.5]", "column 2: this is not a valid number." },
  { "plus", "[+1]", "column 2: this is not a valid number." },
  { "exponent-without-digits", "[1e]", "column 2: this is not a valid number." },
  { "exponent-sign-only", "[1e+]", "column 2: this is not a valid number." },
  { "minus-only", "[-]", "column 2: this is not a valid number." },
  { "hexadecimal", "[0x1F]", "column 3: unexpected character “x”." },
  { "over-int64", "[9223372036854775808]", "column 2: the number is too large." },
  { "under-int64", "[-9223372036854775809]", "column 2: the number is too large." },
  { "wraps-to-4", "{\"score\": 18446744073709551620}", "column 11: the number is too large." },
  { "infinite", "[1e400]", "column 2: the number is too large." },
  { "infinite-digits",
    "[1" "0000000000000000000000000000000000000000000000000000000000000000000000000000"
    "000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    "000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    "000000000000000000000000000000000000000000000000000000000000000000000000000000000.5]",
    "column 2: the number is too large." },

  /* Texts */
  { "raw-tab", "[\"a\tb\"]",
    "column 4: a text holds a control character, such as a line break, that is not written "
    "as an escape." },
  { "raw-line-break", "[\"a\nb\"]", "line 1, column 4: a text holds a control character" },
  { "unknown-escape", "[\"\\x41\"]", "column 3: a text holds an invalid escape sequence." },
  { "escaped-single-quote", "[\"\\'\"]", "column 3: a text holds an invalid escape sequence." },
  { "short-unicode-escape", "[\"\\u12G4\"]", "column 3: a text holds an invalid escape sequence." },
  { "capital-u-escape", "[\"\\U0041\"]", "column 3: a text holds an invalid escape sequence." },
  { "nul-in-text", "[\"Ann\\u0000<script>\"]",
    "line 1, column 6: a text holds the character U+0000 (NUL)." },
  { "nul-first", "[\"\\u0000Ann\"]", "column 3: a text holds the character U+0000 (NUL)." },
  { "nul-in-name", "{\"name\\u0000\": 1}", "column 7: a text holds the character U+0000 (NUL)." },
  { "lone-high", "[\"\\ud800\"]",
    "line 1, column 3: a text holds half of a surrogate pair, which is not a character." },
  { "lone-low", "[\"\\udc00\"]", "column 3: a text holds half of a surrogate pair" },
  { "high-then-text", "[\"\\ud800x\"]", "column 3: a text holds half of a surrogate pair" },
  { "high-then-high", "[\"\\ud800\\ud800\"]", "column 3: a text holds half of a surrogate pair" },
  { "high-then-other", "[\"\\ud83d\\u0041\"]", "column 3: a text holds half of a surrogate pair" },
  { "low-then-high", "[\"\\ude00\\ud83d\"]", "column 3: a text holds half of a surrogate pair" },
  { "high-at-end", "[\"a\\uD83D\"]", "column 4: a text holds half of a surrogate pair" },
  { "lone-in-name", "{\"\\udfff\": 1}", "column 3: a text holds half of a surrogate pair" },

  /* Structure */
  { "missing-colon", "{\"a\" 1}", "column 6: a member name must be followed by a colon." },
  { "missing-comma", "[1 2]", "column 4: unexpected character “2”." },
  { "semicolon", "{\"a\": 1; \"b\": 2}", "column 8: unexpected character “;”." },
  { "leading-comma", "[,1]", "column 2: unexpected character “,”." },
  { "wrong-bracket", "[1}", "column 3: unexpected character “}”." },
  { "name-is-number", "{1: 2}", "column 2: member names must be in double quotes." },
  { "name-is-array", "{[]: 2}", "column 2: unexpected character “[”." },
  { "second-root", "{} {}", "line 1, column 4: only white space may follow the value." },
  { "closing-twice", "[1]]", "column 4: only white space may follow the value." },
  { "byte-order-mark", "\xef\xbb\xbf{}", "line 1, column 1: unexpected character “\\uFEFF”." },
  { "form-feed", "[1,\f2]", "column 4: unexpected character “\\u000C”." },
  { "no-break-space", "[1,\xc2\xa0" "2]", "column 4: unexpected character “\\u00A0”." },
  { "right-to-left-override", "[\xe2\x80\xae]", "column 2: unexpected character “\\u202E”." },
  { "letter", "[é]", "column 2: unexpected character “é”." },
  { "emoji", "{\"a\": 1, 🌱}", "column 10: unexpected character “🌱”." },

  /* Where it ends */
  { "empty", "", "line 1, column 1: there is no value in the file." },
  { "white-space", " \n\t ", "line 2, column 3: there is no value in the file." },
  { "open-array", "{\"a\": [1, 2", "line 1, column 12: unexpected end of the file." },
  { "open-text", "\"abc", "column 5: unexpected end of the file." },
  { "open-escape", "[\"a\\", "column 5: unexpected end of the file." },
  { "after-name", "{\"a\"", "column 5: unexpected end of the file." },
  { "after-colon", "{\"a\":", "column 6: unexpected end of the file." },
  { "after-minus", "-", "column 1: this is not a valid number." },

  /* Bytes that are not text */
  { "not-utf8", "[\"\xff\"]", "line 1, column 3: it is not UTF-8 text." },
  { "overlong", "[\"\xc0\xaf\"]", "column 3: it is not UTF-8 text." },
  { "encoded-surrogate", "[\"\xed\xa0\x80\"]", "column 3: it is not UTF-8 text." },
  { "truncated-character", "[\"é\xe2\x82\"]", "column 4: it is not UTF-8 text." },

  /* Lines and columns count characters, not bytes */
  { "third-line", "{\n  \"naam\": \"Zoë 🌱\",\n  \"x\": 'y'\n}",
    "line 3, column 8: text must be in double quotes." },
  { "crlf", "{\r\n\"a\": 1,\r\n\"b\": 2,\r\n}", "line 4, column 1: a comma must be followed" },
};

static void
test_refused (gconstpointer data)
{
  const Refusal *refusal = data;

  assert_refused (refusal->json, -1, SEEDS_JSON_MAX_DEPTH, refusal->fragment);
}

static void
test_nul_byte (void)
{
  static const char json[] = "[\"Ann\0<script>\"]";
  static const char outside[] = "[1,\0 2]";

  assert_refused (json, sizeof json - 1, SEEDS_JSON_MAX_DEPTH,
                  "line 1, column 6: it holds a NUL byte, which is not text.");
  assert_refused (outside, sizeof outside - 1, SEEDS_JSON_MAX_DEPTH,
                  "line 1, column 4: it holds a NUL byte, which is not text.");
}

static char *
nested (guint depth)
{
  g_autofree char *open = g_strnfill (depth, '[');
  g_autofree char *close = g_strnfill (depth, ']');

  return g_strconcat (open, close, NULL);
}

static void
test_depth (void)
{
  g_autofree char *three = nested (3);
  g_autofree char *four = nested (4);
  g_autofree char *at_limit = nested (SEEDS_JSON_MAX_DEPTH);
  g_autofree char *over_limit = nested (SEEDS_JSON_MAX_DEPTH + 1);
  g_autofree char *deep = g_strnfill (100000, '[');
  static const char objects[] = "{\"a\": {\"b\": [{\"c\": 1}]}}";

  assert_accepted (three, -1, 3);
  assert_refused (four, -1, 3,
                  "line 1, column 4: arrays and objects are nested more than 3 levels deep.");
  assert_accepted (objects, -1, 4);
  assert_refused (objects, -1, 3,
                  "line 1, column 14: arrays and objects are nested more than 3 levels deep.");
  assert_accepted ("1", -1, 0);
  assert_refused ("[]", -1, 0, "column 1: arrays and objects are nested more than 0 levels deep.");
  assert_accepted ("[]", -1, 1);
  assert_accepted (at_limit, -1, SEEDS_JSON_MAX_DEPTH);
  assert_refused (over_limit, -1, SEEDS_JSON_MAX_DEPTH,
                  "column 33: arrays and objects are nested more than 32 levels deep.");
  assert_refused (deep, -1, SEEDS_JSON_MAX_DEPTH, "column 33: arrays and objects are nested");
}

static void
test_duplicate (void)
{
  assert_refused ("{\"a\": 1, \"a\": 2}", -1, SEEDS_JSON_MAX_DEPTH,
                  "line 1, column 10: the member “a” is in the same object twice.");
  /* The same name, written another way */
  assert_refused ("{\"é\": 1, \"\\u00e9\": 2}", -1, SEEDS_JSON_MAX_DEPTH,
                  "column 10: the member “é” is in the same object twice.");
  assert_refused ("{\"😀\": 1, \"\\ud83d\\ude00\": 2}", -1, SEEDS_JSON_MAX_DEPTH,
                  "column 10: the member “😀” is in the same object twice.");
  assert_refused ("{\"\": 1, \"\": 2}", -1, SEEDS_JSON_MAX_DEPTH,
                  "column 9: the member “” is in the same object twice.");
  /* In a nested object, and the first to repeat one is named */
  assert_refused ("{\"x\": [{\"b\": 1, \"c\": 2, \"c\": 3, \"b\": 4, \"c\": 5}]}", -1,
                  SEEDS_JSON_MAX_DEPTH, "column 25: the member “c” is in the same object twice.");
}

/* A name is quoted safely: shortened, and what cannot be seen as escapes */
static void
test_duplicate_quoted (void)
{
  g_autofree char *long_name = g_strnfill (60, 'n');
  g_autofree char *shown = g_strnfill (40, 'n');
  g_autofree char *long_json = g_strdup_printf ("{\"%s\": 1, \"%s\": 2}", long_name, long_name);
  g_autofree char *long_fragment = g_strdup_printf ("the member “%s…” is", shown);
  static const char hidden[] =
    "{\"a\\u202eb\\u200bc\\u0007d\\t\xf3\xb0\x80\x80\\u2028\": 1, "
    "\"a\xe2\x80\xae" "b\xe2\x80\x8b" "c\\u0007d\\t\xf3\xb0\x80\x80\\u2028\": 2}";

  assert_refused (long_json, -1, SEEDS_JSON_MAX_DEPTH, long_fragment);
  assert_refused (hidden, -1, SEEDS_JSON_MAX_DEPTH,
                  "the member “a\\u202Eb\\u200Bc\\u0007d\\u0009\\U000F0000\\u2028” is in the "
                  "same object twice.");
}

static char *
object_of (guint n_members)
{
  GString *json = g_string_new ("{");

  for (guint i = 0; i < n_members; i++)
    g_string_append_printf (json, "%s\"m%u\": %u", i > 0 ? ", " : "", i, i);

  g_string_append_c (json, '}');
  return g_string_free (json, FALSE);
}

static void
test_members (void)
{
  g_autofree char *at_limit = object_of (SEEDS_JSON_MAX_MEMBERS);
  g_autofree char *over_limit = object_of (SEEDS_JSON_MAX_MEMBERS + 1);
  g_autofree char *nested_ok = g_strdup_printf ("[%s, %s]", at_limit, at_limit);

  assert_accepted (at_limit, -1, SEEDS_JSON_MAX_DEPTH);
  assert_accepted (nested_ok, -1, SEEDS_JSON_MAX_DEPTH);
  assert_refused (over_limit, -1, SEEDS_JSON_MAX_DEPTH, "an object has more than 256 members.");
}

/* Checks @json, in well under a second, and hands it to json-glib.
 * Returns the time the whole took, in seconds. */
static double
time_parse (const GString *json,
            gboolean       accepted)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  double checked;
  double parsed;

  g_test_timer_start ();
  g_assert_true (seeds_json_check (json->str, json->len, SEEDS_JSON_MAX_DEPTH, NULL) == accepted);
  checked = g_test_timer_elapsed ();

  g_test_timer_start ();
  root = seeds_json_parse_strict (json->str, json->len, SEEDS_JSON_MAX_DEPTH, &error);
  parsed = g_test_timer_elapsed ();

  g_test_message ("%zu bytes %s: checked in %.1f ms, checked and parsed in %.1f ms", json->len,
                  accepted ? "accepted" : "refused", checked * 1000, parsed * 1000);
  g_assert_true ((root != NULL) == accepted);
  g_assert_true ((error == NULL) == accepted);
  g_assert_cmpfloat (checked, <, seeds_test_time_limit (MAX_CHECK_TIME));

  return parsed;
}

/* A megabyte of what a file holds, of a long text, of nesting that would
 * take the stack down, of escapes, and of names made to collide in
 * json-glib's hash table. */
static void
test_megabyte (void)
{
  g_autoptr(GString) json = g_string_new ("[");
  g_autoptr(GString) text = g_string_new ("[\"");
  g_autoptr(GString) deep = g_string_new ("/* ");
  g_autoptr(GString) escapes = g_string_new ("[\"");
  g_autoptr(GString) colliding = g_string_new ("[");

  while (json->len < SEEDS_EXCHANGE_MAX_SIZE - 200)
    g_string_append_printf (json, "{\"name\": \"Zoë 🌱 %zu\", \"score\": %zu, \"mean\": 4.25e0, "
                            "\"ok\": true, \"none\": null},\n", json->len, json->len % 5);
  g_string_append (json, "{}]");
  g_assert_cmpfloat (time_parse (json, TRUE), <, seeds_test_time_limit (MAX_PARSE_TIME));

  while (text->len < SEEDS_EXCHANGE_MAX_SIZE - 2)
    g_string_append_c (text, 'x');
  g_string_append (text, "\"]");
  g_assert_cmpfloat (time_parse (text, TRUE), <, seeds_test_time_limit (MAX_PARSE_TIME));

  while (escapes->len < SEEDS_EXCHANGE_MAX_SIZE - 20)
    g_string_append (escapes, "\\ud83d\\ude00\\n");
  g_string_append (escapes, "\"]");
  g_assert_cmpfloat (time_parse (escapes, TRUE), <, seeds_test_time_limit (MAX_PARSE_TIME));

  /* "aB" and "b!" have the same g_str_hash(): names of 15 of them
   * collide, in objects as large as allowed. */
  while (colliding->len < SEEDS_EXCHANGE_MAX_SIZE - 20000)
    {
      g_string_append_c (colliding, '{');
      for (guint i = 0; i < SEEDS_JSON_MAX_MEMBERS; i++)
        {
          g_string_append (colliding, i > 0 ? ", \"" : "\"");
          for (guint bit = 0; bit < 15; bit++)
            g_string_append (colliding, (i >> bit) & 1 ? "aB" : "b!");
          g_string_append (colliding, "\": 0");
        }
      g_string_append (colliding, "},\n");
    }
  g_string_append (colliding, "{}]");
  g_assert_cmpfloat (time_parse (colliding, TRUE), <, seeds_test_time_limit (MAX_PARSE_TIME));

  while (deep->len < SEEDS_EXCHANGE_MAX_SIZE - 10)
    g_string_append_c (deep, '[');
  g_string_append (deep, " */ {}");
  g_assert_cmpfloat (time_parse (deep, FALSE), <, seeds_test_time_limit (MAX_PARSE_TIME));

  g_string_truncate (deep, 0);
  while (deep->len < SEEDS_EXCHANGE_MAX_SIZE)
    g_string_append_c (deep, '[');
  g_assert_cmpfloat (time_parse (deep, FALSE), <, seeds_test_time_limit (MAX_PARSE_TIME));

  /* The last character decides */
  g_string_truncate (json, json->len - 1);
  g_string_append (json, ",]");
  g_assert_cmpfloat (time_parse (json, FALSE), <, seeds_test_time_limit (MAX_PARSE_TIME));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-check/valid", test_valid);
  g_test_add_func ("/json-check/escapes-read", test_escapes_read);
  g_test_add_func ("/json-check/not-nul-terminated", test_not_nul_terminated);
  g_test_add ("/json-check/written", SeedsTestDatabase, NULL, seeds_test_database_set_up,
              test_written, seeds_test_database_tear_down);

  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *path = g_strconcat ("/json-check/refused/", refusals[i].name, NULL);

      g_test_add_data_func (path, &refusals[i], test_refused);
    }

  g_test_add_func ("/json-check/nul-byte", test_nul_byte);
  g_test_add_func ("/json-check/depth", test_depth);
  g_test_add_func ("/json-check/duplicate", test_duplicate);
  g_test_add_func ("/json-check/duplicate-quoted", test_duplicate_quoted);
  g_test_add_func ("/json-check/members", test_members);
  g_test_add_func ("/json-check/megabyte", test_megabyte);

  return g_test_run ();
}
