/* test-community-import.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "exchange/seeds-community-export.h"
#include "exchange/seeds-community-import.h"
#include "exchange/seeds-importer.h"
#include "exchange/seeds-profile-export.h"
#include "seeds-test-util.h"

/* Reading a community export back: what it holds, each way a file can be
 * wrong, refused with the path of the field; and importing it into
 * another database, which then exports the same bytes. */

#define UNKNOWN_ID "0c7f3a56-0000-4000-8000-000000000000"
#define CARD       "{\"format\": \"seeds-scorecard\", \"version\": 1}"

typedef SeedsTestDatabase Fixture;

/* The sample of seeds-test-util.h, filled in: a full profile, Carla who
 * takes part without scoring, comments, tallies and next steps reviewed
 * done, carried over and dropped. Its export lists the participants Anna,
 * Bram and Carla; the meetings scored, poster and later; in the scored
 * meeting the scores of Anna for factors 1 and 4, then Bram's for 1; the
 * poster's tallies of factors 4 and 12. */
static void
fill_sample (SeedsStore      *store,
             SeedsTestSample *sample)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsCommunityProfile) profile = seeds_test_full_profile ();
  g_autoptr(SeedsParticipant) carla = NULL;
  g_autoptr(SeedsNextStep) done = NULL;
  g_autoptr(SeedsNextStep) carried = NULL;
  g_autoptr(SeedsNextStep) dropped = NULL;
  g_autoptr(SeedsNextStep) open = NULL;
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) seeds_score_free);
  g_autoptr(GPtrArray) tallies = g_ptr_array_new_with_free_func ((GDestroyNotify) seeds_tally_free);
  const char *anna_id = seeds_participant_get_id (sample->anna);
  const char *bram_id = seeds_participant_get_id (sample->bram);
  const guint four[] = { 2, 0, 1, 5, 3, 1 };
  const guint twelve[] = { 0, 7, 0, 0, 0, 0 };

  seeds_store_update_directory_entry (store, sample->community,
                                      seeds_community_get_name (sample->community), profile,
                                      &error);
  g_assert_no_error (error);
  seeds_store_update_meeting (store, sample->scored, "2026-01-15", "Kick-off",
                              "Notes of two lines,\nwith “quotes” & <b>markup</b> 🌱", &error);
  g_assert_no_error (error);

  carla = seeds_store_add_participant (store, seeds_meeting_get_id (sample->scored), "Carla",
                                       "Gemeente Westland", SEEDS_PARTNER_GOVERNMENT, &error);
  g_assert_no_error (error);

  g_ptr_array_add (scores, seeds_score_new (anna_id, "1", 4, "We talk about it,\nbut nobody acts."));
  g_ptr_array_add (scores, seeds_score_new (anna_id, "4", SEEDS_SCORE_DONT_KNOW, ""));
  g_ptr_array_add (scores, seeds_score_new (bram_id, "1", 2, "🍅"));
  seeds_store_set_scores (store, seeds_meeting_get_id (sample->scored), scores, &error);
  g_assert_no_error (error);
  g_ptr_array_set_size (scores, 0);
  g_ptr_array_add (scores, seeds_score_new (bram_id, "12", 5, NULL));
  seeds_store_set_scores (store, seeds_meeting_get_id (sample->later), scores, &error);
  g_assert_no_error (error);

  g_ptr_array_add (tallies, seeds_tally_new ("4", four));
  g_ptr_array_add (tallies, seeds_tally_new ("12", twelve));
  seeds_store_set_meeting_tallies (store, seeds_meeting_get_id (sample->poster), tallies, &error);
  g_assert_no_error (error);

  done = seeds_test_add_step (store, sample->scored, "4", "Plan a community day", "Anna",
                              "2026-02-01");
  carried = seeds_test_add_step (store, sample->scored, "1", "Ask the growers", "", NULL);
  dropped = seeds_test_add_step (store, sample->scored, "12", "Write to the ministry", "Bram",
                                 NULL);
  open = seeds_test_add_step (store, sample->poster, "4", "Share the results", "", NULL);
  seeds_test_review (store, done, sample->poster, SEEDS_REVIEW_DONE);
  seeds_test_review (store, carried, sample->poster, SEEDS_REVIEW_CARRIED);
  seeds_test_review (store, dropped, sample->later, SEEDS_REVIEW_DROPPED);
}

static GBytes *
export_community (Fixture    *fixture,
                  const char *community_id)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = seeds_community_export_json (fixture->store, community_id, &error);

  g_assert_no_error (error);

  return bytes;
}

/* The export of the filled-in sample, as a tree to change */
static JsonNode *
sample_tree (Fixture *fixture)
{
  g_auto(SeedsTestSample) sample = { 0, };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  seeds_test_sample_init (&sample, fixture->store, "Westland field lab", "Anna");
  fill_sample (fixture->store, &sample);
  bytes = export_community (fixture, seeds_community_get_id (sample.community));

  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                              &error);
  g_assert_no_error (error);

  return json_node_copy (json_parser_get_root (parser));
}

static GBytes *
tree_to_bytes (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  gsize length = 0;
  char *json;

  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, &length);

  return g_bytes_new_take (json, length);
}

/* The node at @path, such as "meetings[1].tallies[0].counts", in @root */
static JsonNode *
lookup (JsonNode   *root,
        const char *path)
{
  g_auto(GStrv) steps = g_strsplit_set (path, ".[", -1);
  JsonNode *node = root;

  for (guint i = 0; steps[i] != NULL; i++)
    {
      if (*steps[i] == '\0')
        continue;

      if (g_str_has_suffix (steps[i], "]"))
        node = json_array_get_element (json_node_get_array (node),
                                       (guint) g_ascii_strtoull (steps[i], NULL, 10));
      else
        node = json_object_get_member (json_node_get_object (node), steps[i]);

      g_assert_nonnull (node);
    }

  return node;
}

/* Sets the member at @path to @value: JSON text, or "@" and the path of
 * the node to copy; NULL removes the member. */
static void
change (JsonNode   *root,
        const char *path,
        const char *value)
{
  g_autofree char *parent_path = g_strdup (path);
  char *dot = strrchr (parent_path, '.');
  const char *member = path;
  JsonObject *parent;
  JsonNode *node;

  if (dot != NULL)
    {
      *dot = '\0';
      member = dot + 1;
      parent = json_node_get_object (lookup (root, parent_path));
    }
  else
    {
      parent = json_node_get_object (root);
    }

  if (value == NULL)
    {
      json_object_remove_member (parent, member);
      return;
    }

  if (value[0] == '@')
    node = json_node_copy (lookup (root, value + 1));
  else
    node = json_from_string (value, NULL);

  g_assert_nonnull (node);
  json_object_set_member (parent, member, node);
}

static const struct
{
  const char *path;
  const char *value;
  const char *message;
} changes[] = {
  /* The header */
  { "format", "\"seeds-profile\"", "This is not a Seeds of Innovation learning community export." },
  { "format", NULL, "This is not a Seeds of Innovation learning community export." },
  { "version", "2", "Format version 2 is not supported; this version of the app reads version 1." },
  { "version", "\"1\"", "The field “version” must be a whole number." },

  /* The community and its profile */
  { "community", "[]", "The field “community” must be a JSON object." },
  { "community.id", "\"Westland\"", "The field “community.id” is not a valid identifier (UUID)." },
  { "community.id", NULL, "The field “community.id” is missing." },
  { "community.name", "\" \\t \"", "The field “community.name” is empty." },
  { "community.name", "7", "The field “community.name” must be text." },
  { "community.profile", "\"field lab\"", "The field “community.profile” must be a JSON object." },
  { "community.profile.type", "\"farm\"",
    "The field “community.profile” is not valid: The type “farm” is not one of field-lab, "
    "living-lab or other." },
  { "community.profile.location.latitude", "91",
    "The field “community.profile.location.latitude” must be a number from -90 to 90; it is 91." },
  { "community.profile.contact.email", "\"wilma at example.org\"",
    "The field “community.profile” is not valid: Enter an e-mail address such as "
    "name@example.org." },
  { "community.profile.contact.website", "\"javascript:alert(1)\"",
    "The field “community.profile” is not valid: Enter a web address that starts with http:// "
    "or https://, such as https://example.org." },

  /* Participants */
  { "participants", NULL, "The field “participants” is missing." },
  { "participants", "{}", "The field “participants” must be a list." },
  { "participants[1].id", "@participants[0].id",
    "The field “participants[1].id” holds an id that is used before in the file." },
  { "participants[1].id", "@community.id",
    "The field “participants[1].id” holds an id that is used before in the file." },
  { "participants[2].name", "\"\"", "The field “participants[2].name” is empty." },
  { "participants[0].partner_type", "\"farmer\"",
    "The field “participants[0].partner_type” is not valid: The partner type “farmer” is not one "
    "of company, government, education, research or other." },

  /* Meetings */
  { "meetings[0].id", "\"1234\"", "The field “meetings[0].id” is not a valid identifier (UUID)." },
  { "meetings[2].id", "@participants[1].id",
    "The field “meetings[2].id” holds an id that is used before in the file." },
  { "meetings[0].framework", "\"students-2024\"",
    "The meeting in “meetings[0]” is scored with the framework “students-2024”, not with "
    "“greenport-2020”." },
  { "meetings[1].kind", "\"online\"",
    "The field “meetings[1].kind” is not valid: The meeting kind “online” is not one of scores "
    "or poster." },
  { "meetings[0].date", "\"2026-02-30\"",
    "The field “meetings[0].date” is not a valid date (YYYY-MM-DD)." },
  { "meetings[0].date", "\"15-01-2026\"",
    "The field “meetings[0].date” is not a valid date (YYYY-MM-DD)." },
  { "meetings[2].title", "\"\\n\"", "The field “meetings[2].title” is empty." },
  { "meetings[0].notes", "[]", "The field “meetings[0].notes” must be text." },

  /* Who took part, and their scores */
  { "meetings[0].attendees", "[\"" UNKNOWN_ID "\"]",
    "The field “meetings[0].attendees[0]” is not the id of one of the participants in the "
    "file." },
  { "meetings[0].attendees", "[3]", "The field “meetings[0].attendees[0]” must be text." },
  { "meetings[2].attendees", "[\"@\"]",
    "The field “meetings[2].attendees[0]” is not the id of one of the participants in the "
    "file." },
  { "meetings[0].scores[0].score", "7",
    "The field “meetings[0].scores[0].score” is not valid: The score for factor “1” must be 1 to "
    "5, or null for “don’t know”; it is 7." },
  { "meetings[0].scores[2].score", "\"4\"",
    "The field “meetings[0].scores[2].score” is not valid: The score for factor “1” must be 1 to "
    "5, or null for “don’t know”; it is \"4\"." },
  { "meetings[0].scores[1].score", "3.5",
    "The field “meetings[0].scores[1].score” is not valid: The score for factor “4” must be 1 to "
    "5, or null for “don’t know”; it is 3.5." },
  { "meetings[0].scores[0].score", NULL, "The field “meetings[0].scores[0].score” is missing." },
  { "meetings[0].scores[0].factor", "\"13\"",
    "The field “meetings[0].scores[0].factor” is not valid: Factor “13” does not exist in this "
    "framework." },
  { "meetings[2].scores[0].participant", "@participants[0].id",
    "The field “meetings[2].scores[0].participant” is not a participant who took part in the "
    "meeting." },
  { "meetings[0].scores[1].factor", "\"1\"",
    "The field “meetings[0].scores[1]” is a second score of the same participant for the same "
    "factor." },
  { "meetings[0].scores[0].comment", "{\"text\": \"Hm\"}",
    "The field “meetings[0].scores[0].comment” must be text." },

  /* What belongs to a poster meeting, and what does not */
  { "meetings[0].tallies", "@meetings[1].tallies",
    "The field “meetings[0].tallies” is not valid: Only a meeting held with the poster has "
    "tallies, so this list must be empty." },
  { "meetings[1].attendees", "@meetings[2].attendees",
    "The field “meetings[1].attendees” is not valid: A meeting held with the poster has no "
    "attendees or scores of its own, so this list must be empty." },
  { "meetings[1].scores", "@meetings[2].scores",
    "The field “meetings[1].scores” is not valid: A meeting held with the poster has no "
    "attendees or scores of its own, so this list must be empty." },
  { "meetings[1].kind", "\"scores\"",
    "The field “meetings[1].tallies” is not valid: Only a meeting held with the poster has "
    "tallies, so this list must be empty." },
  { "meetings[1].tallies[0].counts.3", "-1",
    "The field “meetings[1].tallies[0].counts.3” must be a whole number from 0 to 9999; it is "
    "-1." },
  { "meetings[1].tallies[0].counts.dont_know", "100000",
    "The field “meetings[1].tallies[0].counts.dont_know” must be a whole number from 0 to 9999; "
    "it is 100000." },
  { "meetings[1].tallies[1].counts.5", NULL,
    "The field “meetings[1].tallies[1].counts.5” is missing." },
  { "meetings[1].tallies[1].factor", "\"4\"",
    "The field “meetings[1].tallies[1]” holds a second tally of the same factor." },
  { "meetings[1].tallies[1].factor", "\"0\"",
    "The field “meetings[1].tallies[1].factor” is not valid: Factor “0” does not exist in this "
    "framework." },

  /* Next steps */
  { "next_steps[0].id", "@meetings[0].id",
    "The field “next_steps[0].id” holds an id that is used before in the file." },
  { "next_steps[1].meeting", "\"" UNKNOWN_ID "\"",
    "The field “next_steps[1].meeting” is not the id of a meeting of this learning community "
    "in the file." },
  { "next_steps[0].reviewed_in", "@participants[0].id",
    "The field “next_steps[0].reviewed_in” is not the id of a meeting of this learning "
    "community in the file." },
  { "next_steps[2].status", "\"finished\"",
    "The field “next_steps[2].status” is not valid: The status “finished” is not one of open, "
    "done or dropped." },
  { "next_steps[0].due_date", "\"tomorrow\"",
    "The field “next_steps[0].due_date” is not a valid date (YYYY-MM-DD)." },
  { "next_steps[3].text", "\"  \"", "The field “next_steps[3].text” is empty." },
  { "next_steps[3].factor", "\"twelve\"",
    "The field “next_steps[3].factor” is not valid: Factor “twelve” does not exist in this "
    "framework." },
  { "next_steps[0].idea_from", "\"Rainwater Roundtable\"",
    "The field “next_steps[0].idea_from” must be a JSON object." },
  { "next_steps[0].idea_from", "{\"name\": \"Rainwater Roundtable\"}",
    "The field “next_steps[0].idea_from.community” is missing." },
  { "next_steps[0].idea_from", "{\"community\": \"rain\", \"name\": \"Rainwater Roundtable\"}",
    "The field “next_steps[0].idea_from.community” is not a valid identifier (UUID)." },
  { "next_steps[0].idea_from", "{\"community\": \"" UNKNOWN_ID "\", \"name\": \" \"}",
    "The field “next_steps[0].idea_from.name” is empty." },
};

/* Reads @bytes, which must be refused with @message. */
static void
assert_refused (Fixture    *fixture,
                GBytes     *bytes,
                const char *message)
{
  g_autoptr(SeedsCommunityImport) import = NULL;
  g_autoptr(GError) error = NULL;

  import = seeds_community_import_new_from_bytes (bytes, fixture->framework, &error);
  g_assert_null (import);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_true (error->domain == SEEDS_EXCHANGE_ERROR);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  if (message != NULL)
    g_assert_cmpstr (error->message, ==, message);
}

/* Changes a copy of @sample, which must then be refused with @message.
 * The copy is made from text: json_node_copy() shares the objects. */
static void
assert_change_refused (Fixture    *fixture,
                       JsonNode   *sample,
                       const char *path,
                       const char *value,
                       const char *message)
{
  g_autofree char *json = json_to_string (sample, FALSE);
  g_autoptr(JsonNode) root = json_from_string (json, NULL);
  g_autoptr(GBytes) bytes = NULL;

  g_test_message ("%s = %s", path, value);
  change (root, path, value);
  bytes = tree_to_bytes (root);
  assert_refused (fixture, bytes, message);
}

static void
test_read (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(JsonNode) root = sample_tree (fixture);
  g_autoptr(GBytes) bytes = tree_to_bytes (root);
  g_autoptr(SeedsCommunityImport) import = NULL;
  g_autoptr(GError) error = NULL;
  const SeedsCommunityRecord *record;
  const SeedsMeetingRecord *scored, *poster, *later;
  const SeedsScore *score;
  const SeedsTally *tally;
  SeedsNextStep *step;
  GPtrArray *communities;

  import = seeds_community_import_new_from_bytes (bytes, fixture->framework, &error);
  g_assert_no_error (error);
  communities = seeds_community_import_get_communities (import);
  g_assert_cmpuint (communities->len, ==, 1);
  record = g_ptr_array_index (communities, 0);

  g_assert_cmpstr (record->name, ==, "Westland field lab");
  g_assert_true (g_uuid_string_is_valid (record->id));
  g_assert_nonnull (record->profile);
  g_assert_cmpint (record->profile->kind, ==, SEEDS_COMMUNITY_LIVING_LAB);
  g_assert_cmpstr (record->profile->partners, ==, "Example Growers Co-op\nDemo University");
  g_assert_cmpstr (record->profile->email, ==, "wilma@example.org");
  g_assert_true (record->profile->has_location);

  g_assert_cmpuint (record->participants->len, ==, 3);
  g_assert_cmpstr (seeds_participant_get_name (g_ptr_array_index (record->participants, 2)), ==,
                   "Carla");
  g_assert_cmpstr (seeds_participant_get_organisation (g_ptr_array_index (record->participants, 2)),
                   ==, "Gemeente Westland");
  g_assert_cmpint (seeds_participant_get_partner_type (g_ptr_array_index (record->participants, 2)),
                   ==, SEEDS_PARTNER_GOVERNMENT);

  g_assert_cmpuint (record->meetings->len, ==, 3);
  scored = g_ptr_array_index (record->meetings, 0);
  poster = g_ptr_array_index (record->meetings, 1);
  later = g_ptr_array_index (record->meetings, 2);
  g_assert_cmpstr (seeds_meeting_get_title (scored->meeting), ==, "Kick-off");
  g_assert_cmpstr (seeds_meeting_get_notes (scored->meeting), ==,
                   "Notes of two lines,\nwith “quotes” & <b>markup</b> 🌱");
  g_assert_cmpstr (seeds_meeting_get_community_id (scored->meeting), ==, record->id);
  g_assert_cmpuint (scored->attendee_ids->len, ==, 3);
  g_assert_cmpuint (scored->scores->len, ==, 3);
  score = g_ptr_array_index (scored->scores, 1);
  g_assert_cmpstr (score->factor_id, ==, "4");
  g_assert_cmpint (score->value, ==, SEEDS_SCORE_DONT_KNOW);
  score = g_ptr_array_index (scored->scores, 0);
  g_assert_cmpstr (score->comment, ==, "We talk about it,\nbut nobody acts.");
  g_assert_cmpuint (scored->tallies->len, ==, 0);

  g_assert_cmpint (seeds_meeting_get_kind (poster->meeting), ==, SEEDS_MEETING_POSTER);
  g_assert_cmpuint (poster->attendee_ids->len, ==, 0);
  g_assert_cmpuint (poster->tallies->len, ==, 2);
  tally = g_ptr_array_index (poster->tallies, 0);
  g_assert_cmpstr (tally->factor_id, ==, "4");
  g_assert_cmpuint (tally->counts[seeds_tally_index_score (SEEDS_SCORE_DONT_KNOW)], ==, 2);
  g_assert_cmpuint (tally->counts[seeds_tally_index_score (3)], ==, 5);
  g_assert_cmpuint (later->scores->len, ==, 1);

  g_assert_cmpuint (record->next_steps->len, ==, 4);
  step = g_ptr_array_index (record->next_steps, 0);
  g_assert_cmpint (seeds_next_step_get_status (step), ==, SEEDS_NEXT_STEP_DONE);
  g_assert_cmpstr (seeds_next_step_get_due_date (step), ==, "2026-02-01");
  g_assert_cmpstr (seeds_next_step_get_meeting_date (step), ==, "2026-01-15");
  g_assert_cmpstr (seeds_next_step_get_reviewed_in (step), ==, seeds_meeting_get_id (poster->meeting));
  step = g_ptr_array_index (record->next_steps, 3);
  g_assert_null (seeds_next_step_get_due_date (step));
  g_assert_null (seeds_next_step_get_reviewed_in (step));
}

/* Reads the export @root, which must be accepted */
static SeedsCommunityImport *
read_tree (Fixture  *fixture,
           JsonNode *root)
{
  g_autoptr(GBytes) bytes = tree_to_bytes (root);
  g_autoptr(GError) error = NULL;
  SeedsCommunityImport *import;

  import = seeds_community_import_new_from_bytes (bytes, fixture->framework, &error);
  g_assert_no_error (error);
  return import;
}

/* Exports of earlier versions have no profile; members the reader does
 * not know are ignored. */
static void
test_read_older_and_newer (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(JsonNode) root = sample_tree (fixture);
  g_autoptr(SeedsCommunityImport) import = NULL;
  const SeedsCommunityRecord *record;

  change (root, "community.profile", NULL);
  change (root, "community.founded", "\"2019\"");
  change (root, "meetings[0].location", "{\"room\": 3}");
  change (root, "next_steps[1].due_date", "null");
  import = read_tree (fixture, root);
  record = g_ptr_array_index (seeds_community_import_get_communities (import), 0);
  g_assert_null (record->profile);
  g_assert_cmpuint (record->meetings->len, ==, 3);
}

/* A step's idea from another community: read with its origin, which
 * need not be in the file; the community itself is refused. */
static void
test_idea_from (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(JsonNode) root = sample_tree (fixture);
  g_autoptr(SeedsCommunityImport) import = NULL;
  const SeedsCommunityRecord *record;
  SeedsNextStep *step;

  change (root, "next_steps[0].idea_from",
          "{\"community\": \"" UNKNOWN_ID "\", \"name\": \" Rain <b>&amp;</b> Roots \"}");
  import = read_tree (fixture, root);
  record = g_ptr_array_index (seeds_community_import_get_communities (import), 0);
  step = g_ptr_array_index (record->next_steps, 0);
  g_assert_cmpstr (seeds_next_step_get_origin_id (step), ==, UNKNOWN_ID);
  g_assert_cmpstr (seeds_next_step_get_origin_name (step), ==, "Rain <b>&amp;</b> Roots");
  g_assert_null (seeds_next_step_get_origin_id (g_ptr_array_index (record->next_steps, 1)));

  assert_change_refused (fixture, root, "next_steps[0].idea_from.community", "@community.id",
                         "The field “next_steps[0].idea_from.community” is not valid: This is the "
                         "learning community itself, not another one.");
}

static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(JsonNode) sample = sample_tree (fixture);

  for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
    assert_change_refused (fixture, sample, changes[i].path, changes[i].value, changes[i].message);
}

/* Text by the rules of the forms */
static void
test_refused_text (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(JsonNode) sample = sample_tree (fixture);
  g_autofree char *x80 = g_strnfill (80, 'x');
  g_autofree char *x120 = g_strnfill (120, 'x');
  g_autofree char *x1000 = g_strnfill (1000, 'x');
  g_autofree char *long_name = g_strdup_printf ("\"%sx\"", x80);
  g_autofree char *long_title = g_strdup_printf ("\"%sx\"", x120);
  g_autofree char *long_comment = g_strdup_printf ("\"%sx\"", x1000);
  g_autofree char *json = NULL;
  g_autoptr(GString) escaped = NULL;
  g_autoptr(GBytes) bytes = NULL;

  assert_change_refused (fixture, sample, "participants[1].name", long_name,
                         "The field “participants[1].name” is not valid: A name can be at most "
                         "80 characters long.");
  assert_change_refused (fixture, sample, "community.name", long_title,
                         "The field “community.name” is not valid: A community name can be at "
                         "most 120 characters long.");
  assert_change_refused (fixture, sample, "meetings[1].title", long_title,
                         "The field “meetings[1].title” is not valid: A meeting title can be at "
                         "most 120 characters long.");
  assert_change_refused (fixture, sample, "meetings[0].scores[2].comment", long_comment,
                         "The field “meetings[0].scores[2].comment” is not valid: A comment can "
                         "be at most 1000 characters long.");

  /* A lone surrogate, which json-glib lets through as bytes that are not
   * UTF-8: the message must be UTF-8 all the same. */
  json = json_to_string (sample, FALSE);
  escaped = g_string_new (json);
  g_assert_cmpuint (g_string_replace (escaped, "\"research\"", "\"\\ud800farmer\"", 1), ==, 1);
  bytes = g_bytes_new (escaped->str, escaped->len);
  assert_refused (fixture, bytes, NULL);
  g_clear_pointer (&bytes, g_bytes_unref);

  g_string_assign (escaped, json);
  g_assert_cmpuint (g_string_replace (escaped, "\"score\":4", "\"score\":\"\\udc00\"", 1), ==, 1);
  bytes = g_bytes_new (escaped->str, escaped->len);
  assert_refused (fixture, bytes, NULL);
}

/* Imports @bytes as a .json file from outside, which must be refused
 * with a message that holds @part and change nothing. */
static void
assert_import_refused (Fixture    *fixture,
                       GBytes     *bytes,
                       const char *part)
{
  g_autofree char *path = NULL;
  g_autofree char *before = seeds_test_dump_database (fixture->path);
  g_autofree char *after = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) results = NULL;
  SeedsImportResult *result;

  path = seeds_test_write_file (fixture->dir, "hostile.json", g_bytes_get_data (bytes, NULL),
                                (gssize) g_bytes_get_size (bytes));
  file = g_file_new_for_path (path);
  results = seeds_importer_import_files (fixture->store, fixture->framework, &file, 1);
  result = g_ptr_array_index (results, 0);

  g_test_message ("%s", result->message);
  g_assert_true (seeds_import_result_is_refused (result));
  g_assert_true (g_utf8_validate (result->message, -1, NULL));
  g_assert_nonnull (strstr (result->message, part));

  after = seeds_test_dump_database (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

/* The files of the issue "Trust" as exports, which may be far larger than
 * 1 MiB: nesting behind a comment or in single quotes, NUL, a lone
 * surrogate, an invisible character in a name. */
static void
test_hostile (Fixture       *fixture,
              gconstpointer  data)
{
  static const gsize sizes[] = { 100 * 1024, 1024 * 1024, 8 * 1024 * 1024 };
  static const char * const hiding[][2] = {
    { "{\"format\": \"seeds-community\", /* ", "comments are not allowed" },
    { "{\"format\": 'seeds-community', \"x\": '", "double quotes" },
  };
  g_autoptr(JsonNode) sample = sample_tree (fixture);
  g_autofree char *json = json_to_string (sample, FALSE);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GString) changed = NULL;

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (guint h = 0; h < G_N_ELEMENTS (hiding); h++)
      {
        g_autoptr(GString) deep = g_string_new (hiding[h][0]);

        while (deep->len < sizes[s])
          g_string_append_c (deep, '[');
        g_clear_pointer (&bytes, g_bytes_unref);
        bytes = g_string_free_to_bytes (g_steal_pointer (&deep));
        assert_import_refused (fixture, bytes, hiding[h][1]);
      }

  changed = g_string_new (json);
  g_assert_cmpuint (g_string_replace (changed, "\"Anna\"", "\"Ann\\u0000<script>\"", 0), >, 0);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = g_bytes_new (changed->str, changed->len);
  assert_import_refused (fixture, bytes, "U+0000");

  g_string_assign (changed, json);
  g_assert_cmpuint (g_string_replace (changed, "\"Anna\"", "\"\\u0000Anna\"", 0), >, 0);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = g_bytes_new (changed->str, changed->len);
  assert_import_refused (fixture, bytes, "U+0000");

  g_string_assign (changed, json);
  g_assert_cmpuint (g_string_replace (changed, "\"Anna\"", "\"An\\u200bna\"", 0), >, 0);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = g_bytes_new (changed->str, changed->len);
  assert_import_refused (fixture, bytes, "U+200B");

  g_string_assign (changed, json);
  g_assert_cmpuint (g_string_replace (changed, "\"Anna\"", "\"Anna\\u202egnp.exe\"", 0), >, 0);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = g_bytes_new (changed->str, changed->len);
  assert_import_refused (fixture, bytes, "U+202E");

  g_string_assign (changed, json);
  g_assert_cmpuint (g_string_replace (changed, "\"Anna\"", "\"Anna\\ud800\"", 0), >, 0);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = g_bytes_new (changed->str, changed->len);
  assert_import_refused (fixture, bytes, "surrogate");
}

/* The array that the export of all communities writes */
static void
test_refused_list (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(JsonNode) root = sample_tree (fixture);
  g_autoptr(JsonNode) list = json_node_new (JSON_NODE_ARRAY);
  g_autoptr(GBytes) empty = g_bytes_new_static ("[]\n", 3);
  g_autoptr(GBytes) numbers = g_bytes_new_static ("[1, 2]", 6);
  g_autoptr(GBytes) twice = NULL;
  g_autoptr(GBytes) not_json = g_bytes_new_static ("[{\"format\": ", 12);
  g_autoptr(GBytes) card = NULL;
  g_autofree char *json = NULL;

  json = json_to_string (root, FALSE);
  json_node_take_array (list, json_array_new ());
  json_array_add_element (json_node_get_array (list), json_from_string (json, NULL));
  json_array_add_element (json_node_get_array (list), json_from_string (json, NULL));
  twice = tree_to_bytes (list);

  assert_refused (fixture, empty, "The file holds no learning communities.");
  assert_refused (fixture, numbers, "The field “[0]” must be a JSON object.");
  assert_refused (fixture, twice,
                  "The field “[1].community.id” holds an id that is used before in the file.");
  assert_refused (fixture, not_json, NULL);

  change (json_array_get_element (json_node_get_array (list), 1), "format", "\"seeds-scorecard\"");
  g_clear_pointer (&twice, g_bytes_unref);
  twice = tree_to_bytes (list);
  assert_refused (fixture, twice,
                  "The field “[1]” is not valid: This is not a Seeds of Innovation learning "
                  "community export.");

  card = g_bytes_new_static (CARD, strlen (CARD));
  assert_refused (fixture, card, "This is not a Seeds of Innovation learning community export.");
}

/* Importing into another database */

static void
keep_what (SeedsStore *store,
           guint       what,
           guint      *kept)
{
  *kept = what;
}

/* Imports @bytes as a file called @name, which must come out as @outcome
 * with @message (unless NULL); the store emits "changed" once if it was
 * added, else the database stays as it was. */
static SeedsImportResult *
import (Fixture            *fixture,
        SeedsStore         *store,
        GBytes             *bytes,
        const char         *name,
        SeedsImportOutcome  outcome,
        const char         *message)
{
  g_autofree char *before = seeds_test_dump_database (seeds_store_get_path (store));
  g_autofree char *after = NULL;
  SeedsImportResult *result;
  guint n_changed = 0;
  gulong handler;

  handler = g_signal_connect (store, "changed", G_CALLBACK (seeds_test_count_changed), &n_changed);
  result = seeds_importer_import_bytes (store, fixture->framework, bytes, name);
  g_signal_handler_disconnect (store, handler);

  g_test_message ("%s: %s", result->name, result->message);
  g_assert_cmpint (result->outcome, ==, outcome);
  g_assert_true (g_utf8_validate (result->message, -1, NULL));
  if (message != NULL)
    g_assert_cmpstr (result->message, ==, message);
  g_assert_null (result->meeting_id);

  after = seeds_test_dump_database (seeds_store_get_path (store));
  if (outcome == SEEDS_IMPORT_ADDED)
    {
      g_assert_cmpuint (n_changed, ==, 1);
    }
  else
    {
      g_assert_cmpuint (n_changed, ==, 0);
      g_assert_cmpstr (before, ==, after);
    }

  return result;
}

static void
assert_bytes_equal (GBytes *expected,
                    GBytes *bytes)
{
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                   g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
}

static GBytes *
export_store (SeedsStore *store,
              const char *community_id)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = seeds_community_export_json (store, community_id, &error);

  g_assert_no_error (error);

  return bytes;
}

/* A database of years of meetings, the filled-in sample with its poster
 * meeting and reviewed steps, and a community with nothing in it yet */
static SeedsCommunity *
fill_database (Fixture         *fixture,
               SeedsTestSample *sample)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsCommunity) empty = NULL;

  seeds_test_sample_init (sample, fixture->store, "Westland field lab", "Anna");
  fill_sample (fixture->store, sample);
  empty = seeds_store_add_community (fixture->store, "Zuid lab", &error);
  g_assert_no_error (error);

  return seeds_test_generate_community (fixture->store, fixture->framework, 6, 14, 2026);
}

/* The issue's "done when": out of one database into another and out again,
 * byte for byte, one community and all of them. */
static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_auto(SeedsTestSample) sample = { 0, };
  g_autoptr(SeedsCommunity) generated = fill_database (fixture, &sample);
  g_autoptr(SeedsStore) one_store = seeds_test_database_open_other (fixture, "one.db");
  g_autoptr(SeedsStore) all_store = seeds_test_database_open_other (fixture, "all.db");
  g_autoptr(SeedsImportResult) one_result = NULL;
  g_autoptr(SeedsImportResult) all_result = NULL;
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(GBytes) one = export_store (fixture->store, seeds_community_get_id (generated));
  g_autoptr(GBytes) all = export_store (fixture->store, NULL);
  g_autoptr(GBytes) one_again = NULL;
  g_autoptr(GBytes) all_again = NULL;
  g_autoptr(GError) error = NULL;
  guint what = 0;

  one_result = import (fixture, one_store, one, "generated.json", SEEDS_IMPORT_ADDED,
                       "Added the learning community “Generated field lab” with 6 meetings, "
                       "14 participants and 12 next steps.");
  g_assert_cmpstr (one_result->community_id, ==, seeds_community_get_id (generated));
  one_again = export_store (one_store, seeds_community_get_id (generated));
  assert_bytes_equal (one, one_again);

  g_signal_connect (all_store, "changed", G_CALLBACK (keep_what), &what);
  all_result = import (fixture, all_store, all, "all.json", SEEDS_IMPORT_ADDED,
                       "Added 3 learning communities with 9 meetings, 17 participants and 16 "
                       "next steps.");
  g_assert_cmpuint (what, ==, (SEEDS_STORE_CHANGE_COMMUNITIES | SEEDS_STORE_CHANGE_DIRECTORY |
                               SEEDS_STORE_CHANGE_MEETINGS | SEEDS_STORE_CHANGE_PARTICIPANTS |
                               SEEDS_STORE_CHANGE_SCORES | SEEDS_STORE_CHANGE_TALLIES |
                               SEEDS_STORE_CHANGE_NEXT_STEPS));
  all_again = export_store (all_store, NULL);
  assert_bytes_equal (all, all_again);

  /* One of your own now, in the directory with its profile */
  community = seeds_store_get_community (all_store, seeds_community_get_id (sample.community),
                                         &error);
  g_assert_no_error (error);
  g_assert_true (seeds_community_is_own (community));
  g_assert_cmpstr (seeds_community_get_profile (community)->website, ==, "https://lab.example.org/");
}

/* Your own community is never overwritten, nor is anything else. */
static void
test_already_present (Fixture       *fixture,
                      gconstpointer  data)
{
  g_auto(SeedsTestSample) sample = { 0, };
  g_autoptr(GBytes) one = NULL;
  g_autoptr(GBytes) all = NULL;
  g_autoptr(SeedsImportResult) one_result = NULL;
  g_autoptr(SeedsImportResult) all_result = NULL;
  g_autoptr(SeedsStore) other = seeds_test_database_open_other (fixture, "other.db");
  g_autoptr(SeedsImportResult) added = NULL;
  g_autoptr(SeedsImportResult) again = NULL;

  g_object_unref (fill_database (fixture, &sample));
  one = export_store (fixture->store, seeds_community_get_id (sample.community));
  all = export_store (fixture->store, NULL);
  one_result = import (fixture, fixture->store, one, "westland.json", SEEDS_IMPORT_CONFLICT,
                       "“Westland field lab” is already in this database; nothing was "
                       "imported.");
  g_assert_true (seeds_import_result_is_refused (one_result));
  all_result = import (fixture, fixture->store, all, "all.json", SEEDS_IMPORT_CONFLICT, NULL);

  /* Also after it was imported elsewhere: the whole list is refused for
   * the one community that is there. */
  added = import (fixture, other, one, "westland.json", SEEDS_IMPORT_ADDED, NULL);
  again = import (fixture, other, all, "all.json", SEEDS_IMPORT_CONFLICT,
                  "“Westland field lab” is already in this database; nothing was imported.");
}

/* A community you know from its profile, or one you removed, becomes one
 * of your own with everything in the export. */
static void
test_directory_entry (Fixture       *fixture,
                      gconstpointer  data)
{
  g_auto(SeedsTestSample) sample = { 0, };
  const char *id;
  g_autoptr(GBytes) export = NULL;
  g_autoptr(SeedsStore) other = seeds_test_database_open_other (fixture, "other.db");
  g_autoptr(SeedsProfile) profile = NULL;
  g_autoptr(SeedsImportResult) from_profile = NULL;
  g_autoptr(SeedsImportResult) added = NULL;
  g_autoptr(SeedsImportResult) restored = NULL;
  g_autoptr(SeedsCommunity) entry = NULL;
  g_autoptr(GPtrArray) own = NULL;
  g_autoptr(GBytes) profile_bytes = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;

  g_object_unref (fill_database (fixture, &sample));
  id = seeds_community_get_id (sample.community);
  export = export_store (fixture->store, id);
  profile = seeds_profile_export_new (fixture->store, fixture->framework, id,
                                      SEEDS_PROFILE_SHARE_SCORES, &error);
  g_assert_no_error (error);
  profile_bytes = seeds_profile_to_bytes (profile);
  from_profile = import (fixture, other, profile_bytes, "westland.seedsprofile", SEEDS_IMPORT_ADDED,
                         NULL);
  own = seeds_store_list_communities (other, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (own->len, ==, 0);
  g_clear_pointer (&own, g_ptr_array_unref);

  added = import (fixture, other, export, "westland.json", SEEDS_IMPORT_ADDED, NULL);
  own = seeds_store_list_communities (other, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (own->len, ==, 1);
  entry = g_object_ref (g_ptr_array_index (own, 0));
  g_assert_cmpstr (seeds_community_get_id (entry), ==, id);
  g_assert_null (seeds_community_get_shared_results (entry));
  again = export_store (other, id);
  assert_bytes_equal (export, again);
  g_clear_pointer (&again, g_bytes_unref);

  /* Removed, but not yet for good: the export takes the place of what
   * is left of it. */
  seeds_store_remove_directory_entry (other, entry, &error);
  g_assert_no_error (error);
  restored = import (fixture, other, export, "westland.json", SEEDS_IMPORT_ADDED, NULL);
  again = export_store (other, id);
  assert_bytes_equal (export, again);
}

/* The export with the ids of @kinds ("community", "participants",
 * "meetings") replaced by new ones everywhere in it */
static GBytes *
with_new_ids (GBytes             *bytes,
              const char * const *kinds)
{
  g_autoptr(JsonNode) root = json_from_string (g_bytes_get_data (bytes, NULL), NULL);
  g_autoptr(GString) json = g_string_new_len (g_bytes_get_data (bytes, NULL),
                                              g_bytes_get_size (bytes));

  for (guint k = 0; kinds[k] != NULL; k++)
    {
      JsonNode *node = lookup (root, kinds[k]);

      if (JSON_NODE_HOLDS_OBJECT (node))
        {
          g_autofree char *new_id = g_uuid_string_random ();

          g_string_replace (json, json_object_get_string_member (json_node_get_object (node), "id"),
                            new_id, 0);
          continue;
        }

      for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
        {
          JsonObject *object = json_array_get_object_element (json_node_get_array (node), i);
          g_autofree char *new_id = g_uuid_string_random ();

          g_string_replace (json, json_object_get_string_member (object, "id"), new_id, 0);
        }
    }

  return g_string_free_to_bytes (g_steal_pointer (&json));
}

/* Ids that another community uses: nothing changes. */
static void
test_ids_taken (Fixture       *fixture,
                gconstpointer  data)
{
  static const char * const keep_participants[] = { "community", "meetings", NULL };
  static const char * const keep_meetings[] = { "community", "participants", NULL };
  static const char * const keep_steps[] = { "community", "participants", "meetings", NULL };
  static const struct
  {
    const char * const *kinds;
    const char         *message;
  } taken[] = {
    { keep_participants, "The participant “Anna” is already in another learning community of "
                         "this database; nothing was imported." },
    { keep_meetings, "The meeting “Kick-off” is already in another learning community of this "
                     "database; nothing was imported." },
    { keep_steps, "The next step “Plan a community day” is already in another learning "
                  "community of this database; nothing was imported." },
  };
  g_auto(SeedsTestSample) sample = { 0, };
  g_autoptr(GBytes) export = NULL;

  g_object_unref (fill_database (fixture, &sample));
  export = export_store (fixture->store, seeds_community_get_id (sample.community));
  for (guint i = 0; i < G_N_ELEMENTS (taken); i++)
    {
      g_autofree char *name = g_strdup_printf ("other-%u.db", i);
      g_autoptr(SeedsStore) other = seeds_test_database_open_other (fixture, name);
      g_autoptr(GBytes) copy = with_new_ids (export, taken[i].kinds);
      g_autoptr(SeedsImportResult) added = NULL;
      g_autoptr(SeedsImportResult) refused = NULL;

      added = import (fixture, other, copy, "copy.json", SEEDS_IMPORT_ADDED, NULL);
      refused = import (fixture, other, export, "westland.json", SEEDS_IMPORT_CONFLICT,
                        taken[i].message);
    }
}

/* Every refusal of the reader, through the importer: nothing changes. */
static void
test_refused_import (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(JsonNode) sample = sample_tree (fixture);
  g_autofree char *json = json_to_string (sample, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
    {
      g_autoptr(JsonNode) root = json_from_string (json, NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(SeedsImportResult) result = NULL;

      /* The importer reads a file as what its format says it is. */
      gboolean other_kind = g_str_equal (changes[i].path, "format");

      change (root, changes[i].path, changes[i].value);
      bytes = tree_to_bytes (root);
      result = import (fixture, fixture->store, bytes, "changed.json", SEEDS_IMPORT_REJECTED,
                       other_kind ? NULL : changes[i].message);
    }
}

/* A community export is not held to the 1 MiB of the exchange files; an
 * invitation named .json is. */
static void
test_size (Fixture       *fixture,
           gconstpointer  data)
{
  g_auto(SeedsTestSample) sample = { 0, };
  g_autoptr(SeedsCommunity) generated = fill_database (fixture, &sample);
  g_autoptr(GBytes) export = export_store (fixture->store, seeds_community_get_id (generated));
  g_autoptr(GString) big = g_string_new_len (g_bytes_get_data (export, NULL),
                                             g_bytes_get_size (export));
  g_autoptr(SeedsInvitation) invitation = NULL;
  g_autoptr(GBytes) invitation_bytes = NULL;
  g_autoptr(GString) big_invitation = NULL;
  g_autofree char *big_path = NULL;
  g_autofree char *invitation_path = NULL;
  g_autofree char *card_path = NULL;
  g_autoptr(SeedsStore) other = seeds_test_database_open_other (fixture, "other.db");
  g_autoptr(GPtrArray) results = NULL;
  GFile *files[3];

  while (big->len <= SEEDS_EXCHANGE_MAX_SIZE)
    g_string_append (big, "                                \n");
  big_path = seeds_test_write_file (fixture->dir, "big.json", big->str, big->len);
  card_path = seeds_test_write_file (fixture->dir, "big.seedscard", big->str, big->len);

  invitation = seeds_invitation_new (SEEDS_FRAMEWORK_DEFAULT_ID, UNKNOWN_ID, "Lab", UNKNOWN_ID,
                                     "2026-03-12", "Round");
  invitation_bytes = seeds_invitation_to_bytes (invitation);
  big_invitation = g_string_new_len (g_bytes_get_data (invitation_bytes, NULL),
                                     g_bytes_get_size (invitation_bytes));
  while (big_invitation->len <= SEEDS_EXCHANGE_MAX_SIZE)
    g_string_append (big_invitation, "                                \n");
  invitation_path = seeds_test_write_file (fixture->dir, "invitation.json", big_invitation->str,
                                           big_invitation->len);

  files[0] = g_file_new_for_path (big_path);
  files[1] = g_file_new_for_path (card_path);
  files[2] = g_file_new_for_path (invitation_path);
  results = seeds_importer_import_files (other, fixture->framework, files, G_N_ELEMENTS (files));

  g_assert_cmpint (((SeedsImportResult *) results->pdata[0])->outcome, ==, SEEDS_IMPORT_ADDED);
  g_assert_cmpint (((SeedsImportResult *) results->pdata[1])->outcome, ==, SEEDS_IMPORT_REJECTED);
  g_assert_cmpstr (((SeedsImportResult *) results->pdata[1])->message, ==,
                   "The file is larger than 1 MiB.");
  g_assert_cmpint (((SeedsImportResult *) results->pdata[2])->outcome, ==, SEEDS_IMPORT_REJECTED);
  g_assert_cmpstr (((SeedsImportResult *) results->pdata[2])->message, ==,
                   "The file is larger than 1 MiB.");

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    g_object_unref (files[i]);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, seeds_test_database_set_up, func, seeds_test_database_tear_down)

  ADD ("/community-import/read", test_read);
  ADD ("/community-import/read-older-and-newer", test_read_older_and_newer);
  ADD ("/community-import/idea-from", test_idea_from);
  ADD ("/community-import/refused", test_refused);
  ADD ("/community-import/refused-text", test_refused_text);
  ADD ("/community-import/refused-list", test_refused_list);
  ADD ("/community-import/round-trip", test_round_trip);
  ADD ("/community-import/already-present", test_already_present);
  ADD ("/community-import/directory-entry", test_directory_entry);
  ADD ("/community-import/ids-taken", test_ids_taken);
  ADD ("/community-import/refused-import", test_refused_import);
  ADD ("/community-import/size", test_size);
  ADD ("/community-import/hostile", test_hostile);

#undef ADD

  return g_test_run ();
}
