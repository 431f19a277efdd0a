/* seeds-invitation.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/seeds-community.h"
#include "exchange/seeds-exchange.h"
#include "model/seeds-framework.h"
#include "model/seeds-meeting.h"

G_BEGIN_DECLS

/* A meeting invitation (.seedsmeeting): what a member's app needs to know
 * of a meeting to score it. Plain data; see docs/formats.md. */

#define SEEDS_TYPE_INVITATION (seeds_invitation_get_type ())

G_DECLARE_FINAL_TYPE (SeedsInvitation, seeds_invitation, SEEDS, INVITATION, GObject)

SeedsInvitation *seeds_invitation_new                (const char       *framework_id,
                                                      const char       *community_id,
                                                      const char       *community_name,
                                                      const char       *meeting_id,
                                                      const char       *date,
                                                      const char       *title);
SeedsInvitation *seeds_invitation_new_for_meeting    (SeedsCommunity   *community,
                                                      SeedsMeeting     *meeting);
SeedsInvitation *seeds_invitation_new_from_bytes     (GBytes           *bytes,
                                                      SeedsFramework   *framework,
                                                      GError          **error);
SeedsInvitation *seeds_invitation_new_from_file      (GFile            *file,
                                                      SeedsFramework   *framework,
                                                      GError          **error);
SeedsInvitation *seeds_invitation_new_from_file_full (GFile                      *file,
                                                      SeedsExchangeFrameworkFunc  lookup,
                                                      gpointer                    lookup_data,
                                                      GError                    **error);
const char      *seeds_invitation_get_framework_id   (SeedsInvitation  *self);
guint            seeds_invitation_get_framework_edition (SeedsInvitation *self);
const char      *seeds_invitation_get_community_id   (SeedsInvitation  *self);
const char      *seeds_invitation_get_community_name (SeedsInvitation  *self);
const char      *seeds_invitation_get_meeting_id     (SeedsInvitation  *self);
const char      *seeds_invitation_get_date           (SeedsInvitation  *self);
const char      *seeds_invitation_get_title          (SeedsInvitation  *self);
gboolean         seeds_invitation_equal              (SeedsInvitation  *a,
                                                      SeedsInvitation  *b);
GBytes          *seeds_invitation_to_bytes           (SeedsInvitation  *self);
gboolean         seeds_invitation_save               (SeedsInvitation  *self,
                                                      GFile            *file,
                                                      GError          **error);

G_END_DECLS
