/* seeds-store-history.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "store/seeds-store-private.h"
#include "store/seeds-store-queries.h"

/* What the history of a community is made of, read in bulk: see
 * seeds-community-history.c. */

typedef struct
{
  SeedsStoreCountFunc func;
  gpointer            user_data;
} Visit;

static void
visit_score (sqlite3_stmt *stmt,
             gpointer      user_data)
{
  Visit *visit = user_data;
  int value = SEEDS_SCORE_DONT_KNOW;

  if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
    value = sqlite3_column_int (stmt, 3);

  visit->func (seeds_store_column_text (stmt, 0),
               seeds_store_column_text (stmt, 1),
               seeds_store_column_text (stmt, 2),
               value, 1, visit->user_data);
}

static void
visit_tally (sqlite3_stmt *stmt,
             gpointer      user_data)
{
  Visit *visit = user_data;

  /* The table's CHECKs keep value from 0 to 5 and count from 0. */
  visit->func (seeds_store_column_text (stmt, 0),
               NULL,
               seeds_store_column_text (stmt, 1),
               seeds_tally_score_at (sqlite3_column_int (stmt, 2)),
               (guint) sqlite3_column_int64 (stmt, 3),
               visit->user_data);
}

/**
 * seeds_store_foreach_count:
 * @self: a #SeedsStore
 * @community_id: the community
 * @func: (scope call): called for every score and every tally
 * @user_data: for @func
 * @error: return location for a #GError
 *
 * Hands every score and every sticker count of the community's meetings to
 * @func, in no particular order: a score with its participant and count 1,
 * a tally with participant %NULL. The strings are valid during the call
 * only.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_foreach_count (SeedsStore           *self,
                           const char           *community_id,
                           SeedsStoreCountFunc   func,
                           gpointer              user_data,
                           GError              **error)
{
  Visit visit = { func, user_data };

  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (community_id != NULL, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return seeds_store_visit (self, SEEDS_STORE_SQL_COMMUNITY_SCORES,
                            SEEDS_STORE_VALUES (community_id), visit_score, &visit, error) &&
         seeds_store_visit (self, SEEDS_STORE_SQL_COMMUNITY_TALLIES,
                            SEEDS_STORE_VALUES (community_id), visit_tally, &visit, error);
}
