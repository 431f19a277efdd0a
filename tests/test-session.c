/* test-session.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "exchange/seeds-community-export.h"
#include "exchange/seeds-csv.h"
#include "exchange/seeds-invitation.h"
#include "model/seeds-language.h"
#include "print/seeds-factor-site.h"
#include "print/seeds-meeting-report.h"
#include "session/seeds-session.h"
#include "stats/seeds-meeting-summary.h"
#include "seeds-test-tools.h"
#include "seeds-test-util.h"

/* The use cases through the session, as a window runs them: started on
 * the main thread, done on the worker, finished in the main loop. */

typedef struct
{
  SeedsTestDatabase  db;
  SeedsSession      *session;
  GThread           *main_thread;
  GQueue             results;      /* (element-type GAsyncResult): in the order they came */
  guint              changes;      /* every SeedsStore::changed flag on the main store */
  guint              n_changed_at_result;
  guint              n_progress;
  guint              last_done;
  guint              last_total;
  guint              cancel_at;    /* cancel the import once this many files are done */
  GCancellable      *cancellable;
} Fixture;

static void
on_changed (SeedsStore *store,
            guint       what,
            Fixture    *fixture)
{
  g_assert_true (g_thread_self () == fixture->main_thread);
  fixture->changes |= what;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  seeds_test_database_set_up (&fixture->db, data);
  fixture->main_thread = g_thread_self ();
  g_queue_init (&fixture->results);
  g_signal_connect (fixture->db.store, "changed", G_CALLBACK (on_changed), fixture);
  fixture->session = seeds_session_new (fixture->db.store, fixture->db.framework);
  fixture->cancellable = g_cancellable_new ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->session != NULL)
    seeds_session_close (fixture->session);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);

  g_assert_true (g_queue_is_empty (&fixture->results));
  g_clear_object (&fixture->cancellable);
  if (fixture->session != NULL)
    g_assert_finalize_object (fixture->session);
  seeds_test_database_tear_down (&fixture->db, data);
}

static void
on_done (GObject      *source_object,
         GAsyncResult *result,
         gpointer      user_data)
{
  Fixture *fixture = user_data;

  g_assert_true (g_thread_self () == fixture->main_thread);
  g_assert_true (source_object == G_OBJECT (fixture->session));
  g_queue_push_tail (&fixture->results, g_object_ref (result));
  fixture->n_changed_at_result = fixture->db.n_changed;
}

/* Returns: (transfer full): the next result, in the main loop */
static GAsyncResult *
await_result (Fixture *fixture)
{
  while (g_queue_is_empty (&fixture->results))
    g_main_context_iteration (NULL, TRUE);

  return g_queue_pop_head (&fixture->results);
}

/* Files */

static GFile *
write_bytes (Fixture    *fixture,
             const char *name,
             GBytes     *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autofree char *path = seeds_test_write_file (fixture->db.dir, name, data, length);

  return g_file_new_for_path (path);
}

static GBytes *
read_bytes (GFile *file)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = g_file_load_bytes (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return bytes;
}

static void
assert_same_file (GFile *a,
                  GFile *b)
{
  g_autoptr(GBytes) bytes_a = read_bytes (a);
  g_autoptr(GBytes) bytes_b = read_bytes (b);

  g_assert_cmpuint (g_bytes_get_size (bytes_a), >, 0);
  g_assert_true (g_bytes_equal (bytes_a, bytes_b));
}

static GFile *
file_in (Fixture    *fixture,
         const char *name)
{
  g_autofree char *path = g_build_filename (fixture->db.dir, name, NULL);

  return g_file_new_for_path (path);
}

/* A card with every factor scored; of someone new when @participant is
 * NULL */
static SeedsScorecard *
make_card (Fixture          *fixture,
           SeedsMeeting     *meeting,
           SeedsParticipant *participant,
           const char       *name)
{
  SeedsFramework *framework = fixture->db.framework;
  SeedsScorecard *card;

  card = seeds_scorecard_new (seeds_framework_get_id (framework), seeds_meeting_get_id (meeting),
                              participant != NULL ? seeds_participant_get_id (participant) : NULL,
                              participant != NULL ? seeds_participant_get_name (participant) : name,
                              "Greenport College", SEEDS_PARTNER_EDUCATION);
  for (guint f = 0; f < seeds_framework_get_n_factors (framework); f++)
    seeds_scorecard_set_score (card, seeds_factor_get_id (seeds_framework_get_factor (framework, f)),
                               1 + (int) (f % 5), NULL);

  return card;
}

static GFile *
write_card (Fixture          *fixture,
            SeedsMeeting     *meeting,
            SeedsParticipant *participant,
            const char       *name)
{
  g_autoptr(SeedsScorecard) card = make_card (fixture, meeting, participant, name);
  g_autoptr(GBytes) bytes = seeds_scorecard_to_bytes (card);
  g_autofree char *file_name = g_strdup_printf ("%s.seedscard",
                                                participant != NULL ? seeds_participant_get_name (participant) : name);

  return write_bytes (fixture, file_name, bytes);
}

/* Cards of @n_cards newcomers to @meeting */
static GPtrArray *
write_newcomer_cards (Fixture      *fixture,
                      SeedsMeeting *meeting,
                      guint         n_cards)
{
  return seeds_test_write_newcomer_cards (fixture->db.dir, fixture->db.framework, meeting, n_cards);
}

/* Every participant of the meeting has all their scores or none: how
 * many have them */
static guint
count_whole_cards (Fixture      *fixture,
                   SeedsMeeting *meeting)
{
  g_autoptr(GPtrArray) scores = NULL;
  g_autoptr(GHashTable) per_person = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer count;

  scores = seeds_store_list_scores (fixture->db.store, seeds_meeting_get_id (meeting), &error);
  g_assert_no_error (error);

  for (guint i = 0; i < scores->len; i++)
    {
      const SeedsScore *score = g_ptr_array_index (scores, i);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (per_person, score->participant_id));

      g_hash_table_insert (per_person, score->participant_id, GUINT_TO_POINTER (n + 1));
    }

  g_hash_table_iter_init (&iter, per_person);
  while (g_hash_table_iter_next (&iter, NULL, &count))
    g_assert_cmpuint (GPOINTER_TO_UINT (count), ==, seeds_framework_get_n_factors (fixture->db.framework));

  return g_hash_table_size (per_person);
}

/* Import */

static void
on_progress (guint    n_done,
             guint    n_files,
             gpointer user_data)
{
  Fixture *fixture = user_data;

  g_assert_true (g_thread_self () == fixture->main_thread);
  g_assert_true (g_queue_is_empty (&fixture->results));
  g_assert_cmpuint (n_done, >=, fixture->last_done);
  g_assert_cmpuint (n_done, <=, n_files);

  fixture->n_progress++;
  fixture->last_done = n_done;
  fixture->last_total = n_files;

  if (fixture->cancel_at > 0 && n_done >= fixture->cancel_at)
    g_cancellable_cancel (fixture->cancellable);
}

static void
test_import (Fixture       *fixture,
             gconstpointer  data)
{
  g_auto(SeedsTestSample) sample = { 0 };
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *broken = NULL;
  static const SeedsImportOutcome outcomes[] = {
    SEEDS_IMPORT_ADDED, SEEDS_IMPORT_ADDED, SEEDS_IMPORT_ADDED, SEEDS_IMPORT_REJECTED,
  };

  seeds_test_sample_init (&sample, fixture->db.store, "Westland field lab", "Anna");
  g_ptr_array_add (files, write_card (fixture, sample.scored, sample.anna, NULL));
  g_ptr_array_add (files, write_card (fixture, sample.scored, sample.bram, NULL));
  g_ptr_array_add (files, write_card (fixture, sample.scored, NULL, "Cees"));
  broken = seeds_test_write_file (fixture->db.dir, "broken.seedscard", "{", -1);
  g_ptr_array_add (files, g_file_new_for_path (broken));
  fixture->db.n_changed = 0;
  fixture->changes = 0;

  seeds_session_import_files_async (fixture->session, (GFile **) files->pdata, files->len,
                                    on_progress, fixture, NULL, on_done, fixture);

  /* Nothing happens on this thread until the main loop runs */
  g_assert_cmpuint (fixture->db.n_changed, ==, 0);
  g_assert_cmpuint (fixture->n_progress, ==, 0);

  result = await_result (fixture);
  results = seeds_session_import_files_finish (fixture->session, result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, G_N_ELEMENTS (outcomes));
  for (guint i = 0; i < results->len; i++)
    {
      const SeedsImportResult *import = g_ptr_array_index (results, i);

      g_test_message ("%s: %s", import->name, import->message);
      g_assert_cmpint (import->outcome, ==, outcomes[i]);
    }

  /* The views were told once, on this thread, before the callback */
  g_assert_cmpuint (fixture->db.n_changed, ==, 1);
  g_assert_cmpuint (fixture->n_changed_at_result, ==, 1);
  g_assert_cmpuint (fixture->changes, ==, SEEDS_STORE_CHANGE_PARTICIPANTS | SEEDS_STORE_CHANGE_SCORES);

  g_assert_cmpuint (fixture->n_progress, >, 0);
  g_assert_cmpuint (fixture->last_done, ==, files->len);
  g_assert_cmpuint (fixture->last_total, ==, files->len);

  g_assert_cmpuint (count_whole_cards (fixture, sample.scored), ==, 3);
}

/* The importer stops between files: a cancel after the third card keeps
 * the three cards and none of the rest. */
static void
cancel_after (guint    n_done,
              guint    n_files,
              gpointer user_data)
{
  Fixture *fixture = user_data;

  if (n_done == fixture->cancel_at)
    g_cancellable_cancel (fixture->cancellable);
}

static void
test_importer_cancel (Fixture       *fixture,
                      gconstpointer  data)
{
  g_auto(SeedsTestSample) sample = { 0 };
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;

  seeds_test_sample_init (&sample, fixture->db.store, "Westland field lab", "Anna");
  files = write_newcomer_cards (fixture, sample.scored, 8);
  fixture->cancel_at = 3;

  results = seeds_importer_import_files_full (fixture->db.store, fixture->db.framework, NULL, NULL,
                                              (GFile **) files->pdata, files->len,
                                              cancel_after, fixture, fixture->cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (results);
  g_assert_cmpuint (count_whole_cards (fixture, sample.scored), ==, 3);
}

/* Cancelled in the middle, the session's import leaves every card whole
 * or out, and says it was cancelled. */
static void
test_import_cancel (Fixture       *fixture,
                    gconstpointer  data)
{
  g_auto(SeedsTestSample) sample = { 0 };
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  guint n_whole;

  seeds_test_sample_init (&sample, fixture->db.store, "Westland field lab", "Anna");
  files = write_newcomer_cards (fixture, sample.scored, 300);
  fixture->cancel_at = 1;
  fixture->db.n_changed = 0;

  seeds_session_import_files_async (fixture->session, (GFile **) files->pdata, files->len,
                                    on_progress, fixture, fixture->cancellable, on_done, fixture);
  result = await_result (fixture);
  results = seeds_session_import_files_finish (fixture->session, result, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (results);

  n_whole = count_whole_cards (fixture, sample.scored);
  g_test_message ("%u of %u cards imported before the cancel", n_whole, files->len);
  g_assert_cmpuint (n_whole, >=, 1);
  g_assert_cmpuint (n_whole, <, files->len);

  /* What was imported is told all the same. */
  g_assert_cmpuint (fixture->db.n_changed, ==, 1);
}

/* Cancelled before it starts, nothing changes. */
static void
test_import_cancelled_before (Fixture       *fixture,
                              gconstpointer  data)
{
  g_auto(SeedsTestSample) sample = { 0 };
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  seeds_test_sample_init (&sample, fixture->db.store, "Westland field lab", "Anna");
  files = write_newcomer_cards (fixture, sample.scored, 3);
  before = seeds_test_dump_database (fixture->db.path);
  fixture->db.n_changed = 0;

  g_cancellable_cancel (fixture->cancellable);
  seeds_session_import_files_async (fixture->session, (GFile **) files->pdata, files->len,
                                    NULL, NULL, fixture->cancellable, on_done, fixture);
  result = await_result (fixture);
  g_assert_null (seeds_session_import_files_finish (fixture->session, result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  after = seeds_test_dump_database (fixture->db.path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (fixture->db.n_changed, ==, 0);
}

/* Exports */

static SeedsCommunity *
generate (Fixture *fixture)
{
  return seeds_test_generate_community (fixture->db.store, fixture->db.framework, 3, 6, 42);
}

static GBytes *
export_csv (Fixture    *fixture,
            const char *community_id,
            GFile      *file)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  seeds_session_export_csv_async (fixture->session, community_id, file, NULL, on_done, fixture);
  result = await_result (fixture);
  bytes = seeds_session_export_csv_finish (fixture->session, result, &error);
  g_assert_no_error (error);

  return bytes;
}

static void
test_export_csv (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(SeedsCommunity) community = generate (fixture);
  const char *id = seeds_community_get_id (community);
  g_autofree char *path = seeds_test_write_file (fixture->db.dir, "scores.csv", "old", -1);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) expected = file_in (fixture, "expected.csv");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) all = NULL;
  g_autoptr(GBytes) all_expected = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GError) error = NULL;

  bytes = export_csv (fixture, id, file);
  g_assert_true (seeds_csv_export_to_file (fixture->db.store, fixture->db.framework, id, expected,
                                           &error));
  g_assert_no_error (error);
  assert_same_file (file, expected);
  saved = read_bytes (file);
  g_assert_true (g_bytes_equal (bytes, saved));

  /* Without a file, every community, only as the result */
  all = export_csv (fixture, NULL, NULL);
  all_expected = seeds_csv_export (fixture->db.store, fixture->db.framework, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (all, all_expected));
}

static void
test_export_json (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(SeedsCommunity) community = generate (fixture);
  const char *id = seeds_community_get_id (community);
  g_autoptr(GFile) file = file_in (fixture, "community.json");
  g_autoptr(GFile) expected = file_in (fixture, "expected.json");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  seeds_session_export_json_async (fixture->session, id, file, NULL, on_done, fixture);
  result = await_result (fixture);
  bytes = seeds_session_export_json_finish (fixture->session, result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);

  g_assert_true (seeds_community_export_json_to_file (fixture->db.store, id, expected, &error));
  g_assert_no_error (error);
  assert_same_file (file, expected);
}

static void
test_export_profile (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(SeedsCommunity) community = generate (fixture);
  g_autoptr(GFile) file = file_in (fixture, "lab.seedsprofile");
  g_autoptr(GFile) expected = file_in (fixture, "expected.seedsprofile");
  g_autoptr(GFile) refused = file_in (fixture, "refused.seedsprofile");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GAsyncResult) refused_result = NULL;
  g_autoptr(SeedsProfile) profile = NULL;
  g_autoptr(GError) error = NULL;

  seeds_session_export_profile_async (fixture->session, seeds_community_get_id (community),
                                      SEEDS_PROFILE_SHARE_CONTACT | SEEDS_PROFILE_SHARE_SCORES,
                                      file, NULL, on_done, fixture);
  result = await_result (fixture);
  profile = seeds_session_export_profile_finish (fixture->session, result, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_profile_get_community_id (profile), ==, seeds_community_get_id (community));
  g_assert_nonnull (seeds_profile_get_shared_results (profile));

  /* The profile is dated when it is made: the same one, saved as ever */
  g_assert_true (seeds_profile_save (profile, expected, &error));
  g_assert_no_error (error);
  assert_same_file (file, expected);

  /* A community that is not there: an error, and no file */
  seeds_session_export_profile_async (fixture->session, "no-such-community",
                                      SEEDS_PROFILE_SHARE_NONE, refused, NULL, on_done, fixture);
  refused_result = await_result (fixture);
  g_assert_null (seeds_session_export_profile_finish (fixture->session, refused_result, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_FOUND);
  g_assert_false (g_file_query_exists (refused, NULL));
}

/* Saving */

static void
test_save_invitation (Fixture       *fixture,
                      gconstpointer  data)
{
  g_auto(SeedsTestSample) sample = { 0 };
  g_autoptr(SeedsInvitation) invitation = NULL;
  g_autoptr(GFile) file = file_in (fixture, "invitation.seedsmeeting");
  g_autoptr(GFile) expected = file_in (fixture, "expected.seedsmeeting");
  g_autoptr(GFile) missing = file_in (fixture, "missing.seedsmeeting");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GAsyncResult) missing_result = NULL;
  g_autoptr(GError) error = NULL;

  seeds_test_sample_init (&sample, fixture->db.store, "Westland field lab", "Anna");

  seeds_session_save_invitation_async (fixture->session, seeds_meeting_get_id (sample.later), file,
                                       NULL, on_done, fixture);
  result = await_result (fixture);
  g_assert_true (seeds_session_save_invitation_finish (fixture->session, result, &error));
  g_assert_no_error (error);

  invitation = seeds_invitation_new_for_meeting (sample.community, sample.later);
  g_assert_true (seeds_invitation_save (invitation, expected, &error));
  g_assert_no_error (error);
  assert_same_file (file, expected);

  seeds_session_save_invitation_async (fixture->session, "no-such-meeting", missing, NULL,
                                       on_done, fixture);
  missing_result = await_result (fixture);
  g_assert_false (seeds_session_save_invitation_finish (fixture->session, missing_result, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_FOUND);
  g_assert_false (g_file_query_exists (missing, NULL));
}

static void
test_save_scorecard (Fixture       *fixture,
                     gconstpointer  data)
{
  g_auto(SeedsTestSample) sample = { 0 };
  g_autoptr(SeedsScorecard) card = NULL;
  g_autoptr(GFile) file = file_in (fixture, "anna.seedscard");
  g_autoptr(GFile) expected = file_in (fixture, "expected.seedscard");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  seeds_test_sample_init (&sample, fixture->db.store, "Westland field lab", "Anna");
  card = make_card (fixture, sample.scored, sample.anna, NULL);

  seeds_session_save_scorecard_async (fixture->session, card, file, NULL, on_done, fixture);
  g_assert_true (seeds_scorecard_save (card, expected, &error));
  g_assert_no_error (error);

  /* What the card holds when it is asked to be saved is saved. */
  seeds_scorecard_set_score (card, "1", SEEDS_SCORE_DONT_KNOW, "changed later");

  result = await_result (fixture);
  g_assert_true (seeds_session_save_scorecard_finish (fixture->session, result, &error));
  g_assert_no_error (error);
  assert_same_file (file, expected);
}

/* The review */

typedef struct
{
  SeedsTestSample  sample;
  SeedsNextStep   *steps[3];
} Review;

static void
review_init (Review  *review,
             Fixture *fixture)
{
  SeedsStore *store = fixture->db.store;

  seeds_test_sample_init (&review->sample, store, "Westland field lab", "Anna");
  review->steps[0] = seeds_test_add_step (store, review->sample.scored, "1", "Visit the lab", "", NULL);
  review->steps[1] = seeds_test_add_step (store, review->sample.scored, "5", "Write a vision", "", NULL);
  review->steps[2] = seeds_test_add_step (store, review->sample.scored, "8", "Call the press", "", NULL);
}

static void
review_clear (Review *review)
{
  for (guint i = 0; i < G_N_ELEMENTS (review->steps); i++)
    g_clear_object (&review->steps[i]);
  seeds_test_sample_clear (&review->sample);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Review, review_clear)

static gboolean
save_review (Fixture  *fixture,
             Review   *review,
             GError  **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  SeedsReviewDecision decisions[] = {
    { seeds_next_step_get_id (review->steps[0]), SEEDS_REVIEW_DONE },
    { seeds_next_step_get_id (review->steps[1]), SEEDS_REVIEW_CARRIED },
    { seeds_next_step_get_id (review->steps[2]), SEEDS_REVIEW_DROPPED },
  };

  seeds_session_save_review_async (fixture->session, seeds_meeting_get_id (review->sample.later),
                                   decisions, G_N_ELEMENTS (decisions), NULL, on_done, fixture);
  result = await_result (fixture);

  return seeds_session_save_review_finish (fixture->session, result, error);
}

static void
test_review (Fixture       *fixture,
             gconstpointer  data)
{
  g_auto(Review) review = { 0 };
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GError) error = NULL;
  static const SeedsNextStepStatus statuses[] = {
    SEEDS_NEXT_STEP_DONE, SEEDS_NEXT_STEP_OPEN, SEEDS_NEXT_STEP_DROPPED,
  };

  review_init (&review, fixture);
  fixture->db.n_changed = 0;
  fixture->changes = 0;

  g_assert_true (save_review (fixture, &review, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->db.n_changed, ==, 1);
  g_assert_cmpuint (fixture->n_changed_at_result, ==, 1);
  /* The review and the step done earn team points in the same job. */
  g_assert_cmpuint (fixture->changes, ==,
                    SEEDS_STORE_CHANGE_NEXT_STEPS | SEEDS_STORE_CHANGE_POINTS);

  steps = seeds_store_list_next_steps (fixture->db.store, seeds_community_get_id (review.sample.community),
                                       NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (steps->len, ==, 3);
  for (guint i = 0; i < steps->len; i++)
    {
      SeedsNextStep *step = g_ptr_array_index (steps, i);

      g_assert_cmpstr (seeds_next_step_get_id (step), ==, seeds_next_step_get_id (review.steps[i]));
      g_assert_cmpint (seeds_next_step_get_status (step), ==, statuses[i]);
      g_assert_cmpstr (seeds_next_step_get_reviewed_in (step), ==, seeds_meeting_get_id (review.sample.later));
    }
}

/* A review that cannot be saved whole is not saved at all: the third
 * step's update is refused once the first two are written. */
static void
test_review_all_or_nothing (Fixture       *fixture,
                            gconstpointer  data)
{
  g_auto(Review) review = { 0 };
  g_autofree char *trigger = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  review_init (&review, fixture);

  trigger = g_strdup_printf ("CREATE TRIGGER refuse BEFORE UPDATE ON next_steps "
                             "WHEN OLD.id = '%s' "
                             "BEGIN SELECT RAISE (ABORT, 'refused by the test'); END;",
                             seeds_next_step_get_id (review.steps[2]));
  seeds_test_exec (fixture->db.path, trigger);

  before = seeds_test_dump_database (fixture->db.path);
  fixture->db.n_changed = 0;

  g_assert_false (save_review (fixture, &review, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_FAILED);
  g_test_message ("%s", error->message);

  after = seeds_test_dump_database (fixture->db.path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (fixture->db.n_changed, ==, 0);
}

/* Who is absent */

/* What seeds-window.c worked out before: the members not among the
 * attendees, in the order of the members */
static GPtrArray *
absent_as_before (Fixture      *fixture,
                  SeedsMeeting *meeting)
{
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(GHashTable) present = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  GPtrArray *absent = g_ptr_array_new_with_free_func (g_object_unref);

  members = seeds_store_list_participants (fixture->db.store, seeds_meeting_get_community_id (meeting), &error);
  g_assert_no_error (error);
  attendees = seeds_store_list_attendees (fixture->db.store, seeds_meeting_get_id (meeting), &error);
  g_assert_no_error (error);

  for (guint i = 0; i < attendees->len; i++)
    g_hash_table_add (present, (char *) seeds_participant_get_id (g_ptr_array_index (attendees, i)));

  for (guint i = 0; i < members->len; i++)
    if (!g_hash_table_contains (present, seeds_participant_get_id (g_ptr_array_index (members, i))))
      g_ptr_array_add (absent, g_object_ref (g_ptr_array_index (members, i)));

  return absent;
}

static GPtrArray *
list_absent (Fixture      *fixture,
             const char   *meeting_id,
             GError      **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  seeds_session_list_absent_members_async (fixture->session, meeting_id, NULL, on_done, fixture);
  result = await_result (fixture);

  return seeds_session_list_absent_members_finish (fixture->session, result, error);
}

static void
assert_absent (Fixture      *fixture,
               SeedsMeeting *meeting,
               guint         n_absent)
{
  g_autoptr(GPtrArray) absent = NULL;
  g_autoptr(GPtrArray) expected = absent_as_before (fixture, meeting);
  g_autoptr(GError) error = NULL;

  absent = list_absent (fixture, seeds_meeting_get_id (meeting), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (absent->len, ==, n_absent);
  g_assert_cmpuint (absent->len, ==, expected->len);

  for (guint i = 0; i < absent->len; i++)
    g_assert_cmpstr (seeds_participant_get_id (g_ptr_array_index (absent, i)), ==,
                     seeds_participant_get_id (g_ptr_array_index (expected, i)));
}

static void
test_absent_members (Fixture       *fixture,
                     gconstpointer  data)
{
  g_auto(SeedsTestSample) sample = { 0 };
  g_auto(SeedsTestSample) other = { 0 };
  g_autoptr(SeedsParticipant) cees = NULL;
  g_autoptr(GPtrArray) absent = NULL;
  g_autoptr(GError) error = NULL;

  seeds_test_sample_init (&sample, fixture->db.store, "Westland field lab", "Anna");
  seeds_test_sample_init (&other, fixture->db.store, "Delft water lab", "Anouk");
  cees = seeds_store_add_participant (fixture->db.store, seeds_meeting_get_id (sample.later),
                                      "Cees", "", SEEDS_PARTNER_GOVERNMENT, &error);
  g_assert_no_error (error);

  assert_absent (fixture, sample.scored, 1);
  assert_absent (fixture, sample.later, 2);
  assert_absent (fixture, other.later, 2);

  absent = list_absent (fixture, "no-such-meeting", &error);
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_FOUND);
  g_assert_null (absent);
}

/* Results by partner type */

static void
assert_same_stats (const SeedsFactorStats *a,
                   const SeedsFactorStats *b)
{
  for (guint v = 0; v < G_N_ELEMENTS (a->counts); v++)
    g_assert_cmpuint (a->counts[v], ==, b->counts[v]);
  g_assert_cmpuint (a->n, ==, b->n);
  g_assert_cmpuint (a->dont_know, ==, b->dont_know);
  g_assert_cmpuint (a->sum, ==, b->sum);
  g_assert_cmpfloat (a->mean, ==, b->mean);
  g_assert_cmpuint (a->mean10, ==, b->mean10);
  g_assert_cmpfloat (a->spread, ==, b->spread);
  g_assert_cmpint (a->band, ==, b->band);
  g_assert_cmpint (a->disagreement, ==, b->disagreement);
}

/* What seeds-overview-page.c worked out before, for one partner type */
static SeedsMeetingSummary *
summary_as_before (Fixture          *fixture,
                   const char       *meeting_id,
                   SeedsPartnerType  type)
{
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(GPtrArray) scores = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;

  attendees = seeds_store_list_attendees (fixture->db.store, meeting_id, &error);
  g_assert_no_error (error);
  scores = seeds_store_list_scores (fixture->db.store, meeting_id, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < attendees->len; i++)
    {
      SeedsParticipant *participant = g_ptr_array_index (attendees, i);

      if (seeds_participant_get_partner_type (participant) == type)
        g_hash_table_add (ids, (char *) seeds_participant_get_id (participant));
    }

  return seeds_meeting_summary_new_for (fixture->db.framework, scores, ids);
}

static void
test_partner_types (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) summaries = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  const char *meeting_id;
  guint n_scored = 0;

  community = seeds_test_generate_community (fixture->db.store, fixture->db.framework, 2, 12, 7);
  meetings = seeds_store_list_meetings (fixture->db.store, seeds_community_get_id (community), &error);
  g_assert_no_error (error);
  meeting_id = seeds_meeting_get_id (g_ptr_array_index (meetings, 0));

  seeds_session_load_results_by_partner_type_async (fixture->session, meeting_id, NULL, on_done,
                                                    fixture);
  result = await_result (fixture);
  summaries = seeds_session_load_results_by_partner_type_finish (fixture->session, result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summaries->len, ==, SEEDS_N_PARTNER_TYPES);

  for (int type = 0; type < SEEDS_N_PARTNER_TYPES; type++)
    {
      SeedsMeetingSummary *summary = g_ptr_array_index (summaries, type);
      g_autoptr(SeedsMeetingSummary) expected = summary_as_before (fixture, meeting_id, type);

      g_assert_cmpuint (seeds_meeting_summary_get_n_participants (summary), ==,
                        seeds_meeting_summary_get_n_participants (expected));
      n_scored += seeds_meeting_summary_get_n_participants (summary);

      for (guint f = 0; f < seeds_framework_get_n_factors (fixture->db.framework); f++)
        assert_same_stats (seeds_meeting_summary_get_stats (summary, f),
                           seeds_meeting_summary_get_stats (expected, f));
    }

  /* Twelve people, of every type */
  g_assert_cmpuint (n_scored, ==, 12);
}

/* The steps a new meeting reviews, read on the worker */
static void
test_steps_to_review (Fixture       *fixture,
                      gconstpointer  data)
{
  g_auto(Review) review = { 0 };
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(GError) error = NULL;

  review_init (&review, fixture);
  expected = seeds_store_list_steps_to_review (fixture->db.store,
                                               seeds_meeting_get_id (review.sample.later), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (expected->len, ==, 3);

  seeds_session_list_steps_to_review_async (fixture->session, seeds_meeting_get_id (review.sample.later),
                                            NULL, on_done, fixture);
  result = await_result (fixture);
  steps = seeds_session_list_steps_to_review_finish (fixture->session, result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (steps->len, ==, expected->len);
  for (guint i = 0; i < steps->len; i++)
    g_assert_cmpstr (seeds_next_step_get_id (g_ptr_array_index (steps, i)), ==,
                     seeds_next_step_get_id (g_ptr_array_index (expected, i)));
}

/* Printing to PDF */

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names in the fixture's folder, sorted, joined with spaces */
static char *
list_folder (Fixture *fixture)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->db.dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

/* The process's language, which the worker must leave alone */
static char *
process_language (void)
{
  return g_strdup_printf ("%s %s", setlocale (LC_MESSAGES, NULL), g_getenv ("LANGUAGE"));
}

/* The report in Dutch from an English session: the file is the report
 * the main thread would make, and the process keeps its language. */
static void
test_export_report (Fixture       *fixture,
                    gconstpointer  data)
{
  g_auto(Review) review = { 0 };
  g_autoptr(GFile) file = file_in (fixture, "report.pdf");
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(SeedsMeetingReport) expected = NULL;
  g_autoptr(GBytes) expected_pdf = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autofree char *language = process_language ();
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  double width, height;
  guint n_pages;

  review_init (&review, fixture);
  seeds_session_export_report_async (fixture->session, seeds_meeting_get_id (review.sample.scored), "nl",
                                     file, NULL, on_done, fixture);
  result = await_result (fixture);
  g_assert_true (seeds_session_export_report_finish (fixture->session, result, &error));
  g_assert_no_error (error);

  expected = seeds_meeting_report_new (fixture->db.store, review.sample.scored, "nl", &error);
  g_assert_no_error (error);
  expected_pdf = seeds_meeting_report_to_pdf (expected, &error);
  g_assert_no_error (error);

  seeds_test_pdf_info (path, &n_pages, &width, &height);
  g_assert_cmpuint (n_pages, ==, seeds_meeting_report_get_n_pages (expected));
  g_assert_cmpuint (n_pages, >=, 1);
  g_assert_cmpfloat_with_epsilon (width, 595.28, 0.5);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.5);
  seeds_test_assert_titles (path, "nl");
  text = seeds_test_pdf_text (path);
  seeds_test_assert_has (text, "Vervolgstappen", path);
  seeds_test_assert_has (text, "Visit the lab", path);

  {
    g_autofree char *after = process_language ();

    g_assert_cmpstr (after, ==, language);
  }

  /* A meeting that is not there is said, and saves nothing */
  g_clear_object (&result);
  g_object_unref (file);
  file = file_in (fixture, "missing.pdf");
  seeds_session_export_report_async (fixture->session, "00000000-0000-4000-8000-000000000000", "en",
                                     file, NULL, on_done, fixture);
  result = await_result (fixture);
  g_assert_false (seeds_session_export_report_finish (fixture->session, result, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_query_exists (file, NULL));
}

static void
on_result (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Returns: (transfer full): the result of what was started with
 * on_result() and @result as its data */
static GAsyncResult *
await (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return g_steal_pointer (result);
}

static gboolean
export_poster (SeedsSession  *session,
               const char    *language,
               SeedsPaper     paper,
               gboolean       landscape,
               GFile         *file,
               GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  GAsyncResult *out = NULL;

  seeds_session_export_poster_async (session, NULL, language, NULL, paper, landscape, file, NULL,
                                     on_result, &out);
  result = await (&out);

  return seeds_session_export_poster_finish (session, result, error);
}

/* The poster needs no database: a session without one makes it too, and
 * refuses what needs one. */
static void
test_export_poster (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(SeedsSession) storeless = seeds_session_new (NULL, fixture->db.framework);
  g_autoptr(GFile) a1 = file_in (fixture, "poster-a1.pdf");
  g_autoptr(GFile) a4 = file_in (fixture, "poster-a4.pdf");
  g_autoptr(GFile) french = file_in (fixture, "poster-fr.pdf");
  g_autofree char *a1_path = g_file_get_path (a1);
  g_autofree char *a4_path = g_file_get_path (a4);
  g_autoptr(GAsyncResult) result = NULL;
  GAsyncResult *out = NULL;
  g_autoptr(GError) error = NULL;
  double width, height;

  g_assert_true (export_poster (fixture->session, "nl", SEEDS_PAPER_A1, TRUE, a1, &error));
  g_assert_no_error (error);
  seeds_paper_get_size (SEEDS_PAPER_A1, TRUE, &width, &height);
  g_assert_cmpfloat (width, >, height);
  seeds_test_assert_page (a1_path, width, height);
  seeds_test_assert_titles (a1_path, "nl");

  g_assert_true (export_poster (storeless, "en", SEEDS_PAPER_A4, FALSE, a4, &error));
  g_assert_no_error (error);
  seeds_paper_get_size (SEEDS_PAPER_A4, FALSE, &width, &height);
  seeds_test_assert_page (a4_path, width, height);
  seeds_test_assert_titles (a4_path, "en");

  g_assert_false (export_poster (storeless, "fr", SEEDS_PAPER_A2, FALSE, french, &error));
  g_assert_error (error, SEEDS_LANGUAGE_ERROR, SEEDS_LANGUAGE_ERROR_UNSUPPORTED);
  g_clear_error (&error);
  g_assert_false (g_file_query_exists (french, NULL));

  g_assert_true (seeds_session_export_poster (storeless, "nl", NULL, SEEDS_PAPER_A3, FALSE, french, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_query_exists (french, NULL));

  seeds_session_export_csv_async (storeless, NULL, NULL, NULL, on_result, &out);
  result = await (&out);
  g_assert_null (seeds_session_export_csv_finish (storeless, result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  g_clear_object (&result);
  seeds_session_close (storeless);
  g_assert_true (seeds_session_is_idle (storeless));
  g_assert_finalize_object (g_steal_pointer (&storeless));
}

/* Cancelled, a document is not saved, and leaves no file of its own:
 * the file that was there stays as it was. */
static void
test_export_cancel (Fixture       *fixture,
                    gconstpointer  data)
{
  g_auto(SeedsTestSample) sample = { 0 };
  g_autofree char *report_path = seeds_test_write_file (fixture->db.dir, "report.pdf", "old", -1);
  g_autoptr(GFile) report = g_file_new_for_path (report_path);
  g_autoptr(GFile) poster = file_in (fixture, "poster.pdf");
  g_autoptr(GAsyncResult) first = NULL;
  g_autoptr(GAsyncResult) second = NULL;
  g_autoptr(GBytes) kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  seeds_test_sample_init (&sample, fixture->db.store, "Westland field lab", "Anna");
  before = list_folder (fixture);

  seeds_session_export_poster_async (fixture->session, NULL, "en", NULL, SEEDS_PAPER_A1, FALSE, poster,
                                     fixture->cancellable, on_done, fixture);
  seeds_session_export_report_async (fixture->session, seeds_meeting_get_id (sample.scored), "en",
                                     report, fixture->cancellable, on_done, fixture);
  g_cancellable_cancel (fixture->cancellable);

  first = await_result (fixture);
  g_assert_false (seeds_session_export_poster_finish (fixture->session, first, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  second = await_result (fixture);
  g_assert_false (seeds_session_export_report_finish (fixture->session, second, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  after = list_folder (fixture);
  g_assert_cmpstr (after, ==, before);
  kept = read_bytes (report);
  g_assert_cmpmem (g_bytes_get_data (kept, NULL), g_bytes_get_size (kept), "old", 3);
}

/* The worker */

/* Jobs run one after the other, in the order they came. */
static void
test_order (Fixture       *fixture,
            gconstpointer  data)
{
  g_auto(SeedsTestSample) sample = { 0 };
  g_autoptr(GFile) card = NULL;
  g_autoptr(GAsyncResult) first = NULL;
  g_autoptr(GAsyncResult) import = NULL;
  g_autoptr(GAsyncResult) last = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;

  seeds_test_sample_init (&sample, fixture->db.store, "Westland field lab", "Anna");
  card = write_card (fixture, sample.scored, NULL, "Cees");

  seeds_session_export_csv_async (fixture->session, NULL, NULL, NULL, on_done, fixture);
  seeds_session_import_files_async (fixture->session, &card, 1, NULL, NULL, NULL, on_done, fixture);
  seeds_session_export_csv_async (fixture->session, NULL, NULL, NULL, on_done, fixture);

  first = await_result (fixture);
  import = await_result (fixture);
  last = await_result (fixture);

  before = seeds_session_export_csv_finish (fixture->session, first, &error);
  g_assert_no_error (error);
  results = seeds_session_import_files_finish (fixture->session, import, &error);
  g_assert_no_error (error);
  after = seeds_session_export_csv_finish (fixture->session, last, &error);
  g_assert_no_error (error);

  g_assert_null (g_strstr_len (g_bytes_get_data (before, NULL), g_bytes_get_size (before), "Cees"));
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (after, NULL), g_bytes_get_size (after), "Cees"));
}

/* How many files of this process are the database */
static guint
count_connections (const char *path)
{
  g_autofree char *real_path = realpath (path, NULL);
  g_autoptr(GDir) fds = g_dir_open ("/proc/self/fd", 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (real_path);
  g_assert_nonnull (fds);

  while ((name = g_dir_read_name (fds)) != NULL)
    {
      g_autofree char *fd_path = g_build_filename ("/proc/self/fd", name, NULL);
      g_autofree char *target = g_file_read_link (fd_path, NULL);

      n += g_strcmp0 (target, real_path) == 0;
    }

  return n;
}

/* The worker opens its own connection with its first job and keeps it;
 * closing the session cancels what is waiting, and closes it. */
static void
test_close (Fixture       *fixture,
            gconstpointer  data)
{
  g_auto(SeedsTestSample) sample = { 0 };
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GAsyncResult) import = NULL;
  g_autoptr(GAsyncResult) export = NULL;
  g_autoptr(GAsyncResult) late = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  seeds_test_sample_init (&sample, fixture->db.store, "Westland field lab", "Anna");
  files = write_newcomer_cards (fixture, sample.scored, 100);
  g_assert_cmpuint (count_connections (fixture->db.path), ==, 1);

  bytes = export_csv (fixture, NULL, NULL);
  g_assert_cmpuint (count_connections (fixture->db.path), ==, 2);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = export_csv (fixture, NULL, NULL);
  g_assert_cmpuint (count_connections (fixture->db.path), ==, 2);

  seeds_session_import_files_async (fixture->session, (GFile **) files->pdata, files->len,
                                    NULL, NULL, NULL, on_done, fixture);
  seeds_session_export_csv_async (fixture->session, NULL, NULL, NULL, on_done, fixture);
  seeds_session_close (fixture->session);

  import = await_result (fixture);
  g_assert_null (seeds_session_import_files_finish (fixture->session, import, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_cmpuint (count_whole_cards (fixture, sample.scored), <, files->len);

  export = await_result (fixture);
  g_assert_null (seeds_session_export_csv_finish (fixture->session, export, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  seeds_session_export_csv_async (fixture->session, NULL, NULL, NULL, on_done, fixture);
  late = await_result (fixture);
  g_assert_null (seeds_session_export_csv_finish (fixture->session, late, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CLOSED);
  g_clear_error (&error);

  /* SQLite keeps the file of a closed connection open while another of
   * the process uses it; once the main one is closed too, none is left. */
  g_clear_object (&late);
  g_clear_object (&export);
  g_clear_object (&import);
  seeds_test_sample_clear (&sample);
  g_assert_finalize_object (g_steal_pointer (&fixture->session));
  g_signal_handlers_disconnect_by_data (fixture->db.store, fixture);
  g_assert_finalize_object (g_steal_pointer (&fixture->db.store));
  g_assert_cmpuint (count_connections (fixture->db.path), ==, 0);

  fixture->db.store = seeds_store_open (fixture->db.path, &error);
  g_assert_no_error (error);
}

/* The command line's way: the use case waited for */
static void
test_blocking (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GError) error = NULL;

  g_object_unref (generate (fixture));
  fixture->db.n_changed = 0;
  bytes = seeds_session_export_json (fixture->session, NULL, NULL, &error);
  g_assert_no_error (error);
  expected = seeds_community_export_json (fixture->db.store, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (bytes, expected));

  /* Nothing is left for the main loop. */
  g_assert_false (g_main_context_pending (NULL));
  g_assert_cmpuint (fixture->db.n_changed, ==, 0);
}

/* The worker's connection trusts that the file was checked. */
static void
test_open_checked (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(SeedsStore) other = NULL;
  g_autoptr(SeedsStore) missing = NULL;
  g_autoptr(GPtrArray) communities = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *missing_path = g_build_filename (fixture->db.dir, "missing.db", NULL);

  community = seeds_store_add_community (fixture->db.store, "Westland field lab", &error);
  g_assert_no_error (error);

  other = seeds_store_open_checked (fixture->db.path, &error);
  g_assert_no_error (error);
  communities = seeds_store_list_communities (other, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (communities->len, ==, 1);

  missing = seeds_store_open_checked (missing_path, &error);
  g_assert_null (missing);
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_FAILED);
  g_assert_false (g_file_test (missing_path, G_FILE_TEST_EXISTS));
}

/* Live answers */

static SeedsParticipant *
submit_live (Fixture         *fixture,
             SeedsScorecard  *card,
             gboolean        *replaced,
             GError         **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  seeds_session_submit_live_answer_async (fixture->session, card, NULL, on_done, fixture);
  result = await_result (fixture);

  return seeds_session_submit_live_answer_finish (fixture->session, result, replaced, error);
}

/* Answers found by name never replace what someone else gave under that
 * name in the meeting; found by id, they replace the participant's own. */
static void
test_live_answer (Fixture       *fixture,
                  gconstpointer  data)
{
  g_auto(SeedsTestSample) sample = { 0 };
  g_autoptr(SeedsScorecard) newcomer = NULL;
  g_autoptr(SeedsScorecard) again = NULL;
  g_autoptr(SeedsScorecard) impostor = NULL;
  g_autoptr(SeedsScorecard) broken = NULL;
  g_autoptr(SeedsParticipant) first = NULL;
  g_autoptr(SeedsParticipant) second = NULL;
  g_autoptr(SeedsParticipant) refused = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gboolean replaced = TRUE;

  seeds_test_sample_init (&sample, fixture->db.store, "Westland field lab", "Anna");

  newcomer = make_card (fixture, sample.later, NULL, "Carla");
  first = submit_live (fixture, newcomer, &replaced, &error);
  g_assert_no_error (error);
  g_assert_false (replaced);
  g_assert_true (fixture->changes & SEEDS_STORE_CHANGE_SCORES);
  g_assert_cmpuint (count_whole_cards (fixture, sample.later), ==, 1);

  /* Changed answers, with the id the first became: the same participant */
  again = make_card (fixture, sample.later, first, NULL);
  seeds_scorecard_set_score (again, "1", SEEDS_SCORE_DONT_KNOW, NULL);
  second = submit_live (fixture, again, &replaced, &error);
  g_assert_no_error (error);
  g_assert_true (replaced);
  g_assert_cmpstr (seeds_participant_get_id (second), ==, seeds_participant_get_id (first));
  g_assert_cmpuint (count_whole_cards (fixture, sample.later), ==, 1);

  /* Someone else who types her name changes nothing */
  before = seeds_test_dump_database (fixture->db.path);
  impostor = make_card (fixture, sample.later, NULL, "carla");
  refused = submit_live (fixture, impostor, NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CONFLICT);
  g_clear_error (&error);

  /* A card the reader of card files refuses: a factor it does not have */
  broken = make_card (fixture, sample.later, NULL, "Dirk");
  seeds_scorecard_set_score (broken, "13", 3, NULL);
  g_assert_null (submit_live (fixture, broken, NULL, &error));
  g_assert_error (error, SEEDS_EXCHANGE_ERROR, SEEDS_EXCHANGE_ERROR_INVALID);

  after = seeds_test_dump_database (fixture->db.path);
  g_assert_cmpstr (before, ==, after);
}

int
main (int   argc,
      char *argv[])
{
  seeds_test_init_gettext ();
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/session/import", test_import);
  ADD ("/session/import/cancel", test_import_cancel);
  ADD ("/session/import/cancelled-before", test_import_cancelled_before);
  ADD ("/session/importer/cancel", test_importer_cancel);
  ADD ("/session/export/csv", test_export_csv);
  ADD ("/session/export/json", test_export_json);
  ADD ("/session/export/profile", test_export_profile);
  ADD ("/session/save/invitation", test_save_invitation);
  ADD ("/session/save/scorecard", test_save_scorecard);
  ADD ("/session/review", test_review);
  ADD ("/session/review/all-or-nothing", test_review_all_or_nothing);
  ADD ("/session/absent-members", test_absent_members);
  ADD ("/session/partner-types", test_partner_types);
  ADD ("/session/steps-to-review", test_steps_to_review);
  ADD ("/session/export/report", test_export_report);
  ADD ("/session/export/poster", test_export_poster);
  ADD ("/session/export/cancel", test_export_cancel);
  ADD ("/session/order", test_order);
  ADD ("/session/close", test_close);
  ADD ("/session/blocking", test_blocking);
  ADD ("/session/open-checked", test_open_checked);
  ADD ("/session/live-answer", test_live_answer);

#undef ADD

  return g_test_run ();
}
