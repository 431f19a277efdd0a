/* seeds-overview-slide.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "presentation/seeds-factor-slide.h"
#include "presentation/seeds-overview-slide.h"

/* The first slide: all twelve factors as tiles, each with its mean and band
 * once the scores are revealed, so the room sees the whole picture before
 * going through the factors one by one. */
struct _SeedsOverviewSlide
{
  GtkWidget  parent_instance;

  GtkWidget *grid;
  GPtrArray *means;   /* GtkLabel, framework order */
  GPtrArray *bands;   /* GtkLabel */
};

G_DEFINE_FINAL_TYPE (SeedsOverviewSlide, seeds_overview_slide, GTK_TYPE_WIDGET)

#define COLUMNS 4

static void
seeds_overview_slide_dispose (GObject *object)
{
  SeedsOverviewSlide *self = (SeedsOverviewSlide *)object;

  g_clear_pointer (&self->grid, gtk_widget_unparent);
  g_clear_pointer (&self->means, g_ptr_array_unref);
  g_clear_pointer (&self->bands, g_ptr_array_unref);

  G_OBJECT_CLASS (seeds_overview_slide_parent_class)->dispose (object);
}

static void
seeds_overview_slide_class_init (SeedsOverviewSlideClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_overview_slide_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "overviewslide");
}

static void
seeds_overview_slide_init (SeedsOverviewSlide *self)
{
  self->means = g_ptr_array_new ();
  self->bands = g_ptr_array_new ();
}

static GtkWidget *
label_new (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
tile_new (SeedsOverviewSlide *self,
          SeedsFactor        *factor)
{
  GtkWidget *tile = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  g_autofree char *heading = g_strdup_printf ("%u. %s", seeds_factor_get_position (factor) + 1,
                                              seeds_factor_get_title (factor));
  GtkWidget *mean = label_new ("", "tile-mean");
  GtkWidget *band = label_new ("", "band");

  gtk_widget_add_css_class (tile, "card");
  gtk_widget_add_css_class (tile, "tile");
  gtk_box_append (GTK_BOX (tile), label_new (heading, "tile-title"));
  gtk_widget_set_vexpand (gtk_widget_get_first_child (tile), TRUE);
  gtk_box_append (GTK_BOX (tile), mean);
  gtk_box_append (GTK_BOX (tile), band);
  gtk_widget_set_halign (band, GTK_ALIGN_CENTER);

  g_ptr_array_add (self->means, mean);
  g_ptr_array_add (self->bands, band);
  return tile;
}

GtkWidget *
seeds_overview_slide_new (SeedsFramework *framework)
{
  SeedsOverviewSlide *self;

  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (framework), NULL);

  self = g_object_new (SEEDS_TYPE_OVERVIEW_SLIDE, NULL);
  self->grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (self->grid), 18);
  gtk_grid_set_column_spacing (GTK_GRID (self->grid), 18);
  gtk_grid_set_row_homogeneous (GTK_GRID (self->grid), TRUE);
  gtk_grid_set_column_homogeneous (GTK_GRID (self->grid), TRUE);
  gtk_widget_set_margin_start (self->grid, 48);
  gtk_widget_set_margin_end (self->grid, 48);
  gtk_widget_set_valign (self->grid, GTK_ALIGN_CENTER);
  gtk_widget_set_parent (self->grid, GTK_WIDGET (self));

  for (guint i = 0; i < seeds_framework_get_n_factors (framework); i++)
    gtk_grid_attach (GTK_GRID (self->grid), tile_new (self, seeds_framework_get_factor (framework, i)),
                     i % COLUMNS, i / COLUMNS, 1, 1);

  return GTK_WIDGET (self);
}

void
seeds_overview_slide_show (SeedsOverviewSlide  *self,
                           SeedsMeetingSummary *summary,
                           gboolean             revealed,
                           guint                threshold)
{
  g_return_if_fail (SEEDS_IS_OVERVIEW_SLIDE (self));
  g_return_if_fail (SEEDS_IS_MEETING_SUMMARY (summary));

  for (guint i = 0; i < self->means->len; i++)
    {
      const SeedsFactorStats *stats = seeds_meeting_summary_get_stats (summary, i);
      GtkLabel *mean = g_ptr_array_index (self->means, i);
      GtkWidget *band = g_ptr_array_index (self->bands, i);
      g_autofree char *text = NULL;
      g_autofree char *band_class = NULL;

      switch (seeds_slide_state_for (stats, revealed, threshold))
        {
        case SEEDS_SLIDE_SHOWN:
          text = seeds_factor_stats_format_mean (stats);
          band_class = g_strconcat ("band-", seeds_band_to_string (stats->band), NULL);
          gtk_label_set_text (GTK_LABEL (band), seeds_band_get_label (stats->band));
          break;

        case SEEDS_SLIDE_TOO_FEW:
          text = g_strdup ("–");
          band_class = g_strdup ("band-none");
          gtk_label_set_text (GTK_LABEL (band), _("Too few scores"));
          break;

        case SEEDS_SLIDE_HIDDEN:
        default:
          text = g_strdup ("?");
          band_class = g_strdup ("band-none");
          gtk_label_set_text (GTK_LABEL (band), _("Hidden"));
          break;
        }

      gtk_label_set_text (mean, text);
      gtk_widget_set_css_classes (band, (const char *[]) { "band", band_class, NULL });
    }
}
