/* seeds-store.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "store/seeds-store-file.h"
#include "store/seeds-store-private.h"

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

/* Errors */

static gboolean
is_cannot_open (int rc)
{
  return (rc & 0xff) == SQLITE_CANTOPEN || (rc & 0xff) == SQLITE_PERM || (rc & 0xff) == SQLITE_AUTH;
}

/* A file SQLite cannot open: the folder is missing or read-only, or the
 * file may not be read. */
static void
set_cannot_open_error (GError     **error,
                       const char  *path)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *dir_name = g_filename_display_name (dir);

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
}

static void
set_failed_error (GError           **error,
                  const char        *name,
                  SeedsStoreAccess   access,
                  const char        *detail)
{
  switch (access)
    {
    case SEEDS_STORE_OPENING:
      g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_FAILED,
                   _("The database “%s” cannot be opened: %s"),
                   name, detail);
      break;

    case SEEDS_STORE_READING:
      g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_FAILED,
                   _("The database “%s” could not be read: %s"),
                   name, detail);
      break;

    case SEEDS_STORE_WRITING:
    default:
      g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_FAILED,
                   _("The changes could not be saved to “%s”: %s"),
                   name, detail);
      break;
    }
}

/**
 * seeds_store_set_error:
 * @error: return location for a #SEEDS_STORE_ERROR
 * @path: the database
 * @db: (nullable): its connection, which tells a full disk and has
 *   SQLite's message
 * @rc: an SQLite result code
 * @access: what was being done
 * @detail: (nullable): SQLite's message, or %NULL for @db's
 *
 * Puts what SQLite says in words for people: the same error reads
 * differently while the database is opened, read or saved to.
 *
 * Returns: %FALSE
 */
gboolean
seeds_store_set_error (GError           **error,
                       const char        *path,
                       sqlite3           *db,
                       int                rc,
                       SeedsStoreAccess   access,
                       const char        *detail)
{
  g_autofree char *name = g_filename_display_basename (path);
  gboolean opening = access == SEEDS_STORE_OPENING;
  SeedsStoreError code = seeds_store_code_from_sqlite (db, rc);

  if (detail == NULL)
    detail = seeds_store_describe_sqlite (db, rc);

  if (opening && is_cannot_open (rc))
    {
      set_cannot_open_error (error, path);
      return FALSE;
    }

  switch (code)
    {
    case SEEDS_STORE_ERROR_DISK_FULL:
      if (opening)
        g_set_error (error, SEEDS_STORE_ERROR, code,
                     _("The database “%s” cannot be opened because the disk is full."),
                     name);
      else
        g_set_error (error, SEEDS_STORE_ERROR, code,
                     _("The changes could not be saved to “%s” because the disk is full."),
                     name);
      break;

    case SEEDS_STORE_ERROR_LOCKED:
      g_set_error (error, SEEDS_STORE_ERROR, code,
                   _("The database “%s” is used by another program. Close it and try again."),
                   name);
      break;

    case SEEDS_STORE_ERROR_READ_ONLY:
      if (opening)
        g_set_error (error, SEEDS_STORE_ERROR, code,
                     _("The database “%s” is read-only. Seeds of Innovation needs to save "
                       "your work: make the file writable or choose another database."),
                     name);
      else
        g_set_error (error, SEEDS_STORE_ERROR, code,
                     _("The changes could not be saved because the database “%s” is read-only."),
                     name);
      break;

    case SEEDS_STORE_ERROR_CORRUPT:
      if (opening)
        g_set_error (error, SEEDS_STORE_ERROR, code,
                     _("“%s” is damaged or is not a database. "
                       "Seeds of Innovation has left it unchanged."),
                     name);
      else
        g_set_error (error, SEEDS_STORE_ERROR, code,
                     _("The database “%s” is damaged."),
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
    default:
      set_failed_error (error, name, access, detail);
      break;
    }

  return FALSE;
}

static gboolean
set_sqlite_error (SeedsStore        *self,
                  int                rc,
                  SeedsStoreAccess   access,
                  GError           **error)
{
  return seeds_store_set_error (error, self->path, self->db, rc, access, NULL);
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
      set_sqlite_error (self, rc, SEEDS_STORE_READING, error);
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
    return set_sqlite_error (self, rc, SEEDS_STORE_WRITING, error);

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
    return set_sqlite_error (self, rc, SEEDS_STORE_READING, error);

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
      set_sqlite_error (self, rc, SEEDS_STORE_READING, error);
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
  return seeds_store_execute (self, "BEGIN IMMEDIATE", NULL, 0, NULL, error);
}

void
seeds_store_rollback (SeedsStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

gboolean
seeds_store_commit (SeedsStore  *self,
                    GError     **error)
{
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
