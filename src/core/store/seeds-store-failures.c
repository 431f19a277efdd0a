/* seeds-store-failures.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "model/seeds-text.h"
#include "store/seeds-store-private.h"

/* Brilliant failures: a short log per community of what did not work
 * and what the group learned from it. Deleting one can be undone
 * (seeds_store_delete_failure_with_undo()), which puts it back with its
 * own id, so that it does not earn a second time. */

#define FAILURE_COLUMNS "id, community_id, tried, happened, learned, factor_id, created_at"

static gpointer
failure_from_row (sqlite3_stmt *stmt)
{
  return seeds_failure_new (seeds_store_column_text (stmt, 0),
                            seeds_store_column_text (stmt, 1),
                            seeds_store_column_text (stmt, 2),
                            seeds_store_column_text (stmt, 3),
                            seeds_store_column_text (stmt, 4),
                            seeds_store_column_text (stmt, 5),
                            sqlite3_column_int64 (stmt, 6));
}

/**
 * seeds_store_list_failures:
 * @self: a #SeedsStore
 * @community_id: a learning community
 * @factor_id: (nullable): only those that touch this factor; %NULL for all
 * @error: return location for a #GError
 *
 * Returns: (transfer container) (element-type SeedsFailure): the
 *   brilliant failures, newest first, or %NULL with @error set
 */
GPtrArray *
seeds_store_list_failures (SeedsStore  *self,
                           const char  *community_id,
                           const char  *factor_id,
                           GError     **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (community_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return seeds_store_collect (self,
                              "SELECT " FAILURE_COLUMNS " FROM failures "
                              "WHERE community_id = ?1 AND (?2 IS NULL OR factor_id = ?2) "
                              "ORDER BY created_at DESC, rowid DESC",
                              SEEDS_STORE_VALUES (community_id, factor_id),
                              failure_from_row, g_object_unref, error);
}

/**
 * seeds_store_add_failure:
 * @self: a #SeedsStore
 * @community_id: one of your own learning communities
 * @tried: what the group tried
 * @happened: what happened
 * @learned: what the group learned
 * @factor_id: (nullable): the factor it touches
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the new brilliant failure, or %NULL with
 *   @error set
 */
SeedsFailure *
seeds_store_add_failure (SeedsStore  *self,
                         const char  *community_id,
                         const char  *tried,
                         const char  *happened,
                         const char  *learned,
                         const char  *factor_id,
                         GError     **error)
{
  g_autofree char *clean_tried = NULL;
  g_autofree char *clean_happened = NULL;
  g_autofree char *clean_learned = NULL;
  g_autofree char *id = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (community_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (factor_id != NULL && *factor_id == '\0')
    factor_id = NULL;

  if ((factor_id != NULL && !seeds_store_check_id (factor_id, error)) ||
      !(clean_tried = seeds_text_clean (tried, SEEDS_FIELD_FAILURE_TRIED, error)) ||
      !(clean_happened = seeds_text_clean (happened, SEEDS_FIELD_FAILURE_HAPPENED, error)) ||
      !(clean_learned = seeds_text_clean (learned, SEEDS_FIELD_FAILURE_LEARNED, error)))
    return NULL;

  id = g_uuid_string_random ();

  if (!seeds_store_begin (self, error))
    return NULL;

  if (!seeds_store_require_community (self, community_id, error) ||
      !seeds_store_execute (self,
                            "INSERT INTO failures (id, community_id, tried, happened, learned,"
                            "                      factor_id, created_at) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, :now)",
                            SEEDS_STORE_VALUES (id, community_id, clean_tried, clean_happened,
                                                clean_learned, factor_id),
                            NULL, error) ||
      !seeds_store_commit (self, error))
    {
      seeds_store_rollback (self);
      return NULL;
    }

  seeds_store_emit_changed (self, SEEDS_STORE_CHANGE_FAILURES);

  return seeds_failure_new (id, community_id, clean_tried, clean_happened, clean_learned,
                            factor_id, now);
}
