/* seeds-meeting-results.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stats/seeds-meeting-results.h"

/**
 * seeds_meeting_results_load:
 *
 * What a meeting's results say, whichever way they were collected: the
 * participants' scores, or the stickers counted from the poster. Every
 * view of a meeting reads its numbers through here, so that a poster
 * meeting shows like any other.
 *
 * Returns: (transfer full) (nullable): the summary, or %NULL on error
 */
SeedsMeetingSummary *
seeds_meeting_results_load (SeedsStore      *store,
                            SeedsFramework  *framework,
                            SeedsMeeting    *meeting,
                            GError         **error)
{
  g_autoptr(GPtrArray) results = NULL;
  const char *meeting_id;

  g_return_val_if_fail (SEEDS_IS_STORE (store), NULL);
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (SEEDS_IS_MEETING (meeting), NULL);

  meeting_id = seeds_meeting_get_id (meeting);

  if (seeds_meeting_get_kind (meeting) == SEEDS_MEETING_POSTER)
    {
      results = seeds_store_list_tallies (store, meeting_id, error);
      return results ? seeds_meeting_summary_new_from_tallies (framework, results) : NULL;
    }

  results = seeds_store_list_scores (store, meeting_id, error);
  return results ? seeds_meeting_summary_new (framework, results) : NULL;
}

/**
 * seeds_meeting_results_load_latest:
 * @store: the database
 * @framework: the framework the app uses: meetings scored with another
 *   are passed over
 * @community_id: one of your own learning communities
 * @min_scores: how many 1–5 scores at least one factor must have for a
 *   meeting to count: 1 for any results at all
 * @meeting: (out) (transfer full) (optional): the meeting, or %NULL when
 *   none has such results
 * @summary: (out) (transfer full): what its results say, or %NULL
 * @error: return location for a #GError
 *
 * Finds the latest meeting of the community, by date, with results that
 * count: the meeting "learn from others" compares and a profile shares.
 *
 * Returns: %TRUE on success, also when there is no such meeting
 */
gboolean
seeds_meeting_results_load_latest (SeedsStore           *store,
                                   SeedsFramework       *framework,
                                   const char           *community_id,
                                   guint                 min_scores,
                                   SeedsMeeting        **meeting,
                                   SeedsMeetingSummary **summary,
                                   GError              **error)
{
  g_autoptr(GPtrArray) meetings = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (store), FALSE);
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (framework), FALSE);
  g_return_val_if_fail (community_id != NULL, FALSE);
  g_return_val_if_fail (summary != NULL, FALSE);

  *summary = NULL;
  if (meeting != NULL)
    *meeting = NULL;

  meetings = seeds_store_list_meetings (store, community_id, error);
  if (meetings == NULL)
    return FALSE;

  /* Newest first */
  for (guint i = 0; i < meetings->len; i++)
    {
      SeedsMeeting *candidate = g_ptr_array_index (meetings, i);
      g_autoptr(SeedsMeetingSummary) results = NULL;

      if (!g_str_equal (seeds_meeting_get_framework_id (candidate),
                        seeds_framework_get_id (framework)))
        continue;

      results = seeds_meeting_results_load (store, framework, candidate, error);
      if (results == NULL)
        return FALSE;

      for (guint f = 0; f < seeds_framework_get_n_factors (framework); f++)
        {
          if (seeds_meeting_summary_get_stats (results, f)->n >= MAX (min_scores, 1))
            {
              *summary = g_steal_pointer (&results);
              if (meeting != NULL)
                *meeting = g_object_ref (candidate);
              return TRUE;
            }
        }
    }

  return TRUE;
}

/**
 * seeds_meeting_results_load_by_partner_type:
 * @store: the database
 * @framework: the framework the meeting is scored with
 * @meeting_id: a meeting
 * @error: return location for a #GError
 *
 * What the scores of each kind of partner say: the "perspectives" of the
 * overview. A meeting held with the poster has no one's scores, so that
 * every summary is empty.
 *
 * Returns: (transfer container) (element-type SeedsMeetingSummary): one
 *   summary for each #SeedsPartnerType, at its index; %NULL on error
 */
GPtrArray *
seeds_meeting_results_load_by_partner_type (SeedsStore      *store,
                                            SeedsFramework  *framework,
                                            const char      *meeting_id,
                                            GError         **error)
{
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(GPtrArray) scores = NULL;
  GPtrArray *summaries;
  GHashTable *ids[SEEDS_N_PARTNER_TYPES];

  g_return_val_if_fail (SEEDS_IS_STORE (store), NULL);
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (meeting_id != NULL, NULL);

  attendees = seeds_store_list_attendees (store, meeting_id, error);
  if (attendees == NULL)
    return NULL;

  scores = seeds_store_list_scores (store, meeting_id, error);
  if (scores == NULL)
    return NULL;

  for (int type = 0; type < SEEDS_N_PARTNER_TYPES; type++)
    ids[type] = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < attendees->len; i++)
    {
      SeedsParticipant *participant = g_ptr_array_index (attendees, i);

      g_hash_table_add (ids[seeds_participant_get_partner_type (participant)],
                        (char *) seeds_participant_get_id (participant));
    }

  summaries = g_ptr_array_new_full (SEEDS_N_PARTNER_TYPES, g_object_unref);
  for (int type = 0; type < SEEDS_N_PARTNER_TYPES; type++)
    {
      g_ptr_array_add (summaries, seeds_meeting_summary_new_for (framework, scores, ids[type]));
      g_hash_table_unref (ids[type]);
    }

  return summaries;
}
