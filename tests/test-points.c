/* test-points.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>

#include "exchange/seeds-importer.h"
#include "model/seeds-text.h"
#include "seeds-test-util.h"

/* Team points: each rule awards an event once, whatever is done, undone,
 * redone or imported again; spending is refused beyond the balance and
 * then changes nothing; the balance is always the sum of the ledger. */

/* Points that tell the rules apart in the sums below */
static const char test_rules[] =
  "[meeting-scored]\npoints=10\nmin-members=3\n"
  "[steps-reviewed]\npoints=3\n"
  "[step-done]\npoints=5\n"
  "[failure-recorded]\npoints=7\n"
  "[profile-shared]\npoints=2\n"
  "[lesson-taken]\npoints=11\n";

static SeedsPointsRules *
new_test_rules (void)
{
  g_autoptr(GError) error = NULL;
  SeedsPointsRules *rules = seeds_points_rules_new_from_data (test_rules, sizeof test_rules - 1,
                                                              &error);

  g_assert_no_error (error);
  return rules;
}

static gint64
award (SeedsTestDatabase *fixture,
       SeedsPointsRules  *rules,
       SeedsCommunity    *community)
{
  g_autoptr(GError) error = NULL;
  gint64 earned = -1;

  g_assert_true (seeds_store_award_points (fixture->store, seeds_community_get_id (community),
                                           rules, &earned, &error));
  g_assert_no_error (error);
  return earned;
}

static gint64
balance_of (SeedsTestDatabase *fixture,
            SeedsCommunity    *community)
{
  g_autoptr(GError) error = NULL;
  gint64 balance = -1;

  g_assert_true (seeds_store_get_balance (fixture->store, seeds_community_get_id (community),
                                          &balance, &error));
  g_assert_no_error (error);
  return balance;
}

static gint64
count_entries (SeedsTestDatabase *fixture,
               const char        *reason)
{
  return seeds_test_query_int (fixture->path, "SELECT count(*) FROM ledger WHERE reason = ?1",
                               reason);
}

static SeedsParticipant *
add_scorer (SeedsTestDatabase *fixture,
            SeedsMeeting      *meeting,
            const char        *name,
            SeedsPartnerType   type)
{
  g_autoptr(GError) error = NULL;
  SeedsParticipant *participant;

  participant = seeds_store_add_participant (fixture->store, seeds_meeting_get_id (meeting), name,
                                             "", type, &error);
  g_assert_no_error (error);
  seeds_store_set_score (fixture->store, seeds_meeting_get_id (meeting),
                         seeds_participant_get_id (participant), "1", 4, &error);
  g_assert_no_error (error);
  return participant;
}

static SeedsFailure *
add_failure (SeedsTestDatabase *fixture,
             SeedsCommunity    *community)
{
  g_autoptr(GError) error = NULL;
  SeedsFailure *failure = seeds_store_add_failure (fixture->store,
                                                   seeds_community_get_id (community),
                                                   "Tried", "Happened", "Learned", NULL, &error);

  g_assert_no_error (error);
  return failure;
}

static void
test_rules_file (void)
{
  g_autoptr(SeedsPointsRules) shipped = seeds_points_rules_new_default ();
  static const char * const refused[] = {
    "[meeting-scored]\npoints=0\n",
    "[meeting-scored]\npoints=1001\n",
    "[meeting-scored]\npoints=ten\n",
    "[meeting-scored]\n",
    "[meeting-scored]\npoints=5\nmin-members=0\n",
    "[step-done]\npoints=5\nmin-members=3\n",
    "[step-done]\npoints=5\nbonus=1\n",
    "[lesson-learned]\npoints=5\n",
  };
  const SeedsPointsRule *rule;

  /* The shipped rules: every kind, a meeting scored by five */
  g_assert_cmpuint (seeds_points_rules_get_n_rules (shipped), ==, SEEDS_N_RULE_KINDS);
  rule = seeds_points_rules_lookup (shipped, SEEDS_RULE_MEETING_SCORED);
  g_assert_nonnull (rule);
  g_assert_cmpuint (rule->min_members, ==, 5);
  for (guint i = 0; i < seeds_points_rules_get_n_rules (shipped); i++)
    {
      const SeedsPointsRule *each = seeds_points_rules_get_rule (shipped, i);
      g_autofree char *description = seeds_points_rule_describe (each);

      g_assert_cmpstr (description, !=, "");
      g_assert_cmpstr (seeds_points_rule_get_title (each), !=, "");
    }

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SeedsPointsRules) rules = seeds_points_rules_new_from_data (refused[i], (gsize) -1,
                                                                            &error);

      g_test_message ("Refused: %s", error != NULL ? error->message : "(nothing)");
      g_assert_null (rules);
      g_assert_nonnull (error);
    }
}

/* A meeting scored by three earns once: after another award, after a
 * member left and came back with an undo, and when the same cards are
 * imported twice. */
static void
test_meeting_scored (SeedsTestDatabase *fixture,
                     gconstpointer      data)
{
  g_autoptr(SeedsPointsRules) rules = new_test_rules ();
  g_auto(SeedsTestSample) sample = { 0 };
  g_autoptr(SeedsParticipant) cas = NULL;
  g_autoptr(SeedsStoreUndo) undo = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GError) error = NULL;

  seeds_test_sample_init (&sample, fixture->store, "Greenport", "Anna");
  cas = add_scorer (fixture, sample.scored, "Cas", SEEDS_PARTNER_GOVERNMENT);
  g_assert_cmpint (award (fixture, rules, sample.community), ==, 0);  /* only Cas scored */

  seeds_store_set_score (fixture->store, seeds_meeting_get_id (sample.scored),
                         seeds_participant_get_id (sample.anna), "1", 3, &error);
  g_assert_no_error (error);
  seeds_store_set_score (fixture->store, seeds_meeting_get_id (sample.scored),
                         seeds_participant_get_id (sample.bram), "1", SEEDS_SCORE_DONT_KNOW,
                         &error);
  g_assert_no_error (error);
  g_assert_cmpint (award (fixture, rules, sample.community), ==, 10);
  g_assert_cmpint (award (fixture, rules, sample.community), ==, 0);

  undo = seeds_store_remove_attendee_with_undo (fixture->store,
                                                seeds_meeting_get_id (sample.scored),
                                                seeds_participant_get_id (sample.anna), &error);
  g_assert_no_error (error);
  g_assert_cmpint (award (fixture, rules, sample.community), ==, 0);
  g_assert_true (seeds_store_undo (fixture->store, undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (award (fixture, rules, sample.community), ==, 0);
  /* Undoing the work keeps the points: it was done. */
  g_assert_cmpint (balance_of (fixture, sample.community), ==, 10);

  cards = seeds_test_write_newcomer_cards (fixture->dir, fixture->framework, sample.later, 3);
  for (guint round = 0; round < 2; round++)
    {
      g_autoptr(GPtrArray) results = NULL;

      results = seeds_importer_import_files (fixture->store, fixture->framework,
                                             (GFile **) cards->pdata, cards->len);
      g_assert_cmpuint (results->len, ==, 3);
      g_assert_cmpint (award (fixture, rules, sample.community), ==, round == 0 ? 10 : 0);
    }

  g_assert_cmpint (count_entries (fixture, "meeting-scored"), ==, 2);
  g_assert_cmpint (balance_of (fixture, sample.community), ==, 20);
}

/* Steps reviewed in a meeting earn once for that meeting; a step done
 * earns once, even when opened again and done again. */
static void
test_steps (SeedsTestDatabase *fixture,
            gconstpointer      data)
{
  g_autoptr(SeedsPointsRules) rules = new_test_rules ();
  g_auto(SeedsTestSample) sample = { 0 };
  g_autoptr(SeedsNextStep) visit = NULL;
  g_autoptr(SeedsNextStep) lunch = NULL;
  g_autoptr(GError) error = NULL;

  seeds_test_sample_init (&sample, fixture->store, "Greenport", "Anna");
  visit = seeds_test_add_step (fixture->store, sample.scored, "2", "Visit a school", "Anna", NULL);
  lunch = seeds_test_add_step (fixture->store, sample.scored, "3", "Lunch together", "", NULL);
  g_assert_cmpint (award (fixture, rules, sample.community), ==, 0);

  seeds_test_review (fixture->store, visit, sample.later, SEEDS_REVIEW_DONE);
  g_assert_cmpint (award (fixture, rules, sample.community), ==, 3 + 5);
  seeds_test_review (fixture->store, lunch, sample.later, SEEDS_REVIEW_CARRIED);
  g_assert_cmpint (award (fixture, rules, sample.community), ==, 0);

  /* Opened again and done again */
  g_assert_true (seeds_store_update_next_step (fixture->store, visit, "Visit a school", "Anna",
                                               NULL, SEEDS_NEXT_STEP_OPEN, &error));
  g_assert_no_error (error);
  g_assert_cmpint (award (fixture, rules, sample.community), ==, 0);
  g_assert_true (seeds_store_update_next_step (fixture->store, visit, "Visit a school", "Anna",
                                               NULL, SEEDS_NEXT_STEP_DONE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (award (fixture, rules, sample.community), ==, 0);

  g_assert_cmpint (count_entries (fixture, "steps-reviewed"), ==, 1);
  g_assert_cmpint (count_entries (fixture, "step-done"), ==, 1);
  g_assert_cmpint (balance_of (fixture, sample.community), ==, 8);
}

/* A brilliant failure earns once, also when deleted and put back; a
 * profile shared earns once a month. */
static void
test_failure_and_profile (SeedsTestDatabase *fixture,
                          gconstpointer      data)
{
  g_autoptr(SeedsPointsRules) rules = new_test_rules ();
  g_auto(SeedsTestSample) sample = { 0 };
  g_autoptr(SeedsFailure) failure = NULL;
  g_autoptr(SeedsStoreUndo) undo = NULL;
  g_autoptr(GError) error = NULL;
  const char *community_id;
  gint64 earned = -1;

  seeds_test_sample_init (&sample, fixture->store, "Greenport", "Anna");
  community_id = seeds_community_get_id (sample.community);
  failure = seeds_store_add_failure (fixture->store, community_id, "A hackathon", "Nobody came",
                                     "Ask the growers first", "12", &error);
  g_assert_no_error (error);
  g_assert_cmpint (award (fixture, rules, sample.community), ==, 7);

  undo = seeds_store_delete_failure_with_undo (fixture->store, failure, &error);
  g_assert_no_error (error);
  g_assert_cmpint (award (fixture, rules, sample.community), ==, 0);
  g_assert_true (seeds_store_undo (fixture->store, undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (award (fixture, rules, sample.community), ==, 0);
  g_assert_cmpint (count_entries (fixture, "failure-recorded"), ==, 1);

  for (guint i = 0; i < 2; i++)
    {
      g_assert_true (seeds_store_award_profile_shared (fixture->store, community_id, rules,
                                                       &earned, &error));
      g_assert_no_error (error);
      g_assert_cmpint (earned, ==, i == 0 ? 2 : 0);
    }

  g_assert_cmpint (balance_of (fixture, sample.community), ==, 9);
}

static SeedsNextStep *
add_lesson (SeedsTestDatabase *fixture,
            SeedsMeeting      *meeting,
            const char        *factor_id,
            SeedsCommunity    *origin)
{
  g_autoptr(GError) error = NULL;
  SeedsNextStep *step;

  step = seeds_store_add_next_step_from (fixture->store, seeds_meeting_get_id (meeting), factor_id,
                                         "Ask them how they do it", "", NULL, origin, &error);
  g_assert_no_error (error);
  g_assert_nonnull (step);
  return step;
}

static SeedsCommunity *
add_other (SeedsTestDatabase *fixture,
           const char        *name)
{
  g_autoptr(GError) error = NULL;
  SeedsCommunity *community = seeds_store_add_community (fixture->store, name, &error);

  g_assert_no_error (error);
  return community;
}

/* A step that takes up another community's idea keeps where it came
 * from, and earns once per community and factor: not again for a second
 * step, nor after a delete, its undo, or a delete and a new step. Another
 * factor, or another community, earns again. */
static void
test_lesson_taken (SeedsTestDatabase *fixture,
                   gconstpointer      data)
{
  g_autoptr(SeedsPointsRules) rules = new_test_rules ();
  g_auto(SeedsTestSample) sample = { 0 };
  g_autoptr(SeedsCommunity) rain = NULL;
  g_autoptr(SeedsCommunity) quiet = NULL;
  g_autoptr(SeedsNextStep) first = NULL;
  g_autoptr(SeedsNextStep) second = NULL;
  g_autoptr(SeedsNextStep) again = NULL;
  g_autoptr(SeedsNextStep) other_factor = NULL;
  g_autoptr(SeedsNextStep) other_community = NULL;
  g_autoptr(SeedsStoreUndo) undo = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *event = NULL;
  SeedsNextStep *listed;

  seeds_test_sample_init (&sample, fixture->store, "Greenport", "Anna");
  rain = add_other (fixture, "Rain <b>&amp;</b> Roots");
  quiet = add_other (fixture, "Quiet Lab");

  first = add_lesson (fixture, sample.scored, "9", rain);
  g_assert_cmpstr (seeds_next_step_get_origin_id (first), ==, seeds_community_get_id (rain));
  g_assert_cmpint (award (fixture, rules, sample.community), ==, 11);
  g_assert_cmpint (award (fixture, rules, sample.community), ==, 0);

  /* The store keeps the origin with the step, the name as it was then */
  steps = seeds_store_list_next_steps (fixture->store, seeds_community_get_id (sample.community),
                                       "9", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (steps->len, ==, 1);
  listed = g_ptr_array_index (steps, 0);
  g_assert_cmpstr (seeds_next_step_get_origin_id (listed), ==, seeds_community_get_id (rain));
  g_assert_cmpstr (seeds_next_step_get_origin_name (listed), ==, "Rain <b>&amp;</b> Roots");

  /* The same idea again, for the same factor, in another meeting */
  second = add_lesson (fixture, sample.later, "9", rain);
  g_assert_cmpint (award (fixture, rules, sample.community), ==, 0);

  /* Deleted and put back, deleted for good and made anew */
  undo = seeds_store_delete_next_step_with_undo (fixture->store, first, &error);
  g_assert_no_error (error);
  g_assert_cmpint (award (fixture, rules, sample.community), ==, 0);
  g_assert_true (seeds_store_undo (fixture->store, undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (award (fixture, rules, sample.community), ==, 0);
  g_assert_true (seeds_store_delete_next_step (fixture->store, first, &error));
  g_assert_true (seeds_store_delete_next_step (fixture->store, second, &error));
  g_assert_no_error (error);
  again = add_lesson (fixture, sample.scored, "9", rain);
  g_assert_cmpint (award (fixture, rules, sample.community), ==, 0);

  /* Another factor, another community */
  other_factor = add_lesson (fixture, sample.scored, "7", rain);
  g_assert_cmpint (award (fixture, rules, sample.community), ==, 11);
  other_community = add_lesson (fixture, sample.scored, "9", quiet);
  g_assert_cmpint (award (fixture, rules, sample.community), ==, 11);

  g_assert_cmpint (count_entries (fixture, "lesson-taken"), ==, 3);
  event = g_strdup_printf ("lesson-taken:%s:9", seeds_community_get_id (rain));
  g_assert_cmpint (seeds_test_query_int (fixture->path,
                                         "SELECT count(*) FROM ledger WHERE event_key = ?1", event),
                   ==, 1);
  g_assert_cmpint (balance_of (fixture, sample.community), ==, 33);
}

/* A lesson is another community's: one's own is refused, and nothing is
 * written. A step of the group's own has no origin. */
static void
test_lesson_refused (SeedsTestDatabase *fixture,
                     gconstpointer      data)
{
  g_auto(SeedsTestSample) sample = { 0 };
  g_autoptr(SeedsNextStep) step = NULL;
  g_autoptr(SeedsNextStep) own = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  seeds_test_sample_init (&sample, fixture->store, "Greenport", "Anna");
  before = seeds_test_dump_database (fixture->path);
  step = seeds_store_add_next_step_from (fixture->store, seeds_meeting_get_id (sample.scored), "9",
                                         "Ask ourselves", "", NULL, sample.community, &error);
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
  g_assert_null (step);
  after = seeds_test_dump_database (fixture->path);
  g_assert_cmpstr (after, ==, before);

  own = seeds_test_add_step (fixture->store, sample.scored, "9", "Our own idea", "", NULL);
  g_assert_null (seeds_next_step_get_origin_id (own));
  g_assert_null (seeds_next_step_get_origin_name (own));
}

/* A failure is listed newest first, per community and per factor, and
 * comes back with its own id after an undo. */
static void
test_failures (SeedsTestDatabase *fixture,
               gconstpointer      data)
{
  g_auto(SeedsTestSample) sample = { 0 };
  g_autoptr(SeedsFailure) first = NULL;
  g_autoptr(SeedsFailure) second = NULL;
  g_autoptr(SeedsStoreUndo) undo = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) of_factor = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *community_id;

  seeds_test_sample_init (&sample, fixture->store, "Greenport", "Anna");
  community_id = seeds_community_get_id (sample.community);
  first = seeds_store_add_failure (fixture->store, community_id, "Tried", "Happened", "Learned",
                                   "12", &error);
  g_assert_no_error (error);
  second = seeds_store_add_failure (fixture->store, community_id, " A  second ", "Again",
                                    "More", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_failure_get_tried (second), ==, "A  second");

  g_assert_null (seeds_store_add_failure (fixture->store, community_id, "", "x", "y", NULL,
                                          &error));
  g_assert_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_EMPTY);
  g_clear_error (&error);

  all = seeds_store_list_failures (fixture->store, community_id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 2);
  g_assert_cmpstr (seeds_failure_get_id (g_ptr_array_index (all, 0)), ==,
                   seeds_failure_get_id (second));
  of_factor = seeds_store_list_failures (fixture->store, community_id, "12", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (of_factor->len, ==, 1);
  g_assert_cmpstr (seeds_failure_get_factor_id (g_ptr_array_index (of_factor, 0)), ==, "12");

  before = seeds_test_dump_database (fixture->path);
  undo = seeds_store_delete_failure_with_undo (fixture->store, first, &error);
  g_assert_no_error (error);
  g_assert_cmpint (seeds_test_query_int (fixture->path,
                                         "SELECT count(*) FROM failures WHERE id = ?1",
                                         seeds_failure_get_id (first)), ==, 0);
  g_assert_true (seeds_store_undo (fixture->store, undo, &error));
  g_assert_no_error (error);
  after = seeds_test_dump_database (fixture->path);
  g_assert_cmpstr (after, ==, before);
}

static SeedsReward *
add_reward (SeedsTestDatabase *fixture,
            SeedsCommunity    *community,
            const char        *title,
            guint              cost)
{
  g_autoptr(GError) error = NULL;
  SeedsReward *reward = seeds_store_add_reward (fixture->store, seeds_community_get_id (community),
                                                title, cost, &error);

  g_assert_no_error (error);
  return reward;
}

/* More than the balance is refused and changes nothing; within it, the
 * points are spent once, by whom agreed; an archived reward is no longer
 * offered. */
static void
test_redeem (SeedsTestDatabase *fixture,
             gconstpointer      data)
{
  g_autoptr(SeedsPointsRules) rules = new_test_rules ();
  g_auto(SeedsTestSample) sample = { 0 };
  g_autoptr(SeedsFailure) failure = NULL;
  g_autoptr(SeedsReward) coaching = NULL;
  g_autoptr(SeedsReward) visit = NULL;
  g_autoptr(GPtrArray) rewards = NULL;
  g_autoptr(GPtrArray) ledger = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *community_id;
  gint64 balance = -1;

  seeds_test_sample_init (&sample, fixture->store, "Greenport", "Anna");
  community_id = seeds_community_get_id (sample.community);
  failure = add_failure (fixture, sample.community);
  award (fixture, rules, sample.community);  /* 7 points */
  coaching = add_reward (fixture, sample.community, "A coaching session", 5);
  visit = add_reward (fixture, sample.community, "A visit to another community", 8);

  g_assert_null (seeds_store_add_reward (fixture->store, community_id, "Free", 0, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  before = seeds_test_dump_database (fixture->path);
  g_assert_false (seeds_store_redeem_reward (fixture->store, community_id,
                                             seeds_reward_get_id (visit), "Anna", &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_ENOUGH_POINTS);
  g_test_message ("Refused: %s", error->message);
  g_clear_error (&error);
  after = seeds_test_dump_database (fixture->path);
  g_assert_cmpstr (after, ==, before);

  /* Nobody agreed: refused too */
  g_assert_false (seeds_store_redeem_reward (fixture->store, community_id,
                                             seeds_reward_get_id (coaching), " ", &error));
  g_assert_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_EMPTY);
  g_clear_error (&error);

  g_assert_true (seeds_store_redeem_reward (fixture->store, community_id,
                                            seeds_reward_get_id (coaching), "Anna", &error));
  g_assert_no_error (error);
  g_assert_cmpint (balance_of (fixture, sample.community), ==, 2);
  g_assert_false (seeds_store_redeem_reward (fixture->store, community_id,
                                             seeds_reward_get_id (coaching), "Anna", &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_ENOUGH_POINTS);
  g_clear_error (&error);

  ledger = seeds_store_list_ledger (fixture->store, community_id, &balance, &error);
  g_assert_no_error (error);
  g_assert_cmpint (balance, ==, 2);
  g_assert_cmpuint (ledger->len, ==, 2);
  g_assert_cmpint (seeds_ledger_entry_get_kind (g_ptr_array_index (ledger, 0)), ==,
                   SEEDS_LEDGER_SPENT);
  g_assert_cmpint (seeds_ledger_entry_get_amount (g_ptr_array_index (ledger, 0)), ==, -5);
  g_assert_cmpstr (seeds_ledger_entry_get_agreed_by (g_ptr_array_index (ledger, 0)), ==, "Anna");
  g_assert_cmpstr (seeds_ledger_entry_get_label (g_ptr_array_index (ledger, 0)), ==,
                   "A coaching session");
  g_assert_cmpstr (seeds_ledger_entry_get_label (g_ptr_array_index (ledger, 1)), ==,
                   "Brilliant failure recorded");

  g_assert_true (seeds_store_archive_reward (fixture->store, coaching, &error));
  g_assert_no_error (error);
  rewards = seeds_store_list_rewards (fixture->store, community_id, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rewards->len, ==, 1);
  g_clear_pointer (&rewards, g_ptr_array_unref);
  rewards = seeds_store_list_rewards (fixture->store, community_id, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rewards->len, ==, 2);
  g_assert_false (seeds_store_redeem_reward (fixture->store, community_id,
                                             seeds_reward_get_id (coaching), "Anna", &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
}

/* A correction is a counter-entry, once per entry; the ledger itself
 * refuses to be changed or emptied. */
static void
test_correction (SeedsTestDatabase *fixture,
                 gconstpointer      data)
{
  g_autoptr(SeedsPointsRules) rules = new_test_rules ();
  g_auto(SeedsTestSample) sample = { 0 };
  g_autoptr(SeedsFailure) failure = NULL;
  g_autoptr(GPtrArray) ledger = NULL;
  g_autoptr(GError) error = NULL;
  const char *community_id;
  gint64 earned_id;
  gint64 correction_id;
  sqlite3 *db;

  seeds_test_sample_init (&sample, fixture->store, "Greenport", "Anna");
  community_id = seeds_community_get_id (sample.community);
  failure = add_failure (fixture, sample.community);
  award (fixture, rules, sample.community);
  earned_id = seeds_test_query_int (fixture->path, "SELECT max(id) FROM ledger", NULL);

  g_assert_true (seeds_store_correct_ledger_entry (fixture->store, earned_id, "Bram", &error));
  g_assert_no_error (error);
  g_assert_cmpint (balance_of (fixture, sample.community), ==, 0);
  g_assert_false (seeds_store_correct_ledger_entry (fixture->store, earned_id, "Bram", &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  correction_id = seeds_test_query_int (fixture->path, "SELECT max(id) FROM ledger", NULL);
  g_assert_false (seeds_store_correct_ledger_entry (fixture->store, correction_id, "Bram", &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (seeds_store_correct_ledger_entry (fixture->store, 9999, "Bram", &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The corrected event does not earn again. */
  g_assert_cmpint (award (fixture, rules, sample.community), ==, 0);
  ledger = seeds_store_list_ledger (fixture->store, community_id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (seeds_ledger_entry_get_correction_of (g_ptr_array_index (ledger, 0)), ==,
                   earned_id);
  g_assert_cmpint (seeds_ledger_entry_get_kind (g_ptr_array_index (ledger, 0)), ==,
                   SEEDS_LEDGER_CORRECTION);

  db = seeds_test_open_raw (fixture->path, SQLITE_OPEN_READWRITE);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE ledger SET amount = 100", NULL, NULL, NULL), ==,
                   SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM ledger", NULL, NULL, NULL), ==,
                   SQLITE_CONSTRAINT);
  sqlite3_close (db);
  g_assert_cmpint (seeds_test_query_int (fixture->path, "SELECT count(*) FROM ledger", NULL), ==,
                   2);

  /* Deleting the community takes its ledger with it. */
  g_assert_true (seeds_store_delete_community (fixture->store, sample.community, &error));
  g_assert_no_error (error);
  g_assert_cmpint (seeds_test_query_int (fixture->path, "SELECT count(*) FROM ledger", NULL), ==,
                   0);
}

static void
assert_balance_is_sum (SeedsTestDatabase *fixture,
                       SeedsCommunity    *community)
{
  g_autoptr(GPtrArray) ledger = NULL;
  g_autoptr(GError) error = NULL;
  gint64 listed = -1;
  gint64 sum = seeds_test_query_int (fixture->path,
                                     "SELECT coalesce (sum (amount), 0) FROM ledger "
                                     "WHERE community_id = ?1",
                                     seeds_community_get_id (community));

  ledger = seeds_store_list_ledger (fixture->store, seeds_community_get_id (community), &listed,
                                    &error);
  g_assert_no_error (error);
  g_assert_cmpint (listed, ==, sum);
  g_assert_cmpint (balance_of (fixture, community), ==, sum);
}

/* One random action of the community's life */
static void
random_action (SeedsTestDatabase *fixture,
               SeedsPointsRules  *rules,
               SeedsTestSample   *sample,
               GPtrArray         *failures,
               SeedsReward       *reward,
               GRand             *rand)
{
  const char *community_id = seeds_community_get_id (sample->community);
  g_autoptr(GError) error = NULL;
  gint64 before = balance_of (fixture, sample->community);
  gint64 last_id;

  switch (g_rand_int_range (rand, 0, 5))
    {
    case 0:
      g_ptr_array_add (failures, add_failure (fixture, sample->community));
      break;
    case 1:
      award (fixture, rules, sample->community);
      break;
    case 2:
      if (!seeds_store_redeem_reward (fixture->store, community_id, seeds_reward_get_id (reward),
                                      "Anna", &error))
        {
          g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_ENOUGH_POINTS);
          g_assert_cmpint (before, <, (gint64) seeds_reward_get_cost (reward));
          g_assert_cmpint (balance_of (fixture, sample->community), ==, before);
        }
      break;
    case 3:
      last_id = seeds_test_query_int (fixture->path, "SELECT coalesce (max (id), 0) FROM ledger",
                                      NULL);
      if (last_id > 0)
        {
          gint64 id = g_rand_int_range (rand, 1, (gint32) last_id + 1);

          /* Refused for a correction, or an entry corrected already */
          seeds_store_correct_ledger_entry (fixture->store, id, "Bram", NULL);
        }
      break;
    default:
      g_assert_true (seeds_store_award_profile_shared (fixture->store, community_id, rules, NULL,
                                                       &error));
      g_assert_no_error (error);
      break;
    }
}

static void
test_random_actions (SeedsTestDatabase *fixture,
                     gconstpointer      data)
{
  g_autoptr(SeedsPointsRules) rules = new_test_rules ();
  g_auto(SeedsTestSample) sample = { 0 };
  g_autoptr(SeedsReward) reward = NULL;
  g_autoptr(GPtrArray) failures = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261206);

  seeds_test_sample_init (&sample, fixture->store, "Greenport", "Anna");
  reward = add_reward (fixture, sample.community, "A prize for the best brilliant failure", 12);

  for (guint i = 0; i < 1000; i++)
    {
      random_action (fixture, rules, &sample, failures, reward, rand);
      if (i % 100 == 99)
        assert_balance_is_sum (fixture, sample.community);
    }

  assert_balance_is_sum (fixture, sample.community);
  g_assert_cmpint (count_entries (fixture, "failure-recorded"), <=, failures->len);
  g_assert_cmpint (count_entries (fixture, "reward"), >, 0);
  g_assert_cmpint (count_entries (fixture, "correction"), >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/points/rules-file", test_rules_file);
  g_test_add ("/points/meeting-scored", SeedsTestDatabase, NULL,
              seeds_test_database_set_up, test_meeting_scored, seeds_test_database_tear_down);
  g_test_add ("/points/steps", SeedsTestDatabase, NULL,
              seeds_test_database_set_up, test_steps, seeds_test_database_tear_down);
  g_test_add ("/points/failure-and-profile", SeedsTestDatabase, NULL,
              seeds_test_database_set_up, test_failure_and_profile, seeds_test_database_tear_down);
  g_test_add ("/points/lesson-taken", SeedsTestDatabase, NULL,
              seeds_test_database_set_up, test_lesson_taken, seeds_test_database_tear_down);
  g_test_add ("/points/lesson-refused", SeedsTestDatabase, NULL,
              seeds_test_database_set_up, test_lesson_refused, seeds_test_database_tear_down);
  g_test_add ("/points/failures", SeedsTestDatabase, NULL,
              seeds_test_database_set_up, test_failures, seeds_test_database_tear_down);
  g_test_add ("/points/redeem", SeedsTestDatabase, NULL,
              seeds_test_database_set_up, test_redeem, seeds_test_database_tear_down);
  g_test_add ("/points/correction", SeedsTestDatabase, NULL,
              seeds_test_database_set_up, test_correction, seeds_test_database_tear_down);
  g_test_add ("/points/random-actions", SeedsTestDatabase, NULL,
              seeds_test_database_set_up, test_random_actions, seeds_test_database_tear_down);

  return g_test_run ();
}
