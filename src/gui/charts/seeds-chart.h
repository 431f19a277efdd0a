/* seeds-chart.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "charts/seeds-chart-geometry.h"
#include "charts/seeds-chart-layer.h"
#include "charts/seeds-chart-series.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_CHART (seeds_chart_get_type ())

G_DECLARE_DERIVABLE_TYPE (SeedsChart, seeds_chart, SEEDS, CHART, GtkWidget)

struct _SeedsChartClass
{
  GtkWidgetClass parent_class;

  /* Lays the chart out: fills in context->frame for its width and height. */
  void   (*compute_frame)  (SeedsChart            *self,
                            SeedsChartContext     *context);
  /* The point at (x, y), or -1. */
  int    (*pick)           (SeedsChart            *self,
                            const SeedsChartFrame *frame,
                            float                  x,
                            float                  y);
  /* Where the callout of a highlighted point points, and whether it goes
   * below that point rather than above, where there is room. */
  void   (*get_anchor)     (SeedsChart            *self,
                            const SeedsChartFrame *frame,
                            guint                  index,
                            graphene_point_t      *anchor,
                            gboolean              *below);
  /* The callout's text; its first line is set in bold when there are more. */
  char  *(*describe_point) (SeedsChart            *self,
                            guint                  index);
  /* The text alternative of the whole chart. */
  char  *(*describe)       (SeedsChart            *self);

  const char *default_title;  /* the accessible label without a title */
  gboolean    circular;       /* Right from the last point goes to the first */
  int         min_width;
  int         min_height;
  int         natural_width;
  int         natural_height;
};

SeedsChartSeries *seeds_chart_get_series         (SeedsChart       *self);
void              seeds_chart_set_series         (SeedsChart       *self,
                                                  SeedsChartSeries *series);
void              seeds_chart_add_layer          (SeedsChart       *self,
                                                  SeedsChartLayer  *layer);
void              seeds_chart_remove_layer       (SeedsChart       *self,
                                                  SeedsChartLayer  *layer);
gboolean          seeds_chart_get_large          (SeedsChart       *self);
void              seeds_chart_set_large          (SeedsChart       *self,
                                                  gboolean          large);
const char       *seeds_chart_get_title          (SeedsChart       *self);
void              seeds_chart_set_title          (SeedsChart       *self,
                                                  const char       *title);
int               seeds_chart_get_highlight      (SeedsChart       *self);
void              seeds_chart_set_highlight      (SeedsChart       *self,
                                                  int               index);
void              seeds_chart_move_highlight     (SeedsChart       *self,
                                                  int               delta);
void              seeds_chart_get_frame          (SeedsChart       *self,
                                                  SeedsChartFrame  *frame);
char             *seeds_chart_describe           (SeedsChart       *self);
char             *seeds_chart_describe_point     (SeedsChart       *self,
                                                  guint             index);
void              seeds_chart_invalidate         (SeedsChart       *self);

G_END_DECLS
