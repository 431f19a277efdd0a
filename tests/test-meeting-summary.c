/* test-meeting-summary.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stats/seeds-meeting-summary.h"
#include "model/seeds-score.h"

static GPtrArray *
scores_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify)seeds_score_free);
}

static void
add (GPtrArray  *scores,
     const char *participant,
     const char *factor,
     int         value)
{
  g_ptr_array_add (scores, seeds_score_new (participant, factor, value, ""));
}

static void
test_empty_meeting (void)
{
  g_autoptr(SeedsFramework) framework = seeds_framework_new_default ("en");
  g_autoptr(GPtrArray) scores = scores_new ();
  g_autoptr(SeedsMeetingSummary) summary = seeds_meeting_summary_new (framework, scores);
  guint n;

  g_assert_cmpuint (seeds_meeting_summary_get_n_participants (summary), ==, 0);
  seeds_meeting_summary_get_attention_order (summary, &n);
  g_assert_cmpuint (n, ==, 0);

  for (guint i = 0; i < seeds_framework_get_n_factors (framework); i++)
    g_assert_cmpint (seeds_meeting_summary_get_stats (summary, i)->band, ==, SEEDS_BAND_NONE);
}

/* Three participants: the statistics per factor, who scored how much, and
 * the order of the "needs attention" list. */
static void
test_three_participants (void)
{
  g_autoptr(SeedsFramework) framework = seeds_framework_new_default ("en");
  g_autoptr(GPtrArray) scores = scores_new ();
  g_autoptr(SeedsMeetingSummary) summary = NULL;
  const SeedsFactorStats *stats;
  const guint *order;
  guint n;

  add (scores, "anna", "1", 5);
  add (scores, "bob", "1", 4);
  add (scores, "carla", "1", 4);
  add (scores, "anna", "4", 2);
  add (scores, "bob", "4", 1);
  add (scores, "carla", "4", SEEDS_SCORE_DONT_KNOW);
  add (scores, "anna", "7", 1);
  add (scores, "bob", "7", 5);
  add (scores, "carla", "12", 3);
  add (scores, "carla", "99", 3);   /* not in the framework: left out */

  summary = seeds_meeting_summary_new (framework, scores);

  g_assert_cmpuint (seeds_meeting_summary_get_n_participants (summary), ==, 3);
  g_assert_cmpuint (seeds_meeting_summary_count_scored (summary, "anna"), ==, 3);
  g_assert_cmpuint (seeds_meeting_summary_count_scored (summary, "carla"), ==, 3);
  g_assert_cmpuint (seeds_meeting_summary_count_scored (summary, "nobody"), ==, 0);

  stats = seeds_meeting_summary_lookup_stats (summary, "1");
  g_assert_cmpuint (stats->n, ==, 3);
  g_assert_cmpint (stats->band, ==, SEEDS_BAND_STRENGTH);

  stats = seeds_meeting_summary_lookup_stats (summary, "4");
  g_assert_cmpuint (stats->n, ==, 2);
  g_assert_cmpuint (stats->dont_know, ==, 1);
  g_assert_cmpint (stats->band, ==, SEEDS_BAND_ATTENTION);

  stats = seeds_meeting_summary_lookup_stats (summary, "7");
  g_assert_true (stats->disagreement);

  g_assert_null (seeds_meeting_summary_lookup_stats (summary, "99"));

  /* 4 (attention 1.5), then 7 (3.0, seen differently), then 12 (3.0) */
  order = seeds_meeting_summary_get_attention_order (summary, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (order[0], ==, 3);
  g_assert_cmpuint (order[1], ==, 6);
  g_assert_cmpuint (order[2], ==, 11);
}

/* One partner type's perspective: only their scores count. */
static void
test_perspective (void)
{
  g_autoptr(SeedsFramework) framework = seeds_framework_new_default ("en");
  g_autoptr(GPtrArray) scores = scores_new ();
  g_autoptr(GHashTable) companies = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(SeedsMeetingSummary) all = NULL;
  g_autoptr(SeedsMeetingSummary) some = NULL;

  add (scores, "anna", "1", 5);
  add (scores, "bob", "1", 1);
  add (scores, "carla", "1", 4);
  g_hash_table_add (companies, (char *)"anna");
  g_hash_table_add (companies, (char *)"carla");

  all = seeds_meeting_summary_new (framework, scores);
  some = seeds_meeting_summary_new_for (framework, scores, companies);

  g_assert_cmpuint (seeds_meeting_summary_lookup_stats (all, "1")->n, ==, 3);
  g_assert_cmpuint (seeds_meeting_summary_lookup_stats (some, "1")->n, ==, 2);
  g_assert_cmpuint (seeds_meeting_summary_lookup_stats (some, "1")->mean10, ==, 45);
  g_assert_cmpuint (seeds_meeting_summary_get_n_participants (some), ==, 2);
}

/* Who scored every factor; and what may be shown on a shared screen. */
static void
test_complete_and_anonymity (void)
{
  g_autoptr(SeedsFramework) framework = seeds_framework_new_default ("en");
  g_autoptr(GPtrArray) scores = scores_new ();
  g_autoptr(SeedsMeetingSummary) summary = NULL;

  for (guint i = 0; i < seeds_framework_get_n_factors (framework); i++)
    {
      const char *id = seeds_factor_get_id (seeds_framework_get_factor (framework, i));

      add (scores, "anna", id, i == 3 ? SEEDS_SCORE_DONT_KNOW : 4);
      if (i < 5)
        add (scores, "bob", id, 2);
    }

  summary = seeds_meeting_summary_new (framework, scores);
  g_assert_cmpuint (seeds_meeting_summary_get_n_participants (summary), ==, 2);
  g_assert_cmpuint (seeds_meeting_summary_count_complete (summary), ==, 1);

  /* factor 1: two scores; factor 4: one score and a don't know */
  g_assert_true (seeds_factor_stats_can_show (seeds_meeting_summary_lookup_stats (summary, "1"), 2));
  g_assert_false (seeds_factor_stats_can_show (seeds_meeting_summary_lookup_stats (summary, "1"), 3));
  g_assert_false (seeds_factor_stats_can_show (seeds_meeting_summary_lookup_stats (summary, "4"), 2));
  g_assert_true (seeds_factor_stats_can_show (seeds_meeting_summary_lookup_stats (summary, "9"), 1));
}

/* A poster meeting: the same numbers from counts as from the scores they
 * count, and as many participants as the factor with the most stickers. */
static void
test_from_tallies (void)
{
  g_autoptr(SeedsFramework) framework = seeds_framework_new_default ("en");
  g_autoptr(GPtrArray) tallies = g_ptr_array_new_with_free_func ((GDestroyNotify) seeds_tally_free);
  g_autoptr(GPtrArray) scores = scores_new ();
  g_autoptr(SeedsMeetingSummary) counted = NULL;
  g_autoptr(SeedsMeetingSummary) scored = NULL;
  const guint four[] = { 1, 2, 1, 0, 0, 0 };     /* "don't know", 1 … 5 */
  const guint seven[] = { 0, 1, 0, 0, 0, 3 };
  const guint other[] = { 50, 0, 0, 0, 0, 0 };
  guint n_order, n_counted_order;
  const guint *order;
  const guint *counted_order;

  g_ptr_array_add (tallies, seeds_tally_new ("4", four));
  g_ptr_array_add (tallies, seeds_tally_new ("7", seven));
  g_ptr_array_add (tallies, seeds_tally_new ("99", other));  /* not in the framework */
  counted = seeds_meeting_summary_new_from_tallies (framework, tallies);

  add (scores, "a", "4", 1);
  add (scores, "b", "4", 1);
  add (scores, "c", "4", 2);
  add (scores, "d", "4", SEEDS_SCORE_DONT_KNOW);
  add (scores, "a", "7", 1);
  add (scores, "b", "7", 5);
  add (scores, "c", "7", 5);
  add (scores, "d", "7", 5);
  scored = seeds_meeting_summary_new (framework, scores);

  for (guint i = 0; i < seeds_framework_get_n_factors (framework); i++)
    {
      const SeedsFactorStats *a = seeds_meeting_summary_get_stats (counted, i);
      const SeedsFactorStats *b = seeds_meeting_summary_get_stats (scored, i);

      g_assert_cmpmem (a->counts, sizeof a->counts, b->counts, sizeof b->counts);
      g_assert_cmpuint (a->n, ==, b->n);
      g_assert_cmpuint (a->dont_know, ==, b->dont_know);
      g_assert_cmpuint (a->mean10, ==, b->mean10);
      g_assert_cmpfloat_with_epsilon (a->spread, b->spread, 1e-12);
      g_assert_cmpint (a->band, ==, b->band);
      g_assert_cmpint (a->disagreement, ==, b->disagreement);
    }

  order = seeds_meeting_summary_get_attention_order (scored, &n_order);
  counted_order = seeds_meeting_summary_get_attention_order (counted, &n_counted_order);
  g_assert_cmpmem (order, n_order * sizeof (guint), counted_order, n_counted_order * sizeof (guint));

  /* Four stickers on each factor: four people, but none of them known */
  g_assert_cmpuint (seeds_meeting_summary_get_n_participants (counted), ==, 4);
  g_assert_cmpuint (seeds_meeting_summary_count_scored (counted, "a"), ==, 0);
  g_assert_cmpuint (seeds_meeting_summary_count_complete (counted), ==, 0);

  g_assert_cmpuint (seeds_tally_count_participants (four, 1), ==, 4);
  g_assert_cmpuint (seeds_tally_count_participants (other, 1), ==, 50);
  g_assert_cmpuint (seeds_tally_count_participants (NULL, 0), ==, 0);
  g_assert_cmpint (seeds_tally_index_score (SEEDS_SCORE_DONT_KNOW), ==, 0);
  g_assert_cmpint (seeds_tally_index_score (5), ==, 5);
  g_assert_cmpint (seeds_tally_index_score (SEEDS_SCORE_NONE), ==, -1);
  g_assert_cmpint (seeds_tally_score_at (0), ==, SEEDS_SCORE_DONT_KNOW);
  g_assert_cmpint (seeds_tally_score_at (3), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/meeting-summary/empty", test_empty_meeting);
  g_test_add_func ("/meeting-summary/three-participants", test_three_participants);
  g_test_add_func ("/meeting-summary/perspective", test_perspective);
  g_test_add_func ("/meeting-summary/complete-and-anonymity", test_complete_and_anonymity);
  g_test_add_func ("/meeting-summary/from-tallies", test_from_tallies);

  return g_test_run ();
}
