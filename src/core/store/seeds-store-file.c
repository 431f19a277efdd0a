/* seeds-store-file.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "store/seeds-store-file.h"
#include "store/seeds-store-private.h"
#include "store/seeds-store-schema.h"

/* The database file as a whole: copying it as one snapshot and checking
 * the copy, locking it without reading it, and moving it aside together
 * with the files SQLite keeps next to it. */

/* The files of a database: the file itself, its write-ahead log and the
 * log's index, and a rollback journal */
static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

/* SQLite reports a full disk as SQLITE_FULL, except when the index of the
 * write-ahead log (the -shm file) cannot grow: then it is an I/O error,
 * and only errno tells. */
gboolean
seeds_store_is_disk_full (sqlite3 *db,
                          int      rc)
{
  int errsv;

  if ((rc & 0xff) == SQLITE_FULL)
    return TRUE;

  if ((rc & 0xff) != SQLITE_IOERR || db == NULL)
    return FALSE;

  errsv = sqlite3_system_errno (db);

  return errsv == ENOSPC || errsv == EDQUOT;
}

/* The one mapping of SQLite's result codes to ours, for the messages to
 * people (seeds_store_set_error()) and the causes below alike */
SeedsStoreError
seeds_store_code_from_sqlite (sqlite3 *db,
                              int      rc)
{
  if (seeds_store_is_disk_full (db, rc))
    return SEEDS_STORE_ERROR_DISK_FULL;

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return SEEDS_STORE_ERROR_LOCKED;

    case SQLITE_READONLY:
    case SQLITE_PERM:
      return SEEDS_STORE_ERROR_READ_ONLY;

    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return SEEDS_STORE_ERROR_CORRUPT;

    default:
      return SEEDS_STORE_ERROR_FAILED;
    }
}

/* SQLite's own message for @rc: @db's when it is about @rc */
const char *
seeds_store_describe_sqlite (sqlite3 *db,
                             int      rc)
{
  if (db != NULL && sqlite3_extended_errcode (db) == rc)
    return sqlite3_errmsg (db);

  return sqlite3_errstr (rc);
}

void
seeds_store_set_cause_from_sqlite (GError  **error,
                                   sqlite3  *db,
                                   int       rc)
{
  g_set_error_literal (error, SEEDS_STORE_ERROR, seeds_store_code_from_sqlite (db, rc),
                       seeds_store_describe_sqlite (db, rc));
}

void
seeds_store_set_cause_from_errno (GError **error,
                                  int      errsv)
{
  SeedsStoreError code;

  switch (errsv)
    {
    case ENOSPC:
    case EDQUOT:
      code = SEEDS_STORE_ERROR_DISK_FULL;
      break;

    case EROFS:
    case EACCES:
    case EPERM:
      code = SEEDS_STORE_ERROR_READ_ONLY;
      break;

    case ENOENT:
      code = SEEDS_STORE_ERROR_NOT_FOUND;
      break;

    default:
      code = SEEDS_STORE_ERROR_FAILED;
      break;
    }

  g_set_error_literal (error, SEEDS_STORE_ERROR, code, g_strerror (errsv));
}

/* For the errors of GIO and of GLib's file functions */
void
seeds_store_set_cause_from_gio (GError       **error,
                                const GError  *gio_error)
{
  SeedsStoreError code = SEEDS_STORE_ERROR_FAILED;

  if (g_error_matches (gio_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, g_error_copy (gio_error));
      return;
    }

  if (g_error_matches (gio_error, G_IO_ERROR, G_IO_ERROR_NO_SPACE) ||
      g_error_matches (gio_error, G_FILE_ERROR, G_FILE_ERROR_NOSPC))
    code = SEEDS_STORE_ERROR_DISK_FULL;
  else if (g_error_matches (gio_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED) ||
           g_error_matches (gio_error, G_IO_ERROR, G_IO_ERROR_READ_ONLY) ||
           g_error_matches (gio_error, G_FILE_ERROR, G_FILE_ERROR_ACCES) ||
           g_error_matches (gio_error, G_FILE_ERROR, G_FILE_ERROR_PERM) ||
           g_error_matches (gio_error, G_FILE_ERROR, G_FILE_ERROR_ROFS))
    code = SEEDS_STORE_ERROR_READ_ONLY;
  else if (g_error_matches (gio_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) ||
           g_error_matches (gio_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    code = SEEDS_STORE_ERROR_NOT_FOUND;

  g_set_error_literal (error, SEEDS_STORE_ERROR, code, gio_error->message);
}

/* Returns: (transfer full): @time in UTC as in file names: 2026-12-05T220312Z */
char *
seeds_store_format_time (GDateTime *time)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (time);

  return g_date_time_format (utc, "%Y-%m-%dT%H%M%SZ");
}

/* Returns: which of the files of the database @path exist, as
 * SEEDS_STORE_FILE_DATABASE (1 << 0) for the database itself, 1 << 1 for
 * its -wal, 1 << 2 for its -shm and 1 << 3 for its -journal */
guint
seeds_store_find_files (const char *path)
{
  guint found = 0;
  GStatBuf buf;

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      if (g_lstat (file, &buf) == 0)
        found |= 1 << i;
    }

  return found;
}

/* Removes the database @path with the files SQLite keeps next to it, but
 * those in @keep (see seeds_store_find_files()). */
void
seeds_store_remove_files (const char *path,
                          guint       keep)
{
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      if ((keep & (1 << i)) == 0)
        g_remove (file);
    }
}

/* Makes what was written to @path last through a power cut. */
gboolean
seeds_store_sync_file (const char  *path,
                       GError     **error)
{
  int fd = g_open (path, O_RDWR | O_CLOEXEC, 0);

  if (fd < 0 || fsync (fd) != 0)
    {
      int errsv = errno;

      if (fd >= 0)
        close (fd);
      seeds_store_set_cause_from_errno (error, errsv);
      return FALSE;
    }

  close (fd);

  return TRUE;
}

/* Makes the renames in @dir last through a power cut. */
void
seeds_store_sync_folder (const char *dir)
{
  int fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

/* Runs @sql, which returns no rows, on @db; the cause is set on failure. */
gboolean
seeds_store_exec (sqlite3     *db,
                  const char  *sql,
                  GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      seeds_store_set_cause_from_sqlite (error, db, rc);
      return FALSE;
    }

  return TRUE;
}

int
seeds_store_query_int (sqlite3    *db,
                       const char *sql,
                       int        *value)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  *value = 0;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return rc;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *value = sqlite3_column_int (stmt, 0);
  else if (rc != SQLITE_DONE)
    return rc;

  return SQLITE_OK;
}

/* Sets *ok to whether @check (PRAGMA quick_check or integrity_check) finds
 * nothing wrong; returns an SQLite result code. */
int
seeds_store_run_check (sqlite3    *db,
                       const char *check,
                       gboolean   *ok)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  *ok = FALSE;

  rc = sqlite3_prepare_v2 (db, check, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return rc;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return rc == SQLITE_DONE ? SQLITE_CORRUPT : rc;

  *ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *ok = FALSE;
  else if (rc != SQLITE_DONE)
    return rc;

  return SQLITE_OK;
}

sqlite3 *
seeds_store_open_file (const char  *path,
                       int          flags,
                       GError     **error)
{
  sqlite3 *db = NULL;
  int rc;

  rc = sqlite3_open_v2 (path, &db, flags, NULL);
  if (rc != SQLITE_OK)
    {
      seeds_store_set_cause_from_sqlite (error, db, rc);
      sqlite3_close (db);
      return NULL;
    }

  sqlite3_extended_result_codes (db, 1);
  sqlite3_busy_timeout (db, SEEDS_STORE_BUSY_TIMEOUT_MS);

  return db;
}

/**
 * seeds_store_check_copy:
 * @db: a connection to a copy of a database
 * @check: "PRAGMA quick_check" or "PRAGMA integrity_check"
 * @version: (out) (optional): its schema version
 * @error: return location for the cause
 *
 * Whether @db is a database of ours that this version can open, and passes
 * @check: the code of @error says why not (FOREIGN, TOO_NEW, CORRUPT).
 */
gboolean
seeds_store_check_copy (sqlite3     *db,
                        const char  *check,
                        int         *version,
                        GError     **error)
{
  int application_id = 0;
  int user_version = 0;
  int n_objects = 0;
  gboolean ok = FALSE;
  int rc;

  if ((rc = seeds_store_query_int (db, "PRAGMA application_id", &application_id)) != SQLITE_OK ||
      (rc = seeds_store_query_int (db, "PRAGMA user_version", &user_version)) != SQLITE_OK ||
      (rc = seeds_store_query_int (db, "SELECT count(*) FROM sqlite_schema",
                                   &n_objects)) != SQLITE_OK ||
      (rc = seeds_store_run_check (db, check, &ok)) != SQLITE_OK)
    {
      seeds_store_set_cause_from_sqlite (error, db, rc);
      return FALSE;
    }

  if (application_id != SEEDS_STORE_APPLICATION_ID || user_version <= 0 || n_objects == 0)
    {
      g_set_error_literal (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_FOREIGN,
                           "not a database of Seeds of Innovation");
      return FALSE;
    }

  if (user_version > seeds_store_schema_get_latest_version ())
    {
      g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_TOO_NEW,
                   "schema version %d", user_version);
      return FALSE;
    }

  if (!ok)
    {
      g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CORRUPT, "%s failed", check);
      return FALSE;
    }

  if (version != NULL)
    *version = user_version;

  return TRUE;
}

/* Returns: (transfer full): the name of a new, empty file in @dir whose
 * name starts with @prefix */
char *
seeds_store_make_temp_file (const char  *dir,
                            const char  *prefix,
                            GError     **error)
{
  g_autofree char *pattern = g_strconcat (prefix, "XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, pattern, NULL);
  int fd;

  fd = g_mkstemp_full (path, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      seeds_store_set_cause_from_errno (error, errno);
      return NULL;
    }
  close (fd);

  return g_steal_pointer (&path);
}

/**
 * seeds_store_open_reader:
 * @path: a database
 * @error: return location for the cause
 *
 * Opens a connection that only reads (PRAGMA query_only), but not a
 * read-only one: that could not remove the log files it makes next to a
 * database in WAL mode that no one else has open. A log that was there
 * stays as it is, as in seeds_store_open().
 *
 * Returns: (transfer full): the connection
 */
sqlite3 *
seeds_store_open_reader (const char  *path,
                         GError     **error)
{
  g_autofree char *wal_path = g_strconcat (path, "-wal", NULL);
  GStatBuf wal_stat;
  gboolean had_wal = g_stat (wal_path, &wal_stat) == 0 && wal_stat.st_size > 0;
  g_autoptr(sqlite3) db = seeds_store_open_file (path, SQLITE_OPEN_READWRITE, error);
  int rc;

  if (db == NULL)
    return NULL;

  sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, had_wal, NULL);

  rc = sqlite3_exec (db, "PRAGMA query_only = ON", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      seeds_store_set_cause_from_sqlite (error, db, rc);
      return NULL;
    }

  return g_steal_pointer (&db);
}

static gboolean
copy_into (const char    *source_path,
           const char    *dest_path,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(sqlite3) source = NULL;
  g_autoptr(sqlite3) dest = NULL;
  sqlite3_backup *backup;
  int rc;

  source = seeds_store_open_reader (source_path, error);
  if (source == NULL)
    return FALSE;

  dest = seeds_store_open_file (dest_path, SQLITE_OPEN_READWRITE, error);
  if (dest == NULL || g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  backup = sqlite3_backup_init (dest, "main", source, "main");
  if (backup == NULL)
    {
      seeds_store_set_cause_from_sqlite (error, dest, sqlite3_extended_errcode (dest));
      return FALSE;
    }

  /* Every page in one step: one read transaction, so one snapshot however
   * much the store writes meanwhile. In parts, the copy would start over
   * after each of the store's writes. */
  rc = sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      seeds_store_set_cause_from_sqlite (error, dest, rc);
      return FALSE;
    }

  /* A copy of a database in WAL mode is in WAL mode too; a copy is one
   * file on its own. */
  rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      seeds_store_set_cause_from_sqlite (error, dest, rc);
      return FALSE;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  return seeds_store_check_copy (dest, "PRAGMA integrity_check", NULL, error);
}

/**
 * seeds_store_copy_database:
 * @source_path: a database
 * @dir: where to put the copy
 * @prefix: how the copy's name starts
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for the cause
 *
 * Copies the database at @source_path, as one snapshot read through a
 * connection of its own that only reads, into a new file in @dir, and
 * checks that the copy is one of ours that passes PRAGMA integrity_check.
 * On failure the copy is removed, so that a half-made or damaged copy never
 * stays behind.
 *
 * Returns: (transfer full): the path of the copy, to be renamed into place
 */
char *
seeds_store_copy_database (const char    *source_path,
                           const char    *dir,
                           const char    *prefix,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autofree char *path = seeds_store_make_temp_file (dir, prefix, error);

  if (path == NULL)
    return NULL;

  if (!copy_into (source_path, path, cancellable, error))
    {
      seeds_store_remove_files (path, 0);
      return NULL;
    }

  return g_steal_pointer (&path);
}

static sqlite3_file *
get_file (sqlite3 *db)
{
  sqlite3_file *file = NULL;

  if (sqlite3_file_control (db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK ||
      file == NULL || file->pMethods == NULL)
    return NULL;

  return file;
}

/* Tries for a while: the holder may be about to let go. */
static int
lock_exclusive (sqlite3_file *file)
{
  gint64 deadline = g_get_monotonic_time () + SEEDS_STORE_BUSY_TIMEOUT_MS * 1000;
  int rc;

  for (;;)
    {
      rc = file->pMethods->xLock (file, SQLITE_LOCK_SHARED);
      if (rc == SQLITE_OK)
        rc = file->pMethods->xLock (file, SQLITE_LOCK_EXCLUSIVE);
      if (rc == SQLITE_OK)
        return rc;

      file->pMethods->xUnlock (file, SQLITE_LOCK_NONE);
      if ((rc & 0xff) != SQLITE_BUSY || g_get_monotonic_time () >= deadline)
        return rc;

      g_usleep (10 * 1000);
    }
}

/**
 * seeds_store_lock_file:
 * @path: a database
 * @error: return location for the cause
 *
 * Takes the lock SQLite takes to write @path, without reading a page of
 * it, so that a damaged file is never touched. Every connection to a
 * database, even an idle one in WAL mode, holds a shared lock on it, in
 * this process or another: the lock is refused (LOCKED) while anyone uses
 * the database.
 *
 * Returns: (transfer full): the connection that holds the lock, for
 *   seeds_store_unlock_file()
 */
sqlite3 *
seeds_store_lock_file (const char  *path,
                       GError     **error)
{
  g_autoptr(sqlite3) db = seeds_store_open_file (path, SQLITE_OPEN_READWRITE, error);
  sqlite3_file *file;
  int rc;

  if (db == NULL)
    return NULL;

  sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);

  if (sqlite3_db_readonly (db, "main") == 1)
    {
      seeds_store_set_cause_from_sqlite (error, NULL, SQLITE_READONLY);
      return NULL;
    }

  file = get_file (db);
  if (file == NULL)
    {
      seeds_store_set_cause_from_sqlite (error, NULL, SQLITE_CANTOPEN);
      return NULL;
    }

  rc = lock_exclusive (file);
  if (rc != SQLITE_OK)
    {
      seeds_store_set_cause_from_sqlite (error, NULL, rc);
      return NULL;
    }

  return g_steal_pointer (&db);
}

void
seeds_store_unlock_file (sqlite3 *lock)
{
  sqlite3_file *file;

  if (lock == NULL)
    return;

  file = get_file (lock);
  if (file != NULL)
    file->pMethods->xUnlock (file, SQLITE_LOCK_NONE);

  sqlite3_close (lock);
}

/* seeds.db.damaged-2026-12-05T220312Z, or with -2, -3 … after it when that
 * is taken */
static char *
make_kept_name (const char *path)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *time = seeds_store_format_time (now);
  char *kept = g_strdup_printf ("%s.damaged-%s", path, time);

  for (guint n = 2; seeds_store_find_files (kept) != 0; n++)
    {
      g_free (kept);
      kept = g_strdup_printf ("%s.damaged-%s-%u", path, time, n);
    }

  return kept;
}

static void
put_back (const char     *path,
          const char     *kept,
          const gboolean *moved)
{
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (kept, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (path, suffixes[i], NULL);

      if (moved[i] && g_rename (from, to) != 0)
        g_critical ("Cannot move %s back to %s: %s", from, to, g_strerror (errno));
    }
}

/**
 * seeds_store_replace_file:
 * @path: a database, which may not exist
 * @new_path: a file in the same folder
 * @kept_path: (out) (optional) (nullable): where the database was kept
 * @error: return location for the cause
 *
 * Moves the database at @path aside, unchanged, together with the files
 * SQLite keeps next to it, renamed the same way (seeds.db.damaged-TIME,
 * seeds.db.damaged-TIME-wal …), and renames @new_path to @path. On failure
 * everything is put back where it was.
 */
gboolean
seeds_store_replace_file (const char  *path,
                          const char  *new_path,
                          char       **kept_path,
                          GError     **error)
{
  g_autofree char *kept = make_kept_name (path);
  g_autofree char *dir = g_path_get_dirname (path);
  gboolean moved[G_N_ELEMENTS (suffixes)] = { FALSE, };
  GStatBuf buf;
  int errsv = 0;

  for (guint i = 0; i < G_N_ELEMENTS (suffixes) && errsv == 0; i++)
    {
      g_autofree char *from = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (kept, suffixes[i], NULL);

      if (g_lstat (from, &buf) != 0)
        continue;

      if (g_rename (from, to) == 0)
        moved[i] = TRUE;
      else
        errsv = errno;
    }

  if (errsv == 0 && g_rename (new_path, path) != 0)
    errsv = errno;

  if (errsv != 0)
    {
      put_back (path, kept, moved);
      seeds_store_set_cause_from_errno (error, errsv);
      return FALSE;
    }

  seeds_store_sync_folder (dir);

  if (kept_path != NULL)
    *kept_path = moved[0] ? g_steal_pointer (&kept) : NULL;

  return TRUE;
}
