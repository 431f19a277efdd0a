/* test-factor-stats.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "stats/seeds-factor-stats.h"
#include "model/seeds-score.h"

#define DK SEEDS_SCORE_DONT_KNOW

static SeedsFactorStats
stats_of (const int *values,
          gsize      n_values)
{
  SeedsFactorStats stats;

  seeds_factor_stats_init (&stats);
  for (gsize i = 0; i < n_values; i++)
    seeds_factor_stats_add (&stats, values[i]);
  seeds_factor_stats_finish (&stats);

  return stats;
}

#define STATS(...) stats_of ((const int[]) { __VA_ARGS__ }, \
                             sizeof ((const int[]) { __VA_ARGS__ }) / sizeof (int))

static void
test_no_scores (void)
{
  SeedsFactorStats stats = stats_of (NULL, 0);
  g_autofree char *mean = seeds_factor_stats_format_mean (&stats);

  g_assert_cmpuint (stats.n, ==, 0);
  g_assert_cmpuint (stats.dont_know, ==, 0);
  g_assert_cmpint (stats.band, ==, SEEDS_BAND_NONE);
  g_assert_false (stats.disagreement);
  g_assert_cmpfloat (stats.spread, ==, 0);
  g_assert_cmpstr (mean, ==, "–");
  g_assert_false (seeds_factor_stats_needs_talk (&stats));
}

static void
test_all_dont_know (void)
{
  SeedsFactorStats stats = STATS (DK, DK, DK);

  g_assert_cmpuint (stats.n, ==, 0);
  g_assert_cmpuint (stats.dont_know, ==, 3);
  g_assert_cmpint (stats.band, ==, SEEDS_BAND_NONE);
  g_assert_false (seeds_factor_stats_needs_talk (&stats));
}

static void
test_one_participant (void)
{
  SeedsFactorStats stats = STATS (2);
  g_autofree char *mean = seeds_factor_stats_format_mean (&stats);

  g_assert_cmpuint (stats.n, ==, 1);
  g_assert_cmpuint (stats.counts[2], ==, 1);
  g_assert_cmpfloat (stats.mean, ==, 2.0);
  g_assert_cmpfloat (stats.spread, ==, 0);
  g_assert_cmpint (stats.band, ==, SEEDS_BAND_ATTENTION);
  g_assert_false (stats.disagreement);
  g_assert_cmpstr (mean, ==, "2.0");
}

static void
test_distribution (void)
{
  SeedsFactorStats stats = STATS (1, 3, 3, DK, 5, 4, DK);

  g_assert_cmpuint (stats.n, ==, 5);
  g_assert_cmpuint (stats.dont_know, ==, 2);
  g_assert_cmpuint (stats.counts[1], ==, 1);
  g_assert_cmpuint (stats.counts[2], ==, 0);
  g_assert_cmpuint (stats.counts[3], ==, 2);
  g_assert_cmpuint (stats.counts[4], ==, 1);
  g_assert_cmpuint (stats.counts[5], ==, 1);
  g_assert_cmpfloat_with_epsilon (stats.mean, 3.2, 1e-9);
  /* population standard deviation of 1 3 3 4 5: squares 4.84 + 0.04 + 0.04 + 0.64 + 3.24 */
  g_assert_cmpfloat_with_epsilon (stats.spread, sqrt (8.8 / 5), 1e-9);
}

static void
test_bands (void)
{
  /* The band follows the mean as shown with one decimal. */
  struct { int values[20]; guint n; SeedsBand band; const char *shown; } cases[] = {
    { { 4 }, 1, SEEDS_BAND_STRENGTH, "4.0" },
    { { 5, 5, 5 }, 3, SEEDS_BAND_STRENGTH, "5.0" },
    { { 3 }, 1, SEEDS_BAND_DISCUSS, "3.0" },
    /* 79 / 20 = 3.95, shown 4.0: a strength */
    { { 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3 }, 20, SEEDS_BAND_STRENGTH, "4.0" },
    /* 78 / 20 = 3.9 */
    { { 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3, 3 }, 20, SEEDS_BAND_DISCUSS, "3.9" },
    /* 59 / 20 = 2.95, shown 3.0 */
    { { 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2 }, 20, SEEDS_BAND_DISCUSS, "3.0" },
    /* 58 / 20 = 2.9 */
    { { 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2 }, 20, SEEDS_BAND_ATTENTION, "2.9" },
    { { 1, 1 }, 2, SEEDS_BAND_ATTENTION, "1.0" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      SeedsFactorStats stats = stats_of (cases[i].values, cases[i].n);
      g_autofree char *shown = seeds_factor_stats_format_mean (&stats);

      g_assert_cmpint (stats.band, ==, cases[i].band);
      g_assert_cmpstr (shown, ==, cases[i].shown);
    }
}

static void
test_disagreement (void)
{
  struct { int values[10]; guint n; gboolean flagged; } cases[] = {
    { { 2, 4 }, 2, TRUE },               /* one low, one high, spread 1.0 */
    { { 1, 5 }, 2, TRUE },
    { { 1, 1, 5, 5 }, 4, TRUE },
    { { 3, 5 }, 2, FALSE },              /* nobody scored low */
    { { 1, 3 }, 2, FALSE },              /* nobody scored high */
    { { 2, 4, 4, 4, 4, 4, 4, 4, 4, 4 }, 10, FALSE },  /* one mild outlier: spread 0.6 */
    { { 1, 5, 5, 5, 5, 5, 5, 5, 5, 5 }, 10, TRUE },   /* one far outlier: spread 1.2 */
    { { 4 }, 1, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      SeedsFactorStats stats = stats_of (cases[i].values, cases[i].n);

      g_assert_cmpint (stats.disagreement, ==, cases[i].flagged);
    }
}

static void
test_counts_equal_scores (void)
{
  SeedsFactorStats from_scores = STATS (1, 2, 2, 5, 5, 5, DK);
  SeedsFactorStats from_counts;

  seeds_factor_stats_init (&from_counts);
  seeds_factor_stats_add_count (&from_counts, 5, 3);
  seeds_factor_stats_add_count (&from_counts, 2, 2);
  seeds_factor_stats_add_count (&from_counts, 1, 1);
  seeds_factor_stats_add_count (&from_counts, DK, 1);
  seeds_factor_stats_finish (&from_counts);

  g_assert_cmpmem (from_scores.counts, sizeof from_scores.counts,
                   from_counts.counts, sizeof from_counts.counts);
  g_assert_cmpuint (from_scores.n, ==, from_counts.n);
  g_assert_cmpuint (from_scores.dont_know, ==, from_counts.dont_know);
  g_assert_cmpfloat (from_scores.mean, ==, from_counts.mean);
  g_assert_cmpfloat (from_scores.spread, ==, from_counts.spread);
  g_assert_cmpint (from_scores.band, ==, from_counts.band);
  g_assert_cmpint (from_scores.disagreement, ==, from_counts.disagreement);
}

static void
test_attention_order (void)
{
  SeedsFactorStats stats[] = {
    STATS (4, 4, 5),          /* 0: strength, agreed: not listed */
    STATS (3, 3, 3),          /* 1: discuss 3.0 */
    STATS (2, 2, 3),          /* 2: attention 2.3 */
    STATS (1, 5, 5),          /* 3: discuss 3.7 … */
    STATS (DK, DK),           /* 4: no scores: not listed */
    STATS (2, 3, 2),          /* 5: attention 2.3, tie with 2: framework order */
    STATS (1, 5, 5, 5, 5),    /* 6: strength 4.2 but seen differently: listed last */
    STATS (3, 3, 3),          /* 7: discuss 3.0, tie with 1 */
    STATS (2, 4),             /* 8: discuss 3.0, seen differently: before 1 and 7 */
  };
  GArray *order = seeds_factor_stats_attention_order (stats, G_N_ELEMENTS (stats));
  const guint expected[] = { 2, 5, 8, 1, 7, 3, 6 };

  g_assert_cmpuint (order->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < order->len; i++)
    g_assert_cmpuint (g_array_index (order, guint, i), ==, expected[i]);

  g_array_unref (order);
}

static void
test_attention_order_empty (void)
{
  SeedsFactorStats stats[] = { STATS (5), STATS (4, 4) };
  GArray *order = seeds_factor_stats_attention_order (stats, G_N_ELEMENTS (stats));

  g_assert_cmpuint (order->len, ==, 0);
  g_array_unref (order);

  order = seeds_factor_stats_attention_order (NULL, 0);
  g_assert_cmpuint (order->len, ==, 0);
  g_array_unref (order);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stats/no-scores", test_no_scores);
  g_test_add_func ("/stats/all-dont-know", test_all_dont_know);
  g_test_add_func ("/stats/one-participant", test_one_participant);
  g_test_add_func ("/stats/distribution", test_distribution);
  g_test_add_func ("/stats/bands", test_bands);
  g_test_add_func ("/stats/disagreement", test_disagreement);
  g_test_add_func ("/stats/counts-equal-scores", test_counts_equal_scores);
  g_test_add_func ("/stats/attention-order", test_attention_order);
  g_test_add_func ("/stats/attention-order-empty", test_attention_order_empty);

  return g_test_run ();
}
