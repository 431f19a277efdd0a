/* seeds-chart-geometry.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "charts/seeds-chart-geometry.h"

/* Where values and points go: pure functions, so that hit-testing and label
 * placement are tested without a display. */

/* 5 at the top of the plot, 1 at the bottom; values outside are clamped,
 * so that a band of mean ± spread never leaves the scale. */
float
seeds_chart_frame_value_to_y (const SeedsChartFrame *frame,
                              double                 value)
{
  double t;

  g_return_val_if_fail (frame != NULL, 0);

  t = (CLAMP (value, SEEDS_CHART_VALUE_MIN, SEEDS_CHART_VALUE_MAX) - SEEDS_CHART_VALUE_MIN) /
      (SEEDS_CHART_VALUE_MAX - SEEDS_CHART_VALUE_MIN);

  return frame->plot.origin.y + frame->plot.size.height * (1 - t);
}

/* Meetings are evenly spaced, by their order rather than their dates: the
 * chart answers "how did it go from meeting to meeting", and a long summer
 * break should not squeeze the meetings around it together. */
float
seeds_chart_frame_step (const SeedsChartFrame *frame)
{
  g_return_val_if_fail (frame != NULL, 0);

  if (frame->n_points < 2)
    return frame->plot.size.width;

  return frame->plot.size.width / (frame->n_points - 1);
}

float
seeds_chart_frame_index_to_x (const SeedsChartFrame *frame,
                              guint                  index)
{
  g_return_val_if_fail (frame != NULL, 0);

  if (frame->n_points < 2)
    return frame->plot.origin.x + frame->plot.size.width / 2;

  return frame->plot.origin.x + index * seeds_chart_frame_step (frame);
}

/* The point whose column is nearest to x, or -1 without points. Anywhere
 * left or right of the plot picks the first or the last point, so that the
 * ends are as easy to hit as the middle. */
int
seeds_chart_frame_nearest_index (const SeedsChartFrame *frame,
                                 float                  x)
{
  double position;

  g_return_val_if_fail (frame != NULL, -1);

  if (frame->n_points == 0)
    return -1;
  if (frame->n_points == 1)
    return 0;

  position = (x - frame->plot.origin.x) / seeds_chart_frame_step (frame);

  return CLAMP ((int) floor (position + 0.5), 0, (int) frame->n_points - 1);
}

/* The first axis points up; the others follow clockwise, as a clock's
 * hours, so that factor 1 is where people start reading. */
float
seeds_chart_frame_axis_angle (const SeedsChartFrame *frame,
                              guint                  axis)
{
  g_return_val_if_fail (frame != NULL, 0);

  if (frame->n_points == 0)
    return -G_PI / 2;

  return -G_PI / 2 + 2 * G_PI * axis / frame->n_points;
}

/* Value 0 is the centre and 5 the outer ring, so that the rings 1 … 5 are
 * evenly spaced and a 1 is still a visible vertex. */
void
seeds_chart_frame_radar_point (const SeedsChartFrame *frame,
                               guint                  axis,
                               double                 value,
                               graphene_point_t      *point)
{
  float angle, r;

  g_return_if_fail (frame != NULL);
  g_return_if_fail (point != NULL);

  angle = seeds_chart_frame_axis_angle (frame, axis);
  r = frame->radius * CLAMP (value, 0, SEEDS_CHART_VALUE_MAX) / SEEDS_CHART_VALUE_MAX;
  point->x = frame->center.x + r * cosf (angle);
  point->y = frame->center.y + r * sinf (angle);
}

/* The axis in whose direction (x, y) lies, or -1 when it is farther than
 * reach from the centre, or too near the centre to tell. */
int
seeds_chart_frame_nearest_axis (const SeedsChartFrame *frame,
                                float                  x,
                                float                  y,
                                float                  reach)
{
  float dx, dy, distance;
  double turn;

  g_return_val_if_fail (frame != NULL, -1);

  if (frame->n_points == 0)
    return -1;

  dx = x - frame->center.x;
  dy = y - frame->center.y;
  distance = sqrtf (dx * dx + dy * dy);
  if (distance > reach || distance < frame->radius * 0.08f)
    return -1;

  /* the fraction of a clockwise turn from the top */
  turn = (atan2 (dy, dx) + G_PI / 2) / (2 * G_PI);
  turn -= floor (turn);

  return (int) floor (turn * frame->n_points + 0.5) % frame->n_points;
}

static gboolean
stride_fits (const float *widths,
             guint        n_labels,
             float        step,
             float        gap,
             guint        stride)
{
  /* from the last label back: the latest meeting always has its date */
  for (guint i = n_labels - 1; i >= stride; i -= stride)
    {
      float room = stride * step;
      float needed = (widths[i] + widths[i - stride]) / 2 + gap;

      if (needed > room)
        return FALSE;
    }

  return TRUE;
}

/* Every how many points a label fits, given the labels' widths and the
 * distance between points: the smallest stride at which no two shown labels
 * come closer than gap. n_labels or more means only the last one fits. */
guint
seeds_chart_label_stride (const float *widths,
                          guint        n_labels,
                          float        step,
                          float        gap)
{
  g_return_val_if_fail (widths != NULL || n_labels == 0, 1);

  if (n_labels < 2)
    return 1;

  for (guint stride = 1; stride < n_labels; stride++)
    if (stride_fits (widths, n_labels, step, gap, stride))
      return stride;

  return n_labels;
}

/* Counted from the last label, so that the latest meeting is labelled. */
gboolean
seeds_chart_label_is_shown (guint index,
                            guint n_labels,
                            guint stride)
{
  g_return_val_if_fail (index < n_labels, FALSE);
  g_return_val_if_fail (stride > 0, FALSE);

  return (n_labels - 1 - index) % stride == 0;
}
