/* seeds-chart-band-layer.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "charts/seeds-chart-layer.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_CHART_BAND_LAYER (seeds_chart_band_layer_get_type ())

G_DECLARE_FINAL_TYPE (SeedsChartBandLayer, seeds_chart_band_layer, SEEDS, CHART_BAND_LAYER, SeedsChartLayer)

SeedsChartLayer *seeds_chart_band_layer_new (void);

G_END_DECLS
