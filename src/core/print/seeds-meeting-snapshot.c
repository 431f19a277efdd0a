/* seeds-meeting-snapshot.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "print/seeds-meeting-snapshot.h"

struct _SeedsMeetingSnapshot
{
  GObject         parent_instance;

  SeedsCommunity *community;
  SeedsMeeting   *meeting;
  GPtrArray      *results;     /* of SeedsScore, or of SeedsTally for a poster meeting */
  GPtrArray      *next_steps;  /* of SeedsNextStep, the community's, oldest first */
  GPtrArray      *failures;    /* of SeedsFailure, since the meeting before, oldest first */
  SeedsFrameworkEntry *framework;  /* (nullable): the meeting's, when gathered */
};

G_DEFINE_FINAL_TYPE (SeedsMeetingSnapshot, seeds_meeting_snapshot, G_TYPE_OBJECT)

static void
seeds_meeting_snapshot_finalize (GObject *object)
{
  SeedsMeetingSnapshot *self = (SeedsMeetingSnapshot *)object;

  g_clear_object (&self->community);
  g_clear_object (&self->meeting);
  g_clear_pointer (&self->results, g_ptr_array_unref);
  g_clear_pointer (&self->next_steps, g_ptr_array_unref);
  g_clear_pointer (&self->failures, g_ptr_array_unref);
  g_clear_object (&self->framework);

  G_OBJECT_CLASS (seeds_meeting_snapshot_parent_class)->finalize (object);
}

static void
seeds_meeting_snapshot_class_init (SeedsMeetingSnapshotClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = seeds_meeting_snapshot_finalize;
}

static void
seeds_meeting_snapshot_init (SeedsMeetingSnapshot *self)
{
}

/**
 * seeds_meeting_snapshot_new:
 * @community: the meeting's community
 * @meeting: the meeting
 * @results: its scores (#SeedsScore), or its tallies (#SeedsTally) when it
 *   is a poster meeting
 * @next_steps: (element-type SeedsNextStep): the community's next steps,
 *   of every meeting, oldest first
 * @failures: (element-type SeedsFailure): the brilliant failures the
 *   report tells of, oldest first
 *
 * A snapshot of what is given; the caller does not change it afterwards.
 *
 * Returns: (transfer full): the snapshot
 */
SeedsMeetingSnapshot *
seeds_meeting_snapshot_new (SeedsCommunity *community,
                            SeedsMeeting   *meeting,
                            GPtrArray      *results,
                            GPtrArray      *next_steps,
                            GPtrArray      *failures)
{
  SeedsMeetingSnapshot *self;

  g_return_val_if_fail (SEEDS_IS_COMMUNITY (community), NULL);
  g_return_val_if_fail (SEEDS_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (results != NULL, NULL);
  g_return_val_if_fail (next_steps != NULL, NULL);
  g_return_val_if_fail (failures != NULL, NULL);

  self = g_object_new (SEEDS_TYPE_MEETING_SNAPSHOT, NULL);
  self->community = g_object_ref (community);
  self->meeting = g_object_ref (meeting);
  self->results = g_ptr_array_ref (results);
  self->next_steps = g_ptr_array_ref (next_steps);
  self->failures = g_ptr_array_ref (failures);

  return self;
}

/* The framework @meeting is scored with, a built-in one or one the
 * database keeps, with its file: the report is written in its words */
static SeedsFrameworkEntry *
gather_framework (SeedsStore    *store,
                  SeedsMeeting  *meeting,
                  GError       **error)
{
  const char *id = seeds_meeting_get_framework_id (meeting);
  guint edition = seeds_meeting_get_framework_edition (meeting);
  g_autoptr(SeedsFrameworkEntry) builtin = seeds_framework_entry_new_builtin (id);

  if (builtin != NULL && seeds_framework_entry_matches (builtin, id, edition))
    return g_steal_pointer (&builtin);

  return seeds_store_get_framework (store, id, edition, error);
}

/**
 * seeds_meeting_snapshot_get_framework:
 * @self: a #SeedsMeetingSnapshot
 *
 * Returns: (transfer none) (nullable): the framework the meeting is
 *   scored with, with the bytes of its file; %NULL in a snapshot made
 *   with seeds_meeting_snapshot_new(), which is in the default framework
 */
SeedsFrameworkEntry *
seeds_meeting_snapshot_get_framework (SeedsMeetingSnapshot *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING_SNAPSHOT (self), NULL);

  return self->framework;
}

/* The date before @meeting's of the community's latest meeting, if any:
 * @meetings come newest first. */
static const char *
find_date_before (GPtrArray    *meetings,
                  SeedsMeeting *meeting)
{
  for (guint i = 0; i < meetings->len; i++)
    {
      const char *date = seeds_meeting_get_date (g_ptr_array_index (meetings, i));

      if (g_strcmp0 (date, seeds_meeting_get_date (meeting)) < 0)
        return date;
    }

  return NULL;
}

/* The brilliant failures the meeting's report tells of: those recorded
 * after the day of the meeting before it, up to and including the
 * meeting's own day, oldest first; all up to its day for a first meeting.
 * So each report tells what is new since the last one, as its next steps
 * do, and a failure recorded during a meeting goes with that meeting.
 * Twelve months would be simpler, but would tell a group that meets
 * monthly the same failures a dozen times. @failures come newest first. */
static GPtrArray *
select_failures (GPtrArray    *failures,
                 GPtrArray    *meetings,
                 SeedsMeeting *meeting)
{
  const char *since = find_date_before (meetings, meeting);
  const char *until = seeds_meeting_get_date (meeting);
  GPtrArray *selected = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = failures->len; i > 0; i--)
    {
      SeedsFailure *failure = g_ptr_array_index (failures, i - 1);
      gint64 created_at = seeds_failure_get_created_at (failure);
      g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (created_at);
      g_autofree char *day = time != NULL ? g_date_time_format (time, "%Y-%m-%d") : NULL;

      if (day != NULL && g_strcmp0 (day, until) <= 0 &&
          (since == NULL || g_strcmp0 (day, since) > 0))
        g_ptr_array_add (selected, g_object_ref (failure));
    }

  return selected;
}

/**
 * seeds_meeting_snapshot_gather:
 * @store: the store, on the thread that uses it
 * @meeting_id: the meeting's id
 * @error: return location for a #GError
 *
 * Reads what the meeting's report needs from @store: fresh objects that
 * nothing else holds, so that the snapshot can go to another thread.
 *
 * Returns: (transfer full): the snapshot, or %NULL with @error set when
 *   the store cannot be read or has no such meeting
 */
SeedsMeetingSnapshot *
seeds_meeting_snapshot_gather (SeedsStore  *store,
                               const char  *meeting_id,
                               GError     **error)
{
  g_autoptr(SeedsMeeting) meeting = NULL;
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) next_steps = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GPtrArray) selected = NULL;
  g_autoptr(SeedsFrameworkEntry) framework = NULL;
  SeedsMeetingSnapshot *self;

  g_return_val_if_fail (SEEDS_IS_STORE (store), NULL);
  g_return_val_if_fail (meeting_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  meeting = seeds_store_get_meeting (store, meeting_id, error);
  if (meeting == NULL)
    return NULL;

  community = seeds_store_get_community (store, seeds_meeting_get_community_id (meeting), error);
  if (community == NULL)
    return NULL;

  framework = gather_framework (store, meeting, error);
  if (framework == NULL)
    return NULL;

  /* A poster meeting's stickers count as anyone's scores. */
  if (seeds_meeting_get_kind (meeting) == SEEDS_MEETING_POSTER)
    results = seeds_store_list_tallies (store, meeting_id, error);
  else
    results = seeds_store_list_scores (store, meeting_id, error);
  if (results == NULL)
    return NULL;

  next_steps = seeds_store_list_next_steps (store, seeds_community_get_id (community), NULL, error);
  if (next_steps == NULL)
    return NULL;

  meetings = seeds_store_list_meetings (store, seeds_community_get_id (community), error);
  if (meetings == NULL)
    return NULL;

  failures = seeds_store_list_failures (store, seeds_community_get_id (community), NULL, error);
  if (failures == NULL)
    return NULL;

  selected = select_failures (failures, meetings, meeting);
  self = seeds_meeting_snapshot_new (community, meeting, results, next_steps, selected);
  self->framework = g_steal_pointer (&framework);

  return self;
}

SeedsCommunity *
seeds_meeting_snapshot_get_community (SeedsMeetingSnapshot *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING_SNAPSHOT (self), NULL);

  return self->community;
}

SeedsMeeting *
seeds_meeting_snapshot_get_meeting (SeedsMeetingSnapshot *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING_SNAPSHOT (self), NULL);

  return self->meeting;
}

/**
 * seeds_meeting_snapshot_has_tallies:
 *
 * Returns: whether the results are a poster meeting's tallies, rather
 *   than scores
 */
gboolean
seeds_meeting_snapshot_has_tallies (SeedsMeetingSnapshot *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING_SNAPSHOT (self), FALSE);

  return seeds_meeting_get_kind (self->meeting) == SEEDS_MEETING_POSTER;
}

/**
 * seeds_meeting_snapshot_get_results:
 *
 * Returns: (transfer none): the meeting's scores (#SeedsScore), or its
 *   tallies (#SeedsTally) for a poster meeting
 */
GPtrArray *
seeds_meeting_snapshot_get_results (SeedsMeetingSnapshot *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING_SNAPSHOT (self), NULL);

  return self->results;
}

/**
 * seeds_meeting_snapshot_get_next_steps:
 *
 * Returns: (transfer none) (element-type SeedsNextStep): the community's
 *   next steps, of every meeting, oldest first
 */
GPtrArray *
seeds_meeting_snapshot_get_next_steps (SeedsMeetingSnapshot *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING_SNAPSHOT (self), NULL);

  return self->next_steps;
}

/**
 * seeds_meeting_snapshot_get_failures:
 *
 * Returns: (transfer none) (element-type SeedsFailure): the brilliant
 *   failures the report tells of, oldest first
 */
GPtrArray *
seeds_meeting_snapshot_get_failures (SeedsMeetingSnapshot *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING_SNAPSHOT (self), NULL);

  return self->failures;
}
