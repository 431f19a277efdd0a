/* seeds-community.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "model/seeds-community.h"
#include "model/seeds-framework.h"
#include "model/seeds-string.h"

static const struct
{
  const char *string;  /* stored in the database: never change */
  const char *label;
} origins[] = {
  [SEEDS_COMMUNITY_OWN]     = { "own",     NC_("community origin", "Your own") },
  [SEEDS_COMMUNITY_PROFILE] = { "profile", NC_("community origin", "Shared profile") },
  [SEEDS_COMMUNITY_SAMPLE]  = { "sample",  NC_("community origin", "Fictional sample") },
  [SEEDS_COMMUNITY_KNOWN]   = { "known",   NC_("community origin", "Added by you") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (origins) == SEEDS_N_COMMUNITY_ORIGINS);

GType
seeds_community_origin_get_type (void)
{
  static gsize type_id;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { SEEDS_COMMUNITY_OWN, "SEEDS_COMMUNITY_OWN", "own" },
        { SEEDS_COMMUNITY_PROFILE, "SEEDS_COMMUNITY_PROFILE", "profile" },
        { SEEDS_COMMUNITY_SAMPLE, "SEEDS_COMMUNITY_SAMPLE", "sample" },
        { SEEDS_COMMUNITY_KNOWN, "SEEDS_COMMUNITY_KNOWN", "known" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("SeedsCommunityOrigin"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

gboolean
seeds_community_origin_is_valid (int origin)
{
  return origin >= 0 && origin < SEEDS_N_COMMUNITY_ORIGINS;
}

const char *
seeds_community_origin_to_string (SeedsCommunityOrigin origin)
{
  g_return_val_if_fail (seeds_community_origin_is_valid (origin), NULL);

  return origins[origin].string;
}

gboolean
seeds_community_origin_from_string (const char           *string,
                                    SeedsCommunityOrigin *origin)
{
  g_return_val_if_fail (origin != NULL, FALSE);

  if (string == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (origins); i++)
    {
      if (g_str_equal (string, origins[i].string))
        {
          *origin = (SeedsCommunityOrigin) i;
          return TRUE;
        }
    }

  return FALSE;
}

/* For a badge next to the name: "Fictional sample" must never be left out
 * where a sample community is shown. */
const char *
seeds_community_origin_get_label (SeedsCommunityOrigin origin)
{
  g_return_val_if_fail (seeds_community_origin_is_valid (origin), NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "community origin", origins[origin].label);
}

struct _SeedsCommunity
{
  GObject                parent_instance;

  char                  *id;
  char                  *name;
  SeedsCommunityOrigin   origin;
  gint64                 updated_at;
  SeedsCommunityProfile *profile;
  SeedsSharedResults    *shared_results;  /* nullable */
  char                  *framework_id;    /* what its new meetings are scored with */
  guint                  framework_edition;
};

G_DEFINE_FINAL_TYPE (SeedsCommunity, seeds_community, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_ORIGIN,
  PROP_UPDATED_AT,
  PROP_PROFILE,
  PROP_SHARED_RESULTS,
  PROP_FRAMEWORK_ID,
  PROP_FRAMEWORK_EDITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
seeds_community_finalize (GObject *object)
{
  SeedsCommunity *self = (SeedsCommunity *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->framework_id, g_free);
  g_clear_pointer (&self->profile, seeds_community_profile_free);
  g_clear_pointer (&self->shared_results, seeds_shared_results_free);

  G_OBJECT_CLASS (seeds_community_parent_class)->finalize (object);
}

static void
seeds_community_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SeedsCommunity *self = SEEDS_COMMUNITY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_ORIGIN:
      g_value_set_enum (value, self->origin);
      break;

    case PROP_UPDATED_AT:
      g_value_set_int64 (value, self->updated_at);
      break;

    case PROP_PROFILE:
      g_value_set_boxed (value, self->profile);
      break;

    case PROP_SHARED_RESULTS:
      g_value_set_boxed (value, self->shared_results);
      break;

    case PROP_FRAMEWORK_ID:
      g_value_set_string (value, self->framework_id);
      break;

    case PROP_FRAMEWORK_EDITION:
      g_value_set_uint (value, self->framework_edition);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_community_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SeedsCommunity *self = SEEDS_COMMUNITY (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_NAME:
      seeds_community_set_name (self, g_value_get_string (value));
      break;

    case PROP_ORIGIN:
      self->origin = g_value_get_enum (value);
      break;

    case PROP_UPDATED_AT:
      self->updated_at = g_value_get_int64 (value);
      break;

    case PROP_PROFILE:
      seeds_community_set_profile (self, g_value_get_boxed (value));
      break;

    case PROP_SHARED_RESULTS:
      self->shared_results = g_value_dup_boxed (value);
      break;

    case PROP_FRAMEWORK_ID:
      seeds_community_set_framework (self, g_value_get_string (value), self->framework_edition);
      break;

    case PROP_FRAMEWORK_EDITION:
      seeds_community_set_framework (self, self->framework_id, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_community_class_init (SeedsCommunityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = seeds_community_finalize;
  object_class->get_property = seeds_community_get_property;
  object_class->set_property = seeds_community_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_ORIGIN] =
    g_param_spec_enum ("origin", NULL, NULL,
                       SEEDS_TYPE_COMMUNITY_ORIGIN,
                       SEEDS_COMMUNITY_OWN,
                       (G_PARAM_READWRITE |
                        G_PARAM_CONSTRUCT_ONLY |
                        G_PARAM_STATIC_STRINGS));

  /* Seconds since 1970 (UTC): when your own community last changed here;
   * of an imported one, when its profile was made. */
  properties[PROP_UPDATED_AT] =
    g_param_spec_int64 ("updated-at", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_PROFILE] =
    g_param_spec_boxed ("profile", NULL, NULL,
                        SEEDS_TYPE_COMMUNITY_PROFILE,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_SHARED_RESULTS] =
    g_param_spec_boxed ("shared-results", NULL, NULL,
                        SEEDS_TYPE_SHARED_RESULTS,
                        (G_PARAM_READWRITE |
                         G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_FRAMEWORK_ID] =
    g_param_spec_string ("framework-id", NULL, NULL,
                         SEEDS_FRAMEWORK_DEFAULT_ID,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_FRAMEWORK_EDITION] =
    g_param_spec_uint ("framework-edition", NULL, NULL,
                       1, G_MAXUINT, 1,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
seeds_community_init (SeedsCommunity *self)
{
  self->name = g_strdup ("");
  self->profile = seeds_community_profile_new ();
  self->framework_id = g_strdup (SEEDS_FRAMEWORK_DEFAULT_ID);
  self->framework_edition = 1;
}

/* One of your own, without a profile yet */
SeedsCommunity *
seeds_community_new (const char *id,
                     const char *name)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (SEEDS_TYPE_COMMUNITY,
                       "id", id,
                       "name", name,
                       NULL);
}

/**
 * seeds_community_new_full:
 * @id: the UUID
 * @name: the name
 * @origin: where it comes from
 * @updated_at: when it last changed, in seconds since 1970 (UTC)
 * @profile: (nullable): what the directory says of it; %NULL for an empty one
 * @shared_results: (nullable): the results it shares, if any
 *
 * Returns: (transfer full): a new community, with copies of @profile and
 *   @shared_results
 */
SeedsCommunity *
seeds_community_new_full (const char                  *id,
                          const char                  *name,
                          SeedsCommunityOrigin         origin,
                          gint64                       updated_at,
                          const SeedsCommunityProfile *profile,
                          const SeedsSharedResults    *shared_results)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (seeds_community_origin_is_valid (origin), NULL);

  return g_object_new (SEEDS_TYPE_COMMUNITY,
                       "id", id,
                       "name", name,
                       "origin", origin,
                       "updated-at", MAX (updated_at, 0),
                       "profile", profile,
                       "shared-results", shared_results,
                       NULL);
}

const char *
seeds_community_get_id (SeedsCommunity *self)
{
  g_return_val_if_fail (SEEDS_IS_COMMUNITY (self), NULL);

  return self->id;
}

const char *
seeds_community_get_name (SeedsCommunity *self)
{
  g_return_val_if_fail (SEEDS_IS_COMMUNITY (self), NULL);

  return self->name;
}

void
seeds_community_set_name (SeedsCommunity *self,
                          const char     *name)
{
  g_return_if_fail (SEEDS_IS_COMMUNITY (self));

  if (seeds_set_string (&self->name, name != NULL ? name : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

SeedsCommunityOrigin
seeds_community_get_origin (SeedsCommunity *self)
{
  g_return_val_if_fail (SEEDS_IS_COMMUNITY (self), SEEDS_COMMUNITY_OWN);

  return self->origin;
}

/* Whether it is one of your own: its meetings are in this database. */
gboolean
seeds_community_is_own (SeedsCommunity *self)
{
  g_return_val_if_fail (SEEDS_IS_COMMUNITY (self), FALSE);

  return self->origin == SEEDS_COMMUNITY_OWN;
}

gint64
seeds_community_get_updated_at (SeedsCommunity *self)
{
  g_return_val_if_fail (SEEDS_IS_COMMUNITY (self), 0);

  return self->updated_at;
}

/* Returns: (transfer none): never %NULL */
const SeedsCommunityProfile *
seeds_community_get_profile (SeedsCommunity *self)
{
  g_return_val_if_fail (SEEDS_IS_COMMUNITY (self), NULL);

  return self->profile;
}

/* @profile: (nullable): copied; %NULL for an empty profile */
void
seeds_community_set_profile (SeedsCommunity              *self,
                             const SeedsCommunityProfile *profile)
{
  g_return_if_fail (SEEDS_IS_COMMUNITY (self));

  if (profile != NULL && seeds_community_profile_equal (self->profile, profile))
    return;

  g_clear_pointer (&self->profile, seeds_community_profile_free);
  self->profile = profile != NULL ? seeds_community_profile_copy (profile)
                                  : seeds_community_profile_new ();
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE]);
}

SeedsCommunityKind
seeds_community_get_kind (SeedsCommunity *self)
{
  g_return_val_if_fail (SEEDS_IS_COMMUNITY (self), SEEDS_COMMUNITY_OTHER);

  return self->profile->kind;
}

/* Returns: (transfer none) (nullable): the results of its latest meeting
 * that it shares in its profile, or %NULL when it shares none */
const SeedsSharedResults *
seeds_community_get_shared_results (SeedsCommunity *self)
{
  g_return_val_if_fail (SEEDS_IS_COMMUNITY (self), NULL);

  return self->shared_results;
}

/* The framework a new meeting of the community is scored with, unless
 * the meeting chooses another. */
const char *
seeds_community_get_framework_id (SeedsCommunity *self)
{
  g_return_val_if_fail (SEEDS_IS_COMMUNITY (self), NULL);

  return self->framework_id;
}

guint
seeds_community_get_framework_edition (SeedsCommunity *self)
{
  g_return_val_if_fail (SEEDS_IS_COMMUNITY (self), 1);

  return self->framework_edition;
}

/* @framework_id: (nullable): %NULL for the default */
void
seeds_community_set_framework (SeedsCommunity *self,
                               const char     *framework_id,
                               guint           framework_edition)
{
  GObject *object = G_OBJECT (self);

  g_return_if_fail (SEEDS_IS_COMMUNITY (self));

  g_object_freeze_notify (object);
  if (seeds_set_string (&self->framework_id,
                        framework_id != NULL ? framework_id : SEEDS_FRAMEWORK_DEFAULT_ID))
    g_object_notify_by_pspec (object, properties[PROP_FRAMEWORK_ID]);
  if (self->framework_edition != MAX (framework_edition, 1))
    {
      self->framework_edition = MAX (framework_edition, 1);
      g_object_notify_by_pspec (object, properties[PROP_FRAMEWORK_EDITION]);
    }
  g_object_thaw_notify (object);
}
