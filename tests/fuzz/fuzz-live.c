/* fuzz-live.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "fuzz-util.h"
#include "live/seeds-live-answer.h"
#include "live/seeds-live-form.h"
#include "live/seeds-live-page.h"
#include "live/seeds-live-token.h"

/* What a member's browser, or anyone on the network, sends a live round,
 * read as seeds-live-server.c reads it: the first byte of an input says
 * which part of a request the rest is, and the rest is that part.
 *   F  a form's body, members named (receive_form()), then the card it
 *      makes and the form shown again with it, as after a refusal
 *   A  the same, where the round allows anonymous answers
 *   C  a score card sent to /TOKEN/card (receive_card())
 *   Q  the query of GET /TOKEN/?member=… (serve_form())
 *   L  an Accept-Language header (choose_language())
 *   P  a path, where the short code is looked for (find_route())
 * Any other first byte picks one of these by its value, so that every
 * input reaches a parser. */

#define MEETING_ID     "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b"
#define PARTICIPANT_ID "11111111-2222-4333-8444-555555555555"
#define ROUND_PATH     "/abcdefghijklmnopqrstuvwxyz234567/"
#define NONCE          "fuzzfuzzfuzzfuzzfuzzfuzzfuzzfuzz"

static const char modes[] = "FACQLP";

static SeedsCatalog *
fuzz_catalog (void)
{
  static SeedsCatalog *catalog = NULL;

  if (catalog == NULL)
    catalog = seeds_catalog_new ("en", NULL);

  return catalog;
}

/* How often @needle is in @haystack */
static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *at = strstr (haystack, needle); at != NULL; at = strstr (at + 1, needle))
    n++;

  return n;
}

/* The form shown again with what was sent: whatever the member typed is
 * text, never markup, so the page holds its own style and script alone. */
static void
render (SeedsLiveAnswer *answer,
        gboolean         allow_anonymous,
        const char      *problem)
{
  SeedsLivePage page = {
    .catalog = fuzz_catalog (),
    .framework = fuzz_framework (),
    .language = "en",
    .action = ROUND_PATH,
    .meeting_title = "Spring round",
    .community_name = "Westland field lab",
    .date = "2026-03-12",
    .allow_anonymous = allow_anonymous,
    .nonce = NONCE,
  };
  g_autofree char *html = seeds_live_page_form (&page, "abcdefghijklmnopqrstuvwxyz765432",
                                                answer, problem);

  if (!g_utf8_validate (html, -1, NULL) || count (html, "<script") != 1 ||
      count (html, "<style") != 1 || count (html, "<form") != 1 || count (html, "</form>") != 1)
    abort ();
}

static void
read_form (const char *data,
           gsize       length,
           gboolean    allow_anonymous)
{
  g_autoptr(SeedsLiveForm) form = NULL;
  g_autoptr(SeedsLiveAnswer) answer = NULL;
  g_autoptr(SeedsScorecard) card = NULL;
  g_autoptr(GError) error = NULL;

  form = seeds_live_form_parse (data, length, &error);
  g_assert ((form == NULL) == (error != NULL));
  fuzz_check_error (error);
  if (form == NULL)
    return;

  answer = seeds_live_answer_new_from_form (form, fuzz_framework (), allow_anonymous, &error);
  g_assert ((answer == NULL) == (error != NULL));
  fuzz_check_error (error);
  if (answer == NULL)
    return;

  card = seeds_live_answer_to_card (answer, seeds_framework_get_id (fuzz_framework ()),
                                    MEETING_ID, PARTICIPANT_ID, "Anonymous K7MQ-2XRP", &error);
  g_assert ((card == NULL) == (error != NULL));
  fuzz_check_error (error);

  render (answer, allow_anonymous, error != NULL ? error->message : NULL);
}

static void
read_card (const char *data,
           gsize       length)
{
  g_autoptr(GBytes) body = g_bytes_new_static (data, length);
  g_autoptr(SeedsScorecard) card = NULL;
  g_autoptr(GError) error = NULL;

  card = seeds_scorecard_new_from_bytes (body, fuzz_framework (), &error);
  g_assert ((card == NULL) == (error != NULL));
  fuzz_check_error (error);

  if (card != NULL && !g_utf8_validate (seeds_scorecard_get_meeting_id (card), -1, NULL))
    abort ();
}

static void
read_query (const char *data,
            gsize       length)
{
  g_autoptr(SeedsLiveForm) form = NULL;
  g_autoptr(GError) error = NULL;
  const char *member;

  form = seeds_live_form_parse (data, length, &error);
  fuzz_check_error (error);
  if (form == NULL)
    return;

  member = seeds_live_form_lookup (form, "member");
  if (member != NULL && seeds_live_token_is_valid (member) &&
      strlen (member) != SEEDS_LIVE_TOKEN_LENGTH)
    abort ();
}

static void
read_path (const char *text)
{
  g_autofree char *code = seeds_live_code_normalize (text);
  g_autofree char *again = NULL;

  if (code == NULL)
    return;

  /* A code found is written as seeds_live_code_new() writes one */
  again = seeds_live_code_normalize (code);
  if (strlen (code) != SEEDS_LIVE_CODE_LENGTH + 1 || g_strcmp0 (code, again) != 0)
    abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char *rest = (const char *) data + 1;
  g_autofree char *text = NULL;
  char mode;

  if (size == 0)
    return 0;

  mode = strchr (modes, data[0]) != NULL && data[0] != '\0' ? (char) data[0]
                                                             : modes[data[0] % strlen (modes)];
  /* Headers and paths reach the server as strings, up to their first NUL */
  text = g_strndup (rest, size - 1);

  switch (mode)
    {
    case 'F':
    case 'A':
      read_form (rest, size - 1, mode == 'A');
      break;
    case 'C':
      read_card (rest, size - 1);
      break;
    case 'Q':
      read_query (rest, size - 1);
      break;
    case 'L':
      {
        const char *language = seeds_live_page_choose_language (text);

        if (language != NULL && !g_str_equal (language, "nl") && !g_str_equal (language, "en"))
          abort ();
      }
      break;
    case 'P':
    default:
      read_path (text);
      break;
    }

  return 0;
}
