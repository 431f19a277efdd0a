/* test-shared-directory.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "exchange/seeds-shared-directory.h"
#include "seeds-test-util.h"

/* Shared directories from a local folder: what one database publishes,
 * another reads; profiles that fail the checks are refused with their
 * reason and change nothing; of two profiles of one community the later
 * wins and the conflict is told; a folder that went away keeps its
 * entries; two publishers at once leave one whole profile. */

#define ZUID_ID "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a"

typedef struct
{
  SeedsTestDatabase  db;
  char              *folder;  /* the shared directory */
  char              *uri;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  seeds_test_database_set_up (&fixture->db, data);
  fixture->folder = g_build_filename (fixture->db.dir, "Greenport share", NULL);
  g_assert_cmpint (g_mkdir (fixture->folder, 0700), ==, 0);
  fixture->uri = g_filename_to_uri (fixture->folder, NULL, NULL);

  seeds_store_add_directory_source (fixture->db.store, fixture->uri, "Greenport share", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (g_file_test (fixture->folder, G_FILE_TEST_IS_DIR))
    seeds_test_remove_dir (fixture->folder);
  g_free (fixture->folder);
  g_free (fixture->uri);
  seeds_test_database_tear_down (&fixture->db, data);
}

static SeedsProfile *
make_profile (const char *id,
              const char *name,
              gint64      updated)
{
  g_autoptr(SeedsCommunityProfile) details = seeds_community_profile_new ();

  details->kind = SEEDS_COMMUNITY_LIVING_LAB;
  g_free (details->place);
  details->place = g_strdup ("Zoetermeer");

  return seeds_profile_new (id, name, updated, details, FALSE, NULL);
}

static void
save_profile (const char *folder,
              const char *file_name,
              const char *id,
              const char *name,
              gint64      updated)
{
  g_autoptr(SeedsProfile) profile = make_profile (id, name, updated);
  g_autofree char *path = g_build_filename (folder, file_name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  seeds_profile_save (profile, file, &error);
  g_assert_no_error (error);
}

static SeedsSharedReport *
refresh (SeedsTestDatabase *db)
{
  g_autoptr(GError) error = NULL;
  SeedsSharedReport *report = seeds_shared_directory_refresh (db->store, db->framework, NULL,
                                                              &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);

  return report;
}

static SeedsCommunity *
find_entry (SeedsStore *store,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = seeds_store_list_directory (store, NULL, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < entries->len; i++)
    {
      SeedsCommunity *entry = g_ptr_array_index (entries, i);

      if (g_strcmp0 (seeds_community_get_name (entry), name) == 0)
        return g_object_ref (entry);
    }

  return NULL;
}

static guint
count_entries (SeedsStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = seeds_store_list_directory (store, NULL, &error);

  g_assert_no_error (error);
  return entries->len;
}

/* A profile published by one database appears in another, which says
 * where it came from; the publisher passes over its own. */
static void
test_publish_read (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsStore) other = seeds_test_database_open_other (&fixture->db, "other.db");
  g_autoptr(SeedsCommunity) own = NULL;
  g_autoptr(SeedsCommunity) entry = NULL;
  g_autoptr(SeedsProfile) published = NULL;
  g_autoptr(SeedsSharedReport) report = NULL;
  g_autoptr(SeedsSharedReport) own_report = NULL;
  g_autoptr(GFile) folder = g_file_new_for_path (fixture->folder);
  g_autofree char *source = NULL;
  g_autofree char *listing = NULL;
  gint64 seen_at = 0;
  gint64 before = g_get_real_time () / G_USEC_PER_SEC;

  own = seeds_store_add_community (other, "Westland Heat Lab", &error);
  g_assert_no_error (error);
  published = seeds_shared_directory_publish (other, fixture->db.framework, folder,
                                              seeds_community_get_id (own),
                                              SEEDS_PROFILE_SHARE_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (published);

  /* One whole file, named for the community, and nothing half-written */
  listing = seeds_test_list_folder (fixture->folder);
  g_assert_true (strstr (listing, seeds_community_get_id (own)) != NULL);
  g_assert_null (strstr (listing, ".part"));

  report = refresh (&fixture->db);
  g_assert_cmpuint (report->n_added, ==, 1);
  g_assert_cmpuint (report->refused->len, ==, 0);
  g_assert_cmpuint (report->conflicts->len, ==, 0);

  entry = find_entry (fixture->db.store, "Westland Heat Lab");
  g_assert_nonnull (entry);
  g_assert_cmpint (seeds_community_get_origin (entry), ==, SEEDS_COMMUNITY_PROFILE);
  source = seeds_store_get_entry_source (fixture->db.store, seeds_community_get_id (entry),
                                         &seen_at, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (source, ==, "Greenport share");
  g_assert_cmpint (seen_at, >=, before);

  /* The publisher reads its own profile back without a word. */
  seeds_store_add_directory_source (other, fixture->uri, "Greenport share", &error);
  g_assert_no_error (error);
  own_report = seeds_shared_directory_refresh (other, fixture->db.framework, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (own_report->n_added + own_report->n_updated, ==, 0);
  g_assert_cmpuint (own_report->refused->len, ==, 0);

  g_clear_object (&own);
  g_assert_finalize_object (g_steal_pointer (&other));
}

static void
assert_refused (SeedsSharedReport *report,
                const char        *file_name,
                const char        *message_part)
{
  for (guint i = 0; i < report->refused->len; i++)
    {
      SeedsSharedProblem *problem = g_ptr_array_index (report->refused, i);

      if (g_strcmp0 (problem->name, file_name) == 0)
        {
          g_test_message ("%s: %s", file_name, problem->message);
          g_assert_nonnull (strstr (problem->message, message_part));
          return;
        }
    }

  g_error ("%s was not refused", file_name);
}

static char *
dump_directory (const char *path)
{
  return seeds_test_query_text (path,
                                "SELECT group_concat (id || name || updated_at, ',') "
                                "FROM (SELECT * FROM communities ORDER BY id)");
}

/* Tampered, oversized and half-written profiles are refused, each with
 * its reason, and change nothing. */
static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(SeedsProfile) good = make_profile (ZUID_ID, "Zuid lab", 1764000000);
  g_autoptr(GBytes) bytes = seeds_profile_to_bytes (good);
  g_autoptr(SeedsSharedReport) report = NULL;
  g_autoptr(GString) tampered = NULL;
  g_autofree char *large = g_malloc (SEEDS_EXCHANGE_MAX_SIZE + 2);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize length;
  const char *text = g_bytes_get_data (bytes, &length);

  tampered = g_string_new_len (text, length);
  g_string_replace (tampered, "living-lab", "castle", 1);
  g_free (seeds_test_write_file (fixture->folder, "tampered.seedsprofile", tampered->str, -1));
  g_free (seeds_test_write_file (fixture->folder, "half.seedsprofile", text, length / 2));
  memset (large, ' ', SEEDS_EXCHANGE_MAX_SIZE + 1);
  large[0] = '{';
  large[SEEDS_EXCHANGE_MAX_SIZE] = '}';
  g_free (seeds_test_write_file (fixture->folder, "large.seedsprofile", large,
                                 SEEDS_EXCHANGE_MAX_SIZE + 1));

  before = dump_directory (fixture->db.path);
  report = refresh (&fixture->db);
  after = dump_directory (fixture->db.path);

  g_assert_cmpuint (report->refused->len, ==, 3);
  assert_refused (report, "tampered.seedsprofile", "castle");
  assert_refused (report, "half.seedsprofile", "end");
  assert_refused (report, "large.seedsprofile", "MiB");
  g_assert_cmpuint (report->n_added, ==, 0);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (count_entries (fixture->db.store), ==, 0);
}

/* Two profiles of one community: the later wins, whatever their names,
 * and the conflict is told. */
static void
test_conflict (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(SeedsSharedReport) report = NULL;
  g_autoptr(SeedsCommunity) entry = NULL;
  const char *conflict;

  save_profile (fixture->folder, "a-new.seedsprofile", ZUID_ID, "Zuid lab new", 1764000900);
  save_profile (fixture->folder, "b-old.seedsprofile", ZUID_ID, "Zuid lab old", 1764000000);
  save_profile (fixture->folder, "c-middle.seedsprofile", ZUID_ID, "Zuid lab middle",
                1764000500);

  report = refresh (&fixture->db);
  g_assert_cmpuint (report->n_added, ==, 1);
  g_assert_cmpuint (report->conflicts->len, ==, 2);
  conflict = g_ptr_array_index (report->conflicts, 0);
  g_assert_nonnull (strstr (conflict, "a-new.seedsprofile"));
  g_assert_nonnull (strstr (conflict, "b-old.seedsprofile"));

  entry = find_entry (fixture->db.store, "Zuid lab new");
  g_assert_nonnull (entry);
  g_assert_cmpuint (count_entries (fixture->db.store), ==, 1);
}

/* A folder that cannot be reached keeps its entries, and the source says
 * why; the time of the last good refresh stays. */
static void
test_unreachable (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(SeedsSharedReport) first = NULL;
  g_autoptr(SeedsSharedReport) second = NULL;
  g_autoptr(SeedsCommunity) entry = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *away = g_strconcat (fixture->folder, " away", NULL);
  SeedsDirectorySource *source;
  gint64 last_refresh;

  save_profile (fixture->folder, "zuid.seedsprofile", ZUID_ID, "Zuid lab", 1764000000);
  first = refresh (&fixture->db);
  g_assert_cmpuint (first->n_added, ==, 1);
  sources = seeds_store_list_directory_sources (fixture->db.store, &error);
  g_assert_no_error (error);
  last_refresh = seeds_directory_source_get_last_refresh (g_ptr_array_index (sources, 0));
  g_assert_cmpint (last_refresh, >, 0);
  g_assert_null (seeds_directory_source_get_last_error (g_ptr_array_index (sources, 0)));
  g_clear_pointer (&sources, g_ptr_array_unref);

  g_assert_cmpint (g_rename (fixture->folder, away), ==, 0);
  second = refresh (&fixture->db);
  g_assert_cmpint (g_rename (away, fixture->folder), ==, 0);

  g_assert_cmpuint (second->unreachable->len, ==, 1);
  g_assert_cmpstr (((SeedsSharedProblem *) g_ptr_array_index (second->unreachable, 0))->name, ==,
                   "Greenport share");
  entry = find_entry (fixture->db.store, "Zuid lab");
  g_assert_nonnull (entry);

  sources = seeds_store_list_directory_sources (fixture->db.store, &error);
  g_assert_no_error (error);
  source = g_ptr_array_index (sources, 0);
  g_assert_nonnull (seeds_directory_source_get_last_error (source));
  g_assert_cmpint (seeds_directory_source_get_last_refresh (source), ==, last_refresh);
}

/* Two publishers at once */

#define N_PUBLISHES 30

typedef struct
{
  SeedsStore     *store;
  SeedsFramework *framework;
  GFile          *folder;
  const char     *community_id;
  guint           n_failed;
} Publisher;

static gpointer
publish_often (gpointer data)
{
  Publisher *publisher = data;

  for (guint i = 0; i < N_PUBLISHES; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SeedsProfile) profile = NULL;

      profile = seeds_shared_directory_publish (publisher->store, publisher->framework,
                                                publisher->folder, publisher->community_id,
                                                i % 2 ? SEEDS_PROFILE_SHARE_CONTACT
                                                      : SEEDS_PROFILE_SHARE_NONE,
                                                NULL, &error);
      publisher->n_failed += profile == NULL;
    }

  return NULL;
}

static void
test_concurrent (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsCommunity) own = NULL;
  g_autoptr(GFile) folder = g_file_new_for_path (fixture->folder);
  g_autoptr(SeedsStore) second = seeds_test_open_store (fixture->db.path);
  g_autoptr(SeedsProfile) read = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *name = NULL;
  g_autofree char *listing = NULL;
  Publisher publishers[2];
  GThread *threads[2];

  own = seeds_store_add_community (fixture->db.store, "Delft lab", &error);
  g_assert_no_error (error);

  for (guint i = 0; i < 2; i++)
    {
      publishers[i] = (Publisher) { i == 0 ? fixture->db.store : second, fixture->db.framework,
                                    folder, seeds_community_get_id (own), 0 };
      threads[i] = g_thread_new ("publisher", publish_often, &publishers[i]);
    }
  for (guint i = 0; i < 2; i++)
    {
      g_thread_join (threads[i]);
      g_assert_cmpuint (publishers[i].n_failed, ==, 0);
    }

  name = g_strconcat (seeds_community_get_id (own), SEEDS_PROFILE_SUFFIX, NULL);
  listing = seeds_test_list_folder (fixture->folder);
  g_assert_cmpstr (g_strstrip (listing), ==, name);

  file = g_file_get_child (folder, name);
  read = seeds_profile_new_from_file (file, fixture->db.framework, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_profile_get_name (read), ==, "Delft lab");

  g_clear_object (&own);
  g_assert_finalize_object (g_steal_pointer (&second));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/shared-directory/publish-read", test_publish_read);
  ADD ("/shared-directory/refused", test_refused);
  ADD ("/shared-directory/conflict", test_conflict);
  ADD ("/shared-directory/unreachable", test_unreachable);
  ADD ("/shared-directory/concurrent", test_concurrent);

#undef ADD

  return g_test_run ();
}
