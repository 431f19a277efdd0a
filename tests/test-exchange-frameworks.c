/* test-exchange-frameworks.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "exchange/seeds-community-export.h"
#include "exchange/seeds-importer.h"
#include "exchange/seeds-invitation.h"
#include "exchange/seeds-scorecard.h"
#include "seeds-test-util.h"
#include "session/seeds-framework-registry.h"

/* Invitations and score cards of a meeting follow the framework the
 * meeting is scored with: they name its id and edition, are read against
 * it, and a card for another framework's meeting is refused. */

#define STUDENTS "students-teachers-2020"

typedef struct
{
  SeedsTestDatabase       db;
  SeedsFrameworkRegistry *frameworks;
  SeedsCommunity         *community;
  SeedsMeeting           *meeting;    /* scored with the students' wording */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  seeds_test_database_set_up (&fixture->db, data);
  fixture->frameworks = seeds_framework_registry_new ();
  g_assert_true (seeds_framework_registry_load (fixture->frameworks, fixture->db.store, &error));
  fixture->community = seeds_store_add_community (fixture->db.store, "Project lab", &error);
  g_assert_no_error (error);
  fixture->meeting = seeds_store_add_meeting_full (fixture->db.store, seeds_community_get_id (fixture->community),
                                                   STUDENTS, 1, SEEDS_MEETING_SCORES, "2026-09-14",
                                                   "Project start", NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->meeting);
  g_clear_object (&fixture->community);
  g_clear_object (&fixture->frameworks);
  seeds_test_database_tear_down (&fixture->db, data);
}

static SeedsFramework *
lookup (const char  *id,
        guint        edition,
        gpointer     user_data,
        GError     **error)
{
  return seeds_framework_registry_lookup (user_data, id, edition, "en", error);
}

static GFile *
write_bytes (Fixture    *fixture,
             const char *name,
             GBytes     *bytes)
{
  g_autofree char *path = seeds_test_write_file (fixture->db.dir, name, g_bytes_get_data (bytes, NULL),
                                                 g_bytes_get_size (bytes));

  return g_file_new_for_path (path);
}

/* Imports a card of Anna's for the meeting, for @framework_id's @edition */
static SeedsImportResult *
import_card (Fixture    *fixture,
             const char *framework_id,
             guint       edition)
{
  g_autoptr(SeedsScorecard) card = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) results = NULL;

  card = seeds_scorecard_new (framework_id, seeds_meeting_get_id (fixture->meeting), NULL, "Anna", "",
                              SEEDS_PARTNER_EDUCATION);
  seeds_scorecard_set_framework_edition (card, edition);
  seeds_scorecard_set_score (card, "1", 4, NULL);
  bytes = seeds_scorecard_to_bytes (card);
  file = write_bytes (fixture, "anna.seedscard", bytes);
  results = seeds_importer_import_files_full (fixture->db.store, fixture->db.framework, lookup,
                                              fixture->frameworks, &file, 1, NULL, NULL, NULL, NULL);
  g_assert_nonnull (results);

  return seeds_import_result_copy (g_ptr_array_index (results, 0));
}

static guint
n_scores (Fixture *fixture)
{
  g_autoptr(GPtrArray) scores = NULL;
  g_autoptr(GError) error = NULL;

  scores = seeds_store_list_scores (fixture->db.store, seeds_meeting_get_id (fixture->meeting), &error);
  g_assert_no_error (error);
  return scores->len;
}

/* A card for the research's framework does not go into a meeting of
 * the students' wording, nor one for an edition the database lacks; one
 * for the meeting's own does */
static void
test_card_of_other_framework (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(SeedsImportResult) other = import_card (fixture, SEEDS_FRAMEWORK_DEFAULT_ID, 1);
  g_autoptr(SeedsImportResult) unknown = import_card (fixture, STUDENTS, 2);
  g_autoptr(SeedsImportResult) own = NULL;

  g_assert_cmpint (other->outcome, ==, SEEDS_IMPORT_REJECTED);
  g_assert_cmpstr (other->message, ==,
                   "The score card is for the framework “greenport-2020”, but the meeting is "
                   "scored with “students-teachers-2020”.");
  g_assert_cmpint (unknown->outcome, ==, SEEDS_IMPORT_REJECTED);
  g_assert_cmpstr (unknown->message, ==,
                   "This meeting is scored with the framework “students-teachers-2020” edition 2, "
                   "which this database does not have.");
  g_assert_cmpuint (n_scores (fixture), ==, 0);

  own = import_card (fixture, STUDENTS, 1);
  g_assert_cmpint (own->outcome, ==, SEEDS_IMPORT_ADDED);
  g_assert_cmpuint (n_scores (fixture), ==, 1);
}

/* An invitation names its meeting's framework and edition; a member's
 * app reads it against that framework, or refuses one it does not know */
static void
test_invitation (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(SeedsInvitation) invitation = seeds_invitation_new_for_meeting (fixture->community,
                                                                          fixture->meeting);
  g_autoptr(SeedsInvitation) read = NULL;
  g_autoptr(SeedsInvitation) unknown = NULL;
  g_autoptr(GBytes) bytes = seeds_invitation_to_bytes (invitation);
  g_autoptr(GFile) file = write_bytes (fixture, "start.seedsmeeting", bytes);
  g_autoptr(GFile) newer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autofree char *newer_text = NULL;
  g_auto(GStrv) parts = NULL;

  g_assert_nonnull (strstr (text, "\"" STUDENTS "\""));
  g_assert_nonnull (strstr (text, "\"framework_edition\" : 1"));

  read = seeds_invitation_new_from_file_full (file, lookup, fixture->frameworks, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_invitation_get_framework_id (read), ==, STUDENTS);
  g_assert_cmpuint (seeds_invitation_get_framework_edition (read), ==, 1);
  g_assert_true (seeds_invitation_equal (read, invitation));

  parts = g_strsplit (text, "\"framework_edition\" : 1", 2);
  newer_text = g_strjoinv ("\"framework_edition\" : 3", parts);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = g_bytes_new (newer_text, strlen (newer_text));
  newer = write_bytes (fixture, "newer.seedsmeeting", bytes);
  unknown = seeds_invitation_new_from_file_full (newer, lookup, fixture->frameworks, &error);
  g_assert_null (unknown);
  g_assert_error (error, SEEDS_EXCHANGE_ERROR, SEEDS_EXCHANGE_ERROR_WRONG_FRAMEWORK);
  g_assert_cmpstr (error->message, ==,
                   "This meeting is scored with the framework “students-teachers-2020” edition 3, "
                   "which this database does not have.");
}

/* An invitation from before editions is for the first edition */
static void
test_invitation_without_edition (Fixture       *fixture,
                                 gconstpointer  data)
{
  static const char old[] =
    "{ \"format\": \"seeds-meeting\", \"version\": 1, \"framework\": \"" STUDENTS "\","
    "  \"community\": { \"id\": \"0b8f3c1e-5a8e-4d7b-9d6a-1c2b3a4d5e6f\", \"name\": \"Lab\" },"
    "  \"meeting\": { \"id\": \"6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b\", \"date\": \"2026-03-12\","
    "                 \"title\": \"Start\" } }";
  g_autoptr(GBytes) bytes = g_bytes_new_static (old, strlen (old));
  g_autoptr(GFile) file = write_bytes (fixture, "old.seedsmeeting", bytes);
  g_autoptr(SeedsInvitation) read = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(SeedsMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;

  read = seeds_invitation_new_from_file_full (file, lookup, fixture->frameworks, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (seeds_invitation_get_framework_edition (read), ==, 1);

  /* Imported, the meeting is scored with the framework it names */
  results = seeds_importer_import_files_full (fixture->db.store, fixture->db.framework, lookup,
                                              fixture->frameworks, &file, 1, NULL, NULL, NULL, NULL);
  g_assert_cmpint (((SeedsImportResult *) g_ptr_array_index (results, 0))->outcome, ==, SEEDS_IMPORT_ADDED);
  meeting = seeds_store_get_meeting (fixture->db.store, "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_meeting_get_framework_id (meeting), ==, STUDENTS);
  g_assert_cmpuint (seeds_meeting_get_framework_edition (meeting), ==, 1);
}

/* Imports @bytes as a community export into @store, with the lookup */
static SeedsImportResult *
import_export (Fixture    *fixture,
               SeedsStore *store,
               GBytes     *bytes,
               const char *name)
{
  g_autoptr(GFile) file = write_bytes (fixture, name, bytes);
  g_autoptr(GPtrArray) results = NULL;

  results = seeds_importer_import_files_full (store, fixture->db.framework, lookup, fixture->frameworks,
                                              &file, 1, NULL, NULL, NULL, NULL);
  return seeds_import_result_copy (g_ptr_array_index (results, 0));
}

/* A community of students and teachers goes out of one database and into
 * another with its framework and each meeting's, and out again byte for
 * byte; an export from before editions is read as of the first edition */
static void
test_community_round_trip (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(SeedsStore) other = seeds_test_database_open_other (&fixture->db, "other.db");
  g_autoptr(SeedsStore) older = seeds_test_database_open_other (&fixture->db, "older.db");
  g_autoptr(SeedsMeeting) research = NULL;
  g_autoptr(SeedsParticipant) anna = NULL;
  g_autoptr(SeedsImportResult) result = NULL;
  g_autoptr(SeedsImportResult) older_result = NULL;
  g_autoptr(SeedsCommunity) imported = NULL;
  g_autoptr(SeedsMeeting) meeting = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GBytes) old_bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *old_text = NULL;
  g_auto(GStrv) parts = NULL;
  const char *community_id = seeds_community_get_id (fixture->community);

  g_assert_true (seeds_store_set_community_framework (fixture->db.store, fixture->community, STUDENTS, 1,
                                                      &error));
  research = seeds_store_add_meeting_full (fixture->db.store, community_id, SEEDS_FRAMEWORK_DEFAULT_ID, 1,
                                           SEEDS_MEETING_SCORES, "2026-05-11", "Before", NULL, &error);
  g_assert_no_error (error);
  anna = seeds_store_add_participant (fixture->db.store, seeds_meeting_get_id (fixture->meeting), "Anna",
                                      "", SEEDS_PARTNER_EDUCATION, &error);
  g_assert_no_error (error);
  g_assert_true (seeds_store_set_score (fixture->db.store, seeds_meeting_get_id (fixture->meeting),
                                        seeds_participant_get_id (anna), "12", 3, &error));

  bytes = seeds_community_export_json (fixture->db.store, community_id, &error);
  g_assert_no_error (error);
  result = import_export (fixture, other, bytes, "lab.json");
  g_assert_cmpint (result->outcome, ==, SEEDS_IMPORT_ADDED);

  imported = seeds_store_get_community (other, community_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_community_get_framework_id (imported), ==, STUDENTS);
  meeting = seeds_store_get_meeting (other, seeds_meeting_get_id (fixture->meeting), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_meeting_get_framework_id (meeting), ==, STUDENTS);
  again = seeds_community_export_json (other, community_id, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (bytes, again));

  /* Older: no editions, no community framework */
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  parts = g_strsplit (text, "\"framework_edition\" : 1,", -1);
  old_text = g_strjoinv ("", parts);
  g_assert_null (strstr (old_text, "framework_edition"));
  old_bytes = g_bytes_new (old_text, strlen (old_text));
  older_result = import_export (fixture, older, old_bytes, "old.json");
  g_assert_cmpint (older_result->outcome, ==, SEEDS_IMPORT_ADDED);
  g_clear_object (&meeting);
  meeting = seeds_store_get_meeting (older, seeds_meeting_get_id (fixture->meeting), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_meeting_get_framework_id (meeting), ==, STUDENTS);
  g_assert_cmpuint (seeds_meeting_get_framework_edition (meeting), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/exchange-frameworks/card-of-other-framework", test_card_of_other_framework);
  ADD ("/exchange-frameworks/invitation", test_invitation);
  ADD ("/exchange-frameworks/invitation-without-edition", test_invitation_without_edition);
  ADD ("/exchange-frameworks/community-round-trip", test_community_round_trip);
#undef ADD

  return g_test_run ();
}
