/* seeds-role.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "model/seeds-role.h"

struct _SeedsRole
{
  GObject   parent_instance;

  char     *id;
  char     *name;
  char     *description;
  GStrv     factor_ids;
};

G_DEFINE_FINAL_TYPE (SeedsRole, seeds_role, G_TYPE_OBJECT)

static void
seeds_role_finalize (GObject *object)
{
  SeedsRole *self = (SeedsRole *)object;

  g_free (self->id);
  g_free (self->name);
  g_free (self->description);
  g_strfreev (self->factor_ids);

  G_OBJECT_CLASS (seeds_role_parent_class)->finalize (object);
}

static void
seeds_role_class_init (SeedsRoleClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = seeds_role_finalize;
}

static void
seeds_role_init (SeedsRole *self)
{
}

/**
 * seeds_role_new:
 * @id: its id in the framework
 * @name: its name, translated
 * @description: what someone in the role does, translated
 * @factor_ids: (array zero-terminated=1): the factors a gap in it touches
 *
 * Returns: (transfer full): a new #SeedsRole
 */
SeedsRole *
seeds_role_new (const char         *id,
                const char         *name,
                const char         *description,
                const char * const *factor_ids)
{
  SeedsRole *self;

  g_return_val_if_fail (id != NULL && name != NULL && description != NULL, NULL);
  g_return_val_if_fail (factor_ids != NULL, NULL);

  self = g_object_new (SEEDS_TYPE_ROLE, NULL);
  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->description = g_strdup (description);
  self->factor_ids = g_strdupv ((char **) factor_ids);

  return self;
}

const char *
seeds_role_get_id (SeedsRole *self)
{
  g_return_val_if_fail (SEEDS_IS_ROLE (self), NULL);
  return self->id;
}

const char *
seeds_role_get_name (SeedsRole *self)
{
  g_return_val_if_fail (SEEDS_IS_ROLE (self), NULL);
  return self->name;
}

const char *
seeds_role_get_description (SeedsRole *self)
{
  g_return_val_if_fail (SEEDS_IS_ROLE (self), NULL);
  return self->description;
}

/* Returns: (array zero-terminated=1) (transfer none): the factors' ids */
const char * const *
seeds_role_get_factor_ids (SeedsRole *self)
{
  g_return_val_if_fail (SEEDS_IS_ROLE (self), NULL);
  return (const char * const *) self->factor_ids;
}
