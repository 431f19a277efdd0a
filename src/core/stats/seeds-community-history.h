/* seeds-community-history.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/seeds-framework.h"
#include "model/seeds-meeting.h"
#include "stats/seeds-meeting-summary.h"
#include "model/seeds-next-step.h"
#include "store/seeds-store.h"

G_BEGIN_DECLS

/* How a community developed over its meetings: what the timeline, the
 * trend and radar charts, the change table and "did it help?" show.
 *
 * A change between two meetings counts, and gets △ (better) or ▽ (worse),
 * when the means as shown (one decimal) differ by 0.5 or more and both
 * meetings have at least 3 scores from 1 to 5 for the factor; with fewer
 * there are too few to tell, and there is no sign. See
 * seeds_factor_stats_change(). */

/* One point of a factor's series: its numbers in one meeting. */
typedef struct
{
  guint    meeting;    /* the meeting's position in the history, oldest first */
  gboolean has_value;  /* FALSE for a gap: nobody gave the factor a 1–5 score */
  gboolean absent;     /* the factor was not in the framework the meeting was scored with */
  double   mean;
  guint    mean10;     /* the mean × 10, as shown */
  double   spread;     /* population standard deviation */
  guint    n;          /* 1–5 scores */
} SeedsHistoryPoint;

/* A row of the change table: one factor in two meetings. */
typedef struct
{
  guint            position;  /* the factor's position in the framework */
  SeedsFactorStats then;
  SeedsFactorStats now;
  SeedsChange      change;
  gboolean         then_absent;  /* not in the framework of the earlier meeting */
  gboolean         now_absent;   /* not in the framework of the later meeting */
} SeedsFactorChange;

/* The framework @meeting was scored with (transfer full), or %NULL when
 * it is unknown. */
typedef SeedsFramework *(*SeedsMeetingFrameworkFunc) (SeedsMeeting *meeting,
                                                      gpointer      user_data);

/* "Did it help?": a next step marked done, and its factor from the meeting
 * where the step was agreed to the meeting where it was reviewed as done,
 * or, when it was marked done outside a review, the latest meeting. */
typedef struct
{
  SeedsNextStep    *step;
  guint             position;   /* of its factor in the framework */
  guint             agreed;     /* the meeting where it was agreed */
  guint             measured;   /* the meeting compared with; when has_later is
                                 * FALSE, the same as agreed */
  gboolean          has_later;  /* FALSE when no meeting came after: nothing to compare */
  SeedsFactorStats  then;
  SeedsFactorStats  now;
  SeedsChange       change;     /* SEEDS_CHANGE_TOO_FEW when !has_later */
} SeedsStepEffect;

#define SEEDS_TYPE_HISTORY_ENTRY (seeds_history_entry_get_type ())

G_DECLARE_FINAL_TYPE (SeedsHistoryEntry, seeds_history_entry, SEEDS, HISTORY_ENTRY, GObject)

SeedsMeeting           *seeds_history_entry_get_meeting        (SeedsHistoryEntry      *self);
SeedsMeetingSummary    *seeds_history_entry_get_summary        (SeedsHistoryEntry      *self);
guint                   seeds_history_entry_get_position       (SeedsHistoryEntry      *self);
guint                   seeds_history_entry_get_n_participants (SeedsHistoryEntry      *self);
const double           *seeds_history_entry_get_glyph          (SeedsHistoryEntry      *self,
                                                                guint                  *n_factors);

#define SEEDS_TYPE_COMMUNITY_HISTORY (seeds_community_history_get_type ())

G_DECLARE_FINAL_TYPE (SeedsCommunityHistory, seeds_community_history, SEEDS, COMMUNITY_HISTORY, GObject)

SeedsCommunityHistory  *seeds_community_history_load           (SeedsStore             *store,
                                                                SeedsFramework         *framework,
                                                                const char             *community_id,
                                                                GError                **error);
SeedsCommunityHistory  *seeds_community_history_load_with_frameworks
                                                               (SeedsStore             *store,
                                                                SeedsFramework         *framework,
                                                                SeedsMeetingFrameworkFunc lookup,
                                                                gpointer                user_data,
                                                                const char             *community_id,
                                                                GError                **error);
SeedsCommunityHistory  *seeds_community_history_new            (SeedsFramework         *framework,
                                                                GPtrArray              *meetings,
                                                                GPtrArray              *summaries,
                                                                GPtrArray              *next_steps);
SeedsFramework         *seeds_community_history_get_framework  (SeedsCommunityHistory  *self);
guint                   seeds_community_history_get_n_meetings (SeedsCommunityHistory  *self);
SeedsHistoryEntry      *seeds_community_history_get_entry      (SeedsCommunityHistory  *self,
                                                                guint                   meeting);
gboolean                seeds_community_history_find_meeting   (SeedsCommunityHistory  *self,
                                                                const char             *meeting_id,
                                                                guint                  *meeting);
const SeedsFactorStats *seeds_community_history_get_stats      (SeedsCommunityHistory  *self,
                                                                guint                   meeting,
                                                                guint                   position);
gboolean                seeds_community_history_is_absent      (SeedsCommunityHistory  *self,
                                                                guint                   meeting,
                                                                guint                   position);
GArray                 *seeds_community_history_get_series     (SeedsCommunityHistory  *self,
                                                                guint                   position);
GArray                 *seeds_community_history_compare        (SeedsCommunityHistory  *self,
                                                                guint                   then,
                                                                guint                   now);
GPtrArray              *seeds_community_history_get_next_steps (SeedsCommunityHistory  *self);
GArray                 *seeds_community_history_list_effects   (SeedsCommunityHistory  *self);

G_END_DECLS
