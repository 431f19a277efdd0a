/* seeds-community.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "seeds-community.h"

struct _SeedsCommunity
{
  GObject  parent_instance;

  char    *id;
  char    *name;
};

G_DEFINE_FINAL_TYPE (SeedsCommunity, seeds_community, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
seeds_community_finalize (GObject *object)
{
  SeedsCommunity *self = (SeedsCommunity *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);

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

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
seeds_community_init (SeedsCommunity *self)
{
  self->name = g_strdup ("");
}

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

  if (name == NULL)
    name = "";

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}
