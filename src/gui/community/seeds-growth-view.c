/* seeds-growth-view.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "community/seeds-growth-view.h"

/* The community's work as a plant grown from a seed (seeds-growth.c), as
 * large as the widget; a screen reader hears what it shows. */
struct _SeedsGrowthView
{
  GtkWidget    parent_instance;

  SeedsGrowth *growth;
};

G_DEFINE_FINAL_TYPE (SeedsGrowthView, seeds_growth_view, GTK_TYPE_WIDGET)

static void
seeds_growth_view_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  SeedsGrowthView *self = SEEDS_GROWTH_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  seeds_growth_draw (self->growth, cr, 0, 0, width, height);
  cairo_destroy (cr);
}

static void
seeds_growth_view_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  *minimum = 96;
  *natural = 240;
}

static void
seeds_growth_view_finalize (GObject *object)
{
  SeedsGrowthView *self = (SeedsGrowthView *)object;

  g_clear_pointer (&self->growth, seeds_growth_free);

  G_OBJECT_CLASS (seeds_growth_view_parent_class)->finalize (object);
}

static void
seeds_growth_view_class_init (SeedsGrowthViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = seeds_growth_view_finalize;
  widget_class->snapshot = seeds_growth_view_snapshot;
  widget_class->measure = seeds_growth_view_measure;

  gtk_widget_class_set_css_name (widget_class, "growthview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
seeds_growth_view_init (SeedsGrowthView *self)
{
  seeds_growth_view_set_work (self, &(SeedsGrowthWork) { 0 });
}

GtkWidget *
seeds_growth_view_new (void)
{
  return g_object_new (SEEDS_TYPE_GROWTH_VIEW, NULL);
}

void
seeds_growth_view_set_work (SeedsGrowthView       *self,
                            const SeedsGrowthWork *work)
{
  g_autofree char *description = NULL;

  g_return_if_fail (SEEDS_IS_GROWTH_VIEW (self));
  g_return_if_fail (work != NULL);

  g_clear_pointer (&self->growth, seeds_growth_free);
  self->growth = seeds_growth_new (work);
  description = seeds_growth_describe (self->growth);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

SeedsGrowth *
seeds_growth_view_get_growth (SeedsGrowthView *self)
{
  g_return_val_if_fail (SEEDS_IS_GROWTH_VIEW (self), NULL);

  return self->growth;
}
