/* seeds-agenda.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "model/seeds-next-step.h"
#include "stats/seeds-agenda.h"

/* The stops of a meeting on the projector, in order: welcome, the scores
 * coming in, the reveal (the overview), the factors that need attention
 * most urgent first, the open steps of earlier meetings when there are
 * any, and the close.
 *
 * The factors come only after the reveal: their order alone would tell
 * the room which factors scored low. A factor whose scores may not be shown
 * (fewer than the anonymity threshold) is left out for the same reason. */
struct _SeedsAgenda
{
  GObject  parent_instance;

  GArray  *stops;      /* SeedsAgendaStop */
  GArray  *overview;   /* positions: the attention factors first */
  guint    n_factors;  /* factor stops */
  gboolean revealed;
};

G_DEFINE_FINAL_TYPE (SeedsAgenda, seeds_agenda, G_TYPE_OBJECT)

static void
seeds_agenda_finalize (GObject *object)
{
  SeedsAgenda *self = (SeedsAgenda *)object;

  g_clear_pointer (&self->stops, g_array_unref);
  g_clear_pointer (&self->overview, g_array_unref);

  G_OBJECT_CLASS (seeds_agenda_parent_class)->finalize (object);
}

static void
seeds_agenda_class_init (SeedsAgendaClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = seeds_agenda_finalize;
}

static void
seeds_agenda_init (SeedsAgenda *self)
{
  self->stops = g_array_new (FALSE, FALSE, sizeof (SeedsAgendaStop));
  self->overview = g_array_new (FALSE, FALSE, sizeof (guint));
}

static void
add_stop (SeedsAgenda     *self,
          SeedsAgendaKind  kind,
          guint            factor)
{
  SeedsAgendaStop stop = { kind, factor };

  g_array_append_val (self->stops, stop);
}

static gboolean
contains (GArray *positions,
          guint   position)
{
  for (guint i = 0; i < positions->len; i++)
    if (g_array_index (positions, guint, i) == position)
      return TRUE;
  return FALSE;
}

/* The overview shows every factor: before the reveal in the framework's
 * order, after it the agenda's factors first, then the others. */
static void
order_overview (SeedsAgenda         *self,
                SeedsMeetingSummary *summary,
                GArray              *attention)
{
  guint n = seeds_framework_get_n_factors (seeds_meeting_summary_get_framework (summary));

  g_array_append_vals (self->overview, attention->data, attention->len);
  for (guint i = 0; i < n; i++)
    if (!contains (attention, i))
      g_array_append_val (self->overview, i);
}

/**
 * seeds_agenda_new:
 * @summary: the meeting's scores
 * @revealed: whether the facilitator revealed the scores
 * @threshold: the fewest 1–5 scores of a factor that may be shown
 * @earlier_steps: whether earlier meetings left open next steps
 */
SeedsAgenda *
seeds_agenda_new (SeedsMeetingSummary *summary,
                  gboolean             revealed,
                  guint                threshold,
                  gboolean             earlier_steps)
{
  g_autoptr(GArray) attention = g_array_new (FALSE, FALSE, sizeof (guint));
  SeedsAgenda *self;
  const guint *order;
  guint n = 0;

  g_return_val_if_fail (SEEDS_IS_MEETING_SUMMARY (summary), NULL);

  self = g_object_new (SEEDS_TYPE_AGENDA, NULL);
  self->revealed = revealed;
  order = seeds_meeting_summary_get_attention_order (summary, &n);
  for (guint i = 0; revealed && i < n; i++)
    if (seeds_factor_stats_can_show (seeds_meeting_summary_get_stats (summary, order[i]), threshold))
      g_array_append_val (attention, order[i]);

  add_stop (self, SEEDS_AGENDA_WELCOME, 0);
  add_stop (self, SEEDS_AGENDA_SCORES, 0);
  add_stop (self, SEEDS_AGENDA_OVERVIEW, 0);
  for (guint i = 0; i < attention->len; i++)
    add_stop (self, SEEDS_AGENDA_FACTOR, g_array_index (attention, guint, i));
  if (earlier_steps)
    add_stop (self, SEEDS_AGENDA_EARLIER_STEPS, 0);
  add_stop (self, SEEDS_AGENDA_CLOSE, 0);

  self->n_factors = attention->len;
  order_overview (self, summary, attention);
  return self;
}

guint
seeds_agenda_get_n_stops (SeedsAgenda *self)
{
  g_return_val_if_fail (SEEDS_IS_AGENDA (self), 0);

  return self->stops->len;
}

const SeedsAgendaStop *
seeds_agenda_get_stop (SeedsAgenda *self,
                       guint        index)
{
  g_return_val_if_fail (SEEDS_IS_AGENDA (self), NULL);
  g_return_val_if_fail (index < self->stops->len, NULL);

  return &g_array_index (self->stops, SeedsAgendaStop, index);
}

/**
 * seeds_agenda_find_factor:
 *
 * Returns: the index of @factor's stop, or G_MAXUINT when the factor is not
 *   on the agenda
 */
guint
seeds_agenda_find_factor (SeedsAgenda *self,
                          guint        factor)
{
  g_return_val_if_fail (SEEDS_IS_AGENDA (self), G_MAXUINT);

  for (guint i = 0; i < self->stops->len; i++)
    {
      const SeedsAgendaStop *stop = &g_array_index (self->stops, SeedsAgendaStop, i);

      if (stop->kind == SEEDS_AGENDA_FACTOR && stop->factor == factor)
        return i;
    }
  return G_MAXUINT;
}

/* The first stop of @kind or of a later kind: there always is one, since
 * the close is always last. */
static guint
find_kind (SeedsAgenda     *self,
           SeedsAgendaKind  kind)
{
  for (guint i = 0; i < self->stops->len; i++)
    if (g_array_index (self->stops, SeedsAgendaStop, i).kind >= kind)
      return i;
  return self->stops->len - 1;
}

/**
 * seeds_agenda_find:
 * @stop: a stop of an agenda made before this one
 *
 * Where the presentation goes on after the agenda was made again, because
 * a card came in or the threshold changed: the same stop when it is still
 * there, so the slide on screen stays. A factor that left the agenda gives
 * way to the factor now at its place, the overview when no factor is left;
 * the earlier steps, when there are none, to the close.
 *
 * Returns: the index of the stop to show
 */
guint
seeds_agenda_find (SeedsAgenda           *self,
                   const SeedsAgendaStop *stop)
{
  guint index;

  g_return_val_if_fail (SEEDS_IS_AGENDA (self), 0);
  g_return_val_if_fail (stop != NULL, 0);

  if (stop->kind != SEEDS_AGENDA_FACTOR)
    return find_kind (self, stop->kind);

  index = seeds_agenda_find_factor (self, stop->factor);
  if (index != G_MAXUINT)
    return index;

  index = find_kind (self, SEEDS_AGENDA_OVERVIEW);
  return self->n_factors > 0 ? index + 1 : index;
}

/* @delta stops on from @index, kept within the agenda. */
guint
seeds_agenda_move (SeedsAgenda *self,
                   guint        index,
                   int          delta)
{
  gint64 to;

  g_return_val_if_fail (SEEDS_IS_AGENDA (self), 0);

  to = CLAMP ((gint64)index + delta, 0, (gint64)self->stops->len - 1);
  return (guint)to;
}

/* Whether going on from @index reveals the scores rather than moving: at
 * the overview before the reveal, so that a clicker with two buttons can
 * run the whole meeting. */
gboolean
seeds_agenda_reveals_here (SeedsAgenda *self,
                           guint        index)
{
  g_return_val_if_fail (SEEDS_IS_AGENDA (self), FALSE);
  g_return_val_if_fail (index < self->stops->len, FALSE);

  return !self->revealed && g_array_index (self->stops, SeedsAgendaStop, index).kind == SEEDS_AGENDA_OVERVIEW;
}

/* How many factors the agenda visits. */
guint
seeds_agenda_get_n_factors (SeedsAgenda *self)
{
  g_return_val_if_fail (SEEDS_IS_AGENDA (self), 0);

  return self->n_factors;
}

/* The order of the overview's tiles: every factor's position, the
 * agenda's factors first. */
const guint *
seeds_agenda_get_overview_order (SeedsAgenda *self,
                                 guint       *n_positions)
{
  g_return_val_if_fail (SEEDS_IS_AGENDA (self), NULL);
  g_return_val_if_fail (n_positions != NULL, NULL);

  *n_positions = self->overview->len;
  return (const guint *)(gpointer)self->overview->data;
}

/**
 * seeds_agenda_sort_steps:
 * @steps: (element-type SeedsNextStep): the next steps of @meeting's community
 * @here: (element-type SeedsNextStep): gets @meeting's steps
 * @earlier: (element-type SeedsNextStep): gets the steps of earlier meetings
 *   that are still open
 *
 * Steps of later meetings, and earlier ones done or dropped, belong to
 * neither: they are not part of this meeting's conversation.
 */
void
seeds_agenda_sort_steps (GPtrArray    *steps,
                         SeedsMeeting *meeting,
                         GPtrArray    *here,
                         GPtrArray    *earlier)
{
  g_return_if_fail (steps != NULL && here != NULL && earlier != NULL);
  g_return_if_fail (SEEDS_IS_MEETING (meeting));

  for (guint i = 0; i < steps->len; i++)
    {
      SeedsNextStep *step = g_ptr_array_index (steps, i);

      if (g_str_equal (seeds_next_step_get_meeting_id (step), seeds_meeting_get_id (meeting)))
        g_ptr_array_add (here, step);
      else if (seeds_next_step_get_status (step) == SEEDS_NEXT_STEP_OPEN &&
               g_strcmp0 (seeds_next_step_get_meeting_date (step), seeds_meeting_get_date (meeting)) <= 0)
        g_ptr_array_add (earlier, step);
    }
}
