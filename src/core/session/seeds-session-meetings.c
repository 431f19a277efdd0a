/* seeds-session-meetings.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "session/seeds-session-private.h"
#include "stats/seeds-meeting-results.h"

/* What happens in a meeting: the review of the steps agreed before, who
 * can still join, and what each kind of partner scored. */

/* A store's list of what concerns one meeting */
typedef GPtrArray *(*ListFunc) (SeedsStore  *store,
                                const char  *meeting_id,
                                GError     **error);

typedef struct
{
  char                *meeting_id;
  ListFunc             list;       /* for list_job () */
  SeedsFramework      *framework;
  SeedsPointsRules    *rules;      /* for the review */
  SeedsReviewDecision *decisions;  /* with step ids of their own */
  guint                n_decisions;
} Meeting;

static void
meeting_free (gpointer data)
{
  Meeting *meeting = data;

  for (guint i = 0; i < meeting->n_decisions; i++)
    g_free ((char *) meeting->decisions[i].step_id);
  g_free (meeting->decisions);
  g_clear_object (&meeting->framework);
  g_clear_object (&meeting->rules);
  g_free (meeting->meeting_id);
  g_free (meeting);
}

static Meeting *
meeting_new (const char *meeting_id)
{
  Meeting *meeting = g_new0 (Meeting, 1);

  meeting->meeting_id = g_strdup (meeting_id);

  return meeting;
}

/* The review */

static void
list_job (GTask        *task,
          SeedsStore   *store,
          gpointer      task_data,
          GCancellable *cancellable)
{
  Meeting *meeting = task_data;
  GError *error = NULL;
  GPtrArray *list = meeting->list (store, meeting->meeting_id, &error);

  if (list == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, list, (GDestroyNotify) g_ptr_array_unref);
}

static Meeting *
list_new (const char *meeting_id,
          ListFunc    list)
{
  Meeting *meeting = meeting_new (meeting_id);

  meeting->list = list;
  return meeting;
}

/**
 * seeds_session_list_steps_to_review_async:
 * @self: a #SeedsSession
 * @meeting_id: a meeting that starts
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the steps
 * @user_data: for @callback
 *
 * Lists the open steps of earlier meetings that @meeting_id has not
 * reviewed yet, as seeds_store_list_steps_to_review() does.
 */
void
seeds_session_list_steps_to_review_async (SeedsSession        *self,
                                          const char          *meeting_id,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  g_return_if_fail (SEEDS_IS_SESSION (self));
  g_return_if_fail (meeting_id != NULL);

  seeds_session_run_job (self, seeds_session_list_steps_to_review_async, list_job,
                         list_new (meeting_id, seeds_store_list_steps_to_review), meeting_free,
                         cancellable, callback, user_data);
}

/* Returns: (transfer container) (element-type SeedsNextStep): the steps,
 * oldest first, or %NULL with @error set */
GPtrArray *
seeds_session_list_steps_to_review_finish (SeedsSession  *self,
                                           GAsyncResult  *result,
                                           GError       **error)
{
  g_return_val_if_fail (seeds_session_check_result (self, result,
                                                    seeds_session_list_steps_to_review_async), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
save_review_job (GTask        *task,
                 SeedsStore   *store,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  Meeting *meeting = task_data;
  GError *error = NULL;

  g_autoptr(SeedsMeeting) reviewed = NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, &error) ||
      !seeds_store_review_next_steps (store, meeting->meeting_id, meeting->decisions,
                                      meeting->n_decisions, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  /* The steps reviewed and those done earn team points. */
  if ((reviewed = seeds_store_get_meeting (store, meeting->meeting_id, NULL)) != NULL)
    seeds_session_award_after_work (store, meeting->rules,
                                    seeds_meeting_get_community_id (reviewed));

  g_task_return_boolean (task, TRUE);
}

/**
 * seeds_session_save_review_async:
 * @self: a #SeedsSession
 * @meeting_id: the meeting whose review this is
 * @decisions: (array length=n_decisions): what became of each step
 * @n_decisions: the number of @decisions
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when it is saved
 * @user_data: for @callback
 *
 * Saves the review at the start of a meeting in one write, as
 * seeds_store_review_next_steps() does: every decision, or none.
 */
void
seeds_session_save_review_async (SeedsSession              *self,
                                 const char                *meeting_id,
                                 const SeedsReviewDecision *decisions,
                                 guint                      n_decisions,
                                 GCancellable              *cancellable,
                                 GAsyncReadyCallback        callback,
                                 gpointer                   user_data)
{
  Meeting *meeting;

  g_return_if_fail (SEEDS_IS_SESSION (self));
  g_return_if_fail (meeting_id != NULL);
  g_return_if_fail (decisions != NULL || n_decisions == 0);

  meeting = meeting_new (meeting_id);
  meeting->rules = g_object_ref (seeds_session_get_points_rules (self));
  meeting->decisions = g_new0 (SeedsReviewDecision, n_decisions);
  meeting->n_decisions = n_decisions;
  for (guint i = 0; i < n_decisions; i++)
    {
      meeting->decisions[i].step_id = g_strdup (decisions[i].step_id);
      meeting->decisions[i].outcome = decisions[i].outcome;
    }

  seeds_session_run_job (self, seeds_session_save_review_async, save_review_job,
                         meeting, meeting_free, cancellable, callback, user_data);
}

gboolean
seeds_session_save_review_finish (SeedsSession  *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (seeds_session_check_result (self, result,
                                                    seeds_session_save_review_async), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Who is absent */

/**
 * seeds_session_list_absent_members_async:
 * @self: a #SeedsSession
 * @meeting_id: a meeting
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the members
 * @user_data: for @callback
 *
 * Lists the members of the meeting's community who are not in it yet,
 * as seeds_store_list_absent_members() does.
 */
void
seeds_session_list_absent_members_async (SeedsSession        *self,
                                         const char          *meeting_id,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data)
{
  g_return_if_fail (SEEDS_IS_SESSION (self));
  g_return_if_fail (meeting_id != NULL);

  seeds_session_run_job (self, seeds_session_list_absent_members_async, list_job,
                         list_new (meeting_id, seeds_store_list_absent_members), meeting_free,
                         cancellable, callback, user_data);
}

/* Returns: (transfer container) (element-type SeedsParticipant): the
 * members, by name, or %NULL with @error set */
GPtrArray *
seeds_session_list_absent_members_finish (SeedsSession  *self,
                                          GAsyncResult  *result,
                                          GError       **error)
{
  g_return_val_if_fail (seeds_session_check_result (self, result,
                                                    seeds_session_list_absent_members_async), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* The results by partner type */

static void
load_results_by_partner_type_job (GTask        *task,
                                  SeedsStore   *store,
                                  gpointer      task_data,
                                  GCancellable *cancellable)
{
  Meeting *meeting = task_data;
  GError *error = NULL;
  GPtrArray *summaries;

  summaries = seeds_meeting_results_load_by_partner_type (store, meeting->framework,
                                                          meeting->meeting_id, &error);
  if (summaries == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, summaries, (GDestroyNotify) g_ptr_array_unref);
}

/**
 * seeds_session_load_results_by_partner_type_async:
 * @self: a #SeedsSession
 * @meeting_id: a meeting
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the results
 * @user_data: for @callback
 *
 * What the scores of each kind of partner say, as
 * seeds_meeting_results_load_by_partner_type() works it out.
 */
void
seeds_session_load_results_by_partner_type_async (SeedsSession        *self,
                                                  const char          *meeting_id,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data)
{
  Meeting *meeting;

  g_return_if_fail (SEEDS_IS_SESSION (self));
  g_return_if_fail (meeting_id != NULL);

  meeting = meeting_new (meeting_id);
  meeting->framework = g_object_ref (seeds_session_get_framework (self));

  seeds_session_run_job (self, seeds_session_load_results_by_partner_type_async,
                         load_results_by_partner_type_job, meeting, meeting_free,
                         cancellable, callback, user_data);
}

/* Returns: (transfer container) (element-type SeedsMeetingSummary): a
 * summary for each #SeedsPartnerType, at its index, or %NULL with @error
 * set */
GPtrArray *
seeds_session_load_results_by_partner_type_finish (SeedsSession  *self,
                                                   GAsyncResult  *result,
                                                   GError       **error)
{
  g_return_val_if_fail (seeds_session_check_result (self, result,
                                                    seeds_session_load_results_by_partner_type_async),
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
