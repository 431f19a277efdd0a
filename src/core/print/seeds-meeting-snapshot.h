/* seeds-meeting-snapshot.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "store/seeds-store.h"

G_BEGIN_DECLS

/* What a meeting's report shows, read from the store at one moment: the
 * community, the meeting, its scores (a poster meeting's tallies), the
 * community's next steps and the brilliant failures it recorded since the
 * meeting before. Gathering needs the store; a report made from a
 * snapshot does not (seeds_meeting_report_new_from_snapshot()), so that the
 * gathering can run on a worker thread's own connection and the rendering
 * on any thread. A snapshot does not change after it is made: hand it to
 * one thread at a time, or to several that only read. The framework is
 * not in it: it is the app's content, loaded in the report's language. */

#define SEEDS_TYPE_MEETING_SNAPSHOT (seeds_meeting_snapshot_get_type ())

G_DECLARE_FINAL_TYPE (SeedsMeetingSnapshot, seeds_meeting_snapshot, SEEDS, MEETING_SNAPSHOT,
                      GObject)

SeedsMeetingSnapshot *seeds_meeting_snapshot_gather         (SeedsStore            *store,
                                                             const char            *meeting_id,
                                                             GError               **error);
SeedsMeetingSnapshot *seeds_meeting_snapshot_new            (SeedsCommunity        *community,
                                                             SeedsMeeting          *meeting,
                                                             GPtrArray             *results,
                                                             GPtrArray             *next_steps,
                                                             GPtrArray             *failures);
SeedsCommunity       *seeds_meeting_snapshot_get_community  (SeedsMeetingSnapshot  *self);
SeedsMeeting         *seeds_meeting_snapshot_get_meeting    (SeedsMeetingSnapshot  *self);
gboolean              seeds_meeting_snapshot_has_tallies    (SeedsMeetingSnapshot  *self);
GPtrArray            *seeds_meeting_snapshot_get_results    (SeedsMeetingSnapshot  *self);
GPtrArray            *seeds_meeting_snapshot_get_next_steps (SeedsMeetingSnapshot  *self);
GPtrArray            *seeds_meeting_snapshot_get_failures   (SeedsMeetingSnapshot  *self);
SeedsFrameworkEntry  *seeds_meeting_snapshot_get_framework  (SeedsMeetingSnapshot  *self);

G_END_DECLS
