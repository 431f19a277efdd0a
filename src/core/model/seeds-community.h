/* seeds-community.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "model/seeds-community-profile.h"
#include "model/seeds-shared-results.h"

G_BEGIN_DECLS

/* Where a learning community in the directory comes from. Stored by its
 * string ("own", "profile", "sample", "known"). */
typedef enum
{
  SEEDS_COMMUNITY_OWN,      /* made in this app: its meetings are here */
  SEEDS_COMMUNITY_PROFILE,  /* imported from another community's .seedsprofile */
  SEEDS_COMMUNITY_SAMPLE,   /* the fictional sample directory */
  SEEDS_COMMUNITY_KNOWN,    /* another community, entered here by hand */
} SeedsCommunityOrigin;

#define SEEDS_N_COMMUNITY_ORIGINS (SEEDS_COMMUNITY_KNOWN + 1)

#define SEEDS_TYPE_COMMUNITY_ORIGIN (seeds_community_origin_get_type ())

GType       seeds_community_origin_get_type    (void) G_GNUC_CONST;
gboolean    seeds_community_origin_is_valid    (int                   origin);
const char *seeds_community_origin_to_string   (SeedsCommunityOrigin  origin);
gboolean    seeds_community_origin_from_string (const char           *string,
                                                SeedsCommunityOrigin *origin);
const char *seeds_community_origin_get_label   (SeedsCommunityOrigin  origin);

#define SEEDS_TYPE_COMMUNITY (seeds_community_get_type ())

G_DECLARE_FINAL_TYPE (SeedsCommunity, seeds_community, SEEDS, COMMUNITY, GObject)

/* A learning community as the store has it: one of your own, or an entry
 * of the directory. Properties: "id", "name", "origin", "updated-at",
 * "profile" (a #SeedsCommunityProfile) and "shared-results" (a
 * #SeedsSharedResults or %NULL); "name" and "profile" notify when the
 * store changes them through this object. */
SeedsCommunity              *seeds_community_new                (const char                  *id,
                                                                 const char                  *name);
SeedsCommunity              *seeds_community_new_full           (const char                  *id,
                                                                 const char                  *name,
                                                                 SeedsCommunityOrigin         origin,
                                                                 gint64                       updated_at,
                                                                 const SeedsCommunityProfile *profile,
                                                                 const SeedsSharedResults    *shared_results);
const char                  *seeds_community_get_id             (SeedsCommunity              *self);
const char                  *seeds_community_get_name           (SeedsCommunity              *self);
void                         seeds_community_set_name           (SeedsCommunity              *self,
                                                                 const char                  *name);
SeedsCommunityOrigin         seeds_community_get_origin         (SeedsCommunity              *self);
gboolean                     seeds_community_is_own             (SeedsCommunity              *self);
gint64                       seeds_community_get_updated_at     (SeedsCommunity              *self);
const SeedsCommunityProfile *seeds_community_get_profile        (SeedsCommunity              *self);
void                         seeds_community_set_profile        (SeedsCommunity              *self,
                                                                 const SeedsCommunityProfile *profile);
SeedsCommunityKind           seeds_community_get_kind           (SeedsCommunity              *self);
const SeedsSharedResults    *seeds_community_get_shared_results (SeedsCommunity              *self);
const char                  *seeds_community_get_framework_id   (SeedsCommunity              *self);
guint                        seeds_community_get_framework_edition
                                                                (SeedsCommunity              *self);
void                         seeds_community_set_framework      (SeedsCommunity              *self,
                                                                 const char                  *framework_id,
                                                                 guint                        framework_edition);

G_END_DECLS
