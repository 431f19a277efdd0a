/* seeds-live-members.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "live/seeds-live-error.h"
#include "live/seeds-live-round-private.h"
#include "live/seeds-live-token.h"
#include "model/seeds-text.h"

/* The members of a running round, each known by the token their
 * browser keeps, and their answers on the way to the database: one
 * member's are saved one after the other, through the session. */

/* Answers that a member sends while their earlier ones are being saved
 * wait, this many at most: a double tap on "Send" is two. */
#define MAX_WAITING 4

void
seeds_live_member_free (SeedsLiveMember *member)
{
  g_queue_clear_full (&member->waiting, (GDestroyNotify) seeds_live_submission_free);
  g_free (member->token);
  g_free (member->participant_id);
  g_free (member->anonymous_name);
  g_clear_pointer (&member->answer, seeds_live_answer_free);
  g_free (member);
}

void
seeds_live_submission_free (SeedsLiveSubmission *submission)
{
  if (submission->message != NULL)
    g_signal_handlers_disconnect_by_data (submission->message, submission);
  g_clear_object (&submission->message);
  g_clear_object (&submission->round);
  g_free (submission->member);
  g_clear_pointer (&submission->answer, seeds_live_answer_free);
  g_clear_object (&submission->card);
  g_clear_object (&submission->cancellable);
  g_free (submission);
}

/**
 * seeds_live_round_lookup_member:
 * @self: a running #SeedsLiveRound
 * @token: the token of a member's browser
 * @create: whether to add a member not known yet
 * @error: return location for %SEEDS_LIVE_ERROR_FULL
 *
 * Returns: (transfer none) (nullable): the member
 */
SeedsLiveMember *
seeds_live_round_lookup_member (SeedsLiveRound  *self,
                                const char      *token,
                                gboolean         create,
                                GError         **error)
{
  SeedsLiveMember *member = g_hash_table_lookup (self->members, token);
  g_autofree char *code = NULL;

  if (member != NULL || !create)
    return member;

  if (g_hash_table_size (self->members) >= SEEDS_LIVE_ROUND_MAX_MEMBERS)
    {
      g_set_error (error, SEEDS_LIVE_ERROR, SEEDS_LIVE_ERROR_FULL,
                   "The round has its %d members", SEEDS_LIVE_ROUND_MAX_MEMBERS);
      return NULL;
    }

  code = seeds_live_code_new (error);
  if (code == NULL)
    return NULL;

  member = g_new0 (SeedsLiveMember, 1);
  member->token = g_strdup (token);
  /* Translators: the name of a participant who answered a live round
   * anonymously, with a code that tells them apart: "Anonymous K7MQ-2XRP" */
  member->anonymous_name = g_strdup_printf (_("Anonymous %s"), code);
  g_queue_init (&member->waiting);
  g_hash_table_insert (self->members, member->token, member);

  return member;
}

/* What the member is told of an import that failed, and whether the
 * facilitator must hear of it too */
static GError *
explain_failure (const GError *error,
                 gboolean     *tell_facilitator)
{
  *tell_facilitator = FALSE;

  if (g_error_matches (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_LOOKALIKE))
    {
      *tell_facilitator = TRUE;
      return g_error_new_literal (SEEDS_LIVE_ERROR, SEEDS_LIVE_ERROR_NAME_LOOKALIKE,
                                  error->message);
    }

  if (g_error_matches (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CONFLICT))
    return g_error_new_literal (SEEDS_LIVE_ERROR, SEEDS_LIVE_ERROR_NAME_TAKEN, error->message);

  if (error->domain == SEEDS_TEXT_ERROR)
    return g_error_new_literal (SEEDS_LIVE_ERROR, SEEDS_LIVE_ERROR_NAME_INVALID, error->message);

  *tell_facilitator = error->domain != SEEDS_LIVE_ERROR && error->domain != SEEDS_EXCHANGE_ERROR;
  return g_error_copy (error);
}

static void
submit_next (SeedsLiveRound  *self,
             SeedsLiveMember *member)
{
  SeedsLiveSubmission *next;

  member->busy = FALSE;
  next = g_queue_pop_head (&member->waiting);
  if (next != NULL)
    seeds_live_round_submit (self, next);
}

static void
record_answered (SeedsLiveRound      *self,
                 SeedsLiveSubmission *submission,
                 SeedsLiveMember     *member,
                 SeedsParticipant    *participant)
{
  const char *participant_id = seeds_participant_get_id (participant);

  if (member != NULL)
    {
      g_free (member->participant_id);
      member->participant_id = g_strdup (participant_id);
      g_clear_pointer (&member->answer, seeds_live_answer_free);
      member->answer = g_steal_pointer (&submission->answer);
    }

  seeds_live_round_add_answered (self, participant_id);
}

static void
on_saved (GObject      *source_object,
          GAsyncResult *result,
          gpointer      user_data)
{
  SeedsLiveSubmission *submission = user_data;
  SeedsLiveRound *self = submission->round;
  g_autoptr(SeedsParticipant) participant = NULL;
  g_autoptr(GError) error = NULL;
  SeedsLiveMember *member = NULL;

  participant = seeds_session_submit_live_answer_finish (SEEDS_SESSION (source_object), result,
                                                         NULL, &error);

  /* A round that stopped meanwhile has no connections to answer; what
   * was saved stays saved. */
  if (g_cancellable_is_cancelled (submission->cancellable))
    {
      seeds_live_submission_free (submission);
      return;
    }

  if (submission->member != NULL)
    member = seeds_live_round_lookup_member (self, submission->member, FALSE, NULL);

  if (participant != NULL)
    {
      record_answered (self, submission, member, participant);
      seeds_live_server_respond_saved (submission, member);
    }
  else
    {
      gboolean tell_facilitator;
      g_autoptr(GError) explained = explain_failure (error, &tell_facilitator);

      if (tell_facilitator)
        seeds_live_round_report_problem (self, error);
      seeds_live_server_respond_error (submission, explained);
    }

  if (member != NULL)
    submit_next (self, member);

  seeds_live_submission_free (submission);
}

/* Makes the card of a member's answers, with the participant their
 * earlier answers became, so that changed answers replace those. */
static gboolean
make_card (SeedsLiveRound      *self,
           SeedsLiveSubmission *submission,
           SeedsLiveMember     *member,
           GError             **error)
{
  submission->card = seeds_live_answer_to_card (submission->answer, self->framework_id,
                                                self->meeting_id, member->participant_id,
                                                member->anonymous_name, error);
  if (submission->card == NULL)
    return FALSE;

  seeds_scorecard_set_framework_edition (submission->card, self->framework_edition);
  return TRUE;
}

/**
 * seeds_live_round_submit:
 * @self: a running #SeedsLiveRound
 * @submission: (transfer full): answers from a member's browser, with
 *   their member token, or a card
 *
 * Saves the answers through the session, and then responds. The answers
 * of one member are saved one after the other, in the order they came,
 * so that the last ones count and a member never becomes two
 * participants.
 */
void
seeds_live_round_submit (SeedsLiveRound      *self,
                         SeedsLiveSubmission *submission)
{
  SeedsLiveMember *member = NULL;
  g_autoptr(GError) error = NULL;

  if (submission->member != NULL)
    {
      member = seeds_live_round_lookup_member (self, submission->member, FALSE, NULL);
      g_assert (member != NULL);

      if (member->busy)
        {
          if (g_queue_get_length (&member->waiting) < MAX_WAITING)
            {
              g_queue_push_tail (&member->waiting, submission);
              return;
            }

          g_set_error_literal (&error, SEEDS_LIVE_ERROR, SEEDS_LIVE_ERROR_BUSY,
                               "Too many answers at once");
          seeds_live_server_respond_error (submission, error);
          seeds_live_submission_free (submission);
          return;
        }

      if (!make_card (self, submission, member, &error))
        {
          seeds_live_server_respond_error (submission, error);
          seeds_live_submission_free (submission);
          return;
        }

      member->busy = TRUE;
    }

  submission->cancellable = g_object_ref (self->cancellable);
  seeds_session_submit_live_answer_async (self->session, submission->card, self->cancellable,
                                          on_saved, submission);
}
