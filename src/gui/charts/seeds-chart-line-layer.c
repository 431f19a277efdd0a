/* seeds-chart-line-layer.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "charts/seeds-chart-line-layer.h"

/* A trend's means: a line in the accent colour with a marker per meeting,
 * broken where a meeting has no value. Markers are left out when meetings
 * are too close for them to be told apart; the highlighted one is always
 * drawn, larger. */
struct _SeedsChartLineLayer
{
  SeedsChartLayer parent_instance;
};

G_DEFINE_FINAL_TYPE (SeedsChartLineLayer, seeds_chart_line_layer, SEEDS_TYPE_CHART_LAYER)

#define LINE_WIDTH 2.5f
#define MARKER     3.5f

/* A dot with a thin ring of the background around it, so that it stands
 * apart from the line and the band behind it. */
static void
draw_marker (GtkSnapshot             *snapshot,
             const SeedsChartContext *context,
             float                    x,
             float                    y,
             float                    radius)
{
  seeds_chart_draw_dot (snapshot, x, y, radius + 1.5f * context->scale, &context->palette.background);
  seeds_chart_draw_dot (snapshot, x, y, radius, &context->palette.accent);
}

static void
seeds_chart_line_layer_snapshot (SeedsChartLayer         *layer,
                                 GtkSnapshot             *snapshot,
                                 const SeedsChartContext *context)
{
  const SeedsChartFrame *frame = &context->frame;
  SeedsChartSeries *series = seeds_chart_layer_resolve_series (layer, context);
  float radius = MARKER * context->scale;
  guint start, end;
  cairo_t *cr;

  if (series == NULL)
    return;

  cr = seeds_chart_begin_cairo (snapshot, context);
  gdk_cairo_set_source_rgba (cr, &context->palette.accent);
  cairo_set_line_width (cr, LINE_WIDTH * context->scale * (context->palette.high_contrast ? 1.3f : 1.f));
  for (guint from = 0; seeds_chart_series_next_run (series, from, &start, &end); from = end)
    {
      cairo_new_sub_path (cr);
      for (guint i = start; i < end; i++)
        cairo_line_to (cr, seeds_chart_frame_index_to_x (frame, i),
                       seeds_chart_frame_value_to_y (frame, seeds_chart_series_get_point (series, i)->mean));
    }
  cairo_stroke (cr);
  cairo_destroy (cr);

  /* a lone meeting between gaps has no line: its marker is all it has */
  for (guint i = 0; i < seeds_chart_series_get_n_points (series); i++)
    {
      const SeedsChartPoint *point = seeds_chart_series_get_point (series, i);
      gboolean lone = (i == 0 || !seeds_chart_series_get_point (series, i - 1)->has_value) &&
                      (i + 1 == seeds_chart_series_get_n_points (series) ||
                       !seeds_chart_series_get_point (series, i + 1)->has_value);

      if (!point->has_value || (int) i == context->highlight)
        continue;
      if (seeds_chart_frame_step (frame) >= 4 * radius || lone)
        draw_marker (snapshot, context, seeds_chart_frame_index_to_x (frame, i),
                     seeds_chart_frame_value_to_y (frame, point->mean), radius);
    }

  if (context->highlight >= 0 && context->highlight < (int) seeds_chart_series_get_n_points (series))
    {
      const SeedsChartPoint *point = seeds_chart_series_get_point (series, context->highlight);
      float x = seeds_chart_frame_index_to_x (frame, context->highlight);
      float y = seeds_chart_frame_value_to_y (frame, point->mean);
      GdkRGBA halo = context->palette.accent;

      if (!point->has_value)
        return;

      halo.alpha *= 0.25f;
      seeds_chart_draw_dot (snapshot, x, y, radius * 3, &halo);
      draw_marker (snapshot, context, x, y, radius * 1.6f);
    }
}

static void
seeds_chart_line_layer_class_init (SeedsChartLineLayerClass *klass)
{
  SeedsChartLayerClass *layer_class = SEEDS_CHART_LAYER_CLASS (klass);

  layer_class->snapshot = seeds_chart_line_layer_snapshot;
}

static void
seeds_chart_line_layer_init (SeedsChartLineLayer *self)
{
}

SeedsChartLayer *
seeds_chart_line_layer_new (void)
{
  return g_object_new (SEEDS_TYPE_CHART_LINE_LAYER, NULL);
}
