/* test-store-undo.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "seeds-test-util.h"

/* A removal and its undo leave the database byte for byte as it was
 * before, in every row and column (seeds_test_dump_database()). */

static void
give_scores (SeedsTestDatabase *fixture,
             SeedsTestSample   *sample)
{
  g_autoptr(GError) error = NULL;

  seeds_store_set_score (fixture->store, seeds_meeting_get_id (sample->scored),
                         seeds_participant_get_id (sample->anna), "1", 4, &error);
  g_assert_no_error (error);
  seeds_store_set_comment (fixture->store, seeds_meeting_get_id (sample->scored),
                           seeds_participant_get_id (sample->anna), "1",
                           "We ask each other for help", &error);
  g_assert_no_error (error);
  seeds_store_set_score (fixture->store, seeds_meeting_get_id (sample->scored),
                         seeds_participant_get_id (sample->anna), "2", SEEDS_SCORE_DONT_KNOW, &error);
  g_assert_no_error (error);
  seeds_store_set_score (fixture->store, seeds_meeting_get_id (sample->scored),
                         seeds_participant_get_id (sample->bram), "2", 2, &error);
  g_assert_no_error (error);
}

static void
test_attendee (SeedsTestDatabase *fixture,
               gconstpointer      data)
{
  g_auto(SeedsTestSample) sample = { 0 };
  g_autoptr(SeedsStoreUndo) undo = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *removed = NULL;
  g_autofree char *after = NULL;

  seeds_test_sample_init (&sample, fixture->store, "Greenport", "Anna");
  give_scores (fixture, &sample);
  before = seeds_test_dump_database (fixture->path);

  undo = seeds_store_remove_attendee_with_undo (fixture->store, seeds_meeting_get_id (sample.scored),
                                                seeds_participant_get_id (sample.anna), &error);
  g_assert_no_error (error);
  g_assert_nonnull (undo);
  removed = seeds_test_dump_database (fixture->path);
  g_assert_cmpstr (removed, !=, before);
  g_assert_null (strstr (removed, "We ask each other for help"));

  g_assert_true (seeds_store_undo (fixture->store, undo, &error));
  g_assert_no_error (error);
  after = seeds_test_dump_database (fixture->path);
  g_assert_cmpstr (after, ==, before);
}

static void
test_next_step (SeedsTestDatabase *fixture,
                gconstpointer      data)
{
  g_auto(SeedsTestSample) sample = { 0 };
  g_autoptr(SeedsNextStep) step = NULL;
  g_autoptr(SeedsNextStep) other = NULL;
  g_autoptr(SeedsStoreUndo) undo = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint changes;

  seeds_test_sample_init (&sample, fixture->store, "Greenport", "Anna");
  step = seeds_test_add_step (fixture->store, sample.scored, "2", "Lunch together", "Anna", NULL);
  other = seeds_test_add_step (fixture->store, sample.scored, "2", "Visit a school", "", "2026-02-01");
  seeds_test_review (fixture->store, step, sample.later, SEEDS_REVIEW_DONE);
  before = seeds_test_dump_database (fixture->path);

  changes = fixture->n_changed;
  undo = seeds_store_delete_next_step_with_undo (fixture->store, step, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->n_changed, ==, changes + 1);
  g_assert_cmpint (seeds_test_query_int (fixture->path, "SELECT count(*) FROM next_steps", NULL), ==, 1);

  g_assert_true (seeds_store_undo (fixture->store, undo, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->n_changed, ==, changes + 2);
  after = seeds_test_dump_database (fixture->path);
  g_assert_cmpstr (after, ==, before);

  /* Deleting it again is not found: nothing to undo */
  g_clear_pointer (&undo, seeds_store_undo_free);
  g_assert_true (seeds_store_delete_next_step (fixture->store, step, &error));
  undo = seeds_store_delete_next_step_with_undo (fixture->store, step, &error);
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_FOUND);
  g_assert_null (undo);
}

/* What no longer fits is not put back, and nothing changes */
static void
test_no_longer_fits (SeedsTestDatabase *fixture,
                     gconstpointer      data)
{
  g_auto(SeedsTestSample) sample = { 0 };
  g_autoptr(SeedsStoreUndo) undo = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  seeds_test_sample_init (&sample, fixture->store, "Greenport", "Anna");
  give_scores (fixture, &sample);
  undo = seeds_store_remove_attendee_with_undo (fixture->store, seeds_meeting_get_id (sample.scored),
                                                seeds_participant_get_id (sample.anna), &error);
  g_assert_no_error (error);

  /* Anna came back and scored again before the undo */
  seeds_store_set_score (fixture->store, seeds_meeting_get_id (sample.scored),
                         seeds_participant_get_id (sample.anna), "2", 5, &error);
  g_assert_no_error (error);
  before = seeds_test_dump_database (fixture->path);

  g_assert_false (seeds_store_undo (fixture->store, undo, &error));
  g_assert_nonnull (error);
  after = seeds_test_dump_database (fixture->path);
  g_assert_cmpstr (after, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store-undo/attendee", SeedsTestDatabase, NULL,
              seeds_test_database_set_up, test_attendee, seeds_test_database_tear_down);
  g_test_add ("/store-undo/next-step", SeedsTestDatabase, NULL,
              seeds_test_database_set_up, test_next_step, seeds_test_database_tear_down);
  g_test_add ("/store-undo/no-longer-fits", SeedsTestDatabase, NULL,
              seeds_test_database_set_up, test_no_longer_fits, seeds_test_database_tear_down);

  return g_test_run ();
}
