/* seeds-factor-slide.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "overview/seeds-dots.h"
#include "presentation/seeds-factor-slide.h"
#include "overview/seeds-factor-summary-row.h"
#include "presentation/seeds-steps-slide.h"
#include "seeds-reflow-box.h"

/* One factor on the projector: its title and statement, and what the group
 * scored — only once the facilitator reveals the scores, and only when
 * enough people scored it that no single score can be read off. No names
 * and no single person's score ever appear here. */
struct _SeedsFactorSlide
{
  GtkWidget        parent_instance;

  SeedsFactor     *factor;
  SeedsSlideState  state;

  GtkLabel        *number_label;
  GtkLabel        *title_label;
  GtkLabel        *statement_label;
  GtkStack        *stack;
  GtkLabel        *hidden_label;
  GtkLabel        *too_few_label;
  SeedsDots       *dots;
  GtkLabel        *mean_label;
  GtkLabel        *count_label;
  GtkLabel        *band_label;
  GtkWidget       *disagreement_box;
  GtkWidget       *steps_section;
  GtkBox          *steps_box;
};

G_DEFINE_FINAL_TYPE (SeedsFactorSlide, seeds_factor_slide, GTK_TYPE_WIDGET)

/**
 * seeds_slide_state_for:
 * @threshold: the fewest 1–5 scores that may be shown
 *
 * Returns: what a shared screen may show of these scores
 */
SeedsSlideState
seeds_slide_state_for (const SeedsFactorStats *stats,
                       gboolean                revealed,
                       guint                   threshold)
{
  g_return_val_if_fail (stats != NULL, SEEDS_SLIDE_HIDDEN);

  if (!revealed)
    return SEEDS_SLIDE_HIDDEN;
  if (!seeds_factor_stats_can_show (stats, threshold))
    return SEEDS_SLIDE_TOO_FEW;
  return SEEDS_SLIDE_SHOWN;
}

static void
seeds_factor_slide_dispose (GObject *object)
{
  SeedsFactorSlide *self = (SeedsFactorSlide *)object;
  GtkWidget *child;

  g_clear_object (&self->factor);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (seeds_factor_slide_parent_class)->dispose (object);
}

static void
seeds_factor_slide_class_init (SeedsFactorSlideClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_factor_slide_dispose;

  g_type_ensure (SEEDS_TYPE_DOTS);
  g_type_ensure (SEEDS_TYPE_REFLOW_BOX);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "factorslide");
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/presentation/seeds-factor-slide.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorSlide, number_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorSlide, title_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorSlide, statement_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorSlide, stack);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorSlide, hidden_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorSlide, too_few_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorSlide, dots);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorSlide, mean_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorSlide, count_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorSlide, band_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorSlide, disagreement_box);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorSlide, steps_section);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorSlide, steps_box);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
seeds_factor_slide_init (SeedsFactorSlide *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
seeds_factor_slide_new (SeedsFactor *factor)
{
  SeedsFactorSlide *self;
  g_autofree char *number = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (SEEDS_IS_FACTOR (factor), NULL);

  self = g_object_new (SEEDS_TYPE_FACTOR_SLIDE, NULL);
  self->factor = g_object_ref (factor);

  number = g_strdup_printf ("%u", seeds_factor_get_position (factor) + 1);
  gtk_label_set_text (self->number_label, number);
  gtk_label_set_text (self->title_label, seeds_factor_get_title (factor));
  gtk_label_set_text (self->statement_label, seeds_factor_get_definition (factor));
  name = g_strdup_printf (_("%u. %s"), seeds_factor_get_position (factor) + 1, seeds_factor_get_title (factor));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  return GTK_WIDGET (self);
}

SeedsFactor *
seeds_factor_slide_get_factor (SeedsFactorSlide *self)
{
  g_return_val_if_fail (SEEDS_IS_FACTOR_SLIDE (self), NULL);

  return self->factor;
}

void
seeds_factor_slide_show (SeedsFactorSlide       *self,
                         const SeedsFactorStats *stats,
                         gboolean                revealed,
                         guint                   threshold)
{
  g_autofree char *mean = NULL;
  g_autofree char *count = NULL;
  g_autofree char *too_few = NULL;
  g_autofree char *band_class = NULL;

  g_return_if_fail (SEEDS_IS_FACTOR_SLIDE (self));
  g_return_if_fail (stats != NULL);

  self->state = seeds_slide_state_for (stats, revealed, threshold);

  switch (self->state)
    {
    case SEEDS_SLIDE_HIDDEN:
      gtk_stack_set_visible_child_name (self->stack, "hidden");
      return;

    case SEEDS_SLIDE_TOO_FEW:
      too_few = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Fewer than %u person scored this factor: its scores stay hidden, "
                                              "so that nobody’s score can be read off them.",
                                              "Fewer than %u people scored this factor: its scores stay hidden, "
                                              "so that nobody’s score can be read off them.",
                                              threshold),
                                 threshold);
      gtk_label_set_text (self->too_few_label, too_few);
      gtk_stack_set_visible_child_name (self->stack, "too-few");
      return;

    case SEEDS_SLIDE_SHOWN:
    default:
      break;
    }

  mean = seeds_factor_stats_format_mean (stats);
  count = seeds_factor_summary_count_text (stats);
  band_class = g_strconcat ("band-", seeds_band_to_string (stats->band), NULL);

  seeds_dots_set_stats (self->dots, stats);
  gtk_label_set_text (self->mean_label, mean);
  gtk_label_set_text (self->count_label, count);
  gtk_label_set_text (self->band_label, seeds_band_get_label (stats->band));
  gtk_widget_set_css_classes (GTK_WIDGET (self->band_label), (const char *[]) { "band", band_class, NULL });
  gtk_widget_set_visible (self->disagreement_box, stats->disagreement);
  gtk_stack_set_visible_child_name (self->stack, "shown");
}

SeedsSlideState
seeds_factor_slide_get_state (SeedsFactorSlide *self)
{
  g_return_val_if_fail (SEEDS_IS_FACTOR_SLIDE (self), SEEDS_SLIDE_HIDDEN);

  return self->state;
}

/* The factor's next steps, agreed here or still open from before: what
 * the group adds shows at once. */
void
seeds_factor_slide_set_steps (SeedsFactorSlide *self,
                              GPtrArray        *steps)
{
  g_return_if_fail (SEEDS_IS_FACTOR_SLIDE (self));
  g_return_if_fail (steps != NULL);

  seeds_steps_list_fill (self->steps_box, NULL, steps);
  gtk_widget_set_visible (self->steps_section, steps->len > 0);
}

/* With the findings open beside it the slide leaves out the statement,
 * which the findings show too, and on a narrow screen draws smaller
 * dots, so that its numbers keep their room. */
void
seeds_factor_slide_set_compact (SeedsFactorSlide *self,
                                gboolean          compact,
                                gboolean          small_dots)
{
  g_return_if_fail (SEEDS_IS_FACTOR_SLIDE (self));

  gtk_widget_set_visible (GTK_WIDGET (self->statement_label), !compact);
  g_object_set (self->dots, "large", !small_dots, NULL);
}
