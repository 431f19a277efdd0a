/* seeds-community-import.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/seeds-community-profile.h"
#include "model/seeds-framework.h"
#include "model/seeds-meeting.h"
#include "model/seeds-next-step.h"
#include "model/seeds-participant.h"
#include "model/seeds-score.h"
#include "model/seeds-tally.h"

G_BEGIN_DECLS

/* A community export (see "Community export" in docs/formats.md) read
 * back and checked whole, for seeds_store_import_communities(). What it
 * holds is plain data that the SeedsCommunityImport owns. */

/* A meeting with what was gathered in it: the attendees and scores of a
 * scores meeting, or the tallies of a poster meeting. */
typedef struct
{
  SeedsMeeting *meeting;
  GPtrArray    *attendee_ids;  /* (element-type utf8) */
  GPtrArray    *scores;        /* (element-type SeedsScore) */
  GPtrArray    *tallies;       /* (element-type SeedsTally) */
} SeedsMeetingRecord;

typedef struct
{
  char                  *id;
  char                  *name;
  SeedsCommunityProfile *profile;       /* (nullable): NULL when the export has none */
  char                  *framework_id;  /* (nullable): NULL in exports from before it was added */
  guint                  framework_edition;
  GPtrArray             *participants;  /* (element-type SeedsParticipant) */
  GPtrArray             *meetings;      /* (element-type SeedsMeetingRecord), as in the file */
  GPtrArray             *next_steps;    /* (element-type SeedsNextStep), with their review */
} SeedsCommunityRecord;

#define SEEDS_TYPE_COMMUNITY_IMPORT (seeds_community_import_get_type ())

G_DECLARE_FINAL_TYPE (SeedsCommunityImport, seeds_community_import, SEEDS, COMMUNITY_IMPORT, GObject)

SeedsCommunityImport *seeds_community_import_new_from_bytes  (GBytes                *bytes,
                                                              SeedsFramework        *framework,
                                                              GError               **error);
GPtrArray            *seeds_community_import_get_communities (SeedsCommunityImport  *self);

G_END_DECLS
