/* seeds-store-connection.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "store/seeds-store-file.h"
#include "store/seeds-store-private.h"
#include "store/seeds-store-schema.h"

/* What every connection to the database needs, the first one that
 * seeds_store_open() checks and the others that trust it. */

/* Foreign keys and the collation of names. synchronous stays FULL, as
 * SQLite's default: a commit waits for the disk, so that what was saved
 * survives a power loss too. Imports of many files gather their writes in
 * one transaction (seeds_store_begin_batch()) to wait only once. */
int
seeds_store_configure_connection (sqlite3 *db)
{
  int rc;

  if ((rc = sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL)) != SQLITE_OK ||
      (rc = sqlite3_exec (db, "PRAGMA synchronous = FULL", NULL, NULL, NULL)) != SQLITE_OK)
    return rc;

  return seeds_store_add_collation (db);
}

/**
 * seeds_store_open_checked:
 * @path: a database that seeds_store_open() opened, and still holds open
 * @error: return location for a #SEEDS_STORE_ERROR
 *
 * Opens another connection to a database, for a worker thread: its own
 * transactions, never interleaved with those of the first connection. It
 * neither creates, checks, backs up nor updates the file, which
 * seeds_store_open() did, and so is quick.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
SeedsStore *
seeds_store_open_checked (const char  *path,
                          GError     **error)
{
  g_autoptr(GError) cause = NULL;
  SeedsStore *self;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  db = seeds_store_open_file (path, SQLITE_OPEN_READWRITE, &cause);
  if (db != NULL)
    {
      sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
      if ((rc = seeds_store_configure_connection (db)) != SQLITE_OK)
        {
          seeds_store_set_cause_from_sqlite (&cause, db, rc);
          g_clear_pointer (&db, sqlite3_close);
        }
    }

  if (db == NULL)
    {
      g_autofree char *name = g_filename_display_basename (path);

      g_set_error (error, SEEDS_STORE_ERROR, cause->code,
                   _("The database “%s” cannot be opened: %s"),
                   name, cause->message);
      return NULL;
    }

  self = g_object_new (SEEDS_TYPE_STORE, NULL);
  self->db = db;
  self->path = g_strdup (path);
  self->schema_version = seeds_store_schema_get_latest_version ();

  return self;
}
