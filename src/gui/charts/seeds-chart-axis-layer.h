/* seeds-chart-axis-layer.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "charts/seeds-chart-layer.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_CHART_AXIS_LAYER (seeds_chart_axis_layer_get_type ())

G_DECLARE_FINAL_TYPE (SeedsChartAxisLayer, seeds_chart_axis_layer, SEEDS, CHART_AXIS_LAYER, SeedsChartLayer)

SeedsChartLayer *seeds_chart_axis_layer_new     (void);
void             seeds_chart_axis_layer_measure (SeedsChartAxisLayer     *self,
                                                 const SeedsChartContext *context,
                                                 float                   *max_width,
                                                 float                   *height);

G_END_DECLS
