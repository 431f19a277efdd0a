/* seeds-store.c
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

G_DEFINE_FINAL_TYPE (SeedsStore, seeds_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (seeds-store-error-quark, seeds_store_error)

enum {
  PROP_0,
  PROP_PATH,
  PROP_SCHEMA_VERSION,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
seeds_store_finalize (GObject *object)
{
  SeedsStore *self = (SeedsStore *)object;

  g_clear_pointer (&self->db, sqlite3_close_v2);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->name_forms, g_hash_table_unref);

  G_OBJECT_CLASS (seeds_store_parent_class)->finalize (object);
}

static void
seeds_store_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SeedsStore *self = SEEDS_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_SCHEMA_VERSION:
      g_value_set_int (value, self->schema_version);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_store_class_init (SeedsStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = seeds_store_finalize;
  object_class->get_property = seeds_store_get_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SCHEMA_VERSION] =
    g_param_spec_int ("schema-version", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READABLE |
                       G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SeedsStore::changed:
   * @self: the store
   * @what: the #SeedsStoreChange flags of what changed
   *
   * Emitted once after every write that changed the database.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
seeds_store_init (SeedsStore *self)
{
}

void
seeds_store_emit_changed (SeedsStore       *self,
                          SeedsStoreChange  what)
{
  if (what != 0)
    g_signal_emit (self, signals[CHANGED], 0, (guint) what);
}

/**
 * seeds_store_notify_changed:
 * @self: a #SeedsStore
 * @what: the #SeedsStoreChange flags of what changed
 *
 * Emits SeedsStore::changed for a write that another connection to the
 * same database made (see seeds_store_open_checked()), so that the views
 * of @self reload. Call it on the thread that uses @self.
 */
void
seeds_store_notify_changed (SeedsStore       *self,
                            SeedsStoreChange  what)
{
  g_return_if_fail (SEEDS_IS_STORE (self));

  seeds_store_emit_changed (self, what);
}

/* Opening */

static void
set_open_error (GError     **error,
                const char  *path,
                sqlite3     *db,
                int          rc,
                const char  *detail)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *dir_name = g_filename_display_name (dir);

  if (seeds_store_is_disk_full (db, rc))
    {
      g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_DISK_FULL,
                   _("The database “%s” cannot be opened because the disk is full."),
                   name);
      return;
    }

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_LOCKED,
                   _("The database “%s” is used by another program. Close it and try again."),
                   name);
      break;

    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged or is not a database. "
                     "Seeds of Innovation has left it unchanged."),
                   name);
      break;

    case SQLITE_READONLY:
      g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_READ_ONLY,
                   _("The database “%s” is read-only. Seeds of Innovation needs to save "
                     "your work: make the file writable or choose another database."),
                   name);
      break;

    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
        g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CANNOT_OPEN,
                     _("The folder “%s” does not exist."),
                     dir_name);
      else if (g_file_test (path, G_FILE_TEST_EXISTS) && g_access (path, R_OK) != 0)
        g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CANNOT_OPEN,
                     _("You are not allowed to open “%s”."),
                     name);
      else if (g_access (dir, W_OK) != 0 && g_file_test (path, G_FILE_TEST_EXISTS))
        g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_READ_ONLY,
                     _("The database “%s” cannot be changed because its folder “%s” is "
                       "read-only. Seeds of Innovation needs to save your work: choose a "
                       "folder you may change."),
                     name, dir_name);
      else if (g_access (dir, W_OK) != 0)
        g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_READ_ONLY,
                     _("The database “%s” cannot be created because the folder “%s” is "
                       "read-only. Choose a folder you may change."),
                     name, dir_name);
      else
        g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CANNOT_OPEN,
                     _("The database “%s” cannot be opened."),
                     name);
      break;

    default:
      g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_FAILED,
                   _("The database “%s” cannot be opened: %s"),
                   name, detail != NULL ? detail : sqlite3_errstr (rc));
      break;
    }
}

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
 * refuse is never written to. */
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
      (rc = seeds_store_query_int (db, "SELECT count(*) FROM sqlite_master",
                                   &n_objects)) != SQLITE_OK)
    {
      set_open_error (error, path, db, rc, sqlite3_errmsg (db));
      return FALSE;
    }

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

  /* Ours, but its tables are gone */
  if (n_objects == 0)
    {
      set_open_error (error, path, db, SQLITE_CORRUPT, NULL);
      return FALSE;
    }

  if ((rc = seeds_store_run_check (db, "PRAGMA quick_check", &ok)) != SQLITE_OK)
    {
      set_open_error (error, path, db, rc, sqlite3_errmsg (db));
      return FALSE;
    }

  if (!ok)
    {
      set_open_error (error, path, db, SQLITE_CORRUPT, NULL);
      return FALSE;
    }

  return TRUE;
}

/* The write-ahead log and its index live next to the database. */
static gboolean
check_folder_writable (const char  *path,
                       GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_access (dir, W_OK) != 0)
    {
      set_open_error (error, path, NULL, SQLITE_CANTOPEN, NULL);
      return FALSE;
    }

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
      set_open_error (error, path, db, rc, sqlite3_errmsg (db));
      return FALSE;
    }

  if (version < seeds_store_schema_get_latest_version ())
    {
      rc = seeds_store_schema_migrate (db, seeds_store_schema_get_latest_version (), &errmsg);
      if (rc != SQLITE_OK)
        {
          if ((rc & 0xff) != SQLITE_BUSY && !seeds_store_is_disk_full (db, rc))
            g_warning ("Cannot update %s to version %d: %s", path,
                       seeds_store_schema_get_latest_version (), errmsg);
          set_open_error (error, path, db, rc, errmsg);
          return FALSE;
        }

      /* Another copy of the app may have updated it meanwhile, even past
       * what this one knows. */
      if ((rc = seeds_store_query_int (db, "PRAGMA user_version", &version)) != SQLITE_OK)
        {
          set_open_error (error, path, db, rc, sqlite3_errmsg (db));
          return FALSE;
        }

      if (version > seeds_store_schema_get_latest_version ())
        {
          set_too_new_error (error, path);
          return FALSE;
        }
    }

  if ((rc = seeds_store_configure_connection (db)) != SQLITE_OK)
    {
      set_open_error (error, path, db, rc, sqlite3_errmsg (db));
      return FALSE;
    }

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
      set_open_error (error, path, db, rc, db != NULL ? sqlite3_errmsg (db) : NULL);
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
      set_open_error (error, path, db, SQLITE_READONLY, NULL);
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

const char *
seeds_store_get_path (SeedsStore *self)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);

  return self->path;
}

int
seeds_store_get_schema_version (SeedsStore *self)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), 0);

  return self->schema_version;
}
