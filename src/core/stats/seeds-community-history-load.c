/* seeds-community-history-load.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stats/seeds-community-history-private.h"
#include "model/seeds-score.h"

/* The history is read in four queries, whatever the number of meetings:
 * the meetings, every score and every tally of the community (counted
 * here, in one pass, without an object per score), and the next steps.
 *
 * It is read with one framework, the reference; a meeting scored with
 * another (another wording, another edition, an adapted copy) counts for
 * the reference's factors that have a factor of the same origin in its
 * framework, and is absent for the others: a factor that was not asked is
 * not a factor nobody scored. */

/* What the counts of one pass over the store add up to. */
typedef struct
{
  GHashTable  *meetings;      /* meeting id → position + 1 */
  GHashTable **factor_maps;   /* per meeting: factor id → reference position + 1, or NULL */
  GPtrArray   *owned_maps;
  guint        n_factors;
  guint       *counts;        /* meeting × factor × SEEDS_TALLY_N_VALUES */
  GPtrArray   *participants;  /* per meeting, the set of those who scored */
  guint        last_meeting;  /* position + 1 of the previous row's meeting */
  char        *last_meeting_id;
  char        *last_participant_id;
} Counting;

static void
add_count (const char *meeting_id,
           const char *participant_id,
           const char *factor_id,
           int         value,
           guint       count,
           gpointer    user_data)
{
  Counting *counting = user_data;
  GHashTable *factor_map;
  guint meeting;
  guint factor;
  int index;

  /* The scores come by meeting and participant: most rows are of the
   * meeting and the person of the row before. */
  if (counting->last_meeting_id == NULL || !g_str_equal (counting->last_meeting_id, meeting_id))
    {
      g_free (counting->last_meeting_id);
      counting->last_meeting_id = g_strdup (meeting_id);
      counting->last_meeting = GPOINTER_TO_UINT (g_hash_table_lookup (counting->meetings,
                                                                      meeting_id));
      g_clear_pointer (&counting->last_participant_id, g_free);
    }

  meeting = counting->last_meeting;
  factor_map = meeting > 0 ? counting->factor_maps[meeting - 1] : NULL;
  factor = factor_map ? GPOINTER_TO_UINT (g_hash_table_lookup (factor_map, factor_id)) : 0;
  index = seeds_tally_index_score (value);

  /* A meeting of an unknown framework, or a factor the reference lacks */
  if (factor == 0 || index < 0)
    return;

  counting->counts[((meeting - 1) * counting->n_factors + factor - 1) * SEEDS_TALLY_N_VALUES +
                   index] += count;

  if (participant_id != NULL && g_strcmp0 (participant_id, counting->last_participant_id) != 0)
    {
      GHashTable *set = g_ptr_array_index (counting->participants, meeting - 1);

      g_free (counting->last_participant_id);
      counting->last_participant_id = g_strdup (participant_id);
      if (!g_hash_table_contains (set, participant_id))
        g_hash_table_add (set, g_strdup (participant_id));
    }
}

static void
counting_clear (Counting *counting)
{
  g_clear_pointer (&counting->meetings, g_hash_table_unref);
  g_clear_pointer (&counting->factor_maps, g_free);
  g_clear_pointer (&counting->owned_maps, g_ptr_array_unref);
  g_clear_pointer (&counting->counts, g_free);
  g_clear_pointer (&counting->participants, g_ptr_array_unref);
  g_clear_pointer (&counting->last_meeting_id, g_free);
  g_clear_pointer (&counting->last_participant_id, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Counting, counting_clear)

/* Which of @reference's factors each factor of @framework is, by origin:
 * factor id → reference position + 1. Factors of the reference without a
 * counterpart are marked in @absent. */
static GHashTable *
factor_map_new (SeedsFramework *reference,
                SeedsFramework *framework,
                gboolean       *absent)
{
  GHashTable *map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_reference = seeds_framework_get_n_factors (reference);

  for (guint i = 0; i < n_reference; i++)
    {
      const char *origin = seeds_factor_get_origin (seeds_framework_get_factor (reference, i));
      gboolean found = FALSE;

      for (guint j = 0; j < seeds_framework_get_n_factors (framework) && !found; j++)
        {
          SeedsFactor *factor = seeds_framework_get_factor (framework, j);

          if (g_str_equal (seeds_factor_get_origin (factor), origin))
            {
              g_hash_table_insert (map, g_strdup (seeds_factor_get_id (factor)), GUINT_TO_POINTER (i + 1));
              found = TRUE;
            }
        }

      absent[i] = !found;
    }

  return map;
}

/* The framework of a meeting, by @lookup, or the reference itself when the
 * meeting names it and no lookup is given. NULL when it is unknown. */
static SeedsFramework *
meeting_framework (SeedsMeeting              *meeting,
                   SeedsFramework            *reference,
                   SeedsMeetingFrameworkFunc  lookup,
                   gpointer                   user_data)
{
  if (lookup != NULL)
    return lookup (meeting, user_data);

  if (g_str_equal (seeds_meeting_get_framework_id (meeting), seeds_framework_get_id (reference)))
    return g_object_ref (reference);

  return NULL;
}

static void
map_meetings (Counting                  *counting,
              GPtrArray                 *meetings,
              GPtrArray                 *absences,
              SeedsFramework            *reference,
              SeedsMeetingFrameworkFunc  lookup,
              gpointer                   user_data)
{
  for (guint i = 0; i < meetings->len; i++)
    {
      SeedsMeeting *meeting = g_ptr_array_index (meetings, i);
      g_autoptr(SeedsFramework) framework = meeting_framework (meeting, reference, lookup, user_data);
      gboolean *absent = g_new (gboolean, counting->n_factors);

      g_hash_table_insert (counting->meetings, (gpointer) seeds_meeting_get_id (meeting),
                           GUINT_TO_POINTER (i + 1));
      g_ptr_array_add (counting->participants, g_hash_table_new_full (g_str_hash, g_str_equal,
                                                                     g_free, NULL));

      if (framework != NULL)
        {
          counting->factor_maps[i] = factor_map_new (reference, framework, absent);
          g_ptr_array_add (counting->owned_maps, counting->factor_maps[i]);
        }
      else
        {
          for (guint f = 0; f < counting->n_factors; f++)
            absent[f] = TRUE;
        }

      g_ptr_array_add (absences, absent);
    }
}

static void
reverse (GPtrArray *array)
{
  for (guint i = 0, j = array->len; i + 1 < j; i++, j--)
    {
      gpointer swap = array->pdata[i];

      array->pdata[i] = array->pdata[j - 1];
      array->pdata[j - 1] = swap;
    }
}

/**
 * seeds_community_history_load_with_frameworks:
 * @store: the database
 * @framework: the framework to read the history with, the reference
 * @lookup: (nullable) (scope call): the framework each meeting was scored
 *   with; %NULL to count only the meetings scored with @framework itself
 * @user_data: data for @lookup
 * @community_id: the community
 * @error: return location for a #GError
 *
 * Reads the history of a community in four queries, however many meetings
 * it has. Each meeting counts for the factors of @framework that its own
 * framework has, the same factor or one adapted from the same origin; for
 * the others it is absent (seeds_community_history_is_absent()).
 *
 * Returns: (transfer full): the history, or %NULL with @error set
 */
SeedsCommunityHistory *
seeds_community_history_load_with_frameworks (SeedsStore                *store,
                                              SeedsFramework            *framework,
                                              SeedsMeetingFrameworkFunc  lookup,
                                              gpointer                   user_data,
                                              const char                *community_id,
                                              GError                   **error)
{
  g_auto(Counting) counting = { 0 };
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) summaries = NULL;
  g_autoptr(GPtrArray) next_steps = NULL;
  g_autoptr(GPtrArray) absences = g_ptr_array_new_with_free_func (g_free);
  SeedsCommunityHistory *history;

  g_return_val_if_fail (SEEDS_IS_STORE (store), NULL);
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (community_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  meetings = seeds_store_list_meetings (store, community_id, error);
  if (meetings == NULL)
    return NULL;

  /* The store lists the newest first. */
  reverse (meetings);

  counting.n_factors = seeds_framework_get_n_factors (framework);
  counting.meetings = g_hash_table_new (g_str_hash, g_str_equal);
  counting.factor_maps = g_new0 (GHashTable *, meetings->len);
  counting.owned_maps = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  counting.counts = g_new0 (guint, meetings->len * counting.n_factors * SEEDS_TALLY_N_VALUES);
  counting.participants = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  map_meetings (&counting, meetings, absences, framework, lookup, user_data);

  if (!seeds_store_foreach_count (store, community_id, add_count, &counting, error))
    return NULL;

  next_steps = seeds_store_list_next_steps (store, community_id, NULL, error);
  if (next_steps == NULL)
    return NULL;

  summaries = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < meetings->len; i++)
    {
      SeedsMeeting *meeting = g_ptr_array_index (meetings, i);
      const guint *counts = counting.counts + i * counting.n_factors * SEEDS_TALLY_N_VALUES;
      guint n_participants;

      if (seeds_meeting_get_kind (meeting) == SEEDS_MEETING_POSTER)
        n_participants = seeds_tally_count_participants (counts, counting.n_factors);
      else
        n_participants = g_hash_table_size (g_ptr_array_index (counting.participants, i));

      g_ptr_array_add (summaries, seeds_meeting_summary_new_from_counts (framework, counts,
                                                                         n_participants));
    }

  history = seeds_community_history_new (framework, meetings, summaries, next_steps);
  for (guint i = 0; i < meetings->len; i++)
    seeds_community_history_set_absent (history, i, g_steal_pointer (&absences->pdata[i]));

  return history;
}

/**
 * seeds_community_history_load:
 * @store: the database
 * @framework: the framework to read the history with; meetings scored with
 *   another framework are in the history, without results
 * @community_id: the community
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the history, or %NULL with @error set
 */
SeedsCommunityHistory *
seeds_community_history_load (SeedsStore      *store,
                              SeedsFramework  *framework,
                              const char      *community_id,
                              GError         **error)
{
  return seeds_community_history_load_with_frameworks (store, framework, NULL, NULL,
                                                       community_id, error);
}
