/* seeds-store-undo.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "store/seeds-store-private.h"

/* Deletions that can be undone. Before a deletion, the rows it will take
 * with it are read whole, every column as SQLite holds it (ids, times,
 * NULLs); seeds_store_undo() writes them back in one transaction, parents
 * before children, so the database is as it was before. If something
 * happened in between that the rows no longer fit (the meeting itself was
 * deleted, the person was added again), the undo fails and changes
 * nothing. */

typedef struct
{
  char      *table;
  GStrv      columns;
  GPtrArray *rows;     /* of GPtrArray of sqlite3_value */
} Taken;

struct _SeedsStoreUndo
{
  GPtrArray        *taken;   /* of Taken, in the order to write them back */
  SeedsStoreChange  what;
};

static void
taken_free (gpointer data)
{
  Taken *taken = data;

  g_free (taken->table);
  g_strfreev (taken->columns);
  g_ptr_array_unref (taken->rows);
  g_free (taken);
}

static SeedsStoreUndo *
undo_new (SeedsStoreChange what)
{
  SeedsStoreUndo *undo = g_new0 (SeedsStoreUndo, 1);

  undo->taken = g_ptr_array_new_with_free_func (taken_free);
  undo->what = what;
  return undo;
}

void
seeds_store_undo_free (SeedsStoreUndo *undo)
{
  if (undo == NULL)
    return;

  g_ptr_array_unref (undo->taken);
  g_free (undo);
}

static GPtrArray *
read_row (sqlite3_stmt *stmt)
{
  int n = sqlite3_column_count (stmt);
  GPtrArray *row = g_ptr_array_new_full ((guint) n, (GDestroyNotify) sqlite3_value_free);

  for (int i = 0; i < n; i++)
    g_ptr_array_add (row, sqlite3_value_dup (sqlite3_column_value (stmt, i)));

  return row;
}

/* Keeps the rows of @table that @where selects. @table and @where are the
 * code's own; only @values come from outside, bound. */
static gboolean
take_rows (SeedsStore          *self,
           SeedsStoreUndo      *undo,
           const char          *table,
           const char          *where,
           const char * const  *values,
           guint                n_values,
           GError             **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s WHERE %s", table, where);
  g_autoptr(sqlite3_stmt) stmt = seeds_store_prepare (self, sql, values, n_values, error);
  Taken *taken;
  int rc;

  if (stmt == NULL)
    return FALSE;

  taken = g_new0 (Taken, 1);
  taken->table = g_strdup (table);
  taken->columns = g_new0 (char *, (gsize) sqlite3_column_count (stmt) + 1);
  for (int i = 0; i < sqlite3_column_count (stmt); i++)
    taken->columns[i] = g_strdup (sqlite3_column_name (stmt, i));
  taken->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_ptr_array_add (undo->taken, taken);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (taken->rows, read_row (stmt));

  if (rc != SQLITE_DONE)
    return seeds_store_set_error (error, self->path, self->db, rc, SEEDS_STORE_READING, NULL);

  return TRUE;
}

static gboolean
put_back (SeedsStore  *self,
          Taken       *taken,
          GError     **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autofree char *columns = g_strjoinv (", ", taken->columns);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint n_columns = g_strv_length (taken->columns);

  g_string_printf (sql, "INSERT INTO %s (%s) VALUES (", taken->table, columns);
  for (guint i = 0; i < n_columns; i++)
    g_string_append (sql, i == 0 ? "?" : ", ?");
  g_string_append (sql, ")");

  if ((stmt = seeds_store_prepare (self, sql->str, NULL, 0, error)) == NULL)
    return FALSE;

  for (guint r = 0; r < taken->rows->len; r++)
    {
      GPtrArray *row = g_ptr_array_index (taken->rows, r);

      sqlite3_reset (stmt);
      for (guint i = 0; i < n_columns; i++)
        sqlite3_bind_value (stmt, (int) i + 1, g_ptr_array_index (row, i));
      if (!seeds_store_run (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* Takes what @where selects in each of @tables (parents first), then runs
 * @delete_sql; all in one transaction. */
static SeedsStoreUndo *
delete_with_undo (SeedsStore          *self,
                  const char * const  *tables,
                  const char * const  *wheres,
                  guint                n_tables,
                  const char          *delete_sql,
                  const char * const  *values,
                  guint                n_values,
                  const char          *not_found_message,
                  SeedsStoreChange     what,
                  GError             **error)
{
  g_autoptr(SeedsStoreUndo) undo = undo_new (what);

  if (!seeds_store_begin (self, error))
    return NULL;

  for (guint i = 0; i < n_tables; i++)
    {
      if (!take_rows (self, undo, tables[i], wheres[i], values, n_values, error))
        goto failed;
    }

  if (!seeds_store_execute (self, delete_sql, values, n_values, not_found_message, error) ||
      !seeds_store_commit (self, error))
    goto failed;

  seeds_store_emit_changed (self, what);
  return g_steal_pointer (&undo);

failed:
  seeds_store_rollback (self);
  return NULL;
}

/**
 * seeds_store_delete_next_step_with_undo:
 * @self: a #SeedsStore
 * @step: the step to delete
 * @error: return location for a #GError
 *
 * Deletes a next step as seeds_store_delete_next_step() does, keeping it
 * to put back with seeds_store_undo().
 *
 * Returns: (transfer full): what undoes the deletion, or %NULL with @error set
 */
SeedsStoreUndo *
seeds_store_delete_next_step_with_undo (SeedsStore     *self,
                                        SeedsNextStep  *step,
                                        GError        **error)
{
  static const char * const tables[] = { "next_steps" };
  static const char * const wheres[] = { "id = ?1" };

  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (SEEDS_IS_NEXT_STEP (step), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return delete_with_undo (self, tables, wheres, G_N_ELEMENTS (tables),
                           "DELETE FROM next_steps WHERE id = ?1",
                           SEEDS_STORE_VALUES (seeds_next_step_get_id (step)),
                           _("The next step could not be found. It may have been removed."),
                           SEEDS_STORE_CHANGE_NEXT_STEPS, error);
}

/**
 * seeds_store_delete_failure_with_undo:
 * @self: a #SeedsStore
 * @failure: the brilliant failure to delete
 * @error: return location for a #GError
 *
 * Deletes a brilliant failure, keeping it to put back with
 * seeds_store_undo() with the same id, so that it does not earn team
 * points a second time. Points it earned stay: the work was done.
 *
 * Returns: (transfer full): what undoes the deletion, or %NULL with @error set
 */
SeedsStoreUndo *
seeds_store_delete_failure_with_undo (SeedsStore    *self,
                                      SeedsFailure  *failure,
                                      GError       **error)
{
  static const char * const tables[] = { "failures" };
  static const char * const wheres[] = { "id = ?1" };

  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (SEEDS_IS_FAILURE (failure), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return delete_with_undo (self, tables, wheres, G_N_ELEMENTS (tables),
                           "DELETE FROM failures WHERE id = ?1",
                           SEEDS_STORE_VALUES (seeds_failure_get_id (failure)),
                           _("The brilliant failure could not be found. It may have been removed."),
                           SEEDS_STORE_CHANGE_FAILURES, error);
}

/**
 * seeds_store_remove_attendee_with_undo:
 * @self: a #SeedsStore
 * @meeting_id: the meeting
 * @participant_id: a participant of the meeting
 * @error: return location for a #GError
 *
 * Takes a participant off a meeting, with their scores and comments
 * there, as seeds_store_remove_attendee() does, keeping all of it to put
 * back with seeds_store_undo(). Someone who was not in the meeting is no
 * error; undoing that puts back nothing.
 *
 * Returns: (transfer full): what undoes the removal, or %NULL with @error set
 */
SeedsStoreUndo *
seeds_store_remove_attendee_with_undo (SeedsStore  *self,
                                       const char  *meeting_id,
                                       const char  *participant_id,
                                       GError     **error)
{
  static const char * const tables[] = { "attendance", "scores" };
  static const char * const wheres[] = {
    "meeting_id = ?1 AND participant_id = ?2",
    "meeting_id = ?1 AND participant_id = ?2",
  };

  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (meeting_id != NULL && participant_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return delete_with_undo (self, tables, wheres, G_N_ELEMENTS (tables),
                           "DELETE FROM attendance WHERE meeting_id = ?1 AND participant_id = ?2",
                           SEEDS_STORE_VALUES (meeting_id, participant_id),
                           NULL,
                           SEEDS_STORE_CHANGE_PARTICIPANTS | SEEDS_STORE_CHANGE_SCORES, error);
}

/**
 * seeds_store_undo:
 * @self: a #SeedsStore
 * @undo: what a deletion took
 * @error: return location for a #GError
 *
 * Puts back what the deletion took, in one transaction: all of it, or,
 * when it no longer fits the database, nothing.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_undo (SeedsStore      *self,
                  SeedsStoreUndo  *undo,
                  GError         **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (undo != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!seeds_store_begin (self, error))
    return FALSE;

  for (guint i = 0; i < undo->taken->len; i++)
    {
      if (!put_back (self, g_ptr_array_index (undo->taken, i), error))
        {
          seeds_store_rollback (self);
          return FALSE;
        }
    }

  if (!seeds_store_commit (self, error))
    {
      seeds_store_rollback (self);
      return FALSE;
    }

  seeds_store_emit_changed (self, undo->what);
  return TRUE;
}
