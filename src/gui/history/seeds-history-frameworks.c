/* seeds-history-frameworks.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "history/seeds-history-frameworks.h"

/* A community's history across the frameworks its meetings are scored
 * with, in the language of the page's framework. */

typedef struct
{
  SeedsFrameworkRegistry *frameworks;
  const char             *language;
} Lookup;

static SeedsFramework *
meeting_framework (SeedsMeeting *meeting,
                   gpointer      user_data)
{
  Lookup *lookup = user_data;

  return seeds_framework_registry_lookup (lookup->frameworks, seeds_meeting_get_framework_id (meeting),
                                          seeds_meeting_get_framework_edition (meeting),
                                          lookup->language, NULL);
}

/**
 * seeds_history_frameworks_load:
 * @store: the database
 * @framework: the framework of the meeting shown
 * @frameworks: (nullable): every framework the database has, or %NULL
 *   to read every meeting as of @framework
 * @community_id: the community
 * @error: return location for a #GError
 *
 * Loads the history in the framework of the community's latest meeting,
 * which is what the group works with now: its factors are the rows, and
 * each earlier meeting's scores are compared by their factors' origins.
 *
 * Returns: (transfer full): the history, or %NULL with @error set
 */
SeedsCommunityHistory *
seeds_history_frameworks_load (SeedsStore              *store,
                               SeedsFramework          *framework,
                               SeedsFrameworkRegistry  *frameworks,
                               const char              *community_id,
                               GError                 **error)
{
  Lookup lookup = { frameworks, seeds_framework_get_language (framework) };
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(SeedsFramework) latest = NULL;

  if (frameworks == NULL)
    return seeds_community_history_load (store, framework, community_id, error);

  /* Newest first; a meeting of a framework the database lacks leaves the
   * reference to the meeting shown */
  meetings = seeds_store_list_meetings (store, community_id, error);
  if (meetings == NULL)
    return NULL;
  if (meetings->len > 0)
    latest = meeting_framework (g_ptr_array_index (meetings, 0), &lookup);

  return seeds_community_history_load_with_frameworks (store, latest != NULL ? latest : framework,
                                                       meeting_framework, &lookup, community_id,
                                                       error);
}
