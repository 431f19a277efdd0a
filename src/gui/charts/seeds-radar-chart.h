/* seeds-radar-chart.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "charts/seeds-chart.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_RADAR_CHART (seeds_radar_chart_get_type ())

G_DECLARE_FINAL_TYPE (SeedsRadarChart, seeds_radar_chart, SEEDS, RADAR_CHART, SeedsChart)

GtkWidget *seeds_radar_chart_new             (void);
void       seeds_radar_chart_set_now         (SeedsRadarChart  *self,
                                              SeedsChartSeries *now,
                                              const char       *name);
void       seeds_radar_chart_set_then        (SeedsRadarChart  *self,
                                              SeedsChartSeries *then,
                                              const char       *name);
char      *seeds_radar_chart_describe_series (SeedsChartSeries *now,
                                              SeedsChartSeries *then);

G_END_DECLS
