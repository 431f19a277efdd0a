/* seeds-growth.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "print/seeds-growth.h"

/* Laid out in a unit square, y down, then scaled to where it is drawn.
 * The colours are the same on a light and a dark background: mid-tones
 * with a darker outline, as on the poster. Nothing here is random: the
 * same work is the same plant, on screen and on paper. */
struct _SeedsGrowth
{
  SeedsGrowthWork  work;
  SeedsGrowthStage stage;
  double           height;     /* of the stem, 0 to 1 of the room above the soil */
  guint            n_leaves;
  guint            n_flowers;
};

#define SOIL_Y       0.86
#define MAX_STEM     0.74
#define SPROUT_BELOW 0.25
/* Points at which the stem has grown two thirds of the way */
#define POINTS_SCALE 60.0

/* The plant grows with what was earned; spending points on a reward
 * takes nothing from the work that was done, a correction does (counted
 * apart, so that the order of the ledger does not matter). */
static void
add_entry (SeedsGrowthWork  *work,
           guint            *corrected,
           SeedsLedgerEntry *entry)
{
  gint64 amount = seeds_ledger_entry_get_amount (entry);
  const char *reason = seeds_ledger_entry_get_reason (entry);

  if (seeds_ledger_entry_get_kind (entry) == SEEDS_LEDGER_CORRECTION)
    *corrected += (guint) ABS (amount);
  if (seeds_ledger_entry_get_kind (entry) != SEEDS_LEDGER_EARNED || amount <= 0)
    return;

  work->points += (guint) amount;
  if (g_str_equal (reason, "meeting-scored"))
    work->n_meetings++;
  else if (g_str_equal (reason, "failure-recorded"))
    work->n_failures++;
  else
    work->n_steps_done++;
}

/**
 * seeds_growth_work_from_ledger:
 * @entries: (element-type SeedsLedgerEntry): a community's ledger
 * @work: (out): the work it tells of
 */
void
seeds_growth_work_from_ledger (GPtrArray       *entries,
                               SeedsGrowthWork *work)
{
  guint corrected = 0;

  g_return_if_fail (entries != NULL && work != NULL);

  *work = (SeedsGrowthWork) { 0 };
  for (guint i = 0; i < entries->len; i++)
    add_entry (work, &corrected, g_ptr_array_index (entries, i));
  work->points -= MIN (work->points, corrected);
}

SeedsGrowth *
seeds_growth_new (const SeedsGrowthWork *work)
{
  SeedsGrowth *self;

  g_return_val_if_fail (work != NULL, NULL);

  self = g_new0 (SeedsGrowth, 1);
  self->work = *work;
  if (work->points > 0)
    /* Fast at first, then slower: the first points show, and a community
     * of years still has room to grow */
    self->height = 0.12 + 0.88 * (1.0 - exp (-(double) work->points / POINTS_SCALE));
  self->n_leaves = work->points > 0 ? MIN (work->n_meetings + work->n_steps_done, SEEDS_GROWTH_MAX_LEAVES) : 0;
  self->n_flowers = work->points > 0 ? MIN (work->n_failures, SEEDS_GROWTH_MAX_FLOWERS) : 0;

  if (work->points == 0)
    self->stage = SEEDS_GROWTH_SEED;
  else if (self->n_flowers > 0)
    self->stage = SEEDS_GROWTH_BLOOMING;
  else if (self->height < SPROUT_BELOW)
    self->stage = SEEDS_GROWTH_SPROUT;
  else
    self->stage = SEEDS_GROWTH_PLANT;

  return self;
}

void
seeds_growth_free (SeedsGrowth *self)
{
  g_free (self);
}

SeedsGrowthStage
seeds_growth_get_stage (SeedsGrowth *self)
{
  g_return_val_if_fail (self != NULL, SEEDS_GROWTH_SEED);

  return self->stage;
}

/* The stem, from 0 (none) to 1 (full grown) */
double
seeds_growth_get_height (SeedsGrowth *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->height;
}

guint
seeds_growth_get_n_leaves (SeedsGrowth *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_leaves;
}

guint
seeds_growth_get_n_flowers (SeedsGrowth *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_flowers;
}

/**
 * seeds_growth_describe:
 *
 * Returns: (transfer full): what the picture shows, for a screen reader
 */
char *
seeds_growth_describe (SeedsGrowth *self)
{
  g_autofree char *points = NULL;
  g_autofree char *leaves = NULL;
  g_autofree char *flowers = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->stage == SEEDS_GROWTH_SEED)
    return g_strdup (_("A seed in the soil: no points earned yet"));

  points = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u point for the work done",
                                         "%u points for the work done", self->work.points),
                            self->work.points);
  leaves = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u leaf for the meetings and the steps done",
                                         "%u leaves for the meetings and the steps done", self->n_leaves),
                            self->n_leaves);
  flowers = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u flower for a brilliant failure",
                                          "%u flowers for brilliant failures", self->n_flowers),
                             self->n_flowers);
  /* Translators: the picture of a community's work; the parts are "12 points for the work done",
   * "5 leaves for the meetings and the steps done" and "1 flower for a brilliant failure" */
  return g_strdup_printf (_("A plant grown from a seed: %s, %s and %s"), points, leaves, flowers);
}

/* Drawing */

typedef struct
{
  double x, y;
} Point;

static void
set_colour (cairo_t *cr,
            guint32  rgb)
{
  cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0);
}

static void
fill_and_outline (cairo_t *cr,
                  guint32  fill,
                  guint32  outline)
{
  set_colour (cr, fill);
  cairo_fill_preserve (cr);
  set_colour (cr, outline);
  cairo_set_line_width (cr, 0.008);
  cairo_stroke (cr);
}

/* The stem's curve, a gentle S from the seed up: its control points */
static void
stem_curve (double top,
            Point  p[4])
{
  p[0] = (Point) { 0.5, SOIL_Y };
  p[1] = (Point) { 0.46, SOIL_Y - top / 3 };
  p[2] = (Point) { 0.54, SOIL_Y - 2 * top / 3 };
  p[3] = (Point) { 0.5, SOIL_Y - top };
}

static Point
stem_point (double top,
            double t)
{
  Point p[4];
  double u = 1 - t;

  stem_curve (top, p);
  return (Point) { u * u * u * p[0].x + 3 * u * u * t * p[1].x + 3 * u * t * t * p[2].x + t * t * t * p[3].x,
                   u * u * u * p[0].y + 3 * u * u * t * p[1].y + 3 * u * t * t * p[2].y + t * t * t * p[3].y };
}

static void
draw_soil_and_seed (cairo_t *cr)
{
  cairo_save (cr);
  cairo_translate (cr, 0.5, SOIL_Y + 0.06);
  cairo_scale (cr, 0.42, 0.08);
  cairo_arc (cr, 0, 0, 1, G_PI, 2 * G_PI);
  cairo_close_path (cr);
  cairo_restore (cr);
  fill_and_outline (cr, 0x8d6e63, 0x4e342e);

  /* The seed it came from, half in the soil, always there */
  cairo_save (cr);
  cairo_translate (cr, 0.5, SOIL_Y + 0.015);
  cairo_rotate (cr, -0.35);
  cairo_scale (cr, 0.05, 0.03);
  cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
  cairo_restore (cr);
  fill_and_outline (cr, 0xd7a86e, 0x6d4c41);
}

static void
draw_leaf (cairo_t *cr,
           Point    at,
           double   angle,
           double   length)
{
  cairo_save (cr);
  cairo_translate (cr, at.x, at.y);
  cairo_rotate (cr, angle);
  cairo_move_to (cr, 0, 0);
  cairo_curve_to (cr, length * 0.3, -length * 0.35, length * 0.75, -length * 0.3, length, 0);
  cairo_curve_to (cr, length * 0.75, length * 0.3, length * 0.3, length * 0.35, 0, 0);
  cairo_restore (cr);
  fill_and_outline (cr, 0x66bb6a, 0x1b5e20);
}

static void
draw_flower (cairo_t *cr,
             Point    at)
{
  for (guint i = 0; i < 5; i++)
    {
      double angle = i * 2 * G_PI / 5 - G_PI / 2;

      cairo_new_sub_path (cr);
      cairo_arc (cr, at.x + 0.034 * cos (angle), at.y + 0.034 * sin (angle), 0.028, 0, 2 * G_PI);
    }
  fill_and_outline (cr, 0xffb300, 0x8d4b00);
  cairo_arc (cr, at.x, at.y, 0.02, 0, 2 * G_PI);
  fill_and_outline (cr, 0xe65100, 0x6d2500);
}

static void
draw_stem (cairo_t *cr,
           double   top)
{
  Point p[4];

  stem_curve (top, p);
  cairo_move_to (cr, p[0].x, p[0].y);
  cairo_curve_to (cr, p[1].x, p[1].y, p[2].x, p[2].y, p[3].x, p[3].y);
  set_colour (cr, 0x2e7d32);
  cairo_set_line_width (cr, 0.022);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_stroke (cr);
}

/* Leaves in turn left and right, smaller towards the top; a sprout has
 * its two first leaves at the tip */
static void
draw_leaves (SeedsGrowth *self,
             cairo_t     *cr,
             double       top)
{
  if (self->stage == SEEDS_GROWTH_SPROUT || self->n_leaves == 0)
    {
      draw_leaf (cr, stem_point (top, 1), -G_PI / 6, 0.12);
      draw_leaf (cr, stem_point (top, 1), G_PI + G_PI / 6, 0.12);
      return;
    }

  for (guint i = 0; i < self->n_leaves; i++)
    {
      double spacing = 0.75 * top / self->n_leaves;
      double t = 0.12 + 0.75 * (i + 0.5) / self->n_leaves;
      gboolean right = i % 2 == 0;

      /* Close together, leaves are smaller, so that each still shows */
      draw_leaf (cr, stem_point (top, t), right ? -0.45 : G_PI + 0.45,
                 CLAMP (2.4 * spacing, 0.07, 0.17) * (1 - 0.35 * t));
    }
}

/* A flower at the tip, the others on twigs down the top of the stem,
 * left and right in turn */
static void
draw_flowers (SeedsGrowth *self,
              cairo_t     *cr,
              double       top)
{
  for (guint i = 1; i < self->n_flowers; i++)
    {
      Point from = stem_point (top, 1 - 0.1 * i);
      double side = i % 2 == 1 ? 1 : -1;
      Point end = { from.x + side * 0.13, from.y - 0.05 };

      cairo_move_to (cr, from.x, from.y);
      cairo_curve_to (cr, from.x + side * 0.06, from.y, end.x, end.y + 0.03, end.x, end.y);
      set_colour (cr, 0x2e7d32);
      cairo_set_line_width (cr, 0.012);
      cairo_stroke (cr);
      draw_flower (cr, end);
    }
  if (self->n_flowers > 0)
    draw_flower (cr, stem_point (top, 1));
}

/**
 * seeds_growth_draw:
 *
 * Draws the plant as large as fits in the rectangle, at the foot of it
 * and in the middle.
 */
void
seeds_growth_draw (SeedsGrowth *self,
                   cairo_t     *cr,
                   double       x,
                   double       y,
                   double       width,
                   double       height)
{
  double size = MIN (width, height);
  double top = self->height * MAX_STEM;

  g_return_if_fail (self != NULL);

  if (size <= 0)
    return;

  cairo_save (cr);
  cairo_translate (cr, x + (width - size) / 2, y + height - size);
  cairo_scale (cr, size, size);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  if (self->stage != SEEDS_GROWTH_SEED)
    {
      draw_stem (cr, top);
      draw_leaves (self, cr, top);
      draw_flowers (self, cr, top);
    }
  draw_soil_and_seed (cr);
  cairo_restore (cr);
}
