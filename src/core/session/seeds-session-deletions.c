/* seeds-session-deletions.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "session/seeds-session-private.h"

/* Deleting: a meeting, a participant or a community for good, after the
 * window asked; a next step, a brilliant failure or a participant's place
 * in a meeting with an undo, since those are removed in passing. */

typedef struct
{
  GObject        *record;          /* what to delete */
  char           *meeting_id;      /* or the attendance to remove */
  char           *participant_id;
  SeedsStoreUndo *undo;            /* or what to put back */
} Deletion;

static void
deletion_free (gpointer data)
{
  Deletion *deletion = data;

  g_clear_object (&deletion->record);
  g_free (deletion->meeting_id);
  g_free (deletion->participant_id);
  g_clear_pointer (&deletion->undo, seeds_store_undo_free);
  g_free (deletion);
}

static void
delete_job (GTask        *task,
            SeedsStore   *store,
            gpointer      task_data,
            GCancellable *cancellable)
{
  Deletion *deletion = task_data;
  GError *error = NULL;
  gboolean done = FALSE;

  if (g_cancellable_set_error_if_cancelled (cancellable, &error))
    ;
  else if (SEEDS_IS_MEETING (deletion->record))
    done = seeds_store_delete_meeting (store, SEEDS_MEETING (deletion->record), &error);
  else if (SEEDS_IS_PARTICIPANT (deletion->record))
    done = seeds_store_delete_participant (store, SEEDS_PARTICIPANT (deletion->record), &error);
  else
    done = seeds_store_delete_community (store, SEEDS_COMMUNITY (deletion->record), &error);

  if (done)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * seeds_session_delete_async:
 * @self: a #SeedsSession
 * @record: a #SeedsMeeting, a #SeedsParticipant or a #SeedsCommunity
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when it is deleted
 * @user_data: for @callback
 *
 * Deletes @record for good, with all that belongs to it: a meeting with
 * its scores and next steps; a participant from the community, with their
 * scores in every meeting; a community with all its meetings.
 */
void
seeds_session_delete_async (SeedsSession        *self,
                            gpointer             record,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  Deletion *deletion;

  g_return_if_fail (SEEDS_IS_SESSION (self));
  g_return_if_fail (SEEDS_IS_MEETING (record) || SEEDS_IS_PARTICIPANT (record) ||
                    SEEDS_IS_COMMUNITY (record));

  deletion = g_new0 (Deletion, 1);
  deletion->record = g_object_ref (record);
  seeds_session_run_job (self, seeds_session_delete_async, delete_job,
                         deletion, deletion_free, cancellable, callback, user_data);
}

gboolean
seeds_session_delete_finish (SeedsSession  *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (seeds_session_check_result (self, result, seeds_session_delete_async), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Removals with an undo */

static void
remove_job (GTask        *task,
            SeedsStore   *store,
            gpointer      task_data,
            GCancellable *cancellable)
{
  Deletion *deletion = task_data;
  GError *error = NULL;
  SeedsStoreUndo *undo = NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, &error))
    ;
  else if (SEEDS_IS_FAILURE (deletion->record))
    undo = seeds_store_delete_failure_with_undo (store, SEEDS_FAILURE (deletion->record), &error);
  else if (deletion->record != NULL)
    undo = seeds_store_delete_next_step_with_undo (store, SEEDS_NEXT_STEP (deletion->record), &error);
  else
    undo = seeds_store_remove_attendee_with_undo (store, deletion->meeting_id,
                                                  deletion->participant_id, &error);

  if (undo != NULL)
    g_task_return_pointer (task, undo, (GDestroyNotify) seeds_store_undo_free);
  else
    g_task_return_error (task, error);
}

/**
 * seeds_session_delete_next_step_async:
 * @self: a #SeedsSession
 * @step: the step to delete
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with what undoes it
 * @user_data: for @callback
 *
 * Deletes a next step, keeping it for seeds_session_undo_async(). Finish
 * with seeds_session_remove_finish().
 */
void
seeds_session_delete_next_step_async (SeedsSession        *self,
                                      SeedsNextStep       *step,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  Deletion *deletion;

  g_return_if_fail (SEEDS_IS_SESSION (self));
  g_return_if_fail (SEEDS_IS_NEXT_STEP (step));

  deletion = g_new0 (Deletion, 1);
  deletion->record = g_object_ref (G_OBJECT (step));
  seeds_session_run_job (self, seeds_session_remove_finish, remove_job,
                         deletion, deletion_free, cancellable, callback, user_data);
}

/**
 * seeds_session_delete_failure_async:
 * @self: a #SeedsSession
 * @failure: the brilliant failure to delete
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with what undoes it
 * @user_data: for @callback
 *
 * Deletes a brilliant failure, keeping it for seeds_session_undo_async(),
 * which puts it back with its own id. Finish with
 * seeds_session_remove_finish().
 */
void
seeds_session_delete_failure_async (SeedsSession        *self,
                                    SeedsFailure        *failure,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  Deletion *deletion;

  g_return_if_fail (SEEDS_IS_SESSION (self));
  g_return_if_fail (SEEDS_IS_FAILURE (failure));

  deletion = g_new0 (Deletion, 1);
  deletion->record = g_object_ref (G_OBJECT (failure));
  seeds_session_run_job (self, seeds_session_remove_finish, remove_job,
                         deletion, deletion_free, cancellable, callback, user_data);
}

/**
 * seeds_session_remove_attendee_async:
 * @self: a #SeedsSession
 * @meeting_id: the meeting
 * @participant_id: who to take off it
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with what undoes it
 * @user_data: for @callback
 *
 * Takes a participant off a meeting with their scores there; they stay in
 * the community. Finish with seeds_session_remove_finish().
 */
void
seeds_session_remove_attendee_async (SeedsSession        *self,
                                     const char          *meeting_id,
                                     const char          *participant_id,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  Deletion *deletion;

  g_return_if_fail (SEEDS_IS_SESSION (self));
  g_return_if_fail (meeting_id != NULL && participant_id != NULL);

  deletion = g_new0 (Deletion, 1);
  deletion->meeting_id = g_strdup (meeting_id);
  deletion->participant_id = g_strdup (participant_id);
  seeds_session_run_job (self, seeds_session_remove_finish, remove_job,
                         deletion, deletion_free, cancellable, callback, user_data);
}

/* Returns: (transfer full): what undoes the removal, or %NULL with @error set */
SeedsStoreUndo *
seeds_session_remove_finish (SeedsSession  *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (seeds_session_check_result (self, result, seeds_session_remove_finish), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
undo_job (GTask        *task,
          SeedsStore   *store,
          gpointer      task_data,
          GCancellable *cancellable)
{
  Deletion *deletion = task_data;
  GError *error = NULL;

  /* An undo is not cancelled: the person asked for it, and it is short. */
  if (seeds_store_undo (store, deletion->undo, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * seeds_session_undo_async:
 * @self: a #SeedsSession
 * @undo: (transfer full): from seeds_session_remove_finish()
 * @callback: called when it is put back
 * @user_data: for @callback
 *
 * Puts back what a removal took: all of it, or nothing when it no longer
 * fits.
 */
void
seeds_session_undo_async (SeedsSession        *self,
                          SeedsStoreUndo      *undo,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  Deletion *deletion;

  g_return_if_fail (SEEDS_IS_SESSION (self));
  g_return_if_fail (undo != NULL);

  deletion = g_new0 (Deletion, 1);
  deletion->undo = undo;
  seeds_session_run_job (self, seeds_session_undo_async, undo_job,
                         deletion, deletion_free, NULL, callback, user_data);
}

gboolean
seeds_session_undo_finish (SeedsSession  *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (seeds_session_check_result (self, result, seeds_session_undo_async), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
