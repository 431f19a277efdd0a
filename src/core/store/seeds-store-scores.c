/* seeds-store-scores.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "store/seeds-store-private.h"
#include "model/seeds-text.h"

static gpointer
score_from_row (sqlite3_stmt *stmt)
{
  int value = SEEDS_SCORE_DONT_KNOW;

  if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
    value = sqlite3_column_int (stmt, 2);

  return seeds_score_new (seeds_store_column_text (stmt, 0),
                          seeds_store_column_text (stmt, 1),
                          value,
                          seeds_store_column_text (stmt, 3));
}

/**
 * seeds_store_list_scores:
 * @self: a #SeedsStore
 * @meeting_id: the meeting
 * @error: return location for a #GError
 *
 * Returns: (transfer container) (element-type SeedsScore): every score
 *   given in the meeting, by participant name, then factor id (shorter ids
 *   first, so that "2" comes before "10")
 */
GPtrArray *
seeds_store_list_scores (SeedsStore  *self,
                         const char  *meeting_id,
                         GError     **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (meeting_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return seeds_store_collect (self,
                              "SELECT s.participant_id, s.factor_id, s.value, s.comment "
                              "FROM scores s JOIN participants p ON p.id = s.participant_id "
                              "WHERE s.meeting_id = ?1 "
                              "ORDER BY p.name COLLATE seeds_name, s.participant_id, "
                              "         length (s.factor_id), s.factor_id",
                              SEEDS_STORE_VALUES (meeting_id),
                              score_from_row, (GDestroyNotify) seeds_score_free, error);
}

void
seeds_store_bind_score (sqlite3_stmt *stmt,
                        int           index,
                        int           value)
{
  if (value == SEEDS_SCORE_DONT_KNOW)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int (stmt, index, value);
}

/* Inserts or replaces a score, keeping its comment. */
static gboolean
upsert_score (SeedsStore  *self,
              const char  *meeting_id,
              const char  *participant_id,
              const char  *factor_id,
              int          value,
              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = seeds_store_prepare (self,
                              "INSERT INTO scores (meeting_id, participant_id, factor_id, value,"
                              "                    updated_at) "
                              "VALUES (?1, ?2, ?3, ?4, :now) "
                              "ON CONFLICT (meeting_id, participant_id, factor_id) "
                              "DO UPDATE SET value = excluded.value, "
                              "              updated_at = excluded.updated_at",
                              SEEDS_STORE_VALUES (meeting_id, participant_id, factor_id),
                              error);
  if (stmt == NULL)
    return FALSE;

  seeds_store_bind_score (stmt, 4, value);

  return seeds_store_run (self, stmt, error);
}

static gboolean
write_score (SeedsStore        *self,
             const char        *meeting_id,
             const char        *participant_id,
             const char        *factor_id,
             int                value,
             SeedsStoreChange  *what,
             GError           **error)
{
  gboolean added = FALSE;

  if (value == SEEDS_SCORE_NONE)
    {
      if (!seeds_store_require_participant (self, meeting_id, participant_id, error) ||
          !seeds_store_execute (self,
                                "DELETE FROM scores "
                                "WHERE meeting_id = ?1 AND participant_id = ?2 AND factor_id = ?3",
                                SEEDS_STORE_VALUES (meeting_id, participant_id, factor_id),
                                NULL, error))
        return FALSE;
    }
  else
    {
      /* Whoever scores takes part in the meeting. */
      if (!seeds_store_attend (self, meeting_id, participant_id, &added, error) ||
          !upsert_score (self, meeting_id, participant_id, factor_id, value, error))
        return FALSE;
    }

  if (sqlite3_changes (self->db) > 0)
    *what |= SEEDS_STORE_CHANGE_SCORES;
  if (added)
    *what |= SEEDS_STORE_CHANGE_PARTICIPANTS;

  return TRUE;
}

/**
 * seeds_store_set_score:
 * @self: a #SeedsStore
 * @meeting_id: the meeting
 * @participant_id: who gives the score, a participant of the meeting's community
 * @factor_id: the factor scored
 * @value: SEEDS_SCORE_MIN … SEEDS_SCORE_MAX, SEEDS_SCORE_DONT_KNOW, or
 *   SEEDS_SCORE_NONE to remove the score and its comment
 * @error: return location for a #GError
 *
 * Sets or replaces a score, keeping its comment. A participant who scores
 * is recorded as taking part in the meeting.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_set_score (SeedsStore  *self,
                       const char  *meeting_id,
                       const char  *participant_id,
                       const char  *factor_id,
                       int          value,
                       GError     **error)
{
  SeedsStoreChange what = 0;

  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (meeting_id != NULL, FALSE);
  g_return_val_if_fail (participant_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!seeds_store_check_id (factor_id, error))
    return FALSE;

  if (value != SEEDS_SCORE_NONE && !seeds_score_value_is_valid (value))
    return seeds_store_set_invalid (error, _("A score is a number from 1 to 5, or “don’t know”."));

  if (!seeds_store_begin (self, error))
    return FALSE;

  if (!write_score (self, meeting_id, participant_id, factor_id, value, &what, error) ||
      !seeds_store_commit (self, error))
    {
      seeds_store_rollback (self);
      return FALSE;
    }

  seeds_store_emit_changed (self, what);

  return TRUE;
}

static gboolean
write_comment (SeedsStore        *self,
               const char        *meeting_id,
               const char        *participant_id,
               const char        *factor_id,
               const char        *comment,
               SeedsStoreChange  *what,
               GError           **error)
{
  if (!seeds_store_require_participant (self, meeting_id, participant_id, error) ||
      !seeds_store_execute (self,
                            "UPDATE scores SET comment = ?4, updated_at = :now "
                            "WHERE meeting_id = ?1 AND participant_id = ?2 AND factor_id = ?3",
                            SEEDS_STORE_VALUES (meeting_id, participant_id, factor_id, comment),
                            NULL, error))
    return FALSE;

  if (sqlite3_changes (self->db) > 0)
    *what |= SEEDS_STORE_CHANGE_SCORES;
  else if (*comment != '\0')
    return seeds_store_set_invalid (error, _("Score this factor before adding a comment."));

  return TRUE;
}

/**
 * seeds_store_set_comment:
 * @self: a #SeedsStore
 * @meeting_id: the meeting
 * @participant_id: who gave the score
 * @factor_id: the factor scored
 * @comment: (nullable): the comment; empty or %NULL removes it
 * @error: return location for a #GError
 *
 * Sets the comment that goes with a score. A factor must be scored (if
 * only with "don't know") before it can have a comment.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_set_comment (SeedsStore  *self,
                         const char  *meeting_id,
                         const char  *participant_id,
                         const char  *factor_id,
                         const char  *comment,
                         GError     **error)
{
  g_autofree char *clean_comment = NULL;
  SeedsStoreChange what = 0;

  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (meeting_id != NULL, FALSE);
  g_return_val_if_fail (participant_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!seeds_store_check_id (factor_id, error) ||
      !(clean_comment = seeds_text_clean (comment, SEEDS_FIELD_COMMENT, error)))
    return FALSE;

  if (!seeds_store_begin (self, error))
    return FALSE;

  if (!write_comment (self, meeting_id, participant_id, factor_id, clean_comment, &what, error) ||
      !seeds_store_commit (self, error))
    {
      seeds_store_rollback (self);
      return FALSE;
    }

  seeds_store_emit_changed (self, what);

  return TRUE;
}

static gboolean
check_scores (GPtrArray  *scores,
              GPtrArray  *comments,
              GError    **error)
{
  for (guint i = 0; i < scores->len; i++)
    {
      const SeedsScore *score = g_ptr_array_index (scores, i);
      char *comment;

      if (!seeds_store_check_id (score->participant_id, error) ||
          !seeds_store_check_id (score->factor_id, error))
        return FALSE;

      if (!seeds_score_value_is_valid (score->value))
        return seeds_store_set_invalid (error, _("A score is a number from 1 to 5, or “don’t know”."));

      if (!(comment = seeds_text_clean (score->comment, SEEDS_FIELD_COMMENT, error)))
        return FALSE;

      g_ptr_array_add (comments, comment);
    }

  return TRUE;
}

/* One statement, bound anew for every score: preparing it 360 times for a
 * meeting of 30 people would cost more than the writes. */
static gboolean
write_scores (SeedsStore        *self,
              const char        *meeting_id,
              GPtrArray         *scores,
              GPtrArray         *comments,
              SeedsStoreChange  *what,
              GError           **error)
{
  g_autoptr(GHashTable) attending = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!seeds_store_require_kind (self, meeting_id, SEEDS_MEETING_SCORES, error))
    return FALSE;

  stmt = seeds_store_prepare (self,
                              "INSERT INTO scores (meeting_id, participant_id, factor_id, value,"
                              "                    comment, updated_at) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, :now) "
                              "ON CONFLICT (meeting_id, participant_id, factor_id) "
                              "DO UPDATE SET value = excluded.value, "
                              "              comment = excluded.comment, "
                              "              updated_at = excluded.updated_at",
                              SEEDS_STORE_VALUES (meeting_id),
                              error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < scores->len; i++)
    {
      const SeedsScore *score = g_ptr_array_index (scores, i);
      gboolean added = FALSE;

      if (!g_hash_table_contains (attending, score->participant_id))
        {
          if (!seeds_store_attend (self, meeting_id, score->participant_id, &added, error))
            return FALSE;

          g_hash_table_add (attending, score->participant_id);
          if (added)
            *what |= SEEDS_STORE_CHANGE_PARTICIPANTS;
        }

      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 2, score->participant_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, score->factor_id, -1, SQLITE_STATIC);
      seeds_store_bind_score (stmt, 4, score->value);
      sqlite3_bind_text (stmt, 5, g_ptr_array_index (comments, i), -1, SQLITE_STATIC);

      if (!seeds_store_run (self, stmt, error))
        return FALSE;
    }

  if (scores->len > 0)
    *what |= SEEDS_STORE_CHANGE_SCORES;

  return TRUE;
}

/**
 * seeds_store_set_scores:
 * @self: a #SeedsStore
 * @meeting_id: the meeting
 * @scores: (element-type SeedsScore): scores of participants of the
 *   meeting's community, each 1 … 5 or SEEDS_SCORE_DONT_KNOW, with a comment
 *   that may be empty
 * @error: return location for a #GError
 *
 * Sets many scores of a meeting at once, as one write: a whole round of
 * hands, or a generated meeting. Each score and its comment replace what
 * the participant had for the factor; other scores stay. Every participant
 * with a score is recorded as taking part. If one score is refused,
 * nothing is saved.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_set_scores (SeedsStore  *self,
                        const char  *meeting_id,
                        GPtrArray   *scores,
                        GError     **error)
{
  g_autoptr(GPtrArray) comments = g_ptr_array_new_with_free_func (g_free);
  SeedsStoreChange what = 0;

  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (meeting_id != NULL, FALSE);
  g_return_val_if_fail (scores != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_scores (scores, comments, error))
    return FALSE;

  if (!seeds_store_begin (self, error))
    return FALSE;

  if (!write_scores (self, meeting_id, scores, comments, &what, error) ||
      !seeds_store_commit (self, error))
    {
      seeds_store_rollback (self);
      return FALSE;
    }

  seeds_store_emit_changed (self, what);

  return TRUE;
}
