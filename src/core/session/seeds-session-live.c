/* seeds-session-live.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "session/seeds-session-private.h"

/* A live round's answers (see live/seeds-live-round.c): each member's
 * answers are a score card, checked as a card file is and saved before
 * the member is told so. */

typedef struct
{
  GBytes                 *bytes;       /* the card, written out on the thread that had it */
  char                   *meeting_id;  /* the card's */
  SeedsFrameworkRegistry *frameworks;
  gboolean                replaced;
} Answer;

static void
answer_free (gpointer data)
{
  Answer *answer = data;

  g_bytes_unref (answer->bytes);
  g_free (answer->meeting_id);
  g_object_unref (answer->frameworks);
  g_free (answer);
}

static void
submit_live_answer_job (GTask        *task,
                        SeedsStore   *store,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  Answer *answer = task_data;
  g_autoptr(SeedsMeeting) meeting = NULL;
  g_autoptr(SeedsFramework) framework = NULL;
  g_autoptr(SeedsScorecard) card = NULL;
  SeedsParticipant *participant = NULL;
  GError *error = NULL;

  /* Read back by the reader of card files, so that the answers pass
   * exactly the checks that a card from a member's desktop passes, for
   * the framework of the meeting. */
  if (!(meeting = seeds_store_get_meeting (store, answer->meeting_id, &error)) ||
      !(framework = seeds_framework_registry_lookup (answer->frameworks,
                                                     seeds_meeting_get_framework_id (meeting),
                                                     seeds_meeting_get_framework_edition (meeting),
                                                     NULL, &error)) ||
      !(card = seeds_scorecard_new_from_bytes (answer->bytes, framework, &error)) ||
      g_cancellable_set_error_if_cancelled (cancellable, &error) ||
      !(participant = seeds_store_import_scorecard_full (store, card, SEEDS_STORE_CARD_KEEP_OTHERS,
                                                         &answer->replaced, &error)))
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, participant, g_object_unref);
}

/**
 * seeds_session_submit_live_answer_async:
 * @self: a #SeedsSession
 * @card: a member's answers, as they are now: later changes to it are
 *   not saved
 * @cancellable: (nullable): a #GCancellable
 * @callback: called once the answers are saved, or refused
 * @user_data: for @callback
 *
 * Saves a member's answers in a live round as the scores of the card's
 * meeting: the card is checked as a .seedscard file is, then imported as
 * seeds_store_import_scorecard_full() does with
 * %SEEDS_STORE_CARD_KEEP_OTHERS, in one transaction that is committed
 * before @callback.
 */
void
seeds_session_submit_live_answer_async (SeedsSession        *self,
                                        SeedsScorecard      *card,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  Answer *answer;

  g_return_if_fail (SEEDS_IS_SESSION (self));
  g_return_if_fail (SEEDS_IS_SCORECARD (card));

  answer = g_new0 (Answer, 1);
  answer->bytes = seeds_scorecard_to_bytes (card);
  answer->meeting_id = g_strdup (seeds_scorecard_get_meeting_id (card));
  answer->frameworks = g_object_ref (seeds_session_get_frameworks (self));

  seeds_session_run_job (self, seeds_session_submit_live_answer_async, submit_live_answer_job,
                         answer, answer_free, cancellable, callback, user_data);
}

/**
 * seeds_session_submit_live_answer_finish:
 * @self: a #SeedsSession
 * @result: the result given to the callback
 * @replaced: (out) (optional): whether the answers replaced the
 *   participant's earlier scores in the meeting
 * @error: return location for a #GError: a #SEEDS_EXCHANGE_ERROR, a
 *   #SEEDS_TEXT_ERROR or a #SEEDS_STORE_ERROR
 *
 * Returns: (transfer full): the participant as now stored, or %NULL
 *   with @error set
 */
SeedsParticipant *
seeds_session_submit_live_answer_finish (SeedsSession  *self,
                                         GAsyncResult  *result,
                                         gboolean      *replaced,
                                         GError       **error)
{
  SeedsParticipant *participant;

  g_return_val_if_fail (seeds_session_check_result (self, result,
                                                    seeds_session_submit_live_answer_async), NULL);

  participant = g_task_propagate_pointer (G_TASK (result), error);

  if (replaced != NULL)
    *replaced = participant != NULL && ((Answer *) g_task_get_task_data (G_TASK (result)))->replaced;

  return participant;
}
