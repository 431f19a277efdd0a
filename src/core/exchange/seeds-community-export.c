/* seeds-community-export.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "exchange/seeds-community-export.h"
#include "exchange/seeds-exchange-private.h"
#include "store/seeds-meeting-reader.h"

/* The members are described in docs/formats.md; new ones are only ever
 * added, so that a reader of version 1 can read what later versions
 * write. Text is written exactly as stored. The export is read-only on the
 * store and deterministic: the same database gives the same bytes. It is
 * written as it is read, a meeting at a time (SeedsMeetingReader), with
 * no tree of nodes in between: a community may have tens of thousands of
 * scores. */

static void
add_nullable_string (SeedsJsonWriter *writer,
                     const char      *member,
                     const char      *value)
{
  seeds_json_writer_set_member_name (writer, member);
  if (value != NULL)
    seeds_json_writer_add_string_value (writer, value);
  else
    seeds_json_writer_add_null_value (writer);
}

static void
add_participant (SeedsJsonWriter  *writer,
                 SeedsParticipant *participant)
{
  SeedsPartnerType partner_type = seeds_participant_get_partner_type (participant);

  seeds_json_writer_begin_object (writer);
  seeds_exchange_add_string (writer, "id", seeds_participant_get_id (participant));
  seeds_exchange_add_string (writer, "name", seeds_participant_get_name (participant));
  seeds_exchange_add_string (writer, "organisation",
                             seeds_participant_get_organisation (participant));
  seeds_exchange_add_string (writer, "partner_type", seeds_partner_type_to_string (partner_type));
  add_nullable_string (writer, "role", seeds_participant_get_role (participant));
  seeds_json_writer_end_object (writer);
}

static void
add_score (SeedsJsonWriter  *writer,
           const SeedsScore *score)
{
  seeds_json_writer_begin_object (writer);
  seeds_exchange_add_string (writer, "participant", score->participant_id);
  seeds_exchange_add_string (writer, "factor", score->factor_id);
  seeds_json_writer_set_member_name (writer, "score");
  if (score->value == SEEDS_SCORE_DONT_KNOW)
    seeds_json_writer_add_null_value (writer);
  else
    seeds_json_writer_add_int_value (writer, score->value);
  seeds_exchange_add_string (writer, "comment", score->comment);
  seeds_json_writer_end_object (writer);
}

static void
add_tally (SeedsJsonWriter  *writer,
           const SeedsTally *tally)
{
  seeds_json_writer_begin_object (writer);
  seeds_exchange_add_string (writer, "factor", tally->factor_id);
  seeds_json_writer_set_member_name (writer, "counts");
  seeds_json_writer_begin_object (writer);
  for (int v = SEEDS_SCORE_MIN; v <= SEEDS_SCORE_MAX; v++)
    {
      char member[2] = { (char) ('0' + v), '\0' };

      seeds_exchange_add_int (writer, member, tally->counts[v]);
    }
  seeds_exchange_add_int (writer, "dont_know",
                          tally->counts[seeds_tally_index_score (SEEDS_SCORE_DONT_KNOW)]);
  seeds_json_writer_end_object (writer);
  seeds_json_writer_end_object (writer);
}

/* The other community whose idea the step takes up, or null */
static void
add_idea_from (SeedsJsonWriter *writer,
               SeedsNextStep   *step)
{
  seeds_json_writer_set_member_name (writer, "idea_from");
  if (seeds_next_step_get_origin_id (step) == NULL)
    {
      seeds_json_writer_add_null_value (writer);
      return;
    }

  seeds_json_writer_begin_object (writer);
  seeds_exchange_add_string (writer, "community", seeds_next_step_get_origin_id (step));
  seeds_exchange_add_string (writer, "name", seeds_next_step_get_origin_name (step));
  seeds_json_writer_end_object (writer);
}

static void
add_next_step (SeedsJsonWriter *writer,
               SeedsNextStep   *step)
{
  SeedsNextStepStatus status = seeds_next_step_get_status (step);

  seeds_json_writer_begin_object (writer);
  seeds_exchange_add_string (writer, "id", seeds_next_step_get_id (step));
  seeds_exchange_add_string (writer, "meeting", seeds_next_step_get_meeting_id (step));
  seeds_exchange_add_string (writer, "factor", seeds_next_step_get_factor_id (step));
  seeds_exchange_add_string (writer, "text", seeds_next_step_get_text (step));
  seeds_exchange_add_string (writer, "owner", seeds_next_step_get_owner (step));
  add_nullable_string (writer, "due_date", seeds_next_step_get_due_date (step));
  seeds_exchange_add_string (writer, "status", seeds_next_step_status_to_string (status));
  add_nullable_string (writer, "reviewed_in", seeds_next_step_get_reviewed_in (step));
  add_idea_from (writer, step);
  seeds_json_writer_end_object (writer);
}

/* The meeting that @reader is at, with its records */
static void
add_meeting (SeedsJsonWriter    *writer,
             SeedsMeetingReader *reader,
             SeedsMeeting       *meeting)
{
  const char *attendee;
  const SeedsScore *score;
  const SeedsTally *tally;

  seeds_json_writer_begin_object (writer);
  seeds_exchange_add_string (writer, "id", seeds_meeting_get_id (meeting));
  seeds_exchange_add_string (writer, "framework", seeds_meeting_get_framework_id (meeting));
  seeds_exchange_add_int (writer, "framework_edition", seeds_meeting_get_framework_edition (meeting));
  seeds_exchange_add_string (writer, "kind",
                             seeds_meeting_kind_to_string (seeds_meeting_get_kind (meeting)));
  seeds_exchange_add_string (writer, "date", seeds_meeting_get_date (meeting));
  seeds_exchange_add_string (writer, "title", seeds_meeting_get_title (meeting));
  seeds_exchange_add_string (writer, "notes", seeds_meeting_get_notes (meeting));

  seeds_json_writer_set_member_name (writer, "attendees");
  seeds_json_writer_begin_array (writer);
  while ((attendee = seeds_meeting_reader_next_attendee (reader)) != NULL)
    seeds_json_writer_add_string_value (writer, attendee);
  seeds_json_writer_end_array (writer);

  seeds_json_writer_set_member_name (writer, "scores");
  seeds_json_writer_begin_array (writer);
  while ((score = seeds_meeting_reader_next_score (reader)) != NULL)
    add_score (writer, score);
  seeds_json_writer_end_array (writer);

  seeds_json_writer_set_member_name (writer, "tallies");
  seeds_json_writer_begin_array (writer);
  while ((tally = seeds_meeting_reader_next_tally (reader)) != NULL)
    add_tally (writer, tally);
  seeds_json_writer_end_array (writer);

  seeds_json_writer_end_object (writer);
}

/* Its meetings, oldest first, as a history reads */
static gboolean
add_meetings (SeedsJsonWriter  *writer,
              SeedsStore       *store,
              const char       *community_id,
              GError          **error)
{
  g_autoptr(SeedsMeetingReader) reader = seeds_meeting_reader_new (store, community_id, error);
  SeedsMeeting *meeting;

  if (reader == NULL)
    return FALSE;

  seeds_json_writer_set_member_name (writer, "meetings");
  seeds_json_writer_begin_array (writer);
  while ((meeting = seeds_meeting_reader_next_meeting (reader)) != NULL)
    add_meeting (writer, reader, meeting);
  seeds_json_writer_end_array (writer);

  return seeds_meeting_reader_finish (reader, error);
}

/* The community's entry in the directory, with the contact details: the
 * export is of your own community, for yourself. */
static void
add_profile (SeedsJsonWriter             *writer,
             const SeedsCommunityProfile *profile)
{
  seeds_json_writer_set_member_name (writer, "profile");
  seeds_json_writer_begin_object (writer);
  seeds_profile_add_details (writer, profile);
  seeds_profile_add_contact (writer, profile);
  seeds_json_writer_end_object (writer);
}

/* The community's own page: a time as UTC, "2026-12-06T05:01:16Z" */
static void
add_time (SeedsJsonWriter *writer,
          const char      *member,
          gint64           seconds)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (seconds);
  g_autofree char *text = time != NULL ? g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ") : NULL;

  add_nullable_string (writer, member, text);
}

static void
add_int (SeedsJsonWriter *writer,
         const char      *member,
         gint64           value)
{
  seeds_json_writer_set_member_name (writer, member);
  seeds_json_writer_add_int_value (writer, value);
}

static void
add_failure (SeedsJsonWriter *writer,
             SeedsFailure    *failure)
{
  seeds_json_writer_begin_object (writer);
  seeds_exchange_add_string (writer, "id", seeds_failure_get_id (failure));
  seeds_exchange_add_string (writer, "tried", seeds_failure_get_tried (failure));
  seeds_exchange_add_string (writer, "happened", seeds_failure_get_happened (failure));
  seeds_exchange_add_string (writer, "learned", seeds_failure_get_learned (failure));
  add_nullable_string (writer, "factor", seeds_failure_get_factor_id (failure));
  add_time (writer, "recorded", seeds_failure_get_created_at (failure));
  seeds_json_writer_end_object (writer);
}

static void
add_reward (SeedsJsonWriter *writer,
            SeedsReward     *reward)
{
  seeds_json_writer_begin_object (writer);
  seeds_exchange_add_string (writer, "id", seeds_reward_get_id (reward));
  seeds_exchange_add_string (writer, "title", seeds_reward_get_title (reward));
  add_int (writer, "cost", seeds_reward_get_cost (reward));
  seeds_json_writer_set_member_name (writer, "archived");
  seeds_json_writer_add_boolean_value (writer, seeds_reward_is_archived (reward));
  seeds_json_writer_end_object (writer);
}

static void
add_ledger_entry (SeedsJsonWriter  *writer,
                  SeedsLedgerEntry *entry)
{
  seeds_json_writer_begin_object (writer);
  add_int (writer, "id", seeds_ledger_entry_get_id (entry));
  add_int (writer, "amount", seeds_ledger_entry_get_amount (entry));
  seeds_exchange_add_string (writer, "reason", seeds_ledger_entry_get_reason (entry));
  seeds_exchange_add_string (writer, "event", seeds_ledger_entry_get_event_key (entry));
  add_time (writer, "created", seeds_ledger_entry_get_created_at (entry));
  add_nullable_string (writer, "agreed_by", seeds_ledger_entry_get_agreed_by (entry));
  add_nullable_string (writer, "reward", seeds_ledger_entry_get_reward_title (entry));
  seeds_json_writer_set_member_name (writer, "correction_of");
  if (seeds_ledger_entry_get_correction_of (entry) != 0)
    seeds_json_writer_add_int_value (writer, seeds_ledger_entry_get_correction_of (entry));
  else
    seeds_json_writer_add_null_value (writer);
  seeds_json_writer_end_object (writer);
}

/* Brilliant failures, newest first; rewards, cheapest first, archived
 * too; the ledger oldest first, as it was written. */
static gboolean
add_community_page (SeedsJsonWriter  *writer,
                    SeedsStore       *store,
                    const char       *community_id,
                    GError          **error)
{
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GPtrArray) rewards = NULL;
  g_autoptr(GPtrArray) ledger = NULL;

  if (!(failures = seeds_store_list_failures (store, community_id, NULL, error)) ||
      !(rewards = seeds_store_list_rewards (store, community_id, TRUE, error)) ||
      !(ledger = seeds_store_list_ledger (store, community_id, NULL, error)))
    return FALSE;

  seeds_json_writer_set_member_name (writer, "failures");
  seeds_json_writer_begin_array (writer);
  for (guint i = 0; i < failures->len; i++)
    add_failure (writer, g_ptr_array_index (failures, i));
  seeds_json_writer_end_array (writer);

  seeds_json_writer_set_member_name (writer, "rewards");
  seeds_json_writer_begin_array (writer);
  for (guint i = 0; i < rewards->len; i++)
    add_reward (writer, g_ptr_array_index (rewards, i));
  seeds_json_writer_end_array (writer);

  seeds_json_writer_set_member_name (writer, "ledger");
  seeds_json_writer_begin_array (writer);
  for (guint i = ledger->len; i > 0; i--)
    add_ledger_entry (writer, g_ptr_array_index (ledger, i - 1));
  seeds_json_writer_end_array (writer);

  return TRUE;
}

static gboolean
add_community (SeedsJsonWriter  *writer,
               SeedsStore       *store,
               SeedsCommunity   *community,
               GError          **error)
{
  const char *community_id = seeds_community_get_id (community);
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GPtrArray) steps = NULL;

  if (!(participants = seeds_store_list_participants (store, community_id, error)))
    return FALSE;

  seeds_json_writer_begin_object (writer);
  seeds_exchange_add_header (writer, SEEDS_EXCHANGE_COMMUNITY);

  seeds_json_writer_set_member_name (writer, "community");
  seeds_json_writer_begin_object (writer);
  seeds_exchange_add_string (writer, "id", community_id);
  seeds_exchange_add_string (writer, "name", seeds_community_get_name (community));
  seeds_exchange_add_string (writer, "framework", seeds_community_get_framework_id (community));
  seeds_exchange_add_int (writer, "framework_edition", seeds_community_get_framework_edition (community));
  add_profile (writer, seeds_community_get_profile (community));
  seeds_json_writer_end_object (writer);

  seeds_json_writer_set_member_name (writer, "participants");
  seeds_json_writer_begin_array (writer);
  for (guint i = 0; i < participants->len; i++)
    add_participant (writer, g_ptr_array_index (participants, i));
  seeds_json_writer_end_array (writer);

  if (!add_meetings (writer, store, community_id, error) ||
      !(steps = seeds_store_list_next_steps (store, community_id, NULL, error)))
    return FALSE;

  seeds_json_writer_set_member_name (writer, "next_steps");
  seeds_json_writer_begin_array (writer);
  for (guint i = 0; i < steps->len; i++)
    add_next_step (writer, g_ptr_array_index (steps, i));
  seeds_json_writer_end_array (writer);

  if (!add_community_page (writer, store, community_id, error))
    return FALSE;

  seeds_json_writer_end_object (writer);

  return TRUE;
}

/**
 * seeds_community_export_json:
 * @store: the database
 * @community_id: (nullable): the community to export; %NULL for all
 * @error: return location for a #GError
 *
 * Writes everything the store holds about a community as a
 * "seeds-community" object: the community with its profile in the
 * directory, its participants, its meetings
 * (oldest first) with their attendees, scores with comments and tallies,
 * its next steps with their status and review, and its brilliant
 * failures, rewards and the ledger of its team points. Without
 * @community_id, a JSON array of such objects, one per community, by name.
 *
 * Returns: (transfer full): the JSON text, or %NULL with @error set
 */
GBytes *
seeds_community_export_json (SeedsStore  *store,
                             const char  *community_id,
                             GError     **error)
{
  g_autoptr(SeedsJsonWriter) writer = NULL;
  g_autoptr(GPtrArray) communities = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  writer = seeds_json_writer_new ();

  if (community_id != NULL)
    {
      g_autoptr(SeedsCommunity) community = seeds_store_get_community (store, community_id, error);

      if (community == NULL || !add_community (writer, store, community, error))
        return NULL;
    }
  else
    {
      if (!(communities = seeds_store_list_communities (store, error)))
        return NULL;

      seeds_json_writer_begin_array (writer);
      for (guint i = 0; i < communities->len; i++)
        {
          if (!add_community (writer, store, g_ptr_array_index (communities, i), error))
            return NULL;
        }
      seeds_json_writer_end_array (writer);
    }

  return seeds_json_writer_free_to_bytes (g_steal_pointer (&writer));
}

/**
 * seeds_community_export_json_to_file:
 *
 * The same as seeds_community_export_json(), saved to @file as a whole:
 * @file is replaced only once the new contents are written.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_community_export_json_to_file (SeedsStore  *store,
                                     const char  *community_id,
                                     GFile       *file,
                                     GError     **error)
{
  g_autoptr(GBytes) json = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  json = seeds_community_export_json (store, community_id, error);

  return json != NULL && seeds_exchange_save (json, file, error);
}
