/* seeds-meeting-results.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stats/seeds-meeting-summary.h"
#include "store/seeds-store.h"

G_BEGIN_DECLS

SeedsMeetingSummary *seeds_meeting_results_load        (SeedsStore           *store,
                                                        SeedsFramework       *framework,
                                                        SeedsMeeting         *meeting,
                                                        GError              **error);
GPtrArray           *seeds_meeting_results_load_by_partner_type
                                                       (SeedsStore           *store,
                                                        SeedsFramework       *framework,
                                                        const char           *meeting_id,
                                                        GError              **error);
gboolean             seeds_meeting_results_load_latest (SeedsStore           *store,
                                                        SeedsFramework       *framework,
                                                        const char           *community_id,
                                                        guint                 min_scores,
                                                        SeedsMeeting        **meeting,
                                                        SeedsMeetingSummary **summary,
                                                        GError              **error);

G_END_DECLS
