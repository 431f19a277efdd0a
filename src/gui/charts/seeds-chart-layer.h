/* seeds-chart-layer.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "charts/seeds-chart-geometry.h"
#include "charts/seeds-chart-series.h"

G_BEGIN_DECLS

/* The theme's colours, looked up when the chart draws. */
typedef struct
{
  GdkRGBA   foreground;   /* text */
  GdkRGBA   dim;          /* secondary text: axis labels */
  GdkRGBA   grid;         /* faint lines */
  GdkRGBA   accent;
  GdkRGBA   neutral;      /* what is compared with: "then" */
  GdkRGBA   success;
  GdkRGBA   warning;
  GdkRGBA   error;
  GdkRGBA   background;   /* what the chart is drawn on */
  GdkRGBA   callout_bg;
  GdkRGBA   callout_fg;
  gboolean  high_contrast;
} SeedsChartPalette;

/* All a layer needs to draw: the chart's layout, its colours and its size. */
typedef struct
{
  GtkWidget         *widget;     /* the chart, for Pango */
  float              width;
  float              height;
  float              scale;      /* 1, or larger on a projector */
  SeedsChartFrame    frame;
  SeedsChartPalette  palette;
  SeedsChartSeries  *series;     /* the chart's own series, or NULL */
  int                highlight;  /* the highlighted point, or -1 */
} SeedsChartContext;

/* How a text is set: relative to the widget's font. */
typedef enum
{
  SEEDS_CHART_TEXT_LABEL,   /* axis labels, a little smaller */
  SEEDS_CHART_TEXT_BODY,
  SEEDS_CHART_TEXT_STRONG,
} SeedsChartText;

#define SEEDS_TYPE_CHART_LAYER (seeds_chart_layer_get_type ())

G_DECLARE_DERIVABLE_TYPE (SeedsChartLayer, seeds_chart_layer, SEEDS, CHART_LAYER, GInitiallyUnowned)

struct _SeedsChartLayerClass
{
  GInitiallyUnownedClass parent_class;

  void (*snapshot) (SeedsChartLayer         *self,
                    GtkSnapshot             *snapshot,
                    const SeedsChartContext *context);
};

SeedsChartSeries *seeds_chart_layer_get_series     (SeedsChartLayer         *self);
void              seeds_chart_layer_set_series     (SeedsChartLayer         *self,
                                                    SeedsChartSeries        *series);
gboolean          seeds_chart_layer_get_visible    (SeedsChartLayer         *self);
void              seeds_chart_layer_set_visible    (SeedsChartLayer         *self,
                                                    gboolean                 visible);
SeedsChartSeries *seeds_chart_layer_resolve_series (SeedsChartLayer         *self,
                                                    const SeedsChartContext *context);
void              seeds_chart_layer_changed        (SeedsChartLayer         *self);
void              seeds_chart_layer_snapshot       (SeedsChartLayer         *self,
                                                    GtkSnapshot             *snapshot,
                                                    const SeedsChartContext *context);

PangoLayout      *seeds_chart_context_create_layout (const SeedsChartContext *context,
                                                     const char              *text,
                                                     SeedsChartText           style);
void              seeds_chart_draw_layout           (GtkSnapshot             *snapshot,
                                                     PangoLayout             *layout,
                                                     float                    x,
                                                     float                    y,
                                                     float                    xalign,
                                                     float                    yalign,
                                                     const GdkRGBA           *color);
void              seeds_chart_draw_dot              (GtkSnapshot             *snapshot,
                                                     float                    x,
                                                     float                    y,
                                                     float                    radius,
                                                     const GdkRGBA           *color);
void              seeds_chart_draw_ring             (GtkSnapshot             *snapshot,
                                                     float                    x,
                                                     float                    y,
                                                     float                    radius,
                                                     float                    width,
                                                     const GdkRGBA           *color);
cairo_t          *seeds_chart_begin_cairo           (GtkSnapshot             *snapshot,
                                                     const SeedsChartContext *context);

G_END_DECLS
