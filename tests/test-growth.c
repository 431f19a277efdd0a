/* test-growth.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "print/seeds-growth.h"

/* The picture of a community's work: what grows with what, where it
 * stops, and that it is drawn where it says. */

/* Whether anything was drawn in a band of rows of @surface */
static gboolean
drawn_between (cairo_surface_t *surface,
               int              from_row,
               int              to_row)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int width = cairo_image_surface_get_width (surface);

  cairo_surface_flush (surface);
  /* four bytes a pixel */
  for (int y = from_row; y < to_row; y++)
    for (int x = 0; x < 4 * width; x++)
      if (data[y * stride + x] != 0)
        return TRUE;
  return FALSE;
}

static cairo_surface_t *
draw (const SeedsGrowthWork *work)
{
  g_autoptr(SeedsGrowth) growth = seeds_growth_new (work);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 200, 200);
  cairo_t *cr = cairo_create (surface);

  seeds_growth_draw (growth, cr, 0, 0, 200, 200);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  return surface;
}

static void
test_seed (void)
{
  SeedsGrowthWork work = { .n_meetings = 3, .n_failures = 2 };
  g_autoptr(SeedsGrowth) growth = seeds_growth_new (&work);
  cairo_surface_t *surface;

  /* Meetings without points earned are no growth yet */
  g_assert_cmpint (seeds_growth_get_stage (growth), ==, SEEDS_GROWTH_SEED);
  g_assert_cmpuint (seeds_growth_get_n_leaves (growth), ==, 0);
  g_assert_cmpuint (seeds_growth_get_n_flowers (growth), ==, 0);

  /* Only the soil and the seed: nothing above the soil line */
  surface = draw (&work);
  g_assert_false (drawn_between (surface, 0, 150));
  g_assert_true (drawn_between (surface, 160, 200));
  cairo_surface_destroy (surface);
}

static void
test_grows (void)
{
  double last = 0;

  for (guint points = 1; points < 1000; points *= 2)
    {
      SeedsGrowthWork work = { .points = points, .n_meetings = 2, .n_steps_done = 3 };
      g_autoptr(SeedsGrowth) growth = seeds_growth_new (&work);

      g_assert_cmpfloat (seeds_growth_get_height (growth), >, last);
      g_assert_cmpfloat (seeds_growth_get_height (growth), <=, 1.0);
      g_assert_cmpuint (seeds_growth_get_n_leaves (growth), ==, 5);
      last = seeds_growth_get_height (growth);
    }
}

static void
test_stages (void)
{
  SeedsGrowthWork sprout = { .points = 2, .n_meetings = 1 };
  SeedsGrowthWork plant = { .points = 80, .n_meetings = 6, .n_steps_done = 30 };
  SeedsGrowthWork blooming = { .points = 80, .n_meetings = 6, .n_failures = 40 };
  g_autoptr(SeedsGrowth) a = seeds_growth_new (&sprout);
  g_autoptr(SeedsGrowth) b = seeds_growth_new (&plant);
  g_autoptr(SeedsGrowth) c = seeds_growth_new (&blooming);
  cairo_surface_t *surface;

  g_assert_cmpint (seeds_growth_get_stage (a), ==, SEEDS_GROWTH_SPROUT);
  g_assert_cmpint (seeds_growth_get_stage (b), ==, SEEDS_GROWTH_PLANT);
  g_assert_cmpint (seeds_growth_get_stage (c), ==, SEEDS_GROWTH_BLOOMING);
  /* past what reads from the back of a room, no more is drawn */
  g_assert_cmpuint (seeds_growth_get_n_leaves (b), ==, SEEDS_GROWTH_MAX_LEAVES);
  g_assert_cmpuint (seeds_growth_get_n_flowers (c), ==, SEEDS_GROWTH_MAX_FLOWERS);

  /* A grown plant reaches high; a sprout stays low */
  surface = draw (&plant);
  g_assert_true (drawn_between (surface, 40, 60));
  cairo_surface_destroy (surface);
  surface = draw (&sprout);
  g_assert_false (drawn_between (surface, 0, 100));
  cairo_surface_destroy (surface);
}

static void
test_describe (void)
{
  SeedsGrowthWork seed = { 0 };
  SeedsGrowthWork plant = { .points = 12, .n_meetings = 2, .n_steps_done = 3, .n_failures = 1 };
  g_autoptr(SeedsGrowth) a = seeds_growth_new (&seed);
  g_autoptr(SeedsGrowth) b = seeds_growth_new (&plant);
  g_autofree char *none = seeds_growth_describe (a);
  g_autofree char *some = seeds_growth_describe (b);

  g_assert_cmpstr (none, ==, "A seed in the soil: no points earned yet");
  g_assert_cmpstr (some, ==, "A plant grown from a seed: 12 points for the work done, "
                             "5 leaves for the meetings and the steps done and 1 flower for a brilliant failure");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/growth/seed", test_seed);
  g_test_add_func ("/growth/grows", test_grows);
  g_test_add_func ("/growth/stages", test_stages);
  g_test_add_func ("/growth/describe", test_describe);

  return g_test_run ();
}
