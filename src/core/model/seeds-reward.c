/* seeds-reward.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "model/seeds-reward.h"

struct _SeedsReward
{
  GObject   parent_instance;

  char     *id;
  char     *community_id;
  char     *title;
  guint     cost;          /* in points, at least 1 */
  gint64    created_at;    /* seconds since the epoch */
  gboolean  archived;
};

G_DEFINE_FINAL_TYPE (SeedsReward, seeds_reward, G_TYPE_OBJECT)

static void
seeds_reward_finalize (GObject *object)
{
  SeedsReward *self = (SeedsReward *)object;

  g_free (self->id);
  g_free (self->community_id);
  g_free (self->title);

  G_OBJECT_CLASS (seeds_reward_parent_class)->finalize (object);
}

static void
seeds_reward_class_init (SeedsRewardClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = seeds_reward_finalize;
}

static void
seeds_reward_init (SeedsReward *self)
{
}

/* Returns: (transfer full): a new #SeedsReward */
SeedsReward *
seeds_reward_new (const char *id,
                  const char *community_id,
                  const char *title,
                  guint       cost,
                  gint64      created_at,
                  gboolean    archived)
{
  SeedsReward *self;

  g_return_val_if_fail (id != NULL && community_id != NULL && title != NULL, NULL);

  self = g_object_new (SEEDS_TYPE_REWARD, NULL);
  self->id = g_strdup (id);
  self->community_id = g_strdup (community_id);
  self->title = g_strdup (title);
  self->cost = cost;
  self->created_at = created_at;
  self->archived = archived;

  return self;
}

const char *
seeds_reward_get_id (SeedsReward *self)
{
  g_return_val_if_fail (SEEDS_IS_REWARD (self), NULL);
  return self->id;
}

const char *
seeds_reward_get_community_id (SeedsReward *self)
{
  g_return_val_if_fail (SEEDS_IS_REWARD (self), NULL);
  return self->community_id;
}

const char *
seeds_reward_get_title (SeedsReward *self)
{
  g_return_val_if_fail (SEEDS_IS_REWARD (self), NULL);
  return self->title;
}

guint
seeds_reward_get_cost (SeedsReward *self)
{
  g_return_val_if_fail (SEEDS_IS_REWARD (self), 0);
  return self->cost;
}

gint64
seeds_reward_get_created_at (SeedsReward *self)
{
  g_return_val_if_fail (SEEDS_IS_REWARD (self), 0);
  return self->created_at;
}

gboolean
seeds_reward_is_archived (SeedsReward *self)
{
  g_return_val_if_fail (SEEDS_IS_REWARD (self), FALSE);
  return self->archived;
}
