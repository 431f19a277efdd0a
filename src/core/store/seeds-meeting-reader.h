/* seeds-meeting-reader.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "store/seeds-store.h"

G_BEGIN_DECLS

/* Every meeting of a community, oldest first, with its attendees, scores
 * and tallies, in the order of seeds_store_list_attendees(),
 * seeds_store_list_scores() and seeds_store_list_tallies(): read meeting
 * by meeting as it goes, with one query for each kind of record whatever
 * the number of meetings. */
typedef struct _SeedsMeetingReader SeedsMeetingReader;

SeedsMeetingReader *seeds_meeting_reader_new           (SeedsStore          *store,
                                                        const char          *community_id,
                                                        GError             **error);
void                seeds_meeting_reader_free          (SeedsMeetingReader  *self);
SeedsMeeting       *seeds_meeting_reader_next_meeting  (SeedsMeetingReader  *self);
const char         *seeds_meeting_reader_next_attendee (SeedsMeetingReader  *self);
const SeedsScore   *seeds_meeting_reader_next_score    (SeedsMeetingReader  *self);
const SeedsTally   *seeds_meeting_reader_next_tally    (SeedsMeetingReader  *self);
gboolean            seeds_meeting_reader_finish        (SeedsMeetingReader  *self,
                                                        GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SeedsMeetingReader, seeds_meeting_reader_free)

G_END_DECLS
