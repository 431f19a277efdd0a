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

/* The slide of the reveal: all twelve factors as tiles, each with its mean
 * and band once the scores are revealed, so the room sees the whole
 * picture before going through the factors one by one. After the reveal
 * the tiles come in the agenda's order; a tile opens its factor. */
struct _SeedsOverviewSlide
{
  GtkWidget  parent_instance;

  GtkWidget *grid;
  GPtrArray *tiles;   /* GtkButton, framework order */
  GPtrArray *titles;  /* char *, "4. Handling competitive sensitivity" */
  GPtrArray *means;   /* GtkLabel */
  GPtrArray *bands;   /* GtkLabel */
};

enum {
  FACTOR_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SeedsOverviewSlide, seeds_overview_slide, GTK_TYPE_WIDGET)

#define COLUMNS 4

static void
seeds_overview_slide_dispose (GObject *object)
{
  SeedsOverviewSlide *self = (SeedsOverviewSlide *)object;

  g_clear_pointer (&self->grid, gtk_widget_unparent);
  g_clear_pointer (&self->tiles, g_ptr_array_unref);
  g_clear_pointer (&self->titles, g_ptr_array_unref);
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
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  signals[FACTOR_ACTIVATED] =
    g_signal_new ("factor-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
seeds_overview_slide_init (SeedsOverviewSlide *self)
{
  self->tiles = g_ptr_array_new ();
  self->titles = g_ptr_array_new_with_free_func (g_free);
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

static void
on_tile_clicked (GtkButton          *tile,
                 SeedsOverviewSlide *self)
{
  guint position;

  if (g_ptr_array_find (self->tiles, tile, &position))
    g_signal_emit (self, signals[FACTOR_ACTIVATED], 0, position);
}

/* A tile is a button, so that Tab and Enter reach it as a click does. */
static GtkWidget *
tile_new (SeedsOverviewSlide *self,
          SeedsFactor        *factor)
{
  GtkWidget *tile = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *numbers = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  char *heading = g_strdup_printf (_("%u. %s"), seeds_factor_get_position (factor) + 1,
                                   seeds_factor_get_title (factor));
  GtkWidget *mean = label_new ("", "tile-mean");
  GtkWidget *band = label_new ("", "band");

  gtk_widget_add_css_class (tile, "card");
  gtk_widget_add_css_class (tile, "tile");
  gtk_widget_set_focus_on_click (tile, FALSE);
  gtk_button_set_child (GTK_BUTTON (tile), box);
  gtk_box_append (GTK_BOX (box), label_new (heading, "tile-title"));
  gtk_widget_set_vexpand (gtk_widget_get_first_child (box), TRUE);
  gtk_box_append (GTK_BOX (numbers), mean);
  gtk_box_append (GTK_BOX (numbers), band);
  gtk_box_append (GTK_BOX (box), numbers);
  gtk_widget_set_halign (numbers, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (band, GTK_ALIGN_CENTER);
  gtk_label_set_wrap (GTK_LABEL (band), FALSE);
  g_signal_connect (tile, "clicked", G_CALLBACK (on_tile_clicked), self);

  g_ptr_array_add (self->tiles, tile);
  g_ptr_array_add (self->titles, heading);
  g_ptr_array_add (self->means, mean);
  g_ptr_array_add (self->bands, band);
  return tile;
}

/* The tiles in the order given, row by row. */
static void
arrange (SeedsOverviewSlide *self,
         const guint        *order,
         guint               n)
{
  for (guint i = 0; i < self->tiles->len; i++)
    if (gtk_widget_get_parent (g_ptr_array_index (self->tiles, i)) == self->grid)
      gtk_grid_remove (GTK_GRID (self->grid), g_ptr_array_index (self->tiles, i));

  for (guint i = 0; i < n; i++)
    if (order[i] < self->tiles->len)
      gtk_grid_attach (GTK_GRID (self->grid), g_ptr_array_index (self->tiles, order[i]),
                       i % COLUMNS, i / COLUMNS, 1, 1);
}

GtkWidget *
seeds_overview_slide_new (SeedsFramework *framework)
{
  SeedsOverviewSlide *self;

  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (framework), NULL);

  self = g_object_new (SEEDS_TYPE_OVERVIEW_SLIDE, NULL);
  self->grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (self->grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (self->grid), 12);
  gtk_grid_set_row_homogeneous (GTK_GRID (self->grid), TRUE);
  gtk_grid_set_column_homogeneous (GTK_GRID (self->grid), TRUE);
  gtk_widget_set_margin_start (self->grid, 48);
  gtk_widget_set_margin_end (self->grid, 48);
  gtk_widget_set_valign (self->grid, GTK_ALIGN_CENTER);
  gtk_widget_set_parent (self->grid, GTK_WIDGET (self));

  for (guint i = 0; i < seeds_framework_get_n_factors (framework); i++)
    g_object_ref_sink (tile_new (self, seeds_framework_get_factor (framework, i)));
  g_ptr_array_set_free_func (self->tiles, g_object_unref);

  return GTK_WIDGET (self);
}

/* A tile's name for a screen reader: "4. Title: 2.7, Needs attention" */
static void
name_tile (SeedsOverviewSlide *self,
           guint               position)
{
  GtkLabel *mean = g_ptr_array_index (self->means, position);
  GtkLabel *band = g_ptr_array_index (self->bands, position);
  /* Translators: a factor, its mean and its band, e.g. "4. Handling competitive sensitivity: 2.7, Needs attention" */
  g_autofree char *name = g_strdup_printf (_("%s: %s, %s"), (char *)g_ptr_array_index (self->titles, position),
                                           gtk_label_get_text (mean), gtk_label_get_text (band));

  gtk_accessible_update_property (GTK_ACCESSIBLE (g_ptr_array_index (self->tiles, position)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/**
 * seeds_overview_slide_show:
 * @order: the positions of the factors in the order of the tiles
 */
void
seeds_overview_slide_show (SeedsOverviewSlide  *self,
                           SeedsMeetingSummary *summary,
                           const guint         *order,
                           guint                n_order,
                           gboolean             revealed,
                           guint                threshold)
{
  g_return_if_fail (SEEDS_IS_OVERVIEW_SLIDE (self));
  g_return_if_fail (SEEDS_IS_MEETING_SUMMARY (summary));

  arrange (self, order, n_order);

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
      name_tile (self, i);
    }
}

/* (nullable): the tile of the factor at @position */
GtkWidget *
seeds_overview_slide_get_tile (SeedsOverviewSlide *self,
                               guint               position)
{
  g_return_val_if_fail (SEEDS_IS_OVERVIEW_SLIDE (self), NULL);

  return position < self->tiles->len ? g_ptr_array_index (self->tiles, position) : NULL;
}
