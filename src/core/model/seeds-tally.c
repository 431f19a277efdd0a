/* seeds-tally.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "model/seeds-score.h"
#include "model/seeds-tally.h"

G_DEFINE_BOXED_TYPE (SeedsTally, seeds_tally, seeds_tally_copy, seeds_tally_free)

/**
 * seeds_tally_new:
 * @factor_id: the factor counted
 * @counts: (array fixed-size=6) (nullable): the stickers per score,
 *   counts[0] for "don't know"; %NULL for none yet
 *
 * Returns: (transfer full): a new tally
 */
SeedsTally *
seeds_tally_new (const char  *factor_id,
                 const guint *counts)
{
  SeedsTally *tally;

  g_return_val_if_fail (factor_id != NULL, NULL);

  tally = g_new0 (SeedsTally, 1);
  tally->factor_id = g_strdup (factor_id);
  if (counts != NULL)
    memcpy (tally->counts, counts, sizeof tally->counts);

  return tally;
}

SeedsTally *
seeds_tally_copy (const SeedsTally *tally)
{
  g_return_val_if_fail (tally != NULL, NULL);

  return seeds_tally_new (tally->factor_id, tally->counts);
}

void
seeds_tally_free (SeedsTally *tally)
{
  if (tally == NULL)
    return;

  g_free (tally->factor_id);
  g_free (tally);
}

/* Where a score is counted: 1 … 5 at their own index, "don't know" at 0;
 * -1 for anything else. */
int
seeds_tally_index_score (int value)
{
  if (value == SEEDS_SCORE_DONT_KNOW)
    return 0;
  if (value >= SEEDS_SCORE_MIN && value <= SEEDS_SCORE_MAX)
    return value;
  return -1;
}

/* The score counted at @index: the inverse of seeds_tally_index_score(). */
int
seeds_tally_score_at (int index)
{
  g_return_val_if_fail (index >= 0 && index < SEEDS_TALLY_N_VALUES, SEEDS_SCORE_NONE);

  return index == 0 ? SEEDS_SCORE_DONT_KNOW : index;
}

/**
 * seeds_tally_count_participants:
 * @counts: (array): SEEDS_TALLY_N_VALUES counts for each of @n_factors
 *   factors, one after the other
 * @n_factors: how many factors
 *
 * How many people a poster's stickers stand for: the most stickers on any
 * factor, "don't know" included. Everyone puts at most one sticker on a
 * factor, but not everyone puts one on every factor.
 *
 * Returns: the number of participants
 */
guint
seeds_tally_count_participants (const guint *counts,
                                guint        n_factors)
{
  guint most = 0;

  g_return_val_if_fail (counts != NULL || n_factors == 0, 0);

  for (guint i = 0; i < n_factors; i++)
    {
      guint total = 0;

      for (guint v = 0; v < SEEDS_TALLY_N_VALUES; v++)
        total += counts[i * SEEDS_TALLY_N_VALUES + v];
      most = MAX (most, total);
    }

  return most;
}
