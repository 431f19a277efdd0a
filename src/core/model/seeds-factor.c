/* seeds-factor.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "model/seeds-factor.h"
#include "model/seeds-string.h"

/* One success factor of a framework, with its text in one language. */
struct _SeedsFactor
{
  GObject   parent_instance;

  char     *id;
  char     *origin;
  char     *title;
  char     *definition;
  GStrv     findings;
  GStrv     tips;
  char     *group_id;
  char     *group_name;
  guint     position;
};

G_DEFINE_FINAL_TYPE (SeedsFactor, seeds_factor, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_DEFINITION,
  PROP_GROUP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
seeds_factor_finalize (GObject *object)
{
  SeedsFactor *self = (SeedsFactor *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->origin, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->definition, g_free);
  g_clear_pointer (&self->findings, g_strfreev);
  g_clear_pointer (&self->tips, g_strfreev);
  g_clear_pointer (&self->group_id, g_free);
  g_clear_pointer (&self->group_name, g_free);

  G_OBJECT_CLASS (seeds_factor_parent_class)->finalize (object);
}

static void
seeds_factor_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SeedsFactor *self = SEEDS_FACTOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_DEFINITION:
      g_value_set_string (value, self->definition);
      break;

    case PROP_GROUP_NAME:
      g_value_set_string (value, self->group_name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_factor_class_init (SeedsFactorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = seeds_factor_finalize;
  object_class->get_property = seeds_factor_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEFINITION] =
    g_param_spec_string ("definition", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_GROUP_NAME] =
    g_param_spec_string ("group-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
seeds_factor_init (SeedsFactor *self)
{
}

SeedsFactor *
seeds_factor_new (const char         *id,
                  const char         *title,
                  const char         *definition,
                  const char * const *findings,
                  const char * const *tips)
{
  SeedsFactor *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (definition != NULL, NULL);

  self = g_object_new (SEEDS_TYPE_FACTOR, NULL);
  self->id = g_strdup (id);
  self->title = g_strdup (title);
  self->definition = g_strdup (definition);
  self->findings = g_strdupv ((char **)(findings ? findings : (const char * const[]) { NULL }));
  self->tips = g_strdupv ((char **)(tips ? tips : (const char * const[]) { NULL }));

  return self;
}

const char *
seeds_factor_get_id (SeedsFactor *self)
{
  g_return_val_if_fail (SEEDS_IS_FACTOR (self), NULL);

  return self->id;
}

const char *
seeds_factor_get_title (SeedsFactor *self)
{
  g_return_val_if_fail (SEEDS_IS_FACTOR (self), NULL);

  return self->title;
}

const char *
seeds_factor_get_definition (SeedsFactor *self)
{
  g_return_val_if_fail (SEEDS_IS_FACTOR (self), NULL);

  return self->definition;
}

const char * const *
seeds_factor_get_findings (SeedsFactor *self)
{
  g_return_val_if_fail (SEEDS_IS_FACTOR (self), NULL);

  return (const char * const *)self->findings;
}

const char * const *
seeds_factor_get_tips (SeedsFactor *self)
{
  g_return_val_if_fail (SEEDS_IS_FACTOR (self), NULL);

  return (const char * const *)self->tips;
}

const char *
seeds_factor_get_group_id (SeedsFactor *self)
{
  g_return_val_if_fail (SEEDS_IS_FACTOR (self), NULL);

  return self->group_id;
}

const char *
seeds_factor_get_group_name (SeedsFactor *self)
{
  g_return_val_if_fail (SEEDS_IS_FACTOR (self), NULL);

  return self->group_name;
}

void
seeds_factor_set_group (SeedsFactor *self,
                        const char  *group_id,
                        const char  *group_name)
{
  g_return_if_fail (SEEDS_IS_FACTOR (self));

  seeds_set_string (&self->group_id, group_id);
  if (seeds_set_string (&self->group_name, group_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUP_NAME]);
}

/* What the factor compares with across frameworks, as "framework:factor":
 * the factor it was adapted from, or else the factor itself. Two factors
 * with the same origin are the same factor in other words. */
const char *
seeds_factor_get_origin (SeedsFactor *self)
{
  g_return_val_if_fail (SEEDS_IS_FACTOR (self), NULL);

  return self->origin;
}

void
seeds_factor_set_origin (SeedsFactor *self,
                         const char  *origin)
{
  g_return_if_fail (SEEDS_IS_FACTOR (self));

  seeds_set_string (&self->origin, origin);
}

/* The factor's place in its framework, counting from 0. */
guint
seeds_factor_get_position (SeedsFactor *self)
{
  g_return_val_if_fail (SEEDS_IS_FACTOR (self), 0);

  return self->position;
}

void
seeds_factor_set_position (SeedsFactor *self,
                           guint        position)
{
  g_return_if_fail (SEEDS_IS_FACTOR (self));

  self->position = position;
}
