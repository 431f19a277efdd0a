/* seeds-meeting-view.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "compare/seeds-compare-page.h"
#include "community/seeds-community-page.h"
#include "factor-panel/seeds-factor-panel.h"
#include "history/seeds-history-page.h"
#include "overview/seeds-overview-page.h"
#include "scoring/seeds-scoring-page.h"
#include "scoring/seeds-tally-page.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_MEETING_VIEW (seeds_meeting_view_get_type ())

G_DECLARE_FINAL_TYPE (SeedsMeetingView, seeds_meeting_view, SEEDS, MEETING_VIEW, GtkWidget)

void               seeds_meeting_view_set_context       (SeedsMeetingView *self,
                                                         SeedsStore       *store,
                                                         SeedsFramework   *framework,
                                                         SeedsMeeting     *meeting);
void               seeds_meeting_view_set_frameworks    (SeedsMeetingView *self,
                                                         SeedsFrameworkRegistry *frameworks);
SeedsMeeting      *seeds_meeting_view_get_meeting       (SeedsMeetingView *self);
void               seeds_meeting_view_show_factor       (SeedsMeetingView *self,
                                                         SeedsFactor      *factor);
void               seeds_meeting_view_show_page         (SeedsMeetingView *self,
                                                         const char       *name);
const char        *seeds_meeting_view_get_page          (SeedsMeetingView *self);
gboolean           seeds_meeting_view_get_panel_visible (SeedsMeetingView *self);
void               seeds_meeting_view_set_panel_visible (SeedsMeetingView *self,
                                                         gboolean          visible);
void               seeds_meeting_view_set_folded        (SeedsMeetingView *self,
                                                         gboolean          folded);
SeedsScoringPage  *seeds_meeting_view_get_scoring_page  (SeedsMeetingView *self);
SeedsTallyPage    *seeds_meeting_view_get_tally_page    (SeedsMeetingView *self);
SeedsOverviewPage *seeds_meeting_view_get_overview_page (SeedsMeetingView *self);
SeedsHistoryPage  *seeds_meeting_view_get_history_page  (SeedsMeetingView *self);
SeedsComparePage  *seeds_meeting_view_get_compare_page  (SeedsMeetingView *self);
SeedsCommunityPage *seeds_meeting_view_get_community_page (SeedsMeetingView *self);
SeedsFactorPanel  *seeds_meeting_view_get_factor_panel  (SeedsMeetingView *self);

G_END_DECLS
