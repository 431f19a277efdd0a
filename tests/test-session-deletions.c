/* test-session-deletions.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "session/seeds-session.h"
#include "seeds-test-util.h"

/* Deleting through the session, as the window does: each deletion leaves
 * the database as expected, and each undo as it was before. */

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
  g_autoptr(GError) error = NULL;

  seeds_test_database_set_up (&fixture->db, data);
  fixture->session = seeds_session_new (fixture->db.store, fixture->db.framework);
  seeds_test_sample_init (&fixture->sample, fixture->db.store, "Greenport", "Anna");
  seeds_store_set_score (fixture->db.store, seeds_meeting_get_id (fixture->sample.scored),
                         seeds_participant_get_id (fixture->sample.anna), "1", 4, &error);
  g_assert_no_error (error);
  seeds_store_set_score (fixture->db.store, seeds_meeting_get_id (fixture->sample.later),
                         seeds_participant_get_id (fixture->sample.anna), "1", 3, &error);
  g_assert_no_error (error);
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

static gint64
count (Fixture    *fixture,
       const char *sql)
{
  return seeds_test_query_int (fixture->db.path, sql, NULL);
}

static void
delete (Fixture  *fixture,
        gpointer  record)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  seeds_session_delete_async (fixture->session, record, NULL,
                              seeds_test_keep_result, &fixture->result);
  result = seeds_test_wait_result (&fixture->result);
  g_assert_true (seeds_session_delete_finish (fixture->session, result, &error));
  g_assert_no_error (error);
}

/* A meeting goes with its scores and next steps; the others stay */
static void
test_delete_meeting (Fixture       *fixture,
                     gconstpointer  data)
{
  g_object_unref (seeds_test_add_step (fixture->db.store, fixture->sample.scored, "2",
                                       "Lunch together", "", NULL));
  delete (fixture, fixture->sample.scored);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM meetings"), ==, 2);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM scores"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM next_steps"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM participants"), ==, 2);
}

/* A participant deleted from the community leaves every meeting */
static void
test_delete_participant (Fixture       *fixture,
                         gconstpointer  data)
{
  delete (fixture, fixture->sample.anna);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM participants"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM scores"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM attendance"), ==, 1);
}

static void
test_delete_community (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_object_unref (seeds_store_add_community (fixture->db.store, "Westland", &error));
  g_assert_no_error (error);
  delete (fixture, fixture->sample.community);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM communities"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM meetings"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM participants"), ==, 0);
}

static SeedsStoreUndo *
finish_removal (Fixture *fixture)
{
  g_autoptr(GAsyncResult) result = seeds_test_wait_result (&fixture->result);
  g_autoptr(GError) error = NULL;
  SeedsStoreUndo *undo = seeds_session_remove_finish (fixture->session, result, &error);

  g_assert_no_error (error);
  g_assert_nonnull (undo);
  return undo;
}

static void
undo (Fixture        *fixture,
      SeedsStoreUndo *undo)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  seeds_session_undo_async (fixture->session, undo, seeds_test_keep_result, &fixture->result);
  result = seeds_test_wait_result (&fixture->result);
  g_assert_true (seeds_session_undo_finish (fixture->session, result, &error));
  g_assert_no_error (error);
}

static void
test_undo_attendee (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *before = seeds_test_dump_database (fixture->db.path);
  g_autofree char *after = NULL;

  seeds_session_remove_attendee_async (fixture->session, seeds_meeting_get_id (fixture->sample.scored),
                                       seeds_participant_get_id (fixture->sample.anna),
                                       NULL, seeds_test_keep_result, &fixture->result);
  undo (fixture, finish_removal (fixture));
  after = seeds_test_dump_database (fixture->db.path);
  g_assert_cmpstr (after, ==, before);
}

static void
test_undo_next_step (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(SeedsNextStep) step = seeds_test_add_step (fixture->db.store, fixture->sample.scored,
                                                       "2", "Lunch together", "Bram", "2026-02-01");
  g_autofree char *before = seeds_test_dump_database (fixture->db.path);
  g_autofree char *after = NULL;
  SeedsStoreUndo *taken;

  seeds_session_delete_next_step_async (fixture->session, step, NULL,
                                        seeds_test_keep_result, &fixture->result);
  taken = finish_removal (fixture);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM next_steps"), ==, 0);
  undo (fixture, taken);
  after = seeds_test_dump_database (fixture->db.path);
  g_assert_cmpstr (after, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/session/delete/meeting", test_delete_meeting);
  ADD ("/session/delete/participant", test_delete_participant);
  ADD ("/session/delete/community", test_delete_community);
  ADD ("/session/undo/attendee", test_undo_attendee);
  ADD ("/session/undo/next-step", test_undo_next_step);

#undef ADD

  return g_test_run ();
}
