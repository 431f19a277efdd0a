/* seeds-dots.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "overview/seeds-dots.h"
#include "charts/seeds-score-axis.h"
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
#define DONT_KNOW_GAP 8.f  /* sets the "don't know" column apart */
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
draw_hollow_dot (GtkSnapshot   *snapshot,
                 float          x,
                 float          y,
                 float          r,
                 const GdkRGBA *color)
{
  const float widths[4] = { 1.5f, 1.5f, 1.5f, 1.5f };
  const GdkRGBA colors[4] = { *color, *color, *color, *color };
  GskRoundedRect circle;

  gsk_rounded_rect_init_from_rect (&circle, &GRAPHENE_RECT_INIT (x - r, y - r, 2 * r, 2 * r), r);
  gtk_snapshot_append_border (snapshot, &circle, widths, colors);
}

/* One column of dots, from the bottom up, as many to a row as fit. */
static void
draw_column (GtkSnapshot   *snapshot,
             guint          count,
             float          center_x,
             float          column_width,
             float          bottom,
             float          r,
             const GdkRGBA *color,
             gboolean       hollow)
{
  guint per_row = MAX (1, (guint)((column_width - PADDING + GAP) / (2 * r + GAP)));
  float row_width = per_row * (2 * r + GAP) - GAP;

  for (guint i = 0; i < count; i++)
    {
      float x = center_x - row_width / 2 + r + (i % per_row) * (2 * r + GAP);
      float y = bottom - r - (i / per_row) * (2 * r + GAP);

      if (y - r < 0)
        break;  /* more than fit even at the smallest size */
      if (hollow)
        draw_hollow_dot (snapshot, x, y, r, color);
      else
        seeds_score_axis_append_dot (snapshot, x, y, r, color);
    }
}

static void
seeds_dots_snapshot (GtkWidget   *widget,
                     GtkSnapshot *snapshot)
{
  SeedsDots *self = SEEDS_DOTS (widget);
  float width = gtk_widget_get_width (widget);
  float height = gtk_widget_get_height (widget);
  /* Large, the numerals grow a little more than the room kept for them. */
  float label_scale = self->scale == 1.f ? 1.f : self->scale * 0.6f;
  float font_scale = self->scale == 1.f ? 1.f : self->scale * 0.8f;
  float dots_height = height - (LABEL_SPACE + 4) * label_scale;
  float column_width = (width - DONT_KNOW_GAP) / N_COLUMNS;
  SeedsScoreAxis axis = { column_width / 2, column_width / 2 + (SEEDS_SCORE_MAX - SEEDS_SCORE_MIN) * column_width };
  float dont_know_x = SEEDS_SCORE_MAX * column_width + DONT_KNOW_GAP + column_width / 2;
  float r = fit_radius (self->counts, column_width - PADDING, dots_height, self->scale);
  GdkRGBA color, dim, line;

  /* Dots in the accent colour, like stickers; the scale in the text colour. */
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &dim);
  seeds_score_axis_lookup_color (widget, "accent_color", &dim, &color);
  dim.alpha *= 0.55f;
  line = dim;
  line.alpha *= 0.4f;

  gtk_snapshot_append_color (snapshot, &line,
                             &GRAPHENE_RECT_INIT (0, dots_height + 2, column_width * SEEDS_SCORE_MAX, 1));

  for (int value = SEEDS_SCORE_MIN; value <= SEEDS_SCORE_MAX; value++)
    draw_column (snapshot, self->counts[value], seeds_score_axis_x (&axis, value * 10), column_width,
                 dots_height, r, &color, FALSE);
  draw_column (snapshot, self->counts[0], dont_know_x, column_width, dots_height, r, &dim, TRUE);

  seeds_score_axis_append_numerals (&axis, widget, snapshot, dots_height + 4, font_scale, &dim);
  seeds_score_axis_append_label (widget, snapshot, "?", dont_know_x, dots_height + 4, font_scale, &dim);
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
  float scale = SEEDS_DOTS (widget)->scale;

  seeds_score_axis_measure (orientation, 170 * scale, 170 * scale, 72 * scale, minimum, natural);
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
