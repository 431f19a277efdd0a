/* seeds-dots.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "overview/seeds-dots.h"
#include "model/seeds-score.h"

/* The scores of one factor as dots above a 1–5 scale, like stickers on the
 * poster, with "don't know" as hollow dots in a column of their own. Dots
 * shrink and pack into more columns when many people scored. */
struct _SeedsDots
{
  GtkWidget parent_instance;

  guint     counts[SEEDS_SCORE_MAX + 1];  /* [0] is "don't know" */
  float     scale;                        /* 1, or larger for a projector */
};

G_DEFINE_FINAL_TYPE (SeedsDots, seeds_dots, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LARGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define LARGE_SCALE 3.f

#define N_COLUMNS   (SEEDS_SCORE_MAX + 1)
#define LABEL_SPACE 18.f
#define GAP         1.f
#define PADDING     2.f
#define MAX_RADIUS  5.5f
#define MIN_RADIUS  2.f

/* The largest radius at which every column's dots fit in its box. */
static float
fit_radius (const guint *counts,
            float        column_width,
            float        height,
            float        scale)
{
  guint most = 0;

  for (int i = 0; i < N_COLUMNS; i++)
    most = MAX (most, counts[i]);

  for (float r = MAX_RADIUS * scale; r > MIN_RADIUS; r -= 0.5f)
    {
      guint per_row = MAX (1, (guint)((column_width + GAP) / (2 * r + GAP)));
      guint rows = MAX (1, (guint)((height + GAP) / (2 * r + GAP)));

      if (per_row * rows >= most)
        return r;
    }

  return MIN_RADIUS;
}

static void
draw_dot (GtkSnapshot   *snapshot,
          float          x,
          float          y,
          float          r,
          const GdkRGBA *color,
          gboolean       hollow)
{
  GskRoundedRect circle;

  gsk_rounded_rect_init_from_rect (&circle, &GRAPHENE_RECT_INIT (x - r, y - r, 2 * r, 2 * r), r);

  if (hollow)
    {
      const float widths[4] = { 1.5f, 1.5f, 1.5f, 1.5f };
      const GdkRGBA colors[4] = { *color, *color, *color, *color };

      gtk_snapshot_append_border (snapshot, &circle, widths, colors);
      return;
    }

  gtk_snapshot_push_rounded_clip (snapshot, &circle);
  gtk_snapshot_append_color (snapshot, color, &circle.bounds);
  gtk_snapshot_pop (snapshot);
}

static void
draw_label (SeedsDots   *self,
            GtkSnapshot *snapshot,
            const char  *text,
            float        center_x,
            float        top,
            const GdkRGBA *color)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  int width, height;

  if (self->scale != 1.f)
    {
      PangoFontDescription *font = pango_font_description_copy (pango_context_get_font_description (
                                                                  pango_layout_get_context (layout)));

      pango_font_description_set_size (font, pango_font_description_get_size (font) * self->scale * 0.6);
      pango_layout_set_font_description (layout, font);
      pango_font_description_free (font);
    }

  pango_layout_get_pixel_size (layout, &width, &height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (center_x - width / 2.f, top));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
seeds_dots_snapshot (GtkWidget   *widget,
                     GtkSnapshot *snapshot)
{
  SeedsDots *self = SEEDS_DOTS (widget);
  float width = gtk_widget_get_width (widget);
  float height = gtk_widget_get_height (widget);
  float dots_height = height - (LABEL_SPACE + 4) * (self->scale == 1.f ? 1.f : self->scale * 0.6f);
  /* a little gap before the "don't know" column */
  float column_width = (width - 8) / N_COLUMNS;
  float r = fit_radius (self->counts, column_width - PADDING, dots_height, self->scale);
  GtkStyleContext *style = gtk_widget_get_style_context (widget);
  GdkRGBA color, dim, line;

  /* Dots in the accent colour, like stickers; the scale in the text colour. */
  gtk_style_context_get_color (style, &dim);
  if (!gtk_style_context_lookup_color (style, "accent_color", &color))
    color = dim;
  dim.alpha *= 0.55f;
  line = dim;
  line.alpha *= 0.4f;

  gtk_snapshot_append_color (snapshot, &line,
                             &GRAPHENE_RECT_INIT (0, dots_height + 2, column_width * SEEDS_SCORE_MAX, 1));

  for (int column = 0; column < N_COLUMNS; column++)
    {
      int index = column < SEEDS_SCORE_MAX ? column + 1 : 0;
      float left = column * column_width + (index == 0 ? 8 : 0);
      guint per_row = MAX (1, (guint)((column_width - PADDING + GAP) / (2 * r + GAP)));
      float row_width = per_row * (2 * r + GAP) - GAP;
      g_autofree char *label = index == 0 ? g_strdup ("?") : g_strdup_printf ("%d", index);

      for (guint i = 0; i < self->counts[index]; i++)
        {
          float x = left + (column_width - row_width) / 2 + r + (i % per_row) * (2 * r + GAP);
          float y = dots_height - r - (i / per_row) * (2 * r + GAP);

          if (y - r < 0)
            break;  /* more than fit even at the smallest size */
          draw_dot (snapshot, x, y, r, index == 0 ? &dim : &color, index == 0);
        }

      draw_label (self, snapshot, label, left + column_width / 2, dots_height + 4, &dim);
    }
}

static void
seeds_dots_measure (GtkWidget      *widget,
                    GtkOrientation  orientation,
                    int             for_size,
                    int            *minimum,
                    int            *natural,
                    int            *minimum_baseline,
                    int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* One width for every row, so that the scales line up. */
      *minimum = *natural = 170 * SEEDS_DOTS (widget)->scale;
    }
  else
    {
      *minimum = *natural = 72 * SEEDS_DOTS (widget)->scale;
    }
}

static void
seeds_dots_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_LARGE:
      g_value_set_boolean (value, SEEDS_DOTS (object)->scale != 1.f);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_dots_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  SeedsDots *self = SEEDS_DOTS (object);

  switch (prop_id)
    {
    case PROP_LARGE:
      self->scale = g_value_get_boolean (value) ? LARGE_SCALE : 1.f;
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_dots_class_init (SeedsDotsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = seeds_dots_get_property;
  object_class->set_property = seeds_dots_set_property;

  /* Big enough to read from the back of a room. */
  properties[PROP_LARGE] =
    g_param_spec_boolean ("large", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->snapshot = seeds_dots_snapshot;
  widget_class->measure = seeds_dots_measure;

  gtk_widget_class_set_css_name (widget_class, "dots");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
seeds_dots_init (SeedsDots *self)
{
  self->scale = 1.f;
}

GtkWidget *
seeds_dots_new (void)
{
  return g_object_new (SEEDS_TYPE_DOTS, NULL);
}

/* In words, for screen readers: "Scores: 1 × 2, 3 × 4. Don't know: 1." */
char *
seeds_dots_describe (const SeedsFactorStats *stats)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (stats != NULL, NULL);

  for (int v = SEEDS_SCORE_MIN; v <= SEEDS_SCORE_MAX; v++)
    {
      if (stats->counts[v] == 0)
        continue;
      if (text->len > 0)
        g_string_append (text, ", ");
      /* Translators: how many people gave a score, e.g. "3 × score 4" */
      g_string_append_printf (text, _("%u × score %d"), stats->counts[v], v);
    }

  if (text->len == 0)
    g_string_append (text, _("No scores"));

  if (stats->dont_know > 0)
    {
      g_string_append (text, "; ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u person doesn’t know", "%u people don’t know",
                                                 stats->dont_know),
                              stats->dont_know);
    }

  return g_string_free (text, FALSE);
}

void
seeds_dots_set_stats (SeedsDots              *self,
                      const SeedsFactorStats *stats)
{
  g_autofree char *description = NULL;

  g_return_if_fail (SEEDS_IS_DOTS (self));
  g_return_if_fail (stats != NULL);

  for (int v = SEEDS_SCORE_MIN; v <= SEEDS_SCORE_MAX; v++)
    self->counts[v] = stats->counts[v];
  self->counts[0] = stats->dont_know;

  description = seeds_dots_describe (stats);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), description);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* How many dots are shown at a value (SEEDS_SCORE_DONT_KNOW included). */
guint
seeds_dots_get_count (SeedsDots *self,
                      int        value)
{
  g_return_val_if_fail (SEEDS_IS_DOTS (self), 0);
  g_return_val_if_fail (seeds_score_value_is_valid (value), 0);

  return self->counts[value == SEEDS_SCORE_DONT_KNOW ? 0 : value];
}
