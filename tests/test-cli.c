/* test-cli.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "exchange/seeds-invitation.h"
#include "print/seeds-poster.h"
#include "exchange/seeds-profile.h"
#include "store/seeds-sample-directory.h"
#include "store/seeds-store-backup.h"
#include "exchange/seeds-scorecard.h"
#include "seeds-test-tools.h"
#include "seeds-test-util.h"

/* Runs the real executable, given as the first argument, the way a
 * facilitator would over ssh: no display, no session bus. */

#define COMMUNITY_ID "0b8f3c1e-5a8e-4d7b-9d6a-1c2b3a4d5e6f"
#define MEETING_ID   "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b"
#define PEER_ID      "3c9d2e1f-7a6b-4c5d-8e9f-0a1b2c3d4e5f"

static char *executable;

typedef struct
{
  char *dir;
  char *data_home;
} Fixture;

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
write_bytes (Fixture    *fixture,
             const char *name,
             GBytes     *bytes)
{
  g_free (seeds_test_write_file (fixture->dir, name, g_bytes_get_data (bytes, NULL),
                                 g_bytes_get_size (bytes)));
}

static void
write_card (Fixture    *fixture,
            const char *name,
            const char *person,
            int         value)
{
  g_autoptr(SeedsScorecard) card = NULL;
  g_autoptr(GBytes) bytes = NULL;

  card = seeds_scorecard_new ("greenport-2020", MEETING_ID, NULL, person, "", SEEDS_PARTNER_OTHER);
  seeds_scorecard_set_score (card, "1", value, NULL);
  seeds_scorecard_set_score (card, "2", SEEDS_SCORE_DONT_KNOW, NULL);
  bytes = seeds_scorecard_to_bytes (card);
  write_bytes (fixture, name, bytes);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(SeedsInvitation) invitation = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *bad = NULL;
  g_autofree char *other = NULL;

  fixture->dir = g_dir_make_tmp ("seeds-cli-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->data_home = g_dir_make_tmp ("seeds-cli-data-XXXXXX", &error);
  g_assert_no_error (error);

  invitation = seeds_invitation_new ("greenport-2020", COMMUNITY_ID, "Westland", MEETING_ID,
                                     "2026-03-12", "Spring round");
  bytes = seeds_invitation_to_bytes (invitation);
  write_bytes (fixture, "spring.seedsmeeting", bytes);

  write_card (fixture, "anna.seedscard", "Anna", 4);
  write_card (fixture, "bram.seedscard", "Bram", 2);
  write_card (fixture, "anna-again.seedscard", "anna", 5);

  bad = seeds_test_write_file (fixture->dir, "broken.seedscard", "{\"format\":", -1);
  other = seeds_test_write_file (fixture->dir, "other.seedscard",
                                 "{\"format\": \"seeds-scorecard\", \"version\": 3}", -1);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *db = g_build_filename (fixture->dir, "seeds.db", NULL);

  seeds_test_remove_database (db);
  seeds_test_remove_dir (fixture->dir);
  seeds_test_remove_dir (fixture->data_home);
  g_free (fixture->dir);
  g_free (fixture->data_home);
}

/* Runs the app in the fixture's folder with @args after it. */
static void
run_app (Fixture            *fixture,
         const char * const *args,
         Run                *run)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (argv, (gpointer) executable);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_cwd (launcher, fixture->dir);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  /* Any use of the session bus, as registering the application would,
   * fails with this address. */
  g_subprocess_launcher_setenv (launcher, "DBUS_SESSION_BUS_ADDRESS", "disabled:", TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", fixture->data_home, TRUE);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);

  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);

  g_test_message ("exit %d\nstdout:\n%s\nstderr:\n%s", run->status, run->out, run->err);
}

static void
test_import (Fixture       *fixture,
             gconstpointer  data)
{
  g_auto(Run) mixed = { 0, };
  g_auto(Run) again = { 0, };
  g_auto(Run) known = { 0, };
  g_autoptr(GFile) default_dir = NULL;

  /* Cards before their invitation, and two bad files among them */
  run_app (fixture,
           (const char * const []) {
             "--database", "seeds.db", "--import", "anna.seedscard", "broken.seedscard",
             "spring.seedsmeeting", "other.seedscard", "bram.seedscard", NULL
           },
           &mixed);
  g_assert_cmpint (mixed.status, ==, 1);
  g_assert_cmpstr (mixed.out, ==,
                   "anna.seedscard: Added the scores of Anna to the meeting “Spring round”.\n"
                   "spring.seedsmeeting: Added the meeting “Spring round” of 12 March 2026 to "
                   "the learning community “Westland”.\n"
                   "bram.seedscard: Added the scores of Bram to the meeting “Spring round”.\n");
  g_assert_cmpstr (mixed.err, ==,
                   "broken.seedscard: The file is not valid JSON: line 1, column 11: unexpected "
                   "end of the file.\n"
                   "other.seedscard: Format version 3 is not supported; this version of the app "
                   "reads version 1.\n");

  /* Every file imported: success */
  run_app (fixture,
           (const char * const []) {
             "--import", "--database=seeds.db", "anna-again.seedscard", NULL
           },
           &again);
  g_assert_cmpint (again.status, ==, 0);
  g_assert_cmpstr (again.out, ==,
                   "anna-again.seedscard: Replaced the earlier score card of Anna in the meeting "
                   "“Spring round”.\n");
  g_assert_cmpstr (again.err, ==, "");

  /* An invitation that is there already is fine too. */
  run_app (fixture,
           (const char * const []) { "-d", "seeds.db", "--import", "spring.seedsmeeting", NULL },
           &known);
  g_assert_cmpint (known.status, ==, 0);
  g_assert_cmpstr (known.out, ==,
                   "spring.seedsmeeting: The meeting “Spring round” of 12 March 2026 is already "
                   "in the database.\n");

  /* --database kept the default database out of it. */
  default_dir = g_file_new_build_filename (fixture->data_home, "seeds-of-innovation", NULL);
  g_assert_false (g_file_query_exists (default_dir, NULL));
}

/* The meeting of the fixture with Anna's and Bram's cards, in seeds.db */
static void
import_sample (Fixture *fixture)
{
  g_auto(Run) import = { 0, };

  run_app (fixture,
           (const char * const []) {
             "--database", "seeds.db", "--import", "spring.seedsmeeting", "anna.seedscard",
             "bram.seedscard", NULL
           },
           &import);
  g_assert_cmpint (import.status, ==, 0);
}

static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_auto(Run) to_file = { 0, };
  g_auto(Run) to_stdout = { 0, };
  g_auto(Run) one = { 0, };
  g_autoptr(GPtrArray) records = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "scores.csv", NULL);
  g_autofree char *csv = NULL;
  gsize length = 0;

  import_sample (fixture);

  run_app (fixture,
           (const char * const []) { "--database", "seeds.db", "--export-csv", "scores.csv", NULL },
           &to_file);
  g_assert_cmpint (to_file.status, ==, 0);
  g_assert_cmpstr (to_file.out, ==, "");
  g_assert_cmpstr (to_file.err, ==, "");

  g_assert_true (g_file_get_contents (path, &csv, &length, NULL));
  records = seeds_test_parse_csv (csv, length);
  g_assert_cmpuint (records->len, ==, 5);
  g_assert_cmpstr (((char **) records->pdata[0])[0], ==, "community");
  g_assert_cmpstr (((char **) records->pdata[1])[4], ==, "Anna");
  g_assert_cmpstr (((char **) records->pdata[1])[8], ==, "4");
  g_assert_cmpstr (((char **) records->pdata[2])[8], ==, "");
  g_assert_cmpstr (((char **) records->pdata[4])[4], ==, "Bram");

  run_app (fixture,
           (const char * const []) { "--database", "seeds.db", "--export-csv", "-", NULL },
           &to_stdout);
  g_assert_cmpint (to_stdout.status, ==, 0);
  g_assert_cmpstr (to_stdout.out, ==, csv);

  run_app (fixture,
           (const char * const []) {
             "--database", "seeds.db", "--export-csv", "-", "--community", COMMUNITY_ID, NULL
           },
           &one);
  g_assert_cmpint (one.status, ==, 0);
  g_assert_cmpstr (one.out, ==, csv);
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);

  return json_node_copy (json_parser_get_root (parser));
}

/* The JSON export, to a file and to stdout, of one community or all. The
 * content itself is tested in test-community-export.c. */
static void
test_export_json (Fixture       *fixture,
                  gconstpointer  data)
{
  g_auto(Run) to_file = { 0, };
  g_auto(Run) to_stdout = { 0, };
  g_auto(Run) one = { 0, };
  g_auto(Run) both = { 0, };
  g_autofree char *path = g_build_filename (fixture->dir, "all.json", NULL);
  g_autofree char *csv_path = g_build_filename (fixture->dir, "scores.csv", NULL);
  g_autofree char *json = NULL;
  g_autoptr(JsonNode) all = NULL;
  g_autoptr(JsonNode) community = NULL;
  JsonObject *object;

  import_sample (fixture);

  run_app (fixture,
           (const char * const []) { "--database", "seeds.db", "--export-json", "all.json", NULL },
           &to_file);
  g_assert_cmpint (to_file.status, ==, 0);
  g_assert_cmpstr (to_file.out, ==, "");
  g_assert_cmpstr (to_file.err, ==, "");

  /* Without --community: a list of every community */
  g_assert_true (g_file_get_contents (path, &json, NULL, NULL));
  all = parse_json (json);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (all));
  g_assert_cmpuint (json_array_get_length (json_node_get_array (all)), ==, 1);
  object = json_array_get_object_element (json_node_get_array (all), 0);
  g_assert_cmpstr (json_object_get_string_member (object, "format"), ==, "seeds-community");

  run_app (fixture,
           (const char * const []) { "--database", "seeds.db", "--export-json", "-", NULL },
           &to_stdout);
  g_assert_cmpint (to_stdout.status, ==, 0);
  g_assert_cmpstr (to_stdout.out, ==, json);

  /* With it: that community's object alone */
  run_app (fixture,
           (const char * const []) {
             "--database", "seeds.db", "--export-json", "-", "--community", COMMUNITY_ID, NULL
           },
           &one);
  g_assert_cmpint (one.status, ==, 0);
  community = parse_json (one.out);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (community));
  g_assert_true (json_node_equal (community, json_array_get_element (json_node_get_array (all), 0)));

  /* Both exports at once */
  g_assert_cmpint (g_remove (path), ==, 0);
  run_app (fixture,
           (const char * const []) {
             "--database", "seeds.db", "--export-csv", "scores.csv", "--export-json", "all.json",
             NULL
           },
           &both);
  g_assert_cmpint (both.status, ==, 0);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (csv_path, G_FILE_TEST_EXISTS));
}

static gint64
count_lessons (const char *path)
{
  return seeds_test_query_int (path, "SELECT count(*) FROM ledger WHERE reason = ?1",
                               "lesson-taken");
}

/* A step that takes up another community's idea leaves with its origin
 * in --export-json and comes back with it in another database, where the
 * lesson earns once; importing the file again is refused and earns
 * nothing more. */
static void
test_export_json_lesson (Fixture       *fixture,
                         gconstpointer  data)
{
  g_auto(Run) exported = { 0, };
  g_auto(Run) imported = { 0, };
  g_auto(Run) again = { 0, };
  g_autofree char *path = g_build_filename (fixture->dir, "seeds.db", NULL);
  g_autofree char *other_path = g_build_filename (fixture->dir, "other.db", NULL);
  g_autofree char *json = NULL;
  g_autofree char *json_path = g_build_filename (fixture->dir, "westland.json", NULL);
  g_autofree char *rain_id = NULL;
  g_autoptr(SeedsStore) store = NULL;
  g_autoptr(SeedsCommunity) rain = NULL;
  g_autoptr(SeedsNextStep) step = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *idea;

  import_sample (fixture);
  store = seeds_test_open_store (path);
  rain = seeds_store_add_community (store, "Rain <b>&amp;</b> Roots", &error);
  g_assert_no_error (error);
  rain_id = g_strdup (seeds_community_get_id (rain));
  step = seeds_store_add_next_step_from (store, MEETING_ID, "9", "Ask them how they do it", "",
                                         NULL, rain, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  run_app (fixture,
           (const char * const []) {
             "--database", "seeds.db", "--export-json", "westland.json", "--community",
             COMMUNITY_ID, NULL
           },
           &exported);
  g_assert_cmpint (exported.status, ==, 0);
  g_assert_true (g_file_get_contents (json_path, &json, NULL, NULL));
  root = parse_json (json);
  idea = json_object_get_object_member (
    json_array_get_object_element (json_object_get_array_member (json_node_get_object (root),
                                                                 "next_steps"), 0),
    "idea_from");
  g_assert_nonnull (idea);
  g_assert_cmpstr (json_object_get_string_member (idea, "community"), ==, rain_id);
  g_assert_cmpstr (json_object_get_string_member (idea, "name"), ==, "Rain <b>&amp;</b> Roots");

  run_app (fixture,
           (const char * const []) { "--database", "other.db", "--import", "westland.json", NULL },
           &imported);
  g_assert_cmpint (imported.status, ==, 0);
  g_assert_cmpint (count_lessons (other_path), ==, 1);
  run_app (fixture,
           (const char * const []) { "--database", "other.db", "--import", "westland.json", NULL },
           &again);
  g_assert_cmpint (again.status, ==, 1);
  g_assert_cmpint (count_lessons (other_path), ==, 1);

  store = seeds_test_open_store (other_path);
  steps = seeds_store_list_next_steps (store, COMMUNITY_ID, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (steps->len, ==, 1);
  g_assert_cmpstr (seeds_next_step_get_origin_id (g_ptr_array_index (steps, 0)), ==, rain_id);
  g_assert_cmpstr (seeds_next_step_get_origin_name (g_ptr_array_index (steps, 0)), ==,
                   "Rain <b>&amp;</b> Roots");
}

/* A community to export, and another whose next steps fill pages of
 * their own, in a closed database. Returns: the first one's id */
static char *
make_two_communities (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsStore) store = seeds_store_open (path, &error);
  g_autoptr(SeedsCommunity) other = NULL;
  g_autoptr(SeedsMeeting) meeting = NULL;
  g_autoptr(SeedsNextStep) step = NULL;
  g_autofree char *long_text = g_strnfill (900, 'x');
  g_auto(SeedsTestSample) sample = { NULL, };

  g_assert_no_error (error);
  seeds_test_sample_init (&sample, store, "Exported lab", "Anna");
  step = seeds_test_add_step (store, sample.scored, "1", "Visit a greenhouse", "", NULL);

  other = seeds_store_add_community (store, "Other lab", &error);
  g_assert_no_error (error);
  meeting = seeds_test_add_meeting (store, other, SEEDS_MEETING_SCORES, "2026-02-01", "Plans");
  for (guint i = 0; i < 40; i++)
    g_object_unref (seeds_test_add_step (store, meeting, "2", long_text, "", NULL));

  return g_strdup (seeds_community_get_id (sample.community));
}

/* Exporting one community reads that community, not every page of the
 * file: a damaged page of another community's, which the check of the
 * whole file would find, doesn't stop it. */
static void
test_export_reads_one_community (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "seeds.db", NULL);
  g_autofree char *community_id = make_two_communities (path);
  g_autoptr(JsonNode) exported = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0, };
  JsonObject *community;

  seeds_test_damage_page (path, seeds_test_middle_leaf (path, "next_steps").page);
  g_assert_false (seeds_store_check_database (path, NULL, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CORRUPT);

  run_app (fixture,
           (const char * const []) {
             "--database", "seeds.db", "--export-json", "-", "--community", community_id, NULL
           },
           &run);
  g_assert_cmpint (run.status, ==, 0);
  exported = parse_json (run.out);
  community = json_object_get_object_member (json_node_get_object (exported), "community");
  g_assert_cmpstr (json_object_get_string_member (community, "name"), ==, "Exported lab");
}

/* Each way to get it wrong: a message on stderr, and a failure status. */
static void
test_errors (Fixture       *fixture,
             gconstpointer  data)
{
  static const struct
  {
    const char *args[8];
    const char *err;
  } runs[] = {
    { { "--database", "missing/seeds.db", "--import", "anna.seedscard", NULL },
      "The folder “missing” does not exist.\n" },
    { { "--database", "seeds.db", "--import", NULL },
      "Name the files to import after --import.\n" },
    { { "--database", "seeds.db", "--export-csv", "-", "anna.seedscard", NULL },
      "To import files, put --import before them.\n" },
    { { "--database", "seeds.db", "--community", COMMUNITY_ID, NULL },
      "--community goes with --export-csv, --export-json or --export-profile.\n" },
    { { "--database", "seeds.db", "--export-csv", "-", "--community", COMMUNITY_ID, NULL },
      "The learning community could not be found. It may have been removed.\n" },
    { { "--database", "seeds.db", "--export-json", "-", "--community", COMMUNITY_ID, NULL },
      "The learning community could not be found. It may have been removed.\n" },
    { { "--database", "seeds.db", "--export-csv", "-", "--export-json", "-", NULL },
      "Only one export can go to the standard output.\n" },
    { { "--database", "seeds.db", "--export-csv", "missing/scores.csv", NULL },
      "The folder “missing” does not exist.\n" },
    { { "--database", "seeds.db", "--export-json", "missing/all.json", NULL },
      "The folder “missing” does not exist.\n" },
    { { "--database", "seeds.db", "--import", "missing.seedscard", NULL },
      "missing.seedscard: The file does not exist.\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
    {
      g_auto(Run) run = { 0, };

      run_app (fixture, runs[i].args, &run);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpstr (run.err, ==, runs[i].err);
    }
}

/* seeds.db with a community of your own that shares a profile, one from
 * another community's profile, and the sample directory.
 *
 * Returns: (transfer full): the id of your own community */
static char *
make_directory (Fixture *fixture)
{
  g_autofree char *path = g_build_filename (fixture->dir, "seeds.db", NULL);
  g_autoptr(SeedsCommunityProfile) profile = seeds_community_profile_new ();
  g_autoptr(SeedsProfile) peer = NULL;
  g_autoptr(SeedsCommunity) own = NULL;
  g_autoptr(GError) error = NULL;
  SeedsStore *store;

  store = seeds_store_open (path, &error);
  g_assert_no_error (error);
  own = seeds_test_add_shared_community (store);

  peer = seeds_profile_new (PEER_ID, "Delft Tomato Circle", 1773310500, profile, FALSE, NULL);
  seeds_store_import_profile (store, peer, NULL, &error);
  g_assert_no_error (error);
  seeds_store_add_sample_directory (store, &error);
  g_assert_no_error (error);

  g_assert_finalize_object (store);

  return g_strdup (seeds_community_get_id (own));
}

static JsonObject *
read_profile (Fixture    *fixture,
              const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) root = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  for (guint i = 0; seeds_test_private_texts[i] != NULL; i++)
    g_assert_null (strstr (text, seeds_test_private_texts[i]));

  root = parse_json (text);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));

  return json_object_ref (json_node_get_object (root));
}

/* Each choice of what to share: the file holds that and no more. */
static void
test_export_profile (Fixture       *fixture,
                     gconstpointer  data)
{
  static const struct
  {
    const char *flags[3];
    gboolean    contact;
    gboolean    scores;
  } choices[] = {
    { { NULL }, FALSE, FALSE },
    { { "--share-contact", NULL }, TRUE, FALSE },
    { { "--share-scores", NULL }, FALSE, TRUE },
    { { "--share-scores", "--share-contact", NULL }, TRUE, TRUE },
  };
  g_autofree char *id = make_directory (fixture);
  g_auto(Run) to_stdout = { 0, };
  g_autoptr(JsonNode) from_stdout = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    {
      g_auto(Run) run = { 0, };
      g_autoptr(JsonObject) profile = NULL;
      g_autoptr(GPtrArray) args = g_ptr_array_new ();
      JsonObject *community;
      JsonObject *contact;

      g_ptr_array_add (args, (gpointer) "--database");
      g_ptr_array_add (args, (gpointer) "seeds.db");
      g_ptr_array_add (args, (gpointer) "--export-profile");
      g_ptr_array_add (args, (gpointer) "lab.seedsprofile");
      g_ptr_array_add (args, (gpointer) "--community");
      g_ptr_array_add (args, id);
      for (guint f = 0; choices[i].flags[f] != NULL; f++)
        g_ptr_array_add (args, (gpointer) choices[i].flags[f]);
      g_ptr_array_add (args, NULL);

      run_app (fixture, (const char * const *) args->pdata, &run);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpstr (run.err, ==, "");

      profile = read_profile (fixture, "lab.seedsprofile");
      g_assert_cmpstr (json_object_get_string_member (profile, "format"), ==, "seeds-profile");
      g_assert_cmpint (json_object_get_int_member (profile, "version"), ==, 1);
      community = json_object_get_object_member (profile, "community");
      g_assert_cmpstr (json_object_get_string_member (community, "id"), ==, id);
      g_assert_cmpstr (json_object_get_string_member (community, "name"), ==,
                       "Westland Heat Lab");
      g_assert_cmpstr (json_object_get_string_member (community, "place"), ==,
                       "Naaldwijk, Zuid-Holland");
      g_assert_true (json_object_has_member (community, "location"));

      g_assert_cmpint (json_object_has_member (profile, "contact"), ==, choices[i].contact);
      g_assert_cmpint (json_object_has_member (profile, "results"), ==, choices[i].scores);

      if (choices[i].contact)
        {
          contact = json_object_get_object_member (profile, "contact");
          g_assert_cmpstr (json_object_get_string_member (contact, "email"), ==,
                           "wilma@example.org");
        }

      if (choices[i].scores)
        {
          JsonObject *results = json_object_get_object_member (profile, "results");

          g_assert_cmpstr (json_object_get_string_member (results, "date"), ==, "2026-03-12");
          g_assert_cmpuint (json_array_get_length (json_object_get_array_member (results,
                                                                                 "factors")),
                            ==, 2);
        }
    }

  run_app (fixture,
           (const char * const []) {
             "--database", "seeds.db", "--export-profile", "-", "--community", id, NULL
           },
           &to_stdout);
  g_assert_cmpint (to_stdout.status, ==, 0);
  g_assert_cmpstr (to_stdout.err, ==, "");
  from_stdout = parse_json (to_stdout.out);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (from_stdout), "format"),
                   ==, "seeds-profile");
}

/* Scores asked for, but none to share: the profile without them, and a
 * word about it */
static void
test_export_profile_no_scores (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "seeds.db", NULL);
  g_autoptr(SeedsCommunity) quiet = NULL;
  g_autoptr(JsonObject) profile = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0, };
  SeedsStore *store;

  store = seeds_store_open (path, &error);
  g_assert_no_error (error);
  quiet = seeds_store_add_directory_entry (store, "Quiet lab", NULL, SEEDS_COMMUNITY_OWN, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (store);

  run_app (fixture,
           (const char * const []) {
             "--database", "seeds.db", "--export-profile", "quiet.seedsprofile", "--community",
             seeds_community_get_id (quiet), "--share-scores", NULL
           },
           &run);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==,
                   "No meeting of “Quiet lab” has a factor that at least three people scored, so "
                   "the profile holds no scores.\n");

  profile = read_profile (fixture, "quiet.seedsprofile");
  g_assert_false (json_object_has_member (profile, "results"));
  g_assert_false (json_object_has_member (profile, "contact"));
}

/* Each way to get the profile wrong: a message, a failure status, and no
 * file. */
static void
test_export_profile_errors (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *id = make_directory (fixture);
  g_autoptr(GPtrArray) samples = seeds_sample_directory_new ();
  const char *sample_id = seeds_community_get_id (g_ptr_array_index (samples, 0));
  g_autofree char *sample_message =
    g_strdup_printf ("“%s” is a fictional sample; samples are never shared as profiles.\n",
                     seeds_community_get_name (g_ptr_array_index (samples, 0)));
  g_autofree char *path = g_build_filename (fixture->dir, "out.seedsprofile", NULL);
  g_autofree char *db = g_build_filename (fixture->dir, "seeds.db", NULL);
  g_autofree char *before = seeds_test_dump_database (db);
  g_autofree char *after = NULL;
  const struct
  {
    const char *args[10];
    const char *err;
  } runs[] = {
    { { "--database", "seeds.db", "--export-profile", "out.seedsprofile", NULL },
      "--export-profile needs --community ID: the learning community whose profile to save.\n" },
    { { "--database", "seeds.db", "--export-profile", "out.seedsprofile", "--community",
        COMMUNITY_ID, NULL },
      "The learning community could not be found. It may have been removed.\n" },
    { { "--database", "seeds.db", "--export-profile", "out.seedsprofile", "--community",
        sample_id, "--share-contact", NULL },
      sample_message },
    { { "--database", "seeds.db", "--export-profile", "out.seedsprofile", "--community",
        PEER_ID, NULL },
      "“Delft Tomato Circle” came from another community’s profile; only your own learning "
      "communities can share theirs.\n" },
    { { "--database", "seeds.db", "--share-contact", NULL },
      "--share-contact and --share-scores go with --export-profile.\n" },
    { { "--database", "seeds.db", "--share-scores", "--export-json", "out.seedsprofile",
        NULL },
      "--share-contact and --share-scores go with --export-profile.\n" },
    { { "--database", "seeds.db", "--export-profile", "-", "--export-csv", "-", "--community",
        id, NULL },
      "Only one export can go to the standard output.\n" },
    { { "--database", "seeds.db", "--export-profile", "missing/out.seedsprofile",
        "--community", id, NULL },
      "The folder “missing” does not exist.\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
    {
      g_auto(Run) run = { 0, };

      run_app (fixture, runs[i].args, &run);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpstr (run.err, ==, runs[i].err);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }

  after = seeds_test_dump_database (db);
  g_assert_cmpstr (before, ==, after);
}

/* Profiles go in with --import like the other files: added, already
 * known, and refused with a reason and a failure status. */
static void
test_import_profile (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *id = make_directory (fixture);
  g_autoptr(SeedsCommunityProfile) profile = seeds_community_profile_new ();
  g_autoptr(SeedsSharedResults) results = seeds_shared_results_new ("greenport-2020",
                                                                     "2026-03-01", 5);
  g_autoptr(SeedsProfile) zuid = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *bad = NULL;
  g_autofree char *db = g_build_filename (fixture->dir, "seeds.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(Run) added = { 0, };
  g_auto(Run) known = { 0, };
  g_auto(Run) refused = { 0, };
  g_auto(Run) exported = { 0, };
  g_auto(Run) own = { 0, };

  seeds_shared_results_add (results, "4", 4, 42, 50);
  zuid = seeds_profile_new ("5e1f4a3b-9c8d-4e7f-8a1b-2c3d4e5f6071", "Zuid lab", 1773310500,
                            profile, FALSE, results);
  bytes = seeds_profile_to_bytes (zuid);
  write_bytes (fixture, "zuid.seedsprofile", bytes);
  bad = seeds_test_write_file (fixture->dir, "bad.seedsprofile",
                               "{\"format\": \"seeds-profile\", \"version\": 1, \"community\": "
                               "{\"id\": \"" PEER_ID "\", \"name\": \"Far north\", "
                               "\"updated\": \"2026-04-01T08:00:00Z\", \"type\": \"other\", "
                               "\"location\": {\"latitude\": 91, \"longitude\": 4.2}}}",
                               -1);

  run_app (fixture,
           (const char * const []) {
             "--database", "other.db", "--import", "zuid.seedsprofile", NULL
           },
           &added);
  g_assert_cmpint (added.status, ==, 0);
  g_assert_cmpstr (added.out, ==,
                   "zuid.seedsprofile: Added the learning community “Zuid lab” to the "
                   "directory, with the scores it shares of its meeting of 1 March 2026.\n");
  g_assert_cmpstr (added.err, ==, "");

  run_app (fixture,
           (const char * const []) {
             "--database", "other.db", "--import", "zuid.seedsprofile", NULL
           },
           &known);
  g_assert_cmpint (known.status, ==, 0);
  g_assert_cmpstr (known.out, ==,
                   "zuid.seedsprofile: The directory already has this profile of “Zuid lab” or "
                   "a newer one; nothing was changed.\n");

  /* A bad file: its reason, a failure status, and the database as it was */
  before = seeds_test_dump_database (db);
  run_app (fixture,
           (const char * const []) {
             "--database", "seeds.db", "--import", "bad.seedsprofile", NULL
           },
           &refused);
  g_assert_cmpint (refused.status, ==, 1);
  g_assert_cmpstr (refused.out, ==, "");
  g_assert_cmpstr (refused.err, ==,
                   "bad.seedsprofile: The field “community.location.latitude” must be a number "
                   "from -90 to 90; it is 91.\n");
  after = seeds_test_dump_database (db);
  g_assert_cmpstr (before, ==, after);

  /* The profile of one of your own communities, imported where it lives */
  run_app (fixture,
           (const char * const []) {
             "--database", "seeds.db", "--export-profile", "own.seedsprofile", "--community", id,
             NULL
           },
           &exported);
  g_assert_cmpint (exported.status, ==, 0);
  run_app (fixture,
           (const char * const []) {
             "--database", "seeds.db", "--import", "own.seedsprofile", "zuid.seedsprofile", NULL
           },
           &own);
  g_assert_cmpint (own.status, ==, 1);
  g_assert_cmpstr (own.out, ==,
                   "zuid.seedsprofile: Added the learning community “Zuid lab” to the "
                   "directory, with the scores it shares of its meeting of 1 March 2026.\n");
  g_assert_cmpstr (own.err, ==,
                   "own.seedsprofile: This is the profile of your own learning community "
                   "“Westland Heat Lab”; it was not imported.\n");
}

/* A community moves to another database with its JSON export: a line on
 * stdout and status 0; refused, the reason on stderr and status 1. */
static void
test_import_json (Fixture       *fixture,
                  gconstpointer  data)
{
  g_auto(Run) exported = { 0, };
  g_auto(Run) imported = { 0, };
  g_auto(Run) back = { 0, };
  g_auto(Run) again = { 0, };
  g_auto(Run) mixed = { 0, };
  g_autofree char *path = g_build_filename (fixture->dir, "westland.json", NULL);
  g_autofree char *json = NULL;
  g_autofree char *bad_path = NULL;
  g_autoptr(GString) bad = NULL;

  import_sample (fixture);

  run_app (fixture,
           (const char * const []) {
             "--database", "seeds.db", "--export-json", "westland.json", "--community",
             COMMUNITY_ID, NULL
           },
           &exported);
  g_assert_cmpint (exported.status, ==, 0);

  run_app (fixture,
           (const char * const []) { "--database", "other.db", "--import", "westland.json", NULL },
           &imported);
  g_assert_cmpint (imported.status, ==, 0);
  g_assert_cmpstr (imported.out, ==,
                   "westland.json: Added the learning community “Westland” with 1 meeting, 2 "
                   "participants and 0 next steps.\n");
  g_assert_cmpstr (imported.err, ==, "");

  /* The same export out of the other database */
  g_assert_true (g_file_get_contents (path, &json, NULL, NULL));
  run_app (fixture,
           (const char * const []) {
             "--database", "other.db", "--export-json", "-", "--community", COMMUNITY_ID, NULL
           },
           &back);
  g_assert_cmpint (back.status, ==, 0);
  g_assert_cmpstr (back.out, ==, json);

  run_app (fixture,
           (const char * const []) { "--database", "other.db", "--import", "westland.json", NULL },
           &again);
  g_assert_cmpint (again.status, ==, 1);
  g_assert_cmpstr (again.out, ==, "");
  g_assert_cmpstr (again.err, ==,
                   "westland.json: “Westland” is already in this database; nothing was "
                   "imported.\n");

  /* A bad export does not keep a good file out. */
  bad = g_string_new (json);
  g_assert_cmpuint (g_string_replace (bad, "\"partner_type\" : \"other\"",
                                      "\"partner_type\" : \"farmer\"", 1), ==, 1);
  bad_path = seeds_test_write_file (fixture->dir, "bad.json", bad->str, bad->len);
  run_app (fixture,
           (const char * const []) {
             "--database", "third.db", "--import", "bad.json", "westland.json", NULL
           },
           &mixed);
  g_assert_cmpint (mixed.status, ==, 1);
  g_assert_cmpstr (mixed.out, ==,
                   "westland.json: Added the learning community “Westland” with 1 meeting, 2 "
                   "participants and 0 next steps.\n");
  g_assert_cmpstr (mixed.err, ==,
                   "bad.json: The field “participants[0].partner_type” is not valid: The partner "
                   "type “farmer” is not one of company, government, education, research or "
                   "other.\n");
}

/* The poster, made without a database or a display: a PDF of the paper
 * and in the language asked for. The layout and the codes themselves are
 * tested in test-poster.c. */
static void
test_export_poster (Fixture       *fixture,
                    gconstpointer  data)
{
  g_auto(Run) run = { 0, };
  g_autofree char *path = g_build_filename (fixture->dir, "poster.pdf", NULL);
  double width, height;

  run_app (fixture,
           (const char * const []) { "--export-poster", "poster.pdf", "--paper", "a3", "--language", "nl", NULL },
           &run);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, "");

  seeds_test_assert_titles (path, "nl");
  seeds_paper_get_size (SEEDS_PAPER_A3, FALSE, &width, &height);
  seeds_test_assert_page (path, width, height);
}

/* --framework puts the students' and teachers' wording on the poster:
 * its titles, where they differ from the research's, are printed. */
static void
test_export_poster_framework (Fixture       *fixture,
                              gconstpointer  data)
{
  g_auto(Run) run = { 0, };
  g_autofree char *path = g_build_filename (fixture->dir, "poster.pdf", NULL);
  g_autoptr(SeedsFramework) students = seeds_framework_new_builtin (SEEDS_FRAMEWORK_STUDENTS_TEACHERS_ID, "nl");
  g_autoptr(SeedsFramework) research = seeds_framework_new_default ("nl");
  g_autofree char *text = NULL;
  guint n_reworded = 0;

  run_app (fixture,
           (const char * const []) { "--export-poster", "poster.pdf", "--paper", "a3", "--language", "nl",
                                     "--framework", SEEDS_FRAMEWORK_STUDENTS_TEACHERS_ID, NULL },
           &run);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  text = seeds_test_pdf_text (path);
  for (guint i = 0; i < seeds_framework_get_n_factors (students); i++)
    {
      const char *title = seeds_factor_get_title (seeds_framework_get_factor (students, i));

      seeds_test_assert_has (text, title, path);
      if (g_strcmp0 (title, seeds_factor_get_title (seeds_framework_get_factor (research, i))) != 0)
        n_reworded++;
    }
  g_assert_cmpuint (n_reworded, >, 0);
}

/* The factor pages go into a new folder, as an export goes into a new
 * file: in a folder that exists. */
static void
test_export_factor_site (Fixture       *fixture,
                         gconstpointer  data)
{
  g_auto(Run) run = { 0, };
  g_autofree char *index = g_build_filename (fixture->dir, "site", "nl", "index.html", NULL);

  g_autofree char *page = g_build_filename (fixture->dir, "students", "en", "factor-1.html", NULL);
  g_autofree char *html = NULL;
  g_autoptr(SeedsFramework) students = seeds_framework_new_builtin (SEEDS_FRAMEWORK_STUDENTS_TEACHERS_ID, "en");
  g_auto(Run) students_run = { 0, };

  run_app (fixture, (const char * const []) { "--export-factor-site", "site", NULL }, &run);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_file_test (index, G_FILE_TEST_IS_REGULAR));

  /* The pages a students' and teachers' poster links to are in their words. */
  run_app (fixture, (const char * const []) { "--export-factor-site", "students", "--framework",
                                              SEEDS_FRAMEWORK_STUDENTS_TEACHERS_ID, NULL },
           &students_run);
  g_assert_cmpint (students_run.status, ==, 0);
  g_assert_true (g_file_get_contents (page, &html, NULL, NULL));
  g_assert_nonnull (strstr (html, seeds_factor_get_title (seeds_framework_get_factor (students, 0))));
}

/* Each way to get the poster wrong: a message, a failure status, and no
 * file. */
static void
test_export_poster_errors (Fixture       *fixture,
                           gconstpointer  data)
{
  static const struct
  {
    const char *args[8];
    const char *err;
  } runs[] = {
    { { "--export-poster", "poster.pdf", "--paper", "a5", NULL },
      "There is no paper size “a5”: choose a4, a3, a2 or a1.\n" },
    { { "--export-poster", "poster.pdf", "--language", "fr", NULL },
      "There is no poster in “fr”: choose one of en, nl.\n" },
    { { "--export-poster", "poster.pdf", "--poster-url", "ftp://example.org/seeds", NULL },
      "“ftp://example.org/seeds” is not a web address for the factor pages, such as "
      "https://example.org/seeds.\n" },
    { { "--export-poster", "poster.pdf", "--framework", "our-own", NULL },
      "There is no framework “our-own”: choose one of greenport-2020, students-teachers-2020.\n" },
    { { "--paper", "a4", NULL },
      "--paper, --landscape, --language and --framework go with --export-poster.\n" },
    { { "--export-factor-site", "site", "--framework", "our-own", NULL },
      "There is no framework “our-own”: choose one of greenport-2020, students-teachers-2020.\n" },
    /* Into a folder that does not exist, the same for a file and for the
     * factor pages' folder: none is made. */
    { { "--export-poster", "missing/poster.pdf", NULL },
      "The folder “missing” does not exist.\n" },
    { { "--export-factor-site", "missing/site", NULL },
      "The folder “missing” does not exist.\n" },
  };
  g_autofree char *missing = g_build_filename (fixture->dir, "missing", NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "poster.pdf", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
    {
      g_auto(Run) run = { 0, };

      run_app (fixture, runs[i].args, &run);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpstr (run.err, ==, runs[i].err);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
    }
}

static void
test_version (Fixture       *fixture,
              gconstpointer  data)
{
  g_auto(Run) run = { 0, };

  run_app (fixture, (const char * const []) { "--version", NULL }, &run);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "seeds-of-innovation " PACKAGE_VERSION "\n");
}

/* The community's own page is in --export-json: its brilliant failures,
 * its rewards and the ledger of its team points, whose amounts add up to
 * the balance. */
static void
test_export_json_community_page (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_auto(Run) run = { 0, };
  g_autofree char *path = g_build_filename (fixture->dir, "seeds.db", NULL);
  g_autoptr(SeedsStore) store = NULL;
  g_autoptr(SeedsPointsRules) rules = seeds_points_rules_new_default ();
  g_autoptr(SeedsFailure) failure = NULL;
  g_autoptr(SeedsReward) reward = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *object;
  JsonArray *failures;
  JsonArray *rewards;
  JsonArray *ledger;
  gint64 balance = 0;
  gint64 sum = 0;

  import_sample (fixture);
  store = seeds_test_open_store (path);
  failure = seeds_store_add_failure (store, COMMUNITY_ID, "A hackathon", "Nobody came",
                                     "Ask the growers first", "12", &error);
  g_assert_no_error (error);
  reward = seeds_store_add_reward (store, COMMUNITY_ID, "A coaching session", 1, &error);
  g_assert_no_error (error);
  g_assert_true (seeds_store_award_points (store, COMMUNITY_ID, rules, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (seeds_store_redeem_reward (store, COMMUNITY_ID, seeds_reward_get_id (reward),
                                            "Wilma", &error));
  g_assert_no_error (error);
  g_assert_true (seeds_store_get_balance (store, COMMUNITY_ID, &balance, &error));
  g_clear_object (&store);

  run_app (fixture,
           (const char * const []) {
             "--database", "seeds.db", "--export-json", "-", "--community", COMMUNITY_ID, NULL
           },
           &run);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_json (run.out);
  object = json_node_get_object (root);

  failures = json_object_get_array_member (object, "failures");
  g_assert_cmpuint (json_array_get_length (failures), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (failures, 0),
                                                  "learned"), ==, "Ask the growers first");
  rewards = json_object_get_array_member (object, "rewards");
  g_assert_cmpuint (json_array_get_length (rewards), ==, 1);

  ledger = json_object_get_array_member (object, "ledger");
  g_assert_cmpuint (json_array_get_length (ledger), >=, 2);
  for (guint i = 0; i < json_array_get_length (ledger); i++)
    sum += json_object_get_int_member (json_array_get_object_element (ledger, i), "amount");
  g_assert_cmpint (sum, ==, balance);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (ledger, 0),
                                                  "reason"),
                   ==, "failure-recorded");
  g_assert_cmpstr (json_object_get_string_member (
                     json_array_get_object_element (ledger, json_array_get_length (ledger) - 1),
                     "agreed_by"), ==, "Wilma");
}

/* A built-in framework exported, imported into another database and
 * exported from there again: the same bytes each time. */
static void
test_framework_round_trip (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GBytes) builtin = seeds_framework_get_builtin_bytes (SEEDS_FRAMEWORK_STUDENTS_TEACHERS_ID);
  g_autofree char *first = g_build_filename (fixture->dir, "st.seedsframework", NULL);
  g_autofree char *second = g_build_filename (fixture->dir, "again.seedsframework", NULL);
  g_autofree char *contents = NULL;
  g_auto(Run) exported = { 0, };
  g_auto(Run) imported = { 0, };
  g_auto(Run) again = { 0, };
  g_auto(Run) unknown = { 0, };
  gsize length = 0;

  run_app (fixture,
           (const char * const []) {
             "--database", "seeds.db", "--export-framework", SEEDS_FRAMEWORK_STUDENTS_TEACHERS_ID,
             "st.seedsframework", NULL
           }, &exported);
  g_assert_cmpint (exported.status, ==, 0);
  g_assert_true (g_file_get_contents (first, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, g_bytes_get_data (builtin, NULL), g_bytes_get_size (builtin));

  run_app (fixture,
           (const char * const []) { "--database", "other.db", "--import", "st.seedsframework", NULL },
           &imported);
  g_assert_cmpint (imported.status, ==, 0);
  g_assert_nonnull (strstr (imported.out, "is already in this database"));

  run_app (fixture,
           (const char * const []) {
             "--database", "other.db", "--export-framework",
             SEEDS_FRAMEWORK_STUDENTS_TEACHERS_ID ":1", "again.seedsframework", NULL
           }, &again);
  g_assert_cmpint (again.status, ==, 0);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (second, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, g_bytes_get_data (builtin, NULL), g_bytes_get_size (builtin));

  run_app (fixture,
           (const char * const []) {
             "--database", "other.db", "--export-framework", "care-2026:3", "care.seedsframework", NULL
           }, &unknown);
  g_assert_cmpint (unknown.status, ==, 1);
  g_assert_nonnull (strstr (unknown.err, "“care-2026” edition 3, which this database does not have"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  if (argc < 2)
    {
      g_printerr ("Usage: %s [GTEST-OPTION…] SEEDS-OF-INNOVATION-EXECUTABLE\n", argv[0]);
      return 2;
    }
  /* The child runs in a folder of its own. */
  executable = g_canonicalize_filename (argv[1], NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/cli/import", test_import);
  ADD ("/cli/export", test_export);
  ADD ("/cli/export-json", test_export_json);
  ADD ("/cli/export-json-community-page", test_export_json_community_page);
  ADD ("/cli/export-json-lesson", test_export_json_lesson);
  ADD ("/cli/export-reads-one-community", test_export_reads_one_community);
  ADD ("/cli/errors", test_errors);
  ADD ("/cli/export-profile", test_export_profile);
  ADD ("/cli/export-profile-no-scores", test_export_profile_no_scores);
  ADD ("/cli/export-profile-errors", test_export_profile_errors);
  ADD ("/cli/import-profile", test_import_profile);
  ADD ("/cli/import-json", test_import_json);
  ADD ("/cli/export-poster", test_export_poster);
  ADD ("/cli/export-poster-framework", test_export_poster_framework);
  ADD ("/cli/export-poster-errors", test_export_poster_errors);
  ADD ("/cli/export-factor-site", test_export_factor_site);
  ADD ("/cli/version", test_version);
  ADD ("/cli/framework-round-trip", test_framework_round_trip);

#undef ADD

  status = g_test_run ();
  g_free (executable);

  return status;
}
