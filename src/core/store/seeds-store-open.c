/* seeds-store-open.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "store/seeds-store-file.h"
#include "store/seeds-store-private.h"
#include "store/seeds-store-schema.h"

/* Opening the database: deciding whether a file is ours to use, making a
 * new one, and bringing an older one up to date. */

static void
set_too_new_error (GError     **error,
                   const char  *path)
{
  g_autofree char *name = g_filename_display_basename (path);

  g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_TOO_NEW,
               _("“%s” was made by a newer version of Seeds of Innovation. "
                 "Update Seeds of Innovation to open it."),
               name);
}

/* Decides from reads alone whether @db is ours to use, so that a file we
 * refuse is never written to. Only what costs the same at any size is
 * read here: the header, the schema, and the first pages of every table
 * and index (seeds_store_schema_check()); the application checks the
 * whole file after start-up, on a worker thread (SeedsBackupScheduler). */
static gboolean
classify (sqlite3     *db,
          const char  *path,
          int         *version,
          GError     **error)
{
  g_autofree char *name = g_filename_display_basename (path);
  int application_id = 0;
  int n_objects = 0;
  gboolean ok = FALSE;
  int rc;

  if ((rc = seeds_store_query_int (db, "PRAGMA application_id", &application_id)) != SQLITE_OK ||
      (rc = seeds_store_query_int (db, "PRAGMA user_version", version)) != SQLITE_OK ||
      (rc = seeds_store_query_int (db, "SELECT count(*) FROM sqlite_schema",
                                   &n_objects)) != SQLITE_OK)
    return seeds_store_set_error (error, path, db, rc, SEEDS_STORE_OPENING, NULL);

  if ((application_id == 0 || application_id == SEEDS_STORE_APPLICATION_ID) &&
      *version == 0 && n_objects == 0)
    return TRUE;  /* a new, empty database */

  if (application_id != SEEDS_STORE_APPLICATION_ID || *version <= 0)
    {
      g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_FOREIGN,
                   _("“%s” is a database of another program. Seeds of Innovation has left "
                     "it unchanged: choose another file."),
                   name);
      return FALSE;
    }

  if (*version > seeds_store_schema_get_latest_version ())
    {
      set_too_new_error (error, path);
      return FALSE;
    }

  /* Ours, but tables are gone or their pages damaged */
  if ((rc = seeds_store_schema_check (db, *version, &ok)) != SQLITE_OK)
    return seeds_store_set_error (error, path, db, rc, SEEDS_STORE_OPENING, NULL);

  if (!ok)
    return seeds_store_set_error (error, path, db, SQLITE_CORRUPT, SEEDS_STORE_OPENING, NULL);

  return TRUE;
}

/* The write-ahead log and its index live next to the database. */
static gboolean
check_folder_writable (const char  *path,
                       GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_access (dir, W_OK) != 0)
    return seeds_store_set_error (error, path, NULL, SQLITE_CANTOPEN, SEEDS_STORE_OPENING, NULL);

  return TRUE;
}

static gboolean
prepare_connection (sqlite3     *db,
                    const char  *path,
                    int          version,
                    GError     **error)
{
  g_autofree char *errmsg = NULL;
  int rc;

  if ((rc = sqlite3_exec (db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL)) != SQLITE_OK)
    {
      return seeds_store_set_error (error, path, db, rc, SEEDS_STORE_OPENING, NULL);
    }

  if (version < seeds_store_schema_get_latest_version ())
    {
      rc = seeds_store_schema_migrate (db, seeds_store_schema_get_latest_version (), &errmsg);
      if (rc != SQLITE_OK)
        {
          if ((rc & 0xff) != SQLITE_BUSY && !seeds_store_is_disk_full (db, rc))
            g_warning ("Cannot update %s to version %d: %s", path,
                       seeds_store_schema_get_latest_version (), errmsg);
          return seeds_store_set_error (error, path, db, rc, SEEDS_STORE_OPENING, errmsg);
        }

      /* Another copy of the app may have updated it meanwhile, even past
       * what this one knows. */
      if ((rc = seeds_store_query_int (db, "PRAGMA user_version", &version)) != SQLITE_OK)
        {
          return seeds_store_set_error (error, path, db, rc, SEEDS_STORE_OPENING, NULL);
        }

      if (version > seeds_store_schema_get_latest_version ())
        {
          set_too_new_error (error, path);
          return FALSE;
        }
    }

  if ((rc = seeds_store_configure_connection (db)) != SQLITE_OK)
    return seeds_store_set_error (error, path, db, rc, SEEDS_STORE_OPENING, NULL);

  return TRUE;
}

/* An older database is copied before it is updated, so that the update
 * can be undone. A new, empty one has nothing to keep. */
static gboolean
back_up_before_update (const char  *path,
                       int          version,
                       GError     **error)
{
  int latest = seeds_store_schema_get_latest_version ();

  if (version == 0 || version >= latest)
    return TRUE;

  return seeds_store_backup_before_update (path, latest, error);
}

/* A database that could not be created leaves no files behind, unless
 * another program made them meanwhile. */
static void
forget_new_database (const char  *path,
                     guint        existing,
                     GError     **error)
{
  g_autofree char *name = g_filename_display_basename (path);

  if (g_error_matches (*error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_LOCKED))
    return;

  seeds_store_remove_files (path, existing);

  if (g_error_matches (*error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_DISK_FULL))
    {
      g_clear_error (error);
      g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_DISK_FULL,
                   _("The database “%s” cannot be created because the disk is full."),
                   name);
    }
}

/**
 * seeds_store_default_path:
 *
 * Returns: (transfer full): where the database lives unless the user chose
 *   another file: seeds-of-innovation/seeds.db in the XDG user data folder
 */
char *
seeds_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "seeds-of-innovation", "seeds.db", NULL);
}

/**
 * seeds_store_open:
 * @path: (nullable): the database file, or %NULL for seeds_store_default_path()
 * @error: return location for a #SEEDS_STORE_ERROR
 *
 * Opens the database at @path, creating it if it does not exist and bringing
 * an older one up to date. The folder is created only for the default path.
 * A file that cannot be used (damaged, another program's, made by a newer
 * version, read-only, locked) is refused and left exactly as it was; a new
 * one that cannot be made (a full disk) leaves no file behind. An older
 * database is first copied into its folder of backups (see
 * seeds-store-backup.h); if that fails, it is left unchanged too.
 *
 * Opening takes as long with a thousand meetings as with one: it reads the
 * header, the schema and the first pages of each table and index, not
 * every page. Damage elsewhere in the file is found by
 * seeds_store_check_database(), which the application runs on a worker
 * thread after start-up (SeedsBackupScheduler).
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
SeedsStore *
seeds_store_open (const char  *path,
                  GError     **error)
{
  g_autofree char *default_path = seeds_store_default_path ();
  g_autofree char *dir = NULL;
  g_autofree char *wal_path = NULL;
  g_autoptr(GError) local_error = NULL;
  GStatBuf wal_stat;
  gboolean had_wal;
  guint existing;
  SeedsStore *self;
  sqlite3 *db = NULL;
  int version = 0;
  int rc;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (path == NULL)
    path = default_path;

  if (*path == '\0')
    {
      g_set_error_literal (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CANNOT_OPEN,
                           _("Choose a database file."));
      return NULL;
    }

  dir = g_path_get_dirname (path);

  if (g_strcmp0 (path, default_path) == 0 && g_mkdir_with_parents (dir, 0700) != 0)
    {
      int errsv = errno;
      g_autofree char *dir_name = g_filename_display_name (dir);

      g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CANNOT_OPEN,
                   _("The folder “%s” for your data cannot be created: %s"),
                   dir_name, g_strerror (errsv));
      return NULL;
    }

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CANNOT_OPEN,
                   _("“%s” is a folder, not a database file."),
                   name);
      return NULL;
    }

  wal_path = g_strconcat (path, "-wal", NULL);
  had_wal = g_stat (wal_path, &wal_stat) == 0 && wal_stat.st_size > 0;
  existing = seeds_store_find_files (path);

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      seeds_store_set_error (error, path, db, rc, SEEDS_STORE_OPENING, NULL);
      sqlite3_close (db);
      return NULL;
    }

  sqlite3_extended_result_codes (db, 1);
  sqlite3_busy_timeout (db, SEEDS_STORE_BUSY_TIMEOUT_MS);

  /* Closing the last connection to a database in WAL mode copies the log
   * into the file. Should we refuse the file, a log that some program left
   * behind must stay as it is; an empty one is removed as usual. */
  sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, had_wal, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);

  /* SQLite falls back to reading a file it may not write. Refuse such a
   * file before reading it: reading a database in WAL mode makes files next
   * to it that a read-only connection cannot clean up. */
  if (sqlite3_db_readonly (db, "main") == 1)
    {
      seeds_store_set_error (error, path, db, SQLITE_READONLY, SEEDS_STORE_OPENING, NULL);
      sqlite3_close (db);
      return NULL;
    }

  if (!classify (db, path, &version, &local_error) ||
      !check_folder_writable (path, &local_error) ||
      !back_up_before_update (path, version, &local_error) ||
      !prepare_connection (db, path, version, &local_error))
    {
      sqlite3_close (db);
      if ((existing & SEEDS_STORE_FILE_DATABASE) == 0)
        forget_new_database (path, existing, &local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, NULL);

  self = g_object_new (SEEDS_TYPE_STORE, NULL);
  self->db = db;
  self->path = g_strdup (path);
  self->schema_version = seeds_store_schema_get_latest_version ();

  return self;
}
