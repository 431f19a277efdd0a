/* test-import.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include <sqlite3.h>

#include "exchange/seeds-csv.h"
#include "exchange/seeds-importer.h"
#include "exchange/seeds-invitation.h"
#include "stats/seeds-meeting-summary.h"
#include "exchange/seeds-profile.h"
#include "exchange/seeds-scorecard.h"
#include "seeds-test-util.h"
#include "model/seeds-text.h"

#define FRAMEWORK_ID "greenport-2020"
#define COMMUNITY_ID "0b8f3c1e-5a8e-4d7b-9d6a-1c2b3a4d5e6f"
#define MEETING_ID   "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b"
#define OTHER_ID     "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"
#define PEER_ID      "3c9d2e1f-7a6b-4c5d-8e9f-0a1b2c3d4e5f"

#define N_MEMBERS 11
#define N_FACTORS 12

typedef SeedsTestDatabase Fixture;

static GFile *
write_file (Fixture    *fixture,
            const char *name,
            GBytes     *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autofree char *path = seeds_test_write_file (fixture->dir, name, data, length);

  return g_file_new_for_path (path);
}

static GFile *
write_invitation (Fixture    *fixture,
                  const char *name,
                  const char *meeting_id,
                  const char *title)
{
  g_autoptr(SeedsInvitation) invitation = NULL;
  g_autoptr(GBytes) bytes = NULL;

  invitation = seeds_invitation_new (FRAMEWORK_ID, COMMUNITY_ID, "Westland field lab",
                                     meeting_id, "2026-03-12", title);
  bytes = seeds_invitation_to_bytes (invitation);

  return write_file (fixture, name, bytes);
}

static GFile *
write_card (Fixture        *fixture,
            const char     *name,
            SeedsScorecard *card)
{
  g_autoptr(GBytes) bytes = seeds_scorecard_to_bytes (card);

  return write_file (fixture, name, bytes);
}

/* Imports @files in one call and checks what happened to each. */
static void
import_files (Fixture                  *fixture,
              GFile                   **files,
              guint                     n_files,
              const SeedsImportOutcome *outcomes)
{
  g_autoptr(GPtrArray) results = NULL;

  results = seeds_importer_import_files (fixture->store, fixture->framework, files, n_files);
  g_assert_cmpuint (results->len, ==, n_files);

  for (guint i = 0; i < n_files; i++)
    {
      const SeedsImportResult *result = g_ptr_array_index (results, i);
      g_autofree char *basename = g_file_get_basename (files[i]);

      g_test_message ("%s: %s", result->name, result->message);
      g_assert_cmpstr (result->name, ==, basename);
      g_assert_cmpint (result->outcome, ==, outcomes[i]);
      g_assert_cmpstr (result->meeting_id, ==,
                       outcomes[i] == SEEDS_IMPORT_REJECTED ? NULL : MEETING_ID);
    }
}

static void
import_invitation (Fixture *fixture)
{
  g_autoptr(GFile) file = write_invitation (fixture, "spring.seedsmeeting", MEETING_ID,
                                            "Spring round");

  import_files (fixture, &file, 1, (SeedsImportOutcome []) { SEEDS_IMPORT_ADDED });
}

/* The score of member @m for factor @f in the meeting round below: 1 to 5,
 * some "don't know", and member 10 scored only factors 1 to 9. */
static int
member_score (guint m,
              guint f)
{
  if (m == 10 && f > 9)
    return SEEDS_SCORE_NONE;
  if ((m + f) % 6 == 0)
    return SEEDS_SCORE_DONT_KNOW;

  return 1 + (m * 3 + f) % 5;
}

static SeedsScorecard *
member_card (guint    m,
             gboolean first_try)
{
  g_autofree char *participant_id = g_strdup_printf ("00000000-0000-4000-8000-%012u", m);
  g_autofree char *name = g_strdup_printf ("Member %02u", m);
  SeedsScorecard *card;

  card = seeds_scorecard_new (FRAMEWORK_ID, MEETING_ID, participant_id, name, "Greenhouse Ltd",
                              (SeedsPartnerType) (m % SEEDS_N_PARTNER_TYPES));

  for (guint f = 1; f <= N_FACTORS; f++)
    {
      g_autofree char *factor_id = g_strdup_printf ("%u", f);
      int value = first_try ? 1 : member_score (m, f);

      if (value != SEEDS_SCORE_NONE)
        seeds_scorecard_set_score (card, factor_id, value, f == 3 ? "Hard to say, really" : NULL);
    }

  return card;
}

/* The "done when": an invitation and twelve cards in one call,
 * the invitation among them, member 3 twice: the later card counts. */
static void
test_meeting_round (Fixture       *fixture,
                    gconstpointer  data)
{
  GFile *files[N_MEMBERS + 2];
  SeedsImportOutcome outcomes[N_MEMBERS + 2];
  g_autoptr(GPtrArray) scores = NULL;
  g_autoptr(SeedsMeetingSummary) summary = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  for (guint m = 0; m < N_MEMBERS; m++)
    {
      g_autofree char *name = g_strdup_printf ("member-%02u.seedscard", m);
      g_autoptr(SeedsScorecard) card = member_card (m, FALSE);

      if (m == 3)
        {
          g_autoptr(SeedsScorecard) first_try = member_card (m, TRUE);

          outcomes[n] = SEEDS_IMPORT_ADDED;
          files[n++] = write_card (fixture, "member-03-first-try.seedscard", first_try);
        }

      if (m == 5)
        {
          outcomes[n] = SEEDS_IMPORT_ADDED;
          files[n++] = write_invitation (fixture, "spring.seedsmeeting", MEETING_ID,
                                         "Spring round");
        }

      outcomes[n] = m == 3 ? SEEDS_IMPORT_REPLACED : SEEDS_IMPORT_ADDED;
      files[n++] = write_card (fixture, name, card);
    }

  g_assert_cmpuint (n, ==, G_N_ELEMENTS (files));
  import_files (fixture, files, n, outcomes);
  g_assert_cmpuint (fixture->n_changed, ==, n);

  for (guint i = 0; i < n; i++)
    g_object_unref (files[i]);

  /* The overview's numbers */
  scores = seeds_store_list_scores (fixture->store, MEETING_ID, &error);
  g_assert_no_error (error);
  summary = seeds_meeting_summary_new (fixture->framework, scores);
  g_assert_cmpuint (seeds_meeting_summary_get_n_participants (summary), ==, N_MEMBERS);

  /* The CSV's */
  csv = seeds_csv_export (fixture->store, fixture->framework, NULL, &error);
  g_assert_no_error (error);
  records = seeds_test_parse_csv (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));

  for (guint f = 1; f <= N_FACTORS; f++)
    {
      g_autofree char *factor_id = g_strdup_printf ("%u", f);
      const SeedsFactorStats *stats = seeds_meeting_summary_lookup_stats (summary, factor_id);
      guint expected_n = 0, expected_dont_know = 0, expected_sum = 0;
      guint csv_n = 0, csv_dont_know = 0, csv_sum = 0;

      for (guint m = 0; m < N_MEMBERS; m++)
        {
          int value = member_score (m, f);

          if (value == SEEDS_SCORE_DONT_KNOW)
            expected_dont_know++;
          else if (value != SEEDS_SCORE_NONE)
            {
              expected_n++;
              expected_sum += value;
            }
        }

      for (guint i = 1; i < records->len; i++)
        {
          char **record = g_ptr_array_index (records, i);

          if (!g_str_equal (record[6], factor_id))
            continue;

          if (*record[8] == '\0')
            csv_dont_know++;
          else
            {
              csv_n++;
              csv_sum += (guint) g_ascii_strtoull (record[8], NULL, 10);
            }
        }

      g_assert_cmpuint (stats->n, ==, expected_n);
      g_assert_cmpuint (stats->dont_know, ==, expected_dont_know);
      g_assert_cmpuint (stats->sum, ==, expected_sum);
      g_assert_cmpfloat_with_epsilon (stats->mean, (double) expected_sum / expected_n, 1e-9);

      g_assert_cmpuint (csv_n, ==, expected_n);
      g_assert_cmpuint (csv_dont_know, ==, expected_dont_know);
      g_assert_cmpuint (csv_sum, ==, expected_sum);
    }

  /* Twelve factors of ten members and nine of the last, none doubled */
  g_assert_cmpuint (scores->len, ==, 10 * N_FACTORS + 9);
  g_assert_cmpuint (records->len, ==, 1 + scores->len);
}

static void
assert_participant (Fixture          *fixture,
                    const char       *id,
                    const char       *name,
                    const char       *organisation,
                    SeedsPartnerType  partner_type)
{
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GError) error = NULL;

  participants = seeds_store_list_participants (fixture->store, COMMUNITY_ID, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < participants->len; i++)
    {
      SeedsParticipant *participant = g_ptr_array_index (participants, i);

      if (g_str_equal (seeds_participant_get_id (participant), id))
        {
          g_assert_cmpstr (seeds_participant_get_name (participant), ==, name);
          g_assert_cmpstr (seeds_participant_get_organisation (participant), ==, organisation);
          g_assert_cmpint (seeds_participant_get_partner_type (participant), ==, partner_type);
          return;
        }
    }

  g_assert_not_reached ();
}

static guint
count_participants (Fixture *fixture)
{
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GError) error = NULL;

  participants = seeds_store_list_participants (fixture->store, COMMUNITY_ID, &error);
  g_assert_no_error (error);

  return participants->len;
}

static SeedsImportResult *
import_card (Fixture        *fixture,
             SeedsScorecard *card)
{
  g_autoptr(GBytes) bytes = seeds_scorecard_to_bytes (card);

  return seeds_importer_import_bytes (fixture->store, fixture->framework, bytes, "card.seedscard");
}

/* A card finds its participant by id, else by name, else makes one. */
static void
test_participants (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(SeedsParticipant) anna = NULL;
  g_autoptr(SeedsScorecard) card = NULL;
  g_autoptr(SeedsImportResult) result = NULL;
  g_auto(SeedsTestSample) other = { 0, };
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GPtrArray) scores = NULL;
  g_autoptr(GError) error = NULL;

  import_invitation (fixture);

  /* The facilitator typed Anna's scores in a round of hands. */
  anna = seeds_store_add_participant (fixture->store, MEETING_ID, "Anna de Vries", "",
                                      SEEDS_PARTNER_OTHER, &error);
  g_assert_no_error (error);
  g_assert_true (seeds_store_set_score (fixture->store, MEETING_ID,
                                        seeds_participant_get_id (anna), "1", 2, &error));
  g_assert_true (seeds_store_set_score (fixture->store, MEETING_ID,
                                        seeds_participant_get_id (anna), "2", 2, &error));
  g_assert_no_error (error);

  /* Her own card, without an id, under her name in other letters: hers,
   * and only its scores remain. */
  card = seeds_scorecard_new (FRAMEWORK_ID, MEETING_ID, NULL, "  ANNA DE VRIES ", "TU Delft",
                              SEEDS_PARTNER_RESEARCH);
  seeds_scorecard_set_score (card, "1", 5, "Very");
  result = import_card (fixture, card);
  g_assert_cmpint (result->outcome, ==, SEEDS_IMPORT_REPLACED);
  g_assert_cmpstr (result->message, ==,
                   "Replaced the earlier score card of Anna de Vries in the meeting "
                   "“Spring round”.");
  g_assert_cmpuint (count_participants (fixture), ==, 1);
  assert_participant (fixture, seeds_participant_get_id (anna), "Anna de Vries", "TU Delft",
                      SEEDS_PARTNER_RESEARCH);

  scores = seeds_store_list_scores (fixture->store, MEETING_ID, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (scores->len, ==, 1);
  g_assert_cmpstr (((SeedsScore *) scores->pdata[0])->factor_id, ==, "1");
  g_assert_cmpint (((SeedsScore *) scores->pdata[0])->value, ==, 5);
  g_assert_cmpstr (((SeedsScore *) scores->pdata[0])->comment, ==, "Very");
  g_clear_pointer (&scores, g_ptr_array_unref);
  g_clear_pointer (&result, seeds_import_result_free);
  g_clear_object (&card);

  /* Someone new, with an id: it becomes theirs… */
  card = seeds_scorecard_new (FRAMEWORK_ID, MEETING_ID, OTHER_ID, "Bram", "",
                              SEEDS_PARTNER_COMPANY);
  seeds_scorecard_set_score (card, "4", SEEDS_SCORE_DONT_KNOW, NULL);
  result = import_card (fixture, card);
  g_assert_cmpint (result->outcome, ==, SEEDS_IMPORT_ADDED);
  g_assert_cmpstr (result->message, ==, "Added the scores of Bram to the meeting “Spring round”.");
  assert_participant (fixture, OTHER_ID, "Bram", "", SEEDS_PARTNER_COMPANY);
  g_clear_pointer (&result, seeds_import_result_free);
  g_clear_object (&card);

  /* …so that their next card finds them, under a new name too. */
  card = seeds_scorecard_new (FRAMEWORK_ID, MEETING_ID, OTHER_ID, "Bram Jansen", "Kas BV",
                              SEEDS_PARTNER_COMPANY);
  seeds_scorecard_set_score (card, "4", 3, NULL);
  result = import_card (fixture, card);
  g_assert_cmpint (result->outcome, ==, SEEDS_IMPORT_REPLACED);
  g_assert_cmpuint (count_participants (fixture), ==, 2);
  assert_participant (fixture, OTHER_ID, "Bram Jansen", "Kas BV", SEEDS_PARTNER_COMPANY);
  g_clear_pointer (&result, seeds_import_result_free);
  g_clear_object (&card);

  /* An id that belongs to someone in another community is not theirs. */
  seeds_test_sample_init (&other, fixture->store, "Other lab", "Chris");
  card = seeds_scorecard_new (FRAMEWORK_ID, MEETING_ID, seeds_participant_get_id (other.anna),
                              "Chris", "", SEEDS_PARTNER_EDUCATION);
  seeds_scorecard_set_score (card, "1", 4, NULL);
  result = import_card (fixture, card);
  g_assert_cmpint (result->outcome, ==, SEEDS_IMPORT_ADDED);
  g_assert_cmpuint (count_participants (fixture), ==, 3);
  g_assert_cmpstr (result->meeting_id, ==, MEETING_ID);

  participants = seeds_store_list_attendees (fixture->store, MEETING_ID, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (participants->len, ==, 3);
  for (guint i = 0; i < participants->len; i++)
    g_assert_cmpstr (seeds_participant_get_id (participants->pdata[i]), !=,
                     seeds_participant_get_id (other.anna));
}

/* An invitation to a meeting that is there already is no error, and
 * leaves the meeting and its community as the facilitator has them. */
static void
test_invitation_known (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GFile) again = NULL;
  g_autoptr(GFile) next = NULL;
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;

  import_invitation (fixture);
  g_assert_cmpuint (fixture->n_changed, ==, 1);

  community = seeds_store_get_community (fixture->store, COMMUNITY_ID, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_community_get_name (community), ==, "Westland field lab");
  g_assert_true (seeds_store_rename_community (fixture->store, community, "Westland", &error));
  g_assert_no_error (error);
  fixture->n_changed = 0;

  again = write_invitation (fixture, "again.seedsmeeting", MEETING_ID, "Another title");
  next = write_invitation (fixture, "next.seedsmeeting", OTHER_ID, "Summer round");
  results = seeds_importer_import_files (fixture->store, fixture->framework,
                                        (GFile *[]) { again, next }, 2);

  g_assert_cmpint (((SeedsImportResult *) results->pdata[0])->outcome, ==,
                   SEEDS_IMPORT_ALREADY_KNOWN);
  g_assert_cmpstr (((SeedsImportResult *) results->pdata[0])->message, ==,
                   "The meeting “Another title” of 12 March 2026 is already in the database.");
  g_assert_cmpint (((SeedsImportResult *) results->pdata[1])->outcome, ==, SEEDS_IMPORT_ADDED);
  g_assert_cmpstr (((SeedsImportResult *) results->pdata[1])->message, ==,
                   "Added the meeting “Summer round” of 12 March 2026 to the learning community "
                   "“Westland field lab”.");
  g_assert_cmpuint (fixture->n_changed, ==, 1);

  g_clear_object (&community);
  community = seeds_store_get_community (fixture->store, COMMUNITY_ID, &error);
  g_assert_cmpstr (seeds_community_get_name (community), ==, "Westland");

  meetings = seeds_store_list_meetings (fixture->store, COMMUNITY_ID, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (meetings->len, ==, 2);
}

/* The bad files: each is refused with its reason, and leaves no trace. */

#define HEAD(format, version, framework) \
  "{\"format\": \"" format "\", \"version\": " version ", \"framework\": \"" framework "\", "
#define CARD_HEAD HEAD ("seeds-scorecard", "1", FRAMEWORK_ID)
#define MEETING "\"meeting\": {\"id\": \"" MEETING_ID "\"}, "
#define PERSON "\"participant\": {\"name\": \"Bea\", \"organisation\": \"\", " \
               "\"partner_type\": \"company\"}, "
#define CARD(scores) CARD_HEAD MEETING PERSON "\"scores\": " scores "}"
#define INVITATION(community, meeting) \
  HEAD ("seeds-meeting", "1", FRAMEWORK_ID) \
  "\"community\": " community ", \"meeting\": " meeting "}"
#define COMMUNITY "{\"id\": \"" COMMUNITY_ID "\", \"name\": \"Lab\"}"

static const struct
{
  const char *name;
  const char *contents;
  const char *message;
} bad_files[] = {
  { "unknown-meeting.seedscard",
    CARD_HEAD "\"meeting\": {\"id\": \"" OTHER_ID "\"}, " PERSON "\"scores\": {\"1\": 3}}",
    "The score card is for a meeting that is not in this database." },
  { "other-framework.seedscard",
    HEAD ("seeds-scorecard", "1", "students-2024") MEETING PERSON "\"scores\": {\"1\": 3}}",
    "The score card is for the framework “students-2024”, not for “greenport-2020”." },
  { "version-2.seedscard",
    HEAD ("seeds-scorecard", "2", FRAMEWORK_ID) "\"whatever\": []}",
    "Format version 2 is not supported; this version of the app reads version 1." },
  { "version-0.seedscard",
    HEAD ("seeds-scorecard", "0", FRAMEWORK_ID) "\"whatever\": []}",
    "Format version 0 is not supported; this version of the app reads version 1." },
  { "out-of-range.seedscard",
    CARD ("{\"1\": 3, \"4\": 7}"),
    "The score for factor “4” must be 1 to 5, or null for “don’t know”; it is 7." },
  { "zero.seedscard",
    CARD ("{\"4\": 0}"),
    "The score for factor “4” must be 1 to 5, or null for “don’t know”; it is 0." },
  { "unknown-factor.seedscard",
    CARD ("{\"1\": 3, \"13\": 4}"),
    "Factor “13” does not exist in this framework." },
  { "broken.seedscard",
    "{\"format\": \"seeds-scorecard\", \"version\": 1,, }",
    "The file is not valid JSON: line 1, column 44: unexpected character “,”." },
  { "truncated.seedscard",
    CARD_HEAD MEETING "\"participant\": {\"name\": \"Be",
    "The file is not valid JSON: line 1, column 162: unexpected end of the file." },
  { "other-format.seedscard",
    HEAD ("seeds-poster", "1", FRAMEWORK_ID) "\"scores\": {}}",
    "This is not a Seeds of Innovation score card." },
  { "no-format.seedscard",
    "{\"scores\": {\"1\": 3}}",
    "This is not a Seeds of Innovation score card." },
  { "array.seedscard",
    "[1, 2, 3]",
    "This is not a Seeds of Innovation score card." },
  { "not-an-invitation.seedsmeeting",
    "{\"format\": 1}",
    "This is not a Seeds of Innovation meeting invitation." },
  { "score-as-text.seedscard",
    CARD ("{\"4\": \"4\"}"),
    "The score for factor “4” must be 1 to 5, or null for “don’t know”; it is \"4\"." },
  { "score-as-fraction.seedscard",
    CARD ("{\"4\": 3.5}"),
    "The score for factor “4” must be 1 to 5, or null for “don’t know”; it is 3.5." },
  { "score-as-list.seedscard",
    CARD ("{\"4\": [1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2]}"),
    "The score for factor “4” must be 1 to 5, or null for “don’t know”; it is "
    "[1,2,3,4,5,1,2,3,4,5,1,2,3,4,5,1,2,3,4,5…." },
  { "scores-as-array.seedscard",
    CARD ("[4, 3, 2]"),
    "The field “scores” must be a JSON object." },
  { "no-scores.seedscard",
    CARD_HEAD MEETING PERSON "\"comments\": {}}",
    "The field “scores” is missing." },
  { "empty-scores.seedscard",
    CARD ("{}"),
    "The score card has no scores." },
  { "version-as-text.seedscard",
    HEAD ("seeds-scorecard", "\"1\"", FRAMEWORK_ID) MEETING PERSON "\"scores\": {\"1\": 3}}",
    "The field “version” must be a whole number." },
  { "framework-as-number.seedscard",
    "{\"format\": \"seeds-scorecard\", \"version\": 1, \"framework\": 2020}",
    "The field “framework” must be text." },
  { "participant-as-text.seedscard",
    CARD_HEAD MEETING "\"participant\": \"Bea\", \"scores\": {\"1\": 3}}",
    "The field “participant” must be a JSON object." },
  { "name-as-number.seedscard",
    CARD_HEAD MEETING "\"participant\": {\"name\": 42, \"partner_type\": \"company\"}, "
    "\"scores\": {\"1\": 3}}",
    "The field “participant.name” must be text." },
  { "empty-name.seedscard",
    CARD_HEAD MEETING "\"participant\": {\"name\": \" \\t \", \"partner_type\": \"company\"}, "
    "\"scores\": {\"1\": 3}}",
    "The field “participant.name” is empty." },
  { "no-name.seedscard",
    CARD_HEAD MEETING "\"participant\": {\"partner_type\": \"company\"}, \"scores\": {\"1\": 3}}",
    "The field “participant.name” is missing." },
  { "unknown-partner-type.seedscard",
    CARD_HEAD MEETING "\"participant\": {\"name\": \"Bea\", \"partner_type\": \"farmer\"}, "
    "\"scores\": {\"1\": 3}}",
    "The partner type “farmer” is not one of company, government, education, research or "
    "other." },
  { "bad-meeting-id.seedscard",
    CARD_HEAD "\"meeting\": {\"id\": \"1234\"}, " PERSON "\"scores\": {\"1\": 3}}",
    "The field “meeting.id” is not a valid identifier (UUID)." },
  { "bad-participant-id.seedscard",
    CARD_HEAD MEETING "\"participant\": {\"id\": \"Bea\", \"name\": \"Bea\", "
    "\"partner_type\": \"company\"}, \"scores\": {\"1\": 3}}",
    "The field “participant.id” is not a valid identifier (UUID)." },
  { "comment-without-score.seedscard",
    CARD_HEAD MEETING PERSON "\"scores\": {\"1\": 3}, \"comments\": {\"2\": \"Why?\"}}",
    "There is a comment on factor “2”, but no score." },
  { "comment-unknown-factor.seedscard",
    CARD_HEAD MEETING PERSON "\"scores\": {\"1\": 3}, \"comments\": {\"99\": \"Why?\"}}",
    "Factor “99” does not exist in this framework." },
  { "comment-as-number.seedscard",
    CARD_HEAD MEETING PERSON "\"scores\": {\"1\": 3}, \"comments\": {\"1\": 5}}",
    "The field “comments.1” must be text." },
  { "not-utf8.seedscard",
    "{\"format\": \"seeds-scorecard\", \"name\": \"\xff\xfe\"}",
    "The file is not UTF-8 text." },
  { "empty.seedscard",
    "  \n",
    "The file is empty." },
  { "bad-date.seedsmeeting",
    INVITATION (COMMUNITY, "{\"id\": \"" MEETING_ID "\", \"date\": \"2026-02-30\", "
                "\"title\": \"Round\"}"),
    "The field “meeting.date” is not a valid date (YYYY-MM-DD)." },
  { "empty-community.seedsmeeting",
    INVITATION ("{\"id\": \"" COMMUNITY_ID "\", \"name\": \"\"}",
                "{\"id\": \"" MEETING_ID "\", \"date\": \"2026-02-03\", \"title\": \"R\"}"),
    "The field “community.name” is empty." },
  { "other-framework.seedsmeeting",
    HEAD ("seeds-meeting", "1", "students-2024") "\"community\": " COMMUNITY "}",
    "The invitation is for the framework “students-2024”, not for “greenport-2020”." },
};

static void
assert_rejected (Fixture    *fixture,
                 const char *name,
                 const char *contents,
                 gssize      length,
                 const char *message)
{
  g_autofree char *path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) results = NULL;
  const SeedsImportResult *result;

  path = seeds_test_write_file (fixture->dir, name, contents, length);
  file = g_file_new_for_path (path);

  before = seeds_test_dump_database (fixture->path);
  fixture->n_changed = 0;

  results = seeds_importer_import_files (fixture->store, fixture->framework, &file, 1);
  result = g_ptr_array_index (results, 0);

  g_test_message ("%s: %s", name, result->message);
  g_assert_cmpint (result->outcome, ==, SEEDS_IMPORT_REJECTED);
  g_assert_cmpstr (result->message, ==, message);
  g_assert_null (result->meeting_id);

  after = seeds_test_dump_database (fixture->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (fixture->n_changed, ==, 0);
}

static void
test_rejected (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(SeedsScorecard) card = NULL;
  g_autoptr(SeedsImportResult) result = NULL;
  g_autoptr(GString) big = NULL;
  g_autoptr(GString) deep = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *long_name = g_strnfill (81, 'x');
  g_autofree char *long_comment = g_strnfill (1001, 'x');
  g_autofree char *json = NULL;
  g_autofree char *missing = NULL;
  g_autoptr(GFile) missing_file = NULL;
  g_autoptr(GPtrArray) results = NULL;

  /* Something to leave unchanged */
  import_invitation (fixture);
  card = member_card (1, FALSE);
  result = import_card (fixture, card);
  g_assert_cmpint (result->outcome, ==, SEEDS_IMPORT_ADDED);

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    assert_rejected (fixture, bad_files[i].name, bad_files[i].contents, -1, bad_files[i].message);

  json = g_strdup_printf (CARD_HEAD MEETING "\"participant\": {\"name\": \"%s\", "
                          "\"partner_type\": \"other\"}, \"scores\": {\"1\": 3}}", long_name);
  assert_rejected (fixture, "long-name.seedscard", json, -1,
                   "A name can be at most 80 characters long.");
  g_clear_pointer (&json, g_free);

  json = g_strdup_printf (CARD_HEAD MEETING PERSON "\"scores\": {\"1\": 3}, "
                          "\"comments\": {\"1\": \"%s\"}}", long_comment);
  assert_rejected (fixture, "long-comment.seedscard", json, -1,
                   "A comment can be at most 1000 characters long.");

  /* A valid card, but one byte too large; at the limit, it is fine. */
  big = g_string_new (CARD ("{\"1\": 3}"));
  while (big->len < SEEDS_EXCHANGE_MAX_SIZE + 1)
    g_string_append_c (big, ' ');
  assert_rejected (fixture, "big.seedscard", big->str, big->len, "The file is larger than 1 MiB.");

  g_clear_pointer (&result, seeds_import_result_free);
  bytes = g_bytes_new_static (big->str, big->len);
  result = seeds_importer_import_bytes (fixture->store, fixture->framework, bytes, NULL);
  g_assert_cmpint (result->outcome, ==, SEEDS_IMPORT_REJECTED);
  g_assert_cmpstr (result->message, ==, "The file is larger than 1 MiB.");

  g_clear_pointer (&result, seeds_import_result_free);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = g_bytes_new_static (big->str, SEEDS_EXCHANGE_MAX_SIZE);
  result = seeds_importer_import_bytes (fixture->store, fixture->framework, bytes, NULL);
  g_assert_cmpint (result->outcome, ==, SEEDS_IMPORT_ADDED);
  g_assert_cmpstr (result->name, ==, "Dropped data");

  /* Nesting that would take json-glib's parser down with it */
  deep = g_string_new (NULL);
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  assert_rejected (fixture, "deep.seedscard", deep->str, deep->len,
                   "The file is not valid JSON: line 1, column 33: arrays and objects are "
                   "nested more than 32 levels deep.");

  missing = g_build_filename (fixture->dir, "missing.seedscard", NULL);
  missing_file = g_file_new_for_path (missing);
  results = seeds_importer_import_files (fixture->store, fixture->framework, &missing_file, 1);
  g_assert_cmpint (((SeedsImportResult *) results->pdata[0])->outcome, ==, SEEDS_IMPORT_REJECTED);
  g_assert_cmpstr (((SeedsImportResult *) results->pdata[0])->message, ==,
                   "The file does not exist.");
}

/* A file that fails half-way leaves nothing of it, and the files around it
 * are imported all the same. */
static void
test_all_or_nothing (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GFile) good = NULL;
  g_autoptr(GFile) refused = NULL;
  g_autoptr(GFile) bad = NULL;
  g_autofree char *bad_path = NULL;
  g_autoptr(SeedsScorecard) good_card = member_card (1, FALSE);
  g_autoptr(SeedsScorecard) refused_card = member_card (2, FALSE);
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  import_invitation (fixture);

  /* Every score of member 2 is refused once the participant, attendance
   * and the first scores are in. */
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "CREATE TRIGGER refuse BEFORE INSERT ON scores "
                                 "WHEN NEW.participant_id = '00000000-0000-4000-8000-000000000002' "
                                 "AND NEW.factor_id = '12' "
                                 "BEGIN SELECT RAISE (ABORT, 'refused by the test'); END;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  good = write_card (fixture, "good.seedscard", good_card);
  refused = write_card (fixture, "refused.seedscard", refused_card);
  bad_path = seeds_test_write_file (fixture->dir, "bad.seedscard", "{", -1);
  bad = g_file_new_for_path (bad_path);
  fixture->n_changed = 0;

  import_files (fixture, (GFile *[]) { good, refused, bad }, 3,
                (SeedsImportOutcome []) {
                  SEEDS_IMPORT_ADDED, SEEDS_IMPORT_REJECTED, SEEDS_IMPORT_REJECTED
                });
  g_assert_cmpuint (fixture->n_changed, ==, 1);

  attendees = seeds_store_list_attendees (fixture->store, MEETING_ID, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (attendees->len, ==, 1);
  g_assert_cmpuint (count_participants (fixture), ==, 1);
}

/* Imports @card and checks that it was refused with a message that
 * contains @part and that the database is as before. */
static void
assert_card_refused (Fixture        *fixture,
                     SeedsScorecard *card,
                     const char     *part)
{
  g_autofree char *before = seeds_test_dump_database (fixture->path);
  g_autofree char *after = NULL;
  g_autoptr(SeedsImportResult) result = NULL;

  fixture->n_changed = 0;
  result = import_card (fixture, card);
  g_test_message ("%s", result->message);
  g_assert_cmpint (result->outcome, ==, SEEDS_IMPORT_REJECTED);
  g_assert_true (g_utf8_validate (result->message, -1, NULL));
  g_assert_nonnull (strstr (result->message, part));
  g_assert_false (seeds_text_find_invisible (result->message, NULL));

  after = seeds_test_dump_database (fixture->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (fixture->n_changed, ==, 0);
}

static SeedsScorecard *
card_of (const char *participant_id,
         const char *name)
{
  SeedsScorecard *card = seeds_scorecard_new (FRAMEWORK_ID, MEETING_ID, participant_id, name,
                                              "", SEEDS_PARTNER_OTHER);

  seeds_scorecard_set_score (card, "1", 1, NULL);
  return card;
}

/* A card cannot pass for someone else: invisible characters in a name are
 * refused, a name that looks like another participant's without being it
 * is held back and shown, and neither changes anything. */
static void
test_lookalikes (Fixture       *fixture,
                 gconstpointer  data)
{
  static const struct
  {
    const char *name;
    const char *part;
  } refused[] = {
    /* "An​na de Vries": a zero-width space, a second Anna who looks the same */
    { "An\342\200\213na de Vries", "U+200B" },
    /* "Anna‮gnp.exe‬", shown as "Annaexe.png" */
    { "Anna\342\200\256gnp.exe\342\200\254", "U+202E" },
    /* A zero-width joiner, a word joiner and a byte order mark */
    { "Anna de\342\200\215 Vries", "U+200D" },
    { "Anna\342\201\240 de Vries", "U+2060" },
    { "\357\273\277Anna de Vries", "U+FEFF" },
    /* A Cyrillic А among Latin letters */
    { "\320\220nna de Vries", "alphabets" },
    /* Full-width letters and a Latin l for I: they look like the names
     * of participants without being them. */
    { "\357\274\241nna de Vries", "looks like “Anna de Vries”" },
    { "lan Smit", "looks like “Ian Smit”" },
  };
  g_autoptr(SeedsParticipant) anna = NULL;
  g_autoptr(SeedsParticipant) ian = NULL;
  g_autoptr(SeedsScorecard) bram = NULL;
  g_autoptr(SeedsScorecard) namesake = NULL;
  g_autoptr(SeedsImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  import_invitation (fixture);
  anna = seeds_store_add_participant (fixture->store, MEETING_ID, "Anna de Vries", "",
                                      SEEDS_PARTNER_OTHER, &error);
  g_assert_no_error (error);
  ian = seeds_store_add_participant (fixture->store, MEETING_ID, "Ian Smit", "",
                                     SEEDS_PARTNER_OTHER, &error);
  g_assert_no_error (error);
  g_assert_true (seeds_store_set_score (fixture->store, MEETING_ID,
                                        seeds_participant_get_id (anna), "1", 4, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(SeedsScorecard) without_id = card_of (NULL, refused[i].name);
      g_autoptr(SeedsScorecard) with_id = card_of (OTHER_ID, refused[i].name);

      assert_card_refused (fixture, without_id, refused[i].part);
      assert_card_refused (fixture, with_id, refused[i].part);
    }

  /* Bram's own card may not rename him into a look-alike of Anna. */
  bram = card_of (OTHER_ID, "Bram");
  result = import_card (fixture, bram);
  g_assert_cmpint (result->outcome, ==, SEEDS_IMPORT_ADDED);
  g_clear_object (&bram);
  bram = card_of (OTHER_ID, "\357\274\241nna de Vries");
  assert_card_refused (fixture, bram, "looks like “Anna de Vries”");

  /* A real namesake, written the same, is the same name, as before. */
  namesake = card_of (NULL, "anna  DE vries");
  g_clear_pointer (&result, seeds_import_result_free);
  result = import_card (fixture, namesake);
  g_assert_cmpint (result->outcome, ==, SEEDS_IMPORT_REPLACED);
  g_assert_cmpuint (count_participants (fixture), ==, 3);
}

/* Hostile files: what took the app down, or reached the user unchecked,
 * before the strict JSON check. Each kind is refused by its reader and by
 * the importer, as bytes and as a file, with a message that is valid
 * UTF-8, and leaves the database as it was. They run in this process: a
 * crash fails the test. */

typedef enum
{
  KIND_INVITATION,
  KIND_SCORECARD,
  KIND_PROFILE,
} Kind;

static const char * const kind_suffixes[] = {
  [KIND_INVITATION] = SEEDS_INVITATION_SUFFIX,
  [KIND_SCORECARD] = SEEDS_SCORECARD_SUFFIX,
  [KIND_PROFILE] = SEEDS_PROFILE_SUFFIX,
};

/* The name in each kind's file below, which is in it once */
static const char * const kind_names[] = {
  [KIND_INVITATION] = "Westland field lab",
  [KIND_SCORECARD] = "Member 01",
  [KIND_PROFILE] = "Zuid lab",
};

/* A file of @kind as the app writes it, that the database below would
 * take: a new meeting, a new card, a newer profile. */
static char *
write_kind (Kind kind)
{
  g_autoptr(SeedsInvitation) invitation = NULL;
  g_autoptr(SeedsScorecard) card = NULL;
  g_autoptr(SeedsCommunityProfile) details = NULL;
  g_autoptr(SeedsSharedResults) results = NULL;
  g_autoptr(SeedsProfile) profile = NULL;
  g_autoptr(GBytes) bytes = NULL;

  switch (kind)
    {
    case KIND_INVITATION:
      invitation = seeds_invitation_new (FRAMEWORK_ID, COMMUNITY_ID, kind_names[kind], OTHER_ID,
                                         "2026-03-12", "Summer round");
      bytes = seeds_invitation_to_bytes (invitation);
      break;
    case KIND_SCORECARD:
      card = member_card (1, FALSE);
      bytes = seeds_scorecard_to_bytes (card);
      break;
    case KIND_PROFILE:
    default:
      details = seeds_test_full_profile ();
      results = seeds_shared_results_new (FRAMEWORK_ID, "2026-03-01", 6);
      seeds_shared_results_add (results, "2", 5, 44, 50);
      seeds_shared_results_add (results, "7", 6, 23, 80);
      profile = seeds_profile_new (PEER_ID, kind_names[kind], g_get_real_time () / G_USEC_PER_SEC,
                                   details, TRUE, results);
      bytes = seeds_profile_to_bytes (profile);
      break;
    }

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static GObject *
read_kind (Kind             kind,
           GBytes          *bytes,
           SeedsFramework  *framework,
           GError         **error)
{
  switch (kind)
    {
    case KIND_INVITATION:
      return G_OBJECT (seeds_invitation_new_from_bytes (bytes, framework, error));
    case KIND_SCORECARD:
      return G_OBJECT (seeds_scorecard_new_from_bytes (bytes, framework, error));
    case KIND_PROFILE:
    default:
      return G_OBJECT (seeds_profile_new_from_bytes (bytes, framework, error));
    }
}

/* What the hostile files would change: a meeting with a card, a community
 * of your own and an older profile of PEER_ID. The files written by
 * write_kind() are good, so that each is refused only for what is done
 * to it. Returns the database's contents. */
static char *
fill_database (Fixture *fixture)
{
  g_autoptr(SeedsScorecard) card = member_card (2, FALSE);
  g_autoptr(SeedsCommunityProfile) details = seeds_test_full_profile ();
  g_autoptr(SeedsProfile) older = NULL;
  g_autoptr(SeedsCommunity) own = NULL;
  g_autoptr(SeedsImportResult) card_result = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(SeedsImportResult) profile_result = NULL;

  import_invitation (fixture);
  card_result = import_card (fixture, card);
  g_assert_cmpint (card_result->outcome, ==, SEEDS_IMPORT_ADDED);
  own = seeds_test_add_shared_community (fixture->store);

  older = seeds_profile_new (PEER_ID, "Zuid lab", 1767225600, details, TRUE, NULL);
  bytes = seeds_profile_to_bytes (older);
  profile_result = seeds_importer_import_bytes (fixture->store, fixture->framework, bytes,
                                                "older.seedsprofile");
  g_assert_cmpint (profile_result->outcome, ==, SEEDS_IMPORT_ADDED);

  for (Kind kind = KIND_INVITATION; kind <= KIND_PROFILE; kind++)
    {
      g_autofree char *good = write_kind (kind);
      g_autoptr(GBytes) good_bytes = g_bytes_new (good, strlen (good));
      g_autoptr(GObject) read = NULL;
      g_autoptr(GError) error = NULL;

      read = read_kind (kind, good_bytes, fixture->framework, &error);
      g_assert_no_error (error);
      g_assert_nonnull (read);
    }

  return seeds_test_dump_database (fixture->path);
}

static void
assert_hostile_refused (Fixture    *fixture,
                        const char *database,
                        Kind        kind,
                        const char *contents,
                        gsize       length,
                        const char *fragment)
{
  g_autofree char *name = g_strconcat ("hostile", kind_suffixes[kind], NULL);
  g_autofree char *path = seeds_test_write_file (fixture->dir, name, contents, (gssize) length);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = g_bytes_new (contents, length);
  g_autoptr(GObject) read = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsImportResult) result = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autofree char *after = NULL;
  const SeedsImportResult *from_file;

  fixture->n_changed = 0;

  read = read_kind (kind, bytes, fixture->framework, &error);
  g_assert_null (read);
  g_assert_error (error, SEEDS_EXCHANGE_ERROR, SEEDS_EXCHANGE_ERROR_NOT_JSON);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not hold “%s”", error->message, fragment);

  result = seeds_importer_import_bytes (fixture->store, fixture->framework, bytes, name);
  g_assert_cmpint (result->outcome, ==, SEEDS_IMPORT_REJECTED);
  g_assert_cmpstr (result->message, ==, error->message);

  results = seeds_importer_import_files (fixture->store, fixture->framework, &file, 1);
  from_file = g_ptr_array_index (results, 0);
  g_assert_cmpint (from_file->outcome, ==, SEEDS_IMPORT_REJECTED);
  g_assert_cmpstr (from_file->message, ==, error->message);

  after = seeds_test_dump_database (fixture->path);
  g_assert_cmpstr (after, ==, database);
  g_assert_cmpuint (fixture->n_changed, ==, 0);
}

/* Nesting that the old check did not count, because of a double quote
 * in a comment or in single quotes, and that took json-glib's recursive
 * parser down with the stack */
static const struct
{
  const char *name;
  const char *before;
  const char *after;
  const char *fragment;
} hidings[] = {
  { "block-comment", "/* \" */ ", "", "comments are not allowed." },
  { "line-comment", "// \"\n", "", "comments are not allowed." },
  { "single-quotes", "['\"', ", "]", "text must be in double quotes." },
};

/* @good with a member "x" of nesting after @before, @size bytes in all */
static GString *
add_nesting (const char *good,
             const char *before,
             const char *after,
             gsize       size)
{
  const char *end = strrchr (good, '}');
  GString *json = g_string_new_len (good, end - good);
  gsize depth;

  g_string_append_printf (json, ",\n  \"x\": %s", before);
  depth = (size - json->len - strlen (after) - strlen ("\n}\n")) / 2;
  for (gsize i = 0; i < depth; i++)
    g_string_append_c (json, '[');
  for (gsize i = 0; i < depth; i++)
    g_string_append_c (json, ']');
  g_string_append_printf (json, "%s\n}\n", after);

  return json;
}

static void
test_hostile_nesting (Fixture       *fixture,
                      gconstpointer  data)
{
  static const gsize sizes[] = { 100 * 1024, SEEDS_EXCHANGE_MAX_SIZE - 1 };
  g_autofree char *database = fill_database (fixture);

  for (Kind kind = KIND_INVITATION; kind <= KIND_PROFILE; kind++)
    {
      g_autofree char *good = write_kind (kind);

      for (guint h = 0; h < G_N_ELEMENTS (hidings); h++)
        {
          for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
            {
              g_autoptr(GString) json = add_nesting (good, hidings[h].before, hidings[h].after,
                                                     sizes[i]);

              g_test_message ("%s%s, %zu bytes", hidings[h].name, kind_suffixes[kind], json->len);
              g_assert_cmpuint (json->len, <=, sizes[i]);
              g_assert_cmpuint (json->len, >=, sizes[i] - 1);
              assert_hostile_refused (fixture, database, kind, json->str, json->len,
                                      hidings[h].fragment);
            }
        }
    }
}

/* json-glib cut a text at U+0000: "Ann\u0000<script>" read as "Ann". */
static void
test_hostile_nul (Fixture       *fixture,
                  gconstpointer  data)
{
  static const char * const names[] = { "\"Ann\\u0000<script>\"", "\"\\u0000Ann\"" };
  g_autofree char *database = fill_database (fixture);

  for (Kind kind = KIND_INVITATION; kind <= KIND_PROFILE; kind++)
    {
      g_autofree char *good = write_kind (kind);
      g_autofree char *quoted = g_strdup_printf ("\"%s\"", kind_names[kind]);

      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        {
          g_autoptr(GString) json = g_string_new (good);

          g_assert_cmpuint (g_string_replace (json, quoted, names[i], 0), ==, 1);
          assert_hostile_refused (fixture, database, kind, json->str, json->len,
                                  "a text holds the character U+0000 (NUL).");
        }
    }
}

typedef struct
{
  gsize start;  /* of the text between the quotes */
  gsize end;
} Span;

/* Where every string in @json is, member names and values */
static GArray *
find_strings (const char *json)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (Span));

  for (const char *p = json; *p != '\0'; p++)
    {
      Span span;

      if (*p != '"')
        continue;

      span.start = p + 1 - json;
      for (p++; *p != '"'; p++)
        {
          if (*p == '\\')
            p++;
        }
      span.end = p - json;
      g_array_append_val (spans, span);
    }

  return spans;
}

/* Half a surrogate pair became bytes that are not UTF-8 in a text, and in
 * the messages that quote it ("The partner type “…” is not one of …"). */
static void
test_hostile_surrogates (Fixture       *fixture,
                         gconstpointer  data)
{
  /* The member names and texts the writers write today: the loop below
   * must not pass for finding none. */
  static const guint minimum_strings[] = {
    [KIND_INVITATION] = 17, [KIND_SCORECARD] = 33, [KIND_PROFILE] = 54,
  };
  g_autofree char *database = fill_database (fixture);

  for (Kind kind = KIND_INVITATION; kind <= KIND_PROFILE; kind++)
    {
      g_autofree char *good = write_kind (kind);
      g_autoptr(GArray) spans = find_strings (good);

      g_test_message ("%u strings in the %s file", spans->len, kind_suffixes[kind]);
      g_assert_cmpuint (spans->len, >=, minimum_strings[kind]);

      for (guint i = 0; i < spans->len; i++)
        {
          const Span *span = &g_array_index (spans, Span, i);
          g_autoptr(GString) alone = g_string_new_len (good, span->start);
          g_autoptr(GString) after = g_string_new_len (good, span->end);

          /* The whole text a high half, or a low half after the text */
          g_string_append (alone, "\\ud800");
          g_string_append (alone, good + span->end);
          g_string_append (after, "\\udc00");
          g_string_append (after, good + span->end);

          assert_hostile_refused (fixture, database, kind, alone->str, alone->len,
                                  "a text holds half of a surrogate pair, which is not a "
                                  "character.");
          assert_hostile_refused (fixture, database, kind, after->str, after->len,
                                  "a text holds half of a surrogate pair, which is not a "
                                  "character.");
        }
    }
}

/* A folder of a meeting's cards, as a facilitator collects them: every
 * card in it and in its subfolders, in one import; hidden files, other
 * files and a link back to the folder are passed over. */
static void
test_folder (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *round = g_build_filename (fixture->dir, "round", NULL);
  g_autofree char *late = g_build_filename (round, "late", NULL);
  g_autofree char *loop = g_build_filename (round, "again", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (round);
  g_autoptr(GFile) invitation = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autofree char *hidden = NULL;
  g_autofree char *notes = NULL;

  g_assert_cmpint (g_mkdir_with_parents (late, 0700), ==, 0);
  g_assert_cmpint (symlink (round, loop), ==, 0);

  for (guint m = 0; m <= 12; m++)
    {
      g_autoptr(SeedsScorecard) card = member_card (m, FALSE);
      g_autofree char *name = g_strdup_printf ("%s/card-%02u.seedscard", m == 12 ? "round/late" : "round", m);

      g_object_unref (write_card (fixture, name, card));
    }
  invitation = write_invitation (fixture, "round/spring.seedsmeeting", MEETING_ID, "Spring round");
  hidden = seeds_test_write_file (fixture->dir, "round/.card-00.seedscard", "{", 1);
  notes = seeds_test_write_file (fixture->dir, "round/notes.txt", "Bring coffee", 12);

  results = seeds_importer_import_files (fixture->store, fixture->framework, &folder, 1);
  g_assert_cmpuint (results->len, ==, 14);
  for (guint i = 0; i < results->len; i++)
    {
      const SeedsImportResult *result = g_ptr_array_index (results, i);

      g_test_message ("%s: %s", result->name, result->message);
      g_assert_false (seeds_import_result_is_refused (result));
    }
  g_assert_cmpuint (count_participants (fixture), ==, 13);
}

/* A folder without anything to import says so, as a refused file does */
static void
test_empty_folder (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *empty = g_build_filename (fixture->dir, "empty", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (empty);
  g_autoptr(GPtrArray) results = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const SeedsImportResult *result;

  g_assert_cmpint (g_mkdir (empty, 0700), ==, 0);
  g_free (seeds_test_write_file (fixture->dir, "empty/notes.txt", "x", 1));
  before = seeds_test_dump_database (fixture->path);

  results = seeds_importer_import_files (fixture->store, fixture->framework, &folder, 1);
  g_assert_cmpuint (results->len, ==, 1);
  result = g_ptr_array_index (results, 0);
  g_assert_cmpstr (result->name, ==, "empty");
  g_assert_cmpint (result->outcome, ==, SEEDS_IMPORT_REJECTED);
  g_assert_cmpstr (result->message, ==, "The folder holds no score cards, invitations or profiles.");
  after = seeds_test_dump_database (fixture->path);
  g_assert_cmpstr (after, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, seeds_test_database_set_up, func, \
              seeds_test_database_tear_down)

  ADD ("/import/meeting-round", test_meeting_round);
  ADD ("/import/participants", test_participants);
  ADD ("/import/invitation-known", test_invitation_known);
  ADD ("/import/rejected", test_rejected);
  ADD ("/import/all-or-nothing", test_all_or_nothing);
  ADD ("/import/lookalikes", test_lookalikes);
  ADD ("/import/folder", test_folder);
  ADD ("/import/folder/empty", test_empty_folder);
  ADD ("/import/hostile/nesting", test_hostile_nesting);
  ADD ("/import/hostile/nul", test_hostile_nul);
  ADD ("/import/hostile/surrogates", test_hostile_surrogates);

#undef ADD

  return g_test_run ();
}
