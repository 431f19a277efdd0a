/* seeds-chart-series.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "stats/seeds-factor-stats.h"

G_BEGIN_DECLS

/* One point of a chart: a meeting of a trend, or a factor of a radar. */
typedef struct
{
  char     *label;      /* "12 Nov 2026", or "1" for a factor */
  char     *title;      /* the longer name, or NULL: "Driven and personally committed" */
  double    mean;       /* 1–5 */
  double    spread;     /* the population standard deviation */
  guint     n;          /* how many scored */
  gboolean  has_value;  /* FALSE when nobody scored */
} SeedsChartPoint;

#define SEEDS_TYPE_CHART_SERIES (seeds_chart_series_get_type ())

typedef struct _SeedsChartSeries SeedsChartSeries;

GType                  seeds_chart_series_get_type     (void) G_GNUC_CONST;
SeedsChartSeries      *seeds_chart_series_new          (void);
SeedsChartSeries      *seeds_chart_series_ref          (SeedsChartSeries       *self);
void                   seeds_chart_series_unref        (SeedsChartSeries       *self);
void                   seeds_chart_series_append       (SeedsChartSeries       *self,
                                                        const char             *label,
                                                        const char             *title,
                                                        double                  mean,
                                                        double                  spread,
                                                        guint                   n);
void                   seeds_chart_series_append_empty (SeedsChartSeries       *self,
                                                        const char             *label,
                                                        const char             *title);
void                   seeds_chart_series_append_stats (SeedsChartSeries       *self,
                                                        const char             *label,
                                                        const char             *title,
                                                        const SeedsFactorStats *stats);
gboolean               seeds_chart_series_set          (SeedsChartSeries      **pointer,
                                                        SeedsChartSeries       *series);
guint                  seeds_chart_series_get_n_points (SeedsChartSeries       *self);
const SeedsChartPoint *seeds_chart_series_get_point    (SeedsChartSeries       *self,
                                                        guint                   index);
gboolean               seeds_chart_series_next_run     (SeedsChartSeries       *self,
                                                        guint                   from,
                                                        guint                  *start,
                                                        guint                  *end);

char                  *seeds_chart_format_mean         (double                  mean);
char                  *seeds_chart_point_format_value  (const SeedsChartPoint  *point);
char                  *seeds_chart_point_describe      (const SeedsChartPoint  *point,
                                                        const char             *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SeedsChartSeries, seeds_chart_series_unref)

G_END_DECLS
