/* seeds-community-gaps.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/seeds-framework.h"
#include "model/seeds-partner-type.h"
#include "store/seeds-store.h"

G_BEGIN_DECLS

/* Who is missing: a learning community that only talks to itself stalls.
 * A gap is a kind of partner, or a role of the framework, that nobody
 * who took part in the community's recent meetings brings. */

/* How many of the latest meetings count as recent */
#define SEEDS_COMMUNITY_GAPS_RECENT_MEETINGS 3

typedef enum
{
  SEEDS_GAP_PARTNER_TYPE,
  SEEDS_GAP_ROLE,
} SeedsGapKind;

typedef struct
{
  SeedsGapKind      kind;
  SeedsPartnerType  partner_type;  /* SEEDS_GAP_PARTNER_TYPE */
  SeedsRole        *role;          /* SEEDS_GAP_ROLE */
  GStrv             factor_ids;    /* the factors the gap touches */
} SeedsGap;

void       seeds_gap_free              (SeedsGap       *gap);
GPtrArray *seeds_community_gaps_find   (SeedsFramework *framework,
                                        GPtrArray      *participants);
GPtrArray *seeds_community_gaps_load   (SeedsStore     *store,
                                        SeedsFramework *framework,
                                        const char     *community_id,
                                        GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SeedsGap, seeds_gap_free)

G_END_DECLS
