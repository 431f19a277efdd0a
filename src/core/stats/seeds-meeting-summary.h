/* seeds-meeting-summary.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stats/seeds-factor-stats.h"
#include "model/seeds-framework.h"
#include "model/seeds-tally.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_MEETING_SUMMARY (seeds_meeting_summary_get_type ())

G_DECLARE_FINAL_TYPE (SeedsMeetingSummary, seeds_meeting_summary, SEEDS, MEETING_SUMMARY, GObject)

SeedsMeetingSummary    *seeds_meeting_summary_new                 (SeedsFramework      *framework,
                                                                   GPtrArray           *scores);
SeedsMeetingSummary    *seeds_meeting_summary_new_for             (SeedsFramework      *framework,
                                                                   GPtrArray           *scores,
                                                                   GHashTable          *participant_ids);
SeedsMeetingSummary    *seeds_meeting_summary_new_from_tallies    (SeedsFramework      *framework,
                                                                   GPtrArray           *tallies);
SeedsMeetingSummary    *seeds_meeting_summary_new_from_counts     (SeedsFramework      *framework,
                                                                   const guint         *counts,
                                                                   guint                n_participants);
SeedsFramework         *seeds_meeting_summary_get_framework       (SeedsMeetingSummary *self);
const SeedsFactorStats *seeds_meeting_summary_get_stats           (SeedsMeetingSummary *self,
                                                                   guint                position);
const SeedsFactorStats *seeds_meeting_summary_lookup_stats        (SeedsMeetingSummary *self,
                                                                   const char          *factor_id);
const guint            *seeds_meeting_summary_get_attention_order (SeedsMeetingSummary *self,
                                                                   guint               *n_positions);
guint                   seeds_meeting_summary_get_n_participants  (SeedsMeetingSummary *self);
guint                   seeds_meeting_summary_count_scored        (SeedsMeetingSummary *self,
                                                                   const char          *participant_id);
guint                   seeds_meeting_summary_count_complete      (SeedsMeetingSummary *self);

G_END_DECLS
