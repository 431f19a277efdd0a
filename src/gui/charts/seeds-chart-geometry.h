/* seeds-chart-geometry.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <graphene.h>
#include <glib.h>

G_BEGIN_DECLS

/* The scale every chart shows. */
#define SEEDS_CHART_VALUE_MIN 1.0
#define SEEDS_CHART_VALUE_MAX 5.0

/* The band thresholds, drawn as guides and emphasised rings. */
#define SEEDS_CHART_DISCUSS_FROM  3.0
#define SEEDS_CHART_STRENGTH_FROM 4.0

/* Where a chart draws, in the widget's coordinates: the result of its
 * layout, which the layers and the hit-testing share. */
typedef struct
{
  graphene_rect_t  plot;      /* a trend's values; a radar's square of rings */
  guint            n_points;
  graphene_point_t center;    /* a radar's centre … */
  float            radius;    /* … and the radius of its ring at 5 */
  graphene_rect_t  legend;    /* room for a legend, or empty */
} SeedsChartFrame;

float    seeds_chart_frame_value_to_y     (const SeedsChartFrame *frame,
                                           double                 value);
float    seeds_chart_frame_index_to_x     (const SeedsChartFrame *frame,
                                           guint                  index);
float    seeds_chart_frame_step           (const SeedsChartFrame *frame);
int      seeds_chart_frame_nearest_index  (const SeedsChartFrame *frame,
                                           float                  x);
float    seeds_chart_frame_axis_angle     (const SeedsChartFrame *frame,
                                           guint                  axis);
void     seeds_chart_frame_radar_point    (const SeedsChartFrame *frame,
                                           guint                  axis,
                                           double                 value,
                                           graphene_point_t      *point);
int      seeds_chart_frame_nearest_axis   (const SeedsChartFrame *frame,
                                           float                  x,
                                           float                  y,
                                           float                  reach);

guint    seeds_chart_label_stride         (const float           *widths,
                                           guint                  n_labels,
                                           float                  step,
                                           float                  gap);
gboolean seeds_chart_label_is_shown       (guint                  index,
                                           guint                  n_labels,
                                           guint                  stride);

G_END_DECLS
