/* seeds-chart-legend-layer.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "charts/seeds-chart-layer.h"
#include "charts/seeds-chart-polygon-layer.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_CHART_LEGEND_LAYER (seeds_chart_legend_layer_get_type ())

G_DECLARE_FINAL_TYPE (SeedsChartLegendLayer, seeds_chart_legend_layer, SEEDS, CHART_LEGEND_LAYER,
                      SeedsChartLayer)

SeedsChartLayer *seeds_chart_legend_layer_new     (void);
void             seeds_chart_legend_layer_add     (SeedsChartLegendLayer   *self,
                                                   SeedsChartPolygonLayer  *entry);
float            seeds_chart_legend_layer_measure (SeedsChartLegendLayer   *self,
                                                   const SeedsChartContext *context);

G_END_DECLS
