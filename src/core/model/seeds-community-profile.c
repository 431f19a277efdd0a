/* seeds-community-profile.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "model/seeds-community-profile.h"
#include "model/seeds-text.h"

static const struct
{
  const char *string;  /* stored and exchanged: never change */
  const char *label;
} kinds[] = {
  [SEEDS_COMMUNITY_FIELD_LAB]  = { "field-lab",  NC_("community kind", "Field lab") },
  [SEEDS_COMMUNITY_LIVING_LAB] = { "living-lab", NC_("community kind", "Living lab") },
  [SEEDS_COMMUNITY_OTHER]      = { "other",      NC_("community kind", "Other") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (kinds) == SEEDS_N_COMMUNITY_KINDS);

GType
seeds_community_kind_get_type (void)
{
  static gsize type_id;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { SEEDS_COMMUNITY_FIELD_LAB, "SEEDS_COMMUNITY_FIELD_LAB", "field-lab" },
        { SEEDS_COMMUNITY_LIVING_LAB, "SEEDS_COMMUNITY_LIVING_LAB", "living-lab" },
        { SEEDS_COMMUNITY_OTHER, "SEEDS_COMMUNITY_OTHER", "other" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("SeedsCommunityKind"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

gboolean
seeds_community_kind_is_valid (int kind)
{
  return kind >= 0 && kind < SEEDS_N_COMMUNITY_KINDS;
}

const char *
seeds_community_kind_to_string (SeedsCommunityKind kind)
{
  g_return_val_if_fail (seeds_community_kind_is_valid (kind), NULL);

  return kinds[kind].string;
}

gboolean
seeds_community_kind_from_string (const char         *string,
                                  SeedsCommunityKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  if (string == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      if (g_str_equal (string, kinds[i].string))
        {
          *kind = (SeedsCommunityKind) i;
          return TRUE;
        }
    }

  return FALSE;
}

/* "Field lab", "Living lab" or "Other", for people */
const char *
seeds_community_kind_get_label (SeedsCommunityKind kind)
{
  g_return_val_if_fail (seeds_community_kind_is_valid (kind), NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "community kind", kinds[kind].label);
}

/**
 * seeds_location_is_valid:
 *
 * Returns: whether @latitude and @longitude are a place on Earth in
 *   degrees: latitude from -90 to 90, longitude from -180 to 180
 */
gboolean
seeds_location_is_valid (double latitude,
                         double longitude)
{
  return isfinite (latitude) && isfinite (longitude) &&
         latitude >= SEEDS_LATITUDE_MIN && latitude <= SEEDS_LATITUDE_MAX &&
         longitude >= SEEDS_LONGITUDE_MIN && longitude <= SEEDS_LONGITUDE_MAX;
}

/* The text members, for what is done to each of them alike */
#define FOREACH_TEXT(X) \
  X (theme, SEEDS_FIELD_THEME) \
  X (place, SEEDS_FIELD_PLACE) \
  X (partners, SEEDS_FIELD_PARTNERS) \
  X (contact_name, SEEDS_FIELD_CONTACT_NAME) \
  X (email, SEEDS_FIELD_EMAIL) \
  X (phone, SEEDS_FIELD_PHONE) \
  X (website, SEEDS_FIELD_WEBSITE) \
  X (description, SEEDS_FIELD_DESCRIPTION)

/**
 * seeds_community_profile_new:
 *
 * Returns: (transfer full): an empty profile of kind "other", without a
 *   location
 */
SeedsCommunityProfile *
seeds_community_profile_new (void)
{
  SeedsCommunityProfile *profile = g_new0 (SeedsCommunityProfile, 1);

  profile->kind = SEEDS_COMMUNITY_OTHER;
#define INIT(member, field) profile->member = g_strdup ("");
  FOREACH_TEXT (INIT)
#undef INIT

  return profile;
}

SeedsCommunityProfile *
seeds_community_profile_copy (const SeedsCommunityProfile *profile)
{
  SeedsCommunityProfile *copy;

  g_return_val_if_fail (profile != NULL, NULL);

  copy = g_new0 (SeedsCommunityProfile, 1);
  *copy = *profile;
#define COPY(member, field) copy->member = g_strdup (profile->member != NULL ? profile->member : "");
  FOREACH_TEXT (COPY)
#undef COPY

  return copy;
}

void
seeds_community_profile_free (SeedsCommunityProfile *profile)
{
  if (profile == NULL)
    return;

#define FREE(member, field) g_free (profile->member);
  FOREACH_TEXT (FREE)
#undef FREE
  g_free (profile);
}

G_DEFINE_BOXED_TYPE (SeedsCommunityProfile, seeds_community_profile,
                     seeds_community_profile_copy, seeds_community_profile_free)

gboolean
seeds_community_profile_equal (const SeedsCommunityProfile *a,
                               const SeedsCommunityProfile *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (a->kind != b->kind || a->has_location != b->has_location)
    return FALSE;

  if (a->has_location && (a->latitude != b->latitude || a->longitude != b->longitude))
    return FALSE;

#define COMPARE(member, field) if (g_strcmp0 (a->member, b->member) != 0) return FALSE;
  FOREACH_TEXT (COMPARE)
#undef COMPARE

  return TRUE;
}

void
seeds_community_profile_set_location (SeedsCommunityProfile *profile,
                                      double                 latitude,
                                      double                 longitude)
{
  g_return_if_fail (profile != NULL);

  profile->has_location = TRUE;
  profile->latitude = latitude;
  profile->longitude = longitude;
}

/* Forgets who to contact and how: what a profile without shared contact
 * details leaves out. */
void
seeds_community_profile_clear_contact (SeedsCommunityProfile *profile)
{
  g_return_if_fail (profile != NULL);

  g_free (profile->contact_name);
  profile->contact_name = g_strdup ("");
  g_free (profile->email);
  profile->email = g_strdup ("");
  g_free (profile->phone);
  profile->phone = g_strdup ("");
  g_free (profile->website);
  profile->website = g_strdup ("");
}

/**
 * seeds_community_profile_clean:
 * @profile: a profile as a form or a file filled it in
 * @error: return location for a #SEEDS_TEXT_ERROR
 *
 * Cleans every text by the rules of its field (see seeds_text_clean()):
 * the e-mail address, phone number and web address must look like one,
 * and a web address without a scheme gets "https://". A location must be
 * a place on Earth (seeds_location_is_valid()); it is rounded to six
 * decimals, about 10 cm, which is all a map needs.
 *
 * Returns: (transfer full): the clean profile, or %NULL with @error set
 */
SeedsCommunityProfile *
seeds_community_profile_clean (const SeedsCommunityProfile  *profile,
                               GError                      **error)
{
  g_autoptr(SeedsCommunityProfile) clean = NULL;

  g_return_val_if_fail (profile != NULL, NULL);
  g_return_val_if_fail (seeds_community_kind_is_valid (profile->kind), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  clean = g_new0 (SeedsCommunityProfile, 1);
  clean->kind = profile->kind;

#define CLEAN(member, field) \
  if (!(clean->member = seeds_text_clean (profile->member, field, error))) \
    return NULL;
  FOREACH_TEXT (CLEAN)
#undef CLEAN

  if (profile->has_location)
    {
      if (!isfinite (profile->latitude) ||
          profile->latitude < SEEDS_LATITUDE_MIN || profile->latitude > SEEDS_LATITUDE_MAX)
        {
          g_set_error_literal (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_INVALID,
                               _("The latitude must be a number from -90 to 90 degrees."));
          return NULL;
        }

      if (!isfinite (profile->longitude) ||
          profile->longitude < SEEDS_LONGITUDE_MIN || profile->longitude > SEEDS_LONGITUDE_MAX)
        {
          g_set_error_literal (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_INVALID,
                               _("The longitude must be a number from -180 to 180 degrees."));
          return NULL;
        }

      seeds_community_profile_set_location (clean,
                                            round (profile->latitude * 1e6) / 1e6,
                                            round (profile->longitude * 1e6) / 1e6);
    }

  return g_steal_pointer (&clean);
}

/**
 * seeds_community_profile_get_partner_list:
 *
 * Returns: (transfer full): the partner organisations, one per line of
 *   partners without the empty ones
 */
char **
seeds_community_profile_get_partner_list (const SeedsCommunityProfile *profile)
{
  g_auto(GStrv) lines = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (profile != NULL, NULL);

  lines = g_strsplit (profile->partners != NULL ? profile->partners : "", "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] != '\0')
        g_strv_builder_add (builder, lines[i]);
    }

  return g_strv_builder_end (builder);
}

/**
 * seeds_community_profile_get_mailto_uri:
 *
 * Returns: (transfer full) (nullable): a mailto: link to the e-mail
 *   address, or %NULL when there is none
 */
char *
seeds_community_profile_get_mailto_uri (const SeedsCommunityProfile *profile)
{
  g_autofree char *escaped = NULL;

  g_return_val_if_fail (profile != NULL, NULL);

  if (profile->email == NULL || *profile->email == '\0')
    return NULL;

  /* What RFC 6068 lets an address hold unescaped, besides letters and
   * digits */
  escaped = g_uri_escape_string (profile->email, "@!$'*+", FALSE);

  return g_strconcat ("mailto:", escaped, NULL);
}

/**
 * seeds_community_profile_get_tel_uri:
 *
 * The phone number as a tel: link (RFC 3966): its digits, with the "+" of
 * an international number, and without the "(0)" that is written after a
 * country code but not dialled, as in "+31 (0)70 000 0000".
 *
 * Returns: (transfer full) (nullable): the link, or %NULL when there is no
 *   phone number
 */
char *
seeds_community_profile_get_tel_uri (const SeedsCommunityProfile *profile)
{
  g_autoptr(GString) uri = NULL;
  const char *p;

  g_return_val_if_fail (profile != NULL, NULL);

  if (profile->phone == NULL || *profile->phone == '\0')
    return NULL;

  uri = g_string_new ("tel:");
  p = profile->phone;

  if (*p == '+')
    {
      g_string_append_c (uri, '+');
      p++;
    }

  for (; *p != '\0'; p++)
    {
      if (profile->phone[0] == '+' && g_str_has_prefix (p, "(0)"))
        p += strlen ("(0)") - 1;
      else if (g_ascii_isdigit (*p))
        g_string_append_c (uri, *p);
    }

  return g_string_free (g_steal_pointer (&uri), FALSE);
}
