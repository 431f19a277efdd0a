/* seeds-meeting-summary.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stats/seeds-meeting-summary.h"
#include "model/seeds-score.h"

/* What a meeting's scores say, factor by factor, computed once from the
 * scores so that the overview, the factor panel and later the projector
 * and the report read the same numbers. A summary made from counts (the
 * stickers of a poster meeting, or scores counted for the history) says
 * the same per factor, but knows no participants. */
struct _SeedsMeetingSummary
{
  GObject           parent_instance;

  SeedsFramework   *framework;
  SeedsFactorStats *stats;            /* one per factor, framework order */
  GArray           *attention_order;  /* positions */
  GHashTable       *scored;           /* participant id → number of factors scored */
  guint             n_counted;        /* participants of a summary from counts */
};

G_DEFINE_FINAL_TYPE (SeedsMeetingSummary, seeds_meeting_summary, G_TYPE_OBJECT)

static void
seeds_meeting_summary_finalize (GObject *object)
{
  SeedsMeetingSummary *self = (SeedsMeetingSummary *)object;

  g_clear_object (&self->framework);
  g_clear_pointer (&self->stats, g_free);
  g_clear_pointer (&self->attention_order, g_array_unref);
  g_clear_pointer (&self->scored, g_hash_table_unref);

  G_OBJECT_CLASS (seeds_meeting_summary_parent_class)->finalize (object);
}

static void
seeds_meeting_summary_class_init (SeedsMeetingSummaryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = seeds_meeting_summary_finalize;
}

static void
seeds_meeting_summary_init (SeedsMeetingSummary *self)
{
  self->scored = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * seeds_meeting_summary_new:
 * @framework: the meeting's framework
 * @scores: (element-type SeedsScore): the meeting's scores; scores of
 *   factors the framework doesn't have are left out
 */
SeedsMeetingSummary *
seeds_meeting_summary_new (SeedsFramework *framework,
                           GPtrArray      *scores)
{
  return seeds_meeting_summary_new_for (framework, scores, NULL);
}

/**
 * seeds_meeting_summary_new_for:
 * @participant_ids: (nullable): a set of participant ids: only their scores
 *   count, as for one partner type's perspective; %NULL for everyone's
 */
/* The two halves of every constructor: empty statistics to add to, and
 * what follows from them once everything is added. */
static SeedsMeetingSummary *
summary_new (SeedsFramework *framework)
{
  SeedsMeetingSummary *self = g_object_new (SEEDS_TYPE_MEETING_SUMMARY, NULL);
  guint n_factors = seeds_framework_get_n_factors (framework);

  self->framework = g_object_ref (framework);
  self->stats = g_new0 (SeedsFactorStats, n_factors);

  for (guint i = 0; i < n_factors; i++)
    seeds_factor_stats_init (&self->stats[i]);

  return self;
}

static SeedsMeetingSummary *
summary_finish (SeedsMeetingSummary *self)
{
  guint n_factors = seeds_framework_get_n_factors (self->framework);

  for (guint i = 0; i < n_factors; i++)
    seeds_factor_stats_finish (&self->stats[i]);

  self->attention_order = seeds_factor_stats_attention_order (self->stats, n_factors);

  return self;
}

SeedsMeetingSummary *
seeds_meeting_summary_new_for (SeedsFramework *framework,
                               GPtrArray      *scores,
                               GHashTable     *participant_ids)
{
  SeedsMeetingSummary *self;

  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (scores != NULL, NULL);

  self = summary_new (framework);

  for (guint i = 0; i < scores->len; i++)
    {
      const SeedsScore *score = g_ptr_array_index (scores, i);
      SeedsFactor *factor = seeds_framework_lookup_factor (framework, score->factor_id);
      guint count;

      if (factor == NULL || !seeds_score_value_is_valid (score->value))
        continue;
      if (participant_ids != NULL && !g_hash_table_contains (participant_ids, score->participant_id))
        continue;

      seeds_factor_stats_add (&self->stats[seeds_factor_get_position (factor)], score->value);
      count = GPOINTER_TO_UINT (g_hash_table_lookup (self->scored, score->participant_id));
      g_hash_table_replace (self->scored, g_strdup (score->participant_id), GUINT_TO_POINTER (count + 1));
    }

  return summary_finish (self);
}

/**
 * seeds_meeting_summary_new_from_counts:
 * @framework: the meeting's framework
 * @counts: (array): for each factor in the framework's order,
 *   SEEDS_TALLY_N_VALUES counts as in a #SeedsTally: counts[0] "don't
 *   know", counts[1] … counts[5] the scores
 * @n_participants: how many people the counts are of
 *
 * Makes a summary from counts alone, as the stickers of a poster meeting
 * or the history's counted scores are: it knows no participant, so
 * seeds_meeting_summary_count_scored() and count_complete() are 0.
 */
SeedsMeetingSummary *
seeds_meeting_summary_new_from_counts (SeedsFramework *framework,
                                       const guint    *counts,
                                       guint           n_participants)
{
  SeedsMeetingSummary *self;
  guint n_factors;

  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (counts != NULL, NULL);

  self = summary_new (framework);
  self->n_counted = n_participants;
  n_factors = seeds_framework_get_n_factors (framework);

  for (guint i = 0; i < n_factors; i++)
    for (int v = 0; v < SEEDS_TALLY_N_VALUES; v++)
      seeds_factor_stats_add_count (&self->stats[i], seeds_tally_score_at (v),
                                    counts[i * SEEDS_TALLY_N_VALUES + v]);

  return summary_finish (self);
}

/**
 * seeds_meeting_summary_new_from_tallies:
 * @framework: the meeting's framework
 * @tallies: (element-type SeedsTally): the stickers of a poster meeting;
 *   tallies of factors the framework doesn't have are left out
 *
 * The number of participants is that of seeds_tally_count_participants().
 */
SeedsMeetingSummary *
seeds_meeting_summary_new_from_tallies (SeedsFramework *framework,
                                        GPtrArray      *tallies)
{
  g_autofree guint *counts = NULL;
  guint n_factors;

  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (tallies != NULL, NULL);

  n_factors = seeds_framework_get_n_factors (framework);
  counts = g_new0 (guint, n_factors * SEEDS_TALLY_N_VALUES);

  for (guint i = 0; i < tallies->len; i++)
    {
      const SeedsTally *tally = g_ptr_array_index (tallies, i);
      SeedsFactor *factor = seeds_framework_lookup_factor (framework, tally->factor_id);

      if (factor == NULL)
        continue;

      for (guint v = 0; v < SEEDS_TALLY_N_VALUES; v++)
        counts[seeds_factor_get_position (factor) * SEEDS_TALLY_N_VALUES + v] += tally->counts[v];
    }

  return seeds_meeting_summary_new_from_counts (framework, counts,
                                                seeds_tally_count_participants (counts, n_factors));
}

SeedsFramework *
seeds_meeting_summary_get_framework (SeedsMeetingSummary *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING_SUMMARY (self), NULL);

  return self->framework;
}

const SeedsFactorStats *
seeds_meeting_summary_get_stats (SeedsMeetingSummary *self,
                                 guint                position)
{
  g_return_val_if_fail (SEEDS_IS_MEETING_SUMMARY (self), NULL);
  g_return_val_if_fail (position < seeds_framework_get_n_factors (self->framework), NULL);

  return &self->stats[position];
}

const SeedsFactorStats *
seeds_meeting_summary_lookup_stats (SeedsMeetingSummary *self,
                                    const char          *factor_id)
{
  SeedsFactor *factor;

  g_return_val_if_fail (SEEDS_IS_MEETING_SUMMARY (self), NULL);
  g_return_val_if_fail (factor_id != NULL, NULL);

  factor = seeds_framework_lookup_factor (self->framework, factor_id);
  return factor ? &self->stats[seeds_factor_get_position (factor)] : NULL;
}

/* The positions of the factors that need talking about, most urgent first. */
const guint *
seeds_meeting_summary_get_attention_order (SeedsMeetingSummary *self,
                                           guint               *n_positions)
{
  g_return_val_if_fail (SEEDS_IS_MEETING_SUMMARY (self), NULL);
  g_return_val_if_fail (n_positions != NULL, NULL);

  *n_positions = self->attention_order->len;
  return (const guint *)(gpointer)self->attention_order->data;
}

/* How many people scored at least one factor (a "don't know" counts); of a
 * summary from counts, the number it was made with. */
guint
seeds_meeting_summary_get_n_participants (SeedsMeetingSummary *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING_SUMMARY (self), 0);

  return MAX (g_hash_table_size (self->scored), self->n_counted);
}

/* How many factors one participant scored (a "don't know" counts). */
guint
seeds_meeting_summary_count_scored (SeedsMeetingSummary *self,
                                    const char          *participant_id)
{
  g_return_val_if_fail (SEEDS_IS_MEETING_SUMMARY (self), 0);
  g_return_val_if_fail (participant_id != NULL, 0);

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->scored, participant_id));
}

/* How many people scored every factor (a "don't know" counts): who is done. */
guint
seeds_meeting_summary_count_complete (SeedsMeetingSummary *self)
{
  guint n_factors;
  guint complete = 0;
  GHashTableIter iter;
  gpointer count;

  g_return_val_if_fail (SEEDS_IS_MEETING_SUMMARY (self), 0);

  n_factors = seeds_framework_get_n_factors (self->framework);
  g_hash_table_iter_init (&iter, self->scored);
  while (g_hash_table_iter_next (&iter, NULL, &count))
    if (GPOINTER_TO_UINT (count) >= n_factors)
      complete++;

  return complete;
}
