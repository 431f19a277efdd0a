/* seeds-factor-stats.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "stats/seeds-factor-stats.h"
#include "model/seeds-score.h"

/* The statistics behind the overview, as pure functions.
 *
 * The mean is shown with one decimal, and the band is taken from that shown
 * value, so that what people read and the band always agree: 3.95 shows as
 * 4.0 and is a strength.
 *
 * "We see this differently": a factor is flagged when at least one person
 * scored it low (1 or 2) and at least one high (4 or 5), and the scores'
 * standard deviation is 1.0 or more. Both sides of the middle must be
 * present, so a group that merely ranges from 3 to 5 is not flagged; and the
 * spread must be wide, so one mild outlier in a large group is not either.
 *
 * A change between two meetings counts when the shown means differ by 0.5
 * or more and both have at least three 1–5 scores: with one decimal, a
 * smaller step is within what one person's mood moves in a small group,
 * and two people's scores say too little to call anything a trend. The
 * means are compared as shown, so that the sign agrees with the numbers
 * next to it: 3.2 → 3.7 is better, 3.2 → 3.6 is not. */

void
seeds_factor_stats_init (SeedsFactorStats *stats)
{
  g_return_if_fail (stats != NULL);

  *stats = (SeedsFactorStats) { 0 };
}

void
seeds_factor_stats_add_count (SeedsFactorStats *stats,
                              int               value,
                              guint             count)
{
  g_return_if_fail (stats != NULL);
  g_return_if_fail (seeds_score_value_is_valid (value));

  if (value == SEEDS_SCORE_DONT_KNOW)
    stats->dont_know += count;
  else
    stats->counts[value] += count;
}

void
seeds_factor_stats_add (SeedsFactorStats *stats,
                        int               value)
{
  seeds_factor_stats_add_count (stats, value, 1);
}

SeedsBand
seeds_band_for_mean10 (guint mean10)
{
  if (mean10 >= 40)
    return SEEDS_BAND_STRENGTH;
  if (mean10 >= 30)
    return SEEDS_BAND_DISCUSS;
  return SEEDS_BAND_ATTENTION;
}

void
seeds_factor_stats_finish (SeedsFactorStats *stats)
{
  double variance = 0;
  gboolean low = FALSE;
  gboolean high = FALSE;

  g_return_if_fail (stats != NULL);

  stats->n = 0;
  stats->sum = 0;
  for (int v = SEEDS_SCORE_MIN; v <= SEEDS_SCORE_MAX; v++)
    {
      stats->n += stats->counts[v];
      stats->sum += v * stats->counts[v];
    }

  if (stats->n == 0)
    {
      stats->mean = 0;
      stats->mean10 = 0;
      stats->spread = 0;
      stats->band = SEEDS_BAND_NONE;
      stats->disagreement = FALSE;
      return;
    }

  stats->mean = (double)stats->sum / stats->n;
  /* round (10 × sum / n), half up, in integers */
  stats->mean10 = (20 * stats->sum + stats->n) / (2 * stats->n);
  stats->band = seeds_band_for_mean10 (stats->mean10);

  for (int v = SEEDS_SCORE_MIN; v <= SEEDS_SCORE_MAX; v++)
    variance += stats->counts[v] * (v - stats->mean) * (v - stats->mean);
  stats->spread = sqrt (variance / stats->n);

  low = stats->counts[1] + stats->counts[2] > 0;
  high = stats->counts[4] + stats->counts[5] > 0;
  /* a small tolerance: a spread of exactly 1.0 may come out a hair below */
  stats->disagreement = low && high && stats->spread >= 1.0 - 1e-9;
}

/* The mean as it is shown, "3.4" ("3,4" in Dutch), or "–" when nobody gave
 * a 1–5 score. The decimal separator follows the language of the app rather
 * than LC_NUMERIC, so that the numbers match the texts around them. */
char *
seeds_factor_stats_format_mean (const SeedsFactorStats *stats)
{
  return seeds_factor_stats_format_mean_in (stats, NULL);
}

/* As seeds_factor_stats_format_mean(), in catalog's language (NULL: the
 * session's). */
char *
seeds_factor_stats_format_mean_in (const SeedsFactorStats *stats,
                                   SeedsCatalog           *catalog)
{
  g_return_val_if_fail (stats != NULL, NULL);

  if (stats->n == 0)
    return g_strdup ("–");

  /* Translators: the decimal separator of numbers like 3.4 */
  return g_strdup_printf ("%u%s%u", stats->mean10 / 10, TC_(catalog, "decimal separator", "."),
                          stats->mean10 % 10);
}

const char *
seeds_band_get_label (SeedsBand band)
{
  return seeds_band_get_label_in (band, NULL);
}

/* As seeds_band_get_label(), in catalog's language (NULL: the session's). */
const char *
seeds_band_get_label_in (SeedsBand     band,
                         SeedsCatalog *catalog)
{
  switch (band)
    {
    case SEEDS_BAND_STRENGTH:
      return T_(catalog, "Strength");
    case SEEDS_BAND_DISCUSS:
      return T_(catalog, "Worth discussing");
    case SEEDS_BAND_ATTENTION:
      return T_(catalog, "Needs attention");
    case SEEDS_BAND_NONE:
      return T_(catalog, "No scores yet");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* A stable name, for CSS classes and files. */
const char *
seeds_band_to_string (SeedsBand band)
{
  switch (band)
    {
    case SEEDS_BAND_STRENGTH:
      return "strength";
    case SEEDS_BAND_DISCUSS:
      return "discuss";
    case SEEDS_BAND_ATTENTION:
      return "attention";
    case SEEDS_BAND_NONE:
      return "none";
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Whether a factor belongs on the "needs attention" list: its band is
 * attention or discuss, or people see it differently. */
gboolean
seeds_factor_stats_needs_talk (const SeedsFactorStats *stats)
{
  g_return_val_if_fail (stats != NULL, FALSE);

  if (stats->band == SEEDS_BAND_NONE)
    return FALSE;

  return stats->band != SEEDS_BAND_STRENGTH || stats->disagreement;
}

/* Whether the group's scores may be shown on a shared screen: only when at
 * least @threshold people gave a 1–5 score, so that nobody's single score
 * can be read off the dots or the mean. */
gboolean
seeds_factor_stats_can_show (const SeedsFactorStats *stats,
                             guint                   threshold)
{
  g_return_val_if_fail (stats != NULL, FALSE);

  return stats->n > 0 && stats->n >= threshold;
}

/* Which of two factors needs attention first: the lower band, then the
 * lower shown mean, then the one people see differently, then the wider
 * spread. 0 when they are alike; callers keep the framework's order then. */
int
seeds_factor_stats_compare (const SeedsFactorStats *a,
                            const SeedsFactorStats *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, 0);

  if (a->band != b->band)
    return a->band < b->band ? -1 : 1;
  if (a->mean10 != b->mean10)
    return a->mean10 < b->mean10 ? -1 : 1;
  if (a->disagreement != b->disagreement)
    return a->disagreement ? -1 : 1;
  if (fabs (a->spread - b->spread) > 1e-9)
    return a->spread > b->spread ? -1 : 1;
  return 0;
}

static int
compare_positions (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  const SeedsFactorStats *stats = user_data;
  guint i = *(const guint *)a;
  guint j = *(const guint *)b;
  int order = seeds_factor_stats_compare (&stats[i], &stats[j]);

  if (order != 0)
    return order;
  return i < j ? -1 : (i > j ? 1 : 0);
}

/**
 * seeds_factor_stats_attention_order:
 * @stats: the statistics of each factor, in framework order
 * @n_factors: how many
 *
 * Returns: (transfer full): the positions of the factors that need talking
 * about (see seeds_factor_stats_needs_talk()), most urgent first; ties keep
 * the framework's order.
 */
GArray *
seeds_factor_stats_attention_order (const SeedsFactorStats *stats,
                                    guint                   n_factors)
{
  GArray *order = g_array_new (FALSE, FALSE, sizeof (guint));

  g_return_val_if_fail (stats != NULL || n_factors == 0, order);

  for (guint i = 0; i < n_factors; i++)
    if (seeds_factor_stats_needs_talk (&stats[i]))
      g_array_append_val (order, i);

  g_array_sort_with_data (order, compare_positions, (gpointer)stats);
  return order;
}

/**
 * seeds_factor_stats_change:
 * @then: a factor's statistics in the earlier meeting
 * @now: the same factor's in the later meeting
 *
 * Returns: whether the factor got better or worse, by the rule at the top
 *   of this file
 */
SeedsChange
seeds_factor_stats_change (const SeedsFactorStats *then,
                           const SeedsFactorStats *now)
{
  g_return_val_if_fail (then != NULL && now != NULL, SEEDS_CHANGE_TOO_FEW);

  if (then->n < SEEDS_CHANGE_MIN_SCORES || now->n < SEEDS_CHANGE_MIN_SCORES)
    return SEEDS_CHANGE_TOO_FEW;
  if (now->mean10 >= then->mean10 + SEEDS_CHANGE_MIN_STEP10)
    return SEEDS_CHANGE_BETTER;
  if (then->mean10 >= now->mean10 + SEEDS_CHANGE_MIN_STEP10)
    return SEEDS_CHANGE_WORSE;
  return SEEDS_CHANGE_NONE;
}

/* △, ▽, or nothing: the sign next to the means. */
const char *
seeds_change_get_symbol (SeedsChange change)
{
  switch (change)
    {
    case SEEDS_CHANGE_BETTER:
      return "△";
    case SEEDS_CHANGE_WORSE:
      return "▽";
    case SEEDS_CHANGE_NONE:
    case SEEDS_CHANGE_TOO_FEW:
      return "";
    default:
      g_return_val_if_reached (NULL);
    }
}

/* What the sign means in words, for screen readers and tooltips. */
const char *
seeds_change_get_label (SeedsChange change)
{
  switch (change)
    {
    case SEEDS_CHANGE_BETTER:
      return C_("change", "Better");
    case SEEDS_CHANGE_WORSE:
      return C_("change", "Worse");
    case SEEDS_CHANGE_NONE:
      return C_("change", "No clear change");
    case SEEDS_CHANGE_TOO_FEW:
      return C_("change", "Too few scores to tell");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* A stable name, for CSS classes and files. */
const char *
seeds_change_to_string (SeedsChange change)
{
  switch (change)
    {
    case SEEDS_CHANGE_BETTER:
      return "better";
    case SEEDS_CHANGE_WORSE:
      return "worse";
    case SEEDS_CHANGE_NONE:
      return "none";
    case SEEDS_CHANGE_TOO_FEW:
      return "too-few";
    default:
      g_return_val_if_reached (NULL);
    }
}
