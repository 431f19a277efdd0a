/* seeds-chart-polygon-layer.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "charts/seeds-chart-polygon-layer.h"
#include "model/seeds-string.h"

/* One meeting on a radar: a vertex per factor at its mean, joined into a
 * polygon. A factor nobody scored has no vertex: the outline breaks there
 * and the fill leaves out the wedges on either side, rather than pulling
 * the polygon to the centre as if the factor had scored zero. The polygon
 * draws its own swatch for the legend, so that the two always agree. */
struct _SeedsChartPolygonLayer
{
  SeedsChartLayer         parent_instance;

  SeedsChartPolygonStyle  style;
  char                   *name;
};

G_DEFINE_FINAL_TYPE (SeedsChartPolygonLayer, seeds_chart_polygon_layer, SEEDS_TYPE_CHART_LAYER)

#define LINE_WIDTH 2.f
#define VERTEX     3.f

static GdkRGBA
stroke_color (SeedsChartPolygonLayer  *self,
              const SeedsChartContext *context)
{
  return self->style == SEEDS_CHART_POLYGON_FILLED ? context->palette.accent : context->palette.neutral;
}

static GdkRGBA
fill_color (SeedsChartPolygonLayer  *self,
            const SeedsChartContext *context)
{
  GdkRGBA color = stroke_color (self, context);

  if (self->style == SEEDS_CHART_POLYGON_FILLED)
    color.alpha *= context->palette.high_contrast ? 0.4f : 0.25f;
  else
    color.alpha *= context->palette.high_contrast ? 0.f : 0.08f;

  return color;
}

static void
set_stroke (SeedsChartPolygonLayer  *self,
            const SeedsChartContext *context,
            cairo_t                 *cr)
{
  GdkRGBA color = stroke_color (self, context);
  double dash[] = { 6 * context->scale, 4 * context->scale };

  gdk_cairo_set_source_rgba (cr, &color);
  cairo_set_line_width (cr, LINE_WIDTH * context->scale * (context->palette.high_contrast ? 1.3f : 1.f));
  if (self->style == SEEDS_CHART_POLYGON_DASHED)
    cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
}

static gboolean
has_value (SeedsChartSeries *series,
           guint             axis)
{
  return seeds_chart_series_get_point (series, axis)->has_value;
}

static void
vertex (const SeedsChartContext *context,
        SeedsChartSeries        *series,
        guint                    axis,
        graphene_point_t        *point)
{
  const SeedsChartPoint *value = seeds_chart_series_get_point (series, axis);

  seeds_chart_frame_radar_point (&context->frame, axis, value->mean, point);
}

static void
seeds_chart_polygon_layer_snapshot (SeedsChartLayer         *layer,
                                    GtkSnapshot             *snapshot,
                                    const SeedsChartContext *context)
{
  SeedsChartPolygonLayer *self = SEEDS_CHART_POLYGON_LAYER (layer);
  SeedsChartSeries *series = seeds_chart_layer_resolve_series (layer, context);
  const SeedsChartFrame *frame = &context->frame;
  GdkRGBA fill = fill_color (self, context);
  GdkRGBA stroke = stroke_color (self, context);
  float radius = VERTEX * context->scale;
  guint n, start = 0;
  cairo_t *cr;

  if (series == NULL || frame->radius <= 0)
    return;
  n = MIN (seeds_chart_series_get_n_points (series), frame->n_points);
  if (n < 3)
    return;

  /* where to start the outline: just after a gap, if there is one */
  for (guint i = 0; i < n; i++)
    if (!has_value (series, i))
      start = i + 1;

  cr = seeds_chart_begin_cairo (snapshot, context);

  /* the fill: a wedge from the centre for each pair of neighbouring vertices */
  for (guint i = 0; i < n; i++)
    {
      graphene_point_t a, b;

      if (!has_value (series, i) || !has_value (series, (i + 1) % n))
        continue;
      vertex (context, series, i, &a);
      vertex (context, series, (i + 1) % n, &b);
      cairo_move_to (cr, frame->center.x, frame->center.y);
      cairo_line_to (cr, a.x, a.y);
      cairo_line_to (cr, b.x, b.y);
      cairo_close_path (cr);
    }
  gdk_cairo_set_source_rgba (cr, &fill);
  cairo_fill (cr);

  /* the outline, in runs of vertices with a value */
  for (guint k = 0; k < n; k++)
    {
      guint i = (start + k) % n;
      graphene_point_t p;

      if (!has_value (series, i))
        {
          cairo_new_sub_path (cr);
          continue;
        }
      vertex (context, series, i, &p);
      cairo_line_to (cr, p.x, p.y);
    }
  if (start == 0)
    cairo_close_path (cr);
  set_stroke (self, context, cr);
  cairo_stroke (cr);
  cairo_destroy (cr);

  for (guint i = 0; i < n; i++)
    {
      graphene_point_t p;
      gboolean highlighted = (int) i == context->highlight;

      if (!has_value (series, i))
        continue;
      vertex (context, series, i, &p);
      if (highlighted && self->style == SEEDS_CHART_POLYGON_FILLED)
        {
          GdkRGBA halo = stroke;

          halo.alpha *= 0.25f;
          seeds_chart_draw_dot (snapshot, p.x, p.y, radius * 3.2f, &halo);
        }
      seeds_chart_draw_dot (snapshot, p.x, p.y, (highlighted ? 1.7f : 1.f) * radius + 1.5f * context->scale,
                            &context->palette.background);
      seeds_chart_draw_dot (snapshot, p.x, p.y, (highlighted ? 1.7f : 1.f) * radius, &stroke);
    }
}

static void
seeds_chart_polygon_layer_finalize (GObject *object)
{
  SeedsChartPolygonLayer *self = SEEDS_CHART_POLYGON_LAYER (object);

  g_free (self->name);

  G_OBJECT_CLASS (seeds_chart_polygon_layer_parent_class)->finalize (object);
}

static void
seeds_chart_polygon_layer_class_init (SeedsChartPolygonLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SeedsChartLayerClass *layer_class = SEEDS_CHART_LAYER_CLASS (klass);

  object_class->finalize = seeds_chart_polygon_layer_finalize;
  layer_class->snapshot = seeds_chart_polygon_layer_snapshot;
}

static void
seeds_chart_polygon_layer_init (SeedsChartPolygonLayer *self)
{
}

SeedsChartLayer *
seeds_chart_polygon_layer_new (SeedsChartPolygonStyle style)
{
  SeedsChartPolygonLayer *self = g_object_new (SEEDS_TYPE_CHART_POLYGON_LAYER, NULL);

  self->style = style;
  return SEEDS_CHART_LAYER (self);
}

SeedsChartPolygonStyle
seeds_chart_polygon_layer_get_style (SeedsChartPolygonLayer *self)
{
  g_return_val_if_fail (SEEDS_IS_CHART_POLYGON_LAYER (self), SEEDS_CHART_POLYGON_FILLED);

  return self->style;
}

const char *
seeds_chart_polygon_layer_get_name (SeedsChartPolygonLayer *self)
{
  g_return_val_if_fail (SEEDS_IS_CHART_POLYGON_LAYER (self), NULL);

  return self->name;
}

/* What the legend calls the polygon: "12 Nov 2026". */
void
seeds_chart_polygon_layer_set_name (SeedsChartPolygonLayer *self,
                                    const char             *name)
{
  g_return_if_fail (SEEDS_IS_CHART_POLYGON_LAYER (self));

  if (seeds_set_string (&self->name, name))
    seeds_chart_layer_changed (SEEDS_CHART_LAYER (self));
}

/* A small sample of the polygon's fill and outline, for a legend. */
void
seeds_chart_polygon_layer_snapshot_swatch (SeedsChartPolygonLayer  *self,
                                           GtkSnapshot             *snapshot,
                                           const SeedsChartContext *context,
                                           const graphene_rect_t   *bounds)
{
  GdkRGBA fill;
  float inset;
  cairo_t *cr;

  g_return_if_fail (SEEDS_IS_CHART_POLYGON_LAYER (self));
  g_return_if_fail (context != NULL);
  g_return_if_fail (bounds != NULL);

  fill = fill_color (self, context);
  inset = LINE_WIDTH * context->scale / 2;
  cr = seeds_chart_begin_cairo (snapshot, context);
  cairo_rectangle (cr, bounds->origin.x + inset, bounds->origin.y + inset,
                   bounds->size.width - 2 * inset, bounds->size.height - 2 * inset);
  gdk_cairo_set_source_rgba (cr, &fill);
  cairo_fill_preserve (cr);
  set_stroke (self, context, cr);
  cairo_stroke (cr);
  cairo_destroy (cr);
}
