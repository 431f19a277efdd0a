/* seeds-chart-guide-layer.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "charts/seeds-chart-layer.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_CHART_GUIDE_LAYER (seeds_chart_guide_layer_get_type ())

G_DECLARE_FINAL_TYPE (SeedsChartGuideLayer, seeds_chart_guide_layer, SEEDS, CHART_GUIDE_LAYER,
                      SeedsChartLayer)

SeedsChartLayer *seeds_chart_guide_layer_new     (void);
void             seeds_chart_guide_layer_measure (SeedsChartGuideLayer    *self,
                                                  const SeedsChartContext *context,
                                                  float                   *tick_width,
                                                  float                   *tick_height,
                                                  float                   *overhang,
                                                  float                   *names_width);

G_END_DECLS
