/* seeds-compare-scale.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "compare/seeds-compare-scale.h"
#include "charts/seeds-score-axis.h"

/* One factor on a 1–5 scale: the bands tinted behind it as everywhere in
 * the app, the range of the means the other communities share as a bar,
 * their median as a tick, and your mean as a dot in the accent colour, as
 * the stickers of the overview. The numbers are in the row beside it, and
 * in words for screen readers. */
struct _SeedsCompareScale
{
  GtkWidget parent_instance;

  gboolean  has_yours;
  guint     yours10;
  guint     n_sharing;
  guint     median10;
  guint     min10;
  guint     max10;
};

G_DEFINE_FINAL_TYPE (SeedsCompareScale, seeds_compare_scale, GTK_TYPE_WIDGET)

#define WIDTH       220
#define MIN_WIDTH   140
#define HEIGHT      40
#define PADDING     9.f   /* room for half a dot at 1 and at 5 */
#define MIDDLE      14.f  /* of the track, from the top */
#define TRACK_SIZE  4.f
#define BAR_SIZE    10.f
#define DOT_RADIUS  6.f
#define RING        2.f

static GdkRGBA
with_alpha (const GdkRGBA *color,
            float          alpha)
{
  GdkRGBA result = *color;

  result.alpha *= alpha;
  return result;
}

/* @from blended towards @to by @amount, opaque */
static GdkRGBA
mix (const GdkRGBA *from,
     const GdkRGBA *to,
     float          amount)
{
  float a = amount * to->alpha;

  return (GdkRGBA) {
    from->red + (to->red - from->red) * a,
    from->green + (to->green - from->green) * a,
    from->blue + (to->blue - from->blue) * a,
    1,
  };
}

/* What the row is drawn on: the card colour, which is a translucent white
 * over the window in the dark style, made opaque. */
static GdkRGBA
card_color (GtkWidget *widget)
{
  GdkRGBA window, card;

  seeds_score_axis_lookup_color (widget, "window_bg_color", &(GdkRGBA) { 1, 1, 1, 1 }, &window);
  seeds_score_axis_lookup_color (widget, "card_bg_color", &window, &card);
  window.alpha = 1;
  return mix (&window, &card, 1.f);
}

static void
seeds_compare_scale_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  SeedsCompareScale *self = SEEDS_COMPARE_SCALE (widget);
  SeedsScoreAxis axis = { PADDING, gtk_widget_get_width (widget) - PADDING };
  GdkRGBA foreground, accent, background, dim;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &foreground);
  seeds_score_axis_lookup_color (widget, "accent_color", &foreground, &accent);
  background = card_color (widget);
  dim = with_alpha (&foreground, 0.6f);

  /* The bands as a thin line that the others' bar covers */
  seeds_score_axis_append_bands (&axis, widget, snapshot, MIDDLE, TRACK_SIZE, &foreground);
  seeds_score_axis_append_numerals (&axis, widget, snapshot, MIDDLE + BAR_SIZE / 2 + 3, 0.8, &dim);

  if (self->n_sharing > 0)
    {
      /* Opaque, so that the band colours don't show through and muddy it */
      GdkRGBA range = mix (&background, &foreground, 0.45f);
      float left = seeds_score_axis_x (&axis, self->min10) - BAR_SIZE / 2;
      float right = seeds_score_axis_x (&axis, self->max10) + BAR_SIZE / 2;
      float median = seeds_score_axis_x (&axis, self->median10);

      seeds_score_axis_append_pill (snapshot, &GRAPHENE_RECT_INIT (left, MIDDLE - BAR_SIZE / 2, right - left, BAR_SIZE),
                                    &range);
      seeds_score_axis_append_pill (snapshot, &GRAPHENE_RECT_INIT (median - 1.5f, MIDDLE - BAR_SIZE / 2 - 4,
                                                                   3, BAR_SIZE + 8),
                                    &foreground);
    }

  if (self->has_yours)
    {
      float x = seeds_score_axis_x (&axis, self->yours10);

      seeds_score_axis_append_dot (snapshot, x, MIDDLE, DOT_RADIUS + RING, &background);
      seeds_score_axis_append_dot (snapshot, x, MIDDLE, DOT_RADIUS, &accent);
    }
}

static void
seeds_compare_scale_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  /* Narrower only on a small screen */
  seeds_score_axis_measure (orientation, MIN_WIDTH, WIDTH, HEIGHT, minimum, natural);
}

static void
seeds_compare_scale_class_init (SeedsCompareScaleClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = seeds_compare_scale_snapshot;
  widget_class->measure = seeds_compare_scale_measure;

  gtk_widget_class_set_css_name (widget_class, "comparescale");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
seeds_compare_scale_init (SeedsCompareScale *self)
{
}

GtkWidget *
seeds_compare_scale_new (void)
{
  return g_object_new (SEEDS_TYPE_COMPARE_SCALE, NULL);
}

void
seeds_compare_scale_set_factor (SeedsCompareScale     *self,
                                const SeedsPeerFactor *factor)
{
  g_autofree char *description = NULL;

  g_return_if_fail (SEEDS_IS_COMPARE_SCALE (self));
  g_return_if_fail (factor != NULL);

  self->has_yours = factor->yours->n > 0;
  self->yours10 = factor->yours->mean10;
  self->n_sharing = factor->n_sharing;
  self->median10 = factor->shared_median10;
  self->min10 = factor->shared_min10;
  self->max10 = factor->shared_max10;

  description = seeds_compare_scale_describe (factor);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Your mean next to the others’"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* A mean × 10 as it is shown, "3.4" ("3,4" in Dutch). */
char *
seeds_compare_format_mean10 (guint mean10)
{
  SeedsSharedScore score = { .mean10 = mean10 };

  return seeds_shared_score_format_mean (&score);
}

/**
 * seeds_compare_scale_describe:
 *
 * What the scale shows, in words: "Your mean 2.4. The 5 communities that
 * share it: median 3.8, from 2.7 to 4.4."
 *
 * Returns: (transfer full): the description
 */
char *
seeds_compare_scale_describe (const SeedsPeerFactor *factor)
{
  g_autofree char *yours = NULL;
  g_autofree char *theirs = NULL;

  g_return_val_if_fail (factor != NULL, NULL);

  if (factor->yours->n > 0)
    {
      g_autofree char *mean = seeds_compare_format_mean10 (factor->yours->mean10);

      /* Translators: the mean of your meeting's scores of a factor */
      yours = g_strdup_printf (_("Your mean %s."), mean);
    }
  else
    {
      yours = g_strdup (_("You have no scores of it."));
    }

  if (factor->n_sharing == 0)
    {
      theirs = g_strdup (_("No other community shares a score of it."));
    }
  else if (factor->n_sharing == 1)
    {
      g_autofree char *mean = seeds_compare_format_mean10 (factor->shared_median10);

      /* Translators: the mean that one other community shares */
      theirs = g_strdup_printf (_("The one community that shares it: %s."), mean);
    }
  else
    {
      g_autofree char *median = seeds_compare_format_mean10 (factor->shared_median10);
      g_autofree char *min = seeds_compare_format_mean10 (factor->shared_min10);
      g_autofree char *max = seeds_compare_format_mean10 (factor->shared_max10);

      /* Translators: how many communities share their mean of a factor, the median of their
       * means, the lowest and the highest, e.g. "The 5 communities that share it: median 3.8,
       * from 2.7 to 4.4." */
      theirs = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "The %u community that shares it: median %s, from %s to %s.",
                                             "The %u communities that share it: median %s, from %s to %s.",
                                             factor->n_sharing),
                                factor->n_sharing, median, min, max);
    }

  return g_strdup_printf ("%s %s", yours, theirs);
}
