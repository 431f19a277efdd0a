/* seeds-store-next-steps.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "store/seeds-store-private.h"
#include "store/seeds-store-queries.h"
#include "model/seeds-text.h"

#define NEXT_STEP_NOT_FOUND _("The next step could not be found. It may have been removed.")

static gpointer
next_step_from_row (sqlite3_stmt *stmt)
{
  SeedsNextStepStatus status = SEEDS_NEXT_STEP_OPEN;
  SeedsNextStep *step;

  /* The table's CHECK allows only known statuses. */
  seeds_next_step_status_from_string (seeds_store_column_text (stmt, 7), &status);

  step = seeds_next_step_new (seeds_store_column_text (stmt, 0),
                              seeds_store_column_text (stmt, 1),
                              seeds_store_column_text (stmt, 2),
                              seeds_store_column_text (stmt, 3),
                              seeds_store_column_text (stmt, 4),
                              seeds_store_column_text (stmt, 5),
                              seeds_store_column_text (stmt, 6),
                              status);
  seeds_next_step_set_reviewed_in (step, seeds_store_column_text (stmt, 8));
  seeds_next_step_set_origin (step, seeds_store_column_text (stmt, 9),
                              seeds_store_column_text (stmt, 10));

  return step;
}

/* An empty due date means none; anything else must be a real date. */
static gboolean
check_due_date (const char  *due_date,
                GError     **error)
{
  if (due_date == NULL || *due_date == '\0')
    return TRUE;

  if (!seeds_date_is_valid (due_date))
    return seeds_store_set_invalid (error, _("Enter a valid date by which the step should be done, "
                                             "or leave it empty."));

  return TRUE;
}

/**
 * seeds_store_list_next_steps:
 * @self: a #SeedsStore
 * @community_id: the community
 * @factor_id: (nullable): only the steps for this factor, or %NULL for all
 * @error: return location for a #GError
 *
 * Returns: (transfer container) (element-type SeedsNextStep): the next steps
 *   agreed in the community's meetings, oldest meeting first, and in the
 *   order they were added within a meeting
 */
GPtrArray *
seeds_store_list_next_steps (SeedsStore  *self,
                             const char  *community_id,
                             const char  *factor_id,
                             GError     **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (community_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return seeds_store_collect (self, SEEDS_STORE_SQL_LIST_NEXT_STEPS,
                              SEEDS_STORE_VALUES (community_id, factor_id),
                              next_step_from_row, g_object_unref, error);
}

/**
 * seeds_store_add_next_step:
 * @self: a #SeedsStore
 * @meeting_id: the meeting where the step was agreed
 * @factor_id: the factor the step is for
 * @text: what the group will do
 * @owner: (nullable): who takes the step
 * @due_date: (nullable): by when, as "YYYY-MM-DD"; %NULL or "" for no date
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the new, open next step, or %NULL with @error set
 */
SeedsNextStep *
seeds_store_add_next_step (SeedsStore  *self,
                           const char  *meeting_id,
                           const char  *factor_id,
                           const char  *text,
                           const char  *owner,
                           const char  *due_date,
                           GError     **error)
{
  return seeds_store_add_next_step_from (self, meeting_id, factor_id, text, owner, due_date, NULL,
                                         error);
}

/* The origin's id and name, fit for the table: a lesson is taken from
 * another community than the one that takes it. */
static gboolean
check_origin (SeedsCommunity  *origin,
              const char      *community_id,
              char           **name,
              GError         **error)
{
  if (origin == NULL)
    return TRUE;

  if (!seeds_store_check_id (seeds_community_get_id (origin), error) ||
      !(*name = seeds_text_clean (seeds_community_get_name (origin), SEEDS_FIELD_COMMUNITY_NAME,
                                  error)))
    return FALSE;

  if (g_str_equal (seeds_community_get_id (origin), community_id))
    return seeds_store_set_invalid (error, _("A next step takes an idea from another learning "
                                             "community, not from its own."));

  return TRUE;
}

/**
 * seeds_store_add_next_step_from:
 * @self: a #SeedsStore
 * @meeting_id: the meeting where the step was agreed
 * @factor_id: the factor the step is for
 * @text: what the group will do
 * @owner: (nullable): who takes the step
 * @due_date: (nullable): by when, as "YYYY-MM-DD"; %NULL or "" for no date
 * @origin: (nullable): the other learning community whose idea the step
 *   takes up; its id and its name now are kept with the step
 * @error: return location for a #GError
 *
 * Adds a step as seeds_store_add_next_step() does, with where its idea
 * came from. Such a step is a lesson taken from another community, which
 * earns team points once per community and factor.
 *
 * Returns: (transfer full): the new, open next step, or %NULL with @error set
 */
SeedsNextStep *
seeds_store_add_next_step_from (SeedsStore      *self,
                                const char      *meeting_id,
                                const char      *factor_id,
                                const char      *text,
                                const char      *owner,
                                const char      *due_date,
                                SeedsCommunity  *origin,
                                GError         **error)
{
  g_autofree char *clean_text = NULL;
  g_autofree char *clean_owner = NULL;
  g_autofree char *origin_name = NULL;
  g_autofree char *community_id = NULL;
  g_autofree char *meeting_date = NULL;
  g_autofree char *id = NULL;
  const char *origin_id = origin != NULL ? seeds_community_get_id (origin) : NULL;
  const char *open_status = seeds_next_step_status_to_string (SEEDS_NEXT_STEP_OPEN);
  SeedsNextStep *step;

  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (meeting_id != NULL, NULL);
  g_return_val_if_fail (origin == NULL || SEEDS_IS_COMMUNITY (origin), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!seeds_store_check_id (factor_id, error) ||
      !(clean_text = seeds_text_clean (text, SEEDS_FIELD_NEXT_STEP, error)) ||
      !(clean_owner = seeds_text_clean (owner, SEEDS_FIELD_OWNER, error)) ||
      !check_due_date (due_date, error))
    return NULL;

  if (due_date != NULL && *due_date == '\0')
    due_date = NULL;

  id = g_uuid_string_random ();

  if (!seeds_store_begin (self, error))
    return NULL;

  if (!seeds_store_require_meeting (self, meeting_id, &community_id, &meeting_date, error) ||
      !check_origin (origin, community_id, &origin_name, error) ||
      !seeds_store_execute (self,
                            "INSERT INTO next_steps (id, meeting_id, factor_id, text, owner,"
                            "                        due_date, status, origin_id, origin_name,"
                            "                        created_at, updated_at) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, :now, :now)",
                            SEEDS_STORE_VALUES (id, meeting_id, factor_id, clean_text, clean_owner,
                                                due_date, open_status, origin_id, origin_name),
                            NULL, error) ||
      !seeds_store_commit (self, error))
    {
      seeds_store_rollback (self);
      return NULL;
    }

  seeds_store_emit_changed (self, SEEDS_STORE_CHANGE_NEXT_STEPS);

  step = seeds_next_step_new (id, meeting_id, meeting_date, factor_id,
                              clean_text, clean_owner, due_date, SEEDS_NEXT_STEP_OPEN);
  seeds_next_step_set_origin (step, origin_id, origin_name);
  return step;
}

/**
 * seeds_store_update_next_step:
 * @self: a #SeedsStore
 * @step: the step to change
 * @text: what the group will do
 * @owner: (nullable): who takes the step
 * @due_date: (nullable): by when, as "YYYY-MM-DD"; %NULL or "" for no date
 * @status: open, done or dropped
 * @error: return location for a #GError
 *
 * Changes a step. Changing its status here rather than in a review (see
 * seeds_store_review_next_step()) forgets the step's review.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_update_next_step (SeedsStore           *self,
                              SeedsNextStep        *step,
                              const char           *text,
                              const char           *owner,
                              const char           *due_date,
                              SeedsNextStepStatus   status,
                              GError              **error)
{
  g_autofree char *clean_text = NULL;
  g_autofree char *clean_owner = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SEEDS_IS_NEXT_STEP (step), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(clean_text = seeds_text_clean (text, SEEDS_FIELD_NEXT_STEP, error)) ||
      !(clean_owner = seeds_text_clean (owner, SEEDS_FIELD_OWNER, error)) ||
      !check_due_date (due_date, error))
    return FALSE;

  if (!seeds_next_step_status_is_valid (status))
    return seeds_store_set_invalid (error, _("Choose whether the step is open, done or dropped."));

  if (due_date != NULL && *due_date == '\0')
    due_date = NULL;

  /* A status changed outside a review leaves no review behind: a step
   * opened again is asked about again. */
  if (!seeds_store_write_row (self,
                              "UPDATE next_steps "
                              "SET text = ?2, owner = ?3, due_date = ?4, "
                              "    reviewed_in = CASE WHEN status = ?5 THEN reviewed_in END, "
                              "    status = ?5, updated_at = :now "
                              "WHERE id = ?1",
                              SEEDS_STORE_VALUES (seeds_next_step_get_id (step),
                                                  clean_text, clean_owner, due_date,
                                                  seeds_next_step_status_to_string (status)),
                              NEXT_STEP_NOT_FOUND, error))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (step));
  seeds_next_step_set_text (step, clean_text);
  seeds_next_step_set_owner (step, clean_owner);
  seeds_next_step_set_due_date (step, due_date);
  if (seeds_next_step_get_status (step) != status)
    seeds_next_step_set_reviewed_in (step, NULL);
  seeds_next_step_set_status (step, status);
  g_object_thaw_notify (G_OBJECT (step));

  seeds_store_emit_changed (self, SEEDS_STORE_CHANGE_NEXT_STEPS);

  return TRUE;
}

gboolean
seeds_store_delete_next_step (SeedsStore     *self,
                              SeedsNextStep  *step,
                              GError        **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SEEDS_IS_NEXT_STEP (step), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return seeds_store_delete_row (self,
                                 "DELETE FROM next_steps WHERE id = ?1",
                                 seeds_next_step_get_id (step),
                                 NEXT_STEP_NOT_FOUND,
                                 SEEDS_STORE_CHANGE_NEXT_STEPS,
                                 error);
}

/**
 * seeds_store_list_steps_to_review:
 * @self: a #SeedsStore
 * @meeting_id: the meeting that starts with the review
 * @error: return location for a #GError
 *
 * Returns: (transfer container) (element-type SeedsNextStep): the open
 *   steps agreed in the community's meetings dated before this one that
 *   were not reviewed in it yet, oldest first; a step carried over in
 *   this meeting is not asked about again
 */
GPtrArray *
seeds_store_list_steps_to_review (SeedsStore  *self,
                                  const char  *meeting_id,
                                  GError     **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (meeting_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!seeds_store_require_meeting (self, meeting_id, NULL, NULL, error))
    return NULL;

  return seeds_store_collect (self,
                              "SELECT " SEEDS_STORE_NEXT_STEP_COLUMNS " FROM meetings r "
                              "JOIN meetings m ON m.community_id = r.community_id "
                              "                AND m.date < r.date "
                              "JOIN next_steps n ON n.meeting_id = m.id "
                              "WHERE r.id = ?1 AND n.status = ?2 AND n.reviewed_in IS NOT ?1 "
                              "ORDER BY m.date, m.created_at, m.rowid, n.created_at, n.rowid",
                              SEEDS_STORE_VALUES (meeting_id,
                                                  seeds_next_step_status_to_string (SEEDS_NEXT_STEP_OPEN)),
                              next_step_from_row, g_object_unref, error);
}

/* A step is reviewed in a later meeting of the community it was agreed in. */
static gboolean
check_review (SeedsStore  *self,
              const char  *step_id,
              const char  *meeting_id,
              const char  *community_id,
              const char  *date,
              GError     **error)
{
  g_autoptr(sqlite3_stmt) agreed = NULL;

  agreed = seeds_store_find_row (self,
                                 "SELECT m.community_id, m.date FROM next_steps n "
                                 "JOIN meetings m ON m.id = n.meeting_id WHERE n.id = ?1",
                                 step_id, NEXT_STEP_NOT_FOUND, error);
  if (agreed == NULL)
    return FALSE;

  if (g_strcmp0 (seeds_store_column_text (agreed, 0), community_id) != 0 ||
      g_strcmp0 (seeds_store_column_text (agreed, 1), date) >= 0)
    return seeds_store_set_invalid (error, _("A next step is reviewed in a later meeting of the "
                                             "learning community where it was agreed."));

  return TRUE;
}

static gboolean
check_outcomes (const SeedsReviewDecision  *decisions,
                guint                       n_decisions,
                GError                    **error)
{
  for (guint i = 0; i < n_decisions; i++)
    {
      if (!seeds_review_outcome_is_valid (decisions[i].outcome))
        return seeds_store_set_invalid (error, _("Choose whether the step is done, carried over "
                                                 "or dropped."));

      if (!seeds_store_check_id (decisions[i].step_id, error))
        return FALSE;
    }

  return TRUE;
}

/* Writes the decisions inside the transaction of a write */
static gboolean
write_review (SeedsStore                 *self,
              const char                 *meeting_id,
              const SeedsReviewDecision  *decisions,
              guint                       n_decisions,
              GError                    **error)
{
  g_autofree char *community_id = NULL;
  g_autofree char *date = NULL;

  if (!seeds_store_require_meeting (self, meeting_id, &community_id, &date, error))
    return FALSE;

  for (guint i = 0; i < n_decisions; i++)
    {
      SeedsNextStepStatus status = seeds_review_outcome_get_status (decisions[i].outcome);

      if (!check_review (self, decisions[i].step_id, meeting_id, community_id, date, error) ||
          !seeds_store_execute (self,
                                "UPDATE next_steps "
                                "SET status = ?2, reviewed_in = ?3, updated_at = :now "
                                "WHERE id = ?1",
                                SEEDS_STORE_VALUES (decisions[i].step_id,
                                                    seeds_next_step_status_to_string (status),
                                                    meeting_id),
                                NEXT_STEP_NOT_FOUND, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * seeds_store_review_next_steps:
 * @self: a #SeedsStore
 * @meeting_id: the meeting whose review this is
 * @decisions: (array length=n_decisions): what became of each step agreed
 *   in an earlier meeting
 * @n_decisions: the number of @decisions
 * @error: return location for a #GError
 *
 * Records the whole review at the start of @meeting_id in one write, as
 * seeds_store_review_next_step() records one step: every decision is
 * saved, or, when one cannot be, none is.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_review_next_steps (SeedsStore                 *self,
                               const char                 *meeting_id,
                               const SeedsReviewDecision  *decisions,
                               guint                       n_decisions,
                               GError                    **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (meeting_id != NULL, FALSE);
  g_return_val_if_fail (decisions != NULL || n_decisions == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_outcomes (decisions, n_decisions, error))
    return FALSE;

  if (!seeds_store_begin (self, error))
    return FALSE;

  if (!write_review (self, meeting_id, decisions, n_decisions, error) ||
      !seeds_store_commit (self, error))
    {
      seeds_store_rollback (self);
      return FALSE;
    }

  if (n_decisions > 0)
    seeds_store_emit_changed (self, SEEDS_STORE_CHANGE_NEXT_STEPS);

  return TRUE;
}

/**
 * seeds_store_review_next_step:
 * @self: a #SeedsStore
 * @step: a step agreed in an earlier meeting
 * @meeting_id: the meeting whose review this is
 * @outcome: done, carried over or dropped
 * @error: return location for a #GError
 *
 * Records what the review at the start of @meeting_id decided about @step:
 * done and dropped close the step, carried over keeps it open. Either way
 * the step remembers the meeting, so that it is not asked about again
 * there, and "did it help?" compares its factor up to that meeting (see
 * seeds_community_history_list_effects()). Reviewing a step again in the
 * same meeting changes the decision.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_review_next_step (SeedsStore          *self,
                              SeedsNextStep       *step,
                              const char          *meeting_id,
                              SeedsReviewOutcome   outcome,
                              GError             **error)
{
  SeedsReviewDecision decision;

  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SEEDS_IS_NEXT_STEP (step), FALSE);
  g_return_val_if_fail (meeting_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  decision.step_id = seeds_next_step_get_id (step);
  decision.outcome = outcome;

  if (!seeds_store_review_next_steps (self, meeting_id, &decision, 1, error))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (step));
  seeds_next_step_set_status (step, seeds_review_outcome_get_status (outcome));
  seeds_next_step_set_reviewed_in (step, meeting_id);
  g_object_thaw_notify (G_OBJECT (step));

  return TRUE;
}
