/* test-session-community.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "session/seeds-session.h"
#include "stats/seeds-community-gaps.h"
#include "seeds-test-util.h"

/* The community page's use cases on the worker thread, with the shipped
 * earning rules: the work they do earns in the same job, once. */

typedef struct
{
  SeedsTestDatabase  db;
  SeedsSession      *session;
  SeedsTestSample    sample;
  GAsyncResult      *result;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  seeds_test_database_set_up (&fixture->db, data);
  fixture->session = seeds_session_new (fixture->db.store, fixture->db.framework);
  seeds_test_sample_init (&fixture->sample, fixture->db.store, "Greenport", "Anna");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  seeds_session_close (fixture->session);
  g_assert_finalize_object (fixture->session);
  seeds_test_sample_clear (&fixture->sample);
  seeds_test_database_tear_down (&fixture->db, data);
}

static const char *
community_id (Fixture *fixture)
{
  return seeds_community_get_id (fixture->sample.community);
}

static gint64
balance (Fixture *fixture)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) ledger = NULL;
  g_autoptr(GError) error = NULL;
  gint64 sum = -1;

  seeds_session_list_ledger_async (fixture->session, community_id (fixture), NULL,
                                   seeds_test_keep_result,
                                   &fixture->result);
  result = seeds_test_wait_result (&fixture->result);
  ledger = seeds_session_list_ledger_finish (fixture->session, result, &sum, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ledger);
  return sum;
}

static SeedsFailure *
add_failure (Fixture *fixture)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  SeedsFailure *failure;

  seeds_session_add_failure_async (fixture->session, community_id (fixture), "A hackathon",
                                   "Nobody came", "Ask the growers first", "12",
                                   seeds_test_keep_result, &fixture->result);
  result = seeds_test_wait_result (&fixture->result);
  failure = seeds_session_add_finish (fixture->session, result, &error);
  g_assert_no_error (error);
  g_assert_true (SEEDS_IS_FAILURE (failure));
  return failure;
}

/* A failure added earns at once; deleted and put back, it earns nothing
 * more; the list shows it per factor. */
static void
test_failures (Fixture       *fixture,
               gconstpointer  data)
{
  SeedsPointsRules *rules = seeds_session_get_points_rules (fixture->session);
  const SeedsPointsRule *rule = seeds_points_rules_lookup (rules, SEEDS_RULE_FAILURE_RECORDED);
  g_autoptr(SeedsFailure) failure = add_failure (fixture);
  g_autoptr(SeedsStoreUndo) undo = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (balance (fixture), ==, rule->points);

  seeds_session_delete_failure_async (fixture->session, failure, NULL,
                                      seeds_test_keep_result, &fixture->result);
  result = seeds_test_wait_result (&fixture->result);
  undo = seeds_session_remove_finish (fixture->session, result, &error);
  g_assert_no_error (error);
  g_clear_object (&result);
  seeds_session_undo_async (fixture->session, g_steal_pointer (&undo),
                            seeds_test_keep_result, &fixture->result);
  result = seeds_test_wait_result (&fixture->result);
  g_assert_true (seeds_session_undo_finish (fixture->session, result, &error));
  g_assert_no_error (error);
  g_clear_object (&result);

  /* Another failure earns; the one put back does not earn again. */
  g_clear_object (&failure);
  failure = add_failure (fixture);
  g_assert_cmpint (balance (fixture), ==, 2 * rule->points);

  seeds_session_list_failures_async (fixture->session, community_id (fixture), "12", NULL,
                                     seeds_test_keep_result, &fixture->result);
  result = seeds_test_wait_result (&fixture->result);
  failures = seeds_session_list_finish (fixture->session, result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (failures->len, ==, 2);
}

/* The catalogue, spending within the balance, and a correction */
static void
test_rewards (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(SeedsReward) cheap = NULL;
  g_autoptr(SeedsReward) dear = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) rewards = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;
  gint64 last_id;

  g_object_unref (add_failure (fixture));
  start = balance (fixture);
  seeds_session_add_reward_async (fixture->session, community_id (fixture), "A coaching session",
                                  (guint) start, seeds_test_keep_result, &fixture->result);
  result = seeds_test_wait_result (&fixture->result);
  cheap = seeds_session_add_finish (fixture->session, result, &error);
  g_assert_no_error (error);
  g_clear_object (&result);
  seeds_session_add_reward_async (fixture->session, community_id (fixture), "A study trip",
                                  (guint) start + 1, seeds_test_keep_result, &fixture->result);
  result = seeds_test_wait_result (&fixture->result);
  dear = seeds_session_add_finish (fixture->session, result, &error);
  g_assert_no_error (error);
  g_clear_object (&result);

  seeds_session_redeem_reward_async (fixture->session, community_id (fixture),
                                     seeds_reward_get_id (dear), "Anna",
                                                          seeds_test_keep_result, &fixture->result);
  result = seeds_test_wait_result (&fixture->result);
  g_assert_false (seeds_session_redeem_reward_finish (fixture->session, result, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_ENOUGH_POINTS);
  g_clear_error (&error);
  g_clear_object (&result);

  seeds_session_redeem_reward_async (fixture->session, community_id (fixture),
                                     seeds_reward_get_id (cheap), "Anna",
                                                          seeds_test_keep_result, &fixture->result);
  result = seeds_test_wait_result (&fixture->result);
  g_assert_true (seeds_session_redeem_reward_finish (fixture->session, result, &error));
  g_assert_no_error (error);
  g_clear_object (&result);
  g_assert_cmpint (balance (fixture), ==, 0);

  last_id = seeds_test_query_int (fixture->db.path, "SELECT max(id) FROM ledger", NULL);
  seeds_session_correct_ledger_entry_async (fixture->session, last_id, "Bram",
                                            seeds_test_keep_result, &fixture->result);
  result = seeds_test_wait_result (&fixture->result);
  g_assert_true (seeds_session_correct_ledger_entry_finish (fixture->session, result, &error));
  g_assert_no_error (error);
  g_clear_object (&result);
  g_assert_cmpint (balance (fixture), ==, start);

  seeds_session_archive_reward_async (fixture->session, cheap,
                                      seeds_test_keep_result, &fixture->result);
  result = seeds_test_wait_result (&fixture->result);
  g_assert_true (seeds_session_archive_reward_finish (fixture->session, result, &error));
  g_assert_no_error (error);
  g_clear_object (&result);
  seeds_session_list_rewards_async (fixture->session, community_id (fixture), FALSE, NULL,
                                    seeds_test_keep_result, &fixture->result);
  result = seeds_test_wait_result (&fixture->result);
  rewards = seeds_session_list_finish (fixture->session, result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rewards->len, ==, 1);
}

/* Importing the score cards of five earns the meeting's points in the
 * import's job, once however often the cards come in; so does a review. */
static void
test_work_earns (Fixture       *fixture,
                 gconstpointer  data)
{
  SeedsPointsRules *rules = seeds_session_get_points_rules (fixture->session);
  const SeedsPointsRule *scored = seeds_points_rules_lookup (rules, SEEDS_RULE_MEETING_SCORED);
  const SeedsPointsRule *reviewed = seeds_points_rules_lookup (rules, SEEDS_RULE_STEPS_REVIEWED);
  const SeedsPointsRule *done = seeds_points_rules_lookup (rules, SEEDS_RULE_STEP_DONE);
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(SeedsNextStep) step = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  SeedsReviewDecision decision = { NULL, SEEDS_REVIEW_DONE };

  cards = seeds_test_write_newcomer_cards (fixture->db.dir, fixture->db.framework,
                                          fixture->sample.later, scored->min_members);
  for (guint round = 0; round < 2; round++)
    {
      g_ptr_array_unref (seeds_session_import_files (fixture->session, (GFile **) cards->pdata,
                                                     cards->len, &error));
      g_assert_no_error (error);
      g_assert_cmpint (balance (fixture), ==, scored->points);
    }

  step = seeds_test_add_step (fixture->db.store, fixture->sample.scored, "2", "Visit a school",
                              "Anna", NULL);
  decision.step_id = seeds_next_step_get_id (step);
  for (guint round = 0; round < 2; round++)
    {
      seeds_session_save_review_async (fixture->session,
                                       seeds_meeting_get_id (fixture->sample.later),
                                       &decision, 1, NULL,
                                       seeds_test_keep_result, &fixture->result);
      result = seeds_test_wait_result (&fixture->result);
      g_assert_true (seeds_session_save_review_finish (fixture->session, result, &error));
      g_assert_no_error (error);
      g_clear_object (&result);
      g_assert_cmpint (balance (fixture), ==, scored->points + reviewed->points + done->points);
    }
}

/* Who is missing, on the worker: Anna and Bram bring research and a
 * company, nobody has a role yet. */
static void
test_gaps (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) gaps = NULL;
  g_autoptr(GError) error = NULL;

  seeds_session_find_gaps_async (fixture->session, community_id (fixture), NULL,
                                 seeds_test_keep_result, &fixture->result);
  result = seeds_test_wait_result (&fixture->result);
  gaps = seeds_session_list_finish (fixture->session, result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gaps->len, ==, SEEDS_N_PARTNER_TYPES - 2 +
                                   seeds_framework_get_n_roles (fixture->db.framework));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/session/community/failures", test_failures);
  ADD ("/session/community/rewards", test_rewards);
  ADD ("/session/community/work-earns", test_work_earns);
  ADD ("/session/community/gaps", test_gaps);

#undef ADD

  return g_test_run ();
}
