/* seeds-steps-slide.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "model/seeds-next-step.h"
#include "model/seeds-text.h"
#include "presentation/seeds-steps-slide.h"
#include "seeds-widget-util.h"

/* A slide of next steps: the open ones of earlier meetings, or at the
 * close the steps this meeting agreed on. Each step shows what is to be
 * done, for which factor and by when — not who takes it: the projector
 * never shows a name. */
struct _SeedsStepsSlide
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GtkBox    *steps_box;
  GtkWidget *empty_label;
  guint      n_steps;
};

G_DEFINE_FINAL_TYPE (SeedsStepsSlide, seeds_steps_slide, GTK_TYPE_WIDGET)

static void
seeds_steps_slide_dispose (GObject *object)
{
  SeedsStepsSlide *self = (SeedsStepsSlide *)object;

  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (seeds_steps_slide_parent_class)->dispose (object);
}

static void
seeds_steps_slide_class_init (SeedsStepsSlideClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_steps_slide_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "stepsslide");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
seeds_steps_slide_init (SeedsStepsSlide *self)
{
}

GtkWidget *
seeds_steps_slide_new (const char *heading,
                       const char *empty,
                       const char *note)
{
  SeedsStepsSlide *self = g_object_new (SEEDS_TYPE_STEPS_SLIDE, NULL);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  gtk_widget_set_valign (self->box, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_start (self->box, 64);
  gtk_widget_set_margin_end (self->box, 64);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  gtk_box_append (GTK_BOX (self->box), seeds_widget_wrapped_label_new (heading, "slide-title"));
  self->steps_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 18));
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->steps_box));
  self->empty_label = seeds_widget_wrapped_label_new (empty, "slide-statement");
  gtk_box_append (GTK_BOX (self->box), self->empty_label);
  if (note != NULL)
    gtk_box_append (GTK_BOX (self->box), seeds_widget_wrapped_label_new (note, "slide-count"));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
  return GTK_WIDGET (self);
}

/* "Factor 4 · due 1 December 2026" */
static char *
describe (SeedsNextStep  *step,
          SeedsFramework *framework)
{
  SeedsFactor *factor = framework ? seeds_framework_lookup_factor (framework, seeds_next_step_get_factor_id (step))
                                  : NULL;
  const char *due = seeds_next_step_get_due_date (step);
  g_autofree char *factor_text = NULL;
  g_autofree char *due_text = NULL;

  if (factor != NULL)
    /* Translators: a factor's number and title, e.g. "4. Handling competitive sensitivity" */
    factor_text = g_strdup_printf (_("%u. %s"), seeds_factor_get_position (factor) + 1,
                                   seeds_factor_get_title (factor));
  if (due != NULL)
    {
      g_autofree char *date = seeds_date_format (due);

      /* Translators: a date */
      due_text = g_strdup_printf (_("due %s"), date);
    }

  if (factor_text != NULL && due_text != NULL)
    return g_strdup_printf ("%s · %s", factor_text, due_text);
  return g_strdup (factor_text ? factor_text : due_text);
}

/**
 * seeds_steps_list_fill:
 * @framework: (nullable): to say each step's factor; %NULL when all
 *   steps are of the factor on screen
 *
 * Fills @box with a line per step and, under it, its factor and due date.
 */
void
seeds_steps_list_fill (GtkBox         *box,
                       SeedsFramework *framework,
                       GPtrArray      *steps)
{
  seeds_widget_remove_children (GTK_WIDGET (box));

  for (guint i = 0; i < steps->len; i++)
    {
      SeedsNextStep *step = g_ptr_array_index (steps, i);
      g_autofree char *details = describe (step, framework);
      GtkWidget *item = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

      gtk_box_append (GTK_BOX (item), seeds_widget_wrapped_label_new (seeds_next_step_get_text (step), "step-text"));
      if (details != NULL)
        gtk_box_append (GTK_BOX (item), seeds_widget_wrapped_label_new (details, "step-details"));
      gtk_widget_add_css_class (item, "slide-step");
      gtk_box_append (box, item);
    }
}

void
seeds_steps_slide_show (SeedsStepsSlide *self,
                        SeedsFramework  *framework,
                        GPtrArray       *steps)
{
  g_return_if_fail (SEEDS_IS_STEPS_SLIDE (self));
  g_return_if_fail (steps != NULL);

  seeds_steps_list_fill (self->steps_box, framework, steps);
  self->n_steps = steps->len;
  gtk_widget_set_visible (self->empty_label, steps->len == 0);
}

guint
seeds_steps_slide_get_n_steps (SeedsStepsSlide *self)
{
  g_return_val_if_fail (SEEDS_IS_STEPS_SLIDE (self), 0);

  return self->n_steps;
}
