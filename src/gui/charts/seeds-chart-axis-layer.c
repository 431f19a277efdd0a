/* seeds-chart-axis-layer.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "charts/seeds-chart-axis-layer.h"

/* The meetings' dates under a trend. When they don't all fit, every so
 * many is shown, counted back from the latest, so that labels never
 * overlap and the latest meeting always has its date; the callout names the
 * others. A thin line marks the highlighted meeting. */
struct _SeedsChartAxisLayer
{
  SeedsChartLayer parent_instance;
};

G_DEFINE_FINAL_TYPE (SeedsChartAxisLayer, seeds_chart_axis_layer, SEEDS_TYPE_CHART_LAYER)

#define LABEL_GAP   12  /* at the least between two dates */
#define LABEL_SPACE  8  /* between the plot and the dates */
#define TICK         4

/* The widths of the labels, in a new array of n floats. */
static float *
measure_labels (const SeedsChartContext *context,
                SeedsChartSeries        *series,
                guint                    n,
                float                   *height)
{
  float *widths = g_new0 (float, MAX (n, 1));

  *height = 0;
  for (guint i = 0; i < n; i++)
    {
      const SeedsChartPoint *point = seeds_chart_series_get_point (series, i);
      g_autoptr(PangoLayout) layout = seeds_chart_context_create_layout (context, point->label,
                                                                         SEEDS_CHART_TEXT_LABEL);
      int width, h;

      pango_layout_get_pixel_size (layout, &width, &h);
      widths[i] = width;
      *height = MAX (*height, h);
    }

  return widths;
}

static guint
stride_for (const SeedsChartContext *context,
            const float             *widths,
            guint                    n)
{
  float step = seeds_chart_frame_step (&context->frame);

  return seeds_chart_label_stride (widths, n, step, LABEL_GAP * context->scale);
}

static void
seeds_chart_axis_layer_snapshot (SeedsChartLayer         *layer,
                                 GtkSnapshot             *snapshot,
                                 const SeedsChartContext *context)
{
  const SeedsChartFrame *frame = &context->frame;
  SeedsChartSeries *series = seeds_chart_layer_resolve_series (layer, context);
  g_autofree float *widths = NULL;
  float bottom = frame->plot.origin.y + frame->plot.size.height;
  float height;
  guint n, stride;

  if (series == NULL || (n = seeds_chart_series_get_n_points (series)) == 0)
    return;

  if (context->highlight >= 0 && context->highlight < (int) n)
    {
      GdkRGBA color = context->palette.foreground;
      float x = roundf (seeds_chart_frame_index_to_x (frame, context->highlight));
      float width = MAX (1, roundf (context->scale));

      color.alpha *= context->palette.high_contrast ? 0.8f : 0.3f;
      gtk_snapshot_append_color (snapshot, &color,
                                 &GRAPHENE_RECT_INIT (x - width / 2, frame->plot.origin.y, width,
                                                      frame->plot.size.height));
    }

  widths = measure_labels (context, series, n, &height);
  stride = stride_for (context, widths, n);

  for (guint i = 0; i < n; i++)
    {
      const SeedsChartPoint *point = seeds_chart_series_get_point (series, i);
      g_autoptr(PangoLayout) layout = NULL;
      gboolean highlighted = (int) i == context->highlight;
      float x = seeds_chart_frame_index_to_x (frame, i);

      if (!seeds_chart_label_is_shown (i, n, stride))
        continue;

      gtk_snapshot_append_color (snapshot, &context->palette.grid,
                                 &GRAPHENE_RECT_INIT (roundf (x) - 0.5f * context->scale, bottom,
                                                      context->scale, TICK * context->scale));

      layout = seeds_chart_context_create_layout (context, point->label, SEEDS_CHART_TEXT_LABEL);
      /* never past the chart's edges, even where the plot leaves no room */
      x = CLAMP (x, widths[i] / 2, context->width - widths[i] / 2);
      seeds_chart_draw_layout (snapshot, layout, x, bottom + LABEL_SPACE * context->scale, 0.5f, 0,
                               highlighted ? &context->palette.foreground : &context->palette.dim);
    }
}

static void
seeds_chart_axis_layer_class_init (SeedsChartAxisLayerClass *klass)
{
  SeedsChartLayerClass *layer_class = SEEDS_CHART_LAYER_CLASS (klass);

  layer_class->snapshot = seeds_chart_axis_layer_snapshot;
}

static void
seeds_chart_axis_layer_init (SeedsChartAxisLayer *self)
{
}

SeedsChartLayer *
seeds_chart_axis_layer_new (void)
{
  return g_object_new (SEEDS_TYPE_CHART_AXIS_LAYER, NULL);
}

/* The widest date and the room the dates need under the plot. */
void
seeds_chart_axis_layer_measure (SeedsChartAxisLayer     *self,
                                const SeedsChartContext *context,
                                float                   *max_width,
                                float                   *height)
{
  SeedsChartSeries *series;
  g_autofree float *widths = NULL;
  guint n;

  g_return_if_fail (SEEDS_IS_CHART_AXIS_LAYER (self));
  g_return_if_fail (context != NULL);

  series = seeds_chart_layer_resolve_series (SEEDS_CHART_LAYER (self), context);
  n = series != NULL ? seeds_chart_series_get_n_points (series) : 0;
  widths = measure_labels (context, series, n, height);

  *max_width = 0;
  for (guint i = 0; i < n; i++)
    *max_width = MAX (*max_width, widths[i]);
  *height += LABEL_SPACE * context->scale;
}
