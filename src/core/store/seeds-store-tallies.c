/* seeds-store-tallies.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "store/seeds-store-private.h"

/* The stickers of poster meetings. A row per factor and score with at least
 * one sticker: a count of 0 is no row, so that clearing a cell and never
 * filling it in are the same. */

static void
add_tally_row (sqlite3_stmt *stmt,
               gpointer      user_data)
{
  GPtrArray *tallies = user_data;
  const char *factor_id = seeds_store_column_text (stmt, 0);
  SeedsTally *tally = NULL;

  /* The rows come by factor. */
  if (tallies->len > 0)
    tally = g_ptr_array_index (tallies, tallies->len - 1);
  if (tally == NULL || !g_str_equal (tally->factor_id, factor_id))
    {
      tally = seeds_tally_new (factor_id, NULL);
      g_ptr_array_add (tallies, tally);
    }

  /* The table's CHECK keeps value from 0 to 5. */
  tally->counts[sqlite3_column_int (stmt, 1)] = sqlite3_column_int (stmt, 2);
}

/**
 * seeds_store_list_tallies:
 * @self: a #SeedsStore
 * @meeting_id: a poster meeting
 * @error: return location for a #GError
 *
 * Returns: (transfer container) (element-type SeedsTally): a tally for every
 *   factor with stickers in the meeting, by factor id (shorter ids first,
 *   so that "2" comes before "10"); none for a meeting scored by its
 *   participants
 */
GPtrArray *
seeds_store_list_tallies (SeedsStore  *self,
                          const char  *meeting_id,
                          GError     **error)
{
  g_autoptr(GPtrArray) tallies = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (meeting_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  tallies = g_ptr_array_new_with_free_func ((GDestroyNotify) seeds_tally_free);

  if (!seeds_store_visit (self,
                          "SELECT factor_id, value, count FROM tallies "
                          "WHERE meeting_id = ?1 ORDER BY length (factor_id), factor_id, value",
                          SEEDS_STORE_VALUES (meeting_id),
                          add_tally_row, tallies, error))
    return NULL;

  return g_steal_pointer (&tallies);
}

static gboolean
check_tally (const char   *factor_id,
             const guint  *counts,
             GError      **error)
{
  if (!seeds_store_check_id (factor_id, error))
    return FALSE;

  for (guint v = 0; v < SEEDS_TALLY_N_VALUES; v++)
    {
      if (counts[v] > SEEDS_TALLY_MAX_COUNT)
        {
          g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID,
                       _("The number of stickers is a whole number from 0 to %d."),
                       SEEDS_TALLY_MAX_COUNT);
          return FALSE;
        }
    }

  return TRUE;
}

/* Replaces the counts of one factor. */
static gboolean
write_tally (SeedsStore   *self,
             const char   *meeting_id,
             const char   *factor_id,
             const guint  *counts,
             GError      **error)
{
  if (!seeds_store_execute (self,
                            "DELETE FROM tallies WHERE meeting_id = ?1 AND factor_id = ?2",
                            SEEDS_STORE_VALUES (meeting_id, factor_id),
                            NULL, error))
    return FALSE;

  for (guint v = 0; v < SEEDS_TALLY_N_VALUES; v++)
    {
      g_autoptr(sqlite3_stmt) stmt = NULL;

      if (counts[v] == 0)
        continue;

      stmt = seeds_store_prepare (self,
                                  "INSERT INTO tallies (meeting_id, factor_id, value, count) "
                                  "VALUES (?1, ?2, ?3, ?4)",
                                  SEEDS_STORE_VALUES (meeting_id, factor_id),
                                  error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int (stmt, 3, v);
      sqlite3_bind_int64 (stmt, 4, counts[v]);

      if (!seeds_store_run (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* Writes in one transaction: the factors of @tallies, after removing all
 * counts of the meeting when @replace_all. */
static gboolean
write_tallies (SeedsStore  *self,
               const char  *meeting_id,
               GPtrArray   *tallies,
               gboolean     replace_all,
               GError     **error)
{
  for (guint i = 0; i < tallies->len; i++)
    {
      const SeedsTally *tally = g_ptr_array_index (tallies, i);

      if (!check_tally (tally->factor_id, tally->counts, error))
        return FALSE;
    }

  if (!seeds_store_begin (self, error))
    return FALSE;

  if (!seeds_store_require_kind (self, meeting_id, SEEDS_MEETING_POSTER, error))
    goto failed;

  if (replace_all &&
      !seeds_store_execute (self, "DELETE FROM tallies WHERE meeting_id = ?1",
                            SEEDS_STORE_VALUES (meeting_id), NULL, error))
    goto failed;

  for (guint i = 0; i < tallies->len; i++)
    {
      const SeedsTally *tally = g_ptr_array_index (tallies, i);

      if (!write_tally (self, meeting_id, tally->factor_id, tally->counts, error))
        goto failed;
    }

  if (!seeds_store_commit (self, error))
    goto failed;

  seeds_store_emit_changed (self, SEEDS_STORE_CHANGE_TALLIES);

  return TRUE;

failed:
  seeds_store_rollback (self);
  return FALSE;
}

/**
 * seeds_store_set_tallies:
 * @self: a #SeedsStore
 * @meeting_id: a poster meeting
 * @factor_id: the factor counted
 * @counts: (array fixed-size=6): the stickers per score: counts[0] for
 *   "don't know", counts[1] … counts[5] for the scores, each 0 to
 *   SEEDS_TALLY_MAX_COUNT
 * @error: return location for a #GError
 *
 * Replaces the counts of one factor of a poster meeting. A meeting scored
 * by its participants is refused with SEEDS_STORE_ERROR_INVALID.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_set_tallies (SeedsStore  *self,
                         const char  *meeting_id,
                         const char  *factor_id,
                         const guint  counts[SEEDS_TALLY_N_VALUES],
                         GError     **error)
{
  g_autoptr(GPtrArray) tallies = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (meeting_id != NULL, FALSE);
  g_return_val_if_fail (factor_id != NULL, FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  tallies = g_ptr_array_new_with_free_func ((GDestroyNotify) seeds_tally_free);
  g_ptr_array_add (tallies, seeds_tally_new (factor_id, counts));

  return write_tallies (self, meeting_id, tallies, FALSE, error);
}

/**
 * seeds_store_set_meeting_tallies:
 * @self: a #SeedsStore
 * @meeting_id: a poster meeting
 * @tallies: (element-type SeedsTally): the counts of the whole poster
 * @error: return location for a #GError
 *
 * Replaces all counts of a poster meeting by exactly those of @tallies, in
 * one write, as the whole grid is saved at once: a factor that is not in
 * @tallies has no stickers afterwards. Of two tallies of one factor, the
 * later counts. If one count is refused, nothing is saved.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_set_meeting_tallies (SeedsStore  *self,
                                 const char  *meeting_id,
                                 GPtrArray   *tallies,
                                 GError     **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (meeting_id != NULL, FALSE);
  g_return_val_if_fail (tallies != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return write_tallies (self, meeting_id, tallies, TRUE, error);
}
