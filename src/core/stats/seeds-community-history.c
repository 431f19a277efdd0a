/* seeds-community-history.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stats/seeds-community-history-private.h"

/* Everything is computed from the meetings' summaries, by pure functions;
 * seeds-community-history-load.c reads them. A history doesn't change:
 * when the store does, the view loads a new one. */

/* Entries */

struct _SeedsHistoryEntry
{
  GObject              parent_instance;

  SeedsMeeting        *meeting;
  SeedsMeetingSummary *summary;
  guint                position;
  double              *glyph;  /* the shown mean of each factor, 0 for none */
  gboolean            *absent; /* per factor, or NULL when none is */
};

G_DEFINE_FINAL_TYPE (SeedsHistoryEntry, seeds_history_entry, G_TYPE_OBJECT)

enum {
  ENTRY_PROP_0,
  ENTRY_PROP_MEETING,
  ENTRY_PROP_SUMMARY,
  ENTRY_PROP_POSITION,
  ENTRY_PROP_N_PARTICIPANTS,
  ENTRY_N_PROPS
};

static GParamSpec *entry_properties[ENTRY_N_PROPS];

static void
seeds_history_entry_finalize (GObject *object)
{
  SeedsHistoryEntry *self = (SeedsHistoryEntry *)object;

  g_clear_object (&self->meeting);
  g_clear_object (&self->summary);
  g_clear_pointer (&self->glyph, g_free);
  g_clear_pointer (&self->absent, g_free);

  G_OBJECT_CLASS (seeds_history_entry_parent_class)->finalize (object);
}

static void
seeds_history_entry_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SeedsHistoryEntry *self = SEEDS_HISTORY_ENTRY (object);

  switch (prop_id)
    {
    case ENTRY_PROP_MEETING:
      g_value_set_object (value, self->meeting);
      break;

    case ENTRY_PROP_SUMMARY:
      g_value_set_object (value, self->summary);
      break;

    case ENTRY_PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;

    case ENTRY_PROP_N_PARTICIPANTS:
      g_value_set_uint (value, seeds_history_entry_get_n_participants (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_history_entry_class_init (SeedsHistoryEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = seeds_history_entry_finalize;
  object_class->get_property = seeds_history_entry_get_property;

  entry_properties[ENTRY_PROP_MEETING] =
    g_param_spec_object ("meeting", NULL, NULL,
                         SEEDS_TYPE_MEETING,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  entry_properties[ENTRY_PROP_SUMMARY] =
    g_param_spec_object ("summary", NULL, NULL,
                         SEEDS_TYPE_MEETING_SUMMARY,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  entry_properties[ENTRY_PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE |
                        G_PARAM_STATIC_STRINGS));

  entry_properties[ENTRY_PROP_N_PARTICIPANTS] =
    g_param_spec_uint ("n-participants", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE |
                        G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, ENTRY_N_PROPS, entry_properties);
}

static void
seeds_history_entry_init (SeedsHistoryEntry *self)
{
}

static SeedsHistoryEntry *
entry_new (SeedsMeeting        *meeting,
           SeedsMeetingSummary *summary,
           guint                position)
{
  SeedsHistoryEntry *self = g_object_new (SEEDS_TYPE_HISTORY_ENTRY, NULL);
  guint n_factors = seeds_framework_get_n_factors (seeds_meeting_summary_get_framework (summary));

  self->meeting = g_object_ref (meeting);
  self->summary = g_object_ref (summary);
  self->position = position;
  self->glyph = g_new0 (double, n_factors);

  for (guint i = 0; i < n_factors; i++)
    {
      const SeedsFactorStats *stats = seeds_meeting_summary_get_stats (summary, i);

      self->glyph[i] = stats->n > 0 ? stats->mean10 / 10.0 : 0;
    }

  return self;
}

SeedsMeeting *
seeds_history_entry_get_meeting (SeedsHistoryEntry *self)
{
  g_return_val_if_fail (SEEDS_IS_HISTORY_ENTRY (self), NULL);

  return self->meeting;
}

SeedsMeetingSummary *
seeds_history_entry_get_summary (SeedsHistoryEntry *self)
{
  g_return_val_if_fail (SEEDS_IS_HISTORY_ENTRY (self), NULL);

  return self->summary;
}

/* The meeting's position in the history: 0 for the oldest. */
guint
seeds_history_entry_get_position (SeedsHistoryEntry *self)
{
  g_return_val_if_fail (SEEDS_IS_HISTORY_ENTRY (self), 0);

  return self->position;
}

/* How many people scored at least one factor; for a poster meeting, the
 * most stickers on any factor. */
guint
seeds_history_entry_get_n_participants (SeedsHistoryEntry *self)
{
  g_return_val_if_fail (SEEDS_IS_HISTORY_ENTRY (self), 0);

  return seeds_meeting_summary_get_n_participants (self->summary);
}

/**
 * seeds_history_entry_get_glyph:
 * @self: an entry
 * @n_factors: (out): how many values
 *
 * The small picture of a meeting in the timeline: the mean of each factor
 * as shown, with one decimal, in the framework's order; 0 where nobody
 * gave a 1–5 score.
 *
 * Returns: (array length=n_factors) (transfer none): the means
 */
const double *
seeds_history_entry_get_glyph (SeedsHistoryEntry *self,
                               guint             *n_factors)
{
  g_return_val_if_fail (SEEDS_IS_HISTORY_ENTRY (self), NULL);
  g_return_val_if_fail (n_factors != NULL, NULL);

  *n_factors = seeds_framework_get_n_factors (seeds_meeting_summary_get_framework (self->summary));
  return self->glyph;
}

/* The history */

struct _SeedsCommunityHistory
{
  GObject         parent_instance;

  SeedsFramework *framework;
  GPtrArray      *entries;     /* of SeedsHistoryEntry, oldest first */
  GHashTable     *positions;   /* meeting id → position + 1 */
  GPtrArray      *next_steps;  /* of SeedsNextStep, oldest first */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SeedsCommunityHistory, seeds_community_history, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
get_item_type (GListModel *model)
{
  return SEEDS_TYPE_HISTORY_ENTRY;
}

static guint
get_n_items (GListModel *model)
{
  return SEEDS_COMMUNITY_HISTORY (model)->entries->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  SeedsCommunityHistory *self = SEEDS_COMMUNITY_HISTORY (model);

  if (position >= self->entries->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->entries, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
seeds_community_history_finalize (GObject *object)
{
  SeedsCommunityHistory *self = (SeedsCommunityHistory *)object;

  g_clear_object (&self->framework);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->positions, g_hash_table_unref);
  g_clear_pointer (&self->next_steps, g_ptr_array_unref);

  G_OBJECT_CLASS (seeds_community_history_parent_class)->finalize (object);
}

static void
seeds_community_history_class_init (SeedsCommunityHistoryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = seeds_community_history_finalize;
}

static void
seeds_community_history_init (SeedsCommunityHistory *self)
{
  self->entries = g_ptr_array_new_with_free_func (g_object_unref);
  self->positions = g_hash_table_new (g_str_hash, g_str_equal);
  self->next_steps = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * seeds_community_history_new:
 * @framework: the framework the history is read with
 * @meetings: (element-type SeedsMeeting): the community's meetings, oldest
 *   first
 * @summaries: (element-type SeedsMeetingSummary): what each meeting's
 *   results say, in the same order
 * @next_steps: (element-type SeedsNextStep): the community's next steps
 *
 * Makes a history of what is given, without reading the store: see
 * seeds_community_history_load() for a community's.
 *
 * Returns: (transfer full): the history
 */
SeedsCommunityHistory *
seeds_community_history_new (SeedsFramework *framework,
                             GPtrArray      *meetings,
                             GPtrArray      *summaries,
                             GPtrArray      *next_steps)
{
  SeedsCommunityHistory *self;

  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (meetings != NULL, NULL);
  g_return_val_if_fail (summaries != NULL && summaries->len == meetings->len, NULL);
  g_return_val_if_fail (next_steps != NULL, NULL);

  self = g_object_new (SEEDS_TYPE_COMMUNITY_HISTORY, NULL);
  self->framework = g_object_ref (framework);

  for (guint i = 0; i < meetings->len; i++)
    {
      SeedsHistoryEntry *entry = entry_new (g_ptr_array_index (meetings, i),
                                            g_ptr_array_index (summaries, i), i);

      g_ptr_array_add (self->entries, entry);
      g_hash_table_insert (self->positions, (gpointer) seeds_meeting_get_id (entry->meeting),
                           GUINT_TO_POINTER (i + 1));
    }

  for (guint i = 0; i < next_steps->len; i++)
    g_ptr_array_add (self->next_steps, g_object_ref (g_ptr_array_index (next_steps, i)));

  return self;
}

/* Takes @absent, one flag per factor. */
void
seeds_community_history_set_absent (SeedsCommunityHistory *self,
                                    guint                  meeting,
                                    gboolean              *absent)
{
  SeedsHistoryEntry *entry;

  g_return_if_fail (SEEDS_IS_COMMUNITY_HISTORY (self));
  g_return_if_fail (meeting < self->entries->len);

  entry = g_ptr_array_index (self->entries, meeting);
  g_free (entry->absent);
  entry->absent = absent;
}

/* Reading */

SeedsFramework *
seeds_community_history_get_framework (SeedsCommunityHistory *self)
{
  g_return_val_if_fail (SEEDS_IS_COMMUNITY_HISTORY (self), NULL);

  return self->framework;
}

guint
seeds_community_history_get_n_meetings (SeedsCommunityHistory *self)
{
  g_return_val_if_fail (SEEDS_IS_COMMUNITY_HISTORY (self), 0);

  return self->entries->len;
}

/**
 * seeds_community_history_get_entry:
 * @self: a history
 * @meeting: a meeting's position, 0 for the oldest
 *
 * Returns: (transfer none): the meeting's entry
 */
SeedsHistoryEntry *
seeds_community_history_get_entry (SeedsCommunityHistory *self,
                                   guint                  meeting)
{
  g_return_val_if_fail (SEEDS_IS_COMMUNITY_HISTORY (self), NULL);
  g_return_val_if_fail (meeting < self->entries->len, NULL);

  return g_ptr_array_index (self->entries, meeting);
}

/**
 * seeds_community_history_find_meeting:
 * @self: a history
 * @meeting_id: a meeting's id
 * @meeting: (out) (optional): its position, 0 for the oldest
 *
 * Returns: whether the meeting is in the history
 */
gboolean
seeds_community_history_find_meeting (SeedsCommunityHistory *self,
                                      const char            *meeting_id,
                                      guint                 *meeting)
{
  guint found;

  g_return_val_if_fail (SEEDS_IS_COMMUNITY_HISTORY (self), FALSE);

  if (meeting_id == NULL)
    return FALSE;

  found = GPOINTER_TO_UINT (g_hash_table_lookup (self->positions, meeting_id));
  if (found > 0 && meeting != NULL)
    *meeting = found - 1;

  return found > 0;
}

/* A factor's statistics in one meeting. */
const SeedsFactorStats *
seeds_community_history_get_stats (SeedsCommunityHistory *self,
                                   guint                  meeting,
                                   guint                  position)
{
  SeedsHistoryEntry *entry;

  g_return_val_if_fail (SEEDS_IS_COMMUNITY_HISTORY (self), NULL);
  g_return_val_if_fail (meeting < self->entries->len, NULL);

  entry = g_ptr_array_index (self->entries, meeting);
  return seeds_meeting_summary_get_stats (entry->summary, position);
}

/**
 * seeds_community_history_get_series:
 * @self: a history
 * @position: a factor's position in the framework
 *
 * Returns: (transfer full) (element-type SeedsHistoryPoint): the factor in
 *   every meeting, oldest first, with a gap (has_value %FALSE) where nobody
 *   gave it a 1–5 score
 */
GArray *
seeds_community_history_get_series (SeedsCommunityHistory *self,
                                    guint                  position)
{
  GArray *series;

  g_return_val_if_fail (SEEDS_IS_COMMUNITY_HISTORY (self), NULL);
  g_return_val_if_fail (position < seeds_framework_get_n_factors (self->framework), NULL);

  series = g_array_sized_new (FALSE, TRUE, sizeof (SeedsHistoryPoint), self->entries->len);

  for (guint i = 0; i < self->entries->len; i++)
    {
      const SeedsFactorStats *stats = seeds_community_history_get_stats (self, i, position);
      SeedsHistoryPoint point = {
        .meeting = i,
        .has_value = stats->n > 0,
        .absent = seeds_community_history_is_absent (self, i, position),
        .mean = stats->mean,
        .mean10 = stats->mean10,
        .spread = stats->spread,
        .n = stats->n,
      };

      g_array_append_val (series, point);
    }

  return series;
}

/**
 * seeds_community_history_is_absent:
 * @self: a history
 * @meeting: a meeting's position, 0 for the oldest
 * @position: a factor's position in the history's framework
 *
 * Returns: whether the framework the meeting was scored with lacks the
 *   factor: neither it nor a factor adapted from the same origin was asked
 */
gboolean
seeds_community_history_is_absent (SeedsCommunityHistory *self,
                                   guint                  meeting,
                                   guint                  position)
{
  SeedsHistoryEntry *entry;

  g_return_val_if_fail (SEEDS_IS_COMMUNITY_HISTORY (self), FALSE);
  g_return_val_if_fail (meeting < self->entries->len, FALSE);
  g_return_val_if_fail (position < seeds_framework_get_n_factors (self->framework), FALSE);

  entry = g_ptr_array_index (self->entries, meeting);
  return entry->absent != NULL && entry->absent[position];
}

static void
compare_factor (SeedsCommunityHistory *self,
                guint                  then,
                guint                  now,
                guint                  position,
                SeedsFactorStats      *then_stats,
                SeedsFactorStats      *now_stats,
                SeedsChange           *change)
{
  *then_stats = *seeds_community_history_get_stats (self, then, position);
  *now_stats = *seeds_community_history_get_stats (self, now, position);
  *change = seeds_factor_stats_change (then_stats, now_stats);
}

/**
 * seeds_community_history_compare:
 * @self: a history
 * @then: the earlier meeting's position
 * @now: the later meeting's position
 *
 * The change table: each factor in two meetings, with whether it changed
 * (see seeds_factor_stats_change()).
 *
 * Returns: (transfer full) (element-type SeedsFactorChange): a row per
 *   factor, in the framework's order
 */
GArray *
seeds_community_history_compare (SeedsCommunityHistory *self,
                                 guint                  then,
                                 guint                  now)
{
  guint n_factors;
  GArray *rows;

  g_return_val_if_fail (SEEDS_IS_COMMUNITY_HISTORY (self), NULL);
  g_return_val_if_fail (then < self->entries->len, NULL);
  g_return_val_if_fail (now < self->entries->len, NULL);

  n_factors = seeds_framework_get_n_factors (self->framework);
  rows = g_array_sized_new (FALSE, TRUE, sizeof (SeedsFactorChange), n_factors);

  for (guint i = 0; i < n_factors; i++)
    {
      SeedsFactorChange row = {
        .position = i,
        .then_absent = seeds_community_history_is_absent (self, then, i),
        .now_absent = seeds_community_history_is_absent (self, now, i),
      };

      compare_factor (self, then, now, i, &row.then, &row.now, &row.change);
      g_array_append_val (rows, row);
    }

  return rows;
}

/**
 * seeds_community_history_get_next_steps:
 * @self: a history
 *
 * Returns: (transfer none) (element-type SeedsNextStep): the community's
 *   next steps, oldest meeting first
 */
GPtrArray *
seeds_community_history_get_next_steps (SeedsCommunityHistory *self)
{
  g_return_val_if_fail (SEEDS_IS_COMMUNITY_HISTORY (self), NULL);

  return self->next_steps;
}

static void
clear_effect (gpointer data)
{
  SeedsStepEffect *effect = data;

  g_clear_object (&effect->step);
}

/**
 * seeds_community_history_list_effects:
 * @self: a history
 *
 * "Did it help?": for every next step marked done, its factor in the
 * meeting where it was agreed and in the meeting where it was reviewed as
 * done, with whether it changed by the same rule as the change table. A
 * step marked done outside a review, or reviewed in a meeting that is
 * gone, is compared with the latest meeting. Steps for factors the
 * framework doesn't have are left out.
 *
 * Returns: (transfer full) (element-type SeedsStepEffect): the done
 *   steps, oldest first
 */
GArray *
seeds_community_history_list_effects (SeedsCommunityHistory *self)
{
  GArray *effects;

  g_return_val_if_fail (SEEDS_IS_COMMUNITY_HISTORY (self), NULL);

  effects = g_array_new (FALSE, TRUE, sizeof (SeedsStepEffect));
  g_array_set_clear_func (effects, clear_effect);

  for (guint i = 0; i < self->next_steps->len; i++)
    {
      SeedsNextStep *step = g_ptr_array_index (self->next_steps, i);
      SeedsFactor *factor = seeds_framework_lookup_factor (self->framework,
                                                           seeds_next_step_get_factor_id (step));
      SeedsStepEffect effect = { 0 };
      guint reviewed;

      if (seeds_next_step_get_status (step) != SEEDS_NEXT_STEP_DONE ||
          factor == NULL ||
          !seeds_community_history_find_meeting (self, seeds_next_step_get_meeting_id (step),
                                                 &effect.agreed))
        continue;

      effect.step = g_object_ref (step);
      effect.position = seeds_factor_get_position (factor);

      /* A review in a meeting that now comes first, after a change of
       * dates, says nothing about what came after. */
      if (seeds_community_history_find_meeting (self, seeds_next_step_get_reviewed_in (step),
                                                &reviewed) &&
          reviewed > effect.agreed)
        effect.measured = reviewed;
      else
        effect.measured = self->entries->len - 1;

      effect.has_later = effect.measured > effect.agreed;
      if (effect.has_later)
        compare_factor (self, effect.agreed, effect.measured, effect.position,
                        &effect.then, &effect.now, &effect.change);
      else
        {
          effect.measured = effect.agreed;
          effect.then = effect.now = *seeds_community_history_get_stats (self, effect.agreed,
                                                                         effect.position);
          effect.change = SEEDS_CHANGE_TOO_FEW;
        }

      g_array_append_val (effects, effect);
    }

  return effects;
}
