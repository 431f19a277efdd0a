/* seeds-meeting-results.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "seeds-meeting-results.h"

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
