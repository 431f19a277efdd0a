/* seeds-profile-export.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stats/seeds-meeting-results.h"
#include "exchange/seeds-profile-export.h"

/**
 * seeds_profile_export_new:
 * @store: the database
 * @framework: the framework the app uses
 * @community_id: one of your own learning communities
 * @share: what to share besides what a profile always holds
 * @error: return location for a #SEEDS_STORE_ERROR
 *
 * Makes the profile a community shares of itself, dated now. With
 * SEEDS_PROFILE_SHARE_SCORES it holds the aggregated results of the latest
 * meeting (scored or with the poster) in which at least one factor has
 * SEEDS_SHARED_MIN_SCORES scores from 1 to 5, and of that meeting only the
 * factors that have: never anyone's own score or name. When no meeting has
 * such a factor, seeds_profile_get_shared_results() is %NULL. Without
 * SEEDS_PROFILE_SHARE_CONTACT, the contact details are left out.
 *
 * A community from another's profile, or from the fictional sample, is
 * refused with SEEDS_STORE_ERROR_INVALID: a profile is shared by the
 * community itself.
 *
 * Returns: (transfer full): the profile, to save with seeds_profile_save(),
 *   or %NULL with @error set
 */
SeedsProfile *
seeds_profile_export_new (SeedsStore         *store,
                          SeedsFramework     *framework,
                          const char         *community_id,
                          SeedsProfileShare   share,
                          GError            **error)
{
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(SeedsSharedResults) results = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (store), NULL);
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (community_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  community = seeds_store_get_community (store, community_id, error);
  if (community == NULL)
    return NULL;

  switch (seeds_community_get_origin (community))
    {
    case SEEDS_COMMUNITY_OWN:
      break;

    case SEEDS_COMMUNITY_SAMPLE:
      g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID,
                   _("“%s” is a fictional sample; samples are never shared as profiles."),
                   seeds_community_get_name (community));
      return NULL;

    case SEEDS_COMMUNITY_KNOWN:
      g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID,
                   _("“%s” is another learning community that you added; only your own learning "
                     "communities can share their profile."),
                   seeds_community_get_name (community));
      return NULL;

    case SEEDS_COMMUNITY_PROFILE:
    default:
      g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID,
                   _("“%s” came from another community’s profile; only your own learning "
                     "communities can share theirs."),
                   seeds_community_get_name (community));
      return NULL;
    }

  if (share & SEEDS_PROFILE_SHARE_SCORES)
    {
      g_autoptr(SeedsMeeting) meeting = NULL;
      g_autoptr(SeedsMeetingSummary) summary = NULL;

      if (!seeds_meeting_results_load_latest (store, framework, community_id,
                                              SEEDS_SHARED_MIN_SCORES, &meeting, &summary, error))
        return NULL;

      if (summary != NULL)
        results = seeds_shared_results_new_from_summary (summary, seeds_meeting_get_date (meeting));
    }

  return seeds_profile_new (community_id,
                            seeds_community_get_name (community),
                            g_get_real_time () / G_USEC_PER_SEC,
                            seeds_community_get_profile (community),
                            (share & SEEDS_PROFILE_SHARE_CONTACT) != 0,
                            results);
}
