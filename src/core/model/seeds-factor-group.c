/* seeds-factor-group.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "model/seeds-factor-group.h"

/* A group of factors (Person, Process, …) within a part of the framework
 * (developing the collaboration, sustaining the outcomes). */
struct _SeedsFactorGroup
{
  GObject     parent_instance;

  char       *id;
  char       *name;
  char       *part_id;
  char       *part_name;
  GListStore *factors;
};

G_DEFINE_FINAL_TYPE (SeedsFactorGroup, seeds_factor_group, G_TYPE_OBJECT)

static void
seeds_factor_group_finalize (GObject *object)
{
  SeedsFactorGroup *self = (SeedsFactorGroup *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->part_id, g_free);
  g_clear_pointer (&self->part_name, g_free);
  g_clear_object (&self->factors);

  G_OBJECT_CLASS (seeds_factor_group_parent_class)->finalize (object);
}

static void
seeds_factor_group_class_init (SeedsFactorGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = seeds_factor_group_finalize;
}

static void
seeds_factor_group_init (SeedsFactorGroup *self)
{
  self->factors = g_list_store_new (SEEDS_TYPE_FACTOR);
}

SeedsFactorGroup *
seeds_factor_group_new (const char *id,
                        const char *name,
                        const char *part_id,
                        const char *part_name)
{
  SeedsFactorGroup *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (SEEDS_TYPE_FACTOR_GROUP, NULL);
  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->part_id = g_strdup (part_id);
  self->part_name = g_strdup (part_name);

  return self;
}

const char *
seeds_factor_group_get_id (SeedsFactorGroup *self)
{
  g_return_val_if_fail (SEEDS_IS_FACTOR_GROUP (self), NULL);

  return self->id;
}

const char *
seeds_factor_group_get_name (SeedsFactorGroup *self)
{
  g_return_val_if_fail (SEEDS_IS_FACTOR_GROUP (self), NULL);

  return self->name;
}

const char *
seeds_factor_group_get_part_id (SeedsFactorGroup *self)
{
  g_return_val_if_fail (SEEDS_IS_FACTOR_GROUP (self), NULL);

  return self->part_id;
}

const char *
seeds_factor_group_get_part_name (SeedsFactorGroup *self)
{
  g_return_val_if_fail (SEEDS_IS_FACTOR_GROUP (self), NULL);

  return self->part_name;
}

GListModel *
seeds_factor_group_get_factors (SeedsFactorGroup *self)
{
  g_return_val_if_fail (SEEDS_IS_FACTOR_GROUP (self), NULL);

  return G_LIST_MODEL (self->factors);
}

void
seeds_factor_group_add_factor (SeedsFactorGroup *self,
                               SeedsFactor      *factor)
{
  g_return_if_fail (SEEDS_IS_FACTOR_GROUP (self));
  g_return_if_fail (SEEDS_IS_FACTOR (factor));

  seeds_factor_set_group (factor, self->id, self->name);
  g_list_store_append (self->factors, factor);
}
