/* seeds-community-page.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "community/seeds-growth-view.h"
#include "meetings/seeds-meeting-part.h"
#include "stats/seeds-community-gaps.h"
#include "stats/seeds-partner-mix.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_COMMUNITY_PAGE (seeds_community_page_get_type ())

G_DECLARE_FINAL_TYPE (SeedsCommunityPage, seeds_community_page, SEEDS, COMMUNITY_PAGE, SeedsMeetingPart)

gint64           seeds_community_page_get_balance     (SeedsCommunityPage *self);
SeedsPartnerMix *seeds_community_page_get_partner_mix (SeedsCommunityPage *self);
GPtrArray       *seeds_community_page_get_gaps        (SeedsCommunityPage *self);
SeedsGrowthView *seeds_community_page_get_growth_view (SeedsCommunityPage *self);

G_END_DECLS
