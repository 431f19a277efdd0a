/* seeds-reflow-box.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "seeds-reflow-box.h"

/* Holds two children, side by side when the first still gets lead-width
 * beside the second, and the second below the first otherwise: a factor's
 * title and its numbers share a line on a wide screen, and stack on a
 * laptop with the findings & tips open, instead of squeezing the title
 * into a narrow column. (libadwaita 1.2 has no breakpoints.) */
struct _SeedsReflowBox
{
  GtkWidget        parent_instance;

  int              spacing;
  int              lead_width;
};

G_DEFINE_FINAL_TYPE (SeedsReflowBox, seeds_reflow_box, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SPACING,
  PROP_LEAD_WIDTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
get_children (GtkWidget  *widget,
              GtkWidget **lead,
              GtkWidget **trail)
{
  *lead = gtk_widget_get_first_child (widget);
  *trail = *lead ? gtk_widget_get_next_sibling (*lead) : NULL;

  return *lead != NULL && *trail != NULL;
}

static int
natural_width (GtkWidget *child)
{
  int natural = 0;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  return natural;
}

static int
height_for (GtkWidget *child,
            int        width,
            int       *natural)
{
  int minimum = 0;

  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &minimum, natural, NULL, NULL);
  return minimum;
}

/* Whether the children stand side by side at this width. */
gboolean
seeds_reflow_box_is_side_by_side (SeedsReflowBox *self,
                                  int             width)
{
  GtkWidget *lead, *trail;

  g_return_val_if_fail (SEEDS_IS_REFLOW_BOX (self), TRUE);

  if (!get_children (GTK_WIDGET (self), &lead, &trail))
    return TRUE;

  return width < 0 || natural_width (trail) + self->spacing + self->lead_width <= width;
}

static void
seeds_reflow_box_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  SeedsReflowBox *self = SEEDS_REFLOW_BOX (widget);
  GtkWidget *lead, *trail;
  int lead_min, lead_nat, trail_min, trail_nat;

  *minimum = *natural = 0;
  if (!get_children (widget, &lead, &trail))
    return;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gtk_widget_measure (lead, orientation, -1, &lead_min, &lead_nat, NULL, NULL);
      gtk_widget_measure (trail, orientation, -1, &trail_min, &trail_nat, NULL, NULL);
      *minimum = MAX (lead_min, trail_min);
      *natural = MAX (lead_nat + self->spacing + trail_nat, *minimum);
      return;
    }

  if (seeds_reflow_box_is_side_by_side (self, for_size))
    {
      int trail_width = natural_width (trail);
      int lead_width = for_size < 0 ? -1 : for_size - trail_width - self->spacing;

      lead_min = height_for (lead, lead_width, &lead_nat);
      trail_min = height_for (trail, trail_width, &trail_nat);
      *minimum = MAX (lead_min, trail_min);
      *natural = MAX (lead_nat, trail_nat);
    }
  else
    {
      lead_min = height_for (lead, for_size, &lead_nat);
      trail_min = height_for (trail, MIN (for_size, natural_width (trail)), &trail_nat);
      *minimum = lead_min + self->spacing + trail_min;
      *natural = lead_nat + self->spacing + trail_nat;
    }
}

static void
seeds_reflow_box_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  SeedsReflowBox *self = SEEDS_REFLOW_BOX (widget);
  GtkWidget *lead, *trail;
  int trail_width, lead_height, trail_height;

  if (!get_children (widget, &lead, &trail))
    return;

  trail_width = MIN (natural_width (trail), width);

  if (seeds_reflow_box_is_side_by_side (self, width))
    {
      int lead_width = width - trail_width - self->spacing;

      gtk_widget_size_allocate (lead, &(GtkAllocation) { 0, 0, lead_width, height }, -1);
      gtk_widget_size_allocate (trail, &(GtkAllocation) { width - trail_width, 0, trail_width, height }, -1);
      return;
    }

  lead_height = height_for (lead, width, NULL);
  trail_height = height_for (trail, trail_width, NULL);
  gtk_widget_size_allocate (lead, &(GtkAllocation) { 0, 0, width, lead_height }, -1);
  gtk_widget_size_allocate (trail,
                            &(GtkAllocation) { width - trail_width, lead_height + self->spacing,
                                               trail_width, MAX (trail_height, height - lead_height - self->spacing) },
                            -1);
}

static GtkSizeRequestMode
seeds_reflow_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
seeds_reflow_box_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SeedsReflowBox *self = SEEDS_REFLOW_BOX (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;

    case PROP_LEAD_WIDTH:
      g_value_set_int (value, self->lead_width);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_reflow_box_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SeedsReflowBox *self = SEEDS_REFLOW_BOX (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      self->spacing = g_value_get_int (value);
      break;

    case PROP_LEAD_WIDTH:
      self->lead_width = g_value_get_int (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
seeds_reflow_box_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (seeds_reflow_box_parent_class)->dispose (object);
}

static void
seeds_reflow_box_class_init (SeedsReflowBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_reflow_box_dispose;
  object_class->get_property = seeds_reflow_box_get_property;
  object_class->set_property = seeds_reflow_box_set_property;
  widget_class->measure = seeds_reflow_box_measure;
  widget_class->size_allocate = seeds_reflow_box_size_allocate;
  widget_class->get_request_mode = seeds_reflow_box_get_request_mode;

  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  /* The width the first child needs at least beside the second. */
  properties[PROP_LEAD_WIDTH] =
    g_param_spec_int ("lead-width", NULL, NULL, 0, G_MAXINT, 240,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
seeds_reflow_box_init (SeedsReflowBox *self)
{
  self->lead_width = 240;
}

GtkWidget *
seeds_reflow_box_new (void)
{
  return g_object_new (SEEDS_TYPE_REFLOW_BOX, NULL);
}
