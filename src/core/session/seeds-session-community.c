/* seeds-session-community.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "session/seeds-session-private.h"
#include "stats/seeds-community-gaps.h"

/* The community's own page: who is missing, its team points and what it
 * spends them on, and its brilliant failures. Deleting a failure is in
 * seeds-session-deletions.c, with the other removals that can be undone. */

typedef struct
{
  char             *community_id;
  char             *reward_id;
  char             *factor_id;
  char             *agreed_by;
  char             *tried;
  char             *happened;
  char             *learned;
  char             *title;
  guint             cost;
  gint64            entry_id;
  gboolean          with_archived;
  SeedsReward      *reward;
  SeedsPointsRules *rules;
  SeedsFramework   *framework;
  gint64            balance;  /* set by the job of the ledger */
} Community;

static void
community_free (gpointer data)
{
  Community *community = data;

  g_free (community->community_id);
  g_free (community->reward_id);
  g_free (community->factor_id);
  g_free (community->agreed_by);
  g_free (community->tried);
  g_free (community->happened);
  g_free (community->learned);
  g_free (community->title);
  g_clear_object (&community->reward);
  g_clear_object (&community->rules);
  g_clear_object (&community->framework);
  g_free (community);
}

static Community *
community_new (SeedsSession *self,
               const char   *community_id)
{
  Community *community = g_new0 (Community, 1);

  community->community_id = g_strdup (community_id);
  community->rules = g_object_ref (seeds_session_get_points_rules (self));
  community->framework = g_object_ref (seeds_session_get_framework (self));

  return community;
}

/* The helpers below take the error by its address: C does not say in
 * which order a call's arguments are worked out, so the error must be
 * read after the call that sets it. */
static void
return_list (GTask      *task,
             GPtrArray  *list,
             GError    **error)
{
  if (list == NULL)
    g_task_return_error (task, *error);
  else
    g_task_return_pointer (task, list, (GDestroyNotify) g_ptr_array_unref);
}

static void
return_done (GTask     *task,
             gboolean   done,
             GError   **error)
{
  if (done)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, *error);
}

static void
return_object (GTask     *task,
               gpointer   object,
               GError   **error)
{
  if (object == NULL)
    g_task_return_error (task, *error);
  else
    g_task_return_pointer (task, object, g_object_unref);
}

/* Who is missing */

static void
find_gaps_job (GTask        *task,
               SeedsStore   *store,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Community *community = task_data;
  GError *error = NULL;

  return_list (task, seeds_community_gaps_load (store, community->framework,
                                                community->community_id, &error),
               &error);
}

/**
 * seeds_session_find_gaps_async:
 * @self: a #SeedsSession
 * @community_id: one of your own learning communities
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the gaps
 * @user_data: for @callback
 *
 * Finds the kinds of partner and the framework's roles that nobody who
 * took part in the community's recent meetings brings, as
 * seeds_community_gaps_load() does. Finish with
 * seeds_session_list_finish(): a #GPtrArray of #SeedsGap.
 */
void
seeds_session_find_gaps_async (SeedsSession        *self,
                               const char          *community_id,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (SEEDS_IS_SESSION (self));
  g_return_if_fail (community_id != NULL);

  seeds_session_run_job (self, seeds_session_list_finish, find_gaps_job,
                         community_new (self, community_id), community_free,
                         cancellable, callback, user_data);
}

/* Team points */

static void
list_ledger_job (GTask        *task,
                 SeedsStore   *store,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  Community *community = task_data;
  GError *error = NULL;

  return_list (task, seeds_store_list_ledger (store, community->community_id,
                                              &community->balance, &error),
               &error);
}

/**
 * seeds_session_list_ledger_async:
 * @self: a #SeedsSession
 * @community_id: one of your own learning communities
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the entries and the balance
 * @user_data: for @callback
 *
 * Lists the community's team points as seeds_store_list_ledger() does.
 */
void
seeds_session_list_ledger_async (SeedsSession        *self,
                                 const char          *community_id,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (SEEDS_IS_SESSION (self));
  g_return_if_fail (community_id != NULL);

  seeds_session_run_job (self, seeds_session_list_ledger_async, list_ledger_job,
                         community_new (self, community_id), community_free,
                         cancellable, callback, user_data);
}

/**
 * seeds_session_list_ledger_finish:
 * @self: a #SeedsSession
 * @result: the result given to the callback
 * @balance: (out) (optional): the sum of the entries
 * @error: return location for a #GError
 *
 * Returns: (transfer container) (element-type SeedsLedgerEntry): the
 *   entries, newest first, or %NULL with @error set
 */
GPtrArray *
seeds_session_list_ledger_finish (SeedsSession  *self,
                                  GAsyncResult  *result,
                                  gint64        *balance,
                                  GError       **error)
{
  Community *community;

  g_return_val_if_fail (seeds_session_check_result (self, result,
                                                    seeds_session_list_ledger_async), NULL);

  community = g_task_get_task_data (G_TASK (result));
  if (balance != NULL)
    *balance = community->balance;

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
award_job (GTask        *task,
           SeedsStore   *store,
           gpointer      task_data,
           GCancellable *cancellable)
{
  Community *community = task_data;
  GError *error = NULL;
  gint64 earned = 0;

  if (seeds_store_award_points (store, community->community_id, community->rules, &earned, &error))
    g_task_return_int (task, (gssize) earned);
  else
    g_task_return_error (task, error);
}

/**
 * seeds_session_award_points_async:
 * @self: a #SeedsSession
 * @community_id: one of your own learning communities
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the points earned
 * @user_data: for @callback
 *
 * Awards the points the community's work has earned and not received
 * yet, as seeds_store_award_points() does. The use cases that do such
 * work award by themselves; a window calls this after work it writes to
 * the store itself, such as a next step marked done.
 */
void
seeds_session_award_points_async (SeedsSession        *self,
                                  const char          *community_id,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_return_if_fail (SEEDS_IS_SESSION (self));
  g_return_if_fail (community_id != NULL);

  seeds_session_run_job (self, seeds_session_award_points_async, award_job,
                         community_new (self, community_id), community_free,
                         cancellable, callback, user_data);
}

/* Returns: the points earned, or -1 with @error set */
gint64
seeds_session_award_points_finish (SeedsSession  *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (seeds_session_check_result (self, result,
                                                    seeds_session_award_points_async), -1);

  return g_task_propagate_int (G_TASK (result), error);
}

static void
redeem_job (GTask        *task,
            SeedsStore   *store,
            gpointer      task_data,
            GCancellable *cancellable)
{
  Community *community = task_data;
  GError *error = NULL;

  return_done (task, seeds_store_redeem_reward (store, community->community_id,
                                                community->reward_id, community->agreed_by,
                                                &error),
               &error);
}

/**
 * seeds_session_redeem_reward_async:
 * @self: a #SeedsSession
 * @community_id: the learning community that spends its points
 * @reward_id: a reward of its catalogue
 * @agreed_by: who agreed to spend them
 * @callback: called when it is done or refused
 * @user_data: for @callback
 *
 * Spends the reward's cost as seeds_store_redeem_reward() does: refused
 * with %SEEDS_STORE_ERROR_NOT_ENOUGH_POINTS beyond the balance. Not
 * cancellable: it is short, and the person asked for it.
 */
void
seeds_session_redeem_reward_async (SeedsSession        *self,
                                   const char          *community_id,
                                   const char          *reward_id,
                                   const char          *agreed_by,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  Community *community;

  g_return_if_fail (SEEDS_IS_SESSION (self));
  g_return_if_fail (community_id != NULL && reward_id != NULL);

  community = community_new (self, community_id);
  community->reward_id = g_strdup (reward_id);
  community->agreed_by = g_strdup (agreed_by);
  seeds_session_run_job (self, seeds_session_redeem_reward_async, redeem_job,
                         community, community_free, NULL, callback, user_data);
}

gboolean
seeds_session_redeem_reward_finish (SeedsSession  *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (seeds_session_check_result (self, result,
                                                    seeds_session_redeem_reward_async), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
correct_job (GTask        *task,
             SeedsStore   *store,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Community *community = task_data;
  GError *error = NULL;

  return_done (task, seeds_store_correct_ledger_entry (store, community->entry_id,
                                                       community->agreed_by, &error),
               &error);
}

/**
 * seeds_session_correct_ledger_entry_async:
 * @self: a #SeedsSession
 * @entry_id: the entry to correct (seeds_ledger_entry_get_id())
 * @agreed_by: who agreed to the correction
 * @callback: called when it is done or refused
 * @user_data: for @callback
 *
 * Adds the counter-entry, as seeds_store_correct_ledger_entry() does.
 */
void
seeds_session_correct_ledger_entry_async (SeedsSession        *self,
                                          gint64               entry_id,
                                          const char          *agreed_by,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  Community *community;

  g_return_if_fail (SEEDS_IS_SESSION (self));

  community = community_new (self, NULL);
  community->entry_id = entry_id;
  community->agreed_by = g_strdup (agreed_by);
  seeds_session_run_job (self, seeds_session_correct_ledger_entry_async, correct_job,
                         community, community_free, NULL, callback, user_data);
}

gboolean
seeds_session_correct_ledger_entry_finish (SeedsSession  *self,
                                           GAsyncResult  *result,
                                           GError       **error)
{
  g_return_val_if_fail (seeds_session_check_result (self, result,
                                                    seeds_session_correct_ledger_entry_async),
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Rewards */

static void
list_rewards_job (GTask        *task,
                  SeedsStore   *store,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  Community *community = task_data;
  GError *error = NULL;

  return_list (task, seeds_store_list_rewards (store, community->community_id,
                                               community->with_archived, &error),
               &error);
}

/**
 * seeds_session_list_rewards_async:
 * @self: a #SeedsSession
 * @community_id: a learning community
 * @with_archived: whether to list the archived rewards too
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the rewards
 * @user_data: for @callback
 *
 * Lists the community's rewards as seeds_store_list_rewards() does.
 * Finish with seeds_session_list_finish().
 */
void
seeds_session_list_rewards_async (SeedsSession        *self,
                                  const char          *community_id,
                                  gboolean             with_archived,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  Community *community;

  g_return_if_fail (SEEDS_IS_SESSION (self));
  g_return_if_fail (community_id != NULL);

  community = community_new (self, community_id);
  community->with_archived = with_archived;
  seeds_session_run_job (self, seeds_session_list_finish, list_rewards_job,
                         community, community_free, cancellable, callback, user_data);
}

static void
add_reward_job (GTask        *task,
                SeedsStore   *store,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Community *community = task_data;
  GError *error = NULL;

  return_object (task, seeds_store_add_reward (store, community->community_id, community->title,
                                               community->cost, &error),
                 &error);
}

/**
 * seeds_session_add_reward_async:
 * @self: a #SeedsSession
 * @community_id: one of your own learning communities
 * @title: what the reward is
 * @cost: its cost in points
 * @callback: called with the new reward
 * @user_data: for @callback
 *
 * Adds a reward to the catalogue as seeds_store_add_reward() does.
 * Finish with seeds_session_add_finish().
 */
void
seeds_session_add_reward_async (SeedsSession        *self,
                                const char          *community_id,
                                const char          *title,
                                guint                cost,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  Community *community;

  g_return_if_fail (SEEDS_IS_SESSION (self));
  g_return_if_fail (community_id != NULL);

  community = community_new (self, community_id);
  community->title = g_strdup (title);
  community->cost = cost;
  seeds_session_run_job (self, seeds_session_add_finish, add_reward_job,
                         community, community_free, NULL, callback, user_data);
}

static void
archive_reward_job (GTask        *task,
                    SeedsStore   *store,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  Community *community = task_data;
  GError *error = NULL;

  return_done (task, seeds_store_archive_reward (store, community->reward, &error), &error);
}

/**
 * seeds_session_archive_reward_async:
 * @self: a #SeedsSession
 * @reward: a reward of the catalogue
 * @callback: called when it is archived
 * @user_data: for @callback
 *
 * Takes @reward out of the catalogue; the history keeps it.
 */
void
seeds_session_archive_reward_async (SeedsSession        *self,
                                    SeedsReward         *reward,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  Community *community;

  g_return_if_fail (SEEDS_IS_SESSION (self));
  g_return_if_fail (SEEDS_IS_REWARD (reward));

  community = community_new (self, seeds_reward_get_community_id (reward));
  community->reward = g_object_ref (reward);
  seeds_session_run_job (self, seeds_session_archive_reward_async, archive_reward_job,
                         community, community_free, NULL, callback, user_data);
}

gboolean
seeds_session_archive_reward_finish (SeedsSession  *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  g_return_val_if_fail (seeds_session_check_result (self, result,
                                                    seeds_session_archive_reward_async), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Brilliant failures */

static void
list_failures_job (GTask        *task,
                   SeedsStore   *store,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  Community *community = task_data;
  GError *error = NULL;

  return_list (task, seeds_store_list_failures (store, community->community_id,
                                                community->factor_id, &error),
               &error);
}

/**
 * seeds_session_list_failures_async:
 * @self: a #SeedsSession
 * @community_id: a learning community
 * @factor_id: (nullable): only those that touch this factor
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the brilliant failures
 * @user_data: for @callback
 *
 * Lists them newest first, as seeds_store_list_failures() does. Finish
 * with seeds_session_list_finish().
 */
void
seeds_session_list_failures_async (SeedsSession        *self,
                                   const char          *community_id,
                                   const char          *factor_id,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  Community *community;

  g_return_if_fail (SEEDS_IS_SESSION (self));
  g_return_if_fail (community_id != NULL);

  community = community_new (self, community_id);
  community->factor_id = g_strdup (factor_id);
  seeds_session_run_job (self, seeds_session_list_finish, list_failures_job,
                         community, community_free, cancellable, callback, user_data);
}

static void
add_failure_job (GTask        *task,
                 SeedsStore   *store,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  Community *community = task_data;
  GError *error = NULL;
  SeedsFailure *failure;

  failure = seeds_store_add_failure (store, community->community_id, community->tried,
                                     community->happened, community->learned,
                                     community->factor_id, &error);
  if (failure != NULL)
    seeds_session_award_after_work (store, community->rules, community->community_id);

  return_object (task, failure, &error);
}

/**
 * seeds_session_add_failure_async:
 * @self: a #SeedsSession
 * @community_id: one of your own learning communities
 * @tried: what the group tried
 * @happened: what happened
 * @learned: what the group learned
 * @factor_id: (nullable): the factor it touches
 * @callback: called with the new brilliant failure
 * @user_data: for @callback
 *
 * Records a brilliant failure as seeds_store_add_failure() does, and
 * awards the team points it earns. Finish with seeds_session_add_finish().
 */
void
seeds_session_add_failure_async (SeedsSession        *self,
                                 const char          *community_id,
                                 const char          *tried,
                                 const char          *happened,
                                 const char          *learned,
                                 const char          *factor_id,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  Community *community;

  g_return_if_fail (SEEDS_IS_SESSION (self));
  g_return_if_fail (community_id != NULL);

  community = community_new (self, community_id);
  community->tried = g_strdup (tried);
  community->happened = g_strdup (happened);
  community->learned = g_strdup (learned);
  community->factor_id = g_strdup (factor_id);
  seeds_session_run_job (self, seeds_session_add_finish, add_failure_job,
                         community, community_free, NULL, callback, user_data);
}

/* Finishing */

/* Returns: (transfer container): the list of a use case of this file that
 * lists, as its _async says, or %NULL with @error set */
GPtrArray *
seeds_session_list_finish (SeedsSession  *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (seeds_session_check_result (self, result, seeds_session_list_finish), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Returns: (transfer full): what a use case of this file that adds
 * added: a #SeedsReward or a #SeedsFailure, or %NULL with @error set */
gpointer
seeds_session_add_finish (SeedsSession  *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (seeds_session_check_result (self, result, seeds_session_add_finish), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
