/* seeds-history-page.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "history/seeds-change-table.h"
#include "meetings/seeds-meeting-part.h"
#include "session/seeds-framework-registry.h"
#include "charts/seeds-radar-chart.h"
#include "history/seeds-timeline.h"
#include "charts/seeds-trend-chart.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_HISTORY_PAGE (seeds_history_page_get_type ())

G_DECLARE_FINAL_TYPE (SeedsHistoryPage, seeds_history_page, SEEDS, HISTORY_PAGE, SeedsMeetingPart)

SeedsCommunityHistory *seeds_history_page_get_history      (SeedsHistoryPage *self);
void                   seeds_history_page_set_frameworks   (SeedsHistoryPage *self,
                                                            SeedsFrameworkRegistry *frameworks);
SeedsTimeline         *seeds_history_page_get_timeline     (SeedsHistoryPage *self);
SeedsTrendChart       *seeds_history_page_get_trend_chart  (SeedsHistoryPage *self);
SeedsRadarChart       *seeds_history_page_get_radar_chart  (SeedsHistoryPage *self);
SeedsChangeTable      *seeds_history_page_get_change_table (SeedsHistoryPage *self);
GtkListBox            *seeds_history_page_get_effects_list (SeedsHistoryPage *self);
GtkButton             *seeds_history_page_get_all_effects_button (SeedsHistoryPage *self);
void                   seeds_history_page_select_factor    (SeedsHistoryPage *self,
                                                            guint             position);
void                   seeds_history_page_compare_with     (SeedsHistoryPage *self,
                                                            guint             meeting);

G_END_DECLS
