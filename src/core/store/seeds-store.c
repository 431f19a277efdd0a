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

static inline gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
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

/* Errors after opening */

static gboolean
set_sqlite_error (SeedsStore  *self,
                  int          rc,
                  gboolean     writing,
                  GError     **error)
{
  g_autofree char *name = g_filename_display_basename (self->path);

  if (seeds_store_is_disk_full (self->db, rc))
    {
      g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_DISK_FULL,
                   _("The changes could not be saved to “%s” because the disk is full."),
                   name);
      return FALSE;
    }

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_LOCKED,
                   _("The database “%s” is used by another program. Close it and try again."),
                   name);
      break;

    case SQLITE_READONLY:
      g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_READ_ONLY,
                   _("The changes could not be saved because the database “%s” is read-only."),
                   name);
      break;

    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CORRUPT,
                   _("The database “%s” is damaged."),
                   name);
      break;

    default:
      if (writing)
        g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_FAILED,
                     _("The changes could not be saved to “%s”: %s"),
                     name, sqlite3_errmsg (self->db));
      else
        g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_FAILED,
                     _("The database “%s” could not be read: %s"),
                     name, sqlite3_errmsg (self->db));
      break;
    }

  return FALSE;
}

gboolean
seeds_store_set_not_found (GError     **error,
                           const char  *message)
{
  g_set_error_literal (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_FOUND, message);
  return FALSE;
}

gboolean
seeds_store_set_invalid (GError     **error,
                         const char  *message)
{
  g_set_error_literal (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID, message);
  return FALSE;
}

gboolean
seeds_store_check_id (const char  *id,
                      GError     **error)
{
  if (id == NULL || *id == '\0' || !g_utf8_validate (id, -1, NULL))
    return seeds_store_set_invalid (error, _("An identifier in the data is not valid."));

  return TRUE;
}

/* Statements */

sqlite3_stmt *
seeds_store_prepare (SeedsStore          *self,
                     const char          *sql,
                     const char * const  *values,
                     guint                n_values,
                     GError             **error)
{
  sqlite3_stmt *stmt = NULL;
  int now_index;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self, rc, FALSE, error);
      sqlite3_finalize (stmt);
      return NULL;
    }

  /* A ?N after :now in the text could share its number. */
  now_index = sqlite3_bind_parameter_index (stmt, ":now");
  if (now_index != 0 && now_index <= (int) n_values)
    {
      g_critical ("“:now” must follow ?1 … ?%u in the statement “%s”", n_values, sql);
      sqlite3_finalize (stmt);
      return NULL;
    }

  /* A NULL value binds SQL NULL. */
  for (guint i = 0; i < n_values; i++)
    sqlite3_bind_text (stmt, i + 1, values[i], -1, SQLITE_TRANSIENT);

  if (now_index != 0)
    sqlite3_bind_int64 (stmt, now_index, now_seconds ());

  return stmt;
}

/* Steps a statement that returns no rows. */
gboolean
seeds_store_run (SeedsStore    *self,
                 sqlite3_stmt  *stmt,
                 GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return set_sqlite_error (self, rc, TRUE, error);

  return TRUE;
}

/* With @not_found_message, a write to a row by its id that changes nothing
 * means the row is gone. */
gboolean
seeds_store_execute (SeedsStore          *self,
                     const char          *sql,
                     const char * const  *values,
                     guint                n_values,
                     const char          *not_found_message,
                     GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = seeds_store_prepare (self, sql, values, n_values, error);

  if (stmt == NULL || !seeds_store_run (self, stmt, error))
    return FALSE;

  if (not_found_message != NULL && sqlite3_changes (self->db) == 0)
    return seeds_store_set_not_found (error, not_found_message);

  return TRUE;
}

/* Runs a query and hands every row to @visit_func. */
gboolean
seeds_store_visit (SeedsStore           *self,
                   const char           *sql,
                   const char * const   *values,
                   guint                 n_values,
                   SeedsStoreVisitFunc   visit_func,
                   gpointer              user_data,
                   GError              **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = seeds_store_prepare (self, sql, values, n_values, error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    visit_func (stmt, user_data);

  if (rc != SQLITE_DONE)
    return set_sqlite_error (self, rc, FALSE, error);

  return TRUE;
}

typedef struct
{
  GPtrArray         *items;
  SeedsStoreRowFunc  row_func;
} Collect;

static void
collect_row (sqlite3_stmt *stmt,
             gpointer      user_data)
{
  Collect *collect = user_data;

  g_ptr_array_add (collect->items, collect->row_func (stmt));
}

/* Runs a query and makes an item of every row. */
GPtrArray *
seeds_store_collect (SeedsStore          *self,
                     const char          *sql,
                     const char * const  *values,
                     guint                n_values,
                     SeedsStoreRowFunc    row_func,
                     GDestroyNotify       free_func,
                     GError             **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (free_func);
  Collect collect = { items, row_func };

  if (!seeds_store_visit (self, sql, values, n_values, collect_row, &collect, error))
    return NULL;

  return g_steal_pointer (&items);
}

/* Runs a query with @id bound to ?1: the statement on its first row, or
 * NULL with @error set. */
sqlite3_stmt *
seeds_store_find_row (SeedsStore  *self,
                      const char  *sql,
                      const char  *id,
                      const char  *not_found_message,
                      GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = seeds_store_prepare (self, sql, SEEDS_STORE_VALUES (id), error);
  if (stmt == NULL)
    return NULL;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      seeds_store_set_not_found (error, not_found_message);
      return NULL;
    }

  if (rc != SQLITE_ROW)
    {
      set_sqlite_error (self, rc, FALSE, error);
      return NULL;
    }

  return g_steal_pointer (&stmt);
}

/* Runs a query for one row by its id and makes an item of it. */
gpointer
seeds_store_fetch_one (SeedsStore         *self,
                       const char         *sql,
                       const char         *id,
                       SeedsStoreRowFunc   row_func,
                       const char         *not_found_message,
                       GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = seeds_store_find_row (self, sql, id, not_found_message, error);

  return stmt != NULL ? row_func (stmt) : NULL;
}

/* Transactions: every write is one BEGIN IMMEDIATE … COMMIT, so that it is
 * saved completely or not at all, and waits for another writer up front
 * instead of failing half-way. */

gboolean
seeds_store_begin (SeedsStore  *self,
                   GError     **error)
{
  if (!self->in_batch)
    return seeds_store_execute (self, "BEGIN IMMEDIATE", NULL, 0, NULL, error);

  if (!seeds_store_execute (self, "SAVEPOINT seeds_write", NULL, 0, NULL, error))
    return FALSE;

  self->in_write = TRUE;
  return TRUE;
}

/* May be called again after a failed commit, which rolled back already. */
void
seeds_store_rollback (SeedsStore *self)
{
  if (self->in_batch)
    {
      if (self->in_write)
        sqlite3_exec (self->db, "ROLLBACK TO seeds_write; RELEASE seeds_write", NULL, NULL, NULL);
      self->in_write = FALSE;
    }
  else if (!sqlite3_get_autocommit (self->db))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
    }
}

gboolean
seeds_store_commit (SeedsStore  *self,
                    GError     **error)
{
  const char *sql = self->in_batch ? "RELEASE seeds_write" : "COMMIT";

  if (!seeds_store_execute (self, sql, NULL, 0, NULL, error))
    {
      seeds_store_rollback (self);
      return FALSE;
    }

  self->in_write = FALSE;
  return TRUE;
}

/**
 * seeds_store_begin_batch:
 * @self: a #SeedsStore
 * @error: return location for a #SEEDS_STORE_ERROR
 *
 * Gathers the writes that follow, until seeds_store_end_batch(), into one
 * transaction. Each write stays whole or nothing on its own (a savepoint),
 * but the disk is waited for once, at the end, instead of after every
 * write: an import of a thousand score cards makes one fsync, not a
 * thousand, and what it imported is safe once it ends.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_begin_batch (SeedsStore  *self,
                         GError     **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (!self->in_batch, FALSE);

  if (!seeds_store_execute (self, "BEGIN IMMEDIATE", NULL, 0, NULL, error))
    return FALSE;

  self->in_batch = TRUE;
  return TRUE;
}

/**
 * seeds_store_end_batch:
 * @self: a #SeedsStore in a batch
 * @error: return location for a #SEEDS_STORE_ERROR
 *
 * Commits the writes of the batch. When that fails (a full disk), none of
 * them are saved.
 *
 * Returns: whether the batch's writes are saved
 */
gboolean
seeds_store_end_batch (SeedsStore  *self,
                       GError     **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->in_batch, FALSE);

  seeds_store_rollback (self);
  self->in_batch = FALSE;

  if (!seeds_store_execute (self, "COMMIT", NULL, 0, NULL, error))
    {
      seeds_store_rollback (self);
      return FALSE;
    }

  return TRUE;
}

/* A write of one statement, for those that need no lookups first. */
gboolean
seeds_store_write_row (SeedsStore          *self,
                       const char          *sql,
                       const char * const  *values,
                       guint                n_values,
                       const char          *not_found_message,
                       GError             **error)
{
  if (!seeds_store_begin (self, error))
    return FALSE;

  if (!seeds_store_execute (self, sql, values, n_values, not_found_message, error) ||
      !seeds_store_commit (self, error))
    {
      seeds_store_rollback (self);
      return FALSE;
    }

  return TRUE;
}

gboolean
seeds_store_delete_row (SeedsStore        *self,
                        const char        *sql,
                        const char        *id,
                        const char        *not_found_message,
                        SeedsStoreChange   what,
                        GError           **error)
{
  if (!seeds_store_write_row (self, sql, SEEDS_STORE_VALUES (id), not_found_message, error))
    return FALSE;

  seeds_store_emit_changed (self, what);

  return TRUE;
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
