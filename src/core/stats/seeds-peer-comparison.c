/* seeds-peer-comparison.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stats/seeds-meeting-results.h"
#include "stats/seeds-peer-comparison.h"

/* For each factor: which communities in the directory share a score of it,
 * best first, and what their means say together. The factors to learn
 * about are those where your latest meeting's mean is in the attention or
 * the discussion band, most urgent first as on the overview; a factor that
 * is a strength but that people see differently is talked about at home,
 * not compared, since the others do no better there. Results of another
 * framework count for the factors it shares with yours, the same factor
 * in other words (seeds_factor_get_origin()); never your own community's. */

struct _SeedsPeerComparison
{
  GObject              parent_instance;

  SeedsMeetingSummary *summary;
  SeedsMeeting        *meeting;          /* nullable */
  GPtrArray           *directory;        /* SeedsCommunity, kept for the peers' pointers */
  SeedsPeerFactor     *factors;          /* one per factor, framework order */
  guint                n_factors;
  GArray              *attention_order;  /* positions */
  guint                n_sharing;
};

G_DEFINE_FINAL_TYPE (SeedsPeerComparison, seeds_peer_comparison, G_TYPE_OBJECT)

static void
seeds_peer_comparison_finalize (GObject *object)
{
  SeedsPeerComparison *self = (SeedsPeerComparison *)object;

  for (guint i = 0; i < self->n_factors; i++)
    g_clear_pointer (&self->factors[i].peers, g_ptr_array_unref);
  g_clear_pointer (&self->factors, g_free);
  g_clear_pointer (&self->attention_order, g_array_unref);
  g_clear_pointer (&self->directory, g_ptr_array_unref);
  g_clear_object (&self->meeting);
  g_clear_object (&self->summary);

  G_OBJECT_CLASS (seeds_peer_comparison_parent_class)->finalize (object);
}

static void
seeds_peer_comparison_class_init (SeedsPeerComparisonClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = seeds_peer_comparison_finalize;
}

static void
seeds_peer_comparison_init (SeedsPeerComparison *self)
{
}

/* Best first: the higher mean, then the more scores, then by name. */
static int
compare_peers (gconstpointer a,
               gconstpointer b)
{
  const SeedsPeerScore *peer_a = *(SeedsPeerScore * const *) a;
  const SeedsPeerScore *peer_b = *(SeedsPeerScore * const *) b;
  g_autofree char *name_a = NULL;
  g_autofree char *name_b = NULL;
  int order;

  if (peer_a->score->mean10 != peer_b->score->mean10)
    return peer_a->score->mean10 > peer_b->score->mean10 ? -1 : 1;

  if (peer_a->score->n != peer_b->score->n)
    return peer_a->score->n > peer_b->score->n ? -1 : 1;

  name_a = g_utf8_casefold (seeds_community_get_name (peer_a->community), -1);
  name_b = g_utf8_casefold (seeds_community_get_name (peer_b->community), -1);
  order = g_utf8_collate (name_a, name_b);
  if (order != 0)
    return order;

  return g_strcmp0 (seeds_community_get_id (peer_a->community),
                    seeds_community_get_id (peer_b->community));
}

static int
compare_uints (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;

  return (x > y) - (x < y);
}

/* The mean, median, lowest and highest of the peers' means */
static void
sum_up (SeedsPeerFactor *factor)
{
  g_autoptr(GArray) means = g_array_sized_new (FALSE, FALSE, sizeof (guint), factor->peers->len);
  guint n = factor->peers->len;
  guint sum = 0;

  if (n == 0)
    return;

  for (guint i = 0; i < n; i++)
    {
      const SeedsPeerScore *peer = g_ptr_array_index (factor->peers, i);

      g_array_append_val (means, peer->score->mean10);
      sum += peer->score->mean10;
      if (peer->score->mean10 >= SEEDS_PEER_GOOD_MEAN10)
        factor->n_good++;
    }

  g_array_sort (means, compare_uints);

  factor->n_sharing = n;
  factor->shared_mean10 = (2 * sum + n) / (2 * n);
  factor->shared_min10 = g_array_index (means, guint, 0);
  factor->shared_max10 = g_array_index (means, guint, n - 1);
  if (n % 2 == 1)
    factor->shared_median10 = g_array_index (means, guint, n / 2);
  else
    factor->shared_median10 = (g_array_index (means, guint, n / 2 - 1) +
                               g_array_index (means, guint, n / 2) + 1) / 2;
}

static gboolean
shares_for (SeedsCommunity *community,
            const char     *community_id)
{
  const SeedsSharedResults *results = seeds_community_get_shared_results (community);

  return results != NULL &&
         g_strcmp0 (seeds_community_get_id (community), community_id) != 0 &&
         !seeds_community_is_own (community);
}

/* Which factor of the framework @framework_id each of @yours' factors is,
 * by origin: factor ids in your order, NULL where it has none. Only the
 * frameworks that ship with the app are known here by id; results of any
 * other framework count only when it is yours. Cached in @maps. */
static const char * const *
factor_ids_in (GHashTable     *maps,
               SeedsFramework *yours,
               const char     *framework_id)
{
  g_autoptr(SeedsFramework) theirs = NULL;
  guint n = seeds_framework_get_n_factors (yours);
  const char **ids;

  if (g_hash_table_contains (maps, framework_id))
    return g_hash_table_lookup (maps, framework_id);

  theirs = g_str_equal (framework_id, seeds_framework_get_id (yours))
           ? g_object_ref (yours)
           : seeds_framework_new_builtin (framework_id, seeds_framework_get_language (yours));
  ids = theirs != NULL ? g_new0 (const char *, n + 1) : NULL;

  for (guint i = 0; ids != NULL && i < n; i++)
    {
      const char *origin = seeds_factor_get_origin (seeds_framework_get_factor (yours, i));

      for (guint j = 0; j < seeds_framework_get_n_factors (theirs) && ids[i] == NULL; j++)
        if (g_str_equal (seeds_factor_get_origin (seeds_framework_get_factor (theirs, j)), origin))
          ids[i] = g_intern_string (seeds_factor_get_id (seeds_framework_get_factor (theirs, j)));
    }

  g_hash_table_insert (maps, g_strdup (framework_id), ids);
  return ids;
}

/**
 * seeds_peer_comparison_new:
 * @yours: what your latest meeting's results say
 * @directory: (element-type SeedsCommunity): the directory, as
 *   seeds_store_list_directory() lists it
 * @community_id: (nullable): your community, left out of the peers
 *
 * Returns: (transfer full): the comparison
 */
SeedsPeerComparison *
seeds_peer_comparison_new (SeedsMeetingSummary *yours,
                           GPtrArray           *directory,
                           const char          *community_id)
{
  SeedsPeerComparison *self;
  SeedsFramework *framework;
  g_autoptr(GHashTable) maps = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const guint *order;
  guint n_order = 0;

  g_return_val_if_fail (SEEDS_IS_MEETING_SUMMARY (yours), NULL);
  g_return_val_if_fail (directory != NULL, NULL);

  framework = seeds_meeting_summary_get_framework (yours);

  self = g_object_new (SEEDS_TYPE_PEER_COMPARISON, NULL);
  self->summary = g_object_ref (yours);
  self->directory = g_ptr_array_ref (directory);
  self->n_factors = seeds_framework_get_n_factors (framework);
  self->factors = g_new0 (SeedsPeerFactor, self->n_factors);
  self->attention_order = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < self->n_factors; i++)
    {
      SeedsPeerFactor *factor = &self->factors[i];

      factor->factor_id = seeds_factor_get_id (seeds_framework_get_factor (framework, i));
      factor->position = i;
      factor->yours = seeds_meeting_summary_get_stats (yours, i);
      factor->needs_attention = factor->yours->band == SEEDS_BAND_ATTENTION ||
                                factor->yours->band == SEEDS_BAND_DISCUSS;
      factor->peers = g_ptr_array_new_with_free_func (g_free);
    }

  for (guint c = 0; c < directory->len; c++)
    {
      SeedsCommunity *community = g_ptr_array_index (directory, c);
      const SeedsSharedResults *results;
      const char * const *ids;

      if (!shares_for (community, community_id))
        continue;

      results = seeds_community_get_shared_results (community);
      ids = factor_ids_in (maps, framework, results->framework_id);
      if (ids == NULL)
        continue;

      self->n_sharing++;

      for (guint i = 0; i < self->n_factors; i++)
        {
          const SeedsSharedScore *score = NULL;
          SeedsPeerScore *peer;

          if (ids[i] != NULL)
            score = seeds_shared_results_lookup (results, ids[i]);
          if (score == NULL)
            continue;

          peer = g_new0 (SeedsPeerScore, 1);
          peer->community = community;
          peer->score = score;
          g_ptr_array_add (self->factors[i].peers, peer);
        }
    }

  for (guint i = 0; i < self->n_factors; i++)
    {
      g_ptr_array_sort (self->factors[i].peers, compare_peers);
      sum_up (&self->factors[i]);
    }

  order = seeds_meeting_summary_get_attention_order (yours, &n_order);
  for (guint i = 0; i < n_order; i++)
    if (self->factors[order[i]].needs_attention)
      g_array_append_val (self->attention_order, order[i]);

  return self;
}

/**
 * seeds_peer_comparison_load:
 * @store: the database
 * @framework: the framework the app uses
 * @community_id: one of your own communities
 * @error: return location for a #GError
 *
 * Compares the community's latest meeting with results (see
 * seeds_meeting_results_load_latest()) with the directory. Without such a
 * meeting, seeds_peer_comparison_get_meeting() is %NULL, your statistics
 * are empty and no factor needs attention; what the others share is there
 * all the same.
 *
 * Returns: (transfer full): the comparison, or %NULL with @error set
 */
SeedsPeerComparison *
seeds_peer_comparison_load (SeedsStore      *store,
                            SeedsFramework  *framework,
                            const char      *community_id,
                            GError         **error)
{
  g_autoptr(SeedsMeeting) meeting = NULL;
  g_autoptr(SeedsMeetingSummary) summary = NULL;
  g_autoptr(GPtrArray) directory = NULL;
  SeedsPeerComparison *self;

  g_return_val_if_fail (SEEDS_IS_STORE (store), NULL);
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (community_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!seeds_meeting_results_load_latest (store, framework, community_id, 1,
                                          &meeting, &summary, error) ||
      !(directory = seeds_store_list_directory (store, NULL, error)))
    return NULL;

  if (summary == NULL)
    {
      g_autoptr(GPtrArray) none = g_ptr_array_new ();

      summary = seeds_meeting_summary_new (framework, none);
    }

  self = seeds_peer_comparison_new (summary, directory, community_id);
  self->meeting = g_steal_pointer (&meeting);

  return self;
}

/* Returns: (transfer none) (nullable): your meeting compared, or %NULL
 * when the community has no meeting with results */
SeedsMeeting *
seeds_peer_comparison_get_meeting (SeedsPeerComparison *self)
{
  g_return_val_if_fail (SEEDS_IS_PEER_COMPARISON (self), NULL);

  return self->meeting;
}

/* Returns: (transfer none): what your meeting's results say */
SeedsMeetingSummary *
seeds_peer_comparison_get_summary (SeedsPeerComparison *self)
{
  g_return_val_if_fail (SEEDS_IS_PEER_COMPARISON (self), NULL);

  return self->summary;
}

guint
seeds_peer_comparison_get_n_factors (SeedsPeerComparison *self)
{
  g_return_val_if_fail (SEEDS_IS_PEER_COMPARISON (self), 0);

  return self->n_factors;
}

/* Returns: (transfer none): the factor at @position in the framework */
const SeedsPeerFactor *
seeds_peer_comparison_get_factor (SeedsPeerComparison *self,
                                  guint                position)
{
  g_return_val_if_fail (SEEDS_IS_PEER_COMPARISON (self), NULL);
  g_return_val_if_fail (position < self->n_factors, NULL);

  return &self->factors[position];
}

/* Returns: (transfer none) (nullable): the factor with @factor_id */
const SeedsPeerFactor *
seeds_peer_comparison_lookup_factor (SeedsPeerComparison *self,
                                     const char          *factor_id)
{
  g_return_val_if_fail (SEEDS_IS_PEER_COMPARISON (self), NULL);
  g_return_val_if_fail (factor_id != NULL, NULL);

  for (guint i = 0; i < self->n_factors; i++)
    if (g_str_equal (self->factors[i].factor_id, factor_id))
      return &self->factors[i];

  return NULL;
}

/**
 * seeds_peer_comparison_get_attention_order:
 * @self: a #SeedsPeerComparison
 * @n_positions: (out): how many
 *
 * Returns: (array length=n_positions) (transfer none): the positions of
 *   the factors that need attention in your meeting (band attention or
 *   discuss), most urgent first; their peers' first n_good are the
 *   communities to learn from
 */
const guint *
seeds_peer_comparison_get_attention_order (SeedsPeerComparison *self,
                                           guint               *n_positions)
{
  g_return_val_if_fail (SEEDS_IS_PEER_COMPARISON (self), NULL);
  g_return_val_if_fail (n_positions != NULL, NULL);

  *n_positions = self->attention_order->len;
  return (const guint *) (gpointer) self->attention_order->data;
}

/* How many communities in the directory share scores of your framework */
guint
seeds_peer_comparison_get_n_sharing (SeedsPeerComparison *self)
{
  g_return_val_if_fail (SEEDS_IS_PEER_COMPARISON (self), 0);

  return self->n_sharing;
}
