/* test-store-backup.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <utime.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "store/seeds-store.h"
#include "store/seeds-store-backup.h"
#include "store/seeds-store-schema.h"
#include "seeds-test-full-disk.h"
#include "seeds-test-util.h"

typedef struct
{
  char           *dir;
  char           *path;
  char           *backups;  /* the folder of backups */
  SeedsFramework *framework;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("seeds-backup-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "seeds.db", NULL);
  fixture->backups = seeds_store_get_backup_folder (fixture->path);
  fixture->framework = seeds_framework_new_default ("en");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  seeds_test_remove_dir (fixture->dir);
  g_assert_finalize_object (fixture->framework);
  g_free (fixture->backups);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* Helpers */

/* A community with @n_meetings meetings of @n_participants people, each
 * scoring every factor, in a database that is then closed. */
static void
fill (Fixture *fixture,
      guint    n_meetings,
      guint    n_participants)
{
  g_autoptr(SeedsStore) store = seeds_test_open_store (fixture->path);
  g_autoptr(SeedsCommunity) community = NULL;

  community = seeds_test_generate_community (store, fixture->framework, n_meetings,
                                             n_participants, 20261205);
}

static void
add_community (SeedsStore *store,
               const char *name)
{
  g_autoptr(GError) error = NULL;

  g_object_unref (seeds_store_add_community (store, name, &error));
  g_assert_no_error (error);
}

/* seeds_test_dump_database() reads through a read-only connection: while
 * another is open, that leaves no log files behind. */
static char *
dump_closed (const char *path)
{
  sqlite3 *db = seeds_test_open_raw (path, SQLITE_OPEN_READWRITE);
  char *dump = seeds_test_dump_database (path);

  sqlite3_close (db);

  return dump;
}

static guint
count_rows (const char *path,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);

  return seeds_test_query_int (path, sql, NULL);
}

/* The whole-file check finds the damage, and leaves the file as it is;
 * seeds_store_open() may not notice it (see tests/test-store-check.c). */
static void
assert_damaged (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = seeds_test_checksum_file (path);
  g_autofree char *after = NULL;

  g_assert_false (seeds_store_check_database (path, NULL, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CORRUPT);

  after = seeds_test_checksum_file (path);
  g_assert_cmpstr (before, ==, after);
}

/* The names in @dir that begin with a dot: temporary files */
static void
assert_no_temporary_files (const char *dir)
{
  g_autofree char *files = seeds_test_list_folder (dir);

  g_assert_null (strstr (files, " ."));
  g_assert_false (g_str_has_prefix (files, "."));
}

static char *
backup_name (GDateTime  *time,
             const char *suffix)
{
  g_autofree char *stamp = g_date_time_format (time, "%Y-%m-%dT%H%M%SZ");

  return g_strconcat (stamp, suffix, ".db", NULL);
}

/* Copies @from to a backup's name @hours_ago in the folder of backups. */
static char *
copy_as_backup (Fixture    *fixture,
                const char *from,
                int         hours_ago,
                const char *suffix)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) time = g_date_time_add_hours (now, -hours_ago);
  g_autofree char *name = backup_name (time, suffix);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (from, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir_with_parents (fixture->backups, 0700), ==, 0);

  return seeds_test_write_file (fixture->backups, name, contents, length);
}

/* A database left by version @version of the app, with one community */
static void
create_old_database (const char *path,
                     int         version)
{
  sqlite3 *db = seeds_test_open_raw (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  g_autofree char *errmsg = NULL;

  seeds_test_exec_raw (db, "PRAGMA journal_mode = WAL");
  g_assert_cmpint (seeds_store_schema_migrate (db, version, &errmsg), ==, SQLITE_OK);
  seeds_test_exec_raw (db, "INSERT INTO communities (id, name, created_at, updated_at) "
                           "  VALUES ('0c7f3a56-4a3b-4d5e-9f10-000000000001', 'Kept before the update',"
                           "          1764000000, 1764000000)");
  sqlite3_close (db);
}

static GPtrArray *
list_backups (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *backups = seeds_store_list_backups (fixture->path, &error);

  g_assert_no_error (error);

  return backups;
}

/* Making backups */

static void
test_make (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(SeedsStore) store = NULL;
  g_autoptr(SeedsStoreBackup) backup = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GRegex) name_regex = g_regex_new ("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{6}Z\\.db$",
                                              0, 0, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *name = NULL;
  g_autofree char *files = NULL;
  g_autofree char *original = NULL;
  g_autofree char *copy = NULL;

  fill (fixture, 3, 4);
  store = seeds_test_open_store (fixture->path);
  original = seeds_test_dump_database (fixture->path);

  backup = seeds_store_make_backup (fixture->path, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (backup);
  g_assert_false (backup->before_update);
  g_assert_cmpint (backup->update_version, ==, 0);
  g_assert_cmpint (ABS (g_date_time_difference (now, backup->time)), <, 10 * G_TIME_SPAN_SECOND);

  /* Named by its time, alone in the folder next to the database, one file
   * on its own */
  name = g_path_get_basename (backup->path);
  g_assert_true (g_regex_match (name_regex, name, 0, NULL));
  files = seeds_test_list_folder (fixture->backups);
  g_assert_cmpstr (files, ==, name);
  g_assert_cmpint (seeds_test_query_int (backup->path, "PRAGMA application_id", NULL), ==,
                   SEEDS_STORE_APPLICATION_ID);
  copy = seeds_test_dump_database (backup->path);
  g_assert_cmpstr (copy, ==, original);
  g_clear_pointer (&files, g_free);
  files = seeds_test_list_folder (fixture->backups);
  g_assert_cmpstr (files, ==, name);

  backups = list_backups (fixture);
  g_assert_cmpuint (backups->len, ==, 1);
  g_assert_cmpstr (((SeedsStoreBackup *) g_ptr_array_index (backups, 0))->path, ==, backup->path);

  /* The store goes on as before. */
  add_community (store, "After the backup");
}

/* The names of backups are their times; anything else in the folder is
 * not a backup. */
static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  static const char * const names[] = {
    "2026-12-05T220312Z.db",
    "2026-12-06T080000Z-before-update-to-v4.db",
    "2026-11-30T235959Z.db",
    "2026-13-45T999999Z.db",
    "2026-12-05T220312Z.db.partial",
    ".backup-a1b2c3",
    "notes.txt",
  };
  g_autoptr(GPtrArray) backups = list_backups (fixture);
  SeedsStoreBackup *backup;

  g_assert_cmpuint (backups->len, ==, 0);
  g_clear_pointer (&backups, g_ptr_array_unref);

  g_assert_cmpint (g_mkdir (fixture->backups, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_free (seeds_test_write_file (fixture->backups, names[i], "", 0));

  backups = list_backups (fixture);
  g_assert_cmpuint (backups->len, ==, 3);

  backup = g_ptr_array_index (backups, 0);
  g_assert_true (g_str_has_suffix (backup->path, "/2026-12-06T080000Z-before-update-to-v4.db"));
  g_assert_true (backup->before_update);
  g_assert_cmpint (backup->update_version, ==, 4);
  g_assert_cmpint (g_date_time_get_hour (backup->time), ==, 8);

  backup = g_ptr_array_index (backups, 1);
  g_assert_true (g_str_has_suffix (backup->path, "/2026-12-05T220312Z.db"));
  g_assert_false (backup->before_update);
  g_assert_cmpint (g_date_time_get_minute (backup->time), ==, 3);
  g_assert_cmpint (g_date_time_get_second (backup->time), ==, 12);
  g_assert_cmpint (g_date_time_get_utc_offset (backup->time), ==, 0);

  backup = g_ptr_array_index (backups, 2);
  g_assert_true (g_str_has_suffix (backup->path, "/2026-11-30T235959Z.db"));
}

static void
test_before_update (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(SeedsStore) store = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *original = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *fresh_path = g_build_filename (fixture->dir, "fresh.db", NULL);
  g_autofree char *fresh_backups = seeds_store_get_backup_folder (fresh_path);
  SeedsStoreBackup *backup;

  create_old_database (fixture->path, 2);
  original = dump_closed (fixture->path);

  store = seeds_test_open_store (fixture->path);
  g_assert_cmpint (seeds_store_get_schema_version (store), ==,
                   seeds_store_schema_get_latest_version ());

  backups = list_backups (fixture);
  g_assert_cmpuint (backups->len, ==, 1);
  backup = g_ptr_array_index (backups, 0);
  g_assert_true (backup->before_update);
  g_assert_cmpint (backup->update_version, ==, seeds_store_schema_get_latest_version ());

  /* The database as it was before the update */
  g_assert_cmpint (seeds_test_query_int (backup->path, "PRAGMA user_version", NULL), ==, 2);
  copy = seeds_test_dump_database (backup->path);
  g_assert_cmpstr (copy, ==, original);
  g_assert_nonnull (strstr (copy, "Kept before the update"));

  /* Up to date, it needs no more backups; nor does a new database. */
  g_clear_object (&store);
  store = seeds_test_open_store (fixture->path);
  g_clear_pointer (&backups, g_ptr_array_unref);
  backups = list_backups (fixture);
  g_assert_cmpuint (backups->len, ==, 1);

  g_clear_object (&store);
  store = seeds_test_open_store (fresh_path);
  g_assert_false (g_file_test (fresh_backups, G_FILE_TEST_EXISTS));
}

/* A full disk before an update: if the backup cannot be made, the update
 * does not happen, and the message says so; if the update itself fails,
 * it is undone. Either way, and when not even reading works, the database
 * stays as it was. */
static void
test_before_update_full_disk (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *before = NULL;
  guint n_without_backup = 0;
  guint n_with_backup = 0;

  create_old_database (fixture->path, 2);
  before = seeds_test_checksum_file (fixture->path);

  for (guint n = 0; ; n++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SeedsStore) store = NULL;
      g_autofree char *after = NULL;

      seeds_test_full_disk_begin_after (n);
      store = seeds_store_open (fixture->path, &error);
      if (!seeds_test_full_disk_end ())
        {
          g_assert_no_error (error);
          break;
        }

      g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_DISK_FULL);
      g_assert_null (store);
      g_assert_nonnull (strstr (error->message, "disk is full"));

      after = seeds_test_checksum_file (fixture->path);
      g_assert_cmpstr (before, ==, after);
      g_assert_cmpint (seeds_test_query_int (fixture->path, "PRAGMA user_version", NULL), ==, 2);

      if (strstr (error->message, "left unchanged") != NULL)
        {
          g_assert_false (g_file_test (fixture->backups, G_FILE_TEST_EXISTS));
          n_without_backup++;
        }
      else if (g_file_test (fixture->backups, G_FILE_TEST_EXISTS))
        {
          g_autoptr(GPtrArray) backups = list_backups (fixture);

          g_assert_cmpuint (backups->len, ==, 1);
          seeds_test_remove_dir (fixture->backups);
          n_with_backup++;
        }
    }

  g_test_message ("Refused %u times as the backup failed, %u times after it was made",
                  n_without_backup, n_with_backup);
  g_assert_cmpuint (n_without_backup, >, 0);
  g_assert_cmpuint (n_with_backup, >, 0);
}

static void
test_if_due (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(SeedsStore) store = NULL;
  g_autoptr(SeedsStoreBackup) first = NULL;
  g_autoptr(SeedsStoreBackup) none = NULL;
  g_autoptr(SeedsStoreBackup) second = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) yesterday = g_date_time_add_hours (now, -25);
  g_autofree char *old_name = backup_name (yesterday, "");
  g_autofree char *old_path = g_build_filename (fixture->backups, old_name, NULL);
  g_autofree char *update_path = NULL;

  fill (fixture, 1, 2);
  store = seeds_test_open_store (fixture->path);

  /* None yet: one is made. A backup before an update does not count. */
  update_path = copy_as_backup (fixture, fixture->path, 0, "-before-update-to-v3");
  g_assert_true (seeds_store_backup_if_due (fixture->path, &first, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (first);
  g_assert_false (first->before_update);

  /* A recent one: none is made. */
  g_assert_true (seeds_store_backup_if_due (fixture->path, &none, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (none);
  backups = list_backups (fixture);
  g_assert_cmpuint (backups->len, ==, 2);
  g_clear_pointer (&backups, g_ptr_array_unref);

  /* Once it is older than a day, the next is made. */
  g_assert_cmpint (g_rename (first->path, old_path), ==, 0);
  g_assert_true (seeds_store_backup_if_due (fixture->path, &second, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (second);
  backups = list_backups (fixture);
  g_assert_cmpuint (backups->len, ==, 3);
  g_assert_cmpstr (((SeedsStoreBackup *) g_ptr_array_index (backups, 0))->path, ==, second->path);
}

static void
test_prune (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(SeedsStore) store = NULL;
  g_autoptr(SeedsStoreBackup) first = NULL;
  g_autoptr(SeedsStoreBackup) latest = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GPtrArray) old_daily = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) old_updates = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *hour_ago = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *stale = NULL;
  g_autofree char *fresh = NULL;
  struct utimbuf two_hours_ago;
  guint n_daily = 0;

  fill (fixture, 1, 2);
  store = seeds_test_open_store (fixture->path);
  first = seeds_store_make_backup (fixture->path, NULL, &error);
  g_assert_no_error (error);
  /* An hour ago, so that the next is not made in the same second */
  hour_ago = copy_as_backup (fixture, first->path, 1, "");
  g_assert_cmpint (g_remove (first->path), ==, 0);

  /* Nine older daily backups, three made before updates, and what is not
   * a backup: a file of the user's, temporary files of a backup that
   * never finished and of one that may be under way */
  for (int day = 1; day <= 9; day++)
    g_ptr_array_add (old_daily, copy_as_backup (fixture, hour_ago, 24 * day, ""));
  for (int week = 1; week <= 3; week++)
    g_ptr_array_add (old_updates, copy_as_backup (fixture, hour_ago, 24 * 7 * week,
                                                  "-before-update-to-v3"));
  notes = seeds_test_write_file (fixture->backups, "notes.txt", "mine", -1);
  stale = seeds_test_write_file (fixture->backups, ".backup-AbC123", "half", -1);
  two_hours_ago.actime = two_hours_ago.modtime = time (NULL) - 2 * 3600;
  g_assert_cmpint (g_utime (stale, &two_hours_ago), ==, 0);
  fresh = seeds_test_write_file (fixture->backups, ".backup-XyZ789", "under way", -1);

  latest = seeds_store_make_backup (fixture->path, NULL, &error);
  g_assert_no_error (error);

  backups = list_backups (fixture);
  g_assert_cmpuint (backups->len, ==, SEEDS_STORE_N_DAILY_BACKUPS +
                                      SEEDS_STORE_N_BEFORE_UPDATE_BACKUPS);
  for (guint i = 0; i < backups->len; i++)
    {
      SeedsStoreBackup *backup = g_ptr_array_index (backups, i);

      if (!backup->before_update)
        n_daily++;
    }
  g_assert_cmpuint (n_daily, ==, SEEDS_STORE_N_DAILY_BACKUPS);

  /* The newest of each kind stay. */
  g_assert_true (g_file_test (latest->path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (hour_ago, G_FILE_TEST_EXISTS));
  for (guint i = 0; i < old_daily->len; i++)
    g_assert_cmpint (g_file_test (g_ptr_array_index (old_daily, i), G_FILE_TEST_EXISTS), ==,
                     i < SEEDS_STORE_N_DAILY_BACKUPS - 2);
  for (guint i = 0; i < old_updates->len; i++)
    g_assert_cmpint (g_file_test (g_ptr_array_index (old_updates, i), G_FILE_TEST_EXISTS), ==,
                     i < SEEDS_STORE_N_BEFORE_UPDATE_BACKUPS);

  g_assert_true (g_file_test (notes, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (fresh, G_FILE_TEST_EXISTS));
}

/* A full disk refusing each write of a backup in turn: no file that looks
 * like a backup, or any other, stays behind, and the store goes on. */
static void
test_full_disk (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(SeedsStore) store = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *original = NULL;
  g_autofree char *now = NULL;
  guint n_refused = 0;

  fill (fixture, 2, 3);
  store = seeds_test_open_store (fixture->path);
  original = seeds_test_dump_database (fixture->path);

  for (guint n = 0; ; n++)
    {
      g_autoptr(SeedsStoreBackup) backup = NULL;
      g_autoptr(GError) error = NULL;

      seeds_test_full_disk_begin_after (n);
      backup = seeds_store_make_backup (fixture->path, NULL, &error);
      if (!seeds_test_full_disk_end ())
        {
          g_assert_no_error (error);
          g_assert_nonnull (backup);
          break;
        }

      g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_DISK_FULL);
      g_assert_null (backup);
      g_assert_nonnull (strstr (error->message, "because the disk is full"));
      g_assert_false (g_file_test (fixture->backups, G_FILE_TEST_EXISTS));
      n_refused++;
    }

  g_test_message ("Made after %u refusals", n_refused);
  g_assert_cmpuint (n_refused, >, 10);

  backups = list_backups (fixture);
  g_assert_cmpuint (backups->len, ==, 1);
  assert_no_temporary_files (fixture->backups);

  now = seeds_test_dump_database (fixture->path);
  g_assert_cmpstr (now, ==, original);
  add_community (store, "After the full disk");
}

/* A copy of a damaged database fails its check, and is not kept. */
static void
test_damaged_source (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(SeedsStoreBackup) backup = NULL;
  g_autoptr(GError) error = NULL;
  SeedsTestPage leaf;

  fill (fixture, 3, 10);
  leaf = seeds_test_middle_leaf (fixture->path, "scores");
  seeds_test_damage_page (fixture->path, leaf.page);

  backup = seeds_store_make_backup (fixture->path, NULL, &error);
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CORRUPT);
  g_assert_null (backup);
  g_assert_nonnull (strstr (error->message, "damaged"));
  g_assert_false (g_file_test (fixture->backups, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_false (seeds_store_backup_if_due (fixture->path, &backup, NULL, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CORRUPT);
  g_assert_false (g_file_test (fixture->backups, G_FILE_TEST_EXISTS));
}

/* As root, permissions do not stop writes: then the folder is made
 * immutable (chattr +i), which stops root too, where the file system
 * allows it. */
static gboolean
set_folder_read_only (const char *dir,
                      gboolean    read_only)
{
  if (getuid () != 0)
    return g_chmod (dir, read_only ? 0555 : 0755) == 0;

  return seeds_test_set_immutable (dir, read_only);
}

/* A read-only folder of backups: backups fail and say why; the store
 * opens and works as before, but an update waits for a backup. */
static void
test_read_only_folder (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(SeedsStore) store = NULL;
  g_autoptr(SeedsStoreBackup) backup = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *old_path = g_build_filename (fixture->dir, "old.db", NULL);
  g_autofree char *old_backups = seeds_store_get_backup_folder (old_path);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *files = NULL;

  fill (fixture, 1, 2);
  create_old_database (old_path, 1);
  before = seeds_test_checksum_file (old_path);
  g_assert_cmpint (g_mkdir (fixture->backups, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (old_backups, 0755), ==, 0);

  if (!set_folder_read_only (fixture->backups, TRUE))
    {
      g_test_skip_printf ("A folder cannot be made read-only here: %s", g_strerror (errno));
      return;
    }
  g_assert_true (set_folder_read_only (old_backups, TRUE));

  store = seeds_test_open_store (fixture->path);
  backup = seeds_store_make_backup (fixture->path, NULL, &error);
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_READ_ONLY);
  g_assert_null (backup);
  g_test_message ("Refused: %s", error->message);
  g_assert_nonnull (strstr (error->message, "read-only"));
  g_clear_error (&error);
  add_community (store, "Saved all the same");
  g_clear_object (&store);

  store = seeds_store_open (old_path, &error);
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_READ_ONLY);
  g_assert_null (store);
  g_test_message ("Refused: %s", error->message);
  g_assert_nonnull (strstr (error->message, "left unchanged"));
  g_clear_error (&error);
  after = seeds_test_checksum_file (old_path);
  g_assert_cmpstr (before, ==, after);

  g_assert_true (set_folder_read_only (fixture->backups, FALSE));
  g_assert_true (set_folder_read_only (old_backups, FALSE));
  files = seeds_test_list_folder (fixture->backups);
  g_assert_cmpstr (files, ==, "");

  /* Writable again, both work. */
  backup = seeds_store_make_backup (fixture->path, NULL, &error);
  g_assert_no_error (error);
  store = seeds_test_open_store (old_path);
}

/* Another program holds the database in the middle of a write: backing
 * up, restoring and salvaging wait a moment, then give up, changing
 * nothing. */
static void
test_locked (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(SeedsStoreBackup) backup = NULL;
  g_autoptr(SeedsStoreBackup) refused = NULL;
  g_autoptr(SeedsSalvageReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *files = NULL;
  g_autofree char *backup_files = NULL;
  g_autofree char *files_after = NULL;
  g_autofree char *backup_files_after = NULL;
  sqlite3 *other;

  fill (fixture, 1, 2);
  backup = seeds_store_make_backup (fixture->path, NULL, &error);
  g_assert_no_error (error);

  other = seeds_test_open_raw (fixture->path, SQLITE_OPEN_READWRITE);
  seeds_test_exec_raw (other, "PRAGMA locking_mode = EXCLUSIVE;"
                              "BEGIN EXCLUSIVE;"
                              "INSERT INTO communities (id, name, created_at, updated_at) "
                              "  VALUES ('other', 'Other', 0, 0);");
  before = seeds_test_checksum_file (fixture->path);
  files = seeds_test_list_folder (fixture->dir);
  backup_files = seeds_test_list_folder (fixture->backups);

  refused = seeds_store_make_backup (fixture->path, NULL, &error);
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_LOCKED);
  g_assert_null (refused);
  g_test_message ("Refused: %s", error->message);
  g_assert_nonnull (strstr (error->message, "another program"));
  g_clear_error (&error);

  g_assert_false (seeds_store_restore_backup (fixture->path, backup->path, &kept, NULL, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_LOCKED);
  g_test_message ("Refused: %s", error->message);
  g_assert_nonnull (strstr (error->message, "used by another program"));
  g_assert_null (kept);
  g_clear_error (&error);

  g_assert_false (seeds_store_salvage (fixture->path, &kept, &report, NULL, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, "used by another program"));
  g_assert_null (kept);
  g_assert_null (report);

  after = seeds_test_checksum_file (fixture->path);
  g_assert_cmpstr (before, ==, after);
  files_after = seeds_test_list_folder (fixture->dir);
  g_assert_cmpstr (files, ==, files_after);
  backup_files_after = seeds_test_list_folder (fixture->backups);
  g_assert_cmpstr (backup_files, ==, backup_files_after);

  seeds_test_exec_raw (other, "ROLLBACK");
  sqlite3_close (other);
}

/* Restoring */

/* A database with a damaged page, refused as such, and a good backup of
 * it from before its last change; and a newer backup that is damaged
 * too. */
typedef struct
{
  SeedsStoreBackup *good;
  char             *good_dump;
  char             *damaged_backup;
  char             *checksum;  /* of the damaged database */
} Damaged;

static void
damaged_clear (Damaged *damaged)
{
  g_clear_pointer (&damaged->good, seeds_store_backup_free);
  g_clear_pointer (&damaged->good_dump, g_free);
  g_clear_pointer (&damaged->damaged_backup, g_free);
  g_clear_pointer (&damaged->checksum, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Damaged, damaged_clear)

static void
make_damaged (Fixture *fixture,
              Damaged *damaged)
{
  g_autoptr(SeedsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) later = NULL;
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  SeedsTestPage leaf;

  fill (fixture, 3, 10);
  store = seeds_test_open_store (fixture->path);
  damaged->good = seeds_store_make_backup (fixture->path, NULL, &error);
  g_assert_no_error (error);
  damaged->good_dump = seeds_test_dump_database (damaged->good->path);
  add_community (store, "Added after the backup");
  g_clear_object (&store);

  leaf = seeds_test_middle_leaf (fixture->path, "scores");
  seeds_test_damage_page (fixture->path, leaf.page);
  assert_damaged (fixture->path);
  damaged->checksum = seeds_test_checksum_file (fixture->path);

  later = g_date_time_add_minutes (damaged->good->time, 1);
  name = backup_name (later, "");
  g_file_get_contents (fixture->path, &contents, &length, &error);
  g_assert_no_error (error);
  damaged->damaged_backup = seeds_test_write_file (fixture->backups, name, contents, length);
}

static void
assert_kept (const char *kept,
             const char *path,
             const char *checksum)
{
  g_autofree char *name = g_path_get_basename (kept);
  g_autofree char *kept_checksum = NULL;

  g_assert_nonnull (kept);
  g_assert_true (g_str_has_prefix (kept, path));
  g_assert_true (g_regex_match_simple ("^seeds\\.db\\.damaged-"
                                       "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{6}Z$",
                                       name, 0, 0));
  kept_checksum = seeds_test_checksum_file (kept);
  g_assert_cmpstr (kept_checksum, ==, checksum);
}

static void
test_restore (Fixture       *fixture,
              gconstpointer  data)
{
  g_auto(Damaged) damaged = { NULL, };
  g_autoptr(SeedsStoreBackup) found = NULL;
  g_autoptr(SeedsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (fixture->path, "-shm", NULL);
  g_autofree char *kept = NULL;
  g_autofree char *kept_wal = NULL;
  g_autofree char *kept_shm = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *restored = NULL;

  make_damaged (fixture, &damaged);

  /* The newest good backup, not the newer damaged one */
  found = seeds_store_find_good_backup (fixture->path, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
  g_assert_cmpstr (found->path, ==, damaged.good->path);

  /* A log and its index, as a program that stopped leaves them: they go
   * with the database, so that they are never read as the backup's. */
  g_free (seeds_test_write_file (fixture->dir, "seeds.db-wal", "the damaged database's log", -1));
  g_free (seeds_test_write_file (fixture->dir, "seeds.db-shm", "its index", -1));

  g_assert_true (seeds_store_restore_backup (fixture->path, found->path, &kept, NULL, &error));
  g_assert_no_error (error);
  assert_kept (kept, fixture->path, damaged.checksum);
  kept_wal = g_strconcat (kept, "-wal", NULL);
  kept_shm = g_strconcat (kept, "-shm", NULL);
  g_assert_true (g_file_get_contents (kept_wal, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "the damaged database's log");
  g_assert_true (g_file_test (kept_shm, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
  assert_no_temporary_files (fixture->dir);

  /* The store opens, and holds what the backup held. */
  store = seeds_test_open_store (fixture->path);
  g_clear_object (&store);
  restored = dump_closed (fixture->path);
  g_assert_cmpstr (restored, ==, damaged.good_dump);
  g_assert_null (strstr (restored, "Added after the backup"));
  seeds_test_assert_healthy (fixture->path);
}

/* A damaged backup, and a full disk: the damaged database stays where it
 * is, as it is. */
static void
test_restore_refused (Fixture       *fixture,
                      gconstpointer  data)
{
  g_auto(Damaged) damaged = { NULL, };
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *files = NULL;
  g_autofree char *checksum = NULL;
  guint n_refused = 0;

  make_damaged (fixture, &damaged);
  files = seeds_test_list_folder (fixture->dir);

  g_assert_false (seeds_store_restore_backup (fixture->path, damaged.damaged_backup, &kept, NULL,
                                              &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CORRUPT);
  g_test_message ("Refused: %s", error->message);
  g_assert_nonnull (strstr (error->message, "is damaged"));
  g_assert_null (kept);
  g_clear_error (&error);

  for (guint n = 0; ; n++)
    {
      g_autofree char *files_now = NULL;
      g_autofree char *checksum_now = NULL;
      gboolean restored;

      seeds_test_full_disk_begin_after (n);
      restored = seeds_store_restore_backup (fixture->path, damaged.good->path, &kept, NULL,
                                             &error);
      if (!seeds_test_full_disk_end ())
        {
          g_assert_no_error (error);
          g_assert_true (restored);
          break;
        }

      g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_DISK_FULL);
      g_assert_false (restored);
      g_assert_nonnull (strstr (error->message, "because the disk is full"));
      g_assert_null (kept);
      g_clear_error (&error);

      checksum_now = seeds_test_checksum_file (fixture->path);
      g_assert_cmpstr (checksum_now, ==, damaged.checksum);
      files_now = seeds_test_list_folder (fixture->dir);
      g_assert_cmpstr (files_now, ==, files);
      n_refused++;
    }

  g_assert_cmpuint (n_refused, >, 0);
  assert_kept (kept, fixture->path, damaged.checksum);
  checksum = seeds_test_checksum_file (damaged.good->path);
  g_assert_cmpstr (checksum, !=, damaged.checksum);
}

/* Salvaging */

static const char * const tables[] = {
  "communities", "meetings", "participants", "attendance", "scores", "tallies", "next_steps",
  "shared_results", "shared_scores",
};

static void
count_tables (const char *path,
              guint       counts[G_N_ELEMENTS (tables)])
{
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    counts[i] = count_rows (path, tables[i]);
}

static SeedsSalvageReport *
salvage (Fixture  *fixture,
         char    **kept)
{
  g_autoptr(GError) error = NULL;
  SeedsSalvageReport *report = NULL;
  gboolean salvaged = seeds_store_salvage (fixture->path, kept, &report, NULL, &error);

  g_assert_no_error (error);
  g_assert_true (salvaged);
  g_assert_nonnull (report);
  assert_no_temporary_files (fixture->dir);

  for (guint i = 0; i < report->counts->len; i++)
    {
      SeedsSalvageCount *count = &g_array_index (report->counts, SeedsSalvageCount, i);

      g_test_message ("%s (%s): %u salvaged, %u dropped%s", count->kind, count->label,
                      count->n_salvaged, count->n_dropped,
                      count->unreadable ? ", part unreadable" : "");
    }

  return report;
}

/* Parents come before their children in the report. */
static void
assert_parents_first (SeedsSalvageReport *report)
{
  guint communities = G_MAXUINT, meetings = G_MAXUINT, attendance = G_MAXUINT, scores = G_MAXUINT;

  for (guint i = 0; i < report->counts->len; i++)
    {
      const char *kind = g_array_index (report->counts, SeedsSalvageCount, i).kind;

      if (g_str_equal (kind, "communities"))
        communities = i;
      else if (g_str_equal (kind, "meetings"))
        meetings = i;
      else if (g_str_equal (kind, "attendance"))
        attendance = i;
      else if (g_str_equal (kind, "scores"))
        scores = i;
    }

  g_assert_cmpuint (communities, <, meetings);
  g_assert_cmpuint (meetings, <, attendance);
  g_assert_cmpuint (attendance, <, scores);
  g_assert_cmpuint (scores, <, report->counts->len);
}

/* A damaged index costs no row: the tables are read without it. */
static void
test_salvage_index (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(SeedsSalvageReport) report = NULL;
  g_autoptr(SeedsStore) store = NULL;
  g_autofree char *original = NULL;
  g_autofree char *checksum = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *salvaged = NULL;
  guint counts[G_N_ELEMENTS (tables)];

  fill (fixture, 4, 12);
  original = dump_closed (fixture->path);
  count_tables (fixture->path, counts);

  seeds_test_damage_page (fixture->path, seeds_test_query_int (fixture->path,
                                         "SELECT rootpage FROM sqlite_schema WHERE name = ?1",
                                         "scores_by_participant"));
  seeds_test_damage_page (fixture->path, seeds_test_query_int (fixture->path,
                                         "SELECT rootpage FROM sqlite_schema WHERE name = ?1",
                                         "participants_by_community"));
  assert_damaged (fixture->path);
  checksum = seeds_test_checksum_file (fixture->path);

  report = salvage (fixture, &kept);
  g_assert_true (report->complete);
  assert_parents_first (report);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      const SeedsSalvageCount *count = seeds_salvage_report_lookup (report, tables[i]);

      g_assert_nonnull (count);
      g_assert_cmpuint (count->n_salvaged, ==, counts[i]);
      g_assert_cmpuint (count->n_dropped, ==, 0);
      g_assert_false (count->unreadable);
    }
  g_assert_cmpstr (seeds_salvage_report_lookup (report, "next_steps")->label, ==, "Next steps");
  assert_kept (kept, fixture->path, checksum);

  store = seeds_test_open_store (fixture->path);
  g_clear_object (&store);
  salvaged = dump_closed (fixture->path);
  g_assert_cmpstr (salvaged, ==, original);
  seeds_test_assert_healthy (fixture->path);
}

/* The new database has the damaged one's version; opening it updates it,
 * after a backup, as any older database. */
static void
test_salvage_older_version (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(SeedsSalvageReport) report = NULL;
  g_autoptr(SeedsStore) store = NULL;
  g_autoptr(GPtrArray) communities = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;

  create_old_database (fixture->path, 2);
  seeds_test_damage_page (fixture->path, seeds_test_query_int (fixture->path,
                                         "SELECT rootpage FROM sqlite_schema WHERE name = ?1",
                                         "participants_by_community"));
  assert_damaged (fixture->path);

  report = salvage (fixture, &kept);
  g_assert_true (report->complete);
  g_assert_cmpuint (seeds_salvage_report_lookup (report, "communities")->n_salvaged, ==, 1);
  g_assert_null (seeds_salvage_report_lookup (report, "shared_results"));
  g_assert_cmpint (seeds_test_query_int (fixture->path, "PRAGMA user_version", NULL), ==, 2);

  store = seeds_test_open_store (fixture->path);
  g_assert_cmpint (seeds_store_get_schema_version (store), ==,
                   seeds_store_schema_get_latest_version ());
  communities = seeds_store_list_communities (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (communities->len, ==, 1);
  g_assert_cmpstr (seeds_community_get_name (g_ptr_array_index (communities, 0)), ==,
                   "Kept before the update");
  backups = list_backups (fixture);
  g_assert_cmpuint (backups->len, ==, 1);
}

/* A damaged page of a table with rowids: the rows on its other pages are
 * read past it, and the scores of the attendance that was lost are left
 * out. */
static void
test_salvage_table_page (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(SeedsSalvageReport) report = NULL;
  g_autoptr(SeedsStore) store = NULL;
  g_autofree char *kept = NULL;
  guint counts[G_N_ELEMENTS (tables)];
  SeedsTestPage leaf;

  fill (fixture, 8, 20);
  count_tables (fixture->path, counts);
  leaf = seeds_test_middle_leaf (fixture->path, "attendance");
  seeds_test_damage_page (fixture->path, leaf.page);
  assert_damaged (fixture->path);

  report = salvage (fixture, &kept);
  g_assert_false (report->complete);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      const SeedsSalvageCount *count = seeds_salvage_report_lookup (report, tables[i]);

      if (g_str_equal (tables[i], "attendance"))
        {
          g_assert_true (count->unreadable);
          g_assert_cmpuint (count->n_salvaged, ==, counts[i] - leaf.n_cells);
          g_assert_cmpuint (count->n_dropped, ==, 0);
        }
      else if (g_str_equal (tables[i], "scores"))
        {
          g_assert_false (count->unreadable);
          g_assert_cmpuint (count->n_dropped, >, 0);
          g_assert_cmpuint (count->n_salvaged + count->n_dropped, ==, counts[i]);
        }
      else
        {
          g_assert_false (count->unreadable);
          g_assert_cmpuint (count->n_salvaged, ==, counts[i]);
          g_assert_cmpuint (count->n_dropped, ==, 0);
        }
    }

  store = seeds_test_open_store (fixture->path);
  g_clear_object (&store);
  seeds_test_assert_healthy (fixture->path);
}

/* A damaged page of a WITHOUT ROWID table: it is read from both ends. */
static void
test_salvage_keyed_page (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(SeedsSalvageReport) report = NULL;
  g_autoptr(SeedsStore) store = NULL;
  g_autofree char *kept = NULL;
  guint counts[G_N_ELEMENTS (tables)];
  SeedsTestPage leaf;

  fill (fixture, 4, 12);
  count_tables (fixture->path, counts);
  leaf = seeds_test_middle_leaf (fixture->path, "scores");
  seeds_test_damage_page (fixture->path, leaf.page);
  assert_damaged (fixture->path);

  report = salvage (fixture, &kept);
  g_assert_false (report->complete);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      const SeedsSalvageCount *count = seeds_salvage_report_lookup (report, tables[i]);
      gboolean damaged = g_str_equal (tables[i], "scores");

      g_assert_cmpint (count->unreadable, ==, damaged);
      g_assert_cmpuint (count->n_salvaged, ==, counts[i] - (damaged ? leaf.n_cells : 0));
      g_assert_cmpuint (count->n_dropped, ==, 0);
    }

  store = seeds_test_open_store (fixture->path);
  g_clear_object (&store);
  seeds_test_assert_healthy (fixture->path);
}

/* A full disk while salvaging: nothing changes, nothing stays behind. */
static void
test_salvage_full_disk (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(SeedsSalvageReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *checksum = NULL;
  g_autofree char *files = NULL;
  g_autofree char *kept = NULL;
  guint n_refused = 0;

  fill (fixture, 2, 3);
  seeds_test_damage_page (fixture->path, seeds_test_query_int (fixture->path,
                                         "SELECT rootpage FROM sqlite_schema WHERE name = ?1",
                                         "scores_by_participant"));
  checksum = seeds_test_checksum_file (fixture->path);
  files = seeds_test_list_folder (fixture->dir);

  for (guint n = 0; ; n++)
    {
      g_autofree char *files_now = NULL;
      g_autofree char *checksum_now = NULL;
      gboolean salvaged;

      seeds_test_full_disk_begin_after (n);
      salvaged = seeds_store_salvage (fixture->path, &kept, &report, NULL, &error);
      if (!seeds_test_full_disk_end ())
        {
          g_assert_no_error (error);
          g_assert_true (salvaged);
          break;
        }

      g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_DISK_FULL);
      g_assert_false (salvaged);
      g_assert_nonnull (strstr (error->message, "because the disk is full"));
      g_assert_null (kept);
      g_assert_null (report);
      g_clear_error (&error);

      checksum_now = seeds_test_checksum_file (fixture->path);
      g_assert_cmpstr (checksum_now, ==, checksum);
      files_now = seeds_test_list_folder (fixture->dir);
      g_assert_cmpstr (files_now, ==, files);
      n_refused++;
    }

  g_test_message ("Salvaged after %u refusals", n_refused);
  g_assert_cmpuint (n_refused, >, 0);
  g_assert_true (report->complete);
  assert_kept (kept, fixture->path, checksum);
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

  add_test ("/store-backup/make", test_make);
  add_test ("/store-backup/list", test_list);
  add_test ("/store-backup/before-update", test_before_update);
  add_test ("/store-backup/before-update-full-disk", test_before_update_full_disk);
  add_test ("/store-backup/if-due", test_if_due);
  add_test ("/store-backup/prune", test_prune);
  add_test ("/store-backup/full-disk", test_full_disk);
  add_test ("/store-backup/damaged-source", test_damaged_source);
  add_test ("/store-backup/read-only-folder", test_read_only_folder);
  add_test ("/store-backup/locked", test_locked);
  add_test ("/store-backup/restore", test_restore);
  add_test ("/store-backup/restore-refused", test_restore_refused);
  add_test ("/store-backup/salvage/index", test_salvage_index);
  add_test ("/store-backup/salvage/older-version", test_salvage_older_version);
  add_test ("/store-backup/salvage/table-page", test_salvage_table_page);
  add_test ("/store-backup/salvage/keyed-page", test_salvage_keyed_page);
  add_test ("/store-backup/salvage/full-disk", test_salvage_full_disk);

  return g_test_run ();
}
