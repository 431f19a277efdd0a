/* seeds-history-series.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "charts/seeds-chart-series.h"
#include "stats/seeds-community-history.h"

G_BEGIN_DECLS

SeedsChartSeries *seeds_history_series_for_factor  (SeedsCommunityHistory *history,
                                                    guint                  position);
SeedsChartSeries *seeds_history_series_for_meeting (SeedsCommunityHistory *history,
                                                    guint                  meeting);
char             *seeds_history_meeting_name       (SeedsCommunityHistory *history,
                                                    guint                  meeting);

G_END_DECLS
