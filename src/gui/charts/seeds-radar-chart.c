/* seeds-radar-chart.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "charts/seeds-chart-legend-layer.h"
#include "charts/seeds-chart-polygon-layer.h"
#include "charts/seeds-chart-radar-grid-layer.h"
#include "charts/seeds-radar-chart.h"

/* All factors of a meeting at once, against an earlier meeting: an axis
 * per factor, clockwise from the top, labelled with its number (the
 * callout and the text alternative give its title); "now" as a filled
 * polygon in the accent colour, "then" as a dashed outline, and a legend
 * naming both. Feed it a series with a point per factor, label "1" … "12"
 * and the factor's title, for now and — optionally — for then, in the same
 * order. */
struct _SeedsRadarChart
{
  SeedsChart       parent_instance;

  SeedsChartLayer *grid;    /* owned by the chart, as all its layers */
  SeedsChartLayer *now;
  SeedsChartLayer *then;
  SeedsChartLayer *legend;
};

G_DEFINE_FINAL_TYPE (SeedsRadarChart, seeds_radar_chart, SEEDS_TYPE_CHART)

#define PADDING 4

static void
seeds_radar_chart_compute_frame (SeedsChart        *chart,
                                 SeedsChartContext *context)
{
  SeedsRadarChart *self = SEEDS_RADAR_CHART (chart);
  SeedsChartFrame *frame = &context->frame;
  float pad = PADDING * context->scale;
  float label_width, label_height, legend_height, across, down;

  seeds_chart_radar_grid_layer_measure (SEEDS_CHART_RADAR_GRID_LAYER (self->grid), context,
                                        &label_width, &label_height);
  legend_height = seeds_chart_legend_layer_measure (SEEDS_CHART_LEGEND_LAYER (self->legend), context);

  across = context->width - 2 * (pad + label_width);
  down = context->height - legend_height - 2 * (pad + label_height);
  frame->radius = MAX (0, MIN (across, down) / 2);
  frame->center.x = context->width / 2;
  frame->center.y = (context->height - legend_height) / 2;
  graphene_rect_init (&frame->plot, frame->center.x - frame->radius, frame->center.y - frame->radius,
                      2 * frame->radius, 2 * frame->radius);
  graphene_rect_init (&frame->legend, pad, context->height - legend_height - pad,
                      MAX (0, context->width - 2 * pad), legend_height);
}

/* Anywhere in an axis's direction, up to a little past its label. */
static int
seeds_radar_chart_pick (SeedsChart            *chart,
                        const SeedsChartFrame *frame,
                        float                  x,
                        float                  y)
{
  return seeds_chart_frame_nearest_axis (frame, x, y, frame->radius * 1.15f + 32);
}

/* The callout points at the axis's end on the outer ring and lies outside
 * it, on the side away from the centre, so that it covers as little of
 * the polygons as it can. */
static void
seeds_radar_chart_get_anchor (SeedsChart            *chart,
                              const SeedsChartFrame *frame,
                              guint                  index,
                              graphene_point_t      *anchor,
                              gboolean              *below)
{
  seeds_chart_frame_radar_point (frame, index, SEEDS_CHART_VALUE_MAX, anchor);
  *below = anchor->y > frame->center.y + 1;
}

static const char *
now_name (SeedsRadarChart *self)
{
  const char *name = seeds_chart_polygon_layer_get_name (SEEDS_CHART_POLYGON_LAYER (self->now));

  return name != NULL ? name : _("Now");
}

static const char *
then_name (SeedsRadarChart *self)
{
  const char *name = seeds_chart_polygon_layer_get_name (SEEDS_CHART_POLYGON_LAYER (self->then));

  return name != NULL ? name : _("Then");
}

static SeedsChartSeries *
then_series (SeedsRadarChart *self)
{
  if (!seeds_chart_layer_get_visible (self->then))
    return NULL;

  return seeds_chart_layer_get_series (self->then);
}

/* The axis's name, as "1 Driven and personally committed" when it has a
 * title. */
static char *
axis_name (const SeedsChartPoint *point)
{
  if (point->title == NULL)
    return g_strdup (point->label);

  return g_strdup_printf ("%s %s", point->label, point->title);
}

static char *
seeds_radar_chart_describe_point (SeedsChart *chart,
                                  guint       index)
{
  SeedsRadarChart *self = SEEDS_RADAR_CHART (chart);
  SeedsChartSeries *then = then_series (self);
  const SeedsChartPoint *point = seeds_chart_series_get_point (seeds_chart_get_series (chart), index);
  g_autofree char *name = axis_name (point);
  g_autofree char *now_text = seeds_chart_point_describe (point, now_name (self));
  g_autofree char *then_text = NULL;

  if (then == NULL || index >= seeds_chart_series_get_n_points (then))
    return g_strdup_printf ("%s\n%s", name, now_text);

  then_text = seeds_chart_point_describe (seeds_chart_series_get_point (then, index), then_name (self));
  return g_strdup_printf ("%s\n%s\n%s", name, now_text, then_text);
}

static char *
seeds_radar_chart_describe (SeedsChart *chart)
{
  SeedsChartSeries *now = seeds_chart_get_series (chart);

  if (now == NULL)
    return g_strdup (_("No scores yet"));

  return seeds_radar_chart_describe_series (now, then_series (SEEDS_RADAR_CHART (chart)));
}

static void
seeds_radar_chart_class_init (SeedsRadarChartClass *klass)
{
  SeedsChartClass *chart_class = SEEDS_CHART_CLASS (klass);

  chart_class->compute_frame = seeds_radar_chart_compute_frame;
  chart_class->pick = seeds_radar_chart_pick;
  chart_class->get_anchor = seeds_radar_chart_get_anchor;
  chart_class->describe_point = seeds_radar_chart_describe_point;
  chart_class->describe = seeds_radar_chart_describe;
  chart_class->default_title = N_("Factors now and then");
  chart_class->circular = TRUE;
  chart_class->min_width = 280;
  chart_class->min_height = 280;
  chart_class->natural_width = 440;
  chart_class->natural_height = 440;

  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "radarchart");
}

static void
seeds_radar_chart_init (SeedsRadarChart *self)
{
  SeedsChart *chart = SEEDS_CHART (self);

  /* bottom first: "then" under "now", the legend naming both */
  seeds_chart_add_layer (chart, self->grid = seeds_chart_radar_grid_layer_new ());
  seeds_chart_add_layer (chart, self->then = seeds_chart_polygon_layer_new (SEEDS_CHART_POLYGON_DASHED));
  seeds_chart_layer_set_visible (self->then, FALSE);
  seeds_chart_add_layer (chart, self->now = seeds_chart_polygon_layer_new (SEEDS_CHART_POLYGON_FILLED));
  seeds_chart_add_layer (chart, self->legend = seeds_chart_legend_layer_new ());
  seeds_chart_legend_layer_add (SEEDS_CHART_LEGEND_LAYER (self->legend), SEEDS_CHART_POLYGON_LAYER (self->now));
  seeds_chart_legend_layer_add (SEEDS_CHART_LEGEND_LAYER (self->legend), SEEDS_CHART_POLYGON_LAYER (self->then));
}

GtkWidget *
seeds_radar_chart_new (void)
{
  return g_object_new (SEEDS_TYPE_RADAR_CHART, NULL);
}

/* The meeting shown, a point per factor, and its name in the legend
 * ("12 Nov 2026"; NULL for no legend entry). */
void
seeds_radar_chart_set_now (SeedsRadarChart  *self,
                           SeedsChartSeries *now,
                           const char       *name)
{
  g_return_if_fail (SEEDS_IS_RADAR_CHART (self));

  seeds_chart_polygon_layer_set_name (SEEDS_CHART_POLYGON_LAYER (self->now), name);
  seeds_chart_set_series (SEEDS_CHART (self), now);
  seeds_chart_invalidate (SEEDS_CHART (self));
}

/* The meeting to compare with, in the same order of factors, or NULL for
 * none; and its name in the legend. */
void
seeds_radar_chart_set_then (SeedsRadarChart  *self,
                            SeedsChartSeries *then,
                            const char       *name)
{
  g_return_if_fail (SEEDS_IS_RADAR_CHART (self));

  seeds_chart_polygon_layer_set_name (SEEDS_CHART_POLYGON_LAYER (self->then), name);
  seeds_chart_layer_set_series (self->then, then);
  seeds_chart_layer_set_visible (self->then, then != NULL);
  seeds_chart_invalidate (SEEDS_CHART (self));
}

/* The text alternative: "Now and then per factor: 1 Driven and personally
 * committed: 4.3 (was 3.9), …", or "Per factor: …" without then. */
char *
seeds_radar_chart_describe_series (SeedsChartSeries *now,
                                   SeedsChartSeries *then)
{
  g_autoptr(GString) list = g_string_new (NULL);

  g_return_val_if_fail (now != NULL, NULL);

  for (guint i = 0; i < seeds_chart_series_get_n_points (now); i++)
    {
      const SeedsChartPoint *point = seeds_chart_series_get_point (now, i);
      g_autofree char *name = axis_name (point);
      g_autofree char *value = seeds_chart_point_format_value (point);
      g_autofree char *earlier = NULL;

      if (i > 0)
        g_string_append (list, ", ");
      if (then == NULL)
        {
          /* Translators: a factor and its mean, in a list: "1 Driven and personally committed: 4.3" */
          g_string_append_printf (list, _("%s: %s"), name, value);
          continue;
        }

      earlier = i < seeds_chart_series_get_n_points (then)
                ? seeds_chart_point_format_value (seeds_chart_series_get_point (then, i))
                : seeds_chart_point_format_value (NULL);
      /* Translators: a factor, its mean now and before, in a list:
       * "1 Driven and personally committed: 4.3 (was 3.9)" */
      g_string_append_printf (list, _("%s: %s (was %s)"), name, value, earlier);
    }

  if (then == NULL)
    /* Translators: the text alternative of a radar chart, for screen readers; %s is a list of factors */
    return g_strdup_printf (_("Per factor: %s"), list->str);

  /* Translators: the text alternative of a radar chart, for screen readers; %s is a list of factors */
  return g_strdup_printf (_("Now and then per factor: %s"), list->str);
}
