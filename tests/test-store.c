/* test-store.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "store/seeds-store.h"
#include "seeds-test-util.h"
#include "model/seeds-text.h"

#define EMOJI "🌱🍅"
#define MARKUP "<b>&amp;</b>"

typedef struct
{
  char       *dir;
  char       *path;
  SeedsStore *store;
  guint       n_changed;
  guint       last_changed;
} Fixture;

static void
on_changed (SeedsStore *store,
            guint       what,
            Fixture    *fixture)
{
  fixture->n_changed++;
  fixture->last_changed = what;
}

static void
open_store (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  fixture->store = seeds_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->store);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_changed), fixture);
}

static void
reopen_store (Fixture *fixture)
{
  g_assert_finalize_object (fixture->store);
  fixture->store = NULL;
  open_store (fixture);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("seeds-store-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "seeds.db", NULL);
  open_store (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->store != NULL)
    g_assert_finalize_object (fixture->store);
  seeds_test_remove_database (fixture->path);
  g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static SeedsCommunity *
add_community (Fixture    *fixture,
               const char *name)
{
  g_autoptr(GError) error = NULL;
  SeedsCommunity *community = seeds_store_add_community (fixture->store, name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (community);

  return community;
}

static SeedsMeeting *
add_meeting (Fixture    *fixture,
             const char *community_id,
             const char *date,
             const char *title)
{
  g_autoptr(GError) error = NULL;
  SeedsMeeting *meeting = seeds_store_add_meeting (fixture->store, community_id, "greenport",
                                                   date, title, "", &error);

  g_assert_no_error (error);
  g_assert_nonnull (meeting);

  return meeting;
}

static SeedsParticipant *
add_participant (Fixture          *fixture,
                 const char       *meeting_id,
                 const char       *name,
                 SeedsPartnerType  partner_type)
{
  g_autoptr(GError) error = NULL;
  SeedsParticipant *participant = seeds_store_add_participant (fixture->store, meeting_id, name,
                                                               "", partner_type, &error);

  g_assert_no_error (error);
  g_assert_nonnull (participant);

  return participant;
}

static void
set_score (Fixture    *fixture,
           const char *meeting_id,
           const char *participant_id,
           const char *factor_id,
           int         value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (seeds_store_set_score (fixture->store, meeting_id, participant_id, factor_id,
                                        value, &error));
  g_assert_no_error (error);
}

static const SeedsScore *
find_score (GPtrArray  *scores,
            const char *participant_id,
            const char *factor_id)
{
  for (guint i = 0; i < scores->len; i++)
    {
      const SeedsScore *score = g_ptr_array_index (scores, i);

      if (g_str_equal (score->participant_id, participant_id) &&
          g_str_equal (score->factor_id, factor_id))
        return score;
    }

  return NULL;
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_new_database (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) communities = NULL;

  g_assert_cmpstr (seeds_store_get_path (fixture->store), ==, fixture->path);
  g_assert_cmpint (seeds_store_get_schema_version (fixture->store), >=, 1);
  g_assert_cmpint (seeds_test_query_int (fixture->path, "PRAGMA application_id", NULL), ==, 0x53454544);
  g_assert_cmpint (seeds_test_query_int (fixture->path, "PRAGMA user_version", NULL), ==,
                   seeds_store_get_schema_version (fixture->store));
  g_assert_cmpint (seeds_test_query_int (fixture->path, "SELECT journal_mode = 'wal' "
                                                        "FROM pragma_journal_mode", NULL), ==, 1);

  communities = seeds_store_list_communities (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (communities->len, ==, 0);

  /* Opening again changes nothing. */
  reopen_store (fixture);
  g_assert_cmpuint (fixture->n_changed, ==, 0);
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *name = "Greenport " MARKUP " " EMOJI;
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(SeedsCommunity) found_community = NULL;
  g_autoptr(SeedsMeeting) first = NULL;
  g_autoptr(SeedsMeeting) second = NULL;
  g_autoptr(SeedsMeeting) found_meeting = NULL;
  g_autoptr(SeedsParticipant) anna = NULL;
  g_autoptr(SeedsParticipant) bram = NULL;
  g_autoptr(SeedsNextStep) step1 = NULL;
  g_autoptr(SeedsNextStep) step2 = NULL;
  g_autoptr(SeedsNextStep) step3 = NULL;
  g_autoptr(GPtrArray) communities = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(GPtrArray) scores = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  const SeedsScore *score;
  SeedsParticipant *participant;
  SeedsNextStep *step;

  community = add_community (fixture, name);
  g_assert_cmpstr (seeds_community_get_name (community), ==, name);
  g_assert_true (g_uuid_string_is_valid (seeds_community_get_id (community)));

  first = seeds_store_add_meeting (fixture->store, seeds_community_get_id (community),
                                   "greenport", "2026-03-01", "Kick-off " EMOJI,
                                   "First line\nSecond line " MARKUP, &error);
  g_assert_no_error (error);
  second = add_meeting (fixture, seeds_community_get_id (community), "2026-09-15", "Follow-up");

  anna = seeds_store_add_participant (fixture->store, seeds_meeting_get_id (first),
                                      "Anna " MARKUP, "Hogeschool " EMOJI,
                                      SEEDS_PARTNER_EDUCATION, &error);
  g_assert_no_error (error);
  bram = add_participant (fixture, seeds_meeting_get_id (first), "Bram", SEEDS_PARTNER_COMPANY);
  g_assert_cmpstr (seeds_participant_get_community_id (anna), ==,
                   seeds_community_get_id (community));

  g_assert_true (seeds_store_add_attendee (fixture->store, seeds_meeting_get_id (second),
                                           seeds_participant_get_id (anna), &error));
  g_assert_no_error (error);

  set_score (fixture, seeds_meeting_get_id (first), seeds_participant_get_id (anna), "f1", 4);
  set_score (fixture, seeds_meeting_get_id (first), seeds_participant_get_id (anna), "f2",
             SEEDS_SCORE_DONT_KNOW);
  set_score (fixture, seeds_meeting_get_id (first), seeds_participant_get_id (bram), "f1", 1);
  g_assert_true (seeds_store_set_comment (fixture->store, seeds_meeting_get_id (first),
                                          seeds_participant_get_id (anna), "f1",
                                          "We <i>share</i> " EMOJI "\nSecond line", &error));
  g_assert_no_error (error);
  set_score (fixture, seeds_meeting_get_id (second), seeds_participant_get_id (anna), "f1", 5);

  step1 = seeds_store_add_next_step (fixture->store, seeds_meeting_get_id (first), "f1",
                                     "Plan a visit " EMOJI, "Anna", "2026-04-01", &error);
  g_assert_no_error (error);
  step2 = seeds_store_add_next_step (fixture->store, seeds_meeting_get_id (second), "f2",
                                     "Share results", NULL, NULL, &error);
  g_assert_no_error (error);
  step3 = seeds_store_add_next_step (fixture->store, seeds_meeting_get_id (first), "f2",
                                     "Invite the municipality", "", "", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_next_step_get_meeting_date (step1), ==, "2026-03-01");
  g_assert_null (seeds_next_step_get_due_date (step2));
  g_assert_null (seeds_next_step_get_due_date (step3));
  g_assert_true (seeds_store_update_next_step (fixture->store, step1, "Plan a visit " EMOJI,
                                               "Anna", "2026-04-01", SEEDS_NEXT_STEP_DONE,
                                               &error));
  g_assert_no_error (error);

  reopen_store (fixture);

  communities = seeds_store_list_communities (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (communities->len, ==, 1);
  g_assert_cmpstr (seeds_community_get_name (g_ptr_array_index (communities, 0)), ==, name);

  found_community = seeds_store_get_community (fixture->store,
                                               seeds_community_get_id (community), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_community_get_name (found_community), ==, name);

  meetings = seeds_store_list_meetings (fixture->store, seeds_community_get_id (community),
                                        &error);
  g_assert_no_error (error);
  g_assert_cmpuint (meetings->len, ==, 2);
  g_assert_cmpstr (seeds_meeting_get_id (g_ptr_array_index (meetings, 0)), ==,
                   seeds_meeting_get_id (second));
  g_assert_cmpstr (seeds_meeting_get_id (g_ptr_array_index (meetings, 1)), ==,
                   seeds_meeting_get_id (first));

  found_meeting = seeds_store_get_meeting (fixture->store, seeds_meeting_get_id (first), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_meeting_get_community_id (found_meeting), ==,
                   seeds_community_get_id (community));
  g_assert_cmpstr (seeds_meeting_get_framework_id (found_meeting), ==, "greenport");
  g_assert_cmpstr (seeds_meeting_get_date (found_meeting), ==, "2026-03-01");
  g_assert_cmpstr (seeds_meeting_get_title (found_meeting), ==, "Kick-off " EMOJI);
  g_assert_cmpstr (seeds_meeting_get_notes (found_meeting), ==,
                   "First line\nSecond line " MARKUP);

  participants = seeds_store_list_participants (fixture->store,
                                                seeds_community_get_id (community), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (participants->len, ==, 2);
  participant = g_ptr_array_index (participants, 0);
  g_assert_cmpstr (seeds_participant_get_id (participant), ==, seeds_participant_get_id (anna));
  g_assert_cmpstr (seeds_participant_get_name (participant), ==, "Anna " MARKUP);
  g_assert_cmpstr (seeds_participant_get_organisation (participant), ==, "Hogeschool " EMOJI);
  g_assert_cmpint (seeds_participant_get_partner_type (participant), ==, SEEDS_PARTNER_EDUCATION);
  participant = g_ptr_array_index (participants, 1);
  g_assert_cmpstr (seeds_participant_get_name (participant), ==, "Bram");
  g_assert_cmpstr (seeds_participant_get_organisation (participant), ==, "");
  g_assert_cmpint (seeds_participant_get_partner_type (participant), ==, SEEDS_PARTNER_COMPANY);

  attendees = seeds_store_list_attendees (fixture->store, seeds_meeting_get_id (second), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (attendees->len, ==, 1);
  g_assert_cmpstr (seeds_participant_get_id (g_ptr_array_index (attendees, 0)), ==,
                   seeds_participant_get_id (anna));
  g_clear_pointer (&attendees, g_ptr_array_unref);
  attendees = seeds_store_list_attendees (fixture->store, seeds_meeting_get_id (first), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (attendees->len, ==, 2);

  scores = seeds_store_list_scores (fixture->store, seeds_meeting_get_id (first), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (scores->len, ==, 3);
  score = find_score (scores, seeds_participant_get_id (anna), "f1");
  g_assert_nonnull (score);
  g_assert_cmpint (score->value, ==, 4);
  g_assert_cmpstr (score->comment, ==, "We <i>share</i> " EMOJI "\nSecond line");
  score = find_score (scores, seeds_participant_get_id (anna), "f2");
  g_assert_nonnull (score);
  g_assert_cmpint (score->value, ==, SEEDS_SCORE_DONT_KNOW);
  g_assert_cmpstr (score->comment, ==, "");
  score = find_score (scores, seeds_participant_get_id (bram), "f1");
  g_assert_nonnull (score);
  g_assert_cmpint (score->value, ==, 1);
  g_clear_pointer (&scores, g_ptr_array_unref);
  scores = seeds_store_list_scores (fixture->store, seeds_meeting_get_id (second), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (scores->len, ==, 1);
  g_assert_cmpint (((SeedsScore *) g_ptr_array_index (scores, 0))->value, ==, 5);

  /* By meeting date, then in the order they were added */
  steps = seeds_store_list_next_steps (fixture->store, seeds_community_get_id (community), NULL,
                                       &error);
  g_assert_no_error (error);
  g_assert_cmpuint (steps->len, ==, 3);
  step = g_ptr_array_index (steps, 0);
  g_assert_cmpstr (seeds_next_step_get_id (step), ==, seeds_next_step_get_id (step1));
  g_assert_cmpstr (seeds_next_step_get_meeting_id (step), ==, seeds_meeting_get_id (first));
  g_assert_cmpstr (seeds_next_step_get_meeting_date (step), ==, "2026-03-01");
  g_assert_cmpstr (seeds_next_step_get_factor_id (step), ==, "f1");
  g_assert_cmpstr (seeds_next_step_get_text (step), ==, "Plan a visit " EMOJI);
  g_assert_cmpstr (seeds_next_step_get_owner (step), ==, "Anna");
  g_assert_cmpstr (seeds_next_step_get_due_date (step), ==, "2026-04-01");
  g_assert_cmpint (seeds_next_step_get_status (step), ==, SEEDS_NEXT_STEP_DONE);
  step = g_ptr_array_index (steps, 1);
  g_assert_cmpstr (seeds_next_step_get_id (step), ==, seeds_next_step_get_id (step3));
  g_assert_null (seeds_next_step_get_due_date (step));
  g_assert_cmpstr (seeds_next_step_get_owner (step), ==, "");
  g_assert_cmpint (seeds_next_step_get_status (step), ==, SEEDS_NEXT_STEP_OPEN);
  step = g_ptr_array_index (steps, 2);
  g_assert_cmpstr (seeds_next_step_get_id (step), ==, seeds_next_step_get_id (step2));
  g_assert_cmpstr (seeds_next_step_get_meeting_date (step), ==, "2026-09-15");
  g_clear_pointer (&steps, g_ptr_array_unref);

  steps = seeds_store_list_next_steps (fixture->store, seeds_community_get_id (community), "f2",
                                       &error);
  g_assert_no_error (error);
  g_assert_cmpuint (steps->len, ==, 2);
  g_assert_cmpstr (seeds_next_step_get_id (g_ptr_array_index (steps, 0)), ==,
                   seeds_next_step_get_id (step3));
  g_assert_cmpstr (seeds_next_step_get_id (g_ptr_array_index (steps, 1)), ==,
                   seeds_next_step_get_id (step2));

  seeds_test_assert_healthy (fixture->path);
}

static void
test_updates (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsCommunity) community = add_community (fixture, "Old name");
  g_autoptr(SeedsMeeting) meeting = NULL;
  g_autoptr(SeedsParticipant) participant = NULL;
  g_autoptr(SeedsNextStep) step = NULL;
  g_autoptr(SeedsCommunity) found_community = NULL;
  g_autoptr(SeedsMeeting) found_meeting = NULL;
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  SeedsParticipant *found_participant;
  SeedsNextStep *found_step;
  guint n_community_notify = 0;
  guint n_meeting_notify = 0;
  guint n_participant_notify = 0;
  guint n_step_notify = 0;

  meeting = add_meeting (fixture, seeds_community_get_id (community), "2026-01-10", "Title");
  participant = add_participant (fixture, seeds_meeting_get_id (meeting), "Name",
                                 SEEDS_PARTNER_OTHER);
  step = seeds_store_add_next_step (fixture->store, seeds_meeting_get_id (meeting), "f3",
                                    "Step", "Owner", "2026-02-01", &error);
  g_assert_no_error (error);

  /* The passed objects take the new values, so that bound widgets follow. */
  g_signal_connect (community, "notify::name", G_CALLBACK (count_notify), &n_community_notify);
  g_assert_true (seeds_store_rename_community (fixture->store, community, "  New\tname " EMOJI,
                                               &error));
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_community_get_name (community), ==, "New name " EMOJI);
  g_assert_cmpuint (n_community_notify, ==, 1);

  g_signal_connect (meeting, "notify", G_CALLBACK (count_notify), &n_meeting_notify);
  g_assert_true (seeds_store_update_meeting (fixture->store, meeting, "2026-01-11",
                                             "New title", "Notes\r\nmore", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_meeting_get_date (meeting), ==, "2026-01-11");
  g_assert_cmpstr (seeds_meeting_get_title (meeting), ==, "New title");
  g_assert_cmpstr (seeds_meeting_get_notes (meeting), ==, "Notes\nmore");
  g_assert_cmpuint (n_meeting_notify, ==, 3);

  g_signal_connect (participant, "notify", G_CALLBACK (count_notify), &n_participant_notify);
  g_assert_true (seeds_store_update_participant (fixture->store, participant, "New name",
                                                 "Gemeente", SEEDS_PARTNER_GOVERNMENT, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_participant_get_name (participant), ==, "New name");
  g_assert_cmpstr (seeds_participant_get_organisation (participant), ==, "Gemeente");
  g_assert_cmpint (seeds_participant_get_partner_type (participant), ==, SEEDS_PARTNER_GOVERNMENT);
  g_assert_cmpuint (n_participant_notify, ==, 3);

  g_signal_connect (step, "notify", G_CALLBACK (count_notify), &n_step_notify);
  g_assert_true (seeds_store_update_next_step (fixture->store, step, "New step", "", NULL,
                                               SEEDS_NEXT_STEP_DROPPED, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_next_step_get_text (step), ==, "New step");
  g_assert_cmpstr (seeds_next_step_get_owner (step), ==, "");
  g_assert_null (seeds_next_step_get_due_date (step));
  g_assert_cmpint (seeds_next_step_get_status (step), ==, SEEDS_NEXT_STEP_DROPPED);
  g_assert_cmpuint (n_step_notify, ==, 4);

  /* A refused update leaves the object as it was. */
  g_assert_false (seeds_store_update_next_step (fixture->store, step, "", "", NULL,
                                                SEEDS_NEXT_STEP_OPEN, &error));
  g_assert_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_EMPTY);
  g_clear_error (&error);
  g_assert_cmpstr (seeds_next_step_get_text (step), ==, "New step");
  g_assert_cmpint (seeds_next_step_get_status (step), ==, SEEDS_NEXT_STEP_DROPPED);
  g_assert_cmpuint (n_step_notify, ==, 4);

  reopen_store (fixture);

  found_community = seeds_store_get_community (fixture->store, seeds_community_get_id (community),
                                               &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_community_get_name (found_community), ==, "New name " EMOJI);

  found_meeting = seeds_store_get_meeting (fixture->store, seeds_meeting_get_id (meeting), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_meeting_get_date (found_meeting), ==, "2026-01-11");
  g_assert_cmpstr (seeds_meeting_get_title (found_meeting), ==, "New title");
  g_assert_cmpstr (seeds_meeting_get_notes (found_meeting), ==, "Notes\nmore");

  participants = seeds_store_list_participants (fixture->store,
                                                seeds_community_get_id (community), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (participants->len, ==, 1);
  found_participant = g_ptr_array_index (participants, 0);
  g_assert_cmpstr (seeds_participant_get_name (found_participant), ==, "New name");
  g_assert_cmpstr (seeds_participant_get_organisation (found_participant), ==, "Gemeente");
  g_assert_cmpint (seeds_participant_get_partner_type (found_participant), ==,
                   SEEDS_PARTNER_GOVERNMENT);

  steps = seeds_store_list_next_steps (fixture->store, seeds_community_get_id (community), NULL,
                                       &error);
  g_assert_no_error (error);
  g_assert_cmpuint (steps->len, ==, 1);
  found_step = g_ptr_array_index (steps, 0);
  g_assert_cmpstr (seeds_next_step_get_text (found_step), ==, "New step");
  g_assert_null (seeds_next_step_get_due_date (found_step));
  g_assert_cmpint (seeds_next_step_get_status (found_step), ==, SEEDS_NEXT_STEP_DROPPED);
}

/* The sample of seeds-test-util.h, and a score of Anna's */
static void
add_sample (Fixture         *fixture,
            SeedsTestSample *sample)
{
  seeds_test_sample_init (sample, fixture->store, "Community", "Anna");
  set_score (fixture, seeds_meeting_get_id (sample->scored), seeds_participant_get_id (sample->anna),
             "f1", 3);
}

static void
test_text_refused (Fixture       *fixture,
                   gconstpointer  data)
{
  g_auto(SeedsTestSample) sample = { 0, };
  g_autofree char *huge = g_strnfill (10000, 'x');
  g_autofree char *notes = g_strnfill (10001, 'n');
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(SeedsMeeting) meeting = NULL;
  g_autoptr(SeedsParticipant) participant = NULL;
  g_autoptr(SeedsNextStep) step = NULL;
  const char *meeting_id;
  const char *participant_id;

  add_sample (fixture, &sample);
  meeting_id = seeds_meeting_get_id (sample.scored);
  participant_id = seeds_participant_get_id (sample.anna);
  before = seeds_test_dump_database (fixture->path);
  fixture->n_changed = 0;

  community = seeds_store_add_community (fixture->store, huge, &error);
  g_assert_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_TOO_LONG);
  g_assert_null (community);
  g_clear_error (&error);

  community = seeds_store_add_community (fixture->store, " \n\t ", &error);
  g_assert_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_EMPTY);
  g_assert_cmpstr (error->message, ==, "Enter a name for the learning community.");
  g_clear_error (&error);

  community = seeds_store_add_community (fixture->store, "bad \377 bytes", &error);
  g_assert_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (seeds_store_rename_community (fixture->store, sample.community, "", &error));
  g_assert_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_EMPTY);
  g_clear_error (&error);
  g_assert_cmpstr (seeds_community_get_name (sample.community), ==, "Community");

  g_assert_false (seeds_store_rename_community (fixture->store, sample.community, huge, &error));
  g_assert_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_TOO_LONG);
  g_clear_error (&error);

  meeting = seeds_store_add_meeting (fixture->store, seeds_community_get_id (sample.community),
                                     "greenport", "2026-05-06", "", "", &error);
  g_assert_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_EMPTY);
  g_assert_null (meeting);
  g_clear_error (&error);

  meeting = seeds_store_add_meeting (fixture->store, seeds_community_get_id (sample.community),
                                     "greenport", "2026-05-06", "Title", notes, &error);
  g_assert_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_TOO_LONG);
  g_clear_error (&error);

  g_assert_false (seeds_store_update_meeting (fixture->store, sample.scored, "2026-05-06",
                                              huge, "", &error));
  g_assert_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_TOO_LONG);
  g_clear_error (&error);
  g_assert_cmpstr (seeds_meeting_get_title (sample.scored), ==, "Kick-off");

  participant = seeds_store_add_participant (fixture->store, meeting_id, "", "",
                                             SEEDS_PARTNER_OTHER, &error);
  g_assert_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_EMPTY);
  g_assert_null (participant);
  g_clear_error (&error);

  participant = seeds_store_add_participant (fixture->store, meeting_id, huge, "",
                                             SEEDS_PARTNER_OTHER, &error);
  g_assert_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_TOO_LONG);
  g_assert_cmpstr (error->message, ==, "A name can be at most 80 characters long.");
  g_clear_error (&error);

  participant = seeds_store_add_participant (fixture->store, meeting_id, "Name", huge,
                                             SEEDS_PARTNER_OTHER, &error);
  g_assert_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_TOO_LONG);
  g_clear_error (&error);

  g_assert_false (seeds_store_update_participant (fixture->store, sample.anna, "  ",
                                                  "", SEEDS_PARTNER_OTHER, &error));
  g_assert_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_EMPTY);
  g_clear_error (&error);
  g_assert_cmpstr (seeds_participant_get_name (sample.anna), ==, "Anna");

  g_assert_false (seeds_store_set_comment (fixture->store, meeting_id, participant_id, "f1",
                                           huge, &error));
  g_assert_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_TOO_LONG);
  g_clear_error (&error);

  step = seeds_store_add_next_step (fixture->store, meeting_id, "f1", "", "", NULL, &error);
  g_assert_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_EMPTY);
  g_assert_null (step);
  g_clear_error (&error);

  step = seeds_store_add_next_step (fixture->store, meeting_id, "f1", huge, "", NULL, &error);
  g_assert_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_TOO_LONG);
  g_clear_error (&error);

  step = seeds_store_add_next_step (fixture->store, meeting_id, "f1", "Step", huge, NULL, &error);
  g_assert_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_TOO_LONG);
  g_clear_error (&error);

  after = seeds_test_dump_database (fixture->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (fixture->n_changed, ==, 0);

  /* The longest allowed text is stored whole. */
  g_clear_pointer (&notes, g_free);
  notes = g_strnfill (10000, 'n');
  meeting = seeds_store_add_meeting (fixture->store, seeds_community_get_id (sample.community),
                                     "greenport", "2026-05-06", "Title", notes, &error);
  g_assert_no_error (error);
  g_assert_cmpint (seeds_test_query_int (fixture->path, "SELECT max(length(notes)) FROM meetings", NULL), ==,
                   10000);
}

static void
test_values_refused (Fixture       *fixture,
                     gconstpointer  data)
{
  static const int bad_scores[] = { 6, -2, 100, G_MININT, G_MAXINT };
  static const char * const bad_dates[] = { "", "2026-02-30", "28-11-2026", "tomorrow" };
  g_auto(SeedsTestSample) sample = { 0, };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsMeeting) meeting = NULL;
  g_autoptr(SeedsParticipant) participant = NULL;
  g_autoptr(SeedsNextStep) step = NULL;
  const char *community_id;
  const char *meeting_id;
  const char *participant_id;

  add_sample (fixture, &sample);
  community_id = seeds_community_get_id (sample.community);
  meeting_id = seeds_meeting_get_id (sample.scored);
  participant_id = seeds_participant_get_id (sample.anna);
  step = seeds_store_add_next_step (fixture->store, meeting_id, "f1", "Step", "", NULL, &error);
  g_assert_no_error (error);
  before = seeds_test_dump_database (fixture->path);
  fixture->n_changed = 0;

  for (guint i = 0; i < G_N_ELEMENTS (bad_scores); i++)
    {
      g_assert_false (seeds_store_set_score (fixture->store, meeting_id, participant_id, "f1",
                                             bad_scores[i], &error));
      g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
      g_clear_error (&error);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad_dates); i++)
    {
      meeting = seeds_store_add_meeting (fixture->store, community_id, "greenport",
                                         bad_dates[i], "Title", "", &error);
      g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
      g_assert_null (meeting);
      g_clear_error (&error);

      g_assert_false (seeds_store_update_meeting (fixture->store, sample.scored, bad_dates[i],
                                                  "Title", "", &error));
      g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
      g_clear_error (&error);

      if (*bad_dates[i] != '\0')
        {
          SeedsNextStep *bad_step;

          bad_step = seeds_store_add_next_step (fixture->store, meeting_id, "f1", "Step", "",
                                                bad_dates[i], &error);
          g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
          g_assert_null (bad_step);
          g_clear_error (&error);

          g_assert_false (seeds_store_update_next_step (fixture->store, step, "Step", "",
                                                        bad_dates[i], SEEDS_NEXT_STEP_OPEN,
                                                        &error));
          g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
          g_clear_error (&error);
        }
    }

  meeting = seeds_store_add_meeting (fixture->store, community_id, "", "2026-01-01", "Title", "",
                                     &error);
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  participant = seeds_store_add_participant (fixture->store, meeting_id, "Name", "",
                                             (SeedsPartnerType) 42, &error);
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
  g_assert_null (participant);
  g_clear_error (&error);

  g_assert_false (seeds_store_update_participant (fixture->store, sample.anna, "Name", "",
                                                  (SeedsPartnerType) -1, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (seeds_store_update_next_step (fixture->store, step, "Step", "", NULL,
                                                (SeedsNextStepStatus) 7, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (seeds_store_set_score (fixture->store, meeting_id, participant_id, "", 3,
                                         &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  after = seeds_test_dump_database (fixture->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (fixture->n_changed, ==, 0);
  g_assert_cmpint (seeds_next_step_get_status (step), ==, SEEDS_NEXT_STEP_OPEN);
}

static void
test_not_found (Fixture       *fixture,
                gconstpointer  data)
{
  g_auto(SeedsTestSample) sample = { 0, };
  g_auto(SeedsTestSample) other = { 0, };
  g_autofree char *unknown = g_uuid_string_random ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(SeedsCommunity) gone_community = NULL;
  g_autoptr(SeedsMeeting) meeting = NULL;
  g_autoptr(SeedsMeeting) gone_meeting = NULL;
  g_autoptr(SeedsParticipant) participant = NULL;
  g_autoptr(SeedsParticipant) gone_participant = NULL;
  g_autoptr(SeedsNextStep) step = NULL;
  g_autoptr(SeedsNextStep) gone_step = NULL;
  g_autoptr(GPtrArray) list = NULL;
  const char *meeting_id;
  const char *participant_id;

  add_sample (fixture, &sample);
  add_sample (fixture, &other);
  meeting_id = seeds_meeting_get_id (sample.scored);
  participant_id = seeds_participant_get_id (sample.anna);
  gone_community = seeds_community_new (unknown, "Gone");
  gone_meeting = seeds_meeting_new (unknown, seeds_community_get_id (sample.community),
                                    "greenport", "2026-01-01", "Gone", "");
  gone_participant = seeds_participant_new (unknown, seeds_community_get_id (sample.community),
                                            "Gone", "", SEEDS_PARTNER_OTHER);
  gone_step = seeds_next_step_new (unknown, meeting_id, "2026-01-01", "f1", "Gone", "", NULL,
                                   SEEDS_NEXT_STEP_OPEN);
  before = seeds_test_dump_database (fixture->path);
  fixture->n_changed = 0;

#define ASSERT_NOT_FOUND() \
  G_STMT_START { \
    g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_FOUND); \
    g_assert_cmpstr (error->message, !=, ""); \
    g_clear_error (&error); \
  } G_STMT_END

  community = seeds_store_get_community (fixture->store, unknown, &error);
  g_assert_null (community);
  ASSERT_NOT_FOUND ();

  meeting = seeds_store_get_meeting (fixture->store, unknown, &error);
  g_assert_null (meeting);
  ASSERT_NOT_FOUND ();

  g_assert_false (seeds_store_rename_community (fixture->store, gone_community, "Name", &error));
  ASSERT_NOT_FOUND ();
  g_assert_cmpstr (seeds_community_get_name (gone_community), ==, "Gone");

  meeting = seeds_store_add_meeting (fixture->store, unknown, "greenport", "2026-01-01",
                                     "Title", "", &error);
  g_assert_null (meeting);
  ASSERT_NOT_FOUND ();

  g_assert_false (seeds_store_update_meeting (fixture->store, gone_meeting, "2026-01-02",
                                              "Title", "", &error));
  ASSERT_NOT_FOUND ();

  participant = seeds_store_add_participant (fixture->store, unknown, "Name", "",
                                             SEEDS_PARTNER_OTHER, &error);
  g_assert_null (participant);
  ASSERT_NOT_FOUND ();

  g_assert_false (seeds_store_update_participant (fixture->store, gone_participant, "Name", "",
                                                  SEEDS_PARTNER_OTHER, &error));
  ASSERT_NOT_FOUND ();

  g_assert_false (seeds_store_add_attendee (fixture->store, unknown, participant_id, &error));
  ASSERT_NOT_FOUND ();
  g_assert_false (seeds_store_add_attendee (fixture->store, meeting_id, unknown, &error));
  ASSERT_NOT_FOUND ();
  /* A participant of another community cannot join this meeting. */
  g_assert_false (seeds_store_add_attendee (fixture->store, meeting_id,
                                            seeds_participant_get_id (other.anna),
                                            &error));
  ASSERT_NOT_FOUND ();

  g_assert_false (seeds_store_set_score (fixture->store, unknown, participant_id, "f1", 2,
                                         &error));
  ASSERT_NOT_FOUND ();
  g_assert_false (seeds_store_set_score (fixture->store, meeting_id, unknown, "f1", 2, &error));
  ASSERT_NOT_FOUND ();
  g_assert_false (seeds_store_set_score (fixture->store, meeting_id,
                                         seeds_participant_get_id (other.anna), "f1", 2,
                                         &error));
  ASSERT_NOT_FOUND ();
  g_assert_false (seeds_store_set_score (fixture->store, unknown, participant_id, "f1",
                                         SEEDS_SCORE_NONE, &error));
  ASSERT_NOT_FOUND ();

  g_assert_false (seeds_store_set_comment (fixture->store, unknown, participant_id, "f1", "Hi",
                                           &error));
  ASSERT_NOT_FOUND ();
  g_assert_false (seeds_store_set_comment (fixture->store, meeting_id, unknown, "f1", "Hi",
                                           &error));
  ASSERT_NOT_FOUND ();

  step = seeds_store_add_next_step (fixture->store, unknown, "f1", "Step", "", NULL, &error);
  g_assert_null (step);
  ASSERT_NOT_FOUND ();

  g_assert_false (seeds_store_update_next_step (fixture->store, gone_step, "Step", "", NULL,
                                                SEEDS_NEXT_STEP_DONE, &error));
  ASSERT_NOT_FOUND ();
  g_assert_cmpint (seeds_next_step_get_status (gone_step), ==, SEEDS_NEXT_STEP_OPEN);

  g_assert_false (seeds_store_delete_next_step (fixture->store, gone_step, &error));
  ASSERT_NOT_FOUND ();
  g_assert_false (seeds_store_delete_meeting (fixture->store, gone_meeting, &error));
  ASSERT_NOT_FOUND ();
  g_assert_false (seeds_store_delete_participant (fixture->store, gone_participant, &error));
  ASSERT_NOT_FOUND ();
  g_assert_false (seeds_store_delete_community (fixture->store, gone_community, &error));
  ASSERT_NOT_FOUND ();

#undef ASSERT_NOT_FOUND

  /* Listing what does not exist is simply empty. */
  list = seeds_store_list_meetings (fixture->store, unknown, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = seeds_store_list_scores (fixture->store, unknown, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 0);

  after = seeds_test_dump_database (fixture->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (fixture->n_changed, ==, 0);
}

static void
test_scores (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsCommunity) community = add_community (fixture, "Community");
  g_autoptr(SeedsMeeting) meeting = NULL;
  g_autoptr(SeedsParticipant) anna = NULL;
  g_autoptr(SeedsParticipant) bram = NULL;
  g_autoptr(GPtrArray) scores = NULL;
  g_autoptr(GPtrArray) attendees = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *meeting_id;
  const char *anna_id;
  const SeedsScore *score;

  meeting = add_meeting (fixture, seeds_community_get_id (community), "2026-06-01", "Meeting");
  meeting_id = seeds_meeting_get_id (meeting);
  anna = add_participant (fixture, meeting_id, "Anna", SEEDS_PARTNER_COMPANY);
  anna_id = seeds_participant_get_id (anna);

  /* A comment goes with a score. */
  before = seeds_test_dump_database (fixture->path);
  g_assert_false (seeds_store_set_comment (fixture->store, meeting_id, anna_id, "f1", "Why",
                                           &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Score this factor before adding a comment.");
  g_clear_error (&error);
  /* … but clearing the comment of an unscored factor is harmless. */
  g_assert_true (seeds_store_set_comment (fixture->store, meeting_id, anna_id, "f1", "",
                                          &error));
  g_assert_no_error (error);
  after = seeds_test_dump_database (fixture->path);
  g_assert_cmpstr (before, ==, after);

  set_score (fixture, meeting_id, anna_id, "f1", 2);
  g_assert_true (seeds_store_set_comment (fixture->store, meeting_id, anna_id, "f1",
                                          "  Needs work \n", &error));
  g_assert_no_error (error);

  /* Replacing keeps one row and the comment. */
  set_score (fixture, meeting_id, anna_id, "f1", 5);
  g_assert_cmpint (seeds_test_query_int (fixture->path, "SELECT count(*) FROM scores", NULL), ==, 1);
  scores = seeds_store_list_scores (fixture->store, meeting_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (scores->len, ==, 1);
  score = g_ptr_array_index (scores, 0);
  g_assert_cmpint (score->value, ==, 5);
  g_assert_cmpstr (score->comment, ==, "Needs work");
  g_clear_pointer (&scores, g_ptr_array_unref);

  /* "Don't know" is NULL in the table. */
  set_score (fixture, meeting_id, anna_id, "f1", SEEDS_SCORE_DONT_KNOW);
  g_assert_cmpint (seeds_test_query_int (fixture->path, "SELECT count(*) FROM scores WHERE value IS NULL", NULL),
                   ==, 1);
  reopen_store (fixture);
  scores = seeds_store_list_scores (fixture->store, meeting_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (scores->len, ==, 1);
  score = g_ptr_array_index (scores, 0);
  g_assert_cmpint (score->value, ==, SEEDS_SCORE_DONT_KNOW);
  g_assert_cmpstr (score->comment, ==, "Needs work");
  g_clear_pointer (&scores, g_ptr_array_unref);

  /* Every value in range is stored as itself. */
  for (int v = SEEDS_SCORE_MIN; v <= SEEDS_SCORE_MAX; v++)
    {
      g_autofree char *factor = g_strdup_printf ("g%d", v);

      set_score (fixture, meeting_id, anna_id, factor, v);
    }
  scores = seeds_store_list_scores (fixture->store, meeting_id, &error);
  g_assert_no_error (error);
  for (int v = SEEDS_SCORE_MIN; v <= SEEDS_SCORE_MAX; v++)
    {
      g_autofree char *factor = g_strdup_printf ("g%d", v);

      score = find_score (scores, anna_id, factor);
      g_assert_nonnull (score);
      g_assert_cmpint (score->value, ==, v);
    }
  g_clear_pointer (&scores, g_ptr_array_unref);

  /* Removing takes the comment along. */
  set_score (fixture, meeting_id, anna_id, "f1", SEEDS_SCORE_NONE);
  g_assert_cmpint (seeds_test_query_int (fixture->path, "SELECT count(*) FROM scores WHERE factor_id = 'f1'",
                                         NULL), ==, 0);
  set_score (fixture, meeting_id, anna_id, "f1", 3);
  scores = seeds_store_list_scores (fixture->store, meeting_id, &error);
  g_assert_no_error (error);
  score = find_score (scores, anna_id, "f1");
  g_assert_nonnull (score);
  g_assert_cmpstr (score->comment, ==, "");
  g_clear_pointer (&scores, g_ptr_array_unref);

  /* A member of the community who scores takes part in the meeting. */
  {
    g_autoptr(SeedsMeeting) other = add_meeting (fixture, seeds_community_get_id (community),
                                                 "2026-06-02", "Other");

    bram = add_participant (fixture, seeds_meeting_get_id (other), "Bram", SEEDS_PARTNER_OTHER);
  }
  set_score (fixture, meeting_id, seeds_participant_get_id (bram), "f1", 4);
  attendees = seeds_store_list_attendees (fixture->store, meeting_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (attendees->len, ==, 2);

  /* Taking someone off the meeting takes their scores there. */
  g_assert_true (seeds_store_remove_attendee (fixture->store, meeting_id,
                                              seeds_participant_get_id (bram), &error));
  g_assert_no_error (error);
  g_assert_cmpint (seeds_test_query_int (fixture->path, "SELECT count(*) FROM scores WHERE participant_id "
                                                        "NOT IN (SELECT id FROM participants "
                                                        "WHERE name = 'Anna')", NULL), ==, 0);
  seeds_test_assert_healthy (fixture->path);
}

static void
test_changed_signal (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(SeedsMeeting) meeting = NULL;
  g_autoptr(SeedsMeeting) other_meeting = NULL;
  g_autoptr(SeedsParticipant) participant = NULL;
  g_autoptr(SeedsNextStep) step = NULL;
  const char *meeting_id;
  const char *participant_id;

#define ASSERT_CHANGED(flags) \
  G_STMT_START { \
    g_assert_no_error (error); \
    g_assert_cmpuint (fixture->n_changed, ==, 1); \
    g_assert_cmphex (fixture->last_changed, ==, (flags)); \
    fixture->n_changed = 0; \
    fixture->last_changed = 0; \
  } G_STMT_END
#define ASSERT_UNCHANGED() \
  G_STMT_START { \
    g_assert_cmpuint (fixture->n_changed, ==, 0); \
    g_clear_error (&error); \
  } G_STMT_END

  community = seeds_store_add_community (fixture->store, "Community", &error);
  ASSERT_CHANGED (SEEDS_STORE_CHANGE_COMMUNITIES);
  seeds_store_rename_community (fixture->store, community, "Renamed", &error);
  ASSERT_CHANGED (SEEDS_STORE_CHANGE_COMMUNITIES);
  seeds_store_rename_community (fixture->store, community, "", &error);
  ASSERT_UNCHANGED ();

  meeting = seeds_store_add_meeting (fixture->store, seeds_community_get_id (community),
                                     "greenport", "2026-07-01", "Meeting", "", &error);
  ASSERT_CHANGED (SEEDS_STORE_CHANGE_MEETINGS);
  meeting_id = seeds_meeting_get_id (meeting);
  seeds_store_update_meeting (fixture->store, meeting, "2026-07-02", "Meeting", "Notes", &error);
  ASSERT_CHANGED (SEEDS_STORE_CHANGE_MEETINGS);
  seeds_store_update_meeting (fixture->store, meeting, "2026-07-32", "Meeting", "", &error);
  ASSERT_UNCHANGED ();

  participant = seeds_store_add_participant (fixture->store, meeting_id, "Anna", "",
                                             SEEDS_PARTNER_COMPANY, &error);
  ASSERT_CHANGED (SEEDS_STORE_CHANGE_PARTICIPANTS);
  participant_id = seeds_participant_get_id (participant);
  seeds_store_update_participant (fixture->store, participant, "Anna B", "", SEEDS_PARTNER_OTHER,
                                  &error);
  ASSERT_CHANGED (SEEDS_STORE_CHANGE_PARTICIPANTS);

  other_meeting = seeds_store_add_meeting (fixture->store, seeds_community_get_id (community),
                                           "greenport", "2026-08-01", "Other", "", &error);
  ASSERT_CHANGED (SEEDS_STORE_CHANGE_MEETINGS);
  seeds_store_add_attendee (fixture->store, seeds_meeting_get_id (other_meeting), participant_id,
                            &error);
  ASSERT_CHANGED (SEEDS_STORE_CHANGE_PARTICIPANTS);
  /* Already there: nothing changes. */
  g_assert_true (seeds_store_add_attendee (fixture->store, seeds_meeting_get_id (other_meeting),
                                           participant_id, &error));
  ASSERT_UNCHANGED ();

  seeds_store_set_score (fixture->store, meeting_id, participant_id, "f1", 3, &error);
  ASSERT_CHANGED (SEEDS_STORE_CHANGE_SCORES);
  seeds_store_set_score (fixture->store, meeting_id, participant_id, "f1", 4, &error);
  ASSERT_CHANGED (SEEDS_STORE_CHANGE_SCORES);
  seeds_store_set_comment (fixture->store, meeting_id, participant_id, "f1", "Comment", &error);
  ASSERT_CHANGED (SEEDS_STORE_CHANGE_SCORES);
  seeds_store_set_score (fixture->store, meeting_id, participant_id, "f1", 9, &error);
  ASSERT_UNCHANGED ();
  seeds_store_set_comment (fixture->store, meeting_id, participant_id, "f2", "Comment", &error);
  ASSERT_UNCHANGED ();
  seeds_store_set_score (fixture->store, meeting_id, participant_id, "f1", SEEDS_SCORE_NONE,
                         &error);
  ASSERT_CHANGED (SEEDS_STORE_CHANGE_SCORES);
  g_assert_true (seeds_store_set_score (fixture->store, meeting_id, participant_id, "f1",
                                        SEEDS_SCORE_NONE, &error));
  ASSERT_UNCHANGED ();

  /* Scoring makes a member of the community take part in the meeting. */
  seeds_store_remove_attendee (fixture->store, meeting_id, participant_id, &error);
  ASSERT_CHANGED (SEEDS_STORE_CHANGE_PARTICIPANTS | SEEDS_STORE_CHANGE_SCORES);
  seeds_store_set_score (fixture->store, meeting_id, participant_id, "f1", 2, &error);
  ASSERT_CHANGED (SEEDS_STORE_CHANGE_SCORES | SEEDS_STORE_CHANGE_PARTICIPANTS);

  step = seeds_store_add_next_step (fixture->store, meeting_id, "f1", "Step", "", NULL, &error);
  ASSERT_CHANGED (SEEDS_STORE_CHANGE_NEXT_STEPS);
  seeds_store_update_next_step (fixture->store, step, "Step", "", NULL, SEEDS_NEXT_STEP_DONE,
                                &error);
  ASSERT_CHANGED (SEEDS_STORE_CHANGE_NEXT_STEPS);
  seeds_store_delete_next_step (fixture->store, step, &error);
  ASSERT_CHANGED (SEEDS_STORE_CHANGE_NEXT_STEPS);
  seeds_store_delete_next_step (fixture->store, step, &error);
  ASSERT_UNCHANGED ();

  seeds_store_remove_attendee (fixture->store, seeds_meeting_get_id (other_meeting),
                               participant_id, &error);
  ASSERT_CHANGED (SEEDS_STORE_CHANGE_PARTICIPANTS | SEEDS_STORE_CHANGE_SCORES);
  seeds_store_delete_participant (fixture->store, participant, &error);
  ASSERT_CHANGED (SEEDS_STORE_CHANGE_PARTICIPANTS | SEEDS_STORE_CHANGE_SCORES);
  seeds_store_delete_meeting (fixture->store, other_meeting, &error);
  ASSERT_CHANGED (SEEDS_STORE_CHANGE_MEETINGS | SEEDS_STORE_CHANGE_PARTICIPANTS |
                  SEEDS_STORE_CHANGE_SCORES | SEEDS_STORE_CHANGE_TALLIES |
                  SEEDS_STORE_CHANGE_NEXT_STEPS);
  seeds_store_delete_community (fixture->store, community, &error);
  ASSERT_CHANGED (SEEDS_STORE_CHANGE_COMMUNITIES | SEEDS_STORE_CHANGE_MEETINGS |
                  SEEDS_STORE_CHANGE_PARTICIPANTS | SEEDS_STORE_CHANGE_SCORES |
                  SEEDS_STORE_CHANGE_TALLIES | SEEDS_STORE_CHANGE_NEXT_STEPS);

#undef ASSERT_CHANGED
#undef ASSERT_UNCHANGED
}

/* A write of several rows that fails half-way leaves nothing behind. The
 * failure is made with a trigger that refuses the second row. */
static void
test_all_or_nothing (Fixture       *fixture,
                     gconstpointer  data)
{
  g_auto(SeedsTestSample) sample = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsParticipant) participant = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  add_sample (fixture, &sample);

  seeds_test_exec (fixture->path,
                   "CREATE TRIGGER refuse_attendance BEFORE INSERT ON attendance "
                   "BEGIN SELECT RAISE (ABORT, 'refused by the test'); END;"
                   "CREATE TRIGGER refuse_scores BEFORE INSERT ON scores "
                   "BEGIN SELECT RAISE (ABORT, 'refused by the test'); END;");
  before = seeds_test_dump_database (fixture->path);
  fixture->n_changed = 0;

  /* The participant row goes in, the attendance row is refused. */
  participant = seeds_store_add_participant (fixture->store, seeds_meeting_get_id (sample.scored),
                                             "Half", "", SEEDS_PARTNER_OTHER, &error);
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_FAILED);
  g_assert_null (participant);
  g_clear_error (&error);

  seeds_test_exec (fixture->path, "DROP TRIGGER refuse_attendance");

  /* The attendance row goes in, the score is refused. */
  g_assert_false (seeds_store_set_score (fixture->store, seeds_meeting_get_id (sample.later),
                                         seeds_participant_get_id (sample.anna), "f1", 3,
                                         &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_FAILED);
  g_clear_error (&error);

  seeds_test_exec (fixture->path, "DROP TRIGGER refuse_scores");

  after = seeds_test_dump_database (fixture->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (fixture->n_changed, ==, 0);

  /* And the store carries on. */
  g_clear_object (&participant);
  participant = add_participant (fixture, seeds_meeting_get_id (sample.scored), "Whole",
                                 SEEDS_PARTNER_OTHER);
  g_assert_cmpuint (fixture->n_changed, ==, 1);
}

static gint64
count_all_rows (const char *path)
{
  return seeds_test_query_int (path,
                               "SELECT (SELECT count(*) FROM communities) + "
                               "       (SELECT count(*) FROM meetings) + "
                               "       (SELECT count(*) FROM participants) + "
                               "       (SELECT count(*) FROM attendance) + "
                               "       (SELECT count(*) FROM scores) + "
                               "       (SELECT count(*) FROM next_steps)", NULL);
}

static void
test_cascade (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(SeedsTestSample) first = { 0, };
  g_auto(SeedsTestSample) second = { 0, };
  g_autoptr(SeedsNextStep) step = NULL;
  gint64 second_rows;

  add_sample (fixture, &first);
  step = seeds_store_add_next_step (fixture->store, seeds_meeting_get_id (first.scored), "f1",
                                    "Step", "", NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&step);
  second_rows = count_all_rows (fixture->path);

  add_sample (fixture, &second);
  step = seeds_store_add_next_step (fixture->store, seeds_meeting_get_id (second.scored), "f1",
                                    "Step", "", NULL, &error);
  g_assert_no_error (error);

  /* Deleting a participant takes their attendance and scores. */
  g_assert_true (seeds_store_delete_participant (fixture->store, second.anna, &error));
  g_assert_no_error (error);
  g_assert_cmpint (seeds_test_query_int (fixture->path, "SELECT count(*) FROM scores", NULL), ==, 1);
  /* The first sample's two, and Bram of the second */
  g_assert_cmpint (seeds_test_query_int (fixture->path, "SELECT count(*) FROM attendance", NULL), ==, 3);
  seeds_test_assert_healthy (fixture->path);

  /* Deleting a meeting takes its next steps; the participants stay. */
  g_assert_true (seeds_store_delete_meeting (fixture->store, second.scored, &error));
  g_assert_no_error (error);
  g_assert_cmpint (seeds_test_query_int (fixture->path, "SELECT count(*) FROM next_steps", NULL), ==, 1);
  seeds_test_assert_healthy (fixture->path);

  /* Deleting a community takes everything in it, and nothing else. */
  g_assert_true (seeds_store_delete_community (fixture->store, second.community, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_all_rows (fixture->path), ==, second_rows);
  g_assert_true (seeds_store_delete_community (fixture->store, first.community, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_all_rows (fixture->path), ==, 0);
  seeds_test_assert_healthy (fixture->path);
}

static void
test_sorting (Fixture       *fixture,
              gconstpointer  data)
{
  static const char * const names[] = { "beta", "Alpha", "Émile", "alpha 2", "Beta 1" };
  static const char * const sorted[] = { "Alpha", "alpha 2", "beta", "Beta 1", "Émile" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) communities = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(SeedsMeeting) a = NULL;
  g_autoptr(SeedsMeeting) b = NULL;
  g_autoptr(SeedsMeeting) c = NULL;
  g_autoptr(SeedsCommunity) community = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_object_unref (add_community (fixture, names[i]));

  communities = seeds_store_list_communities (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (communities->len, ==, G_N_ELEMENTS (sorted));
  for (guint i = 0; i < G_N_ELEMENTS (sorted); i++)
    g_assert_cmpstr (seeds_community_get_name (g_ptr_array_index (communities, i)), ==, sorted[i]);

  /* Newest first; on the same day, the one added last first. */
  community = g_object_ref (g_ptr_array_index (communities, 0));
  a = add_meeting (fixture, seeds_community_get_id (community), "2026-01-01", "A");
  b = add_meeting (fixture, seeds_community_get_id (community), "2026-12-01", "B");
  c = add_meeting (fixture, seeds_community_get_id (community), "2026-01-01", "C");
  meetings = seeds_store_list_meetings (fixture->store, seeds_community_get_id (community), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (meetings->len, ==, 3);
  g_assert_cmpstr (seeds_meeting_get_title (g_ptr_array_index (meetings, 0)), ==, "B");
  g_assert_cmpstr (seeds_meeting_get_title (g_ptr_array_index (meetings, 1)), ==, "C");
  g_assert_cmpstr (seeds_meeting_get_title (g_ptr_array_index (meetings, 2)), ==, "A");

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_object_unref (add_participant (fixture, seeds_meeting_get_id (a), names[i],
                                     SEEDS_PARTNER_OTHER));
  attendees = seeds_store_list_attendees (fixture->store, seeds_meeting_get_id (a), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (attendees->len, ==, G_N_ELEMENTS (sorted));
  for (guint i = 0; i < G_N_ELEMENTS (sorted); i++)
    g_assert_cmpstr (seeds_participant_get_name (g_ptr_array_index (attendees, i)), ==, sorted[i]);
}

/* How names sort, as the collation was first written: case-folded and
 * collated for the locale, and by their bytes where that says equal or a
 * name is not UTF-8. */
static int
compare_as_people_do (const char *a,
                      const char *b)
{
  int cmp = 0;

  if (g_utf8_validate (a, -1, NULL) && g_utf8_validate (b, -1, NULL))
    {
      g_autofree char *folded_a = g_utf8_casefold (a, -1);
      g_autofree char *folded_b = g_utf8_casefold (b, -1);

      cmp = g_utf8_collate (folded_a, folded_b);
    }

  return cmp != 0 ? cmp : strcmp (a, b);
}

/* More names than the collation keeps keys of, long ones and one that is
 * not UTF-8 (from another program): still in the same order. */
static void
test_sorting_many_names (Fixture       *fixture,
                         gconstpointer  data)
{
  static const char * const stems[] = { "anna", "Bram", "émile", "Zoë", "ÅSA", "de Vries" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261206);
  g_autoptr(SeedsCommunity) community = add_community (fixture, "Many names");
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *long_name = g_strnfill (400, 'm');
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "INSERT INTO participants (id, community_id, name,"
                                       " partner_type, created_at, updated_at)"
                                       " VALUES (?1, ?2, ?3, 'other', 0, 0)",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < 5003; i++)
    {
      g_autofree char *id = g_uuid_string_random ();
      g_autofree char *name = NULL;

      if (i == 5000)
        name = g_strdup (long_name);
      else if (i == 5001)
        name = g_strdup ("Bad \xff\xfe byte");
      else if (i == 5002)
        name = g_strconcat (long_name, "a", NULL);
      else
        name = g_strdup_printf ("%s %u", stems[g_rand_int_range (rand, 0, G_N_ELEMENTS (stems))],
                                g_rand_int_range (rand, 0, 100000));
      if (g_rand_boolean (rand) && g_utf8_validate (name, -1, NULL))
        {
          char *upper = g_utf8_strup (name, -1);

          g_free (name);
          name = upper;
        }

      sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, seeds_community_get_id (community), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, name, -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_exec (db, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  participants = seeds_store_list_participants (fixture->store, seeds_community_get_id (community),
                                                &error);
  g_assert_no_error (error);
  g_assert_cmpuint (participants->len, ==, 5003);
  for (guint i = 1; i < participants->len; i++)
    g_assert_cmpint (compare_as_people_do (seeds_participant_get_name (participants->pdata[i - 1]),
                                           seeds_participant_get_name (participants->pdata[i])),
                     <=, 0);
}

static void
test_default_path (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsStore) store = NULL;
  g_autofree char *path = seeds_store_default_path ();
  g_autofree char *expected = NULL;
  g_autofree char *folder = NULL;
  const char *data_home = g_get_user_data_dir ();

  /* main() points XDG_DATA_HOME at a temporary folder, so that the user's
   * real database is never touched. */
  g_assert_cmpstr (data_home, ==, g_getenv ("XDG_DATA_HOME"));
  g_assert_true (g_str_has_prefix (data_home, g_get_tmp_dir ()));
  expected = g_build_filename (data_home, "seeds-of-innovation", "seeds.db", NULL);
  g_assert_cmpstr (path, ==, expected);
  g_assert_true (g_str_has_suffix (path, G_DIR_SEPARATOR_S "seeds-of-innovation"
                                         G_DIR_SEPARATOR_S "seeds.db"));

  folder = g_path_get_dirname (path);
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));

  /* The default folder is created; NULL means the default path. */
  store = seeds_store_open (NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_store_get_path (store), ==, path);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_clear_object (&store);

  store = seeds_store_open (path, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  seeds_test_remove_database (path);
  g_rmdir (folder);
}

static void
test_missing_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsStore) store = NULL;
  g_autofree char *dir = g_dir_make_tmp ("seeds-store-XXXXXX", &error);
  g_autofree char *folder = g_build_filename (dir, "missing", NULL);
  g_autofree char *path = g_build_filename (folder, "seeds.db", NULL);

  g_assert_no_error (error);

  /* Any other folder must exist already: a typo in --database must not
   * leave folders behind. */
  store = seeds_store_open (path, &error);
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CANNOT_OPEN);
  g_assert_null (store);
  g_assert_nonnull (strstr (error->message, "missing"));
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* A folder is not a database. */
  store = seeds_store_open (dir, &error);
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CANNOT_OPEN);
  g_assert_null (store);
  g_clear_error (&error);

  /* Nor is nothing. */
  store = seeds_store_open ("", &error);
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CANNOT_OPEN);
  g_assert_null (store);

  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  int status;

  setlocale (LC_ALL, "");

  /* Before anything reads it: GLib keeps the first value. */
  data_home = g_dir_make_tmp ("seeds-store-data-XXXXXX", NULL);
  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/new-database", test_new_database);
  ADD ("/store/round-trip", test_round_trip);
  ADD ("/store/updates", test_updates);
  ADD ("/store/text-refused", test_text_refused);
  ADD ("/store/values-refused", test_values_refused);
  ADD ("/store/not-found", test_not_found);
  ADD ("/store/scores", test_scores);
  ADD ("/store/changed-signal", test_changed_signal);
  ADD ("/store/all-or-nothing", test_all_or_nothing);
  ADD ("/store/cascade", test_cascade);
  ADD ("/store/sorting", test_sorting);
  ADD ("/store/sorting-many-names", test_sorting_many_names);

#undef ADD

  g_test_add_func ("/store/default-path", test_default_path);
  g_test_add_func ("/store/missing-folder", test_missing_folder);

  status = g_test_run ();
  g_rmdir (data_home);

  return status;
}
