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
    case SEEDS_STORE_ERROR_NOT_ENOUGH_POINTS:
    default:
      set_failed_error (error, name, access, detail);
      break;
    }

  return FALSE;
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
