/* seeds-factor-summary-row.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "seeds-factor-summary-row.h"
#include "seeds-reflow-box.h"

/* One factor in the overview: its scores as dots, the mean, how many
 * scored, the band and whether people see it differently. Activating the
 * row opens the factor's findings and tips. */
struct _SeedsFactorSummaryRow
{
  GtkListBoxRow  parent_instance;

  SeedsFactor   *factor;

  GtkLabel      *number_label;
  GtkLabel      *title_label;
  GtkLabel      *group_label;
  SeedsDots     *dots;
  GtkLabel      *mean_label;
  GtkLabel      *count_label;
  GtkLabel      *band_label;
  GtkWidget     *disagreement_box;
};

G_DEFINE_FINAL_TYPE (SeedsFactorSummaryRow, seeds_factor_summary_row, GTK_TYPE_LIST_BOX_ROW)

static void
seeds_factor_summary_row_dispose (GObject *object)
{
  SeedsFactorSummaryRow *self = (SeedsFactorSummaryRow *)object;

  g_clear_object (&self->factor);

  G_OBJECT_CLASS (seeds_factor_summary_row_parent_class)->dispose (object);
}

static void
seeds_factor_summary_row_class_init (SeedsFactorSummaryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_factor_summary_row_dispose;

  g_type_ensure (SEEDS_TYPE_DOTS);
  g_type_ensure (SEEDS_TYPE_REFLOW_BOX);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/overview/seeds-factor-summary-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorSummaryRow, number_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorSummaryRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorSummaryRow, group_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorSummaryRow, dots);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorSummaryRow, mean_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorSummaryRow, count_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorSummaryRow, band_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorSummaryRow, disagreement_box);
}

static void
seeds_factor_summary_row_init (SeedsFactorSummaryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* "5 scores · 1 don't know", shown under the mean. */
char *
seeds_factor_summary_count_text (const SeedsFactorStats *stats)
{
  g_autofree char *scores = NULL;

  g_return_val_if_fail (stats != NULL, NULL);

  scores = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u score", "%u scores", stats->n), stats->n);
  if (stats->dont_know == 0)
    return g_steal_pointer (&scores);

  /* Translators: the number of scores, then how many said "don't know" */
  return g_strdup_printf (_("%s, %u don’t know"), scores, stats->dont_know);
}

GtkWidget *
seeds_factor_summary_row_new (SeedsFactor            *factor,
                              const SeedsFactorStats *stats)
{
  SeedsFactorSummaryRow *self;
  g_autofree char *number = NULL;
  g_autofree char *mean = NULL;
  g_autofree char *count = NULL;
  g_autofree char *band_class = NULL;
  g_autofree char *accessible = NULL;

  g_return_val_if_fail (SEEDS_IS_FACTOR (factor), NULL);
  g_return_val_if_fail (stats != NULL, NULL);

  self = g_object_new (SEEDS_TYPE_FACTOR_SUMMARY_ROW, NULL);
  self->factor = g_object_ref (factor);

  number = g_strdup_printf ("%u", seeds_factor_get_position (factor) + 1);
  mean = seeds_factor_stats_format_mean (stats);
  count = seeds_factor_summary_count_text (stats);
  band_class = g_strconcat ("band-", seeds_band_to_string (stats->band), NULL);

  gtk_label_set_text (self->number_label, number);
  gtk_label_set_text (self->title_label, seeds_factor_get_title (factor));
  gtk_label_set_text (self->group_label, seeds_factor_get_group_name (factor));
  seeds_dots_set_stats (self->dots, stats);
  gtk_label_set_text (self->mean_label, mean);
  gtk_label_set_text (self->count_label, count);
  gtk_label_set_text (self->band_label, seeds_band_get_label (stats->band));
  gtk_widget_add_css_class (GTK_WIDGET (self->band_label), band_class);
  gtk_widget_set_visible (self->disagreement_box, stats->disagreement);

  /* Translators: factor title, mean, band, count of scores, e.g. "Sharing results: mean 3.4, worth discussing, 5 scores" */
  accessible = g_strdup_printf (_("%s: mean %s, %s, %s"), seeds_factor_get_title (factor), mean,
                                seeds_band_get_label (stats->band), count);
  if (stats->disagreement)
    {
      char *with = g_strdup_printf ("%s. %s", accessible, _("We see this differently"));

      g_free (accessible);
      accessible = with;
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);

  return GTK_WIDGET (self);
}

SeedsFactor *
seeds_factor_summary_row_get_factor (SeedsFactorSummaryRow *self)
{
  g_return_val_if_fail (SEEDS_IS_FACTOR_SUMMARY_ROW (self), NULL);

  return self->factor;
}

SeedsDots *
seeds_factor_summary_row_get_dots (SeedsFactorSummaryRow *self)
{
  g_return_val_if_fail (SEEDS_IS_FACTOR_SUMMARY_ROW (self), NULL);

  return self->dots;
}

const char *
seeds_factor_summary_row_get_mean_text (SeedsFactorSummaryRow *self)
{
  g_return_val_if_fail (SEEDS_IS_FACTOR_SUMMARY_ROW (self), NULL);

  return gtk_label_get_text (self->mean_label);
}
