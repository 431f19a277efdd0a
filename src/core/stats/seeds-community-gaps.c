/* seeds-community-gaps.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stats/seeds-community-gaps.h"

/* A missing kind of partner touches the mix of qualities and roles
 * (factor 2) and looking wider than the group itself (factor 12), as the
 * research finds; a missing role touches the factors its <role> names. */
static const char * const partner_type_factors[] = { "2", "12", NULL };

void
seeds_gap_free (SeedsGap *gap)
{
  if (gap == NULL)
    return;

  g_clear_object (&gap->role);
  g_strfreev (gap->factor_ids);
  g_free (gap);
}

static SeedsGap *
gap_new (SeedsGapKind        kind,
         const char * const *factor_ids)
{
  SeedsGap *gap = g_new0 (SeedsGap, 1);

  gap->kind = kind;
  gap->factor_ids = g_strdupv ((char **) factor_ids);

  return gap;
}

static gboolean
someone_has_role (GPtrArray  *participants,
                  const char *role_id)
{
  for (guint i = 0; i < participants->len; i++)
    {
      SeedsParticipant *participant = g_ptr_array_index (participants, i);

      if (g_strcmp0 (seeds_participant_get_role (participant), role_id) == 0)
        return TRUE;
    }

  return FALSE;
}

/**
 * seeds_community_gaps_find:
 * @framework: the framework, with its roles
 * @participants: (element-type SeedsParticipant): who took part
 *
 * Returns: (transfer container) (element-type SeedsGap): the kinds of
 *   partner nobody of @participants speaks for, in the order of
 *   #SeedsPartnerType, then the framework's roles nobody has, in the
 *   order of the framework
 */
GPtrArray *
seeds_community_gaps_find (SeedsFramework *framework,
                           GPtrArray      *participants)
{
  GPtrArray *gaps = g_ptr_array_new_with_free_func ((GDestroyNotify) seeds_gap_free);
  gboolean present[SEEDS_N_PARTNER_TYPES] = { FALSE, };

  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (framework), gaps);
  g_return_val_if_fail (participants != NULL, gaps);

  for (guint i = 0; i < participants->len; i++)
    present[seeds_participant_get_partner_type (g_ptr_array_index (participants, i))] = TRUE;

  for (guint type = 0; type < SEEDS_N_PARTNER_TYPES; type++)
    {
      SeedsGap *gap;

      if (present[type])
        continue;

      gap = gap_new (SEEDS_GAP_PARTNER_TYPE, partner_type_factors);
      gap->partner_type = (SeedsPartnerType) type;
      g_ptr_array_add (gaps, gap);
    }

  for (guint i = 0; i < seeds_framework_get_n_roles (framework); i++)
    {
      SeedsRole *role = seeds_framework_get_role (framework, i);
      SeedsGap *gap;

      if (someone_has_role (participants, seeds_role_get_id (role)))
        continue;

      gap = gap_new (SEEDS_GAP_ROLE, seeds_role_get_factor_ids (role));
      gap->role = g_object_ref (role);
      g_ptr_array_add (gaps, gap);
    }

  return gaps;
}

/**
 * seeds_community_gaps_load:
 * @store: the database
 * @framework: the framework, with its roles
 * @community_id: one of your own learning communities
 * @error: return location for a #GError
 *
 * Finds the gaps among those who took part in one of the community's
 * latest SEEDS_COMMUNITY_GAPS_RECENT_MEETINGS meetings: a member who has
 * not come lately does not fill a gap. A community without meetings yet
 * has every gap.
 *
 * Returns: (transfer container) (element-type SeedsGap): the gaps, as
 *   seeds_community_gaps_find() orders them, or %NULL with @error set
 */
GPtrArray *
seeds_community_gaps_load (SeedsStore      *store,
                           SeedsFramework  *framework,
                           const char      *community_id,
                           GError         **error)
{
  g_autoptr(GPtrArray) participants = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (store), NULL);
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (community_id != NULL, NULL);

  participants = seeds_store_list_recent_attendees (store, community_id,
                                                    SEEDS_COMMUNITY_GAPS_RECENT_MEETINGS, error);
  if (participants == NULL)
    return NULL;

  return seeds_community_gaps_find (framework, participants);
}
