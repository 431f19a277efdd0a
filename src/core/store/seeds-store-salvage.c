/* seeds-store-salvage.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "store/seeds-salvage-table.h"
#include "store/seeds-store-backup.h"
#include "store/seeds-store-file.h"
#include "store/seeds-store-private.h"
#include "store/seeds-store-schema.h"

/* Salvaging reads what SQLite can still read of a damaged database into a
 * new one, in the spirit of SQLite's .recover: every table is read whole,
 * without its indexes, so that a damaged index loses nothing; where a scan
 * meets a damaged page of a table, it jumps ahead past it. The damaged file
 * is read from a private copy, never opened for writing, and kept next to
 * the new database, which has the schema of the damaged one's version:
 * seeds_store_open() updates it after a backup, as any older database. */

typedef struct
{
  sqlite3      *source;  /* the private copy of the damaged database */
  sqlite3      *dest;    /* the new database */
  GPtrArray    *tables;  /* of SeedsSalvageTable, parents before children */
  GCancellable *cancellable;
} Salvage;

/* How a scan of a table went */
typedef struct
{
  int    rc;      /* SQLITE_DONE, or why reading stopped */
  guint  n_rows;
  gint64 last;    /* the rowid of the last row read */
} Scan;

static void
salvage_clear (Salvage *self)
{
  g_clear_pointer (&self->source, sqlite3_close);
  g_clear_pointer (&self->dest, sqlite3_close);
  g_clear_pointer (&self->tables, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Salvage, salvage_clear)

/* Copying */

static sqlite3_stmt *
prepare_insert (Salvage            *self,
                SeedsSalvageTable  *table,
                GError            **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  guint n_values = table->n_columns + (table->has_rowid ? 1 : 0);
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_string_append_printf (sql, "INSERT OR IGNORE INTO %s (%s%s) VALUES (",
                          table->quoted, table->has_rowid ? "rowid, " : "", table->columns);
  for (guint i = 0; i < n_values; i++)
    g_string_append (sql, i == 0 ? "?" : ", ?");
  g_string_append (sql, ")");

  rc = sqlite3_prepare_v2 (self->dest, sql->str, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      seeds_store_set_cause_from_sqlite (error, self->dest, rc);
      sqlite3_finalize (stmt);
      return NULL;
    }

  return stmt;
}

/* A full scan of @table in the damaged database, by its rowid or its
 * primary key, never through an index; %NULL if its schema is unreadable */
static sqlite3_stmt *
prepare_scan (Salvage           *self,
              SeedsSalvageTable *table,
              const char        *order)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = NULL;

  sql = g_strdup_printf ("SELECT %s%s FROM %s NOT INDEXED %s",
                         table->has_rowid ? "rowid, " : "", table->columns, table->quoted, order);

  if (sqlite3_prepare_v2 (self->source, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      sqlite3_finalize (stmt);
      return NULL;
    }

  return stmt;
}

/* Copies the rows that @scan_stmt gives until they end or reading fails;
 * fails only when writing does. */
static gboolean
copy_rows (Salvage       *self,
           sqlite3_stmt  *insert,
           sqlite3_stmt  *scan_stmt,
           Scan          *scan,
           GError       **error)
{
  int rc;

  *scan = (Scan) { SQLITE_DONE, 0, 0 };

  while ((rc = sqlite3_step (scan_stmt)) == SQLITE_ROW)
    {
      for (int c = 0; c < sqlite3_column_count (scan_stmt); c++)
        sqlite3_bind_value (insert, c + 1, sqlite3_column_value (scan_stmt, c));

      rc = sqlite3_step (insert);
      sqlite3_reset (insert);
      if (rc != SQLITE_DONE)
        {
          sqlite3_reset (scan_stmt);
          seeds_store_set_cause_from_sqlite (error, self->dest, rc);
          return FALSE;
        }

      scan->n_rows++;
      scan->last = sqlite3_column_int64 (scan_stmt, 0);
    }

  scan->rc = rc;
  sqlite3_reset (scan_stmt);

  return TRUE;
}

/* Where a scan fails, it starts again ever further past the last row it
 * read (1, 2, 4 … rowids on) until it finds rows again or passes the last
 * one; from each new start it also reads back towards the damage, for the
 * rows it jumped over. */
static gboolean
copy_rowid_table (Salvage            *self,
                  SeedsSalvageTable  *table,
                  sqlite3_stmt       *insert,
                  GError            **error)
{
  g_autoptr(sqlite3_stmt) forward = prepare_scan (self, table, "WHERE rowid >= ?1 ORDER BY rowid");
  g_autoptr(sqlite3_stmt) backward = prepare_scan (self, table,
                                                   "WHERE rowid < ?1 ORDER BY rowid DESC");
  gint64 from = G_MININT64;
  gint64 base = 0;
  guint64 gap = 1;
  Scan scan, back;

  if (forward == NULL || backward == NULL)
    {
      table->unreadable = TRUE;
      return TRUE;
    }

  for (guint attempt = 0; ; attempt++)
    {
      sqlite3_bind_int64 (forward, 1, from);
      if (!copy_rows (self, insert, forward, &scan, error))
        return FALSE;

      if (attempt > 0)
        {
          sqlite3_bind_int64 (backward, 1, from);
          if (!copy_rows (self, insert, backward, &back, error))
            return FALSE;
        }

      if (scan.rc == SQLITE_DONE)
        return TRUE;

      table->unreadable = TRUE;
      if (scan.n_rows > 0)
        {
          base = scan.last;
          gap = 1;
        }

      /* Past any rowid there can be */
      if (gap > (G_GUINT64_CONSTANT (1) << 62) || base > G_MAXINT64 - (gint64) gap)
        return TRUE;

      from = base + (gint64) gap;
      gap *= 2;
    }
}

/* A WITHOUT ROWID table has no number to jump ahead by: it is read from
 * both ends up to the damage. */
static gboolean
copy_keyed_table (Salvage            *self,
                  SeedsSalvageTable  *table,
                  sqlite3_stmt       *insert,
                  GError            **error)
{
  g_autofree char *key = g_strjoinv (", ", table->key);
  g_autofree char *key_desc = g_strjoinv (" DESC, ", table->key);
  g_autofree char *ascending = g_strdup_printf ("ORDER BY %s", key);
  g_autofree char *descending = g_strdup_printf ("ORDER BY %s DESC", key_desc);
  g_autoptr(sqlite3_stmt) forward = prepare_scan (self, table, ascending);
  g_autoptr(sqlite3_stmt) backward = prepare_scan (self, table, descending);
  Scan scan;

  if (forward == NULL || backward == NULL)
    {
      table->unreadable = TRUE;
      return TRUE;
    }

  if (!copy_rows (self, insert, forward, &scan, error))
    return FALSE;

  if (scan.rc == SQLITE_DONE)
    return TRUE;

  table->unreadable = TRUE;

  return copy_rows (self, insert, backward, &scan, error);
}

static gboolean
copy_table (Salvage            *self,
            SeedsSalvageTable  *table,
            GError            **error)
{
  g_autoptr(sqlite3_stmt) insert = prepare_insert (self, table, error);

  if (insert == NULL)
    return FALSE;

  if (table->has_rowid)
    return copy_rowid_table (self, table, insert, error);

  return copy_keyed_table (self, table, insert, error);
}

/* Salvaging */

static gboolean
open_source (Salvage     *self,
             const char  *path,
             int         *version,
             GError     **error)
{
  int application_id = 0;
  int rc;

  self->source = seeds_store_open_file (path, SQLITE_OPEN_READWRITE, error);
  if (self->source == NULL)
    return FALSE;

  /* Nothing to write back into a private copy */
  sqlite3_db_config (self->source, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  /* Finds more kinds of damage before a damaged row is read. */
  sqlite3_exec (self->source, "PRAGMA cell_size_check = ON", NULL, NULL, NULL);

  if ((rc = seeds_store_query_int (self->source, "PRAGMA application_id",
                                   &application_id)) != SQLITE_OK ||
      (rc = seeds_store_query_int (self->source, "PRAGMA user_version", version)) != SQLITE_OK)
    {
      seeds_store_set_cause_from_sqlite (error, self->source, rc);
      return FALSE;
    }

  if (application_id != SEEDS_STORE_APPLICATION_ID || *version <= 0)
    {
      g_set_error_literal (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_FOREIGN,
                           "not a database of Seeds of Innovation");
      return FALSE;
    }

  if (*version > seeds_store_schema_get_latest_version ())
    {
      g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_TOO_NEW,
                   "schema version %d", *version);
      return FALSE;
    }

  return TRUE;
}

static gboolean
create_dest (Salvage     *self,
             const char  *path,
             int          version,
             GError     **error)
{
  g_autofree char *errmsg = NULL;
  int rc;

  self->dest = seeds_store_open_file (path, SQLITE_OPEN_READWRITE, error);
  if (self->dest == NULL)
    return FALSE;

  /* A file no one else knows of, removed if anything fails: it needs no
   * journal, and is synced once, when complete. */
  if (!seeds_store_exec (self->dest, "PRAGMA journal_mode = OFF", error) ||
      !seeds_store_exec (self->dest, "PRAGMA synchronous = OFF", error))
    return FALSE;

  rc = seeds_store_schema_migrate (self->dest, version, &errmsg);
  if (rc != SQLITE_OK)
    {
      seeds_store_set_cause_from_sqlite (error, self->dest, rc);
      return FALSE;
    }

  /* Rows come in as they can be read; those whose parent is lost are
   * dropped at the end. */
  return seeds_store_exec (self->dest, "PRAGMA foreign_keys = OFF", error);
}

static gboolean
nothing_salvaged (Salvage *self)
{
  gboolean unreadable = FALSE;

  for (guint i = 0; i < self->tables->len; i++)
    {
      SeedsSalvageTable *table = g_ptr_array_index (self->tables, i);

      if (table->n_rows > 0)
        return FALSE;
      unreadable = unreadable || table->unreadable;
    }

  return unreadable;
}

static gboolean
salvage_into (Salvage     *self,
              const char  *source_path,
              const char  *dest_path,
              GError     **error)
{
  int version = 0;

  if (!open_source (self, source_path, &version, error) ||
      !create_dest (self, dest_path, version, error))
    return FALSE;

  self->tables = seeds_salvage_list_tables (self->dest);

  if (!seeds_store_exec (self->dest, "BEGIN", error))
    return FALSE;

  for (guint i = 0; i < self->tables->len; i++)
    if (g_cancellable_set_error_if_cancelled (self->cancellable, error) ||
        !copy_table (self, g_ptr_array_index (self->tables, i), error))
      return FALSE;

  if (!seeds_salvage_drop_orphans (self->dest, self->tables, error) ||
      !seeds_salvage_count_rows (self->dest, self->tables, error) ||
      !seeds_store_exec (self->dest, "COMMIT", error) ||
      !seeds_store_check_copy (self->dest, "PRAGMA integrity_check", NULL, error))
    return FALSE;

  if (nothing_salvaged (self))
    {
      g_set_error_literal (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CORRUPT,
                           "no row could be read");
      return FALSE;
    }

  return TRUE;
}

static void
remove_private_copy (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  seeds_store_remove_files (path, 0);
  g_rmdir (dir);
}

static gboolean
copy_file (const char  *from,
           const char  *to,
           GError     **error)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) dest = g_file_new_for_path (to);
  g_autoptr(GError) local_error = NULL;

  if (!g_file_copy (source, dest, G_FILE_COPY_NONE, NULL, NULL, NULL, &local_error))
    {
      seeds_store_set_cause_from_gio (error, local_error);
      return FALSE;
    }

  return TRUE;
}

/* Returns: (transfer full): a copy of the database at @path and of its
 * write-ahead log in a new temporary folder, for reading as SQLite likes:
 * SQLite may write to the files of a database it only reads. */
static char *
make_private_copy (const char  *path,
                   GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("seeds-salvage-XXXXXX", &local_error);
  g_autofree char *copy = NULL;
  g_autofree char *wal = NULL;
  g_autofree char *wal_copy = NULL;

  if (dir == NULL)
    {
      seeds_store_set_cause_from_gio (error, local_error);
      return NULL;
    }

  copy = g_build_filename (dir, "damaged.db", NULL);
  wal = g_strconcat (path, "-wal", NULL);
  wal_copy = g_strconcat (copy, "-wal", NULL);

  if (!copy_file (path, copy, error) ||
      (g_file_test (wal, G_FILE_TEST_EXISTS) && !copy_file (wal, wal_copy, error)))
    {
      remove_private_copy (copy);
      return NULL;
    }

  return g_steal_pointer (&copy);
}

static void
set_salvage_error (GError       **error,
                   const char    *database_path,
                   const GError  *cause)
{
  g_autofree char *name = g_filename_display_basename (database_path);
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
      g_set_error (error, SEEDS_STORE_ERROR, cause->code,
                   _("Nothing could be salvaged from “%s”: too much of it is damaged."),
                   name);
      break;

    case SEEDS_STORE_ERROR_FOREIGN:
      g_set_error (error, SEEDS_STORE_ERROR, cause->code,
                   _("“%s” is a database of another program. Seeds of Innovation has left "
                     "it unchanged: choose another file."),
                   name);
      break;

    case SEEDS_STORE_ERROR_TOO_NEW:
      g_set_error (error, SEEDS_STORE_ERROR, cause->code,
                   _("“%s” was made by a newer version of Seeds of Innovation. "
                     "Update Seeds of Innovation to open it."),
                   name);
      break;

    case SEEDS_STORE_ERROR_DISK_FULL:
      g_set_error (error, SEEDS_STORE_ERROR, cause->code,
                   _("What can be read of “%s” cannot be saved because the disk is full."),
                   name);
      break;

    case SEEDS_STORE_ERROR_READ_ONLY:
      g_set_error (error, SEEDS_STORE_ERROR, cause->code,
                   _("“%s” cannot be salvaged because its folder “%s” is read-only."),
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
                   _("“%s” cannot be salvaged: %s"),
                   name, cause->message);
      break;
    }
}

/**
 * seeds_store_salvage:
 * @database_path: a database that seeds_store_open() refused as
 *   %SEEDS_STORE_ERROR_CORRUPT
 * @kept_path: (out) (optional) (transfer full): where the damaged
 *   database was kept
 * @report: (out) (optional) (transfer full): what could be salvaged
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #SEEDS_STORE_ERROR
 *
 * Reads what can still be read of the damaged database, and of its
 * write-ahead log, from a private copy into a new database with the schema
 * of its version: every table whole, parents before children, past
 * damaged pages where it can; rows whose parent could not be read are left
 * out. A damaged index costs nothing, as the tables are read without
 * indexes. The new database takes the place of the damaged one, which is
 * kept byte for byte under a new name next to it, with its -wal and -shm
 * files (see seeds_store_restore_backup()). On failure, and while another
 * program uses the database, nothing changes. seeds_store_open() then
 * updates the new database if it is of an older version.
 *
 * Returns: %TRUE if the new database is in place
 */
gboolean
seeds_store_salvage (const char          *database_path,
                     char               **kept_path,
                     SeedsSalvageReport **report,
                     GCancellable        *cancellable,
                     GError             **error)
{
  g_auto(Salvage) salvage = { NULL, NULL, NULL, cancellable };
  g_autoptr(GError) cause = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *base = NULL;
  g_autofree char *private_copy = NULL;
  g_autofree char *temp_path = NULL;
  sqlite3 *lock = NULL;
  gboolean done = FALSE;

  g_return_val_if_fail (database_path != NULL, FALSE);
  g_return_val_if_fail (kept_path == NULL || *kept_path == NULL, FALSE);
  g_return_val_if_fail (report == NULL || *report == NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  dir = g_path_get_dirname (database_path);
  base = g_path_get_basename (database_path);
  prefix = g_strdup_printf (".%s.salvage-", base);

  if ((seeds_store_find_files (database_path) & SEEDS_STORE_FILE_DATABASE) == 0)
    seeds_store_set_cause_from_errno (&cause, ENOENT);
  else
    lock = seeds_store_lock_file (database_path, &cause);

  if (lock != NULL)
    private_copy = make_private_copy (database_path, &cause);

  if (private_copy != NULL)
    temp_path = seeds_store_make_temp_file (dir, prefix, &cause);

  if (temp_path != NULL)
    {
      done = salvage_into (&salvage, private_copy, temp_path, &cause);
      g_clear_pointer (&salvage.source, sqlite3_close);
      g_clear_pointer (&salvage.dest, sqlite3_close);
      done = done && seeds_store_sync_file (temp_path, &cause);
    }

  if (done)
    done = seeds_store_replace_file (database_path, temp_path, kept_path, &cause);

  if (!done && temp_path != NULL)
    seeds_store_remove_files (temp_path, 0);
  if (private_copy != NULL)
    remove_private_copy (private_copy);
  seeds_store_unlock_file (lock);

  if (!done)
    {
      set_salvage_error (error, database_path, cause);
      return FALSE;
    }

  if (report != NULL)
    *report = seeds_salvage_report_new_for_tables (salvage.tables);

  return TRUE;
}
