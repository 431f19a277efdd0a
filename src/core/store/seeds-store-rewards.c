/* seeds-store-rewards.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "model/seeds-text.h"
#include "store/seeds-store-private.h"

/* The facilitator's catalogue of rewards, per community. A reward is
 * archived rather than deleted, so that the ledger keeps what points were
 * spent on (seeds-store-ledger.c). */

#define MAX_COST 100000

#define REWARD_COLUMNS "id, community_id, title, cost, created_at, archived"

static gpointer
reward_from_row (sqlite3_stmt *stmt)
{
  return seeds_reward_new (seeds_store_column_text (stmt, 0),
                           seeds_store_column_text (stmt, 1),
                           seeds_store_column_text (stmt, 2),
                           (guint) sqlite3_column_int64 (stmt, 3),
                           sqlite3_column_int64 (stmt, 4),
                           sqlite3_column_int (stmt, 5) != 0);
}

/**
 * seeds_store_list_rewards:
 * @self: a #SeedsStore
 * @community_id: a learning community
 * @with_archived: whether to list the archived ones too
 * @error: return location for a #GError
 *
 * Returns: (transfer container) (element-type SeedsReward): the rewards,
 *   cheapest first, or %NULL with @error set
 */
GPtrArray *
seeds_store_list_rewards (SeedsStore  *self,
                          const char  *community_id,
                          gboolean     with_archived,
                          GError     **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (community_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return seeds_store_collect (self,
                              "SELECT " REWARD_COLUMNS " FROM rewards "
                              "WHERE community_id = ?1 AND (archived = 0 OR ?2 IS NOT NULL) "
                              "ORDER BY cost, title COLLATE NOCASE, created_at",
                              SEEDS_STORE_VALUES (community_id, with_archived ? "" : NULL),
                              reward_from_row, g_object_unref, error);
}

/**
 * seeds_store_add_reward:
 * @self: a #SeedsStore
 * @community_id: one of your own learning communities
 * @title: what the reward is, such as "A coaching session"
 * @cost: what it costs, from 1 to 100 000 points
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the new reward, or %NULL with @error set
 */
SeedsReward *
seeds_store_add_reward (SeedsStore  *self,
                        const char  *community_id,
                        const char  *title,
                        guint        cost,
                        GError     **error)
{
  g_autofree char *clean_title = NULL;
  g_autofree char *id = NULL;
  g_autofree char *cost_text = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (community_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(clean_title = seeds_text_clean (title, SEEDS_FIELD_REWARD_TITLE, error)))
    return NULL;

  if (cost < 1 || cost > MAX_COST)
    {
      seeds_store_set_invalid (error, _("A reward costs from 1 to 100 000 points."));
      return NULL;
    }

  id = g_uuid_string_random ();
  cost_text = g_strdup_printf ("%u", cost);

  if (!seeds_store_begin (self, error))
    return NULL;

  if (!seeds_store_require_community (self, community_id, error) ||
      !seeds_store_execute (self,
                            "INSERT INTO rewards (id, community_id, title, cost, created_at) "
                            "VALUES (?1, ?2, ?3, CAST (?4 AS INTEGER), :now)",
                            SEEDS_STORE_VALUES (id, community_id, clean_title, cost_text),
                            NULL, error) ||
      !seeds_store_commit (self, error))
    {
      seeds_store_rollback (self);
      return NULL;
    }

  seeds_store_emit_changed (self, SEEDS_STORE_CHANGE_POINTS);

  return seeds_reward_new (id, community_id, clean_title, cost, now, FALSE);
}

/**
 * seeds_store_archive_reward:
 * @self: a #SeedsStore
 * @reward: a reward
 * @error: return location for a #GError
 *
 * Takes @reward out of the catalogue; the history keeps it.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_archive_reward (SeedsStore   *self,
                            SeedsReward  *reward,
                            GError      **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SEEDS_IS_REWARD (reward), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!seeds_store_write_row (self, "UPDATE rewards SET archived = 1 WHERE id = ?1",
                              SEEDS_STORE_VALUES (seeds_reward_get_id (reward)),
                              _("The reward could not be found. It may have been removed."),
                              error))
    return FALSE;

  seeds_store_emit_changed (self, SEEDS_STORE_CHANGE_POINTS);
  return TRUE;
}
