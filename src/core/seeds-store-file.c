/* seeds-store-file.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>

#include <glib/gstdio.h>

#include "seeds-store-file.h"
#include "seeds-store-private.h"

/* The database file as a whole, with the files SQLite keeps next to it. */

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
