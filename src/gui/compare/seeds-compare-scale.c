/* seeds-compare-scale.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "compare/seeds-compare-scale.h"

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

static float
x_for (float  width,
       guint  mean10)
{
  return PADDING + (MIN (MAX (mean10, 10), 50) - 10) * (width - 2 * PADDING) / 40.f;
}

static void
lookup_color (GtkWidget     *widget,
              const char    *name,
              const GdkRGBA *fallback,
              GdkRGBA       *color)
{
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, color))
    *color = *fallback;
}

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

  lookup_color (widget, "window_bg_color", &(GdkRGBA) { 1, 1, 1, 1 }, &window);
  lookup_color (widget, "card_bg_color", &window, &card);
  window.alpha = 1;
  return mix (&window, &card, 1.f);
}

static void
append_pill (GtkSnapshot     *snapshot,
             graphene_rect_t *rect,
             const GdkRGBA   *color)
{
  GskRoundedRect pill;

  gsk_rounded_rect_init_from_rect (&pill, rect, MIN (rect->size.width, rect->size.height) / 2);
  gtk_snapshot_push_rounded_clip (snapshot, &pill);
  gtk_snapshot_append_color (snapshot, color, rect);
  gtk_snapshot_pop (snapshot);
}

/* The three bands, below 3.0, from 3.0 and from 4.0, in their colours,
 * as a thin line that the others' bar covers. */
static void
draw_track (GtkWidget   *widget,
            GtkSnapshot *snapshot,
            float        width,
            const GdkRGBA *foreground)
{
  static const struct { const char *color; guint from10, to10; } bands[] = {
    { "error_color", 10, 30 },
    { "warning_color", 30, 40 },
    { "success_color", 40, 50 },
  };
  GskRoundedRect track;

  gsk_rounded_rect_init_from_rect (&track, &GRAPHENE_RECT_INIT (PADDING - TRACK_SIZE / 2, MIDDLE - TRACK_SIZE / 2,
                                                                width - 2 * PADDING + TRACK_SIZE, TRACK_SIZE),
                                   TRACK_SIZE / 2);
  gtk_snapshot_push_rounded_clip (snapshot, &track);
  for (guint i = 0; i < G_N_ELEMENTS (bands); i++)
    {
      GdkRGBA color;
      float left = bands[i].from10 == 10 ? 0 : x_for (width, bands[i].from10);
      float right = bands[i].to10 == 50 ? width : x_for (width, bands[i].to10);

      lookup_color (widget, bands[i].color, foreground, &color);
      color = with_alpha (&color, 0.7f);
      gtk_snapshot_append_color (snapshot, &color,
                                 &GRAPHENE_RECT_INIT (left, MIDDLE - TRACK_SIZE / 2, right - left, TRACK_SIZE));
    }
  gtk_snapshot_pop (snapshot);
}

static void
draw_labels (GtkWidget     *widget,
             GtkSnapshot   *snapshot,
             float          width,
             const GdkRGBA *color)
{
  for (guint value = 1; value <= 5; value++)
    {
      g_autofree char *text = g_strdup_printf ("%u", value);
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
      PangoAttrList *attrs = pango_attr_list_new ();
      int text_width, text_height;

      pango_attr_list_insert (attrs, pango_attr_scale_new (0.8));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
      pango_layout_get_pixel_size (layout, &text_width, &text_height);

      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x_for (width, value * 10) - text_width / 2.f,
                                                              MIDDLE + BAR_SIZE / 2 + 3));
      gtk_snapshot_append_layout (snapshot, layout, color);
      gtk_snapshot_restore (snapshot);
    }
}

static void
seeds_compare_scale_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  SeedsCompareScale *self = SEEDS_COMPARE_SCALE (widget);
  float width = gtk_widget_get_width (widget);
  GdkRGBA foreground, accent, background, dim;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &foreground);
  lookup_color (widget, "accent_color", &foreground, &accent);
  background = card_color (widget);
  dim = with_alpha (&foreground, 0.6f);

  draw_track (widget, snapshot, width, &foreground);
  draw_labels (widget, snapshot, width, &dim);

  if (self->n_sharing > 0)
    {
      /* Opaque, so that the band colours don't show through and muddy it */
      GdkRGBA range = mix (&background, &foreground, 0.45f);
      float left = x_for (width, self->min10) - BAR_SIZE / 2;
      float right = x_for (width, self->max10) + BAR_SIZE / 2;
      float median = x_for (width, self->median10);

      append_pill (snapshot, &GRAPHENE_RECT_INIT (left, MIDDLE - BAR_SIZE / 2, right - left, BAR_SIZE), &range);
      append_pill (snapshot, &GRAPHENE_RECT_INIT (median - 1.5f, MIDDLE - BAR_SIZE / 2 - 4, 3, BAR_SIZE + 8),
                   &foreground);
    }

  if (self->has_yours)
    {
      float x = x_for (width, self->yours10);
      float r = DOT_RADIUS + RING;

      append_pill (snapshot, &GRAPHENE_RECT_INIT (x - r, MIDDLE - r, 2 * r, 2 * r), &background);
      append_pill (snapshot, &GRAPHENE_RECT_INIT (x - DOT_RADIUS, MIDDLE - DOT_RADIUS, 2 * DOT_RADIUS, 2 * DOT_RADIUS),
                   &accent);
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
  /* One width for every row, so that the scales line up; narrower only
   * on a small screen. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = WIDTH;
    }
  else
    {
      *minimum = *natural = HEIGHT;
    }
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
