/* seeds-store-statements.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "store/seeds-store-file.h"
#include "store/seeds-store-private.h"

/* How the store's tables speak SQL once the database is open: prepared
 * statements with their values bound, queries that make items of rows,
 * writes in one transaction each (a savepoint each in a batch), and
 * errors in words for people. */

static inline gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* Errors after opening */

static gboolean
set_sqlite_error (SeedsStore  *self,
                  int          rc,
                  gboolean     writing,
                  GError     **error)
{
  return seeds_store_set_error (error, self->path, self->db, rc,
                                writing ? SEEDS_STORE_WRITING : SEEDS_STORE_READING, NULL);
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
