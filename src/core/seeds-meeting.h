/* seeds-meeting.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SEEDS_TYPE_MEETING (seeds_meeting_get_type ())

G_DECLARE_FINAL_TYPE (SeedsMeeting, seeds_meeting, SEEDS, MEETING, GObject)

/* date is "YYYY-MM-DD" */
SeedsMeeting *seeds_meeting_new              (const char   *id,
                                              const char   *community_id,
                                              const char   *framework_id,
                                              const char   *date,
                                              const char   *title,
                                              const char   *notes);
const char   *seeds_meeting_get_id           (SeedsMeeting *self);
const char   *seeds_meeting_get_community_id (SeedsMeeting *self);
const char   *seeds_meeting_get_framework_id (SeedsMeeting *self);
const char   *seeds_meeting_get_date         (SeedsMeeting *self);
const char   *seeds_meeting_get_title        (SeedsMeeting *self);
const char   *seeds_meeting_get_notes        (SeedsMeeting *self);
void          seeds_meeting_set_date         (SeedsMeeting *self,
                                              const char   *date);
void          seeds_meeting_set_title        (SeedsMeeting *self,
                                              const char   *title);
void          seeds_meeting_set_notes        (SeedsMeeting *self,
                                              const char   *notes);

G_END_DECLS
