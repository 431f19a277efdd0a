/* seeds-store-backup.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "store/seeds-store.h"
#include "store/seeds-store-backup.h"
#include "store/seeds-store-file.h"
#include "store/seeds-store-private.h"

/* Backups are whole copies of the database in a folder next to it,
 * seeds.db.backups/, named by the UTC time they were made:
 * 2026-12-05T220312Z.db, or 2026-12-05T220312Z-before-update-to-v4.db for
 * the copy made before an update of the schema. A copy is made under a
 * hidden temporary name, checked, and only then given its name, so that a
 * file with a backup's name is always a whole, good copy. */

#define TEMP_PREFIX ".backup-"
/* A temporary copy this old was left by a backup that never finished. */
#define STALE_TEMP_AGE G_TIME_SPAN_HOUR

SeedsStoreBackup *
seeds_store_backup_copy (const SeedsStoreBackup *backup)
{
  SeedsStoreBackup *copy;

  g_return_val_if_fail (backup != NULL, NULL);

  copy = g_new0 (SeedsStoreBackup, 1);
  copy->path = g_strdup (backup->path);
  copy->time = g_date_time_ref (backup->time);
  copy->before_update = backup->before_update;
  copy->update_version = backup->update_version;

  return copy;
}

void
seeds_store_backup_free (SeedsStoreBackup *backup)
{
  if (backup == NULL)
    return;

  g_free (backup->path);
  g_date_time_unref (backup->time);
  g_free (backup);
}

G_DEFINE_BOXED_TYPE (SeedsStoreBackup, seeds_store_backup,
                     seeds_store_backup_copy, seeds_store_backup_free)

/**
 * seeds_store_get_backup_folder:
 * @database_path: a database
 *
 * Returns: (transfer full): the folder of its backups, next to it:
 *   seeds.db.backups for seeds.db
 */
char *
seeds_store_get_backup_folder (const char *database_path)
{
  g_return_val_if_fail (database_path != NULL, NULL);

  return g_strconcat (database_path, ".backups", NULL);
}

static GRegex *
get_name_regex (void)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    {
      GRegex *compiled = g_regex_new ("^([0-9]{4})-([0-9]{2})-([0-9]{2})"
                                      "T([0-9]{2})([0-9]{2})([0-9]{2})Z"
                                      "(-before-update-to-v([0-9]{1,6}))?\\.db$",
                                      G_REGEX_OPTIMIZE, 0, NULL);

      g_once_init_leave (&regex, compiled);
    }

  return regex;
}

static int
fetch_number (GMatchInfo *match,
              int         group)
{
  g_autofree char *digits = g_match_info_fetch (match, group);

  return atoi (digits);
}

/* Returns: (transfer full) (nullable): the backup that @name in @dir is,
 * or %NULL if @name is not a backup's */
static SeedsStoreBackup *
parse_name (const char *dir,
            const char *name)
{
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *update_version = NULL;
  SeedsStoreBackup *backup;

  if (!g_regex_match (get_name_regex (), name, 0, &match))
    return NULL;

  time = g_date_time_new_utc (fetch_number (match, 1), fetch_number (match, 2),
                              fetch_number (match, 3), fetch_number (match, 4),
                              fetch_number (match, 5), fetch_number (match, 6));
  if (time == NULL)
    return NULL;

  backup = g_new0 (SeedsStoreBackup, 1);
  backup->path = g_build_filename (dir, name, NULL);
  backup->time = g_steal_pointer (&time);
  update_version = g_match_info_fetch (match, 8);
  backup->before_update = update_version != NULL && *update_version != '\0';
  backup->update_version = backup->before_update ? atoi (update_version) : 0;

  return backup;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const SeedsStoreBackup *backup_a = *(SeedsStoreBackup * const *) a;
  const SeedsStoreBackup *backup_b = *(SeedsStoreBackup * const *) b;
  int cmp = g_date_time_compare (backup_b->time, backup_a->time);

  return cmp != 0 ? cmp : strcmp (backup_b->path, backup_a->path);
}

/* Returns: (transfer container): the backups in @dir, newest first; none
 * when @dir does not exist */
static GPtrArray *
list_folder (const char  *dir,
             GError     **error)
{
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDir) listing = g_dir_open (dir, 0, &local_error);
  const char *name;

  backups = g_ptr_array_new_with_free_func ((GDestroyNotify) seeds_store_backup_free);

  if (listing == NULL)
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&backups);

      seeds_store_set_cause_from_gio (error, local_error);
      return NULL;
    }

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      SeedsStoreBackup *backup = parse_name (dir, name);

      if (backup != NULL)
        g_ptr_array_add (backups, backup);
    }

  g_ptr_array_sort (backups, compare_newest_first);

  return g_steal_pointer (&backups);
}

/**
 * seeds_store_list_backups:
 * @database_path: a database
 * @error: return location for a #SEEDS_STORE_ERROR
 *
 * Lists the backups in the folder of seeds_store_get_backup_folder(),
 * whether they are good or not (see seeds_store_find_good_backup()).
 *
 * Returns: (transfer container) (element-type SeedsStoreBackup): the
 *   backups, newest first; none if there is no folder of backups yet
 */
GPtrArray *
seeds_store_list_backups (const char  *database_path,
                          GError     **error)
{
  g_autofree char *dir = NULL;
  g_autoptr(GError) cause = NULL;
  GPtrArray *backups;

  g_return_val_if_fail (database_path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  dir = seeds_store_get_backup_folder (database_path);
  backups = list_folder (dir, &cause);
  if (backups == NULL)
    {
      g_autofree char *name = g_filename_display_basename (database_path);

      g_set_error (error, SEEDS_STORE_ERROR, cause->code,
                   _("The backups of “%s” cannot be listed: %s"),
                   name, cause->message);
    }

  return backups;
}

static void
remove_stale_temp_files (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  gint64 now = g_get_real_time ();
  const char *name;

  if (listing == NULL)
    return;

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      GStatBuf buf;

      if (g_str_has_prefix (name, TEMP_PREFIX) && g_lstat (path, &buf) == 0 &&
          now - (gint64) buf.st_mtime * G_USEC_PER_SEC > STALE_TEMP_AGE)
        g_remove (path);
    }
}

/* Keeps the newest daily backups and the newest of those made before an
 * update; a file that cannot be removed stays until the next time. */
static void
prune (const char *dir)
{
  g_autoptr(GPtrArray) backups = list_folder (dir, NULL);
  guint n_daily = 0;
  guint n_before_update = 0;

  for (guint i = 0; backups != NULL && i < backups->len; i++)
    {
      SeedsStoreBackup *backup = g_ptr_array_index (backups, i);
      gboolean keep;

      if (backup->before_update)
        keep = n_before_update++ < SEEDS_STORE_N_BEFORE_UPDATE_BACKUPS;
      else
        keep = n_daily++ < SEEDS_STORE_N_DAILY_BACKUPS;

      if (!keep && g_remove (backup->path) != 0)
        g_debug ("Cannot remove the old backup %s: %s", backup->path, g_strerror (errno));
    }

  remove_stale_temp_files (dir);
}

static void
set_backup_error (GError       **error,
                  const char    *database_path,
                  const char    *dir,
                  const GError  *cause)
{
  g_autofree char *name = g_filename_display_basename (database_path);
  g_autofree char *dir_name = g_filename_display_name (dir);

  if (cause->domain != SEEDS_STORE_ERROR)
    {
      g_propagate_error (error, g_error_copy (cause));
      return;
    }

  switch ((SeedsStoreError) cause->code)
    {
    case SEEDS_STORE_ERROR_DISK_FULL:
      g_set_error (error, SEEDS_STORE_ERROR, cause->code,
                   _("No backup of “%s” could be made because the disk is full."),
                   name);
      break;

    case SEEDS_STORE_ERROR_READ_ONLY:
      g_set_error (error, SEEDS_STORE_ERROR, cause->code,
                   _("No backup of “%s” could be made because the folder “%s” is "
                     "read-only."),
                   name, dir_name);
      break;

    case SEEDS_STORE_ERROR_LOCKED:
      g_set_error (error, SEEDS_STORE_ERROR, cause->code,
                   _("No backup of “%s” could be made because another program is using it. "
                     "Try again later."),
                   name);
      break;

    case SEEDS_STORE_ERROR_CORRUPT:
      g_set_error (error, SEEDS_STORE_ERROR, cause->code,
                   _("No backup of “%s” could be made because it is damaged."),
                   name);
      break;

    case SEEDS_STORE_ERROR_CANNOT_OPEN:
    case SEEDS_STORE_ERROR_FOREIGN:
    case SEEDS_STORE_ERROR_TOO_NEW:
    case SEEDS_STORE_ERROR_NOT_FOUND:
    case SEEDS_STORE_ERROR_INVALID:
    case SEEDS_STORE_ERROR_FAILED:
    case SEEDS_STORE_ERROR_CONFLICT:
    case SEEDS_STORE_ERROR_LOOKALIKE:
    case SEEDS_STORE_ERROR_NOT_ENOUGH_POINTS:
    default:
      g_set_error (error, SEEDS_STORE_ERROR, cause->code,
                   _("No backup of “%s” could be made: %s"),
                   name, cause->message);
      break;
    }
}

/* Makes a backup named after now, or after now and the update to
 * @update_version when that is not 0. */
static SeedsStoreBackup *
make_backup (const char    *database_path,
             int            update_version,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autofree char *dir = seeds_store_get_backup_folder (database_path);
  g_autofree char *parent = g_path_get_dirname (database_path);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *time = seeds_store_format_time (now);
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *temp_path = NULL;
  g_autoptr(GError) cause = NULL;
  gboolean made_dir = !g_file_test (dir, G_FILE_TEST_IS_DIR);
  const char *failed_dir = dir;

  if (update_version > 0)
    name = g_strdup_printf ("%s-before-update-to-v%d.db", time, update_version);
  else
    name = g_strdup_printf ("%s.db", time);
  path = g_build_filename (dir, name, NULL);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      seeds_store_set_cause_from_errno (&cause, errno);
      made_dir = FALSE;
      failed_dir = parent;
    }
  else
    {
      temp_path = seeds_store_copy_database (database_path, dir, TEMP_PREFIX, cancellable, &cause);
    }

  if (temp_path != NULL && g_rename (temp_path, path) != 0)
    {
      seeds_store_set_cause_from_errno (&cause, errno);
      seeds_store_remove_files (temp_path, 0);
    }

  if (cause != NULL)
    {
      if (made_dir)
        g_rmdir (dir);
      set_backup_error (error, database_path, failed_dir, cause);
      return NULL;
    }

  seeds_store_sync_folder (dir);
  prune (dir);

  return parse_name (dir, name);
}

/**
 * seeds_store_make_backup:
 * @database_path: a database of ours, such as seeds_store_get_path()
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #SEEDS_STORE_ERROR
 *
 * Copies the database, as one snapshot through a read-only connection of
 * its own, into the folder of seeds_store_get_backup_folder(), checks the
 * copy with PRAGMA integrity_check, and then removes the oldest backups
 * beyond the newest %SEEDS_STORE_N_DAILY_BACKUPS and the newest
 * %SEEDS_STORE_N_BEFORE_UPDATE_BACKUPS. The store may keep writing
 * meanwhile, from another thread. On failure (a full disk, a read-only
 * folder, a damaged database) no file is left that looks like a backup,
 * and the database is not touched.
 *
 * Returns: (transfer full): the new backup, or %NULL with @error set
 */
SeedsStoreBackup *
seeds_store_make_backup (const char    *database_path,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_return_val_if_fail (database_path != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return make_backup (database_path, 0, cancellable, error);
}

/**
 * seeds_store_backup_is_due:
 * @database_path: a database of ours, such as seeds_store_get_path()
 * @due: (out): whether the newest daily backup is older than
 *   %SEEDS_STORE_BACKUP_INTERVAL, or there is none, or it claims to be
 *   from the future (the clock was wrong)
 * @error: return location for a #SEEDS_STORE_ERROR
 *
 * Returns: %FALSE with @error set if the backups cannot be listed
 */
gboolean
seeds_store_backup_is_due (const char  *database_path,
                           gboolean    *due,
                           GError     **error)
{
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  g_return_val_if_fail (database_path != NULL, FALSE);
  g_return_val_if_fail (due != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  backups = seeds_store_list_backups (database_path, error);
  if (backups == NULL)
    return FALSE;

  *due = TRUE;
  for (guint i = 0; i < backups->len; i++)
    {
      SeedsStoreBackup *newest = g_ptr_array_index (backups, i);
      GTimeSpan age = g_date_time_difference (now, newest->time);

      if (newest->before_update)
        continue;

      *due = age < 0 || age >= SEEDS_STORE_BACKUP_INTERVAL;
      break;
    }

  return TRUE;
}

/**
 * seeds_store_backup_if_due:
 * @database_path: a database of ours, such as seeds_store_get_path()
 * @backup: (out) (optional) (nullable) (transfer full): the new backup, or
 *   %NULL when none was due
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #SEEDS_STORE_ERROR
 *
 * Makes a backup with seeds_store_make_backup() when
 * seeds_store_backup_is_due() says so. Meant to be called after start-up,
 * on a worker thread.
 *
 * Returns: %FALSE with @error set if a backup was due and failed
 */
gboolean
seeds_store_backup_if_due (const char         *database_path,
                           SeedsStoreBackup  **backup,
                           GCancellable       *cancellable,
                           GError            **error)
{
  SeedsStoreBackup *made;
  gboolean due = FALSE;

  g_return_val_if_fail (database_path != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (backup != NULL)
    *backup = NULL;

  if (!seeds_store_backup_is_due (database_path, &due, error))
    return FALSE;

  if (!due)
    return TRUE;

  made = make_backup (database_path, 0, cancellable, error);
  if (made == NULL)
    return FALSE;

  if (backup != NULL)
    *backup = made;
  else
    seeds_store_backup_free (made);

  return TRUE;
}

static int
on_check_progress (void *user_data)
{
  return g_cancellable_is_cancelled (user_data);
}

/**
 * seeds_store_check_database:
 * @database_path: a database of ours, such as seeds_store_get_path()
 * @cancellable: (nullable): a #GCancellable, which stops the check
 *   part-way
 * @error: return location for a #SEEDS_STORE_ERROR
 *
 * Checks every page of the database with PRAGMA quick_check, as one
 * snapshot, through a connection of its own that only reads, while the
 * store may go on writing from another thread. It reads the whole file,
 * which seeds_store_open() no longer does: run it on a worker thread after
 * start-up.
 *
 * Returns: %FALSE with @error set: %SEEDS_STORE_ERROR_CORRUPT when the
 *   database is damaged, another code when it could not be checked
 */
gboolean
seeds_store_check_database (const char    *database_path,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(sqlite3) db = NULL;
  g_autoptr(GError) cause = NULL;
  gboolean ok = FALSE;
  int rc;

  g_return_val_if_fail (database_path != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  db = seeds_store_open_reader (database_path, &cause);
  if (db == NULL)
    {
      g_autofree char *name = g_filename_display_basename (database_path);

      g_set_error (error, SEEDS_STORE_ERROR, cause->code,
                   _("The database “%s” could not be read: %s"),
                   name, cause->message);
      return FALSE;
    }

  if (cancellable != NULL)
    sqlite3_progress_handler (db, 1000, on_check_progress, cancellable);

  rc = seeds_store_run_check (db, "PRAGMA quick_check", &ok);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (rc != SQLITE_OK)
    return seeds_store_set_error (error, database_path, db, rc, SEEDS_STORE_READING, NULL);

  if (!ok)
    return seeds_store_set_error (error, database_path, db, SQLITE_CORRUPT, SEEDS_STORE_READING,
                                  NULL);

  return TRUE;
}

/* Whether @path opens as a database of ours that this version can open,
 * and passes PRAGMA quick_check. */
static gboolean
is_good (const char *path)
{
  g_autoptr(sqlite3) db = seeds_store_open_file (path, SQLITE_OPEN_READONLY, NULL);

  return db != NULL && seeds_store_check_copy (db, "PRAGMA quick_check", NULL, NULL);
}

/**
 * seeds_store_find_good_backup:
 * @database_path: a database
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #SEEDS_STORE_ERROR
 *
 * Finds the newest backup, of either kind, that opens as a database of
 * ours that this version can open and passes PRAGMA quick_check: the one
 * to offer when seeds_store_open() refuses the database as damaged.
 *
 * Returns: (transfer full): the backup, or %NULL with @error set, to
 *   %SEEDS_STORE_ERROR_NOT_FOUND if there is no good one
 */
SeedsStoreBackup *
seeds_store_find_good_backup (const char    *database_path,
                              GCancellable  *cancellable,
                              GError       **error)
{
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (database_path != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  backups = seeds_store_list_backups (database_path, error);
  if (backups == NULL)
    return NULL;

  for (guint i = 0; i < backups->len; i++)
    {
      SeedsStoreBackup *backup = g_ptr_array_index (backups, i);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      if (is_good (backup->path))
        return seeds_store_backup_copy (backup);
    }

  name = g_filename_display_basename (database_path);
  g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_FOUND,
               _("There is no good backup of “%s”."),
               name);

  return NULL;
}

/* For seeds_store_open(): a backup before it updates the database at
 * @database_path to @version. */
gboolean
seeds_store_backup_before_update (const char  *database_path,
                                  int          version,
                                  GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(SeedsStoreBackup) backup = make_backup (database_path, version, NULL, &local_error);
  g_autofree char *name = NULL;

  if (backup != NULL)
    return TRUE;

  name = g_filename_display_basename (database_path);
  g_set_error (error, local_error->domain, local_error->code,
               /* Translators: the second %s says why no backup could be made */
               _("“%s” was left unchanged: it needs an update, and a backup must be made "
                 "first. %s"),
               name, local_error->message);

  return FALSE;
}

static void
set_restore_error (GError       **error,
                   const char    *database_path,
                   const char    *backup_path,
                   const GError  *cause)
{
  g_autofree char *name = g_filename_display_basename (database_path);
  g_autofree char *backup_name = g_filename_display_basename (backup_path);
  g_autofree char *dir = g_path_get_dirname (database_path);
  g_autofree char *dir_name = g_filename_display_name (dir);

  if (cause->domain != SEEDS_STORE_ERROR)
    {
      g_propagate_error (error, g_error_copy (cause));
      return;
    }

  switch ((SeedsStoreError) cause->code)
    {
    case SEEDS_STORE_ERROR_LOCKED:
      g_set_error (error, SEEDS_STORE_ERROR, cause->code,
                   _("The database “%s” is used by another program. Close it and try again."),
                   name);
      break;

    case SEEDS_STORE_ERROR_CORRUPT:
    case SEEDS_STORE_ERROR_FOREIGN:
      g_set_error (error, SEEDS_STORE_ERROR, cause->code,
                   _("The backup “%s” is damaged or is not a backup of Seeds of Innovation. "
                     "Choose another backup."),
                   backup_name);
      break;

    case SEEDS_STORE_ERROR_TOO_NEW:
      g_set_error (error, SEEDS_STORE_ERROR, cause->code,
                   _("“%s” was made by a newer version of Seeds of Innovation. "
                     "Update Seeds of Innovation to open it."),
                   backup_name);
      break;

    case SEEDS_STORE_ERROR_DISK_FULL:
      g_set_error (error, SEEDS_STORE_ERROR, cause->code,
                   _("The backup cannot be put in place of “%s” because the disk is full."),
                   name);
      break;

    case SEEDS_STORE_ERROR_READ_ONLY:
      g_set_error (error, SEEDS_STORE_ERROR, cause->code,
                   _("The backup cannot be put in place of “%s” because its folder “%s” is "
                     "read-only."),
                   name, dir_name);
      break;

    case SEEDS_STORE_ERROR_CANNOT_OPEN:
    case SEEDS_STORE_ERROR_NOT_FOUND:
    case SEEDS_STORE_ERROR_INVALID:
    case SEEDS_STORE_ERROR_FAILED:
    case SEEDS_STORE_ERROR_CONFLICT:
    case SEEDS_STORE_ERROR_LOOKALIKE:
    case SEEDS_STORE_ERROR_NOT_ENOUGH_POINTS:
    default:
      g_set_error (error, SEEDS_STORE_ERROR, cause->code,
                   _("The backup cannot be put in place of “%s”: %s"),
                   name, cause->message);
      break;
    }
}

/**
 * seeds_store_restore_backup:
 * @database_path: the database, usually one that seeds_store_open()
 *   refused as %SEEDS_STORE_ERROR_CORRUPT; it need not exist
 * @backup_path: a backup, such as from seeds_store_find_good_backup()
 * @kept_path: (out) (optional) (nullable) (transfer full): where the
 *   database was kept, or %NULL if there was none
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #SEEDS_STORE_ERROR
 *
 * Puts a copy of the backup in place of the database. The database is
 * kept, byte for byte, under a new name next to it
 * (seeds.db.damaged-2026-12-05T220312Z), together with its -wal and -shm
 * files renamed the same way, so that nothing is lost. The copy is checked
 * before it takes the database's place, and the database is not moved
 * while another program uses it. On failure everything stays where it was.
 * seeds_store_open() then updates the copy if the backup is older.
 *
 * Returns: %TRUE if the backup is in place
 */
gboolean
seeds_store_restore_backup (const char    *database_path,
                            const char    *backup_path,
                            char         **kept_path,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *temp_path = NULL;
  g_autoptr(GError) cause = NULL;
  sqlite3 *lock = NULL;

  g_return_val_if_fail (database_path != NULL, FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (kept_path == NULL || *kept_path == NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  dir = g_path_get_dirname (database_path);
  base = g_path_get_basename (database_path);
  prefix = g_strdup_printf (".%s.restore-", base);

  if ((seeds_store_find_files (database_path) & SEEDS_STORE_FILE_DATABASE) != 0)
    lock = seeds_store_lock_file (database_path, &cause);

  if (cause == NULL)
    temp_path = seeds_store_copy_database (backup_path, dir, prefix, cancellable, &cause);

  if (temp_path != NULL && !seeds_store_replace_file (database_path, temp_path, kept_path, &cause))
    seeds_store_remove_files (temp_path, 0);

  seeds_store_unlock_file (lock);

  if (cause != NULL)
    {
      set_restore_error (error, database_path, backup_path, cause);
      return FALSE;
    }

  return TRUE;
}
