/* seeds-trend-chart.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "charts/seeds-chart-axis-layer.h"
#include "charts/seeds-chart-band-layer.h"
#include "charts/seeds-chart-guide-layer.h"
#include "charts/seeds-chart-line-layer.h"
#include "charts/seeds-trend-chart.h"

/* One factor over the meetings: the mean per meeting as a line, the spread
 * as a band around it, the band thresholds as guides and the meetings'
 * dates below. Feed it a series with a point per meeting, oldest first;
 * a meeting where nobody scored the factor is a point without a value. */
struct _SeedsTrendChart
{
  SeedsChart       parent_instance;

  SeedsChartLayer *guides;  /* owned by the chart, as all its layers */
  SeedsChartLayer *axis;
};

G_DEFINE_FINAL_TYPE (SeedsTrendChart, seeds_trend_chart, SEEDS_TYPE_CHART)

#define PADDING        4    /* inside the edges, clear of the focus ring */
#define MIN_PLOT_WIDTH 300  /* to make room for the bands' names */

static void
seeds_trend_chart_compute_frame (SeedsChart        *chart,
                                 SeedsChartContext *context)
{
  SeedsTrendChart *self = SEEDS_TREND_CHART (chart);
  float scale = context->scale;
  float tick_width, tick_height, overhang, names_width, label_width, label_height;
  float left, right, top, bottom;

  seeds_chart_guide_layer_measure (SEEDS_CHART_GUIDE_LAYER (self->guides), context, &tick_width, &tick_height,
                                   &overhang, &names_width);
  seeds_chart_axis_layer_measure (SEEDS_CHART_AXIS_LAYER (self->axis), context, &label_width, &label_height);

  /* the first and the last date are centred on their meeting: half of the
   * widest must fit beside the plot, as must the value labels */
  left = PADDING * scale + MAX (tick_width, label_width / 2);
  right = PADDING * scale + MAX (overhang, label_width / 2);
  /* the bands' names, where they leave the plot wide enough */
  if (context->width - left - PADDING * scale - overhang - names_width >= MIN_PLOT_WIDTH * scale)
    right = PADDING * scale + MAX (overhang + names_width, label_width / 2);
  top = PADDING * scale + tick_height / 2;
  bottom = PADDING * scale + MAX (label_height, tick_height / 2);

  graphene_rect_init (&context->frame.plot, left, top,
                      MAX (0, context->width - left - right), MAX (0, context->height - top - bottom));
}

static int
seeds_trend_chart_pick (SeedsChart            *chart,
                        const SeedsChartFrame *frame,
                        float                  x,
                        float                  y)
{
  return seeds_chart_frame_nearest_index (frame, x);
}

/* A meeting without a value has no point: its callout points at the
 * middle of the scale, on the meeting's line. */
static void
seeds_trend_chart_get_anchor (SeedsChart            *chart,
                              const SeedsChartFrame *frame,
                              guint                  index,
                              graphene_point_t      *anchor,
                              gboolean              *below)
{
  const SeedsChartPoint *point = seeds_chart_series_get_point (seeds_chart_get_series (chart), index);

  anchor->x = seeds_chart_frame_index_to_x (frame, index);
  anchor->y = seeds_chart_frame_value_to_y (frame, point->has_value ? point->mean : SEEDS_CHART_DISCUSS_FROM);
}

static char *
seeds_trend_chart_describe_point (SeedsChart *chart,
                                  guint       index)
{
  const SeedsChartPoint *point = seeds_chart_series_get_point (seeds_chart_get_series (chart), index);

  return seeds_chart_point_describe (point, point->label);
}

static char *
seeds_trend_chart_describe (SeedsChart *chart)
{
  SeedsChartSeries *series = seeds_chart_get_series (chart);

  return series != NULL ? seeds_trend_chart_describe_series (series) : g_strdup (_("No meetings yet"));
}

static void
seeds_trend_chart_class_init (SeedsTrendChartClass *klass)
{
  SeedsChartClass *chart_class = SEEDS_CHART_CLASS (klass);

  chart_class->compute_frame = seeds_trend_chart_compute_frame;
  chart_class->pick = seeds_trend_chart_pick;
  chart_class->get_anchor = seeds_trend_chart_get_anchor;
  chart_class->describe_point = seeds_trend_chart_describe_point;
  chart_class->describe = seeds_trend_chart_describe;
  chart_class->default_title = N_("Mean per meeting");
  chart_class->circular = FALSE;
  chart_class->min_width = 320;
  chart_class->min_height = 180;
  chart_class->natural_width = 640;
  chart_class->natural_height = 260;

  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "trendchart");
}

static void
seeds_trend_chart_init (SeedsTrendChart *self)
{
  SeedsChart *chart = SEEDS_CHART (self);

  /* bottom first: the guides under the data, the line over its band */
  seeds_chart_add_layer (chart, self->guides = seeds_chart_guide_layer_new ());
  seeds_chart_add_layer (chart, self->axis = seeds_chart_axis_layer_new ());
  seeds_chart_add_layer (chart, seeds_chart_band_layer_new ());
  seeds_chart_add_layer (chart, seeds_chart_line_layer_new ());
}

GtkWidget *
seeds_trend_chart_new (void)
{
  return g_object_new (SEEDS_TYPE_TREND_CHART, NULL);
}

/* A point per meeting, oldest first. */
void
seeds_trend_chart_set_series (SeedsTrendChart  *self,
                              SeedsChartSeries *series)
{
  g_return_if_fail (SEEDS_IS_TREND_CHART (self));

  seeds_chart_set_series (SEEDS_CHART (self), series);
}

/* The text alternative: "Mean per meeting: 14 May 2026 2.9, 13 Aug 2026
 * 3.2, 12 Nov 2026 3.4". */
char *
seeds_trend_chart_describe_series (SeedsChartSeries *series)
{
  g_autoptr(GString) list = NULL;
  guint n;

  g_return_val_if_fail (series != NULL, NULL);

  if ((n = seeds_chart_series_get_n_points (series)) == 0)
    return g_strdup (_("No meetings yet"));

  list = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      const SeedsChartPoint *point = seeds_chart_series_get_point (series, i);
      g_autofree char *value = seeds_chart_point_format_value (point);

      if (i > 0)
        g_string_append (list, ", ");
      /* Translators: a meeting's date and its mean, in a list: "12 Nov 2026 3.4" */
      g_string_append_printf (list, _("%s %s"), point->label, value);
    }

  /* Translators: the text alternative of a trend chart, for screen readers; %s is a list of meetings */
  return g_strdup_printf (_("Mean per meeting: %s"), list->str);
}
