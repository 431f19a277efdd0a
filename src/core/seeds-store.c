/* seeds-store.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "seeds-store.h"
#include "seeds-store-schema.h"
#include "seeds-text.h"

#define BUSY_TIMEOUT_MS 1000

#define COMMUNITY_NOT_FOUND \
  _("The learning community could not be found. It may have been removed.")
#define MEETING_NOT_FOUND _("The meeting could not be found. It may have been removed.")
#define PARTICIPANT_NOT_FOUND _("The participant could not be found. They may have been removed.")
#define NEXT_STEP_NOT_FOUND _("The next step could not be found. It may have been removed.")

struct _SeedsStore
{
  GObject  parent_instance;

  sqlite3 *db;
  char    *path;
  int      schema_version;
};

G_DEFINE_FINAL_TYPE (SeedsStore, seeds_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (seeds-store-error-quark, seeds_store_error)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

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

static void
emit_changed (SeedsStore       *self,
              SeedsStoreChange  what)
{
  if (what != 0)
    g_signal_emit (self, signals[CHANGED], 0, (guint) what);
}

/* Errors after opening */

static gboolean
set_sqlite_error (SeedsStore  *self,
                  int          rc,
                  gboolean     writing,
                  GError     **error)
{
  g_autofree char *name = g_filename_display_basename (self->path);

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

    case SQLITE_FULL:
      g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_FAILED,
                   _("The changes could not be saved to “%s” because the disk is full."),
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

static gboolean
set_not_found (GError     **error,
               const char  *message)
{
  g_set_error_literal (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_FOUND, message);
  return FALSE;
}

static gboolean
set_invalid (GError     **error,
             const char  *message)
{
  g_set_error_literal (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID, message);
  return FALSE;
}

/* Statements */

static sqlite3_stmt *
prepare (SeedsStore  *self,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self, rc, FALSE, error);
      sqlite3_finalize (stmt);
      return NULL;
    }

  return stmt;
}

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

/* Steps a statement that returns no rows. */
static gboolean
run (SeedsStore    *self,
     sqlite3_stmt  *stmt,
     GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return set_sqlite_error (self, rc, TRUE, error);

  return TRUE;
}

/* Steps a query: TRUE with *has_row set, or FALSE with @error set. */
static gboolean
next_row (SeedsStore    *self,
          sqlite3_stmt  *stmt,
          gboolean      *has_row,
          GError       **error)
{
  int rc = sqlite3_step (stmt);

  *has_row = (rc == SQLITE_ROW);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return set_sqlite_error (self, rc, FALSE, error);

  return TRUE;
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

typedef gpointer (*RowFunc) (sqlite3_stmt *stmt);

/* Runs a query and makes an item of every row. */
static GPtrArray *
collect (SeedsStore     *self,
         sqlite3_stmt   *stmt,
         RowFunc         row_func,
         GDestroyNotify  free_func,
         GError        **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (free_func);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, row_func (stmt));

  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (self, rc, FALSE, error);
      return NULL;
    }

  return g_steal_pointer (&items);
}

/* Runs a query for one row and makes an item of it. */
static gpointer
fetch_one (SeedsStore    *self,
           sqlite3_stmt  *stmt,
           RowFunc        row_func,
           const char    *not_found_message,
           GError       **error)
{
  gboolean has_row;

  if (!next_row (self, stmt, &has_row, error))
    return NULL;

  if (!has_row)
    {
      set_not_found (error, not_found_message);
      return NULL;
    }

  return row_func (stmt);
}

/* Transactions: every write is one BEGIN IMMEDIATE … COMMIT, so that it is
 * saved completely or not at all, and waits for another writer up front
 * instead of failing half-way. */

static gboolean
exec_simple (SeedsStore  *self,
             const char  *sql,
             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (self, sql, error);

  return stmt != NULL && run (self, stmt, error);
}

static gboolean
begin (SeedsStore  *self,
       GError     **error)
{
  return exec_simple (self, "BEGIN IMMEDIATE", error);
}

static void
rollback (SeedsStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

static gboolean
commit (SeedsStore  *self,
        GError     **error)
{
  if (!exec_simple (self, "COMMIT", error))
    {
      rollback (self);
      return FALSE;
    }

  return TRUE;
}

/* Checks that a referenced row exists, inside the transaction of a write. */

static gboolean
require_community (SeedsStore  *self,
                   const char  *community_id,
                   GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row;

  stmt = prepare (self, "SELECT 1 FROM communities WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, community_id);
  if (!next_row (self, stmt, &has_row, error))
    return FALSE;

  if (!has_row)
    return set_not_found (error, COMMUNITY_NOT_FOUND);

  return TRUE;
}

/* Looks up a meeting; @community_id and @date are optional. */
static gboolean
require_meeting (SeedsStore  *self,
                 const char  *meeting_id,
                 char       **community_id,
                 char       **date,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row;

  stmt = prepare (self, "SELECT community_id, date FROM meetings WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, meeting_id);
  if (!next_row (self, stmt, &has_row, error))
    return FALSE;

  if (!has_row)
    return set_not_found (error, MEETING_NOT_FOUND);

  if (community_id != NULL)
    *community_id = g_strdup (column_text (stmt, 0));
  if (date != NULL)
    *date = g_strdup (column_text (stmt, 1));

  return TRUE;
}

/* Checks that a participant exists and belongs to @community_id. */
static gboolean
require_participant (SeedsStore  *self,
                     const char  *participant_id,
                     const char  *community_id,
                     GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row;

  stmt = prepare (self, "SELECT community_id FROM participants WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, participant_id);
  if (!next_row (self, stmt, &has_row, error))
    return FALSE;

  if (!has_row)
    return set_not_found (error, PARTICIPANT_NOT_FOUND);

  if (g_strcmp0 (column_text (stmt, 0), community_id) != 0)
    return set_not_found (error, _("The participant is not a member of this learning community."));

  return TRUE;
}

static gboolean
check_date (const char  *date,
            GError     **error)
{
  if (!seeds_date_is_valid (date))
    return set_invalid (error, _("Enter a valid date."));

  return TRUE;
}

static gboolean
check_id (const char  *id,
          GError     **error)
{
  if (id == NULL || *id == '\0' || !g_utf8_validate (id, -1, NULL))
    return set_invalid (error, _("An identifier in the data is not valid."));

  return TRUE;
}

/* Opening */

static int
compare_names (void       *user_data,
               int         len_a,
               const void *a,
               int         len_b,
               const void *b)
{
  int cmp = 0;

  if (len_a == 0 || len_b == 0)
    return (len_a > 0) - (len_b > 0);

  /* Text from another program may not be UTF-8; sort it by its bytes. */
  if (g_utf8_validate_len (a, len_a, NULL) && g_utf8_validate_len (b, len_b, NULL))
    {
      g_autofree char *folded_a = g_utf8_casefold (a, len_a);
      g_autofree char *folded_b = g_utf8_casefold (b, len_b);

      cmp = g_utf8_collate (folded_a, folded_b);
    }

  if (cmp == 0)
    {
      cmp = memcmp (a, b, MIN (len_a, len_b));
      if (cmp == 0)
        cmp = (len_a > len_b) - (len_a < len_b);
    }

  return cmp;
}

static void
set_open_error (GError     **error,
                const char  *path,
                int          rc,
                const char  *detail)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *dir_name = g_filename_display_name (dir);

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

    case SQLITE_FULL:
      g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_FAILED,
                   _("The database “%s” cannot be opened because the disk is full."),
                   name);
      break;

    default:
      g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_FAILED,
                   _("The database “%s” cannot be opened: %s"),
                   name, detail != NULL ? detail : sqlite3_errstr (rc));
      break;
    }
}

static int
query_int (sqlite3    *db,
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

/* Sets *ok to whether PRAGMA quick_check finds nothing wrong; returns an
 * SQLite result code. */
static int
quick_check (sqlite3  *db,
             gboolean *ok)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  *ok = FALSE;

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
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

  if ((rc = query_int (db, "PRAGMA application_id", &application_id)) != SQLITE_OK ||
      (rc = query_int (db, "PRAGMA user_version", version)) != SQLITE_OK ||
      (rc = query_int (db, "SELECT count(*) FROM sqlite_master", &n_objects)) != SQLITE_OK)
    {
      set_open_error (error, path, rc, sqlite3_errmsg (db));
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
      set_open_error (error, path, SQLITE_CORRUPT, NULL);
      return FALSE;
    }

  if ((rc = quick_check (db, &ok)) != SQLITE_OK)
    {
      set_open_error (error, path, rc, sqlite3_errmsg (db));
      return FALSE;
    }

  if (!ok)
    {
      set_open_error (error, path, SQLITE_CORRUPT, NULL);
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
      set_open_error (error, path, SQLITE_CANTOPEN, NULL);
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
      set_open_error (error, path, rc, sqlite3_errmsg (db));
      return FALSE;
    }

  if (version < seeds_store_schema_get_latest_version ())
    {
      rc = seeds_store_schema_migrate (db, seeds_store_schema_get_latest_version (), &errmsg);
      if (rc != SQLITE_OK)
        {
          if ((rc & 0xff) != SQLITE_BUSY)
            g_warning ("Cannot update %s to version %d: %s", path,
                       seeds_store_schema_get_latest_version (), errmsg);
          set_open_error (error, path, rc, errmsg);
          return FALSE;
        }

      /* Another copy of the app may have updated it meanwhile, even past
       * what this one knows. */
      if ((rc = query_int (db, "PRAGMA user_version", &version)) != SQLITE_OK)
        {
          set_open_error (error, path, rc, sqlite3_errmsg (db));
          return FALSE;
        }

      if (version > seeds_store_schema_get_latest_version ())
        {
          set_too_new_error (error, path);
          return FALSE;
        }
    }

  if ((rc = sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL)) != SQLITE_OK ||
      (rc = sqlite3_create_collation_v2 (db, "seeds_name", SQLITE_UTF8, NULL,
                                         compare_names, NULL)) != SQLITE_OK)
    {
      set_open_error (error, path, rc, sqlite3_errmsg (db));
      return FALSE;
    }

  return TRUE;
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
 * version, read-only, locked) is refused and left exactly as it was.
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
  GStatBuf wal_stat;
  gboolean had_wal;
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

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      set_open_error (error, path, rc, db != NULL ? sqlite3_errmsg (db) : NULL);
      sqlite3_close (db);
      return NULL;
    }

  sqlite3_extended_result_codes (db, 1);
  sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);

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
      set_open_error (error, path, SQLITE_READONLY, NULL);
      sqlite3_close (db);
      return NULL;
    }

  if (!classify (db, path, &version, error) ||
      !check_folder_writable (path, error) ||
      !prepare_connection (db, path, version, error))
    {
      sqlite3_close (db);
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


/* Runs a statement with @id bound to ?1; one that changes no row means
 * the row is gone. */
static gboolean
run_by_id (SeedsStore  *self,
           const char  *sql,
           const char  *id,
           const char  *not_found_message,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, id);
  if (!run (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (self->db) == 0)
    return set_not_found (error, not_found_message);

  return TRUE;
}

/* The same, as a whole write. */
static gboolean
write_by_id (SeedsStore        *self,
             const char        *sql,
             const char        *id,
             const char        *not_found_message,
             SeedsStoreChange   what,
             GError           **error)
{
  if (!begin (self, error))
    return FALSE;

  if (!run_by_id (self, sql, id, not_found_message, error) || !commit (self, error))
    {
      rollback (self);
      return FALSE;
    }

  emit_changed (self, what);

  return TRUE;
}

/* Communities */

static gpointer
community_from_row (sqlite3_stmt *stmt)
{
  return seeds_community_new (column_text (stmt, 0), column_text (stmt, 1));
}

/**
 * seeds_store_list_communities:
 * @self: a #SeedsStore
 * @error: return location for a #GError
 *
 * Returns: (transfer container) (element-type SeedsCommunity): every
 *   community, sorted by name
 */
GPtrArray *
seeds_store_list_communities (SeedsStore  *self,
                              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = prepare (self,
                  "SELECT id, name FROM communities "
                  "ORDER BY name COLLATE seeds_name, created_at, id",
                  error);
  if (stmt == NULL)
    return NULL;

  return collect (self, stmt, community_from_row, g_object_unref, error);
}

SeedsCommunity *
seeds_store_get_community (SeedsStore  *self,
                           const char  *community_id,
                           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (community_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = prepare (self, "SELECT id, name FROM communities WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;

  bind_text (stmt, 1, community_id);

  return fetch_one (self, stmt, community_from_row, COMMUNITY_NOT_FOUND, error);
}

static gboolean
insert_community (SeedsStore  *self,
                  const char  *id,
                  const char  *name,
                  GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = prepare (self,
                  "INSERT INTO communities (id, name, created_at, updated_at) "
                  "VALUES (?1, ?2, ?3, ?3)",
                  error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, id);
  bind_text (stmt, 2, name);
  sqlite3_bind_int64 (stmt, 3, now_seconds ());

  return run (self, stmt, error);
}

SeedsCommunity *
seeds_store_add_community (SeedsStore  *self,
                           const char  *name,
                           GError     **error)
{
  g_autofree char *clean_name = NULL;
  g_autofree char *id = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(clean_name = seeds_text_clean (name, SEEDS_FIELD_COMMUNITY_NAME, error)))
    return NULL;

  id = g_uuid_string_random ();

  if (!begin (self, error))
    return NULL;

  if (!insert_community (self, id, clean_name, error) || !commit (self, error))
    {
      rollback (self);
      return NULL;
    }

  emit_changed (self, SEEDS_STORE_CHANGE_COMMUNITIES);

  return seeds_community_new (id, clean_name);
}

static gboolean
update_community (SeedsStore  *self,
                  const char  *id,
                  const char  *name,
                  GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = prepare (self,
                  "UPDATE communities SET name = ?2, updated_at = ?3 WHERE id = ?1",
                  error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, id);
  bind_text (stmt, 2, name);
  sqlite3_bind_int64 (stmt, 3, now_seconds ());

  if (!run (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (self->db) == 0)
    return set_not_found (error, COMMUNITY_NOT_FOUND);

  return TRUE;
}

gboolean
seeds_store_rename_community (SeedsStore      *self,
                              SeedsCommunity  *community,
                              const char      *name,
                              GError         **error)
{
  g_autofree char *clean_name = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SEEDS_IS_COMMUNITY (community), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(clean_name = seeds_text_clean (name, SEEDS_FIELD_COMMUNITY_NAME, error)))
    return FALSE;

  if (!begin (self, error))
    return FALSE;

  if (!update_community (self, seeds_community_get_id (community), clean_name, error) ||
      !commit (self, error))
    {
      rollback (self);
      return FALSE;
    }

  seeds_community_set_name (community, clean_name);
  emit_changed (self, SEEDS_STORE_CHANGE_COMMUNITIES);

  return TRUE;
}

/**
 * seeds_store_delete_community:
 * @self: a #SeedsStore
 * @community: the community to delete
 * @error: return location for a #GError
 *
 * Deletes @community with everything in it: meetings, participants, scores
 * and next steps.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_delete_community (SeedsStore      *self,
                              SeedsCommunity  *community,
                              GError         **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SEEDS_IS_COMMUNITY (community), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return write_by_id (self,
                      "DELETE FROM communities WHERE id = ?1",
                      seeds_community_get_id (community),
                      COMMUNITY_NOT_FOUND,
                      (SEEDS_STORE_CHANGE_COMMUNITIES |
                       SEEDS_STORE_CHANGE_MEETINGS |
                       SEEDS_STORE_CHANGE_PARTICIPANTS |
                       SEEDS_STORE_CHANGE_SCORES |
                       SEEDS_STORE_CHANGE_NEXT_STEPS),
                      error);
}

/* Meetings */

#define MEETING_COLUMNS "id, community_id, framework_id, date, title, notes"

static gpointer
meeting_from_row (sqlite3_stmt *stmt)
{
  return seeds_meeting_new (column_text (stmt, 0),
                            column_text (stmt, 1),
                            column_text (stmt, 2),
                            column_text (stmt, 3),
                            column_text (stmt, 4),
                            column_text (stmt, 5));
}

/**
 * seeds_store_list_meetings:
 * @self: a #SeedsStore
 * @community_id: the community whose meetings to list
 * @error: return location for a #GError
 *
 * Returns: (transfer container) (element-type SeedsMeeting): the meetings
 *   of the community, newest first
 */
GPtrArray *
seeds_store_list_meetings (SeedsStore  *self,
                           const char  *community_id,
                           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (community_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = prepare (self,
                  "SELECT " MEETING_COLUMNS " FROM meetings "
                  "WHERE community_id = ?1 "
                  "ORDER BY date DESC, created_at DESC, rowid DESC",
                  error);
  if (stmt == NULL)
    return NULL;

  bind_text (stmt, 1, community_id);

  return collect (self, stmt, meeting_from_row, g_object_unref, error);
}

SeedsMeeting *
seeds_store_get_meeting (SeedsStore  *self,
                         const char  *meeting_id,
                         GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (meeting_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = prepare (self, "SELECT " MEETING_COLUMNS " FROM meetings WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;

  bind_text (stmt, 1, meeting_id);

  return fetch_one (self, stmt, meeting_from_row, MEETING_NOT_FOUND, error);
}

static gboolean
insert_meeting (SeedsStore  *self,
                const char  *id,
                const char  *community_id,
                const char  *framework_id,
                const char  *date,
                const char  *title,
                const char  *notes,
                GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!require_community (self, community_id, error))
    return FALSE;

  stmt = prepare (self,
                  "INSERT INTO meetings (id, community_id, framework_id, date, title, notes,"
                  "                      created_at, updated_at) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                  error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, id);
  bind_text (stmt, 2, community_id);
  bind_text (stmt, 3, framework_id);
  bind_text (stmt, 4, date);
  bind_text (stmt, 5, title);
  bind_text (stmt, 6, notes);
  sqlite3_bind_int64 (stmt, 7, now_seconds ());

  return run (self, stmt, error);
}

SeedsMeeting *
seeds_store_add_meeting (SeedsStore  *self,
                         const char  *community_id,
                         const char  *framework_id,
                         const char  *date,
                         const char  *title,
                         const char  *notes,
                         GError     **error)
{
  g_autofree char *clean_title = NULL;
  g_autofree char *clean_notes = NULL;
  g_autofree char *id = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (community_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_id (framework_id, error) ||
      !check_date (date, error) ||
      !(clean_title = seeds_text_clean (title, SEEDS_FIELD_MEETING_TITLE, error)) ||
      !(clean_notes = seeds_text_clean (notes, SEEDS_FIELD_MEETING_NOTES, error)))
    return NULL;

  id = g_uuid_string_random ();

  if (!begin (self, error))
    return NULL;

  if (!insert_meeting (self, id, community_id, framework_id, date, clean_title, clean_notes,
                       error) ||
      !commit (self, error))
    {
      rollback (self);
      return NULL;
    }

  emit_changed (self, SEEDS_STORE_CHANGE_MEETINGS);

  return seeds_meeting_new (id, community_id, framework_id, date, clean_title, clean_notes);
}

static gboolean
update_meeting (SeedsStore  *self,
                const char  *id,
                const char  *date,
                const char  *title,
                const char  *notes,
                GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = prepare (self,
                  "UPDATE meetings SET date = ?2, title = ?3, notes = ?4, updated_at = ?5 "
                  "WHERE id = ?1",
                  error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, id);
  bind_text (stmt, 2, date);
  bind_text (stmt, 3, title);
  bind_text (stmt, 4, notes);
  sqlite3_bind_int64 (stmt, 5, now_seconds ());

  if (!run (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (self->db) == 0)
    return set_not_found (error, MEETING_NOT_FOUND);

  return TRUE;
}

gboolean
seeds_store_update_meeting (SeedsStore    *self,
                            SeedsMeeting  *meeting,
                            const char    *date,
                            const char    *title,
                            const char    *notes,
                            GError       **error)
{
  g_autofree char *clean_title = NULL;
  g_autofree char *clean_notes = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SEEDS_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_date (date, error) ||
      !(clean_title = seeds_text_clean (title, SEEDS_FIELD_MEETING_TITLE, error)) ||
      !(clean_notes = seeds_text_clean (notes, SEEDS_FIELD_MEETING_NOTES, error)))
    return FALSE;

  if (!begin (self, error))
    return FALSE;

  if (!update_meeting (self, seeds_meeting_get_id (meeting), date, clean_title, clean_notes,
                       error) ||
      !commit (self, error))
    {
      rollback (self);
      return FALSE;
    }

  g_object_freeze_notify (G_OBJECT (meeting));
  seeds_meeting_set_date (meeting, date);
  seeds_meeting_set_title (meeting, clean_title);
  seeds_meeting_set_notes (meeting, clean_notes);
  g_object_thaw_notify (G_OBJECT (meeting));

  emit_changed (self, SEEDS_STORE_CHANGE_MEETINGS);

  return TRUE;
}

/**
 * seeds_store_delete_meeting:
 * @self: a #SeedsStore
 * @meeting: the meeting to delete
 * @error: return location for a #GError
 *
 * Deletes @meeting with its attendance, scores and next steps. The
 * participants stay in the community.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_delete_meeting (SeedsStore    *self,
                            SeedsMeeting  *meeting,
                            GError       **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SEEDS_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return write_by_id (self,
                      "DELETE FROM meetings WHERE id = ?1",
                      seeds_meeting_get_id (meeting),
                      MEETING_NOT_FOUND,
                      (SEEDS_STORE_CHANGE_MEETINGS |
                       SEEDS_STORE_CHANGE_PARTICIPANTS |
                       SEEDS_STORE_CHANGE_SCORES |
                       SEEDS_STORE_CHANGE_NEXT_STEPS),
                      error);
}

/* Participants */

#define PARTICIPANT_COLUMNS "p.id, p.community_id, p.name, p.organisation, p.partner_type"

static gpointer
participant_from_row (sqlite3_stmt *stmt)
{
  SeedsPartnerType partner_type = SEEDS_PARTNER_OTHER;

  /* The table's CHECK allows only known types. */
  seeds_partner_type_from_string (column_text (stmt, 4), &partner_type);

  return seeds_participant_new (column_text (stmt, 0),
                                column_text (stmt, 1),
                                column_text (stmt, 2),
                                column_text (stmt, 3),
                                partner_type);
}

/**
 * seeds_store_list_participants:
 * @self: a #SeedsStore
 * @community_id: the community whose participants to list
 * @error: return location for a #GError
 *
 * Returns: (transfer container) (element-type SeedsParticipant): the
 *   participants of the community, sorted by name
 */
GPtrArray *
seeds_store_list_participants (SeedsStore  *self,
                               const char  *community_id,
                               GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (community_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = prepare (self,
                  "SELECT " PARTICIPANT_COLUMNS " FROM participants p "
                  "WHERE p.community_id = ?1 "
                  "ORDER BY p.name COLLATE seeds_name, p.created_at, p.id",
                  error);
  if (stmt == NULL)
    return NULL;

  bind_text (stmt, 1, community_id);

  return collect (self, stmt, participant_from_row, g_object_unref, error);
}

/**
 * seeds_store_list_attendees:
 * @self: a #SeedsStore
 * @meeting_id: the meeting
 * @error: return location for a #GError
 *
 * Returns: (transfer container) (element-type SeedsParticipant): the
 *   participants who took part in the meeting, sorted by name
 */
GPtrArray *
seeds_store_list_attendees (SeedsStore  *self,
                            const char  *meeting_id,
                            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (meeting_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = prepare (self,
                  "SELECT " PARTICIPANT_COLUMNS " FROM participants p "
                  "JOIN attendance a ON a.participant_id = p.id "
                  "WHERE a.meeting_id = ?1 "
                  "ORDER BY p.name COLLATE seeds_name, p.created_at, p.id",
                  error);
  if (stmt == NULL)
    return NULL;

  bind_text (stmt, 1, meeting_id);

  return collect (self, stmt, participant_from_row, g_object_unref, error);
}

static gboolean
insert_attendance (SeedsStore  *self,
                   const char  *meeting_id,
                   const char  *participant_id,
                   gboolean    *added,
                   GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = prepare (self,
                  "INSERT OR IGNORE INTO attendance (meeting_id, participant_id) "
                  "VALUES (?1, ?2)",
                  error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, meeting_id);
  bind_text (stmt, 2, participant_id);

  if (!run (self, stmt, error))
    return FALSE;

  if (added != NULL)
    *added = sqlite3_changes (self->db) > 0;

  return TRUE;
}

static gboolean
insert_participant (SeedsStore        *self,
                    const char        *meeting_id,
                    const char        *id,
                    const char        *name,
                    const char        *organisation,
                    SeedsPartnerType   partner_type,
                    char             **community_id,
                    GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!require_meeting (self, meeting_id, community_id, NULL, error))
    return FALSE;

  stmt = prepare (self,
                  "INSERT INTO participants (id, community_id, name, organisation, partner_type,"
                  "                          created_at, updated_at) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                  error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, id);
  bind_text (stmt, 2, *community_id);
  bind_text (stmt, 3, name);
  bind_text (stmt, 4, organisation);
  bind_text (stmt, 5, seeds_partner_type_to_string (partner_type));
  sqlite3_bind_int64 (stmt, 6, now_seconds ());

  if (!run (self, stmt, error))
    return FALSE;

  return insert_attendance (self, meeting_id, id, NULL, error);
}

static gboolean
check_partner_type (SeedsPartnerType   partner_type,
                    GError           **error)
{
  if (!seeds_partner_type_is_valid (partner_type))
    return set_invalid (error, _("Choose the kind of organisation the participant speaks for."));

  return TRUE;
}

/**
 * seeds_store_add_participant:
 * @self: a #SeedsStore
 * @meeting_id: the meeting the new participant takes part in
 * @name: the participant's name
 * @organisation: (nullable): the organisation they speak for
 * @partner_type: the kind of organisation
 * @error: return location for a #GError
 *
 * Adds a participant to the community of the meeting and to the meeting,
 * in one transaction.
 *
 * Returns: (transfer full): the new participant, or %NULL with @error set
 */
SeedsParticipant *
seeds_store_add_participant (SeedsStore        *self,
                             const char        *meeting_id,
                             const char        *name,
                             const char        *organisation,
                             SeedsPartnerType   partner_type,
                             GError           **error)
{
  g_autofree char *clean_name = NULL;
  g_autofree char *clean_organisation = NULL;
  g_autofree char *community_id = NULL;
  g_autofree char *id = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (meeting_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(clean_name = seeds_text_clean (name, SEEDS_FIELD_PARTICIPANT_NAME, error)) ||
      !(clean_organisation = seeds_text_clean (organisation, SEEDS_FIELD_ORGANISATION, error)) ||
      !check_partner_type (partner_type, error))
    return NULL;

  id = g_uuid_string_random ();

  if (!begin (self, error))
    return NULL;

  if (!insert_participant (self, meeting_id, id, clean_name, clean_organisation, partner_type,
                           &community_id, error) ||
      !commit (self, error))
    {
      rollback (self);
      return NULL;
    }

  emit_changed (self, SEEDS_STORE_CHANGE_PARTICIPANTS);

  return seeds_participant_new (id, community_id, clean_name, clean_organisation, partner_type);
}

static gboolean
attend (SeedsStore  *self,
        const char  *meeting_id,
        const char  *participant_id,
        gboolean    *added,
        GError     **error)
{
  g_autofree char *community_id = NULL;

  return require_meeting (self, meeting_id, &community_id, NULL, error) &&
         require_participant (self, participant_id, community_id, error) &&
         insert_attendance (self, meeting_id, participant_id, added, error);
}

/**
 * seeds_store_add_attendee:
 * @self: a #SeedsStore
 * @meeting_id: the meeting
 * @participant_id: a participant of the meeting's community
 * @error: return location for a #GError
 *
 * Records that a participant takes part in a meeting. Doing so twice is
 * not an error.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_add_attendee (SeedsStore  *self,
                          const char  *meeting_id,
                          const char  *participant_id,
                          GError     **error)
{
  gboolean added = FALSE;

  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (meeting_id != NULL, FALSE);
  g_return_val_if_fail (participant_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!begin (self, error))
    return FALSE;

  if (!attend (self, meeting_id, participant_id, &added, error) || !commit (self, error))
    {
      rollback (self);
      return FALSE;
    }

  if (added)
    emit_changed (self, SEEDS_STORE_CHANGE_PARTICIPANTS);

  return TRUE;
}

static gboolean
delete_attendance (SeedsStore  *self,
                   const char  *meeting_id,
                   const char  *participant_id,
                   gboolean    *removed,
                   GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = prepare (self,
                  "DELETE FROM attendance WHERE meeting_id = ?1 AND participant_id = ?2",
                  error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, meeting_id);
  bind_text (stmt, 2, participant_id);

  if (!run (self, stmt, error))
    return FALSE;

  *removed = sqlite3_changes (self->db) > 0;

  return TRUE;
}

/**
 * seeds_store_remove_attendee:
 * @self: a #SeedsStore
 * @meeting_id: the meeting
 * @participant_id: a participant of the meeting
 * @error: return location for a #GError
 *
 * Takes a participant off a meeting, together with their scores in that
 * meeting. They stay in the community. Removing someone who did not take
 * part is not an error.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_remove_attendee (SeedsStore  *self,
                             const char  *meeting_id,
                             const char  *participant_id,
                             GError     **error)
{
  gboolean removed = FALSE;

  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (meeting_id != NULL, FALSE);
  g_return_val_if_fail (participant_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!begin (self, error))
    return FALSE;

  if (!delete_attendance (self, meeting_id, participant_id, &removed, error) ||
      !commit (self, error))
    {
      rollback (self);
      return FALSE;
    }

  if (removed)
    emit_changed (self, SEEDS_STORE_CHANGE_PARTICIPANTS | SEEDS_STORE_CHANGE_SCORES);

  return TRUE;
}

static gboolean
update_participant (SeedsStore        *self,
                    const char        *id,
                    const char        *name,
                    const char        *organisation,
                    SeedsPartnerType   partner_type,
                    GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = prepare (self,
                  "UPDATE participants "
                  "SET name = ?2, organisation = ?3, partner_type = ?4, updated_at = ?5 "
                  "WHERE id = ?1",
                  error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, id);
  bind_text (stmt, 2, name);
  bind_text (stmt, 3, organisation);
  bind_text (stmt, 4, seeds_partner_type_to_string (partner_type));
  sqlite3_bind_int64 (stmt, 5, now_seconds ());

  if (!run (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (self->db) == 0)
    return set_not_found (error, PARTICIPANT_NOT_FOUND);

  return TRUE;
}

gboolean
seeds_store_update_participant (SeedsStore        *self,
                                SeedsParticipant  *participant,
                                const char        *name,
                                const char        *organisation,
                                SeedsPartnerType   partner_type,
                                GError           **error)
{
  g_autofree char *clean_name = NULL;
  g_autofree char *clean_organisation = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SEEDS_IS_PARTICIPANT (participant), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(clean_name = seeds_text_clean (name, SEEDS_FIELD_PARTICIPANT_NAME, error)) ||
      !(clean_organisation = seeds_text_clean (organisation, SEEDS_FIELD_ORGANISATION, error)) ||
      !check_partner_type (partner_type, error))
    return FALSE;

  if (!begin (self, error))
    return FALSE;

  if (!update_participant (self, seeds_participant_get_id (participant),
                           clean_name, clean_organisation, partner_type, error) ||
      !commit (self, error))
    {
      rollback (self);
      return FALSE;
    }

  g_object_freeze_notify (G_OBJECT (participant));
  seeds_participant_set_name (participant, clean_name);
  seeds_participant_set_organisation (participant, clean_organisation);
  seeds_participant_set_partner_type (participant, partner_type);
  g_object_thaw_notify (G_OBJECT (participant));

  emit_changed (self, SEEDS_STORE_CHANGE_PARTICIPANTS);

  return TRUE;
}

/**
 * seeds_store_delete_participant:
 * @self: a #SeedsStore
 * @participant: the participant to delete
 * @error: return location for a #GError
 *
 * Deletes @participant from the community, with their attendance and
 * scores in every meeting.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_delete_participant (SeedsStore        *self,
                                SeedsParticipant  *participant,
                                GError           **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SEEDS_IS_PARTICIPANT (participant), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return write_by_id (self,
                      "DELETE FROM participants WHERE id = ?1",
                      seeds_participant_get_id (participant),
                      PARTICIPANT_NOT_FOUND,
                      SEEDS_STORE_CHANGE_PARTICIPANTS | SEEDS_STORE_CHANGE_SCORES,
                      error);
}

/* Scores */

static gpointer
score_from_row (sqlite3_stmt *stmt)
{
  int value = SEEDS_SCORE_DONT_KNOW;

  if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
    value = sqlite3_column_int (stmt, 2);

  return seeds_score_new (column_text (stmt, 0),
                          column_text (stmt, 1),
                          value,
                          column_text (stmt, 3));
}

/**
 * seeds_store_list_scores:
 * @self: a #SeedsStore
 * @meeting_id: the meeting
 * @error: return location for a #GError
 *
 * Returns: (transfer container) (element-type SeedsScore): every score
 *   given in the meeting, by participant name, then factor
 */
GPtrArray *
seeds_store_list_scores (SeedsStore  *self,
                         const char  *meeting_id,
                         GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (meeting_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = prepare (self,
                  "SELECT s.participant_id, s.factor_id, s.value, s.comment "
                  "FROM scores s JOIN participants p ON p.id = s.participant_id "
                  "WHERE s.meeting_id = ?1 "
                  "ORDER BY p.name COLLATE seeds_name, s.participant_id, s.factor_id",
                  error);
  if (stmt == NULL)
    return NULL;

  bind_text (stmt, 1, meeting_id);

  return collect (self, stmt, score_from_row, (GDestroyNotify) seeds_score_free, error);
}

static gboolean
write_score (SeedsStore        *self,
             const char        *meeting_id,
             const char        *participant_id,
             const char        *factor_id,
             int                value,
             SeedsStoreChange  *what,
             GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean added = FALSE;

  if (value == SEEDS_SCORE_NONE)
    {
      g_autofree char *community_id = NULL;

      if (!require_meeting (self, meeting_id, &community_id, NULL, error) ||
          !require_participant (self, participant_id, community_id, error))
        return FALSE;

      stmt = prepare (self,
                      "DELETE FROM scores "
                      "WHERE meeting_id = ?1 AND participant_id = ?2 AND factor_id = ?3",
                      error);
      if (stmt == NULL)
        return FALSE;
    }
  else
    {
      /* Whoever scores takes part in the meeting. */
      if (!attend (self, meeting_id, participant_id, &added, error))
        return FALSE;

      stmt = prepare (self,
                      "INSERT INTO scores (meeting_id, participant_id, factor_id, value,"
                      "                    updated_at) "
                      "VALUES (?1, ?2, ?3, ?4, ?5) "
                      "ON CONFLICT (meeting_id, participant_id, factor_id) "
                      "DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                      error);
      if (stmt == NULL)
        return FALSE;

      if (value == SEEDS_SCORE_DONT_KNOW)
        sqlite3_bind_null (stmt, 4);
      else
        sqlite3_bind_int (stmt, 4, value);
      sqlite3_bind_int64 (stmt, 5, now_seconds ());
    }

  bind_text (stmt, 1, meeting_id);
  bind_text (stmt, 2, participant_id);
  bind_text (stmt, 3, factor_id);

  if (!run (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (self->db) > 0)
    *what |= SEEDS_STORE_CHANGE_SCORES;
  if (added)
    *what |= SEEDS_STORE_CHANGE_PARTICIPANTS;

  return TRUE;
}

/**
 * seeds_store_set_score:
 * @self: a #SeedsStore
 * @meeting_id: the meeting
 * @participant_id: who gives the score, a participant of the meeting's community
 * @factor_id: the factor scored
 * @value: SEEDS_SCORE_MIN … SEEDS_SCORE_MAX, SEEDS_SCORE_DONT_KNOW, or
 *   SEEDS_SCORE_NONE to remove the score and its comment
 * @error: return location for a #GError
 *
 * Sets or replaces a score, keeping its comment. A participant who scores
 * is recorded as taking part in the meeting.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_set_score (SeedsStore  *self,
                       const char  *meeting_id,
                       const char  *participant_id,
                       const char  *factor_id,
                       int          value,
                       GError     **error)
{
  SeedsStoreChange what = 0;

  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (meeting_id != NULL, FALSE);
  g_return_val_if_fail (participant_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_id (factor_id, error))
    return FALSE;

  if (value != SEEDS_SCORE_NONE && !seeds_score_value_is_valid (value))
    return set_invalid (error, _("A score is a number from 1 to 5, or “don’t know”."));

  if (!begin (self, error))
    return FALSE;

  if (!write_score (self, meeting_id, participant_id, factor_id, value, &what, error) ||
      !commit (self, error))
    {
      rollback (self);
      return FALSE;
    }

  emit_changed (self, what);

  return TRUE;
}

static gboolean
write_comment (SeedsStore        *self,
               const char        *meeting_id,
               const char        *participant_id,
               const char        *factor_id,
               const char        *comment,
               SeedsStoreChange  *what,
               GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *community_id = NULL;

  if (!require_meeting (self, meeting_id, &community_id, NULL, error) ||
      !require_participant (self, participant_id, community_id, error))
    return FALSE;

  stmt = prepare (self,
                  "UPDATE scores SET comment = ?4, updated_at = ?5 "
                  "WHERE meeting_id = ?1 AND participant_id = ?2 AND factor_id = ?3",
                  error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, meeting_id);
  bind_text (stmt, 2, participant_id);
  bind_text (stmt, 3, factor_id);
  bind_text (stmt, 4, comment);
  sqlite3_bind_int64 (stmt, 5, now_seconds ());

  if (!run (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (self->db) > 0)
    *what |= SEEDS_STORE_CHANGE_SCORES;
  else if (*comment != '\0')
    return set_invalid (error, _("Score this factor before adding a comment."));

  return TRUE;
}

/**
 * seeds_store_set_comment:
 * @self: a #SeedsStore
 * @meeting_id: the meeting
 * @participant_id: who gave the score
 * @factor_id: the factor scored
 * @comment: (nullable): the comment; empty or %NULL removes it
 * @error: return location for a #GError
 *
 * Sets the comment that goes with a score. A factor must be scored (if
 * only with "don't know") before it can have a comment.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_set_comment (SeedsStore  *self,
                         const char  *meeting_id,
                         const char  *participant_id,
                         const char  *factor_id,
                         const char  *comment,
                         GError     **error)
{
  g_autofree char *clean_comment = NULL;
  SeedsStoreChange what = 0;

  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (meeting_id != NULL, FALSE);
  g_return_val_if_fail (participant_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_id (factor_id, error) ||
      !(clean_comment = seeds_text_clean (comment, SEEDS_FIELD_COMMENT, error)))
    return FALSE;

  if (!begin (self, error))
    return FALSE;

  if (!write_comment (self, meeting_id, participant_id, factor_id, clean_comment, &what, error) ||
      !commit (self, error))
    {
      rollback (self);
      return FALSE;
    }

  emit_changed (self, what);

  return TRUE;
}

/* Next steps */

#define NEXT_STEP_COLUMNS "n.id, n.meeting_id, m.date, n.factor_id, n.text, n.owner, " \
                          "n.due_date, n.status"

static gpointer
next_step_from_row (sqlite3_stmt *stmt)
{
  SeedsNextStepStatus status = SEEDS_NEXT_STEP_OPEN;

  /* The table's CHECK allows only known statuses. */
  seeds_next_step_status_from_string (column_text (stmt, 7), &status);

  return seeds_next_step_new (column_text (stmt, 0),
                              column_text (stmt, 1),
                              column_text (stmt, 2),
                              column_text (stmt, 3),
                              column_text (stmt, 4),
                              column_text (stmt, 5),
                              column_text (stmt, 6),
                              status);
}

/**
 * seeds_store_list_next_steps:
 * @self: a #SeedsStore
 * @community_id: the community
 * @factor_id: (nullable): only the steps for this factor, or %NULL for all
 * @error: return location for a #GError
 *
 * Returns: (transfer container) (element-type SeedsNextStep): the next steps
 *   agreed in the community's meetings, oldest meeting first, and in the
 *   order they were added within a meeting
 */
GPtrArray *
seeds_store_list_next_steps (SeedsStore  *self,
                             const char  *community_id,
                             const char  *factor_id,
                             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (community_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = prepare (self,
                  "SELECT " NEXT_STEP_COLUMNS " FROM next_steps n "
                  "JOIN meetings m ON m.id = n.meeting_id "
                  "WHERE m.community_id = ?1 AND (?2 IS NULL OR n.factor_id = ?2) "
                  "ORDER BY m.date, m.created_at, m.rowid, n.created_at, n.rowid",
                  error);
  if (stmt == NULL)
    return NULL;

  bind_text (stmt, 1, community_id);
  bind_text (stmt, 2, factor_id);

  return collect (self, stmt, next_step_from_row, g_object_unref, error);
}

/* An empty due date means none; anything else must be a real date. */
static gboolean
check_due_date (const char  *due_date,
                GError     **error)
{
  if (due_date == NULL || *due_date == '\0')
    return TRUE;

  if (!seeds_date_is_valid (due_date))
    return set_invalid (error, _("Enter a valid date by which the step should be done, "
                                 "or leave it empty."));

  return TRUE;
}

static gboolean
insert_next_step (SeedsStore  *self,
                  const char  *id,
                  const char  *meeting_id,
                  const char  *factor_id,
                  const char  *text,
                  const char  *owner,
                  const char  *due_date,
                  char       **meeting_date,
                  GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!require_meeting (self, meeting_id, NULL, meeting_date, error))
    return FALSE;

  stmt = prepare (self,
                  "INSERT INTO next_steps (id, meeting_id, factor_id, text, owner, due_date,"
                  "                        status, created_at, updated_at) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                  error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, id);
  bind_text (stmt, 2, meeting_id);
  bind_text (stmt, 3, factor_id);
  bind_text (stmt, 4, text);
  bind_text (stmt, 5, owner);
  bind_text (stmt, 6, due_date);
  bind_text (stmt, 7, seeds_next_step_status_to_string (SEEDS_NEXT_STEP_OPEN));
  sqlite3_bind_int64 (stmt, 8, now_seconds ());

  return run (self, stmt, error);
}

/**
 * seeds_store_add_next_step:
 * @self: a #SeedsStore
 * @meeting_id: the meeting where the step was agreed
 * @factor_id: the factor the step is for
 * @text: what the group will do
 * @owner: (nullable): who takes the step
 * @due_date: (nullable): by when, as "YYYY-MM-DD"; %NULL or "" for no date
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the new, open next step, or %NULL with @error set
 */
SeedsNextStep *
seeds_store_add_next_step (SeedsStore  *self,
                           const char  *meeting_id,
                           const char  *factor_id,
                           const char  *text,
                           const char  *owner,
                           const char  *due_date,
                           GError     **error)
{
  g_autofree char *clean_text = NULL;
  g_autofree char *clean_owner = NULL;
  g_autofree char *meeting_date = NULL;
  g_autofree char *id = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (meeting_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_id (factor_id, error) ||
      !(clean_text = seeds_text_clean (text, SEEDS_FIELD_NEXT_STEP, error)) ||
      !(clean_owner = seeds_text_clean (owner, SEEDS_FIELD_OWNER, error)) ||
      !check_due_date (due_date, error))
    return NULL;

  if (due_date != NULL && *due_date == '\0')
    due_date = NULL;

  id = g_uuid_string_random ();

  if (!begin (self, error))
    return NULL;

  if (!insert_next_step (self, id, meeting_id, factor_id, clean_text, clean_owner, due_date,
                         &meeting_date, error) ||
      !commit (self, error))
    {
      rollback (self);
      return NULL;
    }

  emit_changed (self, SEEDS_STORE_CHANGE_NEXT_STEPS);

  return seeds_next_step_new (id, meeting_id, meeting_date, factor_id,
                              clean_text, clean_owner, due_date, SEEDS_NEXT_STEP_OPEN);
}

static gboolean
update_next_step (SeedsStore           *self,
                  const char           *id,
                  const char           *text,
                  const char           *owner,
                  const char           *due_date,
                  SeedsNextStepStatus   status,
                  GError              **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = prepare (self,
                  "UPDATE next_steps "
                  "SET text = ?2, owner = ?3, due_date = ?4, status = ?5, updated_at = ?6 "
                  "WHERE id = ?1",
                  error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, id);
  bind_text (stmt, 2, text);
  bind_text (stmt, 3, owner);
  bind_text (stmt, 4, due_date);
  bind_text (stmt, 5, seeds_next_step_status_to_string (status));
  sqlite3_bind_int64 (stmt, 6, now_seconds ());

  if (!run (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (self->db) == 0)
    return set_not_found (error, NEXT_STEP_NOT_FOUND);

  return TRUE;
}

gboolean
seeds_store_update_next_step (SeedsStore           *self,
                              SeedsNextStep        *step,
                              const char           *text,
                              const char           *owner,
                              const char           *due_date,
                              SeedsNextStepStatus   status,
                              GError              **error)
{
  g_autofree char *clean_text = NULL;
  g_autofree char *clean_owner = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SEEDS_IS_NEXT_STEP (step), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(clean_text = seeds_text_clean (text, SEEDS_FIELD_NEXT_STEP, error)) ||
      !(clean_owner = seeds_text_clean (owner, SEEDS_FIELD_OWNER, error)) ||
      !check_due_date (due_date, error))
    return FALSE;

  if (!seeds_next_step_status_is_valid (status))
    return set_invalid (error, _("Choose whether the step is open, done or dropped."));

  if (due_date != NULL && *due_date == '\0')
    due_date = NULL;

  if (!begin (self, error))
    return FALSE;

  if (!update_next_step (self, seeds_next_step_get_id (step),
                         clean_text, clean_owner, due_date, status, error) ||
      !commit (self, error))
    {
      rollback (self);
      return FALSE;
    }

  g_object_freeze_notify (G_OBJECT (step));
  seeds_next_step_set_text (step, clean_text);
  seeds_next_step_set_owner (step, clean_owner);
  seeds_next_step_set_due_date (step, due_date);
  seeds_next_step_set_status (step, status);
  g_object_thaw_notify (G_OBJECT (step));

  emit_changed (self, SEEDS_STORE_CHANGE_NEXT_STEPS);

  return TRUE;
}

gboolean
seeds_store_delete_next_step (SeedsStore     *self,
                              SeedsNextStep  *step,
                              GError        **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SEEDS_IS_NEXT_STEP (step), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return write_by_id (self,
                      "DELETE FROM next_steps WHERE id = ?1",
                      seeds_next_step_get_id (step),
                      NEXT_STEP_NOT_FOUND,
                      SEEDS_STORE_CHANGE_NEXT_STEPS,
                      error);
}
