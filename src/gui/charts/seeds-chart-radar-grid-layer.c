/* seeds-chart-radar-grid-layer.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "charts/seeds-chart-radar-grid-layer.h"

/* The web of a radar: a ring for each value 1 … 5, labelled along the first
 * spoke, the rings at the band thresholds 3 and 4 dashed in the bands'
 * colours as a trend's guides are, a spoke per axis, and the axes' labels
 * outside the outer ring, the highlighted one in bold. */
struct _SeedsChartRadarGridLayer
{
  SeedsChartLayer parent_instance;
};

G_DEFINE_FINAL_TYPE (SeedsChartRadarGridLayer, seeds_chart_radar_grid_layer, SEEDS_TYPE_CHART_LAYER)

#define LABEL_GAP 8  /* between the outer ring and the labels */

static void
ring_path (cairo_t                 *cr,
           const SeedsChartContext *context,
           double                   value)
{
  cairo_new_sub_path (cr);
  for (guint axis = 0; axis < context->frame.n_points; axis++)
    {
      graphene_point_t p;

      seeds_chart_frame_radar_point (&context->frame, axis, value, &p);
      cairo_line_to (cr, p.x, p.y);
    }
  cairo_close_path (cr);
}

static void
draw_ring (cairo_t                 *cr,
           const SeedsChartContext *context,
           double                   value,
           const GdkRGBA           *color,
           float                    width,
           gboolean                 dashed)
{
  double dash[] = { 5 * context->scale, 4 * context->scale };

  cairo_save (cr);
  ring_path (cr, context, value);
  if (dashed)
    cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_set_line_width (cr, width);
  gdk_cairo_set_source_rgba (cr, color);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Where an axis's label goes: just outside the outer ring, with the side of
 * its box that faces the centre at LABEL_GAP from the ring. */
static void
label_position (const SeedsChartContext *context,
                guint                    axis,
                int                      width,
                int                      height,
                graphene_point_t        *center)
{
  const SeedsChartFrame *frame = &context->frame;
  float angle = seeds_chart_frame_axis_angle (frame, axis);
  float distance = frame->radius + LABEL_GAP * context->scale +
                   fabsf (cosf (angle)) * width / 2 + fabsf (sinf (angle)) * height / 2;

  center->x = frame->center.x + distance * cosf (angle);
  center->y = frame->center.y + distance * sinf (angle);
}

static void
seeds_chart_radar_grid_layer_snapshot (SeedsChartLayer         *layer,
                                       GtkSnapshot             *snapshot,
                                       const SeedsChartContext *context)
{
  const SeedsChartFrame *frame = &context->frame;
  const SeedsChartPalette *palette = &context->palette;
  SeedsChartSeries *series = seeds_chart_layer_resolve_series (layer, context);
  float thin = context->scale * (palette->high_contrast ? 1.5f : 1.f);
  cairo_t *cr;

  if (series == NULL || frame->n_points < 3 || frame->radius <= 0)
    return;

  cr = seeds_chart_begin_cairo (snapshot, context);

  for (guint axis = 0; axis < frame->n_points; axis++)
    {
      graphene_point_t end;
      GdkRGBA color = palette->grid;

      if ((int) axis == context->highlight)
        {
          color = palette->foreground;
          color.alpha *= palette->high_contrast ? 0.8f : 0.35f;
        }
      seeds_chart_frame_radar_point (frame, axis, SEEDS_CHART_VALUE_MAX, &end);
      cairo_move_to (cr, frame->center.x, frame->center.y);
      cairo_line_to (cr, end.x, end.y);
      cairo_set_line_width (cr, thin);
      gdk_cairo_set_source_rgba (cr, &color);
      cairo_stroke (cr);
    }

  for (int value = SEEDS_CHART_VALUE_MIN; value <= SEEDS_CHART_VALUE_MAX; value++)
    {
      if (value == SEEDS_CHART_DISCUSS_FROM)
        draw_ring (cr, context, value, &palette->warning, 1.5f * context->scale, TRUE);
      else if (value == SEEDS_CHART_STRENGTH_FROM)
        draw_ring (cr, context, value, &palette->success, 1.5f * context->scale, TRUE);
      else
        draw_ring (cr, context, value, &palette->grid, thin, FALSE);
    }
  cairo_destroy (cr);

  /* the rings' values, just inside each ring and right of the first spoke */
  for (int value = SEEDS_CHART_VALUE_MIN; value <= SEEDS_CHART_VALUE_MAX; value++)
    {
      g_autofree char *text = g_strdup_printf ("%d", value);
      g_autoptr(PangoLayout) layout = NULL;
      graphene_point_t at;

      layout = seeds_chart_context_create_layout (context, text, SEEDS_CHART_TEXT_LABEL);
      seeds_chart_frame_radar_point (frame, 0, value, &at);
      seeds_chart_draw_layout (snapshot, layout, at.x + 3 * context->scale, at.y + context->scale, 0, 0,
                               value == SEEDS_CHART_DISCUSS_FROM ? &palette->warning
                               : value == SEEDS_CHART_STRENGTH_FROM ? &palette->success
                               : &palette->dim);
    }

  for (guint axis = 0; axis < MIN (frame->n_points, seeds_chart_series_get_n_points (series)); axis++)
    {
      const SeedsChartPoint *point = seeds_chart_series_get_point (series, axis);
      gboolean highlighted = (int) axis == context->highlight;
      g_autoptr(PangoLayout) layout = NULL;
      graphene_point_t center;
      int width, height;

      layout = seeds_chart_context_create_layout (context, point->label, highlighted ? SEEDS_CHART_TEXT_STRONG
                                                                                 : SEEDS_CHART_TEXT_BODY);
      pango_layout_get_pixel_size (layout, &width, &height);
      label_position (context, axis, width, height, &center);
      seeds_chart_draw_layout (snapshot, layout, center.x, center.y, 0.5f, 0.5f,
                               highlighted ? &palette->foreground : &palette->dim);
    }
}

static void
seeds_chart_radar_grid_layer_class_init (SeedsChartRadarGridLayerClass *klass)
{
  SeedsChartLayerClass *layer_class = SEEDS_CHART_LAYER_CLASS (klass);

  layer_class->snapshot = seeds_chart_radar_grid_layer_snapshot;
}

static void
seeds_chart_radar_grid_layer_init (SeedsChartRadarGridLayer *self)
{
}

SeedsChartLayer *
seeds_chart_radar_grid_layer_new (void)
{
  return g_object_new (SEEDS_TYPE_CHART_RADAR_GRID_LAYER, NULL);
}

/* The room the widest and the tallest label need outside the outer ring,
 * gap included, in bold as the highlighted one is drawn. */
void
seeds_chart_radar_grid_layer_measure (SeedsChartRadarGridLayer *self,
                                      const SeedsChartContext  *context,
                                      float                    *label_width,
                                      float                    *label_height)
{
  SeedsChartSeries *series;
  guint n;

  g_return_if_fail (SEEDS_IS_CHART_RADAR_GRID_LAYER (self));
  g_return_if_fail (context != NULL);

  series = seeds_chart_layer_resolve_series (SEEDS_CHART_LAYER (self), context);
  n = series != NULL ? seeds_chart_series_get_n_points (series) : 0;

  *label_width = *label_height = 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PangoLayout) layout = NULL;
      int width, height;

      layout = seeds_chart_context_create_layout (context, seeds_chart_series_get_point (series, i)->label,
                                                  SEEDS_CHART_TEXT_STRONG);
      pango_layout_get_pixel_size (layout, &width, &height);
      *label_width = MAX (*label_width, width);
      *label_height = MAX (*label_height, height);
    }

  *label_width += LABEL_GAP * context->scale;
  *label_height += LABEL_GAP * context->scale;
}
