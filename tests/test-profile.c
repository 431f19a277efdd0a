/* test-profile.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "exchange/seeds-importer.h"
#include "exchange/seeds-profile-export.h"
#include "store/seeds-sample-directory.h"
#include "seeds-test-util.h"
#include "model/seeds-text.h"

/* Profiles (.seedsprofile): what a community shares of itself, carried to
 * another installation's directory and nothing more; what the importer
 * does with a newer, an older and a bad one. */

#define PEER_ID   "3c9d2e1f-7a6b-4c5d-8e9f-0a1b2c3d4e5f"
#define PEER2_ID  "4d0e3f2a-8b7c-4d6e-9f0a-1b2c3d4e5f60"
#define PEER3_ID  "5e1f4a3b-9c8d-4e7f-8a1b-2c3d4e5f6071"
#define OTHER_ID  "6f2a5b4c-0d9e-4f8a-9b2c-3d4e5f607182"

/* The time of the profile of PEER_ID already in the database, and a
 * later one for the bad files, which would replace it if accepted */
#define PEER_UPDATED  "2026-03-12T10:15:00Z"
#define NEWER_UPDATED "2026-04-01T08:00:00Z"

typedef SeedsTestDatabase Fixture;

static const SeedsProfileShare choices[] = {
  SEEDS_PROFILE_SHARE_NONE,
  SEEDS_PROFILE_SHARE_CONTACT,
  SEEDS_PROFILE_SHARE_SCORES,
  SEEDS_PROFILE_SHARE_CONTACT | SEEDS_PROFILE_SHARE_SCORES,
};

static gint64
parse_time (const char *iso8601)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (iso8601, NULL);

  g_assert_nonnull (time);

  return g_date_time_to_unix (time);
}

static JsonObject *
parse_object (GBytes *bytes)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  json_parser_load_from_data (parser, data, (gssize) length, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));

  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

/* What seeds_test_add_shared_community() shares of its spring round:
 * aggregates of factors 1 and 3 only. */
static void
assert_shared_spring (const SeedsSharedResults *results)
{
  const SeedsSharedScore *score;

  g_assert_nonnull (results);
  g_assert_cmpstr (results->framework_id, ==, SEEDS_FRAMEWORK_DEFAULT_ID);
  g_assert_cmpstr (results->date, ==, "2026-03-12");
  g_assert_cmpuint (results->n_participants, ==, 4);
  g_assert_cmpuint (results->scores->len, ==, 2);

  score = g_ptr_array_index (results->scores, 0);
  g_assert_cmpstr (score->factor_id, ==, "1");
  g_assert_cmpuint (score->n, ==, 4);
  g_assert_cmpuint (score->mean10, ==, 40);
  g_assert_cmpuint (score->spread100, ==, 71);
  g_assert_cmpint (score->band, ==, SEEDS_BAND_STRENGTH);

  score = g_ptr_array_index (results->scores, 1);
  g_assert_cmpstr (score->factor_id, ==, "3");
  g_assert_cmpuint (score->n, ==, 3);
  g_assert_cmpuint (score->mean10, ==, 27);
  g_assert_cmpuint (score->spread100, ==, 47);
  g_assert_cmpint (score->band, ==, SEEDS_BAND_ATTENTION);
}

/* The file holds what was chosen and nothing private: contact only when
 * shared, results only when shared, and then only aggregates. */
static void
assert_file_contents (GBytes            *bytes,
                      SeedsProfileShare  share)
{
  g_autoptr(JsonObject) root = parse_object (bytes);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  JsonObject *community;

  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "seeds-profile");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);
  g_assert_true (json_object_has_member (root, "community"));
  g_assert_cmpint (json_object_has_member (root, "contact"), ==,
                   (share & SEEDS_PROFILE_SHARE_CONTACT) != 0);
  g_assert_cmpint (json_object_has_member (root, "results"), ==,
                   (share & SEEDS_PROFILE_SHARE_SCORES) != 0);

  community = json_object_get_object_member (root, "community");
  g_assert_cmpstr (json_object_get_string_member (community, "name"), ==, "Westland Heat Lab");
  g_assert_cmpstr (json_object_get_string_member (community, "type"), ==, "living-lab");

  /* Not even inside another member */
  for (guint i = 0; seeds_test_private_texts[i] != NULL; i++)
    g_assert_null (strstr (text, seeds_test_private_texts[i]));

  if ((share & SEEDS_PROFILE_SHARE_CONTACT) == 0)
    {
      g_assert_null (strstr (text, "Wilma"));
      g_assert_null (strstr (text, "wilma@example.org"));
      g_assert_null (strstr (text, "+31 6 0000 0009"));
      g_assert_null (strstr (text, "lab.example.org"));
    }

  if ((share & SEEDS_PROFILE_SHARE_SCORES) != 0)
    {
      JsonObject *results = json_object_get_object_member (root, "results");
      JsonArray *factors = json_object_get_array_member (results, "factors");

      g_assert_cmpuint (json_array_get_length (factors), ==, 2);
      for (guint i = 0; i < json_array_get_length (factors); i++)
        {
          JsonObject *factor = json_array_get_object_element (factors, i);
          g_autoptr(GList) members = json_object_get_members (factor);

          /* factor, n, mean10, spread100, band: no scores, no people */
          g_assert_cmpuint (g_list_length (members), ==, 5);
          g_assert_cmpint (json_object_get_int_member (factor, "n"), >=, SEEDS_SHARED_MIN_SCORES);
        }
    }
}

/* What arrived in another installation's directory */
static void
assert_arrived (SeedsStore        *store,
                const char        *community_id,
                SeedsProfileShare  share)
{
  g_autoptr(SeedsCommunityProfile) sent = seeds_test_full_profile ();
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(GError) error = NULL;
  const SeedsCommunityProfile *profile;

  community = seeds_store_get_community (store, community_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_community_get_name (community), ==, "Westland Heat Lab");
  g_assert_cmpint (seeds_community_get_origin (community), ==, SEEDS_COMMUNITY_PROFILE);
  g_assert_false (seeds_community_is_own (community));

  profile = seeds_community_get_profile (community);
  g_assert_cmpint (profile->kind, ==, sent->kind);
  g_assert_cmpstr (profile->theme, ==, sent->theme);
  g_assert_cmpstr (profile->place, ==, sent->place);
  g_assert_true (profile->has_location);
  g_assert_cmpfloat_with_epsilon (profile->latitude, sent->latitude, 1e-9);
  g_assert_cmpfloat_with_epsilon (profile->longitude, sent->longitude, 1e-9);
  g_assert_cmpstr (profile->partners, ==, sent->partners);
  g_assert_cmpstr (profile->description, ==, sent->description);

  if (share & SEEDS_PROFILE_SHARE_CONTACT)
    {
      g_assert_cmpstr (profile->contact_name, ==, sent->contact_name);
      g_assert_cmpstr (profile->email, ==, sent->email);
      g_assert_cmpstr (profile->phone, ==, sent->phone);
      g_assert_cmpstr (profile->website, ==, sent->website);
    }
  else
    {
      g_assert_cmpstr (profile->contact_name, ==, "");
      g_assert_cmpstr (profile->email, ==, "");
      g_assert_cmpstr (profile->phone, ==, "");
      g_assert_cmpstr (profile->website, ==, "");
    }

  if (share & SEEDS_PROFILE_SHARE_SCORES)
    assert_shared_spring (seeds_community_get_shared_results (community));
  else
    g_assert_null (seeds_community_get_shared_results (community));
}

static void
assert_added (const SeedsImportResult *result,
              const char              *community_id)
{
  g_test_message ("%s: %s", result->name, result->message);
  g_assert_cmpint (result->outcome, ==, SEEDS_IMPORT_ADDED);
  g_assert_false (seeds_import_result_is_refused (result));
  g_assert_cmpstr (result->community_id, ==, community_id);
  g_assert_null (result->meeting_id);
  g_assert_nonnull (strstr (result->message, "Westland Heat Lab"));
}

/* Each choice, exported, carried as bytes and as a file, and imported
 * into a fresh database: what was chosen arrives, nothing else. */
static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(SeedsCommunity) own = seeds_test_add_shared_community (fixture->store);
  const char *id = seeds_community_get_id (own);

  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    {
      g_autoptr(SeedsProfile) profile = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GBytes) saved = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(SeedsImportResult) from_bytes = NULL;
      g_autoptr(GPtrArray) from_file = NULL;
      g_autofree char *by_bytes_name = g_strdup_printf ("bytes-%u.db", i);
      g_autofree char *by_file_name = g_strdup_printf ("file-%u.db", i);
      g_autofree char *file_name = g_strdup_printf ("lab-%u.seedsprofile", i);
      g_autofree char *path = g_build_filename (fixture->dir, file_name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      SeedsStore *by_bytes;
      SeedsStore *by_file;

      g_test_message ("share %u", choices[i]);
      profile = seeds_profile_export_new (fixture->store, fixture->framework, id, choices[i],
                                          &error);
      g_assert_no_error (error);
      g_assert_cmpint (seeds_profile_has_contact (profile), ==,
                       (choices[i] & SEEDS_PROFILE_SHARE_CONTACT) != 0);

      bytes = seeds_profile_to_bytes (profile);
      assert_file_contents (bytes, choices[i]);

      by_bytes = seeds_test_database_open_other (fixture, by_bytes_name);
      from_bytes = seeds_importer_import_bytes (by_bytes, fixture->framework, bytes, file_name);
      assert_added (from_bytes, id);
      assert_arrived (by_bytes, id, choices[i]);
      g_assert_finalize_object (by_bytes);

      seeds_profile_save (profile, file, &error);
      g_assert_no_error (error);
      saved = g_file_load_bytes (file, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (g_bytes_equal (saved, bytes));

      by_file = seeds_test_database_open_other (fixture, by_file_name);
      from_file = seeds_importer_import_files (by_file, fixture->framework, &file, 1);
      g_assert_cmpuint (from_file->len, ==, 1);
      assert_added (g_ptr_array_index (from_file, 0), id);
      assert_arrived (by_file, id, choices[i]);
      g_assert_finalize_object (by_file);
    }
}

/* Asked for scores that no meeting has three of per factor: none. */
static void
test_nothing_to_share (Fixture       *fixture,
                       gconstpointer  data)
{
  g_auto(SeedsTestSample) sample = { 0, };
  g_autoptr(SeedsProfile) profile = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonObject) root = NULL;
  g_autoptr(GError) error = NULL;

  seeds_test_sample_init (&sample, fixture->store, "Two people", "Anna");
  seeds_store_set_score (fixture->store, seeds_meeting_get_id (sample.scored),
                         seeds_participant_get_id (sample.anna), "1", 4, &error);
  g_assert_no_error (error);
  seeds_store_set_score (fixture->store, seeds_meeting_get_id (sample.scored),
                         seeds_participant_get_id (sample.bram), "1", 5, &error);
  g_assert_no_error (error);

  profile = seeds_profile_export_new (fixture->store, fixture->framework,
                                      seeds_community_get_id (sample.community),
                                      SEEDS_PROFILE_SHARE_SCORES, &error);
  g_assert_no_error (error);
  g_assert_null (seeds_profile_get_shared_results (profile));

  bytes = seeds_profile_to_bytes (profile);
  root = parse_object (bytes);
  g_assert_false (json_object_has_member (root, "results"));
}

/* Only your own communities share their profile. */
static void
test_export_refused (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(SeedsCommunity) own = seeds_test_add_shared_community (fixture->store);
  g_autoptr(SeedsProfile) own_profile = NULL;
  g_autoptr(SeedsProfile) profile = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(SeedsImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) samples = seeds_sample_directory_new ();
  SeedsStore *other;

  /* Imported elsewhere, and exported from there */
  own_profile = seeds_profile_export_new (fixture->store, fixture->framework,
                                          seeds_community_get_id (own),
                                          SEEDS_PROFILE_SHARE_CONTACT, &error);
  g_assert_no_error (error);
  bytes = seeds_profile_to_bytes (own_profile);
  other = seeds_test_database_open_other (fixture, "other.db");
  result = seeds_importer_import_bytes (other, fixture->framework, bytes, "own.seedsprofile");
  assert_added (result, seeds_community_get_id (own));

  profile = seeds_profile_export_new (other, fixture->framework, seeds_community_get_id (own),
                                      SEEDS_PROFILE_SHARE_CONTACT, &error);
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
  g_assert_null (profile);
  g_clear_error (&error);

  seeds_store_add_sample_directory (other, &error);
  g_assert_no_error (error);
  profile = seeds_profile_export_new (other, fixture->framework,
                                      seeds_community_get_id (g_ptr_array_index (samples, 0)),
                                      SEEDS_PROFILE_SHARE_NONE, &error);
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
  g_assert_null (profile);
  g_clear_error (&error);

  profile = seeds_profile_export_new (other, fixture->framework, OTHER_ID,
                                      SEEDS_PROFILE_SHARE_NONE, &error);
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_FOUND);
  g_assert_null (profile);

  g_assert_finalize_object (other);
}

/* A profile of PEER_ID from the sender's side */
static SeedsProfile *
peer_profile (const char *name,
              gint64      updated,
              gboolean    with_results)
{
  g_autoptr(SeedsCommunityProfile) profile = seeds_test_full_profile ();
  g_autoptr(SeedsSharedResults) results = NULL;

  if (with_results)
    {
      results = seeds_shared_results_new (SEEDS_FRAMEWORK_DEFAULT_ID, "2026-03-01", 6);
      seeds_shared_results_add (results, "2", 5, 44, 50);
      seeds_shared_results_add (results, "7", 6, 23, 80);
    }

  return seeds_profile_new (PEER_ID, name, updated, profile, TRUE, results);
}

static SeedsImportResult *
import_profile (Fixture      *fixture,
                SeedsProfile *profile)
{
  g_autoptr(GBytes) bytes = seeds_profile_to_bytes (profile);
  SeedsImportResult *result;

  result = seeds_importer_import_bytes (fixture->store, fixture->framework, bytes,
                                        "peer.seedsprofile");
  g_test_message ("%s", result->message);
  g_assert_cmpstr (result->community_id, ==, seeds_profile_get_community_id (profile));
  g_assert_cmpstr (result->message, !=, "");

  return result;
}

/* Of two profiles of one community, the later one counts, in whatever
 * order they come. */
static void
test_newer_wins (Fixture       *fixture,
                 gconstpointer  data)
{
  gint64 updated = parse_time (PEER_UPDATED);
  g_autoptr(SeedsProfile) first = peer_profile ("Zuid lab", updated, TRUE);
  g_autoptr(SeedsProfile) older = peer_profile ("Zuid lab, as it was", updated - 3600, FALSE);
  g_autoptr(SeedsProfile) newer = peer_profile ("Zuid lab, renamed", updated + 3600, FALSE);
  g_autoptr(SeedsImportResult) added = NULL;
  g_autoptr(SeedsImportResult) unchanged = NULL;
  g_autoptr(SeedsImportResult) same = NULL;
  g_autoptr(SeedsImportResult) updated_result = NULL;
  g_autoptr(SeedsImportResult) back = NULL;
  g_autoptr(SeedsCommunity) entry = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  added = import_profile (fixture, first);
  g_assert_cmpint (added->outcome, ==, SEEDS_IMPORT_ADDED);

  before = seeds_test_dump_database (fixture->path);
  fixture->n_changed = 0;

  unchanged = import_profile (fixture, older);
  g_assert_cmpint (unchanged->outcome, ==, SEEDS_IMPORT_UNCHANGED);
  g_assert_false (seeds_import_result_is_refused (unchanged));
  same = import_profile (fixture, first);
  g_assert_cmpint (same->outcome, ==, SEEDS_IMPORT_UNCHANGED);

  after = seeds_test_dump_database (fixture->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (fixture->n_changed, ==, 0);

  updated_result = import_profile (fixture, newer);
  g_assert_cmpint (updated_result->outcome, ==, SEEDS_IMPORT_UPDATED);
  g_assert_false (seeds_import_result_is_refused (updated_result));
  g_assert_cmpuint (fixture->n_changed, ==, 1);

  entry = seeds_store_get_community (fixture->store, PEER_ID, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_community_get_name (entry), ==, "Zuid lab, renamed");
  g_assert_cmpint (seeds_community_get_updated_at (entry), ==, updated + 3600);
  /* The newer profile shares no scores: the older ones are gone. */
  g_assert_null (seeds_community_get_shared_results (entry));

  /* Removed from the directory, any profile brings it back. */
  seeds_store_remove_directory_entry (fixture->store, entry, &error);
  g_assert_no_error (error);
  back = import_profile (fixture, older);
  g_assert_cmpint (back->outcome, ==, SEEDS_IMPORT_ADDED);
  g_clear_object (&entry);
  entry = seeds_store_get_community (fixture->store, PEER_ID, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_community_get_name (entry), ==, "Zuid lab, as it was");
}

/* The profile of one of your own communities, even a newer one, never
 * replaces it. */
static void
test_conflict (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(SeedsCommunity) own = seeds_test_add_shared_community (fixture->store);
  g_autoptr(SeedsCommunityProfile) profile = seeds_community_profile_new ();
  g_autoptr(SeedsProfile) exported = NULL;
  g_autoptr(SeedsProfile) newer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  SeedsProfile *profiles[2];
  SeedsProfileImport outcome = SEEDS_PROFILE_ADDED;

  exported = seeds_profile_export_new (fixture->store, fixture->framework,
                                       seeds_community_get_id (own),
                                       SEEDS_PROFILE_SHARE_CONTACT | SEEDS_PROFILE_SHARE_SCORES,
                                       &error);
  g_assert_no_error (error);
  newer = seeds_profile_new (seeds_community_get_id (own), "Someone else’s lab",
                             g_get_real_time () / G_USEC_PER_SEC + 60, profile, FALSE, NULL);
  profiles[0] = exported;
  profiles[1] = newer;

  before = seeds_test_dump_database (fixture->path);
  fixture->n_changed = 0;

  for (guint i = 0; i < G_N_ELEMENTS (profiles); i++)
    {
      g_autoptr(SeedsImportResult) result = import_profile (fixture, profiles[i]);

      g_assert_cmpint (result->outcome, ==, SEEDS_IMPORT_CONFLICT);
      g_assert_true (seeds_import_result_is_refused (result));

      g_assert_false (seeds_store_import_profile (fixture->store, profiles[i], &outcome, &error));
      g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CONFLICT);
      g_clear_error (&error);
    }

  /* Also while it is removed, and could still be restored */
  seeds_store_remove_directory_entry (fixture->store, own, &error);
  g_assert_no_error (error);
  g_assert_false (seeds_store_import_profile (fixture->store, newer, &outcome, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  seeds_store_restore_directory_entry (fixture->store, own, &error);
  g_assert_no_error (error);

  after = seeds_test_dump_database (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

/* Bad files */

#define PROFILE(community, rest) \
  "{\"format\": \"seeds-profile\", \"version\": 1, \"community\": {" community "}" rest "}"
#define C_ID      "\"id\": \"" PEER_ID "\", "
#define C_NAME    "\"name\": \"Zuid lab\", "
#define C_UPDATED "\"updated\": \"" NEWER_UPDATED "\", "
#define C_TYPE    "\"type\": \"field-lab\""
#define COMMUNITY C_ID C_NAME C_UPDATED C_TYPE
#define CONTACT(members) ", \"contact\": {" members "}"
#define RESULTS_OF(framework, participants, factors) \
  ", \"results\": {\"framework\": \"" framework "\", \"date\": \"2026-03-01\", " \
  "\"participants\": " participants ", \"factors\": [" factors "]}"
#define RESULTS(factors) RESULTS_OF ("greenport-2020", "5", factors)
#define FACTOR(id, n, mean10, spread100, band) \
  "{\"factor\": \"" id "\", \"n\": " n ", \"mean10\": " mean10 ", \"spread100\": " spread100 \
  ", \"band\": \"" band "\"}"
#define GOOD_FACTOR FACTOR ("1", "4", "42", "50", "strength")

/* Good, and newer than what the database has of PEER_ID */
#define GOOD_PROFILE \
  PROFILE (COMMUNITY ", \"place\": \"Naaldwijk\", " \
           "\"location\": {\"latitude\": 51.99, \"longitude\": 4.21}, " \
           "\"partners\": [\"A\", \"B\"]", \
           CONTACT ("\"name\": \"Wilma\", \"email\": \"w@example.org\"") RESULTS (GOOD_FACTOR))

typedef struct
{
  const char         *name;
  const char         *contents;         /* or made by make */
  char             *(*make) (void);
  SeedsExchangeError  code;
  const char         *fragment;         /* of the message */
} BadProfile;

static char *
make_truncated (void)
{
  return g_strndup (GOOD_PROFILE, strlen (GOOD_PROFILE) / 2);
}

static char *
make_scorecard (void)
{
  g_autoptr(SeedsScorecard) card = NULL;
  g_autoptr(GBytes) bytes = NULL;

  card = seeds_scorecard_new (SEEDS_FRAMEWORK_DEFAULT_ID, OTHER_ID, NULL, "Anna", "",
                              SEEDS_PARTNER_OTHER);
  seeds_scorecard_set_score (card, "1", 4, NULL);
  bytes = seeds_scorecard_to_bytes (card);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static char *
make_text_member (const char *member,
                  guint       length)
{
  g_autofree char *text = g_strnfill (length, 'x');

  return g_strdup_printf (PROFILE (COMMUNITY ", \"%s\": \"%s\"", ""), member, text);
}

static char *
make_long_theme (void)
{
  return make_text_member ("theme", seeds_text_max_length (SEEDS_FIELD_THEME) + 1);
}

static char *
make_long_description (void)
{
  return make_text_member ("description", seeds_text_max_length (SEEDS_FIELD_DESCRIPTION) + 1);
}

static char *
make_long_name (void)
{
  g_autofree char *name = g_strnfill (seeds_text_max_length (SEEDS_FIELD_COMMUNITY_NAME) + 1, 'x');

  return g_strdup_printf (PROFILE (C_ID "\"name\": \"%s\", " C_UPDATED C_TYPE, ""), name);
}

static char *
make_too_large (void)
{
  return make_text_member ("description", SEEDS_EXCHANGE_MAX_SIZE);
}

static char *
make_too_deep (void)
{
  g_autofree char *open = g_strnfill (40, '[');
  g_autofree char *close = g_strnfill (40, ']');

  return g_strdup_printf (PROFILE (COMMUNITY ", \"partners\": %s%s", ""), open, close);
}

/* Just beyond the clock skew allowed */
static char *
make_future (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) later = g_date_time_add_seconds (now, SEEDS_PROFILE_MAX_CLOCK_SKEW + 600);
  g_autofree char *updated = g_date_time_format (later, "%Y-%m-%dT%H:%M:%SZ");

  return g_strdup_printf (PROFILE (C_ID C_NAME "\"updated\": \"%s\", " C_TYPE, ""), updated);
}

static const BadProfile bad_profiles[] = {
  { "not-json", "This is not JSON", NULL, SEEDS_EXCHANGE_ERROR_NOT_JSON, "JSON" },
  { "truncated", NULL, make_truncated, SEEDS_EXCHANGE_ERROR_NOT_JSON, "JSON" },
  { "empty", "", NULL, SEEDS_EXCHANGE_ERROR_NOT_JSON, "empty" },
  { "array", "[]", NULL, SEEDS_EXCHANGE_ERROR_WRONG_FORMAT, "profile" },
  { "too-large", NULL, make_too_large, SEEDS_EXCHANGE_ERROR_TOO_LARGE, "1 MiB" },
  { "too-deep", NULL, make_too_deep, SEEDS_EXCHANGE_ERROR_NOT_JSON, "nested more than 32 levels" },
  { "wrong-format",
    "{\"format\": \"seeds-poster\", \"version\": 1, \"community\": {" COMMUNITY "}}",
    NULL, SEEDS_EXCHANGE_ERROR_WRONG_FORMAT, "profile" },
  { "no-format", "{\"version\": 1, \"community\": {" COMMUNITY "}}",
    NULL, SEEDS_EXCHANGE_ERROR_WRONG_FORMAT, "profile" },
  { "scorecard", NULL, make_scorecard, SEEDS_EXCHANGE_ERROR_WRONG_FORMAT, "score card" },
  { "version-2",
    "{\"format\": \"seeds-profile\", \"version\": 2, \"community\": {" COMMUNITY "}}",
    NULL, SEEDS_EXCHANGE_ERROR_UNSUPPORTED_VERSION, "version 2" },
  { "no-community", "{\"format\": \"seeds-profile\", \"version\": 1}",
    NULL, SEEDS_EXCHANGE_ERROR_INVALID, "“community”" },
  { "no-id", PROFILE (C_NAME C_UPDATED C_TYPE, ""),
    NULL, SEEDS_EXCHANGE_ERROR_INVALID, "community.id" },
  { "bad-uuid", PROFILE ("\"id\": \"3c9d2e1f-zzzz\", " C_NAME C_UPDATED C_TYPE, ""),
    NULL, SEEDS_EXCHANGE_ERROR_INVALID, "community.id" },
  { "no-name", PROFILE (C_ID C_UPDATED C_TYPE, ""),
    NULL, SEEDS_EXCHANGE_ERROR_INVALID, "community.name" },
  { "blank-name", PROFILE (C_ID "\"name\": \"  \", " C_UPDATED C_TYPE, ""),
    NULL, SEEDS_EXCHANGE_ERROR_INVALID, "community.name" },
  { "long-name", NULL, make_long_name, SEEDS_EXCHANGE_ERROR_INVALID, "120" },
  { "long-theme", NULL, make_long_theme, SEEDS_EXCHANGE_ERROR_INVALID, "120" },
  { "long-description", NULL, make_long_description, SEEDS_EXCHANGE_ERROR_INVALID, "2000" },
  { "no-updated", PROFILE (C_ID C_NAME C_TYPE, ""),
    NULL, SEEDS_EXCHANGE_ERROR_INVALID, "community.updated" },
  { "updated-without-zone",
    PROFILE (C_ID C_NAME "\"updated\": \"2026-04-01T08:00:00\", " C_TYPE, ""),
    NULL, SEEDS_EXCHANGE_ERROR_INVALID, "community.updated" },
  { "far-future", PROFILE (C_ID C_NAME "\"updated\": \"2999-01-01T00:00:00Z\", " C_TYPE, ""),
    NULL, SEEDS_EXCHANGE_ERROR_INVALID, "future" },
  { "beyond-clock-skew", NULL, make_future, SEEDS_EXCHANGE_ERROR_INVALID, "future" },
  { "unknown-kind", PROFILE (C_ID C_NAME C_UPDATED "\"type\": \"farm\"", ""),
    NULL, SEEDS_EXCHANGE_ERROR_INVALID, "“farm”" },
  { "latitude-91",
    PROFILE (COMMUNITY ", \"location\": {\"latitude\": 91, \"longitude\": 4.21}", ""),
    NULL, SEEDS_EXCHANGE_ERROR_INVALID, "community.location.latitude" },
  { "longitude-text",
    PROFILE (COMMUNITY ", \"location\": {\"latitude\": 52, \"longitude\": \"4.21\"}", ""),
    NULL, SEEDS_EXCHANGE_ERROR_INVALID, "community.location.longitude" },
  { "partners-text", PROFILE (COMMUNITY ", \"partners\": \"A, B\"", ""),
    NULL, SEEDS_EXCHANGE_ERROR_INVALID, "community.partners" },
  { "partner-empty", PROFILE (COMMUNITY ", \"partners\": [\"A\", \" \"]", ""),
    NULL, SEEDS_EXCHANGE_ERROR_INVALID, "community.partners[1]" },
  { "contact-text", PROFILE (COMMUNITY, ", \"contact\": \"Wilma\""),
    NULL, SEEDS_EXCHANGE_ERROR_INVALID, "“contact”" },
  { "bad-email", PROFILE (COMMUNITY, CONTACT ("\"email\": \"wilma at example\"")),
    NULL, SEEDS_EXCHANGE_ERROR_INVALID, "e-mail" },
  { "bad-phone", PROFILE (COMMUNITY, CONTACT ("\"phone\": \"call me\"")),
    NULL, SEEDS_EXCHANGE_ERROR_INVALID, "phone" },
  { "javascript-website",
    PROFILE (COMMUNITY, CONTACT ("\"website\": \"javascript:alert(1)\"")),
    NULL, SEEDS_EXCHANGE_ERROR_INVALID, "https://" },
  { "file-website", PROFILE (COMMUNITY, CONTACT ("\"website\": \"file:///etc/passwd\"")),
    NULL, SEEDS_EXCHANGE_ERROR_INVALID, "https://" },
  { "other-framework", PROFILE (COMMUNITY, RESULTS_OF ("students-2024", "5", GOOD_FACTOR)),
    NULL, SEEDS_EXCHANGE_ERROR_WRONG_FRAMEWORK, "students-2024" },
  { "participants-2", PROFILE (COMMUNITY, RESULTS_OF ("greenport-2020", "2", GOOD_FACTOR)),
    NULL, SEEDS_EXCHANGE_ERROR_INVALID, "results.participants" },
  { "no-factors", PROFILE (COMMUNITY, RESULTS ("")),
    NULL, SEEDS_EXCHANGE_ERROR_INVALID, "no factors" },
  { "mean-51", PROFILE (COMMUNITY, RESULTS (FACTOR ("1", "4", "51", "50", "strength"))),
    NULL, SEEDS_EXCHANGE_ERROR_INVALID, "results.factors[0].mean10" },
  { "mean-9", PROFILE (COMMUNITY, RESULTS (FACTOR ("1", "4", "9", "50", "attention"))),
    NULL, SEEDS_EXCHANGE_ERROR_INVALID, "results.factors[0].mean10" },
  { "mean-fraction", PROFILE (COMMUNITY, RESULTS (FACTOR ("1", "4", "42.5", "50", "strength"))),
    NULL, SEEDS_EXCHANGE_ERROR_INVALID, "results.factors[0].mean10" },
  { "spread-201", PROFILE (COMMUNITY, RESULTS (FACTOR ("1", "4", "42", "201", "strength"))),
    NULL, SEEDS_EXCHANGE_ERROR_INVALID, "results.factors[0].spread100" },
  { "n-2", PROFILE (COMMUNITY, RESULTS (FACTOR ("1", "2", "42", "50", "strength"))),
    NULL, SEEDS_EXCHANGE_ERROR_INVALID, "results.factors[0].n" },
  { "n-over-participants",
    PROFILE (COMMUNITY, RESULTS (FACTOR ("1", "6", "42", "50", "strength"))),
    NULL, SEEDS_EXCHANGE_ERROR_INVALID, "results.factors[0].n" },
  { "factor-13", PROFILE (COMMUNITY, RESULTS (FACTOR ("13", "4", "42", "50", "strength"))),
    NULL, SEEDS_EXCHANGE_ERROR_INVALID, "“13”" },
  { "duplicate-factor",
    PROFILE (COMMUNITY, RESULTS (GOOD_FACTOR ", " FACTOR ("1", "3", "20", "0", "attention"))),
    NULL, SEEDS_EXCHANGE_ERROR_INVALID, "more than once" },
  { "wrong-band", PROFILE (COMMUNITY, RESULTS (FACTOR ("1", "4", "42", "50", "attention"))),
    NULL, SEEDS_EXCHANGE_ERROR_INVALID, "band" },
  { "individual-scores",
    PROFILE (COMMUNITY, RESULTS ("{\"factor\": \"1\", \"n\": 4, \"scores\": [4, 5, 3, 4]}")),
    NULL, SEEDS_EXCHANGE_ERROR_INVALID, "results.factors[0].mean10" },
};

static char *
bad_contents (const BadProfile *bad)
{
  return bad->make != NULL ? bad->make () : g_strdup (bad->contents);
}

/* Something for a bad file to leave unchanged: a community of your own
 * with its meetings, and an older profile of PEER_ID with scores. */
static void
fill_database (Fixture *fixture)
{
  g_autoptr(SeedsProfile) peer = NULL;
  g_autoptr(SeedsImportResult) result = NULL;

  g_object_unref (seeds_test_add_shared_community (fixture->store));
  peer = peer_profile ("Zuid lab", parse_time (PEER_UPDATED), TRUE);
  result = import_profile (fixture, peer);
  g_assert_cmpint (result->outcome, ==, SEEDS_IMPORT_ADDED);
}

static void
test_base_is_good (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (GOOD_PROFILE, strlen (GOOD_PROFILE));
  g_autoptr(SeedsProfile) profile = NULL;
  g_autoptr(SeedsImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  /* So that each bad file is refused for what is wrong with it alone */
  profile = seeds_profile_new_from_bytes (bytes, fixture->framework, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_profile_get_community_id (profile), ==, PEER_ID);
  g_assert_cmpint (seeds_profile_get_updated (profile), ==, parse_time (NEWER_UPDATED));

  fill_database (fixture);
  result = seeds_importer_import_bytes (fixture->store, fixture->framework, bytes,
                                        "good.seedsprofile");
  g_assert_cmpint (result->outcome, ==, SEEDS_IMPORT_UPDATED);
}

/* Each bad file: refused with its reason, as bytes and as a file, and the
 * database as it was. */
static void
test_rejected (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *before = NULL;

  fill_database (fixture);
  before = seeds_test_dump_database (fixture->path);
  fixture->n_changed = 0;

  for (guint i = 0; i < G_N_ELEMENTS (bad_profiles); i++)
    {
      const BadProfile *bad = &bad_profiles[i];
      g_autofree char *contents = bad_contents (bad);
      g_autofree char *name = g_strconcat (bad->name, ".seedsprofile", NULL);
      g_autofree char *path = seeds_test_write_file (fixture->dir, name, contents, -1);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GBytes) bytes = g_bytes_new (contents, strlen (contents));
      g_autoptr(SeedsProfile) profile = NULL;
      g_autoptr(SeedsImportResult) result = NULL;
      g_autoptr(GPtrArray) results = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;
      const SeedsImportResult *from_file;

      profile = seeds_profile_new_from_bytes (bytes, fixture->framework, &error);
      g_test_message ("%s: %s", bad->name, error != NULL ? error->message : "accepted");
      g_assert_null (profile);
      g_assert_error (error, SEEDS_EXCHANGE_ERROR, (int) bad->code);
      g_assert_nonnull (strstr (error->message, bad->fragment));

      result = seeds_importer_import_bytes (fixture->store, fixture->framework, bytes, name);
      g_assert_cmpint (result->outcome, ==, SEEDS_IMPORT_REJECTED);
      g_assert_true (seeds_import_result_is_refused (result));
      g_assert_cmpstr (result->message, !=, "");

      results = seeds_importer_import_files (fixture->store, fixture->framework, &file, 1);
      from_file = g_ptr_array_index (results, 0);
      g_assert_cmpint (from_file->outcome, ==, SEEDS_IMPORT_REJECTED);
      g_assert_cmpstr (from_file->message, ==, result->message);

      /* A score card is imported as one, and refused for its meeting. */
      if (bad->make != make_scorecard)
        g_assert_cmpstr (result->message, ==, error->message);

      after = seeds_test_dump_database (fixture->path);
      g_assert_cmpstr (before, ==, after);
      g_assert_cmpuint (fixture->n_changed, ==, 0);
    }
}

/* What the store refuses of a profile that no file would give: it checks
 * on its own, and changes nothing. */
static void
test_store_refuses (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(SeedsCommunityProfile) bad_email = seeds_test_full_profile ();
  g_autoptr(SeedsCommunityProfile) good = seeds_test_full_profile ();
  g_autoptr(SeedsSharedResults) few = seeds_shared_results_new (SEEDS_FRAMEWORK_DEFAULT_ID,
                                                                 "2026-03-01", 5);
  g_autoptr(SeedsSharedResults) bad_date = seeds_shared_results_new (SEEDS_FRAMEWORK_DEFAULT_ID,
                                                                      "2026-02-30", 5);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 updated = parse_time (NEWER_UPDATED);
  SeedsProfile *profiles[4];
  const GQuark domains[] = {
    SEEDS_TEXT_ERROR, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR,
  };
  const int codes[] = {
    SEEDS_TEXT_ERROR_INVALID, SEEDS_STORE_ERROR_INVALID, SEEDS_STORE_ERROR_INVALID,
    SEEDS_STORE_ERROR_INVALID,
  };

  g_free (bad_email->email);
  bad_email->email = g_strdup ("not an address");
  seeds_shared_results_add (few, "1", 2, 40, 0);
  seeds_shared_results_add (bad_date, "1", 4, 40, 0);

  profiles[0] = seeds_profile_new (PEER_ID, "Zuid lab", updated, bad_email, TRUE, NULL);
  profiles[1] = seeds_profile_new (PEER_ID, "Zuid lab", updated, good, TRUE, few);
  profiles[2] = seeds_profile_new (PEER_ID, "Zuid lab", updated, good, TRUE, bad_date);
  profiles[3] = seeds_profile_new (PEER_ID, "Zuid lab", 0, good, TRUE, NULL);

  fill_database (fixture);
  before = seeds_test_dump_database (fixture->path);
  fixture->n_changed = 0;

  for (guint i = 0; i < G_N_ELEMENTS (profiles); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (seeds_store_import_profile (fixture->store, profiles[i], NULL, &error));
      g_test_message ("%s", error->message);
      g_assert_error (error, domains[i], codes[i]);
      g_assert_cmpstr (error->message, !=, "");
      g_object_unref (profiles[i]);
    }

  after = seeds_test_dump_database (fixture->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (fixture->n_changed, ==, 0);
}

static GFile *
write_profile (Fixture      *fixture,
               const char   *name,
               SeedsProfile *profile)
{
  g_autoptr(GBytes) bytes = seeds_profile_to_bytes (profile);
  g_autofree char *path = seeds_test_write_file (fixture->dir, name,
                                                 g_bytes_get_data (bytes, NULL),
                                                 (gssize) g_bytes_get_size (bytes));

  return g_file_new_for_path (path);
}

static GFile *
write_text (Fixture    *fixture,
            const char *name,
            const char *text)
{
  g_autofree char *path = seeds_test_write_file (fixture->dir, name, text, -1);

  return g_file_new_for_path (path);
}

static void
assert_outcomes (GPtrArray                *results,
                 const SeedsImportOutcome *outcomes,
                 guint                     n_outcomes)
{
  g_assert_cmpuint (results->len, ==, n_outcomes);

  for (guint i = 0; i < n_outcomes; i++)
    {
      const SeedsImportResult *result = g_ptr_array_index (results, i);

      g_test_message ("%s: %s", result->name, result->message);
      g_assert_cmpint (result->outcome, ==, outcomes[i]);
      g_assert_cmpstr (result->message, !=, "");
    }
}

static void
assert_not_found (Fixture    *fixture,
                  const char *community_id)
{
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(GError) error = NULL;

  community = seeds_store_get_community (fixture->store, community_id, &error);
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_FOUND);
  g_assert_null (community);
}

/* Several files at once: each whole or not at all, one bad file keeps
 * none of the others out. */
static void
test_among_others (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(SeedsCommunity) own = seeds_test_add_shared_community (fixture->store);
  g_autoptr(SeedsCommunityProfile) plain = seeds_community_profile_new ();
  g_autoptr(SeedsProfile) own_profile = NULL;
  g_autoptr(SeedsProfile) first = NULL;
  g_autoptr(SeedsProfile) second = NULL;
  g_autoptr(SeedsSharedResults) results = seeds_shared_results_new (SEEDS_FRAMEWORK_DEFAULT_ID,
                                                                     "2026-03-01", 5);
  g_autoptr(GPtrArray) refused_results = NULL;
  g_autoptr(GPtrArray) mixed_results = NULL;
  g_autoptr(GPtrArray) directory = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 updated = parse_time (PEER_UPDATED);
  GFile *refused[3];
  GFile *mixed[5];
  static const SeedsImportOutcome refused_outcomes[] = {
    SEEDS_IMPORT_REJECTED, SEEDS_IMPORT_CONFLICT, SEEDS_IMPORT_REJECTED,
  };
  static const SeedsImportOutcome mixed_outcomes[] = {
    SEEDS_IMPORT_ADDED, SEEDS_IMPORT_REJECTED, SEEDS_IMPORT_ADDED, SEEDS_IMPORT_CONFLICT,
    SEEDS_IMPORT_REJECTED,
  };

  seeds_shared_results_add (results, "4", 5, 45, 30);
  own_profile = seeds_profile_export_new (fixture->store, fixture->framework,
                                          seeds_community_get_id (own),
                                          SEEDS_PROFILE_SHARE_SCORES, &error);
  g_assert_no_error (error);
  first = seeds_profile_new (PEER2_ID, "First lab", updated, plain, FALSE, results);
  second = seeds_profile_new (PEER3_ID, "Second lab", updated, plain, FALSE, NULL);

  /* Good up to their last factor */
  refused[0] = write_text (fixture, "duplicate.seedsprofile",
                           PROFILE (COMMUNITY, RESULTS (GOOD_FACTOR ", " GOOD_FACTOR)));
  refused[1] = write_profile (fixture, "own.seedsprofile", own_profile);
  refused[2] = write_text (fixture, "far-future.seedsprofile",
                           PROFILE (C_ID C_NAME "\"updated\": \"2999-01-01T00:00:00Z\", " C_TYPE,
                                    RESULTS (GOOD_FACTOR)));

  before = seeds_test_dump_database (fixture->path);
  fixture->n_changed = 0;
  refused_results = seeds_importer_import_files (fixture->store, fixture->framework, refused,
                                                 G_N_ELEMENTS (refused));
  assert_outcomes (refused_results, refused_outcomes, G_N_ELEMENTS (refused_outcomes));
  after = seeds_test_dump_database (fixture->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (fixture->n_changed, ==, 0);

  mixed[0] = write_profile (fixture, "first.seedsprofile", first);
  mixed[1] = g_object_ref (refused[0]);
  mixed[2] = write_profile (fixture, "second.seedsprofile", second);
  mixed[3] = g_object_ref (refused[1]);
  mixed[4] = g_object_ref (refused[2]);
  mixed_results = seeds_importer_import_files (fixture->store, fixture->framework, mixed,
                                               G_N_ELEMENTS (mixed));
  assert_outcomes (mixed_results, mixed_outcomes, G_N_ELEMENTS (mixed_outcomes));
  g_assert_cmpuint (fixture->n_changed, ==, 2);

  /* The good ones whole, the bad ones not at all, your own as it was */
  directory = seeds_store_list_directory (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (directory->len, ==, 3);
  g_assert_cmpstr (seeds_community_get_name (g_ptr_array_index (directory, 0)), ==, "First lab");
  g_assert_true (seeds_shared_results_equal (
    seeds_community_get_shared_results (g_ptr_array_index (directory, 0)), results));
  g_assert_cmpstr (seeds_community_get_name (g_ptr_array_index (directory, 1)), ==, "Second lab");
  g_assert_cmpstr (seeds_community_get_name (g_ptr_array_index (directory, 2)), ==,
                   "Westland Heat Lab");
  g_assert_true (seeds_community_is_own (g_ptr_array_index (directory, 2)));
  assert_not_found (fixture, PEER_ID);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    g_object_unref (refused[i]);
  for (guint i = 0; i < G_N_ELEMENTS (mixed); i++)
    g_object_unref (mixed[i]);
}

/* A profile dated a little ahead, as a computer whose clock runs fast
 * makes it, is accepted. */
static void
test_clock_skew (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) ahead = g_date_time_add_seconds (now, SEEDS_PROFILE_MAX_CLOCK_SKEW - 600);
  g_autofree char *updated = g_date_time_format (ahead, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *contents = g_strdup_printf (PROFILE (C_ID C_NAME "\"updated\": \"%s\", " C_TYPE,
                                                        ""),
                                               updated);
  g_autoptr(GBytes) bytes = g_bytes_new (contents, strlen (contents));
  g_autoptr(SeedsImportResult) result = NULL;

  result = seeds_importer_import_bytes (fixture->store, fixture->framework, bytes,
                                        "ahead.seedsprofile");
  g_test_message ("%s", result->message);
  g_assert_cmpint (result->outcome, ==, SEEDS_IMPORT_ADDED);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, seeds_test_database_set_up, func, \
              seeds_test_database_tear_down)

  ADD ("/profile/round-trip", test_round_trip);
  ADD ("/profile/nothing-to-share", test_nothing_to_share);
  ADD ("/profile/export-refused", test_export_refused);
  ADD ("/profile/newer-wins", test_newer_wins);
  ADD ("/profile/conflict", test_conflict);
  ADD ("/profile/base-is-good", test_base_is_good);
  ADD ("/profile/rejected", test_rejected);
  ADD ("/profile/store-refuses", test_store_refuses);
  ADD ("/profile/among-others", test_among_others);
  ADD ("/profile/clock-skew", test_clock_skew);

#undef ADD

  return g_test_run ();
}
