/* seeds-chart-legend-layer.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "charts/seeds-chart-legend-layer.h"

/* Names the polygons of a radar, each after a swatch the polygon draws
 * itself, centred in the frame's legend area. Polygons that are hidden or
 * have no name are left out; names too long for the room are ellipsized. */
struct _SeedsChartLegendLayer
{
  SeedsChartLayer  parent_instance;

  GPtrArray       *entries;  /* of SeedsChartPolygonLayer */
};

G_DEFINE_FINAL_TYPE (SeedsChartLegendLayer, seeds_chart_legend_layer, SEEDS_TYPE_CHART_LAYER)

#define SWATCH      14  /* the side of a swatch */
#define SWATCH_GAP   6  /* between a swatch and its name */
#define ENTRY_GAP   24  /* between two entries */
#define SPACE_ABOVE 10  /* between the chart and the legend */

static gboolean
is_shown (SeedsChartPolygonLayer *entry)
{
  return seeds_chart_layer_get_visible (SEEDS_CHART_LAYER (entry)) &&
         seeds_chart_polygon_layer_get_name (entry) != NULL;
}

static guint
n_shown (SeedsChartLegendLayer *self)
{
  guint n = 0;

  for (guint i = 0; i < self->entries->len; i++)
    n += is_shown (g_ptr_array_index (self->entries, i));

  return n;
}

static void
seeds_chart_legend_layer_snapshot (SeedsChartLayer         *layer,
                                   GtkSnapshot             *snapshot,
                                   const SeedsChartContext *context)
{
  SeedsChartLegendLayer *self = SEEDS_CHART_LEGEND_LAYER (layer);
  const graphene_rect_t *area = &context->frame.legend;
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
  float swatch = SWATCH * context->scale;
  float swatch_gap = SWATCH_GAP * context->scale;
  float entry_gap = ENTRY_GAP * context->scale;
  float total = 0, x, middle;
  guint n = n_shown (self);
  int room;

  if (n == 0 || area->size.height <= 0)
    return;

  /* every name gets an equal share of the width, at the most */
  room = (area->size.width - n * (swatch + swatch_gap) - (n - 1) * entry_gap) / n;
  for (guint i = 0; i < self->entries->len; i++)
    {
      SeedsChartPolygonLayer *entry = g_ptr_array_index (self->entries, i);
      PangoLayout *layout;
      int width;

      if (!is_shown (entry))
        continue;
      layout = seeds_chart_context_create_layout (context, seeds_chart_polygon_layer_get_name (entry),
                                                  SEEDS_CHART_TEXT_BODY);
      pango_layout_set_width (layout, MAX (room, 1) * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_get_pixel_size (layout, &width, NULL);
      total += swatch + swatch_gap + width;
      g_ptr_array_add (layouts, layout);
    }
  total += (n - 1) * entry_gap;

  x = roundf (area->origin.x + (area->size.width - total) / 2);
  /* the middle of the room below the space above */
  middle = area->origin.y + (area->size.height + SPACE_ABOVE * context->scale) / 2;
  for (guint i = 0, shown = 0; i < self->entries->len; i++)
    {
      SeedsChartPolygonLayer *entry = g_ptr_array_index (self->entries, i);
      PangoLayout *layout;
      int width;

      if (!is_shown (entry))
        continue;
      layout = g_ptr_array_index (layouts, shown++);
      pango_layout_get_pixel_size (layout, &width, NULL);
      seeds_chart_polygon_layer_snapshot_swatch (entry, snapshot, context,
                                                 &GRAPHENE_RECT_INIT (x, roundf (middle - swatch / 2),
                                                                      swatch, swatch));
      seeds_chart_draw_layout (snapshot, layout, x + swatch + swatch_gap, middle, 0, 0.5f,
                               &context->palette.foreground);
      x += swatch + swatch_gap + width + entry_gap;
    }
}

static void
entry_changed_cb (SeedsChartLegendLayer *self)
{
  seeds_chart_layer_changed (SEEDS_CHART_LAYER (self));
}

static void
seeds_chart_legend_layer_dispose (GObject *object)
{
  SeedsChartLegendLayer *self = SEEDS_CHART_LEGEND_LAYER (object);

  for (guint i = 0; i < self->entries->len; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->entries, i), entry_changed_cb, self);
  g_ptr_array_set_size (self->entries, 0);

  G_OBJECT_CLASS (seeds_chart_legend_layer_parent_class)->dispose (object);
}

static void
seeds_chart_legend_layer_finalize (GObject *object)
{
  SeedsChartLegendLayer *self = SEEDS_CHART_LEGEND_LAYER (object);

  g_ptr_array_unref (self->entries);

  G_OBJECT_CLASS (seeds_chart_legend_layer_parent_class)->finalize (object);
}

static void
seeds_chart_legend_layer_class_init (SeedsChartLegendLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SeedsChartLayerClass *layer_class = SEEDS_CHART_LAYER_CLASS (klass);

  object_class->dispose = seeds_chart_legend_layer_dispose;
  object_class->finalize = seeds_chart_legend_layer_finalize;
  layer_class->snapshot = seeds_chart_legend_layer_snapshot;
}

static void
seeds_chart_legend_layer_init (SeedsChartLegendLayer *self)
{
  self->entries = g_ptr_array_new_with_free_func (g_object_unref);
}

SeedsChartLayer *
seeds_chart_legend_layer_new (void)
{
  return g_object_new (SEEDS_TYPE_CHART_LEGEND_LAYER, NULL);
}

/* Entries are shown in the order they were added. */
void
seeds_chart_legend_layer_add (SeedsChartLegendLayer  *self,
                              SeedsChartPolygonLayer *entry)
{
  g_return_if_fail (SEEDS_IS_CHART_LEGEND_LAYER (self));
  g_return_if_fail (SEEDS_IS_CHART_POLYGON_LAYER (entry));

  g_ptr_array_add (self->entries, g_object_ref (entry));
  g_signal_connect_swapped (entry, "changed", G_CALLBACK (entry_changed_cb), self);
  seeds_chart_layer_changed (SEEDS_CHART_LAYER (self));
}

/* The height the legend needs below the chart, or 0 when it shows nothing. */
float
seeds_chart_legend_layer_measure (SeedsChartLegendLayer   *self,
                                  const SeedsChartContext *context)
{
  g_autoptr(PangoLayout) layout = NULL;
  int height;

  g_return_val_if_fail (SEEDS_IS_CHART_LEGEND_LAYER (self), 0);
  g_return_val_if_fail (context != NULL, 0);

  if (n_shown (self) == 0)
    return 0;

  layout = seeds_chart_context_create_layout (context, "Ag", SEEDS_CHART_TEXT_BODY);
  pango_layout_get_pixel_size (layout, NULL, &height);

  return SPACE_ABOVE * context->scale + MAX (height, SWATCH * context->scale);
}
