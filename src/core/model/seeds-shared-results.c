/* seeds-shared-results.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "model/seeds-shared-results.h"

static void
shared_score_free (SeedsSharedScore *score)
{
  g_free (score->factor_id);
  g_free (score);
}

/**
 * seeds_shared_results_new:
 * @framework_id: the framework the meeting was scored with
 * @date: the meeting's date, "YYYY-MM-DD"
 * @n_participants: how many took part
 *
 * Returns: (transfer full): results without factors yet: add them with
 *   seeds_shared_results_add()
 */
SeedsSharedResults *
seeds_shared_results_new (const char *framework_id,
                          const char *date,
                          guint       n_participants)
{
  SeedsSharedResults *results;

  g_return_val_if_fail (framework_id != NULL, NULL);
  g_return_val_if_fail (date != NULL, NULL);

  results = g_new0 (SeedsSharedResults, 1);
  results->framework_id = g_strdup (framework_id);
  results->date = g_strdup (date);
  results->n_participants = n_participants;
  results->scores = g_ptr_array_new_with_free_func ((GDestroyNotify) shared_score_free);

  return results;
}

/**
 * seeds_shared_results_new_from_summary:
 * @summary: what a meeting's scores or stickers say
 * @date: the meeting's date
 *
 * What a community may share of the meeting: for each factor that at least
 * SEEDS_SHARED_MIN_SCORES people scored 1 to 5, how many did, the mean and
 * the spread; the other factors are left out.
 *
 * Returns: (transfer full) (nullable): the shared results, or %NULL when no
 *   factor has enough scores to share
 */
SeedsSharedResults *
seeds_shared_results_new_from_summary (SeedsMeetingSummary *summary,
                                       const char          *date)
{
  g_autoptr(SeedsSharedResults) results = NULL;
  SeedsFramework *framework;

  g_return_val_if_fail (SEEDS_IS_MEETING_SUMMARY (summary), NULL);
  g_return_val_if_fail (date != NULL, NULL);

  framework = seeds_meeting_summary_get_framework (summary);
  results = seeds_shared_results_new (seeds_framework_get_id (framework), date,
                                      seeds_meeting_summary_get_n_participants (summary));

  for (guint i = 0; i < seeds_framework_get_n_factors (framework); i++)
    {
      const SeedsFactorStats *stats = seeds_meeting_summary_get_stats (summary, i);

      if (stats->n >= SEEDS_SHARED_MIN_SCORES)
        seeds_shared_results_add (results,
                                  seeds_factor_get_id (seeds_framework_get_factor (framework, i)),
                                  stats->n, stats->mean10, (guint) lround (stats->spread * 100));
    }

  if (results->scores->len == 0)
    return NULL;

  return g_steal_pointer (&results);
}

SeedsSharedResults *
seeds_shared_results_copy (const SeedsSharedResults *results)
{
  SeedsSharedResults *copy;

  g_return_val_if_fail (results != NULL, NULL);

  copy = seeds_shared_results_new (results->framework_id, results->date, results->n_participants);
  for (guint i = 0; i < results->scores->len; i++)
    {
      const SeedsSharedScore *score = g_ptr_array_index (results->scores, i);

      seeds_shared_results_add (copy, score->factor_id, score->n, score->mean10, score->spread100);
    }

  return copy;
}

void
seeds_shared_results_free (SeedsSharedResults *results)
{
  if (results == NULL)
    return;

  g_free (results->framework_id);
  g_free (results->date);
  g_ptr_array_unref (results->scores);
  g_free (results);
}

G_DEFINE_BOXED_TYPE (SeedsSharedResults, seeds_shared_results,
                     seeds_shared_results_copy, seeds_shared_results_free)

gboolean
seeds_shared_results_equal (const SeedsSharedResults *a,
                            const SeedsSharedResults *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (!g_str_equal (a->framework_id, b->framework_id) ||
      !g_str_equal (a->date, b->date) ||
      a->n_participants != b->n_participants ||
      a->scores->len != b->scores->len)
    return FALSE;

  for (guint i = 0; i < a->scores->len; i++)
    {
      const SeedsSharedScore *score_a = g_ptr_array_index (a->scores, i);
      const SeedsSharedScore *score_b = g_ptr_array_index (b->scores, i);

      if (!g_str_equal (score_a->factor_id, score_b->factor_id) ||
          score_a->n != score_b->n ||
          score_a->mean10 != score_b->mean10 ||
          score_a->spread100 != score_b->spread100)
        return FALSE;
    }

  return TRUE;
}

/**
 * seeds_shared_results_add:
 * @results: shared results
 * @factor_id: a factor that is not in @results yet
 * @n: how many scored it 1 to 5
 * @mean10: the mean × 10, SEEDS_SHARED_MEAN10_MIN … SEEDS_SHARED_MEAN10_MAX
 * @spread100: the spread × 100, at most SEEDS_SHARED_SPREAD100_MAX
 *
 * Adds a factor after those added before; its band follows from @mean10.
 */
void
seeds_shared_results_add (SeedsSharedResults *results,
                          const char         *factor_id,
                          guint               n,
                          guint               mean10,
                          guint               spread100)
{
  SeedsSharedScore *score;

  g_return_if_fail (results != NULL);
  g_return_if_fail (factor_id != NULL);
  g_return_if_fail (seeds_shared_results_lookup (results, factor_id) == NULL);
  g_return_if_fail (mean10 >= SEEDS_SHARED_MEAN10_MIN && mean10 <= SEEDS_SHARED_MEAN10_MAX);
  g_return_if_fail (spread100 <= SEEDS_SHARED_SPREAD100_MAX);

  score = g_new0 (SeedsSharedScore, 1);
  score->factor_id = g_strdup (factor_id);
  score->n = n;
  score->mean10 = mean10;
  score->spread100 = spread100;
  score->band = seeds_band_for_mean10 (mean10);
  g_ptr_array_add (results->scores, score);
}

/* Returns: (transfer none) (nullable): the shared score of @factor_id, or
 * %NULL when it was not shared */
const SeedsSharedScore *
seeds_shared_results_lookup (const SeedsSharedResults *results,
                             const char               *factor_id)
{
  g_return_val_if_fail (results != NULL, NULL);
  g_return_val_if_fail (factor_id != NULL, NULL);

  for (guint i = 0; i < results->scores->len; i++)
    {
      const SeedsSharedScore *score = g_ptr_array_index (results->scores, i);

      if (g_str_equal (score->factor_id, factor_id))
        return score;
    }

  return NULL;
}

/* The mean as it is shown, "3.4" ("3,4" in Dutch), as
 * seeds_factor_stats_format_mean() shows a meeting's. */
char *
seeds_shared_score_format_mean (const SeedsSharedScore *score)
{
  g_return_val_if_fail (score != NULL, NULL);

  return g_strdup_printf ("%u%s%u", score->mean10 / 10, C_("decimal separator", "."),
                          score->mean10 % 10);
}
