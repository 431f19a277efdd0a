/* seeds-compare-row.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "compare/seeds-compare-row.h"
#include "compare/seeds-compare-scale.h"
#include "seeds-reflow-box.h"

/* One factor compared: its title, marked when your community needs
 * attention on it, the scale, your mean, and the median and range of the
 * means the other communities share. Activating it opens the factor's
 * findings and tips, where the communities that do well on it are. */
struct _SeedsCompareRow
{
  GtkListBoxRow      parent_instance;

  SeedsFactor       *factor;
  char              *description;
  gboolean           needs_attention;

  GtkLabel          *number_label;
  GtkLabel          *title_label;
  GtkLabel          *band_label;
  SeedsCompareScale *scale;
  GtkLabel          *yours_label;
  GtkLabel          *median_label;
  GtkLabel          *count_label;
  GtkLabel          *others_label;
  GtkLabel          *range_label;
};

G_DEFINE_FINAL_TYPE (SeedsCompareRow, seeds_compare_row, GTK_TYPE_LIST_BOX_ROW)

static void
seeds_compare_row_dispose (GObject *object)
{
  SeedsCompareRow *self = (SeedsCompareRow *)object;

  g_clear_object (&self->factor);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (seeds_compare_row_parent_class)->dispose (object);
}

static void
seeds_compare_row_class_init (SeedsCompareRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_compare_row_dispose;

  g_type_ensure (SEEDS_TYPE_REFLOW_BOX);
  g_type_ensure (SEEDS_TYPE_COMPARE_SCALE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/compare/seeds-compare-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsCompareRow, number_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsCompareRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsCompareRow, band_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsCompareRow, scale);
  gtk_widget_class_bind_template_child (widget_class, SeedsCompareRow, yours_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsCompareRow, median_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsCompareRow, count_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsCompareRow, others_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsCompareRow, range_label);
}

static void
seeds_compare_row_init (SeedsCompareRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Below the median: how many share it, and the range of their means. */
static void
show_others (SeedsCompareRow       *self,
             const SeedsPeerFactor *peer_factor)
{
  g_autofree char *median = NULL;
  g_autofree char *others = NULL;
  g_autofree char *min = NULL;
  g_autofree char *max = NULL;
  g_autofree char *range = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->range_label), peer_factor->n_sharing > 0);
  if (peer_factor->n_sharing == 0)
    {
      gtk_label_set_text (self->median_label, "–");
      gtk_label_set_text (self->others_label, _("nobody shares it"));
      return;
    }

  median = seeds_compare_format_mean10 (peer_factor->shared_median10);
  /* Translators: below the median of the means that this many communities share */
  others = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "median of %u", "median of %u", peer_factor->n_sharing),
                            peer_factor->n_sharing);
  min = seeds_compare_format_mean10 (peer_factor->shared_min10);
  max = seeds_compare_format_mean10 (peer_factor->shared_max10);
  /* Translators: the lowest and the highest of the means others share, e.g. "2.7–4.4" */
  range = g_strdup_printf (C_("range", "%s–%s"), min, max);

  gtk_label_set_text (self->median_label, median);
  gtk_label_set_text (self->others_label, others);
  gtk_label_set_text (self->range_label, range);
}

static void
show_band (SeedsCompareRow        *self,
           const SeedsFactorStats *yours)
{
  g_autofree char *band_class = g_strconcat ("band-", seeds_band_to_string (yours->band), NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->band_label), self->needs_attention);
  if (!self->needs_attention)
    return;

  gtk_label_set_text (self->band_label, seeds_band_get_label (yours->band));
  gtk_widget_add_css_class (GTK_WIDGET (self->band_label), band_class);
}

GtkWidget *
seeds_compare_row_new (SeedsFactor           *factor,
                       const SeedsPeerFactor *peer_factor)
{
  SeedsCompareRow *self;
  g_autofree char *number = NULL;
  g_autofree char *yours = NULL;
  g_autofree char *count = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (SEEDS_IS_FACTOR (factor), NULL);
  g_return_val_if_fail (peer_factor != NULL, NULL);

  self = g_object_new (SEEDS_TYPE_COMPARE_ROW, NULL);
  self->factor = g_object_ref (factor);
  self->needs_attention = peer_factor->needs_attention;
  self->description = seeds_compare_scale_describe (peer_factor);

  number = g_strdup_printf ("%u", seeds_factor_get_position (factor) + 1);
  yours = seeds_factor_stats_format_mean (peer_factor->yours);
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u score", "%u scores", peer_factor->yours->n),
                           peer_factor->yours->n);

  gtk_label_set_text (self->number_label, number);
  gtk_label_set_text (self->title_label, seeds_factor_get_title (factor));
  show_band (self, peer_factor->yours);
  seeds_compare_scale_set_factor (self->scale, peer_factor);
  gtk_label_set_text (self->yours_label, yours);
  gtk_label_set_text (self->count_label, count);
  show_others (self, peer_factor);

  label = self->needs_attention
          ? g_strdup_printf ("%s, %s", seeds_factor_get_title (factor), seeds_band_get_label (peer_factor->yours->band))
          : g_strdup (seeds_factor_get_title (factor));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description,
                                  -1);

  return GTK_WIDGET (self);
}

SeedsFactor *
seeds_compare_row_get_factor (SeedsCompareRow *self)
{
  g_return_val_if_fail (SEEDS_IS_COMPARE_ROW (self), NULL);

  return self->factor;
}

GtkWidget *
seeds_compare_row_get_scale (SeedsCompareRow *self)
{
  g_return_val_if_fail (SEEDS_IS_COMPARE_ROW (self), NULL);

  return GTK_WIDGET (self->scale);
}

/* The numbers in words, as the row tells a screen reader */
const char *
seeds_compare_row_get_description (SeedsCompareRow *self)
{
  g_return_val_if_fail (SEEDS_IS_COMPARE_ROW (self), NULL);

  return self->description;
}

gboolean
seeds_compare_row_needs_attention (SeedsCompareRow *self)
{
  g_return_val_if_fail (SEEDS_IS_COMPARE_ROW (self), FALSE);

  return self->needs_attention;
}
