/* seeds-factor-summary-row.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "overview/seeds-factor-summary-row.h"
#include "seeds-reflow-box.h"
#include "seeds-widget-util.h"

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
  GtkFlowBox    *perspectives_box;
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
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorSummaryRow, perspectives_box);
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

static GtkWidget *
perspective_chip_new (SeedsPartnerType        type,
                      const SeedsFactorStats *stats)
{
  GtkWidget *chip = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *mean = seeds_factor_stats_format_mean (stats);
  g_autofree char *count = seeds_factor_summary_count_text (stats);
  g_autofree char *band_class = g_strconcat ("band-", seeds_band_to_string (stats->band), NULL);
  g_autofree char *accessible = NULL;
  GtkWidget *name = gtk_label_new (seeds_partner_type_get_label (type));
  GtkWidget *value = gtk_label_new (mean);

  gtk_widget_set_halign (chip, GTK_ALIGN_START);
  gtk_widget_add_css_class (chip, "perspective");
  gtk_widget_add_css_class (chip, band_class);
  gtk_widget_add_css_class (value, "numeric");
  gtk_widget_add_css_class (value, "heading");
  gtk_box_append (GTK_BOX (chip), name);
  gtk_box_append (GTK_BOX (chip), value);
  gtk_widget_set_tooltip_text (chip, count);

  /* Translators: a partner type, the mean of its scores and how many, e.g. "Company: mean 3.2, 4 scores" */
  accessible = g_strdup_printf (_("%s: mean %s, %s"), seeds_partner_type_get_label (type), mean, count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (chip), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  return chip;
}

/**
 * seeds_factor_summary_row_show_perspectives:
 * @stats: (nullable) (array fixed-size=5): the factor's statistics per
 *   partner type, or %NULL to show none
 * @threshold: the fewest scores a partner type needs to be shown
 *
 * Shows how each partner type scored the factor, so that the group sees
 * where partners see things differently. Partner types with fewer scores
 * than @threshold are named apart and not shown, to keep them anonymous.
 */
void
seeds_factor_summary_row_show_perspectives (SeedsFactorSummaryRow  *self,
                                            const SeedsFactorStats *stats,
                                            guint                   threshold)
{
  GString *too_few = g_string_new (NULL);

  g_return_if_fail (SEEDS_IS_FACTOR_SUMMARY_ROW (self));

  seeds_widget_remove_children (GTK_WIDGET (self->perspectives_box));
  gtk_widget_set_visible (GTK_WIDGET (self->perspectives_box), stats != NULL);
  if (stats == NULL)
    {
      g_string_free (too_few, TRUE);
      return;
    }

  for (int type = 0; type < SEEDS_N_PARTNER_TYPES; type++)
    {
      if (stats[type].n + stats[type].dont_know == 0)
        continue;

      if (seeds_factor_stats_can_show (&stats[type], threshold))
        {
          gtk_flow_box_append (self->perspectives_box, perspective_chip_new (type, &stats[type]));
          continue;
        }

      if (too_few->len > 0)
        g_string_append (too_few, ", ");
      g_string_append (too_few, seeds_partner_type_get_label (type));
    }

  if (too_few->len > 0)
    {
      g_autofree char *text = NULL;
      GtkWidget *label;

      /* Translators: partner types, e.g. "Government, Research: too few scores to show" */
      text = g_strdup_printf (_("%s: too few scores to show"), too_few->str);
      label = gtk_label_new (text);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_flow_box_append (self->perspectives_box, label);
    }

  g_string_free (too_few, TRUE);
}
