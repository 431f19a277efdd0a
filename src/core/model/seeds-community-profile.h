/* seeds-community-profile.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What kind of learning community it is. Stored and exchanged by its
 * string ("field-lab", "living-lab", "other"), never by its number. */
typedef enum
{
  SEEDS_COMMUNITY_FIELD_LAB,
  SEEDS_COMMUNITY_LIVING_LAB,
  SEEDS_COMMUNITY_OTHER,
} SeedsCommunityKind;

#define SEEDS_N_COMMUNITY_KINDS (SEEDS_COMMUNITY_OTHER + 1)

#define SEEDS_TYPE_COMMUNITY_KIND (seeds_community_kind_get_type ())

GType       seeds_community_kind_get_type    (void) G_GNUC_CONST;
gboolean    seeds_community_kind_is_valid    (int                 kind);
const char *seeds_community_kind_to_string   (SeedsCommunityKind  kind);
gboolean    seeds_community_kind_from_string (const char         *string,
                                              SeedsCommunityKind *kind);
const char *seeds_community_kind_get_label   (SeedsCommunityKind  kind);

/* Where on the map: WGS 84 degrees, as a GPS or OpenStreetMap gives them. */
#define SEEDS_LATITUDE_MIN   (-90.0)
#define SEEDS_LATITUDE_MAX   90.0
#define SEEDS_LONGITUDE_MIN  (-180.0)
#define SEEDS_LONGITUDE_MAX  180.0

gboolean    seeds_location_is_valid          (double              latitude,
                                              double              longitude);

/* What the directory says about a learning community besides its name:
 * plain data that a form fills in and the store checks and saves (see
 * seeds_community_profile_clean()). Strings are never NULL; "" is "not
 * given". */
typedef struct
{
  SeedsCommunityKind  kind;
  char               *theme;
  char               *place;         /* a town or an address, for people */
  gboolean            has_location;  /* whether latitude and longitude are set */
  double              latitude;
  double              longitude;
  char               *partners;      /* the partner organisations, one per line */
  char               *contact_name;
  char               *email;
  char               *phone;
  char               *website;       /* http:// or https:// */
  char               *description;   /* may hold line breaks */
} SeedsCommunityProfile;

#define SEEDS_TYPE_COMMUNITY_PROFILE (seeds_community_profile_get_type ())

GType                  seeds_community_profile_get_type     (void) G_GNUC_CONST;
SeedsCommunityProfile *seeds_community_profile_new          (void);
SeedsCommunityProfile *seeds_community_profile_copy         (const SeedsCommunityProfile *profile);
void                   seeds_community_profile_free         (SeedsCommunityProfile       *profile);
gboolean               seeds_community_profile_equal        (const SeedsCommunityProfile *a,
                                                             const SeedsCommunityProfile *b);
void                   seeds_community_profile_set_location (SeedsCommunityProfile       *profile,
                                                             double                       latitude,
                                                             double                       longitude);
void                   seeds_community_profile_clear_contact (SeedsCommunityProfile      *profile);
SeedsCommunityProfile *seeds_community_profile_clean        (const SeedsCommunityProfile *profile,
                                                             GError                     **error);
char                 **seeds_community_profile_get_partner_list (const SeedsCommunityProfile *profile);
char                  *seeds_community_profile_get_mailto_uri   (const SeedsCommunityProfile *profile);
char                  *seeds_community_profile_get_tel_uri      (const SeedsCommunityProfile *profile);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SeedsCommunityProfile, seeds_community_profile_free)

G_END_DECLS
