/* seeds-chart-radar-grid-layer.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "charts/seeds-chart-layer.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_CHART_RADAR_GRID_LAYER (seeds_chart_radar_grid_layer_get_type ())

G_DECLARE_FINAL_TYPE (SeedsChartRadarGridLayer, seeds_chart_radar_grid_layer, SEEDS, CHART_RADAR_GRID_LAYER,
                      SeedsChartLayer)

SeedsChartLayer *seeds_chart_radar_grid_layer_new     (void);
void             seeds_chart_radar_grid_layer_measure (SeedsChartRadarGridLayer *self,
                                                       const SeedsChartContext  *context,
                                                       float                    *label_width,
                                                       float                    *label_height);

G_END_DECLS
