/* seeds-chart-guide-layer.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "charts/seeds-chart-guide-layer.h"
#include "stats/seeds-factor-stats.h"

/* The value axis of a trend: the scale 1 … 5 with its labels, and the band
 * thresholds 3.0 and 4.0 as dashed guides in the bands' colours, with the
 * bands named beside them — the same words as the overview, so that a line
 * above the upper guide reads as "strength" without a legend. */
struct _SeedsChartGuideLayer
{
  SeedsChartLayer parent_instance;
};

G_DEFINE_FINAL_TYPE (SeedsChartGuideLayer, seeds_chart_guide_layer, SEEDS_TYPE_CHART_LAYER)

#define TICK_GAP 8
#define OVERHANG 10  /* of the rules beyond the first and the last meeting */
#define NAME_GAP  6  /* around the bars beside the band names */

/* A horizontal line on whole pixels, so that 1 px stays 1 px sharp. */
static void
draw_rule (cairo_t       *cr,
           float          left,
           float          right,
           float          y,
           float          width,
           const GdkRGBA *color,
           gboolean       dashed,
           float          scale)
{
  double dash[] = { 5 * scale, 4 * scale };
  double offset = ((int) roundf (width)) % 2 == 1 ? 0.5 : 0;

  cairo_save (cr);
  cairo_set_line_width (cr, roundf (width));
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  if (dashed)
    cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  gdk_cairo_set_source_rgba (cr, color);
  cairo_move_to (cr, left, roundf (y) + offset);
  cairo_line_to (cr, right, roundf (y) + offset);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* A band's name right of the plot, beside a bar as tall as the band, when
 * the chart left room for it. */
static void
draw_band_name (GtkSnapshot             *snapshot,
                const SeedsChartContext *context,
                SeedsBand                band,
                double                   from,
                double                   to,
                const GdkRGBA           *color)
{
  const SeedsChartFrame *frame = &context->frame;
  g_autoptr(PangoLayout) layout = seeds_chart_context_create_layout (context, seeds_band_get_label (band),
                                                                     SEEDS_CHART_TEXT_LABEL);
  float x = frame->plot.origin.x + frame->plot.size.width + (OVERHANG + NAME_GAP) * context->scale;
  float top = seeds_chart_frame_value_to_y (frame, to) + 2 * context->scale;
  float bottom = seeds_chart_frame_value_to_y (frame, from) - 2 * context->scale;
  float bar = 3 * context->scale;
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  if (x + bar + NAME_GAP * context->scale + width > context->width)
    return;

  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, top, bar, bottom - top));
  seeds_chart_draw_layout (snapshot, layout, x + bar + NAME_GAP * context->scale, (top + bottom) / 2, 0, 0.5f,
                           color);
}

static void
seeds_chart_guide_layer_snapshot (SeedsChartLayer         *layer,
                                  GtkSnapshot             *snapshot,
                                  const SeedsChartContext *context)
{
  const SeedsChartFrame *frame = &context->frame;
  const SeedsChartPalette *palette = &context->palette;
  float overhang = OVERHANG * context->scale;
  float left = frame->plot.origin.x - overhang;
  float right = frame->plot.origin.x + frame->plot.size.width + overhang;
  cairo_t *cr;

  if (frame->plot.size.width <= 0 || frame->plot.size.height <= 0)
    return;

  cr = seeds_chart_begin_cairo (snapshot, context);
  for (int value = SEEDS_CHART_VALUE_MIN; value <= SEEDS_CHART_VALUE_MAX; value++)
    {
      float y = seeds_chart_frame_value_to_y (frame, value);

      if (value == SEEDS_CHART_DISCUSS_FROM)
        draw_rule (cr, left, right, y, 1.5f * context->scale, &palette->warning, TRUE, context->scale);
      else if (value == SEEDS_CHART_STRENGTH_FROM)
        draw_rule (cr, left, right, y, 1.5f * context->scale, &palette->success, TRUE, context->scale);
      else
        draw_rule (cr, left, right, y, context->scale, &palette->grid, FALSE, context->scale);
    }
  cairo_destroy (cr);

  for (int value = SEEDS_CHART_VALUE_MIN; value <= SEEDS_CHART_VALUE_MAX; value++)
    {
      g_autofree char *text = g_strdup_printf ("%d", value);
      g_autoptr(PangoLayout) layout = NULL;

      layout = seeds_chart_context_create_layout (context, text, SEEDS_CHART_TEXT_LABEL);

      seeds_chart_draw_layout (snapshot, layout, left - TICK_GAP * context->scale,
                               seeds_chart_frame_value_to_y (frame, value), 1, 0.5f, &palette->dim);
    }

  draw_band_name (snapshot, context, SEEDS_BAND_STRENGTH, SEEDS_CHART_STRENGTH_FROM, SEEDS_CHART_VALUE_MAX,
                  &palette->success);
  draw_band_name (snapshot, context, SEEDS_BAND_DISCUSS, SEEDS_CHART_DISCUSS_FROM, SEEDS_CHART_STRENGTH_FROM,
                  &palette->warning);
  draw_band_name (snapshot, context, SEEDS_BAND_ATTENTION, SEEDS_CHART_VALUE_MIN, SEEDS_CHART_DISCUSS_FROM,
                  &palette->error);
}

static void
seeds_chart_guide_layer_class_init (SeedsChartGuideLayerClass *klass)
{
  SeedsChartLayerClass *layer_class = SEEDS_CHART_LAYER_CLASS (klass);

  layer_class->snapshot = seeds_chart_guide_layer_snapshot;
}

static void
seeds_chart_guide_layer_init (SeedsChartGuideLayer *self)
{
}

SeedsChartLayer *
seeds_chart_guide_layer_new (void)
{
  return g_object_new (SEEDS_TYPE_CHART_GUIDE_LAYER, NULL);
}

/* The room the value labels need left of the plot (their width, the gap and
 * the rules' overhang), the rules' overhang on the right, the room the band
 * names need beyond it, and the labels' height, which the plot's top and
 * bottom leave free so that "5" and "1" are not cut in half. */
void
seeds_chart_guide_layer_measure (SeedsChartGuideLayer    *self,
                                 const SeedsChartContext *context,
                                 float                   *tick_width,
                                 float                   *tick_height,
                                 float                   *overhang,
                                 float                   *names_width)
{
  const SeedsBand bands[] = { SEEDS_BAND_STRENGTH, SEEDS_BAND_DISCUSS, SEEDS_BAND_ATTENTION };
  g_autoptr(PangoLayout) layout = NULL;
  int width, height;

  g_return_if_fail (SEEDS_IS_CHART_GUIDE_LAYER (self));
  g_return_if_fail (context != NULL);

  layout = seeds_chart_context_create_layout (context, "5", SEEDS_CHART_TEXT_LABEL);
  pango_layout_get_pixel_size (layout, &width, &height);
  *tick_width = width + (TICK_GAP + OVERHANG) * context->scale;
  *tick_height = height;
  *overhang = OVERHANG * context->scale;

  *names_width = 0;
  for (guint i = 0; i < G_N_ELEMENTS (bands); i++)
    {
      g_autoptr(PangoLayout) name = NULL;

      name = seeds_chart_context_create_layout (context, seeds_band_get_label (bands[i]), SEEDS_CHART_TEXT_LABEL);
      pango_layout_get_pixel_size (name, &width, NULL);
      *names_width = MAX (*names_width, width);
    }
  *names_width += (2 * NAME_GAP + 3) * context->scale;
}
