/* test-store-history.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "store/seeds-store.h"
#include "seeds-test-util.h"

/* What the store keeps for the history: poster meetings and their
 * tallies, many scores in one write, the review of next steps, and the
 * counts the history is read from. */

typedef SeedsTestDatabase Fixture;

/* The sample of seeds-test-util.h, with nothing announced yet */
static void
sample_init (Fixture         *fixture,
             SeedsTestSample *sample)
{
  seeds_test_sample_init (sample, fixture->store, "Westland", "Anna");
  fixture->n_changed = 0;
}

static const SeedsTally *
find_tally (GPtrArray  *tallies,
            const char *factor_id)
{
  for (guint i = 0; i < tallies->len; i++)
    {
      const SeedsTally *tally = g_ptr_array_index (tallies, i);

      if (g_str_equal (tally->factor_id, factor_id))
        return tally;
    }

  return NULL;
}

static void
assert_counts (const SeedsTally *tally,
               const guint      *expected)
{
  g_assert_nonnull (tally);
  for (guint v = 0; v < SEEDS_TALLY_N_VALUES; v++)
    g_assert_cmpuint (tally->counts[v], ==, expected[v]);
}

static void
test_kinds (Fixture       *fixture,
            gconstpointer  data)
{
  g_auto(SeedsTestSample) sample = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(SeedsMeeting) poster = NULL;

  sample_init (fixture, &sample);

  g_assert_cmpint (seeds_meeting_get_kind (sample.scored), ==, SEEDS_MEETING_SCORES);
  g_assert_cmpint (seeds_meeting_get_kind (sample.poster), ==, SEEDS_MEETING_POSTER);

  poster = seeds_store_get_meeting (fixture->store, seeds_meeting_get_id (sample.poster), &error);
  g_assert_no_error (error);
  g_assert_cmpint (seeds_meeting_get_kind (poster), ==, SEEDS_MEETING_POSTER);

  meetings = seeds_store_list_meetings (fixture->store, seeds_community_get_id (sample.community),
                                        &error);
  g_assert_no_error (error);
  g_assert_cmpuint (meetings->len, ==, 3);
  g_assert_cmpint (seeds_meeting_get_kind (g_ptr_array_index (meetings, 0)), ==, SEEDS_MEETING_SCORES);
  g_assert_cmpint (seeds_meeting_get_kind (g_ptr_array_index (meetings, 1)), ==, SEEDS_MEETING_POSTER);
  g_assert_cmpint (seeds_meeting_get_kind (g_ptr_array_index (meetings, 2)), ==, SEEDS_MEETING_SCORES);

  g_assert_cmpstr (seeds_meeting_kind_to_string (SEEDS_MEETING_POSTER), ==, "poster");
  g_assert_cmpstr (seeds_meeting_kind_to_string (SEEDS_MEETING_SCORES), ==, "scores");
}

static void
test_tallies (Fixture       *fixture,
              gconstpointer  data)
{
  g_auto(SeedsTestSample) sample = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) tallies = NULL;
  g_autoptr(GPtrArray) grid = g_ptr_array_new_with_free_func ((GDestroyNotify) seeds_tally_free);
  const char *poster_id;
  const guint four[] = { 2, 0, 1, 5, 3, 0 };
  const guint four_again[] = { 0, 0, 0, 4, 0, 1 };
  const guint twelve[] = { 1, 3, 0, 0, 0, 9999 };
  const guint empty[SEEDS_TALLY_N_VALUES] = { 0, };

  sample_init (fixture, &sample);
  poster_id = seeds_meeting_get_id (sample.poster);

  g_assert_true (seeds_store_set_tallies (fixture->store, poster_id, "4", four, &error));
  g_assert_no_error (error);
  g_assert_true (seeds_store_set_tallies (fixture->store, poster_id, "12", twelve, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->n_changed, ==, 2);

  tallies = seeds_store_list_tallies (fixture->store, poster_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tallies->len, ==, 2);
  assert_counts (find_tally (tallies, "4"), four);
  assert_counts (find_tally (tallies, "12"), twelve);
  g_clear_pointer (&tallies, g_ptr_array_unref);

  /* A factor's counts are replaced as a whole, and all zeros is none. */
  g_assert_true (seeds_store_set_tallies (fixture->store, poster_id, "4", four_again, &error));
  g_assert_true (seeds_store_set_tallies (fixture->store, poster_id, "12", empty, &error));
  g_assert_no_error (error);
  tallies = seeds_store_list_tallies (fixture->store, poster_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tallies->len, ==, 1);
  assert_counts (find_tally (tallies, "4"), four_again);
  g_clear_pointer (&tallies, g_ptr_array_unref);

  /* The whole grid at once: exactly these afterwards, in one write */
  fixture->n_changed = 0;
  g_ptr_array_add (grid, seeds_tally_new ("1", four));
  g_ptr_array_add (grid, seeds_tally_new ("12", twelve));
  g_assert_true (seeds_store_set_meeting_tallies (fixture->store, poster_id, grid, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->n_changed, ==, 1);
  tallies = seeds_store_list_tallies (fixture->store, poster_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tallies->len, ==, 2);
  assert_counts (find_tally (tallies, "1"), four);
  assert_counts (find_tally (tallies, "12"), twelve);
  g_assert_null (find_tally (tallies, "4"));
}

/* What a poster meeting and a scored meeting refuse, without changing
 * anything or announcing a change. */
static void
test_kind_refusals (Fixture       *fixture,
                    gconstpointer  data)
{
  g_auto(SeedsTestSample) sample = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) seeds_score_free);
  g_autoptr(GPtrArray) grid = g_ptr_array_new_with_free_func ((GDestroyNotify) seeds_tally_free);
  g_autoptr(SeedsParticipant) nobody = NULL;
  g_autoptr(SeedsScorecard) card = NULL;
  g_autoptr(SeedsParticipant) imported = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *poster_id;
  const char *scored_id;
  const guint counts[] = { 0, 1, 2, 3, 4, 5 };
  const guint too_many[] = { 0, 0, 0, SEEDS_TALLY_MAX_COUNT + 1, 0, 0 };

  sample_init (fixture, &sample);
  poster_id = seeds_meeting_get_id (sample.poster);
  scored_id = seeds_meeting_get_id (sample.scored);
  g_assert_true (seeds_store_set_tallies (fixture->store, poster_id, "1", counts, &error));
  g_assert_no_error (error);
  fixture->n_changed = 0;
  before = seeds_test_dump_database (fixture->path);

  nobody = seeds_store_add_participant (fixture->store, poster_id, "Carla", "",
                                        SEEDS_PARTNER_OTHER, &error);
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
  g_assert_null (nobody);
  g_test_message ("Refused as expected: %s", error->message);
  g_assert_nonnull (strstr (error->message, "held with the poster"));
  g_clear_error (&error);

  g_assert_false (seeds_store_add_attendee (fixture->store, poster_id,
                                            seeds_participant_get_id (sample.anna), &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (seeds_store_set_score (fixture->store, poster_id,
                                         seeds_participant_get_id (sample.anna), "1", 4, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_ptr_array_add (scores, seeds_score_new (seeds_participant_get_id (sample.anna), "1", 4, ""));
  g_assert_false (seeds_store_set_scores (fixture->store, poster_id, scores, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  card = seeds_scorecard_new ("greenport-2020", poster_id, NULL, "Dirk", "", SEEDS_PARTNER_OTHER);
  seeds_scorecard_set_score (card, "1", 3, NULL);
  imported = seeds_store_import_scorecard (fixture->store, card, NULL, &error);
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
  g_assert_null (imported);
  g_assert_cmpstr (error->message, ==, "The score card is for a meeting held with the poster, "
                                       "which has no scores of its own.");
  g_clear_error (&error);

  /* And the other way round */
  g_assert_false (seeds_store_set_tallies (fixture->store, scored_id, "1", counts, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
  g_test_message ("Refused as expected: %s", error->message);
  g_assert_nonnull (strstr (error->message, "scored by its participants"));
  g_clear_error (&error);

  g_ptr_array_add (grid, seeds_tally_new ("1", counts));
  g_assert_false (seeds_store_set_meeting_tallies (fixture->store, scored_id, grid, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Counts out of range, a bad factor id, a meeting that is gone */
  g_assert_false (seeds_store_set_tallies (fixture->store, poster_id, "2", too_many, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (seeds_store_set_tallies (fixture->store, poster_id, "", counts, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (seeds_store_set_tallies (fixture->store, "0c7f3a56-0000-4000-8000-000000000000",
                                           "1", counts, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A grid with one bad count saves nothing of it. */
  g_ptr_array_set_size (grid, 0);
  g_ptr_array_add (grid, seeds_tally_new ("2", counts));
  g_ptr_array_add (grid, seeds_tally_new ("3", too_many));
  g_assert_false (seeds_store_set_meeting_tallies (fixture->store, poster_id, grid, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  after = seeds_test_dump_database (fixture->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (fixture->n_changed, ==, 0);
}

static void
test_set_scores (Fixture       *fixture,
                 gconstpointer  data)
{
  g_auto(SeedsTestSample) sample = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) seeds_score_free);
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GPtrArray) attendees = NULL;
  g_auto(SeedsTestSample) elsewhere = { 0, };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *anna_id;
  const char *bram_id;
  SeedsMeeting *later;
  const SeedsScore *score;

  sample_init (fixture, &sample);
  anna_id = seeds_participant_get_id (sample.anna);
  bram_id = seeds_participant_get_id (sample.bram);
  later = sample.later;

  /* Anna and Bram score a later meeting in one write. */
  g_ptr_array_add (scores, seeds_score_new (anna_id, "1", 4, "Going <b>well</b> 🌱"));
  g_ptr_array_add (scores, seeds_score_new (anna_id, "2", SEEDS_SCORE_DONT_KNOW, ""));
  g_ptr_array_add (scores, seeds_score_new (bram_id, "1", 2, "Two\nlines"));
  g_assert_true (seeds_store_set_scores (fixture->store, seeds_meeting_get_id (later), scores,
                                         &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->n_changed, ==, 1);

  attendees = seeds_store_list_attendees (fixture->store, seeds_meeting_get_id (later), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (attendees->len, ==, 2);

  stored = seeds_store_list_scores (fixture->store, seeds_meeting_get_id (later), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 3);
  score = g_ptr_array_index (stored, 0);
  g_assert_cmpstr (score->factor_id, ==, "1");
  g_assert_cmpint (score->value, ==, 4);
  g_assert_cmpstr (score->comment, ==, "Going <b>well</b> 🌱");
  score = g_ptr_array_index (stored, 1);
  g_assert_cmpint (score->value, ==, SEEDS_SCORE_DONT_KNOW);
  score = g_ptr_array_index (stored, 2);
  g_assert_cmpstr (score->participant_id, ==, bram_id);
  g_assert_cmpstr (score->comment, ==, "Two\nlines");
  g_clear_pointer (&stored, g_ptr_array_unref);

  /* Again: the scores given replace those there, the others stay. */
  g_ptr_array_set_size (scores, 0);
  g_ptr_array_add (scores, seeds_score_new (anna_id, "1", 5, ""));
  g_assert_true (seeds_store_set_scores (fixture->store, seeds_meeting_get_id (later), scores,
                                         &error));
  g_assert_no_error (error);
  stored = seeds_store_list_scores (fixture->store, seeds_meeting_get_id (later), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 3);
  score = g_ptr_array_index (stored, 0);
  g_assert_cmpint (score->value, ==, 5);
  g_assert_cmpstr (score->comment, ==, "");

  /* One bad score, and nothing is saved. */
  seeds_test_sample_init (&elsewhere, fixture->store, "Elsewhere", "Stranger");
  fixture->n_changed = 0;
  before = seeds_test_dump_database (fixture->path);

  g_ptr_array_set_size (scores, 0);
  g_ptr_array_add (scores, seeds_score_new (bram_id, "3", 3, ""));
  g_ptr_array_add (scores, seeds_score_new (anna_id, "3", 9, ""));
  g_assert_false (seeds_store_set_scores (fixture->store, seeds_meeting_get_id (later), scores,
                                          &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_ptr_array_set_size (scores, 0);
  g_ptr_array_add (scores, seeds_score_new (bram_id, "3", 3, ""));
  g_ptr_array_add (scores, seeds_score_new (seeds_participant_get_id (elsewhere.anna), "3", 3, ""));
  g_assert_false (seeds_store_set_scores (fixture->store, seeds_meeting_get_id (later), scores,
                                          &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  after = seeds_test_dump_database (fixture->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (fixture->n_changed, ==, 0);
}

static void
assert_steps (GPtrArray          *steps,
              const char * const *texts)
{
  guint n = g_strv_length ((char **) texts);

  g_assert_cmpuint (steps->len, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (seeds_next_step_get_text (g_ptr_array_index (steps, i)), ==, texts[i]);
}

static void
assert_to_review (Fixture            *fixture,
                  SeedsMeeting       *meeting,
                  const char * const *texts)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) steps = NULL;

  steps = seeds_store_list_steps_to_review (fixture->store, seeds_meeting_get_id (meeting), &error);
  g_assert_no_error (error);
  assert_steps (steps, texts);
}

static void
test_review (Fixture       *fixture,
             gconstpointer  data)
{
  g_auto(SeedsTestSample) sample = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsNextStep) a = NULL;
  g_autoptr(SeedsNextStep) b = NULL;
  g_autoptr(SeedsNextStep) c = NULL;
  g_autoptr(SeedsNextStep) d = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(SeedsCommunity) other = NULL;
  g_autoptr(SeedsMeeting) elsewhere = NULL;
  SeedsMeeting *first;
  SeedsMeeting *second;
  SeedsMeeting *third;

  sample_init (fixture, &sample);
  first = sample.scored;    /* 15 January */
  second = sample.poster;   /* 12 March */
  third = sample.later;     /* 20 May */

  a = seeds_test_add_step (fixture->store, first, "1", "A", "", NULL);
  b = seeds_test_add_step (fixture->store, first, "4", "B", "", NULL);
  c = seeds_test_add_step (fixture->store, first, "7", "C", "", NULL);
  d = seeds_test_add_step (fixture->store, second, "4", "D", "", NULL);

  /* Nothing came before the first meeting; the second reviews its steps. */
  assert_to_review (fixture, first, (const char *[]) { NULL });
  assert_to_review (fixture, second, (const char *[]) { "A", "B", "C", NULL });

  fixture->n_changed = 0;
  seeds_test_review (fixture->store, a, second, SEEDS_REVIEW_DONE);
  seeds_test_review (fixture->store, b, second, SEEDS_REVIEW_CARRIED);
  seeds_test_review (fixture->store, c, second, SEEDS_REVIEW_DROPPED);
  g_assert_cmpuint (fixture->n_changed, ==, 3);

  g_assert_cmpint (seeds_next_step_get_status (a), ==, SEEDS_NEXT_STEP_DONE);
  g_assert_cmpint (seeds_next_step_get_status (b), ==, SEEDS_NEXT_STEP_OPEN);
  g_assert_cmpint (seeds_next_step_get_status (c), ==, SEEDS_NEXT_STEP_DROPPED);
  g_assert_cmpstr (seeds_next_step_get_reviewed_in (a), ==, seeds_meeting_get_id (second));
  g_assert_cmpstr (seeds_next_step_get_reviewed_in (b), ==, seeds_meeting_get_id (second));

  /* Reviewed: not asked again in the second meeting, but the carried step
   * comes back in the third, with the second meeting's own step. */
  assert_to_review (fixture, second, (const char *[]) { NULL });
  assert_to_review (fixture, third, (const char *[]) { "B", "D", NULL });

  /* What the store says is what the objects say. */
  steps = seeds_store_list_next_steps (fixture->store, seeds_community_get_id (sample.community),
                                       NULL, &error);
  g_assert_no_error (error);
  assert_steps (steps, (const char *[]) { "A", "B", "C", "D", NULL });
  g_assert_cmpint (seeds_next_step_get_status (g_ptr_array_index (steps, 1)), ==, SEEDS_NEXT_STEP_OPEN);
  g_assert_cmpstr (seeds_next_step_get_reviewed_in (g_ptr_array_index (steps, 0)), ==,
                   seeds_meeting_get_id (second));
  g_assert_null (seeds_next_step_get_reviewed_in (g_ptr_array_index (steps, 3)));
  g_clear_pointer (&steps, g_ptr_array_unref);

  /* Changing one's mind in the same review */
  seeds_test_review (fixture->store, b, second, SEEDS_REVIEW_DONE);
  g_assert_cmpint (seeds_next_step_get_status (b), ==, SEEDS_NEXT_STEP_DONE);
  assert_to_review (fixture, third, (const char *[]) { "D", NULL });

  /* A step is reviewed in a later meeting of its own community only. */
  g_assert_false (seeds_store_review_next_step (fixture->store, d, seeds_meeting_get_id (second),
                                                SEEDS_REVIEW_DONE, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
  g_test_message ("Refused as expected: %s", error->message);
  g_clear_error (&error);
  g_assert_false (seeds_store_review_next_step (fixture->store, d, seeds_meeting_get_id (first),
                                                SEEDS_REVIEW_DONE, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  other = seeds_store_add_community (fixture->store, "Elsewhere", &error);
  g_assert_no_error (error);
  elsewhere = seeds_test_add_meeting (fixture->store, other, SEEDS_MEETING_SCORES, "2027-01-01",
                                      "There");
  g_assert_false (seeds_store_review_next_step (fixture->store, d, seeds_meeting_get_id (elsewhere),
                                                SEEDS_REVIEW_DONE, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  assert_to_review (fixture, elsewhere, (const char *[]) { NULL });

  g_assert_false (seeds_store_review_next_step (fixture->store, d, seeds_meeting_get_id (third),
                                                SEEDS_N_REVIEW_OUTCOMES, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (seeds_next_step_get_status (d), ==, SEEDS_NEXT_STEP_OPEN);
  g_assert_null (seeds_next_step_get_reviewed_in (d));

  /* Opening a step again outside a review forgets the review: it is
   * asked about again. */
  g_assert_true (seeds_store_update_next_step (fixture->store, a, "A", "", NULL,
                                               SEEDS_NEXT_STEP_OPEN, &error));
  g_assert_no_error (error);
  g_assert_null (seeds_next_step_get_reviewed_in (a));
  assert_to_review (fixture, second, (const char *[]) { "A", NULL });

  /* Editing the text keeps it. */
  g_assert_true (seeds_store_update_next_step (fixture->store, b, "B, better worded", "", NULL,
                                               SEEDS_NEXT_STEP_DONE, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_next_step_get_reviewed_in (b), ==, seeds_meeting_get_id (second));

  /* Deleting the meeting of a review keeps the step, without the review. */
  g_assert_true (seeds_store_delete_meeting (fixture->store, second, &error));
  g_assert_no_error (error);
  steps = seeds_store_list_next_steps (fixture->store, seeds_community_get_id (sample.community),
                                       NULL, &error);
  g_assert_no_error (error);
  assert_steps (steps, (const char *[]) { "A", "B, better worded", "C", NULL });
  g_assert_null (seeds_next_step_get_reviewed_in (g_ptr_array_index (steps, 1)));
  g_assert_cmpint (seeds_next_step_get_status (g_ptr_array_index (steps, 1)), ==, SEEDS_NEXT_STEP_DONE);

  /* What is gone cannot be reviewed. */
  g_assert_false (seeds_store_review_next_step (fixture->store, a, seeds_meeting_get_id (second),
                                                SEEDS_REVIEW_DONE, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (seeds_store_list_steps_to_review (fixture->store, seeds_meeting_get_id (second),
                                                   &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (seeds_store_delete_next_step (fixture->store, c, &error));
  g_assert_false (seeds_store_review_next_step (fixture->store, c, seeds_meeting_get_id (third),
                                                SEEDS_REVIEW_DONE, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_FOUND);
}

static void
log_count (const char *meeting_id,
           const char *participant_id,
           const char *factor_id,
           int         value,
           guint       count,
           gpointer    user_data)
{
  GPtrArray *lines = user_data;

  g_ptr_array_add (lines, g_strdup_printf ("%s %s %s %d ×%u", meeting_id,
                                           participant_id != NULL ? participant_id : "-",
                                           factor_id, value, count));
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Every score and every tally of one community, and nothing of another. */
static void
test_foreach_count (Fixture       *fixture,
                    gconstpointer  data)
{
  g_auto(SeedsTestSample) sample = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  g_auto(SeedsTestSample) elsewhere = { 0, };
  const char *scored_id;
  const char *poster_id;
  const char *anna_id;
  const char *bram_id;
  const guint counts[] = { 1, 0, 0, 7, 0, 2 };

  sample_init (fixture, &sample);
  scored_id = seeds_meeting_get_id (sample.scored);
  poster_id = seeds_meeting_get_id (sample.poster);
  anna_id = seeds_participant_get_id (sample.anna);
  bram_id = seeds_participant_get_id (sample.bram);

  g_assert_true (seeds_store_set_score (fixture->store, scored_id, anna_id, "1", 4, &error));
  g_assert_true (seeds_store_set_score (fixture->store, scored_id, bram_id, "1",
                                        SEEDS_SCORE_DONT_KNOW, &error));
  g_assert_true (seeds_store_set_tallies (fixture->store, poster_id, "12", counts, &error));
  g_assert_no_error (error);

  seeds_test_sample_init (&elsewhere, fixture->store, "Elsewhere", "Stranger");
  g_assert_true (seeds_store_set_tallies (fixture->store, seeds_meeting_get_id (elsewhere.poster), "1",
                                          counts, &error));
  g_assert_no_error (error);

  g_assert_true (seeds_store_foreach_count (fixture->store, seeds_community_get_id (sample.community),
                                            log_count, lines, &error));
  g_assert_no_error (error);

  g_ptr_array_add (expected, g_strdup_printf ("%s %s 1 4 ×1", scored_id, anna_id));
  g_ptr_array_add (expected, g_strdup_printf ("%s %s 1 -1 ×1", scored_id, bram_id));
  g_ptr_array_add (expected, g_strdup_printf ("%s - 12 -1 ×1", poster_id));
  g_ptr_array_add (expected, g_strdup_printf ("%s - 12 3 ×7", poster_id));
  g_ptr_array_add (expected, g_strdup_printf ("%s - 12 5 ×2", poster_id));
  g_ptr_array_sort (lines, compare_lines);
  g_ptr_array_sort (expected, compare_lines);

  g_assert_cmpuint (lines->len, ==, expected->len);
  for (guint i = 0; i < lines->len; i++)
    g_assert_cmpstr (g_ptr_array_index (lines, i), ==, g_ptr_array_index (expected, i));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, seeds_test_database_set_up, func, seeds_test_database_tear_down)

  ADD ("/store-history/kinds", test_kinds);
  ADD ("/store-history/tallies", test_tallies);
  ADD ("/store-history/kind-refusals", test_kind_refusals);
  ADD ("/store-history/set-scores", test_set_scores);
  ADD ("/store-history/review", test_review);
  ADD ("/store-history/foreach-count", test_foreach_count);

#undef ADD

  return g_test_run ();
}
