/* seeds-chart-band-layer.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "charts/seeds-chart-band-layer.h"

/* The spread around a trend's mean: a translucent band from mean − spread
 * to mean + spread (within 1 … 5), so that a wide band reads as "people see
 * this differently" before anyone looks at numbers. A meeting between two
 * gaps gets a short bar of its own. */
struct _SeedsChartBandLayer
{
  SeedsChartLayer parent_instance;
};

G_DEFINE_FINAL_TYPE (SeedsChartBandLayer, seeds_chart_band_layer, SEEDS_TYPE_CHART_LAYER)

static void
seeds_chart_band_layer_snapshot (SeedsChartLayer         *layer,
                                 GtkSnapshot             *snapshot,
                                 const SeedsChartContext *context)
{
  const SeedsChartFrame *frame = &context->frame;
  SeedsChartSeries *series = seeds_chart_layer_resolve_series (layer, context);
  GdkRGBA color = context->palette.accent;
  guint start, end;
  cairo_t *cr;

  if (series == NULL)
    return;

  color.alpha *= context->palette.high_contrast ? 0.35f : 0.2f;
  cr = seeds_chart_begin_cairo (snapshot, context);
  gdk_cairo_set_source_rgba (cr, &color);

  for (guint from = 0; seeds_chart_series_next_run (series, from, &start, &end); from = end)
    {
      if (end - start == 1)
        {
          const SeedsChartPoint *point = seeds_chart_series_get_point (series, start);
          float half = MIN (seeds_chart_frame_step (frame) * 0.3f, 5 * context->scale);
          float x = seeds_chart_frame_index_to_x (frame, start);
          float top = seeds_chart_frame_value_to_y (frame, point->mean + point->spread);
          float bottom = seeds_chart_frame_value_to_y (frame, point->mean - point->spread);

          cairo_rectangle (cr, x - half, top, 2 * half, bottom - top);
          continue;
        }

      cairo_new_sub_path (cr);
      for (guint i = start; i < end; i++)
        {
          const SeedsChartPoint *point = seeds_chart_series_get_point (series, i);

          cairo_line_to (cr, seeds_chart_frame_index_to_x (frame, i),
                         seeds_chart_frame_value_to_y (frame, point->mean + point->spread));
        }
      for (guint i = end; i-- > start;)
        {
          const SeedsChartPoint *point = seeds_chart_series_get_point (series, i);

          cairo_line_to (cr, seeds_chart_frame_index_to_x (frame, i),
                         seeds_chart_frame_value_to_y (frame, point->mean - point->spread));
        }
      cairo_close_path (cr);
    }

  cairo_fill (cr);
  cairo_destroy (cr);
}

static void
seeds_chart_band_layer_class_init (SeedsChartBandLayerClass *klass)
{
  SeedsChartLayerClass *layer_class = SEEDS_CHART_LAYER_CLASS (klass);

  layer_class->snapshot = seeds_chart_band_layer_snapshot;
}

static void
seeds_chart_band_layer_init (SeedsChartBandLayer *self)
{
}

SeedsChartLayer *
seeds_chart_band_layer_new (void)
{
  return g_object_new (SEEDS_TYPE_CHART_BAND_LAYER, NULL);
}
