/* seeds-profile.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/seeds-community-profile.h"
#include "exchange/seeds-exchange.h"
#include "model/seeds-framework.h"
#include "model/seeds-shared-results.h"

G_BEGIN_DECLS

/* A learning community's profile (.seedsprofile): what it shares of itself
 * with other communities, for their directory and map. Plain data; see
 * docs/formats.md. Made from the store with seeds_profile_export_new()
 * (seeds-profile-export.h), imported with seeds_importer_import_files(). */

/* What a community chooses to share besides its name, type, theme, place,
 * location, partners and description, which a profile always holds. */
typedef enum
{
  SEEDS_PROFILE_SHARE_NONE    = 0,
  SEEDS_PROFILE_SHARE_CONTACT = 1 << 0,  /* contact person, e-mail, phone, website */
  SEEDS_PROFILE_SHARE_SCORES  = 1 << 1,  /* the aggregated scores of the latest meeting */
} SeedsProfileShare;

/* What importing a profile did (see seeds_store_import_profile()). */
typedef enum
{
  SEEDS_PROFILE_ADDED,      /* a community new to the directory */
  SEEDS_PROFILE_UPDATED,    /* a newer profile replaced the one in the directory */
  SEEDS_PROFILE_UNCHANGED,  /* the directory has this profile or a newer one */
} SeedsProfileImport;

/* A profile dated later than this after the clock of the computer that
 * reads it is refused: it would win over every profile to come. */
#define SEEDS_PROFILE_MAX_CLOCK_SKEW (24 * 60 * 60)

#define SEEDS_TYPE_PROFILE (seeds_profile_get_type ())

G_DECLARE_FINAL_TYPE (SeedsProfile, seeds_profile, SEEDS, PROFILE, GObject)

SeedsProfile                *seeds_profile_new                (const char                  *community_id,
                                                               const char                  *name,
                                                               gint64                       updated,
                                                               const SeedsCommunityProfile *profile,
                                                               gboolean                     has_contact,
                                                               const SeedsSharedResults    *shared_results);
SeedsProfile                *seeds_profile_new_from_bytes     (GBytes                      *bytes,
                                                               SeedsFramework              *framework,
                                                               GError                     **error);
SeedsProfile                *seeds_profile_new_from_file      (GFile                       *file,
                                                               SeedsFramework              *framework,
                                                               GError                     **error);
const char                  *seeds_profile_get_community_id   (SeedsProfile                *self);
const char                  *seeds_profile_get_name           (SeedsProfile                *self);
gint64                       seeds_profile_get_updated        (SeedsProfile                *self);
const SeedsCommunityProfile *seeds_profile_get_profile        (SeedsProfile                *self);
gboolean                     seeds_profile_has_contact        (SeedsProfile                *self);
const SeedsSharedResults    *seeds_profile_get_shared_results (SeedsProfile                *self);
GBytes                      *seeds_profile_to_bytes           (SeedsProfile                *self);
gboolean                     seeds_profile_save               (SeedsProfile                *self,
                                                               GFile                       *file,
                                                               GError                     **error);

G_END_DECLS
