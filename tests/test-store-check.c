/* test-store-check.c
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

#include "store/seeds-backup-scheduler.h"
#include "store/seeds-store.h"
#include "store/seeds-store-backup.h"
#include "seeds-test-util.h"

/* How a damaged database is found: opening checks what costs the same at
 * any size (the header, the schema, the first pages of every table and
 * index); the whole file is checked later on a worker thread, before any
 * backup, and a damaged one makes no backup and says so. */

typedef struct
{
  char           *dir;
  char           *path;
  SeedsFramework *framework;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("seeds-check-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "seeds.db", NULL);
  fixture->framework = seeds_framework_new_default ("en");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  seeds_test_remove_dir (fixture->dir);
  g_clear_object (&fixture->framework);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* A closed database with a community of a few meetings */
static void
fill (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsStore) store = seeds_store_open (fixture->path, &error);
  g_autoptr(SeedsCommunity) community = NULL;

  g_assert_no_error (error);
  community = seeds_test_generate_community (store, fixture->framework, 4, 12, 20261205);
}

static void
exec_raw (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
assert_refused (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsStore) store = NULL;
  g_autofree char *before = seeds_test_checksum_file (path);
  g_autofree char *after = NULL;

  store = seeds_store_open (path, &error);
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CORRUPT);
  g_assert_null (store);
  g_assert_nonnull (strstr (error->message, "is damaged or is not a database"));

  after = seeds_test_checksum_file (path);
  g_assert_cmpstr (before, ==, after);
}

static GPtrArray *
list_objects (const char *path)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE rootpage > 0",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return names;
}

/* Opening reads the first page of every table and index: damaged, it is
 * refused as before. */
static void
test_open_first_pages (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *copy = g_build_filename (fixture->dir, "copy.db", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  fill (fixture);
  g_file_get_contents (fixture->path, &contents, &length, &error);
  g_assert_no_error (error);
  names = list_objects (fixture->path);
  g_assert_cmpuint (names->len, >=, 20);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);

      g_test_message ("The first page of %s", name);
      g_file_set_contents (copy, contents, length, &error);
      g_assert_no_error (error);
      seeds_test_damage_page (copy, seeds_test_root_page (copy, name));
      assert_refused (copy);
      seeds_test_remove_database (copy);
    }
}

/* A database of ours must have the tables and indexes of its version;
 * others may be added, as ANALYZE does. */
static void
assert_schema_checked (Fixture *fixture)
{
  g_autoptr(SeedsStore) store = NULL;
  g_autoptr(GError) error = NULL;

  fill (fixture);
  exec_raw (fixture->path, "ANALYZE; CREATE TABLE notes_of_someone (text TEXT)");
  store = seeds_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  exec_raw (fixture->path, "DROP INDEX next_steps_by_review");
  assert_refused (fixture->path);

  seeds_test_remove_database (fixture->path);
  fill (fixture);
  exec_raw (fixture->path, "DROP TABLE tallies");
  assert_refused (fixture->path);
}

static void
test_open_schema (Fixture       *fixture,
                  gconstpointer  data)
{
  assert_schema_checked (fixture);
}

static gpointer
assert_refused_on_thread (gpointer path)
{
  assert_refused (path);
  return NULL;
}

/* The app opens its database on a thread of its own as it starts: a
 * damaged one is refused there as on the main thread, by any number of
 * threads at once, each with a copy of its own. */
static void
test_open_on_threads (Fixture       *fixture,
                      gconstpointer  data)
{
  GThread *threads[3];
  char *copies[G_N_ELEMENTS (threads)];

  fill (fixture);
  exec_raw (fixture->path, "DROP INDEX next_steps_by_review");
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_autofree char *name = g_strdup_printf ("copy-%u.db", i);
      g_autoptr(GFile) source = g_file_new_for_path (fixture->path);
      g_autoptr(GFile) copy = NULL;
      g_autoptr(GError) error = NULL;

      copies[i] = g_build_filename (fixture->dir, name, NULL);
      copy = g_file_new_for_path (copies[i]);
      g_file_copy (source, copy, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
    }

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("open", assert_refused_on_thread, copies[i]);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_thread_join (threads[i]);
      seeds_test_remove_database (copies[i]);
      g_free (copies[i]);
    }
}

/* A damaged page that the first rows don't reach: opening no longer reads
 * every page, so it opens; the check of the whole file finds it and
 * leaves the file as it is. */
static void
test_check_finds_damage (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(SeedsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  fill (fixture);
  g_assert_true (seeds_store_check_database (fixture->path, NULL, &error));
  g_assert_no_error (error);

  seeds_test_damage_page (fixture->path, seeds_test_middle_leaf (fixture->path, "scores").page);
  before = seeds_test_checksum_file (fixture->path);

  store = seeds_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);

  g_assert_false (seeds_store_check_database (fixture->path, NULL, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CORRUPT);
  g_assert_cmpstr (error->message, ==, "The database “seeds.db” is damaged.");

  g_clear_object (&store);
  after = seeds_test_checksum_file (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_check_cancelled (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  fill (fixture);
  g_cancellable_cancel (cancellable);
  g_assert_false (seeds_store_check_database (fixture->path, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
on_damaged (SeedsBackupScheduler *scheduler,
            GParamSpec           *pspec,
            guint                *n_notified)
{
  (*n_notified)++;
}

static void
run_scheduler (SeedsBackupScheduler *scheduler)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  seeds_backup_scheduler_check_now (scheduler);
  while (seeds_backup_scheduler_is_busy (scheduler))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

/* The names and contents of the files in the folder of backups */
static char *
describe_backups (const char *path)
{
  g_autofree char *dir = seeds_store_get_backup_folder (path);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *file = g_build_filename (dir, name, NULL);
      g_autofree char *sum = seeds_test_checksum_file (file);

      g_ptr_array_add (lines, g_strdup_printf ("%s %s", name, sum));
    }
  g_ptr_array_sort (lines, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (lines, NULL);

  return g_strjoinv ("\n", (char **) lines->pdata);
}

/* A backup of a damaged database would push out a good one: none is made,
 * the scheduler says the database is damaged and stops, and the store may
 * still save what the user does. */
static void
test_scheduler_damaged (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(SeedsStore) store = NULL;
  g_autoptr(SeedsBackupScheduler) scheduler = NULL;
  g_autoptr(SeedsStoreBackup) good = NULL;
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *backups_before = NULL;
  g_autofree char *backups_after = NULL;
  g_autofree char *backup_dir = seeds_store_get_backup_folder (fixture->path);
  g_autofree char *old_path = NULL;
  g_autoptr(GDateTime) yesterday = NULL;
  g_autofree char *stamp = NULL;
  guint n_notified = 0;

  fill (fixture);
  good = seeds_store_make_backup (fixture->path, NULL, &error);
  g_assert_no_error (error);

  /* A day old: a new one is due. */
  yesterday = g_date_time_add_hours (good->time, -25);
  stamp = g_date_time_format (yesterday, "%Y-%m-%dT%H%M%SZ.db");
  old_path = g_build_filename (backup_dir, stamp, NULL);
  g_assert_cmpint (g_rename (good->path, old_path), ==, 0);
  backups_before = describe_backups (fixture->path);

  seeds_test_damage_page (fixture->path, seeds_test_middle_leaf (fixture->path, "scores").page);
  store = seeds_store_open (fixture->path, &error);
  g_assert_no_error (error);

  scheduler = seeds_backup_scheduler_new (fixture->path);
  g_signal_connect (scheduler, "notify::damaged", G_CALLBACK (on_damaged), &n_notified);
  run_scheduler (scheduler);

  g_assert_cmpuint (n_notified, ==, 1);
  g_assert_nonnull (seeds_backup_scheduler_get_damage (scheduler));
  g_assert_error ((GError *) seeds_backup_scheduler_get_damage (scheduler),
                  SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CORRUPT);
  backups_after = describe_backups (fixture->path);
  g_assert_cmpstr (backups_after, ==, backups_before);

  /* It does not try again until the database is opened again. */
  seeds_backup_scheduler_check_now (scheduler);
  g_assert_false (seeds_backup_scheduler_is_busy (scheduler));

  community = seeds_store_add_community (store, "Added after the check", &error);
  g_assert_no_error (error);
  g_assert_nonnull (community);
}

/* Backups that cannot even be listed don't stop the check. */
static void
test_scheduler_backups_unlisted (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(SeedsStore) store = NULL;
  g_autoptr(SeedsBackupScheduler) scheduler = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup_dir = seeds_store_get_backup_folder (fixture->path);
  g_autofree char *not_a_folder = NULL;

  fill (fixture);
  not_a_folder = seeds_test_write_file (fixture->dir, "seeds.db.backups", "not a folder", -1);
  g_assert_cmpstr (not_a_folder, ==, backup_dir);
  seeds_test_damage_page (fixture->path, seeds_test_middle_leaf (fixture->path, "scores").page);
  store = seeds_store_open (fixture->path, &error);
  g_assert_no_error (error);

  scheduler = seeds_backup_scheduler_new (fixture->path);
  run_scheduler (scheduler);
  g_assert_error ((GError *) seeds_backup_scheduler_get_damage (scheduler),
                  SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CORRUPT);
}

static void
test_scheduler_healthy (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(SeedsStore) store = NULL;
  g_autoptr(SeedsBackupScheduler) scheduler = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;

  fill (fixture);
  store = seeds_store_open (fixture->path, &error);
  g_assert_no_error (error);

  scheduler = seeds_backup_scheduler_new (fixture->path);
  run_scheduler (scheduler);
  g_assert_null (seeds_backup_scheduler_get_damage (scheduler));

  backups = seeds_store_list_backups (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 1);
}

static void
add_test (const char *name,
          void      (*func) (Fixture *, gconstpointer))
{
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  add_test ("/store-check/open/first-pages", test_open_first_pages);
  add_test ("/store-check/open/schema", test_open_schema);
  add_test ("/store-check/open/on-threads", test_open_on_threads);
  add_test ("/store-check/check/finds-damage", test_check_finds_damage);
  add_test ("/store-check/check/cancelled", test_check_cancelled);
  add_test ("/store-check/scheduler/damaged", test_scheduler_damaged);
  add_test ("/store-check/scheduler/backups-unlisted", test_scheduler_backups_unlisted);
  add_test ("/store-check/scheduler/healthy", test_scheduler_healthy);

  return g_test_run ();
}
