/* seeds-score-axis.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "charts/seeds-score-axis.h"
#include "model/seeds-score.h"

/* The 1–5 scale as the overview's dots and the comparison's scale draw
 * it, so that the two read alike: the same places for the values, the
 * same numerals under them, the same round marks. */

#define BAND_ALPHA 0.7f

/* @value10 is a value × 10, as the means are kept; it is held to 1–5. */
float
seeds_score_axis_x (const SeedsScoreAxis *axis,
                    guint                 value10)
{
  g_return_val_if_fail (axis != NULL, 0);

  return axis->left + (CLAMP (value10, SEEDS_SCORE_MIN * 10, SEEDS_SCORE_MAX * 10) - SEEDS_SCORE_MIN * 10) *
                      (axis->right - axis->left) / ((SEEDS_SCORE_MAX - SEEDS_SCORE_MIN) * 10.f);
}

/* A scale is as wide as the others in its column, so that they line up:
 * @width, or down to @min_width where there is no room; always @height
 * high. */
void
seeds_score_axis_measure (GtkOrientation  orientation,
                          int             min_width,
                          int             width,
                          int             height,
                          int            *minimum,
                          int            *natural)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = min_width;
      *natural = width;
    }
  else
    {
      *minimum = *natural = height;
    }
}

void
seeds_score_axis_lookup_color (GtkWidget     *widget,
                               const char    *name,
                               const GdkRGBA *fallback,
                               GdkRGBA       *color)
{
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, color))
    *color = *fallback;
}

/* A rectangle rounded by half its shorter side: a bar, or a dot. */
void
seeds_score_axis_append_pill (GtkSnapshot           *snapshot,
                              const graphene_rect_t *rect,
                              const GdkRGBA         *color)
{
  GskRoundedRect pill;

  gsk_rounded_rect_init_from_rect (&pill, rect, MIN (rect->size.width, rect->size.height) / 2);
  gtk_snapshot_push_rounded_clip (snapshot, &pill);
  gtk_snapshot_append_color (snapshot, color, rect);
  gtk_snapshot_pop (snapshot);
}

/* A round mark of @radius around @x, @y. */
void
seeds_score_axis_append_dot (GtkSnapshot   *snapshot,
                             float          x,
                             float          y,
                             float          radius,
                             const GdkRGBA *color)
{
  seeds_score_axis_append_pill (snapshot, &GRAPHENE_RECT_INIT (x - radius, y - radius, 2 * radius, 2 * radius), color);
}

/* The three bands, below 3.0, from 3.0 and from 4.0, in the theme's
 * colours for them, as a line from 1 to 5 that is @thickness high
 * around @middle. */
void
seeds_score_axis_append_bands (const SeedsScoreAxis *axis,
                               GtkWidget            *widget,
                               GtkSnapshot          *snapshot,
                               float                 middle,
                               float                 thickness,
                               const GdkRGBA        *fallback)
{
  static const struct { const char *color; guint from10, to10; } bands[] = {
    { "error_color", 10, 30 },
    { "warning_color", 30, 40 },
    { "success_color", 40, 50 },
  };
  graphene_rect_t line = GRAPHENE_RECT_INIT (axis->left - thickness / 2, middle - thickness / 2,
                                             axis->right - axis->left + thickness, thickness);
  GskRoundedRect track;

  gsk_rounded_rect_init_from_rect (&track, &line, thickness / 2);
  gtk_snapshot_push_rounded_clip (snapshot, &track);
  for (guint i = 0; i < G_N_ELEMENTS (bands); i++)
    {
      GdkRGBA color;
      float left = bands[i].from10 == 10 ? line.origin.x : seeds_score_axis_x (axis, bands[i].from10);
      float right = bands[i].to10 == 50 ? line.origin.x + line.size.width : seeds_score_axis_x (axis, bands[i].to10);

      seeds_score_axis_lookup_color (widget, bands[i].color, fallback, &color);
      color.alpha *= BAND_ALPHA;
      gtk_snapshot_append_color (snapshot, &color,
                                 &GRAPHENE_RECT_INIT (left, line.origin.y, right - left, thickness));
    }
  gtk_snapshot_pop (snapshot);
}

/* @text centred on @center_x, its font @font_scale times the widget's. */
void
seeds_score_axis_append_label (GtkWidget     *widget,
                               GtkSnapshot   *snapshot,
                               const char    *text,
                               float          center_x,
                               float          top,
                               double         font_scale,
                               const GdkRGBA *color)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  int width, height;

  if (font_scale != 1.0)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_scale_new (font_scale));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }

  pango_layout_get_pixel_size (layout, &width, &height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (center_x - width / 2.f, top));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

/* The numerals 1 to 5 under their places, their tops at @top. */
void
seeds_score_axis_append_numerals (const SeedsScoreAxis *axis,
                                  GtkWidget            *widget,
                                  GtkSnapshot          *snapshot,
                                  float                 top,
                                  double                font_scale,
                                  const GdkRGBA        *color)
{
  g_return_if_fail (axis != NULL);

  for (int value = SEEDS_SCORE_MIN; value <= SEEDS_SCORE_MAX; value++)
    {
      char text[] = { '0' + value, '\0' };

      seeds_score_axis_append_label (widget, snapshot, text, seeds_score_axis_x (axis, value * 10),
                                     top, font_scale, color);
    }
}
