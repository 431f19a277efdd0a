/* seeds-chart-layer.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "charts/seeds-chart-layer.h"

/* One thing a chart draws — guides, a band, a line, a polygon — on top of
 * the layers before it. A layer draws the chart's series unless it is given
 * one of its own (a radar's "then"), and says when it has changed so that
 * the chart draws again. Layers are objects rather than child widgets: they
 * take no input and need no allocation; the chart does the hit-testing for
 * all of them. A new layer is floating, as a new widget is: the chart it is
 * added to takes it. */
typedef struct
{
  SeedsChartSeries *series;
  gboolean          visible;
} SeedsChartLayerPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (SeedsChartLayer, seeds_chart_layer, G_TYPE_INITIALLY_UNOWNED)

enum {
  PROP_0,
  PROP_SERIES,
  PROP_VISIBLE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
seeds_chart_layer_finalize (GObject *object)
{
  SeedsChartLayerPrivate *priv = seeds_chart_layer_get_instance_private (SEEDS_CHART_LAYER (object));

  g_clear_pointer (&priv->series, seeds_chart_series_unref);

  G_OBJECT_CLASS (seeds_chart_layer_parent_class)->finalize (object);
}

static void
seeds_chart_layer_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SERIES:
      g_value_set_boxed (value, seeds_chart_layer_get_series (SEEDS_CHART_LAYER (object)));
      break;

    case PROP_VISIBLE:
      g_value_set_boolean (value, seeds_chart_layer_get_visible (SEEDS_CHART_LAYER (object)));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_chart_layer_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_SERIES:
      seeds_chart_layer_set_series (SEEDS_CHART_LAYER (object), g_value_get_boxed (value));
      break;

    case PROP_VISIBLE:
      seeds_chart_layer_set_visible (SEEDS_CHART_LAYER (object), g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_chart_layer_class_init (SeedsChartLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = seeds_chart_layer_finalize;
  object_class->get_property = seeds_chart_layer_get_property;
  object_class->set_property = seeds_chart_layer_set_property;

  properties[PROP_SERIES] =
    g_param_spec_boxed ("series", NULL, NULL, SEEDS_TYPE_CHART_SERIES,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VISIBLE] =
    g_param_spec_boolean ("visible", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
seeds_chart_layer_init (SeedsChartLayer *self)
{
  SeedsChartLayerPrivate *priv = seeds_chart_layer_get_instance_private (self);

  priv->visible = TRUE;
}

SeedsChartSeries *
seeds_chart_layer_get_series (SeedsChartLayer *self)
{
  SeedsChartLayerPrivate *priv = seeds_chart_layer_get_instance_private (self);

  g_return_val_if_fail (SEEDS_IS_CHART_LAYER (self), NULL);

  return priv->series;
}

/* NULL draws the chart's own series. */
void
seeds_chart_layer_set_series (SeedsChartLayer  *self,
                              SeedsChartSeries *series)
{
  SeedsChartLayerPrivate *priv = seeds_chart_layer_get_instance_private (self);

  g_return_if_fail (SEEDS_IS_CHART_LAYER (self));

  if (!seeds_chart_series_set (&priv->series, series))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERIES]);
  seeds_chart_layer_changed (self);
}

gboolean
seeds_chart_layer_get_visible (SeedsChartLayer *self)
{
  SeedsChartLayerPrivate *priv = seeds_chart_layer_get_instance_private (self);

  g_return_val_if_fail (SEEDS_IS_CHART_LAYER (self), FALSE);

  return priv->visible;
}

/* A hidden layer draws nothing: a radar without a meeting to compare with. */
void
seeds_chart_layer_set_visible (SeedsChartLayer *self,
                               gboolean         visible)
{
  SeedsChartLayerPrivate *priv = seeds_chart_layer_get_instance_private (self);

  g_return_if_fail (SEEDS_IS_CHART_LAYER (self));

  if (priv->visible == !!visible)
    return;

  priv->visible = !!visible;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIBLE]);
  seeds_chart_layer_changed (self);
}

/* The series this layer draws: its own, or else the chart's. */
SeedsChartSeries *
seeds_chart_layer_resolve_series (SeedsChartLayer         *self,
                                  const SeedsChartContext *context)
{
  SeedsChartLayerPrivate *priv = seeds_chart_layer_get_instance_private (self);

  g_return_val_if_fail (SEEDS_IS_CHART_LAYER (self), NULL);
  g_return_val_if_fail (context != NULL, NULL);

  return priv->series != NULL ? priv->series : context->series;
}

/* For subclasses: what the layer draws has changed. */
void
seeds_chart_layer_changed (SeedsChartLayer *self)
{
  g_return_if_fail (SEEDS_IS_CHART_LAYER (self));

  g_signal_emit (self, signals[CHANGED], 0);
}

void
seeds_chart_layer_snapshot (SeedsChartLayer         *self,
                            GtkSnapshot             *snapshot,
                            const SeedsChartContext *context)
{
  g_return_if_fail (SEEDS_IS_CHART_LAYER (self));
  g_return_if_fail (GTK_IS_SNAPSHOT (snapshot));
  g_return_if_fail (context != NULL);

  if (seeds_chart_layer_get_visible (self) && SEEDS_CHART_LAYER_GET_CLASS (self)->snapshot != NULL)
    SEEDS_CHART_LAYER_GET_CLASS (self)->snapshot (self, snapshot, context);
}

/* A layout in the widget's font, scaled for a projector; numbers get
 * tabular figures so that "3.4" and "4.1" line up. */
PangoLayout *
seeds_chart_context_create_layout (const SeedsChartContext *context,
                                   const char              *text,
                                   SeedsChartText           style)
{
  PangoLayout *layout;
  PangoFontDescription *font;
  PangoAttrList *attrs;
  double size = style == SEEDS_CHART_TEXT_LABEL ? 0.85 : 1.0;

  g_return_val_if_fail (context != NULL, NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (context->widget), NULL);

  layout = gtk_widget_create_pango_layout (context->widget, text);
  font = pango_font_description_copy (pango_context_get_font_description (pango_layout_get_context (layout)));
  pango_font_description_set_size (font, pango_font_description_get_size (font) * size * context->scale);
  if (style == SEEDS_CHART_TEXT_STRONG)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  attrs = pango_attr_list_new ();
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum"));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  return layout;
}

/* Draws a layout with its anchor at (x, y): xalign and yalign 0 put the
 * anchor at the layout's left or top, 0.5 at its middle, 1 at its right or
 * bottom. Positions are rounded to whole pixels, which keeps text crisp. */
void
seeds_chart_draw_layout (GtkSnapshot   *snapshot,
                         PangoLayout   *layout,
                         float          x,
                         float          y,
                         float          xalign,
                         float          yalign,
                         const GdkRGBA *color)
{
  int width, height;

  g_return_if_fail (PANGO_IS_LAYOUT (layout));

  pango_layout_get_pixel_size (layout, &width, &height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (roundf (x - xalign * width),
                                                          roundf (y - yalign * height)));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

void
seeds_chart_draw_dot (GtkSnapshot   *snapshot,
                      float          x,
                      float          y,
                      float          radius,
                      const GdkRGBA *color)
{
  GskRoundedRect circle;

  gsk_rounded_rect_init_from_rect (&circle,
                                   &GRAPHENE_RECT_INIT (x - radius, y - radius, 2 * radius, 2 * radius), radius);
  gtk_snapshot_push_rounded_clip (snapshot, &circle);
  gtk_snapshot_append_color (snapshot, color, &circle.bounds);
  gtk_snapshot_pop (snapshot);
}

/* A circle's outline, width wide, inside radius. */
void
seeds_chart_draw_ring (GtkSnapshot   *snapshot,
                       float          x,
                       float          y,
                       float          radius,
                       float          width,
                       const GdkRGBA *color)
{
  GskRoundedRect circle;
  const float widths[4] = { width, width, width, width };
  const GdkRGBA colors[4] = { *color, *color, *color, *color };

  gsk_rounded_rect_init_from_rect (&circle,
                                   &GRAPHENE_RECT_INIT (x - radius, y - radius, 2 * radius, 2 * radius), radius);
  gtk_snapshot_append_border (snapshot, &circle, widths, colors);
}

/* Lines and polygons need cairo: GTK 4.8 has no paths in GtkSnapshot. The
 * caller destroys the context. */
cairo_t *
seeds_chart_begin_cairo (GtkSnapshot             *snapshot,
                         const SeedsChartContext *context)
{
  cairo_t *cr;

  g_return_val_if_fail (context != NULL, NULL);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, context->width, context->height));
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  return cr;
}
