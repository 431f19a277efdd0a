/* seeds-meeting-glyph.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "stats/seeds-factor-stats.h"
#include "history/seeds-meeting-glyph.h"

/* A meeting's overall picture at a glance, for the timeline: one small bar
 * per factor, as tall as its mean and coloured by its band, so that a
 * meeting with much to talk about looks different from a strong one. */
struct _SeedsMeetingGlyph
{
  GtkWidget  parent_instance;

  double    *means;      /* the shown mean of each factor, 0 for none */
  guint      n_factors;
};

G_DEFINE_FINAL_TYPE (SeedsMeetingGlyph, seeds_meeting_glyph, GTK_TYPE_WIDGET)

#define BAR_WIDTH  5.f
#define BAR_GAP    2.f
#define HEIGHT     28.f
#define NONE_MARK  2.f

static SeedsBand
band_of (double mean)
{
  if (mean <= 0)
    return SEEDS_BAND_NONE;

  return seeds_band_for_mean10 ((guint) lround (mean * 10));
}

static void
band_color (GtkWidget *widget,
            SeedsBand  band,
            GdkRGBA   *color)
{
  GtkStyleContext *style = gtk_widget_get_style_context (widget);
  const char *name = band == SEEDS_BAND_STRENGTH ? "success_color"
                   : band == SEEDS_BAND_DISCUSS ? "warning_color"
                   : "error_color";

  gtk_style_context_get_color (style, color);
  if (band == SEEDS_BAND_NONE || !gtk_style_context_lookup_color (style, name, color))
    color->alpha *= 0.4f;
}

static void
seeds_meeting_glyph_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  SeedsMeetingGlyph *self = SEEDS_MEETING_GLYPH (widget);
  float height = gtk_widget_get_height (widget);

  for (guint i = 0; i < self->n_factors; i++)
    {
      SeedsBand band = band_of (self->means[i]);
      /* A score of 1 still gets a visible bar: a fifth of the height. */
      float bar = band == SEEDS_BAND_NONE ? NONE_MARK
                : height * (float) (self->means[i] / 5.0);
      GdkRGBA color;

      band_color (widget, band, &color);
      gtk_snapshot_append_color (snapshot, &color,
                                 &GRAPHENE_RECT_INIT (i * (BAR_WIDTH + BAR_GAP), height - bar,
                                                      BAR_WIDTH, bar));
    }
}

static void
seeds_meeting_glyph_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  SeedsMeetingGlyph *self = SEEDS_MEETING_GLYPH (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = self->n_factors > 0 ? self->n_factors * (BAR_WIDTH + BAR_GAP) - BAR_GAP : 0;
  else
    *minimum = *natural = HEIGHT;
}

static void
seeds_meeting_glyph_finalize (GObject *object)
{
  SeedsMeetingGlyph *self = (SeedsMeetingGlyph *)object;

  g_clear_pointer (&self->means, g_free);

  G_OBJECT_CLASS (seeds_meeting_glyph_parent_class)->finalize (object);
}

static void
seeds_meeting_glyph_class_init (SeedsMeetingGlyphClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = seeds_meeting_glyph_finalize;
  widget_class->snapshot = seeds_meeting_glyph_snapshot;
  widget_class->measure = seeds_meeting_glyph_measure;

  gtk_widget_class_set_css_name (widget_class, "meetingglyph");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
seeds_meeting_glyph_init (SeedsMeetingGlyph *self)
{
}

GtkWidget *
seeds_meeting_glyph_new (void)
{
  return g_object_new (SEEDS_TYPE_MEETING_GLYPH, NULL);
}

/**
 * seeds_meeting_glyph_set_means:
 * @means: (array length=n_factors): the shown mean of each factor, 0 when
 *   nobody gave it a 1–5 score
 */
void
seeds_meeting_glyph_set_means (SeedsMeetingGlyph *self,
                               const double      *means,
                               guint              n_factors)
{
  g_autofree char *description = NULL;

  g_return_if_fail (SEEDS_IS_MEETING_GLYPH (self));
  g_return_if_fail (means != NULL || n_factors == 0);

  g_free (self->means);
  self->means = g_memdup2 (means, n_factors * sizeof (double));
  self->n_factors = n_factors;

  description = seeds_meeting_glyph_describe (means, n_factors);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* The glyph in words: how many factors fall in each band. */
char *
seeds_meeting_glyph_describe (const double *means,
                              guint         n_factors)
{
  guint counts[SEEDS_BAND_STRENGTH + 1] = { 0 };
  g_autofree char *strengths = NULL;
  g_autofree char *discuss = NULL;
  g_autofree char *attention = NULL;

  for (guint i = 0; i < n_factors; i++)
    counts[band_of (means[i])]++;

  if (counts[SEEDS_BAND_NONE] == n_factors)
    return g_strdup (_("No scores"));

  strengths = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u strength", "%u strengths",
                                            counts[SEEDS_BAND_STRENGTH]),
                               counts[SEEDS_BAND_STRENGTH]);
  discuss = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u worth discussing", "%u worth discussing",
                                          counts[SEEDS_BAND_DISCUSS]),
                             counts[SEEDS_BAND_DISCUSS]);
  attention = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u needs attention", "%u need attention",
                                            counts[SEEDS_BAND_ATTENTION]),
                               counts[SEEDS_BAND_ATTENTION]);

  /* Translators: the overall picture of a meeting, e.g. "5 strengths, 4 worth
   * discussing, 3 need attention". */
  return g_strdup_printf (_("%s, %s, %s"), strengths, discuss, attention);
}
