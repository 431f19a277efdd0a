/* seeds-trend-chart.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "charts/seeds-chart.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_TREND_CHART (seeds_trend_chart_get_type ())

G_DECLARE_FINAL_TYPE (SeedsTrendChart, seeds_trend_chart, SEEDS, TREND_CHART, SeedsChart)

GtkWidget *seeds_trend_chart_new             (void);
void       seeds_trend_chart_set_series      (SeedsTrendChart  *self,
                                              SeedsChartSeries *series);
char      *seeds_trend_chart_describe_series (SeedsChartSeries *series);

G_END_DECLS
