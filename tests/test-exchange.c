/* test-exchange.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <locale.h>

#include <json-glib/json-glib.h>

#include "exchange/seeds-file-name.h"
#include "exchange/seeds-invitation.h"
#include "exchange/seeds-scorecard.h"
#include "seeds-test-util.h"

#define COMMUNITY_ID "0b8f3c1e-5a8e-4d7b-9d6a-1c2b3a4d5e6f"
#define MEETING_ID   "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b"
#define PERSON_ID    "11111111-2222-4333-8444-555555555555"

#define TRICKY_NAME "Zoë “de Kas” <b>&amp;</b> 🌱, =1+1"

static SeedsFramework *framework;

static void
assert_member_string (JsonObject *object,
                      const char *member,
                      const char *value)
{
  g_assert_cmpstr (json_object_get_string_member (object, member), ==, value);
}

/* The written file as JSON, with its header checked */
static JsonObject *
parse_written (GBytes     *bytes,
               const char *format)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;

  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                              &error);
  g_assert_no_error (error);

  root = json_node_get_object (json_parser_get_root (parser));
  assert_member_string (root, "format", format);
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);
  assert_member_string (root, "framework", "greenport-2020");

  return json_object_ref (root);
}

static void
test_invitation_round_trip (void)
{
  g_autoptr(SeedsCommunity) community = seeds_community_new (COMMUNITY_ID, TRICKY_NAME);
  g_autoptr(SeedsMeeting) meeting = NULL;
  g_autoptr(SeedsInvitation) invitation = NULL;
  g_autoptr(SeedsInvitation) read = NULL;
  g_autoptr(SeedsInvitation) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonObject) root = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  meeting = seeds_meeting_new (MEETING_ID, COMMUNITY_ID, "greenport-2020", "2026-03-12",
                               "Spring round “2026”", "Notes stay home");
  invitation = seeds_invitation_new_for_meeting (community, meeting);
  bytes = seeds_invitation_to_bytes (invitation);

  root = parse_written (bytes, "seeds-meeting");
  assert_member_string (json_object_get_object_member (root, "community"), "id", COMMUNITY_ID);
  assert_member_string (json_object_get_object_member (root, "community"), "name", TRICKY_NAME);
  assert_member_string (json_object_get_object_member (root, "meeting"), "date", "2026-03-12");
  g_assert_false (json_object_has_member (json_object_get_object_member (root, "meeting"),
                                          "notes"));

  read = seeds_invitation_new_from_bytes (bytes, framework, &error);
  g_assert_no_error (error);
  g_assert_true (seeds_invitation_equal (invitation, read));
  g_assert_cmpstr (seeds_invitation_get_title (read), ==, "Spring round “2026”");

  dir = g_dir_make_tmp ("seeds-exchange-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "spring.seedsmeeting", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (seeds_invitation_save (invitation, file, &error));
  g_assert_no_error (error);

  loaded = seeds_invitation_new_from_file (file, framework, &error);
  g_assert_no_error (error);
  g_assert_true (seeds_invitation_equal (invitation, loaded));

  seeds_test_remove_dir (dir);
}

static SeedsScorecard *
make_card (const char *participant_id)
{
  SeedsScorecard *card = seeds_scorecard_new ("greenport-2020", MEETING_ID, participant_id,
                                              TRICKY_NAME, "Kas & Co", SEEDS_PARTNER_GOVERNMENT);

  seeds_scorecard_set_score (card, "10", 5, "Line one\nline two 🍅");
  seeds_scorecard_set_score (card, "2", SEEDS_SCORE_DONT_KNOW, NULL);
  seeds_scorecard_set_score (card, "1", 1, "");
  seeds_scorecard_set_score (card, "12", 3, "<i>no markup</i>");
  seeds_scorecard_set_score (card, "7", 4, "taken back");
  seeds_scorecard_set_score (card, "7", SEEDS_SCORE_NONE, NULL);

  return card;
}

static void
test_scorecard_round_trip (void)
{
  const char *participant_ids[] = { PERSON_ID, NULL };

  for (guint i = 0; i < G_N_ELEMENTS (participant_ids); i++)
    {
      g_autoptr(SeedsScorecard) card = make_card (participant_ids[i]);
      g_autoptr(SeedsScorecard) read = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(JsonObject) root = NULL;
      g_autoptr(GList) scored = NULL;
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) factor_ids = NULL;
      JsonObject *participant;
      JsonObject *scores;

      bytes = seeds_scorecard_to_bytes (card);
      root = parse_written (bytes, "seeds-scorecard");

      participant = json_object_get_object_member (root, "participant");
      g_assert_cmpint (json_object_has_member (participant, "id"), ==, participant_ids[i] != NULL);
      assert_member_string (participant, "partner_type", "government");

      /* Numbers in numeric order, "don't know" as null, no empty comments */
      scores = json_object_get_object_member (root, "scores");
      scored = json_object_get_members (scores);
      g_assert_cmpuint (g_list_length (scored), ==, 4);
      g_assert_cmpstr (g_list_nth_data (scored, 0), ==, "1");
      g_assert_cmpstr (g_list_nth_data (scored, 1), ==, "2");
      g_assert_cmpstr (g_list_nth_data (scored, 2), ==, "10");
      g_assert_cmpstr (g_list_nth_data (scored, 3), ==, "12");
      g_assert_true (json_object_get_null_member (scores, "2"));
      g_assert_cmpuint (json_object_get_size (json_object_get_object_member (root, "comments")),
                        ==, 2);

      read = seeds_scorecard_new_from_bytes (bytes, framework, &error);
      g_assert_no_error (error);
      g_assert_true (seeds_scorecard_equal (card, read));
      g_assert_cmpstr (seeds_scorecard_get_participant_id (read), ==, participant_ids[i]);
      g_assert_cmpstr (seeds_scorecard_get_name (read), ==, TRICKY_NAME);
      g_assert_cmpint (seeds_scorecard_get_score (read, "2"), ==, SEEDS_SCORE_DONT_KNOW);
      g_assert_cmpint (seeds_scorecard_get_score (read, "7"), ==, SEEDS_SCORE_NONE);
      g_assert_cmpstr (seeds_scorecard_get_comment (read, "10"), ==, "Line one\nline two 🍅");
      g_assert_cmpstr (seeds_scorecard_get_comment (read, "7"), ==, "");

      factor_ids = seeds_scorecard_get_factor_ids (read);
      g_assert_cmpstrv (factor_ids, ((const char * const []) { "1", "2", "10", "12", NULL }));
    }
}

/* What a strict reader still lets through: members it does not know, null
 * for an optional member, a byte order mark, text that needs cleaning. */
static void
test_scorecard_lenient (void)
{
  static const char json[] =
    "\xef\xbb\xbf"
    "{\"format\": \"seeds-scorecard\", \"version\": 1, \"framework\": \"greenport-2020\",\n"
    " \"generator\": \"Seeds of Innovation 9.0\",\n"
    " \"meeting\": {\"id\": \"" MEETING_ID "\", \"title\": \"Spring\"},\n"
    " \"participant\": {\"id\": null, \"name\": \"  Bea\\tde\\nBoer \", \"partner_type\": "
    "\"education\", \"photo\": {}},\n"
    " \"scores\": {\"3\": null, \"4\": 2},\n"
    " \"comments\": {\"3\": null, \"4\": \"  Fine\\r\\nreally  \", \"5\": \"   \"}}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  g_autoptr(SeedsScorecard) card = NULL;
  g_autoptr(GError) error = NULL;

  card = seeds_scorecard_new_from_bytes (bytes, framework, &error);
  g_assert_no_error (error);
  g_assert_null (seeds_scorecard_get_participant_id (card));
  g_assert_cmpstr (seeds_scorecard_get_name (card), ==, "Bea de Boer");
  g_assert_cmpstr (seeds_scorecard_get_organisation (card), ==, "");
  g_assert_cmpint (seeds_scorecard_get_partner_type (card), ==, SEEDS_PARTNER_EDUCATION);
  g_assert_cmpuint (seeds_scorecard_get_n_scores (card), ==, 2);
  g_assert_cmpint (seeds_scorecard_get_score (card, "3"), ==, SEEDS_SCORE_DONT_KNOW);
  g_assert_cmpstr (seeds_scorecard_get_comment (card, "3"), ==, "");
  g_assert_cmpstr (seeds_scorecard_get_comment (card, "4"), ==, "Fine\nreally");
}

/* Each reader says so when it is given the other kind of file. */
static void
test_wrong_kind (void)
{
  g_autoptr(SeedsScorecard) card = make_card (PERSON_ID);
  g_autoptr(SeedsInvitation) invitation = NULL;
  g_autoptr(SeedsScorecard) not_card = NULL;
  g_autoptr(SeedsInvitation) not_invitation = NULL;
  g_autoptr(GBytes) card_bytes = seeds_scorecard_to_bytes (card);
  g_autoptr(GBytes) invitation_bytes = NULL;
  g_autoptr(GError) error = NULL;

  invitation = seeds_invitation_new ("greenport-2020", COMMUNITY_ID, "Lab", MEETING_ID,
                                     "2026-03-12", "Round");
  invitation_bytes = seeds_invitation_to_bytes (invitation);

  not_card = seeds_scorecard_new_from_bytes (invitation_bytes, framework, &error);
  g_assert_error (error, SEEDS_EXCHANGE_ERROR, SEEDS_EXCHANGE_ERROR_WRONG_FORMAT);
  g_assert_cmpstr (error->message, ==, "This is a meeting invitation, not a score card.");
  g_assert_null (not_card);
  g_clear_error (&error);

  not_invitation = seeds_invitation_new_from_bytes (card_bytes, framework, &error);
  g_assert_error (error, SEEDS_EXCHANGE_ERROR, SEEDS_EXCHANGE_ERROR_WRONG_FORMAT);
  g_assert_cmpstr (error->message, ==, "This is a score card, not a meeting invitation.");
  g_assert_null (not_invitation);
}

/* Saving replaces a file as a whole, and says so when it cannot. */
static void
test_save (void)
{
  g_autoptr(SeedsScorecard) card = make_card (PERSON_ID);
  g_autoptr(SeedsScorecard) read = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) nowhere = NULL;
  g_autofree char *dir = g_dir_make_tmp ("seeds-exchange-XXXXXX", NULL);
  g_autofree char *path = seeds_test_write_file (dir, "card.seedscard", "old", -1);
  g_autofree char *missing = g_build_filename (dir, "missing", "card.seedscard", NULL);

  file = g_file_new_for_path (path);
  g_assert_true (seeds_scorecard_save (card, file, &error));
  g_assert_no_error (error);

  read = seeds_scorecard_new_from_file (file, framework, &error);
  g_assert_no_error (error);
  g_assert_true (seeds_scorecard_equal (card, read));

  nowhere = g_file_new_for_path (missing);
  g_assert_false (seeds_scorecard_save (card, nowhere, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  seeds_test_remove_dir (dir);
}

/* The name a save dialog suggests is one every file system takes. */
static void
test_file_name (void)
{
  static const char * const cases[][3] = {
    { "Spring round", ".seedscard", "Spring round.seedscard" },
    { "a/b\\c:d*e?f\"g<h>i|j", "", "a_b_c_d_e_f_g_h_i_j" },
    { "..hidden", ".json", "hidden.json" },
    { "  Lab.  ", ".csv", "Lab.csv" },
    { "An\342\200\213na\tde Vries\n", "", "Anna de Vries" },
    { "", ".seedsmeeting", "Seeds of Innovation.seedsmeeting" },
    { "\377\376", ".csv", "Seeds of Innovation.csv" },
    { "Kas 🌱 & Co", ".json", "Kas 🌱 & Co.json" },
  };
  g_autofree char *long_name = g_strnfill (300, 'x');
  g_autofree char *shortened = seeds_file_name_for (long_name, ".csv");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = seeds_file_name_for (cases[i][0], cases[i][1]);

      g_assert_cmpstr (name, ==, cases[i][2]);
    }

  g_assert_cmpuint (strlen (shortened), ==, 100 + strlen (".csv"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  framework = seeds_framework_new_default ("en");

  g_test_add_func ("/exchange/invitation/round-trip", test_invitation_round_trip);
  g_test_add_func ("/exchange/scorecard/round-trip", test_scorecard_round_trip);
  g_test_add_func ("/exchange/scorecard/lenient", test_scorecard_lenient);
  g_test_add_func ("/exchange/wrong-kind", test_wrong_kind);
  g_test_add_func ("/exchange/save", test_save);
  g_test_add_func ("/exchange/file-name", test_file_name);

  status = g_test_run ();
  g_object_unref (framework);

  return status;
}
