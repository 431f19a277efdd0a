/* test-community-export.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <json-glib/json-glib.h>

#include "exchange/seeds-community-export.h"
#include "seeds-test-util.h"

/* The JSON export of a community with every kind of record the store
 * holds, and text that is easy to damage on the way: markup characters,
 * quotes, backslashes, emoji and line breaks, as the store keeps them. */

#define MARKUP  "<b>Kas & Co</b> &amp; 'quotes' \"double\""
#define EMOJI   "🌱🍅 Tomaat"
#define LINES   "First line, \"quoted\",\nsecond \\ back\\slash\n\n  indented “curly” \u00e9"

typedef SeedsTestDatabase Fixture;

/* The sample of seeds-test-util.h with more: a full profile, another
 * community, Carla who takes part without scoring, comments, tallies and
 * reviewed steps. */
typedef struct
{
  SeedsTestSample  sample;
  SeedsCommunity  *other;
  guint            n_scores;
  guint            n_steps;
} Sample;

static void
sample_clear (Sample *sample)
{
  seeds_test_sample_clear (&sample->sample);
  g_clear_object (&sample->other);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Sample, sample_clear)

static void
sample_init (Fixture *fixture,
             Sample  *sample)
{
  SeedsStore *store = fixture->store;
  SeedsTestSample *base = &sample->sample;
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsParticipant) carla = NULL;
  g_autoptr(SeedsNextStep) done = NULL;
  g_autoptr(SeedsNextStep) carried = NULL;
  g_autoptr(SeedsNextStep) dropped = NULL;
  g_autoptr(SeedsNextStep) open = NULL;
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) seeds_score_free);
  g_autoptr(GPtrArray) grid = g_ptr_array_new_with_free_func ((GDestroyNotify) seeds_tally_free);
  g_autoptr(SeedsCommunityProfile) profile = seeds_test_full_profile ();
  const char *anna_id;
  const char *bram_id;
  const guint four[] = { 2, 0, 1, 5, 3, 1 };
  const guint twelve[] = { 0, 7, 0, 0, 0, 0 };

  seeds_test_sample_init (base, store, MARKUP " " EMOJI, "Anna " EMOJI);
  anna_id = seeds_participant_get_id (base->anna);
  bram_id = seeds_participant_get_id (base->bram);
  seeds_store_update_directory_entry (store, base->community, MARKUP " " EMOJI, profile, &error);
  g_assert_no_error (error);
  sample->other = seeds_store_add_community (store, "Another lab", &error);
  g_assert_no_error (error);

  seeds_store_update_meeting (store, base->scored, "2026-01-15", "Kick-off " EMOJI, LINES, &error);
  seeds_store_update_participant (store, base->anna, "Anna " EMOJI, MARKUP, SEEDS_PARTNER_RESEARCH,
                                  &error);
  seeds_store_update_participant (store, base->bram, "Bram \"B\"", "", SEEDS_PARTNER_COMPANY,
                                  &error);
  g_assert_no_error (error);
  /* Carla takes part, but scores nothing. */
  carla = seeds_store_add_participant (store, seeds_meeting_get_id (base->scored), "Carla", "",
                                       SEEDS_PARTNER_GOVERNMENT, &error);
  g_assert_no_error (error);

  g_ptr_array_add (scores, seeds_score_new (anna_id, "1", 4, LINES));
  g_ptr_array_add (scores, seeds_score_new (anna_id, "4", SEEDS_SCORE_DONT_KNOW, MARKUP));
  g_ptr_array_add (scores, seeds_score_new (bram_id, "1", 2, EMOJI));
  seeds_store_set_scores (store, seeds_meeting_get_id (base->scored), scores, &error);
  g_assert_no_error (error);
  g_ptr_array_set_size (scores, 0);
  g_ptr_array_add (scores, seeds_score_new (bram_id, "12", 5, ""));
  seeds_store_set_scores (store, seeds_meeting_get_id (base->later), scores, &error);
  g_assert_no_error (error);
  sample->n_scores = 4;

  g_ptr_array_add (grid, seeds_tally_new ("4", four));
  g_ptr_array_add (grid, seeds_tally_new ("12", twelve));
  seeds_store_set_meeting_tallies (store, seeds_meeting_get_id (base->poster), grid, &error);
  g_assert_no_error (error);

  done = seeds_test_add_step (store, base->scored, "4", "Done: " LINES, MARKUP, "2026-02-01");
  carried = seeds_test_add_step (store, base->scored, "1", "Carried " EMOJI, MARKUP, NULL);
  dropped = seeds_test_add_step (store, base->scored, "12", "Dropped", MARKUP, NULL);
  open = seeds_test_add_step (store, base->poster, "4", "Open " MARKUP, MARKUP, NULL);
  sample->n_steps = 4;
  seeds_test_review (store, done, base->poster, SEEDS_REVIEW_DONE);
  seeds_test_review (store, carried, base->poster, SEEDS_REVIEW_CARRIED);
  seeds_test_review (store, dropped, base->later, SEEDS_REVIEW_DROPPED);
}

static JsonNode *
parse (GBytes *bytes)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  g_assert_true (g_utf8_validate (data, length, NULL));
  g_assert_cmpint (data[length - 1], ==, '\n');
  json_parser_load_from_data (parser, data, length, &error);
  g_assert_no_error (error);

  return json_node_copy (json_parser_get_root (parser));
}

/* The bytes json-glib's generator makes of the same tree, which the app
 * wrote its files with before it had a writer of its own */
static void
assert_as_json_glib_writes (GBytes   *bytes,
                            JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GString) expected = g_string_new (NULL);

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_to_gstring (generator, expected);
  g_string_append_c (expected, '\n');

  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                   expected->str, expected->len);
}

static JsonObject *
array_object (JsonObject *object,
              const char *member,
              guint       index)
{
  return json_array_get_object_element (json_object_get_array_member (object, member), index);
}

static guint
array_length (JsonObject *object,
              const char *member)
{
  return json_array_get_length (json_object_get_array_member (object, member));
}

static void
test_one (Fixture       *fixture,
          gconstpointer  data)
{
  g_auto(Sample) sample = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object, *community, *profile, *location, *contact, *meeting, *score, *tally, *counts, *step;
  guint n_scores = 0;

  sample_init (fixture, &sample);
  fixture->n_changed = 0;

  bytes = seeds_community_export_json (fixture->store, seeds_community_get_id (sample.sample.community),
                                       &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->n_changed, ==, 0);

  /* The same database, the same bytes */
  again = seeds_community_export_json (fixture->store, seeds_community_get_id (sample.sample.community),
                                       &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (bytes, again));

  root = parse (bytes);
  assert_as_json_glib_writes (bytes, root);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  object = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (object, "format"), ==, "seeds-community");
  g_assert_cmpint (json_object_get_int_member (object, "version"), ==, 1);

  community = json_object_get_object_member (object, "community");
  g_assert_cmpstr (json_object_get_string_member (community, "id"), ==,
                   seeds_community_get_id (sample.sample.community));
  g_assert_cmpstr (json_object_get_string_member (community, "name"), ==, MARKUP " " EMOJI);

  /* Its entry in the directory, with everything in it */
  profile = json_object_get_object_member (community, "profile");
  g_assert_nonnull (profile);
  g_assert_cmpstr (json_object_get_string_member (profile, "type"), ==, "living-lab");
  g_assert_cmpstr (json_object_get_string_member (profile, "theme"), ==,
                   "Heat from the Café’s greenhouse");
  g_assert_cmpstr (json_object_get_string_member (profile, "place"), ==, "Naaldwijk, Zuid-Holland");
  location = json_object_get_object_member (profile, "location");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (location, "latitude"), 51.9933, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (location, "longitude"), 4.2097, 1e-9);
  g_assert_cmpuint (array_length (profile, "partners"), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (profile, "partners"), 1),
                   ==, "Demo University");
  g_assert_cmpstr (json_object_get_string_member (profile, "description"), ==,
                   "Growers & students <b>together</b> 🌱\nA second line.");
  contact = json_object_get_object_member (profile, "contact");
  g_assert_cmpstr (json_object_get_string_member (contact, "name"), ==, "Wilma Contactpersoon");
  g_assert_cmpstr (json_object_get_string_member (contact, "email"), ==, "wilma@example.org");
  g_assert_cmpstr (json_object_get_string_member (contact, "phone"), ==, "+31 6 0000 0009");
  g_assert_cmpstr (json_object_get_string_member (contact, "website"), ==, "https://lab.example.org/");

  /* Participants, by name, with what users typed exactly as they typed it */
  g_assert_cmpuint (array_length (object, "participants"), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (array_object (object, "participants", 0), "name"),
                   ==, "Anna " EMOJI);
  g_assert_cmpstr (json_object_get_string_member (array_object (object, "participants", 0),
                                                  "organisation"), ==, MARKUP);
  g_assert_cmpstr (json_object_get_string_member (array_object (object, "participants", 0),
                                                  "partner_type"), ==, "research");
  g_assert_cmpstr (json_object_get_string_member (array_object (object, "participants", 1), "name"),
                   ==, "Bram \"B\"");

  /* Meetings, oldest first */
  g_assert_cmpuint (array_length (object, "meetings"), ==, 3);
  meeting = array_object (object, "meetings", 0);
  g_assert_cmpstr (json_object_get_string_member (meeting, "id"), ==,
                   seeds_meeting_get_id (sample.sample.scored));
  g_assert_cmpstr (json_object_get_string_member (meeting, "kind"), ==, "scores");
  g_assert_cmpstr (json_object_get_string_member (meeting, "framework"), ==, "greenport-2020");
  g_assert_cmpstr (json_object_get_string_member (meeting, "date"), ==, "2026-01-15");
  g_assert_cmpstr (json_object_get_string_member (meeting, "title"), ==, "Kick-off " EMOJI);
  g_assert_cmpstr (json_object_get_string_member (meeting, "notes"), ==, LINES);
  g_assert_cmpuint (array_length (meeting, "attendees"), ==, 3);
  g_assert_cmpuint (array_length (meeting, "scores"), ==, 3);
  g_assert_cmpuint (array_length (meeting, "tallies"), ==, 0);

  score = array_object (meeting, "scores", 0);
  g_assert_cmpint (json_object_get_int_member (score, "score"), ==, 4);
  g_assert_cmpstr (json_object_get_string_member (score, "factor"), ==, "1");
  g_assert_cmpstr (json_object_get_string_member (score, "comment"), ==, LINES);
  score = array_object (meeting, "scores", 1);
  g_assert_true (json_object_get_null_member (score, "score"));
  g_assert_cmpstr (json_object_get_string_member (score, "comment"), ==, MARKUP);
  score = array_object (meeting, "scores", 2);
  g_assert_cmpstr (json_object_get_string_member (score, "comment"), ==, EMOJI);

  meeting = array_object (object, "meetings", 1);
  g_assert_cmpstr (json_object_get_string_member (meeting, "kind"), ==, "poster");
  g_assert_cmpuint (array_length (meeting, "attendees"), ==, 0);
  g_assert_cmpuint (array_length (meeting, "scores"), ==, 0);
  g_assert_cmpuint (array_length (meeting, "tallies"), ==, 2);
  tally = array_object (meeting, "tallies", 0);
  g_assert_cmpstr (json_object_get_string_member (tally, "factor"), ==, "4");
  counts = json_object_get_object_member (tally, "counts");
  g_assert_cmpuint (json_object_get_size (counts), ==, 6);
  g_assert_cmpint (json_object_get_int_member (counts, "dont_know"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (counts, "1"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (counts, "3"), ==, 5);
  g_assert_cmpint (json_object_get_int_member (counts, "5"), ==, 1);

  for (guint i = 0; i < array_length (object, "meetings"); i++)
    n_scores += array_length (array_object (object, "meetings", i), "scores");
  g_assert_cmpuint (n_scores, ==, sample.n_scores);

  /* Next steps with their status and review */
  g_assert_cmpuint (array_length (object, "next_steps"), ==, sample.n_steps);
  step = array_object (object, "next_steps", 0);
  g_assert_cmpstr (json_object_get_string_member (step, "text"), ==, "Done: " LINES);
  g_assert_cmpstr (json_object_get_string_member (step, "owner"), ==, MARKUP);
  g_assert_cmpstr (json_object_get_string_member (step, "factor"), ==, "4");
  g_assert_cmpstr (json_object_get_string_member (step, "meeting"), ==,
                   seeds_meeting_get_id (sample.sample.scored));
  g_assert_cmpstr (json_object_get_string_member (step, "due_date"), ==, "2026-02-01");
  g_assert_cmpstr (json_object_get_string_member (step, "status"), ==, "done");
  g_assert_cmpstr (json_object_get_string_member (step, "reviewed_in"), ==,
                   seeds_meeting_get_id (sample.sample.poster));
  step = array_object (object, "next_steps", 1);
  g_assert_cmpstr (json_object_get_string_member (step, "status"), ==, "open");
  g_assert_cmpstr (json_object_get_string_member (step, "reviewed_in"), ==,
                   seeds_meeting_get_id (sample.sample.poster));
  g_assert_true (json_object_get_null_member (step, "due_date"));
  step = array_object (object, "next_steps", 2);
  g_assert_cmpstr (json_object_get_string_member (step, "status"), ==, "dropped");
  step = array_object (object, "next_steps", 3);
  g_assert_cmpstr (json_object_get_string_member (step, "text"), ==, "Open " MARKUP);
  g_assert_true (json_object_get_null_member (step, "reviewed_in"));
}

static void
assert_ids (JsonArray  *array,
            GPtrArray  *participants)
{
  g_assert_cmpuint (json_array_get_length (array), ==, participants->len);
  for (guint i = 0; i < participants->len; i++)
    g_assert_cmpstr (json_array_get_string_element (array, i), ==,
                     seeds_participant_get_id (g_ptr_array_index (participants, i)));
}

static void
assert_scores (JsonArray *array,
               GPtrArray *scores)
{
  g_assert_cmpuint (json_array_get_length (array), ==, scores->len);
  for (guint i = 0; i < scores->len; i++)
    {
      const SeedsScore *score = g_ptr_array_index (scores, i);
      JsonObject *object = json_array_get_object_element (array, i);

      g_assert_cmpstr (json_object_get_string_member (object, "participant"), ==,
                       score->participant_id);
      g_assert_cmpstr (json_object_get_string_member (object, "factor"), ==, score->factor_id);
      if (score->value == SEEDS_SCORE_DONT_KNOW)
        g_assert_true (json_object_get_null_member (object, "score"));
      else
        g_assert_cmpint (json_object_get_int_member (object, "score"), ==, score->value);
    }
}

static void
assert_tallies (JsonArray *array,
                GPtrArray *tallies)
{
  g_assert_cmpuint (json_array_get_length (array), ==, tallies->len);
  for (guint i = 0; i < tallies->len; i++)
    {
      const SeedsTally *tally = g_ptr_array_index (tallies, i);
      JsonObject *object = json_array_get_object_element (array, i);
      JsonObject *counts = json_object_get_object_member (object, "counts");

      g_assert_cmpstr (json_object_get_string_member (object, "factor"), ==, tally->factor_id);
      g_assert_cmpint (json_object_get_int_member (counts, "2"), ==, tally->counts[2]);
      g_assert_cmpint (json_object_get_int_member (counts, "dont_know"), ==, tally->counts[0]);
    }
}

/* A meeting on the day of the first one, with @people, who score the
 * factors 10, 2 and 1 */
static SeedsMeeting *
add_same_day_meeting (Fixture   *fixture,
                      Sample    *sample,
                      GPtrArray *people)
{
  SeedsStore *store = fixture->store;
  SeedsMeeting *meeting = seeds_test_add_meeting (store, sample->sample.community,
                                                  SEEDS_MEETING_SCORES, "2026-01-15", "Same day");
  const char *factors[] = { "10", "2", "1" };
  g_autoptr(GError) error = NULL;

  for (guint p = 0; p < people->len; p++)
    for (guint f = 0; f < G_N_ELEMENTS (factors); f++)
      {
        seeds_store_set_score (store, seeds_meeting_get_id (meeting),
                               seeds_participant_get_id (g_ptr_array_index (people, p)),
                               factors[f], (int) (1 + (p + f) % 5), &error);
        g_assert_no_error (error);
      }

  return meeting;
}

/* Each meeting's attendees, scores and tallies come in the order of the
 * store's lists of one meeting, whatever the names: people of the same
 * name, in another case, who joined in another order than their ids go;
 * meetings on the same day; factors 2, 10 and 12. */
static void
test_order (Fixture       *fixture,
            gconstpointer  data)
{
  SeedsStore *store = fixture->store;
  g_auto(Sample) sample = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(SeedsMeeting) first = NULL;
  g_autoptr(SeedsMeeting) second = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonNode) root = NULL;
  const char *community_id;
  const char *names[] = { "Sam", "sam", "Sam", "Bram \"B\"", "SAM" };
  JsonArray *exported;

  sample_init (fixture, &sample);
  community_id = seeds_community_get_id (sample.sample.community);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(SeedsParticipant) person = NULL;

      person = seeds_store_add_participant (store, seeds_meeting_get_id (sample.sample.later),
                                            names[i], "", SEEDS_PARTNER_OTHER, &error);
      g_assert_no_error (error);
    }
  /* Who has the lowest id joined last. */
  seeds_test_exec (fixture->path,
                   "UPDATE participants SET created_at = 1000 - "
                   "  (SELECT count (*) FROM participants q WHERE q.id < participants.id)");

  people = seeds_store_list_participants (store, community_id, &error);
  g_assert_no_error (error);
  first = add_same_day_meeting (fixture, &sample, people);
  g_ptr_array_set_size (people, 3);
  second = add_same_day_meeting (fixture, &sample, people);

  bytes = seeds_community_export_json (store, community_id, &error);
  g_assert_no_error (error);
  root = parse (bytes);
  assert_as_json_glib_writes (bytes, root);
  exported = json_object_get_array_member (json_node_get_object (root), "meetings");

  meetings = seeds_store_list_meetings (store, community_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (exported), ==, 5);
  g_assert_cmpuint (meetings->len, ==, 5);

  for (guint i = 0; i < meetings->len; i++)
    {
      /* The store lists them newest first. */
      const char *meeting_id = seeds_meeting_get_id (g_ptr_array_index (meetings, meetings->len - 1 - i));
      JsonObject *meeting = json_array_get_object_element (exported, i);
      g_autoptr(GPtrArray) attendees = seeds_store_list_attendees (store, meeting_id, &error);
      g_autoptr(GPtrArray) scores = seeds_store_list_scores (store, meeting_id, &error);
      g_autoptr(GPtrArray) tallies = seeds_store_list_tallies (store, meeting_id, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (json_object_get_string_member (meeting, "id"), ==, meeting_id);
      assert_ids (json_object_get_array_member (meeting, "attendees"), attendees);
      assert_scores (json_object_get_array_member (meeting, "scores"), scores);
      assert_tallies (json_object_get_array_member (meeting, "tallies"), tallies);
    }
}

static void
test_all (Fixture       *fixture,
          gconstpointer  data)
{
  g_auto(Sample) sample = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) all_bytes = NULL;
  g_autoptr(GBytes) one_bytes = NULL;
  g_autoptr(GBytes) other_bytes = NULL;
  g_autoptr(JsonNode) all = NULL;
  g_autoptr(JsonNode) one = NULL;
  g_autoptr(JsonNode) other = NULL;
  JsonObject *profile;
  JsonArray *array;

  sample_init (fixture, &sample);

  all_bytes = seeds_community_export_json (fixture->store, NULL, &error);
  g_assert_no_error (error);
  one_bytes = seeds_community_export_json (fixture->store, seeds_community_get_id (sample.sample.community),
                                           &error);
  g_assert_no_error (error);
  other_bytes = seeds_community_export_json (fixture->store, seeds_community_get_id (sample.other),
                                             &error);
  g_assert_no_error (error);

  /* A list of each community's export, by name */
  all = parse (all_bytes);
  one = parse (one_bytes);
  other = parse (other_bytes);
  assert_as_json_glib_writes (all_bytes, all);
  assert_as_json_glib_writes (other_bytes, other);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (all));
  array = json_node_get_array (all);
  g_assert_cmpuint (json_array_get_length (array), ==, 2);
  g_assert_true (json_node_equal (json_array_get_element (array, 0), one));
  g_assert_true (json_node_equal (json_array_get_element (array, 1), other));

  /* A community without meetings, and with nothing in its profile */
  g_assert_cmpuint (array_length (json_node_get_object (other), "meetings"), ==, 0);
  g_assert_cmpuint (array_length (json_node_get_object (other), "next_steps"), ==, 0);
  profile = json_object_get_object_member (json_object_get_object_member (json_node_get_object (other),
                                                                          "community"),
                                           "profile");
  g_assert_cmpstr (json_object_get_string_member (profile, "type"), ==, "other");
  g_assert_cmpstr (json_object_get_string_member (profile, "place"), ==, "");
  g_assert_true (json_object_get_null_member (profile, "location"));
  g_assert_cmpuint (array_length (profile, "partners"), ==, 0);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (profile, "contact"),
                                                  "email"), ==, "");
}

static void
test_empty_and_missing (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) empty = NULL;
  g_autoptr(GBytes) missing = NULL;

  empty = seeds_community_export_json (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (empty, NULL), g_bytes_get_size (empty), "[]\n", 3);

  missing = seeds_community_export_json (fixture->store, "0c7f3a56-0000-4000-8000-000000000000",
                                         &error);
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_FOUND);
  g_assert_null (missing);
}

static void
test_to_file (Fixture       *fixture,
              gconstpointer  data)
{
  g_auto(Sample) sample = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "community.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gsize length;

  sample_init (fixture, &sample);
  g_file_set_contents (path, "old", -1, &error);
  g_assert_no_error (error);

  g_assert_true (seeds_community_export_json_to_file (fixture->store, NULL, file, &error));
  g_assert_no_error (error);

  bytes = seeds_community_export_json (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, seeds_test_database_set_up, func, seeds_test_database_tear_down)

  ADD ("/community-export/one", test_one);
  ADD ("/community-export/order", test_order);
  ADD ("/community-export/all", test_all);
  ADD ("/community-export/empty-and-missing", test_empty_and_missing);
  ADD ("/community-export/to-file", test_to_file);

#undef ADD

  return g_test_run ();
}
