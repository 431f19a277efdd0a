/* seeds-meeting.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* How a meeting's results were gathered: each participant's scores, or the
 * printed poster, whose anonymous stickers are counted per factor and score
 * (see seeds_store_set_tallies()). A poster meeting has no participants and
 * no scores; a scores meeting has no tallies. */
typedef enum
{
  SEEDS_MEETING_SCORES,
  SEEDS_MEETING_POSTER,
} SeedsMeetingKind;

#define SEEDS_N_MEETING_KINDS (SEEDS_MEETING_POSTER + 1)

#define SEEDS_TYPE_MEETING_KIND (seeds_meeting_kind_get_type ())

GType             seeds_meeting_kind_get_type    (void) G_GNUC_CONST;
gboolean          seeds_meeting_kind_is_valid    (int               kind);
const char       *seeds_meeting_kind_to_string   (SeedsMeetingKind  kind);
gboolean          seeds_meeting_kind_from_string (const char       *string,
                                                  SeedsMeetingKind *kind);

#define SEEDS_TYPE_MEETING (seeds_meeting_get_type ())

G_DECLARE_FINAL_TYPE (SeedsMeeting, seeds_meeting, SEEDS, MEETING, GObject)

/* date is "YYYY-MM-DD" */
SeedsMeeting     *seeds_meeting_new              (const char       *id,
                                                  const char       *community_id,
                                                  const char       *framework_id,
                                                  const char       *date,
                                                  const char       *title,
                                                  const char       *notes);
SeedsMeeting     *seeds_meeting_new_of_kind      (const char       *id,
                                                  const char       *community_id,
                                                  const char       *framework_id,
                                                  SeedsMeetingKind  kind,
                                                  const char       *date,
                                                  const char       *title,
                                                  const char       *notes);
SeedsMeeting     *seeds_meeting_new_full         (const char       *id,
                                                  const char       *community_id,
                                                  const char       *framework_id,
                                                  guint             framework_edition,
                                                  SeedsMeetingKind  kind,
                                                  const char       *date,
                                                  const char       *title,
                                                  const char       *notes);
const char       *seeds_meeting_get_id           (SeedsMeeting     *self);
const char       *seeds_meeting_get_community_id (SeedsMeeting     *self);
const char       *seeds_meeting_get_framework_id (SeedsMeeting     *self);
guint             seeds_meeting_get_framework_edition
                                                 (SeedsMeeting     *self);
SeedsMeetingKind  seeds_meeting_get_kind         (SeedsMeeting     *self);
const char       *seeds_meeting_get_date         (SeedsMeeting     *self);
const char       *seeds_meeting_get_title        (SeedsMeeting     *self);
const char       *seeds_meeting_get_notes        (SeedsMeeting     *self);
void              seeds_meeting_set_date         (SeedsMeeting     *self,
                                                  const char       *date);
void              seeds_meeting_set_title        (SeedsMeeting     *self,
                                                  const char       *title);
void              seeds_meeting_set_notes        (SeedsMeeting     *self,
                                                  const char       *notes);

G_END_DECLS
