/* test-store-migrations.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <grp.h>
#include <locale.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "store/seeds-store.h"
#include "store/seeds-store-backup.h"
#include "store/seeds-store-schema.h"
#include "seeds-test-full-disk.h"
#include "seeds-test-util.h"

#define UNPRIVILEGED_ID 65534  /* nobody */

/* Helpers */

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("seeds-migrations-XXXXXX", &error);

  g_assert_no_error (error);

  return dir;
}

/* A database of the latest version with a little data, closed. */
static void
create_store_file (const char *path,
                   guint       n_communities)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsStore) store = seeds_store_open (path, &error);

  g_assert_no_error (error);

  for (guint i = 0; i < n_communities; i++)
    {
      g_autofree char *name = g_strdup_printf ("Community %u %s", i, "🌱 with a name long "
                                               "enough to fill pages of the database quickly");
      g_autoptr(SeedsCommunity) community = seeds_store_add_community (store, name, &error);

      g_assert_no_error (error);
      g_assert_nonnull (community);
    }
}

static void
assert_refused (const char      *path,
                SeedsStoreError  code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsStore) store = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *before = seeds_test_checksum_file (path);
  g_autofree char *files_before = seeds_test_list_folder (dir);
  g_autofree char *after = NULL;
  g_autofree char *files_after = NULL;
  g_autofree char *name = g_path_get_basename (path);

  store = seeds_store_open (path, &error);
  g_assert_error (error, SEEDS_STORE_ERROR, (int) code);
  g_assert_null (store);
  g_test_message ("Refused as expected: %s", error->message);
  /* The message names the file. */
  g_assert_nonnull (strstr (error->message, name));

  after = seeds_test_checksum_file (path);
  g_assert_cmpstr (before, ==, after);
  files_after = seeds_test_list_folder (dir);
  g_assert_cmpstr (files_before, ==, files_after);
}

/* Healthy, of the latest version and ours */
static void
assert_healthy (const char *path)
{
  seeds_test_assert_healthy (path);
  g_assert_cmpint (seeds_test_query_int (path, "PRAGMA user_version", NULL), ==,
                   seeds_store_schema_get_latest_version ());
  g_assert_cmpint (seeds_test_query_int (path, "PRAGMA application_id", NULL), ==,
                   SEEDS_STORE_APPLICATION_ID);
}

/* Migrations: rows that each version of the schema can hold, and how to
 * find them back at the latest version. A new migration step adds an entry
 * for the version it starts from. */

#define C1 "0c7f3a56-4a3b-4d5e-9f10-000000000001"
#define M1 "0c7f3a56-4a3b-4d5e-9f10-000000000002"
#define M2 "0c7f3a56-4a3b-4d5e-9f10-000000000003"
#define P1 "0c7f3a56-4a3b-4d5e-9f10-000000000004"
#define P2 "0c7f3a56-4a3b-4d5e-9f10-000000000005"
#define S1 "0c7f3a56-4a3b-4d5e-9f10-000000000006"
#define S2 "0c7f3a56-4a3b-4d5e-9f10-000000000007"
#define C2 "0c7f3a56-4a3b-4d5e-9f10-000000000008"
#define M3 "0c7f3a56-4a3b-4d5e-9f10-000000000009"
#define M4 "0c7f3a56-4a3b-4d5e-9f10-00000000000a"
#define S3 "0c7f3a56-4a3b-4d5e-9f10-00000000000b"
#define C3 "0c7f3a56-4a3b-4d5e-9f10-00000000000c"
#define C4 "0c7f3a56-4a3b-4d5e-9f10-00000000000d"

#define ROWS_V1 \
  "INSERT INTO communities (id, name, created_at, updated_at) " \
  "  VALUES ('" C1 "', 'Greenport <b>&amp;</b> 🌱🍅', 1764000000, 1764000000);" \
  "INSERT INTO meetings (id, community_id, framework_id, date, title, notes, created_at," \
  "                      updated_at) " \
  "  VALUES ('" M1 "', '" C1 "', 'greenport', '2025-11-28', 'Kick-off', 'Line 1\nLine 2'," \
  "          1764000000, 1764000000)," \
  "         ('" M2 "', '" C1 "', 'greenport', '2026-02-01', 'Follow-up', ''," \
  "          1764000100, 1764000100);" \
  "INSERT INTO participants (id, community_id, name, organisation, partner_type, created_at," \
  "                          updated_at) " \
  "  VALUES ('" P1 "', '" C1 "', 'Anna', 'Hogeschool', 'education', 1764000000, 1764000000)," \
  "         ('" P2 "', '" C1 "', 'Bram', '', 'company', 1764000000, 1764000000);" \
  "INSERT INTO attendance (meeting_id, participant_id) " \
  "  VALUES ('" M1 "', '" P1 "'), ('" M1 "', '" P2 "'), ('" M2 "', '" P1 "');" \
  "INSERT INTO scores (meeting_id, participant_id, factor_id, value, comment, updated_at) " \
  "  VALUES ('" M1 "', '" P1 "', 'f1', 4, 'Going well', 1764000000)," \
  "         ('" M1 "', '" P2 "', 'f1', NULL, '', 1764000000)," \
  "         ('" M2 "', '" P1 "', 'f12', 2, '', 1764000100);" \
  "INSERT INTO next_steps (id, meeting_id, factor_id, text, owner, due_date, status, created_at," \
  "                        updated_at) " \
  "  VALUES ('" S1 "', '" M1 "', 'f1', 'Visit a greenhouse', 'Anna', '2026-01-15', 'done'," \
  "          1764000000, 1764000000)," \
  "         ('" S2 "', '" M2 "', 'f12', 'Look wider', '', NULL, 'open', 1764000100," \
  "          1764000100);"

static const char rows_v1[] = ROWS_V1;

/* Version 2: the rows of version 1, a review, and a community that met
 * with the poster once and then reviewed its step. */
#define ROWS_V2 \
  ROWS_V1 \
  "UPDATE next_steps SET reviewed_in = '" M2 "' WHERE id = '" S1 "';" \
  "INSERT INTO communities (id, name, created_at, updated_at) " \
  "  VALUES ('" C2 "', 'Poster lab', 1764000000, 1764000000);" \
  "INSERT INTO meetings (id, community_id, framework_id, kind, date, title, created_at," \
  "                      updated_at) " \
  "  VALUES ('" M3 "', '" C2 "', 'greenport', 'poster', '2026-03-01', 'Open day'," \
  "          1764000200, 1764000200)," \
  "         ('" M4 "', '" C2 "', 'greenport', 'scores', '2026-04-01', 'Round 2'," \
  "          1764000300, 1764000300);" \
  "INSERT INTO tallies (meeting_id, factor_id, value, count) " \
  "  VALUES ('" M3 "', 'f4', 0, 2), ('" M3 "', 'f4', 3, 5), ('" M3 "', 'f4', 5, 1)," \
  "         ('" M3 "', 'f12', 1, 3);" \
  "INSERT INTO next_steps (id, meeting_id, factor_id, text, owner, due_date, status, created_at," \
  "                        updated_at, reviewed_in) " \
  "  VALUES ('" S3 "', '" M3 "', 'f4', 'Share results', '', NULL, 'open', 1764000200," \
  "          1764000300, '" M4 "');"

static const char rows_v2[] = ROWS_V2;

/* Version 0 is an empty database: nothing to put in, and nothing comes out. */
static void
check_empty (SeedsStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) communities = seeds_store_list_communities (store, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (communities->len, ==, 0);
}

/* Version 4: nobody in C1 has a role, and it has no points, rewards or
 * brilliant failures. */
static void
check_community_page_v3 (SeedsStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) participants = seeds_store_list_participants (store, C1, &error);
  g_autoptr(GPtrArray) ledger = NULL;
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GPtrArray) rewards = NULL;
  gint64 balance = -1;

  g_assert_no_error (error);
  for (guint i = 0; i < participants->len; i++)
    g_assert_null (seeds_participant_get_role (g_ptr_array_index (participants, i)));

  ledger = seeds_store_list_ledger (store, C1, &balance, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ledger->len, ==, 0);
  g_assert_cmpint (balance, ==, 0);
  rewards = seeds_store_list_rewards (store, C1, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rewards->len, ==, 0);
  failures = seeds_store_list_failures (store, C1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (failures->len, ==, 0);
}

static void
check_v1 (SeedsStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(GPtrArray) scores = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GPtrArray) tallies = NULL;
  g_autoptr(GPtrArray) review = NULL;
  SeedsMeeting *meeting;
  SeedsParticipant *participant;
  SeedsNextStep *step;
  SeedsScore *score;

  community = seeds_store_get_community (store, C1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_community_get_name (community), ==, "Greenport <b>&amp;</b> 🌱🍅");

  meetings = seeds_store_list_meetings (store, C1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (meetings->len, ==, 2);
  meeting = g_ptr_array_index (meetings, 1);
  g_assert_cmpstr (seeds_meeting_get_id (meeting), ==, M1);
  g_assert_cmpstr (seeds_meeting_get_framework_id (meeting), ==, "greenport");
  g_assert_cmpstr (seeds_meeting_get_date (meeting), ==, "2025-11-28");
  g_assert_cmpstr (seeds_meeting_get_title (meeting), ==, "Kick-off");
  g_assert_cmpstr (seeds_meeting_get_notes (meeting), ==, "Line 1\nLine 2");

  participants = seeds_store_list_participants (store, C1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (participants->len, ==, 2);
  participant = g_ptr_array_index (participants, 0);
  g_assert_cmpstr (seeds_participant_get_name (participant), ==, "Anna");
  g_assert_cmpstr (seeds_participant_get_organisation (participant), ==, "Hogeschool");
  g_assert_cmpint (seeds_participant_get_partner_type (participant), ==, SEEDS_PARTNER_EDUCATION);

  attendees = seeds_store_list_attendees (store, M1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (attendees->len, ==, 2);

  scores = seeds_store_list_scores (store, M1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (scores->len, ==, 2);
  score = g_ptr_array_index (scores, 0);
  g_assert_cmpstr (score->participant_id, ==, P1);
  g_assert_cmpint (score->value, ==, 4);
  g_assert_cmpstr (score->comment, ==, "Going well");
  score = g_ptr_array_index (scores, 1);
  g_assert_cmpstr (score->participant_id, ==, P2);
  g_assert_cmpint (score->value, ==, SEEDS_SCORE_DONT_KNOW);

  steps = seeds_store_list_next_steps (store, C1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (steps->len, ==, 2);
  step = g_ptr_array_index (steps, 0);
  g_assert_cmpstr (seeds_next_step_get_id (step), ==, S1);
  g_assert_cmpstr (seeds_next_step_get_meeting_date (step), ==, "2025-11-28");
  g_assert_cmpstr (seeds_next_step_get_due_date (step), ==, "2026-01-15");
  g_assert_cmpint (seeds_next_step_get_status (step), ==, SEEDS_NEXT_STEP_DONE);
  step = g_ptr_array_index (steps, 1);
  g_assert_cmpstr (seeds_next_step_get_id (step), ==, S2);
  g_assert_null (seeds_next_step_get_due_date (step));
  g_assert_cmpint (seeds_next_step_get_status (step), ==, SEEDS_NEXT_STEP_OPEN);
  g_assert_null (seeds_next_step_get_reviewed_in (step));

  /* Version 5: the steps of before were the group's own ideas. */
  for (guint i = 0; i < steps->len; i++)
    {
      g_assert_null (seeds_next_step_get_origin_id (g_ptr_array_index (steps, i)));
      g_assert_null (seeds_next_step_get_origin_name (g_ptr_array_index (steps, i)));
    }

  /* Version 2: meetings were scored by their participants, and nothing
   * was reviewed yet. */
  g_assert_cmpint (seeds_meeting_get_kind (meeting), ==, SEEDS_MEETING_SCORES);
  tallies = seeds_store_list_tallies (store, M1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tallies->len, ==, 0);
  review = seeds_store_list_steps_to_review (store, M2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (review->len, ==, 0);  /* S1 is done, S2 is of M2 itself */

  check_community_page_v3 (store);
}

/* Communities from before version 3 are your own: in the directory, with
 * an empty profile. */
static void
check_directory_v2 (SeedsStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsCommunity) community = seeds_store_get_community (store, C2, &error);
  const SeedsCommunityProfile *profile;

  g_assert_no_error (error);
  g_assert_true (seeds_community_is_own (community));
  g_assert_null (seeds_community_get_shared_results (community));
  profile = seeds_community_get_profile (community);
  g_assert_cmpint (profile->kind, ==, SEEDS_COMMUNITY_OTHER);
  g_assert_false (profile->has_location);
  g_assert_cmpstr (profile->email, ==, "");
}

static void
check_v2 (SeedsStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsMeeting) poster = NULL;
  g_autoptr(SeedsMeeting) round = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GPtrArray) tallies = NULL;
  g_autoptr(GPtrArray) review = NULL;
  const SeedsTally *tally;
  SeedsNextStep *step;

  steps = seeds_store_list_next_steps (store, C1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_next_step_get_reviewed_in (g_ptr_array_index (steps, 0)), ==, M2);
  g_clear_pointer (&steps, g_ptr_array_unref);

  poster = seeds_store_get_meeting (store, M3, &error);
  g_assert_no_error (error);
  g_assert_cmpint (seeds_meeting_get_kind (poster), ==, SEEDS_MEETING_POSTER);

  tallies = seeds_store_list_tallies (store, M3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tallies->len, ==, 2);
  tally = g_ptr_array_index (tallies, 1);
  g_assert_cmpstr (tally->factor_id, ==, "f12");
  g_assert_cmpuint (tally->counts[1], ==, 3);
  tally = g_ptr_array_index (tallies, 0);
  g_assert_cmpstr (tally->factor_id, ==, "f4");
  g_assert_cmpuint (tally->counts[0], ==, 2);
  g_assert_cmpuint (tally->counts[3], ==, 5);
  g_assert_cmpuint (tally->counts[5], ==, 1);

  /* Carried over in M4: not asked about again there */
  review = seeds_store_list_steps_to_review (store, M4, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (review->len, ==, 0);

  /* Deleting the meeting of the review forgets the review, not the step. */
  round = seeds_store_get_meeting (store, M4, &error);
  g_assert_no_error (error);
  g_assert_true (seeds_store_delete_meeting (store, round, &error));
  g_assert_no_error (error);
  steps = seeds_store_list_next_steps (store, C2, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (steps->len, ==, 1);
  step = g_ptr_array_index (steps, 0);
  g_assert_cmpstr (seeds_next_step_get_id (step), ==, S3);
  g_assert_null (seeds_next_step_get_reviewed_in (step));
  g_assert_cmpint (seeds_next_step_get_status (step), ==, SEEDS_NEXT_STEP_OPEN);

  /* Deleting the poster meeting takes its tallies. */
  g_assert_true (seeds_store_delete_meeting (store, poster, &error));
  g_assert_no_error (error);
  g_clear_pointer (&tallies, g_ptr_array_unref);
  tallies = seeds_store_list_tallies (store, M3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tallies->len, ==, 0);

  check_directory_v2 (store);
}

/* Version 3: the rows of version 2, with a profile of C1, an imported
 * community that shares the scores of two factors, and a removed one. */
#define ROWS_V3 \
  ROWS_V2 \
  "UPDATE communities SET type = 'field-lab', theme = 'Water', place = 'Naaldwijk'," \
  "  latitude = 51.99, longitude = 4.21, email = 'info@example.org' WHERE id = '" C1 "';" \
  "INSERT INTO communities (id, name, created_at, updated_at, origin, type, contact_name," \
  "                         phone, website) " \
  "  VALUES ('" C3 "', 'Living lab Delft', 1764000400, 1764000400, 'profile', 'living-lab'," \
  "          'Ruud', '+31 15 000 0000', 'https://example.org');" \
  "INSERT INTO communities (id, name, created_at, updated_at, origin, removed_at) " \
  "  VALUES ('" C4 "', 'Removed', 1764000500, 1764000500, 'sample', 1764000600);" \
  "INSERT INTO shared_results (community_id, framework_id, date, n_participants) " \
  "  VALUES ('" C3 "', 'greenport', '2026-05-01', 7);" \
  "INSERT INTO shared_scores (community_id, position, factor_id, n, mean10, spread100, band) " \
  "  VALUES ('" C3 "', 0, 'f1', 6, 43, 52, 'strength')," \
  "         ('" C3 "', 1, 'f12', 3, 20, 100, 'attention');"

static const char rows_v3[] = ROWS_V3;

static void
check_v3 (SeedsStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) directory = seeds_store_list_directory (store, NULL, &error);
  g_autoptr(GPtrArray) own = NULL;
  SeedsCommunity *community = NULL;
  const SeedsCommunityProfile *profile;
  const SeedsSharedResults *shared;
  const SeedsSharedScore *score;

  g_assert_no_error (error);
  for (guint i = 0; i < directory->len; i++)
    {
      SeedsCommunity *entry = g_ptr_array_index (directory, i);

      g_assert_cmpstr (seeds_community_get_id (entry), !=, C4);  /* removed */
      if (g_str_equal (seeds_community_get_id (entry), C3))
        community = entry;
      if (g_str_equal (seeds_community_get_id (entry), C1))
        {
          profile = seeds_community_get_profile (entry);
          g_assert_cmpint (profile->kind, ==, SEEDS_COMMUNITY_FIELD_LAB);
          g_assert_cmpstr (profile->place, ==, "Naaldwijk");
          g_assert_true (profile->has_location);
          g_assert_cmpfloat_with_epsilon (profile->longitude, 4.21, 1e-9);
        }
    }

  g_assert_nonnull (community);
  g_assert_cmpint (seeds_community_get_origin (community), ==, SEEDS_COMMUNITY_PROFILE);
  profile = seeds_community_get_profile (community);
  g_assert_cmpint (profile->kind, ==, SEEDS_COMMUNITY_LIVING_LAB);
  g_assert_cmpstr (profile->contact_name, ==, "Ruud");
  g_assert_false (profile->has_location);
  shared = seeds_community_get_shared_results (community);
  g_assert_nonnull (shared);
  g_assert_cmpstr (shared->date, ==, "2026-05-01");
  g_assert_cmpuint (shared->n_participants, ==, 7);
  g_assert_cmpuint (shared->scores->len, ==, 2);
  score = seeds_shared_results_lookup (shared, "f1");
  g_assert_cmpuint (score->mean10, ==, 43);
  g_assert_cmpint (score->band, ==, SEEDS_BAND_STRENGTH);

  /* Only your own hold meetings. */
  own = seeds_store_list_communities (store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < own->len; i++)
    g_assert_true (seeds_community_is_own (g_ptr_array_index (own, i)));
}

/* Version 4: the rows of version 3, and a community of its own with a
 * role, a reward, points earned, spent and corrected, and a brilliant
 * failure. */
#define C5 "0c7f3a56-4a3b-4d5e-9f10-00000000000e"
#define P3 "0c7f3a56-4a3b-4d5e-9f10-00000000000f"
#define R1 "0c7f3a56-4a3b-4d5e-9f10-000000000010"
#define F1 "0c7f3a56-4a3b-4d5e-9f10-000000000011"

#define ROWS_V4 \
  ROWS_V3 \
  "INSERT INTO communities (id, name, created_at, updated_at) " \
  "  VALUES ('" C5 "', 'Points lab', 1764000700, 1764000700);" \
  "INSERT INTO participants (id, community_id, name, partner_type, created_at, updated_at," \
  "                          role) " \
  "  VALUES ('" P3 "', '" C5 "', 'Cas', 'government', 1764000700, 1764000700, 'funder');" \
  "INSERT INTO rewards (id, community_id, title, cost, created_at) " \
  "  VALUES ('" R1 "', '" C5 "', 'Coaching session', 20, 1764000700);" \
  "INSERT INTO ledger (id, community_id, amount, reason, event_key, created_at) " \
  "  VALUES (1, '" C5 "', 30, 'failure-recorded', 'failure:" F1 "', 1764000700);" \
  "INSERT INTO ledger (id, community_id, amount, reason, event_key, created_at, agreed_by," \
  "                    reward_id) " \
  "  VALUES (2, '" C5 "', -20, 'reward', 'reward:1', 1764000800, 'Cas', '" R1 "');" \
  "INSERT INTO ledger (id, community_id, amount, reason, event_key, created_at, agreed_by," \
  "                    correction_of) " \
  "  VALUES (3, '" C5 "', -30, 'correction', 'correction:1', 1764000900, 'Cas', 1);" \
  "INSERT INTO failures (id, community_id, tried, happened, learned, factor_id, created_at) " \
  "  VALUES ('" F1 "', '" C5 "', 'A hackathon', 'Nobody came', 'Ask first', '12'," \
  "          1764000700);"

static const char rows_v4[] = ROWS_V4;

static void
check_v4 (SeedsStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) participants = seeds_store_list_participants (store, C5, &error);
  g_autoptr(GPtrArray) ledger = NULL;
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GPtrArray) rewards = NULL;
  gint64 balance = -1;

  g_assert_no_error (error);
  g_assert_cmpuint (participants->len, ==, 1);
  g_assert_cmpstr (seeds_participant_get_role (g_ptr_array_index (participants, 0)), ==, "funder");

  ledger = seeds_store_list_ledger (store, C5, &balance, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ledger->len, ==, 3);
  g_assert_cmpint (balance, ==, -20);

  rewards = seeds_store_list_rewards (store, C5, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rewards->len, ==, 1);

  failures = seeds_store_list_failures (store, C5, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (failures->len, ==, 1);
  g_assert_cmpstr (seeds_failure_get_learned (g_ptr_array_index (failures, 0)), ==, "Ask first");
}

/* Version 5: the rows of version 4, and a step of C5 that takes up an
 * idea of a community that is no longer in the directory. */
#define M5 "0c7f3a56-4a3b-4d5e-9f10-000000000012"
#define S4 "0c7f3a56-4a3b-4d5e-9f10-000000000013"
#define O1 "0c7f3a56-4a3b-4d5e-9f10-000000000014"

#define ROWS_V5 \
  ROWS_V4 \
  "INSERT INTO meetings (id, community_id, framework_id, date, title, created_at, updated_at) " \
  "  VALUES ('" M5 "', '" C5 "', 'greenport', '2026-06-01', 'Summer', 1764001000, 1764001000);" \
  "INSERT INTO next_steps (id, meeting_id, factor_id, text, owner, status, created_at," \
  "                        updated_at, origin_id, origin_name) " \
  "  VALUES ('" S4 "', '" M5 "', 'f12', 'Ask them how', '', 'open', 1764001000, 1764001000," \
  "          '" O1 "', 'Rain <b>&amp;</b> Roots');"

static const char rows_v5[] = ROWS_V5;

static void
check_v5 (SeedsStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) steps = seeds_store_list_next_steps (store, C5, NULL, &error);
  SeedsNextStep *step;

  g_assert_no_error (error);
  g_assert_cmpuint (steps->len, ==, 1);
  step = g_ptr_array_index (steps, 0);
  g_assert_cmpstr (seeds_next_step_get_id (step), ==, S4);
  g_assert_cmpstr (seeds_next_step_get_origin_id (step), ==, O1);
  g_assert_cmpstr (seeds_next_step_get_origin_name (step), ==, "Rain <b>&amp;</b> Roots");
}

/* Version 6: the rows of version 5, a shared directory that could not be
 * reached at its latest refresh, and the imported C3 last seen in it. */
#define SHARE_URI "davs://cloud.example.org/remote.php/dav/files/anna/Seeds/"

#define ROWS_V6 \
  ROWS_V5 \
  "INSERT INTO directory_sources (uri, display_name, added_at, last_refresh, last_error) " \
  "  VALUES ('" SHARE_URI "', 'Greenport share', 1764002000, 1764002100, 'No route to host');" \
  "INSERT INTO directory_sightings (community_id, source_uri, seen_at) " \
  "  VALUES ('" C3 "', '" SHARE_URI "', 1764002100);"

static const char rows_v6[] = ROWS_V6;

static void
check_v6 (SeedsStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sources = seeds_store_list_directory_sources (store, &error);
  g_autofree char *name = NULL;
  SeedsDirectorySource *source;
  gint64 seen_at = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (sources->len, ==, 1);
  source = g_ptr_array_index (sources, 0);
  g_assert_cmpstr (seeds_directory_source_get_uri (source), ==, SHARE_URI);
  g_assert_cmpstr (seeds_directory_source_get_display_name (source), ==, "Greenport share");
  g_assert_cmpint (seeds_directory_source_get_last_refresh (source), ==, 1764002100);
  g_assert_cmpstr (seeds_directory_source_get_last_error (source), ==, "No route to host");

  name = seeds_store_get_entry_source (store, C3, &seen_at, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (name, ==, "Greenport share");
  g_assert_cmpint (seen_at, ==, 1764002100);
}

/* Version 7: the rows of version 6, a framework of another sector in
 * its second edition, which C5 chose and its meeting M7 is scored with. */
#define M7 "0c7f3a56-4a3b-4d5e-9f10-000000000015"

static const char rows_v7[] =
  ROWS_V6
  "INSERT INTO frameworks (id, edition, content, name, added) "
  "  VALUES ('care-2026', 2, X'3C6672616D65776F726B2F3E', 'Care', '2026-05-01T10:00:00Z');"
  "UPDATE communities SET framework_id = 'care-2026', framework_edition = 2 "
  "  WHERE id = '" C5 "';"
  "INSERT INTO meetings (id, community_id, framework_id, framework_edition, date, title,"
  "                      created_at, updated_at) "
  "  VALUES ('" M7 "', '" C5 "', 'care-2026', 2, '2026-07-01', 'Care', 1764003000, 1764003000);";

static void
check_v7 (SeedsStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) frameworks = seeds_store_list_frameworks (store, &error);
  g_autoptr(SeedsMeeting) meeting = NULL;
  g_autoptr(SeedsCommunity) community = NULL;
  SeedsFrameworkEntry *entry;

  g_assert_no_error (error);
  g_assert_cmpuint (frameworks->len, ==, 1);
  entry = g_ptr_array_index (frameworks, 0);
  g_assert_cmpstr (seeds_framework_entry_get_id (entry), ==, "care-2026");
  g_assert_cmpuint (seeds_framework_entry_get_edition (entry), ==, 2);
  g_assert_cmpmem (g_bytes_get_data (seeds_framework_entry_get_content (entry), NULL),
                   g_bytes_get_size (seeds_framework_entry_get_content (entry)), "<framework/>", 12);

  meeting = seeds_store_get_meeting (store, M7, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_meeting_get_framework_id (meeting), ==, "care-2026");
  g_assert_cmpuint (seeds_meeting_get_framework_edition (meeting), ==, 2);

  community = seeds_store_get_community (store, C5, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_community_get_framework_id (community), ==, "care-2026");
  g_assert_cmpuint (seeds_community_get_framework_edition (community), ==, 2);
}

/* Before version 7 every community and meeting had the first edition of
 * the framework that shipped. */
static void
check_first_framework (SeedsStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsMeeting) meeting = seeds_store_get_meeting (store, M1, &error);
  g_autoptr(SeedsCommunity) community = seeds_store_get_community (store, C1, &error);
  g_autoptr(GPtrArray) frameworks = seeds_store_list_frameworks (store, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (seeds_meeting_get_framework_edition (meeting), ==, 1);
  g_assert_cmpstr (seeds_community_get_framework_id (community), ==, SEEDS_FRAMEWORK_DEFAULT_ID);
  g_assert_cmpuint (seeds_community_get_framework_edition (community), ==, 1);
  g_assert_cmpuint (frameworks->len, ==, 0);
}

/* Before version 6 nothing came from a shared directory. */
static void
check_no_sources (SeedsStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sources = seeds_store_list_directory_sources (store, &error);
  g_autofree char *name = seeds_store_get_entry_source (store, C3, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (sources->len, ==, 0);
  g_assert_null (name);
}

static const struct
{
  const char *rows;                   /* SQL for the schema of this version */
  void      (*check) (SeedsStore *);  /* finds them back at the latest version */
} version_data[] = {
  [0] = { NULL, NULL },
  [1] = { rows_v1, check_v1 },
  [2] = { rows_v2, check_v2 },
  [3] = { rows_v3, check_v3 },
  [4] = { rows_v4, check_v4 },
  [5] = { rows_v5, check_v5 },
  [6] = { rows_v6, check_v6 },
  [7] = { rows_v7, check_v7 },
};

/* An older database was copied as it was before it was updated; a new
 * one had nothing to keep. */
static void
check_backup_before_update (const char *path,
                            int         version)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = seeds_store_list_backups (path, &error);
  SeedsStoreBackup *backup;

  g_assert_no_error (error);

  if (version == 0 || version == seeds_store_schema_get_latest_version ())
    {
      g_assert_cmpuint (backups->len, ==, 0);
      return;
    }

  g_assert_cmpuint (backups->len, ==, 1);
  backup = g_ptr_array_index (backups, 0);
  g_assert_true (backup->before_update);
  g_assert_cmpint (backup->update_version, ==, seeds_store_schema_get_latest_version ());

  g_assert_cmpint (seeds_test_query_int (backup->path, "PRAGMA user_version", NULL), ==, version);
  if (version_data[version].rows != NULL)
    g_assert_cmpint (seeds_test_query_int (backup->path, "SELECT count(*) FROM communities", NULL), >, 0);
}

static void
test_from_every_version (void)
{
  int latest = seeds_store_schema_get_latest_version ();

  /* A new migration needs rows for the version it starts from. */
  g_assert_cmpint (G_N_ELEMENTS (version_data), ==, latest + 1);

  for (int v = 0; v <= latest; v++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SeedsStore) store = NULL;
      g_autofree char *dir = make_temp_dir ();
      g_autofree char *path = g_build_filename (dir, "seeds.db", NULL);
      g_autofree char *errmsg = NULL;
      sqlite3 *db;

      g_test_message ("Opening a database of version %d", v);

      /* The database as version v of the app left it */
      db = seeds_test_open_raw (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
      g_assert_cmpint (seeds_store_schema_migrate (db, v, &errmsg), ==, SQLITE_OK);
      g_assert_null (errmsg);
      if (version_data[v].rows != NULL)
        seeds_test_exec_raw (db, version_data[v].rows);
      sqlite3_close (db);
      g_assert_cmpint (seeds_test_query_int (path, "PRAGMA user_version", NULL), ==, v);

      store = seeds_store_open (path, &error);
      g_assert_no_error (error);
      g_assert_nonnull (store);
      g_assert_cmpint (seeds_store_get_schema_version (store), ==, latest);

      /* Everything put in at version v, and what came before */
      if (v == 0)
        check_empty (store);
      for (int w = 0; w <= v; w++)
        {
          if (version_data[w].check != NULL)
            version_data[w].check (store);
        }
      if (v >= 3 && v < 6)
        check_no_sources (store);
      if (v >= 1 && v < 7)
        check_first_framework (store);

      g_clear_object (&store);
      assert_healthy (path);
      check_backup_before_update (path, v);
      seeds_test_remove_dir (dir);
    }
}

/* The latest schema's tables and indexes are written out in the store,
 * so that an open need not run every step to know them: they must be what
 * the steps make of an empty database, no more and no fewer. */
static char *
list_objects (const SeedsSchemaObject *objects,
              guint                    n_objects)
{
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < n_objects; i++)
    g_string_append_printf (list, "%s %s on %s\n",
                            objects[i].type, objects[i].name, objects[i].table);

  return g_string_free (list, FALSE);
}

static void
test_latest_objects (void)
{
  g_autoptr(GArray) made = NULL;
  g_autofree char *made_list = NULL;
  g_autofree char *written_list = NULL;
  const SeedsSchemaObject *written;
  sqlite3 *db = NULL;
  guint n_written;

  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  g_assert_cmpint (seeds_store_schema_migrate (db, seeds_store_schema_get_latest_version (), NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (seeds_store_schema_read_objects (db, &made), ==, SQLITE_OK);
  sqlite3_close (db);
  written = seeds_store_schema_get_latest_objects (&n_written);

  made_list = list_objects ((const SeedsSchemaObject *) (gpointer) made->data, made->len);
  written_list = list_objects (written, n_written);
  g_assert_cmpuint (n_written, >, 0);
  g_assert_cmpstr (written_list, ==, made_list);
}

/* Opening a database of the latest version again changes nothing. */
static void
test_reopen_latest (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "seeds.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  create_store_file (path, 3);
  before = seeds_test_checksum_file (path);

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SeedsStore) store = seeds_store_open (path, &error);

      g_assert_no_error (error);
      g_assert_nonnull (store);
    }

  after = seeds_test_checksum_file (path);
  g_assert_cmpstr (before, ==, after);
  assert_healthy (path);
  seeds_test_remove_dir (dir);
}

/* An empty file, as `touch` leaves it, becomes a new database. */
static void
test_empty_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsStore) store = NULL;
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "seeds.db", NULL);

  g_file_set_contents (path, "", 0, &error);
  g_assert_no_error (error);

  store = seeds_store_open (path, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  assert_healthy (path);
  seeds_test_remove_dir (dir);
}

static void
test_too_new (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "seeds.db", NULL);
  g_autofree char *set_version = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsStore) store = NULL;

  create_store_file (path, 2);
  set_version = g_strdup_printf ("PRAGMA user_version = %d",
                                 seeds_store_schema_get_latest_version () + 1);
  seeds_test_exec (path, set_version);

  assert_refused (path, SEEDS_STORE_ERROR_TOO_NEW);

  store = seeds_store_open (path, &error);
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "newer version of Seeds of Innovation"));

  seeds_test_remove_dir (dir);
}

static void
test_corrupt (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *random_path = g_build_filename (dir, "random.db", NULL);
  g_autofree char *header_path = g_build_filename (dir, "header.db", NULL);
  g_autofree char *text_path = g_build_filename (dir, "notes.txt", NULL);
  g_autofree char *real_path = g_build_filename (dir, "real.db", NULL);
  g_autofree char *truncated_path = g_build_filename (dir, "truncated.db", NULL);
  g_autofree char *damaged_path = g_build_filename (dir, "damaged.db", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261128);
  guint8 bytes[8192];
  gsize length;

  /* Random bytes */
  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = (guint8) g_rand_int_range (rand, 0, 256);
  g_file_set_contents (random_path, (const char *) bytes, sizeof bytes, &error);
  g_assert_no_error (error);
  assert_refused (random_path, SEEDS_STORE_ERROR_CORRUPT);

  /* Random bytes behind a real SQLite header line */
  memcpy (bytes, "SQLite format 3", 16);
  g_file_set_contents (header_path, (const char *) bytes, sizeof bytes, &error);
  g_assert_no_error (error);
  assert_refused (header_path, SEEDS_STORE_ERROR_CORRUPT);

  /* A short text file */
  g_file_set_contents (text_path, "Seeds of Innovation\n", -1, &error);
  g_assert_no_error (error);
  assert_refused (text_path, SEEDS_STORE_ERROR_CORRUPT);

  /* A real database cut in half, as an interrupted copy leaves it */
  create_store_file (real_path, 400);
  g_file_get_contents (real_path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 8 * 4096);
  g_file_set_contents (truncated_path, contents, length / 2, &error);
  g_assert_no_error (error);
  assert_refused (truncated_path, SEEDS_STORE_ERROR_CORRUPT);

  /* Our marks, but the tables are gone */
  {
    g_autofree char *empty_path = g_build_filename (dir, "emptied.db", NULL);
    g_autofree char *marks = g_strdup_printf ("PRAGMA application_id = %d;"
                                              "PRAGMA user_version = %d;",
                                              SEEDS_STORE_APPLICATION_ID,
                                              seeds_store_schema_get_latest_version ());
    seeds_test_exec (empty_path, marks);
    assert_refused (empty_path, SEEDS_STORE_ERROR_CORRUPT);
  }

  /* A real database with a damaged page in the middle */
  for (gsize i = length / 2; i < length / 2 + 4096; i++)
    contents[i] = (char) g_rand_int_range (rand, 0, 256);
  g_file_set_contents (damaged_path, contents, length, &error);
  g_assert_no_error (error);
  assert_refused (damaged_path, SEEDS_STORE_ERROR_CORRUPT);

  seeds_test_remove_dir (dir);
}

static void
test_foreign (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *plain_path = g_build_filename (dir, "places.sqlite", NULL);
  g_autofree char *versioned_path = g_build_filename (dir, "other.db", NULL);
  g_autofree char *marked_path = g_build_filename (dir, "marked.db", NULL);
  g_autofree char *zero_path = g_build_filename (dir, "zero.db", NULL);
  g_autofree char *bare_path = g_build_filename (dir, "bare.db", NULL);

  /* Another program's tables, no marks at all */
  seeds_test_exec (plain_path, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);"
                               "INSERT INTO moz_places (url) VALUES ('https://www.dehaagsehogeschool.nl');");
  assert_refused (plain_path, SEEDS_STORE_ERROR_FOREIGN);

  /* Another program that versions its schema like we do */
  seeds_test_exec (versioned_path, "PRAGMA user_version = 1;"
                                   "CREATE TABLE communities (id TEXT PRIMARY KEY, name TEXT);");
  assert_refused (versioned_path, SEEDS_STORE_ERROR_FOREIGN);

  /* Another program's application_id, even without tables */
  seeds_test_exec (marked_path, "PRAGMA application_id = 1179602505;"
                                "PRAGMA user_version = 1;");
  assert_refused (marked_path, SEEDS_STORE_ERROR_FOREIGN);

  /* Our mark, but version 0 with tables: not something we made */
  seeds_test_exec (zero_path, "PRAGMA application_id = 1397048644;"
                              "CREATE TABLE notes (text TEXT);");
  assert_refused (zero_path, SEEDS_STORE_ERROR_FOREIGN);

  /* No tables, but a version another program gave it */
  seeds_test_exec (bare_path, "PRAGMA user_version = 3;");
  assert_refused (bare_path, SEEDS_STORE_ERROR_FOREIGN);

  seeds_test_remove_dir (dir);
}

/* Read-only: as root, permissions do not stop writes, so these checks run
 * (a) as an unprivileged user in a subprocess, with chmod, and (b) as
 * whoever runs the tests, with the immutable attribute (chattr +i), which
 * stops root too. Each part is skipped where the system does not allow it. */

typedef gboolean (*SetReadOnly) (const char *path,
                                 gboolean    read_only);

static gboolean
set_read_only_by_mode (const char *path,
                       gboolean    read_only)
{
  mode_t mode;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    mode = read_only ? 0555 : 0755;
  else
    mode = read_only ? 0444 : 0644;

  return g_chmod (path, mode) == 0;
}

static void
check_read_only (SetReadOnly set_read_only)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *file_path = g_build_filename (dir, "read-only.db", NULL);
  g_autofree char *folder = g_build_filename (dir, "read-only-folder", NULL);
  g_autofree char *folder_path = g_build_filename (folder, "seeds.db", NULL);
  g_autofree char *empty_folder = g_build_filename (dir, "empty-read-only-folder", NULL);
  g_autofree char *new_path = g_build_filename (empty_folder, "seeds.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsStore) store = NULL;

  /* A read-only database file */
  create_store_file (file_path, 2);
  g_assert_true (set_read_only (file_path, TRUE));
  assert_refused (file_path, SEEDS_STORE_ERROR_READ_ONLY);
  g_assert_true (set_read_only (file_path, FALSE));

  /* A database in a read-only folder: the write-ahead log cannot be made */
  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  create_store_file (folder_path, 2);
  g_assert_true (set_read_only (folder, TRUE));
  assert_refused (folder_path, SEEDS_STORE_ERROR_READ_ONLY);
  g_assert_true (set_read_only (folder, FALSE));

  /* A new database in a read-only folder */
  g_assert_cmpint (g_mkdir (empty_folder, 0755), ==, 0);
  g_assert_true (set_read_only (empty_folder, TRUE));
  store = seeds_store_open (new_path, &error);
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_READ_ONLY);
  g_assert_null (store);
  g_test_message ("Refused as expected: %s", error->message);
  g_clear_error (&error);
  g_assert_true (set_read_only (empty_folder, FALSE));
  g_assert_false (g_file_test (new_path, G_FILE_TEST_EXISTS));

  /* Writable again, the databases open as before. */
  store = seeds_store_open (file_path, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  assert_healthy (file_path);
  assert_healthy (folder_path);

  seeds_test_remove_dir (dir);
}

static gboolean
drop_privileges (void)
{
  return setgroups (0, NULL) == 0 &&
         setgid (UNPRIVILEGED_ID) == 0 &&
         setuid (UNPRIVILEGED_ID) == 0 &&
         getuid () == UNPRIVILEGED_ID;
}

/* Whether this process may become an unprivileged user (it may not, for
 * example, in a user namespace where that user is not mapped). */
static gboolean
can_drop_privileges (void)
{
  int status = 0;
  pid_t pid = fork ();

  if (pid == 0)
    _exit (drop_privileges () ? 0 : 1);

  return pid > 0 &&
         waitpid (pid, &status, 0) == pid &&
         WIFEXITED (status) &&
         WEXITSTATUS (status) == 0;
}

static void
test_read_only_mode (void)
{
  if (getuid () != 0)
    {
      check_read_only (set_read_only_by_mode);
      return;
    }

  if (g_test_subprocess ())
    {
      g_assert_true (drop_privileges ());
      check_read_only (set_read_only_by_mode);
      return;
    }

  if (!can_drop_privileges ())
    {
      g_test_skip ("Running as root, and cannot switch to an unprivileged user");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_read_only_attribute (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *probe = g_build_filename (dir, "probe", NULL);
  g_autoptr(GError) error = NULL;
  gboolean supported;

  g_file_set_contents (probe, "", 0, &error);
  g_assert_no_error (error);
  supported = seeds_test_set_immutable (probe, TRUE);
  if (supported)
    g_assert_true (seeds_test_set_immutable (probe, FALSE));
  seeds_test_remove_dir (dir);

  if (!supported)
    {
      g_test_skip_printf ("The immutable attribute cannot be set here: %s", g_strerror (errno));
      return;
    }

  check_read_only (seeds_test_set_immutable);
}

static void
test_locked (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "seeds.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsStore) store = NULL;
  g_autoptr(GPtrArray) communities = NULL;
  gint64 start, elapsed;
  sqlite3 *other;

  create_store_file (path, 1);
  before = seeds_test_checksum_file (path);

  /* Another program holds the database exclusively, in the middle of a
   * write. */
  other = seeds_test_open_raw (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  seeds_test_exec_raw (other, "PRAGMA locking_mode = EXCLUSIVE;"
                              "BEGIN EXCLUSIVE;"
                              "INSERT INTO communities (id, name, created_at, updated_at) "
                              "  VALUES ('other', 'Other', 0, 0);");

  start = g_get_monotonic_time ();
  store = seeds_store_open (path, &error);
  elapsed = g_get_monotonic_time () - start;
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_LOCKED);
  g_assert_null (store);
  g_test_message ("Refused after %" G_GINT64_FORMAT " ms: %s",
                  elapsed / 1000, error->message);
  g_assert_cmpint (elapsed, >=, G_USEC_PER_SEC / 2);
  g_assert_cmpint (elapsed, <, 3 * G_USEC_PER_SEC);
  g_clear_error (&error);

  seeds_test_exec_raw (other, "ROLLBACK");
  sqlite3_close (other);
  after = seeds_test_checksum_file (path);
  g_assert_cmpstr (before, ==, after);

  /* Once the other program lets go, the database opens. */
  store = seeds_store_open (path, &error);
  g_assert_no_error (error);
  communities = seeds_store_list_communities (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (communities->len, ==, 1);

  g_clear_object (&store);
  seeds_test_remove_dir (dir);
}

/* A full disk that refuses each of SQLite's writes in turn: a new
 * database leaves no file behind, and the message says why. */
static void
test_full_disk_new (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "seeds.db", NULL);
  guint n_refused = 0;

  for (guint n = 0; ; n++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SeedsStore) store = NULL;
      g_autofree char *files = NULL;

      seeds_test_full_disk_begin_after (n);
      store = seeds_store_open (path, &error);
      if (!seeds_test_full_disk_end ())
        {
          g_assert_no_error (error);
          g_test_message ("Created after %u refusals", n_refused);
          break;
        }

      g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_DISK_FULL);
      g_assert_null (store);
      g_assert_nonnull (strstr (error->message, "because the disk is full"));
      files = seeds_test_list_folder (dir);
      g_assert_cmpstr (files, ==, "");
      n_refused++;
    }

  g_assert_cmpuint (n_refused, >, 0);
  assert_healthy (path);
  seeds_test_remove_dir (dir);
}

/* A write to a full disk is refused as a whole: the database holds what
 * it held and stays healthy. */
static void
test_full_disk_write (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "seeds.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint n_refused = 0;

  create_store_file (path, 3);
  before = seeds_test_dump_database (path);

  for (guint n = 0; ; n++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SeedsStore) store = seeds_store_open (path, &error);
      g_autoptr(SeedsCommunity) community = NULL;
      g_autofree char *now = NULL;

      g_assert_no_error (error);
      seeds_test_full_disk_begin_after (n);
      community = seeds_store_add_community (store, "Written to a full disk", &error);
      seeds_test_full_disk_end ();
      if (community != NULL)
        break;

      g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_DISK_FULL);
      g_assert_nonnull (strstr (error->message, "because the disk is full"));
      g_clear_object (&store);

      now = seeds_test_dump_database (path);
      g_assert_cmpstr (before, ==, now);
      assert_healthy (path);
      n_refused++;
    }

  g_assert_cmpuint (n_refused, >, 0);
  after = seeds_test_dump_database (path);
  g_assert_nonnull (strstr (after, "Written to a full disk"));
  assert_healthy (path);
  seeds_test_remove_dir (dir);
}

/* A write while another program writes waits a moment, then gives up with
 * LOCKED, saving nothing and announcing nothing. */
static void
test_locked_write (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "seeds.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsStore) store = NULL;
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(GPtrArray) communities = NULL;
  guint n_changed = 0;
  gint64 start, elapsed;
  sqlite3 *other;

  store = seeds_store_open (path, &error);
  g_assert_no_error (error);
  g_signal_connect (store, "changed", G_CALLBACK (seeds_test_count_changed), &n_changed);

  other = seeds_test_open_raw (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  seeds_test_exec_raw (other, "BEGIN IMMEDIATE;"
                              "INSERT INTO communities (id, name, created_at, updated_at) "
                              "  VALUES ('other', 'Other', 0, 0);");

  start = g_get_monotonic_time ();
  community = seeds_store_add_community (store, "Mine", &error);
  elapsed = g_get_monotonic_time () - start;
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_LOCKED);
  g_assert_null (community);
  g_assert_cmpint (elapsed, <, 3 * G_USEC_PER_SEC);
  g_assert_cmpuint (n_changed, ==, 0);
  g_clear_error (&error);

  seeds_test_exec_raw (other, "ROLLBACK");
  sqlite3_close (other);

  communities = seeds_store_list_communities (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (communities->len, ==, 0);

  community = seeds_store_add_community (store, "Mine", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 1);

  g_clear_object (&store);
  seeds_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store-migrations/from-every-version", test_from_every_version);
  g_test_add_func ("/store-migrations/latest-objects", test_latest_objects);
  g_test_add_func ("/store-migrations/reopen-latest", test_reopen_latest);
  g_test_add_func ("/store-migrations/empty-file", test_empty_file);
  g_test_add_func ("/store-migrations/refuse/too-new", test_too_new);
  g_test_add_func ("/store-migrations/refuse/corrupt", test_corrupt);
  g_test_add_func ("/store-migrations/refuse/foreign", test_foreign);
  g_test_add_func ("/store-migrations/refuse/read-only-mode", test_read_only_mode);
  g_test_add_func ("/store-migrations/refuse/read-only-attribute", test_read_only_attribute);
  g_test_add_func ("/store-migrations/refuse/locked", test_locked);
  g_test_add_func ("/store-migrations/refuse/locked-write", test_locked_write);
  g_test_add_func ("/store-migrations/refuse/full-disk-new", test_full_disk_new);
  g_test_add_func ("/store-migrations/refuse/full-disk-write", test_full_disk_write);

  return g_test_run ();
}
