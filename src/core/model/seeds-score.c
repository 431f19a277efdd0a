/* seeds-score.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "model/seeds-score.h"

/* Whether @value may be stored as a score. SEEDS_SCORE_NONE is not a score:
 * it means nothing was scored. */
gboolean
seeds_score_value_is_valid (int value)
{
  return value == SEEDS_SCORE_DONT_KNOW ||
         (value >= SEEDS_SCORE_MIN && value <= SEEDS_SCORE_MAX);
}

SeedsScore *
seeds_score_new (const char *participant_id,
                 const char *factor_id,
                 int         value,
                 const char *comment)
{
  SeedsScore *score;

  g_return_val_if_fail (participant_id != NULL, NULL);
  g_return_val_if_fail (factor_id != NULL, NULL);

  score = g_new0 (SeedsScore, 1);
  score->participant_id = g_strdup (participant_id);
  score->factor_id = g_strdup (factor_id);
  score->value = value;
  score->comment = g_strdup (comment != NULL ? comment : "");

  return score;
}

SeedsScore *
seeds_score_copy (const SeedsScore *score)
{
  g_return_val_if_fail (score != NULL, NULL);

  return seeds_score_new (score->participant_id, score->factor_id,
                          score->value, score->comment);
}

void
seeds_score_free (SeedsScore *score)
{
  if (score == NULL)
    return;

  g_free (score->participant_id);
  g_free (score->factor_id);
  g_free (score->comment);
  g_free (score);
}

G_DEFINE_BOXED_TYPE (SeedsScore, seeds_score, seeds_score_copy, seeds_score_free)
