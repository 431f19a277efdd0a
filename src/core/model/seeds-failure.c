/* seeds-failure.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "model/seeds-failure.h"

struct _SeedsFailure
{
  GObject  parent_instance;

  char    *id;
  char    *community_id;
  char    *tried;
  char    *happened;
  char    *learned;
  char    *factor_id;     /* (nullable) */
  gint64   created_at;    /* seconds since the epoch */
};

G_DEFINE_FINAL_TYPE (SeedsFailure, seeds_failure, G_TYPE_OBJECT)

static void
seeds_failure_finalize (GObject *object)
{
  SeedsFailure *self = (SeedsFailure *)object;

  g_free (self->id);
  g_free (self->community_id);
  g_free (self->tried);
  g_free (self->happened);
  g_free (self->learned);
  g_free (self->factor_id);

  G_OBJECT_CLASS (seeds_failure_parent_class)->finalize (object);
}

static void
seeds_failure_class_init (SeedsFailureClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = seeds_failure_finalize;
}

static void
seeds_failure_init (SeedsFailure *self)
{
}

/**
 * seeds_failure_new:
 * @id: its id
 * @community_id: the learning community it happened to
 * @tried: what the community tried
 * @happened: what happened
 * @learned: what it learned
 * @factor_id: (nullable): the factor it touches
 * @created_at: when it was recorded, in seconds since the epoch
 *
 * Returns: (transfer full): a new #SeedsFailure
 */
SeedsFailure *
seeds_failure_new (const char *id,
                   const char *community_id,
                   const char *tried,
                   const char *happened,
                   const char *learned,
                   const char *factor_id,
                   gint64      created_at)
{
  SeedsFailure *self;

  g_return_val_if_fail (id != NULL && community_id != NULL, NULL);
  g_return_val_if_fail (tried != NULL && happened != NULL && learned != NULL, NULL);

  self = g_object_new (SEEDS_TYPE_FAILURE, NULL);
  self->id = g_strdup (id);
  self->community_id = g_strdup (community_id);
  self->tried = g_strdup (tried);
  self->happened = g_strdup (happened);
  self->learned = g_strdup (learned);
  self->factor_id = g_strdup (factor_id);
  self->created_at = created_at;

  return self;
}

const char *
seeds_failure_get_id (SeedsFailure *self)
{
  g_return_val_if_fail (SEEDS_IS_FAILURE (self), NULL);
  return self->id;
}

const char *
seeds_failure_get_community_id (SeedsFailure *self)
{
  g_return_val_if_fail (SEEDS_IS_FAILURE (self), NULL);
  return self->community_id;
}

const char *
seeds_failure_get_tried (SeedsFailure *self)
{
  g_return_val_if_fail (SEEDS_IS_FAILURE (self), NULL);
  return self->tried;
}

const char *
seeds_failure_get_happened (SeedsFailure *self)
{
  g_return_val_if_fail (SEEDS_IS_FAILURE (self), NULL);
  return self->happened;
}

const char *
seeds_failure_get_learned (SeedsFailure *self)
{
  g_return_val_if_fail (SEEDS_IS_FAILURE (self), NULL);
  return self->learned;
}

/* Returns: (nullable): the factor it touches */
const char *
seeds_failure_get_factor_id (SeedsFailure *self)
{
  g_return_val_if_fail (SEEDS_IS_FAILURE (self), NULL);
  return self->factor_id;
}

gint64
seeds_failure_get_created_at (SeedsFailure *self)
{
  g_return_val_if_fail (SEEDS_IS_FAILURE (self), 0);
  return self->created_at;
}
