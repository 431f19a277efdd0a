/* seeds-chart-polygon-layer.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "charts/seeds-chart-layer.h"

G_BEGIN_DECLS

/* How a radar's polygon looks. */
typedef enum
{
  SEEDS_CHART_POLYGON_FILLED,  /* accent, filled: what is shown */
  SEEDS_CHART_POLYGON_DASHED,  /* neutral, a dashed outline: what it is compared with */
} SeedsChartPolygonStyle;

#define SEEDS_TYPE_CHART_POLYGON_LAYER (seeds_chart_polygon_layer_get_type ())

G_DECLARE_FINAL_TYPE (SeedsChartPolygonLayer, seeds_chart_polygon_layer, SEEDS, CHART_POLYGON_LAYER,
                      SeedsChartLayer)

SeedsChartLayer        *seeds_chart_polygon_layer_new              (SeedsChartPolygonStyle   style);
SeedsChartPolygonStyle  seeds_chart_polygon_layer_get_style        (SeedsChartPolygonLayer  *self);
const char             *seeds_chart_polygon_layer_get_name         (SeedsChartPolygonLayer  *self);
void                    seeds_chart_polygon_layer_set_name         (SeedsChartPolygonLayer  *self,
                                                                    const char              *name);
void                    seeds_chart_polygon_layer_snapshot_swatch  (SeedsChartPolygonLayer  *self,
                                                                    GtkSnapshot             *snapshot,
                                                                    const SeedsChartContext *context,
                                                                    const graphene_rect_t   *bounds);

G_END_DECLS
