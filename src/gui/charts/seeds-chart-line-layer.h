/* seeds-chart-line-layer.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "charts/seeds-chart-layer.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_CHART_LINE_LAYER (seeds_chart_line_layer_get_type ())

G_DECLARE_FINAL_TYPE (SeedsChartLineLayer, seeds_chart_line_layer, SEEDS, CHART_LINE_LAYER, SeedsChartLayer)

SeedsChartLayer *seeds_chart_line_layer_new (void);

G_END_DECLS
